// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlreader.h"

#include "tablereader.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringDecoder>

#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/parserInternals.h>

#include <cstring>
#include <limits>

namespace {

// The context of this file's messages; called as HtmlReader::tr so that lupdate files them there.
struct HtmlReader
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReader)
};

// --- Encoding -------------------------------------------------------------------------------

// The charset a page declares in its first bytes: <meta charset="gbk"> or
// <meta http-equiv="Content-Type" content="text/html; charset=gb2312">. Lower case; empty when none.
QByteArray declaredCharset(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(4096).toLower();
    qsizetype meta = 0;
    while ((meta = head.indexOf("<meta", meta)) >= 0) {
        qsizetype end = head.indexOf('>', meta);
        if (end < 0)
            end = head.size();
        const qsizetype key = head.indexOf("charset", meta);
        meta += 5;
        if (key < 0 || key > end)
            continue;
        qsizetype p = key + 7;
        while (p < end && (head[p] == ' ' || head[p] == '\t' || head[p] == '\n' || head[p] == '\r'))
            ++p;
        if (p >= end || head[p] != '=')
            continue;
        ++p;
        while (p < end && (head[p] == ' ' || head[p] == '"' || head[p] == '\'' || head[p] == '\t'))
            ++p;
        qsizetype q = p;
        while (q < end && (QChar::isLetterOrNumber(uchar(head[q])) || head[q] == '-' || head[q] == '_'
                           || head[q] == ':' || head[q] == '.'))
            ++q;
        if (q > p)
            return head.sliced(p, q - p);
    }
    return QByteArray();
}

bool isGbLabel(const QByteArray &label)
{
    // The labels the WHATWG Encoding Standard maps to GBK and GB18030 (GB18030 decodes both).
    static const QSet<QByteArray> labels = {"gb2312", "gbk", "gb18030", "x-gbk", "chinese", "csgb2312",
                                            "csiso58gb231280", "gb_2312", "gb_2312-80", "iso-ir-58", "cp936",
                                            "ms936", "windows-936"};
    return labels.contains(label);
}

// The page as UTF-8, with every line break as LF (so that libxml2 counts lines as editors and
// the text parser do: LF, CRLF or a lone CR each end one line).
bool decodePage(const QByteArray &bytes, const QString &path, QByteArray *utf8, QString *encoding, Diagnostic *error)
{
    const bool bom = bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    const QByteArray label = bom ? QByteArray() : declaredCharset(bytes);
    QString text;
    bool decoded = false;
    // A declared charset other than UTF-8 is used as declared; when the bytes do not decode in
    // it (pages are often saved in another encoding than their <meta> says), detection decides.
    if (!label.isEmpty() && !label.startsWith("utf")) {
        QStringDecoder decoder(isGbLabel(label) ? "GB18030" : label.constData(), QStringDecoder::Flag::Stateless);
        if (decoder.isValid()) {
            text = decoder.decode(bytes);
            if (!decoder.hasError() && !text.contains(QChar(0))) {
                decoded = true;
                *encoding = QString::fromLatin1(label).toUpper();
            }
        }
    }
    QByteArray result;
    if (decoded) {
        result = text.toUtf8();
    } else {
        DecodedUtf8 detected;
        if (!decodeUtf8(bytes, path, &detected, error))
            return false;
        result = detected.text().toByteArray();
        *encoding = detected.encoding;
    }
    if (result.contains('\r')) {
        result.replace("\r\n", "\n");
        result.replace('\r', '\n');
    }
    *utf8 = std::move(result);
    return true;
}

// --- Text from the parser's events ----------------------------------------------------------

bool isBlock(const char *name)
{
    static const QSet<QByteArray> blocks = {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "ol", "p",
        "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul"};
    return blocks.contains(QByteArray::fromRawData(name, qsizetype(std::strlen(name))));
}

// Elements whose content is not text a reader of the page sees as the page's text.
bool isDropped(const char *name)
{
    static const QSet<QByteArray> dropped = {"head", "script", "style", "noscript", "template", "nav",
                                             "iframe", "frame", "object", "embed", "svg", "math",
                                             "select", "textarea", "button"};
    return dropped.contains(QByteArray::fromRawData(name, qsizetype(std::strlen(name))));
}

// An element the page does not show: hidden, aria-hidden="true", or styled display:none or
// visibility:hidden (a reader never sees its text, so it is no text of the page).
bool isHidden(const xmlChar **attributes)
{
    for (const xmlChar **a = attributes; a && a[0]; a += 2) {
        const char *name = reinterpret_cast<const char *>(a[0]);
        const QByteArray value = a[1] ? QByteArray(reinterpret_cast<const char *>(a[1])).toLower() : QByteArray();
        if (qstricmp(name, "hidden") == 0)
            return true;
        if (qstricmp(name, "aria-hidden") == 0 && value.trimmed() == "true")
            return true;
        if (qstricmp(name, "style") == 0) {
            QByteArray style = value;
            style.replace(' ', "").replace('\t', "").replace('\n', "");
            if (style.contains("display:none") || style.contains("visibility:hidden"))
                return true;
        }
    }
    return false;
}

struct OpenElement
{
    QByteArray name;
    bool drops = false;
    bool title = false;
    bool pre = false;
    enum class Part { None, Table, Row, Cell } part = Part::None; // of a table whose cells are kept
};

// The value of a cell's colspan or rowspan attribute: 1 when absent or not a number.
int span(const xmlChar **attributes, const char *name, int most)
{
    for (const xmlChar **a = attributes; a && a[0]; a += 2) {
        if (xmlStrcasecmp(a[0], reinterpret_cast<const xmlChar *>(name)) != 0 || !a[1])
            continue;
        bool ok = false;
        const int value = QByteArray(reinterpret_cast<const char *>(a[1])).trimmed().toInt(&ok);
        return ok && value > 1 ? std::min(value, most) : 1;
    }
    return 1;
}

// A <table> being read: its rows as cells, kept beside the lines its rows give as any text
// does, so that at its end a table with a header row can be read by the table rules instead.
struct OpenTable
{
    QList<TableRow> rows;
    QList<qsizetype> rowFirstLine; // the first of the collector's lines each row may have given
    QList<int> covered; // per column: rows below the current one still covered by a rowspan
    QList<bool> coveredHere; // per column: the current row's cell is a rowspan's from above
    // The row being read: its cells as UTF-8, white space not yet collapsed, and where each
    // cell's text starts.
    bool rowOpen = false, cellOpen = false;
    QList<QByteArray> cells;
    QList<int> cellOrigins;
    int cellColumns = 1; // of the open cell (its colspan)
};

class TextCollector
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReader)
public:
    TextCollector(htmlParserCtxtPtr ctxt, const ReferenceData &reference, const QString &path)
        : m_ctxt(ctxt)
        , m_reference(reference)
        , m_rows(reference, path, HtmlReader::tr("row"), HtmlReader::tr("line"), [this](const QString &line, int origin) {
            m_lines.append(line.toUtf8());
            m_origins.append(origin);
            m_fromTable.append(true);
        })
    {
    }

    bool failed() const { return m_failed; }
    const Diagnostic &error() const { return m_error; }

    void start(const char *name, const xmlChar **attributes)
    {
        // Void elements (img, br, embed, …) get no end event and hold no text: never pushed.
        static const QSet<QByteArray> voids = {"area", "base", "br", "col", "embed", "hr", "img", "input",
                                               "link", "meta", "param", "source", "track", "wbr"};
        const bool isVoid = voids.contains(QByteArray::fromRawData(name, qsizetype(std::strlen(name))));
        const bool isCell = std::strcmp(name, "td") == 0 || std::strcmp(name, "th") == 0;
        OpenElement::Part part = OpenElement::Part::None;
        if (m_dropping == 0 && m_titles == 0) {
            if (isBlock(name) || std::strcmp(name, "br") == 0) {
                breakLine();
                breakCells();
            } else if (isCell) {
                m_space = !m_line.isEmpty(); // cells of a row: one line, a space between them
            }
            if (std::strcmp(name, "h1") == 0)
                m_hasH1 = true;
            if (std::strcmp(name, "table") == 0) {
                m_tables.append(OpenTable());
                part = OpenElement::Part::Table;
            } else if (std::strcmp(name, "tr") == 0 && !m_tables.isEmpty()) {
                startRow(m_tables.last());
                part = OpenElement::Part::Row;
            } else if (isCell && !m_tables.isEmpty()) {
                startCell(m_tables.last(), span(attributes, "colspan", MaxSpan), span(attributes, "rowspan", MaxSpan));
                part = OpenElement::Part::Cell;
            }
        }
        if (isVoid)
            return;
        OpenElement element{name, isDropped(name) || isHidden(attributes), std::strcmp(name, "title") == 0,
                            std::strcmp(name, "pre") == 0};
        element.part = part;
        if (element.title)
            ++m_titles;
        if (element.drops)
            ++m_dropping;
        if (element.pre)
            ++m_pre;
        m_open.append(element);
    }

    void end(const char *name)
    {
        // libxml2 closes what it implies itself; an end tag that matches nothing open is ignored.
        qsizetype i = m_open.size() - 1;
        while (i >= 0 && m_open.at(i).name != name)
            --i;
        if (i < 0)
            return;
        while (m_open.size() > i) {
            const OpenElement element = m_open.takeLast();
            if (element.drops)
                --m_dropping;
            if (element.pre)
                --m_pre;
            if (element.title)
                --m_titles;
            if (m_dropping == 0 && m_titles == 0 && isBlock(element.name.constData())) {
                breakLine();
                breakCells();
            }
            switch (element.part) {
            case OpenElement::Part::None:
                break;
            case OpenElement::Part::Cell:
                endCell(m_tables.last());
                break;
            case OpenElement::Part::Row:
                endRow(m_tables.last());
                break;
            case OpenElement::Part::Table:
                endTable();
                break;
            }
        }
    }

    void characters(const char *text, int length)
    {
        const bool inTitle = m_titles > 0 && !m_titleDone;
        if (m_dropping > 0 && !inTitle)
            return;
        // The parser reports text once it has read past it: its own line is now the line of
        // the text's end, and each line break in the text moves the start one line up.
        int line = xmlSAX2GetLineNumber(m_ctxt);
        for (int i = 0; i < length; ++i)
            if (text[i] == '\n')
                --line;
        QByteArray &target = inTitle ? m_title : m_line;
        bool &space = inTitle ? m_titleSpace : m_space;
        for (int i = 0; i < length; ++i) {
            const unsigned char c = static_cast<unsigned char>(text[i]);
            int skip = 0; // continuation bytes of a white space character
            bool white = c == ' ' || c == '\t' || c == '\f' || c == '\r';
            if (c == '\n') {
                ++line;
                if (m_pre > 0 && !inTitle) {
                    breakLine();
                    breakCells();
                    continue;
                }
                white = true;
            } else if (c == 0xC2 && i + 1 < length && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
                white = true; // no-break space, &nbsp;
                skip = 1;
            } else if (c == 0xE2 && i + 2 < length && static_cast<unsigned char>(text[i + 1]) == 0x80
                       && (static_cast<unsigned char>(text[i + 2]) == 0xA8
                           || static_cast<unsigned char>(text[i + 2]) == 0xA9)) {
                white = true; // line and paragraph separators: the text parser would break there
                skip = 2;
            }
            i += skip;
            if (m_cellsOpen > 0 && !inTitle)
                toCells(white ? ' ' : char(c), white ? 0 : line);
            if (white) {
                space = !target.isEmpty();
                continue;
            }
            if (target.isEmpty()) {
                if (inTitle)
                    m_titleOrigin = line;
                else
                    m_lineOrigin = line;
            } else if (space) {
                target.append(' ');
            }
            space = false;
            target.append(char(c));
        }
    }

    void endTitle() { m_titleDone = m_titleDone || !m_title.isEmpty(); }

    SourceText finish()
    {
        breakLine();
        SourceText out;
        out.format = QStringLiteral("html");
        if (!m_hasH1 && !m_title.isEmpty()) {
            m_lines.prepend(m_title);
            m_origins.prepend(m_titleOrigin);
            m_fromTable.prepend(false);
        }
        out.linesAreItems = m_rows.items() > 0 && onlyTablesHaveProvinces();
        out.year = m_rows.year();
        out.utf8 = m_lines.join('\n');
        out.origins = std::move(m_origins);
        return out;
    }

private:
    // A table cell spans at most this many columns or rows (what browsers allow of colspan).
    static constexpr int MaxSpan = 1000;

    void startRow(OpenTable &table)
    {
        if (table.rowOpen)
            endRow(table);
        table.rowOpen = true;
        table.rowFirstLine.append(m_lines.size());
        table.coveredHere.fill(false, table.covered.size());
        for (qsizetype c = 0; c < table.covered.size(); ++c) {
            if (table.covered.at(c) > 0) {
                table.coveredHere[c] = true;
                --table.covered[c];
            }
        }
    }

    void startCell(OpenTable &table, int columns, int rows)
    {
        if (!table.rowOpen)
            startRow(table);
        if (table.cellOpen)
            endCell(table);
        // Columns a cell above covers with its rowspan: empty cells here, so that columns stay
        // in place (an empty province cell continues the province above, as it should).
        while (table.cells.size() < table.coveredHere.size() && table.coveredHere.at(table.cells.size())) {
            table.cells.append(QByteArray());
            table.cellOrigins.append(0);
        }
        const qsizetype column = table.cells.size();
        if (rows > 1) {
            if (table.covered.size() < column + columns)
                table.covered.resize(column + columns, 0);
            for (qsizetype c = column; c < column + columns; ++c)
                table.covered[c] = rows - 1;
        }
        table.cells.append(QByteArray());
        table.cellOrigins.append(0);
        table.cellColumns = columns;
        table.cellOpen = true;
        ++m_cellsOpen;
    }

    void endCell(OpenTable &table)
    {
        if (!table.cellOpen)
            return;
        table.cellOpen = false;
        --m_cellsOpen;
        for (int c = 1; c < table.cellColumns; ++c) { // the columns its colspan covers
            table.cells.append(QByteArray());
            table.cellOrigins.append(0);
        }
    }

    void endRow(OpenTable &table)
    {
        if (!table.rowOpen)
            return;
        endCell(table);
        table.rowOpen = false;
        TableRow row;
        row.cells.reserve(table.cells.size());
        for (qsizetype c = 0; c < table.cells.size(); ++c) {
            // White space collapsed as in any line; a cell's lines (<br>, <p>) kept apart.
            QStringList lines;
            for (const QString &line : QString::fromUtf8(table.cells.at(c)).split(u'\n')) {
                const QString text = line.simplified();
                if (!text.isEmpty())
                    lines.append(text);
            }
            row.cells.append(lines.join(u'\n'));
            if (row.origin == 0)
                row.origin = table.cellOrigins.at(c);
        }
        table.cells.clear();
        table.cellOrigins.clear();
        table.rows.append(std::move(row));
    }

    // A table with a header row naming a province and a text column: its rows from the header
    // down are read by the table rules, in place of the lines they gave as text.
    void endTable()
    {
        OpenTable table = m_tables.takeLast();
        endRow(table);
        const TableHeader header = findTableHeader(table.rows);
        if (!header.isFound() || m_failed)
            return;
        const qsizetype from = table.rowFirstLine.at(header.row);
        m_lines.resize(from);
        m_origins.resize(from);
        m_fromTable.resize(from);
        m_rows.startTable(header);
        for (qsizetype r = header.row + 1; r < table.rows.size(); ++r) {
            if (!m_rows.read(table.rows.at(r), &m_error)) {
                m_failed = true;
                xmlStopParser(m_ctxt);
                return;
            }
        }
    }

    // A line break in the cells being read (<br>, a block element, a line of a <pre>).
    void breakCells()
    {
        if (m_cellsOpen == 0)
            return;
        for (OpenTable &table : m_tables)
            if (table.cellOpen)
                table.cells.last().append('\n');
    }

    // A byte of text (a white space character as ' ') for the cells being read; line: where
    // it stands in the page, 0 for white space.
    void toCells(char c, int line)
    {
        for (OpenTable &table : m_tables) {
            if (!table.cellOpen)
                continue;
            table.cells.last().append(c);
            if (line > 0 && table.cellOrigins.last() == 0)
                table.cellOrigins.last() = line;
        }
    }

    // Whether the document's province headers all come from tables read by the table rules:
    // then it is read as a table, every line under a province an item.
    bool onlyTablesHaveProvinces() const
    {
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            if (m_fromTable.at(i))
                continue;
            QString line = QString::fromUtf8(m_lines.at(i));
            while (line.endsWith(u':') || line.endsWith(u'：'))
                line.chop(1);
            if (namesProvincialUnit(m_reference, line))
                return false;
        }
        return true;
    }

    void breakLine()
    {
        if (!m_line.isEmpty()) {
            m_lines.append(m_line);
            m_origins.append(m_lineOrigin);
            m_fromTable.append(false);
            m_line.clear();
        }
        m_space = false;
    }

    htmlParserCtxtPtr m_ctxt;
    const ReferenceData &m_reference;
    QList<OpenElement> m_open;
    QList<OpenTable> m_tables; // open tables, innermost last
    int m_cellsOpen = 0; // of all open tables
    TableRowReader m_rows; // of every table with a header row
    Diagnostic m_error;
    bool m_failed = false;
    int m_dropping = 0, m_pre = 0, m_titles = 0;
    QByteArray m_line, m_title;
    int m_lineOrigin = 0, m_titleOrigin = 0;
    bool m_space = false, m_titleSpace = false, m_hasH1 = false, m_titleDone = false;
    QList<QByteArray> m_lines;
    QList<int> m_origins;
    QList<bool> m_fromTable; // per line: given by the table rules
};

TextCollector *collector(void *ctx)
{
    return static_cast<TextCollector *>(static_cast<htmlParserCtxtPtr>(ctx)->_private);
}

void onStart(void *ctx, const xmlChar *name, const xmlChar **attributes)
{
    collector(ctx)->start(reinterpret_cast<const char *>(name), attributes);
}

void onEnd(void *ctx, const xmlChar *name)
{
    TextCollector *c = collector(ctx);
    if (std::strcmp(reinterpret_cast<const char *>(name), "title") == 0)
        c->endTitle();
    c->end(reinterpret_cast<const char *>(name));
}

void onCharacters(void *ctx, const xmlChar *text, int length)
{
    collector(ctx)->characters(reinterpret_cast<const char *>(text), length);
}

void ignoreCharacters(void *, const xmlChar *, int)
{
}

} // namespace

bool readHtml(const QByteArray &bytes, const QString &path, const ReferenceData &reference, SourceText *out,
              Diagnostic *error)
{
    QByteArray utf8;
    QString encoding;
    if (!decodePage(bytes, path, &utf8, &encoding, error))
        return false;
    if (utf8.size() > std::numeric_limits<int>::max())
        return fail(error, {path, 0, HtmlReader::tr("the page is too large to be read")});

    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(utf8.constData(), int(utf8.size()));
    if (!ctxt)
        return fail(error, {path, 0, HtmlReader::tr("the page cannot be read: out of memory")});
    TextCollector text(ctxt, reference, path);
    // Only our handlers: no tree is built, and nothing else happens on the parser's events.
    htmlSAXHandler sax;
    std::memset(&sax, 0, sizeof sax);
    sax.startElement = onStart;
    sax.endElement = onEnd;
    sax.characters = onCharacters;
    sax.ignorableWhitespace = onCharacters;
    sax.cdataBlock = ignoreCharacters; // the content of <script> and <style>
    *ctxt->sax = sax;
    ctxt->userData = ctxt;
    ctxt->_private = &text;
    // The page is UTF-8 now: its <meta charset> must not make libxml2 decode it again.
    htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                                 | HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD);
    xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
    htmlParseDocument(ctxt);
    htmlFreeParserCtxt(ctxt);
    if (text.failed())
        return fail(error, text.error());

    *out = text.finish();
    out->encoding = encoding;
    return true;
}
