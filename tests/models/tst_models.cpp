// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for the Qt models over an AtlasSession opened on a fresh database (seeded with the
// built-in corpus): ProvinceTreeModel, TreeFilterProxy, InitiativeCountModel and ItemDetail.
// Every expected number is read off resources/corpus/2023-provincial-vocational-education.txt
// or tests/data/hand-count.md.
#include "atlassession.h"
#include "chartdata.h"
#include "corpusgenerator.h"
#include "handcount.h"
#include "initiativecountmodel.h"
#include "itemdetail.h"
#include "provincetreemodel.h"
#include "settings.h"
#include "testsession.h"
#include "testutil.h"
#include "translations.h"
#include "treefilterproxy.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>

#include <climits>
#include <memory>

namespace {

using Kind = ProvinceTreeModel::Kind;

// What the chart should count according to the hand count, restricted to the entries accepted.
struct ExpectedBar
{
    int provinces = 0;
    int items = 0;
    QSet<QString> names;
};

template<typename Accept>
QHash<QString, ExpectedBar> expectedCounts(const QList<HandCount> &hand, Accept accept)
{
    QHash<QString, ExpectedBar> out;
    for (const HandCount &h : hand) {
        ExpectedBar bar;
        for (const HandEntry &e : h.entries) {
            if (!accept(e))
                continue;
            ++bar.items;
            bar.names.insert(e.province);
        }
        bar.provinces = int(bar.names.size());
        if (bar.provinces > 0)
            out.insert(h.id, bar);
    }
    return out;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void seededSession();
    void treeModelTester();
    void treeRegionsAndProvinces();
    void treeFetchMore();
    void treeSubItems();
    void treeIndexForItem();
    void proxyModelTester();
    void proxyKeywordFilter();
    void proxyKeywordAndProvinceName();
    void proxyInitiativeFilter();
    void countModelTester();
    void countModelMatchesHandCount();
    void countModelRegion();
    void countModelTopN();
    void countModelFollowsKeyword();
    void itemDetailDocument();
    void itemDetailSubItems();
    void itemDetailHighlight();
    void importedMarkupStaysText();
    void importWithoutLeadOrSource();
    void importReportsProgressAndCancels();
    void settingsDefaults();
    void filterOffTheUiThread();

private:
    int unitNamed(const QString &nameZh) const;
    int itemWithText(const QString &unitZh, const QString &text) const;
    QModelIndex unitIndex(QAbstractItemModel *model, const QString &nameZh) const;
    QStringList unitNamesUnder(const QAbstractItemModel *model, const QModelIndex &region) const;

    QTemporaryDir m_dir;
    std::unique_ptr<AtlasSession> m_session;
    QList<HandCount> m_hand;
};

void TestModels::initTestCase()
{
    TestSession::isolateSettings(QStringLiteral("tst_models"));
    QVERIFY(m_dir.isValid());
    // The models take names in the UI language; the corpus is Chinese, so test in Chinese.
    QCOMPARE(Translations::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QVERIFY(!Translations::isEnglish());

    m_session = std::make_unique<AtlasSession>();
    Diagnostic error;
    QVERIFY2(m_session->open(m_dir.filePath(QStringLiteral("atlas.sqlite")), &error), qPrintable(error.toString()));
    m_hand = readHandCount();
    QCOMPARE(m_hand.size(), 29); // one section per initiative of the built-in catalogue
}

void TestModels::init()
{
    TestSession::resetFilters(*m_session);
}

int TestModels::unitNamed(const QString &nameZh) const
{
    return TestSession::unitNamed(*m_session, nameZh);
}

int TestModels::itemWithText(const QString &unitZh, const QString &text) const
{
    return TestSession::itemWithText(*m_session, unitZh, text);
}

QModelIndex TestModels::unitIndex(QAbstractItemModel *model, const QString &nameZh) const
{
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex region = model->index(r, 0);
        for (int u = 0; u < model->rowCount(region); ++u) {
            const QModelIndex unit = model->index(u, 0, region);
            const int index = unit.data(ProvinceTreeModel::UnitIndexRole).toInt();
            if (m_session->index().units().at(index).nameZh == nameZh)
                return unit;
        }
    }
    return {};
}

QStringList TestModels::unitNamesUnder(const QAbstractItemModel *model, const QModelIndex &region) const
{
    QStringList names;
    for (int u = 0; u < model->rowCount(region); ++u)
        names.append(m_session->index()
                         .units()
                         .at(model->index(u, 0, region).data(ProvinceTreeModel::UnitIndexRole).toInt())
                         .nameZh);
    return names;
}

void TestModels::seededSession()
{
    QVERIFY(m_session->isOpen());
    // One document: 31 province headers, 94 items and sub-items (92 numbered items + 贵州省 5(1), 5(2)).
    QCOMPARE(m_session->documents().size(), 1);
    QCOMPARE(m_session->documents().first().sourceLine, u8("来源:职教圈,作者:吴灵辉,杨凌职业技术学院。"));
    QCOMPARE(m_session->index().units().size(), 31);
    QCOMPARE(m_session->index().itemCount(), 94);
    QVERIFY(m_session->matches().all);
    QCOMPARE(m_session->matches().itemCount, 94);
    QCOMPARE(m_session->matches().unitCount, 31);
    QCOMPARE(m_session->index().initiatives().size(), 29);
}

void TestModels::treeModelTester()
{
    ProvinceTreeModel model(m_session.get());
    // The tester walks the whole tree and fetches every province as it goes.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex guizhou = unitIndex(&model, u8("贵州省"));
    QVERIFY(guizhou.isValid());
    QVERIFY(!model.canFetchMore(guizhou)); // the tester's walk fetched it
    QCOMPARE(model.rowCount(guizhou), 5);

    // A reset while the tester watches. Qt 6.4's tester walks (and fetches) the model from its
    // modelReset slot before it marks the reset as finished, so its own fetchMore() would be
    // reported as "rows inserted during a reset"; fetch explicitly after the reset instead.
    tester.setUseFetchMore(false);
    model.reload();
    QCOMPARE(model.rowCount(), 4);
    const QModelIndex reloaded = unitIndex(&model, u8("贵州省"));
    QVERIFY(model.canFetchMore(reloaded));
    model.fetchMore(reloaded);
    QCOMPARE(model.rowCount(reloaded), 5);
    QCOMPARE(model.rowCount(model.index(4, 0, reloaded)), 2);
}

void TestModels::treeRegionsAndProvinces()
{
    ProvinceTreeModel model(m_session.get());
    QCOMPARE(model.columnCount(), 1);
    QCOMPARE(model.rowCount(), 4);
    // NBS regions in reference order, each with its provinces.
    const QStringList ids{QStringLiteral("east"), QStringLiteral("central"), QStringLiteral("west"),
                          QStringLiteral("northeast")};
    const QList<int> counts{10, 6, 12, 3};
    const QStringList names{u8("东部"), u8("中部"), u8("西部"), u8("东北")};
    for (int r = 0; r < 4; ++r) {
        const QModelIndex region = model.index(r, 0);
        QCOMPARE(region.data(ProvinceTreeModel::KindRole).toInt(), int(Kind::Region));
        QCOMPARE(region.data(ProvinceTreeModel::RegionIdRole).toString(), ids.at(r));
        QCOMPARE(model.rowCount(region), counts.at(r));
        QCOMPARE(region.data().toString(), QStringLiteral("%1 (%2)").arg(names.at(r)).arg(counts.at(r)));
        QVERIFY(!model.canFetchMore(region));
    }
    const QStringList east = unitNamesUnder(&model, model.index(0, 0));
    QCOMPARE(east, (QStringList{u8("北京市"), u8("天津市"), u8("河北省"), u8("上海市"), u8("江苏省"), u8("浙江省"),
                                u8("福建省"), u8("山东省"), u8("广东省"), u8("海南省")}));
    QCOMPARE(unitNamesUnder(&model, model.index(3, 0)), (QStringList{u8("辽宁省"), u8("吉林省"), u8("黑龙江省")}));

    const QModelIndex beijing = model.index(0, 0, model.index(0, 0));
    QCOMPARE(beijing.data(ProvinceTreeModel::KindRole).toInt(), int(Kind::Unit));
    QCOMPARE(beijing.data().toString(), u8("北京市 (2)"));
    QCOMPARE(beijing.parent(), model.index(0, 0));
    // The tooltip gives the name in the other language, the item count and the GB/T 2260 code.
    const QString tip = beijing.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Beijing")) && tip.contains(QStringLiteral("110000")), qPrintable(tip));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString().isEmpty(), false);
}

void TestModels::treeFetchMore()
{
    ProvinceTreeModel model(m_session.get());
    const QModelIndex beijing = unitIndex(&model, u8("北京市"));
    QVERIFY(beijing.isValid());
    // Items are read from the database only when the province is first expanded.
    QVERIFY(model.hasChildren(beijing));
    QVERIFY(model.canFetchMore(beijing));
    QCOMPARE(model.rowCount(beijing), 0);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore(beijing);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 1);
    QVERIFY(!model.canFetchMore(beijing));
    QCOMPARE(model.rowCount(beijing), 2);
    model.fetchMore(beijing); // a second fetch adds nothing
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(beijing), 2);

    const QModelIndex first = model.index(0, 0, beijing);
    QCOMPARE(first.data(ProvinceTreeModel::KindRole).toInt(), int(Kind::Item));
    QCOMPARE(first.data(ProvinceTreeModel::LabelRole).toString(), u8("1、"));
    QCOMPARE(first.data(ProvinceTreeModel::TextRole).toString(), u8("完善职业教育和培训体系。"));
    QCOMPARE(first.data().toString(), u8("1、 完善职业教育和培训体系。"));
    QCOMPARE(first.parent(), beijing);
    const QModelIndex second = model.index(1, 0, beijing);
    QVERIFY(second.data(ProvinceTreeModel::TextRole).toString().startsWith(u8("支持企业与在京高校院所共建产教融合基地")));
    QVERIFY(!model.hasChildren(second));
    QVERIFY(!model.index(2, 0, beijing).isValid());
    // The item's index position is that of the text in the index.
    QCOMPARE(first.data(ProvinceTreeModel::ItemIndexRole).toInt(), itemWithText(u8("北京市"), u8("完善职业教育和培训体系。")));
}

void TestModels::treeSubItems()
{
    ProvinceTreeModel model(m_session.get());
    const QModelIndex guizhou = unitIndex(&model, u8("贵州省"));
    QCOMPARE(guizhou.data().toString(), u8("贵州省 (7)")); // 5 items and 2 sub-items
    model.fetchMore(guizhou);
    QCOMPARE(model.rowCount(guizhou), 5);
    const QModelIndex item5 = model.index(4, 0, guizhou);
    QCOMPARE(item5.data(ProvinceTreeModel::LabelRole).toString(), u8("5、"));
    QCOMPARE(item5.data(ProvinceTreeModel::TextRole).toString(), u8("今年要继续办好“十件民生实事”。"));
    QVERIFY(model.hasChildren(item5));
    QCOMPARE(model.rowCount(item5), 2);
    const QModelIndex sub1 = model.index(0, 0, item5);
    const QModelIndex sub2 = model.index(1, 0, item5);
    QCOMPARE(sub1.data(ProvinceTreeModel::KindRole).toInt(), int(Kind::SubItem));
    QCOMPARE(sub1.data(ProvinceTreeModel::LabelRole).toString(), QStringLiteral("(1)"));
    QVERIFY(sub1.data(ProvinceTreeModel::TextRole).toString().startsWith(u8("做好重点群体就业工作")));
    QCOMPARE(sub2.data(ProvinceTreeModel::LabelRole).toString(), QStringLiteral("(2)"));
    QVERIFY(sub2.data(ProvinceTreeModel::TextRole).toString().startsWith(u8("办好人民满意的教育")));
    QCOMPARE(sub1.parent(), item5);
    QCOMPARE(model.rowCount(sub1), 0);
    // Sub-items sit right after their item in the index, with it as parent.
    const int item = item5.data(ProvinceTreeModel::ItemIndexRole).toInt();
    QCOMPARE(sub1.data(ProvinceTreeModel::ItemIndexRole).toInt(), item + 1);
    QCOMPARE(m_session->index().itemParent(item + 1), item);
    QCOMPARE(m_session->index().itemParent(item + 2), item);
    QCOMPARE(m_session->index().itemParent(item), -1);
}

void TestModels::treeIndexForItem()
{
    ProvinceTreeModel model(m_session.get());
    const int item = itemWithText(u8("广东省"), u8("实施职业学校办学条件达标工程。"));
    QVERIFY(item >= 0);
    const QModelIndex index = model.indexForItem(item); // loads 广东省 on the way
    QVERIFY(index.isValid());
    QCOMPARE(index.data(ProvinceTreeModel::LabelRole).toString(), u8("3、"));
    QCOMPARE(index.parent(), unitIndex(&model, u8("广东省")));
    QCOMPARE(model.rowCount(index.parent()), 7);
    QVERIFY(!model.indexForItem(-1).isValid());
    QVERIFY(!model.indexForItem(m_session->index().itemCount()).isValid());
    QCOMPARE(model.indexForUnit(unitNamed(u8("海南省"))).data().toString(), u8("海南省 (2)"));
}

void TestModels::proxyModelTester()
{
    ProvinceTreeModel model(m_session.get());
    TreeFilterProxy proxy(m_session.get());
    proxy.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // A filter change drops the loaded items (each province then offers only what matches).
    // Qt 6.4's tester fetches children from inside its rowsInserted/rowsRemoved slots, which it
    // would then report as a nested change; the loop below fetches the way a view does instead.
    sourceTester.setUseFetchMore(false);
    tester.setUseFetchMore(false);

    const QStringList filters{u8("技工"), u8("产教融合"), QString(), u8("不存在的词"), u8("达标"), u8("广东 技工"), u8("职业")};
    for (const QString &filter : filters) {
        m_session->setKeywordFilter(filter);
        QCOMPARE(m_session->keywordText(), filter);
        // Fetch every visible province through the proxy, as the view does on expanding.
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const QModelIndex region = proxy.index(r, 0);
            for (int u = 0; u < proxy.rowCount(region); ++u) {
                const QModelIndex unit = proxy.index(u, 0, region);
                if (proxy.canFetchMore(unit))
                    proxy.fetchMore(unit);
                QVERIFY(!proxy.canFetchMore(unit));
                // Under a filter, a province is shown only with at least one matching item.
                if (!m_session->matches().all)
                    QVERIFY(proxy.rowCount(unit) > 0);
            }
        }
    }
    m_session->setKeywordFilter(u8("不存在的词"));
    QCOMPARE(proxy.rowCount(), 0);
    m_session->clearFilters();
    QCOMPARE(proxy.rowCount(), 4);
}

void TestModels::proxyKeywordFilter()
{
    ProvinceTreeModel model(m_session.get());
    TreeFilterProxy proxy(m_session.get());
    proxy.setSourceModel(&model);
    m_session->setKeywordFilter(u8("技工"));
    // 技工 occurs in 福建省 5, 广东省 6, 贵州省 4 and 新疆维吾尔自治区 3, nowhere else.
    QCOMPARE(m_session->matches().itemCount, 4);
    QCOMPARE(m_session->matches().unitCount, 4);
    QVERIFY(!m_session->matches().all);
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(proxy.index(0, 0).data(ProvinceTreeModel::RegionIdRole).toString(), QStringLiteral("east"));
    QCOMPARE(proxy.index(1, 0).data(ProvinceTreeModel::RegionIdRole).toString(), QStringLiteral("west"));
    QCOMPARE(unitNamesUnder(&proxy, proxy.index(0, 0)), (QStringList{u8("福建省"), u8("广东省")}));
    QCOMPARE(unitNamesUnder(&proxy, proxy.index(1, 0)), (QStringList{u8("贵州省"), u8("新疆维吾尔自治区")}));

    const QModelIndex guangdong = unitIndex(&proxy, u8("广东省"));
    proxy.fetchMore(guangdong);
    QCOMPARE(proxy.rowCount(guangdong), 1);
    const QModelIndex item = proxy.index(0, 0, guangdong);
    QCOMPARE(item.data(ProvinceTreeModel::LabelRole).toString(), u8("6、"));
    QVERIFY(item.data(ProvinceTreeModel::TextRole).toString().contains(u8("技工教育")));
    // Under a filter a province loads only what the filter lets through: 1 of its 7 items.
    QCOMPARE(model.rowCount(proxy.mapToSource(guangdong)), 1);
    m_session->setKeywordFilter(QString());
    const QModelIndex allOfGuangdong = unitIndex(&proxy, u8("广东省"));
    proxy.fetchMore(allOfGuangdong);
    QCOMPARE(model.rowCount(proxy.mapToSource(allOfGuangdong)), 7);
    m_session->setKeywordFilter(u8("技工"));

    const QModelIndex guizhou = unitIndex(&proxy, u8("贵州省"));
    proxy.fetchMore(guizhou);
    QCOMPARE(proxy.rowCount(guizhou), 1);
    QCOMPARE(proxy.index(0, 0, guizhou).data(ProvinceTreeModel::LabelRole).toString(), u8("4、"));

    // A filter that matches only a sub-item shows its item with that sub-item alone.
    m_session->setKeywordFilter(u8("订单班"));
    QCOMPARE(m_session->matches().itemCount, 1);
    const QModelIndex guizhou2 = unitIndex(&proxy, u8("贵州省"));
    QVERIFY(guizhou2.isValid());
    QVERIFY(proxy.canFetchMore(guizhou2)); // a new filter: the province loads again, only what matches
    proxy.fetchMore(guizhou2);
    QVERIFY(!proxy.canFetchMore(guizhou2));
    QCOMPARE(proxy.rowCount(guizhou2), 1);
    const QModelIndex item5 = proxy.index(0, 0, guizhou2);
    QCOMPARE(item5.data(ProvinceTreeModel::LabelRole).toString(), u8("5、"));
    QCOMPARE(proxy.rowCount(item5), 1);
    QCOMPARE(proxy.index(0, 0, item5).data(ProvinceTreeModel::LabelRole).toString(), QStringLiteral("(1)"));

    // A filter that matches the item shows all its sub-items.
    m_session->setKeywordFilter(u8("十件民生实事"));
    proxy.fetchMore(unitIndex(&proxy, u8("贵州省")));
    const QModelIndex item5b = proxy.index(0, 0, unitIndex(&proxy, u8("贵州省")));
    QCOMPARE(item5b.data(ProvinceTreeModel::LabelRole).toString(), u8("5、"));
    QCOMPARE(proxy.rowCount(item5b), 2);

    m_session->clearFilters();
    QCOMPARE(proxy.rowCount(), 4);
    proxy.fetchMore(unitIndex(&proxy, u8("广东省")));
    QCOMPARE(proxy.rowCount(unitIndex(&proxy, u8("广东省"))), 7);
}

void TestModels::proxyKeywordAndProvinceName()
{
    ProvinceTreeModel model(m_session.get());
    TreeFilterProxy proxy(m_session.get());
    proxy.setSourceModel(&model);
    // Every term must occur in the item or in its province's names: 广东 is in the name only.
    m_session->setKeywordFilter(u8("技工 广东"));
    QCOMPARE(m_session->matches().itemCount, 1);
    QCOMPARE(m_session->matches().unitCount, 1);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(unitNamesUnder(&proxy, proxy.index(0, 0)), QStringList{u8("广东省")});
    // Province names match in English too (folded: case does not matter).
    m_session->setKeywordFilter(QStringLiteral("HAINAN"));
    QCOMPARE(m_session->matches().itemCount, 2);
    QCOMPARE(m_session->matches().unitCount, 1);
}

void TestModels::proxyInitiativeFilter()
{
    ProvinceTreeModel model(m_session.get());
    TreeFilterProxy proxy(m_session.get());
    proxy.setSourceModel(&model);
    m_session->setInitiativeFilter(QStringLiteral("industry-education-integration"));
    QCOMPARE(m_session->matches().itemCount, 22);
    QCOMPARE(m_session->matches().unitCount, 22);
    int provinces = 0;
    for (int r = 0; r < proxy.rowCount(); ++r)
        provinces += proxy.rowCount(proxy.index(r, 0));
    QCOMPARE(provinces, 22);
    // Keyword and initiative together: 技工 items that mention 产教融合 (新疆维吾尔自治区 3 only).
    m_session->setKeywordFilter(u8("技工"));
    QCOMPARE(m_session->matches().itemCount, 1);
    QCOMPARE(m_session->keywordMatches().itemCount, 4);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(unitNamesUnder(&proxy, proxy.index(0, 0)), QStringList{u8("新疆维吾尔自治区")});
}

void TestModels::countModelTester()
{
    InitiativeCountModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 29);
    QCOMPARE(model.columnCount(), 3);
    m_session->setKeywordFilter(u8("技工"));
    QCOMPARE(model.rowCount(), 8);
    m_session->setRegion(QStringLiteral("northeast"));
    QCOMPARE(model.rowCount(), 0); // no 技工 item in the northeast
    m_session->setKeywordFilter(QString());
    QCOMPARE(model.rowCount(), 14);
    m_session->setTopN(5);
    QCOMPARE(model.rowCount(), 5);
    m_session->setRegion(QString());
    QCOMPARE(model.rowCount(), 5);
    m_session->setInitiativeFilter(QStringLiteral("craftsmen"));
    QCOMPARE(model.rowCount(), 5); // the chart counts the keyword matches, not the picked initiative
    m_session->setTopN(0);
    m_session->setKeywordFilter(u8("不存在的词"));
    QCOMPARE(model.rowCount(), 0);
    m_session->clearFilters();
    QCOMPARE(model.rowCount(), 29);
}

void TestModels::countModelMatchesHandCount()
{
    InitiativeCountModel model(m_session.get());
    QCOMPARE(model.headerData(InitiativeCountModel::ProvincesColumn, Qt::Horizontal).toString().isEmpty(), false);
    const QModelIndex top = model.index(0, InitiativeCountModel::NameColumn);
    QCOMPARE(top.data(InitiativeCountModel::IdRole).toString(), QStringLiteral("industry-education-integration"));
    QCOMPARE(top.data().toString(), u8("产教融合"));
    QCOMPARE(model.index(0, InitiativeCountModel::ProvincesColumn).data().toInt(), 22);
    QCOMPARE(model.index(0, InitiativeCountModel::ItemsColumn).data().toInt(), 22);
    QCOMPARE(model.index(0, InitiativeCountModel::ProvincesColumn).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));

    // Every row against the hand count: provinces, items and which provinces.
    const auto expected = expectedCounts(m_hand, [](const HandEntry &) { return true; });
    QCOMPARE(model.rowCount(), int(expected.size()));
    int previous = INT_MAX;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString id = model.index(r, 0).data(InitiativeCountModel::IdRole).toString();
        QVERIFY2(expected.contains(id), qPrintable(id));
        const ExpectedBar &bar = expected.value(id);
        const int provinces = model.index(r, InitiativeCountModel::ProvincesColumn).data().toInt();
        QCOMPARE(provinces, bar.provinces);
        QCOMPARE(model.index(r, InitiativeCountModel::ItemsColumn).data().toInt(), bar.items);
        const QStringList names = model.index(r, 0).data(InitiativeCountModel::ProvinceNamesRole).toStringList();
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()), bar.names);
        QVERIFY(provinces <= previous); // longest first
        previous = provinces;
    }
    // Ties are broken by items: 职业技能培训 (9 provinces, 10 items) before the 达标工程 (9, 9).
    QCOMPARE(model.index(3, 0).data(InitiativeCountModel::IdRole).toString(), QStringLiteral("skills-training"));
    QCOMPARE(model.index(4, 0).data(InitiativeCountModel::IdRole).toString(), QStringLiteral("school-conditions-standard"));
}

void TestModels::countModelRegion()
{
    InitiativeCountModel model(m_session.get());
    m_session->setRegion(QStringLiteral("northeast"));
    const QSet<QString> northeast{u8("辽宁省"), u8("吉林省"), u8("黑龙江省")};
    const auto expected = expectedCounts(m_hand, [&](const HandEntry &e) { return northeast.contains(e.province); });
    QCOMPARE(model.rowCount(), int(expected.size()));
    QCOMPARE(model.rowCount(), 14);
    QCOMPARE(model.index(0, 0).data(InitiativeCountModel::IdRole).toString(), QStringLiteral("industry-education-integration"));
    QCOMPARE(model.index(0, InitiativeCountModel::ProvincesColumn).data().toInt(), 3);
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString id = model.index(r, 0).data(InitiativeCountModel::IdRole).toString();
        QVERIFY2(expected.contains(id), qPrintable(id));
        QCOMPARE(model.index(r, InitiativeCountModel::ProvincesColumn).data().toInt(), expected.value(id).provinces);
        QCOMPARE(model.index(r, InitiativeCountModel::ItemsColumn).data().toInt(), expected.value(id).items);
        const QStringList names = model.index(r, 0).data(InitiativeCountModel::ProvinceNamesRole).toStringList();
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()), expected.value(id).names);
    }
    QVERIFY(model.chartData().subtitle.contains(u8("东北")));

    m_session->setRegion(QStringLiteral("central"));
    const QSet<QString> central{u8("山西省"), u8("安徽省"), u8("江西省"), u8("河南省"), u8("湖北省"), u8("湖南省")};
    const auto expectedCentral = expectedCounts(m_hand, [&](const HandEntry &e) { return central.contains(e.province); });
    QCOMPARE(model.rowCount(), int(expectedCentral.size()));
    QCOMPARE(model.index(0, InitiativeCountModel::ProvincesColumn).data().toInt(), 5); // 产教融合: 山西 安徽 河南 湖北 湖南
}

void TestModels::countModelTopN()
{
    InitiativeCountModel model(m_session.get());
    m_session->setTopN(5);
    QCOMPARE(model.rowCount(), 5);
    QStringList ids;
    QList<int> provinces;
    for (int r = 0; r < model.rowCount(); ++r) {
        ids.append(model.index(r, 0).data(InitiativeCountModel::IdRole).toString());
        provinces.append(model.index(r, InitiativeCountModel::ProvincesColumn).data().toInt());
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("industry-education-integration"), QStringLiteral("general-vocational-integration"),
                               QStringLiteral("science-education-integration"), QStringLiteral("skills-training"),
                               QStringLiteral("school-conditions-standard")}));
    QCOMPARE(provinces, (QList<int>{22, 15, 13, 9, 9}));
    m_session->setTopN(1);
    QCOMPARE(model.rowCount(), 1);
    m_session->setTopN(100); // more than there are
    QCOMPARE(model.rowCount(), 29);
}

void TestModels::countModelFollowsKeyword()
{
    InitiativeCountModel model(m_session.get());
    m_session->setKeywordFilter(u8("技工"));
    const QSet<QString> items{u8("福建省 5"), u8("广东省 6"), u8("贵州省 4"), u8("新疆维吾尔自治区 3")};
    const auto expected = expectedCounts(m_hand, [&](const HandEntry &e) { return items.contains(e.province + u' ' + e.item); });
    QCOMPARE(model.rowCount(), int(expected.size()));
    QCOMPARE(model.index(0, 0).data(InitiativeCountModel::IdRole).toString(), QStringLiteral("technician-education"));
    QCOMPARE(model.index(0, InitiativeCountModel::ProvincesColumn).data().toInt(), 3);
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString id = model.index(r, 0).data(InitiativeCountModel::IdRole).toString();
        QVERIFY2(expected.contains(id), qPrintable(id));
        QCOMPARE(model.index(r, InitiativeCountModel::ProvincesColumn).data().toInt(), expected.value(id).provinces);
        QCOMPARE(model.index(r, InitiativeCountModel::ItemsColumn).data().toInt(), expected.value(id).items);
    }
    QVERIFY(model.chartData().subtitle.contains(u8("技工")));
}

void TestModels::itemDetailDocument()
{
    const int item = itemWithText(u8("广东省"), u8("实施职业学校办学条件达标工程。"));
    QVERIFY(item >= 0);
    QTextDocument document;
    ItemDetail::describeItem(&document, *m_session, item);
    const QString plain = document.toPlainText();
    QVERIFY2(plain.contains(u8("广东省")), qPrintable(plain));
    QVERIFY2(plain.contains(u8("东部")), qPrintable(plain));
    QVERIFY2(plain.contains(u8("3、 实施职业学校办学条件达标工程。")), qPrintable(plain));
    QVERIFY2(plain.contains(u8("2023年全国各省职业教育重点工作抢先看")), qPrintable(plain));
    QVERIFY2(plain.contains(u8("来源:职教圈,作者:吴灵辉,杨凌职业技术学院。")), qPrintable(plain));
    // The unit heading comes first, the source line last.
    QVERIFY(plain.indexOf(u8("广东省")) < plain.indexOf(u8("实施职业学校")));
    QVERIFY(plain.indexOf(u8("实施职业学校")) < plain.indexOf(u8("来源:职教圈")));

    // The mention in the text is a link to its initiative, and so is its name in the list below.
    QStringList anchored;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor() && format.anchorHref() == QStringLiteral("initiative:school-conditions-standard"))
                anchored.append(it.fragment().text());
        }
    QCOMPARE(anchored, (QStringList{u8("职业学校办学条件达标工程"), u8("职业学校办学条件达标工程")}));
    QCOMPARE(ItemDetail::initiativeFromLink(QStringLiteral("initiative:school-conditions-standard")),
             QStringLiteral("school-conditions-standard"));
    QCOMPARE(ItemDetail::initiativeFromLink(QStringLiteral("https://example.org/")), QString());
}

void TestModels::itemDetailSubItems()
{
    const int item = itemWithText(u8("贵州省"), u8("今年要继续办好“十件民生实事”。"));
    QVERIFY(item >= 0);
    QTextDocument document;
    ItemDetail::describeItem(&document, *m_session, item);
    const QString plain = document.toPlainText();
    QVERIFY2(plain.contains(u8("(1) 做好重点群体就业工作")), qPrintable(plain));
    QVERIFY2(plain.contains(u8("(2) 办好人民满意的教育")), qPrintable(plain));

    // A sub-item names its parent item.
    QTextDocument sub;
    ItemDetail::describeItem(&sub, *m_session, item + 1);
    QVERIFY2(sub.toPlainText().contains(u8("5、")), qPrintable(sub.toPlainText()));
    QVERIFY2(sub.toPlainText().contains(u8("订单班")), qPrintable(sub.toPlainText()));
    QVERIFY(!sub.toPlainText().contains(u8("办好人民满意的教育")));

    // A province lists all its items.
    QTextDocument unit;
    ItemDetail::describeUnit(&unit, *m_session, unitNamed(u8("北京市")));
    QVERIFY(unit.toPlainText().contains(u8("1、 完善职业教育和培训体系。")));
    QVERIFY(unit.toPlainText().contains(u8("2、 支持企业与在京高校院所共建")));

    // Out of range: the placeholder, not a crash.
    QTextDocument nothing;
    ItemDetail::describeItem(&nothing, *m_session, m_session->index().itemCount());
    QTextDocument placeholder;
    ItemDetail::describeNothing(&placeholder);
    QCOMPARE(nothing.toPlainText(), placeholder.toPlainText());
    QVERIFY(!placeholder.toPlainText().isEmpty());
}

void TestModels::itemDetailHighlight()
{
    const int item = itemWithText(u8("广东省"), u8("实施职业学校办学条件达标工程。"));
    m_session->setKeywordFilter(u8("达标"));
    QTextDocument document;
    ItemDetail::describeItem(&document, *m_session, item);
    const QString plain = document.toPlainText();
    const int textAt = int(plain.indexOf(u8("实施职业学校办学条件达标工程。")));
    QVERIFY(textAt >= 0);
    const int expectedAt = textAt + int(u8("实施职业学校办学条件").size());

    QList<int> highlighted;
    QString highlightedText;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.background().style() == Qt::NoBrush)
                continue;
            highlightedText += fragment.text();
            for (int i = 0; i < fragment.length(); ++i)
                highlighted.append(fragment.position() + i);
        }
    QCOMPARE(highlightedText, u8("达标"));
    QCOMPARE(highlighted, (QList<int>{expectedAt, expectedAt + 1}));
    // Highlighted and still part of the initiative link.
    QTextCursor cursor(&document);
    cursor.setPosition(expectedAt + 1);
    QCOMPARE(cursor.charFormat().anchorHref(), QStringLiteral("initiative:school-conditions-standard"));

    m_session->setKeywordFilter(QString());
    ItemDetail::describeItem(&document, *m_session, item);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            QCOMPARE(it.fragment().charFormat().background().style(), Qt::NoBrush);
}

void TestModels::importedMarkupStaysText()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString markup = QStringLiteral("<img src=\"file:///etc/passwd\"><b>") + u8("粗体")
                           + QStringLiteral("</b><script>x</script>");
    const QString path = dir.filePath(QStringLiteral("markup.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write((u8("2024年标记测试\n本文件只用于测试。\n上海市\n1、") + markup + u8("\n来源:测试,作者:测试\n")).toUtf8());
    }
    AtlasSession session;
    Diagnostic error;
    QVERIFY2(session.open(dir.filePath(QStringLiteral("markup.sqlite")), &error), qPrintable(error.toString()));
    ImportReport report;
    QVERIFY2(session.importFiles(ImportRequest::ofPaths({path}), &report, &error), qPrintable(error.toString()));
    QCOMPARE(report.lines.size(), 1);
    QVERIFY2(report.lines.first().contains(QStringLiteral("markup.txt")), qPrintable(report.lines.first()));
    QCOMPARE(session.documents().size(), 2);
    QCOMPARE(session.index().itemCount(), 95);

    int item = -1;
    for (int i = 0; i < session.index().itemCount(); ++i)
        if (session.store().item(session.index().itemId(i)).text == markup)
            item = i;
    QVERIFY(item >= 0);
    QCOMPARE(session.index().units().at(session.index().itemUnit(item)).nameZh, u8("上海市"));

    QTextDocument document;
    ItemDetail::describeItem(&document, session, item);
    const QString plain = document.toPlainText();
    QVERIFY2(plain.contains(markup), qPrintable(plain));
    QVERIFY2(plain.contains(u8("来源:测试,作者:测试")), qPrintable(plain));
    int fragmentsWithMarkup = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QVERIFY(!fragment.charFormat().isImageFormat());
            if (fragment.text().contains(u8("粗体")) || fragment.text().contains(QStringLiteral("<img"))) {
                ++fragmentsWithMarkup;
                QVERIFY(fragment.charFormat().fontWeight() != QFont::Bold);
                QVERIFY(!fragment.charFormat().isAnchor());
            }
        }
    QVERIFY(fragmentsWithMarkup >= 1);
    QVERIFY(!document.toHtml().contains(QStringLiteral("<img")));
    QVERIFY(document.toHtml().contains(QStringLiteral("&lt;img")));

    ProvinceTreeModel model(&session);
    const QModelIndex index = model.indexForItem(item);
    QVERIFY(index.isValid());
    const QString tip = index.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("&lt;img")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;")), qPrintable(tip));
    QVERIFY2(!tip.contains(QStringLiteral("<img")) && !tip.contains(QStringLiteral("<b>")), qPrintable(tip));
    QCOMPARE(index.data(ProvinceTreeModel::TextRole).toString(), markup);
    QCOMPARE(index.parent().data().toString(), u8("上海市 (4)"));

    // The keyword filter finds markup characters literally.
    session.setKeywordFilter(QStringLiteral("<script>"));
    QCOMPARE(session.matches().itemCount, 1);
}

void TestModels::importWithoutLeadOrSource()
{
    // A file with only a title, a header and one item: no lead paragraph, no 来源 line.
    QTemporaryDir dir;
    AtlasSession session;
    Diagnostic error;
    QVERIFY2(session.open(dir.filePath(QStringLiteral("bare.sqlite")), &error), qPrintable(error.toString()));
    QSignalSpy reset(&session, &AtlasSession::corpusReset);
    session.setInitiativeFilter(QStringLiteral("craftsmen"));
    ImportReport report;
    QVERIFY2(session.importFiles(ImportRequest::ofPaths({QStringLiteral(TEST_DATA_DIR "/cli/no-lead-no-source.txt")}),
                                 &report, &error),
             qPrintable(error.toString()));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(session.initiativeFilter(), QString()); // a new corpus drops the picked initiative
    QCOMPARE(session.documents().size(), 2);
    QCOMPARE(session.index().itemCount(), 95);
    int item = -1;
    for (int i = 0; i < session.index().itemCount(); ++i)
        if (session.store().item(session.index().itemId(i)).text == u8("深化产教融合。"))
            item = i;
    QVERIFY(item >= 0);
    QCOMPARE(session.index().units().at(session.index().itemUnit(item)).nameZh, u8("上海市"));
    QTextDocument document;
    ItemDetail::describeItem(&document, session, item);
    QVERIFY2(document.toPlainText().contains(u8("1、 深化产教融合。")), qPrintable(document.toPlainText()));
    QVERIFY2(!document.toPlainText().contains(u8("职教圈")), qPrintable(document.toPlainText()));
    // The same file again changes nothing.
    QVERIFY2(session.importFiles(ImportRequest::ofPaths({QStringLiteral(TEST_DATA_DIR "/cli/no-lead-no-source.txt")}),
                                 &report, &error),
             qPrintable(error.toString()));
    QCOMPARE(session.index().itemCount(), 95);
    // 产教融合 now counts 上海市 twice in items but once in provinces: still 22 provinces, 23 items.
    InitiativeCountModel counts(&session);
    QCOMPARE(counts.index(0, 0).data(InitiativeCountModel::IdRole).toString(), QStringLiteral("industry-education-integration"));
    QCOMPARE(counts.index(0, InitiativeCountModel::ProvincesColumn).data().toInt(), 22);
    QCOMPARE(counts.index(0, InitiativeCountModel::ItemsColumn).data().toInt(), 23);
}

void TestModels::settingsDefaults()
{
    QCOMPARE(Settings::name(Settings::Key::ChartTopN), QStringLiteral("chart/top"));
    QCOMPARE(Settings::value(Settings::Key::ChartTopN).toInt(), 0);
    QCOMPARE(Settings::value(Settings::Key::ExportWidth).toInt(), 1200);
    Settings::setValue(Settings::Key::ChartRegion, QStringLiteral("west"));
    QCOMPARE(Settings::value(Settings::Key::ChartRegion).toString(), QStringLiteral("west"));
    QSettings().clear();
    QCOMPARE(Settings::value(Settings::Key::ChartRegion).toString(), QString());
    QCOMPARE(Translations::resolve(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(Translations::resolve(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
}

// Large corpora are filtered on another thread; forcing that path here checks it gives the same
// matches and drops a result that a newer filter has made stale.
void TestModels::filterOffTheUiThread()
{
    m_session->setAsyncThreshold(0);
    QSignalSpy changed(m_session.get(), &AtlasSession::filterChanged);
    m_session->setKeywordFilter(u8("技工"));
    QVERIFY(m_session->isFiltering());
    QCOMPARE(changed.count(), 0);
    QVERIFY(m_session->waitForFilter());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_session->matches().itemCount, 4); // 福建省 5, 广东省 6, 贵州省 4, 新疆维吾尔自治区 3

    changed.clear();
    m_session->setKeywordFilter(u8("达标")); // overtaken at once:
    m_session->setKeywordFilter(u8("双高"));
    QVERIFY(m_session->waitForFilter());
    QCOMPARE(changed.count(), 1); // only the newest result is applied
    QCOMPARE(m_session->keywordText(), u8("双高"));
    // “双高” occurs in 山西省 2, 黑龙江省 1, 福建省 3, 贵州省 3 and 西藏自治区 2.
    QCOMPARE(m_session->matches().itemCount, 5);
    QCOMPARE(m_session->matches().unitCount, 5);

    m_session->setAsyncThreshold(100000);
    m_session->clearFilters();
    QVERIFY(!m_session->isFiltering());
}

void TestModels::importReportsProgressAndCancels()
{
    // Two generated files of 20,000 items: the share read climbs to 1 across both, and a
    // cancel part-way leaves the database and the session as they were.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Diagnostic error;
    const QString a = dir.filePath(QStringLiteral("a.txt")), b = dir.filePath(QStringLiteral("b.txt"));
    QVERIFY(CorpusGenerator(11).write(a, 20000, &error));
    QVERIFY(CorpusGenerator(12).write(b, 20000, &error));
    AtlasSession session;
    QVERIFY2(session.open(dir.filePath(QStringLiteral("p.sqlite")), &error), qPrintable(error.toString()));

    // The tree loads nothing while the import runs: the rows it would read may be rolled back.
    ProvinceTreeModel tree(&session);
    const QModelIndex region = tree.index(0, 0);
    const QModelIndex province = tree.index(0, 0, region);
    QVERIFY(tree.canFetchMore(province));
    bool fetchableDuringImport = false;

    QList<double> seen;
    ImportReport report;
    ImportRequest request = ImportRequest::ofPaths({a, b});
    request.progress = [&](double fraction) {
        seen.append(fraction);
        fetchableDuringImport = fetchableDuringImport || tree.canFetchMore(province) || !session.isImporting();
        return fraction < 0.75; // cancel in the second file
    };
    QVERIFY(!session.importFiles(request, &report, &error));
    QVERIFY(!fetchableDuringImport);
    QVERIFY(!session.isImporting());
    QVERIFY(tree.canFetchMore(province));
    // In the session's language (whichever translator an earlier test left installed).
    QCOMPARE(error.message, QCoreApplication::translate("Store", "the import was cancelled"));
    QCOMPARE(error.file, b);
    QVERIFY(seen.size() > 5);
    QVERIFY(seen.last() >= 0.75 && seen.last() < 1.0);
    QCOMPARE(session.index().itemCount(), 94);
    QCOMPARE(session.store().itemCount(), 94);
    QCOMPARE(session.documents().size(), 1);

    seen.clear();
    request.progress = [&](double fraction) {
        seen.append(fraction);
        return true;
    };
    QVERIFY2(session.importFiles(request, &report, &error), qPrintable(error.toString()));
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QVERIFY(seen.first() < 0.5);
    QCOMPARE(seen.last(), 1.0);
    QCOMPARE(session.index().itemCount(), 94 + 40000);
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
