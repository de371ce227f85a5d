// SPDX-License-Identifier: GPL-3.0-or-later
// GUI tests of File → Import's preview (ImportPreviewDialog), on the offscreen platform: it shows
// what `import --dry-run` prints for the same files (units, counts, first items, warnings, the
// failure), reads big files off the UI thread, keeps Import disabled while a file fails, writes
// nothing when cancelled, and imports with the title and year the user corrected.
#include "atlassession.h"
#include "corpusgenerator.h"
#include "diagnosticsmodel.h"
#include "importpreviewdialog.h"
#include "importpreviewmodel.h"
#include "mainwindow.h"
#include "testsession.h"
#include "testutil.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

const QString Clean = QStringLiteral(TEST_DATA_DIR "/cli/extra-2024.txt");
const QString WithWarnings = QStringLiteral(TEST_DATA_DIR "/preview/warnings.txt");
const QString Failing = QStringLiteral(TEST_DATA_DIR "/cli/numbered-before-header.txt");

// Every row of every table, hashed: the same hash, the same database content.
QByteArray contentHash(const QString &path)
{
    static int counter = 0;
    const QString name = u"tst_importpreview_%1"_s.arg(++counter);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open())
            return "cannot open";
        QStringList tables;
        QSqlQuery list(db);
        list.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
        while (list.next())
            tables << list.value(0).toString();
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery q(db);
            q.exec(u"SELECT * FROM %1 ORDER BY 1"_s.arg(table));
            hash.addData(table.toUtf8());
            while (q.next())
                for (int c = 0; c < q.record().count(); ++c)
                    hash.addData(q.value(c).toString().toUtf8() + '\x1f');
        }
    }
    QSqlDatabase::removeDatabase(name);
    return hash.result().toHex();
}

// Answers the modal dialogs that File → Import opens: types the file into the file dialog,
// hands the preview (once read) to onPreview, and records then closes every message box.
class ModalDriver : public QObject
{
public:
    ModalDriver(const QString &file, std::function<void(ImportPreviewDialog *)> onPreview)
        : m_file(file)
        , m_onPreview(std::move(onPreview))
    {
        connect(&m_timer, &QTimer::timeout, this, &ModalDriver::answer);
        m_timer.start(20);
    }

    QStringList messages; // "title\ntext"
    int previews = 0;

private:
    void answer()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
            auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
            if (!name) {
                dialog->reject();
                return;
            }
            name->setText(m_file);
            static_cast<QDialog *>(dialog)->accept();
        } else if (auto *preview = qobject_cast<ImportPreviewDialog *>(modal)) {
            if (preview->isReading() || !preview->isVisible())
                return;
            ++previews;
            m_onPreview(preview);
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            messages.append(box->windowTitle() + u'\n' + box->text());
            box->done(QMessageBox::Ok);
        }
    }

    QString m_file;
    std::function<void(ImportPreviewDialog *)> m_onPreview;
    QTimer m_timer;
};

} // namespace

class TestImportPreviewDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelsPassTheTester();
    void dialogAgreesWithDryRun();
    void importDisabledWhileAFileFails();
    void bigFileIsReadOffTheUiThread();
    void cancelLeavesDatabaseUnchanged();
    void importsEditedTitleAndYear();
    void unknownYearIsStoredAsNone();

private:
    QString path(const QString &name) const { return m_tmp.filePath(name); }
    QString freshCopy();
    // Waits until the dialog has read its files.
    static bool waitUntilRead(ImportPreviewDialog &dialog)
    {
        QSignalSpy ready(&dialog, &ImportPreviewDialog::previewReady);
        return !dialog.isReading() || ready.wait(60000);
    }

    QTemporaryDir m_tmp;
    QString m_seedDb;
    int m_copies = 0;
};

void TestImportPreviewDialog::initTestCase()
{
    TestSession::isolateSettings(u"tst_importpreviewdialog"_s);
    QVERIFY(m_tmp.isValid());
    Translations::install(u"en"_s);
    m_seedDb = path(u"seed.sqlite"_s);
    AtlasSession seeding;
    Diagnostic error;
    QVERIFY2(seeding.open(m_seedDb, &error), qPrintable(error.toString()));
    QCOMPARE(seeding.index().itemCount(), 94);
}

QString TestImportPreviewDialog::freshCopy()
{
    const QString copy = path(u"copy-%1.sqlite"_s.arg(++m_copies));
    return QFile::copy(m_seedDb, copy) ? copy : QString();
}

void TestImportPreviewDialog::modelsPassTheTester()
{
    ImportPreviewDialog dialog({WithWarnings}, nullptr);
    QVERIFY(waitUntilRead(dialog));
    ImportPreviewModel units;
    QAbstractItemModelTester unitsTester(&units, QAbstractItemModelTester::FailureReportingMode::QtTest);
    units.setPreview(dialog.preview(0));
    QCOMPARE(units.rowCount(), 3);
    QCOMPARE(units.index(2, ImportPreviewModel::UnitColumn).data(ImportPreviewModel::CodeRole).toString(), QString());
    QCOMPARE(units.index(0, ImportPreviewModel::UnitColumn).data(ImportPreviewModel::CodeRole).toString(), u"110000"_s);
    QCOMPARE(units.index(0, ImportPreviewModel::FirstItemColumn).data(ImportPreviewModel::FirstItemLineRole).toInt(), 4);
    DiagnosticsModel warnings;
    QAbstractItemModelTester warningsTester(&warnings, QAbstractItemModelTester::FailureReportingMode::QtTest);
    warnings.setDiagnostics(dialog.preview(0).document.warnings);
    QCOMPARE(warnings.rowCount(), 3);
    QCOMPARE(warnings.index(0, DiagnosticsModel::LineColumn).data().toInt(), 8);
    QCOMPARE(warnings.index(0, DiagnosticsModel::MessageColumn).data().toString(), u"天津市 has no items"_s);
    warnings.setDiagnostics({{WithWarnings, 0, u"whole file"_s}});
    QVERIFY(!warnings.index(0, DiagnosticsModel::LineColumn).data().isValid()); // no line: an empty cell
}

// One clean file, one with warnings, one that fails: the dialog's models and edits hold what
// `import --dry-run --format json` prints for the same files.
void TestImportPreviewDialog::dialogAgreesWithDryRun()
{
    const QStringList files{Clean, WithWarnings, Failing};
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, path(u"home"_s));
    env.insert(u"XDG_DATA_HOME"_s, path(u"xdg-data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, path(u"xdg-config"_s));
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"LC_MESSAGES"_s);
    env.remove(u"LANGUAGE"_s);
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(POLICY_ATLAS_BIN), QStringList{u"import"_s, u"--dry-run"_s, u"--format"_s, u"json"_s} + files);
    QVERIFY(cli.waitForFinished(120000));
    QCOMPARE(cli.exitCode(), 1); // one file cannot be imported
    const QJsonArray printed = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
    QCOMPARE(printed.size(), 3);

    ImportPreviewDialog dialog(files, nullptr);
    QVERIFY(waitUntilRead(dialog));
    QCOMPARE(dialog.fileCount(), 3);
    int unitsCompared = 0, warningsCompared = 0;
    for (int f = 0; f < dialog.fileCount(); ++f) {
        const QJsonObject file = printed.at(f).toObject();
        QCOMPARE(file.value(u"file"_s).toString(), files.at(f));
        QCOMPARE(file.value(u"can_import"_s).toBool(), dialog.errorText(f).isEmpty());
        if (!dialog.errorText(f).isEmpty()) {
            QCOMPARE(dialog.errorText(f), file.value(u"error"_s).toObject().value(u"text"_s).toString());
            continue;
        }
        QCOMPARE(dialog.titleEdit(f)->text(), file.value(u"title"_s).toString());
        QCOMPARE(dialog.yearBox(f)->value(), file.value(u"year"_s).toInt());
        const QJsonArray units = file.value(u"units"_s).toArray();
        const ImportPreviewModel *model = dialog.unitsModel(f);
        QCOMPARE(model->rowCount(), units.size());
        int items = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QJsonObject unit = units.at(row).toObject();
            auto cell = [&](int column) { return model->index(row, column).data(); };
            QCOMPARE(cell(ImportPreviewModel::UnitColumn).toString(), unit.value(u"name_zh"_s).toString());
            QCOMPARE(cell(ImportPreviewModel::LineColumn).toInt(), unit.value(u"line"_s).toInt());
            QCOMPARE(cell(ImportPreviewModel::ItemsColumn).toInt(), unit.value(u"items"_s).toInt());
            QCOMPARE(cell(ImportPreviewModel::SubItemsColumn).toInt(), unit.value(u"sub_items"_s).toInt());
            QCOMPARE(cell(ImportPreviewModel::FirstItemColumn).toString(), unit.value(u"first_item"_s).toString());
            items += cell(ImportPreviewModel::ItemsColumn).toInt() + cell(ImportPreviewModel::SubItemsColumn).toInt();
            ++unitsCompared;
        }
        QCOMPARE(items, file.value(u"items"_s).toInt());
        const QJsonArray warnings = file.value(u"warnings"_s).toArray();
        const DiagnosticsModel *warningsModel = dialog.warningsModel(f);
        QCOMPARE(warningsModel->rowCount(), warnings.size());
        for (int row = 0; row < warningsModel->rowCount(); ++row) {
            const QJsonObject w = warnings.at(row).toObject();
            QCOMPARE(warningsModel->index(row, DiagnosticsModel::LineColumn).data().toInt(), w.value(u"line"_s).toInt());
            QCOMPARE(warningsModel->index(row, DiagnosticsModel::MessageColumn).data().toString(),
                     w.value(u"message"_s).toString());
            ++warningsCompared;
        }
    }
    // Real values on both sides: 2 + 3 units, 3 warnings, and the failure.
    QCOMPARE(unitsCompared, 5);
    QCOMPARE(warningsCompared, 3);
    QCOMPARE(dialog.errorText(2), Failing + u":2: numbered item before any province header: add a header line such as "
                                            "\"北京市\" above it"_s);

    // The plain-text dry run shows the same rows, aligned: line, items, sub-items, unit, first item.
    QProcess text;
    text.setProcessEnvironment(env);
    text.start(QStringLiteral(POLICY_ATLAS_BIN), QStringList{u"import"_s, u"--dry-run"_s, WithWarnings});
    QVERIFY(text.waitForFinished(120000));
    QCOMPARE(text.exitCode(), 0);
    const QStringList lines = QString::fromUtf8(text.readAllStandardOutput()).split(u'\n');
    const ImportPreviewModel *model = dialog.unitsModel(1);
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column : {ImportPreviewModel::LineColumn, ImportPreviewModel::ItemsColumn,
                           ImportPreviewModel::SubItemsColumn, ImportPreviewModel::UnitColumn,
                           ImportPreviewModel::FirstItemColumn})
            cells << model->index(row, column).data().toString();
        const QString expected = cells.join(u' ').trimmed();
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.simplified() == expected; }),
                 qPrintable(expected));
    }
}

void TestImportPreviewDialog::importDisabledWhileAFileFails()
{
    ImportPreviewDialog dialog({Clean, Failing}, nullptr);
    QVERIFY(waitUntilRead(dialog));
    QVERIFY(!dialog.importButton()->isEnabled());
    QCOMPARE(dialog.statusText(), u"Import is disabled: a file cannot be imported (its page says why). Files are "
                                  "imported all together or not at all: cancel, correct the file or leave it out, and "
                                  "import again."_s);
    // The failing file's page is the one shown, with its message.
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    bool shown = false;
    for (QLabel *label : dialog.findChildren<QLabel *>(u"error"_s))
        shown = shown || (label->isVisible() && label->text().endsWith(dialog.errorText(1)));
    QVERIFY(shown);

    ImportPreviewDialog good({Clean, WithWarnings}, nullptr);
    QVERIFY(waitUntilRead(good));
    QVERIFY(good.importButton()->isEnabled());
    QCOMPARE(good.statusText(), u"Files: 2; items: 9. Nothing is written until you press Import."_s);
    // Nothing corrected: the request is the files as they are.
    const ImportRequest request = good.request();
    QCOMPARE(request.files.size(), 2);
    QCOMPARE(request.files.at(1).path, WithWarnings);
    QVERIFY(!request.files.at(0).title && !request.files.at(0).year);
    QVERIFY(!request.files.at(1).title && !request.files.at(1).year);
}

void TestImportPreviewDialog::bigFileIsReadOffTheUiThread()
{
    // 300,000 items: the dialog is shown while the file is read, with a progress bar, and the
    // UI thread keeps handling events meanwhile.
    const QString big = path(u"big.txt"_s);
    Diagnostic error;
    QVERIFY(CorpusGenerator(21).write(big, 300000, &error));
    ImportPreviewDialog dialog({big}, nullptr);
    QVERIFY(dialog.isReading());
    QVERIFY(!dialog.importButton()->isEnabled());
    dialog.show();
    auto *progress = dialog.findChild<QProgressBar *>();
    QVERIFY(progress && progress->isVisible());
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(1);
    QVERIFY(waitUntilRead(dialog));
    QVERIFY2(ticks > 0, "the UI thread handled no timer while the file was read");
    QVERIFY(!progress->isVisible());
    QVERIFY(dialog.importButton()->isEnabled());
    QCOMPARE(dialog.preview(0).itemCount(), 300000);
}

void TestImportPreviewDialog::cancelLeavesDatabaseUnchanged()
{
    const QString db = freshCopy();
    QVERIFY(!db.isEmpty());
    AtlasSession session;
    Diagnostic error;
    QVERIFY2(session.open(db, &error), qPrintable(error.toString()));
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QByteArray hashBefore = contentHash(db);
    const QByteArray bytesBefore = fileBytes(db);
    const QDateTime mtimeBefore = QFileInfo(db).lastModified();
    const qint64 walBefore = QFileInfo(db + u"-wal"_s).size();
    const int documentsBefore = session.store().documentCount();
    const int itemsBefore = session.store().itemCount();

    bool importWasEnabled = false;
    ModalDriver driver(Clean, [&](ImportPreviewDialog *preview) {
        importWasEnabled = preview->importButton()->isEnabled();
        preview->titleEdit(0)->setText(u"不会保存的标题"_s); // an edit, then Cancel
        preview->reject();
    });
    window.importCorpus();
    QCOMPARE(driver.previews, 1);
    QVERIFY(importWasEnabled); // the file could be imported; the user chose not to
    QCOMPARE(driver.messages, QStringList());
    QCOMPARE(window.statusBar()->currentMessage(), u"Import cancelled; nothing was imported."_s);
    QCOMPARE(session.store().documentCount(), documentsBefore);
    QCOMPARE(session.store().itemCount(), itemsBefore);
    QCOMPARE(session.index().itemCount(), 94);
    QCOMPARE(contentHash(db), hashBefore);
    QCOMPARE(fileBytes(db), bytesBefore);
    QCOMPARE(QFileInfo(db).lastModified(), mtimeBefore);
    QCOMPARE(QFileInfo(db + u"-wal"_s).size(), walBefore);
}

void TestImportPreviewDialog::importsEditedTitleAndYear()
{
    const QString db = freshCopy();
    QVERIFY(!db.isEmpty());
    AtlasSession session;
    Diagnostic error;
    QVERIFY2(session.open(db, &error), qPrintable(error.toString()));
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QString shownTitle;
    int shownYear = 0;
    ModalDriver driver(Clean, [&](ImportPreviewDialog *preview) {
        shownTitle = preview->titleEdit(0)->text();
        shownYear = preview->yearBox(0)->value();
        preview->titleEdit(0)->setText(u"  2024年补充材料(校订)  "_s);
        preview->yearBox(0)->setValue(2022);
        preview->importButton()->click();
    });
    window.importCorpus();
    QCOMPARE(driver.previews, 1);
    QCOMPARE(shownTitle, u"2024年补充材料(测试用)"_s); // as the parser reads it
    QCOMPARE(shownYear, 2024); // from the title
    QCOMPARE(driver.messages.size(), 1);
    QCOMPARE(driver.messages.first(), u"Import finished\n%1: 2 provinces, 3 items\n    source: 测试数据; author: 测试\n"
                                            "    content ends at line 8: 来源:测试数据,作者:测试 (a 来源 (source) line: what "
                                            "follows it is not part of the text)"_s.arg(Clean));
    QCOMPARE(session.index().itemCount(), 97);
    QStringList stored; // by year: the corrected document first
    for (const DocumentRecord &d : session.documents())
        stored << u"%1|%2|%3"_s.arg(d.fileName, d.title).arg(d.year);
    QCOMPARE(stored, (QStringList{u"extra-2024.txt|2024年补充材料(校订)|2022"_s,
                                  u"2023-provincial-vocational-education.txt|2023年全国各省职业教育重点工作抢先看|2023"_s}));
}

void TestImportPreviewDialog::unknownYearIsStoredAsNone()
{
    ImportPreviewDialog dialog({Clean}, nullptr);
    QVERIFY(waitUntilRead(dialog));
    QSpinBox *year = dialog.yearBox(0);
    year->setValue(year->minimum());
    QCOMPARE(year->text(), u"unknown"_s);
    const ImportRequest request = dialog.request();
    QVERIFY(request.files.at(0).year.has_value());
    QCOMPARE(*request.files.at(0).year, 0);
    QVERIFY(!request.files.at(0).title);
    dialog.titleEdit(0)->clear(); // an empty title keeps the file's own
    QVERIFY(!dialog.request().files.at(0).title);
}

QTEST_MAIN(TestImportPreviewDialog)
#include "tst_importpreviewdialog.moc"
