<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>ChartExport</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode the PNG image</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Click a bar to filter the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Try &apos;policy-atlas %1 --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use csv or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of the documents (default: read from the title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corpus text files to import.</source>
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
        <source>policy-atlas: unknown command &quot;%1&quot;

</source>
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
        <source>Output format: csv or json (default: csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of items and sub-items to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file.</source>
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
        <source>cannot write the file: %1</source>
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
</context>
<context>
    <name>CorpusParser</name>
    <message>
        <source>cannot read the file: %1</source>
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
        <source>numbered item before any province header: add a header line such as &quot;北京市&quot; above it</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Fit the bars (%1 pt)</source>
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
        <source>initiatives.png</source>
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
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Corpus text (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>&amp;Export Chart…</source>
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
        <source>&amp;Copy Chart</source>
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
        <source>Chart saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
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
</context>
</TS>
