// SPDX-License-Identifier: GPL-3.0-or-later
// What the real `policy-atlas` binary does with a database that is damaged, read-only, locked by
// another program or from a newer version: a clear message naming the file, exit status 1 where
// something had to be written, and the file exactly as it was. Also: the file is in WAL mode.
#include "robustness.h"
#include "store.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Robustness;

namespace {

// The commands a user runs against a database, each with what it needs (the chart's output
// file is added by the test).
QList<QStringList> everyCommand(const QString &extraCorpus)
{
    return {{QStringLiteral("provinces")},
            {QStringLiteral("counts")},
            {QStringLiteral("matrix"), QStringLiteral("--format"), QStringLiteral("json")},
            {QStringLiteral("chart")},
            {QStringLiteral("import"), extraCorpus}};
}

const QString ExtraCorpus = QStringLiteral(TEST_DATA_DIR "/cli/extra-2024.txt");

// `chart` speaks the chart's language (zh_CN unless --lang en) from the start, messages included:
// for it only the file name that starts the message is checked.
bool isChart(const QStringList &args)
{
    return args.first() == QLatin1StringView("chart");
}

} // namespace

class TestDatabaseFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void walMode();
    void damagedDatabase_data();
    void damagedDatabase();
    void newerSchema();
    void unknownSchemaVersion_data();
    void unknownSchemaVersion();
    void tablesNotOfTheirSchema_data();
    void tablesNotOfTheirSchema();
    void missingDatabaseIsAnError_data();
    void missingDatabaseIsAnError();
    void databaseThatIsNoFile_data();
    void databaseThatIsNoFile();
    void readOnlyFile();
    void readOnlyFileInReadOnlyFolder();
    void lockedByAnotherProgram();
    void lockReleasedWhileWaiting();
    void exclusiveLockingMode();

private:
    QString path(const QString &name) const { return m_tmp.filePath(name); }
    Run cli(const QStringList &args) const { return run(args, m_env); }
    QString copyOfSeed();
    // Runs the binary as an unprivileged user when the tests run as root (as in CI), where file
    // permissions would not stop anything; otherwise as the current user.
    Run cliAsUser(const QStringList &args) const;
    bool canDropPrivileges();

    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    QString m_seedDb;
    QString m_userBinary; // a copy of the binary that an unprivileged user can run
    int m_copies = 0;
};

void TestDatabaseFaults::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY(QFileInfo::exists(binary()));
    // Readable by everybody, so that an unprivileged user can reach the files below it.
    QVERIFY(QFile::setPermissions(m_tmp.path(), QFileDevice::Permissions(0x7755)));
    m_env = environment(m_tmp.path());
    m_seedDb = path(QStringLiteral("seed.sqlite"));
    const Run r = cli({QStringLiteral("import"), QStringLiteral("--db"), m_seedDb, seedCorpus()});
    QVERIFY2(r.exitedWith(0), r.describe());
}

QString TestDatabaseFaults::copyOfSeed()
{
    const QString copy = path(QStringLiteral("copy-%1.sqlite").arg(++m_copies));
    if (!QFile::copy(m_seedDb, copy))
        return {};
    QFile::setPermissions(copy, QFileDevice::Permissions(0x6644));
    return copy;
}

bool TestDatabaseFaults::canDropPrivileges()
{
    if (!isRoot())
        return true;
    if (m_userBinary.isEmpty()) {
        const QString copy = path(QStringLiteral("policy-atlas"));
        if (!QFile::copy(binary(), copy))
            return false;
        QFile::setPermissions(copy, QFileDevice::Permissions(0x7755));
        m_userBinary = copy;
    }
    const Run probe = run({QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                           QStringLiteral("--clear-groups"), QStringLiteral("--"), m_userBinary,
                           QStringLiteral("--version")},
                          m_env, QStringLiteral("setpriv"));
    return probe.exitedWith(0);
}

Run TestDatabaseFaults::cliAsUser(const QStringList &args) const
{
    if (!isRoot())
        return cli(args);
    // The user's own private runtime folder, as a login session would give it.
    const QString runtime = path(QStringLiteral("xdg-runtime-65534"));
    QDir().mkpath(runtime);
    if (::chown(QFile::encodeName(runtime).constData(), 65534, 65534) != 0)
        qWarning("cannot give %s to user 65534", qPrintable(runtime));
    QFile::setPermissions(runtime, QFileDevice::Permissions(0x7700));
    QProcessEnvironment env = m_env;
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    return run(QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                           QStringLiteral("--clear-groups"), QStringLiteral("--"), m_userBinary}
                   + args,
               env, QStringLiteral("setpriv"));
}

void TestDatabaseFaults::walMode()
{
    // A database written by an import is in WAL mode: a crash mid-write cannot damage it.
    QCOMPARE(RawDatabase(m_seedDb).value(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    // A database switched to another journal mode (by another tool) is switched back on opening.
    const QString db = copyOfSeed();
    QVERIFY(!db.isEmpty());
    QCOMPARE(RawDatabase(db).value(QStringLiteral("PRAGMA journal_mode = DELETE")), QStringLiteral("delete"));
    QCOMPARE(RawDatabase(db).value(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("delete"));
    const Run r = cli({QStringLiteral("counts"), QStringLiteral("--db"), db});
    QVERIFY2(r.exitedWith(0), r.describe());
    QCOMPARE(RawDatabase(db).value(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
}

void TestDatabaseFaults::damagedDatabase_data()
{
    QTest::addColumn<QString>("where"); // which pages of a real database are overwritten
    QTest::newRow("root page of the items table") << QStringLiteral("items");
    QTest::newRow("root page of an index of items") << QStringLiteral("items_by_unit");
    QTest::newRow("root page of the search index") << QStringLiteral("search_index");
    QTest::newRow("two pages in the middle of the file") << QStringLiteral("middle");
    QTest::newRow("the last page") << QStringLiteral("last");
}

void TestDatabaseFaults::damagedDatabase()
{
    QFETCH(QString, where);
    const QString db = copyOfSeed();
    QVERIFY(!db.isEmpty());
    int pageSize = 0;
    QList<int> pages;
    {
        RawDatabase raw(db);
        pageSize = raw.value(QStringLiteral("PRAGMA page_size")).toInt();
        const int pageCount = raw.value(QStringLiteral("PRAGMA page_count")).toInt();
        QVERIFY(pageSize >= 512 && pageCount >= 10);
        if (where == QLatin1StringView("middle"))
            pages = {pageCount / 2, pageCount / 2 + 1};
        else if (where == QLatin1StringView("last"))
            pages = {pageCount};
        else
            pages = {raw.value(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(where)).toInt()};
        QVERIFY(pages.first() > 1);
    }
    QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")));
    {
        // Pseudo-random bytes over whole pages, as a disk or a careless copy would leave them.
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QRandomGenerator generator(quint32(qHash(where)));
        for (int page : std::as_const(pages)) {
            QByteArray garbage(pageSize, Qt::Uninitialized);
            for (char &c : garbage)
                c = char(generator.bounded(256));
            QVERIFY(file.seek(qint64(page - 1) * pageSize));
            QCOMPARE(file.write(garbage), qint64(pageSize));
        }
    }
    // The damage is real: SQLite itself finds it.
    QVERIFY(RawDatabase(db).value(QStringLiteral("PRAGMA quick_check")) != QLatin1StringView("ok"));
    const QByteArray damaged = fileBytes(db);

    for (QStringList args : everyCommand(ExtraCorpus)) {
        if (args.first() == QLatin1StringView("chart"))
            args.append(path(QStringLiteral("damaged.png")));
        const Run r = cli(args + QStringList{QStringLiteral("--db"), db});
        QVERIFY2(r.exitedWith(1), args.join(u' ').toUtf8() + ": " + r.describe());
        QCOMPARE(r.out, QByteArray());
        if (isChart(args)) {
            QVERIFY2(r.errText().startsWith(db + QStringLiteral(": ")), r.err);
        } else {
            QVERIFY2(r.errText().startsWith(db + QStringLiteral(": the database file is damaged")),
                     args.join(u' ').toUtf8() + ": " + r.err);
            QVERIFY2(r.errText().contains(QStringLiteral("it was left unchanged")), r.err);
        }
        QCOMPARE(r.errText().count(u'\n'), 1);
        QCOMPARE(fileBytes(db), damaged);
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")));
    }
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("damaged.png"))));
}

void TestDatabaseFaults::newerSchema()
{
    const QString db = copyOfSeed();
    QVERIFY(!db.isEmpty());
    const int newer = Store::currentSchemaVersion() + 1;
    QVERIFY(RawDatabase(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)));
    QCOMPARE(RawDatabase(db).value(QStringLiteral("PRAGMA user_version")), QString::number(newer));
    const QByteArray before = fileBytes(db);
    const QString expected = QStringLiteral("%1: this database was written by a newer Policy Atlas (schema %2; this "
                                            "version reads up to %3); it was left unchanged\n")
                                 .arg(db)
                                 .arg(newer)
                                 .arg(newer - 1);
    for (QStringList args : everyCommand(ExtraCorpus)) {
        if (args.first() == QLatin1StringView("chart"))
            args.append(path(QStringLiteral("newer.png")));
        const Run r = cli(args + QStringList{QStringLiteral("--db"), db});
        QVERIFY2(r.exitedWith(1), args.join(u' ').toUtf8() + ": " + r.describe());
        if (isChart(args))
            QVERIFY2(r.errText().startsWith(db + QStringLiteral(": ")), r.err);
        else
            QCOMPARE(r.errText(), expected);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(fileBytes(db), before);
    }
}

void TestDatabaseFaults::unknownSchemaVersion_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("INT_MIN") << int(-2147483647 - 1);
    QTest::newRow("-1") << -1; // ran a stray migration step
    QTest::newRow("-5") << -5;
    QTest::newRow("999") << 999;
}

// A version no release wrote indexed the migration table out of its bounds: a crash with the
// smallest int, a stray step with -1. Every command refuses it now and leaves the file alone.
void TestDatabaseFaults::unknownSchemaVersion()
{
    QFETCH(int, version);
    const QString db = copyOfSeed();
    QVERIFY(!db.isEmpty());
    QVERIFY(RawDatabase(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
    QCOMPARE(RawDatabase(db).value(QStringLiteral("PRAGMA user_version")), QString::number(version));
    const QByteArray before = fileBytes(db);
    const QString expected =
        version < 0 ? QStringLiteral("%1: not a Policy Atlas database, or from a newer version: its schema version is "
                                     "%2, which no Policy Atlas writes (this version reads 0 to %3); it was left "
                                     "unchanged\n")
                          .arg(db)
                          .arg(version)
                          .arg(Store::currentSchemaVersion())
                    : QStringLiteral("%1: this database was written by a newer Policy Atlas (schema %2; this version "
                                     "reads up to %3); it was left unchanged\n")
                          .arg(db)
                          .arg(version)
                          .arg(Store::currentSchemaVersion());
    for (QStringList args : everyCommand(ExtraCorpus) + QList<QStringList>{{QStringLiteral("documents")},
                                                                             {QStringLiteral("items")},
                                                                             {QStringLiteral("remove"), QStringLiteral("1")}}) {
        if (isChart(args))
            args.append(path(QStringLiteral("unknown.png")));
        const Run r = cli(args + QStringList{QStringLiteral("--db"), db});
        QVERIFY2(r.exitedWith(1), args.join(u' ').toUtf8() + ": " + r.describe());
        if (isChart(args))
            QVERIFY2(r.errText().startsWith(db + QStringLiteral(": ")), r.err);
        else
            QCOMPARE(r.errText(), expected);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(fileBytes(db), before);
    }
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("unknown.png"))));
}

void TestDatabaseFaults::tablesNotOfTheirSchema_data()
{
    QTest::addColumn<int>("version");
    for (int version = 0; version < Store::currentSchemaVersion(); ++version)
        QTest::addRow("user_version %d over the current tables", version) << version;
}

// Our tables under an older version number: the upgrade's first step failed with a raw SQL
// error ("table documents already exists"). It is refused before any step runs.
void TestDatabaseFaults::tablesNotOfTheirSchema()
{
    QFETCH(int, version);
    const QString db = copyOfSeed();
    QVERIFY(!db.isEmpty());
    QVERIFY(RawDatabase(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
    const QByteArray before = fileBytes(db);
    const QString expected = QStringLiteral("%1: not a Policy Atlas database, or damaged: its tables are not those of "
                                            "schema %2, the version it claims; it was left unchanged\n")
                                 .arg(db)
                                 .arg(version);
    for (QStringList args : everyCommand(ExtraCorpus)) {
        if (isChart(args))
            args.append(path(QStringLiteral("mismatch.png")));
        const Run r = cli(args + QStringList{QStringLiteral("--db"), db});
        QVERIFY2(r.exitedWith(1), args.join(u' ').toUtf8() + ": " + r.describe());
        if (isChart(args))
            QVERIFY2(r.errText().startsWith(db + QStringLiteral(": ")), r.err);
        else
            QCOMPARE(r.errText(), expected);
        QCOMPARE(fileBytes(db), before);
    }
}

void TestDatabaseFaults::missingDatabaseIsAnError_data()
{
    QTest::addColumn<QStringList>("args");
    for (const char *command : {"provinces", "counts", "matrix", "documents", "items"})
        QTest::newRow(command) << QStringList{QString::fromLatin1(command)};
    QTest::newRow("chart") << QStringList{QStringLiteral("chart"), QStringLiteral("%1/chart.png")};
    QTest::newRow("remove") << QStringList{QStringLiteral("remove"), QStringLiteral("1")};
}

// A reading command given a --db that does not exist created the folders and a database seeded
// with the built-in corpus, so that a typo looked like success. It is an error now, and nothing
// is created; import still creates its database, and the default database is still created.
void TestDatabaseFaults::missingDatabaseIsAnError()
{
    QFETCH(QStringList, args);
    const QString folder = path(QStringLiteral("missing-%1").arg(++m_copies));
    const QString db = folder + QStringLiteral("/sub/typo.sqlite");
    for (QString &arg : args)
        arg = arg.arg(m_tmp.path());
    const Run r = cli(args + QStringList{QStringLiteral("--db"), db});
    QVERIFY2(r.exitedWith(1), r.describe());
    QCOMPARE(r.errText(),
             db + QStringLiteral(": no such database; import into it first, or leave out --db for the default one\n"));
    QCOMPARE(r.out, QByteArray());
    QVERIFY(!QFileInfo::exists(folder));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("chart.png"))));

    // The default database (its own XDG_DATA_HOME here) is created and seeded as before.
    QProcessEnvironment env = m_env;
    const QString data = path(QStringLiteral("default-data-%1").arg(m_copies));
    env.insert(QStringLiteral("XDG_DATA_HOME"), data);
    const Run withDefault = run(args, env);
    if (args.first() == QLatin1StringView("remove")) {
        QVERIFY2(withDefault.exitedWith(1), withDefault.describe()); // removing never creates one
        QVERIFY2(withDefault.errText().endsWith(QStringLiteral(": no such database; nothing was removed\n")),
                 withDefault.describe());
    } else {
        QVERIFY2(withDefault.exitedWith(0), withDefault.describe());
        const QString created = data + QStringLiteral("/PolicyAtlas/policy-atlas/policy-atlas.sqlite");
        QCOMPARE(RawDatabase(created).value(QStringLiteral("SELECT count(*) FROM items")), QStringLiteral("94"));
    }
    QFile::remove(path(QStringLiteral("chart.png")));

    // import creates the database named, folders included, without the built-in corpus.
    const Run imported = cli({QStringLiteral("import"), ExtraCorpus, QStringLiteral("--db"), db});
    QVERIFY2(imported.exitedWith(0), imported.describe());
    QVERIFY(QFileInfo::exists(db));
}

void TestDatabaseFaults::databaseThatIsNoFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString()
                           << QStringLiteral("the database file name is empty: give the path of a database file (SQLite "
                                             "would open a temporary database that keeps nothing)\n");
    QTest::newRow(":memory:") << QStringLiteral(":memory:")
                              << QStringLiteral("\":memory:\" is not a file: give the path of a database file (a "
                                                "database in memory keeps nothing when the program ends)\n");
    // A folder or a device gave SQLite's "disk I/O error" or "unable to open database file".
    const QString folder = path(QStringLiteral("a-folder.sqlite"));
    QDir().mkpath(folder);
    QTest::newRow("folder") << folder
                            << folder + QStringLiteral(": this is a folder, not a database file: give the path of a "
                                                       "database file\n");
    QTest::newRow("device") << QStringLiteral("/dev/null")
                            << QStringLiteral("/dev/null: not a regular file (a pipe or a device), so not a database "
                                              "file: give the path of a database file\n");
}

// --db "" and --db :memory: printed "imported … items" and kept nothing.
void TestDatabaseFaults::databaseThatIsNoFile()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    QList<QStringList> commands = everyCommand(ExtraCorpus);
    commands += QList<QStringList>{{QStringLiteral("documents")}, {QStringLiteral("items")},
                                   {QStringLiteral("remove"), QStringLiteral("1")}};
    for (QStringList args : std::as_const(commands)) {
        if (isChart(args))
            args += QStringList{path(QStringLiteral("memory.png")), QStringLiteral("--lang"), QStringLiteral("en")};
        const Run r = cli(args + QStringList{QStringLiteral("--db"), name});
        QVERIFY2(r.exitedWith(1), args.join(u' ').toUtf8() + ": " + r.describe());
        QCOMPARE(r.errText(), message);
        QCOMPARE(r.out, QByteArray());
    }
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("memory.png"))));
}

void TestDatabaseFaults::readOnlyFile()
{
    if (!canDropPrivileges())
        QSKIP("running as root, and setpriv cannot switch to the unprivileged user 65534");
    // A read-only database in a folder the user can write: reading works (SQLite keeps its
    // -shm file next to it); importing fails with a message and changes nothing.
    const QString folder = path(QStringLiteral("writable-folder"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::Permissions(0x7777)));
    const QString db = folder + QStringLiteral("/read-only.sqlite");
    QVERIFY(QFile::copy(m_seedDb, db));
    const QString corpus = folder + QStringLiteral("/extra.txt");
    QVERIFY(QFile::copy(ExtraCorpus, corpus));
    QVERIFY(QFile::setPermissions(corpus, QFileDevice::Permissions(0x4444)));

    const Run expected = cli({QStringLiteral("provinces"), QStringLiteral("--db"), m_seedDb});
    QVERIFY2(expected.exitedWith(0), expected.describe());
    QVERIFY(QFile::setPermissions(db, QFileDevice::Permissions(0x4444)));
    const QByteArray before = fileBytes(db);

    const Run provinces = cliAsUser({QStringLiteral("provinces"), QStringLiteral("--db"), db});
    QVERIFY2(provinces.exitedWith(0), provinces.describe());
    QCOMPARE(provinces.out, expected.out);

    const Run import = cliAsUser({QStringLiteral("import"), QStringLiteral("--db"), db, corpus});
    QVERIFY2(import.exitedWith(1), import.describe());
    QCOMPARE(import.out, QByteArray());
    QVERIFY2(import.errText().startsWith(db + QStringLiteral(": ")), import.err);
    QVERIFY2(import.errText().contains(QStringLiteral("the database cannot be written: the file, or the folder it is "
                                                      "in, is read-only")),
             import.err);
    QVERIFY2(import.errText().contains(QStringLiteral("nothing was changed")), import.err);
    QCOMPARE(import.errText().count(u'\n'), 1);
    QCOMPARE(fileBytes(db), before);

    // Another catalogue would have to be stored: refused the same way, for a reading command too.
    const Run counts = cliAsUser({QStringLiteral("counts"), QStringLiteral("--db"), db, QStringLiteral("--catalogue"),
                                  QStringLiteral(TEST_DATA_DIR "/cli/catalogue-two.json")});
    QVERIFY2(counts.exitedWith(1), counts.describe());
    QVERIFY2(counts.errText().contains(QStringLiteral("is read-only")), counts.err);
    QCOMPARE(fileBytes(db), before);
}

void TestDatabaseFaults::readOnlyFileInReadOnlyFolder()
{
    if (!canDropPrivileges())
        QSKIP("running as root, and setpriv cannot switch to the unprivileged user 65534");
    // SQLite cannot even read a WAL database whose folder is read-only (it must create the -shm
    // file): the message must say read-only, not "damaged" or "not a database".
    const QString folder = path(QStringLiteral("read-only-folder"));
    QVERIFY(QDir().mkpath(folder));
    const QString db = folder + QStringLiteral("/read-only.sqlite");
    QVERIFY(QFile::copy(m_seedDb, db));
    QVERIFY(QFile::setPermissions(db, QFileDevice::Permissions(0x4444)));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::Permissions(0x5555)));
    const QByteArray before = fileBytes(db);

    for (QStringList args : everyCommand(ExtraCorpus)) {
        if (args.first() == QLatin1StringView("chart"))
            args.append(path(QStringLiteral("read-only.png")));
        const Run r = cliAsUser(args + QStringList{QStringLiteral("--db"), db});
        QVERIFY2(r.exitedWith(1), args.join(u' ').toUtf8() + ": " + r.describe());
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(r.errText().startsWith(db + QStringLiteral(": cannot open the database: the database cannot be "
                                                             "written: the file, or the folder it is in, is read-only"))
                     || (isChart(args) && r.errText().startsWith(db + QStringLiteral(": "))),
                 args.join(u' ').toUtf8() + ": " + r.err);
        QVERIFY2(!r.errText().contains(QStringLiteral("damaged")), r.err);
        QCOMPARE(fileBytes(db), before);
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-shm")));
    }
    QVERIFY(QFile::setPermissions(folder, QFileDevice::Permissions(0x7755)));
}

void TestDatabaseFaults::lockedByAnotherProgram()
{
    const QString db = copyOfSeed();
    QVERIFY(!db.isEmpty());
    const QString contentBefore = dump(db);
    QVERIFY(contentBefore.contains(QStringLiteral("北京市")));
    const Run provincesBefore = cli({QStringLiteral("provinces"), QStringLiteral("--db"), db});
    QVERIFY2(provincesBefore.exitedWith(0), provincesBefore.describe());
    {
        // Another program in the middle of writing: it holds the write lock throughout.
        RawDatabase other(db, QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        QString error;
        QVERIFY2(other.exec(QStringLiteral("BEGIN EXCLUSIVE"), &error), qPrintable(error));
        QVERIFY2(other.exec(QStringLiteral("DELETE FROM search_texts"), &error), qPrintable(error));

        // The import waits for the lock (the busy timeout), then gives up and says why.
        const Run import = cli({QStringLiteral("import"), QStringLiteral("--db"), db, ExtraCorpus});
        QVERIFY2(import.exitedWith(1), import.describe());
        QCOMPARE(import.out, QByteArray());
        QVERIFY2(import.errText().startsWith(db + QStringLiteral(": ")), import.err);
        QVERIFY2(import.errText().contains(QStringLiteral("the database is in use by another program that is writing "
                                                          "to it; Policy Atlas waited, then gave up")),
                 import.err);
        QVERIFY2(import.errText().contains(QStringLiteral("nothing was changed")), import.err);
        QCOMPARE(import.errText().count(u'\n'), 1);

        // Reading needs no lock in WAL mode: the other program's unfinished changes are not seen.
        const Run provinces = cli({QStringLiteral("provinces"), QStringLiteral("--db"), db});
        QVERIFY2(provinces.exitedWith(0), provinces.describe());
        QCOMPARE(provinces.out, provincesBefore.out);
        // Storing another catalogue is a write: it waits and gives up too.
        const Run counts = cli({QStringLiteral("counts"), QStringLiteral("--db"), db, QStringLiteral("--catalogue"),
                                QStringLiteral(TEST_DATA_DIR "/cli/catalogue-two.json")});
        QVERIFY2(counts.exitedWith(1), counts.describe());
        QVERIFY2(counts.errText().contains(QStringLiteral("in use by another program")), counts.err);

        QVERIFY2(other.exec(QStringLiteral("ROLLBACK"), &error), qPrintable(error));
    }
    QCOMPARE(dump(db), contentBefore);

    // With the lock gone, the same import goes through.
    const Run import = cli({QStringLiteral("import"), QStringLiteral("--db"), db, ExtraCorpus});
    QVERIFY2(import.exitedWith(0), import.describe());
    QCOMPARE(RawDatabase(db).value(QStringLiteral("SELECT count(*) FROM documents")), QStringLiteral("2"));
}

void TestDatabaseFaults::lockReleasedWhileWaiting()
{
    // The import waits for the busy timeout (3 s) before giving up, so a lock held for a moment
    // does not make it fail. Without waiting it fails at once, before the lock is released here.
    const QString db = copyOfSeed();
    QVERIFY(!db.isEmpty());
    RawDatabase other(db, QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    QString error;
    QVERIFY2(other.exec(QStringLiteral("BEGIN EXCLUSIVE"), &error), qPrintable(error));
    QVERIFY2(other.exec(QStringLiteral("DELETE FROM search_texts"), &error), qPrintable(error));

    QProcess import;
    import.setProcessEnvironment(m_env);
    import.start(binary(), {QStringLiteral("import"), QStringLiteral("--db"), db, ExtraCorpus});
    QVERIFY(import.waitForStarted());
    QTest::qWait(1000); // the import reaches the database well within this (it takes ~0.1 s)
    QVERIFY2(other.exec(QStringLiteral("ROLLBACK"), &error), qPrintable(error));
    if (import.state() != QProcess::NotRunning)
        QVERIFY(import.waitForFinished(120000));
    const QByteArray err = import.readAllStandardError();
    QVERIFY2(import.exitStatus() == QProcess::NormalExit && import.exitCode() == 0, err);
    QVERIFY(import.readAllStandardOutput().contains(": imported "));
    QCOMPARE(RawDatabase(db).value(QStringLiteral("SELECT count(*) FROM documents")), QStringLiteral("2"));
    // 165 mentions in the seed corpus (hand-count.md), 4 in the extra one.
    QCOMPARE(RawDatabase(db).value(QStringLiteral("SELECT sum(length(mentions)) / 2 FROM search_index")),
             QStringLiteral("169"));
}

void TestDatabaseFaults::exclusiveLockingMode()
{
    // A program holding the file in exclusive locking mode keeps even readers out: opening fails
    // after the busy timeout with a message that says so (not "damaged", not "not a database").
    const QString db = copyOfSeed();
    QVERIFY(!db.isEmpty());
    const QString contentBefore = dump(db);
    {
        RawDatabase other(db, QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        QString error;
        QVERIFY2(other.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"), &error), qPrintable(error));
        QVERIFY2(other.exec(QStringLiteral("BEGIN EXCLUSIVE"), &error), qPrintable(error));
        QVERIFY2(other.exec(QStringLiteral("DELETE FROM search_texts"), &error), qPrintable(error));
        for (const QStringList &args : {QStringList{QStringLiteral("provinces")},
                                        QStringList{QStringLiteral("import"), ExtraCorpus}}) {
            const Run r = cli(args + QStringList{QStringLiteral("--db"), db});
            QVERIFY2(r.exitedWith(1), args.join(u' ').toUtf8() + ": " + r.describe());
            QCOMPARE(r.out, QByteArray());
            QVERIFY2(r.errText().startsWith(db + QStringLiteral(": cannot open the database: the database is in use by "
                                                                 "another program")),
                     r.err);
            QVERIFY2(!r.errText().contains(QStringLiteral("damaged")), r.err);
        }
        QVERIFY2(other.exec(QStringLiteral("ROLLBACK"), &error), qPrintable(error));
    }
    QCOMPARE(dump(db), contentBefore);
}

QTEST_GUILESS_MAIN(TestDatabaseFaults)
#include "tst_databasefaults.moc"
