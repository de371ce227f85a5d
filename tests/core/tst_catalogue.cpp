// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for Catalogue: the built-in catalogue, pattern matching (gaps, quotes, folding), the
// hand count of the seed corpus (tests/data/hand-count.md), validation of user catalogues and its
// limits, mention offsets, a pathological input that must not hang, and the matcher against a
// reference that tries every start and every gap (differential, on random catalogues and texts).
#include "catalogue.h"
#include "coredata.h"
#include "corpusparser.h"
#include "handcount.h"
#include "referencedata.h"
#include "textfold.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The "省份 N" labels of the seed corpus items and sub-items that mention the initiative.
QStringList labelsMentioning(const Catalogue &catalogue, const ParsedDocument &doc, int initiative)
{
    QStringList labels;
    for (const ParsedUnit &unit : doc.units) {
        for (const ParsedItem &item : unit.items) {
            const QString label = QStringLiteral("%1 %2").arg(unit.nameZh).arg(item.ordinal);
            if (catalogue.initiativesIn(item.text).contains(initiative))
                labels.append(label);
            for (const ParsedItem &sub : item.subItems)
                if (catalogue.initiativesIn(sub.text).contains(initiative))
                    labels.append(QStringLiteral("%1(%2)").arg(label).arg(sub.ordinal));
        }
    }
    return labels;
}

int distinctProvinces(const QStringList &labels)
{
    QSet<QString> provinces;
    for (const QString &label : labels)
        provinces.insert(label.section(u' ', 0, 0));
    return int(provinces.size());
}

// A catalogue with one initiative ("test") and the given patterns.
Catalogue withPatterns(const QStringList &patterns)
{
    QByteArray list;
    for (const QString &p : patterns)
        list += (list.isEmpty() ? "\"" : ", \"") + p.toUtf8() + '"';
    return customCatalogue(R"({"initiatives": [{"id": "test", "name_zh": "测试", "name_en": "Test", "patterns": [)" + list
                           + "]}]}");
}

// "id@start+length=text" for every mention, to compare whole results at once.
QStringList describe(const Catalogue &catalogue, const QString &text)
{
    QStringList out;
    for (const Mention &m : catalogue.find(text))
        out.append(QStringLiteral("%1@%2+%3=%4")
                       .arg(catalogue.initiatives().at(m.initiative).id)
                       .arg(m.start)
                       .arg(m.length)
                       .arg(text.mid(m.start, m.length)));
    return out;
}

// The ids hand-count.md codes; hard-coded so that a broken hand-count parser cannot hide them.
const QStringList HandCountIds = {
    QStringLiteral("industry-education-integration"), QStringLiteral("general-vocational-integration"),
    QStringLiteral("science-education-integration"),  QStringLiteral("double-high-plan"),
    QStringLiteral("school-conditions-standard"),     QStringLiteral("vocational-bachelor"),
    QStringLiteral("skills-training"),                QStringLiteral("craftsmen"),
    QStringLiteral("school-enterprise-cooperation"),  QStringLiteral("modern-vocational-system"),
    QStringLiteral("ministry-province-co-building"),  QStringLiteral("training-bases"),
    QStringLiteral("industry-colleges"),              QStringLiteral("continuing-education"),
    QStringLiteral("technician-education"),           QStringLiteral("high-skilled-talent"),
    QStringLiteral("vertical-integration"),           QStringLiteral("high-level-vocational-schools"),
    QStringLiteral("order-based-training"),           QStringLiteral("skills-foundation-project"),
    QStringLiteral("vocational-education-city"),      QStringLiteral("skills-society"),
    QStringLiteral("industry-education-consortia"),   QStringLiteral("skills-competitions"),
    QStringLiteral("dual-system"),                    QStringLiteral("three-education-coordination"),
    QStringLiteral("quality-improvement"),            QStringLiteral("lifelong-learning"),
    QStringLiteral("specialty-development"),
};

// The reference matcher: every match of every pattern, found by trying each start and each
// length of each gap (slow, obviously right). Works on folded text, like Catalogue.
struct ReferencePattern
{
    int initiative;
    QStringList parts; // folded
};

bool isReferenceGapStop(QChar c)
{
    return QStringLiteral("，。；：！？、,.;:!?\n\r").contains(c);
}

void referenceEnds(const QString &text, const QStringList &parts, int part, qsizetype pos, QList<qsizetype> *ends)
{
    if (!QStringView(text).mid(pos).startsWith(parts.at(part)))
        return;
    pos += parts.at(part).size();
    if (part + 1 == parts.size()) {
        ends->append(pos);
        return;
    }
    for (int gap = 0; gap <= 4 && pos + gap <= text.size(); ++gap) {
        if (gap > 0 && isReferenceGapStop(text.at(pos + gap - 1)))
            break;
        referenceEnds(text, parts, part + 1, pos + gap, ends);
    }
}

struct ReferenceResult
{
    QList<int> initiatives; // ascending, distinct
    QStringList mentions; // "initiative@start+length", by start, then longest, then initiative
};

ReferenceResult referenceMatch(const QList<ReferencePattern> &patterns, const QString &text)
{
    const QString folded = TextFold::fold(text);
    QMap<int, QList<QPair<qsizetype, qsizetype>>> spans; // initiative → every match
    for (const ReferencePattern &p : patterns)
        for (qsizetype start = 0; start < folded.size(); ++start) {
            QList<qsizetype> ends;
            referenceEnds(folded, p.parts, 0, start, &ends);
            for (qsizetype end : ends)
                spans[p.initiative].append({start, end});
        }
    ReferenceResult result;
    QList<Mention> mentions;
    for (auto it = spans.begin(); it != spans.end(); ++it) {
        result.initiatives.append(it.key());
        std::sort(it->begin(), it->end());
        qsizetype start = -1, end = -1;
        for (const auto &[s, e] : std::as_const(*it)) {
            if (start >= 0 && s < end) { // overlaps the mention so far
                end = std::max(end, e);
                continue;
            }
            if (start >= 0)
                mentions.append({it.key(), int(start), int(end - start)});
            start = s;
            end = e;
        }
        mentions.append({it.key(), int(start), int(end - start)});
    }
    std::sort(mentions.begin(), mentions.end(), [](const Mention &a, const Mention &b) {
        return std::make_tuple(a.start, -a.length, a.initiative) < std::make_tuple(b.start, -b.length, b.initiative);
    });
    for (const Mention &m : std::as_const(mentions))
        result.mentions.append(QStringLiteral("%1@%2+%3").arg(m.initiative).arg(m.start).arg(m.length));
    return result;
}

QStringList describeSorted(const QList<Mention> &found)
{
    QList<Mention> mentions = found;
    std::sort(mentions.begin(), mentions.end(), [](const Mention &a, const Mention &b) {
        return std::make_tuple(a.start, -a.length, a.initiative) < std::make_tuple(b.start, -b.length, b.initiative);
    });
    QStringList out;
    for (const Mention &m : std::as_const(mentions))
        out.append(QStringLiteral("%1@%2+%3").arg(m.initiative).arg(m.start).arg(m.length));
    return out;
}

// Random catalogues over a few characters of the seed corpus (and punctuation that stops a gap,
// Latin letters in both widths and cases), so that patterns overlap, nest and repeat often.
struct RandomCase
{
    QByteArray json;
    QList<ReferencePattern> patterns;
    QStringList texts;
};

RandomCase randomCase(QRandomGenerator &rng, int maxPatterns)
{
    static const QString patternChars = QStringLiteral("产教融合职业技能培训，、AaＢb");
    static const QString textChars = QStringLiteral("产教融合职业技能培训，、AaＢb 。\n深度");
    RandomCase c;
    const int initiatives = 1 + int(rng.bounded(4));
    const int patterns = 1 + int(rng.bounded(maxPatterns));
    QList<QStringList> byInitiative(initiatives);
    QStringList written;
    for (int k = 0; k < patterns; ++k) {
        const int initiative = int(rng.bounded(initiatives));
        QString pattern;
        if (!written.isEmpty() && rng.bounded(8) == 0) { // the same pattern again, maybe elsewhere
            pattern = written.at(int(rng.bounded(int(written.size()))));
        } else {
            const int parts = 1 + int(rng.bounded(4));
            for (int p = 0; p < parts; ++p) {
                if (p > 0)
                    pattern += QChar(0x2026);
                const int length = 1 + int(rng.bounded(3));
                for (int i = 0; i < length; ++i)
                    pattern += patternChars.at(int(rng.bounded(int(patternChars.size()))));
            }
        }
        written.append(pattern);
        byInitiative[initiative].append(pattern);
        c.patterns.append({initiative, TextFold::fold(pattern).split(QChar(0x2026))});
    }
    c.json = "{\"initiatives\": [";
    for (int i = 0; i < initiatives; ++i) {
        if (byInitiative.at(i).isEmpty())
            byInitiative[i].append(QStringLiteral("从不出现")); // every initiative needs a pattern
        if (i > 0)
            c.json += ", ";
        c.json += "{\"id\": \"i" + QByteArray::number(i) + "\", \"name_zh\": \"甲\", \"name_en\": \"A\", \"patterns\": [\""
                  + byInitiative.at(i).join(QStringLiteral("\", \"")).toUtf8() + "\"]}";
    }
    c.json += "]}";
    for (int t = 0; t < 4; ++t) {
        QString text;
        const int length = int(rng.bounded(70));
        for (int i = 0; i < length; ++i)
            text += textChars.at(int(rng.bounded(int(textChars.size()))));
        c.texts.append(text);
    }
    return c;
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void builtInLoads();
    void handCountFileIsReadable();
    void gapPatterns_data();
    void gapPatterns();
    void quotedForms_data();
    void quotedForms();
    void folding_data();
    void folding();
    void handCountHardCoded_data();
    void handCountHardCoded();
    void handCountFile_data();
    void handCountFile();
    void totalMentionsOfSeedCorpus();
    void invalidCatalogues_data();
    void invalidCatalogues();
    void loadFile();
    void fingerprint();
    void mentionOffsets_data();
    void mentionOffsets();
    void initiativesInIsDistinctAndOrdered();
    void pathologicalInput();
    void matcherAgreesWithReference_data();
    void matcherAgreesWithReference();
    void costBound();
};

void TestCatalogue::builtInLoads()
{
    const Catalogue &catalogue = Catalogue::builtIn();
    QCOMPARE(catalogue.fileName(), QStringLiteral(":/catalogue/initiatives.json"));
    QVERIFY(catalogue.size() >= 16);
    for (const QString &id : HandCountIds)
        QVERIFY2(catalogue.indexOf(id) >= 0, qPrintable(id));
    QCOMPARE(catalogue.indexOf(QStringLiteral("no-such-initiative")), -1);
    QSet<QString> ids;
    for (const Initiative &in : catalogue.initiatives()) {
        QVERIFY(!in.nameZh.isEmpty());
        QVERIFY(!in.nameEn.isEmpty());
        QVERIFY(!in.patterns.isEmpty());
        ids.insert(in.id);
    }
    QCOMPARE(ids.size(), catalogue.size());
    QCOMPARE(catalogue.initiatives().at(catalogue.indexOf(QStringLiteral("industry-education-integration"))).nameZh,
             QStringLiteral("产教融合"));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(QString::fromLatin1(catalogue.fingerprint())).hasMatch());
}

void TestCatalogue::handCountFileIsReadable()
{
    const QList<HandCount> sections = readHandCount();
    QStringList ids;
    for (const HandCount &s : sections)
        ids.append(s.id);
    QCOMPARE(ids, HandCountIds);
    // Each section's list agrees with the totals written under it.
    for (const HandCount &s : sections) {
        QVERIFY2(s.provinces >= 0, qPrintable(s.id));
        QCOMPARE(s.labels.size(), s.items);
        QCOMPARE(distinctProvinces(s.labels), s.provinces);
    }
    QCOMPARE(sections.first().labels.size(), 22);
}

void TestCatalogue::gapPatterns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("matched"); // empty: no match

    QTest::newRow("no gap") << QStringLiteral("推动产教融合。") << QStringLiteral("产教融合");
    QTest::newRow("产教深度融合") << QStringLiteral("推动产教深度融合。") << QStringLiteral("产教深度融合");
    QTest::newRow("gap of 4") << QStringLiteral("产教四个字的融合") << QStringLiteral("产教四个字的融合");
    QTest::newRow("gap of 5") << QStringLiteral("产教五个字的的融合") << QString();
    QTest::newRow("gap with quotes") << QStringLiteral("产教“深度”融合") << QStringLiteral("产教“深度”融合");
    QTest::newRow("gap with a space") << QStringLiteral("产教 融合") << QStringLiteral("产教 融合");
    QTest::newRow("gap with latin") << QStringLiteral("产教ＡＢ融合") << QStringLiteral("产教ＡＢ融合");
    QTest::newRow("full-width comma") << QStringLiteral("产教，融合") << QString();
    QTest::newRow("comma inside the gap") << QStringLiteral("产教深度，融合") << QString();
    QTest::newRow("ascii comma") << QStringLiteral("产教,融合") << QString();
    QTest::newRow("enumeration comma") << QStringLiteral("产教、融合") << QString();
    QTest::newRow("full stop") << QStringLiteral("产教。融合") << QString();
    QTest::newRow("semicolon") << QStringLiteral("产教；融合") << QString();
    QTest::newRow("colon") << QStringLiteral("产教:融合") << QString();
    QTest::newRow("question mark") << QStringLiteral("产教？融合") << QString();
    QTest::newRow("newline") << QStringLiteral("产教\n融合") << QString();
    QTest::newRow("wrong order") << QStringLiteral("融合产教") << QString();
    QTest::newRow("first part only") << QStringLiteral("产教联合体") << QString();
    QTest::newRow("second try succeeds") << QStringLiteral("产教,产教深度融合") << QStringLiteral("产教深度融合");
}

void TestCatalogue::gapPatterns()
{
    QFETCH(QString, text);
    QFETCH(QString, matched);

    const Catalogue catalogue = withPatterns({QStringLiteral("产教…融合")});
    const QList<Mention> mentions = catalogue.find(text);
    if (matched.isEmpty()) {
        QVERIFY(mentions.isEmpty());
        QVERIFY(catalogue.initiativesIn(text).isEmpty());
        return;
    }
    QCOMPARE(mentions.size(), 1);
    QCOMPARE(mentions.first().initiative, 0);
    QCOMPARE(text.mid(mentions.first().start, mentions.first().length), matched);
    QCOMPARE(catalogue.initiativesIn(text), QList<int>{0});
}

void TestCatalogue::quotedForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("“双高”") << QStringLiteral("实施“双高”计划");
    QTest::newRow("\"双高\"") << QStringLiteral("实施\"双高\"计划");
    QTest::newRow("「双高」") << QStringLiteral("实施「双高」计划");
    QTest::newRow("『双高』") << QStringLiteral("实施『双高』计划");
    QTest::newRow("‘双高’") << QStringLiteral("实施‘双高’计划");
    QTest::newRow("＂双高＂") << QStringLiteral("实施＂双高＂计划");
}

void TestCatalogue::quotedForms()
{
    QFETCH(QString, text);
    const Catalogue &catalogue = Catalogue::builtIn();
    const int doubleHigh = catalogue.indexOf(QStringLiteral("double-high-plan"));
    QVERIFY(doubleHigh >= 0);
    QCOMPARE(describe(catalogue, text), QStringList{QStringLiteral("double-high-plan@3+2=双高")});
    QCOMPARE(catalogue.initiativesIn(text), QList<int>{doubleHigh});
}

void TestCatalogue::folding_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("matched"); // empty: no match

    QTest::newRow("AI, as written") << QStringLiteral("推进AI赋能教育") << QStringLiteral("AI赋能");
    QTest::newRow("ai, lower case") << QStringLiteral("推进ai赋能教育") << QStringLiteral("ai赋能");
    QTest::newRow("Ai, mixed case") << QStringLiteral("推进Ai赋能教育") << QStringLiteral("Ai赋能");
    QTest::newRow("ＡＩ, full-width") << QStringLiteral("推进ＡＩ赋能教育") << QStringLiteral("ＡＩ赋能");
    QTest::newRow("ａｉ, full-width lower") << QStringLiteral("推进ａｉ赋能教育") << QStringLiteral("ａｉ赋能");
    QTest::newRow("A I is not AI") << QStringLiteral("推进A I赋能教育") << QString();
    QTest::newRow("专业（群）matches 专业(群)") << QStringLiteral("建设专业（群）。") << QStringLiteral("专业（群）");
    QTest::newRow("专业(群)") << QStringLiteral("建设专业(群)。") << QStringLiteral("专业(群)");
    QTest::newRow("pattern ＶＲ实训, text vr实训") << QStringLiteral("建设vr实训室") << QStringLiteral("vr实训");
    QTest::newRow("５Ｇ, full-width digits") << QStringLiteral("发展５Ｇ网络") << QStringLiteral("５Ｇ网络");
    QTest::newRow("ideographic space is a space") << QStringLiteral("数字\u3000校园") << QStringLiteral("数字\u3000校园");
}

void TestCatalogue::folding()
{
    QFETCH(QString, text);
    QFETCH(QString, matched);
    const Catalogue catalogue = withPatterns({QStringLiteral("AI赋能"), QStringLiteral("专业(群)"),
                                              QStringLiteral("ＶＲ实训"), QStringLiteral("5G网络"),
                                              QStringLiteral("数字 校园")});
    const QList<Mention> mentions = catalogue.find(text);
    if (matched.isEmpty()) {
        QVERIFY(mentions.isEmpty());
        return;
    }
    QCOMPARE(mentions.size(), 1);
    QCOMPARE(text.mid(mentions.first().start, mentions.first().length), matched);
}

void TestCatalogue::handCountHardCoded_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<int>("provinces");
    QTest::addColumn<int>("items");

    auto labels = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *s : list)
            out.append(QString::fromUtf8(s));
        return out;
    };
    // Copied from tests/data/hand-count.md.
    QTest::newRow("industry-education-integration")
        << QStringLiteral("industry-education-integration")
        << labels({"北京市 2", "天津市 1", "山西省 1", "辽宁省 3", "吉林省 1", "黑龙江省 2", "上海市 2", "江苏省 1",
                   "浙江省 1", "安徽省 1", "福建省 1", "河南省 4", "湖北省 1", "湖南省 1", "广东省 4", "重庆市 2",
                   "贵州省 3", "云南省 1", "陕西省 1", "甘肃省 3", "宁夏回族自治区 1", "新疆维吾尔自治区 3"})
        << 22 << 22;
    QTest::newRow("double-high-plan")
        << QStringLiteral("double-high-plan")
        << labels({"山西省 2", "黑龙江省 1", "福建省 3", "江西省 2", "贵州省 3", "西藏自治区 2"}) << 6 << 6;
    QTest::newRow("skills-training")
        << QStringLiteral("skills-training")
        << labels({"浙江省 3", "福建省 5", "河南省 3", "湖北省 2", "广东省 5", "海南省 2", "贵州省 4", "贵州省 5(1)",
                   "西藏自治区 1", "甘肃省 5"})
        << 9 << 10;
    QTest::newRow("school-enterprise-cooperation")
        << QStringLiteral("school-enterprise-cooperation")
        << labels({"北京市 2", "内蒙古自治区 3", "内蒙古自治区 4", "内蒙古自治区 5", "安徽省 1", "甘肃省 4",
                   "新疆维吾尔自治区 3"})
        << 5 << 7;
    QTest::newRow("craftsmen") << QStringLiteral("craftsmen")
                               << labels({"内蒙古自治区 1", "内蒙古自治区 3", "福建省 5", "河南省 4", "湖南省 2",
                                          "四川省 3", "贵州省 4", "陕西省 2"})
                               << 7 << 8;
    QTest::newRow("order-based-training") << QStringLiteral("order-based-training")
                                          << labels({"内蒙古自治区 3", "贵州省 5(1)"}) << 2 << 2;
    QTest::newRow("continuing-education")
        << QStringLiteral("continuing-education")
        << labels({"吉林省 2", "上海市 2", "上海市 3", "广西壮族自治区 3", "陕西省 1"}) << 4 << 5;
    QTest::newRow("industry-education-consortia") << QStringLiteral("industry-education-consortia")
                                                  << labels({"内蒙古自治区 5"}) << 1 << 1;
}

void TestCatalogue::handCountHardCoded()
{
    QFETCH(QString, id);
    QFETCH(QStringList, labels);
    QFETCH(int, provinces);
    QFETCH(int, items);

    const Catalogue &catalogue = Catalogue::builtIn();
    const int initiative = catalogue.indexOf(id);
    QVERIFY(initiative >= 0);
    const QStringList actual = labelsMentioning(catalogue, parseSeed(), initiative);
    QCOMPARE(QSet<QString>(actual.cbegin(), actual.cend()), QSet<QString>(labels.cbegin(), labels.cend()));
    QCOMPARE(actual.size(), items);
    QCOMPARE(distinctProvinces(actual), provinces);
}

void TestCatalogue::handCountFile_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<int>("provinces");
    QTest::addColumn<int>("items");
    const QList<HandCount> sections = readHandCount();
    QVERIFY(sections.size() >= 16);
    for (const HandCount &s : sections)
        QTest::newRow(qPrintable(s.id)) << s.id << s.labels << s.provinces << s.items;
}

void TestCatalogue::handCountFile()
{
    QFETCH(QString, id);
    QFETCH(QStringList, labels);
    QFETCH(int, provinces);
    QFETCH(int, items);

    const Catalogue &catalogue = Catalogue::builtIn();
    const int initiative = catalogue.indexOf(id);
    QVERIFY2(initiative >= 0, qPrintable(id));
    const QStringList actual = labelsMentioning(catalogue, parseSeed(), initiative);
    const QSet<QString> actualSet(actual.cbegin(), actual.cend());
    const QSet<QString> expectedSet(labels.cbegin(), labels.cend());
    QCOMPARE(actualSet.size(), actual.size()); // no label twice
    if (actualSet != expectedSet) {
        const QSet<QString> e = QSet<QString>(actualSet).subtract(expectedSet);
        const QSet<QString> m = QSet<QString>(expectedSet).subtract(actualSet);
        QFAIL(qPrintable(QStringLiteral("%1: found but not in the hand count: [%2]; in the hand count but not found: [%3]")
                             .arg(id, QStringList(e.cbegin(), e.cend()).join(u','),
                                  QStringList(m.cbegin(), m.cend()).join(u','))));
    }
    QCOMPARE(actual.size(), items);
    QCOMPARE(distinctProvinces(actual), provinces);
}

void TestCatalogue::totalMentionsOfSeedCorpus()
{
    // Every (item, initiative) pair of the hand count: the sum of its "items" totals.
    int expected = 0;
    for (const HandCount &s : readHandCount())
        expected += s.items;
    QCOMPARE(expected, 165);
    const Catalogue &catalogue = Catalogue::builtIn();
    int actual = 0;
    const ParsedDocument doc = parseSeed();
    for (const ParsedUnit &unit : doc.units)
        for (const ParsedItem &item : unit.items) {
            actual += int(catalogue.initiativesIn(item.text).size());
            for (const ParsedItem &sub : item.subItems)
                actual += int(catalogue.initiativesIn(sub.text).size());
        }
    QCOMPARE(actual, expected);
}

void TestCatalogue::invalidCatalogues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line"); // -1: not checked (no line can be named)
    QTest::addColumn<QStringList>("message"); // substrings

    // Line 3 holds "alpha"; the entry under test is on line 4.
    auto doc = [](const QByteArray &entry) {
        return QByteArray("{\n  \"initiatives\": [\n"
                          "    {\"id\": \"alpha\", \"name_zh\": \"甲\", \"name_en\": \"Alpha\", \"patterns\": [\"甲乙\"]},\n    ")
               + entry + QByteArray("\n  ]\n}\n");
    };
    auto strings = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *s : list)
            out.append(QString::fromUtf8(s));
        return out;
    };

    QTest::newRow("invalid JSON: missing comma")
        << doc(R"({"id": "beta", "name_zh": "乙" "name_en": "Beta", "patterns": ["乙"]})") << 4
        << strings({"not valid JSON"});
    QTest::newRow("invalid JSON: unquoted value on line 6")
        << QByteArray("{\n  \"initiatives\": [\n    {\"id\": \"alpha\",\n     \"name_zh\": \"甲\",\n"
                      "     \"name_en\": \"Alpha\",\n     \"patterns\": [甲乙]}\n  ]\n}\n")
        << 6 << strings({"not valid JSON"});
    QTest::newRow("invalid JSON: trailing comma on line 5")
        << QByteArray("{\n  \"initiatives\": [\n    {\"id\": \"alpha\", \"name_zh\": \"甲\",\n"
                      "     \"name_en\": \"Alpha\",\n     \"patterns\": [\"甲乙\"],}\n  ]\n}\n")
        << 5 << strings({"not valid JSON"});
    QTest::newRow("invalid JSON: ends early")
        << QByteArray("{\n  \"initiatives\": [\n    {\"id\": \"alpha\"") << 3 << strings({"not valid JSON"});
    QTest::newRow("not an object") << QByteArray("[1, 2]") << 1 << strings({"\"initiatives\""});
    QTest::newRow("no initiatives") << QByteArray("{\n  \"initiatives\": []\n}") << 1 << strings({"non-empty"});
    QTest::newRow("missing name_en")
        << doc(R"({"id": "beta", "name_zh": "乙", "patterns": ["乙"]})") << 4
        << strings({"initiative 2 (\"beta\")", "\"name_en\""});
    QTest::newRow("empty name_en")
        << doc(R"({"id": "beta", "name_zh": "乙", "name_en": "  ", "patterns": ["乙"]})") << 4
        << strings({"initiative 2 (\"beta\")", "\"name_en\""});
    QTest::newRow("missing name_zh")
        << doc(R"({"id": "beta", "name_en": "Beta", "patterns": ["乙"]})") << 4
        << strings({"initiative 2 (\"beta\")", "\"name_zh\""});
    QTest::newRow("duplicate id")
        << doc("{\"id\": \"beta\", \"name_zh\": \"乙\", \"name_en\": \"Beta\", \"patterns\": [\"乙\"]},\n"
               "    {\"id\": \"alpha\", \"name_zh\": \"丙\", \"name_en\": \"Gamma\", \"patterns\": [\"丙\"]}")
        << 5 << strings({"initiative 3 (\"alpha\")", "duplicate id"});
    for (const char *id : {"Double_High", "double high", "double--high", "-double", "double-", "双高"}) {
        QTest::addRow("bad id %s", id)
            << doc(QByteArray(R"({"id": ")") + id + R"(", "name_zh": "乙", "name_en": "Beta", "patterns": ["乙"]})")
            << 4 << QStringList{QStringLiteral("initiative 2 (\"%1\")").arg(QString::fromUtf8(id)),
                                QStringLiteral("lower-case")};
    }
    QTest::newRow("missing id") << doc(R"({"name_zh": "乙", "name_en": "Beta", "patterns": ["乙"]})") << -1
                                << strings({"initiative 2", "missing \"id\""});
    QTest::newRow("entry is not an object") << doc(R"("beta")") << -1 << strings({"initiative 2", "not an object"});
    QTest::newRow("empty patterns") << doc(R"({"id": "beta", "name_zh": "乙", "name_en": "Beta", "patterns": []})")
                                    << 4 << strings({"initiative 2 (\"beta\")", "\"patterns\""});
    QTest::newRow("no patterns") << doc(R"({"id": "beta", "name_zh": "乙", "name_en": "Beta"})") << 4
                                 << strings({"initiative 2 (\"beta\")", "\"patterns\""});
    QTest::newRow("patterns not a list")
        << doc(R"({"id": "beta", "name_zh": "乙", "name_en": "Beta", "patterns": "乙"})") << 4
        << strings({"initiative 2 (\"beta\")", "\"patterns\""});
    QTest::newRow("empty pattern")
        << doc(R"({"id": "beta", "name_zh": "乙", "name_en": "Beta", "patterns": ["乙", ""]})") << 4
        << strings({"initiative 2 (\"beta\")", "empty"});
    QTest::newRow("blank pattern")
        << doc(R"({"id": "beta", "name_zh": "乙", "name_en": "Beta", "patterns": ["  "]})") << 4
        << strings({"initiative 2 (\"beta\")", "empty"});
    QTest::newRow("pattern not a string")
        << doc(R"({"id": "beta", "name_zh": "乙", "name_en": "Beta", "patterns": [42]})") << 4
        << strings({"initiative 2 (\"beta\")", "not a string"});
    QTest::newRow("pattern starts with a gap")
        << doc(R"({"id": "beta", "name_zh": "乙", "name_en": "Beta", "patterns": ["…融合"]})") << 4
        << strings({"initiative 2 (\"beta\")", "\"…融合\"", "gap"});
    QTest::newRow("pattern ends with a gap")
        << doc(R"({"id": "beta", "name_zh": "乙", "name_en": "Beta", "patterns": ["产教…"]})") << 4
        << strings({"initiative 2 (\"beta\")", "\"产教…\"", "gap"});
    QTest::newRow("two gaps in a row")
        << doc(R"({"id": "beta", "name_zh": "乙", "name_en": "Beta", "patterns": ["产教……融合"]})") << 4
        << strings({"initiative 2 (\"beta\")", "\"产教……融合\"", "gap"});
    QTest::newRow("too many gaps")
        << doc(R"({"id": "beta", "name_zh": "乙", "name_en": "Beta", "patterns": ["甲…乙…丙…丁…戊"]})") << 4
        << strings({"initiative 2 (\"beta\")", "more than 3 gaps"});
    QTest::newRow("pattern too long")
        << doc(R"({"id": "beta", "name_zh": "乙", "name_en": "Beta", "patterns": [")" + QByteArray(65, 'x') + R"("]})")
        << 4 << strings({"initiative 2 (\"beta\")", "longer than 64"});
    QTest::newRow("id too long")
        << doc(R"({"id": ")" + QByteArray(65, 'b') + R"(", "name_zh": "乙", "name_en": "Beta", "patterns": ["乙"]})") << 4
        << QStringList{QStringLiteral("initiative 2 (\"%1…\")").arg(QString(64, u'b')),
                       QStringLiteral("\"id\" is longer than 64 characters")};
    QTest::newRow("name_zh too long")
        << doc(R"({"id": "beta", "name_zh": ")" + QString(201, u'乙').toUtf8() + R"(", "name_en": "Beta", "patterns": ["乙"]})")
        << 4 << strings({"initiative 2 (\"beta\")", "\"name_zh\" is longer than 200 characters (it has 201)"});
    QTest::newRow("name_en too long, after trimming")
        << doc(R"({"id": "beta", "name_zh": "乙", "name_en": "  )" + QByteArray(201, 'B') + R"(  ", "patterns": ["乙"]})")
        << 4 << strings({"initiative 2 (\"beta\")", "\"name_en\" is longer than 200 characters (it has 201)"});
    QTest::newRow("description_en too long")
        << doc(R"({"id": "beta", "name_zh": "乙", "name_en": "Beta", "description_en": ")" + QByteArray(2001, 'd')
               + R"(", "patterns": ["乙"]})")
        << 4 << strings({"initiative 2 (\"beta\")", "\"description_en\" is longer than 2000 characters"});
    QTest::newRow("entry spread over lines, id on its third")
        << doc("{\"name_zh\": \"乙\",\n     \"name_en\": \"Beta\",\n     \"id\": \"alpha\", \"patterns\": [\"乙\"]}")
        << 6 << strings({"initiative 2 (\"alpha\")", "duplicate id"});
    QTest::newRow("missing id: the entry's first line")
        << doc("{\"name_zh\": \"乙\",\n     \"name_en\": \"Beta\", \"patterns\": [\"乙\"]}") << 4
        << strings({"initiative 2", "missing \"id\""});
    QTest::newRow("patterns that combine too much")
        << doc(R"({"id": "beta", "name_zh": "乙", "name_en": "Beta", "patterns": [)" + [] {
               // Every split of up to 20 甲 into three parts, then a part that never comes: at every
               // position of a run of 甲 each of them is a live prefix.
               QByteArray list;
               for (int i = 1; i <= 20; ++i)
                   for (int j = 1; i + j <= 20; ++j)
                       for (int k = 1; i + j + k <= 20; ++k)
                           list += (list.isEmpty() ? "\"" : ", \"")
                                   + (QString(i, u'甲') + u'…' + QString(j, u'甲') + u'…' + QString(k, u'甲') + QStringLiteral("…乙")).toUtf8()
                                   + '"';
               return list;
           }() + "]}")
        << 4 << strings({"initiative 2 (\"beta\")", "pattern \"甲…甲…甲…乙\"", "too many patterns with gaps",
                         "steps per character of text (at most 1000 are allowed)"});
}

void TestCatalogue::invalidCatalogues()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(QStringList, message);

    Catalogue catalogue = withPatterns({QStringLiteral("原有")});
    Diagnostic error;
    QVERIFY(!Catalogue::load(json, QStringLiteral("custom.json"), &catalogue, &error));
    QCOMPARE(error.file, QStringLiteral("custom.json"));
    for (const QString &part : message)
        QVERIFY2(error.message.contains(part), qPrintable(error.message + QStringLiteral(" lacks ") + part));
    if (line >= 0) {
        QCOMPARE(error.line, line);
        QVERIFY2(error.toString().startsWith(QStringLiteral("custom.json:%1: ").arg(line)), qPrintable(error.toString()));
    }
    // The catalogue passed in is left as it was.
    QCOMPARE(catalogue.size(), 1);
    QCOMPARE(catalogue.initiatives().first().patterns, QStringList{QStringLiteral("原有")});
}

void TestCatalogue::loadFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("mine.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"initiatives": [{"id": "double-high-plan", "name_zh": "双高", "name_en": "Double High",
                       "description_en": "  trimmed  ", "patterns": ["双高"]}]})");
    }
    Catalogue catalogue;
    Diagnostic error;
    QVERIFY2(Catalogue::loadFile(path, &catalogue, &error), qPrintable(error.toString()));
    QCOMPARE(catalogue.fileName(), path);
    QCOMPARE(catalogue.size(), 1);
    QCOMPARE(catalogue.initiatives().first().descriptionEn, QStringLiteral("trimmed"));
    QCOMPARE(catalogue.initiativesIn(QStringLiteral("省级“双高”学校")), QList<int>{0});

    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    QVERIFY(!Catalogue::loadFile(missing, &catalogue, &error));
    QCOMPARE(error.file, missing);
    QVERIFY2(error.message.contains(QStringLiteral("cannot read")), qPrintable(error.message));
    QCOMPARE(catalogue.fileName(), path); // unchanged
}

void TestCatalogue::fingerprint()
{
    const Catalogue a = customCatalogue(R"({"initiatives": [{"id": "x", "name_zh": "甲", "name_en": "A", "patterns": ["甲乙"]}]})");
    const Catalogue renamed =
        customCatalogue(R"({"initiatives": [{"id": "x", "name_zh": "丙", "name_en": "C", "description_zh": "说明", "patterns": ["甲乙"]}]})");
    const Catalogue otherPattern =
        customCatalogue(R"({"initiatives": [{"id": "x", "name_zh": "甲", "name_en": "A", "patterns": ["甲…乙"]}]})");
    const Catalogue otherId = customCatalogue(R"({"initiatives": [{"id": "y", "name_zh": "甲", "name_en": "A", "patterns": ["甲乙"]}]})");
    QCOMPARE(renamed.fingerprint(), a.fingerprint()); // names do not affect matching
    QVERIFY(otherPattern.fingerprint() != a.fingerprint());
    QVERIFY(otherId.fingerprint() != a.fingerprint());
    QVERIFY(Catalogue::builtIn().fingerprint() != a.fingerprint());
}

void TestCatalogue::mentionOffsets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mentions"); // id@start+length=text, by start

    QTest::newRow("three in a row") << QStringLiteral("推进职普融通、产教融合、科教融汇。")
                                    << QStringList{QStringLiteral("general-vocational-integration@2+4=职普融通"),
                                                   QStringLiteral("industry-education-integration@7+4=产教融合"),
                                                   QStringLiteral("science-education-integration@12+4=科教融汇")};
    QTest::newRow("gap and quotes")
        << QStringLiteral("推动产教深度融合,深化校企“双元”育人")
        << QStringList{QStringLiteral("industry-education-integration@2+6=产教深度融合"),
                       QStringLiteral("school-enterprise-cooperation@11+2=校企"), QStringLiteral("dual-system@14+2=双元")};
    QTest::newRow("教育与产业…融合") << QStringLiteral("推动职业教育与产业深度融合。")
                                    << QStringList{QStringLiteral("industry-education-integration@4+9=教育与产业深度融合")};
    QTest::newRow("UTF-16 offsets after surrogate pairs")
        << QStringLiteral("𠀀𠀀产教融合") << QStringList{QStringLiteral("industry-education-integration@4+4=产教融合")};
    QTest::newRow("offsets in the original, full-width text")
        << QStringLiteral("ＡＢ产教融合") << QStringList{QStringLiteral("industry-education-integration@2+4=产教融合")};
    QTest::newRow("overlapping, different initiatives")
        << QStringLiteral("健全终身职业技能培训制度")
        << QStringList{QStringLiteral("lifelong-learning@2+8=终身职业技能培训"),
                       QStringLiteral("skills-training@4+6=职业技能培训")};
    QTest::newRow("two patterns of one initiative merge")
        << QStringLiteral("完成职业技能培训") << QStringList{QStringLiteral("skills-training@2+6=职业技能培训")};
    QTest::newRow("separate mentions of one initiative")
        << QStringLiteral("能工巧匠、大国工匠")
        << QStringList{QStringLiteral("craftsmen@2+2=巧匠"), QStringLiteral("craftsmen@7+2=工匠")};
    QTest::newRow("nothing") << QStringLiteral("基本实现智慧校园全覆盖。") << QStringList{};
    QTest::newRow("empty") << QString() << QStringList{};
}

void TestCatalogue::mentionOffsets()
{
    QFETCH(QString, text);
    QFETCH(QStringList, mentions);
    QCOMPARE(describe(Catalogue::builtIn(), text), mentions);
}

void TestCatalogue::initiativesInIsDistinctAndOrdered()
{
    const Catalogue &catalogue = Catalogue::builtIn();
    const QList<int> found = catalogue.initiativesIn(QStringLiteral("科教融汇、职普融通、产教融合、科教融汇、产教融合"));
    const QList<int> expected = {catalogue.indexOf(QStringLiteral("industry-education-integration")),
                                 catalogue.indexOf(QStringLiteral("general-vocational-integration")),
                                 catalogue.indexOf(QStringLiteral("science-education-integration"))};
    QCOMPARE(found, expected);
    QVERIFY(std::is_sorted(expected.cbegin(), expected.cend()));
}

void TestCatalogue::pathologicalInput()
{
    // Long runs of one pair of characters, patterns with the most gaps allowed. Timing is not
    // asserted; a quadratic or exponential blow-up shows as a test timeout.
    const Catalogue catalogue = customCatalogue(R"({"initiatives": [
        {"id": "chain", "name_zh": "链", "name_en": "Chain", "patterns": ["产…教…产…教"]},
        {"id": "pair", "name_zh": "对", "name_en": "Pair", "patterns": ["产教", "教…产"]},
        {"id": "never", "name_zh": "无", "name_en": "Never", "patterns": ["产…教…产…融", "教…教…教…融"]}
    ]})");
    const int repetitions = 100000;
    const QString text = QStringLiteral("产教").repeated(repetitions);

    const QList<Mention> mentions = catalogue.find(text);
    // "chain" matches at every 产 and the matches overlap: one merged mention over the whole text.
    // "pair" matches 产教 and 教产 (gap 0): overlapping everywhere, so one merged mention too.
    QCOMPARE(mentions.size(), 2);
    QCOMPARE(mentions.at(0).start, 0);
    QCOMPARE(mentions.at(0).length, 2 * repetitions);
    QCOMPARE(mentions.at(1).start, 0);
    QCOMPARE(mentions.at(1).length, 2 * repetitions);
    QCOMPARE(catalogue.initiativesIn(text), (QList<int>{0, 1}));

    // Many separate (non-overlapping) mentions of one initiative, interleaved with another's.
    const Catalogue separate = customCatalogue(R"({"initiatives": [
        {"id": "chain", "name_zh": "链", "name_en": "Chain", "patterns": ["产…教…产…教"]},
        {"id": "pair", "name_zh": "对", "name_en": "Pair", "patterns": ["产教"]}
    ]})");
    const QList<Mention> many = separate.find(text);
    QCOMPARE(many.size(), 1 + repetitions);
    QCOMPARE(many.first().initiative, 0);
    QCOMPARE(many.first().length, 2 * repetitions);
    for (int k = 1; k < many.size(); ++k) {
        QCOMPARE(many.at(k).initiative, 1);
        QCOMPARE(many.at(k).start, 2 * (k - 1));
        QCOMPARE(many.at(k).length, 2);
    }

    // The built-in catalogue finds nothing in it, quickly.
    QVERIFY(Catalogue::builtIn().find(text).isEmpty());
    QVERIFY(Catalogue::builtIn().find(QStringLiteral("产").repeated(2 * repetitions)).isEmpty());
}

void TestCatalogue::matcherAgreesWithReference_data()
{
    QTest::addColumn<int>("cases");
    QTest::addColumn<int>("maxPatterns");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("small catalogues") << 3000 << 8 << 1u;
    QTest::newRow("larger catalogues") << 300 << 60 << 2u;
}

void TestCatalogue::matcherAgreesWithReference()
{
    QFETCH(int, cases);
    QFETCH(int, maxPatterns);
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    int compared = 0, withMentions = 0;
    for (int k = 0; k < cases; ++k) {
        const RandomCase c = randomCase(rng, maxPatterns);
        Catalogue catalogue;
        Diagnostic error;
        QVERIFY2(Catalogue::load(c.json, QStringLiteral("random.json"), &catalogue, &error), qPrintable(error.toString()));
        for (const QString &text : c.texts) {
            const ReferenceResult expected = referenceMatch(c.patterns, text);
            const QString context = QStringLiteral("case %1, text \"%2\", catalogue %3").arg(k).arg(text, QString::fromUtf8(c.json));
            QCOMPARE_EQ(catalogue.initiativesIn(text), expected.initiatives);
            const QVarLengthArray<quint16, 8> positions = catalogue.positionsInFolded(TextFold::fold(text));
            QCOMPARE_EQ(QList<int>(positions.cbegin(), positions.cend()), expected.initiatives);
            const QStringList found = describeSorted(catalogue.find(text));
            if (found != expected.mentions)
                QFAIL(qPrintable(context + QStringLiteral(": found ") + found.join(u' ') + QStringLiteral(", expected ")
                                 + expected.mentions.join(u' ')));
            ++compared;
            withMentions += !expected.mentions.isEmpty();
        }
    }
    // The random cases are not all trivial.
    QVERIFY2(withMentions > compared / 4, qPrintable(QStringLiteral("%1 of %2").arg(withMentions).arg(compared)));
}

void TestCatalogue::costBound()
{
    // Patterns without gaps cost at most one step per part that can end at a character.
    QVERIFY(withPatterns({QStringLiteral("产教融合"), QStringLiteral("融合"), QStringLiteral("合")}).matchCostBound() <= 4);
    QVERIFY(Catalogue::builtIn().matchCostBound() <= 20);
    // The same first part before a gap in many patterns costs nothing per pattern…
    QStringList sameStart, sameEnd;
    for (int i = 0; i < 500; ++i) {
        sameStart.append(QStringLiteral("产…%1").arg(i, 3, 10, QLatin1Char('0')));
        sameEnd.append(QStringLiteral("%1…产").arg(i, 3, 10, QLatin1Char('0')));
    }
    QVERIFY2(withPatterns(sameStart).matchCostBound() <= 100, qPrintable(QString::number(withPatterns(sameStart).matchCostBound())));
    // …nor does the same part after a gap: a part is matched against at most the nodes live around it.
    QVERIFY2(withPatterns(sameEnd).matchCostBound() <= 100, qPrintable(QString::number(withPatterns(sameEnd).matchCostBound())));
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
