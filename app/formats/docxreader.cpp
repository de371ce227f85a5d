// SPDX-License-Identifier: GPL-3.0-or-later
#include "docxreader.h"

#include "referencedata.h"
#include "zipentry.h"

#include <QCoreApplication>
#include <QList>
#include <QXmlStreamReader>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DocxReader", text);
}

bool isWordNamespace(QStringView uri)
{
    return uri == u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        || uri == u"http://purl.oclc.org/ooxml/wordprocessingml/main"; // "Strict Open XML"
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
};

struct Row
{
    QList<Cell> cells;
};

class Collector
{
public:
    explicit Collector(const ReferenceData &reference)
        : m_reference(reference)
    {
    }

    // Where a finished paragraph's or row's lines go: the cell being read, or the document.
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

    void startRow() { m_rows.append(Row()); }
    void startCell() { m_cells.append(Cell()); }
    void endCell()
    {
        if (m_cells.isEmpty())
            return;
        Cell cell = m_cells.takeLast();
        if (!m_rows.isEmpty())
            m_rows.last().cells.append(std::move(cell));
    }
    void endRow()
    {
        if (m_rows.isEmpty())
            return;
        add(rowLines(m_rows.takeLast()));
    }

    QList<Line> lines() const { return m_lines; }

private:
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
    QList<Line> m_lines;
    QList<Row> m_rows; // open rows, innermost last (tables nest in cells)
    QList<Cell> m_cells; // open cells, innermost last
};

} // namespace

bool readDocx(const QString &path, qint64 maxSize, const ReferenceData &reference, SourceText *out, Diagnostic *error)
{
    ZipArchive zip(path);
    if (!zip.open())
        return fail(error, {path, 0, tr("the Word file is damaged: its ZIP archive cannot be opened")});
    const QString part = QStringLiteral("word/document.xml");
    QByteArray bytes;
    switch (zip.read(part, maxSize, &bytes)) {
    case ZipArchive::Result::Ok:
        break;
    case ZipArchive::Result::Missing:
        return fail(error, {path, 0, tr("the Word file is damaged: it has no %1").arg(part)});
    case ZipArchive::Result::TooLarge:
        return fail(error, {path, 0, tr("the Word file's text (%1) unpacks to more than %2 MiB; it is not read")
                                         .arg(part, QString::number(maxSize / (1024 * 1024)))});
    case ZipArchive::Result::Damaged:
        return fail(error, {path, 0, tr("the Word file is damaged: its text (%1) cannot be unpacked").arg(part)});
    }

    Collector collector(reference);
    QList<Paragraph> paragraphs; // open paragraphs, innermost last (a text box's paragraphs nest)
    int paragraphCount = 0;
    int runs = 0; // open w:r elements: a w:tab or w:br counts only inside one (a w:tab in the
                  // paragraph's properties is a tab stop)
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            if (!isWordNamespace(xml.namespaceUri()))
                continue;
            const QStringView name = xml.name();
            if (name == u"p" && !paragraphs.isEmpty())
                collector.add(linesOf(paragraphs.takeLast()));
            else if (name == u"r")
                runs = std::max(0, runs - 1);
            else if (name == u"tc")
                collector.endCell();
            else if (name == u"tr")
                collector.endRow();
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
        } else if (name == u"tr") {
            collector.startRow();
        } else if (name == u"tc") {
            collector.startCell();
        }
    }
    if (xml.hasError())
        return fail(error, {path, 0, tr("the Word file is damaged: its text (%1) is not well-formed XML (line %2: %3)")
                                         .arg(part, QString::number(xml.lineNumber()), xml.errorString())});

    SourceText text;
    text.format = QStringLiteral("docx");
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
