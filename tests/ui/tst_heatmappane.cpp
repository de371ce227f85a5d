// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for the heat map's view (HeatmapPane) and its exported picture (HeatmapExport) over a
// session on a fresh database seeded with the built-in corpus: what clicking a cell or a header
// does to the session, sorting from the totals' headers, recomputing only while shown, and the
// whole matrix in the picture whatever the window shows.
#include "atlassession.h"
#include "heatmapexport.h"
#include "heatmapmodel.h"
#include "heatmappane.h"
#include "testsession.h"
#include "translations.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestHeatmapPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void clickCellFiltersTreeToProvinceAndInitiative();
    void clickHeadersSelect();
    void clickTotalsHeadersSort();
    void recomputesOnlyWhileShown();
    void pictureIsTheWholeMatrix();
    void pictureHeightAndWidth();
    void copyAndTable();

private:
    void clickCell(HeatmapPane &pane, int row, int column);
    void clickHeader(QHeaderView *header, int section);

    QTemporaryDir m_dir;
    std::unique_ptr<AtlasSession> m_session;
};

void TestHeatmapPane::initTestCase()
{
    TestSession::isolateSettings(u"tst_heatmappane"_s);
    QVERIFY(m_dir.isValid());
    Translations::install(u"zh_CN"_s);
    m_session = std::make_unique<AtlasSession>();
    Diagnostic error;
    QVERIFY2(m_session->open(m_dir.filePath(u"atlas.sqlite"_s), &error), qPrintable(error.toString()));
}

void TestHeatmapPane::init()
{
    TestSession::resetFilters(*m_session);
    m_session->setCurrentUnit(-1);
}

void TestHeatmapPane::clickCell(HeatmapPane &pane, int row, int column)
{
    QTableView *table = pane.tableView();
    const QModelIndex index = table->model()->index(row, column);
    table->scrollTo(index);
    const QRect rect = table->visualRect(index);
    QVERIFY(rect.isValid());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

void TestHeatmapPane::clickHeader(QHeaderView *header, int section)
{
    // Scrolled into view first: the table is wider and taller than the pane.
    auto *table = qobject_cast<QTableView *>(header->parentWidget());
    QVERIFY(table);
    table->scrollTo(header->orientation() == Qt::Horizontal ? table->model()->index(0, section)
                                                            : table->model()->index(section, 0));
    const int position = header->sectionViewportPosition(section) + header->sectionSize(section) / 2;
    const QPoint at = header->orientation() == Qt::Horizontal ? QPoint(position, header->height() / 2)
                                                              : QPoint(header->width() / 2, position);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
}

void TestHeatmapPane::clickCellFiltersTreeToProvinceAndInitiative()
{
    HeatmapPane pane(m_session.get());
    pane.resize(900, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const HeatmapData &data = pane.model()->heatmapData();
    const int guangdongUnit = TestSession::unitNamed(*m_session, u"广东省"_s);
    const int row = data.rowOf(guangdongUnit), column = data.columnOf(u"technician-education"_s);
    clickCell(pane, row, column);
    QCOMPARE(m_session->initiativeFilter(), u"technician-education"_s);
    QCOMPARE(m_session->currentUnit(), guangdongUnit);
    // The tree's matches: the items mentioning technician education, of which 广东省 has one.
    QCOMPARE(m_session->matches().perUnit[size_t(guangdongUnit)], 1);
    QCOMPARE(m_session->matches().itemCount, 3);
    // The view shows the choice: the row and the column are highlighted.
    QVERIFY(pane.model()->index(row, 0).data(HeatmapModel::HighlightRole).toBool());
    QVERIFY(pane.model()->index(0, column).data(HeatmapModel::HighlightRole).toBool());
    // Clicking it again removes the initiative filter (the chip), the province stays selected.
    clickCell(pane, row, column);
    QCOMPARE(m_session->initiativeFilter(), QString());
    QCOMPARE(m_session->currentUnit(), guangdongUnit);
    // A blank cell (北京市 does not mention technician education) selects the province only: a
    // filter would leave it without items in the tree.
    const int beijingUnit = TestSession::unitNamed(*m_session, u"北京市"_s);
    QCOMPARE(data.cell(data.rowOf(beijingUnit), column), 0);
    clickCell(pane, data.rowOf(beijingUnit), column);
    QCOMPARE(m_session->initiativeFilter(), QString());
    QCOMPARE(m_session->currentUnit(), beijingUnit);
}

void TestHeatmapPane::clickHeadersSelect()
{
    HeatmapPane pane(m_session.get());
    pane.resize(900, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QTableView *table = pane.tableView();
    const HeatmapData &data = pane.model()->heatmapData();
    clickHeader(table->horizontalHeader(), data.columnOf(u"craftsmen"_s));
    QCOMPARE(m_session->initiativeFilter(), u"craftsmen"_s);
    clickHeader(table->horizontalHeader(), data.columnOf(u"craftsmen"_s));
    QCOMPARE(m_session->initiativeFilter(), QString());
    const int guizhou = TestSession::unitNamed(*m_session, u"贵州省"_s);
    clickHeader(table->verticalHeader(), data.rowOf(guizhou));
    QCOMPARE(m_session->currentUnit(), guizhou);
}

void TestHeatmapPane::clickTotalsHeadersSort()
{
    HeatmapPane pane(m_session.get());
    pane.resize(900, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    HeatmapModel *model = pane.model();
    QTableView *table = pane.tableView();
    QCOMPARE(model->headerData(0, Qt::Vertical).toString(), u"北京市"_s); // region order
    clickHeader(table->horizontalHeader(), model->initiativeColumns()); // "Total"
    QCOMPARE(model->rowOrder(), HeatmapData::RowOrder::Total);
    QCOMPARE(m_session->initiativeFilter(), QString()); // sorting selects nothing
    const HeatmapData &data = model->heatmapData();
    for (int r = 1; r < data.rows.size(); ++r)
        if (!data.rows.at(r).groupStart)
            QVERIFY(data.rows.at(r).total <= data.rows.at(r - 1).total);
    clickHeader(table->horizontalHeader(), model->initiativeColumns());
    QCOMPARE(model->rowOrder(), HeatmapData::RowOrder::Region);
    QCOMPARE(model->headerData(0, Qt::Vertical).toString(), u"北京市"_s);

    clickHeader(table->verticalHeader(), model->provinceRows()); // "Provinces"
    QCOMPARE(model->columnOrder(), HeatmapData::ColumnOrder::Catalogue);
    QCOMPARE(m_session->currentUnit(), -1);
    for (int c = 1; c < model->initiativeColumns(); ++c)
        QVERIFY(model->heatmapData().columns.at(c).initiative > model->heatmapData().columns.at(c - 1).initiative);
    clickHeader(table->verticalHeader(), model->provinceRows());
    QCOMPARE(model->columnOrder(), HeatmapData::ColumnOrder::Chart);
}

void TestHeatmapPane::recomputesOnlyWhileShown()
{
    HeatmapPane pane(m_session.get());
    QVERIFY(!pane.model()->isActive()); // never shown yet
    QSignalSpy reset(pane.model(), &QAbstractItemModel::modelReset);
    m_session->setRegion(u"west"_s);
    QCOMPARE(reset.size(), 0);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(pane.model()->provinceRows(), 12);
    // The scope of the numbers is said above the table: region 西部 (12 provinces).
    const auto *scope = pane.findChild<QLabel *>(u"heatmapScope"_s);
    QVERIFY(scope);
    QCOMPARE(scope->text(), pane.model()->heatmapData().subtitle);
    QVERIFY2(scope->text().contains(u"西部"_s), qPrintable(scope->text()));
    pane.hide();
    m_session->setRegion(u"east"_s);
    QCOMPARE(reset.size(), 1);
    // An export of a hidden pane still has the current numbers.
    QCOMPARE(pane.table().rows.size(), 10 + 2);
}

void TestHeatmapPane::pictureIsTheWholeMatrix()
{
    HeatmapPane pane(m_session.get());
    pane.resize(300, 200); // far too small to show the matrix
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const auto picture = pane.picture(1200, 0);
    QCOMPARE(picture->size().width(), 1200.0);
    QCOMPARE(int(picture->size().height()), HeatmapExport::autoHeight(pane.model()->heatmapData()));
    const QImage image = ImageExport::render(*picture, 2.0);
    QCOMPARE(image.width(), 2400);
    // The last row (黑龙江省, northeast) and the darkest shade are both drawn.
    bool darkest = false;
    for (int y = 0; y < image.height() && !darkest; ++y)
        for (int x = 0; x < image.width() && !darkest; ++x)
            darkest = image.pixelColor(x, y) == QColor(0x08, 0x30, 0x6b);
    QVERIFY(darkest);
    QVERIFY(!picture->title().isEmpty());
    QVERIFY(picture->description().contains(u"31"_s)); // "31 个省份有匹配条目"
}

void TestHeatmapPane::pictureHeightAndWidth()
{
    HeatmapData data = HeatmapData::build(m_session->index(), m_session->keywordMatches(), {});
    HeatmapExport::Options options;
    options.width = 1200;
    options.height = 5000; // room to spare: the rows grow, the picture keeps the height asked for
    QCOMPARE(HeatmapExport::picture(data, options)->size().height(), 5000.0);
    options.height = 200; // too low for 31 rows: raised
    const qreal raised = HeatmapExport::picture(data, options)->size().height();
    QVERIFY(raised > 200 + 31 * 15);
    options.height = 0;
    options.width = 300; // too narrow for 29 columns: widened so that every column is drawn
    QVERIFY(HeatmapExport::picture(data, options)->size().width() > 300 + 29 * 15);
}

void TestHeatmapPane::copyAndTable()
{
    HeatmapPane pane(m_session.get());
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const HeatmapData &data = pane.model()->heatmapData();
    const int row = data.rowOf(TestSession::unitNamed(*m_session, u"广东省"_s));
    const int column = data.columnOf(u"technician-education"_s);
    pane.tableView()->selectionModel()->select(pane.model()->index(row, column), QItemSelectionModel::ClearAndSelect);
    QCOMPARE(pane.copyText(), u"\t技工教育\n广东省\t1\n"_s);
    pane.tableView()->clearSelection();
    const QStringList all = pane.copyText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(all.size(), 1 + 31 + 1);
    QVERIFY(all.first().startsWith(u"\t产教融合\t"_s));
    QVERIFY(all.last().startsWith(pane.model()->headerData(31, Qt::Vertical).toString() + u"\t22\t"_s));
    QCOMPARE(pane.table().columns.size(), 3 + 29 + 1);
}

QTEST_MAIN(TestHeatmapPane)
#include "tst_heatmappane.moc"
