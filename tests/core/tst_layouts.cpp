// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for the layouts a compilation is published in (fixtures in tests/data/layouts/, made from
// the seed corpus's words) and for the warnings and errors that keep the parser from filing an
// item under the wrong province. The differential test rewrites the seed into every layout and
// expects the seed's (province, item) pairs back, or a failure that names the line at fault.
#include "corpusparser.h"
#include "layoutrules.h"
#include "referencedata.h"
#include "sourcetext.h"
#include "testutil.h"

#include <QRegularExpression>
#include <QTest>

#include <functional>

namespace {

const QString LayoutsDir = QStringLiteral(TEST_DATA_DIR "/layouts/");

bool parseFixture(const QString &name, ParsedDocument *doc, Diagnostic *error)
{
    return CorpusParser(ReferenceData::builtIn()).parseFile(LayoutsDir + name, doc, error);
}

bool parseString(const QString &text, ParsedDocument *doc, Diagnostic *error)
{
    return CorpusParser(ReferenceData::builtIn()).parseText(text, QStringLiteral("t.txt"), doc, error);
}

// The document as a reader checks it: "[unit] line", "  line label|text", "    line label|text".
QStringList outline(const ParsedDocument &doc)
{
    QStringList lines;
    for (const ParsedUnit &unit : doc.units) {
        lines.append(QStringLiteral("[%1] %2").arg(unit.nameZh).arg(unit.line));
        for (const ParsedItem &item : unit.items) {
            lines.append(QStringLiteral("  %1 %2|%3").arg(item.line).arg(item.label, item.text));
            for (const ParsedItem &sub : item.subItems)
                lines.append(QStringLiteral("    %1 %2|%3").arg(sub.line).arg(sub.label, sub.text));
        }
    }
    return lines;
}

QList<int> warningLines(const ParsedDocument &doc)
{
    QList<int> lines;
    for (const Diagnostic &w : doc.warnings)
        lines.append(w.line);
    return lines;
}

// (province, item text) for every item and sub-item, sorted: what must not change with the layout.
QStringList pairs(const ParsedDocument &doc)
{
    QStringList out;
    for (const ParsedUnit &unit : doc.units)
        for (const ParsedItem &item : unit.items) {
            out.append(unit.nameZh + u'|' + item.text);
            for (const ParsedItem &sub : item.subItems)
                out.append(unit.nameZh + u'|' + sub.text);
        }
    out.sort();
    return out;
}

QString allText(const ParsedDocument &doc)
{
    QStringList texts{doc.title, doc.lead};
    for (const ParsedUnit &unit : doc.units)
        for (const ParsedItem &item : unit.items) {
            texts.append(item.text);
            for (const ParsedItem &sub : item.subItems)
                texts.append(sub.text);
        }
    return texts.join(u'\n');
}

// Replaces line `number` (1-based) of a fixture's text: what a user does after an error.
QString withLine(const QString &text, int number, const QString &replacement)
{
    QStringList lines = text.split(u'\n');
    lines[number - 1] = replacement;
    return lines.join(u'\n');
}

// Collects what a streaming parse gives, as the import does.
class Collector : public CorpusSink
{
public:
    bool unit(int, const ParsedUnit &unit, Diagnostic *) override
    {
        units.append(unit);
        return true;
    }
    bool item(int unitIndex, bool subItem, ParsedItem &item, Diagnostic *) override
    {
        if (subItem)
            units[unitIndex].items.last().subItems.append(item);
        else
            units[unitIndex].items.append(item);
        return true;
    }
    QList<ParsedUnit> units;
};

QString fixtureText(const QString &name)
{
    return QString::fromUtf8(fileBytes(LayoutsDir + name));
}

// ---- The seed corpus as a model, and the layouts it is rewritten into -------------------------

struct SeedItem
{
    QString text;
    QList<std::pair<QString, QString>> subs; // label, text
};

struct SeedSection
{
    const Province *province = nullptr;
    QList<SeedItem> items;
};

struct Seed
{
    QString title;
    QString lead;
    QList<SeedSection> sections;
    QStringList tail; // the 来源 line and everything after it
};

// Read by its own simple rules, not by the parser under test.
Seed readSeed()
{
    Seed seed;
    const QStringList lines = QString::fromUtf8(fileBytes(QStringLiteral(SEED_CORPUS))).split(u'\n');
    static const QRegularExpression item(QStringLiteral("^\\d+、(.*)$"));
    static const QRegularExpression sub(QStringLiteral("^(\\(\\d+\\))(.*)$"));
    int i = 0;
    seed.title = lines.at(i++);
    seed.lead = lines.at(i++);
    for (; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.startsWith(QStringLiteral("来源:"))) {
            seed.tail = lines.mid(i);
            while (!seed.tail.isEmpty() && seed.tail.last().isEmpty())
                seed.tail.removeLast();
            break;
        }
        const QRegularExpressionMatch m = item.match(line), s = sub.match(line);
        if (const Province *p = ReferenceData::builtIn().findProvince(line))
            seed.sections.append(SeedSection{p, {}});
        else if (m.hasMatch())
            seed.sections.last().items.append(SeedItem{m.captured(1), {}});
        else if (s.hasMatch())
            seed.sections.last().items.last().subs.append(std::make_pair(s.captured(1), s.captured(2)));
    }
    return seed;
}

QStringList seedPairs(const Seed &seed)
{
    QStringList out;
    for (const SeedSection &section : seed.sections)
        for (const SeedItem &item : section.items) {
            out.append(section.province->nameZh + u'|' + item.text);
            for (const auto &sub : item.subs)
                out.append(section.province->nameZh + u'|' + sub.second);
        }
    out.sort();
    return out;
}

QString chineseNumber(int n)
{
    static const QString digits = QStringLiteral("一二三四五六七八九");
    if (n < 10)
        return digits.at(n - 1);
    return (n >= 20 ? QString(digits.at(n / 10 - 1)) : QString()) + u'十' + (n % 10 ? QString(digits.at(n % 10 - 1)) : QString());
}

enum class Items { Arabic, Chinese, ParenChinese, Paragraphs };
enum class Tail { Seed, FullWidthSource, NoSource, Footer, Headlines, Nothing };
enum class Join { None, Glued, GluedWithColon, SeveralOnOneLine };

struct Layout
{
    // The header line of the index-th section (0-based) with n top-level items.
    std::function<QString(int index, const Province &p, int n)> header;
    Items items = Items::Arabic;
    QString headerCarriesFirstItem; // the separator between a header and its first item on one line; empty: none
    Join join = Join::None;
    int wrap = 0; // hard-wrap item lines at about this many characters
    QStringList top; // lines under the title (bylines)
    Tail tail = Tail::Seed;
    QString footer; // Tail::Footer: the line that starts the page footer
    bool crlf = false;
};

struct Rendered
{
    QString text;
    QList<int> warningLines; // where the layout put something the parser must warn about
    int contentEndLine = 0; // the line that must end the content
    QString source; // what the document must give as its source
    int lineOf(const QString &line) const { return int(text.split(u'\n').indexOf(line)) + 1; }
};

bool isAsciiAlnum(QChar c)
{
    return c.unicode() < 0x80 && c.isLetterOrNumber();
}

// Breaks a long line where a person's editor might, but never so that a piece starts like a
// number or a header, splits a word or a number, or loses a space.
QStringList wrapLine(const QString &line, int width)
{
    const ReferenceData &reference = ReferenceData::builtIn();
    static const QString unsafeStarts = QStringLiteral("0123456789０１２３４５６７８９(（【[《*#-·•");
    static const QString terminators = QStringLiteral("。；！？.!?;");
    QStringList pieces;
    qsizetype start = 0;
    while (line.size() - start > width) {
        qsizetype b = start + width;
        auto safe = [&](qsizetype at) {
            const QChar prev = line.at(at - 1), next = line.at(at);
            if (unsafeStarts.contains(next) || reference.canStartName(next) || next.isSpace() || prev.isSpace()
                || (isAsciiAlnum(prev) && isAsciiAlnum(next)))
                return false;
            for (qsizetype k = std::max(start, at - 8); k < at; ++k)
                if (terminators.contains(line.at(k)))
                    return false;
            return true;
        };
        while (b < line.size() - 1 && !safe(b))
            ++b;
        if (b >= line.size() - 1)
            break;
        pieces.append(line.mid(start, b - start));
        start = b;
    }
    pieces.append(line.mid(start));
    return pieces;
}

Rendered render(const Seed &seed, const Layout &layout)
{
    Rendered out;
    const bool sourceBelow = layout.tail == Tail::Seed || layout.tail == Tail::FullWidthSource;
    if (sourceBelow || layout.top.join(u' ').contains(QStringLiteral("来源")))
        out.source = QStringLiteral("职教圈");
    QStringList lines{seed.title};
    lines += layout.top;
    lines.append(seed.lead);
    bool previousWasOneLine = false;
    for (int s = 0; s < seed.sections.size(); ++s) {
        const SeedSection &section = seed.sections.at(s);
        QStringList body;
        for (int i = 0; i < section.items.size(); ++i) {
            const SeedItem &item = section.items.at(i);
            QString label;
            switch (layout.items) {
            case Items::Arabic:
                label = QStringLiteral("%1、").arg(i + 1);
                break;
            case Items::Chinese:
                label = chineseNumber(i + 1) + u'、';
                break;
            case Items::ParenChinese:
                label = u'（' + chineseNumber(i + 1) + u'）';
                break;
            case Items::Paragraphs:
                break;
            }
            body.append(label + item.text);
            for (const auto &sub : item.subs)
                body.append(sub.first + sub.second);
        }
        if (layout.wrap > 0) {
            QStringList wrapped;
            for (const QString &line : std::as_const(body))
                wrapped += wrapLine(line, layout.wrap);
            body = wrapped;
        }
        const QString header = layout.header(s, *section.province, int(section.items.size()));
        if (layout.join == Join::Glued || layout.join == Join::GluedWithColon) {
            lines.last() += header + (layout.join == Join::GluedWithColon ? QStringLiteral("：") : QString());
            out.warningLines.append(int(lines.size()));
        } else if (!layout.headerCarriesFirstItem.isEmpty()) {
            const QString first = header + layout.headerCarriesFirstItem + body.takeFirst();
            if (layout.join == Join::SeveralOnOneLine && previousWasOneLine) {
                lines.last() += u' ' + first;
                out.warningLines.append(int(lines.size()));
            } else {
                lines.append(first);
            }
        } else {
            lines.append(header);
        }
        lines += body;
        previousWasOneLine = body.isEmpty();
    }
    switch (layout.tail) {
    case Tail::Seed:
        lines += seed.tail;
        break;
    case Tail::FullWidthSource:
        lines.append(QStringLiteral("来源：职教圈，作者：吴灵辉，杨凌职业技术学院。"));
        lines += seed.tail.mid(1);
        break;
    case Tail::NoSource:
        lines += seed.tail.mid(1); // 版权声明 first
        out.contentEndLine = int(lines.size()) - int(seed.tail.size()) + 2;
        break;
    case Tail::Footer:
        lines.append(layout.footer);
        out.contentEndLine = int(lines.size());
        lines += seed.tail.mid(3); // the headlines
        break;
    case Tail::Headlines:
        out.warningLines.append(int(lines.size()) + 1);
        lines += seed.tail.mid(3);
        break;
    case Tail::Nothing:
        break;
    }
    out.text = lines.join(layout.crlf ? QStringLiteral("\r\n") : QStringLiteral("\n")) + u'\n';
    return out;
}

QString fullName(int, const Province &p, int)
{
    return p.nameZh;
}

QMap<QString, Layout> seedLayouts()
{
    QMap<QString, Layout> layouts;
    const Layout plain{fullName};
    layouts.insert(QStringLiteral("as published"), plain);
    auto with = [&](std::function<QString(int, const Province &, int)> header) {
        Layout l = plain;
        l.header = std::move(header);
        return l;
    };
    layouts.insert(QStringLiteral("header 一、北京市"), with([](int i, const Province &p, int) { return chineseNumber(i + 1) + u'、' + p.nameZh; }));
    layouts.insert(QStringLiteral("header （一）北京市"), with([](int i, const Province &p, int) { return u'（' + chineseNumber(i + 1) + u'）' + p.nameZh; }));
    layouts.insert(QStringLiteral("header 【北京】"), with([](int, const Province &p, int) { return u'【' + p.shortZh + u'】'; }));
    layouts.insert(QStringLiteral("header [北京]"), with([](int, const Province &p, int) { return u'[' + p.shortZh + u']'; }));
    layouts.insert(QStringLiteral("header **北京**"), with([](int, const Province &p, int) { return QStringLiteral("**%1**").arg(p.shortZh); }));
    layouts.insert(QStringLiteral("header 北京市（2条）"), with([](int, const Province &p, int n) { return QStringLiteral("%1（%2条）").arg(p.nameZh).arg(n); }));
    layouts.insert(QStringLiteral("header 北京市："), with([](int, const Province &p, int) { return p.nameZh + u'：'; }));
    layouts.insert(QStringLiteral("header 北京:"), with([](int, const Province &p, int) { return p.shortZh + u':'; }));
    layouts.insert(QStringLiteral("header 北京 (short names)"), with([](int, const Province &p, int) { return p.shortZh; }));
    layouts.insert(QStringLiteral("header ## 北京市"), with([](int, const Province &p, int) { return QStringLiteral("## ") + p.nameZh; }));

    Layout l = plain;
    l.headerCarriesFirstItem = QStringLiteral("：");
    layouts.insert(QStringLiteral("北京市：1、… on one line"), l);
    l.header = [](int, const Province &p, int) { return p.shortZh; };
    l.headerCarriesFirstItem = QStringLiteral(":");
    l.items = Items::Paragraphs;
    layouts.insert(QStringLiteral("北京:完善… (paragraphs, header on the first)"), l);

    l = plain;
    l.items = Items::Paragraphs;
    layouts.insert(QStringLiteral("unnumbered paragraphs"), l);
    l = plain;
    l.items = Items::Chinese;
    layouts.insert(QStringLiteral("items 一、"), l);
    l = plain;
    l.items = Items::ParenChinese;
    layouts.insert(QStringLiteral("items （一） above (1)"), l);

    l = plain;
    l.top = QStringList{QStringLiteral("来源:职教圈 作者:吴灵辉,杨凌职业技术学院 发布时间:2023-03-10 09:30 浏览量:1024"),
                        QStringLiteral("阅读 2356  点赞 18"), QStringLiteral("编辑:杨凌")};
    layouts.insert(QStringLiteral("bylines on top"), l);
    l.tail = Tail::Nothing;
    layouts.insert(QStringLiteral("bylines on top, no 来源 below"), l);

    l = plain;
    l.tail = Tail::FullWidthSource;
    l.header = [](int, const Province &p, int) { return p.nameZh + u'：'; };
    layouts.insert(QStringLiteral("full-width colons"), l);
    l = plain;
    l.tail = Tail::NoSource;
    layouts.insert(QStringLiteral("footer without 来源"), l);
    const QStringList footers = {QStringLiteral("免责声明：本文仅代表作者观点。"), QStringLiteral("声明：以上图文,贵在分享。"),
                                 QStringLiteral("责任编辑：杨凌"), QStringLiteral("推荐阅读"), QStringLiteral("相关阅读"),
                                 QStringLiteral("相关推荐"), QStringLiteral("往期回顾"), QStringLiteral("最近更新继续教育"),
                                 QStringLiteral("扫码关注职教圈"), QStringLiteral("长按识别二维码关注我们"),
                                 QStringLiteral("关注公众号,获取更多资讯"), QStringLiteral("END"),
                                 QStringLiteral("- END -")};
    for (const QString &footer : footers) {
        l = plain;
        l.tail = Tail::Footer;
        l.footer = footer;
        layouts.insert(QStringLiteral("footer %1").arg(footer), l);
    }
    l = plain;
    l.tail = Tail::Headlines;
    layouts.insert(QStringLiteral("headlines after the last item"), l);

    l = plain;
    l.join = Join::Glued;
    layouts.insert(QStringLiteral("glued headers …人才。天津市"), l);
    l.join = Join::GluedWithColon;
    l.header = [](int, const Province &p, int) { return p.shortZh; };
    layouts.insert(QStringLiteral("glued short headers …人才。天津："), l);
    l = plain;
    l.headerCarriesFirstItem = QStringLiteral(" ");
    l.join = Join::SeveralOnOneLine;
    layouts.insert(QStringLiteral("several sections on one line"), l);
    l = plain;
    l.wrap = 20;
    layouts.insert(QStringLiteral("hard-wrapped items"), l);
    l = plain;
    l.crlf = true;
    l.header = [](int, const Province &p, int) { return u'\u3000' + p.shortZh + QStringLiteral(" ："); };
    layouts.insert(QStringLiteral("CRLF, spaces around headers"), l);

    // Everything at once, section by section.
    l = plain;
    l.header = [](int i, const Province &p, int n) {
        const QString name = i % 2 ? p.shortZh : p.nameZh;
        switch (i % 7) {
        case 0:
            return chineseNumber(i + 1) + u'、' + name;
        case 1:
            return u'【' + name + u'】';
        case 2:
            return QStringLiteral("**%1**").arg(name);
        case 3:
            return QStringLiteral("%1（%2条）").arg(name).arg(n);
        case 4:
            return name + u'：';
        case 5:
            return name + u':';
        default:
            return u'[' + name + u']';
        }
    };
    l.top = QStringList{QStringLiteral("发布时间：2023-03-10 来源：职教圈"), QStringLiteral("阅读 2356")};
    l.tail = Tail::NoSource;
    l.wrap = 24;
    layouts.insert(QStringLiteral("mixed decorations, bylines, wrapped, footer"), l);
    return layouts;
}

} // namespace

class TestLayouts : public QObject
{
    Q_OBJECT

private slots:
    // Layouts
    void decoratedHeaders();
    void headerAndContentOnOneLine();
    void paragraphs();
    void paragraphsInATable();
    void bylines();
    void sourceLineBeforeTheFirstItemIsAByline();
    void footerWithoutSource();
    void footerMarkers_data();
    void footerMarkers();
    void subItemsUnderAnyStyle();
    void provinceNamesInsideItems_data();
    void provinceNamesInsideItems();
    // Repaired with a warning
    void gluedHeader();
    void severalSectionsOnOneLine();
    void unknownHeaderForm();
    void numberingRestartsWithoutHeaderLikeLine();
    void numberingRestartsRightAfterAnItem();
    void oneLinePerProvinceWithOtherSeparators();
    void spacedHeaderAfterNumberedItems();
    void paragraphStartingWithAnotherProvince();
    void numberedItemsOnOneLine();
    void contentAfterTheEnd();
    void countAndQuoteHeaders();
    void noHeaderNamesTheLineWithAName();
    void namesInOtherFormsAndPlaces_data();
    void namesInOtherFormsAndPlaces();
    void furnitureHeadlines();
    void furnitureCopyright();
    void unknownHeaderBetweenParagraphs();
    void unknownHeaderAboveTheFirstSection();
    void headingAboveSubItems();
    // Refused with an error naming the real culprit; fixing it gives the right result
    void errorsNameTheCulprit_data();
    void errorsNameTheCulprit();
    void lineNumbersOfOtherFormats();
    // The seed in every layout
    void seedInEveryLayout_data();
    void seedInEveryLayout();
    void seedLayoutsThatMustFail_data();
    void seedLayoutsThatMustFail();
};

void TestLayouts::decoratedHeaders()
{
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parseFixture(QStringLiteral("decorated-headers.txt"), &doc, &error), qPrintable(error.toString()));
    const QStringList expected = {
        u8("[北京市] 2"),         u8("  3 1、|完善职业教育和培训体系。"),
        u8("[天津市] 4"),         u8("  5 1、|推进职普融通、产教融合、科教融汇。"),
        u8("[河北省] 6"),         u8("  7 1、|建设省域高水平高职院校 30 所。"),
        u8("[山西省] 8"),         u8("  9 1、|实施职业教育达标提质工程。"),
        u8("[内蒙古自治区] 10"),  u8("  11 1、|创立职业本科院校。"),
        u8("[辽宁省] 12"),        u8("  13 1、|职业教育改革获国务院督查激励。"),
        u8("  14 2、|坚持高中阶段学校多样化发展。"), u8("  15 3、|坚持职普融通、产教融合、科教融汇。"),
        u8("[吉林省] 16"),        u8("  17 1、|全面提高人才自主培养质量。"),
        u8("[黑龙江省] 18"),      u8("  19 1、|加快推进部省共建职业教育与产业集群集聚融合示范区。"),
        u8("[上海市] 20"),        u8("  21 1、|现代职业教育体系持续优化。"),
        u8("[江苏省] 22"),        u8("  23 1、|坚持教育优先发展。"),
        u8("  24 2、|深入推进中职“领航计划”和高职“卓越计划”。"),
    };
    QCOMPARE(outline(doc), expected);
    QVERIFY(doc.warnings.isEmpty());
    for (const ParsedUnit &unit : doc.units)
        QVERIFY2(unit.isStandard(), qPrintable(unit.nameZh));
}

void TestLayouts::headerAndContentOnOneLine()
{
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parseFixture(QStringLiteral("header-and-content.txt"), &doc, &error), qPrintable(error.toString()));
    const QStringList expected = {
        u8("[北京市] 2"),        u8("  2 1、|完善职业教育和培训体系。"),
        u8("  3 2、|支持企业与在京高校院所共建产教融合基地。"),
        u8("[天津市] 4"),        u8("  4 |推进职普融通、产教融合、科教融汇。"), // 天津：… is a paragraph
        u8("[河北省] 5"),        u8("  5 1、|建设省域高水平高职院校 30 所。"),
        u8("[山西省] 6"),        u8("  6 |实施职业教育达标提质工程。"),
        u8("[内蒙古自治区] 7"),  u8("  7 1、|实施职业教育特色专业试点和“工匠班”计划。"),
        u8("  8 2、|创立职业本科院校。"),
    };
    QCOMPARE(outline(doc), expected);
    QVERIFY(doc.warnings.isEmpty());
    QCOMPARE(doc.units.at(1).items.first().ordinal, 0);
}

void TestLayouts::paragraphs()
{
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parseFixture(QStringLiteral("paragraphs.txt"), &doc, &error), qPrintable(error.toString()));
    const QStringList expected = {
        u8("[北京市] 2"),
        u8("  3 |完善职业教育和培训体系。"),
        u8("  4 |北京市将支持企业与在京高校院所共建产教融合基地。"), // starts with a name: prose, not a header
        u8("[天津市] 5"),
        u8("  6 |推进职普融通、产教融合、科教融汇。"),
        u8("  7 |今年要继续办好“十件民生实事”。"),
        u8("    8 (1)|做好重点群体就业工作。"), // numbered under a paragraph: its sub-items
        u8("    9 (2)|办好人民满意的教育。"),
        u8("  10 |构建“五业联动”的职业教育办学模式。"),
        u8("[山西省] 11"),
        u8("  11 |实施职业教育达标提质工程。"), // 山西:… on one line is one item
        u8("[广东省] 12"),
        u8("  13 1、|广东省教育厅推动职业教育提质培优。"),
        u8("  14 2、|支持与江西省共建现代职教体系。"),
    };
    QCOMPARE(outline(doc), expected);
    QVERIFY(doc.warnings.isEmpty());
    QCOMPARE(doc.itemCount(), 10);
}

void TestLayouts::paragraphsInATable()
{
    // A table's rows are items of their own whatever the section's first row was, and a short row
    // is no warning; messages and items name the rows of the table.
    SourceText source;
    source.format = QStringLiteral("csv");
    source.utf8 = u8("标题\n北京市\n职业教育\n产教融合\n天津市\n1、推进职普融通。\n完善培训体系\n").toUtf8();
    source.linesAreItems = true;
    source.origins = {11, 12, 13, 14, 15, 16, 17};
    ParsedDocument doc;
    Diagnostic error;
    Collector sink;
    QVERIFY2(CorpusParser(ReferenceData::builtIn()).parseSource(source, QStringLiteral("t.csv"), &doc, &sink, &error),
             qPrintable(error.toString()));
    doc.units = sink.units;
    QCOMPARE(outline(doc), (QStringList{u8("[北京市] 12"), u8("  13 |职业教育"), u8("  14 |产教融合"), u8("[天津市] 15"),
                                        u8("  16 1、|推进职普融通。"), u8("  17 |完善培训体系")}));
    QVERIFY(doc.warnings.isEmpty());
    QCOMPARE(doc.format, QStringLiteral("csv"));
}

void TestLayouts::bylines()
{
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parseFixture(QStringLiteral("bylines.txt"), &doc, &error), qPrintable(error.toString()));
    QCOMPARE(doc.title, u8("2023年全国各省职业教育重点工作抢先看"));
    QCOMPARE(doc.lead, u8("随着2023年政府工作报告相继出炉,全国31个省、市、自治区对本年重点工作进行了规划和部署。"));
    QCOMPARE(doc.source, u8("职教圈"));
    QCOMPARE(doc.author, u8("吴灵辉"));
    QCOMPARE(doc.published, u8("2023-03-10 09:30"));
    QCOMPARE(doc.sourceLine, u8("来源:职教圈 作者:吴灵辉 发布时间:2023-03-10 09:30 浏览量:1024"));
    QCOMPARE(doc.contentEndLine, 0); // the 来源 byline above the content does not end it
    QCOMPARE(outline(doc), (QStringList{u8("[北京市] 7"), u8("  8 1、|完善职业教育和培训体系。"), u8("[天津市] 9"),
                                        u8("  10 1、|推进职普融通、产教融合、科教融汇。")}));
    QVERIFY(doc.warnings.isEmpty());
    QVERIFY(!allText(doc).contains(u8("推荐"))); // 4 阅读 0 点赞 0 推荐: counts before their words
    QVERIFY(!allText(doc).contains(u8("浏览量")));
    QVERIFY(!allText(doc).contains(u8("点赞")));
    QVERIFY(!allText(doc).contains(u8("编辑")));
}

void TestLayouts::sourceLineBeforeTheFirstItemIsAByline()
{
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parseString(u8("标题\n2023-03-10 来源：中国教育报\n北京市\n来源：职教圈 作者：吴灵辉\n1、完善职业教育和培训体系。\n"
                            "来源:职教圈,作者:吴灵辉,杨凌职业技术学院。\n上海市\n1、现代职业教育体系持续优化。\n"),
                         &doc, &error),
             qPrintable(error.toString()));
    QCOMPARE(doc.published, u8("2023-03-10"));
    QCOMPARE(doc.source, u8("中国教育报")); // the first line that names a source
    QCOMPARE(doc.author, u8("吴灵辉"));
    QCOMPARE(doc.sourceLine, u8("2023-03-10 来源：中国教育报"));
    // A 来源 line followed by a section's header is the source of the section above: the text goes on.
    QCOMPARE(outline(doc), (QStringList{u8("[北京市] 3"), u8("  5 1、|完善职业教育和培训体系。"), u8("[上海市] 7"),
                                        u8("  8 1、|现代职业教育体系持续优化。")}));
    QCOMPARE(doc.contentEndLine, 0);
    QVERIFY(doc.warnings.isEmpty());

    // Followed by anything else, it ends the content.
    QVERIFY2(parseString(u8("标题\n北京市\n1、完善职业教育和培训体系。\n来源:职教圈\n相关文章\n"), &doc, &error),
             qPrintable(error.toString()));
    QCOMPARE(doc.contentEndLine, 4);
    QCOMPARE(doc.contentEndText, u8("来源:职教圈"));
    QVERIFY2(doc.contentEndReason.contains(u8("来源")), qPrintable(doc.contentEndReason));
}

void TestLayouts::footerWithoutSource()
{
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parseFixture(QStringLiteral("footer-without-source.txt"), &doc, &error), qPrintable(error.toString()));
    QCOMPARE(outline(doc),
             (QStringList{u8("[北京市] 2"), u8("  3 1、|完善职业教育和培训体系。"), u8("[新疆维吾尔自治区] 4"),
                          u8("  5 1、|大力发展以就业和产业为导向的职业教育。"),
                          u8("  6 2、|以就业和产业为导向,实施职业教育提质培优行动计划。")}));
    QCOMPARE(doc.contentEndLine, 7);
    QCOMPARE(doc.contentEndText, u8("版权声明:以上图文,贵在分享,版权归原作者及原出处所有。"));
    QCOMPARE(doc.contentEndReason, u8("“版权声明” starts a page footer"));
    QVERIFY(doc.sourceLine.isEmpty());
    QVERIFY(doc.warnings.isEmpty());
    QVERIFY(!allText(doc).contains(u8("托福")));
}

void TestLayouts::footerMarkers_data()
{
    QTest::addColumn<QString>("footer");
    QTest::addColumn<QString>("marker");
    auto row = [](const char *footer, const char *marker) { QTest::newRow(footer) << u8(footer) << u8(marker); };
    row("版权声明:以上图文,贵在分享。", "版权声明");
    row("免责声明：本文仅代表作者观点。", "免责声明");
    row("声明：以上图文,贵在分享。", "声明：");
    row("责任编辑：杨凌", "责任编辑");
    row("推荐阅读", "推荐阅读");
    row("相关阅读：", "相关阅读");
    row("相关推荐", "相关推荐");
    row("往期回顾", "往期回顾");
    row("最近更新继续教育", "最近更新");
    row("扫码关注职教圈", "扫码");
    row("长按识别二维码,关注我们", "长按");
    row("关注公众号,获取更多资讯", "关注");
    row("END", "END");
    row("- END -", "END");
    row("—END—", "END");
    row("（完）", "（完）");
    row("编辑:杨凌", "编辑:");
}

void TestLayouts::footerMarkers()
{
    QFETCH(QString, footer);
    QFETCH(QString, marker);
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parseString(u8("标题\n北京市\n完善职业教育和培训体系。\n关注职业教育的长远发展。\n") + footer
                             + u8("\n- 托福写作如何得高分\n上海市\n1、现代职业教育体系持续优化。\n"),
                         &doc, &error),
             qPrintable(error.toString()));
    QCOMPARE(outline(doc), (QStringList{u8("[北京市] 2"), u8("  3 |完善职业教育和培训体系。"),
                                        u8("  4 |关注职业教育的长远发展。")})); // 关注… as prose is text
    QCOMPARE(doc.contentEndLine, 5);
    QCOMPARE(doc.contentEndText, footer);
    QCOMPARE(doc.contentEndReason, QStringLiteral("“%1” starts a page footer").arg(marker));
    // A section's header after the end is named, so that nothing is left out without a word.
    QCOMPARE(warningLines(doc), QList<int>{7});
    QCOMPARE(doc.warnings.first().message,
             u8("“上海市” looks like more of the text, but the content ended at line 5, %1: if the text goes on, "
                "remove line 5")
                 .arg(layout::quoted(footer)));
}

void TestLayouts::subItemsUnderAnyStyle()
{
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parseFixture(QStringLiteral("sub-items.txt"), &doc, &error), qPrintable(error.toString()));
    const QStringList expected = {
        u8("[贵州省] 2"),
        u8("  3 （四）|全面推进“贵州技工”“黔菜师傅”等重点工程。"),
        u8("  4 （五）|今年要继续办好“十件民生实事”。"),
        u8("    5 (1)|做好重点群体就业工作。"),
        u8("    6 (2)|办好人民满意的教育。"),
        u8("  7 （六）|积极推进职业教育。"),
        u8("[甘肃省] 8"),
        u8("  9 一、|坚持教育优先发展。"),
        u8("    10 1、|实施职业学校办学条件达标工程。"),
        u8("    11 2、|健全完善职普融通、产教融合、科教融汇机制。"),
        u8("  12 二、|推进“校企共生融合发展创新港”建设。"),
        u8("[青海省] 13"),
        u8("  14 1、|职业教育培育出10万技能人才。"),
        u8("    15 1)|实施职业教育办学条件达标工程。"),
        u8("    16 2)|加快组建职业技术本科大学。"),
    };
    QCOMPARE(outline(doc), expected);
    QCOMPARE(doc.units.first().items.at(1).ordinal, 5);
    QCOMPARE(doc.units.first().items.at(1).subItems.at(1).ordinal, 2);
    QVERIFY(doc.warnings.isEmpty());
}

void TestLayouts::provinceNamesInsideItems_data()
{
    // Lines that start with or mention a province stay items of the section they are in.
    QTest::addColumn<QString>("body"); // under 北京市, then 上海市 and one item
    QTest::addColumn<QStringList>("expected");
    auto row = [](const char *name, const char *body, QStringList expected) {
        QTest::newRow(name) << u8(body) << expected;
    };
    row("item starting with a province", "1、广东省教育厅推动职业教育提质培优。\n2、北京市将完善职业教育和培训体系。",
        {u8("  3 1、|广东省教育厅推动职业教育提质培优。"), u8("  4 2、|北京市将完善职业教育和培训体系。")});
    row("continuation line starting with a province", "1、支持企业与\n广东省共建产教融合基地。",
        {u8("  3 1、|支持企业与广东省共建产教融合基地。")});
    row("continuation naming a province", "1、加快培养急需紧缺人才,\n支持与广东省共建产教融合基地",
        {u8("  3 1、|加快培养急需紧缺人才,支持与广东省共建产教融合基地")});
    row("paragraph starting with its own province", "北京市将完善职业教育和培训体系。\n北京职业院校加快建设。",
        {u8("  3 |北京市将完善职业教育和培训体系。"), u8("  4 |北京职业院校加快建设。")});
    row("a number after the name is no item", "北京市1.5万人参加职业技能培训。",
        {u8("  3 |北京市1.5万人参加职业技能培训。")});
    row("a name after a comma is no glued header", "1、加快建设,广东",
        {u8("  3 1、|加快建设,广东")});
    row("a short line naming a province inside", "1、完善职业教育和培训体系。\n支持与广东省共建",
        {u8("  3 1、|完善职业教育和培训体系。支持与广东省共建")});
}

void TestLayouts::provinceNamesInsideItems()
{
    QFETCH(QString, body);
    QFETCH(QStringList, expected);
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parseString(u8("标题\n北京市\n") + body + u8("\n上海市\n1、现代职业教育体系持续优化。\n"), &doc, &error),
             qPrintable(error.toString()));
    const QStringList lines = outline(doc);
    QCOMPARE(lines.first(), u8("[北京市] 2"));
    QCOMPARE(lines.mid(1, expected.size()), expected);
    QCOMPARE(lines.size(), expected.size() + 3);
    QVERIFY(lines.at(expected.size() + 1).startsWith(u8("[上海市]")));
    QVERIFY2(doc.warnings.isEmpty(), doc.warnings.isEmpty() ? "" : qPrintable(doc.warnings.first().toString()));
}

void TestLayouts::gluedHeader()
{
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parseFixture(QStringLiteral("glued-header.txt"), &doc, &error), qPrintable(error.toString()));
    QCOMPARE(outline(doc),
             (QStringList{u8("[北京市] 2"), u8("  3 1、|完善职业教育和培训体系。"),
                          u8("  4 2、|支持企业与在京高校院所共建产教融合基地,加快培养高精尖产业急需紧缺人才。"),
                          u8("[天津市] 4"), u8("  5 1、|推进职普融通、产教融合、科教融汇。"), u8("[河北省] 5"),
                          u8("  6 1、|建设省域高水平高职院校 30 所。")}));
    QCOMPARE(warningLines(doc), (QList<int>{4, 5}));
    QCOMPARE(doc.warnings.at(0).message,
             u8("“天津市” at the end of this line is read as the header of a new section (it was glued to the "
                "sentence before it; put it on a line of its own)"));
    QVERIFY(doc.warnings.at(1).message.startsWith(u8("“河北：” at the end of this line")));

    // A decorated name glued after a sentence: 【天津】 starts 天津市's section.
    QVERIFY2(parseFixture(QStringLiteral("glued-decorated-header.txt"), &doc, &error), qPrintable(error.toString()));
    QCOMPARE(outline(doc), (QStringList{u8("[北京市] 2"), u8("  3 1、|完善职业教育和培训体系。"),
                                        u8("  4 2、|支持企业与在京高校院所共建产教融合基地。"), u8("[天津市] 4"),
                                        u8("  5 1、|推进职普融通、产教融合、科教融汇。")}));
    QCOMPARE(warningLines(doc), QList<int>{4});
    QVERIFY(doc.warnings.first().message.startsWith(u8("“【天津】” at the end of this line is read as the header")));
}

void TestLayouts::severalSectionsOnOneLine()
{
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parseFixture(QStringLiteral("several-sections-on-one-line.txt"), &doc, &error),
             qPrintable(error.toString()));
    QCOMPARE(outline(doc),
             (QStringList{u8("[北京市] 2"), u8("  3 1、|完善职业教育和培训体系。"), u8("[天津市] 4"),
                          u8("  4 1、|推进职普融通、产教融合、科教融汇。"), u8("[河北省] 4"),
                          u8("  4 1、|建设省域高水平高职院校 30 所。"), u8("[山西省] 5"),
                          u8("  5 1、|实施职业教育达标提质工程。"), u8("[内蒙古自治区] 5"),
                          u8("  5 1、|创立职业本科院校。"), u8("  6 2、|启动产教联合体、共同体和实践中心建设试点。")}));
    QCOMPARE(warningLines(doc), (QList<int>{4, 5}));
    QCOMPARE(doc.warnings.at(0).message,
             u8("several sections on one line: “河北省” starts a new section (put each header on a line of its own)"));
    QVERIFY(doc.warnings.at(1).message.contains(u8("“内蒙古：”")));
}

void TestLayouts::unknownHeaderForm()
{
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parseFixture(QStringLiteral("unknown-header-form.txt"), &doc, &error), qPrintable(error.toString()));
    QCOMPARE(outline(doc), (QStringList{u8("[北京市] 2"), u8("  3 1、|完善职业教育和培训体系。"), u8("[天津市] 4"),
                                        u8("  5 1、|推进职普融通、产教融合、科教融汇。"), u8("[河北省] 6"),
                                        u8("  7 1、|建设省域高水平高职院校 30 所。"), u8("[山西省] 8"),
                                        u8("  9 1、|实施职业教育达标提质工程。")}));
    QCOMPARE(warningLines(doc), (QList<int>{2, 4, 6, 8}));
    QCOMPARE(doc.warnings.at(0).message, u8("“◆北京市◆” is read as the header of 北京市 (write the name alone, such as "
                                            "“北京市” or “北京”, to make it a header this program knows)"));
    QVERIFY(doc.warnings.at(1).message.startsWith(u8("“天津市政府工作报告” is read as the header of 天津市")));
    QVERIFY(doc.warnings.at(2).message.startsWith(u8("“2023年河北省” is read as the header of 河北省")));
    QVERIFY(doc.warnings.at(3).message.startsWith(u8("“山 西 省” is read as the header of 山西省")));
}

void TestLayouts::numberingRestartsWithoutHeaderLikeLine()
{
    // Numbering that starts again stays in its section, with a warning: right after an item, that
    // a header may be missing; after a line of text that is no heading, quoting that line.
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parseFixture(QStringLiteral("restart-warning.txt"), &doc, &error), qPrintable(error.toString()));
    QCOMPARE(outline(doc), (QStringList{u8("[北京市] 2"), u8("  3 1、|完善职业教育和培训体系。"),
                                        u8("  4 2、|支持企业与在京高校院所共建产教融合基地。"),
                                        u8("  5 1、|推进职普融通、产教融合、科教融汇。"), u8("[天津市] 6"),
                                        u8("  7 1、|推进职普融通。"),
                                        u8("  8 2、|构建“五业联动”的职业教育办学模式。下列工作同步推进:"),
                                        u8("  10 1、|建设省域高水平高职院校 30 所。")}));
    QCOMPARE(warningLines(doc), (QList<int>{5, 10}));
    QCOMPARE(doc.warnings.at(0).message,
             u8("the numbering starts again at 1、 under 北京市 (header at line 2), right after “2、支持企业与在京高校院所共建产教融合基地。” "
                "(line 4): if a new section starts here, add its header above this line; the items are kept under "
                "北京市"));
    QCOMPARE(doc.warnings.at(1).message,
             u8("the numbering starts again at 1、 under 天津市 (header at line 6); the line above, “下列工作同步推进:”, "
                "may be a header that was not recognised: if so, write a province's name on it, such as “北京市”; "
                "the items are kept under 天津市"));
}

void TestLayouts::numberingRestartsRightAfterAnItem()
{
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parseFixture(QStringLiteral("restart-after-item.txt"), &doc, &error), qPrintable(error.toString()));
    QCOMPARE(outline(doc), (QStringList{u8("[北京市] 2"), u8("  3 1、|完善职业教育和培训体系。"),
                                        u8("  4 2、|支持企业与在京高校院所共建产教融合基地。"),
                                        u8("  5 1、|天津市推进职普融通、产教融合、科教融汇。"),
                                        u8("  6 2、|构建“五业联动”的职业教育办学模式。"), u8("[河北省] 7"),
                                        u8("  8 1、|建设省域高水平高职院校 30 所。"), u8("  9 2、|实施职业教育达标提质工程。"),
                                        u8("  10 1、|创立职业本科院校。")}));
    QCOMPARE(warningLines(doc), (QList<int>{5, 10}));
    QCOMPARE(doc.warnings.at(0).message,
             u8("the numbering starts again at 1、 under 北京市 (header at line 2), and this item starts with 天津市: if "
                "it begins 天津市's section, put “天津市” on a line of its own above it; the items are kept under 北京市"));
    QCOMPARE(doc.warnings.at(1).message,
             u8("the numbering starts again at 1、 under 河北省 (header at line 7), right after “2、实施职业教育达标提质工程。” "
                "(line 9): if a new section starts here, add its header above this line; the items are kept under "
                "河北省"));
}

void TestLayouts::oneLinePerProvinceWithOtherSeparators()
{
    // 北京：…, 上海 …, 江苏省—…, 浙江省，…, 安徽省 - …: one section per line whatever sets the name
    // off; 福建省推进… with nothing between is read the same way, with a warning, since every
    // section above is one line.
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parseFixture(QStringLiteral("one-line-separators.txt"), &doc, &error), qPrintable(error.toString()));
    QCOMPARE(outline(doc),
             (QStringList{u8("[北京市] 2"), u8("  2 |完善职业教育和培训体系。"), u8("[上海市] 3"),
                          u8("  3 |推进职普融通、产教融合、科教融汇。"), u8("[江苏省] 4"), u8("  4 |建设省域高水平高职院校 30 所。"),
                          u8("[浙江省] 5"), u8("  5 |实施职业教育达标提质工程。"), u8("[安徽省] 6"), u8("  6 |创立职业本科院校。"),
                          u8("[福建省] 7"), u8("  7 |福建省推进职业教育特色专业试点和“工匠班”计划。"), u8("[江西省] 8"),
                          u8("  8 |职业教育改革获国务院督查激励。")}));
    QCOMPARE(warningLines(doc), QList<int>{7});
    QCOMPARE(doc.warnings.first().message,
             u8("“福建省推进职业教育特色专业试点和“工匠班”计划。” is read as the header of 福建省 with its text on the same "
                "line, as the sections above are written; put a colon after the name (“福建省：…”) to say so, or "
                "write the text under a header"));
}

void TestLayouts::spacedHeaderAfterNumberedItems()
{
    // 上海 1、… and 江苏省 坚持… after 北京市's numbered item: new sections, never text of that item.
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parseFixture(QStringLiteral("spaced-header-after-items.txt"), &doc, &error), qPrintable(error.toString()));
    QCOMPARE(outline(doc), (QStringList{u8("[北京市] 2"), u8("  3 1、|完善职业教育和培训体系。"), u8("[上海市] 4"),
                                        u8("  4 1、|现代职业教育体系持续优化。"), u8("[江苏省] 5"), u8("  5 |坚持教育优先发展。"),
                                        u8("[浙江省] 6"), u8("  7 1、|实施职业教育达标提质工程。")}));
    QVERIFY(doc.warnings.isEmpty());

    // After a section of several lines, a name set off only by a space is said to be read as a header.
    QVERIFY2(parseString(u8("标题\n北京市\n完善职业教育和培训体系。\n支持企业共建产教融合基地。\n上海 推进职普融通。\n"), &doc,
                         &error),
             qPrintable(error.toString()));
    QCOMPARE(outline(doc), (QStringList{u8("[北京市] 2"), u8("  3 |完善职业教育和培训体系。"),
                                        u8("  4 |支持企业共建产教融合基地。"), u8("[上海市] 5"), u8("  5 |推进职普融通。")}));
    QCOMPARE(warningLines(doc), QList<int>{5});
    QCOMPARE(doc.warnings.first().message,
             u8("“上海 推进职普融通。” is read as the header of 上海市 with its text on the same line; if it is text of "
                "北京市, join it to the line above"));

    // A list of names in prose is no header: 北京 天津 河北…, 北京市，天津市…
    QVERIFY2(parseString(u8("标题\n北京市\n1、推进协同发展。\n北京 天津 河北三地共建。\n北京市，天津市和河北省共建。\n"), &doc,
                         &error),
             qPrintable(error.toString()));
    QCOMPARE(outline(doc), (QStringList{u8("[北京市] 2"),
                                        u8("  3 1、|推进协同发展。北京 天津 河北三地共建。北京市，天津市和河北省共建。")}));
}

void TestLayouts::paragraphStartingWithAnotherProvince()
{
    // Under 北京市's paragraphs, a paragraph that starts with another province's name stays
    // 北京市's, with a warning; so does a numbered item's new sentence. Text wrapped in the middle
    // of a sentence (…企业与 / 广东省共建…) is no new start and gets none.
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parseString(u8("标题\n北京市\n北京市将完善职业教育和培训体系。\n江西省职业院校加快建设。\n天津市\n"
                            "1、推进职普融通。\n河北省推进产教融合。\n2、支持企业与\n广东省共建产教融合基地。\n"),
                         &doc, &error),
             qPrintable(error.toString()));
    QCOMPARE(outline(doc), (QStringList{u8("[北京市] 2"), u8("  3 |北京市将完善职业教育和培训体系。"),
                                        u8("  4 |江西省职业院校加快建设。"), u8("[天津市] 5"),
                                        u8("  6 1、|推进职普融通。河北省推进产教融合。"),
                                        u8("  8 2、|支持企业与广东省共建产教融合基地。")}));
    QCOMPARE(warningLines(doc), (QList<int>{4, 7}));
    QCOMPARE(doc.warnings.at(0).message,
             u8("“江西省职业院校加快建设。” starts with the name of 江西省 but is read as text of 北京市 (header at line 2); "
                "if it starts 江西省's section, put “江西省” on a line of its own above it"));
    QVERIFY(doc.warnings.at(1).message.startsWith(u8("“河北省推进产教融合。” starts with the name of 河北省 but is read as "
                                                     "text of 天津市 (header at line 5)")));
}

void TestLayouts::numberedItemsOnOneLine()
{
    // 1、甲。2、乙。 on one line: split before each next number that follows a sentence end, with a
    // warning; a number after a comma (…30 所,2、3 所…) is text.
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parseFixture(QStringLiteral("numbered-items-on-one-line.txt"), &doc, &error),
             qPrintable(error.toString()));
    QCOMPARE(outline(doc), (QStringList{u8("[北京市] 2"), u8("  2 1、|完善职业教育和培训体系。"),
                                        u8("  2 2、|支持企业与在京高校院所共建产教融合基地。"), u8("[天津市] 3"),
                                        u8("  4 1、|推进职普融通。"), u8("  4 2、|构建“五业联动”的职业教育办学模式。"),
                                        u8("  4 3、|建设省域高水平高职院校 30 所。"), u8("[河北省] 5"),
                                        u8("  6 1、|建设省域高水平高职院校 30 所,2、3 所高职院校入选。")}));
    QCOMPARE(warningLines(doc), (QList<int>{2, 4, 4}));
    QCOMPARE(doc.warnings.at(0).message,
             u8("several numbered items on one line: “2、支持企业与在京高校院所共建产教融合基地。” starts a new item (put "
                "each item on a line of its own)"));
    QVERIFY(doc.warnings.at(2).message.contains(u8("“3、建设省域高水平高职院校 30 所。” starts a new item")));
}

void TestLayouts::contentAfterTheEnd()
{
    // A 来源 line in the middle: the content ends there, and the item numbered next after it is
    // named, so that the user can move the line.
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parseFixture(QStringLiteral("content-after-the-end.txt"), &doc, &error), qPrintable(error.toString()));
    QCOMPARE(outline(doc), (QStringList{u8("[北京市] 2"), u8("  3 1、|完善职业教育和培训体系。"),
                                        u8("  4 2、|支持企业与在京高校院所共建产教融合基地。")}));
    QCOMPARE(doc.contentEndLine, 5);
    QCOMPARE(warningLines(doc), QList<int>{6});
    QCOMPARE(doc.warnings.first().message,
             u8("“3、加快培养高精尖产业急需紧缺人才。” looks like more of the text, but the content ended at line 5, "
                "“来源:职教圈”: if the text goes on, move line 5 to the end"));

    // After the fix the message names, everything is read.
    QVERIFY2(parseString(withLine(fixtureText(QStringLiteral("content-after-the-end.txt")), 5, QString()), &doc, &error),
             qPrintable(error.toString()));
    QCOMPARE(doc.itemCount(), 4);
    QCOMPARE(doc.units.size(), 2);
    QVERIFY(doc.warnings.isEmpty());
}

void TestLayouts::countAndQuoteHeaders()
{
    // 北京市（2）, 浙江省(1)： and Markdown quotes (> 上海市): headers, the count no item.
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parseFixture(QStringLiteral("count-and-quote-headers.txt"), &doc, &error), qPrintable(error.toString()));
    QCOMPARE(outline(doc), (QStringList{u8("[北京市] 2"), u8("  3 1、|完善职业教育和培训体系。"),
                                        u8("  4 2、|支持企业与在京高校院所共建产教融合基地。"), u8("[上海市] 5"),
                                        u8("  6 1、|现代职业教育体系持续优化。"), u8("[江苏省] 7"), u8("  8 1、|坚持教育优先发展。"),
                                        u8("[浙江省] 9"), u8("  10 1、|实施职业教育达标提质工程。")}));
    QVERIFY(doc.warnings.isEmpty());
    for (const ParsedUnit &unit : doc.units)
        QVERIFY2(unit.isStandard(), qPrintable(unit.nameZh));
}

void TestLayouts::noHeaderNamesTheLineWithAName()
{
    // No header anywhere, but lines start with names in a form not read as a header: the error
    // names the first of them.
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY(!parseString(u8("标题\n随着政府工作报告相继出炉。\n北京市完善职业教育和培训体系。\n天津市推进职普融通。\n"), &doc,
                         &error));
    QCOMPARE(error.line, 3);
    QCOMPARE(error.message,
             u8("no province header found: “北京市完善职业教育和培训体系。” starts with the name of a province but is not "
                "read as a header; write the name alone on the line above the section's text (“北京市”), or follow "
                "it by a colon (“北京市：…”)"));

    // A table copied as one line: the line that names the provinces.
    QVERIFY(!parseString(u8("2023年要点\n省份 表述 北京市 完善职业教育。 天津市 推进职普融通。 河北省 建设高职院校。\n"), &doc,
                         &error));
    QCOMPARE(error.line, 2);
    QVERIFY2(error.message.startsWith(u8("no province header found: “省份 表述 北京市 完善职业教育。 天津市 推进职普融通。 河北省 "
                                         "建设高职院校…” names 3 provinces on one line; start each province's section on a "
                                         "line of its own")),
             qPrintable(error.message));
}

void TestLayouts::namesInOtherFormsAndPlaces_data()
{
    // Each body follows the title line "标题": what it is read as, the lines warned about, or the
    // line an error names (then the outline is empty).
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QList<int>>("warnings");
    QTest::addColumn<int>("errorLine");
    auto row = [](const char *name, const char *body, QStringList expected, QList<int> warnings, int errorLine = 0) {
        QTest::newRow(name) << u8(body) << expected << warnings << errorLine;
    };
    row("variant characters and spaces in one-line names", "北京：完善职业教育。\n廣東省：建设职业院校。\n河 北：实施技能行动。",
        {u8("[北京市] 2"), u8("  2 |完善职业教育。"), u8("[广东省] 3"), u8("  3 |建设职业院校。"), u8("[河北省] 4"),
         u8("  4 |实施技能行动。")},
        {3, 4});
    row("invisible characters inside names", "北京市\n1、完善职业教育。\n天\u200b津市\n1、推进职普融通。",
        {u8("[北京市] 2"), u8("  3 1、|完善职业教育。"), u8("[天津市] 4"), u8("  5 1、|推进职普融通。")}, {});
    row("a city in a one-line list", "北京：完善职业教育。\n广州：建设职业院校。", {}, {}, 3);
    row("a prefecture named like a province", "青海：完善职业教育。\n海南州：建设职业院校。", {}, {}, 3);
    row("a header glued before a numbered item", "北京市\n1、完善职业教育。\n2、推进产教融合。天津市1、建设职业院校。\n2、扩大招生。",
        {u8("[北京市] 2"), u8("  3 1、|完善职业教育。"), u8("  4 2、|推进产教融合。"), u8("[天津市] 4"),
         u8("  4 1、|建设职业院校。"), u8("  5 2、|扩大招生。")},
        {4});
    row("two units in one header", "天津市\n1、推进职普融通。\n【北京】【天津】\n1、完善职业教育。", {}, {}, 4);
    row("a name wrapped after 、", "北京市\n1、推进协同发展,支持北京、\n天津\n共建职教园区。\n2、推进产教融合。",
        {u8("[北京市] 2"), u8("  3 1、|推进协同发展,支持北京、天津共建职教园区。"), u8("  6 2、|推进产教融合。")}, {4});
    row("a numbered item naming a province", "北京市\n1、完善职业教育。\n2、天津：建设职业院校。",
        {u8("[北京市] 2"), u8("  3 1、|完善职业教育。"), u8("  4 2、|天津：建设职业院校。")}, {4});
    row("abbreviations as headers", "北京市\n1、完善职业教育。\n沪\n1、推进职普融通。\n内蒙\n1、建设职业院校。",
        {u8("[北京市] 2"), u8("  3 1、|完善职业教育。"), u8("[上海市] 4"), u8("  5 1、|推进职普融通。"), u8("[内蒙古自治区] 6"),
         u8("  7 1、|建设职业院校。")},
        {4, 6});
    row("source notes after each section", "北京市\n1、完善职业教育。\n（来源：北京日报）\n天津市\n1、推进职普融通。\n(来源:天津日报)",
        {u8("[北京市] 2"), u8("  3 1、|完善职业教育。"), u8("[天津市] 5"), u8("  6 1、|推进职普融通。")}, {});
    row("a heading's title after the header", "【北京市】2023年政府工作报告\n1、完善职业教育。\n天津市：（共1条）\n1、推进职普融通。",
        {u8("[北京市] 2"), u8("  3 1、|完善职业教育。"), u8("[天津市] 4"), u8("  5 1、|推进职普融通。")}, {2});
    row("numbered province headers", "1. 北京市\n（1）完善职业教育。\n2. 天津市\n（1）推进职普融通。",
        {u8("[北京市] 2"), u8("  3 （1）|完善职业教育。"), u8("[天津市] 4"), u8("  5 （1）|推进职普融通。")}, {});
    row("a decorated name", "天津市\n1、推进职普融通。\n◆北京市\n1、完善职业教育。",
        {u8("[天津市] 2"), u8("  3 1、|推进职普融通。"), u8("[北京市] 4"), u8("  5 1、|完善职业教育。")}, {4});
    row("an unknown short header over continued numbering", "黑龙江省\n1、完善职业教育。\n2、推进产教融合。\n长春\n3、建设职业院校。",
        {u8("[黑龙江省] 2"), u8("  3 1、|完善职业教育。"), u8("  4 2、|推进产教融合。长春"), u8("  6 3、|建设职业院校。")}, {5});
    row("a paragraph after a mid-text source line", "北京市\n完善职业教育。\n来源：北京日报\n推进产教融合。\n天津市\n建设职业院校。",
        {u8("[北京市] 2"), u8("  3 |完善职业教育。")}, {5});
    row("a sentence that starts like a footer prompt", "北京市\n完善职业教育。\n长按指纹识别等服务在中职学校推广。",
        {u8("[北京市] 2"), u8("  3 |完善职业教育。"), u8("  4 |长按指纹识别等服务在中职学校推广。")}, {});
    row("two provinces as one header", "北京市、天津市\n1、完善职业教育。", {}, {}, 2);
    row("an abbreviation set off by a space in a one-line list", "北京：扩大招生。\n津 深化产教融合。\n冀—建设专业群。",
        {u8("[北京市] 2"), u8("  2 |扩大招生。"), u8("[天津市] 3"), u8("  3 |深化产教融合。"), u8("[河北省] 4"),
         u8("  4 |建设专业群。")},
        {3, 4});
    row("a space before 省", "北京市\n1、完善职业教育。\n河北 省\n1、推进职普融通。\n内蒙古 自治区\n1、建设职业院校。",
        {u8("[北京市] 2"), u8("  3 1、|完善职业教育。"), u8("[河北省] 4"), u8("  5 1、|推进职普融通。"), u8("[内蒙古自治区] 6"),
         u8("  7 1、|建设职业院校。")},
        {});
    row("a header in another form after a footer", "北京市\n1、完善职业教育。\n推荐阅读\n津\n1、推进职普融通。",
        {u8("[北京市] 2"), u8("  3 1、|完善职业教育。")}, {5});
    row("a sentence about scanning", "北京市\n1、推行“扫码办”服务，\n扫码即可办理等级认定。\n2、建设专业群。",
        {u8("[北京市] 2"), u8("  3 1、|推行“扫码办”服务，扫码即可办理等级认定。"), u8("  5 2、|建设专业群。")}, {});
    row("a source line after each section", "北京市\n1、完善职业教育。\n来源：北京日报\n天津市\n1、推进职普融通。\n来源：天津日报",
        {u8("[北京市] 2"), u8("  3 1、|完善职业教育。"), u8("[天津市] 5"), u8("  6 1、|推进职普融通。")}, {});
    row("short names inside other words", "青海省\n海南州将建设职业教育园区。\n上海合作组织技能大赛在西宁举办。",
        {u8("[青海省] 2"), u8("  3 |海南州将建设职业教育园区。"), u8("  4 |上海合作组织技能大赛在西宁举办。")}, {});
    row("a full-width ＃ and a ratio colon", "＃北京市\n1、完善职业教育。\n天津∶推进职普融通。",
        {u8("[北京市] 2"), u8("  3 1、|完善职业教育。"), u8("[天津市] 4"), u8("  4 |推进职普融通。")}, {});
    row("a glued header, then the numbering goes on", "北京市\n1、完善职业教育。\n2、建设专业群。【天津市】\n3、推进职普融通。",
        {u8("[北京市] 2"), u8("  3 1、|完善职业教育。"), u8("  4 2、|建设专业群。"), u8("[天津市] 4"), u8("  5 3、|推进职普融通。")},
        {4, 5});
}

void TestLayouts::namesInOtherFormsAndPlaces()
{
    QFETCH(QString, body);
    QFETCH(QStringList, expected);
    QFETCH(QList<int>, warnings);
    QFETCH(int, errorLine);
    ParsedDocument doc;
    Diagnostic error;
    const bool ok = parseString(u8("标题\n") + body + u8("\n"), &doc, &error);
    if (errorLine) {
        QVERIFY2(!ok, qPrintable(outline(doc).join(u'\n')));
        QCOMPARE(error.line, errorLine);
        QVERIFY2(error.message.contains(u8("“")), qPrintable(error.message)); // it quotes the line
        return;
    }
    QVERIFY2(ok, qPrintable(error.toString()));
    QCOMPARE(outline(doc), expected);
    QCOMPARE(warningLines(doc), warnings);
}

void TestLayouts::furnitureHeadlines()
{
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parseFixture(QStringLiteral("furniture-headlines.txt"), &doc, &error), qPrintable(error.toString()));
    QCOMPARE(doc.units.last().items.last().text,
             u8("深化职普融通、产教融合、科教融汇、校企合作,推动职业教育与技工教育贯通发展。"));
    QCOMPARE(doc.itemCount(), 3);
    QCOMPARE(warningLines(doc), QList<int>{7});
    QCOMPARE(doc.warnings.first().message,
             u8("page furniture after the last item is left out: lines 7–9, starting “- 黄山屯溪区:秋风迎诗意 教研唤灵思”"));
    QVERIFY(!allText(doc).contains(u8("托福")));
}

void TestLayouts::furnitureCopyright()
{
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parseFixture(QStringLiteral("furniture-copyright.txt"), &doc, &error), qPrintable(error.toString()));
    const ParsedItem &last = doc.units.last().items.last();
    QCOMPARE(last.text, u8("深化职普融通、产教融合、科教融汇、校企合作,推动职业教育与技工教育贯通发展。"));
    QCOMPARE(last.line, 6);
    QCOMPARE(warningLines(doc), QList<int>{7}); // the line the furniture is on
    QCOMPARE(doc.warnings.first().message,
             u8("the last item ends in page furniture, which is left out: “版权声明:以上图文,贵在分享,版权归原作者及原出处所有。”"));
}

void TestLayouts::unknownHeaderBetweenParagraphs()
{
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parseFixture(QStringLiteral("paragraph-unknown-header.txt"), &doc, &error), qPrintable(error.toString()));
    QCOMPARE(doc.units.size(), 1);
    QCOMPARE(warningLines(doc), QList<int>{5});
    QCOMPARE(doc.warnings.first().message,
             u8("“津沽” is read as an item of 北京市: a short line without punctuation; if it starts a section, write a "
                "province's name on it, such as “北京市”"));
}

void TestLayouts::unknownHeaderAboveTheFirstSection()
{
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parseString(u8("标题\n京城\n完善职业教育和培训体系。\n支持企业与在京高校院所共建产教融合基地。\n天津市\n"
                            "推进职普融通、产教融合、科教融汇。\n"),
                         &doc, &error),
             qPrintable(error.toString()));
    QCOMPARE(warningLines(doc), QList<int>{2});
    QCOMPARE(doc.warnings.first().message,
             u8("“京城” looks like a header but names no provincial-level unit: the lines after it, up to line 4, are "
                "read as the lead, not as items; if it starts a section, write the unit's name on it, such as “北京市”"));
}

void TestLayouts::headingAboveSubItems()
{
    // A heading-like line that names no province, then items numbered in another style: read as
    // text and sub-items of the item above, with a warning on that line.
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parseFixture(QStringLiteral("heading-above-sub-items.txt"), &doc, &error), qPrintable(error.toString()));
    QCOMPARE(outline(doc), (QStringList{u8("[北京市] 2"), u8("  3 1、|完善职业教育和培训体系。"),
                                        u8("  4 2、|支持企业与在京高校院所共建产教融合基地。津沽"),
                                        u8("    6 一、|推进职普融通、产教融合、科教融汇。")}));
    QCOMPARE(warningLines(doc), QList<int>{5});
    QCOMPARE(doc.warnings.first().message,
             u8("“津沽” looks like a header but names no provincial-level unit: it is read as text of the item above, "
                "under 北京市, and so are the items below it; if it starts a section, write a province's name on it, "
                "such as “北京市”"));
}

void TestLayouts::errorsNameTheCulprit_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("fixed"); // what the user writes on that line instead
    QTest::addColumn<QStringList>("expected"); // the outline after the fix

    QTest::newRow("numbering restarts under an unknown header")
        << QStringLiteral("restart-unknown-header.txt") << 5
        << u8("not understood as a header: “津沽” is read as text of the item above it, but the item numbered 1、 on "
              "line 6 starts the numbering again, so this line most likely starts a new section; it names no "
              "provincial-level unit: write the unit's name on it, such as “北京市” or “【北京】”")
        << u8("天津市")
        << QStringList{u8("[北京市] 2"), u8("  3 1、|完善职业教育和培训体系。"),
                       u8("  4 2、|支持企业与在京高校院所共建产教融合基地。"), u8("[天津市] 5"),
                       u8("  6 1、|推进职普融通、产教融合、科教融汇。"), u8("[河北省] 7"),
                       u8("  8 1、|建设省域高水平高职院校 30 所。")};
    QTest::newRow("a short line starting with a province")
        << QStringLiteral("unknown-header-form-error.txt") << 5
        << u8("not understood: “天津市教委牵头” starts with the name of 天津市 but is neither a header nor a sentence "
              "(it has no sentence punctuation); if it starts a section, write the name alone, such as “天津市”; if "
              "it is text, end it with “。”")
        << u8("天津市")
        << QStringList{u8("[北京市] 2"), u8("  3 1、|完善职业教育和培训体系。"),
                       u8("  4 2、|支持企业与在京高校院所共建产教融合基地"), u8("[天津市] 5"),
                       u8("  6 1、|推进职普融通、产教融合、科教融汇。")};
    QTest::newRow("a header glued without punctuation")
        << QStringLiteral("glued-without-punctuation.txt") << 4
        << u8("not understood: this line ends with “天津市”, most likely the header of a new section glued to the "
              "text, since the item numbered 1、 on line 5 starts the numbering again; put it on a line of its own, "
              "as a province's name such as “北京市”")
        << u8("2、加快培养高精尖产业急需紧缺人才\n天津市")
        << QStringList{u8("[北京市] 2"), u8("  3 1、|完善职业教育和培训体系。"), u8("  4 2、|加快培养高精尖产业急需紧缺人才"),
                       u8("[天津市] 5"), u8("  6 1、|推进职普融通、产教融合、科教融汇。")};
    QTest::newRow("the first header unknown")
        << QStringLiteral("header-before-items-unknown.txt") << 3
        << u8("not understood as a header: “京城” is read as text above the first section, but the numbered item "
              "below it (line 4) needs a province's header above it; if this line starts a section, write the "
              "unit's name on it, such as “北京市”")
        << u8("北京")
        << QStringList{u8("[北京市] 3"), u8("  4 1、|完善职业教育和培训体系。"), u8("[天津市] 5"),
                       u8("  6 1、|推进职普融通、产教融合、科教融汇。")};
}

void TestLayouts::errorsNameTheCulprit()
{
    QFETCH(QString, fixture);
    QFETCH(int, line);
    QFETCH(QString, message);
    QFETCH(QString, fixed);
    QFETCH(QStringList, expected);

    ParsedDocument doc;
    Diagnostic error;
    QVERIFY(!parseFixture(fixture, &doc, &error));
    QCOMPARE(error.line, line);
    QCOMPARE(error.message, message);
    QVERIFY(error.toString().startsWith(LayoutsDir + fixture + QStringLiteral(":%1: ").arg(line)));
    QVERIFY(doc.units.isEmpty()); // nothing from a refused file

    // The user fixes the line the message names: the next run gives the right result.
    QVERIFY2(parseString(withLine(fixtureText(fixture), line, fixed), &doc, &error), qPrintable(error.toString()));
    QCOMPARE(outline(doc), expected);
    QVERIFY2(doc.warnings.isEmpty(), doc.warnings.isEmpty() ? "" : qPrintable(doc.warnings.first().toString()));
}

void TestLayouts::lineNumbersOfOtherFormats()
{
    // Another format's reader gives the parser lines and where each stands in its file: warnings
    // and errors name those places.
    SourceText source;
    source.format = QStringLiteral("html");
    source.utf8 = u8("标题\n北京市\n1、完善职业教育和培训体系。天津市\n1、推进职普融通。\n津沽\n1、建设高职院校。\n").toUtf8();
    source.origins = {3, 10, 12, 15, 20, 21};
    CorpusParser parser(ReferenceData::builtIn());
    ParsedDocument doc;
    Diagnostic error;
    Collector sink;
    QVERIFY(!parser.parseSource(source, QStringLiteral("page.html"), &doc, &sink, &error));
    QCOMPARE(error.line, 20);
    QVERIFY2(error.message.startsWith(u8("not understood as a header: “津沽”")), qPrintable(error.message));

    source.utf8.replace(u8("津沽").toUtf8(), u8("河北").toUtf8());
    QVERIFY2(parser.parseSource(source, QStringLiteral("page.html"), &doc, &sink, &error), qPrintable(error.toString()));
    QCOMPARE(warningLines(doc), QList<int>{12});
    QVERIFY(doc.warnings.first().message.startsWith(u8("“天津市” at the end of this line")));
    QCOMPARE(doc.units.at(1).line, 12);
    QCOMPARE(doc.units.at(2).line, 20);
}

void TestLayouts::seedInEveryLayout_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("warnings");
    QTest::addColumn<int>("contentEnd");
    QTest::addColumn<QString>("source");
    const Seed seed = readSeed();
    QCOMPARE(seed.sections.size(), 31);
    const QMap<QString, Layout> layouts = seedLayouts();
    for (auto it = layouts.cbegin(); it != layouts.cend(); ++it) {
        const Rendered r = render(seed, it.value());
        QTest::newRow(qPrintable(it.key())) << r.text << r.warningLines << r.contentEndLine << r.source;
    }
}

void TestLayouts::seedInEveryLayout()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, warnings);
    QFETCH(int, contentEnd);
    QFETCH(QString, source);
    const Seed seed = readSeed();
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parseString(text, &doc, &error), qPrintable(error.toString()));
    QCOMPARE(pairs(doc), seedPairs(seed));
    QCOMPARE(doc.units.size(), 31);
    QCOMPARE(doc.title, seed.title);
    QCOMPARE(doc.lead, seed.lead);
    QCOMPARE(warningLines(doc), warnings);
    if (contentEnd)
        QCOMPARE(doc.contentEndLine, contentEnd);
    QCOMPARE(doc.source, source);
    QVERIFY(!allText(doc).contains(u8("托福")));
    // Sub-items stay under their item, whatever numbers the items have, or none.
    int nested = 0;
    for (const ParsedUnit &unit : std::as_const(doc.units))
        for (const ParsedItem &item : unit.items)
            if (!item.subItems.isEmpty()) {
                QCOMPARE(unit.nameZh, u8("贵州省"));
                QCOMPARE(item.text, u8("今年要继续办好“十件民生实事”。"));
                QCOMPARE(item.subItems.size(), 2);
                ++nested;
            }
    QCOMPARE(nested, 1);
    QVERIFY(!allText(doc).contains(u8("版权")));
}

void TestLayouts::seedLayoutsThatMustFail_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("line"); // a line of the rendered seed
    QTest::addColumn<QString>("replacement"); // what a careless copy made of it
    QTest::addColumn<bool>("glue"); // the replacement is glued to the end of the line above (its 。 dropped)
    QTest::addColumn<QString>("message"); // how the error starts
    auto row = [](const char *name, const char *layout, const char *line, const char *replacement, bool glue,
                  const char *message) {
        QTest::newRow(name) << u8(layout) << u8(line) << u8(replacement) << glue << u8(message);
    };
    row("header without a province name", "as published", "河北省", "燕赵", false, "not understood as a header: “燕赵”");
    row("header with words after the name", "as published", "天津市", "天津片区", false,
        "not understood: “天津片区” starts with the name of 天津市");
    row("first header unknown", "as published", "北京市", "京城", false,
        "not understood as a header: “京城” is read as text above the first section");
    row("decorated header unknown", "header 【北京】", "【河北】", "【燕赵】", false, "not understood as a header: “【燕赵】”");
    row("counted header unknown", "header 北京市（2条）", "河北省（1条）", "燕赵（1条）", false,
        "not understood as a header: “燕赵（1条）”");
    row("unknown header over items 一、", "items 一、", "河北省", "燕赵", false, "not understood as a header: “燕赵”");
    row("paragraph header with words after the name", "unnumbered paragraphs", "天津市", "天津片区", false,
        "not understood: “天津片区” starts with the name of 天津市");
    row("header glued without punctuation", "as published", "天津市", "天津市", true,
        "not understood: this line ends with “天津市”");
}

void TestLayouts::seedLayoutsThatMustFail()
{
    QFETCH(QString, layout);
    QFETCH(QString, line);
    QFETCH(QString, replacement);
    QFETCH(bool, glue);
    QFETCH(QString, message);

    const QStringList original = render(readSeed(), seedLayouts().value(layout)).text.split(u'\n');
    const int index = int(original.indexOf(line));
    QVERIFY(index > 0);
    QStringList broken = original;
    // Which lines of the original each broken line came from: what "fixing a line" restores.
    QList<QStringList> from;
    for (const QString &l : original)
        from.append(QStringList{l});
    int culprit = index + 1;
    if (glue) {
        QString &above = broken[index - 1];
        above.chop(1); // its 。
        above += replacement;
        from[index - 1].append(original.at(index));
        broken.removeAt(index);
        from.removeAt(index);
        culprit = index;
    } else {
        broken[index] = replacement;
    }

    ParsedDocument doc;
    Diagnostic error;
    QVERIFY(!parseString(broken.join(u'\n'), &doc, &error));
    QCOMPARE(error.line, culprit);
    QVERIFY2(error.message.startsWith(message), qPrintable(error.message));

    // Fixing the line the error names, and only it, gives the seed's items.
    broken[error.line - 1] = from.at(error.line - 1).join(u'\n');
    QVERIFY2(parseString(broken.join(u'\n'), &doc, &error), qPrintable(error.toString()));
    QCOMPARE(pairs(doc), seedPairs(readSeed()));
}

QTEST_GUILESS_MAIN(TestLayouts)
#include "tst_layouts.moc"
