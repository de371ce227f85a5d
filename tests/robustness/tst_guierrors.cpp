// SPDX-License-Identifier: GPL-3.0-or-later
// What the window does when things go wrong, driven as a user would: File → Import Corpus and
// File → Open Database answered through their real dialogs. A bad file, a busy or read-only
// database, a damaged or newer database: a message box that names the file (and the line), the
// database unchanged, and a window that goes on working. Also a 10 MB item in the tree and the
// detail pane, and the window over no database at all (a failed start-up).
#include "atlassession.h"
#include "corpusgenerator.h"
#include "detailpane.h"
#include "importpreviewdialog.h"
#include "itemdetail.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "provincetreemodel.h"
#include "provincetreepane.h"
#include "robustness.h"
#include "settings.h"
#include "startupdatabase.h"
#include "store.h"
#include "translations.h"

#include <QApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QTreeView>

#include <memory>

using namespace Robustness;

namespace {

// Answers the modal dialogs a slot opens: picks a file in a file dialog, presses Import in the
// import preview once it has read the files (or, when Import is disabled, records why and
// cancels), and records then closes every message box.
class ModalDriver : public QObject
{
public:
    explicit ModalDriver(const QString &fileToPick)
        : m_file(fileToPick)
    {
        connect(&m_timer, &QTimer::timeout, this, &ModalDriver::answer);
        m_timer.start(20);
    }

    QStringList messages; // "title\ntext" of each message box, in order
    int fileDialogs = 0;
    int previews = 0;
    QStringList previewErrors; // of the files the preview could not read, with the dialog's status last

private:
    void answer()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
            ++fileDialogs;
            // Typed into the file name field, as a user would (selectFile() leaves a focused field alone).
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (!name) {
                dialog->reject();
                return;
            }
            name->setText(m_file);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
        } else if (auto *preview = qobject_cast<ImportPreviewDialog *>(modal)) {
            if (preview->isReading())
                return;
            ++previews;
            if (preview->importButton()->isEnabled()) {
                preview->importButton()->click();
                return;
            }
            for (int f = 0; f < preview->fileCount(); ++f)
                if (!preview->errorText(f).isEmpty())
                    previewErrors.append(preview->errorText(f));
            previewErrors.append(preview->statusText());
            preview->reject();
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            messages.append(box->windowTitle() + u'\n' + box->text());
            box->done(QMessageBox::Ok);
        }
    }

    QString m_file;
    QTimer m_timer;
};

QString damage(const QString &db)
{
    // Overwrites the root page of the items table with pseudo-random bytes.
    int pageSize = 0, page = 0;
    {
        RawDatabase raw(db);
        pageSize = raw.value(QStringLiteral("PRAGMA page_size")).toInt();
        page = raw.value(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'items'")).toInt();
    }
    QFile file(db);
    if (pageSize <= 0 || page <= 1 || !file.open(QIODevice::ReadWrite) || !file.seek(qint64(page - 1) * pageSize))
        return QStringLiteral("cannot damage %1").arg(db);
    QByteArray garbage(pageSize, Qt::Uninitialized);
    QRandomGenerator generator(7);
    for (char &c : garbage)
        c = char(generator.bounded(256));
    file.write(garbage);
    return {};
}

} // namespace

class TestGuiErrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void importBadFile();
    void importIntoBusyDatabase();
    void importIntoReadOnlyDatabase();
    void cancelImport();
    void savingCannotBeCancelled();
    void openBadDatabase_data();
    void openBadDatabase();
    void windowWithoutDatabase();
    void startWithMissingDatabase();
    void startupShowsProvincesBeforeItems();
    void startupOnDamagedFile();
    void writeBeforeTheBackgroundCheck();
    void tenMegabyteItem();
    void qtWarningsStayQuiet();

private:
    QString path(const QString &name) const { return m_tmp.filePath(name); }

    QTemporaryDir m_tmp;
    QString m_seedDb; // seed corpus, imported once; each test works on a copy
    QString m_db;
    std::unique_ptr<AtlasSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    int m_copies = 0;
};

void TestGuiErrors::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PolicyAtlasTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_guierrors"));
    QSettings().clear();
    QVERIFY(m_tmp.isValid());
    Translations::install(QStringLiteral("en"));
    m_seedDb = path(QStringLiteral("seed.sqlite"));
    AtlasSession seeding;
    Diagnostic error;
    QVERIFY2(seeding.open(m_seedDb, &error), qPrintable(error.toString())); // a new database gets the seed corpus
    QCOMPARE(seeding.index().itemCount(), 94);
}

void TestGuiErrors::init()
{
    m_db = path(QStringLiteral("copy-%1.sqlite").arg(++m_copies));
    QVERIFY(QFile::copy(m_seedDb, m_db));
    m_session = std::make_unique<AtlasSession>();
    Diagnostic error;
    QVERIFY2(m_session->open(m_db, &error), qPrintable(error.toString()));
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->statusText(), QStringLiteral("94 items in 31 provinces"));
}

void TestGuiErrors::cleanup()
{
    m_window.reset();
    m_session.reset();
}

void TestGuiErrors::importBadFile()
{
    const QString file = path(QStringLiteral("truncated.txt"));
    QVERIFY(writeFile(file, QByteArray("2024年测试\n北京市\n1、甲。\n2、完").chopped(1)));
    const QString before = dump(m_db);

    ModalDriver driver(file);
    m_window->importCorpus();
    QCOMPARE(driver.fileDialogs, 1);
    // The preview names the file and the line, says why Import is disabled, and nothing is written.
    QCOMPARE(driver.previews, 1);
    QCOMPARE(driver.messages, QStringList());
    QCOMPARE(driver.previewErrors,
             (QStringList{QStringLiteral("%1:4: invalid UTF-8 (truncated or mixed with another encoding)").arg(file),
                          QStringLiteral("Import is disabled: a file cannot be imported (its page says why). Files "
                                         "are imported all together or not at all: cancel, correct the file or leave "
                                         "it out, and import again.")}));
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Import cancelled; nothing was imported."));
    QCOMPARE(m_session->index().itemCount(), 94);
    QCOMPARE(m_window->statusText(), QStringLiteral("94 items in 31 provinces"));
    QCOMPARE(dump(m_db), before);
}

void TestGuiErrors::importIntoBusyDatabase()
{
    const QString file = QStringLiteral(TEST_DATA_DIR "/cli/extra-2024.txt");
    const QString before = dump(m_db);
    {
        RawDatabase other(m_db, QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        QString error;
        QVERIFY2(other.exec(QStringLiteral("BEGIN EXCLUSIVE"), &error), qPrintable(error));
        QVERIFY2(other.exec(QStringLiteral("DELETE FROM search_texts"), &error), qPrintable(error));
        ModalDriver driver(file);
        m_window->importCorpus();
        QCOMPARE(driver.messages.size(), 1);
        QVERIFY2(driver.messages.first().startsWith(QStringLiteral("Import failed\n")), qPrintable(driver.messages.first()));
        QVERIFY2(driver.messages.first().contains(m_db + QStringLiteral(": ")), qPrintable(driver.messages.first()));
        QVERIFY2(driver.messages.first().contains(QStringLiteral("in use by another program")),
                 qPrintable(driver.messages.first()));
        QVERIFY2(driver.messages.first().contains(QStringLiteral("nothing was changed")), qPrintable(driver.messages.first()));
        QVERIFY2(other.exec(QStringLiteral("ROLLBACK"), &error), qPrintable(error));
    }
    QCOMPARE(dump(m_db), before);
    QCOMPARE(m_session->index().itemCount(), 94);

    // The window goes on working: the same import, once the other program is done.
    ModalDriver driver(file);
    m_window->importCorpus();
    QCOMPARE(driver.messages.size(), 1);
    QVERIFY2(driver.messages.first().startsWith(QStringLiteral("Import finished\n")), qPrintable(driver.messages.first()));
    QCOMPARE(m_session->index().itemCount(), 97);
    QCOMPARE(m_window->statusText(), QStringLiteral("97 items in 31 provinces"));
}

void TestGuiErrors::cancelImport()
{
    // Cancel in the progress dialog, part-way through a 30,000-item file: nothing is imported,
    // the status bar says so, and the window takes input again.
    const QString file = path(QStringLiteral("large.txt"));
    Diagnostic error;
    QVERIFY(CorpusGenerator(9).write(file, 30000, &error));
    const QString before = dump(m_db);
    ModalDriver driver(file);
    int cancels = 0;
    bool inputBlocked = false;
    QTimer canceller;
    connect(&canceller, &QTimer::timeout, this, [&] {
        auto *progress = m_window->findChild<QProgressDialog *>();
        if (!progress || cancels > 0)
            return;
        inputBlocked = !m_window->centralWidget()->isEnabled() && !m_window->menuBar()->isEnabled()
                       && progress->windowModality() == Qt::WindowModal;
        progress->cancel();
        ++cancels;
    });
    canceller.start(1);
    m_window->importCorpus();
    canceller.stop();
    QCOMPARE(driver.fileDialogs, 1);
    QCOMPARE(driver.previews, 1); // Import pressed in the preview, then Cancel in the import's progress
    QCOMPARE(cancels, 1);
    QVERIFY(inputBlocked);
    QCOMPARE(driver.messages, QStringList());
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Import cancelled; nothing was imported."));
    QVERIFY(m_window->centralWidget()->isEnabled() && m_window->menuBar()->isEnabled());
    QCOMPARE(m_session->index().itemCount(), 94);
    QCOMPARE(m_window->statusText(), QStringLiteral("94 items in 31 provinces"));
    QCOMPARE(dump(m_db), before);
}

void TestGuiErrors::savingCannotBeCancelled()
{
    // Once the files are read, the dialog says it is saving and offers no Cancel: indexes and
    // commit run without a chance to stop.
    const QString file = path(QStringLiteral("large.txt"));
    Diagnostic error;
    QVERIFY(CorpusGenerator(10).write(file, 30000, &error));
    ModalDriver driver(file);
    QStringList labels;
    bool buttonWhileSaving = false;
    QTimer watcher;
    connect(&watcher, &QTimer::timeout, this, [&] {
        auto *progress = m_window->findChild<QProgressDialog *>();
        if (!progress)
            return;
        if (labels.isEmpty() || labels.last() != progress->labelText())
            labels.append(progress->labelText());
        if (progress->labelText() == QStringLiteral("Saving to the database…"))
            buttonWhileSaving = buttonWhileSaving || progress->findChild<QPushButton *>();
    });
    watcher.start(1);
    m_window->importCorpus();
    watcher.stop();
    QCOMPARE(labels, (QStringList{QStringLiteral("Importing 1 file…"), QStringLiteral("Saving to the database…")}));
    QVERIFY(!buttonWhileSaving);
    QCOMPARE(driver.messages.size(), 1);
    QVERIFY2(driver.messages.first().startsWith(QStringLiteral("Import finished\n")), qPrintable(driver.messages.first()));
    QCOMPARE(m_session->index().itemCount(), 94 + 30000);
}

void TestGuiErrors::importIntoReadOnlyDatabase()
{
    // As root (CI), file permissions do not stop writes; SQLite's query_only makes this
    // connection fail every write exactly as a read-only file does ("attempt to write a
    // readonly database"). tst_databasefaults checks real read-only files.
    QSqlQuery readOnly(m_session->store().database());
    QVERIFY(readOnly.exec(QStringLiteral("PRAGMA query_only = ON")));
    const QString before = dump(m_db);
    ModalDriver driver(QStringLiteral(TEST_DATA_DIR "/cli/extra-2024.txt"));
    m_window->importCorpus();
    QCOMPARE(driver.messages.size(), 1);
    const QString message = driver.messages.first();
    QVERIFY2(message.startsWith(QStringLiteral("Import failed\n")), qPrintable(message));
    QVERIFY2(message.contains(m_db + QStringLiteral(": ")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("the database cannot be written: the file, or the folder it is in, is "
                                             "read-only")),
             qPrintable(message));
    QCOMPARE(dump(m_db), before);
    QCOMPARE(m_session->index().itemCount(), 94);
    QCOMPARE(m_window->statusText(), QStringLiteral("94 items in 31 provinces"));
}

void TestGuiErrors::openBadDatabase_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("message"); // what the message box says after "FILE: "
    QTest::newRow("damaged") << QStringLiteral("damaged") << QStringLiteral("the database file is damaged");
    QTest::newRow("newer schema") << QStringLiteral("newer")
                                  << QStringLiteral("this database was written by a newer Policy Atlas (schema %1; this "
                                                    "version reads up to %2); it was left unchanged")
                                         .arg(Store::currentSchemaVersion() + 1)
                                         .arg(Store::currentSchemaVersion());
    QTest::newRow("not a database") << QStringLiteral("text") << QStringLiteral("not a Policy Atlas database");
    // Versions that indexed the migration table out of its bounds, and tables under an older version.
    QTest::newRow("smallest schema version") << QStringLiteral("-2147483648")
                                             << QStringLiteral("not a Policy Atlas database, or from a newer version");
    QTest::newRow("schema version -1") << QStringLiteral("-1")
                                       << QStringLiteral("not a Policy Atlas database, or from a newer version");
    QTest::newRow("current tables as schema 1") << QStringLiteral("1")
                                                << QStringLiteral("not a Policy Atlas database, or damaged");
}

void TestGuiErrors::openBadDatabase()
{
    QFETCH(QString, problem);
    QFETCH(QString, message);
    const QString bad = path(QStringLiteral("bad-%1.sqlite").arg(++m_copies));
    if (problem == QLatin1StringView("text")) {
        QVERIFY(QFile::copy(seedCorpus(), bad));
    } else {
        QVERIFY(QFile::copy(m_seedDb, bad));
        bool isVersion = false;
        const int version = problem.toInt(&isVersion);
        if (problem == QLatin1StringView("damaged"))
            QCOMPARE(damage(bad), QString());
        else
            QVERIFY(RawDatabase(bad).exec(
                QStringLiteral("PRAGMA user_version = %1").arg(isVersion ? version : Store::currentSchemaVersion() + 1)));
    }
    const QByteArray before = fileBytes(bad);

    ModalDriver driver(bad);
    m_window->openDatabase();
    QCOMPARE(driver.fileDialogs, 1);
    QCOMPARE(driver.messages.size(), 1);
    QVERIFY2(driver.messages.first().startsWith(QStringLiteral("Cannot open the database\n%1: %2").arg(bad, message)),
             qPrintable(driver.messages.first()));
    QCOMPARE(fileBytes(bad), before);
    // The window keeps the database it had.
    QCOMPARE(m_session->databasePath(), m_db);
    QCOMPARE(m_session->index().itemCount(), 94);
    m_session->setKeywordFilter(QStringLiteral("技工"));
    QCOMPARE(m_window->statusText(), QStringLiteral("4 items in 4 provinces match the filter"));
}

void TestGuiErrors::windowWithoutDatabase()
{
    // A start-up whose database cannot be opened shows the window over no database at all
    // (MainWindow::runApplication): everything must still work, and importing says why not.
    cleanup();
    const QString bad = path(QStringLiteral("startup-damaged.sqlite"));
    QVERIFY(QFile::copy(m_seedDb, bad));
    QCOMPARE(damage(bad), QString());
    AtlasSession session;
    Diagnostic error;
    QVERIFY(!session.open(bad, &error));
    QVERIFY2(error.toString().startsWith(bad + QStringLiteral(": the database file is damaged")),
             qPrintable(error.toString()));
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.statusText(), QStringLiteral("0 items in 0 provinces"));
    session.setKeywordFilter(QStringLiteral("技工"));
    session.setInitiativeFilter(QStringLiteral("craftsmen"));
    session.clearFilters();
    window.copyView();

    {
        ModalDriver driver(QStringLiteral(TEST_DATA_DIR "/cli/extra-2024.txt"));
        window.importCorpus();
        QCOMPARE(driver.messages.size(), 1);
        QVERIFY2(driver.messages.first().startsWith(QStringLiteral("Import failed\nNothing was imported")),
                 qPrintable(driver.messages.first()));
        QVERIFY2(driver.messages.first().endsWith(
                     QStringLiteral("\nno database is open: open or create one with File → Open Database")),
                 qPrintable(driver.messages.first()));
        QCOMPARE(window.statusText(), QStringLiteral("0 items in 0 provinces"));
    }

    // Opening a good database from there brings everything back.
    ModalDriver open(m_seedDb);
    window.openDatabase();
    QCOMPARE(open.fileDialogs, 1);
    QCOMPARE(open.messages, QStringList());
    QCOMPARE(session.databasePath(), m_seedDb);
    QCOMPARE(window.statusText(), QStringLiteral("94 items in 31 provinces"));
}

// policy-atlas --db NEW with no such file created one (and its folders) without a word. The
// window asks first; declined, nothing is created and the window has no database.
void TestGuiErrors::startWithMissingDatabase()
{
    cleanup();
    const QString folder = path(QStringLiteral("startup-new"));
    const QString db = folder + QStringLiteral("/typo.sqlite");
    Diagnostic error;
    {
        AtlasSession session;
        MessageBox::setNextAnswer(false);
        QCOMPARE(StartupDatabase::open(&session, db, true, nullptr, &error), StartupDatabase::Outcome::Declined);
        QCOMPARE(MessageBox::lastQuestion(), QStringLiteral("Create a New Database?\nThere is no database at %1.\n\n"
                                                            "Create a new one there? It starts with the built-in corpus.")
                                                 .arg(db));
        QVERIFY(!session.isOpen());
        QVERIFY(!QFileInfo::exists(folder));
    }
    {
        AtlasSession session;
        MessageBox::setNextAnswer(true);
        QCOMPARE(StartupDatabase::open(&session, db, true, nullptr, &error), StartupDatabase::Outcome::Opened);
        session.startLoading(); // the window does when it has been painted
        QTRY_VERIFY(!session.isLoading());
        QCOMPARE(session.index().itemCount(), 94);
        QVERIFY(QFileInfo::exists(db));
    }
    {
        // An existing file, and the default database (not named by the user), open without a question.
        AtlasSession session;
        MessageBox::setNextAnswer(false); // would decline, were it asked
        QCOMPARE(StartupDatabase::open(&session, db, true, nullptr, &error), StartupDatabase::Outcome::Opened);
        const QString fresh = path(QStringLiteral("startup-default/policy-atlas.sqlite"));
        AtlasSession other;
        QCOMPARE(StartupDatabase::open(&other, fresh, false, nullptr, &error), StartupDatabase::Outcome::Opened);
        other.startLoading();
        QTRY_VERIFY(!other.isLoading());
        QCOMPARE(other.index().itemCount(), 94);
        MessageBox::setNextAnswer(true); // unused: reset for the tests after this one
        MessageBox::confirm(nullptr, QString(), QString(), QString());
    }
    {
        // Names that are no file are refused before anything is asked.
        AtlasSession session;
        for (const QString &name : {QString(), QStringLiteral(":memory:")}) {
            QCOMPARE(StartupDatabase::open(&session, name, true, nullptr, &error), StartupDatabase::Outcome::Failed);
            QVERIFY2(error.message.contains(QStringLiteral("give the path of a database file")),
                     qPrintable(error.toString()));
        }
        QVERIFY(!session.isOpen());
    }
}

// The window at start-up: the provinces at once (no integrity check, no index on the way to the
// first frame), typing accepted at once, the items and the chart from another thread after it.
void TestGuiErrors::startupShowsProvincesBeforeItems()
{
    cleanup();
    AtlasSession session;
    Diagnostic error;
    QCOMPARE(StartupDatabase::open(&session, m_db, true, nullptr, &error), StartupDatabase::Outcome::Opened);
    QVERIFY(session.isLoading());
    QCOMPARE(session.index().units().size(), 31);
    QCOMPARE(session.index().itemCount(), 0);
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.statusText(), QStringLiteral("Reading the items…"));
    auto *loading = window.findChild<QLabel *>(QStringLiteral("chartLoading"));
    QVERIFY(loading && loading->isVisible());
    QCOMPARE(loading->text(), QStringLiteral("Counting the initiatives…"));
    auto *tree = window.findChild<QTreeView *>();
    QVERIFY(tree);
    const QModelIndex east = tree->model()->index(0, 0);
    QCOMPARE(east.data().toString(), QStringLiteral("East (10)"));
    QCOMPARE(tree->model()->index(0, 0, east).data().toString(), QStringLiteral("Beijing")); // no count yet
    QVERIFY(!tree->model()->hasChildren(tree->model()->index(0, 0, east)));

    // Typing works before the items are in; the filter applies once they are.
    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QVERIFY(edit);
    edit->insert(QStringLiteral("技工")); // as an input method commits it
    QTRY_COMPARE(session.keywordText(), QStringLiteral("技工"));
    QVERIFY(session.isLoading());

    session.startLoading();
    QTRY_VERIFY(!session.isLoading());
    QCOMPARE(session.index().itemCount(), 94);
    QCOMPARE(window.statusText(), QStringLiteral("4 items in 4 provinces match the filter"));
    QVERIFY(!loading->isVisible());
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("chartView"))->isVisible());
    QVERIFY2(QRegularExpression(QStringLiteral("^East \\(\\d+/10\\)$")).match(tree->model()->index(0, 0).data().toString()).hasMatch(),
             qPrintable(tree->model()->index(0, 0).data().toString()));
}

// A damaged file opens as far as its provinces without a check; the check that follows in the
// background reports it, and the window drops it. Nothing is written.
void TestGuiErrors::startupOnDamagedFile()
{
    cleanup();
    const QString bad = path(QStringLiteral("startup-late-damaged.sqlite"));
    QVERIFY(QFile::copy(m_seedDb, bad));
    QCOMPARE(damage(bad), QString());
    const QByteArray before = fileBytes(bad);
    AtlasSession session;
    Diagnostic error;
    QCOMPARE(StartupDatabase::open(&session, bad, true, nullptr, &error), StartupDatabase::Outcome::Opened);
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ModalDriver driver(bad);
    session.startLoading();
    QTRY_COMPARE(driver.messages.size(), 1);
    QVERIFY2(driver.messages.first().startsWith(
                 QStringLiteral("Cannot open the database\n%1: the database file is damaged").arg(bad)),
             qPrintable(driver.messages.first()));
    QVERIFY(!session.isOpen());
    QVERIFY(!session.isLoading());
    QCOMPARE(window.statusText(), QStringLiteral("0 items in 0 provinces"));
    QCOMPARE(fileBytes(bad), before);
}

// Before the background check has passed, the first write checks the file itself.
void TestGuiErrors::writeBeforeTheBackgroundCheck()
{
    cleanup();
    const QString bad = path(QStringLiteral("write-early-damaged.sqlite"));
    QVERIFY(QFile::copy(m_seedDb, bad));
    QCOMPARE(damage(bad), QString());
    const QByteArray before = fileBytes(bad);
    AtlasSession session;
    Diagnostic error;
    QVERIFY2(session.openInBackground(bad, &error, AtlasSession::Start::Later), qPrintable(error.toString()));
    QVERIFY(!session.store().isVerified());
    QVERIFY(!session.importFiles(ImportRequest::ofPaths({QStringLiteral(TEST_DATA_DIR "/cli/extra-2024.txt")}),
                                 nullptr, &error));
    QVERIFY2(error.toString().startsWith(bad + QStringLiteral(": the database file is damaged")),
             qPrintable(error.toString()));
    QCOMPARE(fileBytes(bad), before);

    // A sound file: the first write checks it once, and the import goes through.
    AtlasSession good;
    QVERIFY(good.openInBackground(m_db, &error, AtlasSession::Start::Later));
    QVERIFY(!good.store().isVerified());
    ImportReport report;
    QVERIFY2(good.importFiles(ImportRequest::ofPaths({QStringLiteral(TEST_DATA_DIR "/cli/extra-2024.txt")}), &report,
                              &error),
             qPrintable(error.toString()));
    QVERIFY(good.store().isVerified());
    QVERIFY(!good.isLoading()); // the import's index replaced the one still to load
    QVERIFY(good.index().itemCount() > 94);
}

void TestGuiErrors::tenMegabyteItem()
{
    // A 10 MB item is shown in full in the detail pane; the tree and its tooltip stay usable.
    const QString file = path(QStringLiteral("ten-megabytes.txt"));
    const QByteArray line = QByteArray("产教融合，深化校企合作；").repeated((10 * 1024 * 1024 + 35) / 36);
    QVERIFY(writeFile(file, QByteArray("2024年长条目测试\n北京市\n1、") + line + QByteArray("\n来源:测试\n")));
    ImportReport report;
    Diagnostic error;
    QVERIFY2(m_session->importFiles(ImportRequest::ofPaths({file}), &report, &error), qPrintable(error.toString()));
    QCOMPARE(m_session->index().itemCount(), 95);
    const QString text = QString::fromUtf8(line);

    int item = -1;
    for (int i = 0; i < m_session->index().itemCount(); ++i)
        if (m_session->index().itemParent(i) < 0
            && m_session->store().item(m_session->index().itemId(i)).text.size() == text.size())
            item = i;
    QVERIFY(item >= 0);

    ProvinceTreePane *tree = m_window->treePane();
    QVERIFY(tree->selectItem(item));
    QTest::qWait(50);
    QVERIFY(!tree->view()->grab().isNull()); // paints the selected 10 MB row
    const QString detail = m_window->detailPane()->plainText();
    QVERIFY2(detail.contains(text), qPrintable(detail.left(200)));
    QVERIFY(!m_window->grab().isNull());

    // The first ItemDetail::MaxMarkedRuns runs are marked: "产教融合" and "校企" are links, the
    // runs between them plain; the rest of the 10 MB is one plain run.
    int links = 0;
    const QTextDocument *document = m_window->detailPane()->browser()->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            links += it.fragment().charFormat().isAnchor() && it.fragment().text().size() <= 4;
    QCOMPARE(links, ItemDetail::MaxMarkedRuns / 2);

    // The tree row and its tooltip show the item's beginning; the model still has all of it.
    const QModelIndex index = tree->model()->indexForItem(item);
    QVERIFY(index.isValid());
    QCOMPARE(index.data(ProvinceTreeModel::TextRole).toString(), text);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), QStringLiteral("1、 ") + text.left(300) + QChar(0x2026));
    const QString tip = index.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.size() < 2000 && tip.contains(text.left(100)), qPrintable(tip.left(200)));

    m_session->setKeywordFilter(QStringLiteral("校企合作；产教"));
    QCOMPARE(m_window->statusText(), QStringLiteral("1 item in 1 province match the filter"));
}

// The window printed Qt's own warnings ("QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to
// '/tmp/runtime-root'") on stderr, which the command line already kept from the user: now
// both follow one policy (QtMessages::keepQuiet).
void TestGuiErrors::qtWarningsStayQuiet()
{
    cleanup();
    QProcessEnvironment env = environment(path(QStringLiteral("quiet-window")));
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    env.insert(QStringLiteral("POLICY_ATLAS_QUIT_WHEN_SHOWN"), QStringLiteral("1"));
    const Run r = run({QStringLiteral("--db"), m_seedDb}, env);
    QVERIFY2(r.exitedWith(0), r.describe());
    QVERIFY2(!r.errText().contains(QStringLiteral("QStandardPaths")), r.describe());
    QVERIFY2(r.err.isEmpty(), r.describe());
}

QTEST_MAIN(TestGuiErrors)
#include "tst_guierrors.moc"
