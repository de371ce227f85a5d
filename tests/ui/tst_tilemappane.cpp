// SPDX-License-Identifier: GPL-3.0-or-later
// The map pane on the seed corpus: it follows the keyword filter and the initiative, a click on
// a tile selects its province in the session (and the outline follows the selection from
// elsewhere), the tooltip names the province, its count and first matching item, and the export
// picture has the requested size.
#include "atlassession.h"
#include "imageexport.h"
#include "testsession.h"
#include "tilemappainter.h"
#include "tilemappane.h"
#include "translations.h"

#include <QApplication>
#include <QComboBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestTileMapPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void followsTheFilter();
    void followsTheRegion();
    void clickSelectsTheProvince();
    void toolTipNamesCountAndFirstItem();
    void initiativeModes();
    void pictureSizeAndCopy();

private:
    int tileOf(const QString &unitZh) const
    {
        return m_pane->mapData().tileOfUnit(TestSession::unitNamed(*m_session, unitZh));
    }
    QPoint centreOf(int tile) const
    {
        QFont base = m_pane->canvas()->font();
        base.setPixelSize(std::max(10, QFontInfo(base).pixelSize()));
        const auto geometry = TileMapPainter::layout(m_pane->mapData(), QRectF(m_pane->canvas()->rect()), base);
        return geometry.tileRect(m_pane->mapData().tiles.at(tile)).center().toPoint();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AtlasSession> m_session;
    std::unique_ptr<TileMapPane> m_pane;
};

void TestTileMapPane::initTestCase()
{
    TestSession::isolateSettings(QStringLiteral("tst_tilemappane"));
    Translations::install(QStringLiteral("zh_CN"));
    m_session = std::make_unique<AtlasSession>();
    Diagnostic error;
    QVERIFY2(m_session->open(m_dir.filePath(QStringLiteral("atlas.sqlite")), &error), qPrintable(error.toString()));
    m_pane = std::make_unique<TileMapPane>(m_session.get());
    m_pane->resize(700, 800);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestTileMapPane::init()
{
    TestSession::resetFilters(*m_session);
    m_session->setCurrentUnit(-1);
    m_pane->setMode(TileMapData::Mode::Items);
}

// The region chosen above the tabs: only its provinces are shaded, like the chart's and the heat
// map's counts (the 12 western provinces all have items).
void TestTileMapPane::followsTheRegion()
{
    m_session->setRegion(QStringLiteral("west"));
    QCOMPARE(m_pane->mapData().shadedCount(), 12);
    // Another region's province is not counted, and not shown as "0": it has items of its own.
    QCOMPARE(m_pane->mapData().tiles.at(tileOf(QStringLiteral("广东省"))).value, 0);
    QVERIFY(m_pane->mapData().tiles.at(tileOf(QStringLiteral("广东省"))).outsideRegion);
    const QString outside = QCoreApplication::translate("TileMapPane", "%1: outside the region chosen above the tabs");
    QVERIFY2(m_pane->toolTipText(tileOf(QStringLiteral("广东省"))).startsWith(outside.arg(QStringLiteral("广东省"))),
             qPrintable(m_pane->toolTipText(tileOf(QStringLiteral("广东省")))));
    QCOMPARE(m_pane->mapData().tiles.at(tileOf(QStringLiteral("贵州省"))).value, 7);
    QVERIFY(!m_pane->mapData().tiles.at(tileOf(QStringLiteral("贵州省"))).outsideRegion);
    QVERIFY2(m_pane->mapData().subtitle.contains(QStringLiteral("西部")), qPrintable(m_pane->mapData().subtitle));
    m_session->setRegion(QString());
    QCOMPARE(m_pane->mapData().shadedCount(), 31);
}

void TestTileMapPane::followsTheFilter()
{
    QCOMPARE(m_pane->mapData().shadedCount(), 31);
    m_session->setKeywordFilter(QStringLiteral("职普融通"));
    QVERIFY(m_session->waitForFilter());
    QCOMPARE(m_pane->mapData().shadedCount(), 15);
    QCOMPARE(m_pane->mapData().tiles.at(tileOf(QStringLiteral("北京市"))).value, 0);
    QCOMPARE(m_pane->mapData().tiles.at(tileOf(QStringLiteral("河南省"))).value, 1);
    m_session->setKeywordFilter(QString());
    QVERIFY(m_session->waitForFilter());
    QCOMPARE(m_pane->mapData().shadedCount(), 31);
}

void TestTileMapPane::clickSelectsTheProvince()
{
    QSignalSpy changed(m_session.get(), &AtlasSession::currentUnitChanged);
    const int tile = tileOf(QStringLiteral("四川省"));
    QVERIFY(tile >= 0);
    QTest::mouseClick(m_pane->canvas(), Qt::LeftButton, {}, centreOf(tile));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_session->currentUnit(), TestSession::unitNamed(*m_session, QStringLiteral("四川省")));
    QCOMPARE(m_pane->mapData().currentTile, tile);
    // Selected elsewhere (the tree): the outline moves.
    m_session->setCurrentUnit(TestSession::unitNamed(*m_session, QStringLiteral("广东省")));
    QCOMPARE(m_pane->mapData().currentTile, tileOf(QStringLiteral("广东省")));
    // A click beside the tiles selects nothing.
    QTest::mouseClick(m_pane->canvas(), Qt::LeftButton, {}, QPoint(2, m_pane->canvas()->height() - 2));
    QCOMPARE(m_session->currentUnit(), TestSession::unitNamed(*m_session, QStringLiteral("广东省")));
}

void TestTileMapPane::toolTipNamesCountAndFirstItem()
{
    m_session->setKeywordFilter(QStringLiteral("职普融通"));
    QVERIFY(m_session->waitForFilter());
    const QString text = m_pane->toolTipText(tileOf(QStringLiteral("河南省")));
    QVERIFY2(text.contains(QStringLiteral("河南省")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("推进职普融通")), qPrintable(text)); // 河南省 4: 推进职普融通、产教融合…
    QVERIFY2(text.contains(u'1'), qPrintable(text));
    QCOMPARE(m_pane->tileAt(centreOf(tileOf(QStringLiteral("河南省")))), tileOf(QStringLiteral("河南省")));
    const QString none = m_pane->toolTipText(tileOf(QStringLiteral("北京市")));
    QVERIFY2(none.contains(QStringLiteral("北京市")), qPrintable(none));
    QCOMPARE(text.count(u'\n'), 2); // name and count, first item, the hint
    QCOMPARE(none.count(u'\n'), 1); // no matching item: no first item
}

void TestTileMapPane::initiativeModes()
{
    QVERIFY(m_pane->modeBox()->isHidden());
    m_session->setInitiativeFilter(QStringLiteral("general-vocational-integration"));
    QVERIFY(m_session->waitForFilter());
    QVERIFY(!m_pane->modeBox()->isHidden());
    QCOMPARE(m_pane->mapData().shadedCount(), 15);
    QVERIFY(!m_pane->mapData().mentions);
    m_pane->modeBox()->setCurrentIndex(m_pane->modeBox()->findData(int(TileMapData::Mode::Mentions)));
    QCOMPARE(m_pane->mode(), TileMapData::Mode::Mentions);
    QVERIFY(m_pane->mapData().mentions);
    QCOMPARE(m_pane->mapData().maxValue, 1);
    QCOMPARE(m_pane->mapData().shadedCount(), 15);
    // The choice is kept: a new pane (a new window) starts with it.
    TileMapPane again(m_session.get());
    QCOMPARE(again.mode(), TileMapData::Mode::Mentions);
    QCOMPARE(again.modeBox()->currentData().toInt(), int(TileMapData::Mode::Mentions));
    again.setMode(TileMapData::Mode::Items);
    QCOMPARE(TileMapPane(m_session.get()).mode(), TileMapData::Mode::Items);
}

void TestTileMapPane::pictureSizeAndCopy()
{
    const auto picture = m_pane->picture(900, 700);
    QCOMPARE(picture->size(), QSizeF(900, 700));
    const auto automatic = m_pane->picture(ImageExport::DefaultWidth, 0);
    QCOMPARE(int(automatic->size().height()), TileMapPainter::autoHeight(m_pane->mapData(), ImageExport::DefaultWidth));
    QVERIFY(m_pane->automaticHeightText().contains(QString::number(int(automatic->size().height()))));
    const QString copied = m_pane->copyText();
    QCOMPARE(copied.count(u'\n'), 32); // a heading and 31 provinces
    QVERIFY2(copied.contains(QStringLiteral("贵州省\t7")), qPrintable(copied));
    QCOMPARE(m_pane->table().rows.size(), 31);
}

QTEST_MAIN(TestTileMapPane)
#include "tst_tilemappane.moc"
