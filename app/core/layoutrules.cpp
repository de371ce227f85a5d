// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutrules.h"

#include "referencedata.h"

#include <iterator>

namespace layout {

namespace {

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
    switch (c.unicode()) {
    case u'〇':
    case u'零':
        return 0;
    case u'一':
        return 1;
    case u'二':
    case u'两':
        return 2;
    case u'三':
        return 3;
    case u'四':
        return 4;
    case u'五':
        return 5;
    case u'六':
        return 6;
    case u'七':
        return 7;
    case u'八':
        return 8;
    case u'九':
        return 9;
    default:
        return -1;
    }
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

} // namespace

bool isColon(QChar c)
{
    // ∶ (ratio), ︰ and ﹕ (presentation forms) stand in for a colon in pasted text.
    return c == u':' || c == u'：' || c == u'∶' || c == u'︰' || c == u'﹕';
}

bool isDash(QChar c)
{
    return QStringView(u"—–-－―~～").contains(c);
}

namespace {

qsizetype skipSpaces(QStringView s, qsizetype p)
{
    while (p < s.size() && s[p].isSpace())
        ++p;
    return p;
}

bool isHeaderPunctuation(QChar c)
{
    static const QString punctuation = QStringLiteral("，。、；：,.;:!?！？“”\"'‘’()（）《》[]【】-—…·");
    return punctuation.contains(c) || c.isDigit() || c.isSpace() || digitValue(c) >= 0;
}

// The marks a header's name may stand between: 【北京】 [北京] 〔北京〕 （北京） **北京** …
struct Opening
{
    int length = 0; // 0: no decoration opens here
    QStringView close;
    QStringView otherClose; // a mismatched but common pair: 【北京] , (北京）
};

Opening openingAt(QStringView s, qsizetype p)
{
    if (p >= s.size())
        return {};
    const bool doubled = p + 1 < s.size() && s[p + 1] == s[p];
    switch (s[p].unicode()) {
    case u'【':
        return {1, u"】", u"]"};
    case u'[':
        return {1, u"]", u"】"};
    case u'〔':
        return {1, u"〕", {}};
    case u'〖':
        return {1, u"〗", {}};
    case u'「':
        return {1, u"」", {}};
    case u'『':
        return {1, u"』", {}};
    case u'《':
        return {1, u"》", {}};
    case u'〈':
        return {1, u"〉", {}};
    case u'<':
        return {1, u">", {}};
    case u'(':
    case u'（':
        return {1, u"）", u")"};
    case u'*':
        return doubled ? Opening{2, u"**", {}} : Opening{};
    case u'_':
        return doubled ? Opening{2, u"__", {}} : Opening{};
    default:
        return {};
    }
}

bool mayOpenDecoration(QChar c)
{
    switch (c.unicode()) {
    case u'【':
    case u'[':
    case u'〔':
    case u'〖':
    case u'「':
    case u'『':
    case u'《':
    case u'〈':
    case u'<':
    case u'(':
    case u'（':
    case u'*':
    case u'_':
    case u'#':
    case u'＃':
    case u'>':
        return true;
    default:
        return false;
    }
}

// Characters that only decorate a line: brackets, stars, bullets, rules.
bool isDecoration(QChar c)
{
    static const QString marks = QStringLiteral("【】[]〔〕〖〗「」『』《》〈〉<>()（）*#_◆◇■□●○▲△▶►★☆·•-—–=~|/");
    return c.isSpace() || marks.contains(c);
}

bool isBullet(QChar c)
{
    static const QString bullets = QStringLiteral("-–—·•●○▪*>");
    return bullets.contains(c);
}

// Past a count after a header: （2条） (共3项) （5点）, or a bare （3） that ends the line; p itself
// when there is none.
qsizetype skipCount(QStringView s, qsizetype p)
{
    if (p >= s.size() || (s[p] != u'(' && s[p] != u'（'))
        return p;
    qsizetype q = skipSpaces(s, p + 1);
    if (q < s.size() && s[q] == u'共')
        ++q;
    if (readArabic(s, &q) < 0 && readChinese(s, &q) < 0)
        return p;
    q = skipSpaces(s, q);
    const bool unit = q < s.size() && QStringView(u"条项点个处").contains(s[q]);
    if (unit)
        q = skipSpaces(s, q + 1);
    if (q >= s.size() || (s[q] != u')' && s[q] != u'）'))
        return p;
    ++q;
    if (!unit) {
        // 上海市（3）: a count only when nothing but a colon follows; 上海市(1)完善… is the first item.
        qsizetype r = q;
        while (r < s.size() && (s[r].isSpace() || isColon(s[r])))
            ++r;
        if (r < s.size())
            return p;
    }
    return q;
}

qsizetype skipColons(QStringView s, qsizetype p)
{
    while (p < s.size() && (isColon(s[p]) || s[p].isSpace()))
        ++p;
    return p;
}

// Where the decoration opened by `open` closes at p: past it, or -1.
qsizetype skipClose(QStringView s, qsizetype p, const Opening &open)
{
    const QStringView rest = s.sliced(p);
    if (rest.startsWith(open.close))
        return p + open.close.size();
    if (!open.otherClose.isEmpty() && rest.startsWith(open.otherClose))
        return p + open.otherClose.size();
    return -1;
}

// A non-standard unit's header, whole line: 新疆生产建设兵团, 新疆生产建设兵团：, 【新疆生产建设兵团】.
QString nonStandardHeader(QStringView line, qsizetype p, const Opening &open)
{
    if (!open.length) {
        QStringView name = line;
        if (!looksLikeUnitHeader(name))
            return {};
        while (name.endsWith(u':') || name.endsWith(u'：'))
            name.chop(1);
        return name.toString();
    }
    qsizetype end = p;
    while (end < line.size() && skipClose(line, end, open) < 0)
        ++end;
    if (end >= line.size())
        return {};
    QStringView name = line.sliced(p, end - p).trimmed();
    while (name.endsWith(u':') || name.endsWith(u'：'))
        name.chop(1);
    const qsizetype after = skipColons(line, skipCount(line, skipSpaces(line, skipClose(line, end, open))));
    if (after < line.size() || !looksLikeUnitHeader(name))
        return {};
    return name.trimmed().toString();
}

bool endsWithHeadingWord(QStringView tail)
{
    static const char16_t *const words[] = {u"篇", u"部分", u"地区", u"板块", u"专栏", u"报告", u"摘要", u"摘编",
                                            u"摘录", u"要点", u"概况", u"情况", u"政府", u"续"};
    for (const char16_t *word : words)
        if (tail.endsWith(QStringView(word)))
            return true;
    return false;
}

// Past a date and time at p (2023-03-10 09:30, 2023/3/10, 2023年3月10日): the end, or p.
qsizetype skipDate(QStringView s, qsizetype p)
{
    qsizetype q = p;
    int digits = 0;
    while (q < s.size() && digitValue(s[q]) >= 0 && digits < 4) {
        ++q;
        ++digits;
    }
    if (digits != 4 || q >= s.size() || !QStringView(u"-/.年").contains(s[q]))
        return p;
    ++q;
    auto number = [&](int most) {
        int n = 0;
        while (q < s.size() && digitValue(s[q]) >= 0 && n < most) {
            ++q;
            ++n;
        }
        return n > 0;
    };
    if (!number(2) || q >= s.size() || !QStringView(u"-/.月").contains(s[q]))
        return p;
    ++q;
    if (!number(2))
        return p;
    if (q < s.size() && s[q] == u'日')
        ++q;
    const qsizetype date = q;
    q = skipSpaces(s, q);
    if (number(2) && q < s.size() && isColon(s[q])) {
        ++q;
        if (number(2)) {
            const qsizetype minutes = q;
            if (q < s.size() && isColon(s[q])) {
                ++q;
                if (!number(2))
                    q = minutes;
            }
            return q;
        }
    }
    return date;
}

enum class Field { Source, Author, Date, Other, Count };

struct Key
{
    const char16_t *text;
    Field field;
    bool colon; // must be followed by a colon (a count may be followed by its number)
};

// Longer keys before their prefixes.
const Key Keys[] = {
    {u"文章来源", Field::Source, true}, {u"稿件来源", Field::Source, true}, {u"信息来源", Field::Source, true},
    {u"来源", Field::Source, true},     {u"稿源", Field::Source, true},     {u"作者", Field::Author, true},
    {u"发布时间", Field::Date, true},   {u"发布日期", Field::Date, true},   {u"更新时间", Field::Date, true},
    {u"发布于", Field::Date, false},    {u"时间", Field::Date, true},       {u"日期", Field::Date, true},
    {u"责任编辑", Field::Other, true},  {u"编辑", Field::Other, true},      {u"审核", Field::Other, true},
    {u"字号", Field::Other, true},      {u"浏览量", Field::Count, false},   {u"浏览次数", Field::Count, false},
    {u"浏览", Field::Count, false},     {u"阅读量", Field::Count, false},   {u"阅读数", Field::Count, false},
    {u"阅读", Field::Count, false},     {u"点赞数", Field::Count, false},   {u"点赞", Field::Count, false},
    {u"点击量", Field::Count, false},   {u"点击数", Field::Count, false},   {u"点击", Field::Count, false},
    {u"推荐", Field::Count, false},     {u"收藏", Field::Count, false},     {u"分享", Field::Count, false},
    {u"评论", Field::Count, false},
};

bool isFieldSeparator(QChar c)
{
    return c.isSpace() || QStringView(u",，;；|丨/·").contains(c);
}

// The byline key at p: its index in Keys and where its value starts; -1 when none.
int keyAt(QStringView s, qsizetype p, qsizetype *valueStart)
{
    const QStringView rest = s.sliced(p);
    for (int k = 0; k < int(std::size(Keys)); ++k) {
        const QStringView key(Keys[k].text);
        if (!rest.startsWith(key))
            continue;
        const qsizetype after = p + key.size();
        if (after < s.size() && isColon(s[after])) {
            *valueStart = after + 1;
            return k;
        }
        if (Keys[k].colon)
            continue;
        // 阅读 1234, 点赞5, 浏览量: a count word standing on its own.
        if ((p == 0 || isFieldSeparator(s[p - 1]))
            && (after == s.size() || s[after].isSpace() || digitValue(s[after]) >= 0)) {
            *valueStart = after;
            return k;
        }
    }
    return -1;
}

QString cleanValue(QStringView value)
{
    value = value.trimmed();
    for (;;) {
        const qsizetype before = value.size();
        while (!value.isEmpty() && isFieldSeparator(value.front()))
            value = value.sliced(1);
        while (!value.isEmpty() && (isFieldSeparator(value.back()) || value.back() == u'。' || value.back() == u'.'))
            value.chop(1);
        if (value.size() == before)
            break;
    }
    return value.toString();
}

} // namespace

namespace {

// Where a line's number ends and its text starts, without copying either.
struct Shape
{
    Style style = Style::None;
    int ordinal = 0;
    qsizetype labelEnd = 0;
    qsizetype restStart = 0;
};

Shape shapeOf(QStringView line)
{
    const QChar first = line.isEmpty() ? QChar() : line.front();
    const char16_t u = first.unicode();
    qsizetype p = 0;

    if (u >= 0x2460 && u <= 0x2473) // ①…⑳
        return {Style::Circled, u - 0x2460 + 1, 1, 1};
    if (u >= 0x2474 && u <= 0x2487) // ⑴…⒇
        return {Style::ParenArabic, u - 0x2474 + 1, 1, 1};

    if (first == u'(' || first == u'（') {
        p = skipSpaces(line, 1);
        Style style = Style::ParenArabic;
        int value = readArabic(line, &p);
        if (value < 0) {
            style = Style::ParenChinese;
            value = readChinese(line, &p);
        }
        if (value < 0)
            return {};
        p = skipSpaces(line, p);
        if (p < line.size() && (line[p] == u')' || line[p] == u'）'))
            return {style, value, p + 1, p + 1};
        return {};
    }

    Style style = Style::Arabic;
    int value = readArabic(line, &p);
    if (value < 0) {
        style = Style::Chinese;
        value = readChinese(line, &p);
    }
    if (value < 0)
        return {};
    p = skipSpaces(line, p);
    if (p >= line.size())
        return {};
    const QChar delimiter = line[p];
    const bool dot = delimiter == u'.' || delimiter == u'．';
    const bool paren = delimiter == u')' || delimiter == u'）';
    if (delimiter == u'、' || paren || dot) {
        // "1.5万人" is a number, not an item.
        if (dot && p + 1 < line.size() && digitValue(line[p + 1]) >= 0)
            return {};
        // A Chinese numeral is an item number only before 、 (三、), never "三)" in prose.
        if (style == Style::Chinese && delimiter != u'、' && !dot)
            return {};
        if (style == Style::Arabic && paren)
            style = Style::ArabicParen;
        return {style, value, p + 1, p + 1};
    }
    return {};
}

} // namespace

Numbered recogniseNumber(QStringView line)
{
    Numbered n;
    const Shape shape = shapeOf(line);
    if (shape.style == Style::None)
        return n;
    n.style = shape.style;
    n.ordinal = shape.ordinal;
    n.label.reserve(shape.labelEnd);
    for (QChar c : line.first(shape.labelEnd))
        if (!c.isSpace())
            n.label += c;
    n.rest = line.sliced(skipSpaces(line, shape.restStart)).toString();
    return n;
}

Style numberStyle(QStringView line)
{
    return shapeOf(line).style;
}

bool isTerminator(QChar c)
{
    switch (c.unicode()) {
    case u'。':
    case u'；':
    case u'！':
    case u'？':
    case u';':
    case u'!':
    case u'?':
    case u'.':
        return true;
    default:
        return false;
    }
}

bool hasSentencePunctuation(QStringView text)
{
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'。':
        case u'，':
        case u'、':
        case u'；':
        case u'！':
        case u'？':
        case u',':
        case u';':
        case u'!':
        case u'?':
            return true;
        default:
            break;
        }
    }
    return false;
}

bool looksLikeHeading(QStringView text)
{
    return !text.isEmpty() && text.size() <= 16 && !isColon(text.back()) && !hasSentencePunctuation(text);
}

Header matchHeader(QStringView line, const Numbered &numbered, const ReferenceData &reference)
{
    Header h;
    qsizetype p = numbered.style == Style::None ? 0 : line.size() - numbered.rest.size();
    if (p >= line.size())
        return h;
    // Most lines are items: one character tells them apart.
    if (!reference.canStartName(line[p]) && !mayOpenDecoration(line[p])) {
        if (numbered.style == Style::None)
            h.nonStandardName = nonStandardHeader(line, 0, {});
        return h;
    }
    while (p < line.size() && (line[p] == u'#' || line[p] == u'＃' || line[p] == u'>')) // a Markdown heading or quote
        p = skipSpaces(line, p + 1);
    const Opening open = openingAt(line, p);
    if (open.length)
        p = skipSpaces(line, p + open.length);
    const qsizetype nameStart = p;
    // Not a province's header: a non-standard unit's (新疆生产建设兵团, 【新疆生产建设兵团】), or none.
    auto other = [&] {
        if (numbered.style == Style::None && line.size() <= 24)
            h.nonStandardName = nonStandardHeader(line, nameStart, open);
        return h;
    };
    qsizetype nameLength = 0;
    const Province *province = p < line.size() ? reference.provinceAt(line.sliced(p), &nameLength) : nullptr;
    if (!province)
        return other();
    const qsizetype nameEnd = p + nameLength;
    p = skipSpaces(line, nameEnd);
    const bool spaced = p > nameEnd;
    bool separated = false; // by a colon, a decoration's end or a count: what follows is content
    if (open.length) {
        p = skipColons(line, p);
        p = p < line.size() ? skipClose(line, p, open) : -1;
        if (p < 0)
            return other();
        separated = true;
        p = skipSpaces(line, p);
    }
    const qsizetype afterCount = skipCount(line, p);
    if (afterCount > p) {
        separated = true;
        p = skipSpaces(line, afterCount);
    }
    if (p < line.size() && isColon(line[p])) {
        separated = true;
        p = skipColons(line, p);
        p = skipSpaces(line, skipCount(line, p)); // 天津市：（共3条）
    }
    if (p < line.size() && !separated && numberStyle(line.sliced(p)) == Style::None) {
        // 上海 推进…, 江苏省—推进…, 浙江省，推进…: a one-line-per-province compilation's header,
        // unless another name follows (北京市，天津市和河北省…, 北京 天津 河北: a list in prose).
        if (isDash(line[p])) {
            while (p < line.size() && (isDash(line[p]) || line[p].isSpace()))
                ++p;
        } else if (line[p] == u'，' || line[p] == u',') {
            p = skipSpaces(line, p + 1);
        } else if (!spaced) {
            return other(); // 北京市将…: prose that starts with a name
        }
        qsizetype ignored = 0;
        if (p >= line.size() || reference.provinceAt(line.sliced(p), &ignored))
            return other();
        // 河北 省, 内蒙古 自治区: the name with a space inside, not a name and its text.
        if (reference.findLenient(line.sliced(nameStart)) == province) {
            h.province = province;
            return h;
        }
        h.weak = true;
    }
    h.province = province;
    if (p < line.size())
        h.contentStart = p;
    return h;
}

qsizetype nextHeaderInLine(QStringView content, const ReferenceData &reference)
{
    for (qsizetype i = 1; i < content.size(); ++i) {
        const QChar c = content[i];
        if (!reference.canStartName(c) && !mayOpenDecoration(c))
            continue;
        const QChar before = content[i - 1];
        if (!before.isSpace() && !isTerminator(before))
            continue;
        const QStringView rest = content.sliced(i);
        const Header h = matchHeader(rest, Numbered(), reference);
        if (h.province && h.contentStart >= 0 && !h.weak)
            return i;
    }
    return -1;
}

qsizetype nextItemInLine(QStringView line, qsizetype from, Style style, int ordinal)
{
    for (qsizetype i = std::max<qsizetype>(from, 1); i < line.size(); ++i) {
        // Only where a number may start, after a sentence end and any spaces.
        if (digitValue(line[i]) < 0 && chineseDigit(line[i]) < 0 && line[i] != u'(' && line[i] != u'（'
            && !(line[i].unicode() >= 0x2460 && line[i].unicode() <= 0x2487))
            continue;
        qsizetype before = i;
        while (before > 0 && line[before - 1].isSpace())
            --before;
        if (before == 0 || !isTerminator(line[before - 1]) || line[before - 1] == u'.')
            continue;
        const Shape shape = shapeOf(line.sliced(i));
        if (shape.style == style && shape.ordinal == ordinal + 1 && shape.restStart < line.size() - i)
            return i;
    }
    return -1;
}

const Province *provinceAtEnd(QStringView text, const ReferenceData &reference, qsizetype *length)
{
    if (text.isEmpty() || !reference.canEndName(text.back()))
        return nullptr;
    for (qsizetype len = std::min<qsizetype>(8, text.size()); len >= 2; --len) {
        const qsizetype start = text.size() - len;
        if (!reference.canStartName(text[start]))
            continue;
        qsizetype found = 0;
        const Province *province = reference.provinceAt(text.sliced(start), &found);
        if (province && found == len) {
            if (length)
                *length = len;
            return province;
        }
    }
    return nullptr;
}

Glued gluedHeaderAtEnd(QStringView line, const ReferenceData &reference)
{
    qsizetype end = line.size();
    while (end > 0 && (isColon(line[end - 1]) || line[end - 1].isSpace()))
        --end;
    if (end < 3)
        return {};
    // …人才。【天津】, …人才。（天津市）: a decorated name.
    if (QStringView(u"】]〕〗」』》〉）)").contains(line[end - 1])) {
        const QChar close = line[end - 1];
        const QChar open = QStringView(u"【[〔〖「『《〈（(").at(QStringView(u"】]〕〗」』》〉）)").indexOf(close));
        const qsizetype at = line.first(end - 1).lastIndexOf(open);
        const qsizetype alt = close == u'）' ? line.first(end - 1).lastIndexOf(u'(')
                              : close == u')' ? line.first(end - 1).lastIndexOf(u'（') : -1;
        const qsizetype start = std::max(at, alt);
        if (start < 1)
            return {};
        qsizetype length = 0;
        const Province *province = reference.provinceAt(line.sliced(start + 1), &length);
        if (!province || start + 1 + length != end - 1)
            return {};
        qsizetype before = start;
        while (before > 0 && line[before - 1].isSpace())
            --before;
        if (before == 0 || !isTerminator(line[before - 1]))
            return {};
        return {province, start};
    }
    if (!reference.canEndName(line[end - 1]))
        return {};
    qsizetype length = 0;
    const Province *province = provinceAtEnd(line.first(end), reference, &length);
    if (!province)
        return {};
    // 1. 北京市: a numbered header, not a name glued to a sentence.
    const Shape shape = shapeOf(line);
    if (shape.style != Style::None && skipSpaces(line, shape.restStart) >= end - length)
        return {};
    qsizetype before = end - length;
    while (before > 0 && line[before - 1].isSpace())
        --before;
    if (before == 0 || !isTerminator(line[before - 1]))
        return {};
    return {province, end - length};
}

LooseHeader looseHeader(QStringView line, const Numbered &numbered, const ReferenceData &reference)
{
    if (line.size() > 24)
        return {};
    const QStringView text = numbered.style == Style::None ? line : QStringView(numbered.rest);
    if (text.isEmpty() || hasSentencePunctuation(text))
        return {};
    // Compared without spaces, decorations, or a year in front: 北 京 市, ◆北京◆, 2023年北京市.
    QString compact;
    compact.reserve(text.size());
    bool leading = true;
    for (QChar c : text) {
        if (isDecoration(c) || ReferenceData::isInvisible(c))
            continue;
        if (leading && (digitValue(c) >= 0 || c == u'年'))
            continue;
        leading = false;
        compact += reference.standardChar(c); // 陝西 → 陕西
    }
    qsizetype length = 0;
    const Province *province = reference.provinceAt(compact, &length);
    if (!province) {
        // 京, 沪, 内蒙, 陝西: the whole line a name in another form.
        if (const Province *other = text.size() <= 8 ? reference.findLenient(text) : nullptr)
            return {other, true};
        return {};
    }
    QString tail;
    for (QChar c : QStringView(compact).sliced(length))
        if (digitValue(c) < 0 && c != u'年' && !isColon(c))
            tail += c;
    // - 北京发布新规: a headline in a list, not a header.
    if (isBullet(text.front()) && !tail.isEmpty())
        return {};
    return {province, tail.isEmpty() || (tail.size() <= 10 && endsWithHeadingWord(tail))};
}

bool isHeadingTitle(QStringView text)
{
    return looksLikeHeading(text) && endsWithHeadingWord(text);
}

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

bool readByline(QStringView line, Byline *out)
{
    if (line.isEmpty())
        return false;
    if (digitValue(line.front()) < 0 && !QStringView(u"文稿信来作发更时日责编审字浏阅点推收分评").contains(line.front()))
        return false;
    const qsizetype dateEnd = skipDate(line, 0);
    qsizetype p = skipSpaces(line, dateEnd);
    // 4 阅读 0 点赞 0 推荐: a count written before its word.
    if (dateEnd == 0) {
        qsizetype q = p;
        while (q < line.size() && digitValue(line[q]) >= 0)
            ++q;
        qsizetype value = 0;
        if (q > p && q < line.size() && line[q].isSpace()) {
            const qsizetype after = skipSpaces(line, q);
            const int k = after < line.size() ? keyAt(line, after, &value) : -1;
            if (k >= 0 && Keys[k].field == Field::Count)
                p = after;
        }
    }
    qsizetype valueStart = 0;
    if (p < line.size() && keyAt(line, p, &valueStart) < 0)
        return false;
    if (p == line.size() && dateEnd == 0)
        return false;

    Byline fields;
    if (dateEnd > 0)
        fields.published = line.first(dateEnd).trimmed().toString();
    // Each key's value runs to the next key.
    struct Found
    {
        int key;
        qsizetype at, value;
    };
    QList<Found> found;
    for (qsizetype i = p; i < line.size();) {
        qsizetype value = 0;
        const int k = keyAt(line, i, &value);
        if (k >= 0) {
            found.append({k, i, value});
            i = value;
        } else {
            ++i;
        }
    }
    for (qsizetype f = 0; f < found.size(); ++f) {
        const qsizetype end = f + 1 < found.size() ? found.at(f + 1).at : line.size();
        const QString value = cleanValue(line.sliced(found.at(f).value, end - found.at(f).value));
        if (value.isEmpty())
            continue;
        QString *field = nullptr;
        switch (Keys[found.at(f).key].field) {
        case Field::Source:
            field = &fields.source;
            break;
        case Field::Author:
            field = &fields.author;
            break;
        case Field::Date:
            field = &fields.published;
            break;
        case Field::Other:
        case Field::Count:
            break;
        }
        if (field && field->isEmpty())
            *field = value;
    }
    if (out)
        *out = std::move(fields);
    return true;
}

bool isSourceLine(QStringView line)
{
    if (line.isEmpty())
        return false;
    switch (line.front().unicode()) {
    case u'来':
    case u'文':
    case u'稿':
    case u'信':
        break;
    default:
        return false;
    }
    qsizetype value = 0;
    const int k = keyAt(line, 0, &value);
    return k >= 0 && Keys[k].field == Field::Source && value > 0 && isColon(line[value - 1]);
}

QString footerMarker(QStringView line)
{
    if (line.isEmpty())
        return {};
    // END, - END -, —END—, （完）: short lines of their own.
    if (line.size() <= 12 && (isDecoration(line.front()) || line.front() == u'E' || line.front() == u'e'
                              || line.front() == u'（' || line.front() == u'完')) {
        QStringView core = line;
        while (!core.isEmpty() && (isDecoration(core.front()) || core.front() == u'（'))
            core = core.sliced(1);
        while (!core.isEmpty() && (isDecoration(core.back()) || core.back() == u'）'))
            core.chop(1);
        if (core.compare(QLatin1String("END"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("END");
        if (core == QStringView(u"完"))
            return line.toString();
    }
    const char16_t first = line.front().unicode();
    switch (first) {
    case u'版':
    case u'免':
    case u'声':
    case u'责':
    case u'推':
    case u'相':
    case u'往':
    case u'最':
    case u'热':
    case u'扫':
    case u'长':
    case u'关':
    case u'原':
    case u'阅':
    case u'分':
    case u'编':
    case u'作':
    case u'©':
    case u'C':
    case u'c':
        break;
    default:
        return {};
    }
    static const char16_t *const starts[] = {
        u"版权声明", u"版权所有", u"免责声明", u"声明：", u"声明:",   u"责任编辑", u"推荐阅读", u"相关阅读",
        u"相关推荐", u"相关文章", u"相关新闻", u"相关链接", u"往期回顾", u"往期推荐", u"最近更新", u"热门推荐",
        u"热门文章", u"扫码",     u"扫一扫",   u"扫描二维码", u"原文链接", u"阅读原文", u"分享到",   u"编辑：",
        u"编辑:",    u"作者：",   u"作者:",    u"©",      u"Copyright", u"COPYRIGHT", u"copyright",
    };
    // 扫码即可办理…。: a sentence about scanning, not a prompt to scan.
    const bool sentence = line.endsWith(u'。') || line.endsWith(u'；') || line.endsWith(u';') || line.endsWith(u'，')
                          || line.endsWith(u',');
    for (const char16_t *start : starts)
        if (start[0] == first && line.startsWith(QStringView(start)))
            return first == u'扫' && sentence ? QString() : QString::fromUtf16(start);
    auto containsAny = [&](std::initializer_list<const char16_t *> words) {
        for (const char16_t *word : words)
            if (line.contains(QStringView(word)))
                return true;
        return false;
    };
    if (first == u'长' && line.startsWith(u"长按") && containsAny({u"二维码", u"关注"}))
        return QStringLiteral("长按");
    if (first == u'关' && line.startsWith(u"关注") && containsAny({u"公众号", u"二维码", u"微信", u"关注我们"}))
        return QStringLiteral("关注");
    return {};
}

qsizetype furnitureInText(QStringView text, QString *marker)
{
    static const char16_t *const markers[] = {
        u"版权声明", u"版权所有", u"免责声明", u"责任编辑", u"推荐阅读", u"相关阅读", u"相关推荐",
        u"往期回顾", u"最近更新", u"扫码关注", u"扫一扫",   u"长按识别", u"长按二维码", u"关注公众号",
        u"Copyright", u"©",
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        switch (text[i].unicode()) {
        case u'版':
        case u'免':
        case u'责':
        case u'推':
        case u'相':
        case u'往':
        case u'最':
        case u'扫':
        case u'长':
        case u'关':
        case u'C':
        case u'©':
            break;
        default:
            continue;
        }
        if (i > 0) {
            const QChar before = text[i - 1];
            if (!isTerminator(before) && !before.isSpace() && !QStringView(u"）)”】").contains(before))
                continue;
        }
        const QStringView rest = text.sliced(i);
        for (const char16_t *m : markers) {
            if (rest.startsWith(QStringView(m))) {
                if (marker)
                    *marker = QString::fromUtf16(m);
                return i;
            }
        }
    }
    return -1;
}

bool isBulletHeadline(QStringView line)
{
    if (line.size() < 2 || !isBullet(line.front()))
        return false;
    qsizetype p = 0;
    while (p < line.size() && (isBullet(line[p]) || line[p].isSpace()))
        ++p;
    if (p >= line.size())
        return false;
    const QChar last = line.back();
    return last != u'。' && last != u'；' && last != u';' && !isColon(last);
}

QString quoted(QStringView text)
{
    if (text.size() > 40)
        return u'“' + text.first(40).toString() + u'…' + u'”';
    return u'“' + text.toString() + u'”';
}

} // namespace layout
