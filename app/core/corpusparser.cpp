// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusparser.h"

#include "referencedata.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CorpusParser", text);
}

// How a line is numbered. Items of one section share a style; a different style under an
// item marks its sub-items, so "1、… (1)… (2)…" and "一、… 1、… 2、…" both nest.
enum class Style { None, Arabic, Chinese, Parenthesized, Circled };

struct Numbered
{
    Style style = Style::None;
    int ordinal = 0;
    QString label;
    QString rest;
};

int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= 0xFF10 && u <= 0xFF19) // full-width digits
        return u - 0xFF10;
    return -1;
}

int chineseDigit(QChar c)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    const int i = int(digits.indexOf(c));
    if (i >= 0)
        return i;
    return c == u'零' ? 0 : c == u'两' ? 2 : -1;
}

// Reads 1–999999 written in ASCII or full-width digits starting at pos (long generated corpora number past 999).
int readArabic(QStringView s, qsizetype *pos)
{
    int value = 0, count = 0;
    while (*pos < s.size() && count < 6 && digitValue(s[*pos]) >= 0) {
        value = value * 10 + digitValue(s[*pos]);
        ++*pos;
        ++count;
    }
    if (count == 0 || (*pos < s.size() && digitValue(s[*pos]) >= 0))
        return -1;
    return value;
}

// Reads 一 … 九十九 starting at pos.
int readChinese(QStringView s, qsizetype *pos)
{
    qsizetype p = *pos;
    int tens = -1, units = -1;
    if (p < s.size() && chineseDigit(s[p]) > 0 && p + 1 < s.size() && s[p + 1] == u'十') {
        tens = chineseDigit(s[p]);
        p += 2;
    } else if (p < s.size() && s[p] == u'十') {
        tens = 1;
        p += 1;
    }
    if (p < s.size() && chineseDigit(s[p]) > 0) {
        units = chineseDigit(s[p]);
        ++p;
    }
    if (tens < 0 && units < 0)
        return -1;
    if (p < s.size() && (chineseDigit(s[p]) >= 0 || s[p] == u'十' || s[p] == u'百'))
        return -1;
    *pos = p;
    return (tens < 0 ? 0 : tens * 10) + (units < 0 ? 0 : units);
}

bool isSpace(QChar c)
{
    return c.isSpace();
}

qsizetype skipSpaces(QStringView s, qsizetype p)
{
    while (p < s.size() && isSpace(s[p]))
        ++p;
    return p;
}

Numbered recognise(QStringView line)
{
    Numbered n;
    const QChar first = line.isEmpty() ? QChar() : line.front();
    const char16_t u = first.unicode();
    qsizetype p = 0;

    auto finish = [&](Style style, int ordinal, qsizetype labelEnd, qsizetype restStart) {
        n.style = style;
        n.ordinal = ordinal;
        for (QChar c : line.first(labelEnd))
            if (!c.isSpace())
                n.label += c;
        n.rest = line.sliced(skipSpaces(line, restStart)).toString();
        return n;
    };

    if (u >= 0x2460 && u <= 0x2473) // ①…⑳
        return finish(Style::Circled, u - 0x2460 + 1, 1, 1);
    if (u >= 0x2474 && u <= 0x2487) // ⑴…⒇
        return finish(Style::Parenthesized, u - 0x2474 + 1, 1, 1);

    if (first == u'(' || first == u'（') {
        p = skipSpaces(line, 1);
        int value = readArabic(line, &p);
        if (value < 0)
            value = readChinese(line, &p);
        if (value < 0)
            return n;
        p = skipSpaces(line, p);
        if (p < line.size() && (line[p] == u')' || line[p] == u'）'))
            return finish(Style::Parenthesized, value, p + 1, p + 1);
        return n;
    }

    Style style = Style::Arabic;
    int value = readArabic(line, &p);
    if (value < 0) {
        style = Style::Chinese;
        value = readChinese(line, &p);
    }
    if (value < 0)
        return n;
    p = skipSpaces(line, p);
    if (p >= line.size())
        return n;
    const QChar delimiter = line[p];
    const bool dot = delimiter == u'.' || delimiter == u'．';
    if (delimiter == u'、' || delimiter == u')' || delimiter == u'）' || dot) {
        // "1.5万人" is a number, not an item.
        if (dot && p + 1 < line.size() && digitValue(line[p + 1]) >= 0)
            return n;
        // A Chinese numeral is an item number only before 、 (三、), never "三)" in prose.
        if (style == Style::Chinese && delimiter != u'、' && !dot)
            return n;
        return finish(style, value, p + 1, p + 1);
    }
    return n;
}

bool isHeaderPunctuation(QChar c)
{
    static const QString punctuation = QStringLiteral("，。、；：,.;:!?！？“”\"'‘’()（）《》[]【】-—…·");
    return punctuation.contains(c) || c.isDigit() || c.isSpace() || digitValue(c) >= 0;
}

// A header that names no known province but looks like one (新疆生产建设兵团): short, no
// punctuation or digits, ending in the word for a kind of provincial-level unit.
bool looksLikeUnitHeader(QStringView line)
{
    QStringView name = line;
    while (name.endsWith(u':') || name.endsWith(u'：'))
        name.chop(1);
    if (name.size() < 3 || name.size() > 12)
        return false;
    for (QChar c : name)
        if (isHeaderPunctuation(c))
            return false;
    static const char16_t *const endings[] = {u"省", u"市", u"自治区", u"特别行政区", u"兵团"};
    for (const char16_t *ending : endings)
        if (name.endsWith(QStringView(ending)))
            return true;
    return false;
}

bool isSourceLine(QStringView line)
{
    return line.startsWith(u"来源:") || line.startsWith(u"来源：");
}

void parseSourceLine(QStringView line, ParsedDocument *doc)
{
    doc->sourceLine = line.toString();
    QString rest = line.sliced(3).toString().trimmed();
    while (rest.endsWith(u'。') || rest.endsWith(u'.'))
        rest.chop(1);
    static const QRegularExpression authorKey(QStringLiteral("[,，;；\\s]*作者[:：]"));
    const QRegularExpressionMatch m = authorKey.match(rest);
    if (m.hasMatch()) {
        doc->source = rest.left(m.capturedStart()).trimmed();
        doc->author = rest.mid(m.capturedEnd()).trimmed();
    } else {
        doc->source = rest;
    }
}

int yearFromTitle(const QString &title)
{
    static const QRegularExpression re(QStringLiteral("((?:19|20)\\d\\d)\\s*年"));
    const QRegularExpressionMatch m = re.match(title);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

void appendLine(QString *text, QStringView line)
{
    if (!text->isEmpty() && !line.isEmpty() && text->back().unicode() < 0x80 && text->back().isLetterOrNumber()
        && line.front().unicode() < 0x80 && line.front().isLetterOrNumber())
        text->append(u' ');
    text->append(line);
}

// Lines as every editor sees them: ended by LF, CRLF, CR, or a Unicode line or paragraph separator.
QList<QStringView> splitLines(QStringView text)
{
    QList<QStringView> lines;
    qsizetype start = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c != u'\n' && c != u'\r' && c != 0x2028 && c != 0x2029)
            continue;
        lines.append(text.sliced(start, i - start));
        if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
            ++i;
        start = i + 1;
    }
    lines.append(text.sliced(start));
    return lines;
}

} // namespace

int ParsedDocument::itemCount() const
{
    int count = 0;
    for (const ParsedUnit &unit : units)
        for (const ParsedItem &item : unit.items)
            count += 1 + int(item.subItems.size());
    return count;
}

CorpusParser::CorpusParser(const ReferenceData &reference)
    : m_reference(reference)
{
}

bool CorpusParser::parseFile(const QString &path, ParsedDocument *out, Diagnostic *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, {path, 0, tr("cannot read the file: %1").arg(file.errorString())});
    return parseBytes(file.readAll(), path, out, error);
}

bool CorpusParser::parseBytes(const QByteArray &bytes, const QString &fileName, ParsedDocument *out,
                              Diagnostic *error) const
{
    DecodedText decoded;
    if (!decodeText(bytes, fileName, &decoded, error))
        return false;
    if (!parseText(decoded.text, fileName, out, error))
        return false;
    out->encoding = decoded.encoding;
    return true;
}

bool CorpusParser::parseText(const QString &text, const QString &fileName, ParsedDocument *out,
                             Diagnostic *error) const
{
    ParsedDocument doc;
    doc.fileName = fileName;
    doc.encoding = QStringLiteral("UTF-16");
    const QList<QStringView> lines = splitLines(text);

    QHash<QString, int> unitIndex; // name → index in doc.units, to merge a repeated header
    ParsedUnit *unit = nullptr;
    Style itemStyle = Style::None;
    QCryptographicHash canonical(QCryptographicHash::Sha256); // of the normalised content: idempotent imports
    auto addCanonical = [&canonical](const QString &line) {
        canonical.addData(line.toUtf8());
        canonical.addData(QByteArrayView("\n", 1));
    };
    int lineNo = 0;

    for (QStringView raw : lines) {
        ++lineNo;
        QString line = raw.trimmed().toString();
        line.remove(QChar(0xFEFF));
        if (line.isEmpty())
            continue;
        if (isSourceLine(line)) {
            parseSourceLine(line, &doc);
            addCanonical(line);
            break; // what follows the source line (copyright, unrelated headlines) is not content
        }
        addCanonical(line);

        if (doc.title.isEmpty() && doc.units.isEmpty()
            && !m_reference.findProvince(line) && recognise(line).style == Style::None) {
            doc.title = line;
            continue;
        }

        const Province *province = m_reference.findProvince(line);
        const bool nonStandard = !province && looksLikeUnitHeader(line);
        if (province || nonStandard) {
            QString name = province ? province->nameZh : line;
            while (name.endsWith(u':') || name.endsWith(u'：'))
                name.chop(1);
            if (nonStandard)
                doc.warnings.append({fileName, lineNo,
                                     tr("\"%1\" is not a known provincial-level unit; imported as a non-standard unit")
                                         .arg(name)});
            const auto existing = unitIndex.constFind(name);
            if (existing != unitIndex.constEnd()) {
                doc.warnings.append({fileName, lineNo,
                                     tr("%1 appears again (first at line %2); its items are merged")
                                         .arg(name)
                                         .arg(doc.units.at(*existing).line)});
                unit = &doc.units[*existing];
            } else {
                ParsedUnit fresh;
                fresh.nameZh = name;
                fresh.code = province ? province->code : QString();
                fresh.line = lineNo;
                unitIndex.insert(name, int(doc.units.size()));
                doc.units.append(fresh);
                unit = &doc.units.last();
            }
            itemStyle = Style::None; // a section, even a repeated one, sets its own numbering style
            continue;
        }

        const Numbered numbered = recognise(line);
        if (!unit) {
            if (numbered.style != Style::None)
                return fail(error, {fileName, lineNo,
                                    tr("numbered item before any province header: add a header line such as "
                                       "\"北京市\" above it")});
            appendLine(&doc.lead, line);
            continue;
        }

        if (numbered.style == Style::None) {
            // A line without a number continues the item above it, or starts an unnumbered item.
            if (unit->items.isEmpty()) {
                unit->items.append({lineNo, QString(), 0, line, {}});
            } else {
                ParsedItem &item = unit->items.last();
                appendLine(item.subItems.isEmpty() ? &item.text : &item.subItems.last().text, line);
            }
            continue;
        }

        if (itemStyle == Style::None)
            itemStyle = numbered.style;
        const bool isSubItem = numbered.style != itemStyle && !unit->items.isEmpty();
        ParsedItem item{lineNo, numbered.label, numbered.ordinal, numbered.rest, {}};
        if (isSubItem) {
            unit->items.last().subItems.append(item);
        } else {
            unit->items.append(item);
        }
    }

    if (doc.units.isEmpty()) {
        if (doc.title.isEmpty() && doc.lead.isEmpty())
            return fail(error, {fileName, 0, tr("the file has no text")});
        return fail(error, {fileName, 0,
                            tr("no province header found: each section must start with a line naming a "
                               "provincial-level unit, such as \"北京市\"")});
    }
    for (const ParsedUnit &u : std::as_const(doc.units))
        if (u.items.isEmpty())
            doc.warnings.append({fileName, u.line, tr("%1 has no items").arg(u.nameZh)});
    if (doc.itemCount() == 0)
        return fail(error, {fileName, doc.units.first().line,
                            tr("no items: the file has province headers but no numbered items under them")});

    if (doc.title.isEmpty())
        doc.title = fileName.section(u'/', -1);
    doc.year = yearFromTitle(doc.title);
    doc.contentHash = canonical.result().toHex();
    if (out)
        *out = std::move(doc);
    return true;
}
