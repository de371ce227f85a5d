// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for CorpusIndex and KeywordQuery over a store holding the seed corpus: unit order, the
// keyword filter (checked against a naive scan), initiative counts (checked against
// tests/data/hand-count.md), filtering by initiative, and the unit × initiative matrix.
#include "catalogue.h"
#include "corpusindex.h"
#include "corpusparser.h"
#include "handcount.h"
#include "keywordquery.h"
#include "referencedata.h"
#include "store.h"

#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QString province(const QString &label)
{
    return label.section(u' ', 0, 0);
}

// A store in a temporary directory, filled with documents, and its index.
struct Fixture
{
    QTemporaryDir dir;
    Store store;
    CorpusIndex index;
    QStringList labels; // per index item: "省份 N" / "省份 N(M)"

    bool setUp(const QStringList &extraDocuments)
    {
        Diagnostic error;
        if (!dir.isValid() || !store.open(dir.filePath(QStringLiteral("index.sqlite")), &error))
            return false;
        CorpusParser parser(ReferenceData::builtIn());
        ParsedDocument seed;
        if (!parser.parseFile(QStringLiteral(SEED_CORPUS), &seed, &error)
            || !store.importDocument(seed, ReferenceData::builtIn(), Catalogue::builtIn(), nullptr, &error))
            return false;
        for (int k = 0; k < extraDocuments.size(); ++k) {
            ParsedDocument doc;
            if (!parser.parseText(extraDocuments.at(k), QStringLiteral("extra%1.txt").arg(k), &doc, &error)
                || !store.importDocument(doc, ReferenceData::builtIn(), Catalogue::builtIn(), nullptr, &error))
                return false;
        }
        if (!index.load(store, ReferenceData::builtIn(), Catalogue::builtIn(), &error))
            return false;
        for (int i = 0; i < index.itemCount(); ++i) {
            const ItemRecord item = store.item(index.itemId(i));
            const QString unit = index.units().at(index.itemUnit(i)).nameZh;
            const int parent = index.itemParent(i);
            labels.append(parent < 0 ? QStringLiteral("%1 %2").arg(unit).arg(item.ordinal)
                                     : QStringLiteral("%1 %2(%3)")
                                           .arg(unit)
                                           .arg(store.item(index.itemId(parent)).ordinal)
                                           .arg(item.ordinal));
        }
        return true;
    }

    QSet<QString> matchingLabels(const MatchSet &set) const
    {
        QSet<QString> out;
        for (int i = 0; i < index.itemCount(); ++i)
            if (set.contains(i))
                out.insert(labels.at(i));
        return out;
    }

    int unitIndex(const QString &name) const
    {
        for (int u = 0; u < index.units().size(); ++u)
            if (index.units().at(u).nameZh == name)
                return u;
        return -1;
    }
};

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

const QString Extra = QStringLiteral("2024年补充\n新疆生产建设兵团\n1、建设AI Lab与ＶＲ实训基地。\n2、推进产教融合。\n"
                                     "北京市\n1、Build an AI lab for 职业教育。\n");

} // namespace

class TestCorpusIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void unitsInRegionOrder();
    void itemsAndParents();
    void initiativesAndMentions();
    void emptyStore();

    void keywordQueryTerms_data();
    void keywordQueryTerms();
    void keywordQueryMatches_data();
    void keywordQueryMatches();

    void matchKnownCounts_data();
    void matchKnownCounts();
    void matchGuangdongTechnician();
    void matchAgainstNaiveScan_data();
    void matchAgainstNaiveScan();

    void countsAll();
    void countsMatchHandCount_data();
    void countsMatchHandCount();
    void countsByRegion();
    void countsUnderFilter();
    void matchWithInitiative();
    void matrixCells();
    void matrixMatchesHandCount();

private:
    Fixture m_seed;
    std::unique_ptr<Fixture> m_extended; // the seed corpus plus a small document (non-standard unit, Latin text)
    QList<HandCount> m_handCount;
};

void TestCorpusIndex::initTestCase()
{
    QVERIFY(m_seed.setUp({}));
    m_extended = std::make_unique<Fixture>();
    QVERIFY(m_extended->setUp({Extra}));
    m_handCount = readHandCount();
    QVERIFY(m_handCount.size() >= 16);
    QCOMPARE(m_handCount.first().id, QStringLiteral("industry-education-integration"));
    QCOMPARE(m_handCount.first().labels.size(), 22);
}

void TestCorpusIndex::unitsInRegionOrder()
{
    const CorpusIndex &index = m_seed.index;
    QCOMPARE(index.units().size(), 31);
    QCOMPARE(index.itemCount(), 94);
    QStringList names;
    for (const IndexedUnit &unit : index.units())
        names.append(unit.nameZh);
    // East, central, west, northeast (the order of provinces.json), then by code.
    const QStringList expected = {
        QStringLiteral("北京市"),         QStringLiteral("天津市"),   QStringLiteral("河北省"),
        QStringLiteral("上海市"),         QStringLiteral("江苏省"),   QStringLiteral("浙江省"),
        QStringLiteral("福建省"),         QStringLiteral("山东省"),   QStringLiteral("广东省"),
        QStringLiteral("海南省"),         QStringLiteral("山西省"),   QStringLiteral("安徽省"),
        QStringLiteral("江西省"),         QStringLiteral("河南省"),   QStringLiteral("湖北省"),
        QStringLiteral("湖南省"),         QStringLiteral("内蒙古自治区"), QStringLiteral("广西壮族自治区"),
        QStringLiteral("重庆市"),         QStringLiteral("四川省"),   QStringLiteral("贵州省"),
        QStringLiteral("云南省"),         QStringLiteral("西藏自治区"), QStringLiteral("陕西省"),
        QStringLiteral("甘肃省"),         QStringLiteral("青海省"),   QStringLiteral("宁夏回族自治区"),
        QStringLiteral("新疆维吾尔自治区"), QStringLiteral("辽宁省"),   QStringLiteral("吉林省"),
        QStringLiteral("黑龙江省"),
    };
    QCOMPARE(names, expected);

    // Each unit's items are one contiguous run (in document order, not display order), and the
    // runs cover every item exactly once.
    int total = 0;
    int lastRegion = -1;
    std::vector<int> owner(size_t(index.itemCount()), -1);
    for (const IndexedUnit &unit : index.units()) {
        const int u = int(&unit - index.units().constData());
        for (int i = unit.firstItem; i < unit.firstItem + unit.itemCount; ++i) {
            QCOMPARE(owner[size_t(i)], -1);
            owner[size_t(i)] = u;
            QCOMPARE(index.itemUnit(i), u);
        }
        total += unit.itemCount;
        const int region = ReferenceData::builtIn().regionIndex(unit.region);
        QVERIFY(region >= lastRegion);
        lastRegion = region;
        QCOMPARE(index.indexOfUnit(unit.id), int(&unit - index.units().constData()));
    }
    QCOMPARE(total, 94);
    QCOMPARE(index.units().first().region, QStringLiteral("east"));
    QCOMPARE(index.units().last().region, QStringLiteral("northeast"));

    const IndexedUnit &guangdong = index.units().at(m_seed.unitIndex(QStringLiteral("广东省")));
    QCOMPARE(guangdong.code, QStringLiteral("440000"));
    QCOMPARE(guangdong.shortZh, QStringLiteral("广东"));
    QCOMPARE(guangdong.name(true), QStringLiteral("Guangdong"));
    QCOMPARE(guangdong.name(false), QStringLiteral("广东省"));
    QCOMPARE(guangdong.itemCount, 7);
    QCOMPARE(guangdong.topLevelCount, 7);
    const IndexedUnit &guizhou = index.units().at(m_seed.unitIndex(QStringLiteral("贵州省")));
    QCOMPARE(guizhou.itemCount, 7);
    QCOMPARE(guizhou.topLevelCount, 5);

    // A non-standard unit comes last, with its Chinese name as English name.
    const CorpusIndex &extended = m_extended->index;
    QCOMPARE(extended.units().size(), 32);
    QCOMPARE(extended.itemCount(), 97);
    QCOMPARE(extended.units().last().nameZh, QStringLiteral("新疆生产建设兵团"));
    QVERIFY(extended.units().last().code.isEmpty());
    QCOMPARE(extended.units().last().name(true), QStringLiteral("新疆生产建设兵团"));
    QCOMPARE(extended.units().first().itemCount, 3); // 北京市: two items from the seed, one from the extra document
}

void TestCorpusIndex::itemsAndParents()
{
    const CorpusIndex &index = m_seed.index;
    const int guizhou = m_seed.unitIndex(QStringLiteral("贵州省"));
    const IndexedUnit &unit = index.units().at(guizhou);
    QStringList labels;
    for (int i = unit.firstItem; i < unit.firstItem + unit.itemCount; ++i) {
        labels.append(m_seed.labels.at(i));
        QCOMPARE(index.itemUnit(i), guizhou);
    }
    QCOMPARE(labels, (QStringList{QStringLiteral("贵州省 1"), QStringLiteral("贵州省 2"), QStringLiteral("贵州省 3"),
                                  QStringLiteral("贵州省 4"), QStringLiteral("贵州省 5"), QStringLiteral("贵州省 5(1)"),
                                  QStringLiteral("贵州省 5(2)")}));
    const int five = unit.firstItem + 4;
    QCOMPARE(index.itemParent(five), -1);
    QCOMPARE(index.itemParent(five + 1), five);
    QCOMPARE(index.itemParent(five + 2), five);
    QCOMPARE(m_seed.store.item(index.itemId(five + 1)).parentId, index.itemId(five));

    int subItems = 0;
    for (int i = 0; i < index.itemCount(); ++i) {
        QCOMPARE(index.indexOfItem(index.itemId(i)), i);
        subItems += index.itemParent(i) >= 0;
    }
    QCOMPARE(subItems, 2);
    QCOMPARE(index.indexOfItem(-5), -1);
    QCOMPARE(index.indexOfUnit(-5), -1);
}

void TestCorpusIndex::initiativesAndMentions()
{
    const CorpusIndex &index = m_seed.index;
    const Catalogue &catalogue = Catalogue::builtIn();
    QCOMPARE(index.initiatives().size(), catalogue.size());
    for (int k = 0; k < catalogue.size(); ++k) {
        QCOMPARE(index.initiatives().at(k).id, catalogue.initiatives().at(k).id);
        QCOMPARE(index.initiatives().at(k).name(false), catalogue.initiatives().at(k).nameZh);
        QCOMPARE(index.initiatives().at(k).name(true), catalogue.initiatives().at(k).nameEn);
        QCOMPARE(index.initiativeIndex(catalogue.initiatives().at(k).id), k);
    }
    QCOMPARE(index.initiativeIndex(QStringLiteral("nope")), -1);
    int mentions = 0;
    for (int i = 0; i < index.itemCount(); ++i) {
        const QList<int> expected = catalogue.initiativesIn(m_seed.store.item(index.itemId(i)).text);
        QCOMPARE(index.mentionsOf(i), expected);
        mentions += int(expected.size());
    }
    QCOMPARE(mentions, 165);
}

void TestCorpusIndex::emptyStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Store store;
    Diagnostic error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("empty.sqlite")), &error));
    CorpusIndex index;
    QVERIFY2(index.load(store, ReferenceData::builtIn(), Catalogue::builtIn(), &error), qPrintable(error.toString()));
    QCOMPARE(index.units().size(), 0);
    QCOMPARE(index.itemCount(), 0);
    const MatchSet all = index.match(KeywordQuery());
    QVERIFY(all.all);
    QCOMPARE(all.itemCount, 0);
    QCOMPARE(all.unitCount, 0);
    const MatchSet some = index.match(KeywordQuery(QStringLiteral("产教")));
    QCOMPARE(some.itemCount, 0);
    QVERIFY(index.counts(some).isEmpty());
    QVERIFY(index.matrix(some).empty());
}

void TestCorpusIndex::keywordQueryTerms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");
    QTest::newRow("empty") << QString() << QStringList{};
    QTest::newRow("blank") << QStringLiteral(" \t ") << QStringList{};
    QTest::newRow("two terms") << QStringLiteral("  产教   融合 ")
                               << QStringList{QStringLiteral("产教"), QStringLiteral("融合")};
    QTest::newRow("ideographic space separates") << QStringLiteral("广东\u3000技工")
                                                 << QStringList{QStringLiteral("广东"), QStringLiteral("技工")};
    QTest::newRow("folded and deduplicated") << QStringLiteral("ＡＢＣ abc Abc 双高 双高")
                                             << QStringList{QStringLiteral("abc"), QStringLiteral("双高")};
    QTest::newRow("full-width punctuation") << QStringLiteral("专业（群）") << QStringList{QStringLiteral("专业(群)")};
}

void TestCorpusIndex::keywordQueryTerms()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    const KeywordQuery query(text);
    QCOMPARE(query.text(), text);
    QCOMPARE(query.terms(), terms);
    QCOMPARE(query.isEmpty(), terms.isEmpty());
    QCOMPARE(query.utf8Terms().size(), terms.size());
    for (int i = 0; i < terms.size(); ++i)
        QCOMPARE(query.utf8Terms().at(i), terms.at(i).toUtf8());
}

void TestCorpusIndex::keywordQueryMatches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("names");
    QTest::addColumn<bool>("matches");

    const QString guangdong = QStringLiteral("广东省\n广东\nGuangdong");
    const QString item = QStringLiteral("抓好技工教育“强基培优”计划,推动技工教育与职业教育融合发展。");
    QTest::newRow("empty query") << QString() << item << guangdong << true;
    QTest::newRow("all terms, any order") << QStringLiteral("融合 技工") << item << guangdong << true;
    QTest::newRow("one term missing") << QStringLiteral("技工 产教") << item << guangdong << false;
    QTest::newRow("term in unit names") << QStringLiteral("广东 技工") << item << guangdong << true;
    QTest::newRow("term in other unit's names") << QStringLiteral("福建 技工") << item << guangdong << false;
    QTest::newRow("latin, case-insensitive") << QStringLiteral("GUANGDONG") << item << guangdong << true;
    QTest::newRow("latin, full-width") << QStringLiteral("ｇｕａｎｇｄｏｎｇ") << item << guangdong << true;
    QTest::newRow("latin in text, upper-case text") << QStringLiteral("ai lab") << QStringLiteral("建设AI LAB。")
                                                    << QString() << true;
    QTest::newRow("full-width text, half-width query") << QStringLiteral("ai") << QStringLiteral("建设ＡＩ实训")
                                                       << QString() << true;
    QTest::newRow("full-width query, half-width text") << QStringLiteral("（群）") << QStringLiteral("专业(群)")
                                                       << QString() << true;
    QTest::newRow("a term does not span text and names") << QStringLiteral("省抓") << item << guangdong << false;
    QTest::newRow("no partial latin term across a space") << QStringLiteral("ailab") << QStringLiteral("AI lab")
                                                          << QString() << false;
}

void TestCorpusIndex::keywordQueryMatches()
{
    QFETCH(QString, query);
    QFETCH(QString, text);
    QFETCH(QString, names);
    QFETCH(bool, matches);
    QCOMPARE(KeywordQuery(query).matches(text, names), matches);
}

void TestCorpusIndex::matchKnownCounts_data()
{
    // Counted in the corpus text (none of these terms occurs in a unit name, except where noted).
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("items");
    QTest::addColumn<int>("units");
    QTest::newRow("empty") << QString() << 94 << 31;
    QTest::newRow("产教融合") << QStringLiteral("产教融合") << 19 << 19;
    QTest::newRow("职普融通") << QStringLiteral("职普融通") << 15 << 15;
    QTest::newRow("双高") << QStringLiteral("双高") << 5 << 5;
    QTest::newRow("工匠") << QStringLiteral("工匠") << 8 << 7;
    QTest::newRow("订单") << QStringLiteral("订单") << 2 << 2;
    QTest::newRow("教 (single character)") << QStringLiteral("教") << 60 << 29;
    QTest::newRow("30") << QStringLiteral("30") << 2 << 2;
    QTest::newRow("３０") << QStringLiteral("３０") << 2 << 2;
    QTest::newRow("1.5万") << QStringLiteral("1.5万") << 1 << 1;
    QTest::newRow("（群）") << QStringLiteral("（群）") << 1 << 1;
    QTest::newRow("Guangdong (unit name)") << QStringLiteral("Guangdong") << 7 << 1;
    QTest::newRow("inner mongolia (two words of a unit name)") << QStringLiteral("inner mongolia") << 6 << 1;
    QTest::newRow("absent") << QStringLiteral("托福写作如何得高分") << 0 << 0;
    QTest::newRow("one absent term") << QStringLiteral("产教融合 托福") << 0 << 0;
}

void TestCorpusIndex::matchKnownCounts()
{
    QFETCH(QString, query);
    QFETCH(int, items);
    QFETCH(int, units);
    const MatchSet set = m_seed.index.match(KeywordQuery(query));
    QCOMPARE(set.itemCount, items);
    QCOMPARE(set.unitCount, units);
    QCOMPARE(set.all, query.isEmpty());
}

void TestCorpusIndex::matchGuangdongTechnician()
{
    const CorpusIndex &index = m_seed.index;
    for (const QString &query : {QStringLiteral("广东 技工"), QStringLiteral("技工 广东"), QStringLiteral("广东\u3000技工"),
                                 QStringLiteral("GUANGDONG 技工")}) {
        const MatchSet set = index.match(KeywordQuery(query));
        QVERIFY(!set.all);
        QCOMPARE(set.itemCount, 1);
        QCOMPARE(set.unitCount, 1);
        QCOMPARE(m_seed.matchingLabels(set), QSet<QString>{QStringLiteral("广东省 6")});
        const int guangdong = m_seed.unitIndex(QStringLiteral("广东省"));
        QCOMPARE(set.perUnit.at(size_t(guangdong)), 1);
        for (int i = 0; i < index.itemCount(); ++i)
            if (set.contains(i))
                QCOMPARE(m_seed.store.item(index.itemId(i)).text,
                         QStringLiteral("抓好技工教育“强基培优”计划,推动技工教育与职业教育融合发展。"));
    }
}

void TestCorpusIndex::matchAgainstNaiveScan_data()
{
    QTest::addColumn<bool>("extended");
    QTest::addColumn<QString>("query");
    const QStringList queries = {
        QString(),
        QStringLiteral("   "),
        QStringLiteral("产教融合"),
        QStringLiteral("产教 融合"),
        QStringLiteral("融合 产教"),
        QStringLiteral("职普融通 科教融汇"),
        QStringLiteral("广东"),
        QStringLiteral("广东 技工"),
        QStringLiteral("Guangdong"),
        QStringLiteral("GUANGDONG 技工"),
        QStringLiteral("ｇｕａｎｇｄｏｎｇ"),
        QStringLiteral("inner mongolia"),
        QStringLiteral("mongolia 工匠"),
        QStringLiteral("不存在的词"),
        QStringLiteral("托福写作如何得高分"),
        QStringLiteral("教"),
        QStringLiteral("。"),
        QStringLiteral("省"),
        QStringLiteral("30"),
        QStringLiteral("３０"),
        QStringLiteral("1.5万"),
        QStringLiteral("“双高”"),
        QStringLiteral("(群)"),
        QStringLiteral("贵州 订单"),
        QStringLiteral("北京 上海"),
        QStringLiteral("ai"),
        QStringLiteral("AI lab"),
        QStringLiteral("兵团"),
        QStringLiteral("east"),
        QStringLiteral("Xinjiang 技工"),
        QStringLiteral("a"),
    };
    for (bool extended : {false, true})
        for (const QString &query : queries)
            QTest::addRow("%s \"%s\"", extended ? "extended" : "seed", qPrintable(query)) << extended << query;
}

void TestCorpusIndex::matchAgainstNaiveScan()
{
    QFETCH(bool, extended);
    QFETCH(QString, query);
    const Fixture &f = extended ? *m_extended : m_seed;
    const CorpusIndex &index = f.index;
    const KeywordQuery keywords(query);
    const MatchSet set = index.match(keywords);
    QCOMPARE(set.all, keywords.isEmpty());
    QCOMPARE(set.perUnit.size(), size_t(index.units().size()));

    int items = 0;
    QSet<int> units;
    std::vector<int> perUnit(size_t(index.units().size()), 0);
    for (int i = 0; i < index.itemCount(); ++i) {
        const IndexedUnit &unit = index.units().at(index.itemUnit(i));
        const QString names = QStringList{unit.nameZh, unit.shortZh, unit.nameEn}.join(u'\n');
        const QString text = f.store.item(index.itemId(i)).text;
        const bool expected = keywords.matches(text, names);
        QVERIFY2(set.contains(i) == expected, qPrintable(f.labels.at(i) + QStringLiteral(": ") + text));
        if (expected) {
            ++items;
            units.insert(index.itemUnit(i));
            ++perUnit[size_t(index.itemUnit(i))];
        }
    }
    QCOMPARE(set.itemCount, items);
    QCOMPARE(set.unitCount, int(units.size()));
    QCOMPARE(set.perUnit, perUnit);
}

void TestCorpusIndex::countsAll()
{
    const CorpusIndex &index = m_seed.index;
    const QList<InitiativeCount> counts = index.counts(index.match(KeywordQuery()));
    QCOMPARE(counts.size(), index.initiatives().size());
    const int iei = index.initiativeIndex(QStringLiteral("industry-education-integration"));
    QCOMPARE(counts.first().initiative, iei); // the most widespread
    QCOMPARE(counts.first().provinces, 22);
    QCOMPARE(counts.first().items, 22);
    QStringList units;
    for (int u : counts.first().units)
        units.append(index.units().at(u).nameZh);
    QStringList expected;
    for (const QString &label : m_handCount.first().labels)
        expected.append(province(label));
    QCOMPARE(toSet(units), toSet(expected));
    QVERIFY(std::is_sorted(counts.first().units.cbegin(), counts.first().units.cend())); // unit order

    // Sorted by provinces, then items, descending; ties keep catalogue order.
    for (int k = 1; k < counts.size(); ++k) {
        const InitiativeCount &a = counts.at(k - 1), &b = counts.at(k);
        QVERIFY(a.provinces > b.provinces || (a.provinces == b.provinces && a.items > b.items)
                || (a.provinces == b.provinces && a.items == b.items && a.initiative < b.initiative));
    }
    // Each initiative exactly once.
    QSet<int> seen;
    for (const InitiativeCount &c : counts)
        seen.insert(c.initiative);
    QCOMPARE(seen.size(), index.initiatives().size());
}

void TestCorpusIndex::countsMatchHandCount_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<int>("provinces");
    QTest::addColumn<int>("items");
    for (const HandCount &s : readHandCount())
        QTest::newRow(qPrintable(s.id)) << s.id << s.labels << s.provinces << s.items;
}

void TestCorpusIndex::countsMatchHandCount()
{
    QFETCH(QString, id);
    QFETCH(QStringList, labels);
    QFETCH(int, provinces);
    QFETCH(int, items);
    const CorpusIndex &index = m_seed.index;
    const int initiative = index.initiativeIndex(id);
    QVERIFY(initiative >= 0);
    for (const InitiativeCount &c : index.counts(index.match(KeywordQuery()))) {
        if (c.initiative != initiative)
            continue;
        QCOMPARE(c.provinces, provinces);
        QCOMPARE(c.items, items);
        QCOMPARE(int(c.units.size()), provinces);
    }
    // Filtering by the initiative lets through exactly the hand-counted items.
    const MatchSet set = index.match(KeywordQuery(), initiative);
    QCOMPARE(m_seed.matchingLabels(set), toSet(labels));
    QCOMPARE(set.itemCount, items);
    QCOMPARE(set.unitCount, provinces);
}

void TestCorpusIndex::countsByRegion()
{
    const CorpusIndex &index = m_seed.index;
    const MatchSet all = index.match(KeywordQuery());
    const int iei = index.initiativeIndex(QStringLiteral("industry-education-integration"));
    for (const InitiativeCount &c : index.counts(all, QStringLiteral("east"))) {
        for (int u : c.units)
            QCOMPARE(index.units().at(u).region, QStringLiteral("east"));
        if (c.initiative == iei) {
            // 北京市 天津市 上海市 江苏省 浙江省 福建省 广东省
            QCOMPARE(c.provinces, 7);
            QCOMPARE(c.items, 7);
        }
    }
    // Every initiative in every region, against the hand count.
    for (const Region &region : ReferenceData::builtIn().regions()) {
        const QList<InitiativeCount> counts = index.counts(all, region.id);
        QCOMPARE(counts.size(), index.initiatives().size());
        for (const HandCount &s : m_handCount) {
            QSet<QString> provinces;
            int items = 0;
            for (const QString &label : s.labels) {
                const Province *p = ReferenceData::builtIn().findProvince(province(label));
                QVERIFY2(p, qPrintable(label));
                if (p->region == region.id) {
                    provinces.insert(p->nameZh);
                    ++items;
                }
            }
            const int initiative = index.initiativeIndex(s.id);
            const auto it = std::find_if(counts.cbegin(), counts.cend(),
                                         [&](const InitiativeCount &c) { return c.initiative == initiative; });
            QVERIFY(it != counts.cend());
            QVERIFY2(it->provinces == provinces.size() && it->items == items,
                     qPrintable(QStringLiteral("%1 in %2: %3/%4, expected %5/%6")
                                    .arg(s.id, region.id)
                                    .arg(it->provinces)
                                    .arg(it->items)
                                    .arg(provinces.size())
                                    .arg(items)));
        }
    }
}

void TestCorpusIndex::countsUnderFilter()
{
    const CorpusIndex &index = m_seed.index;
    const MatchSet filtered = index.match(KeywordQuery(QStringLiteral("职普融通")));
    QCOMPARE(filtered.itemCount, 15);
    const auto gvi = std::find_if(m_handCount.cbegin(), m_handCount.cend(), [](const HandCount &s) {
        return s.id == QStringLiteral("general-vocational-integration");
    });
    QVERIFY(gvi != m_handCount.cend());
    const QSet<QString> filteredLabels = m_seed.matchingLabels(filtered);
    QCOMPARE(filteredLabels, toSet(gvi->labels)); // here the keyword and the initiative coincide

    const QList<InitiativeCount> counts = index.counts(filtered);
    for (const InitiativeCount &c : counts) {
        const QString id = index.initiatives().at(c.initiative).id;
        if (id == QStringLiteral("general-vocational-integration")) {
            QCOMPARE(c.provinces, 15);
            QCOMPARE(c.items, 15);
        }
        // Expected: the hand-counted items of the initiative that the filter lets through.
        const auto s = std::find_if(m_handCount.cbegin(), m_handCount.cend(),
                                    [&](const HandCount &h) { return h.id == id; });
        QVERIFY(s != m_handCount.cend());
        QSet<QString> items = toSet(s->labels);
        items.intersect(filteredLabels);
        QSet<QString> provinces;
        for (const QString &label : std::as_const(items))
            provinces.insert(province(label));
        QVERIFY2(c.items == items.size() && c.provinces == provinces.size(), qPrintable(id));
    }
    // Science-education integration always comes with 职普融通 in this corpus: all 13.
    const int sei = index.initiativeIndex(QStringLiteral("science-education-integration"));
    const auto it = std::find_if(counts.cbegin(), counts.cend(), [&](const InitiativeCount &c) { return c.initiative == sei; });
    QCOMPARE(it->provinces, 13);
    // Ordering also holds under a filter.
    QCOMPARE(index.initiatives().at(counts.first().initiative).id,
             QStringLiteral("industry-education-integration")); // 15/15, earlier in the catalogue than 职普融通
}

void TestCorpusIndex::matchWithInitiative()
{
    const CorpusIndex &index = m_seed.index;
    const int iei = index.initiativeIndex(QStringLiteral("industry-education-integration"));
    const int sei = index.initiativeIndex(QStringLiteral("science-education-integration"));
    const int training = index.initiativeIndex(QStringLiteral("skills-training"));

    const MatchSet all = index.match(KeywordQuery(), iei);
    QVERIFY(!all.all);
    QCOMPARE(all.itemCount, 22);
    QCOMPARE(all.unitCount, 22);
    for (int i = 0; i < index.itemCount(); ++i)
        QCOMPARE(all.contains(i), index.mentionsOf(i).contains(iei));

    const MatchSet guangdong = index.match(KeywordQuery(QStringLiteral("广东")), iei);
    QCOMPARE(m_seed.matchingLabels(guangdong), QSet<QString>{QStringLiteral("广东省 4")});

    QCOMPARE(index.match(KeywordQuery(QStringLiteral("职普融通")), sei).itemCount, 13);
    QCOMPARE(index.match(KeywordQuery(QStringLiteral("托福")), iei).itemCount, 0);
    // Sub-items are items like any other.
    QCOMPARE(m_seed.matchingLabels(index.match(KeywordQuery(QStringLiteral("贵州")), training)),
             (QSet<QString>{QStringLiteral("贵州省 4"), QStringLiteral("贵州省 5(1)")}));
    QCOMPARE(m_seed.matchingLabels(index.match(KeywordQuery(QStringLiteral("订单 贵州")), training)),
             QSet<QString>{QStringLiteral("贵州省 5(1)")});
}

void TestCorpusIndex::matrixCells()
{
    const CorpusIndex &index = m_seed.index;
    const auto cells = index.matrix(index.match(KeywordQuery()));
    QCOMPARE(cells.size(), size_t(31));
    QCOMPARE(cells.front().size(), size_t(index.initiatives().size()));
    auto cell = [&](const std::vector<std::vector<int>> &m, const QString &unit, const QString &initiative) {
        return m.at(size_t(m_seed.unitIndex(unit))).at(size_t(index.initiativeIndex(initiative)));
    };
    QCOMPARE(cell(cells, QStringLiteral("内蒙古自治区"), QStringLiteral("school-enterprise-cooperation")), 3);
    QCOMPARE(cell(cells, QStringLiteral("贵州省"), QStringLiteral("skills-training")), 2);
    QCOMPARE(cell(cells, QStringLiteral("上海市"), QStringLiteral("continuing-education")), 2);
    QCOMPARE(cell(cells, QStringLiteral("河南省"), QStringLiteral("skills-society")), 2);
    QCOMPARE(cell(cells, QStringLiteral("河南省"), QStringLiteral("industry-education-integration")), 1);
    QCOMPARE(cell(cells, QStringLiteral("北京市"), QStringLiteral("general-vocational-integration")), 0);

    const auto ordered = index.matrix(index.match(KeywordQuery(QStringLiteral("订单"))));
    QCOMPARE(cell(ordered, QStringLiteral("贵州省"), QStringLiteral("skills-training")), 1);
    QCOMPARE(cell(ordered, QStringLiteral("贵州省"), QStringLiteral("order-based-training")), 1);
    QCOMPARE(cell(ordered, QStringLiteral("内蒙古自治区"), QStringLiteral("order-based-training")), 1);
    QCOMPARE(cell(ordered, QStringLiteral("内蒙古自治区"), QStringLiteral("school-enterprise-cooperation")), 1);
    int total = 0;
    for (const auto &row : ordered)
        for (int n : row)
            total += n;
    // 内蒙古 3: 工匠, 校企合作 (握手), 订单; 贵州 5(1): 技能培训, 订单.
    QCOMPARE(total, 5);
}

void TestCorpusIndex::matrixMatchesHandCount()
{
    const CorpusIndex &index = m_seed.index;
    const auto cells = index.matrix(index.match(KeywordQuery()));
    int total = 0;
    for (const HandCount &s : m_handCount) {
        QMap<QString, int> perProvince;
        for (const QString &label : s.labels)
            ++perProvince[province(label)];
        const int initiative = index.initiativeIndex(s.id);
        for (int u = 0; u < index.units().size(); ++u) {
            const int actual = cells.at(size_t(u)).at(size_t(initiative));
            QVERIFY2(actual == perProvince.value(index.units().at(u).nameZh),
                     qPrintable(s.id + u' ' + index.units().at(u).nameZh));
            total += actual;
        }
    }
    QCOMPARE(total, 165);
}

QTEST_GUILESS_MAIN(TestCorpusIndex)
#include "tst_corpusindex.moc"
