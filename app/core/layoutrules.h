// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The layout rules of a compilation of provincial work-report excerpts: what one line is (a
// numbered item, a section header in one of the forms it is published in, a byline, the start of
// a page footer, a headline of the page around the text). Each rule is a function of the line
// alone; CorpusParser decides what to do with the answers. Every line of a million-item file
// passes through these functions, so each starts with a test of one character or of the length
// and only then does anything that costs.

#include <QString>
#include <QStringView>

class ReferenceData;
struct Province;

namespace layout {

// How a line is numbered. Items of one section share a style; a different style under an item
// marks its sub-items, so "1、… (1)…", "一、… 1、…" and "（一）… (1)…" all nest.
enum class Style {
    None,
    Arabic, // 1、 1. 1．
    ArabicParen, // 1) 1）
    Chinese, // 一、
    ParenArabic, // (1) （1） ⑴
    ParenChinese, // (一) （一）
    Circled, // ①
};

struct Numbered
{
    Style style = Style::None;
    int ordinal = 0;
    QString label; // as published, without spaces: "1、", "（2）"
    QString rest; // the text after the label, without leading spaces (a suffix of the line)
};

Numbered recogniseNumber(QStringView line);
// The style alone, without copying the label or the text.
Style numberStyle(QStringView line);

// ：: and the look-alikes pasted text uses for a colon (∶ ︰ ﹕).
bool isColon(QChar c);
// The dashes and tildes a name is set off by in one-line-per-province lists (江苏省—…).
bool isDash(QChar c);
// 。；！？ and their ASCII forms: where a sentence ends.
bool isTerminator(QChar c);
// Any of 。，、；！？ or their ASCII forms: the text is (part of) a sentence, not a heading.
bool hasSentencePunctuation(QStringView text);
// Short, without sentence punctuation and without a colon at its end: the shape of a heading.
bool looksLikeHeading(QStringView text);

// A section header at the start of a line: a province's full or short name, alone or inside
// decorations (一、北京市, （一）北京市, 【北京】, [北京], **北京**, # 北京, 北京市（2条）, 北京市：),
// possibly followed on the same line by the section's first item (北京市：1、… or 北京：完善…).
// A name followed by anything else (北京市将…) is prose, not a header.
struct Header
{
    const Province *province = nullptr;
    QString nonStandardName; // a unit that is no province but looks like one (新疆生产建设兵团)
    qsizetype contentStart = -1; // where the text after the header starts; -1 when there is none
    // The name is set off from that text only by a space, a dash or a comma (上海 推进…, 江苏省—推进…,
    // 浙江省，推进…), as one-line-per-province compilations write it: never a header inside a line.
    bool weak = false;
    bool found() const { return province || !nonStandardName.isEmpty(); }
};
Header matchHeader(QStringView line, const Numbered &numbered, const ReferenceData &reference);

// In the text after a header on the same line, where another section's header starts
// (天津市 1、… 河北省 1、…): a name after a space or a sentence end, followed by a colon, a
// decoration's end or a number. -1 when there is none.
qsizetype nextHeaderInLine(QStringView content, const ReferenceData &reference);

// In a numbered line (1、甲。2、乙。), where the next item of the same style and the next number
// starts after a sentence end, from `from` on; -1 when there is none.
qsizetype nextItemInLine(QStringView line, qsizetype from, Style style, int ordinal);

// A province's name glued to the end of a sentence (…紧缺人才。天津市 or …人才。天津：): where the
// name starts, and the province; the line must end with the name and an optional colon.
struct Glued
{
    const Province *province = nullptr;
    qsizetype start = -1;
};
Glued gluedHeaderAtEnd(QStringView line, const ReferenceData &reference);
// Whether text ends with a province's name, whatever comes before it (…紧缺人才天津市).
const Province *provinceAtEnd(QStringView text, const ReferenceData &reference, qsizetype *length = nullptr);

// A short line without sentence punctuation that starts with a province's name in a form
// matchHeader does not read (◆北京市◆, 北京市政府工作报告, 2023年北京市, 北 京 市), or that is
// one in another form as a whole (京, 内蒙, 陝西: ReferenceData::findLenient). heading: what
// follows the name is empty or a heading word (篇, 部分, 政府工作报告…), so the line is taken as the
// province's header; otherwise it is not understood.
struct LooseHeader
{
    const Province *province = nullptr;
    bool heading = false;
};
LooseHeader looseHeader(QStringView line, const Numbered &numbered, const ReferenceData &reference);

// Short, without sentence punctuation, ending in a word such as 报告, 篇, 部分, 摘要: a heading's
// title (【北京市】2023年政府工作报告), not an item.
bool isHeadingTitle(QStringView text);

// A non-standard unit's header: short, no punctuation or digits, ending in 省, 市, 自治区,
// 特别行政区 or 兵团 (新疆生产建设兵团).
bool looksLikeUnitHeader(QStringView name);

// Document metadata at the top of a page: 来源:… 作者:… 发布时间:… 浏览量:… 阅读 1234 点赞 5, or a
// date. Fields a byline gives are kept; an empty field means the line did not give it.
struct Byline
{
    QString source;
    QString author;
    QString published;
};
bool readByline(QStringView line, Byline *out);
// A line starting 来源: (文章来源:, 稿源:): after the first item, it ends the content.
bool isSourceLine(QStringView line);

// The page footer a line starts (版权声明, 免责声明, 声明：, 责任编辑, 推荐阅读, 相关阅读, 相关推荐,
// 往期回顾, 最近更新, scan/press/follow prompts, END…): the marker as it reads, or empty.
QString footerMarker(QStringView line);
// Where page furniture glued to the end of an item's text starts (…贯通发展。版权声明:以上图文…),
// and its marker; -1 when there is none.
qsizetype furnitureInText(QStringView text, QString *marker);
// A line of a list of headlines (- 黄山屯溪区:秋风迎诗意 教研唤灵思): a bullet, then text that does
// not end a sentence with 。 or ；.
bool isBulletHeadline(QStringView line);

// “text”, cut after 40 characters with …, for messages.
QString quoted(QStringView text);

} // namespace layout
