// SPDX-License-Identifier: GPL-3.0-or-later
#include "docxreader.h"

#include "referencedata.h"
#include "tablereader.h"
#include "zipentry.h"

#include <QCoreApplication>
#include <QList>
#include <QXmlStreamReader>

namespace {

// The context of this file's messages; called as DocxReader::tr so that lupdate files them there.
struct DocxReader
{
    Q_DECLARE_TR_FUNCTIONS(DocxReader)
};

bool isWordNamespace(QStringView uri)
{
    return uri == u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        || uri == u"http://purl.oclc.org/ooxml/wordprocessingml/main"; // "Strict Open XML"
}

// The w:val attribute of an element of Word's namespace.
QStringView wordValue(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &attribute : attributes)
        if (attribute.name() == u"val" && isWordNamespace(attribute.namespaceUri()))
            return attribute.value();
    return {};
}

// A paragraph being read: its text, with '\n' where a line break (w:br, w:cr) is.
struct Paragraph
{
    int number = 0;
    QString text;
};

struct Line
{
    QString text;
    int origin = 0;
    bool fromTable = false; // given by the table rules
};

// A paragraph's lines, without the empty ones.
QList<Line> linesOf(const Paragraph &paragraph)
{
    QList<Line> lines;
    for (const QString &part : paragraph.text.split(u'\n')) {
        const QString text = part.trimmed();
        if (!text.isEmpty())
            lines.append({text, paragraph.number});
    }
    return lines;
}

struct Cell
{
    QList<Line> lines; // of its paragraphs (and of tables nested in it)
    int origin = 0; // its first paragraph
    int columns = 1; // of the table's grid that it spans (w:gridSpan)
};

struct Row
{
    QList<Cell> cells;
};

// A w:tbl being read: its rows, kept until its end, when its header row (if any) is known.
struct WordTable
{
    QList<Row> rows;
    bool rowOpen = false;
};

// A row as the table rules read it: each cell's lines joined with '\n' (the rules make them
// one line), a cell that spans columns followed by empty ones, so that columns stay in place.
TableRow tableRow(const Row &row)
{
    TableRow out;
    for (const Cell &cell : row.cells) {
        QStringList texts;
        for (const Line &line : cell.lines)
            texts.append(line.text);
        out.cells.append(texts.join(u'\n'));
        for (int c = 1; c < cell.columns; ++c)
            out.cells.append(QString());
        if (out.origin == 0)
            out.origin = cell.origin;
    }
    return out;
}

class Collector
{
    Q_DECLARE_TR_FUNCTIONS(DocxReader)
public:
    Collector(const ReferenceData &reference, const QString &path)
        : m_reference(reference)
        , m_rowReader(reference, path, DocxReader::tr("row"), DocxReader::tr("paragraph"),
                      [this](const QString &line, int origin) { m_tableLines.append({line, origin, true}); })
    {
    }

    // Where a finished paragraph's or table's lines go: the cell being read, or the document.
    void add(const QList<Line> &lines)
    {
        if (!m_cells.isEmpty()) {
            Cell &cell = m_cells.last();
            if (cell.lines.isEmpty() && !lines.isEmpty())
                cell.origin = lines.first().origin;
            cell.lines += lines;
        } else {
            m_lines += lines;
        }
    }

    void startTable() { m_tables.append(WordTable()); }
    void startRow()
    {
        if (m_tables.isEmpty())
            startTable();
        m_tables.last().rows.append(Row());
        m_tables.last().rowOpen = true;
    }
    void startCell() { m_cells.append(Cell()); }
    void setCellColumns(int columns)
    {
        if (!m_cells.isEmpty())
            m_cells.last().columns = std::clamp(columns, 1, MaxGridSpan);
    }
    void endCell()
    {
        if (m_cells.isEmpty())
            return;
        Cell cell = m_cells.takeLast();
        if (!m_tables.isEmpty() && m_tables.last().rowOpen)
            m_tables.last().rows.last().cells.append(std::move(cell));
    }
    void endRow()
    {
        if (!m_tables.isEmpty())
            m_tables.last().rowOpen = false;
    }
    bool endTable(Diagnostic *error)
    {
        if (m_tables.isEmpty())
            return true;
        const WordTable table = m_tables.takeLast();
        QList<TableRow> rows;
        rows.reserve(table.rows.size());
        for (const Row &row : table.rows)
            rows.append(tableRow(row));
        const TableHeader header = findTableHeader(rows);
        // Rows above a header row (a title), and every row of a table without one, as always.
        const qsizetype plain = header.isFound() ? header.row : table.rows.size();
        for (qsizetype r = 0; r < plain; ++r)
            add(rowLines(table.rows.at(r)));
        if (!header.isFound())
            return true;
        m_rowReader.startTable(header);
        for (qsizetype r = header.row + 1; r < rows.size(); ++r)
            if (!m_rowReader.read(rows.at(r), error))
                return false;
        add(m_tableLines);
        m_tableLines.clear();
        return true;
    }

    QList<Line> lines() const { return m_lines; }
    int tableItems() const { return m_rowReader.items(); }
    int year() const { return m_rowReader.year(); }

    // Whether the document's province headers all come from tables read by the table rules:
    // then it is read as a table, every line under a province an item.
    bool onlyTablesHaveProvinces() const
    {
        for (const Line &line : m_lines) {
            if (line.fromTable)
                continue;
            QString text = line.text;
            while (text.endsWith(u':') || text.endsWith(u'：'))
                text.chop(1);
            if (namesProvincialUnit(m_reference, text))
                return false;
        }
        return true;
    }

private:
    // Columns a cell may span: more is a damaged file.
    static constexpr int MaxGridSpan = 1000;

    // A row whose first cell names a province: the name, then each line of the other cells.
    // Any other row: one line, its cells joined with a space.
    QList<Line> rowLines(const Row &row) const
    {
        QList<Line> lines;
        if (row.cells.isEmpty())
            return lines;
        const Cell &first = row.cells.first();
        if (first.lines.size() == 1 && m_reference.findProvince(first.lines.first().text)) {
            lines.append(first.lines.first());
            for (qsizetype i = 1; i < row.cells.size(); ++i)
                lines += row.cells.at(i).lines;
            return lines;
        }
        QStringList texts;
        int origin = 0;
        for (const Cell &cell : row.cells) {
            for (const Line &line : cell.lines) {
                if (origin == 0)
                    origin = line.origin;
                texts.append(line.text);
            }
        }
        if (!texts.isEmpty())
            lines.append({texts.join(u' '), origin});
        return lines;
    }

    const ReferenceData &m_reference;
    TableRowReader m_rowReader; // of every table with a header row
    QList<Line> m_tableLines; // what it gives for the table being ended
    QList<Line> m_lines;
    QList<WordTable> m_tables; // open tables, innermost last (tables nest in cells)
    QList<Cell> m_cells; // open cells, innermost last
};

} // namespace

bool readDocx(const QString &path, qint64 maxSize, const ReferenceData &reference, SourceText *out, Diagnostic *error)
{
    ZipArchive zip(path);
    if (!zip.open())
        return fail(error, {path, 0, DocxReader::tr("the Word file is damaged: its ZIP archive cannot be opened")});
    const QString part = QStringLiteral("word/document.xml");
    QByteArray bytes;
    switch (zip.read(part, maxSize, &bytes)) {
    case ZipArchive::Result::Ok:
        break;
    case ZipArchive::Result::Missing:
        return fail(error, {path, 0, DocxReader::tr("the Word file is damaged: it has no %1").arg(part)});
    case ZipArchive::Result::TooLarge:
        return fail(error, {path, 0, DocxReader::tr("the Word file's text (%1) unpacks to more than %2 MiB; it is not read")
                                         .arg(part, QString::number(maxSize / (1024 * 1024)))});
    case ZipArchive::Result::Damaged:
        return fail(error, {path, 0, DocxReader::tr("the Word file is damaged: its text (%1) cannot be unpacked").arg(part)});
    }

    Collector collector(reference, path);
    QList<Paragraph> paragraphs; // open paragraphs, innermost last (a text box's paragraphs nest)
    int paragraphCount = 0;
    int runs = 0; // open w:r elements: a w:tab or w:br counts only inside one (a w:tab in the
                  // paragraph's properties is a tab stop)
    bool hiddenRun = false; // the open run is hidden text (w:vanish): Word does not show it
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            if (!isWordNamespace(xml.namespaceUri()))
                continue;
            const QStringView name = xml.name();
            if (name == u"p" && !paragraphs.isEmpty())
                collector.add(linesOf(paragraphs.takeLast()));
            else if (name == u"r") {
                runs = std::max(0, runs - 1);
                hiddenRun = false;
            }
            else if (name == u"tc")
                collector.endCell();
            else if (name == u"tr")
                collector.endRow();
            else if (name == u"tbl" && !collector.endTable(error))
                return false;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        // Markup compatibility: a drawing's text box comes once as mc:Choice and again as
        // mc:Fallback for older readers; only the first is read.
        if (xml.name() == u"Fallback") {
            xml.skipCurrentElement();
            continue;
        }
        if (!isWordNamespace(xml.namespaceUri()))
            continue;
        const QStringView name = xml.name();
        if (name == u"p") {
            paragraphs.append({++paragraphCount, QString()});
        } else if (name == u"r") {
            ++runs;
            hiddenRun = false;
        } else if (name == u"vanish" && runs > 0) {
            const QString value = wordValue(xml.attributes()).toString();
            hiddenRun = value.isEmpty() || !(value == u"0" || value == u"false" || value == u"off");
        } else if (name == u"t" && hiddenRun) {
            xml.skipCurrentElement();
        } else if (name == u"del" || name == u"moveFrom") {
            xml.skipCurrentElement(); // tracked changes: deleted text
        } else if (name == u"t" && !paragraphs.isEmpty()) {
            paragraphs.last().text += xml.readElementText(QXmlStreamReader::SkipChildElements);
        } else if (runs > 0 && !paragraphs.isEmpty()) {
            if (name == u"tab" || name == u"ptab")
                paragraphs.last().text += u' ';
            else if (name == u"br" || name == u"cr")
                paragraphs.last().text += u'\n';
            else if (name == u"noBreakHyphen")
                paragraphs.last().text += u'-';
        } else if (name == u"tbl") {
            collector.startTable();
        } else if (name == u"tr") {
            collector.startRow();
        } else if (name == u"tc") {
            collector.startCell();
        } else if (name == u"gridSpan") {
            collector.setCellColumns(wordValue(xml.attributes()).toInt());
        }
    }
    if (xml.hasError())
        return fail(error, {path, 0, DocxReader::tr("the Word file is damaged: its text (%1) is not well-formed XML (line %2: %3)")
                                         .arg(part, QString::number(xml.lineNumber()), xml.errorString())});

    SourceText text;
    text.format = QStringLiteral("docx");
    text.linesAreItems = collector.tableItems() > 0 && collector.onlyTablesHaveProvinces();
    text.year = collector.year();
    QByteArray utf8;
    for (const Line &line : collector.lines()) {
        if (!utf8.isEmpty())
            utf8.append('\n');
        QString one = line.text;
        // The parser breaks lines at these too; origins must stay one per line.
        one.replace(QChar(0x2028), u' ').replace(QChar(0x2029), u' ').replace(u'\r', u' ');
        utf8.append(one.toUtf8());
        text.origins.append(line.origin);
    }
    text.utf8 = std::move(utf8);
    *out = std::move(text);
    return true;
}
