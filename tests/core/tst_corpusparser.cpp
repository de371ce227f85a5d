// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for CorpusParser: numbering forms, sub-items, headers, the 来源 line, errors, and the
// seed corpus as a whole.
#include "corpusparser.h"
#include "referencedata.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString FileName = QStringLiteral("t.txt");

bool parse(const QString &text, ParsedDocument *doc, Diagnostic *error = nullptr)
{
    Diagnostic local;
    CorpusParser parser(ReferenceData::builtIn());
    return parser.parseText(text, FileName, doc, error ? error : &local);
}

QByteArray seedBytes()
{
    return fileBytes(QStringLiteral(SEED_CORPUS));
}

const ParsedUnit *unitNamed(const ParsedDocument &doc, const QString &name)
{
    for (const ParsedUnit &unit : doc.units)
        if (unit.nameZh == name)
            return &unit;
    return nullptr;
}

QStringList unitNames(const ParsedDocument &doc)
{
    QStringList names;
    for (const ParsedUnit &unit : doc.units)
        names.append(unit.nameZh);
    return names;
}

// Everything the parser kept, one string per piece, to check that nothing unwanted got in.
QStringList allTexts(const ParsedDocument &doc)
{
    QStringList texts{doc.title, doc.lead, doc.source, doc.author, doc.sourceLine};
    for (const ParsedUnit &unit : doc.units) {
        texts.append(unit.nameZh);
        for (const ParsedItem &item : unit.items) {
            texts.append(item.label + item.text);
            for (const ParsedItem &sub : item.subItems)
                texts.append(sub.label + sub.text);
        }
    }
    return texts;
}

} // namespace

class TestCorpusParser : public QObject
{
    Q_OBJECT

private slots:
    void numberingForms_data();
    void numberingForms();
    void subItems_data();
    void subItems();
    void decimalNumberIsNotAnItem_data();
    void decimalNumberIsNotAnItem();
    void headerForms_data();
    void headerForms();
    void differentFormsOfOneHeaderMerge();
    void nonStandardHeader();
    void repeatedHeaderMerges();
    void repeatedHeaderWithOtherNumberingStyle();
    void sourceLine_data();
    void sourceLine();
    void nothingAfterSourceLine();
    void titleLeadAndYear_data();
    void titleLeadAndYear();
    void blankLinesAndSpacesAreIgnored();
    void continuationLines();
    void unnumberedFirstLineIsAnItem();
    void errors_data();
    void errors();
    void headerWithoutItemsWarns();
    void fileErrors();

    void seedDocument();
    void seedUnits();
    void seedItemTexts();
    void seedGuizhouSubItems();
    void seedHasNoTrailingHeadlines();
    void sameContentSameHash();
    void gbkFixtureHash();
    void contentHashDefinition_data();
    void contentHashDefinition();
    void unnumberedLineAfterRepeatedHeader();
};

void TestCorpusParser::numberingForms_data()
{
    QTest::addColumn<QString>("first"); // prefix of the first item line, as written
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("label1");
    QTest::addColumn<QString>("label2");
    QTest::addColumn<int>("ordinal1");
    QTest::addColumn<int>("ordinal2");

    auto row = [](const char *name, const char *first, const char *second, const char *label1, const char *label2,
                  int o1, int o2) {
        QTest::newRow(name) << QString::fromUtf8(first) << QString::fromUtf8(second) << QString::fromUtf8(label1)
                            << QString::fromUtf8(label2) << o1 << o2;
    };
    row("1、", "1、", "2、", "1、", "2、", 1, 2);
    row("1.", "1.", "2.", "1.", "2.", 1, 2);
    row("1．(full-width dot)", "1．", "2．", "1．", "2．", 1, 2);
    row("1)", "1)", "2)", "1)", "2)", 1, 2);
    row("1）", "1）", "2）", "1）", "2）", 1, 2);
    row("(1)", "(1)", "(2)", "(1)", "(2)", 1, 2);
    row("（1）", "（1）", "（2）", "（1）", "（2）", 1, 2);
    row("(1）mixed", "(1）", "（2)", "(1）", "（2)", 1, 2);
    row("①", "①", "②", "①", "②", 1, 2);
    row("⑩⑪", "⑩", "⑪", "⑩", "⑪", 10, 11);
    row("⑴", "⑴", "⑵", "⑴", "⑵", 1, 2);
    row("一、", "一、", "二、", "一、", "二、", 1, 2);
    row("十、十一、", "十、", "十一、", "十、", "十一、", 10, 11);
    row("二十三、", "二十二、", "二十三、", "二十二、", "二十三、", 22, 23);
    row("（一）", "（一）", "（二）", "（一）", "（二）", 1, 2);
    row("１、(full-width digit)", "１、", "２、", "１、", "２、", 1, 2);
    row("１２、", "１２、", "１３、", "１２、", "１３、", 12, 13);
    row("10、", "10、", "11、", "10、", "11、", 10, 11);
    row("space before delimiter", "1 、", "2 、", "1、", "2、", 1, 2);
    row("space after delimiter", "1. ", "2.  ", "1.", "2.", 1, 2);
    row("space inside parentheses", "( 1 )", "（ 2 ）", "(1)", "（2）", 1, 2);
}

void TestCorpusParser::numberingForms()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, label1);
    QFETCH(QString, label2);
    QFETCH(int, ordinal1);
    QFETCH(int, ordinal2);

    const QString text = QStringLiteral("标题\n北京市\n") + first + QStringLiteral("完善职业教育。\n") + second
                         + QStringLiteral("推进产教融合。\n");
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parse(text, &doc, &error), qPrintable(error.toString()));
    QCOMPARE(doc.units.size(), 1);
    const QList<ParsedItem> &items = doc.units.first().items;
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).label, label1);
    QCOMPARE(items.at(1).label, label2);
    QCOMPARE(items.at(0).ordinal, ordinal1);
    QCOMPARE(items.at(1).ordinal, ordinal2);
    QCOMPARE(items.at(0).text, QStringLiteral("完善职业教育。"));
    QCOMPARE(items.at(1).text, QStringLiteral("推进产教融合。"));
    QCOMPARE(items.at(0).line, 3);
    QCOMPARE(items.at(1).line, 4);
    QVERIFY(items.at(0).subItems.isEmpty());
    QVERIFY(items.at(1).subItems.isEmpty());
    QCOMPARE(doc.itemCount(), 2);
    QVERIFY(doc.warnings.isEmpty());
}

void TestCorpusParser::subItems_data()
{
    QTest::addColumn<QString>("body"); // the lines under 北京市
    QTest::addColumn<QStringList>("expected"); // "label text" per item, sub-items indented by ">"

    QTest::newRow("arabic items, (n) sub-items")
        << QStringLiteral("1、甲。\n2、乙:\n(1)丙。\n(2)丁。\n3、戊。")
        << QStringList{QStringLiteral("1、 甲。"), QStringLiteral("2、 乙:"), QStringLiteral(">(1) 丙。"),
                       QStringLiteral(">(2) 丁。"), QStringLiteral("3、 戊。")};
    QTest::newRow("arabic items, full-width （n） sub-items")
        << QStringLiteral("1、甲。\n（1）丙。\n（2）丁。")
        << QStringList{QStringLiteral("1、 甲。"), QStringLiteral(">（1） 丙。"), QStringLiteral(">（2） 丁。")};
    QTest::newRow("chinese items, arabic sub-items")
        << QStringLiteral("一、甲。\n1、乙。\n2、丙。\n二、丁。\n1、戊。")
        << QStringList{QStringLiteral("一、 甲。"), QStringLiteral(">1、 乙。"), QStringLiteral(">2、 丙。"),
                       QStringLiteral("二、 丁。"), QStringLiteral(">1、 戊。")};
    QTest::newRow("circled sub-items")
        << QStringLiteral("1、甲。\n①乙。\n②丙。")
        << QStringList{QStringLiteral("1、 甲。"), QStringLiteral(">① 乙。"), QStringLiteral(">② 丙。")};
    QTest::newRow("(n) items stay items when they come first")
        << QStringLiteral("(1)甲。\n(2)乙。")
        << QStringList{QStringLiteral("(1) 甲。"), QStringLiteral("(2) 乙。")};
    QTest::newRow("sub-item continuation line")
        << QStringLiteral("1、甲。\n(1)丙\n的续行。\n2、乙。")
        << QStringList{QStringLiteral("1、 甲。"), QStringLiteral(">(1) 丙的续行。"), QStringLiteral("2、 乙。")};
}

void TestCorpusParser::subItems()
{
    QFETCH(QString, body);
    QFETCH(QStringList, expected);

    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parse(QStringLiteral("标题\n北京市\n") + body + u'\n', &doc, &error), qPrintable(error.toString()));
    QCOMPARE(doc.units.size(), 1);
    QStringList actual;
    for (const ParsedItem &item : doc.units.first().items) {
        actual.append(item.label + u' ' + item.text);
        for (const ParsedItem &sub : item.subItems)
            actual.append(u'>' + sub.label + u' ' + sub.text);
    }
    QCOMPARE(actual, expected);
    QCOMPARE(doc.itemCount(), expected.size());
}

void TestCorpusParser::decimalNumberIsNotAnItem_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("1.5万人") << QStringLiteral("1.5万人参加培训。");
    QTest::newRow("full-width １．５万人") << QStringLiteral("１．５万人参加培训。");
    QTest::newRow("2.35亿元") << QStringLiteral("2.35亿元投入。");
    QTest::newRow("2023年") << QStringLiteral("2023年完成。");
    QTest::newRow("三)") << QStringLiteral("三)方面的工作。");
}

void TestCorpusParser::decimalNumberIsNotAnItem()
{
    QFETCH(QString, line);
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parse(QStringLiteral("标题\n北京市\n1、共有\n") + line + QStringLiteral("\n2、下一项。\n"), &doc, &error),
             qPrintable(error.toString()));
    const QList<ParsedItem> &items = doc.units.first().items;
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).text, QStringLiteral("共有") + line);
    QCOMPARE(items.at(1).ordinal, 2);
    QVERIFY(items.at(0).subItems.isEmpty());
}

void TestCorpusParser::headerForms_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");

    const QString guangdong = QStringLiteral("广东省"), neimenggu = QStringLiteral("内蒙古自治区");
    const QString gd = QStringLiteral("440000"), nm = QStringLiteral("150000");
    QTest::newRow("广东省") << QStringLiteral("广东省") << guangdong << gd;
    QTest::newRow("广东") << QStringLiteral("广东") << guangdong << gd;
    QTest::newRow("广东省：") << QStringLiteral("广东省：") << guangdong << gd;
    QTest::newRow("广东:") << QStringLiteral("广东:") << guangdong << gd;
    QTest::newRow("广东 ：") << QStringLiteral("广东 ：") << guangdong << gd;
    QTest::newRow("stray spaces") << QStringLiteral("  \t广东省  ") << guangdong << gd;
    QTest::newRow("ideographic spaces") << QStringLiteral("\u3000广东省\u3000") << guangdong << gd;
    QTest::newRow("内蒙古自治区") << QStringLiteral("内蒙古自治区") << neimenggu << nm;
    QTest::newRow("内蒙古") << QStringLiteral("内蒙古") << neimenggu << nm;
    QTest::newRow("内蒙古：") << QStringLiteral("内蒙古：") << neimenggu << nm;
    QTest::newRow("内蒙古自治区:") << QStringLiteral("内蒙古自治区:") << neimenggu << nm;
    QTest::newRow("北京") << QStringLiteral("北京") << QStringLiteral("北京市") << QStringLiteral("110000");
    QTest::newRow("新疆") << QStringLiteral("新疆") << QStringLiteral("新疆维吾尔自治区") << QStringLiteral("650000");
    QTest::newRow("广西：") << QStringLiteral("广西：") << QStringLiteral("广西壮族自治区") << QStringLiteral("450000");
}

void TestCorpusParser::headerForms()
{
    QFETCH(QString, header);
    QFETCH(QString, name);
    QFETCH(QString, code);

    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parse(QStringLiteral("标题\n") + header + QStringLiteral("\n1、甲。\n"), &doc, &error),
             qPrintable(error.toString()));
    QCOMPARE(doc.units.size(), 1);
    QCOMPARE(doc.units.first().nameZh, name);
    QCOMPARE(doc.units.first().code, code);
    QVERIFY(doc.units.first().isStandard());
    QCOMPARE(doc.units.first().line, 2);
    QCOMPARE(doc.units.first().items.size(), 1);
    QVERIFY(doc.warnings.isEmpty());
}

void TestCorpusParser::differentFormsOfOneHeaderMerge()
{
    ParsedDocument doc;
    QVERIFY(parse(QStringLiteral("标题\n广东省\n1、甲。\n内蒙古\n1、乙。\n广东：\n2、丙。\n内蒙古自治区\n2、丁。\n"), &doc));
    QCOMPARE(unitNames(doc), (QStringList{QStringLiteral("广东省"), QStringLiteral("内蒙古自治区")}));
    QCOMPARE(doc.units.at(0).items.size(), 2);
    QCOMPARE(doc.units.at(0).items.at(1).text, QStringLiteral("丙。"));
    QCOMPARE(doc.units.at(1).items.size(), 2);
    QCOMPARE(doc.units.at(1).items.at(1).text, QStringLiteral("丁。"));
    QCOMPARE(doc.warnings.size(), 2);
    QCOMPARE(doc.warnings.at(0).line, 6);
    QCOMPARE(doc.warnings.at(1).line, 8);
}

void TestCorpusParser::nonStandardHeader()
{
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parse(QStringLiteral("标题\n新疆维吾尔自治区\n1、甲。\n\n新疆生产建设兵团：\n1、乙。\n2、丙。\n"), &doc, &error),
             qPrintable(error.toString()));
    QCOMPARE(doc.units.size(), 2);
    const ParsedUnit &corps = doc.units.at(1);
    QCOMPARE(corps.nameZh, QStringLiteral("新疆生产建设兵团"));
    QVERIFY(corps.code.isEmpty());
    QVERIFY(!corps.isStandard());
    QCOMPARE(corps.line, 5);
    QCOMPARE(corps.items.size(), 2);
    QCOMPARE(doc.units.at(0).code, QStringLiteral("650000"));
    QCOMPARE(doc.units.at(0).items.size(), 1); // the corps' items are not merged into 新疆
    QCOMPARE(doc.warnings.size(), 1);
    const Diagnostic &warning = doc.warnings.first();
    QCOMPARE(warning.file, FileName);
    QCOMPARE(warning.line, 5);
    QVERIFY2(warning.message.contains(QStringLiteral("新疆生产建设兵团")), qPrintable(warning.message));
    QVERIFY(warning.toString().startsWith(QStringLiteral("t.txt:5: ")));
}

void TestCorpusParser::repeatedHeaderMerges()
{
    ParsedDocument doc;
    QVERIFY(parse(QStringLiteral("标题\n北京市\n1、甲。\n天津市\n1、乙。\n北京市\n2、丙。\n3、丁。\n"), &doc));
    QCOMPARE(unitNames(doc), (QStringList{QStringLiteral("北京市"), QStringLiteral("天津市")}));
    const ParsedUnit &beijing = doc.units.first();
    QCOMPARE(beijing.line, 2); // where it first appeared
    QCOMPARE(beijing.items.size(), 3);
    QCOMPARE(beijing.items.at(1).text, QStringLiteral("丙。"));
    QCOMPARE(beijing.items.at(1).line, 7);
    QCOMPARE(doc.units.at(1).items.size(), 1);
    QCOMPARE(doc.itemCount(), 4);
    QCOMPARE(doc.warnings.size(), 1);
    const Diagnostic &warning = doc.warnings.first();
    QCOMPARE(warning.line, 6);
    QVERIFY2(warning.message.contains(QStringLiteral("北京市")), qPrintable(warning.message));
    QVERIFY2(warning.message.contains(QStringLiteral("line 2")), qPrintable(warning.message));
}

void TestCorpusParser::repeatedHeaderWithOtherNumberingStyle()
{
    // The second 北京市 section uses its own numbering; the style of the 天津市 section in between
    // must not turn its items into sub-items of 北京市 item 一.
    ParsedDocument doc;
    QVERIFY(parse(QStringLiteral("标题\n北京市\n一、甲。\n天津市\n1、乙。\n北京市\n二、丙。\n三、丁。\n"), &doc));
    const ParsedUnit &beijing = doc.units.first();
    QCOMPARE(beijing.items.size(), 3);
    QVERIFY(beijing.items.at(0).subItems.isEmpty());
    QCOMPARE(beijing.items.at(1).label, QStringLiteral("二、"));
    QCOMPARE(beijing.items.at(2).label, QStringLiteral("三、"));
}

void TestCorpusParser::sourceLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("author");

    QTest::newRow("seed form") << QStringLiteral("来源:职教圈,作者:吴灵辉,杨凌职业技术学院。") << QStringLiteral("职教圈")
                               << QStringLiteral("吴灵辉,杨凌职业技术学院");
    QTest::newRow("full-width") << QStringLiteral("来源：人民日报，作者：李四。") << QStringLiteral("人民日报")
                                << QStringLiteral("李四");
    QTest::newRow("spaces") << QStringLiteral("来源: 教育部  作者: 张三") << QStringLiteral("教育部")
                            << QStringLiteral("张三");
    QTest::newRow("no author") << QStringLiteral("来源：新华网") << QStringLiteral("新华网") << QString();
}

void TestCorpusParser::sourceLine()
{
    QFETCH(QString, line);
    QFETCH(QString, source);
    QFETCH(QString, author);

    ParsedDocument doc;
    QVERIFY(parse(QStringLiteral("标题\n北京市\n1、甲。\n") + line + u'\n', &doc));
    QCOMPARE(doc.sourceLine, line);
    QCOMPARE(doc.source, source);
    QCOMPARE(doc.author, author);
    QCOMPARE(doc.itemCount(), 1);
    QCOMPARE(doc.units.first().items.first().text, QStringLiteral("甲。")); // the source line is not item text
}

void TestCorpusParser::nothingAfterSourceLine()
{
    ParsedDocument doc;
    QVERIFY(parse(QStringLiteral("标题\n北京市\n1、甲。\n来源:职教圈\n版权声明:以上图文。\n上海市\n1、乙。\n- 托福写作如何得高分\n"),
                  &doc));
    QCOMPARE(unitNames(doc), QStringList{QStringLiteral("北京市")});
    QCOMPARE(doc.itemCount(), 1);
    QCOMPARE(doc.units.first().items.first().text, QStringLiteral("甲。"));
    for (const QString &text : allTexts(doc)) {
        QVERIFY2(!text.contains(QStringLiteral("版权")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("托福")), qPrintable(text));
    }
}

void TestCorpusParser::titleLeadAndYear_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("lead");
    QTest::addColumn<int>("year");

    QTest::newRow("title and two lead lines")
        << QStringLiteral("2022年各地职教要点\n第一段导语,\n接着一行。\n北京市\n1、甲。\n") << QStringLiteral("2022年各地职教要点")
        << QStringLiteral("第一段导语,接着一行。") << 2022;
    QTest::newRow("year with a space") << QStringLiteral("1999 年工作报告\n北京市\n1、甲。\n")
                                       << QStringLiteral("1999 年工作报告") << QString() << 1999;
    QTest::newRow("no year") << QStringLiteral("各地职教要点\n北京市\n1、甲。\n") << QStringLiteral("各地职教要点")
                             << QString() << 0;
    QTest::newRow("a number that is not a year") << QStringLiteral("31个省的3000年规划\n北京市\n1、甲。\n")
                                                 << QStringLiteral("31个省的3000年规划") << QString() << 0;
    QTest::newRow("no title: the file name") << QStringLiteral("北京市\n1、甲。\n") << FileName << QString() << 0;
}

void TestCorpusParser::titleLeadAndYear()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(QString, lead);
    QFETCH(int, year);

    ParsedDocument doc;
    QVERIFY(parse(text, &doc));
    QCOMPARE(doc.title, title);
    QCOMPARE(doc.lead, lead);
    QCOMPARE(doc.year, year);
}

void TestCorpusParser::blankLinesAndSpacesAreIgnored()
{
    const QString clean = QStringLiteral("标题\n北京市\n1、完善职业教育。\n2、产教融合。\n天津市\n1、职普融通。\n");
    const QString messy = QStringLiteral("\n\n  标题  \r\n\r\n\t北京市\t\n\n   1、完善职业教育。   \n\u3000\n2、产教融合。\u3000\n"
                                         "\n \n天津市 \r 1、职普融通。\n\n\n");
    ParsedDocument a, b;
    QVERIFY(parse(clean, &a));
    Diagnostic error;
    QVERIFY2(parse(messy, &b, &error), qPrintable(error.toString()));
    QCOMPARE(b.title, a.title);
    QCOMPARE(unitNames(b), unitNames(a));
    QCOMPARE(allTexts(b), allTexts(a));
    QCOMPARE(b.contentHash, a.contentHash);
    QVERIFY(b.warnings.isEmpty());
    // Line numbers are those of the file as written (CR alone counts as a line break).
    QCOMPARE(b.title, QStringLiteral("标题"));
    QCOMPARE(b.units.at(0).line, 5);
    QCOMPARE(b.units.at(0).items.at(0).line, 7);
    QCOMPARE(b.units.at(0).items.at(1).line, 9);
    QCOMPARE(b.units.at(1).line, 12);
    QCOMPARE(b.units.at(1).items.at(0).line, 13);
}

void TestCorpusParser::continuationLines()
{
    ParsedDocument doc;
    QVERIFY(parse(QStringLiteral("标题\n北京市\n1、完善职业教育\n和培训体系。\n2、Build the\nsystem (v2)\n3、丙\n"), &doc));
    const QList<ParsedItem> &items = doc.units.first().items;
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0).text, QStringLiteral("完善职业教育和培训体系。"));
    QCOMPARE(items.at(0).line, 3);
    // Latin words broken across lines keep a space between them.
    QCOMPARE(items.at(1).text, QStringLiteral("Build the system (v2)"));
    QCOMPARE(items.at(2).text, QStringLiteral("丙"));
}

void TestCorpusParser::unnumberedFirstLineIsAnItem()
{
    ParsedDocument doc;
    QVERIFY(parse(QStringLiteral("标题\n北京市\n完善职业教育体系。\n上海市\n1.5万人参加培训。\n"), &doc));
    QCOMPARE(doc.units.size(), 2);
    for (const ParsedUnit &unit : doc.units) {
        QCOMPARE(unit.items.size(), 1);
        QCOMPARE(unit.items.first().label, QString());
        QCOMPARE(unit.items.first().ordinal, 0);
    }
    QCOMPARE(doc.units.at(1).items.first().text, QStringLiteral("1.5万人参加培训。"));
}

void TestCorpusParser::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    const QString beforeHeader = QStringLiteral("numbered item before any province header");
    QTest::newRow("item before header, after lead")
        << QStringLiteral("标题\n导语。\n1、项目。\n北京市\n1、甲。\n") << 3 << beforeHeader;
    QTest::newRow("item on the first line") << QStringLiteral("1、项目。\n北京市\n1、甲。\n") << 1 << beforeHeader;
    QTest::newRow("（1） after blank lines")
        << QStringLiteral("标题\n\n\n（1）项目。\n北京市\n1、甲。\n") << 4 << beforeHeader;
    QTest::newRow("item before header, CRLF")
        << QStringLiteral("标题\r\n导语。\r\n\r\n一、项目。\r\n北京市\r\n1、甲。\r\n") << 4 << beforeHeader;
    QTest::newRow("headers without items")
        << QStringLiteral("标题\n北京市\n天津市：\n") << 2 << QStringLiteral("no items");
    QTest::newRow("headers without items, then source")
        << QStringLiteral("标题\n\n上海\n\n广东省\n来源:职教圈\n") << 3 << QStringLiteral("no items");
    QTest::newRow("no header") << QStringLiteral("标题\n只是一些文字。\n还有一些。\n") << 0
                               << QStringLiteral("no province header found");
    QTest::newRow("title only") << QStringLiteral("标题\n") << 0 << QStringLiteral("no province header found");
    QTest::newRow("empty") << QString() << 0 << QStringLiteral("the file has no text");
    QTest::newRow("whitespace only") << QStringLiteral("\n  \r\n\t\n\u3000\n") << 0
                                     << QStringLiteral("the file has no text");
}

void TestCorpusParser::errors()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, message);

    ParsedDocument doc;
    doc.title = QStringLiteral("untouched");
    Diagnostic error;
    QVERIFY(!parse(text, &doc, &error));
    QCOMPARE(error.file, FileName);
    QCOMPARE(error.line, line);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    if (line > 0)
        QVERIFY2(error.toString().startsWith(QStringLiteral("t.txt:%1: ").arg(line)), qPrintable(error.toString()));
    else
        QVERIFY2(error.toString().startsWith(QStringLiteral("t.txt: ")), qPrintable(error.toString()));
    QCOMPARE(doc.title, QStringLiteral("untouched")); // no partial result
}

void TestCorpusParser::headerWithoutItemsWarns()
{
    ParsedDocument doc;
    QVERIFY(parse(QStringLiteral("标题\n北京市\n天津市\n1、甲。\n"), &doc));
    QCOMPARE(doc.units.size(), 2);
    QVERIFY(doc.units.at(0).items.isEmpty());
    QCOMPARE(doc.warnings.size(), 1);
    QCOMPARE(doc.warnings.first().line, 2);
    QVERIFY2(doc.warnings.first().message.contains(QStringLiteral("北京市")), qPrintable(doc.warnings.first().message));
}

void TestCorpusParser::fileErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CorpusParser parser(ReferenceData::builtIn());
    ParsedDocument doc;
    Diagnostic error;

    const QString empty = dir.filePath(QStringLiteral("empty.txt"));
    {
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(!parser.parseFile(empty, &doc, &error));
    QCOMPARE(error.file, empty);
    QCOMPARE(error.line, 0);
    QVERIFY2(error.message.contains(QStringLiteral("empty")), qPrintable(error.message));

    const QString binary = dir.filePath(QStringLiteral("binary.txt"));
    {
        QFile file(binary);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("标题\n北京市\n").toUtf8() + QByteArray("1\0", 2));
    }
    QVERIFY(!parser.parseFile(binary, &doc, &error));
    QCOMPARE(error.line, 3);
    QVERIFY2(error.message.contains(QStringLiteral("NUL")), qPrintable(error.message));

    const QString missing = dir.filePath(QStringLiteral("missing.txt"));
    QVERIFY(!parser.parseFile(missing, &doc, &error));
    QCOMPARE(error.file, missing);
    QVERIFY2(error.message.contains(QStringLiteral("cannot read")), qPrintable(error.message));
}

void TestCorpusParser::seedDocument()
{
    CorpusParser parser(ReferenceData::builtIn());
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parser.parseFile(QStringLiteral(SEED_CORPUS), &doc, &error), qPrintable(error.toString()));
    QCOMPARE(doc.fileName, QStringLiteral(SEED_CORPUS));
    QCOMPARE(doc.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(doc.title, QStringLiteral("2023年全国各省职业教育重点工作抢先看"));
    QCOMPARE(doc.lead, QStringLiteral("随着2023年政府工作报告相继出炉,全国31个省、市、自治区对本年重点工作进行了规划和部署。"
                                      "职业教育有哪些计划安排?报告中涉及的“职业教育”相关表述又有哪些。"));
    QCOMPARE(doc.year, 2023);
    QCOMPARE(doc.sourceLine, QStringLiteral("来源:职教圈,作者:吴灵辉,杨凌职业技术学院。"));
    QCOMPARE(doc.source, QStringLiteral("职教圈"));
    QCOMPARE(doc.author, QStringLiteral("吴灵辉,杨凌职业技术学院"));
    QCOMPARE(doc.published, QString());
    // The 来源 line ends the content, and the document says so.
    QCOMPARE(doc.contentEndLine, 128);
    QCOMPARE(doc.contentEndText, doc.sourceLine);
    QCOMPARE(doc.contentEndReason, QStringLiteral("a 来源 (source) line: what follows it is not part of the text"));
    QCOMPARE(doc.units.size(), 31);
    QCOMPARE(doc.itemCount(), 94);
    QVERIFY2(doc.warnings.isEmpty(), doc.warnings.isEmpty() ? "" : qPrintable(doc.warnings.first().toString()));
    QCOMPARE(doc.contentHash.size(), 64);

    // The built-in resource copy parses to the same document.
    ParsedDocument resource;
    QVERIFY2(parser.parseFile(QStringLiteral(":/corpus/2023-provincial-vocational-education.txt"), &resource, &error),
             qPrintable(error.toString()));
    QCOMPARE(resource.contentHash, doc.contentHash);
}

void TestCorpusParser::seedUnits()
{
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(CorpusParser(ReferenceData::builtIn()).parseBytes(seedBytes(), FileName, &doc, &error),
             qPrintable(error.toString()));
    // In file order, with the number of top-level items each.
    const QList<std::pair<QString, int>> expected = {
        {QStringLiteral("北京市"), 2},         {QStringLiteral("天津市"), 1},   {QStringLiteral("河北省"), 1},
        {QStringLiteral("山西省"), 2},         {QStringLiteral("内蒙古自治区"), 6}, {QStringLiteral("辽宁省"), 3},
        {QStringLiteral("吉林省"), 3},         {QStringLiteral("黑龙江省"), 2}, {QStringLiteral("上海市"), 3},
        {QStringLiteral("江苏省"), 2},         {QStringLiteral("浙江省"), 3},   {QStringLiteral("安徽省"), 1},
        {QStringLiteral("福建省"), 5},         {QStringLiteral("江西省"), 6},   {QStringLiteral("山东省"), 1},
        {QStringLiteral("河南省"), 4},         {QStringLiteral("湖北省"), 2},   {QStringLiteral("湖南省"), 2},
        {QStringLiteral("广东省"), 7},         {QStringLiteral("广西壮族自治区"), 4}, {QStringLiteral("海南省"), 2},
        {QStringLiteral("重庆市"), 2},         {QStringLiteral("四川省"), 3},   {QStringLiteral("贵州省"), 5},
        {QStringLiteral("云南省"), 1},         {QStringLiteral("西藏自治区"), 3}, {QStringLiteral("陕西省"), 2},
        {QStringLiteral("甘肃省"), 5},         {QStringLiteral("青海省"), 3},   {QStringLiteral("宁夏回族自治区"), 3},
        {QStringLiteral("新疆维吾尔自治区"), 3},
    };
    QCOMPARE(doc.units.size(), expected.size());
    QSet<QString> codes;
    for (int u = 0; u < expected.size(); ++u) {
        const ParsedUnit &unit = doc.units.at(u);
        QCOMPARE(unit.nameZh, expected.at(u).first);
        QCOMPARE(unit.items.size(), expected.at(u).second);
        QVERIFY(unit.isStandard());
        const Province *province = ReferenceData::builtIn().provinceByCode(unit.code);
        QVERIFY(province);
        QCOMPARE(province->nameZh, unit.nameZh);
        codes.insert(unit.code);
        // Every item is numbered 1、2、3、… in order.
        for (int i = 0; i < unit.items.size(); ++i) {
            QCOMPARE(unit.items.at(i).ordinal, i + 1);
            QCOMPARE(unit.items.at(i).label, QStringLiteral("%1、").arg(i + 1));
        }
    }
    QCOMPARE(codes.size(), 31);
    QCOMPARE(doc.units.first().line, 3);
    QCOMPARE(doc.units.last().line, 124);
}

void TestCorpusParser::seedItemTexts()
{
    ParsedDocument doc;
    QVERIFY(CorpusParser(ReferenceData::builtIn()).parseBytes(seedBytes(), FileName, &doc, nullptr));

    const ParsedUnit *guangdong = unitNamed(doc, QStringLiteral("广东省"));
    QVERIFY(guangdong);
    QCOMPARE(guangdong->code, QStringLiteral("440000"));
    QCOMPARE(guangdong->line, 70);
    QCOMPARE(guangdong->items.at(2).label, QStringLiteral("3、"));
    QCOMPARE(guangdong->items.at(2).ordinal, 3);
    QCOMPARE(guangdong->items.at(2).text, QStringLiteral("实施职业学校办学条件达标工程。"));
    QCOMPARE(guangdong->items.at(2).line, 73);
    QCOMPARE(guangdong->items.at(5).text, QStringLiteral("抓好技工教育“强基培优”计划,推动技工教育与职业教育融合发展。"));

    const ParsedUnit *beijing = unitNamed(doc, QStringLiteral("北京市"));
    QVERIFY(beijing);
    QCOMPARE(beijing->items.at(0).text, QStringLiteral("完善职业教育和培训体系。"));
    QCOMPARE(beijing->items.at(0).line, 4);

    const ParsedUnit *hebei = unitNamed(doc, QStringLiteral("河北省"));
    QVERIFY(hebei);
    QCOMPARE(hebei->items.at(0).text, QStringLiteral("建设省域高水平高职院校 30 所。")); // inner spaces kept

    const ParsedUnit *heilongjiang = unitNamed(doc, QStringLiteral("黑龙江省"));
    QVERIFY(heilongjiang);
    QCOMPARE(heilongjiang->items.at(0).text, QStringLiteral("“双高”“双优”项目重点建设35所职业学校、100个专业(群)。"));

    const ParsedUnit *neimenggu = unitNamed(doc, QStringLiteral("内蒙古自治区"));
    QVERIFY(neimenggu);
    QCOMPARE(neimenggu->code, QStringLiteral("150000"));
    QCOMPARE(neimenggu->items.at(5).text, QStringLiteral("创立职业本科院校。"));
    QCOMPARE(neimenggu->items.at(5).line, 19);

    const ParsedUnit *xinjiang = unitNamed(doc, QStringLiteral("新疆维吾尔自治区"));
    QVERIFY(xinjiang);
    QCOMPARE(xinjiang->items.at(2).text,
             QStringLiteral("深化职普融通、产教融合、科教融汇、校企合作,推动职业教育与技工教育贯通发展。"));
    QCOMPARE(xinjiang->items.at(2).line, 127);
}

void TestCorpusParser::seedGuizhouSubItems()
{
    ParsedDocument doc;
    QVERIFY(CorpusParser(ReferenceData::builtIn()).parseBytes(seedBytes(), FileName, &doc, nullptr));
    const ParsedUnit *guizhou = unitNamed(doc, QStringLiteral("贵州省"));
    QVERIFY(guizhou);
    QCOMPARE(guizhou->code, QStringLiteral("520000"));
    QCOMPARE(guizhou->items.size(), 5);
    for (int i = 0; i < 4; ++i)
        QVERIFY(guizhou->items.at(i).subItems.isEmpty());
    const ParsedItem &five = guizhou->items.at(4);
    QCOMPARE(five.label, QStringLiteral("5、"));
    QCOMPARE(five.text, QStringLiteral("今年要继续办好“十件民生实事”。"));
    QCOMPARE(five.line, 98);
    QCOMPARE(five.subItems.size(), 2);
    QCOMPARE(five.subItems.at(0).label, QStringLiteral("(1)"));
    QCOMPARE(five.subItems.at(0).ordinal, 1);
    QCOMPARE(five.subItems.at(0).line, 99);
    QCOMPARE(five.subItems.at(0).text,
             QStringLiteral("做好重点群体就业工作,开展农业技能技术培训2万人次,城镇公益性岗位安置就业困难人员4万人,"
                            "高职院校“订单班”毕业生就业1.5万人。"));
    QCOMPARE(five.subItems.at(1).label, QStringLiteral("(2)"));
    QCOMPARE(five.subItems.at(1).ordinal, 2);
    QCOMPARE(five.subItems.at(1).line, 100);
    QVERIFY(five.subItems.at(1).text.startsWith(QStringLiteral("办好人民满意的教育")));
    QVERIFY(five.subItems.at(0).subItems.isEmpty());

    // Guizhou is the only unit with sub-items.
    int withSubItems = 0;
    for (const ParsedUnit &unit : doc.units)
        for (const ParsedItem &item : unit.items)
            withSubItems += !item.subItems.isEmpty();
    QCOMPARE(withSubItems, 1);
}

void TestCorpusParser::seedHasNoTrailingHeadlines()
{
    ParsedDocument doc;
    QVERIFY(CorpusParser(ReferenceData::builtIn()).parseBytes(seedBytes(), FileName, &doc, nullptr));
    const QString all = allTexts(doc).join(u'\n');
    const QStringList excluded = {QStringLiteral("托福写作如何得高分"), QStringLiteral("托福雅思哪个难考"),
                                  QStringLiteral("最近更新继续教育"), QStringLiteral("版权声明"),
                                  QStringLiteral("郝明金"), QStringLiteral("新西兰留学申请"),
                                  QStringLiteral("moto razr"), QStringLiteral("雄安新区")};
    for (const QString &text : excluded)
        QVERIFY2(!all.contains(text), qPrintable(text));
    // Sanity: the same search does find what is content.
    QVERIFY(all.contains(QStringLiteral("黔旅工匠")));
}

void TestCorpusParser::sameContentSameHash()
{
    const QByteArray utf8 = seedBytes();
    QVERIFY(!utf8.isEmpty());
    const QString text = QString::fromUtf8(utf8);
    CorpusParser parser(ReferenceData::builtIn());

    ParsedDocument reference;
    QVERIFY(parser.parseBytes(utf8, FileName, &reference, nullptr));

    QStringEncoder gbkEncoder("GB18030");
    QVERIFY(gbkEncoder.isValid());
    const QByteArray gbk = gbkEncoder.encode(text);
    QVERIFY(!gbkEncoder.hasError());
    QVERIFY(gbk != utf8);

    QString crlf = text;
    crlf.replace(u'\n', QStringLiteral("\r\n"));
    QString spaced = text;
    spaced.replace(u'\n', QStringLiteral("  \n\n"));
    const QString tail = text + QStringLiteral("\n- 另一条无关的标题\n");

    QStringEncoder utf16le(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QStringEncoder utf16be(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);

    const QList<std::pair<const char *, QByteArray>> variants = {
        {"GB18030", gbk},
        {"UTF-8 (BOM)", QByteArray("\xEF\xBB\xBF") + utf8},
        {"UTF-16LE", utf16le.encode(text)},
        {"UTF-16BE", utf16be.encode(text)},
        {"UTF-8", crlf.toUtf8()},
        {"UTF-8", spaced.toUtf8()},
        {"UTF-8", tail.toUtf8()},
    };
    for (const auto &[encoding, bytes] : variants) {
        ParsedDocument doc;
        Diagnostic error;
        QVERIFY2(parser.parseBytes(bytes, QStringLiteral("other-name.txt"), &doc, &error), qPrintable(error.toString()));
        QCOMPARE(doc.encoding, QString::fromLatin1(encoding));
        QCOMPARE(doc.units.size(), 31);
        QCOMPARE(doc.itemCount(), 94);
        QCOMPARE(allTexts(doc), allTexts(reference));
        QCOMPARE(doc.contentHash, reference.contentHash);
    }

    // A one-character change in the content changes the hash.
    QString changed = text;
    changed.replace(QStringLiteral("实施职业学校办学条件达标工程。"), QStringLiteral("实施职业学校办学条件达标工程!"));
    QVERIFY(changed != text);
    ParsedDocument other;
    QVERIFY(parser.parseText(changed, FileName, &other, nullptr));
    QVERIFY(other.contentHash != reference.contentHash);
}

void TestCorpusParser::gbkFixtureHash()
{
    // Fixtures written by python3: the same document as UTF-8 (LF) and as GBK (CRLF).
    CorpusParser parser(ReferenceData::builtIn());
    ParsedDocument utf8, gbk;
    Diagnostic error;
    QVERIFY2(parser.parseFile(QStringLiteral(TEST_DATA_DIR "/core/sample-utf8.txt"), &utf8, &error),
             qPrintable(error.toString()));
    QVERIFY2(parser.parseFile(QStringLiteral(TEST_DATA_DIR "/core/sample-gbk-crlf.txt"), &gbk, &error),
             qPrintable(error.toString()));
    QCOMPARE(utf8.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(gbk.encoding, QStringLiteral("GB18030"));
    QCOMPARE(gbk.title, QStringLiteral("2023年示例省份职业教育要点"));
    QCOMPARE(gbk.year, 2023);
    QCOMPARE(unitNames(gbk), (QStringList{QStringLiteral("北京市"), QStringLiteral("广东省")}));
    QCOMPARE(gbk.units.at(1).items.at(1).text, QStringLiteral("实施职业学校办学条件达标工程。"));
    QCOMPARE(gbk.source, QStringLiteral("示例"));
    QCOMPARE(gbk.author, QStringLiteral("测试"));
    QCOMPARE(allTexts(gbk), allTexts(utf8));
    QCOMPARE(gbk.contentHash, utf8.contentHash);
}

void TestCorpusParser::contentHashDefinition_data()
{
    // The content hash is SHA-256 over every non-empty line up to and including 来源, each
    // trimmed, then stripped of U+FEFF, then followed by "\n". Databases store it, so it must not
    // drift: these are the definition's corners, with the canonical text written out.
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("canonical");
    const QString plain = QStringLiteral("标题\n北京市\n1、项目\n");
    QTest::newRow("plain") << QByteArray("标题\n北京市\n1、项目\n") << plain;
    QTest::newRow("BOM at the start of a middle line") << QByteArray("标题\n\xEF\xBB\xBF北京市\n1、项目\n") << plain;
    QTest::newRow("BOM, then a space, mid-file: trimmed before the BOM goes")
        << QByteArray("标题\n\xEF\xBB\xBF 北京市\n1、项目\n") << QStringLiteral("标题\n 北京市\n1、项目\n");
    QTest::newRow("two BOMs at the start of a UTF-8 file") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF标题\n北京市\n1、项目\n")
                                                         << plain;
    QTest::newRow("two BOMs and a space at the start: both are the file's")
        << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF 标题\n北京市\n1、项目\n") << plain;
    QTest::newRow("three BOMs and a space: the third is text")
        << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF\xEF\xBB\xBF 标题\n北京市\n1、项目\n") << QStringLiteral(" 标题\n北京市\n1、项目\n");
    QStringEncoder utf16le(QStringEncoder::Utf16LE);
    QTest::newRow("UTF-16 with U+FEFF after its BOM: text")
        << (QByteArray("\xFF\xFE") + QByteArray(utf16le.encode(QStringLiteral("\uFEFF 标题\n北京市\n1、项目\n"))))
        << QStringLiteral(" 标题\n北京市\n1、项目\n");
    QTest::newRow("ideographic space and tab") << QByteArray("\xE3\x80\x80标题\t\n北京市\n1、项目\n") << plain;
    QTest::newRow("CR, CRLF and U+2028 line ends") << QByteArray("标题\r北京市\r\n1、项目\xE2\x80\xA8") << plain;
}

void TestCorpusParser::contentHashDefinition()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, canonical);
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(CorpusParser(ReferenceData::builtIn()).parseBytes(bytes, FileName, &doc, &error),
             qPrintable(error.toString()));
    QCOMPARE(doc.itemCount(), 1);
    QCOMPARE(doc.contentHash, QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void TestCorpusParser::unnumberedLineAfterRepeatedHeader()
{
    // Text without a number right under a repeated header starts an item of that section; it is
    // not glued to the last item of the header's first section, pages earlier.
    ParsedDocument doc;
    QVERIFY(parse(QStringLiteral("标题\n北京市\n1、甲\n（1）子\n上海市\n1、乙\n北京市\n继续\n"), &doc));
    const ParsedUnit *beijing = unitNamed(doc, QStringLiteral("北京市"));
    QVERIFY(beijing);
    QCOMPARE(beijing->items.size(), 2);
    QCOMPARE(beijing->items.at(0).subItems.at(0).text, QStringLiteral("子"));
    QCOMPARE(beijing->items.at(1).label, QString());
    QCOMPARE(beijing->items.at(1).text, QStringLiteral("继续"));
}

QTEST_GUILESS_MAIN(TestCorpusParser)
#include "tst_corpusparser.moc"
