// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlreader.h"

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

QString tr(const char *text)
{
    return QCoreApplication::translate("HtmlReader", text);
}

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

struct OpenElement
{
    QByteArray name;
    bool drops = false;
    bool title = false;
    bool pre = false;
};

class TextCollector
{
public:
    explicit TextCollector(htmlParserCtxtPtr ctxt)
        : m_ctxt(ctxt)
    {
    }

    void start(const char *name)
    {
        // Void elements (img, br, embed, …) get no end event and hold no text: never pushed.
        static const QSet<QByteArray> voids = {"area", "base", "br", "col", "embed", "hr", "img", "input",
                                               "link", "meta", "param", "source", "track", "wbr"};
        const bool isVoid = voids.contains(QByteArray::fromRawData(name, qsizetype(std::strlen(name))));
        if (m_dropping == 0 && m_titles == 0) {
            if (isBlock(name) || std::strcmp(name, "br") == 0)
                breakLine();
            else if (std::strcmp(name, "td") == 0 || std::strcmp(name, "th") == 0)
                m_space = !m_line.isEmpty(); // cells of a row: one line, a space between them
            if (std::strcmp(name, "h1") == 0)
                m_hasH1 = true;
        }
        if (isVoid)
            return;
        const OpenElement element{name, isDropped(name), std::strcmp(name, "title") == 0, std::strcmp(name, "pre") == 0};
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
            if (m_dropping == 0 && m_titles == 0 && isBlock(element.name.constData()))
                breakLine();
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
        }
        out.utf8 = m_lines.join('\n');
        out.origins = std::move(m_origins);
        return out;
    }

private:
    void breakLine()
    {
        if (!m_line.isEmpty()) {
            m_lines.append(m_line);
            m_origins.append(m_lineOrigin);
            m_line.clear();
        }
        m_space = false;
    }

    htmlParserCtxtPtr m_ctxt;
    QList<OpenElement> m_open;
    int m_dropping = 0, m_pre = 0, m_titles = 0;
    QByteArray m_line, m_title;
    int m_lineOrigin = 0, m_titleOrigin = 0;
    bool m_space = false, m_titleSpace = false, m_hasH1 = false, m_titleDone = false;
    QList<QByteArray> m_lines;
    QList<int> m_origins;
};

TextCollector *collector(void *ctx)
{
    return static_cast<TextCollector *>(static_cast<htmlParserCtxtPtr>(ctx)->_private);
}

void onStart(void *ctx, const xmlChar *name, const xmlChar **)
{
    collector(ctx)->start(reinterpret_cast<const char *>(name));
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

bool readHtml(const QByteArray &bytes, const QString &path, SourceText *out, Diagnostic *error)
{
    QByteArray utf8;
    QString encoding;
    if (!decodePage(bytes, path, &utf8, &encoding, error))
        return false;
    if (utf8.size() > std::numeric_limits<int>::max())
        return fail(error, {path, 0, tr("the page is too large to be read")});

    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(utf8.constData(), int(utf8.size()));
    if (!ctxt)
        return fail(error, {path, 0, tr("the page cannot be read: out of memory")});
    TextCollector text(ctxt);
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

    *out = text.finish();
    out->encoding = encoding;
    return true;
}
