// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for DocumentListModel and the session's document management: the rows and their counts,
// the year edited through setData(), removal through AtlasSession::removeDocuments (the index
// reloaded, the filters kept while they still make sense), failures in words.
#include "atlassession.h"
#include "documentlistmodel.h"
#include "testsession.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestDocumentListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void rows();
    void editYear();
    void invalidYearIsReported();
    void removeDocumentsReloadsEverything();
    void removeUnknownChangesNothing();
    void closedSession();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<AtlasSession> m_session;
};

void TestDocumentListModel::initTestCase()
{
    TestSession::isolateSettings(QStringLiteral("tst_documentlistmodel"));
    QVERIFY(m_dir.isValid());
}

void TestDocumentListModel::init()
{
    // The seed corpus (a new database gets it) and a second document with a non-standard unit.
    m_session = std::make_unique<AtlasSession>();
    Diagnostic error;
    QVERIFY2(m_session->open(m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_files)), &error),
             qPrintable(error.toString()));
    QVERIFY2(m_session->importFiles(ImportRequest::ofPaths({QStringLiteral(TEST_DATA_DIR "/cli/nonstandard-unit.txt")}), nullptr, &error),
             qPrintable(error.toString()));
    QCOMPARE(m_session->index().itemCount(), 95);
}

void TestDocumentListModel::rows()
{
    DocumentListModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(DocumentListModel::ColumnCount));
    auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(cell(0, DocumentListModel::Id), QStringLiteral("1"));
    QCOMPARE(cell(0, DocumentListModel::Title), u8("2023年全国各省职业教育重点工作抢先看"));
    QCOMPARE(cell(0, DocumentListModel::Year), QStringLiteral("2023"));
    QCOMPARE(cell(0, DocumentListModel::Units), QStringLiteral("31"));
    QCOMPARE(cell(0, DocumentListModel::Items), QStringLiteral("94"));
    QCOMPARE(cell(1, DocumentListModel::Items), QStringLiteral("1"));
    QVERIFY(!cell(1, DocumentListModel::ImportedAt).isEmpty());
    QCOMPARE(model.index(1, DocumentListModel::Title).data(DocumentListModel::DocumentIdRole).toLongLong(), 2);
    QVERIFY(model.flags(model.index(0, DocumentListModel::Year)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, DocumentListModel::Title)) & Qt::ItemIsEditable));
    QCOMPARE(model.headerData(DocumentListModel::Units, Qt::Horizontal).toString(), QStringLiteral("Provinces"));
}

void TestDocumentListModel::editYear()
{
    DocumentListModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy documentsChanged(m_session.get(), &AtlasSession::documentsChanged);
    QSignalSpy reset(m_session.get(), &AtlasSession::corpusReset);
    QSignalSpy modelReset(&model, &QAbstractItemModel::modelReset);
    const QModelIndex year = model.index(1, DocumentListModel::Year);
    QVERIFY(model.setData(year, 2021));
    QCOMPARE(documentsChanged.size(), 1);
    QCOMPARE(reset.size(), 0); // the index holds no years: nothing else reloads
    QCOMPARE(modelReset.size(), 0); // the same rows: the view keeps its selection
    QCOMPARE(year.data().toInt(), 2021);
    int sessionYear = 0; // what the detail pane reads
    for (const DocumentRecord &d : m_session->documents())
        sessionYear = d.id == 2 ? d.year : sessionYear;
    QCOMPARE(sessionYear, 2021);
    QList<DocumentSummary> stored;
    QVERIFY(DocumentCatalog(m_session->store()).list(&stored, nullptr));
    QCOMPARE(stored.last().year, 2021);
}

void TestDocumentListModel::invalidYearIsReported()
{
    DocumentListModel model(m_session.get());
    QSignalSpy errors(&model, &DocumentListModel::errorOccurred);
    QVERIFY(!model.setData(model.index(0, DocumentListModel::Year), 1850));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().first().toString().endsWith(QStringLiteral("the year must be between 1949 and 2100")),
             qPrintable(errors.first().first().toString()));
    QCOMPARE(model.index(0, DocumentListModel::Year).data().toInt(), 2023);
    QVERIFY(!model.setData(model.index(0, DocumentListModel::Title), QStringLiteral("x")));
}

void TestDocumentListModel::removeDocumentsReloadsEverything()
{
    DocumentListModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_session->setKeywordFilter(u8("技工"));
    m_session->setInitiativeFilter(QStringLiteral("technician-education"));
    const int filtered = m_session->matches().itemCount;
    QVERIFY(filtered > 0);
    QSignalSpy reset(m_session.get(), &AtlasSession::corpusReset);
    QSignalSpy documentsChanged(m_session.get(), &AtlasSession::documentsChanged);

    RemovedDocuments removed;
    Diagnostic error;
    QVERIFY2(m_session->removeDocuments({2}, &removed, &error), qPrintable(error.toString()));
    QCOMPARE(removed.items, 1);
    QCOMPARE(removed.units, 1); // 新疆生产建设兵团
    QCOMPARE(reset.size(), 1);
    QCOMPARE(documentsChanged.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(m_session->documents().size(), 1);
    QCOMPARE(m_session->index().itemCount(), 94);
    QCOMPARE(TestSession::unitNamed(*m_session, u8("新疆生产建设兵团")), -1);
    // What the user was looking for is still what the tree shows.
    QCOMPARE(m_session->keywordText(), u8("技工"));
    QCOMPARE(m_session->initiativeFilter(), QStringLiteral("technician-education"));
    QVERIFY(m_session->matches().itemCount <= filtered);
    QCOMPARE(m_session->matches().itemCount,
             m_session->index().match(m_session->query(), m_session->index().initiativeIndex(QStringLiteral("technician-education"))).itemCount);

    QVERIFY(m_session->removeDocuments({1}, &removed, &error));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(m_session->index().itemCount(), 0);
    TestSession::resetFilters(*m_session);
}

void TestDocumentListModel::removeUnknownChangesNothing()
{
    DocumentListModel model(m_session.get());
    QSignalSpy reset(m_session.get(), &AtlasSession::corpusReset);
    Diagnostic error;
    QVERIFY(!m_session->removeDocuments({1, 3}, nullptr, &error));
    QCOMPARE(error.toString(),
             m_session->databasePath() + QStringLiteral(": no document 3 in this database; nothing was removed"));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(m_session->index().itemCount(), 95);
}

void TestDocumentListModel::closedSession()
{
    AtlasSession closed;
    DocumentListModel model(&closed);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    Diagnostic error;
    QVERIFY(!closed.removeDocuments({1}, nullptr, &error));
    QVERIFY(error.message.startsWith(QStringLiteral("no database is open")));
    QVERIFY(!closed.setDocumentYear(1, 2020, &error));
}

QTEST_MAIN(TestDocumentListModel)
#include "tst_documentlistmodel.moc"
