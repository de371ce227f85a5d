// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusparser.h"

#include "inputfile.h"
#include "layoutrules.h"
#include "referencedata.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cstring>
#include <tuple>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CorpusParser", text);
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

// Applies the layout rules (layoutrules.h) to a document's lines, one at a time, and hands each
// item to the sink as soon as nothing more can be added to it. It keeps no item it has given.
class LayoutReader
{
    Q_DECLARE_TR_FUNCTIONS(CorpusParser)
public:
    // End: this line ends the content; EndBefore: the line above did, and this one is after it.
    enum class Result { Continue, End, EndBefore, Failed };

    LayoutReader(const ReferenceData &reference, const QString &fileName, CorpusSink *sink, bool linesAreItems,
                 ParsedDocument &doc)
        : m_reference(reference)
        , m_fileName(fileName)
        , m_sink(sink)
        , m_linesAreItems(linesAreItems)
        , m_doc(doc)
    {
    }

    // One non-empty line of the file, trimmed; at: its number in the file the user has.
    Result line(const QString &text, int at);
    // The end of the content (a 来源 line, a page footer, or the end of the file).
    bool finish();

    struct UnitState
    {
        QString nameZh;
        int line = 0;
        int items = 0;
    };
    QList<UnitState> units;
    int itemCount = 0;
    Diagnostic error;
    // The first line above the first section that starts with a province's name: why no header
    // was found, when none is.
    std::pair<QString, int> nameInLead;
    // Or the first line above it that names several provinces (a table copied as one line).
    std::pair<QString, int> namesInLead;
    int namesInLeadCount = 0;

    // After the end of the content: whether this line looks like more of it (a section's header,
    // or the item numbered next), and if so, warns.
    bool checkAfterEnd(const QString &text, int at);

private:
    enum class Mode { Unknown, Numbered, Paragraphs }; // set by a section's first item
    enum class Kind { None, Title, Lead, Header, Item, Continuation }; // what the line above was

    Result segment(const QString &text, int at);
    Result startsWithOtherProvince(const QString &text, const Province *province, int at);
    Result labelled(const QString &text, int at);
    Result sections(QStringView line, layout::Header header, int at);
    Result content(const QString &text, const layout::Numbered &numbered, int at);
    Result place(const QString &text, const layout::Numbered &numbered, int at);
    Result restart(const layout::Numbered &numbered, int at);
    bool openSection(const Province *province, const QString &nonStandardName, int at);
    bool release();
    bool give(ParsedItem &item, bool subItem);
    bool flushSection();
    bool readMetadata(const QString &text);
    void endAtSource(const QString &text, int at);
    void countNames(const QString &text, int at);
    void warn(int at, const QString &message) { m_doc.warnings.append({m_fileName, at, message}); }
    Result failAt(int at, const QString &message)
    {
        error = {m_fileName, at, message};
        return Result::Failed;
    }
    Result sinkFailed()
    {
        error = m_sinkError;
        return Result::Failed;
    }
    void remember(Kind kind, const QString &text, int at)
    {
        m_prevKind = kind;
        m_prevText = text;
        m_prevAt = at;
    }
    QString &pendingText() { return m_hasSub ? m_sub.text : m_item.text; }

    const ReferenceData &m_reference;
    const QString &m_fileName;
    CorpusSink *m_sink;
    const bool m_linesAreItems;
    ParsedDocument &m_doc;

    QHash<QString, int> m_unitIndex; // name → index in units, to merge a repeated header
    int m_unit = -1; // of the current section
    Mode m_mode = Mode::Unknown;
    layout::Style m_itemStyle = layout::Style::None;
    int m_lastOrdinal = 0, m_lastSubOrdinal = 0; // of the section's last item, and of its last sub-item
    // The item being read and, under it, the sub-item being read: continuation lines may still
    // extend them. An item goes to the sink when its first sub-item or the next item begins.
    ParsedItem m_item, m_sub;
    bool m_hasItem = false, m_itemGiven = false, m_hasSub = false;
    bool m_started = false; // an item has begun: a 来源 line or a footer now ends the content
    bool m_sectionInline = false; // the section is one line so far, its text on its header's line (北京：…)
    int m_sectionLines = 0; // lines of text placed in the current section
    bool m_handled = false; // labelled() took the line
    int m_suspectHeadingAt = 0; // a heading-like line read as text of an item, already warned about
    std::pair<QString, int> m_pendingSource; // a 来源 line after an item: the end, unless a header follows
    // The section was opened by a header found inside a line (…。【天津市】), and where the
    // section before it had got to: an item numbered next to it is most likely that section's.
    bool m_sectionGlued = false;
    layout::Style m_previousStyle = layout::Style::None;
    int m_previousLast = 0, m_previousUnit = -1;
    QList<std::pair<qsizetype, int>> m_continuations; // where each continuation line of the pending (sub-)item starts
    Kind m_prevKind = Kind::None;
    QString m_prevText;
    int m_prevAt = 0;
    // Lines after an item that may be page furniture (a list of headlines): given as content when
    // content follows them, left out if the content ends after them.
    QList<std::pair<QString, int>> m_held;
    // The last line of the lead that looks like a heading, and the last lead line after it.
    std::pair<QString, int> m_leadHeading;
    int m_textAfterLeadHeading = 0;
    Diagnostic m_sinkError;
};

LayoutReader::Result LayoutReader::line(const QString &text, int at)
{
    // （来源：北京市人民政府网） after a section: where that section's text came from, not text.
    if (text.size() > 4 && (text.front() == u'（' || text.front() == u'(')
        && (text.back() == u'）' || text.back() == u')')
        && layout::isSourceLine(QStringView(text).sliced(1).trimmed()))
        return Result::Continue;
    // The 来源 line above ends the content, unless a section's header follows it: then it was
    // the source of the section above (来源：北京日报 / 天津市 / …), and the text goes on.
    if (!m_pendingSource.first.isEmpty()) {
        const auto [source, sourceAt] = std::exchange(m_pendingSource, {});
        const layout::Header next = layout::matchHeader(text, layout::recogniseNumber(text), m_reference);
        if (!next.province || next.weak) {
            endAtSource(source, sourceAt);
            return Result::EndBefore;
        }
    }
    if (m_started) {
        if (layout::isSourceLine(text)) {
            readMetadata(text);
            if (m_doc.sourceLine.isEmpty())
                m_doc.sourceLine = text;
            m_pendingSource = {text, at};
            return Result::Continue;
        }
        const QString footer = layout::footerMarker(text);
        if (!footer.isEmpty()) {
            m_doc.contentEndLine = at;
            m_doc.contentEndText = text;
            m_doc.contentEndReason = tr("%1 starts a page footer").arg(layout::quoted(footer));
            return Result::End;
        }
    } else if (readMetadata(text) || !layout::footerMarker(text).isEmpty()) {
        return Result::Continue; // a byline, or the page's furniture above the text
    }

    // …紧缺人才。天津市: the next section's header glued to the end of a sentence.
    if (!m_doc.title.isEmpty() || m_unit >= 0) {
        const layout::Glued glued = layout::gluedHeaderAtEnd(text, m_reference);
        if (glued.province) {
            warn(at, tr("%1 at the end of this line is read as the header of a new section (it was glued to the "
                        "sentence before it; put it on a line of its own)")
                         .arg(layout::quoted(QStringView(text).sliced(glued.start))));
            const Result r = segment(QStringView(text).first(glued.start).trimmed().toString(), at);
            if (r != Result::Continue)
                return r;
            if (!openSection(glued.province, {}, at))
                return Result::Failed;
            m_sectionGlued = true;
            return Result::Continue;
        }
    }
    return segment(text, at);
}

// Above the first section: remembers the first line that names several provinces.
void LayoutReader::countNames(const QString &text, int at)
{
    if (!namesInLead.first.isEmpty())
        return;
    QSet<const Province *> named; // distinct provinces: 技能内蒙古 and 内蒙古自治区 are one
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype length = 0;
        if (!m_reference.canStartName(text.at(i)))
            continue;
        if (const Province *province = m_reference.provinceAt(QStringView(text).sliced(i), &length)) {
            named.insert(province);
            i += length - 1;
        }
    }
    const int names = int(named.size());
    if (names >= 3) {
        namesInLead = {text, at};
        namesInLeadCount = names;
    }
}

void LayoutReader::endAtSource(const QString &text, int at)
{
    m_doc.contentEndLine = at;
    m_doc.contentEndText = text;
    m_doc.contentEndReason = tr("a 来源 (source) line: what follows it is not part of the text");
}

// Fills the document's source, author and date from a byline; false when the line is none.
bool LayoutReader::readMetadata(const QString &text)
{
    layout::Byline fields;
    if (!layout::readByline(text, &fields))
        return false;
    if (m_doc.source.isEmpty() && !fields.source.isEmpty()) {
        m_doc.source = fields.source;
        if (m_doc.sourceLine.isEmpty())
            m_doc.sourceLine = text;
    }
    if (m_doc.author.isEmpty())
        m_doc.author = fields.author;
    if (m_doc.published.isEmpty())
        m_doc.published = fields.published;
    return true;
}

LayoutReader::Result LayoutReader::segment(const QString &text, int at)
{
    const layout::Numbered numbered = layout::recogniseNumber(text);
    const layout::Header header = layout::matchHeader(text, numbered, m_reference);
    if (!header.province && m_doc.title.isEmpty() && units.isEmpty() && numbered.style == layout::Style::None) {
        countNames(text, at);
        m_doc.title = text;
        remember(Kind::Title, text, at);
        return Result::Continue;
    }

    // 2、天津：建设… under 北京市's 1、: the number continues the section's items, so the line is
    // its next item, whatever it starts with.
    if (header.province && numbered.style != layout::Style::None && m_hasItem && m_mode == Mode::Numbered
        && numbered.style == m_itemStyle && numbered.ordinal == m_lastOrdinal + 1) {
        warn(at, tr("%1 is read as item %2 of %3, since its number continues the items above; if it starts the "
                    "section of %4, write its header without the number")
                     .arg(layout::quoted(text), numbered.label, units.at(m_unit).nameZh, header.province->nameZh));
        return content(text, numbered, at);
    }
    // 天津 alone after …支持北京、: a sentence wrapped after a name, not a new section.
    if (header.province && header.contentStart < 0 && numbered.style == layout::Style::None && m_hasItem
        && !m_linesAreItems && !pendingText().isEmpty() && QStringView(u"、，,").contains(pendingText().back())) {
        warn(at, tr("%1 is read as text of the item above, which ends in “%2” (a sentence wrapped after a name); "
                    "if it starts a section, end the line above with “。”")
                     .arg(layout::quoted(text), QString(pendingText().back())));
        return content(text, layout::Numbered(), at);
    }
    // ◆北京市 is read below as 北京市's header, not as a unit named “◆北京市”.
    if (header.found() && (header.province || !layout::looseHeader(text, numbered, m_reference).heading))
        return sections(text, header, at);

    // A short line without sentence punctuation that starts with a province's name, in a form not
    // read as a header above: a header (with a warning) or not understood, never text of an item.
    if (text.size() <= 24) {
        const layout::LooseHeader loose = layout::looseHeader(text, numbered, m_reference);
        if (loose.province && loose.heading) {
            warn(at, tr("%1 is read as the header of %2 (write the name alone, such as “%3” or “%4”, to make it a "
                        "header this program knows)")
                         .arg(layout::quoted(text), loose.province->nameZh, loose.province->nameZh,
                              loose.province->shortZh));
            return openSection(loose.province, {}, at) ? Result::Continue : Result::Failed;
        }
        if (loose.province)
            return failAt(at, tr("not understood: %1 starts with the name of %2 but is neither a header nor a "
                                 "sentence (it has no sentence punctuation); if it starts a section, write the name "
                                 "alone, such as “%3”; if it is text, end it with “。”")
                                  .arg(layout::quoted(text), loose.province->nameZh, loose.province->nameZh));
    }
    if (numbered.style == layout::Style::None && m_unit >= 0) {
        const Result r = labelled(text, at);
        if (r != Result::Continue || m_handled)
            return r;
    }
    if (m_unit >= 0) {
        // …推进产教融合。天津市1、建设…: a section's header inside the line.
        const qsizetype next = layout::nextHeaderInLine(text, m_reference);
        if (next > 0) {
            const QStringView rest = QStringView(text).sliced(next);
            const layout::Header inner = layout::matchHeader(rest, layout::Numbered(), m_reference);
            warn(at, tr("%1 inside this line is read as the header of a new section (put it on a line of its own)")
                         .arg(layout::quoted(rest.first(inner.contentStart).trimmed())));
            const Result first = segment(QStringView(text).first(next).trimmed().toString(), at);
            if (first != Result::Continue)
                return first;
            return sections(rest, inner, at);
        }
    }
    if (numbered.style == layout::Style::None && m_reference.canStartName(text.front())) {
        qsizetype nameLength = 0;
        if (const Province *province = m_reference.provinceAt(text, &nameLength)) {
            if (m_unit < 0) {
                if (nameInLead.first.isEmpty())
                    nameInLead = {text, at};
            } else if (province->nameZh != units.at(m_unit).nameZh
                       && (m_sectionInline || nameLength == province->nameZh.size() || nameLength >= text.size()
                           || !text.at(nameLength).isLetter())) {
                // 海南州将…, 上海合作组织…: a short name that is part of another word is no province.
                return startsWithOtherProvince(text, province, at);
            }
        }
    }
    return content(text, numbered, at);
}

// 廣東省：…, 广　东：…, 海南州：…, 新疆生产建设兵团：… under a section: a line written as a name and
// a colon. A province's name in a form the header rules do not read starts its section, with a
// warning. When the sections above are one line each, any other name is refused (or, when it
// looks like a unit's name, becomes a non-standard unit with a warning): it is never text of
// the section above. Sets m_handled when it took the line.
LayoutReader::Result LayoutReader::labelled(const QString &text, int at)
{
    m_handled = false;
    // The name ends at a colon (廣東省：…); in a one-line list, also at a space or a dash, for a
    // name in another form only (津 深化…, 冀—建设…).
    auto find = [&](auto stop, qsizetype most) {
        qsizetype i = 1;
        while (i < std::min<qsizetype>(text.size(), most) && !stop(text.at(i)))
            ++i;
        return i < std::min<qsizetype>(text.size(), most) ? i : -1;
    };
    qsizetype end = find(layout::isColon, 20);
    const bool colon = end > 0;
    if (!colon && m_sectionInline)
        end = find([](QChar c) { return c.isSpace() || layout::isDash(c); }, 8);
    if (end < 0)
        return Result::Continue;
    const QStringView label = QStringView(text).first(end).trimmed();
    if (label.isEmpty() || label.size() > 16 || layout::hasSentencePunctuation(label))
        return Result::Continue;
    for (QChar c : label)
        if (c.isDigit())
            return Result::Continue;
    qsizetype restAt = end + 1;
    while (restAt < text.size() && (text.at(restAt).isSpace() || (!colon && layout::isDash(text.at(restAt)))))
        ++restAt;
    const QString rest = QStringView(text).sliced(std::min(restAt, text.size())).toString();
    auto openWith = [&](const Province *province, const QString &name) {
        m_handled = true;
        if (!openSection(province, name, at))
            return Result::Failed;
        m_sectionInline = !rest.isEmpty();
        if (rest.isEmpty())
            return Result::Continue;
        return content(rest, layout::recogniseNumber(rest), at);
    };
    const Province *province = m_reference.findLenient(label);
    if (!colon && (!province || rest.isEmpty() || province->nameZh == units.at(m_unit).nameZh))
        return Result::Continue; // 上海 推进… is read by the header rules; other words are text
    if (province) {
        if (province->nameZh == units.at(m_unit).nameZh && !m_sectionInline)
            return Result::Continue; // 北 京：… in 北京市's own section: its text
        warn(at, tr("%1 is read as the header of %2 (the name is written with variant characters, spaces or "
                    "invisible characters; write “%2” or “%3” to make it a header this program knows)")
                     .arg(layout::quoted(label), province->nameZh, province->shortZh));
        return openWith(province, {});
    }
    if (!m_sectionInline)
        return Result::Continue;
    qsizetype nameLength = 0;
    const Province *near = m_reference.provinceAt(label, &nameLength);
    const bool unitLike = layout::looksLikeUnitHeader(label.toString());
    if (unitLike && (!near || label.endsWith(u"兵团") || label.endsWith(u"特别行政区")))
        return openWith(nullptr, label.toString()); // openSection warns: a non-standard unit
    m_handled = true;
    const QString meant = near ? tr(" (if it means %1, write “%1：…”)").arg(near->nameZh) : QString();
    return failAt(at, tr("not understood: %1 is written like the sections above it, a name and a colon, but “%2” "
                         "is no provincial-level unit%3; write the unit's standard name, such as “北京市：…”, or, "
                         "if the line is text of %4, join it to the line above")
                          .arg(layout::quoted(text), label.toString(), meant, units.at(m_unit).nameZh));
}

// 福建省推进… under another province's section: a new section when the sections so far are one
// line each (北京：…), else text of the section it is in; with a warning either way.
LayoutReader::Result LayoutReader::startsWithOtherProvince(const QString &text, const Province *province, int at)
{
    const layout::Numbered none;
    if (m_sectionInline) {
        warn(at, tr("%1 is read as the header of %2 with its text on the same line, as the sections above are "
                    "written; put a colon after the name (“%2：…”) to say so, or write the text under a header")
                     .arg(layout::quoted(text), province->nameZh));
        if (!openSection(province, {}, at))
            return Result::Failed;
        m_sectionInline = true;
        return content(text, none, at); // the name is part of the sentence: kept

    }
    // Text wrapped in the middle of a sentence (…支持企业与 / 广东省共建…) is no new start.
    const bool newSentence = !m_hasItem || m_mode == Mode::Paragraphs || m_linesAreItems
                             || (!pendingText().isEmpty() && layout::isTerminator(pendingText().back()));
    if (newSentence)
        warn(at, tr("%1 starts with the name of %2 but is read as text of %3 (header at line %4); if it starts "
                    "%2's section, put “%2” on a line of its own above it")
                     .arg(layout::quoted(text), province->nameZh, units.at(m_unit).nameZh)
                     .arg(units.at(m_unit).line));
    return content(text, none, at);
}

// A header, the text after it on the same line, and any further sections on that line
// (天津市 1、… 河北省 1、…), one after the other.
LayoutReader::Result LayoutReader::sections(QStringView line, layout::Header header, int at)
{
    for (;;) {
        const QStringView rest = header.contentStart >= 0 ? line.sliced(header.contentStart) : QStringView();
        const qsizetype next = rest.isEmpty() ? -1 : layout::nextHeaderInLine(rest, m_reference);
        QStringView own = next < 0 ? rest : rest.first(next).trimmed();
        // 【北京】【天津】: two units on one line, and nothing says which the items below are.
        if (!own.isEmpty()) {
            const layout::Header second = layout::matchHeader(own, layout::recogniseNumber(own), m_reference);
            if (second.province && second.contentStart < 0 && !header.weak)
                return failAt(at, tr("not understood: %1 names two units, %2 and %3: a section's header names one; "
                                     "put each header on a line of its own, above its items")
                                      .arg(layout::quoted(line))
                                      .arg(header.province ? header.province->nameZh : header.nonStandardName,
                                           second.province->nameZh));
        }
        // 【北京市】2023年政府工作报告: the header's title, not an item.
        if (!own.isEmpty() && !header.weak && layout::isHeadingTitle(own)) {
            warn(at, tr("%1 after the header is read as the section's title, not as an item")
                         .arg(layout::quoted(own)));
            own = {};
        }
        // 上海 推进…: a name set off by a space, a dash or a comma starts a section when the
        // sections are written one per line; after a section of several lines, say so.
        if (header.weak && m_unit >= 0 && !m_sectionInline)
            warn(at, tr("%1 is read as the header of %2 with its text on the same line; if it is text of %3, "
                        "join it to the line above")
                         .arg(layout::quoted(line), header.province->nameZh, units.at(m_unit).nameZh));
        if (!openSection(header.province, header.nonStandardName, at))
            return Result::Failed;
        m_sectionInline = !own.isEmpty();
        if (!own.isEmpty()) {
            const QString ownText = own.toString();
            const Result r = content(ownText, layout::recogniseNumber(ownText), at);
            if (r != Result::Continue)
                return r;
        }
        if (next < 0)
            return Result::Continue;
        line = rest.sliced(next);
        header = layout::matchHeader(line, layout::Numbered(), m_reference);
        warn(at, tr("several sections on one line: %1 starts a new section (put each header on a line of its own)")
                     .arg(layout::quoted(line.first(header.contentStart).trimmed())));
    }
}

LayoutReader::Result LayoutReader::content(const QString &text, const layout::Numbered &numbered, int at)
{
    if (m_unit < 0) {
        if (numbered.style != layout::Style::None) {
            // The real culprit is most often the line above: a header this program did not read.
            qsizetype nameLength = 0;
            if (m_prevKind == Kind::Lead && !m_prevText.isEmpty() && m_reference.canStartName(m_prevText.front())
                && m_reference.provinceAt(m_prevText, &nameLength))
                return failAt(m_prevAt, tr("not understood as a header: %1 starts with a province's name, but a "
                                           "section's header names one unit alone (“北京市”, “北京市：…”), and the "
                                           "numbered item below it (line %2) needs one above it")
                                            .arg(layout::quoted(m_prevText))
                                            .arg(at));
            const bool culprit = (m_prevKind == Kind::Lead && layout::looksLikeHeading(m_prevText))
                                 || ((m_prevKind == Kind::Lead || m_prevKind == Kind::Title)
                                     && layout::looseHeader(m_prevText, layout::recogniseNumber(m_prevText),
                                                            m_reference)
                                            .province);
            if (culprit)
                return failAt(m_prevAt, tr("not understood as a header: %1 is read as text above the first section, "
                                           "but the numbered item below it (line %2) needs a province's header "
                                           "above it; if this line starts a section, write the unit's name on it, "
                                           "such as “北京市”")
                                            .arg(layout::quoted(m_prevText))
                                            .arg(at));
            return failAt(at, tr("numbered item before any province header: add a header line such as "
                                 "\"北京市\" above it"));
        }
        appendLine(&m_doc.lead, text);
        remember(Kind::Lead, text, at);
        countNames(text, at);
        if (layout::looksLikeHeading(text)) {
            m_leadHeading = {text, at};
            m_textAfterLeadHeading = 0;
        } else if (!m_leadHeading.first.isEmpty()) {
            m_textAfterLeadHeading = at;
        }
        return Result::Continue;
    }

    // A list of headlines after the last item is the page around the text, not the text: such
    // lines wait until it is clear whether content follows them.
    if (m_hasItem && numbered.style == layout::Style::None && m_held.size() < 256) {
        const bool headline = layout::isBulletHeadline(text);
        bool afterSentence = false;
        if (!headline && m_mode == Mode::Numbered && !m_linesAreItems) {
            const QChar last = text.back();
            const bool endsSentence = last == u'。' || last == u'；' || last == u';' || last == u':' || last == u'：';
            afterSentence = !endsSentence
                            && (!m_held.isEmpty() || (!pendingText().isEmpty() && layout::isTerminator(pendingText().back())));
        }
        if (headline || afterSentence) {
            m_held.append({text, at});
            return Result::Continue;
        }
    }
    if (!release())
        return Result::Failed;
    if (numbered.style == layout::Style::None)
        return place(text, numbered, at);
    // 1、甲。2、乙。: several items on one line, split before each next number.
    QList<qsizetype> starts{0};
    for (auto [style, ordinal, from] = std::tuple(numbered.style, numbered.ordinal, text.size() - numbered.rest.size());;) {
        const qsizetype next = layout::nextItemInLine(text, from, style, ordinal);
        if (next < 0)
            break;
        starts.append(next);
        ++ordinal;
        from = next + 1;
    }
    if (starts.size() == 1)
        return place(text, numbered, at);
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const qsizetype end = i + 1 < starts.size() ? starts.at(i + 1) : text.size();
        const QString piece = QStringView(text).sliced(starts.at(i), end - starts.at(i)).trimmed().toString();
        if (i > 0)
            warn(at, tr("several numbered items on one line: %1 starts a new item (put each item on a line of its "
                        "own)")
                         .arg(layout::quoted(piece)));
        const Result r = place(piece, layout::recogniseNumber(piece), at);
        if (r != Result::Continue)
            return r;
    }
    return Result::Continue;
}

// Gives the lines held as possible page furniture as the content they turned out to be.
bool LayoutReader::release()
{
    if (m_held.isEmpty())
        return true;
    const QList<std::pair<QString, int>> held = std::exchange(m_held, {});
    for (const auto &[text, at] : held)
        if (place(text, layout::Numbered(), at) != Result::Continue)
            return false;
    return true;
}

LayoutReader::Result LayoutReader::place(const QString &text, const layout::Numbered &numbered, int at)
{
    using layout::Style;
    // A section with a second line is no longer one line: 福建省推进… below it is text.
    if (++m_sectionLines > 1)
        m_sectionInline = false;
    if (numbered.style == Style::None) {
        // Under a numbered item, a line without a number continues it (text wrapped by hand); in a
        // section of paragraphs, and in a table, every line is an item of its own.
        if (m_linesAreItems || m_mode == Mode::Paragraphs || !m_hasItem) {
            if (m_mode == Mode::Unknown)
                m_mode = Mode::Paragraphs;
            else if (m_mode == Mode::Paragraphs && !m_linesAreItems && text.size() <= 12
                     && layout::looksLikeHeading(text))
                warn(at, tr("%1 is read as an item of %2: a short line without punctuation; if it starts a section, "
                            "write a province's name on it, such as “北京市”")
                             .arg(layout::quoted(text), units.at(m_unit).nameZh));
            if (m_hasItem && !flushSection())
                return sinkFailed();
            m_item = {at, QString(), 0, text, {}};
            m_hasItem = m_started = true;
            m_lastSubOrdinal = 0;
            m_continuations.clear();
            remember(Kind::Item, text, at);
        } else {
            QString &pending = pendingText();
            // 长春 after a whole sentence: a header this program does not know, most likely.
            if (m_mode == Mode::Numbered && !m_linesAreItems && !pending.isEmpty()
                && layout::isTerminator(pending.back()) && layout::looksLikeHeading(text)
                && (text.size() <= 6 || layout::looksLikeUnitHeader(text))) {
                warn(at, tr("%1 looks like a header but names no provincial-level unit: it is read as text of the "
                            "item above, under %2, and so are the items below it; if it starts a section, write a "
                            "province's name on it, such as “北京市”")
                             .arg(layout::quoted(text), units.at(m_unit).nameZh));
                m_suspectHeadingAt = at;
            }
            m_continuations.append({pending.size(), at});
            appendLine(&pending, text);
            remember(Kind::Continuation, text, at);
        }
        return Result::Continue;
    }

    if (m_mode == Mode::Unknown)
        m_mode = Mode::Numbered;
    if (m_mode == Mode::Numbered && m_itemStyle == Style::None)
        m_itemStyle = numbered.style;
    // A different numbering style under an item marks its sub-items, and so does any number
    // under a paragraph.
    const bool isSubItem = m_hasItem && (m_mode == Mode::Paragraphs || numbered.style != m_itemStyle);
    if (isSubItem) {
        if (numbered.ordinal == 1 && m_lastSubOrdinal >= 1) {
            const Result r = restart(numbered, at);
            if (r != Result::Continue)
                return r;
        } else if (m_prevKind == Kind::Continuation && layout::looksLikeHeading(m_prevText)
                   && m_suspectHeadingAt != m_prevAt) {
            warn(m_prevAt, tr("%1 looks like a header but names no provincial-level unit: it is read as text of the "
                              "item above, and the numbered lines under it as that item's sub-items; if it starts a "
                              "section, write a province's name on it, such as “北京市”")
                               .arg(layout::quoted(m_prevText)));
        }
        if ((!m_itemGiven && !give(m_item, false)) || (m_hasSub && !give(m_sub, true)))
            return sinkFailed();
        m_itemGiven = true;
        m_sub = {at, numbered.label, numbered.ordinal, numbered.rest, {}};
        m_hasSub = true;
        m_lastSubOrdinal = numbered.ordinal;
    } else {
        if (numbered.ordinal == 1 && m_lastOrdinal >= 1) {
            const Result r = restart(numbered, at);
            if (r != Result::Continue)
                return r;
        }
        if (m_sectionGlued && m_lastOrdinal == 0 && !m_hasItem && m_previousUnit >= 0 && numbered.ordinal > 1
            && numbered.style == m_previousStyle && numbered.ordinal == m_previousLast + 1)
            warn(at, tr("%1 is read as the first item of %2, whose header was found inside the line above, but its "
                        "number continues the items of %3: if it belongs to %3, the header in the line above is text; "
                        "if not, check the numbering")
                         .arg(layout::quoted(text), units.at(m_unit).nameZh, units.at(m_previousUnit).nameZh));
        if (!flushSection())
            return sinkFailed();
        m_item = {at, numbered.label, numbered.ordinal, numbered.rest, {}};
        m_hasItem = m_started = true;
        m_lastOrdinal = numbered.ordinal;
        m_lastSubOrdinal = 0;
    }
    m_continuations.clear();
    remember(Kind::Item, text, at);
    return Result::Continue;
}

// The numbering starts again (1、 2、 1、) within one section: most likely because a header on the
// line above was not read as one. Refused when that line can only be a header, else a warning.
LayoutReader::Result LayoutReader::restart(const layout::Numbered &numbered, int at)
{
    const UnitState &unit = units.at(m_unit);
    // …紧缺人才天津市, …人才。【天津】: a header glued to the end of the text above.
    auto gluedName = [&](const QString &line, int lineAt) {
        qsizetype length = 0;
        if (!layout::provinceAtEnd(line, m_reference, &length)) {
            qsizetype end = line.size();
            while (end > 0 && !layout::isTerminator(line.at(end - 1)))
                --end;
            const QStringView tail = QStringView(line).sliced(end).trimmed();
            if (end == 0 || tail.size() > 12 || !layout::looksLikeHeading(tail))
                return false;
            length = tail.size();
        }
        error = {m_fileName, lineAt,
                 tr("not understood: this line ends with %1, most likely the header of a new section glued to the "
                    "text, since the item numbered %2 on line %3 starts the numbering again; put it on a line of its "
                    "own, as a province's name such as “北京市”")
                     .arg(layout::quoted(QStringView(line).last(length)), numbered.label)
                     .arg(at)};
        return true;
    };
    // The lines that continued the item above, nearest first: one of them may be a header.
    const QString &pending = pendingText();
    for (qsizetype c = m_continuations.size() - 1; c >= 0; --c) {
        const qsizetype from = m_continuations.at(c).first;
        const qsizetype to = c + 1 < m_continuations.size() ? m_continuations.at(c + 1).first : pending.size();
        const QString line = QStringView(pending).sliced(from, to - from).trimmed().toString();
        const int lineAt = m_continuations.at(c).second;
        if (gluedName(line, lineAt))
            return Result::Failed;
        if (layout::looksLikeHeading(line))
            return failAt(lineAt, tr("not understood as a header: %1 is read as text of the item above it, but the "
                                     "item numbered %2 on line %3 starts the numbering again, so this line most "
                                     "likely starts a new section; it names no provincial-level unit: write the "
                                     "unit's name on it, such as “北京市” or “【北京】”")
                                      .arg(layout::quoted(line), numbered.label)
                                      .arg(at));
    }
    if (m_prevKind == Kind::Item && gluedName(m_prevText, m_prevAt))
        return Result::Failed;
    qsizetype nameLength = 0;
    const Province *named = numbered.rest.isEmpty() ? nullptr : m_reference.provinceAt(numbered.rest, &nameLength);
    if (named && named->nameZh != unit.nameZh) {
        // 1、 2、 1、天津市推进…: most likely 天津市's section, its header left out.
        warn(at, tr("the numbering starts again at %1 under %2 (header at line %3), and this item starts with %4: "
                    "if it begins %4's section, put “%4” on a line of its own above it; the items are kept under %2")
                     .arg(numbered.label, unit.nameZh)
                     .arg(unit.line)
                     .arg(named->nameZh));
    } else if (m_prevKind == Kind::Continuation) {
        warn(at, tr("the numbering starts again at %1 under %2 (header at line %3); the line above, %4, may be a "
                    "header that was not recognised: if so, write a province's name on it, such as “北京市”; the "
                    "items are kept under %2")
                     .arg(numbered.label, unit.nameZh)
                     .arg(unit.line)
                     .arg(layout::quoted(m_prevText)));
    } else {
        // Right after an item: a header may be missing between the two.
        warn(at, tr("the numbering starts again at %1 under %2 (header at line %3), right after %4 (line %5): if "
                    "a new section starts here, add its header above this line; the items are kept under %2")
                     .arg(numbered.label, unit.nameZh)
                     .arg(unit.line)
                     .arg(layout::quoted(m_prevText))
                     .arg(m_prevAt));
    }
    return Result::Continue;
}

bool LayoutReader::checkAfterEnd(const QString &text, int at)
{
    const layout::Numbered numbered = layout::recogniseNumber(text);
    const layout::Header header = layout::matchHeader(text, numbered, m_reference);
    const bool nextItem = numbered.style != layout::Style::None && numbered.style == m_itemStyle
                          && numbered.ordinal == m_lastOrdinal + 1;
    // In a section of paragraphs, a sentence: another paragraph, unless it is the page's.
    bool paragraph = false;
    if (m_mode == Mode::Paragraphs && numbered.style == layout::Style::None && text.size() >= 4
        && (text.back() == u'。' || text.back() == u'；')) {
        paragraph = true;
        for (const char16_t *word : {u"版权", u"侵权", u"转载", u"联系", u"声明", u"来源", u"编辑", u"原文", u"二维码",
                                     u"关注", u"公众号", u"点击", u"阅读", u"作者", u"本文", u"本站", u"网站"})
            if (text.contains(QStringView(word)))
                paragraph = false;
    }
    // 津, 廣東, 天 津, ●天津市, 天津篇: headers in the forms the reader takes with a warning.
    bool otherHeader = false;
    if (!header.province && numbered.style == layout::Style::None && text.size() <= 24
        && !layout::hasSentencePunctuation(text))
        otherHeader = layout::looseHeader(text, numbered, m_reference).heading;
    if (!(header.province && !header.weak) && !nextItem && !paragraph && !otherHeader)
        return false;
    const bool source = layout::isSourceLine(m_doc.contentEndText);
    warn(at, (source ? tr("%1 looks like more of the text, but the content ended at line %2, %3: if the text goes "
                          "on, move line %2 to the end")
                     : tr("%1 looks like more of the text, but the content ended at line %2, %3: if the text goes "
                          "on, remove line %2"))
                 .arg(layout::quoted(text))
                 .arg(m_doc.contentEndLine)
                 .arg(layout::quoted(m_doc.contentEndText)));
    return true;
}

bool LayoutReader::give(ParsedItem &item, bool subItem)
{
    ++itemCount;
    ++units[m_unit].items;
    return m_sink->item(m_unit, subItem, item, &m_sinkError);
}

// Gives the sink what is still pending in the section: at a header, and at the end.
bool LayoutReader::flushSection()
{
    if (m_hasItem && !m_itemGiven && !give(m_item, false))
        return false;
    if (m_hasSub && !give(m_sub, true))
        return false;
    m_hasItem = m_itemGiven = m_hasSub = false;
    return true;
}

bool LayoutReader::openSection(const Province *province, const QString &nonStandardName, int at)
{
    const int previousUnit = m_unit;
    if (!release())
        return false;
    if (m_unit >= 0 && !flushSection()) {
        error = m_sinkError;
        return false;
    }
    // A header this program did not read, above the first section, turns that section into lead.
    if (units.isEmpty() && m_textAfterLeadHeading > 0)
        warn(m_leadHeading.second,
             tr("%1 looks like a header but names no provincial-level unit: the lines after it, up to line %2, are "
                "read as the lead, not as items; if it starts a section, write the unit's name on it, such as "
                "“北京市”")
                 .arg(layout::quoted(m_leadHeading.first))
                 .arg(m_textAfterLeadHeading));
    const QString name = province ? province->nameZh : nonStandardName;
    if (!province)
        warn(at, tr("\"%1\" is not a known provincial-level unit; imported as a non-standard unit").arg(name));
    const auto existing = m_unitIndex.constFind(name);
    if (existing != m_unitIndex.constEnd()) {
        warn(at, tr("%1 appears again (first at line %2); its items are merged").arg(name).arg(units.at(*existing).line));
        m_unit = *existing;
    } else {
        ParsedUnit fresh;
        fresh.nameZh = name;
        fresh.code = province ? province->code : QString();
        fresh.line = at;
        m_unit = int(units.size());
        m_unitIndex.insert(name, m_unit);
        units.append({name, at, 0});
        if (!m_sink->unit(m_unit, fresh, &m_sinkError)) {
            error = m_sinkError;
            return false;
        }
        m_doc.units.append(fresh);
    }
    // A section, even a repeated one, sets its own numbering style and mode.
    m_previousStyle = m_itemStyle;
    m_previousLast = m_lastOrdinal;
    m_previousUnit = previousUnit;
    m_sectionGlued = false;
    m_mode = Mode::Unknown;
    m_itemStyle = layout::Style::None;
    m_lastOrdinal = m_lastSubOrdinal = 0;
    m_hasItem = m_itemGiven = m_hasSub = false;
    m_sectionInline = false;
    m_sectionLines = 0;
    remember(Kind::Header, QString(), at);
    return true;
}

bool LayoutReader::finish()
{
    if (!m_pendingSource.first.isEmpty())
        endAtSource(m_pendingSource.first, m_pendingSource.second); // the last line: the end

    if (!m_held.isEmpty()) {
        const auto &[first, firstAt] = m_held.first();
        const int lastAt = m_held.last().second;
        if (firstAt == lastAt)
            warn(firstAt, tr("page furniture after the last item is left out: %1").arg(layout::quoted(first)));
        else
            warn(firstAt, tr("page furniture after the last item is left out: lines %1–%2, starting %3")
                              .arg(firstAt)
                              .arg(lastAt)
                              .arg(layout::quoted(first)));
        m_held.clear();
    }
    ParsedItem *last = m_hasSub ? &m_sub : m_hasItem && !m_itemGiven ? &m_item : nullptr;
    if (last) {
        QString marker;
        const qsizetype cut = layout::furnitureInText(last->text, &marker);
        if (cut >= 0) {
            int at = last->line;
            for (const auto &[offset, lineAt] : std::as_const(m_continuations))
                if (offset <= cut)
                    at = lineAt;
            warn(at, tr("the last item ends in page furniture, which is left out: %1")
                         .arg(layout::quoted(QStringView(last->text).sliced(cut))));
            last->text = QStringView(last->text).first(cut).trimmed().toString();
            if (last->text.isEmpty()) {
                if (last == &m_sub)
                    m_hasSub = false;
                else
                    m_hasItem = false;
            }
        }
    }
    if (m_unit >= 0 && !flushSection()) {
        error = m_sinkError;
        return false;
    }
    return true;
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
    // Before any reader opens it: a pipe would block the import, a device never end.
    if (!InputFile::check(path, error))
        return false;
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
    QByteArray bytes;
    if (!InputFile::readText(path, &bytes, error))
        return false;
    return parseBytes(bytes, path, out, sink, error);
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
    out->warnings = source.warnings + out->warnings; // what the reader left out comes first
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
    ParsedDocument doc;
    doc.fileName = fileName;
    doc.encoding = QStringLiteral("UTF-8");
    LayoutReader reader(m_reference, fileName, sink, source && source->linesAreItems, doc);
    Diagnostic sinkError;

    QCryptographicHash canonical(QCryptographicHash::Sha256); // of the normalised content: idempotent imports
    int lineNo = 0;
    qsizetype pos = 0;
    bool ended = false; // past the end of the content: only looking for more of it
    while (pos <= text.size()) {
        const QByteArrayView raw = nextLine(text, &pos);
        ++lineNo;
        // Where the line stands in the file the user has: a table's row, a web page's line.
        const int at = source && lineNo <= source->origins.size() ? source->origins.at(lineNo - 1) : lineNo;
        if (lineNo % 4096 == 0 && !sink->progress(std::min(pos, text.size()), text.size(), &sinkError))
            return fail(error, sinkError);
        const QString untrimmed = lineText(raw, stripFirstBom && lineNo == 1);
        QString line = untrimmed.trimmed();
        // Byte order marks and other invisible characters (zero-width space, joiners) are no
        // text: inside a name (天\u200b津市) they would hide it.
        const bool hasBom = std::any_of(line.cbegin(), line.cend(), ReferenceData::isInvisible);
        if (hasBom)
            line.removeIf(ReferenceData::isInvisible);
        if (line.isEmpty())
            continue;
        if (ended) {
            if (reader.checkAfterEnd(line, at))
                break;
            continue;
        }
        // The hash is of the line as read, trimmed and without byte order marks, as UTF-8: the
        // bytes themselves when neither changed anything. It covers every line up to and
        // including the one that ends the content.
        const LayoutReader::Result result = reader.line(line, at);
        if (result == LayoutReader::Result::Failed)
            return fail(error, reader.error);
        if (result == LayoutReader::Result::EndBefore) {
            ended = true; // the 来源 line above ended the content; this line is after it
            if (reader.checkAfterEnd(line, at))
                break;
            continue;
        }
        if (!hasBom && line.size() == untrimmed.size() && !raw.startsWith("\xEF\xBB\xBF"))
            canonical.addData(raw);
        else
            canonical.addData(line.toUtf8());
        canonical.addData(QByteArrayView("\n", 1));
        if (result == LayoutReader::Result::End)
            ended = true; // what follows (copyright, unrelated headlines) is not content
    }
    if (!reader.finish())
        return fail(error, reader.error);
    if (!sink->progress(text.size(), text.size(), &sinkError))
        return fail(error, sinkError);

    if (reader.units.isEmpty()) {
        if (doc.title.isEmpty() && doc.lead.isEmpty())
            return fail(error, {fileName, 0, tr("the file has no text")});
        if (!reader.namesInLead.first.isEmpty() && (reader.nameInLead.first.isEmpty()
                                                    || reader.namesInLead.second <= reader.nameInLead.second))
            return fail(error, {fileName, reader.namesInLead.second,
                                tr("no province header found: %1 names %2 provinces on one line; start each "
                                   "province's section on a line of its own, with the name alone (“北京市”) or the "
                                   "name and a colon (“北京市：…”); a table copied as one line is better saved as a "
                                   "CSV or XLSX file")
                                    .arg(layout::quoted(reader.namesInLead.first))
                                    .arg(reader.namesInLeadCount)});
        if (!reader.nameInLead.first.isEmpty())
            return fail(error, {fileName, reader.nameInLead.second,
                                tr("no province header found: %1 starts with the name of a province but is not read "
                                   "as a header; write the name alone on the line above the section's text "
                                   "(“北京市”), or follow it by a colon (“北京市：…”)")
                                    .arg(layout::quoted(reader.nameInLead.first))});
        return fail(error, {fileName, 0,
                            tr("no province header found: each section must start with a line naming a "
                               "provincial-level unit, such as \"北京市\"")});
    }
    for (const LayoutReader::UnitState &u : std::as_const(reader.units))
        if (u.items == 0)
            doc.warnings.append({fileName, u.line, tr("%1 has no items").arg(u.nameZh)});
    if (reader.itemCount == 0)
        return fail(error, {fileName, reader.units.first().line,
                            tr("no items: the file has province headers but no numbered items under them")});

    if (doc.title.isEmpty())
        doc.title = fileName.section(u'/', -1);
    doc.year = yearFromTitle(doc.title);
    doc.contentHash = canonical.result().toHex();
    if (out)
        *out = std::move(doc);
    return true;
}
