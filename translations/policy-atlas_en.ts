<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnalysisTabs</name>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no view to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this view is a table: export it as CSV, JSON or Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this view cannot be saved as &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In context</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtlasSession</name>
    <message>
        <source>%1: already imported; nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 provinces, %3 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database is open: open or create one with File → Open Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuiltIn</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file name is empty: give the path of a database file (SQLite would open a temporary database that keeps nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;:memory:&quot; is not a file: give the path of a database file (a database in memory keeps nothing when the program ends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a database file: give the path of a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file (a pipe or a device), so not a database file: give the path of a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty, not a Policy Atlas database: import into it to start one, or give another file; it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with a non-empty &quot;initiatives&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initiative %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initiative %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits and single hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &quot;name_zh&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &quot;name_en&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &quot;patterns&quot; (a non-empty list of strings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pattern is empty or not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern &quot;%1&quot; is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern &quot;%1&quot;: a gap (…) may not start or end a pattern, nor follow another gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern &quot;%1&quot; has more than %2 gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the catalogue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a catalogue may hold at most %1 initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters (it has %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many patterns: a catalogue may hold at most %1 patterns in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern &quot;%1&quot;: too many patterns with gaps combine the same parts; matching could take %2 steps per character of text (at most %3 are allowed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>Provinces mentioning each initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n province(s) with matching items</source>
        <translation>
            <numerusform>%n province with matching items</numerusform>
            <numerusform>%n provinces with matching items</numerusform>
        </translation>
    </message>
    <message>
        <source>no initiative is mentioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message numerus="yes">
        <source>%1: %n province(s), </source>
        <translation>
            <numerusform>%1: %n province, </numerusform>
            <numerusform>%1: %n provinces, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show these items in the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar to filter the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the initiatives…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the bars (%1 pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initiatives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: policy-atlas [--db FILE] [--catalogue FILE] [--lang zh_CN|en]   (opens the window)
       policy-atlas COMMAND [options]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&apos;policy-atlas COMMAND --help&apos; describes a command&apos;s options.
Exit status: 0 success, 1 bad input or failed operation, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy-atlas: unknown command &quot;%1&quot;

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy-atlas %1: cannot write the output: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;policy-atlas %1 --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such database; import into it first, or leave out --db for the default one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative catalogue (JSON) to use instead of the built-in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items containing all these whitespace-separated terms (in the item text or the unit&apos;s names; case-insensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (--year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 sub-items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that can be imported: %1 of %2. Nothing was written (--dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of the documents (default: read from the title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only show what each file would bring: title, year, units, items, warnings. Writes nothing, and opens no database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format of --dry-run: text or json (default: text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (.csv, .tsv, .xlsx): the province, text and optional year columns, each a header name or a column number (default: recognised by their headers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corpus files to import: text, web pages (.html), Word (.docx), PDF, or tables (.csv, .tsv, .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year must be a year such as 2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format applies to --dry-run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use text or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already imported (same content as document %2); nothing changed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: imported &quot;%2&quot; (%3): %4 units (%5 new), %6 items, %7 initiative mentions, %8 warnings
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  content ends at %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  year unknown: the title names none; set it in the window&apos;s File → Documents…, or remove document %1 and import again with --year YEAR
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only provinces of this region: east, central, west, northeast (or 东部, 中部, 西部, 东北).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the N most mentioned initiatives (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in points (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height in points (default: fits the bars).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels per point for PNG (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the labels: zh_CN or en (default: zh_CN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file: .png or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one output file (.png or .svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output file must end in .png or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--width and --height take 200–10000 and 150–10000 points, --scale 0.5–8, --top 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes zh_CN or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the pseudo-random choices (default: 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--items takes a number from 1 to 100000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out names the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a non-negative whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ids of the documents to remove, as &apos;policy-atlas documents&apos; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document id given (see &apos;policy-atlas documents&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document id (see &apos;policy-atlas documents&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such database; nothing was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed document %1 &quot;%2&quot; (%3): %4 units, %5 items
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1 non-standard units that no remaining document names
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this province: a GB/T 2260 code (440000) or a name (广东省, 广东).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this document (an id from &apos;policy-atlas documents&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: csv, json or xlsx (default: csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file instead of standard output (required for xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte-order mark (for Excel on Windows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use csv, json or xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xlsx is written to a file: give --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bom applies to csv only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--document takes a document id, such as 1 (see &apos;policy-atlas documents&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown province &quot;%1&quot; (give a GB/T 2260 code such as 440000, or a name such as 广东省 or 广东)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document %1 in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 texts longer than %3 characters were cut to fit an Excel cell (warning)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: the title names none; give it with --year YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: imported &quot;%2&quot; (%3): %4 units (%5 new), %6 items, %7 initiative mentions, %8 warning
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: note: height raised from %2 to %3 points so that all %4 labels fit
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such database; nothing was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database follows another initiative catalogue than this one: its mentions were not compared (give that catalogue with --catalogue)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; run `policy-atlas repair --db %1` to rebuild the search index from the items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such database; nothing was repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: repair rebuilds the search index from the items; it cannot mend a damaged file: restore a copy of it
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: no problems found (structure, schema, %n document(s), %2 items, search index)
</source>
        <translation>
            <numerusform>%1: no problems found (structure, schema, %n document, %2 items, search index)
</numerusform>
            <numerusform>%1: no problems found (structure, schema, %n documents, %2 items, search index)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found</source>
        <translation>
            <numerusform>%1: %n problem found</numerusform>
            <numerusform>%1: %n problems found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed %n item(s) whose document or parent item no longer exists
</source>
        <translation>
            <numerusform>removed %n item whose document or parent item no longer exists
</numerusform>
            <numerusform>removed %n items whose document or parent item no longer exists
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rebuilt the search index of %n document(s) (%1 items)
</source>
        <translation>
            <numerusform>rebuilt the search index of %n document (%1 items)
</numerusform>
            <numerusform>rebuilt the search index of %n documents (%1 items)
</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the items whose document or parent item is gone (by default repair refuses and says how many there are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--width and --height take 200–10000 and 150–10000 points, --scale 0.5–8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height in points (default: fits the rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: note: the picture is %2 × %3 points so that every row and column fits
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height in points (default: fits the map).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade by the matching items that mention this initiative (its id in the catalogue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --initiative: shade 1 where any matching item mentions it, 0 elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown initiative &quot;%1&quot; (the ids are those of `policy-atlas counts`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mentions needs --initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also the wording of this initiative (an id from the catalogue, such as industry-education-integration), in the items that mention it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters of context each side (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the words to look for (--match TEXT), an initiative (--initiative ID), or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--context takes a number of characters from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown initiative &quot;%1&quot; (see the catalogue&apos;s ids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is the catalogue in use (--catalogue); choose another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of items and sub-items to write (with --years: per year, default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file (with --years: folder, one YEAR.txt per year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one document per year from FROM to TO (%1–%2, at most %3 years), in which each initiative spreads from a few provinces along a logistic curve, some provinces dropping it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --years: also write which province mentions which initiative in which year, as CSV with one row per province and initiative: province_code, province, initiative, first_year (empty if never), years (the years it is mentioned, separated by &apos;;&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--items takes a number from 31 to 100000000 with --years (every province has items each year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out names the folder to write the years into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--truth needs --years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--truth names the CSV file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--years takes FROM-TO, two years from %1 to %2, FROM not after TO, at most %3 years (e.g. 2019-2023)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out names a folder with --years, and &quot;%1&quot; is a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--truth names one of the documents to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s) (%2–%3), %4 items each in 31 provinces (seed %5)
</source>
        <translation>
            <numerusform>%1: %n document (%2–%3), %4 items each in 31 provinces (seed %5)
</numerusform>
            <numerusform>%1: %n documents (%2–%3), %4 items each in 31 provinces (seed %5)
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: who mentions what in which year
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Import corpus files into the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List provinces with their item counts (--match to filter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many provinces and items mention each initiative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province x initiative table of mentioning items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the initiative bar chart to a .png or .svg file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the documents in the database (ids for remove and items).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove documents and their items from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every item and sub-item as CSV, JSON or XLSX (--out FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database&apos;s structure and search index; changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild the search index from the items, after another tool changed them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the province × initiative heat map to a .png or .svg file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the China tile map of matching items to a .png or .svg file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword in context: each occurrence of --match TEXT or an --initiative&apos;s wording, as CSV, JSON or XLSX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a synthetic corpus (--items N --out FILE [--seed S]; or --years FROM-TO [--items N] --out FOLDER [--truth FILE.csv]).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorpusGenerator</name>
    <message>
        <source>the built-in corpus has no clauses to build items from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the years must lie within %1–%2, the first not after the last, at most %3 of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a series needs at least %1 items a year, one for each province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a folder: a series is written as one file per year into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorpusIndex</name>
    <message>
        <source>cannot read initiatives: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database&apos;s items and mentions do not agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database&apos;s items and its search index disagree (%1 items, %2 in the index): run `%3` to rebuild the index from the items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database&apos;s items and its search index disagree (%1 items in both, but the last item is %2, in the index %3): run `%4` to rebuild the index from the items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorpusParser</name>
    <message>
        <source>the file has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no province header found: each section must start with a line naming a provincial-level unit, such as &quot;北京市&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no items: the file has province headers but no numbered items under them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no province header found: %1 names %2 provinces on one line; start each province&apos;s section on a line of its own, with the name alone (“北京市”) or the name and a colon (“北京市：…”); a table copied as one line is better saved as a CSV or XLSX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no province header found: %1 starts with the name of a province but is not read as a header; write the name alone on the line above the section&apos;s text (“北京市”), or follow it by a colon (“北京市：…”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 来源 (source) line: what follows it is not part of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts a page footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at the end of this line is read as the header of a new section (it was glued to the sentence before it; put it on a line of its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read as item %2 of %3, since its number continues the items above; if it starts the section of %4, write its header without the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read as text of the item above, which ends in “%2” (a sentence wrapped after a name); if it starts a section, end the line above with “。”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read as the header of %2 (write the name alone, such as “%3” or “%4”, to make it a header this program knows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not understood: %1 starts with the name of %2 but is neither a header nor a sentence (it has no sentence punctuation); if it starts a section, write the name alone, such as “%3”; if it is text, end it with “。”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inside this line is read as the header of a new section (put it on a line of its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read as the header of %2 (the name is written with variant characters, spaces or invisible characters; write “%2” or “%3” to make it a header this program knows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (if it means %1, write “%1：…”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not understood: %1 is written like the sections above it, a name and a colon, but “%2” is no provincial-level unit%3; write the unit&apos;s standard name, such as “北京市：…”, or, if the line is text of %4, join it to the line above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read as the header of %2 with its text on the same line, as the sections above are written; put a colon after the name (“%2：…”) to say so, or write the text under a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts with the name of %2 but is read as text of %3 (header at line %4); if it starts %2&apos;s section, put “%2” on a line of its own above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not understood: %1 names two units, %2 and %3: a section&apos;s header names one; put each header on a line of its own, above its items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after the header is read as the section&apos;s title, not as an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read as the header of %2 with its text on the same line; if it is text of %3, join it to the line above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several sections on one line: %1 starts a new section (put each header on a line of its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not understood as a header: %1 starts with a province&apos;s name, but a section&apos;s header names one unit alone (“北京市”, “北京市：…”), and the numbered item below it (line %2) needs one above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not understood as a header: %1 is read as text above the first section, but the numbered item below it (line %2) needs a province&apos;s header above it; if this line starts a section, write the unit&apos;s name on it, such as “北京市”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbered item before any province header: add a header line such as &quot;北京市&quot; above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several numbered items on one line: %1 starts a new item (put each item on a line of its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read as an item of %2: a short line without punctuation; if it starts a section, write a province&apos;s name on it, such as “北京市”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like a header but names no provincial-level unit: it is read as text of the item above, under %2, and so are the items below it; if it starts a section, write a province&apos;s name on it, such as “北京市”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like a header but names no provincial-level unit: it is read as text of the item above, and the numbered lines under it as that item&apos;s sub-items; if it starts a section, write a province&apos;s name on it, such as “北京市”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not understood: this line ends with %1, most likely the header of a new section glued to the text, since the item numbered %2 on line %3 starts the numbering again; put it on a line of its own, as a province&apos;s name such as “北京市”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not understood as a header: %1 is read as text of the item above it, but the item numbered %2 on line %3 starts the numbering again, so this line most likely starts a new section; it names no provincial-level unit: write the unit&apos;s name on it, such as “北京市” or “【北京】”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the numbering starts again at %1 under %2 (header at line %3), and this item starts with %4: if it begins %4&apos;s section, put “%4” on a line of its own above it; the items are kept under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the numbering starts again at %1 under %2 (header at line %3); the line above, %4, may be a header that was not recognised: if so, write a province&apos;s name on it, such as “北京市”; the items are kept under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the numbering starts again at %1 under %2 (header at line %3), right after %4 (line %5): if a new section starts here, add its header above this line; the items are kept under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like more of the text, but the content ended at line %2, %3: if the text goes on, move line %2 to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like more of the text, but the content ended at line %2, %3: if the text goes on, remove line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like a header but names no provincial-level unit: the lines after it, up to line %2, are read as the lead, not as items; if it starts a section, write the unit&apos;s name on it, such as “北京市”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known provincial-level unit; imported as a non-standard unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears again (first at line %2); its items are merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page furniture after the last item is left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page furniture after the last item is left out: lines %1–%2, starting %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last item ends in page furniture, which is left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read as the first item of %2, whose header was found inside the line above, but its number continues the items of %3: if it belongs to %3, the header in the line above is text; if not, check the numbering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its schema is version %1, older than this version&apos;s %2: opening it with any other command upgrades it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its application id is not Policy Atlas&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its tables and indexes are not those of schema %1, the version it claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check its foreign keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows of table %2 refer to rows of table %3 that do not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not record the initiative catalogue its mentions follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1: its search index cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1: its search index is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1: its search index follows another initiative catalogue than the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1: its search index is inconsistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1: its search index does not match its items (%2 differ; %3 items in the index, %4 in the table)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentCatalog</name>
    <message>
        <source>cannot read the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document given; nothing was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document %1 in this database; nothing was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no documents %1 in this database; nothing was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot change the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document %1 in this database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDescription</name>
    <message>
        <source>%1, %2</source>
        <extracomment>what a file was read as: its format (text, html, docx, …), then its encoding</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <source>Double-click to change the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents in this database. Double-click a year to correct it. Removing a document also removes its items and sub-items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>• document %1, “%2”: %n item(s)</source>
        <translation>
            <numerusform>• document %1, “%2”: %n item</numerusform>
            <numerusform>• document %1, “%2”: %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n document(s) from the database, with all their items and sub-items? This cannot be undone.</source>
        <translation>
            <numerusform>Remove %n document from the database, with all their items and sub-items? This cannot be undone.</numerusform>
            <numerusform>Remove %n documents from the database, with all their items and sub-items? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) and sub-item(s) in all.</source>
        <translation>
            <numerusform>%n item and sub-item in all.</numerusform>
            <numerusform>%n items and sub-items in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was removed:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) and sub-item(s)</source>
        <translation>
            <numerusform>%n item and sub-item</numerusform>
            <numerusform>%n items and sub-items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocxReader</name>
    <message>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Word file is damaged: its ZIP archive cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Word file is damaged: it has no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Word file&apos;s text (%1) unpacks to more than %2 MiB; it is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Word file is damaged: its text (%1) cannot be unpacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Word file is damaged: its text (%1) is not well-formed XML (line %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PNG image (for slides and print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (vector, for editing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels per point: 2× is sharp in print and on high-density screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 points, vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file in an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (the numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (the numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (the numbers)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportItemsDialog</name>
    <message>
        <source>Start with a byte-order mark (for Excel on Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n item(s) and sub-item(s), in published order.</source>
        <translation>
            <numerusform>All %n item and sub-item, in published order.</numerusform>
            <numerusform>All %n items and sub-items, in published order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n item(s) and sub-item(s) that the filter shows, in published order.</source>
        <translation>
            <numerusform>The %n item and sub-item that the filter shows, in published order.</numerusform>
            <numerusform>The %n items and sub-items that the filter shows, in published order.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV (spreadsheets, R, Python)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel on a Chinese Windows reads CSV without it as GBK, and the Chinese text comes out garbled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open: open or create one with File → Open Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file in an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Policy Atlas database (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corpora (*.txt *.html *.htm *.docx *.pdf *.csv *.tsv *.xlsx);;Text (*.txt);;Web pages (*.html *.htm);;Word (*.docx);;PDF (*.pdf);;Tables (*.csv *.tsv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>%1  ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter items by keyword (Ctrl+F), e.g. 产教融合 or 技工 广东</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All terms must occur in an item or its province&apos;s name. Esc clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items that mention this initiative. Click to remove.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormatDetector</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ZIP archive that cannot be opened: the file is damaged or incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ZIP archive that is neither a Word (.docx) nor an Excel (.xlsx) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password-protected Word/Excel file: open it in Word or Excel, remove the password and save it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an old Word/Excel binary file (.doc/.xls): save it as .docx/.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an RTF file: save it as .docx, or as plain text (.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormatReader</name>
    <message>
        <source>expected PROVINCE,TEXT or PROVINCE,TEXT,YEAR, each a header name or a column number counting from 1 (for example 省份,内容 or 1,3,2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a column is missing; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: column %2 does not exist: columns are counted from 1 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: column %2 is given twice; the province, text and year columns must be different columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapData</name>
    <message>
        <source>Mentioning items by province and initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n province(s) with matching items</source>
        <translation>
            <numerusform>%n province with matching items</numerusform>
            <numerusform>%n provinces with matching items</numerusform>
        </translation>
    </message>
    <message>
        <source>top %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no initiative is mentioned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapExport</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentioning items per cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mentions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapModel</name>
    <message numerus="yes">
        <source>%n province(s) with mentions</source>
        <translation>
            <numerusform>%n province with mentions</numerusform>
            <numerusform>%n provinces with mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentioning item(s) in all cells</source>
        <translation>
            <numerusform>%n mentioning item in all cells</numerusform>
            <numerusform>%n mentioning items in all cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n province(s), </source>
        <translation>
            <numerusform>%n province, </numerusform>
            <numerusform>%n provinces, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentioning item(s), summed over the initiatives shown</source>
        <translation>
            <numerusform>%n mentioning item, summed over the initiatives shown</numerusform>
            <numerusform>%n mentioning items, summed over the initiatives shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentioning item(s)</source>
        <translation>
            <numerusform>%n mentioning item</numerusform>
            <numerusform>%n mentioning items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show these items in the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each province&apos;s mentioning items, summed over the initiatives shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort the provinces by their total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to select this initiative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many provinces mention each initiative (the chart&apos;s bars).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort the initiatives by it, or back into catalogue order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to select this province.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapPane</name>
    <message>
        <source>Counting the mentions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the rows (%1 pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Heat Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell to show its items in the tree, a name to select it; click “%1” or “%2” to sort.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlReader</name>
    <message>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page is too large to be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page cannot be read: out of memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageExport</name>
    <message>
        <source>unknown image type &quot;%1&quot;: use .png or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image would be %1 × %2 pixels, more than %3 million: lower the scale or the size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory for an image of this size: lower the scale or the size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode the PNG image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>the preview was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import Corpus: Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each file would bring. Nothing is written until you press Import; the title and the year of each document can be corrected first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year the document is filed under; &quot;unknown&quot; below 1949</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported, so nothing can be:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the file gives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file gives no year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units: %1; items: %2 (%3 of them sub-items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items: %1; warnings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the files (%1 of %2 done)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import is disabled: a file cannot be imported (its page says why). Files are imported all together or not at all: cancel, correct the file or leave it out, and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: %1; items: %2. Nothing is written until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a known provincial-level unit: imported as a non-standard unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitiativeCountModel</name>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>not a regular file (a folder, a pipe or a device): give the path of a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 MiB; files over %2 MiB are not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file grew past %1 MiB while it was read; files over %1 MiB are not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>Non-standard unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives mentioned: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the items that mention it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show the items that mention it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a province or an item in the tree to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 items are shown; select an item in the tree to read any of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemExportText</name>
    <message>
        <source>cannot read the items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeywordQuery</name>
    <message>
        <source>the filter has %1 different terms; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kwic</name>
    <message>
        <source>cannot read the items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is no longer in the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KwicModel</name>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right context</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KwicPane</name>
    <message>
        <source>Reading the items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words in the filter, or pick an initiative in the chart, to see each occurrence in its context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting… %1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 occurrences; the first %2 are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln occurrence(s)</source>
        <translation>
            <numerusform>%Ln occurrence</numerusform>
            <numerusform>%Ln occurrences</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters shown each side of the match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Keyword in Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-context</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Policy Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Corpus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add corpus text files to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Policy Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n province(s)</source>
        <translation>
            <numerusform>%n province</numerusform>
            <numerusform>%n provinces</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 match the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or Create Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Policy Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy Atlas %1

Browse Chinese provincial policy corpora, filter by keyword, and count which provinces mention each initiative.

Corpora in this database:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue cannot be used:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported; the database is as it was:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was changed by another program; reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was changed by another program and could not be read again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, remove and correct the documents in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export I&amp;tems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the items the filter shows as CSV, Excel or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content ends at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1</source>
        <translation>
            <numerusform>%n row saved to %1</numerusform>
            <numerusform>%n rows saved to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the view in front as an image, or its numbers as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the view in front: its image, and a table&apos;s cells as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Modules</name>
    <message>
        <source>%1 is not installed (looked in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the module this Policy Atlas expects (it has no %2): install Policy Atlas again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>this is the database in use; choose another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file (a folder, a pipe or a device); nothing was written: choose a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link to %1, which does not exist; nothing was written: choose a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file: %1; a file already there was left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfReader</name>
    <message>
        <source>cannot read PDFs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF cannot be opened: the file is damaged or incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this PDF is protected by a password: open it with the password in a PDF reader and save or print it as a PDF without one, or copy the text into a .txt file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this PDF has no text layer (a scanned image?): run it through OCR, or copy the text into a .txt file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvinceTreeModel</name>
    <message>
        <source>Other units</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n province(s)</source>
        <translation>
            <numerusform>%n province</numerusform>
            <numerusform>%n provinces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n item(s)</source>
        <translation>
            <numerusform>%1 · %n item</numerusform>
            <numerusform>%1 · %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a standard provincial-level unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provinces and items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>province entry %1 is incomplete or names an unknown region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no provinces defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variant_characters: “%1” must map one character to one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteDiagnostics</name>
    <message>
        <source>the database cannot be written: the file, or the folder it is in, is read-only (check their permissions, or choose another database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is in use by another program that is writing to it; Policy Atlas waited, then gave up (try again when that program has finished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is damaged (restore it from a backup; &quot;sqlite3 FILE .recover&quot; may rescue its content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened (check that its folder exists and can be written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; nothing was changed (SQLite: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; it was left unchanged (SQLite: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupDatabase</name>
    <message>
        <source>Create a New Database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.

Create a new one there? It starts with the built-in corpus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Policy Atlas database, or the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database was written by a newer Policy Atlas (schema %1; this version reads up to %2); it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot upgrade the database to schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import interrupted (test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store item at line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Policy Atlas database: it holds another program&apos;s tables; it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Policy Atlas database, or from a newer version: its schema version is %1, which no Policy Atlas writes (this version reads 0 to %2); it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Policy Atlas database, or damaged: its tables are not those of schema %1, the version it claims; it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Policy Atlas database: the file holds no tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items name units that are not in the database: the index cannot be rebuilt without them (restore a copy of the file); it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair interrupted (test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items belong to no document or to no parent item (document ids they name: %2): put the missing rows back, or run repair with --remove-orphans to delete those items; it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>&quot;%1&quot; in the year column is not a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of several years: %1 (%2 %3) and %4 (%2 %5): import each year from its own file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the province column is not a provincial-level unit (such as 北京市 or 广东)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the province cell is empty and no %1 above names a province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header row naming the columns: the first row has %1. The province column must be headed 省份, 地区, 省, 省市, 地方 or province, the text column 内容, 表述, 原文, text or content, and an optional year column 年份 or year; or say which columns to use with --columns PROVINCE,TEXT[,YEAR]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>column %1 (--columns) does not exist: the table has %n column(s)</source>
        <translation>
            <numerusform>column %1 (--columns) does not exist: the table has %n column</numerusform>
            <numerusform>column %1 (--columns) does not exist: the table has %n columns</numerusform>
        </translation>
    </message>
    <message>
        <source>no header row has the column(s) %1 that --columns names: the first row has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 below the header has text in the text column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted cell starts here and is never closed: a double quote (&quot;) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Excel file is damaged: its part %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Excel file&apos;s part %1 unpacks to more than %2 MiB; it is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Excel file is damaged: its part %1 cannot be unpacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Excel file is damaged: its part %1 is not well-formed XML (line %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Excel file is damaged: its ZIP archive cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Excel file is damaged: a cell has the reference &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Excel file is damaged: cell %1 refers to a text that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the workbook&apos;s first sheet, “%1”, is read; %2 more left out (%3): save each sheet as a file of its own to import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2(s) give no item, their text cell being empty or saying there is none (暂无): %3; if the text is in another column, name it with --columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder for the spreadsheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more rows than an Excel sheet holds (%1 besides the header); write CSV or JSON instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the spreadsheet back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write XLSX: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>invalid UTF-16: unpaired surrogate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-16: the file ends in the middle of a character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot decode: this Qt build has no GB18030 codec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes that are neither UTF-8 nor GB18030/GBK; save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUL byte: this is a binary file, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character U+%1: this is a binary file, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 (truncated or mixed with another encoding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like UTF-16 text without a byte order mark: save it as UTF-8 (or as UTF-16 with a byte order mark)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TileGrid</name>
    <message>
        <source>rows and columns must be between 1 and 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tile %1 has no short_zh or abbreviation_en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tile %1 (%2) lies outside the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tile %1 (%2) takes a cell another tile has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has two tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tiles defined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TileMapData</name>
    <message>
        <source>Matching items per province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provinces mentioning “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items mentioning “%1” per province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items mentioning it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n province(s) shaded</source>
        <translation>
            <numerusform>%n province shaded</numerusform>
            <numerusform>%n provinces shaded</numerusform>
        </translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TileMapPainter</name>
    <message>
        <source>no matching item mentions it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units outside the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TileMapPane</name>
    <message>
        <source>Counting the items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not in the corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n matching item(s)</source>
        <translation>
            <numerusform>%1: %n matching item</numerusform>
            <numerusform>%1: %n matching items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n matching item(s) mention the initiative</source>
        <translation>
            <numerusform>%1: %n matching item mention the initiative</numerusform>
            <numerusform>%1: %n matching items mention the initiative</numerusform>
        </translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to select this province in the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the map (%1 pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shade by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a province to select it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items mentioning the initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether it is mentioned (0/1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: outside the region chosen above the tabs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewOptionsBar</name>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Top:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the N most mentioned initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
