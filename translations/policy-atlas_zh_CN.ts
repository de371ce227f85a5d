<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>ChartExport</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>无法写入文件:%1</translation>
    </message>
    <message>
        <source>cannot encode the PNG image</source>
        <translation>无法编码 PNG 图像</translation>
    </message>
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
        <source>Click a bar to filter the tree</source>
        <translation>单击条形可筛选目录树</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Try &apos;policy-atlas %1 --help&apos;.
</source>
        <translation>请运行“policy-atlas %1 --help”查看用法。
</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use csv or json)</source>
        <translation>未知格式“%1”(请使用 csv 或 json)</translation>
    </message>
    <message>
        <source>Year of the documents (default: read from the title).</source>
        <translation>文档年份(默认从标题读取)。</translation>
    </message>
    <message>
        <source>Corpus text files to import.</source>
        <translation>要导入的语料文本文件。</translation>
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
        <translation>--width 取值 200–10000,--height 取值 150–10000,--scale 取值 0.5–8,--top 至少为 1</translation>
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
        <source>policy-atlas: unknown command &quot;%1&quot;

</source>
        <translation>policy-atlas:未知命令“%1”

</translation>
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
        <translation>只保留包含全部关键词(以空白分隔)的条目:在条目正文或所属单位名称中出现即可,不区分大小写。</translation>
    </message>
    <message>
        <source>Output format: csv or json (default: csv).</source>
        <translation>输出格式:csv 或 json(默认 csv)。</translation>
    </message>
    <message>
        <source>Number of items and sub-items to write.</source>
        <translation>要写入的条目(含子条目)数。</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>输出文件。</translation>
    </message>
    <message>
        <source>Seed of the pseudo-random choices (default: 1).</source>
        <translation>伪随机选择的种子(默认 1)。</translation>
    </message>
    <message>
        <source>--items takes a number from 1 to 100000000</source>
        <translation>--items 取值为 1 到 100000000</translation>
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
        <source>Usage: policy-atlas [--db FILE] [--catalogue FILE] [--lang zh_CN|en]   (opens the window)
       policy-atlas COMMAND [options]

Commands:
  import FILE...   Import corpus text files into the database.
  provinces        List provinces with their item counts (--match to filter).
  counts           How many provinces and items mention each initiative.
  matrix           Province x initiative table of mentioning items.
  chart OUT        Render the initiative bar chart to a .png or .svg file.
  generate         Write a synthetic corpus (--items N --out FILE [--seed S]).

&apos;policy-atlas COMMAND --help&apos; describes a command&apos;s options.
Exit status: 0 success, 1 bad input or failed operation, 2 usage error.
</source>
        <translation>用法:policy-atlas [--db 文件] [--catalogue 文件] [--lang zh_CN|en]   (打开窗口)
      policy-atlas 命令 [选项]

命令:
  import 文件...   将语料文本文件导入数据库。
  provinces        列出各省份及其条目数(可用 --match 筛选)。
  counts           统计提及各项举措的省份数和条目数。
  matrix           省份 × 举措的提及条目数表。
  chart 输出文件    将举措条形图渲染为 .png 或 .svg 文件。
  generate         生成合成语料(--items N --out 文件 [--seed S])。

“policy-atlas 命令 --help”可查看该命令的选项。
退出状态:0 成功,1 输入有误或操作失败,2 用法错误。
</translation>
    </message>
</context>
<context>
    <name>CorpusGenerator</name>
    <message>
        <source>the built-in corpus has no clauses to build items from</source>
        <translation>内置语料中没有可用于生成条目的分句</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>无法写入文件:%1</translation>
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
</context>
<context>
    <name>CorpusParser</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件:%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known provincial-level unit; imported as a non-standard unit</source>
        <translation>“%1”不是已知的省级行政单位,已作为非标准单位导入</translation>
    </message>
    <message>
        <source>%1 appears again (first at line %2); its items are merged</source>
        <translation>%1 再次出现(首次在第 %2 行),其条目已合并</translation>
    </message>
    <message>
        <source>numbered item before any province header: add a header line such as &quot;北京市&quot; above it</source>
        <translation>编号条目出现在任何省份标题之前:请在其上方加一行标题,例如“北京市”</translation>
    </message>
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
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
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
        <source>Fit the bars (%1 pt)</source>
        <translation>按条形数适配(%1 点)</translation>
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
        <source>initiatives.png</source>
        <translation>举措.png</translation>
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
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Corpus text (*.txt);;All files (*)</source>
        <translation>语料文本 (*.txt);;所有文件 (*)</translation>
    </message>
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
        <source>&amp;Export Chart…</source>
        <translation>导出图表(&amp;E)…</translation>
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
        <source>&amp;Copy Chart</source>
        <translation>复制图表(&amp;C)</translation>
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
        <source>Chart saved to %1</source>
        <translation>图表已保存到 %1</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>图表已复制到剪贴板</translation>
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
</context>
</TS>
