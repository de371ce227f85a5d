// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for KwicModel (keyword in context on a thread of its own, following the session) and
// KwicPane (the tab that shows it): under QAbstractItemModelTester, the rows against the corpus
// text counted here, batches of a generated corpus, sorting, restarting, and the pane's signal.
#include "atlassession.h"
#include "corpusgenerator.h"
#include "kwicmodel.h"
#include "kwicpane.h"
#include "testsession.h"
#include "testutil.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// Occurrences of term in the item lines of a corpus file ("N、…" and "(N)…", before "来源"),
// counted from the file itself.
int countInItems(const QString &path, const QString &term)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    static const QRegularExpression label(QStringLiteral("^(\\d+、|[(（]\\d+[)）])"));
    int count = 0;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(u8("来源")))
            break;
        if (const QRegularExpressionMatch m = label.match(line); m.hasMatch())
            count += int(line.mid(m.capturedLength()).count(term));
    }
    return count;
}

// The left context read backwards, as the model sorts it.
QString reversed(const QString &text)
{
    QString out;
    for (qsizetype i = text.size() - 1; i >= 0; --i)
        out.append(text.at(i));
    return out;
}

} // namespace

class TestKwicModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void nothingUntilAsked();
    void rowsOfTheFilter();
    void initiativeAlone();
    void rowsOfTheRegion();
    void inactiveCostsNothing();
    void sortByLeftAndRight();
    void batchesOfALargerCorpus();
    void paneShowsCountAndActivates();
    void itemRemovedElsewhere();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AtlasSession> m_session;
};

void TestKwicModel::initTestCase()
{
    TestSession::isolateSettings(QStringLiteral("tst_kwicmodel"));
    QVERIFY(m_dir.isValid());
    QCOMPARE(Translations::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    m_session = std::make_unique<AtlasSession>();
    Diagnostic error;
    QVERIFY2(m_session->open(m_dir.filePath(QStringLiteral("atlas.sqlite")), &error), qPrintable(error.toString()));
}

void TestKwicModel::init()
{
    TestSession::resetFilters(*m_session);
}

void TestKwicModel::nothingUntilAsked()
{
    KwicModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setActive(true);
    QCOMPARE(model.state(), KwicModel::State::Nothing); // no filter: nothing to look for
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(KwicModel::ColumnCount));
}

void TestKwicModel::rowsOfTheFilter()
{
    KwicModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setActive(true);
    QSignalSpy first(&model, &KwicModel::firstRows);
    const QString term = u8("产教融合");
    m_session->setKeywordFilter(term);
    QCOMPARE(model.state(), KwicModel::State::Counting); // never computed on the UI thread
    QVERIFY(model.waitUntilDone());
    QCOMPARE(model.state(), KwicModel::State::Done);
    QCOMPARE(first.count(), 1);
    const int expected = countInItems(QStringLiteral(SEED_CORPUS), term);
    QVERIFY(expected >= 10);
    QCOMPARE(model.rowCount(), expected);
    QCOMPARE(model.count(), qint64(expected));
    for (int r = 0; r < model.rowCount(); ++r) {
        QCOMPARE(model.index(r, KwicModel::MatchColumn).data().toString(), term);
        const int item = model.index(r, 0).data(KwicModel::ItemRole).toInt();
        QCOMPARE(model.itemAt(r), item);
        QVERIFY(m_session->matches().contains(item));
    }
    // 天津市 1: 推进职普融通、产教融合、科教融汇,…
    bool tianjin = false;
    for (int r = 0; r < model.rowCount(); ++r)
        tianjin = tianjin
                  || (model.index(r, KwicModel::ProvinceColumn).data().toString() == u8("天津市")
                      && model.index(r, KwicModel::ItemColumn).data().toString() == QStringLiteral("1")
                      && model.index(r, KwicModel::LeftColumn).data().toString() == u8("推进职普融通、"));
    QVERIFY(tianjin);
    QCOMPARE(model.index(0, KwicModel::LeftColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignHorizontal_Mask,
             Qt::AlignRight);
    QCOMPARE(model.index(0, KwicModel::RightColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignHorizontal_Mask,
             Qt::AlignLeft);
    QVERIFY(model.index(0, KwicModel::MatchColumn).data(Qt::BackgroundRole).isValid());

    // A new filter drops the rows and reads again.
    m_session->setKeywordFilter(u8("双高"));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.waitUntilDone());
    QCOMPARE(model.rowCount(), countInItems(QStringLiteral(SEED_CORPUS), u8("双高")));

    const Table table = model.table(false);
    QCOMPARE(table.columns, Kwic::columns());
    QCOMPARE(table.rows.size(), model.rowCount());
}

// The region chosen above the tabs: the lines of its provinces only, the same lines as without it.
void TestKwicModel::rowsOfTheRegion()
{
    KwicModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setActive(true);
    m_session->setKeywordFilter(u8("产教融合"));
    QVERIFY(model.waitUntilDone());
    const CorpusIndex &index = m_session->index();
    QStringList western;
    for (int r = 0; r < model.rowCount(); ++r)
        if (index.units().at(index.itemUnit(model.itemAt(r))).region == QStringLiteral("west"))
            western.append(model.index(r, KwicModel::LeftColumn).data().toString());
    QVERIFY(!western.isEmpty() && western.size() < model.rowCount());
    m_session->setRegion(QStringLiteral("west"));
    QVERIFY(model.waitUntilDone());
    QCOMPARE(model.rowCount(), western.size());
    QStringList lines;
    for (int r = 0; r < model.rowCount(); ++r) {
        QCOMPARE(index.units().at(index.itemUnit(model.itemAt(r))).region, QStringLiteral("west"));
        lines.append(model.index(r, KwicModel::LeftColumn).data().toString());
    }
    QCOMPARE(lines, western);
}

void TestKwicModel::initiativeAlone()
{
    KwicModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setActive(true);
    m_session->setInitiativeFilter(QStringLiteral("industry-education-integration"));
    QVERIFY(model.waitUntilDone());
    QSet<int> items;
    for (int r = 0; r < model.rowCount(); ++r)
        items.insert(model.itemAt(r));
    QCOMPARE(items.size(), 22); // tests/data/hand-count.md: items: 22
    QCOMPARE(items.size(), m_session->matches().itemCount);
}

void TestKwicModel::inactiveCostsNothing()
{
    KwicModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.isActive());
    m_session->setKeywordFilter(u8("产教融合"));
    QCOMPARE(model.state(), KwicModel::State::Nothing);
    QTest::qWait(0);
    QCOMPARE(model.rowCount(), 0);
    model.setActive(true); // shown: reads what the filter says now
    QCOMPARE(model.state(), KwicModel::State::Counting);
    QVERIFY(model.waitUntilDone());
    QCOMPARE(model.rowCount(), countInItems(QStringLiteral(SEED_CORPUS), u8("产教融合")));
}

void TestKwicModel::sortByLeftAndRight()
{
    KwicModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setActive(true);
    m_session->setKeywordFilter(u8("职业教育"));
    QVERIFY(model.waitUntilDone());
    QVERIFY(model.rowCount() > 20);
    const QPersistentModelIndex kept = model.index(7, KwicModel::RightColumn);
    const QString keptText = kept.data().toString();
    const int keptItem = model.itemAt(kept.row());

    model.sort(KwicModel::LeftColumn, Qt::AscendingOrder);
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(reversed(model.index(r - 1, KwicModel::LeftColumn).data().toString())
                <= reversed(model.index(r, KwicModel::LeftColumn).data().toString()));
    QCOMPARE(kept.data().toString(), keptText); // follows its row
    QCOMPARE(model.itemAt(kept.row()), keptItem);

    model.sort(KwicModel::RightColumn, Qt::DescendingOrder);
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.index(r - 1, KwicModel::RightColumn).data().toString()
                >= model.index(r, KwicModel::RightColumn).data().toString());

    model.sort(KwicModel::ProvinceColumn, Qt::AscendingOrder);
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.index(r - 1, 0).data(KwicModel::UnitRole).toInt() <= model.index(r, 0).data(KwicModel::UnitRole).toInt());

    model.sort(KwicModel::ItemColumn, Qt::AscendingOrder); // back to corpus order
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.itemAt(r - 1) <= model.itemAt(r));
}

void TestKwicModel::batchesOfALargerCorpus()
{
    // 20,000 generated items: many batches; the first one comes before the reading is done, and
    // rows arriving while sorted are merged into the order.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString corpus = dir.filePath(QStringLiteral("big.txt"));
    Diagnostic error;
    QVERIFY2(CorpusGenerator(3).write(corpus, 20000, &error), qPrintable(error.toString()));
    AtlasSession session;
    QVERIFY2(session.open(dir.filePath(QStringLiteral("big.sqlite")), &error, BuiltIn::Seed::Never),
             qPrintable(error.toString()));
    ImportReport report;
    QVERIFY2(session.importFiles(ImportRequest::ofPaths({corpus}), &report, &error), qPrintable(error.toString()));
    const QString term = u8("职业教育");
    const int expected = countInItems(corpus, term);
    QVERIFY(expected > KwicModel::FirstBatchRows * 10);

    KwicModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setActive(true);
    model.sort(KwicModel::LeftColumn, Qt::AscendingOrder);
    bool countingAtFirstRows = false;
    int rowsAtFirst = -1;
    int exportedAtFirst = -1;
    connect(&model, &KwicModel::firstRows, this, [&] {
        countingAtFirstRows = model.state() == KwicModel::State::Counting;
        rowsAtFirst = model.rowCount();
        // An export while the view holds only the first rows has every row all the same.
        Table all;
        Diagnostic readError;
        if (model.allRows(false, &all, &readError))
            exportedAtFirst = int(all.rows.size());
    });
    session.setKeywordFilter(term);
    QVERIFY(model.waitUntilDone(120000));
    QVERIFY(countingAtFirstRows);
    QVERIFY(rowsAtFirst > 0);
    QVERIFY(rowsAtFirst < expected);
    QCOMPARE(exportedAtFirst, expected);
    QCOMPARE(model.rowCount(), expected);
    QCOMPARE(model.count(), qint64(expected));
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(reversed(model.index(r - 1, KwicModel::LeftColumn).data().toString())
                <= reversed(model.index(r, KwicModel::LeftColumn).data().toString()));

    // Restarted before it is done: only the newest reading's rows arrive.
    session.setKeywordFilter(u8("产教融合"));
    session.setKeywordFilter(term);
    QVERIFY(model.waitUntilDone(120000));
    QCOMPARE(model.rowCount(), expected);
}

void TestKwicModel::paneShowsCountAndActivates()
{
    KwicPane pane(m_session.get());
    pane.resize(800, 400);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.model()->isActive());
    QVERIFY(pane.picture(800, 600) == nullptr);
    m_session->setKeywordFilter(u8("产教融合"));
    QVERIFY(pane.model()->waitUntilDone());
    const int expected = countInItems(QStringLiteral(SEED_CORPUS), u8("产教融合"));
    QVERIFY2(pane.countLabel()->text().contains(QString::number(expected)), qPrintable(pane.countLabel()->text()));
    QCOMPARE(pane.table().rows.size(), expected);
    QCOMPARE(pane.copyText().count(u'\n'), expected + 1); // nothing selected: the header and every row
    Table all;
    Diagnostic error;
    QVERIFY2(pane.exportTable(&all, &error), qPrintable(error.toString()));
    QCOMPARE(all.rows.size(), expected);

    QSignalSpy activated(&pane, &KwicPane::itemActivated);
    QTableView *view = pane.view();
    const QModelIndex second = view->model()->index(1, KwicModel::LeftColumn);
    // A click first: an item view takes a double-click on the row the press began on.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(second).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(second).center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toInt(), pane.model()->itemAt(1));
    view->selectRow(1);
    const QStringList copied = pane.copyText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(copied.size(), 2); // the header, then the row
    QVERIFY(copied.at(1).contains(u8("产教融合")));

    pane.hide();
    QVERIFY(!pane.model()->isActive());
}

void TestKwicModel::itemRemovedElsewhere()
{
    // Another program deletes an item behind the session's back: the reading says so in words
    // instead of listing less than the index promises.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("changed.sqlite"));
    AtlasSession session;
    Diagnostic error;
    QVERIFY2(session.open(path, &error), qPrintable(error.toString()));
    qint64 removed = 0;
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery q(other);
        const QString where = QStringLiteral(" FROM items WHERE text LIKE '%1%'").arg(u8("推进职普融通、产教融合、科教融汇,构建"));
        QVERIFY(q.exec(QStringLiteral("SELECT id") + where) && q.next());
        removed = q.value(0).toLongLong();
        q.finish();
        QVERIFY(q.exec(QStringLiteral("DELETE") + where));
        QCOMPARE(q.numRowsAffected(), 1); // 天津市 1
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    KwicPane pane(&session);
    pane.show();
    QVERIFY(pane.model()->isActive());
    session.setKeywordFilter(u8("产教融合"));
    QVERIFY(pane.model()->waitUntilDone());
    QCOMPARE(pane.model()->state(), KwicModel::State::Failed);
    // The message names the item (in any language) and the pane shows it.
    const QString message = pane.model()->errorText();
    QVERIFY2(message.startsWith(path + u':'), qPrintable(message));
    QVERIFY2(message.mid(path.size()).contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(removed))), qPrintable(message));
    QCOMPARE(pane.countLabel()->text(), pane.model()->errorText());
}

QTEST_MAIN(TestKwicModel)
#include "tst_kwicmodel.moc"
