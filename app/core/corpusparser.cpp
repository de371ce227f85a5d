// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusparser.h"

#include "referencedata.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <cstring>

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
        n.label.reserve(labelEnd);
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

// The next line of UTF-8 text from pos, as every editor sees lines: ended by LF, CRLF, CR, or a
// Unicode line or paragraph separator (U+2028, U+2029: E2 80 A8, E2 80 A9). Moves pos past the end.
// memchr over [from, to): nullptr when empty (memchr must not be given the null pointer of an
// empty text, even for zero bytes).
const char *find(const char *from, const char *to, char c)
{
    return from < to ? static_cast<const char *>(std::memchr(from, c, size_t(to - from))) : nullptr;
}

QByteArrayView nextLine(QByteArrayView text, qsizetype *pos)
{
    const qsizetype start = *pos;
    const qsizetype n = text.size();
    const char *p = text.data();
    // memchr finds LF fast; the rarer breaks can only be earlier in the same stretch.
    const char *lf = find(p + start, p + n, '\n');
    qsizetype end = lf ? lf - p : n;
    qsizetype next = lf ? end + 1 : n + 1; // n + 1: past the end, no more lines
    if (const char *cr = find(p + start, p + end, '\r')) {
        end = cr - p;
        next = end + 1 < n && p[end + 1] == '\n' ? end + 2 : end + 1;
    }
    for (const char *e = p + start; (e = find(e, p + end, char(0xE2))); ++e) {
        if (e + 2 < p + n && static_cast<unsigned char>(e[1]) == 0x80
            && (static_cast<unsigned char>(e[2]) == 0xA8 || static_cast<unsigned char>(e[2]) == 0xA9)) {
            end = e - p;
            next = end + 3;
            break;
        }
    }
    *pos = next;
    return text.sliced(start, end - start);
}

// A line's text with every byte order mark kept (the parser removes them itself, after
// trimming, as it always has: content hashes depend on it). QString::fromUtf8 would drop one
// at the start, so leading ones are counted off first; stripOne drops exactly one of them.
QString lineText(QByteArrayView raw, bool stripOne)
{
    static constexpr QByteArrayView Bom("\xEF\xBB\xBF");
    qsizetype boms = 0;
    while (raw.sliced(boms * 3).startsWith(Bom))
        ++boms;
    if (boms == 0)
        return QString::fromUtf8(raw);
    const qsizetype kept = stripOne ? boms - 1 : boms;
    return QString(kept, QChar(0xFEFF)) + QString::fromUtf8(raw.sliced(boms * 3));
}

// Collects a streamed document's items under their units.
class CollectingSink : public CorpusSink
{
public:
    bool unit(int unitIndex, const ParsedUnit &unit, Diagnostic *) override
    {
        Q_ASSERT(unitIndex == units.size());
        units.append(unit);
        return true;
    }
    bool item(int unitIndex, bool subItem, ParsedItem &item, Diagnostic *) override
    {
        QList<ParsedItem> &items = units[unitIndex].items;
        if (subItem)
            items.last().subItems.append(std::move(item));
        else
            items.append(std::move(item));
        return true;
    }

    QList<ParsedUnit> units;
};

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
    ParsedDocument doc;
    CollectingSink sink;
    if (!parseFile(path, &doc, &sink, error))
        return false;
    doc.units = std::move(sink.units);
    if (out)
        *out = std::move(doc);
    return true;
}

bool CorpusParser::parseBytes(const QByteArray &bytes, const QString &fileName, ParsedDocument *out,
                              Diagnostic *error) const
{
    ParsedDocument doc;
    CollectingSink sink;
    if (!parseBytes(bytes, fileName, &doc, &sink, error))
        return false;
    doc.units = std::move(sink.units);
    if (out)
        *out = std::move(doc);
    return true;
}

bool CorpusParser::parseText(const QString &text, const QString &fileName, ParsedDocument *out,
                             Diagnostic *error) const
{
    ParsedDocument doc;
    CollectingSink sink;
    if (!parseUtf8(text.toUtf8(), false, fileName, &doc, &sink, error))
        return false;
    doc.units = std::move(sink.units);
    doc.encoding = QStringLiteral("UTF-16");
    if (out)
        *out = std::move(doc);
    return true;
}

bool CorpusParser::parseFile(const QString &path, ParsedDocument *out, CorpusSink *sink, Diagnostic *error) const
{
    if (m_reader) {
        SourceText source;
        switch (m_reader->read(path, &source, error)) {
        case SourceReader::Outcome::NotMine:
            break;
        case SourceReader::Outcome::Failed:
            return false;
        case SourceReader::Outcome::Read:
            return parseSource(source, path, out, sink, error);
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, {path, 0, tr("cannot read the file: %1").arg(file.errorString())});
    return parseBytes(file.readAll(), path, out, sink, error);
}

bool CorpusParser::parseBytes(const QByteArray &bytes, const QString &fileName, ParsedDocument *out, CorpusSink *sink,
                              Diagnostic *error) const
{
    DecodedUtf8 decoded;
    if (!decodeUtf8(bytes, fileName, &decoded, error))
        return false;
    // Text that was UTF-8 in the file loses one more byte order mark at its start, as
    // QString::fromUtf8 of the whole text did before the parser streamed: same hashes.
    if (!parseUtf8(decoded.text(), decoded.wasUtf8, fileName, out, sink, error))
        return false;
    out->encoding = decoded.encoding;
    return true;
}

bool CorpusParser::parseSource(const SourceText &source, const QString &fileName, ParsedDocument *out,
                               CorpusSink *sink, Diagnostic *error) const
{
    if (!parseUtf8(source.utf8, false, fileName, out, sink, error, &source))
        return false;
    out->format = source.format;
    out->encoding = source.encoding.isEmpty() ? QStringLiteral("UTF-8") : source.encoding;
    if (source.year)
        out->year = source.year;
    return true;
}

bool CorpusParser::replay(const ParsedDocument &doc, CorpusSink *sink, Diagnostic *error)
{
    for (int u = 0; u < doc.units.size(); ++u) {
        const ParsedUnit &unit = doc.units.at(u);
        ParsedUnit header = unit;
        header.items.clear();
        if (!sink->unit(u, header, error))
            return false;
        for (const ParsedItem &item : unit.items) {
            ParsedItem top = item;
            top.subItems.clear();
            if (!sink->item(u, false, top, error))
                return false;
            for (const ParsedItem &sub : item.subItems) {
                ParsedItem copy = sub;
                if (!sink->item(u, true, copy, error))
                    return false;
            }
        }
    }
    return true;
}

bool CorpusParser::parseUtf8(QByteArrayView text, bool stripFirstBom, const QString &fileName, ParsedDocument *out,
                             CorpusSink *sink, Diagnostic *error, const SourceText *source) const
{
    const bool linesAreItems = source && source->linesAreItems;
    ParsedDocument doc;
    doc.fileName = fileName;
    doc.encoding = QStringLiteral("UTF-8");

    struct UnitState
    {
        QString nameZh;
        int line = 0;
        int items = 0;
    };
    QList<UnitState> units;
    QHash<QString, int> unitIndex; // name → index in units, to merge a repeated header
    int unit = -1; // of the current section
    Style itemStyle = Style::None;
    // The item being read and, under it, the sub-item being read: continuation lines may still
    // extend them. An item goes to the sink when its first sub-item or the next item begins.
    ParsedItem pendingItem, pendingSub;
    bool hasItem = false, itemGiven = false, hasSub = false;
    int itemCount = 0;
    Diagnostic sinkError;
    auto give = [&](ParsedItem &item, bool subItem) {
        ++itemCount;
        ++units[unit].items;
        return sink->item(unit, subItem, item, &sinkError);
    };
    // Gives the sink what is still pending in the section: at a header, and at the end.
    auto flushSection = [&]() {
        if (hasItem && !itemGiven && !give(pendingItem, false))
            return false;
        if (hasSub && !give(pendingSub, true))
            return false;
        hasItem = itemGiven = hasSub = false;
        return true;
    };

    QCryptographicHash canonical(QCryptographicHash::Sha256); // of the normalised content: idempotent imports
    int lineNo = 0;
    qsizetype pos = 0;
    while (pos <= text.size()) {
        const QByteArrayView raw = nextLine(text, &pos);
        ++lineNo;
        // Where the line stands in the file the user has: a table's row, a web page's line.
        const int at = source && lineNo <= source->origins.size() ? source->origins.at(lineNo - 1) : lineNo;
        if (lineNo % 4096 == 0 && !sink->progress(std::min(pos, text.size()), text.size(), &sinkError))
            return fail(error, sinkError);
        const QString untrimmed = lineText(raw, stripFirstBom && lineNo == 1);
        QString line = untrimmed.trimmed();
        const bool hasBom = line.contains(QChar(0xFEFF));
        if (hasBom)
            line.remove(QChar(0xFEFF));
        if (line.isEmpty())
            continue;
        // The hash is of the line as read, trimmed and without byte order marks, as UTF-8: the
        // bytes themselves when neither changed anything.
        if (!hasBom && line.size() == untrimmed.size() && !raw.startsWith("\xEF\xBB\xBF"))
            canonical.addData(raw);
        else
            canonical.addData(line.toUtf8());
        canonical.addData(QByteArrayView("\n", 1));
        if (isSourceLine(line)) {
            parseSourceLine(line, &doc);
            break; // what follows the source line (copyright, unrelated headlines) is not content
        }

        const Province *province = m_reference.findProvince(line);
        if (doc.title.isEmpty() && units.isEmpty() && !province && recognise(line).style == Style::None) {
            doc.title = line;
            continue;
        }

        const bool nonStandard = !province && looksLikeUnitHeader(line);
        if (province || nonStandard) {
            if (unit >= 0 && !flushSection())
                return fail(error, sinkError);
            QString name = province ? province->nameZh : line;
            while (name.endsWith(u':') || name.endsWith(u'：'))
                name.chop(1);
            if (nonStandard)
                doc.warnings.append({fileName, at,
                                     tr("\"%1\" is not a known provincial-level unit; imported as a non-standard unit")
                                         .arg(name)});
            const auto existing = unitIndex.constFind(name);
            if (existing != unitIndex.constEnd()) {
                doc.warnings.append({fileName, at,
                                     tr("%1 appears again (first at line %2); its items are merged")
                                         .arg(name)
                                         .arg(units.at(*existing).line)});
                unit = *existing;
            } else {
                ParsedUnit fresh;
                fresh.nameZh = name;
                fresh.code = province ? province->code : QString();
                fresh.line = at;
                unit = int(units.size());
                unitIndex.insert(name, unit);
                units.append({name, at, 0});
                if (!sink->unit(unit, fresh, &sinkError))
                    return fail(error, sinkError);
                fresh.items.clear();
                doc.units.append(fresh);
            }
            itemStyle = Style::None; // a section, even a repeated one, sets its own numbering style
            continue;
        }

        const Numbered numbered = recognise(line);
        if (unit < 0) {
            if (numbered.style != Style::None)
                return fail(error, {fileName, at,
                                    tr("numbered item before any province header: add a header line such as "
                                       "\"北京市\" above it")});
            appendLine(&doc.lead, line);
            continue;
        }

        if (numbered.style == Style::None) {
            // A line without a number continues the item above it, or starts an unnumbered item.
            // In a table every row is an item of its own.
            if (!hasItem || linesAreItems) {
                if (hasItem && !flushSection())
                    return fail(error, sinkError);
                pendingItem = {at, QString(), 0, line, {}};
                hasItem = true;
            } else {
                appendLine(hasSub ? &pendingSub.text : &pendingItem.text, line);
            }
            continue;
        }

        if (itemStyle == Style::None)
            itemStyle = numbered.style;
        const bool isSubItem = numbered.style != itemStyle && hasItem;
        if (isSubItem) {
            if ((!itemGiven && !give(pendingItem, false)) || (hasSub && !give(pendingSub, true)))
                return fail(error, sinkError);
            itemGiven = true;
            pendingSub = {at, numbered.label, numbered.ordinal, numbered.rest, {}};
            hasSub = true;
        } else {
            if (!flushSection())
                return fail(error, sinkError);
            pendingItem = {at, numbered.label, numbered.ordinal, numbered.rest, {}};
            hasItem = true;
        }
    }
    if (unit >= 0 && !flushSection())
        return fail(error, sinkError);
    if (!sink->progress(text.size(), text.size(), &sinkError))
        return fail(error, sinkError);

    if (units.isEmpty()) {
        if (doc.title.isEmpty() && doc.lead.isEmpty())
            return fail(error, {fileName, 0, tr("the file has no text")});
        return fail(error, {fileName, 0,
                            tr("no province header found: each section must start with a line naming a "
                               "provincial-level unit, such as \"北京市\"")});
    }
    for (const UnitState &u : std::as_const(units))
        if (u.items == 0)
            doc.warnings.append({fileName, u.line, tr("%1 has no items").arg(u.nameZh)});
    if (itemCount == 0)
        return fail(error, {fileName, units.first().line,
                            tr("no items: the file has province headers but no numbered items under them")});

    if (doc.title.isEmpty())
        doc.title = fileName.section(u'/', -1);
    doc.year = yearFromTitle(doc.title);
    doc.contentHash = canonical.result().toHex();
    if (out)
        *out = std::move(doc);
    return true;
}
