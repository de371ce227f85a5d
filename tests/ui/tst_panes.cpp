// SPDX-License-Identifier: GPL-3.0-or-later
// GUI tests of the panes, each built on its own over an AtlasSession on a fresh database seeded
// with the built-in corpus: FilterBar, ProvinceTreePane with DetailPane, ChartPane; and one
// smoke test of MainWindow. Runs on the offscreen platform.
#include "atlassession.h"
#include "chartbuilder.h"
#include "chartdata.h"
#include "chartpane.h"
#include "viewoptionsbar.h"
#include "analysistabs.h"
#include "csvreader.h"
#include "kwicpane.h"
#include "keywordquery.h"
#include "detailpane.h"
#include "filterbar.h"
#include "initiativecountmodel.h"
#include "itemdetail.h"
#include "mainwindow.h"
#include "provincetreemodel.h"
#include "provincetreepane.h"
#include "settings.h"
#include "testsession.h"
#include "testutil.h"
#include "translations.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>

#include <memory>

namespace {

// Types text one key event per character. QTest::keyClicks() cannot do this: in Qt 6.4 it
// sends each character through QChar::toLatin1(), which turns every Chinese character into 0.
void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// The numbers in a status text, in order ("94 items in 31 provinces" → 94, 31).
QList<int> numbersIn(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("\\d+"));
    QList<int> out;
    for (auto it = number.globalMatch(text); it.hasNext();)
        out.append(it.next().captured().toInt());
    return out;
}

// A tree pane and a detail pane wired as MainWindow wires them.
struct TreeAndDetail
{
    QWidget window;
    ProvinceTreePane *tree;
    DetailPane *detail;

    explicit TreeAndDetail(AtlasSession *session)
        : tree(new ProvinceTreePane(session, &window))
        , detail(new DetailPane(session, &window))
    {
        auto *layout = new QHBoxLayout(&window);
        layout->addWidget(tree);
        layout->addWidget(detail);
        QObject::connect(tree, &ProvinceTreePane::itemSelected, detail, &DetailPane::showItem);
        QObject::connect(tree, &ProvinceTreePane::unitSelected, detail, &DetailPane::showUnit);
        QObject::connect(tree, &ProvinceTreePane::nothingSelected, detail, &DetailPane::showNothing);
        QObject::connect(detail, &DetailPane::initiativeActivated, session, &AtlasSession::setInitiativeFilter);
        window.resize(900, 900);
    }
};

} // namespace

class TestPanes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void filterBarTyping();
    void filterBarInputMethod();
    void filterBarFollowsSession();
    void filterBarFollowsQuickSessionChanges();
    void treeShowsOnlyMatchingRegions();
    void clickProvinceAndItem();
    void selectItemHiddenByFilter();
    void filterHidingTheSelectionClearsIt();
    void importByAnotherProgramReloadsKeepingSelection();
    void detailLinkSetsInitiative();
    void chartClickBarFiltersTree();
    void chartMouseClickOnBar();
    void chartFollowsKeyword();
    void chartRegionAndTop();
    void mainWindowStatus();
    void exportTheViewInFront();
    void lineInContextOpensItsItem();

private:
    int unitNamed(const QString &nameZh) const;
    int itemWithText(const QString &unitZh, const QString &text) const;
    QModelIndex unitInView(const QTreeView *view, const QString &nameZh) const;
    QStringList provincesInView(const QTreeView *view) const;

    QTemporaryDir m_dir;
    std::unique_ptr<AtlasSession> m_session;
};

void TestPanes::initTestCase()
{
    TestSession::isolateSettings(QStringLiteral("tst_panes"));
    QVERIFY(m_dir.isValid());
    Translations::install(QStringLiteral("zh_CN"));
    m_session = std::make_unique<AtlasSession>();
    Diagnostic error;
    QVERIFY2(m_session->open(m_dir.filePath(QStringLiteral("atlas.sqlite")), &error), qPrintable(error.toString()));
}

void TestPanes::init()
{
    TestSession::resetFilters(*m_session);
    QSettings().clear();
}

int TestPanes::unitNamed(const QString &nameZh) const
{
    return TestSession::unitNamed(*m_session, nameZh);
}

int TestPanes::itemWithText(const QString &unitZh, const QString &text) const
{
    return TestSession::itemWithText(*m_session, unitZh, text);
}

QModelIndex TestPanes::unitInView(const QTreeView *view, const QString &nameZh) const
{
    const QAbstractItemModel *model = view->model();
    for (int r = 0; r < model->rowCount(); ++r)
        for (int u = 0; u < model->rowCount(model->index(r, 0)); ++u) {
            const QModelIndex unit = model->index(u, 0, model->index(r, 0));
            if (m_session->index().units().at(unit.data(ProvinceTreeModel::UnitIndexRole).toInt()).nameZh == nameZh)
                return unit;
        }
    return {};
}

QStringList TestPanes::provincesInView(const QTreeView *view) const
{
    const QAbstractItemModel *model = view->model();
    QStringList names;
    for (int r = 0; r < model->rowCount(); ++r)
        for (int u = 0; u < model->rowCount(model->index(r, 0)); ++u)
            names.append(m_session->index()
                             .units()
                             .at(model->index(u, 0, model->index(r, 0)).data(ProvinceTreeModel::UnitIndexRole).toInt())
                             .nameZh);
    return names;
}

void TestPanes::filterBarTyping()
{
    FilterBar bar(m_session.get());
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    auto *edit = bar.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QVERIFY(edit);
    QCOMPARE(edit, bar.lineEdit());
    edit->setFocus();

    typeText(edit, u8("技工"));
    QCOMPARE(edit->text(), u8("技工"));
    QTRY_COMPARE(m_session->keywordText(), u8("技工"));
    QCOMPARE(m_session->matches().itemCount, 4);
    QCOMPARE(m_session->matches().unitCount, 4);

    // A second term narrows the filter: 技工 in 广东 only.
    typeText(edit, u8(" 广东"));
    QTRY_COMPARE(m_session->keywordText(), u8("技工 广东"));
    QCOMPARE(m_session->matches().itemCount, 1);

    // Esc clears the box and the filter at once (no debounce).
    QSignalSpy changed(m_session.get(), &AtlasSession::filterChanged);
    QTest::keyClick(edit, Qt::Key_Escape);
    QCOMPARE(edit->text(), QString());
    QCOMPARE(m_session->keywordText(), QString());
    QVERIFY(m_session->matches().all);
    QCOMPARE(m_session->matches().itemCount, 94);
    QCOMPARE(changed.size(), 1);

    // Latin text works through QTest::keyClicks; province names match in English, any case.
    QTest::keyClicks(edit, QStringLiteral("Hainan"));
    QTRY_COMPARE(m_session->keywordText(), QStringLiteral("Hainan"));
    QCOMPARE(m_session->matches().itemCount, 2);
    QTest::keyClick(edit, Qt::Key_Escape);
    QCOMPARE(m_session->keywordText(), QString());
}

void TestPanes::filterBarInputMethod()
{
    FilterBar bar(m_session.get());
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QLineEdit *edit = bar.lineEdit();
    edit->setFocus();
    // Chinese is usually typed through an input method: the composed text arrives committed.
    QInputMethodEvent preedit(u8("chanjiao"), {});
    QApplication::sendEvent(edit, &preedit);
    QInputMethodEvent commit;
    commit.setCommitString(u8("产教融合"));
    QApplication::sendEvent(edit, &commit);
    QCOMPARE(edit->text(), u8("产教融合"));
    QTRY_COMPARE(m_session->keywordText(), u8("产教融合"));
    // The literal 产教融合 (not the catalogue's wider patterns, which also count 浙江省 1, 安徽省 1
    // and 黑龙江省 2): 19 items in 19 provinces.
    QCOMPARE(m_session->matches().itemCount, 19);
    QCOMPARE(m_session->matches().unitCount, 19);
}

void TestPanes::filterBarFollowsSession()
{
    FilterBar bar(m_session.get());
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    m_session->setKeywordFilter(u8("广东"));
    QCOMPARE(bar.lineEdit()->text(), u8("广东"));

    auto *chip = bar.findChild<QToolButton *>(QStringLiteral("initiativeChip"));
    QVERIFY(chip);
    QVERIFY(!chip->isVisible());
    m_session->setInitiativeFilter(QStringLiteral("craftsmen"));
    QVERIFY(chip->isVisible());
    QVERIFY2(chip->text().contains(u8("工匠")), qPrintable(chip->text()));
    QTest::mouseClick(chip, Qt::LeftButton);
    QCOMPARE(m_session->initiativeFilter(), QString());
    QVERIFY(!chip->isVisible());
    QCOMPARE(m_session->keywordText(), u8("广东")); // the chip removes only the initiative

    m_session->setInitiativeFilter(QStringLiteral("craftsmen"));
    bar.lineEdit()->setFocus();
    QTest::keyClick(bar.lineEdit(), Qt::Key_Escape); // Esc clears both
    QCOMPARE(m_session->initiativeFilter(), QString());
    QCOMPARE(m_session->keywordText(), QString());
    QVERIFY(!chip->isVisible());
}

void TestPanes::filterBarFollowsQuickSessionChanges()
{
    FilterBar bar(m_session.get());
    QLineEdit *edit = bar.lineEdit();
    // Two changes made through the session (say, a filter, then Edit ▸ Clear Filters) without the
    // event loop running in between: the box must show the last one, and must not push the
    // first one back into the session when its debounce timer fires.
    m_session->setKeywordFilter(u8("工匠"));
    QCOMPARE(edit->text(), u8("工匠"));
    m_session->clearFilters();
    QCOMPARE(m_session->keywordText(), QString());
    const QString shownAfterClear = edit->text();
    QTest::qWait(300); // longer than the 60 ms debounce: lets a pending filter run
    QVERIFY2(shownAfterClear.isEmpty() && m_session->keywordText().isEmpty(),
             qPrintable(QStringLiteral("the box showed \"%1\" after the clear; the session's filter is now \"%2\"")
                            .arg(shownAfterClear, m_session->keywordText())));
    QCOMPARE(edit->text(), QString());
}

void TestPanes::treeShowsOnlyMatchingRegions()
{
    TreeAndDetail panes(m_session.get());
    panes.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panes.window));
    QTreeView *view = panes.tree->view();
    QCOMPARE(view->model()->rowCount(), 4);
    QCOMPARE(provincesInView(view).size(), 31);
    QVERIFY(view->isExpanded(view->model()->index(0, 0))); // regions start expanded

    m_session->setKeywordFilter(u8("技工"));
    // 技工: 福建省 and 广东省 (东部), 贵州省 and 新疆维吾尔自治区 (西部).
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(view->model()->index(0, 0).data(ProvinceTreeModel::RegionIdRole).toString(), QStringLiteral("east"));
    QCOMPARE(view->model()->index(1, 0).data(ProvinceTreeModel::RegionIdRole).toString(), QStringLiteral("west"));
    QCOMPARE(provincesInView(view), (QStringList{u8("福建省"), u8("广东省"), u8("贵州省"), u8("新疆维吾尔自治区")}));
    // Few matches: every province is expanded to show its matching items.
    const QModelIndex guangdong = unitInView(view, u8("广东省"));
    QVERIFY(view->isExpanded(guangdong));
    QCOMPARE(view->model()->rowCount(guangdong), 1);
    QCOMPARE(view->model()->index(0, 0, guangdong).data(ProvinceTreeModel::LabelRole).toString(), u8("6、"));

    m_session->setKeywordFilter(u8("不存在的词"));
    QCOMPARE(view->model()->rowCount(), 0);
    m_session->clearFilters();
    QCOMPARE(view->model()->rowCount(), 4);
    QCOMPARE(provincesInView(view).size(), 31);
}

void TestPanes::clickProvinceAndItem()
{
    TreeAndDetail panes(m_session.get());
    panes.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panes.window));
    QTreeView *view = panes.tree->view();
    QSignalSpy units(panes.tree, &ProvinceTreePane::unitSelected);
    QSignalSpy items(panes.tree, &ProvinceTreePane::itemSelected);

    m_session->setKeywordFilter(u8("技工"));
    const QModelIndex guangdong = unitInView(view, u8("广东省"));
    QVERIFY(guangdong.isValid());
    view->scrollTo(guangdong);
    QRect rect = view->visualRect(guangdong);
    QVERIFY(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(view->currentIndex(), guangdong);
    QCOMPARE(units.size(), 1);
    QCOMPARE(units.first().first().toInt(), unitNamed(u8("广东省")));
    // The province pane lists all of its items, not just the matching ones.
    QString text = panes.detail->plainText();
    QVERIFY2(text.contains(u8("广东省")), qPrintable(text));
    QVERIFY2(text.contains(u8("1、 职业教育在校生规模居全国前列。")), qPrintable(text));
    QVERIFY2(text.contains(u8("7、 实施产业技能根基工程")), qPrintable(text));
    QVERIFY2(text.contains(u8("来源:职教圈")), qPrintable(text));

    const QModelIndex item = view->model()->index(0, 0, guangdong);
    rect = view->visualRect(item);
    QVERIFY(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(view->currentIndex(), item);
    QCOMPARE(items.size(), 1);
    text = panes.detail->plainText();
    QVERIFY2(text.contains(u8("6、 抓好技工教育“强基培优”计划,推动技工教育与职业教育融合发展。")), qPrintable(text));
    QVERIFY2(!text.contains(u8("职业教育在校生规模")), qPrintable(text)); // only this item now

    // Keyboard: Down moves to the next visible row, 贵州省's region (西部).
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().data(ProvinceTreeModel::RegionIdRole).toString(), QStringLiteral("west"));
    QCOMPARE(panes.detail->plainText(), [] {
        QTextDocument placeholder;
        ItemDetail::describeNothing(&placeholder);
        return placeholder.toPlainText();
    }());

    // Selecting through setCurrentIndex works the same: a sub-item shows with its parent's label.
    m_session->setKeywordFilter(u8("订单班"));
    const QModelIndex guizhou = unitInView(view, u8("贵州省"));
    const QModelIndex item5 = view->model()->index(0, 0, guizhou);
    const QModelIndex sub = view->model()->index(0, 0, item5);
    QVERIFY(sub.isValid());
    view->setCurrentIndex(sub);
    text = panes.detail->plainText();
    QVERIFY2(text.contains(u8("(1) 做好重点群体就业工作")), qPrintable(text));
    QVERIFY2(text.contains(u8("贵州省")), qPrintable(text));
}

void TestPanes::selectItemHiddenByFilter()
{
    TreeAndDetail panes(m_session.get());
    const int beijing1 = itemWithText(u8("北京市"), u8("完善职业教育和培训体系。"));
    const int guangdong3 = itemWithText(u8("广东省"), u8("实施职业学校办学条件达标工程。"));
    QVERIFY(beijing1 >= 0 && guangdong3 >= 0);
    m_session->setKeywordFilter(u8("达标"));
    QVERIFY(!panes.tree->selectItem(beijing1));
    QVERIFY(panes.tree->selectItem(guangdong3));
    QCOMPARE(panes.tree->view()->currentIndex().data(ProvinceTreeModel::LabelRole).toString(), u8("3、"));
    QVERIFY(panes.detail->plainText().contains(u8("3、 实施职业学校办学条件达标工程。")));
    QVERIFY(!panes.tree->selectUnit(unitNamed(u8("北京市"))));
    QVERIFY(panes.tree->selectUnit(unitNamed(u8("青海省"))));
    QVERIFY(panes.detail->plainText().contains(u8("3、 加快组建职业技术本科大学。")));

    // The detail pane follows the filter while it shows an item.
    QVERIFY(panes.tree->selectItem(guangdong3));
    m_session->setKeywordFilter(u8("工程"));
    QVERIFY(panes.detail->plainText().contains(u8("3、 实施职业学校办学条件达标工程。")));
    // Refining the filter keeps the selected item selected (the tree reloads its items).
    m_session->setKeywordFilter(u8("工程 广东"));
    QCOMPARE(panes.tree->view()->currentIndex().data(ProvinceTreeModel::ItemIndexRole).toInt(), guangdong3);
    QVERIFY(panes.detail->plainText().startsWith(u8("广东省")));
    QVERIFY(panes.detail->plainText().contains(u8("3、 实施职业学校办学条件达标工程。")));
}

void TestPanes::filterHidingTheSelectionClearsIt()
{
    // A filter that hides the selected province or item clears the selection and the detail pane;
    // it never moves the selection to a province or item the user did not choose.
    TreeAndDetail panes(m_session.get());
    const QString nothing = panes.detail->plainText(); // what the pane says when nothing is selected
    QVERIFY(!nothing.contains(u8("北京市")));
    QVERIFY(panes.tree->selectUnit(unitNamed(u8("北京市"))));
    QVERIFY(panes.detail->plainText().startsWith(u8("北京市")));
    m_session->setKeywordFilter(u8("达标")); // 北京市 has no item with it
    QVERIFY(!panes.tree->view()->currentIndex().isValid());
    QCOMPARE(panes.detail->plainText(), nothing);

    const int guangdong3 = itemWithText(u8("广东省"), u8("实施职业学校办学条件达标工程。"));
    QVERIFY(panes.tree->selectItem(guangdong3));
    m_session->setKeywordFilter(u8("职普融通")); // 广东省 matches, but not with this item
    QVERIFY(!panes.tree->view()->currentIndex().isValid());
    QCOMPARE(panes.detail->plainText(), nothing);

    // A province that still matches stays selected.
    QVERIFY(panes.tree->selectUnit(unitNamed(u8("广东省"))));
    m_session->setKeywordFilter(u8("职普"));
    QCOMPARE(panes.tree->view()->currentIndex().data(ProvinceTreeModel::UnitIndexRole).toInt(), unitNamed(u8("广东省")));
    QVERIFY(panes.detail->plainText().startsWith(u8("广东省")));
}

void TestPanes::importByAnotherProgramReloadsKeepingSelection()
{
    // Another program (here a second session, as a second window or the command line is)
    // imports into the open database: the window notices, reloads, and keeps the filter and
    // what the user selected; the new item is counted and shown.
    const QString db = m_dir.filePath(QStringLiteral("shared.sqlite"));
    AtlasSession window;
    Diagnostic error;
    QVERIFY2(window.open(db, &error), qPrintable(error.toString()));
    TreeAndDetail panes(&window);
    window.setKeywordFilter(u8("完善"));
    const int before = window.matches().itemCount;
    const int beijing1 = TestSession::itemWithText(window, u8("北京市"), u8("完善职业教育和培训体系。"));
    QVERIFY(panes.tree->selectItem(beijing1));
    const qint64 selectedId = window.index().itemId(beijing1);
    QVERIFY(panes.detail->plainText().contains(u8("完善职业教育和培训体系")));
    QCOMPARE(window.reloadIfChangedElsewhere(&error), AtlasSession::External::Unchanged);

    const QString file = m_dir.filePath(QStringLiteral("more.txt"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(u8("2024年补充要点\n天津市\n1、完善现代职业教育体系。\n").toUtf8());
    }
    AtlasSession other;
    QVERIFY2(other.open(db, &error), qPrintable(error.toString()));
    ImportReport report;
    QVERIFY2(other.importFiles(ImportRequest::ofPaths({file}), &report, &error), qPrintable(error.toString()));

    QSignalSpy changed(&window, &AtlasSession::changedElsewhere);
    QCOMPARE(window.reloadIfChangedElsewhere(&error), AtlasSession::External::Reloaded);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(window.keywordText(), u8("完善"));
    QCOMPARE(window.matches().itemCount, before + 1);
    QCOMPARE(window.documents().size(), 2);
    QTRY_COMPARE(panes.tree->view()->currentIndex().data(ProvinceTreeModel::ItemIdRole).toLongLong(), selectedId);
    QVERIFY(panes.detail->plainText().contains(u8("完善职业教育和培训体系")));
    // Once read, the same change is not seen again; the session's own writes are not "elsewhere".
    QCOMPARE(window.reloadIfChangedElsewhere(&error), AtlasSession::External::Unchanged);
}

void TestPanes::detailLinkSetsInitiative()
{
    TreeAndDetail panes(m_session.get());
    const int guangdong3 = itemWithText(u8("广东省"), u8("实施职业学校办学条件达标工程。"));
    panes.detail->showItem(guangdong3);
    // A click on an initiative link in the text filters to that initiative (9 provinces).
    emit panes.detail->browser()->anchorClicked(QUrl(QStringLiteral("initiative:school-conditions-standard")));
    QCOMPARE(m_session->initiativeFilter(), QStringLiteral("school-conditions-standard"));
    QCOMPARE(provincesInView(panes.tree->view()),
             (QStringList{u8("广东省"), u8("山西省"), u8("广西壮族自治区"), u8("四川省"), u8("贵州省"),
                          u8("云南省"), u8("甘肃省"), u8("青海省"), u8("吉林省")}));
    // Other links are ignored.
    emit panes.detail->browser()->anchorClicked(QUrl(QStringLiteral("https://example.org/")));
    QCOMPARE(m_session->initiativeFilter(), QStringLiteral("school-conditions-standard"));
}

void TestPanes::chartClickBarFiltersTree()
{
    ChartPane chart(m_session.get());
    TreeAndDetail panes(m_session.get());
    QVERIFY(chart.clickBar(QStringLiteral("industry-education-integration")));
    QCOMPARE(m_session->initiativeFilter(), QStringLiteral("industry-education-integration"));
    QCOMPARE(m_session->matches().itemCount, 22);
    const QStringList provinces = provincesInView(panes.tree->view());
    QCOMPARE(provinces.size(), 22);
    QVERIFY(provinces.contains(u8("北京市")));
    QVERIFY(!provinces.contains(u8("河北省"))); // no mention of 产教融合
    QVERIFY(!provinces.contains(u8("内蒙古自治区"))); // 产教联合体 is a different initiative
    // The chosen bar is highlighted in the rebuilt chart; the chart still counts every bar.
    QBarSet *set = ChartBuilder::barSet(chart.chartView()->chart());
    QVERIFY(set);
    QCOMPARE(set->count(), 29);
    QCOMPARE(set->selectedBars(), QList<int>{28});

    // A second click on the same bar removes the initiative filter.
    QVERIFY(chart.clickBar(QStringLiteral("industry-education-integration")));
    QCOMPARE(m_session->initiativeFilter(), QString());
    QCOMPARE(provincesInView(panes.tree->view()).size(), 31);
    QVERIFY(!chart.clickBar(QStringLiteral("no-such-initiative")));
    QCOMPARE(m_session->initiativeFilter(), QString());
}

void TestPanes::chartMouseClickOnBar()
{
    ChartPane chart(m_session.get());
    chart.resize(900, 1100); // tall enough for all 29 bars without scrolling
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QChartView *view = chart.chartView();
    QTRY_VERIFY(view->chart()->plotArea().height() > 29 * 10);
    auto *series = qobject_cast<QHorizontalBarSeries *>(view->chart()->series().first());
    // The middle of the top bar (产教融合, 22 provinces): value 11, category 28.
    const QPointF inChart = view->chart()->mapToPosition(QPointF(11, 28), series);
    const QPoint inView = view->mapFromScene(view->chart()->mapToScene(inChart));
    // The click rebuilds the chart from inside the clicked bar's mouse handler, which goes on to
    // use the bar after emitting clicked(): the old chart must outlive the event (deleted later).
    QPointer<QChart> old = view->chart();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inView);
    QCOMPARE(m_session->initiativeFilter(), QStringLiteral("industry-education-integration"));
    QCOMPARE(m_session->matches().unitCount, 22);
    QVERIFY(view->chart() != old);
    QVERIFY(!old.isNull());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(old.isNull()); // and is not leaked
    QCOMPARE(ChartBuilder::barSet(view->chart())->selectedBars(), QList<int>{28});

    // A second click on the same bar, now highlighted, removes the filter.
    QTRY_VERIFY(view->chart()->plotArea().height() > 29 * 10);
    series = qobject_cast<QHorizontalBarSeries *>(view->chart()->series().first());
    const QPoint again = view->mapFromScene(view->chart()->mapToScene(view->chart()->mapToPosition(QPointF(11, 28), series)));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, again);
    QCOMPARE(m_session->initiativeFilter(), QString());
    QCOMPARE(m_session->matches().unitCount, 31);
}

void TestPanes::chartFollowsKeyword()
{
    ChartPane chart(m_session.get());
    QBarSet *set = ChartBuilder::barSet(chart.chartView()->chart());
    QCOMPARE(set->count(), 29);
    QCOMPARE(set->at(28), 22.0);

    m_session->setKeywordFilter(u8("技工"));
    // Over the 4 技工 items: 技工教育 in 3 provinces, then 工匠 and 职业技能培训 in 2, then 5 initiatives in 1.
    set = ChartBuilder::barSet(chart.chartView()->chart());
    QCOMPARE(set->count(), 8);
    QList<qreal> values;
    for (int i = 0; i < set->count(); ++i)
        values.append(set->at(i));
    QCOMPARE(values, (QList<qreal>{1, 1, 1, 1, 1, 2, 2, 3}));
    QCOMPARE(chart.chartData().bars.first().id, QStringLiteral("technician-education"));
    QCOMPARE(chart.model()->rowCount(), 8);
    QVERIFY2(chart.chartView()->chart()->title().contains(u8("技工")), qPrintable(chart.chartView()->chart()->title()));

    m_session->clearFilters();
    set = ChartBuilder::barSet(chart.chartView()->chart());
    QCOMPARE(set->count(), 29);
    QCOMPARE(set->at(28), 22.0);
}

void TestPanes::chartRegionAndTop()
{
    {
        ViewOptionsBar options(m_session.get());
        ChartPane chart(m_session.get());
        QComboBox *region = options.regionBox();
        QCOMPARE(region, options.findChild<QComboBox *>(QStringLiteral("regionBox")));
        QCOMPARE(region->count(), 5); // all regions, then the four NBS regions
        QCOMPARE(region->itemData(0).toString(), QString());
        QCOMPARE(region->itemText(4), u8("东北"));
        QCOMPARE(chart.model()->rowCount(), 29);

        region->setCurrentIndex(region->findData(QStringLiteral("northeast")));
        QCOMPARE(m_session->region(), QStringLiteral("northeast"));
        QCOMPARE(chart.model()->rowCount(), 14);
        QCOMPARE(chart.model()->index(0, InitiativeCountModel::ProvincesColumn).data().toInt(), 3);
        QBarSet *set = ChartBuilder::barSet(chart.chartView()->chart());
        QCOMPARE(set->count(), 14);
        QCOMPARE(set->at(13), 3.0);
        const QStringList names = chart.model()->index(0, 0).data(InitiativeCountModel::ProvinceNamesRole).toStringList();
        QCOMPARE(names, (QStringList{u8("辽宁省"), u8("吉林省"), u8("黑龙江省")}));
        QCOMPARE(Settings::value(Settings::Key::ChartRegion).toString(), QStringLiteral("northeast"));

        options.topSpin()->setValue(5);
        QCOMPARE(m_session->topN(), 5);
        QCOMPARE(chart.model()->rowCount(), 5);
        QCOMPARE(ChartBuilder::barSet(chart.chartView()->chart())->count(), 5);
        QCOMPARE(Settings::value(Settings::Key::ChartTopN).toInt(), 5);
    }
    // A new pane starts with the saved region and Top-N.
    m_session->setRegion(QString());
    m_session->setTopN(0);
    {
        ViewOptionsBar options(m_session.get());
        ChartPane chart(m_session.get());
        QCOMPARE(options.regionBox()->currentData().toString(), QStringLiteral("northeast"));
        QCOMPARE(options.topSpin()->value(), 5);
        QCOMPARE(m_session->region(), QStringLiteral("northeast"));
        QCOMPARE(chart.model()->rowCount(), 5);

        options.regionBox()->setCurrentIndex(0);
        QCOMPARE(m_session->region(), QString());
        options.topSpin()->setValue(0);
        QCOMPARE(chart.model()->rowCount(), 29);
        QCOMPARE(options.topSpin()->text(), options.topSpin()->specialValueText());
    }
}

void TestPanes::mainWindowStatus()
{
    MainWindow window(m_session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.treePane() && window.detailPane() && window.chartPane() && window.filterBar());
    // zh_CN: "%2,共 %1" with %1 = "N 条" (items) and %2 = "N 个省份" (provinces).
    QString status = window.statusText();
    QVERIFY2(status.contains(u8("94 条")) && status.contains(u8("31 个省份")), qPrintable(status));
    QCOMPARE(numbersIn(status).size(), 2);

    m_session->setKeywordFilter(u8("技工"));
    status = window.statusText();
    QVERIFY2(status.contains(u8("符合筛选条件")), qPrintable(status));
    QVERIFY2(status.contains(u8("4 条")) && status.contains(u8("4 个省份")), qPrintable(status));
    QVERIFY2(!status.contains(QStringLiteral("94")) && !status.contains(QStringLiteral("31")), qPrintable(status));
    // 工匠: 8 items in 7 provinces (内蒙古自治区 has two).
    m_session->setKeywordFilter(u8("工匠"));
    status = window.statusText();
    QVERIFY2(status.contains(u8("8 条")) && status.contains(u8("7 个省份")), qPrintable(status));
    // Esc in the filter box clears everything, as the user would.
    QLineEdit *edit = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY2(window.statusText().contains(u8("94 条")), qPrintable(window.statusText()));
    QCOMPARE(edit->text(), QString());

    // Typing into the window's filter box updates the status, the tree and the chart.
    typeText(edit, u8("技工"));
    QTRY_VERIFY2(window.statusText().contains(u8("4 个省份")), qPrintable(window.statusText()));
    QVERIFY2(window.statusText().contains(u8("4 条")), qPrintable(window.statusText()));
    QCOMPARE(window.treePane()->view()->model()->rowCount(), 2);
    QCOMPARE(window.chartPane()->chartData().bars.first().id, QStringLiteral("technician-education"));
    QCOMPARE(window.chartPane()->chartData().bars.first().provinces, 3);

    // In English the status reads "N items in M provinces".
    Translations::install(QStringLiteral("en")); // LanguageChange reaches the window through the event loop
    QTRY_VERIFY2(window.statusText().contains(QStringLiteral("provinces")), qPrintable(window.statusText()));
    QCOMPARE(numbersIn(window.statusText()), (QList<int>{4, 4}));
    QVERIFY2(window.statusText().contains(QStringLiteral("4 items")), qPrintable(window.statusText()));
    QTest::keyClick(edit, Qt::Key_Escape);
    QCOMPARE(window.statusText(), QStringLiteral("94 items in 31 provinces"));
    Translations::install(QStringLiteral("zh_CN"));
    QTRY_VERIFY2(window.statusText().contains(u8("94 条")), qPrintable(window.statusText()));
}

// File → Export… writes the view in front: its picture as PNG or SVG, its numbers as a table.
void TestPanes::exportTheViewInFront()
{
    MainWindow window(m_session.get());
    AnalysisTabs *tabs = window.analysisTabs();
    // A view is made when its tab is first shown: those never opened cost the start nothing.
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("heatmapPane")));
    QVERIFY(tabs->showView(QStringLiteral("heatmap")));
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("heatmapPane")));
    QCOMPARE(Settings::value(Settings::Key::FrontView).toString(), QStringLiteral("heatmap"));
    QVERIFY(tabs->showView(QStringLiteral("chart")));
    QCOMPARE(Settings::value(Settings::Key::FrontView).toString(), QStringLiteral("chart"));
    QTemporaryDir dir;
    Diagnostic error;
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    QVERIFY2(tabs->exportCurrentView(png, QStringLiteral("png"), 800, 0, 2, &error), qPrintable(error.toString()));
    QCOMPARE(QImage(png).width(), 1600);

    m_session->setKeywordFilter(u8("技工"));
    const QString csv = dir.filePath(QStringLiteral("chart.csv"));
    QVERIFY2(tabs->exportCurrentView(csv, QStringLiteral("csv"), 800, 0, 2, &error), qPrintable(error.toString()));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QStringList> records;
    QString csvError;
    QVERIFY2(readCsv(file.readAll(), &records, &csvError), qPrintable(csvError));
    // The header, then the 8 initiatives the 4 技工 items mention; 技工教育 first, in 3 provinces.
    QCOMPARE(records.size(), 9);
    QCOMPARE(records.at(1).mid(0, 4),
             (QStringList{QStringLiteral("technician-education"), u8("技工教育"), QStringLiteral("3"), QStringLiteral("3")}));

    // Not onto the database in use, and not in a format the view has not.
    QVERIFY(!tabs->exportCurrentView(m_session->databasePath(), QStringLiteral("png"), 800, 0, 2, &error));
    QVERIFY(!tabs->exportCurrentView(dir.filePath(QStringLiteral("x.txt")), QStringLiteral("txt"), 800, 0, 2, &error));
    QVERIFY2(error.message.contains(QStringLiteral("txt")), qPrintable(error.toString()));
}

// Double-clicking a line in context (KwicPane::itemActivated) selects its item in the tree, which
// shows it in the detail pane; an item the tree's filter hides is shown in the detail pane alone.
void TestPanes::lineInContextOpensItsItem()
{
    MainWindow window(m_session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const CorpusIndex &index = m_session->index();
    // 广东省's item 6, the one about 技工 (see mainWindowStatus).
    const int guangdong = unitNamed(u8("广东省"));
    int item = -1;
    for (int i = index.units().at(guangdong).firstItem; i < index.itemCount() && index.itemUnit(i) == guangdong; ++i)
        if (KeywordQuery(u8("技工")).matches(m_session->store().item(index.itemId(i)).text))
            item = i;
    QVERIFY(item >= 0);
    m_session->setKeywordFilter(u8("技工"));
    emit window.analysisTabs()->itemActivated(item);
    QCOMPARE(window.treePane()->view()->currentIndex().data(ProvinceTreeModel::ItemIndexRole).toInt(), item);
    QVERIFY2(window.detailPane()->plainText().contains(u8("技工")), qPrintable(window.detailPane()->plainText()));

    m_session->setKeywordFilter(u8("区块链")); // no item: the tree hides them all
    emit window.analysisTabs()->itemActivated(item);
    QVERIFY2(window.detailPane()->plainText().contains(u8("技工")), qPrintable(window.detailPane()->plainText()));
}

QTEST_MAIN(TestPanes)
#include "tst_panes.moc"
