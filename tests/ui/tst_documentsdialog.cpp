// SPDX-License-Identifier: GPL-3.0-or-later
// GUI tests of File → Documents… and File → Export Items…, each dialog built on its own over an
// AtlasSession: removing documents after the confirmation (answered through
// MessageBox::setNextAnswer, so nothing blocks), editing a year in the table, and exporting the
// items the filter shows as CSV and Excel, with the files read back. Also the window's import
// into a new or emptied database that fails: the database is never seeded behind the user's back.
#include "atlassession.h"
#include "csvreader.h"
#include "detailpane.h"
#include "documentlistmodel.h"
#include "documentsdialog.h"
#include "importpreviewdialog.h"
#include "exportitemsdialog.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "settings.h"
#include "testsession.h"
#include "testutil.h"
#include "translations.h"
#include "xlsxreader.h"

#include <QApplication>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

namespace {

// Answers the modal dialogs a slot opens: types a file name into a file dialog, and records then
// closes every message box.
class ModalDriver : public QObject
{
public:
    explicit ModalDriver(const QString &fileToPick)
        : m_file(fileToPick)
    {
        connect(&m_timer, &QTimer::timeout, this, &ModalDriver::answer);
        m_timer.start(20);
    }
    QStringList messages;

private:
    void answer()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
            if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))) {
                name->setText(m_file);
                static_cast<QDialog *>(dialog)->accept();
            } else {
                dialog->reject();
            }
        } else if (auto *preview = qobject_cast<ImportPreviewDialog *>(modal)) {
            // A file that cannot be read is reported in the preview, whose Import stays disabled.
            if (preview->isReading() || !preview->isVisible())
                return;
            messages.append(QStringLiteral("Preview\n") + preview->errorText(0)
                            + (preview->importButton()->isEnabled() ? QStringLiteral("\nImport enabled") : QString()));
            preview->reject();
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            messages.append(box->windowTitle() + u'\n' + box->text());
            box->done(QMessageBox::Ok);
        }
    }
    QString m_file;
    QTimer m_timer;
};

} // namespace

class TestDocumentsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void removeAfterConfirmation();
    void editYearInTheTable();
    void exportFilteredItemsAsCsv();
    void exportFilteredItemsAsExcel();
    void exportNeverOverwritesTheDatabase();
    void windowMenuHasTheActions();
    void failedImportIntoNewDatabase();
    void failedImportIntoEmptiedDatabase();

private:
    void selectRows(DocumentsDialog &dialog, const QList<int> &rows);
    QStringList expectedTexts() const; // of the items the session's filter shows, in published order

    QTemporaryDir m_dir;
    QString m_seedDb;
    int m_files = 0;
    std::unique_ptr<AtlasSession> m_session;
};

void TestDocumentsDialog::initTestCase()
{
    TestSession::isolateSettings(QStringLiteral("tst_documentsdialog"));
    Translations::install(QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
    // The seed corpus and a one-item document with a non-standard unit, built once.
    m_seedDb = m_dir.filePath(QStringLiteral("seed.sqlite"));
    AtlasSession seeding;
    Diagnostic error;
    QVERIFY2(seeding.open(m_seedDb, &error), qPrintable(error.toString()));
    QVERIFY2(seeding.importFiles(ImportRequest::ofPaths({QStringLiteral(TEST_DATA_DIR "/cli/nonstandard-unit.txt")}), nullptr, &error),
             qPrintable(error.toString()));
}

void TestDocumentsDialog::init()
{
    const QString db = m_dir.filePath(QStringLiteral("copy-%1.sqlite").arg(++m_files));
    QVERIFY(QFile::copy(m_seedDb, db));
    m_session = std::make_unique<AtlasSession>();
    Diagnostic error;
    QVERIFY2(m_session->open(db, &error), qPrintable(error.toString()));
    QCOMPARE(m_session->index().itemCount(), 95);
}

void TestDocumentsDialog::cleanup()
{
    m_session.reset();
}

void TestDocumentsDialog::selectRows(DocumentsDialog &dialog, const QList<int> &rows)
{
    QItemSelectionModel *selection = dialog.table()->selectionModel();
    selection->clearSelection();
    for (int row : rows)
        selection->select(dialog.model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

QStringList TestDocumentsDialog::expectedTexts() const
{
    const CorpusIndex &index = m_session->index();
    QList<ItemRecord> records;
    for (int i = 0; i < index.itemCount(); ++i)
        if (m_session->matches().contains(i))
            records.append(m_session->store().item(index.itemId(i)));
    std::sort(records.begin(), records.end(), [](const ItemRecord &a, const ItemRecord &b) {
        return std::make_pair(a.documentId, a.position) < std::make_pair(b.documentId, b.position);
    });
    QStringList texts;
    for (const ItemRecord &r : std::as_const(records))
        texts.append(r.text);
    return texts;
}

void TestDocumentsDialog::removeAfterConfirmation()
{
    DocumentsDialog dialog(m_session.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.table()->model()->rowCount(), 2);
    QVERIFY(!dialog.removeButton()->isEnabled()); // nothing selected

    // Both selected, the answer "Cancel": the question names each document with its items.
    selectRows(dialog, {0, 1});
    QVERIFY(dialog.removeButton()->isEnabled());
    MessageBox::setNextAnswer(false);
    QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
    const QString question = MessageBox::lastQuestion();
    QVERIFY2(question.startsWith(QStringLiteral("Remove Documents\n")), qPrintable(question));
    QVERIFY2(question.contains(u8("document 1, “2023年全国各省职业教育重点工作抢先看”: 94 item")), qPrintable(question));
    QVERIFY2(question.contains(u8("document 2, “2024年兵团职业教育要点(测试用)”: 1 item")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("95 item")), qPrintable(question));
    QCOMPARE(m_session->index().itemCount(), 95);
    QCOMPARE(dialog.model()->rowCount(), 2);

    // Document 2 alone, the answer "Remove".
    selectRows(dialog, {1});
    MessageBox::setNextAnswer(true);
    QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
    QCOMPARE(m_session->index().itemCount(), 94);
    QCOMPARE(TestSession::unitNamed(*m_session, u8("新疆生产建设兵团")), -1);
    QCOMPARE(dialog.model()->rowCount(), 1);
    QCOMPARE(dialog.model()->document(0).id, 1);
    QVERIFY2(dialog.message().startsWith(QStringLiteral("Removed 1 document")), qPrintable(dialog.message()));
    QVERIFY(!dialog.removeButton()->isEnabled());
    // And in the database, for whoever opens it next.
    AtlasSession reopened;
    Diagnostic error;
    QVERIFY(reopened.open(m_session->databasePath(), &error));
    QCOMPARE(reopened.documents().size(), 1);
    QCOMPARE(reopened.index().itemCount(), 94);
}

void TestDocumentsDialog::editYearInTheTable()
{
    DocumentsDialog dialog(m_session.get());
    DetailPane detail(m_session.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const int xinjiang = TestSession::unitNamed(*m_session, u8("新疆生产建设兵团"));
    detail.showUnit(xinjiang);
    QVERIFY2(detail.plainText().contains(u8("(2024)")), qPrintable(detail.plainText()));

    // As a user does it: start editing the cell, type the year, press Enter.
    const QModelIndex year = dialog.model()->index(1, DocumentListModel::Year);
    dialog.table()->setCurrentIndex(year);
    dialog.table()->edit(year);
    auto *editor = dialog.table()->findChild<QSpinBox *>(QStringLiteral("yearEditor"));
    QVERIFY(editor);
    QCOMPARE(editor->value(), 2024);
    QCOMPARE(editor->minimum(), 1949);
    QCOMPARE(editor->maximum(), 2100);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("2019"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(dialog.model()->document(1).year, 2019);
    QCOMPARE(year.data().toString(), QStringLiteral("2019"));
    int sessionYear = 0;
    for (const DocumentRecord &d : m_session->documents())
        sessionYear = d.id == 2 ? d.year : sessionYear;
    QCOMPARE(sessionYear, 2019);
    QVERIFY2(detail.plainText().contains(u8("(2019)")), qPrintable(detail.plainText()));
    QList<DocumentSummary> stored;
    QVERIFY(DocumentCatalog(m_session->store()).list(&stored, nullptr));
    QCOMPARE(stored.last().year, 2019);
    QVERIFY(dialog.message().isEmpty());
}

void TestDocumentsDialog::exportFilteredItemsAsCsv()
{
    m_session->setKeywordFilter(u8("技工"));
    m_session->setInitiativeFilter(QStringLiteral("technician-education"));
    const QStringList expected = expectedTexts();
    QCOMPARE(expected.size(), m_session->matches().itemCount);
    QVERIFY(expected.size() >= 3);

    const QString path = m_dir.filePath(QStringLiteral("filtered.csv"));
    ExportItemsDialog dialog(m_session.get());
    dialog.setPath(path);
    QCOMPARE(dialog.format(), TableWriter::Format::Csv);
    dialog.setBom(true);
    dialog.accept();
    QCOMPARE(dialog.result(), QDialog::Accepted);
    QCOMPARE(dialog.exported().rows, qint64(expected.size()));

    const QByteArray bytes = fileBytes(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QList<QStringList> records;
    QString error;
    QVERIFY2(readCsv(bytes.mid(3), &records, &error), qPrintable(error));
    QCOMPARE(records.first(), ItemExport::columns());
    QStringList texts;
    for (const QStringList &record : records.mid(1))
        texts.append(record.value(6));
    QCOMPARE(texts, expected);
    QCOMPARE(records.last().value(3), u8("新疆生产建设兵团")); // document 2 comes last
    QCOMPARE(records.last().value(2), QString());
    // The BOM choice and the format are remembered.
    QCOMPARE(Settings::value(Settings::Key::ItemsBom).toBool(), true);
    QCOMPARE(Settings::value(Settings::Key::ItemsFormat).toString(), QStringLiteral("csv"));
    TestSession::resetFilters(*m_session);
}

void TestDocumentsDialog::exportFilteredItemsAsExcel()
{
    m_session->setKeywordFilter(u8("实训基地"));
    const QStringList expected = expectedTexts();
    QVERIFY(expected.size() >= 2);
    const QString path = m_dir.filePath(QStringLiteral("filtered.xlsx"));
    ExportItemsDialog dialog(m_session.get());
    dialog.setPath(path);
    QCOMPARE(dialog.format(), TableWriter::Format::Xlsx);
    QVERIFY(!dialog.bom()); // a byte-order mark is for CSV only
    dialog.accept();
    QCOMPARE(dialog.result(), QDialog::Accepted);
    const XlsxSheet sheet = readXlsx(path);
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QCOMPARE(sheet.texts(0), ItemExport::columns());
    QVERIFY(sheet.rows.at(0).at(0).bold);
    QCOMPARE(sheet.frozenRows, 1);
    QCOMPARE(sheet.formulas, 0);
    QStringList texts;
    for (int r = 1; r < sheet.rows.size(); ++r)
        texts.append(sheet.rows.at(r).value(6).text);
    QCOMPARE(texts, expected);
    QCOMPARE(Settings::value(Settings::Key::ItemsFormat).toString(), QStringLiteral("xlsx"));
    // The next dialog starts with the remembered format.
    ExportItemsDialog again(m_session.get());
    QCOMPARE(again.format(), TableWriter::Format::Xlsx);
    QVERIFY(again.path().endsWith(QStringLiteral(".xlsx")));
    TestSession::resetFilters(*m_session);
}

void TestDocumentsDialog::exportNeverOverwritesTheDatabase()
{
    const QString db = m_session->databasePath();
    const QByteArray before = fileBytes(db);
    ExportItemsDialog dialog(m_session.get());
    dialog.setPath(db);
    dialog.setFormat(TableWriter::Format::Csv);
    dialog.setPath(db); // setFormat() put a .csv suffix on the name
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY2(dialog.message().contains(QStringLiteral("this is the database in use")), qPrintable(dialog.message()));
    QCOMPARE(fileBytes(db), before);
    QCOMPARE(m_session->index().itemCount(), 95);
}

void TestDocumentsDialog::windowMenuHasTheActions()
{
    MainWindow window(m_session.get());
    QStringList texts;
    for (QAction *action : window.menuBar()->actions().first()->menu()->actions())
        texts.append(action->text());
    QVERIFY2(texts.contains(QStringLiteral("&Documents…")), qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(QStringLiteral("Export I&tems…")), qPrintable(texts.join(u'|')));
}

void TestDocumentsDialog::failedImportIntoNewDatabase()
{
    // The window creates a new database with the built-in corpus; a failed import adds nothing
    // to it, and opened again it holds that corpus once, not twice, not half an import.
    const QString db = m_dir.filePath(QStringLiteral("new-window.sqlite"));
    const QString bad = m_dir.filePath(QStringLiteral("bad.txt"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("2024\xe5\xb9\xb4\n\xe5\x8c\x97\xe4\xba\xac\xe5\xb8\x82\n1\xe3\x80\x81\xe7\x94\xb2\xe3\x80\x82\n\xff\xfe\n");
    file.close();
    {
        AtlasSession session;
        Diagnostic error;
        QVERIFY(session.open(db, &error));
        MainWindow window(&session);
        window.show();
        ModalDriver driver(bad);
        window.importCorpus();
        QCOMPARE(driver.messages.size(), 1);
        QVERIFY2(driver.messages.first().startsWith(QStringLiteral("Preview\n") + bad + u':'), qPrintable(driver.messages.first()));
        QVERIFY2(!driver.messages.first().contains(QStringLiteral("Import enabled")), qPrintable(driver.messages.first()));
    }
    AtlasSession reopened;
    Diagnostic error;
    QVERIFY(reopened.open(db, &error));
    QCOMPARE(reopened.documents().size(), 1);
    QCOMPARE(reopened.index().itemCount(), 94);
}

void TestDocumentsDialog::failedImportIntoEmptiedDatabase()
{
    // Every document removed in the window, then an import that fails: the database stays empty,
    // and opening it again does not bring the built-in corpus back.
    const QString bad = m_dir.filePath(QStringLiteral("bad-emptied.txt"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11));
    file.close();
    const QString db = m_session->databasePath();
    {
        MainWindow window(m_session.get());
        window.show();
        DocumentsDialog dialog(m_session.get(), &window);
        selectRows(dialog, {0, 1});
        MessageBox::setNextAnswer(true);
        dialog.removeSelected();
        QCOMPARE(m_session->index().itemCount(), 0);
        QCOMPARE(window.statusText(), QStringLiteral("0 items in 0 provinces"));
        ModalDriver driver(bad);
        window.importCorpus();
        QCOMPARE(driver.messages.size(), 1);
        QVERIFY2(driver.messages.first().contains(QStringLiteral("NUL byte")), qPrintable(driver.messages.first()));
        QVERIFY2(!driver.messages.first().contains(QStringLiteral("Import enabled")), qPrintable(driver.messages.first()));
    }
    m_session.reset();
    AtlasSession reopened;
    Diagnostic error;
    QVERIFY2(reopened.open(db, &error), qPrintable(error.toString()));
    QCOMPARE(reopened.documents().size(), 0);
    QCOMPARE(reopened.index().itemCount(), 0);
}

QTEST_MAIN(TestDocumentsDialog)
#include "tst_documentsdialog.moc"
