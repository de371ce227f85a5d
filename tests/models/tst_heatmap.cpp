// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for the heat map's data and model (HeatmapData, HeatmapModel) over an AtlasSession
// opened on a fresh database seeded with the built-in corpus. Expected cells come from the hand
// count (tests/data/hand-count.md), read independently of the application; the columns and
// their totals are checked against the chart's own data (ChartData), and the literal numbers
// are those a reader finds in resources/corpus/2023-provincial-vocational-education.txt.
#include "atlassession.h"
#include "chartdata.h"
#include "handcount.h"
#include "heatmapdata.h"
#include "heatmapmodel.h"
#include "testsession.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestHeatmap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void modelTester();
    void knownCells();
    void everyCellEqualsHandCount();
    void columnTotalEqualsChartBar();
    void rowTotalIsSumOfCells();
    void columnsFollowChart_data();
    void columnsFollowChart();
    void rowsGroupedByRegion();
    void regionChoice();
    void keywordFilter();
    void rowAndColumnOrder();
    void highlight();
    void toolTipNamesItems();
    void inactiveRecomputesWhenActivated();
    void englishNames();
    void table();
    void colourScale();

private:
    int row(const HeatmapModel &model, const QString &nameZh) const;
    int column(const HeatmapModel &model, const QString &id) const;

    QTemporaryDir m_dir;
    std::unique_ptr<AtlasSession> m_session;
    QList<HandCount> m_hand;
};

void TestHeatmap::initTestCase()
{
    TestSession::isolateSettings(u"tst_heatmap"_s);
    QVERIFY(m_dir.isValid());
    QCOMPARE(Translations::install(u"zh_CN"_s), u"zh_CN"_s);
    m_session = std::make_unique<AtlasSession>();
    Diagnostic error;
    QVERIFY2(m_session->open(m_dir.filePath(u"atlas.sqlite"_s), &error), qPrintable(error.toString()));
    m_hand = readHandCount();
    QCOMPARE(m_hand.size(), 29);
}

void TestHeatmap::init()
{
    TestSession::resetFilters(*m_session);
    m_session->setCurrentUnit(-1);
}

int TestHeatmap::row(const HeatmapModel &model, const QString &nameZh) const
{
    return model.heatmapData().rowOf(TestSession::unitNamed(*m_session, nameZh));
}

int TestHeatmap::column(const HeatmapModel &model, const QString &id) const
{
    return model.heatmapData().columnOf(id);
}

void TestHeatmap::modelTester()
{
    HeatmapModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // 31 provinces and the totals row; every initiative of the catalogue is mentioned somewhere
    // in the seed corpus (hand count: 29 sections, none empty), and the total column.
    QCOMPARE(model.rowCount(), 31 + 1);
    QCOMPARE(model.columnCount(), 29 + 1);
    m_session->setKeywordFilter(u"技工"_s);
    m_session->setRegion(u"west"_s);
    QCOMPARE(model.rowCount(), 12 + 1);
    m_session->setTopN(3);
    QCOMPARE(model.columnCount(), 3 + 1);
    m_session->setInitiativeFilter(u"technician-education"_s);
    m_session->setCurrentUnit(TestSession::unitNamed(*m_session, u"贵州省"_s));
    model.setRowOrder(HeatmapData::RowOrder::Total);
    model.setColumnOrder(HeatmapData::ColumnOrder::Catalogue);
    m_session->setKeywordFilter(u"没有这个词"_s);
    QCOMPARE(model.columnCount(), 1); // no initiative: only the total column
    QCOMPARE(model.index(0, 0).data(HeatmapModel::CountRole).toInt(), 0);
    m_session->clearFilters();
}

void TestHeatmap::knownCells()
{
    HeatmapModel model(m_session.get());
    // 广东省 6、“…推动技工教育与职业教育融合发展”: the one 广东省 item on technician education.
    const int guangdong = row(model, u"广东省"_s), technician = column(model, u"technician-education"_s);
    QVERIFY(guangdong >= 0 && technician >= 0);
    QCOMPARE(model.index(guangdong, technician).data(HeatmapModel::CountRole).toInt(), 1);
    QCOMPARE(model.index(guangdong, technician).data().toInt(), 1);
    // 贵州省 4 ("贵州技工") was judged not to be technician education: a zero, shown blank.
    const QModelIndex zero = model.index(row(model, u"贵州省"_s), technician);
    QCOMPARE(zero.data(HeatmapModel::CountRole).toInt(), 0);
    QVERIFY(!zero.data(Qt::DisplayRole).isValid());
    QCOMPARE(zero.data(Qt::BackgroundRole).value<QColor>(), QColor(Qt::white));
    // 产教融合 column's total: 22 provinces, the chart's longest bar.
    const int integration = column(model, u"industry-education-integration"_s);
    QCOMPARE(integration, 0);
    QCOMPARE(model.index(model.provinceRows(), integration).data().toInt(), 22);
    QCOMPARE(model.headerData(integration, Qt::Horizontal).toString(), u"产教融合"_s);
}

void TestHeatmap::everyCellEqualsHandCount()
{
    HeatmapModel model(m_session.get());
    const HeatmapData &data = model.heatmapData();
    int checked = 0;
    for (const HandCount &hand : m_hand) {
        const int c = data.columnOf(hand.id);
        QVERIFY2(c >= 0, qPrintable(hand.id));
        for (const HeatmapRow &r : data.rows) {
            const QString nameZh = m_session->index().units().at(r.unit).nameZh;
            QVERIFY2(data.cell(data.rowOf(r.unit), c) == hand.itemsOf(nameZh),
                     qPrintable(u"%1 × %2: %3, hand count %4"_s.arg(nameZh, hand.id)
                                    .arg(data.cell(data.rowOf(r.unit), c))
                                    .arg(hand.itemsOf(nameZh))));
            ++checked;
        }
        QCOMPARE(data.columns.at(c).provinces, hand.provinces);
        QCOMPARE(data.columns.at(c).items, hand.items);
    }
    QCOMPARE(checked, 29 * 31);
    QCOMPARE(data.totalItems, 165); // the hand count's items over all 29 sections
    QCOMPARE(data.provincesWithMentions, 31);
}

void TestHeatmap::columnTotalEqualsChartBar()
{
    HeatmapModel model(m_session.get());
    const ChartData chart = ChartData::build(m_session->index(), m_session->keywordMatches(), {});
    QCOMPARE(chart.bars.first().id, u"industry-education-integration"_s);
    QCOMPARE(chart.bars.first().provinces, 22);
    const int totals = model.provinceRows();
    for (int c = 0; c < model.initiativeColumns(); ++c) {
        QCOMPARE(model.headerData(c, Qt::Horizontal, HeatmapModel::InitiativeIdRole).toString(), chart.bars.at(c).id);
        QCOMPARE(model.index(totals, c).data(HeatmapModel::CountRole).toInt(), chart.bars.at(c).provinces);
        // The provinces row counts the column's non-zero cells.
        int nonZero = 0;
        for (int r = 0; r < totals; ++r)
            nonZero += model.index(r, c).data(HeatmapModel::CountRole).toInt() > 0;
        QCOMPARE(nonZero, chart.bars.at(c).provinces);
        QCOMPARE(model.heatmapData().columns.at(c).items, chart.bars.at(c).items);
    }
}

void TestHeatmap::rowTotalIsSumOfCells()
{
    HeatmapModel model(m_session.get());
    const int guizhou = row(model, u"贵州省"_s);
    int sum = 0;
    for (int c = 0; c < model.initiativeColumns(); ++c)
        sum += model.index(guizhou, c).data(HeatmapModel::CountRole).toInt();
    int hand = 0;
    for (const HandCount &h : m_hand)
        hand += h.itemsOf(u"贵州省"_s);
    const QModelIndex total = model.index(guizhou, model.initiativeColumns());
    QCOMPARE(total.data(HeatmapModel::CountRole).toInt(), sum);
    QCOMPARE(sum, hand);
    QCOMPARE(sum, 12); // eleven initiatives, 职业技能培训 twice (items 4 and 5(1))
}

void TestHeatmap::columnsFollowChart_data()
{
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("top");
    QTest::newRow("all") << QString() << QString() << 0;
    QTest::newRow("west") << QString() << u"west"_s << 0;
    QTest::newRow("top 5") << QString() << QString() << 5;
    QTest::newRow("技工, east, top 4") << u"技工"_s << u"east"_s << 4;
    QTest::newRow("融合, northeast") << u"融合"_s << u"northeast"_s << 0;
}

void TestHeatmap::columnsFollowChart()
{
    QFETCH(QString, keyword);
    QFETCH(QString, region);
    QFETCH(int, top);
    m_session->setKeywordFilter(keyword);
    m_session->setRegion(region);
    m_session->setTopN(top);
    HeatmapModel model(m_session.get());
    ChartData::Options options;
    options.region = region;
    options.top = top;
    const ChartData chart = ChartData::build(m_session->index(), m_session->keywordMatches(), options);
    QVERIFY(!chart.bars.isEmpty());
    QCOMPARE(model.initiativeColumns(), chart.bars.size());
    const auto matrix = m_session->index().matrix(m_session->keywordMatches());
    for (int c = 0; c < chart.bars.size(); ++c) {
        const HeatmapColumn &column = model.heatmapData().columns.at(c);
        QCOMPARE(column.id, chart.bars.at(c).id);
        QCOMPARE(column.provinces, chart.bars.at(c).provinces);
        QCOMPARE(column.items, chart.bars.at(c).items);
        for (const HeatmapRow &r : model.heatmapData().rows)
            QCOMPARE(r.cells.at(c), matrix[size_t(r.unit)][size_t(column.initiative)]);
    }
}

void TestHeatmap::rowsGroupedByRegion()
{
    HeatmapModel model(m_session.get());
    const HeatmapData &data = model.heatmapData();
    QStringList groups;
    for (int r = 0; r < data.rows.size(); ++r) {
        if (data.rows.at(r).groupStart)
            groups.append(data.rows.at(r).regionName);
        QCOMPARE(model.headerData(r, Qt::Vertical, HeatmapModel::GroupStartRole).toBool(), data.rows.at(r).groupStart);
    }
    QCOMPARE(groups, (QStringList{u"东部"_s, u"中部"_s, u"西部"_s, u"东北"_s}));
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"北京市"_s);
    QCOMPARE(model.headerData(0, Qt::Vertical, HeatmapModel::RegionNameRole).toString(), u"东部"_s);
    QCOMPARE(model.headerData(30, Qt::Vertical).toString(), u"黑龙江省"_s);
}

void TestHeatmap::regionChoice()
{
    HeatmapModel model(m_session.get());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    m_session->setRegion(u"northeast"_s);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.provinceRows(), 3);
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"辽宁省"_s);
    // Only the northeast's mentions: 产教融合 is mentioned by 辽宁省 and 黑龙江省 (hand count).
    const HandCount *integration = nullptr;
    for (const HandCount &h : m_hand)
        if (h.id == u"industry-education-integration"_s)
            integration = &h;
    QVERIFY(integration);
    int expected = 0;
    for (const QString &p : {u"辽宁省"_s, u"吉林省"_s, u"黑龙江省"_s})
        expected += integration->itemsOf(p) > 0;
    const int c = column(model, u"industry-education-integration"_s);
    QVERIFY(c >= 0);
    QCOMPARE(model.index(model.provinceRows(), c).data().toInt(), expected);
}

void TestHeatmap::keywordFilter()
{
    HeatmapModel model(m_session.get());
    m_session->setKeywordFilter(u"技工"_s);
    // Three items mention technician education (福建省 5, 广东省 6, 新疆 3), and all three contain
    // 技工: the column stays 3 provinces. 贵州省 4 ("贵州技工") contains 技工 too, but no technician
    // education, so 贵州省's technician cell stays blank.
    const int technician = column(model, u"technician-education"_s);
    QVERIFY(technician >= 0);
    QCOMPARE(model.index(model.provinceRows(), technician).data().toInt(), 3);
    QCOMPARE(model.index(row(model, u"贵州省"_s), technician).data(HeatmapModel::CountRole).toInt(), 0);
    QCOMPARE(model.index(row(model, u"广东省"_s), technician).data().toInt(), 1);
    // The initiative filter narrows the tree, not the heat map (it counts what the chart counts).
    const int columns = model.columnCount();
    m_session->setInitiativeFilter(u"technician-education"_s);
    QCOMPARE(model.columnCount(), columns);
}

void TestHeatmap::rowAndColumnOrder()
{
    HeatmapModel model(m_session.get());
    model.setRowOrder(HeatmapData::RowOrder::Total);
    const HeatmapData &data = model.heatmapData();
    QCOMPARE(data.rows.size(), 31);
    int groups = 0;
    for (int r = 0; r < data.rows.size(); ++r) {
        if (data.rows.at(r).groupStart) {
            ++groups;
            continue;
        }
        QCOMPARE(data.rows.at(r).regionId, data.rows.at(r - 1).regionId); // still grouped
        QVERIFY(data.rows.at(r).total <= data.rows.at(r - 1).total);
    }
    QCOMPARE(groups, 4);
    model.setColumnOrder(HeatmapData::ColumnOrder::Catalogue);
    QCOMPARE(model.heatmapData().columns.first().id, u"industry-education-integration"_s);
    QCOMPARE(model.heatmapData().columns.at(1).id, u"general-vocational-integration"_s);
    QCOMPARE(model.heatmapData().columns.last().id, u"specialty-development"_s);
    for (int c = 1; c < model.initiativeColumns(); ++c)
        QVERIFY(model.heatmapData().columns.at(c).initiative > model.heatmapData().columns.at(c - 1).initiative);
    // Top-N keeps the chart's N initiatives whatever the order: 产教融合 (22 provinces), 职普融通
    // (15) and 科教融汇 (13), the hand count's three largest.
    m_session->setTopN(3);
    QSet<QString> ids;
    for (const HeatmapColumn &c : model.heatmapData().columns)
        ids.insert(c.id);
    QCOMPARE(ids, (QSet<QString>{u"industry-education-integration"_s, u"general-vocational-integration"_s,
                                 u"science-education-integration"_s}));
}

void TestHeatmap::highlight()
{
    HeatmapModel model(m_session.get());
    const int guizhou = row(model, u"贵州省"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    m_session->setCurrentUnit(TestSession::unitNamed(*m_session, u"贵州省"_s));
    QVERIFY(changed.size() >= 1);
    QVERIFY(model.index(guizhou, 3).data(HeatmapModel::HighlightRole).toBool());
    QVERIFY(model.headerData(guizhou, Qt::Vertical, HeatmapModel::HighlightRole).toBool());
    QVERIFY(!model.index(guizhou - 1, 3).data(HeatmapModel::HighlightRole).toBool());
    m_session->setInitiativeFilter(u"craftsmen"_s);
    const int craftsmen = column(model, u"craftsmen"_s);
    QCOMPARE(model.heatmapData().highlightedColumn, craftsmen);
    QVERIFY(model.index(0, craftsmen).data(HeatmapModel::HighlightRole).toBool());
    QVERIFY(model.headerData(craftsmen, Qt::Horizontal, HeatmapModel::HighlightRole).toBool());
}

void TestHeatmap::toolTipNamesItems()
{
    HeatmapModel model(m_session.get());
    const QString tip = model.index(row(model, u"广东省"_s), column(model, u"technician-education"_s))
                            .data(Qt::ToolTipRole)
                            .toString();
    QVERIFY2(tip.contains(u"广东省 · 技工教育"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"抓好技工教育"_s), qPrintable(tip)); // 广东省 6、抓好技工教育“强基培优”计划…
    // A zero cell names no item.
    const QString empty = model.index(row(model, u"贵州省"_s), column(model, u"technician-education"_s))
                              .data(Qt::ToolTipRole)
                              .toString();
    QVERIFY2(!empty.contains(u"•"_s), qPrintable(empty));
}

void TestHeatmap::inactiveRecomputesWhenActivated()
{
    HeatmapModel model(m_session.get());
    model.setActive(false);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    m_session->setRegion(u"central"_s);
    m_session->setKeywordFilter(u"技工"_s);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.provinceRows(), 31); // still the old data
    model.setActive(true);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.provinceRows(), 6);
}

void TestHeatmap::englishNames()
{
    HeatmapData::Options options;
    options.english = true;
    const HeatmapData data = HeatmapData::build(m_session->index(), m_session->keywordMatches(), options);
    QCOMPARE(data.columns.first().label, u"Industry-Education Integration"_s);
    const int guangdong = data.rowOf(TestSession::unitNamed(*m_session, u"广东省"_s));
    QCOMPARE(data.rows.at(guangdong).name, u"Guangdong"_s);
    QCOMPARE(data.rows.first().regionName, u"East"_s);
}

void TestHeatmap::table()
{
    HeatmapModel model(m_session.get());
    const Table table = model.heatmapData().table();
    QCOMPARE(table.columns.size(), 3 + 29 + 1);
    QCOMPARE(table.columns.at(3), u"industry-education-integration"_s);
    QCOMPARE(table.columns.last(), u"total"_s);
    QCOMPARE(table.rows.size(), 31 + 2);
    const int guangdong = row(model, u"广东省"_s);
    QCOMPARE(table.rows.at(guangdong).at(0).toString(), u"440000"_s);
    QCOMPARE(table.rows.at(guangdong).at(3 + column(model, u"technician-education"_s)).toInt(), 1);
    QCOMPARE(table.rows.at(31).at(1).toString(), u"provinces"_s);
    QCOMPARE(table.rows.at(31).at(3).toInt(), 22);
    QCOMPARE(table.rows.at(32).at(1).toString(), u"items"_s);
    QCOMPARE(table.rows.at(32).last().toInt(), 165);
}

void TestHeatmap::colourScale()
{
    QCOMPARE(HeatmapData::shade(0, 5), QColor(Qt::white));
    // Darker as the count grows, by lightness; the darkest gets white text, the lightest dark text.
    for (int v = 2; v <= 5; ++v)
        QVERIFY(HeatmapData::shade(v, 5).lightnessF() < HeatmapData::shade(v - 1, 5).lightnessF());
    QCOMPARE(HeatmapData::textColor(5, 5), QColor(Qt::white));
    QVERIFY(HeatmapData::textColor(1, 5).lightnessF() < 0.2);
    QCOMPARE(HeatmapData::legendTicks(3), (QList<int>{1, 2, 3}));
    QCOMPARE(HeatmapData::legendTicks(100), (QList<int>{1, 20, 40, 60, 80, 100}));
    QCOMPARE(HeatmapData::legendTicks(7), (QList<int>{1, 2, 4, 6, 7}));
    QCOMPARE(HeatmapData::legendTicks(0), QList<int>());
}

QTEST_MAIN(TestHeatmap)
#include "tst_heatmap.moc"
