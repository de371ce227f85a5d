<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnalysisTabs</name>
    <message>
        <source>Chart</source>
        <translation>条形图</translation>
    </message>
    <message>
        <source>there is no view to export</source>
        <translation>没有可导出的视图</translation>
    </message>
    <message>
        <source>this view is a table: export it as CSV, JSON or Excel</source>
        <translation>此视图是表格:请导出为 CSV、JSON 或 Excel</translation>
    </message>
    <message>
        <source>this view cannot be saved as &quot;%1&quot;</source>
        <translation>此视图无法保存为“%1”</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>In context</source>
        <translation>上下文</translation>
    </message>
</context>
<context>
    <name>AtlasSession</name>
    <message>
        <source>%1: already imported; nothing changed</source>
        <translation>%1:已导入过,未做任何更改</translation>
    </message>
    <message>
        <source>%1: %2 provinces, %3 items</source>
        <translation>%1:%2 个省份,%3 条</translation>
    </message>
    <message>
        <source>no database is open: open or create one with File → Open Database</source>
        <translation>没有打开的数据库:请用“文件 → 打开数据库”打开或新建一个</translation>
    </message>
</context>
<context>
    <name>BuiltIn</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>the database file name is empty: give the path of a database file (SQLite would open a temporary database that keeps nothing)</source>
        <translation>数据库文件名为空:请给出数据库文件的路径(否则 SQLite 会打开一个不保存任何内容的临时数据库)</translation>
    </message>
    <message>
        <source>&quot;:memory:&quot; is not a file: give the path of a database file (a database in memory keeps nothing when the program ends)</source>
        <translation>&quot;:memory:&quot; 不是文件:请给出数据库文件的路径(内存中的数据库在程序结束时不会保留任何内容)</translation>
    </message>
    <message>
        <source>this is a folder, not a database file: give the path of a database file</source>
        <translation>这是一个文件夹,不是数据库文件:请给出数据库文件的路径</translation>
    </message>
    <message>
        <source>not a regular file (a pipe or a device), so not a database file: give the path of a database file</source>
        <translation>不是普通文件(而是管道或设备),因而不是数据库文件:请给出数据库文件的路径</translation>
    </message>
    <message>
        <source>the file is empty, not a Policy Atlas database: import into it to start one, or give another file; it was left unchanged</source>
        <translation>文件是空的,不是 Policy Atlas 数据库:向其中导入语料即可从头建立,或给出另一个文件;文件保持原样</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON:%1</translation>
    </message>
    <message>
        <source>expected an object with a non-empty &quot;initiatives&quot; array</source>
        <translation>应为包含非空 &quot;initiatives&quot; 数组的对象</translation>
    </message>
    <message>
        <source>initiative %1</source>
        <translation>第 %1 项举措</translation>
    </message>
    <message>
        <source>initiative %1 (&quot;%2&quot;)</source>
        <translation>第 %1 项举措(&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>missing &quot;id&quot;</source>
        <translation>缺少 &quot;id&quot;</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits and single hyphens</source>
        <translation>&quot;id&quot; 只能由小写字母、数字和单个连字符组成</translation>
    </message>
    <message>
        <source>duplicate id</source>
        <translation>id 重复</translation>
    </message>
    <message>
        <source>missing &quot;name_zh&quot;</source>
        <translation>缺少 &quot;name_zh&quot;</translation>
    </message>
    <message>
        <source>missing &quot;name_en&quot;</source>
        <translation>缺少 &quot;name_en&quot;</translation>
    </message>
    <message>
        <source>missing &quot;patterns&quot; (a non-empty list of strings)</source>
        <translation>缺少 &quot;patterns&quot;(非空的字符串列表)</translation>
    </message>
    <message>
        <source>a pattern is empty or not a string</source>
        <translation>某个匹配式为空或不是字符串</translation>
    </message>
    <message>
        <source>pattern &quot;%1&quot; is longer than %2 characters</source>
        <translation>匹配式“%1”超过 %2 个字符</translation>
    </message>
    <message>
        <source>pattern &quot;%1&quot;: a gap (…) may not start or end a pattern, nor follow another gap</source>
        <translation>匹配式“%1”:间隔符(…)不能位于开头或结尾,也不能连续出现</translation>
    </message>
    <message>
        <source>pattern &quot;%1&quot; has more than %2 gaps</source>
        <translation>匹配式“%1”的间隔符多于 %2 个</translation>
    </message>
    <message>
        <source>cannot read the catalogue: %1</source>
        <translation>无法读取举措目录:%1</translation>
    </message>
    <message>
        <source>a catalogue may hold at most %1 initiatives</source>
        <translation>举措目录最多只能包含 %1 项举措</translation>
    </message>
    <message>
        <source>&quot;id&quot; is longer than %1 characters</source>
        <translation>&quot;id&quot; 超过 %1 个字符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters (it has %3)</source>
        <translation>&quot;%1&quot; 超过 %2 个字符(实有 %3 个)</translation>
    </message>
    <message>
        <source>too many patterns: a catalogue may hold at most %1 patterns in all</source>
        <translation>匹配式过多:举措目录总共最多只能包含 %1 个匹配式</translation>
    </message>
    <message>
        <source>pattern &quot;%1&quot;: too many patterns with gaps combine the same parts; matching could take %2 steps per character of text (at most %3 are allowed)</source>
        <translation>匹配式“%1”:含间隔符且由相同部分组合而成的匹配式过多;匹配时每个文本字符可能需要 %2 步(最多允许 %3 步)</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>Provinces mentioning each initiative</source>
        <translation>提及各项举措的省份数</translation>
    </message>
    <message>
        <source>Number of provinces</source>
        <translation>省份数</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>地区:%1</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>Filter: “%1”</source>
        <translation>筛选:“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n province(s) with matching items</source>
        <translation>
            <numerusform>%n 个省份有匹配条目</numerusform>
        </translation>
    </message>
    <message>
        <source>no initiative is mentioned</source>
        <translation>没有提及任何举措</translation>
    </message>
    <message>
        <source>top %1</source>
        <translation>前 %1 项</translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message numerus="yes">
        <source>%1: %n province(s), </source>
        <translation>
            <numerusform>%1:%n 个省份,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show these items in the tree.</source>
        <translation>单击可在目录树中显示这些条目。</translation>
    </message>
    <message>
        <source>Click a bar to filter the tree</source>
        <translation>单击条形可筛选目录树</translation>
    </message>
    <message>
        <source>Counting the initiatives…</source>
        <translation>正在统计举措…</translation>
    </message>
    <message>
        <source>Fit the bars (%1 pt)</source>
        <translation>按条形数适配(%1 点)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>initiatives</source>
        <translation>举措</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: policy-atlas [--db FILE] [--catalogue FILE] [--lang zh_CN|en]   (opens the window)
       policy-atlas COMMAND [options]

Commands:
</source>
        <translation>用法: policy-atlas [--db FILE] [--catalogue FILE] [--lang zh_CN|en]   (打开窗口)
      policy-atlas COMMAND [选项]

命令:
</translation>
    </message>
    <message>
        <source>
&apos;policy-atlas COMMAND --help&apos; describes a command&apos;s options.
Exit status: 0 success, 1 bad input or failed operation, 2 usage error.
</source>
        <translation>
“policy-atlas COMMAND --help”会说明该命令的选项。
退出状态:0 表示成功,1 表示输入有误或操作失败,2 表示用法错误。
</translation>
    </message>
    <message>
        <source>policy-atlas: unknown command &quot;%1&quot;

</source>
        <translation>policy-atlas:未知命令“%1”

</translation>
    </message>
    <message>
        <source>policy-atlas %1: cannot write the output: %2
</source>
        <translation>policy-atlas %1:无法写入输出:%2
</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>Try &apos;policy-atlas %1 --help&apos;.
</source>
        <translation>请运行“policy-atlas %1 --help”查看用法。
</translation>
    </message>
    <message>
        <source>no such database; import into it first, or leave out --db for the default one</source>
        <translation>没有该数据库;请先向其中导入语料,或省略 --db 以使用默认数据库</translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation>数据库文件(默认:%1)。</translation>
    </message>
    <message>
        <source>Initiative catalogue (JSON) to use instead of the built-in one.</source>
        <translation>使用指定的举措目录(JSON)代替内置目录。</translation>
    </message>
    <message>
        <source>Only items containing all these whitespace-separated terms (in the item text or the unit&apos;s names; case-insensitive).</source>
        <translation>只保留包含全部关键词(以空白分隔)的条目:在条目正文或所属单位的名称中出现即可,不区分大小写。</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>%1 (--year)</source>
        <translation>%1(--year)</translation>
    </message>
    <message>
        <source>read as</source>
        <translation>识别为</translation>
    </message>
    <message>
        <source>source</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>content ends</source>
        <translation>正文结束于</translation>
    </message>
    <message>
        <source>line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>sub-items</source>
        <translation>子条目</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>first item</source>
        <translation>首个条目</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行:%2</translation>
    </message>
    <message>
        <source>cannot be imported: %1</source>
        <translation>无法导入:%1</translation>
    </message>
    <message>
        <source>units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1 (%2 sub-items)</source>
        <translation>%1(其中子条目 %2 条)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>can be imported</source>
        <translation>可以导入</translation>
    </message>
    <message>
        <source>Files that can be imported: %1 of %2. Nothing was written (--dry-run).</source>
        <translation>可以导入的文件:%1 个(共 %2 个)。未写入任何内容(--dry-run)。</translation>
    </message>
    <message>
        <source>Year of the documents (default: read from the title).</source>
        <translation>文档年份(默认从标题读取)。</translation>
    </message>
    <message>
        <source>Only show what each file would bring: title, year, units, items, warnings. Writes nothing, and opens no database.</source>
        <translation>只显示每个文件将导入的内容:标题、年份、单位、条目、警告。不写入任何内容,也不打开数据库。</translation>
    </message>
    <message>
        <source>Output format of --dry-run: text or json (default: text).</source>
        <translation>--dry-run 的输出格式:text 或 json(默认 text)。</translation>
    </message>
    <message>
        <source>Tables (.csv, .tsv, .xlsx): the province, text and optional year columns, each a header name or a column number (default: recognised by their headers).</source>
        <translation>表格(.csv、.tsv、.xlsx):省份列、正文列和可选的年份列,每列用表头名称或列号指定(默认按表头识别)。</translation>
    </message>
    <message>
        <source>Corpus files to import: text, web pages (.html), Word (.docx), PDF, or tables (.csv, .tsv, .xlsx).</source>
        <translation>要导入的语料文件:纯文本、网页(.html)、Word(.docx)、PDF 或表格(.csv、.tsv、.xlsx)。</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>未指定文件</translation>
    </message>
    <message>
        <source>--year must be a year such as 2023</source>
        <translation>--year 须为年份,例如 2023</translation>
    </message>
    <message>
        <source>--format applies to --dry-run only</source>
        <translation>--format 仅适用于 --dry-run</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use text or json)</source>
        <translation>未知格式“%1”(请使用 text 或 json)</translation>
    </message>
    <message>
        <source>%1 (warning)</source>
        <translation>%1(警告)</translation>
    </message>
    <message>
        <source>%1: already imported (same content as document %2); nothing changed
</source>
        <translation>%1:已导入过(与文档 %2 内容相同),未做任何更改
</translation>
    </message>
    <message>
        <source>%1: imported &quot;%2&quot; (%3): %4 units (%5 new), %6 items, %7 initiative mentions, %8 warnings
</source>
        <translation>%1:已导入“%2”(%3):%4 个单位(新增 %5 个),%6 条,%7 处举措提及,%8 条警告
</translation>
    </message>
    <message>
        <source>  content ends at %1
</source>
        <translation>  正文结束于%1
</translation>
    </message>
    <message>
        <source>  year unknown: the title names none; set it in the window&apos;s File → Documents…, or remove document %1 and import again with --year YEAR
</source>
        <translation>  年份未知:标题中未写明年份;请在窗口的“文件 → 文档…”中设置,或删除文档 %1 后用 --year YEAR 重新导入
</translation>
    </message>
    <message>
        <source>Only provinces of this region: east, central, west, northeast (or 东部, 中部, 西部, 东北).</source>
        <translation>只统计该地区的省份:east、central、west、northeast(或 东部、中部、西部、东北)。</translation>
    </message>
    <message>
        <source>Show the N most mentioned initiatives (default: all).</source>
        <translation>只显示被提及最多的前 N 项举措(默认全部)。</translation>
    </message>
    <message>
        <source>Width in points (default: %1).</source>
        <translation>宽度,单位为点(默认 %1)。</translation>
    </message>
    <message>
        <source>Height in points (default: fits the bars).</source>
        <translation>高度,单位为点(默认按条形数量自动适配)。</translation>
    </message>
    <message>
        <source>Pixels per point for PNG (default: %1).</source>
        <translation>PNG 每点像素数(默认 %1)。</translation>
    </message>
    <message>
        <source>Language of the labels: zh_CN or en (default: zh_CN).</source>
        <translation>标签语言:zh_CN 或 en(默认 zh_CN)。</translation>
    </message>
    <message>
        <source>Output file: .png or .svg.</source>
        <translation>输出文件:.png 或 .svg。</translation>
    </message>
    <message>
        <source>give exactly one output file (.png or .svg)</source>
        <translation>请指定且只指定一个输出文件(.png 或 .svg)</translation>
    </message>
    <message>
        <source>the output file must end in .png or .svg</source>
        <translation>输出文件名须以 .png 或 .svg 结尾</translation>
    </message>
    <message>
        <source>--width and --height take 200–10000 and 150–10000 points, --scale 0.5–8, --top 1 or more</source>
        <translation>--width 取值 200–10000 点,--height 取值 150–10000 点,--scale 取值 0.5–8,--top 至少为 1</translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot;</source>
        <translation>未知地区“%1”</translation>
    </message>
    <message>
        <source>--lang takes zh_CN or en</source>
        <translation>--lang 取值为 zh_CN 或 en</translation>
    </message>
    <message>
        <source>Seed of the pseudo-random choices (default: 1).</source>
        <translation>伪随机选择的种子(默认 1)。</translation>
    </message>
    <message>
        <source>--items takes a number from 1 to 100000000</source>
        <translation>--items 取值为 1 到 100000000 之间的数</translation>
    </message>
    <message>
        <source>--out names the file to write</source>
        <translation>--out 指定要写入的文件</translation>
    </message>
    <message>
        <source>--seed takes a non-negative whole number</source>
        <translation>--seed 取值为非负整数</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>Ids of the documents to remove, as &apos;policy-atlas documents&apos; lists them.</source>
        <translation>要删除的文档的 id,即“policy-atlas documents”所列的 id。</translation>
    </message>
    <message>
        <source>no document id given (see &apos;policy-atlas documents&apos;)</source>
        <translation>未指定文档 id(参见“policy-atlas documents”)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document id (see &apos;policy-atlas documents&apos;)</source>
        <translation>“%1”不是文档 id(参见“policy-atlas documents”)</translation>
    </message>
    <message>
        <source>no such database; nothing was removed</source>
        <translation>没有该数据库;未删除任何内容</translation>
    </message>
    <message>
        <source>removed document %1 &quot;%2&quot; (%3): %4 units, %5 items
</source>
        <translation>已删除文档 %1“%2”(%3):%4 个单位,%5 条
</translation>
    </message>
    <message>
        <source>removed %1 non-standard units that no remaining document names
</source>
        <translation>已删除 %1 个不再被任何剩余文档提及的非标准单位
</translation>
    </message>
    <message>
        <source>Only this province: a GB/T 2260 code (440000) or a name (广东省, 广东).</source>
        <translation>只包括该省份:GB/T 2260 代码(如 440000)或名称(如 广东省、广东)。</translation>
    </message>
    <message>
        <source>Only this document (an id from &apos;policy-atlas documents&apos;).</source>
        <translation>只包括该文档(“policy-atlas documents”所列的 id)。</translation>
    </message>
    <message>
        <source>Output format: csv, json or xlsx (default: csv).</source>
        <translation>输出格式:csv、json 或 xlsx(默认 csv)。</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output (required for xlsx).</source>
        <translation>写入该文件而非标准输出(xlsx 格式必须指定)。</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte-order mark (for Excel on Windows).</source>
        <translation>在 CSV 开头写入 UTF-8 字节顺序标记(BOM,供 Windows 上的 Excel 使用)。</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use csv, json or xlsx)</source>
        <translation>未知格式“%1”(请使用 csv、json 或 xlsx)</translation>
    </message>
    <message>
        <source>xlsx is written to a file: give --out FILE</source>
        <translation>xlsx 只能写入文件:请指定 --out FILE</translation>
    </message>
    <message>
        <source>--bom applies to csv only</source>
        <translation>--bom 仅适用于 csv</translation>
    </message>
    <message>
        <source>--document takes a document id, such as 1 (see &apos;policy-atlas documents&apos;)</source>
        <translation>--document 取值为文档 id,例如 1(参见“policy-atlas documents”)</translation>
    </message>
    <message>
        <source>unknown province &quot;%1&quot; (give a GB/T 2260 code such as 440000, or a name such as 广东省 or 广东)</source>
        <translation>未知省份“%1”(请给出 GB/T 2260 代码,如 440000,或名称,如 广东省 或 广东)</translation>
    </message>
    <message>
        <source>no document %1 in this database</source>
        <translation>数据库中没有文档 %1</translation>
    </message>
    <message>
        <source>%1: %2 rows
</source>
        <translation>%1:%2 行
</translation>
    </message>
    <message>
        <source>%1: %2 texts longer than %3 characters were cut to fit an Excel cell (warning)
</source>
        <translation>%1:有 %2 段文本超过 %3 个字符,已截断以放入 Excel 单元格(警告)
</translation>
    </message>
    <message>
        <source>unknown: the title names none; give it with --year YEAR</source>
        <translation>未知:标题中没有年份;请用 --year YEAR 指定</translation>
    </message>
    <message>
        <source>%1: imported &quot;%2&quot; (%3): %4 units (%5 new), %6 items, %7 initiative mentions, %8 warning
</source>
        <translation>%1:已导入“%2”(%3):%4 个单位(新增 %5 个),%6 条,%7 处举措提及,%8 条警告
</translation>
    </message>
    <message>
        <source>%1: note: height raised from %2 to %3 points so that all %4 labels fit
</source>
        <translation>%1:注意:高度已从 %2 点增加到 %3 点,以容纳全部 %4 个标签
</translation>
    </message>
    <message>
        <source>no such database; nothing was checked</source>
        <translation>没有这个数据库;未做任何检查</translation>
    </message>
    <message>
        <source>%1: the database follows another initiative catalogue than this one: its mentions were not compared (give that catalogue with --catalogue)
</source>
        <translation>%1:数据库依据的举措目录与当前目录不同:未比对其举措提及(请用 --catalogue 给出那份目录)
</translation>
    </message>
    <message>
        <source>; run `policy-atlas repair --db %1` to rebuild the search index from the items</source>
        <translation>;请运行 `policy-atlas repair --db %1`,由条目重建检索索引</translation>
    </message>
    <message>
        <source>no such database; nothing was repaired</source>
        <translation>没有这个数据库;未做任何修复</translation>
    </message>
    <message>
        <source>%1: repair rebuilds the search index from the items; it cannot mend a damaged file: restore a copy of it
</source>
        <translation>%1:repair 只能由条目重建检索索引,无法修补损坏的文件:请恢复该文件的副本
</translation>
    </message>
    <message numerus="yes">
        <source>%1: no problems found (structure, schema, %n document(s), %2 items, search index)
</source>
        <translation>
            <numerusform>%1:未发现问题(结构、模式、%n 个文档、%2 个条目、检索索引)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found</source>
        <translation>
            <numerusform>%1:发现 %n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed %n item(s) whose document or parent item no longer exists
</source>
        <translation>
            <numerusform>已删除 %n 个所属文档或上级条目已不存在的条目
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rebuilt the search index of %n document(s) (%1 items)
</source>
        <translation>
            <numerusform>已重建 %n 个文档的检索索引(%1 个条目)
</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the items whose document or parent item is gone (by default repair refuses and says how many there are).</source>
        <translation>删除所属文档或上级条目已不存在的条目(默认情况下 repair 会拒绝修复,并说明有多少这样的条目)。</translation>
    </message>
    <message>
        <source>--width and --height take 200–10000 and 150–10000 points, --scale 0.5–8</source>
        <translation>--width 取值 200–10000 点,--height 取值 150–10000 点,--scale 取值 0.5–8</translation>
    </message>
    <message>
        <source>Height in points (default: fits the rows).</source>
        <translation>高度,单位为点(默认按行数自动适配)。</translation>
    </message>
    <message>
        <source>%1: note: the picture is %2 × %3 points so that every row and column fits
</source>
        <translation>%1:注意:图片为 %2 × %3 点,以容纳所有行和列
</translation>
    </message>
    <message>
        <source>Height in points (default: fits the map).</source>
        <translation>高度,单位为点(默认:适应地图)。</translation>
    </message>
    <message>
        <source>Shade by the matching items that mention this initiative (its id in the catalogue).</source>
        <translation>按提及该举措(目录中的 id)的匹配条目着色。</translation>
    </message>
    <message>
        <source>With --initiative: shade 1 where any matching item mentions it, 0 elsewhere.</source>
        <translation>与 --initiative 一起使用:有匹配条目提及该举措的省份记 1,其余记 0。</translation>
    </message>
    <message>
        <source>unknown initiative &quot;%1&quot; (the ids are those of `policy-atlas counts`)</source>
        <translation>未知的举措“%1”(id 见 `policy-atlas counts` 的输出)</translation>
    </message>
    <message>
        <source>--mentions needs --initiative</source>
        <translation>--mentions 需要与 --initiative 一起使用</translation>
    </message>
    <message>
        <source>Also the wording of this initiative (an id from the catalogue, such as industry-education-integration), in the items that mention it.</source>
        <translation>同时列出此举措的表述(目录中的 id,如 industry-education-integration),范围为提及它的条目。</translation>
    </message>
    <message>
        <source>Characters of context each side (default: %1).</source>
        <translation>两侧上下文的字数(默认:%1)。</translation>
    </message>
    <message>
        <source>give the words to look for (--match TEXT), an initiative (--initiative ID), or both</source>
        <translation>请给出要查找的词语(--match TEXT)、举措(--initiative ID),或两者都给</translation>
    </message>
    <message>
        <source>--context takes a number of characters from 0 to %1</source>
        <translation>--context 须为 0 到 %1 之间的字数</translation>
    </message>
    <message>
        <source>unknown initiative &quot;%1&quot; (see the catalogue&apos;s ids)</source>
        <translation>未知的举措“%1”(请查看目录中的 id)</translation>
    </message>
    <message>
        <source>--out needs a file name</source>
        <translation>--out 需要一个文件名</translation>
    </message>
    <message>
        <source>this is the catalogue in use (--catalogue); choose another file</source>
        <translation>这是正在使用的举措目录(--catalogue);请选择另一个文件</translation>
    </message>
    <message>
        <source>Number of items and sub-items to write (with --years: per year, default %1).</source>
        <translation>要写入的条目数(含子条目;用 --years 时为每年的条目数,默认 %1)。</translation>
    </message>
    <message>
        <source>Output file (with --years: folder, one YEAR.txt per year).</source>
        <translation>输出文件(用 --years 时为文件夹,每年一个 YEAR.txt)。</translation>
    </message>
    <message>
        <source>Write one document per year from FROM to TO (%1–%2, at most %3 years), in which each initiative spreads from a few provinces along a logistic curve, some provinces dropping it again.</source>
        <translation>从 FROM 到 TO 每年写一份文件(%1–%2 年,至多 %3 年):每项举措从少数省份开始,沿逻辑斯蒂曲线逐年扩散,部分省份随后又不再提及。</translation>
    </message>
    <message>
        <source>With --years: also write which province mentions which initiative in which year, as CSV with one row per province and initiative: province_code, province, initiative, first_year (empty if never), years (the years it is mentioned, separated by &apos;;&apos;).</source>
        <translation>与 --years 同用:另写一个 CSV 文件,记录哪个省份在哪一年提及哪项举措,每个省份与举措一行:province_code(省份代码)、province(省份)、initiative(举措)、first_year(首次提及年份,从未提及则为空)、years(提及的各年份,以 &apos;;&apos; 分隔)。</translation>
    </message>
    <message>
        <source>--items takes a number from 31 to 100000000 with --years (every province has items each year)</source>
        <translation>与 --years 同用时,--items 取值为 31 到 100000000 之间的数(每个省份每年都要有条目)</translation>
    </message>
    <message>
        <source>--out names the folder to write the years into</source>
        <translation>--out 指定写入各年份文件的文件夹</translation>
    </message>
    <message>
        <source>--truth needs --years</source>
        <translation>--truth 须与 --years 同用</translation>
    </message>
    <message>
        <source>--truth names the CSV file to write</source>
        <translation>--truth 指定要写入的 CSV 文件</translation>
    </message>
    <message>
        <source>--years takes FROM-TO, two years from %1 to %2, FROM not after TO, at most %3 years (e.g. 2019-2023)</source>
        <translation>--years 取值为 FROM-TO:%1 到 %2 之间的两个年份,FROM 不晚于 TO,至多 %3 年(如 2019-2023)</translation>
    </message>
    <message>
        <source>--out names a folder with --years, and &quot;%1&quot; is a file</source>
        <translation>与 --years 同用时 --out 应为文件夹,而“%1”是一个文件</translation>
    </message>
    <message>
        <source>--truth names one of the documents to write</source>
        <translation>--truth 指向了一份要写入的年份文件</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s) (%2–%3), %4 items each in 31 provinces (seed %5)
</source>
        <translation>
            <numerusform>%1:%n 份文件(%2–%3 年),每份 31 个省份共 %4 条(种子 %5)
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: who mentions what in which year
</source>
        <translation>%1:各省份各年份提及的举措
</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Import corpus files into the database.</source>
        <translation>将语料文件导入数据库。</translation>
    </message>
    <message>
        <source>List provinces with their item counts (--match to filter).</source>
        <translation>列出各省份及其条目数(可用 --match 筛选)。</translation>
    </message>
    <message>
        <source>How many provinces and items mention each initiative.</source>
        <translation>统计提及各项举措的省份数和条目数。</translation>
    </message>
    <message>
        <source>Province x initiative table of mentioning items.</source>
        <translation>省份 × 举措交叉表,列出提及举措的条目数。</translation>
    </message>
    <message>
        <source>Render the initiative bar chart to a .png or .svg file.</source>
        <translation>将举措条形图输出为 .png 或 .svg 文件。</translation>
    </message>
    <message>
        <source>List the documents in the database (ids for remove and items).</source>
        <translation>列出数据库中的文档(其 id 供 remove 和 items 命令使用)。</translation>
    </message>
    <message>
        <source>Remove documents and their items from the database.</source>
        <translation>从数据库中删除文档及其条目。</translation>
    </message>
    <message>
        <source>Write every item and sub-item as CSV, JSON or XLSX (--out FILE).</source>
        <translation>将全部条目和子条目导出为 CSV、JSON 或 XLSX(--out FILE)。</translation>
    </message>
    <message>
        <source>Check the database&apos;s structure and search index; changes nothing.</source>
        <translation>检查数据库的结构与检索索引;不做任何改动。</translation>
    </message>
    <message>
        <source>Rebuild the search index from the items, after another tool changed them.</source>
        <translation>在其他工具改动条目之后,由条目重建检索索引。</translation>
    </message>
    <message>
        <source>Render the province × initiative heat map to a .png or .svg file.</source>
        <translation>将省份 × 举措热力图输出为 .png 或 .svg 文件。</translation>
    </message>
    <message>
        <source>Render the China tile map of matching items to a .png or .svg file.</source>
        <translation>将匹配条目的中国省份方块地图渲染为 .png 或 .svg 文件。</translation>
    </message>
    <message>
        <source>Keyword in context: each occurrence of --match TEXT or an --initiative&apos;s wording, as CSV, JSON or XLSX.</source>
        <translation>关键词上下文:--match TEXT 或 --initiative 举措表述的每处出现,输出为 CSV、JSON 或 XLSX。</translation>
    </message>
    <message>
        <source>Write a synthetic corpus (--items N --out FILE [--seed S]; or --years FROM-TO [--items N] --out FOLDER [--truth FILE.csv]).</source>
        <translation>生成合成语料(--items N --out FILE [--seed S];或 --years FROM-TO [--items N] --out FOLDER [--truth FILE.csv])。</translation>
    </message>
</context>
<context>
    <name>CorpusGenerator</name>
    <message>
        <source>the built-in corpus has no clauses to build items from</source>
        <translation>内置语料中没有可用于生成条目的分句</translation>
    </message>
    <message>
        <source>the years must lie within %1–%2, the first not after the last, at most %3 of them</source>
        <translation>年份须在 %1–%2 之间,起始年不晚于结束年,至多 %3 年</translation>
    </message>
    <message>
        <source>a series needs at least %1 items a year, one for each province</source>
        <translation>多年语料每年至少需要 %1 条,每个省份一条</translation>
    </message>
    <message>
        <source>not a folder: a series is written as one file per year into a folder</source>
        <translation>不是文件夹:多年语料按每年一个文件写入文件夹</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
</context>
<context>
    <name>CorpusIndex</name>
    <message>
        <source>cannot read initiatives: %1</source>
        <translation>无法读取举措:%1</translation>
    </message>
    <message>
        <source>cannot read items: %1</source>
        <translation>无法读取条目:%1</translation>
    </message>
    <message>
        <source>the database&apos;s items and mentions do not agree</source>
        <translation>数据库中的条目与举措提及记录不一致</translation>
    </message>
    <message>
        <source>the database&apos;s items and its search index disagree (%1 items, %2 in the index): run `%3` to rebuild the index from the items</source>
        <translation>数据库的条目与其检索索引不一致(条目 %1 个,索引中 %2 个):请运行 `%3`,由条目重建索引</translation>
    </message>
    <message>
        <source>the database&apos;s items and its search index disagree (%1 items in both, but the last item is %2, in the index %3): run `%4` to rebuild the index from the items</source>
        <translation>数据库的条目与其检索索引不一致(两者都有 %1 个条目,但最后一个条目为 %2,索引中为 %3):请运行 `%4`,由条目重建索引</translation>
    </message>
</context>
<context>
    <name>CorpusParser</name>
    <message>
        <source>the file has no text</source>
        <translation>文件没有文字内容</translation>
    </message>
    <message>
        <source>no province header found: each section must start with a line naming a provincial-level unit, such as &quot;北京市&quot;</source>
        <translation>未找到省份标题:每一部分须以一行省级单位名称开头,例如“北京市”</translation>
    </message>
    <message>
        <source>%1 has no items</source>
        <translation>%1 没有条目</translation>
    </message>
    <message>
        <source>no items: the file has province headers but no numbered items under them</source>
        <translation>没有条目:文件有省份标题,但其下没有编号条目</translation>
    </message>
    <message>
        <source>no province header found: %1 names %2 provinces on one line; start each province&apos;s section on a line of its own, with the name alone (“北京市”) or the name and a colon (“北京市：…”); a table copied as one line is better saved as a CSV or XLSX file</source>
        <translation>未找到省份标题:%1 在一行中列出了 %2 个省份;请让每个省份的部分另起一行开始,单独写出名称(“北京市”)或写出名称加冒号(“北京市：…”);整行复制的表格最好另存为 CSV 或 XLSX 文件</translation>
    </message>
    <message>
        <source>no province header found: %1 starts with the name of a province but is not read as a header; write the name alone on the line above the section&apos;s text (“北京市”), or follow it by a colon (“北京市：…”)</source>
        <translation>未找到省份标题:%1 以省份名称开头,但未被识别为标题;请在该部分正文上方单独一行写出名称(“北京市”),或在名称后加冒号(“北京市：…”)</translation>
    </message>
    <message>
        <source>a 来源 (source) line: what follows it is not part of the text</source>
        <translation>“来源”行:其后的内容不属于正文</translation>
    </message>
    <message>
        <source>%1 starts a page footer</source>
        <translation>%1 是页脚的开头</translation>
    </message>
    <message>
        <source>%1 at the end of this line is read as the header of a new section (it was glued to the sentence before it; put it on a line of its own)</source>
        <translation>此行末尾的 %1 被视为新部分的标题(它与前一句连在了一起;请将其单独成行)</translation>
    </message>
    <message>
        <source>%1 is read as item %2 of %3, since its number continues the items above; if it starts the section of %4, write its header without the number</source>
        <translation>%1 被视为%3的第 %2 条,因为其编号延续了上方的条目;如果它是%4部分的开头,请写出不带编号的标题</translation>
    </message>
    <message>
        <source>%1 is read as text of the item above, which ends in “%2” (a sentence wrapped after a name); if it starts a section, end the line above with “。”</source>
        <translation>%1 被视为上方条目的正文,该条目以“%2”结尾(句子在某个名称之后换了行);如果它是新部分的开头,请在上一行末尾加上“。”</translation>
    </message>
    <message>
        <source>%1 is read as the header of %2 (write the name alone, such as “%3” or “%4”, to make it a header this program knows)</source>
        <translation>%1 被视为%2的标题(请单独写出名称,如“%3”或“%4”,使其成为本程序能识别的标题)</translation>
    </message>
    <message>
        <source>not understood: %1 starts with the name of %2 but is neither a header nor a sentence (it has no sentence punctuation); if it starts a section, write the name alone, such as “%3”; if it is text, end it with “。”</source>
        <translation>无法理解:%1 以%2的名称开头,但既不是标题也不是句子(没有句末标点);如果它是新部分的开头,请单独写出名称,如“%3”;如果它是正文,请以“。”结尾</translation>
    </message>
    <message>
        <source>%1 inside this line is read as the header of a new section (put it on a line of its own)</source>
        <translation>此行中间的 %1 被视为新部分的标题(请将其单独成行)</translation>
    </message>
    <message>
        <source>%1 is read as the header of %2 (the name is written with variant characters, spaces or invisible characters; write “%2” or “%3” to make it a header this program knows)</source>
        <translation>%1 被视为%2的标题(名称中含有异体字、空格或不可见字符;请写作“%2”或“%3”,使其成为本程序能识别的标题)</translation>
    </message>
    <message>
        <source> (if it means %1, write “%1：…”)</source>
        <translation> (如果指的是%1,请写作“%1：…”)</translation>
    </message>
    <message>
        <source>not understood: %1 is written like the sections above it, a name and a colon, but “%2” is no provincial-level unit%3; write the unit&apos;s standard name, such as “北京市：…”, or, if the line is text of %4, join it to the line above</source>
        <translation>无法理解:%1 与上方各部分的写法相同,即名称加冒号,但“%2”不是省级单位%3;请写出该单位的标准名称,如“北京市：…”;如果该行是%4的正文,请将其并入上一行</translation>
    </message>
    <message>
        <source>%1 is read as the header of %2 with its text on the same line, as the sections above are written; put a colon after the name (“%2：…”) to say so, or write the text under a header</source>
        <translation>%1 被视为%2的标题,其正文写在同一行,与上方各部分的写法一致;请在名称后加冒号(“%2：…”)以明确这一点,或将正文写在标题下方</translation>
    </message>
    <message>
        <source>%1 starts with the name of %2 but is read as text of %3 (header at line %4); if it starts %2&apos;s section, put “%2” on a line of its own above it</source>
        <translation>%1 以%2的名称开头,但被视为%3的正文(标题在第 %4 行);如果它是%2部分的开头,请在其上方单独一行写出“%2”</translation>
    </message>
    <message>
        <source>not understood: %1 names two units, %2 and %3: a section&apos;s header names one; put each header on a line of its own, above its items</source>
        <translation>无法理解:%1 写出了两个单位,即%2和%3,而每个部分的标题只写一个单位;请将每个标题单独成行,置于其条目上方</translation>
    </message>
    <message>
        <source>%1 after the header is read as the section&apos;s title, not as an item</source>
        <translation>标题后的 %1 被视为该部分的题名,而非条目</translation>
    </message>
    <message>
        <source>%1 is read as the header of %2 with its text on the same line; if it is text of %3, join it to the line above</source>
        <translation>%1 被视为%2的标题,其正文写在同一行;如果它是%3的正文,请将其并入上一行</translation>
    </message>
    <message>
        <source>several sections on one line: %1 starts a new section (put each header on a line of its own)</source>
        <translation>一行中有多个部分:%1 开始了新的部分(请将每个标题单独成行)</translation>
    </message>
    <message>
        <source>not understood as a header: %1 starts with a province&apos;s name, but a section&apos;s header names one unit alone (“北京市”, “北京市：…”), and the numbered item below it (line %2) needs one above it</source>
        <translation>未能识别为标题:%1 以省份名称开头,但部分标题只单独写一个单位(“北京市”或“北京市：…”),而其下方的编号条目(第 %2 行)需要上方有一个标题</translation>
    </message>
    <message>
        <source>not understood as a header: %1 is read as text above the first section, but the numbered item below it (line %2) needs a province&apos;s header above it; if this line starts a section, write the unit&apos;s name on it, such as “北京市”</source>
        <translation>未能识别为标题:%1 被视为第一个部分之前的正文,但其下方的编号条目(第 %2 行)需要上方有省份标题;如果此行是某个部分的开头,请在其中写出单位名称,如“北京市”</translation>
    </message>
    <message>
        <source>numbered item before any province header: add a header line such as &quot;北京市&quot; above it</source>
        <translation>编号条目出现在任何省份标题之前:请在其上方加一行标题,例如“北京市”</translation>
    </message>
    <message>
        <source>several numbered items on one line: %1 starts a new item (put each item on a line of its own)</source>
        <translation>一行中有多个编号条目:%1 开始了新的条目(请将每个条目单独成行)</translation>
    </message>
    <message>
        <source>%1 is read as an item of %2: a short line without punctuation; if it starts a section, write a province&apos;s name on it, such as “北京市”</source>
        <translation>%1 被视为%2的条目:这是一行没有标点的短句;如果它是新部分的开头,请在其中写出省份名称,如“北京市”</translation>
    </message>
    <message>
        <source>%1 looks like a header but names no provincial-level unit: it is read as text of the item above, under %2, and so are the items below it; if it starts a section, write a province&apos;s name on it, such as “北京市”</source>
        <translation>%1 看似标题,但没有写明省级单位:它被视为上方条目的正文(归在%2下),其下方的条目也同样如此;如果它是新部分的开头,请在其中写出省份名称,如“北京市”</translation>
    </message>
    <message>
        <source>%1 looks like a header but names no provincial-level unit: it is read as text of the item above, and the numbered lines under it as that item&apos;s sub-items; if it starts a section, write a province&apos;s name on it, such as “北京市”</source>
        <translation>%1 看似标题,但没有写明省级单位:它被视为上方条目的正文,其下方的编号行被视为该条目的子条目;如果它是新部分的开头,请在其中写出省份名称,如“北京市”</translation>
    </message>
    <message>
        <source>not understood: this line ends with %1, most likely the header of a new section glued to the text, since the item numbered %2 on line %3 starts the numbering again; put it on a line of its own, as a province&apos;s name such as “北京市”</source>
        <translation>无法理解:此行以 %1 结尾,这很可能是与正文连在一起的新部分标题,因为第 %3 行编号为 %2 的条目重新开始编号;请将其单独成行,写成省份名称,如“北京市”</translation>
    </message>
    <message>
        <source>not understood as a header: %1 is read as text of the item above it, but the item numbered %2 on line %3 starts the numbering again, so this line most likely starts a new section; it names no provincial-level unit: write the unit&apos;s name on it, such as “北京市” or “【北京】”</source>
        <translation>未能识别为标题:%1 被视为其上方条目的正文,但第 %3 行编号为 %2 的条目重新开始编号,因此此行很可能是新部分的开头;但它没有写明省级单位:请在其中写出单位名称,如“北京市”或“【北京】”</translation>
    </message>
    <message>
        <source>the numbering starts again at %1 under %2 (header at line %3), and this item starts with %4: if it begins %4&apos;s section, put “%4” on a line of its own above it; the items are kept under %2</source>
        <translation>编号在%2下重新从 %1 开始(标题在第 %3 行),且此条目以%4开头:如果它是%4部分的开头,请在其上方单独一行写出“%4”;这些条目仍归在%2下</translation>
    </message>
    <message>
        <source>the numbering starts again at %1 under %2 (header at line %3); the line above, %4, may be a header that was not recognised: if so, write a province&apos;s name on it, such as “北京市”; the items are kept under %2</source>
        <translation>编号在%2下重新从 %1 开始(标题在第 %3 行);上一行 %4 可能是未被识别的标题:如果是,请在其中写出省份名称,如“北京市”;这些条目仍归在%2下</translation>
    </message>
    <message>
        <source>the numbering starts again at %1 under %2 (header at line %3), right after %4 (line %5): if a new section starts here, add its header above this line; the items are kept under %2</source>
        <translation>编号在%2下重新从 %1 开始(标题在第 %3 行),紧接在 %4(第 %5 行)之后:如果新部分从这里开始,请在此行上方加上其标题;这些条目仍归在%2下</translation>
    </message>
    <message>
        <source>%1 looks like more of the text, but the content ended at line %2, %3: if the text goes on, move line %2 to the end</source>
        <translation>%1 看似正文的延续,但正文已在第 %2 行 %3 处结束:如果正文确实还在继续,请将第 %2 行移到末尾</translation>
    </message>
    <message>
        <source>%1 looks like more of the text, but the content ended at line %2, %3: if the text goes on, remove line %2</source>
        <translation>%1 看似正文的延续,但正文已在第 %2 行 %3 处结束:如果正文确实还在继续,请删除第 %2 行</translation>
    </message>
    <message>
        <source>%1 looks like a header but names no provincial-level unit: the lines after it, up to line %2, are read as the lead, not as items; if it starts a section, write the unit&apos;s name on it, such as “北京市”</source>
        <translation>%1 看似标题,但没有写明省级单位:其后直到第 %2 行的各行被视为导语,而非条目;如果它是新部分的开头,请在其中写出单位名称,如“北京市”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known provincial-level unit; imported as a non-standard unit</source>
        <translation>“%1”不是已知的省级单位,已作为非标准单位导入</translation>
    </message>
    <message>
        <source>%1 appears again (first at line %2); its items are merged</source>
        <translation>%1 再次出现(首次在第 %2 行),其条目已合并</translation>
    </message>
    <message>
        <source>page furniture after the last item is left out: %1</source>
        <translation>最后一个条目之后的页面杂项已略去:%1</translation>
    </message>
    <message>
        <source>page furniture after the last item is left out: lines %1–%2, starting %3</source>
        <translation>最后一个条目之后的页面杂项已略去:第 %1–%2 行,以 %3 开头</translation>
    </message>
    <message>
        <source>the last item ends in page furniture, which is left out: %1</source>
        <translation>最后一个条目以页面杂项结尾,已略去:%1</translation>
    </message>
    <message>
        <source>%1 is read as the first item of %2, whose header was found inside the line above, but its number continues the items of %3: if it belongs to %3, the header in the line above is text; if not, check the numbering</source>
        <translation>%1 被读作%2的第一条,%2的标题是在上一行中找到的,但其编号接续%3的条目:如果它属于%3,上一行中的标题其实是正文;如果不是,请检查编号</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>sub-items</source>
        <translation>子条目</translation>
    </message>
    <message>
        <source>texts</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>举措提及</translation>
    </message>
    <message>
        <source>its schema is version %1, older than this version&apos;s %2: opening it with any other command upgrades it</source>
        <translation>其模式版本为 %1,早于本版本的 %2:用其他任何命令打开都会将其升级</translation>
    </message>
    <message>
        <source>its application id is not Policy Atlas&apos;s</source>
        <translation>其应用标识不属于 Policy Atlas</translation>
    </message>
    <message>
        <source>its tables and indexes are not those of schema %1, the version it claims</source>
        <translation>其表和索引不符合它所声称的模式版本 %1</translation>
    </message>
    <message>
        <source>cannot check its foreign keys: %1</source>
        <translation>无法检查其外键:%1</translation>
    </message>
    <message>
        <source>%1 rows of table %2 refer to rows of table %3 that do not exist</source>
        <translation>表 %2 中有 %1 行引用了表 %3 中不存在的行</translation>
    </message>
    <message>
        <source>it does not record the initiative catalogue its mentions follow</source>
        <translation>它没有记录其举措提及所依据的举措目录</translation>
    </message>
    <message>
        <source>document %1: its search index cannot be read</source>
        <translation>文档 %1:其检索索引无法读取</translation>
    </message>
    <message>
        <source>document %1: its search index is missing</source>
        <translation>文档 %1:缺少其检索索引</translation>
    </message>
    <message>
        <source>document %1: its search index follows another initiative catalogue than the database</source>
        <translation>文档 %1:其检索索引依据的举措目录与数据库不同</translation>
    </message>
    <message>
        <source>document %1: its search index is inconsistent</source>
        <translation>文档 %1:其检索索引自相矛盾</translation>
    </message>
    <message>
        <source>document %1: its search index does not match its items (%2 differ; %3 items in the index, %4 in the table)</source>
        <translation>文档 %1:其检索索引与条目不符(%2 不同;索引中 %3 个条目,表中 %4 个)</translation>
    </message>
</context>
<context>
    <name>DiagnosticsModel</name>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>信息</translation>
    </message>
</context>
<context>
    <name>DocumentCatalog</name>
    <message>
        <source>cannot read the documents</source>
        <translation>无法读取文档</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <source>cannot write the database</source>
        <translation>无法写入数据库</translation>
    </message>
    <message>
        <source>no document given; nothing was removed</source>
        <translation>未指定文档;未删除任何内容</translation>
    </message>
    <message>
        <source>no document %1 in this database; nothing was removed</source>
        <translation>数据库中没有文档 %1;未删除任何内容</translation>
    </message>
    <message>
        <source>no documents %1 in this database; nothing was removed</source>
        <translation>数据库中没有文档 %1;未删除任何内容</translation>
    </message>
    <message>
        <source>cannot remove the documents</source>
        <translation>无法删除文档</translation>
    </message>
    <message>
        <source>the year must be between %1 and %2</source>
        <translation>年份须在 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>cannot change the year</source>
        <translation>无法修改年份</translation>
    </message>
    <message>
        <source>no document %1 in this database</source>
        <translation>数据库中没有文档 %1</translation>
    </message>
</context>
<context>
    <name>DocumentDescription</name>
    <message>
        <source>%1, %2</source>
        <extracomment>what a file was read as: its format (text, html, docx, …), then its encoding</extracomment>
        <translation>%1,%2</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>出处:%1</translation>
    </message>
    <message>
        <source>author: %1</source>
        <translation>作者:%1</translation>
    </message>
    <message>
        <source>published: %1</source>
        <translation>发布时间:%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行:%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <source>Double-click to change the year</source>
        <translation>双击可修改年份</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation>省份数</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>The documents in this database. Double-click a year to correct it. Removing a document also removes its items and sub-items.</source>
        <translation>本数据库中的文档。双击年份可更正。删除文档会同时删除其条目和子条目。</translation>
    </message>
    <message numerus="yes">
        <source>• document %1, “%2”: %n item(s)</source>
        <translation>
            <numerusform>• 文档 %1“%2”:%n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n document(s) from the database, with all their items and sub-items? This cannot be undone.</source>
        <translation>
            <numerusform>要从数据库中删除 %n 个文档及其全部条目和子条目吗?此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) and sub-item(s) in all.</source>
        <translation>
            <numerusform>条目和子条目共 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Documents</source>
        <translation>删除文档</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Nothing was removed:
%1</source>
        <translation>未删除任何内容:
%1</translation>
    </message>
    <message>
        <source>Removed %1 with %2.</source>
        <translation>已删除 %1,及其%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 个文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) and sub-item(s)</source>
        <translation>
            <numerusform>条目和子条目共 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocxReader</name>
    <message>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>段</translation>
    </message>
    <message>
        <source>the Word file is damaged: its ZIP archive cannot be opened</source>
        <translation>Word 文件已损坏:无法打开其 ZIP 压缩包</translation>
    </message>
    <message>
        <source>the Word file is damaged: it has no %1</source>
        <translation>Word 文件已损坏:缺少 %1</translation>
    </message>
    <message>
        <source>the Word file&apos;s text (%1) unpacks to more than %2 MiB; it is not read</source>
        <translation>Word 文件的正文(%1)解压后超过 %2 MiB,不予读取</translation>
    </message>
    <message>
        <source>the Word file is damaged: its text (%1) cannot be unpacked</source>
        <translation>Word 文件已损坏:无法解压其正文(%1)</translation>
    </message>
    <message>
        <source>the Word file is damaged: its text (%1) is not well-formed XML (line %2: %3)</source>
        <translation>Word 文件已损坏:其正文(%1)不是格式正确的 XML(第 %2 行:%3)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PNG image (for slides and print)</source>
        <translation>PNG 图像(用于幻灯片和印刷)</translation>
    </message>
    <message>
        <source>SVG image (vector, for editing)</source>
        <translation>SVG 图像(矢量,便于编辑)</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 点</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Pixels per point: 2× is sharp in print and on high-density screens</source>
        <translation>每点像素数:2× 在印刷和高分辨率屏幕上清晰</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>缩放(&amp;S):</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>%1 × %2 points, vector</source>
        <translation>%1 × %2 点,矢量</translation>
    </message>
    <message>
        <source>Choose a file in an existing folder.</source>
        <translation>请选择已有文件夹中的文件。</translation>
    </message>
    <message>
        <source>CSV table (the numbers)</source>
        <translation>CSV 表格(数据)</translation>
    </message>
    <message>
        <source>Excel workbook (the numbers)</source>
        <translation>Excel 工作簿(数据)</translation>
    </message>
    <message>
        <source>JSON (the numbers)</source>
        <translation>JSON(数据)</translation>
    </message>
</context>
<context>
    <name>ExportItemsDialog</name>
    <message>
        <source>Start with a byte-order mark (for Excel on Windows)</source>
        <translation>在文件开头写入字节顺序标记(BOM,供 Windows 上的 Excel 使用)</translation>
    </message>
    <message>
        <source>Export Items</source>
        <translation>导出条目</translation>
    </message>
    <message numerus="yes">
        <source>All %n item(s) and sub-item(s), in published order.</source>
        <translation>
            <numerusform>全部条目和子条目(共 %n 条),按原文顺序排列。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n item(s) and sub-item(s) that the filter shows, in published order.</source>
        <translation>
            <numerusform>筛选显示的条目和子条目(共 %n 条),按原文顺序排列。</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV (spreadsheets, R, Python)</source>
        <translation>CSV(电子表格、R、Python)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿(.xlsx)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Excel on a Chinese Windows reads CSV without it as GBK, and the Chinese text comes out garbled</source>
        <translation>中文版 Windows 上的 Excel 会把不带 BOM 的 CSV 按 GBK 读取,导致中文乱码</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;I):</translation>
    </message>
    <message>
        <source>items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>No database is open: open or create one with File → Open Database.</source>
        <translation>没有打开的数据库:请用“文件 → 打开数据库”打开或新建一个。</translation>
    </message>
    <message>
        <source>Choose a file in an existing folder.</source>
        <translation>请选择已有文件夹中的文件。</translation>
    </message>
    <message>
        <source>Nothing was saved:
%1</source>
        <translation>未保存任何内容:
%1</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Policy Atlas database (*.sqlite *.db);;All files (*)</source>
        <translation>政策图谱数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>Corpora (*.txt *.html *.htm *.docx *.pdf *.csv *.tsv *.xlsx);;Text (*.txt);;Web pages (*.html *.htm);;Word (*.docx);;PDF (*.pdf);;Tables (*.csv *.tsv *.xlsx);;All files (*)</source>
        <translation>语料 (*.txt *.html *.htm *.docx *.pdf *.csv *.tsv *.xlsx);;纯文本 (*.txt);;网页 (*.html *.htm);;Word (*.docx);;PDF (*.pdf);;表格 (*.csv *.tsv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>%1  ✕</source>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <source>Filter items by keyword (Ctrl+F), e.g. 产教融合 or 技工 广东</source>
        <translation>按关键词筛选条目(Ctrl+F),例如:产教融合、技工 广东</translation>
    </message>
    <message>
        <source>All terms must occur in an item or its province&apos;s name. Esc clears.</source>
        <translation>所有关键词都须出现在条目或其省份名称中。按 Esc 清除。</translation>
    </message>
    <message>
        <source>Only items that mention this initiative. Click to remove.</source>
        <translation>只显示提及该举措的条目。单击取消。</translation>
    </message>
</context>
<context>
    <name>FormatDetector</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件:%1</translation>
    </message>
    <message>
        <source>a ZIP archive that cannot be opened: the file is damaged or incomplete</source>
        <translation>无法打开的 ZIP 压缩包:文件已损坏或不完整</translation>
    </message>
    <message>
        <source>a ZIP archive that is neither a Word (.docx) nor an Excel (.xlsx) file</source>
        <translation>既非 Word(.docx)也非 Excel(.xlsx)文件的 ZIP 压缩包</translation>
    </message>
    <message>
        <source>a password-protected Word/Excel file: open it in Word or Excel, remove the password and save it again</source>
        <translation>受密码保护的 Word/Excel 文件:请在 Word 或 Excel 中打开,去掉密码后重新保存</translation>
    </message>
    <message>
        <source>an old Word/Excel binary file (.doc/.xls): save it as .docx/.xlsx</source>
        <translation>旧版 Word/Excel 二进制文件(.doc/.xls):请另存为 .docx/.xlsx</translation>
    </message>
    <message>
        <source>an RTF file: save it as .docx, or as plain text (.txt)</source>
        <translation>RTF 文件:请另存为 .docx 或纯文本(.txt)</translation>
    </message>
</context>
<context>
    <name>FormatReader</name>
    <message>
        <source>expected PROVINCE,TEXT or PROVINCE,TEXT,YEAR, each a header name or a column number counting from 1 (for example 省份,内容 or 1,3,2)</source>
        <translation>应为 PROVINCE,TEXT 或 PROVINCE,TEXT,YEAR,每项为表头名称或从 1 起算的列号(例如 省份,内容 或 1,3,2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>“%1”:%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a column is missing; %2</source>
        <translation>“%1”:缺少一列;%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: column %2 does not exist: columns are counted from 1 to %3</source>
        <translation>“%1”:第 %2 列不存在:列号范围为 1 到 %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: column %2 is given twice; the province, text and year columns must be different columns</source>
        <translation>“%1”:第 %2 列被指定了两次;省份列、正文列和年份列必须是不同的列</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件:%1</translation>
    </message>
</context>
<context>
    <name>HeatmapData</name>
    <message>
        <source>Mentioning items by province and initiative</source>
        <translation>各省份提及各项举措的条目数</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>地区:%1</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>Filter: “%1”</source>
        <translation>筛选:“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n province(s) with matching items</source>
        <translation>
            <numerusform>%n 个省份有匹配条目</numerusform>
        </translation>
    </message>
    <message>
        <source>top %1</source>
        <translation>前 %1 项</translation>
    </message>
    <message>
        <source>no initiative is mentioned</source>
        <translation>没有提及任何举措</translation>
    </message>
</context>
<context>
    <name>HeatmapExport</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation>省份数</translation>
    </message>
    <message>
        <source>Mentioning items per cell</source>
        <translation>每格提及条目数</translation>
    </message>
    <message>
        <source>blank: none</source>
        <translation>空白:无</translation>
    </message>
    <message>
        <source>no mentions</source>
        <translation>没有提及</translation>
    </message>
</context>
<context>
    <name>HeatmapModel</name>
    <message numerus="yes">
        <source>%n province(s) with mentions</source>
        <translation>
            <numerusform>%n 个省份有提及</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentioning item(s) in all cells</source>
        <translation>
            <numerusform>所有单元格共 %n 条提及条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n province(s), </source>
        <translation>
            <numerusform>%n 个省份,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentioning item(s), summed over the initiatives shown</source>
        <translation>
            <numerusform>%n 条提及条目(所示举措合计)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentioning item(s)</source>
        <translation>
            <numerusform>%n 条提及条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show these items in the tree.</source>
        <translation>单击可在目录树中显示这些条目。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Each province&apos;s mentioning items, summed over the initiatives shown.</source>
        <translation>各省份提及条目数,按所示举措合计。</translation>
    </message>
    <message>
        <source>Click to sort the provinces by their total.</source>
        <translation>单击可按合计对省份排序。</translation>
    </message>
    <message>
        <source>Click to select this initiative.</source>
        <translation>单击可选中此举措。</translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation>省份数</translation>
    </message>
    <message>
        <source>How many provinces mention each initiative (the chart&apos;s bars).</source>
        <translation>提及各项举措的省份数(即图表中的条形)。</translation>
    </message>
    <message>
        <source>Click to sort the initiatives by it, or back into catalogue order.</source>
        <translation>单击可改按目录顺序排列举措,再次单击恢复按省份数排序。</translation>
    </message>
    <message>
        <source>Click to select this province.</source>
        <translation>单击可选中此省份。</translation>
    </message>
</context>
<context>
    <name>HeatmapPane</name>
    <message>
        <source>Counting the mentions…</source>
        <translation>正在统计提及数…</translation>
    </message>
    <message>
        <source>Fit the rows (%1 pt)</source>
        <translation>按行数适配(%1 点)</translation>
    </message>
    <message>
        <source>Export Heat Map</source>
        <translation>导出热力图</translation>
    </message>
    <message>
        <source>heatmap</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>Click a cell to show its items in the tree, a name to select it; click “%1” or “%2” to sort.</source>
        <translation>单击单元格可在目录树中显示其条目,单击名称可选中;单击“%1”或“%2”可排序。</translation>
    </message>
</context>
<context>
    <name>HtmlReader</name>
    <message>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>the page is too large to be read</source>
        <translation>网页太大,无法读取</translation>
    </message>
    <message>
        <source>the page cannot be read: out of memory</source>
        <translation>无法读取网页:内存不足</translation>
    </message>
</context>
<context>
    <name>ImageExport</name>
    <message>
        <source>unknown image type &quot;%1&quot;: use .png or .svg</source>
        <translation>未知图像类型“%1”:请使用 .png 或 .svg</translation>
    </message>
    <message>
        <source>the image would be %1 × %2 pixels, more than %3 million: lower the scale or the size</source>
        <translation>图像将达 %1 × %2 像素,超过 %3 百万:请降低缩放或尺寸</translation>
    </message>
    <message>
        <source>not enough memory for an image of this size: lower the scale or the size</source>
        <translation>内存不足以生成这么大的图像:请降低缩放或尺寸</translation>
    </message>
    <message>
        <source>cannot encode the PNG image</source>
        <translation>无法编码 PNG 图像</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>the preview was cancelled</source>
        <translation>预览已取消</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>无法读取文件</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import Corpus: Preview</source>
        <translation>导入语料:预览</translation>
    </message>
    <message>
        <source>What each file would bring. Nothing is written until you press Import; the title and the year of each document can be corrected first.</source>
        <translation>每个文件将导入的内容。按“导入”之前不会写入任何内容;可先更正每个文档的标题和年份。</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The year the document is filed under; &quot;unknown&quot; below 1949</source>
        <translation>文档归入的年份;小于 1949 时显示为“未知”</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y):</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>识别为:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>出处:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>作者:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>发布时间:</translation>
    </message>
    <message>
        <source>Content ends:</source>
        <translation>正文结束于:</translation>
    </message>
    <message>
        <source>This file cannot be imported, so nothing can be:

%1</source>
        <translation>此文件无法导入,因此所有文件都无法导入:

%1</translation>
    </message>
    <message>
        <source>cannot be imported</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>as the file gives it</source>
        <translation>取自文件</translation>
    </message>
    <message>
        <source>the file gives no year</source>
        <translation>文件未写明年份</translation>
    </message>
    <message>
        <source>Units: %1; items: %2 (%3 of them sub-items)</source>
        <translation>单位:%1;条目:%2(其中子条目 %3 条)</translation>
    </message>
    <message>
        <source>Warnings: none</source>
        <translation>警告:无</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>警告:%1</translation>
    </message>
    <message>
        <source>items: %1</source>
        <translation>条目:%1</translation>
    </message>
    <message>
        <source>items: %1; warnings: %2</source>
        <translation>条目:%1;警告:%2</translation>
    </message>
    <message>
        <source>Reading the files (%1 of %2 done)…</source>
        <translation>正在读取文件(已完成 %1/%2)…</translation>
    </message>
    <message>
        <source>Import is disabled: a file cannot be imported (its page says why). Files are imported all together or not at all: cancel, correct the file or leave it out, and import again.</source>
        <translation>无法导入:有文件无法导入(其页面上说明了原因)。文件只能全部导入或全部不导入:请取消,更正该文件或将其去掉,然后重新导入。</translation>
    </message>
    <message>
        <source>Files: %1; items: %2. Nothing is written until you press Import.</source>
        <translation>文件:%1;条目:%2。按“导入”之前不会写入任何内容。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行:%2</translation>
    </message>
    <message>
        <source>Not a known provincial-level unit: imported as a non-standard unit</source>
        <translation>不是已知的省级单位:作为非标准单位导入</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>Sub-items</source>
        <translation>子条目数</translation>
    </message>
    <message>
        <source>First item</source>
        <translation>首个条目</translation>
    </message>
</context>
<context>
    <name>InitiativeCountModel</name>
    <message>
        <source>Initiative</source>
        <translation>举措</translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation>省份数</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目数</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>not a regular file (a folder, a pipe or a device): give the path of a file</source>
        <translation>不是普通文件(而是文件夹、管道或设备):请给出文件的路径</translation>
    </message>
    <message>
        <source>the file is %1 MiB; files over %2 MiB are not read</source>
        <translation>文件大小为 %1 MiB;超过 %2 MiB 的文件不予读取</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件:%1</translation>
    </message>
    <message>
        <source>the file grew past %1 MiB while it was read; files over %1 MiB are not read</source>
        <translation>读取期间文件增大到超过 %1 MiB;超过 %1 MiB 的文件不予读取</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>Non-standard unit</source>
        <translation>非标准单位</translation>
    </message>
    <message>
        <source>Document: </source>
        <translation>文档:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2 年)</translation>
    </message>
    <message>
        <source>Source: </source>
        <translation>出处:</translation>
    </message>
    <message>
        <source>Under item %1</source>
        <translation>属于第 %1 条</translation>
    </message>
    <message>
        <source>Initiatives mentioned: </source>
        <translation>提及的举措:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Show the items that mention it</source>
        <translation>显示提及它的条目</translation>
    </message>
    <message>
        <source>Click to show the items that mention it</source>
        <translation>单击显示提及它的条目</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a province or an item in the tree to read it here.</source>
        <translation>在左侧目录树中选择省份或条目,即可在此阅读。</translation>
    </message>
    <message>
        <source>The first %1 of %2 items are shown; select an item in the tree to read any of them.</source>
        <translation>仅显示前 %1 条(共 %2 条);在目录树中选择条目即可阅读其余内容。</translation>
    </message>
</context>
<context>
    <name>ItemExportText</name>
    <message>
        <source>cannot read the items</source>
        <translation>无法读取条目</translation>
    </message>
</context>
<context>
    <name>KeywordQuery</name>
    <message>
        <source>the filter has %1 different terms; at most %2 are allowed</source>
        <translation>筛选条件含 %1 个不同的关键词;最多允许 %2 个</translation>
    </message>
</context>
<context>
    <name>Kwic</name>
    <message>
        <source>cannot read the items</source>
        <translation>无法读取条目</translation>
    </message>
    <message>
        <source>item %1 is no longer in the database</source>
        <translation>条目 %1 已不在数据库中</translation>
    </message>
</context>
<context>
    <name>KwicModel</name>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Left context</source>
        <translation>左侧上下文</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>Right context</source>
        <translation>右侧上下文</translation>
    </message>
</context>
<context>
    <name>KwicPane</name>
    <message>
        <source>Reading the items…</source>
        <translation>正在读取条目…</translation>
    </message>
    <message>
        <source>Type words in the filter, or pick an initiative in the chart, to see each occurrence in its context.</source>
        <translation>在筛选框中输入词语,或在图表中选择一项举措,即可逐条查看其出现处及上下文。</translation>
    </message>
    <message>
        <source>Counting… %1 so far</source>
        <translation>正在统计…已找到 %1 处</translation>
    </message>
    <message>
        <source>%1 occurrences; the first %2 are listed</source>
        <translation>共 %1 处,列出前 %2 处</translation>
    </message>
    <message numerus="yes">
        <source>%Ln occurrence(s)</source>
        <translation>
            <numerusform>%Ln 处</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>上下文(&amp;C):</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 个字</translation>
    </message>
    <message>
        <source>Characters shown each side of the match</source>
        <translation>匹配处两侧显示的字数</translation>
    </message>
    <message>
        <source>Export Keyword in Context</source>
        <translation>导出关键词上下文</translation>
    </message>
    <message>
        <source>in-context</source>
        <translation>关键词上下文</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Policy Atlas</source>
        <translation>政策图谱</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Corpus…</source>
        <translation>导入语料(&amp;I)…</translation>
    </message>
    <message>
        <source>Add corpus text files to the database</source>
        <translation>将语料文本文件添加到数据库</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Filter Items</source>
        <translation>筛选条目(&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Policy Atlas</source>
        <translation>关于政策图谱(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n province(s)</source>
        <translation>
            <numerusform>%n 个省份</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2,共 %1</translation>
    </message>
    <message>
        <source>%1 in %2 match the filter</source>
        <translation>符合筛选条件:%2,共 %1</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Import Corpus</source>
        <translation>导入语料</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>正在导入 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告:</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Open or Create Database</source>
        <translation>打开或新建数据库</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>source not given</source>
        <translation>未注明出处</translation>
    </message>
    <message>
        <source>About Policy Atlas</source>
        <translation>关于政策图谱</translation>
    </message>
    <message>
        <source>Policy Atlas %1

Browse Chinese provincial policy corpora, filter by keyword, and count which provinces mention each initiative.

Corpora in this database:
%2</source>
        <translation>政策图谱 %1

浏览各省政策文本,按关键词筛选,统计各项举措被哪些省份提及。

本数据库中的语料:
%2</translation>
    </message>
    <message>
        <source>The catalogue cannot be used:
%1</source>
        <translation>无法使用该举措目录:
%1</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>正在筛选…</translation>
    </message>
    <message>
        <source>Nothing was imported; the database is as it was:
%1</source>
        <translation>未导入任何内容,数据库保持原样:
%1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>已取消导入,未导入任何内容。</translation>
    </message>
    <message>
        <source>Saving to the database…</source>
        <translation>正在写入数据库…</translation>
    </message>
    <message>
        <source>The database was changed by another program; reloaded.</source>
        <translation>数据库已被其他程序修改,已重新载入。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>The database was changed by another program and could not be read again: %1</source>
        <translation>数据库已被其他程序修改,且无法重新读取:%1</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>文档(&amp;D)…</translation>
    </message>
    <message>
        <source>List, remove and correct the documents in the database</source>
        <translation>列出、删除和更正数据库中的文档</translation>
    </message>
    <message>
        <source>Export I&amp;tems…</source>
        <translation>导出条目(&amp;T)…</translation>
    </message>
    <message>
        <source>Save the items the filter shows as CSV, Excel or JSON</source>
        <translation>将筛选显示的条目保存为 CSV、Excel 或 JSON</translation>
    </message>
    <message>
        <source>content ends at %1</source>
        <translation>正文结束于%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1</source>
        <translation>
            <numerusform>已将 %n 行保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the items…</source>
        <translation>正在读取条目…</translation>
    </message>
    <message>
        <source>&amp;Export View…</source>
        <translation>导出视图(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the view in front as an image, or its numbers as a table</source>
        <translation>将当前视图保存为图像,或将其数据保存为表格</translation>
    </message>
    <message>
        <source>&amp;Copy View</source>
        <translation>复制视图(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the view in front: its image, and a table&apos;s cells as text</source>
        <translation>复制当前视图:图像,以及表格单元格的文本</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>已复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>Modules</name>
    <message>
        <source>%1 is not installed (looked in %2)</source>
        <translation>未安装 %1(已查找:%2)</translation>
    </message>
    <message>
        <source>%1 cannot be loaded: %2</source>
        <translation>无法加载 %1:%2</translation>
    </message>
    <message>
        <source>%1 is not the module this Policy Atlas expects (it has no %2): install Policy Atlas again</source>
        <translation>%1 不是本版 Policy Atlas 所需的模块(其中没有 %2):请重新安装 Policy Atlas</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>this is the database in use; choose another file</source>
        <translation>这是正在使用的数据库;请选择其他文件</translation>
    </message>
    <message>
        <source>not a regular file (a folder, a pipe or a device); nothing was written: choose a file name</source>
        <translation>不是普通文件(而是文件夹、管道或设备);未写入任何内容:请选择一个文件名</translation>
    </message>
    <message>
        <source>a symbolic link to %1, which does not exist; nothing was written: choose a file name</source>
        <translation>这是指向 %1 的符号链接,而该目标不存在;未写入任何内容:请选择一个文件名</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>无法写入文件:%1</translation>
    </message>
    <message>
        <source>cannot write the file: %1; a file already there was left as it was</source>
        <translation>无法写入文件:%1;已有的文件保持原样</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
</context>
<context>
    <name>PdfReader</name>
    <message>
        <source>cannot read PDFs: %1</source>
        <translation>无法读取 PDF:%1</translation>
    </message>
    <message>
        <source>the PDF cannot be opened: the file is damaged or incomplete</source>
        <translation>无法打开该 PDF:文件已损坏或不完整</translation>
    </message>
    <message>
        <source>this PDF is protected by a password: open it with the password in a PDF reader and save or print it as a PDF without one, or copy the text into a .txt file</source>
        <translation>该 PDF 受密码保护:请在 PDF 阅读器中用密码打开,另存或打印为不带密码的 PDF,或把文字复制到 .txt 文件</translation>
    </message>
    <message>
        <source>this PDF has no text layer (a scanned image?): run it through OCR, or copy the text into a .txt file</source>
        <translation>该 PDF 没有文字层(是扫描图像?):请先做 OCR 识别,或把文字复制到 .txt 文件</translation>
    </message>
</context>
<context>
    <name>ProvinceTreeModel</name>
    <message>
        <source>Other units</source>
        <translation>其他单位</translation>
    </message>
    <message numerus="yes">
        <source>%n province(s)</source>
        <translation>
            <numerusform>%n 个省份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n item(s)</source>
        <translation>
            <numerusform>%1 · %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a standard provincial-level unit</source>
        <translation>非标准省级单位</translation>
    </message>
    <message>
        <source>Provinces and items</source>
        <translation>省份与条目</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>province entry %1 is incomplete or names an unknown region</source>
        <translation>第 %1 个省份条目不完整或地区未知</translation>
    </message>
    <message>
        <source>no provinces defined</source>
        <translation>未定义任何省份</translation>
    </message>
    <message>
        <source>variant_characters: “%1” must map one character to one</source>
        <translation>variant_characters:“%1”必须是一个字符对应一个字符</translation>
    </message>
</context>
<context>
    <name>SqliteDiagnostics</name>
    <message>
        <source>the database cannot be written: the file, or the folder it is in, is read-only (check their permissions, or choose another database)</source>
        <translation>无法写入数据库:文件或其所在文件夹是只读的(请检查权限,或选择其他数据库)</translation>
    </message>
    <message>
        <source>the database is in use by another program that is writing to it; Policy Atlas waited, then gave up (try again when that program has finished)</source>
        <translation>数据库正被另一个程序写入;政策图谱等待后放弃了(请在该程序结束后重试)</translation>
    </message>
    <message>
        <source>the database file is damaged (restore it from a backup; &quot;sqlite3 FILE .recover&quot; may rescue its content)</source>
        <translation>数据库文件已损坏(请从备份恢复;“sqlite3 文件 .recover”也许能挽救其内容)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the file cannot be opened (check that its folder exists and can be written)</source>
        <translation>无法打开文件(请检查其文件夹是否存在且可写)</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>无法读写磁盘</translation>
    </message>
    <message>
        <source>%1: %2; nothing was changed (SQLite: %3)</source>
        <translation>%1:%2;未做任何更改(SQLite:%3)</translation>
    </message>
    <message>
        <source>cannot read the database</source>
        <translation>无法读取数据库</translation>
    </message>
    <message>
        <source>%1; it was left unchanged (SQLite: %2)</source>
        <translation>%1;数据库保持原样(SQLite:%2)</translation>
    </message>
</context>
<context>
    <name>StartupDatabase</name>
    <message>
        <source>Create a New Database?</source>
        <translation>新建数据库?</translation>
    </message>
    <message>
        <source>There is no database at %1.

Create a new one there? It starts with the built-in corpus.</source>
        <translation>%1 处没有数据库。

要在该位置新建一个吗?新数据库将包含内置语料。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>新建</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>未安装 Qt SQLite 驱动(QSQLITE)</translation>
    </message>
    <message>
        <source>cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>not a Policy Atlas database, or the file is damaged</source>
        <translation>不是政策图谱数据库,或文件已损坏</translation>
    </message>
    <message>
        <source>database error</source>
        <translation>数据库错误</translation>
    </message>
    <message>
        <source>this database was written by a newer Policy Atlas (schema %1; this version reads up to %2); it was left unchanged</source>
        <translation>该数据库由更新版本的政策图谱写入(结构版本 %1;本版本最高支持 %2),未做任何更改</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <source>cannot upgrade the database to schema %1</source>
        <translation>无法将数据库升级到结构版本 %1</translation>
    </message>
    <message>
        <source>cannot write the database</source>
        <translation>无法写入数据库</translation>
    </message>
    <message>
        <source>cannot store the catalogue</source>
        <translation>无法保存举措目录</translation>
    </message>
    <message>
        <source>cannot read items</source>
        <translation>无法读取条目</translation>
    </message>
    <message>
        <source>cannot store the document</source>
        <translation>无法保存文档</translation>
    </message>
    <message>
        <source>import interrupted (test)</source>
        <translation>导入被中断(测试)</translation>
    </message>
    <message>
        <source>cannot store item at line %1</source>
        <translation>无法保存第 %1 行的条目</translation>
    </message>
    <message>
        <source>cannot read units</source>
        <translation>无法读取单位</translation>
    </message>
    <message>
        <source>cannot store unit %1</source>
        <translation>无法保存单位 %1</translation>
    </message>
    <message>
        <source>cannot store items</source>
        <translation>无法保存条目</translation>
    </message>
    <message>
        <source>cannot store the search index</source>
        <translation>无法保存检索索引</translation>
    </message>
    <message>
        <source>cannot read the search index</source>
        <translation>无法读取检索索引</translation>
    </message>
    <message>
        <source>not a Policy Atlas database: it holds another program&apos;s tables; it was left unchanged</source>
        <translation>不是政策图谱数据库:其中是其他程序的表;未做任何更改</translation>
    </message>
    <message>
        <source>cannot read documents</source>
        <translation>无法读取文档</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>not a Policy Atlas database, or from a newer version: its schema version is %1, which no Policy Atlas writes (this version reads 0 to %2); it was left unchanged</source>
        <translation>不是政策图谱数据库,或来自更新的版本:其结构版本为 %1,但没有哪个版本的政策图谱会写入这一结构版本(本版本可读取 0 到 %2);未做任何更改</translation>
    </message>
    <message>
        <source>not a Policy Atlas database, or damaged: its tables are not those of schema %1, the version it claims; it was left unchanged</source>
        <translation>不是政策图谱数据库,或已损坏:其中的表与其声称的结构版本 %1 不符;未做任何更改</translation>
    </message>
    <message>
        <source>cannot create the database</source>
        <translation>无法创建数据库</translation>
    </message>
    <message>
        <source>not a Policy Atlas database: the file holds no tables</source>
        <translation>不是 Policy Atlas 数据库:文件中没有任何表</translation>
    </message>
    <message>
        <source>%1 items name units that are not in the database: the index cannot be rebuilt without them (restore a copy of the file); it was left unchanged</source>
        <translation>有 %1 个条目指向数据库中不存在的单位:缺少这些单位无法重建索引(请恢复该文件的副本);文件保持原样</translation>
    </message>
    <message>
        <source>cannot remove items</source>
        <translation>无法删除条目</translation>
    </message>
    <message>
        <source>repair interrupted (test)</source>
        <translation>修复被中断(测试)</translation>
    </message>
    <message>
        <source>%1 items belong to no document or to no parent item (document ids they name: %2): put the missing rows back, or run repair with --remove-orphans to delete those items; it was left unchanged</source>
        <translation>有 %1 个条目不属于任何文档或上级条目(它们所指的文档编号:%2):请把缺失的行补回,或用 repair --remove-orphans 删除这些条目;文件保持原样</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>&quot;%1&quot; in the year column is not a year</source>
        <translation>年份列中的“%1”不是年份</translation>
    </message>
    <message>
        <source>rows of several years: %1 (%2 %3) and %4 (%2 %5): import each year from its own file</source>
        <translation>含有多个年份的行:%1(第 %3 %2)和 %4(第 %5 %2):请将每个年份分别从单独的文件导入</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the province column is not a provincial-level unit (such as 北京市 or 广东)</source>
        <translation>省份列中的“%1”不是省级单位(如 北京市 或 广东)</translation>
    </message>
    <message>
        <source>the province cell is empty and no %1 above names a province</source>
        <translation>省份单元格为空,且上方没有任何%1写明省份</translation>
    </message>
    <message>
        <source>the table is empty</source>
        <translation>表格为空</translation>
    </message>
    <message>
        <source>no header row naming the columns: the first row has %1. The province column must be headed 省份, 地区, 省, 省市, 地方 or province, the text column 内容, 表述, 原文, text or content, and an optional year column 年份 or year; or say which columns to use with --columns PROVINCE,TEXT[,YEAR]</source>
        <translation>没有标明各列的表头行:第一行为 %1。省份列的表头须为 省份、地区、省、省市、地方 或 province,文本列须为 内容、表述、原文、text 或 content,可选的年份列为 年份 或 year;或用 --columns PROVINCE,TEXT[,YEAR] 指定要用的列</translation>
    </message>
    <message numerus="yes">
        <source>column %1 (--columns) does not exist: the table has %n column(s)</source>
        <translation>
            <numerusform>第 %1 列(--columns)不存在:表格共 %n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>no header row has the column(s) %1 that --columns names: the first row has %2</source>
        <translation>没有表头行含有 --columns 指定的列 %1:第一行为 %2</translation>
    </message>
    <message>
        <source>line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>no %1 below the header has text in the text column</source>
        <translation>表头下没有任何%1的文本列有文字</translation>
    </message>
    <message>
        <source>a quoted cell starts here and is never closed: a double quote (&quot;) is missing</source>
        <translation>带引号的单元格从这里开始却没有结束:缺少一个双引号(&quot;)</translation>
    </message>
    <message>
        <source>the Excel file is damaged: its part %1 is missing</source>
        <translation>Excel 文件已损坏:缺少部件 %1</translation>
    </message>
    <message>
        <source>the Excel file&apos;s part %1 unpacks to more than %2 MiB; it is not read</source>
        <translation>Excel 文件的部件 %1 解压后超过 %2 MiB;不予读取</translation>
    </message>
    <message>
        <source>the Excel file is damaged: its part %1 cannot be unpacked</source>
        <translation>Excel 文件已损坏:部件 %1 无法解压</translation>
    </message>
    <message>
        <source>the Excel file is damaged: its part %1 is not well-formed XML (line %2: %3)</source>
        <translation>Excel 文件已损坏:部件 %1 不是格式正确的 XML(第 %2 行:%3)</translation>
    </message>
    <message>
        <source>the Excel file is damaged: its ZIP archive cannot be opened</source>
        <translation>Excel 文件已损坏:无法打开其 ZIP 压缩包</translation>
    </message>
    <message>
        <source>the Excel file is damaged: a cell has the reference &quot;%1&quot;</source>
        <translation>Excel 文件已损坏:某个单元格的引用为“%1”</translation>
    </message>
    <message>
        <source>the Excel file is damaged: cell %1 refers to a text that does not exist</source>
        <translation>Excel 文件已损坏:单元格 %1 引用了不存在的文本</translation>
    </message>
    <message>
        <source>only the workbook&apos;s first sheet, “%1”, is read; %2 more left out (%3): save each sheet as a file of its own to import it</source>
        <translation>只读取工作簿的第一个工作表“%1”;其余 %2 个未读取(%3):请把每个工作表另存为单独的文件再导入</translation>
    </message>
    <message>
        <source>%1 %2(s) give no item, their text cell being empty or saying there is none (暂无): %3; if the text is in another column, name it with --columns</source>
        <translation>%1 个%2没有条目,其文本单元格为空或写明没有(暂无):%3;如果文字在另一列,请用 --columns 指定</translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <source>cannot write: %1</source>
        <translation>无法写入:%1</translation>
    </message>
    <message>
        <source>cannot create a temporary folder for the spreadsheet: %1</source>
        <translation>无法为电子表格创建临时文件夹:%1</translation>
    </message>
    <message>
        <source>cannot create the spreadsheet</source>
        <translation>无法创建电子表格</translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: %1</source>
        <translation>无法写入电子表格:%1</translation>
    </message>
    <message>
        <source>more rows than an Excel sheet holds (%1 besides the header); write CSV or JSON instead</source>
        <translation>行数超过 Excel 工作表的容量(除表头外最多 %1 行);请改为导出 CSV 或 JSON</translation>
    </message>
    <message>
        <source>cannot read the spreadsheet back: %1</source>
        <translation>无法回读电子表格:%1</translation>
    </message>
    <message>
        <source>cannot write XLSX: %1</source>
        <translation>无法写入 XLSX:%1</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>invalid UTF-16: unpaired surrogate</source>
        <translation>UTF-16 无效:代理项不成对</translation>
    </message>
    <message>
        <source>invalid UTF-16: the file ends in the middle of a character</source>
        <translation>UTF-16 无效:文件在字符中间结束</translation>
    </message>
    <message>
        <source>cannot decode: this Qt build has no GB18030 codec</source>
        <translation>无法解码:此 Qt 版本不支持 GB18030</translation>
    </message>
    <message>
        <source>bytes that are neither UTF-8 nor GB18030/GBK; save the file as UTF-8</source>
        <translation>含有既非 UTF-8 也非 GB18030/GBK 的字节;请将文件另存为 UTF-8</translation>
    </message>
    <message>
        <source>NUL byte: this is a binary file, not text</source>
        <translation>含 NUL 字节:这是二进制文件,不是文本</translation>
    </message>
    <message>
        <source>control character U+%1: this is a binary file, not text</source>
        <translation>含控制字符 U+%1:这是二进制文件,不是文本</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>invalid UTF-8 (truncated or mixed with another encoding)</source>
        <translation>UTF-8 无效(内容被截断或混有其他编码)</translation>
    </message>
    <message>
        <source>this looks like UTF-16 text without a byte order mark: save it as UTF-8 (or as UTF-16 with a byte order mark)</source>
        <translation>该文件看起来是没有字节顺序标记(BOM)的 UTF-16 文本:请另存为 UTF-8(或带 BOM 的 UTF-16)</translation>
    </message>
</context>
<context>
    <name>TileGrid</name>
    <message>
        <source>rows and columns must be between 1 and 100</source>
        <translation>rows 和 columns 须在 1 到 100 之间</translation>
    </message>
    <message>
        <source>tile %1 has no short_zh or abbreviation_en</source>
        <translation>第 %1 个方块缺少 short_zh 或 abbreviation_en</translation>
    </message>
    <message>
        <source>tile %1 (%2) lies outside the grid</source>
        <translation>第 %1 个方块(%2)在网格之外</translation>
    </message>
    <message>
        <source>tile %1 (%2) takes a cell another tile has</source>
        <translation>第 %1 个方块(%2)与另一个方块占用同一格</translation>
    </message>
    <message>
        <source>%1 has two tiles</source>
        <translation>%1 有两个方块</translation>
    </message>
    <message>
        <source>no tiles defined</source>
        <translation>未定义任何方块</translation>
    </message>
</context>
<context>
    <name>TileMapData</name>
    <message>
        <source>Matching items per province</source>
        <translation>各省匹配条目数</translation>
    </message>
    <message>
        <source>Matching items</source>
        <translation>匹配条目</translation>
    </message>
    <message>
        <source>Provinces mentioning “%1”</source>
        <translation>提及“%1”的省份</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>是否提及</translation>
    </message>
    <message>
        <source>Items mentioning “%1” per province</source>
        <translation>各省提及“%1”的条目数</translation>
    </message>
    <message>
        <source>Items mentioning it</source>
        <translation>提及该举措的条目</translation>
    </message>
    <message>
        <source>Filter: “%1”</source>
        <translation>筛选:“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n province(s) shaded</source>
        <translation>
            <numerusform>已着色 %n 个省份</numerusform>
        </translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>地区:%1</translation>
    </message>
</context>
<context>
    <name>TileMapPainter</name>
    <message>
        <source>no matching item mentions it</source>
        <translation>无匹配条目提及</translation>
    </message>
    <message>
        <source>mentioned</source>
        <translation>有提及</translation>
    </message>
    <message>
        <source>not in the corpus</source>
        <translation>语料中无此省份</translation>
    </message>
    <message>
        <source>Units outside the grid</source>
        <translation>网格以外的单位</translation>
    </message>
    <message>
        <source>outside the region</source>
        <translation>不在所选地区</translation>
    </message>
</context>
<context>
    <name>TileMapPane</name>
    <message>
        <source>Counting the items…</source>
        <translation>正在统计条目…</translation>
    </message>
    <message>
        <source>%1: not in the corpus</source>
        <translation>%1:语料中没有该省份</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n matching item(s)</source>
        <translation>
            <numerusform>%1:%n 条匹配条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n matching item(s) mention the initiative</source>
        <translation>
            <numerusform>%1:%n 条匹配条目提及该举措</numerusform>
        </translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>第一条:%1</translation>
    </message>
    <message>
        <source>Click to select this province in the tree.</source>
        <translation>点击可在目录树中选中该省份。</translation>
    </message>
    <message>
        <source>Fit the map (%1 pt)</source>
        <translation>适应地图(%1 点)</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <source>map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>&amp;Shade by:</source>
        <translation>着色依据(&amp;S):</translation>
    </message>
    <message>
        <source>Click a province to select it</source>
        <translation>点击省份即可选中</translation>
    </message>
    <message>
        <source>Items mentioning the initiative</source>
        <translation>提及该举措的条目数</translation>
    </message>
    <message>
        <source>Whether it is mentioned (0/1)</source>
        <translation>是否提及(0/1)</translation>
    </message>
    <message>
        <source>%1: outside the region chosen above the tabs</source>
        <translation>%1:不在标签页上方所选的地区内</translation>
    </message>
</context>
<context>
    <name>ViewOptionsBar</name>
    <message>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Top:</source>
        <translation>前(&amp;T):</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Show only the N most mentioned initiatives</source>
        <translation>只显示被提及最多的前 N 项举措</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
</context>
</TS>
