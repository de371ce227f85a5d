// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a database file. The bytes are written to a temporary file and
// opened as the commands open one: `check` (read-only, every page and the search index against the
// tables), then BuiltIn::openDatabase and CorpusIndex::load, then a few reads the window makes.
// Each must refuse with a message naming the file, or work; never crash, hang or leak.
//
// Seeds are real small databases: with FUZZ_DATABASE_MAKE_SEEDS=DIR the target writes them
// (fixtures of tests/data imported into fresh databases of 512-byte pages) and exits; run.sh
// does that before fuzzing, so mutations hit the schema, the rows and the index's blobs.
#include "builtin.h"
#include "catalogue.h"
#include "corpusindex.h"
#include "corpusparser.h"
#include "databasecheck.h"
#include "referencedata.h"
#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

#include <unistd.h>

namespace {

void check(bool ok, const char *promise)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_database: broken promise: %s\n", promise);
        std::abort();
    }
}

// The file and the ones SQLite keeps beside it.
void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1StringView(suffix));
}

// One temporary file per process, removed after every input and at exit.
const QString &databasePath()
{
    static const QString path = QDir::tempPath() + QStringLiteral("/fuzz-database-%1.sqlite").arg(::getpid());
    return path;
}

void removeAtExit()
{
    removeDatabase(databasePath());
}

bool makeSeed(const QString &path, const QStringList &corpora)
{
    removeDatabase(path);
    {
        Store store;
        Diagnostic error;
        if (!store.open(path, &error))
            return false;
        CorpusParser parser(ReferenceData::builtIn());
        for (const QString &corpus : corpora) {
            ParsedDocument doc;
            if (!parser.parseFile(corpus, &doc, &error)
                || !store.importDocument(doc, ReferenceData::builtIn(), Catalogue::builtIn(), nullptr, &error)) {
                std::fprintf(stderr, "fuzz_database: %s\n", qPrintable(error.toString()));
                return false;
            }
        }
    }
    // One self-contained file of small pages: a seed of a few kilobytes.
    const QString connection = QStringLiteral("fuzz-database-seed");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && q.exec(QStringLiteral("PRAGMA page_size = 512"))
                 && q.exec(QStringLiteral("VACUUM"));
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

void makeSeeds(const QString &dir)
{
    const QString data = QStringLiteral(TEST_DATA_DIR);
    const QString one = data + QStringLiteral("/core/sample-utf8.txt");
    const QString nonStandard = data + QStringLiteral("/cli/nonstandard-unit.txt");
    const QString extra = data + QStringLiteral("/cli/extra-2024.txt");
    QDir().mkpath(dir);
    const bool ok = makeSeed(dir + QStringLiteral("/one-document.sqlite"), {one})
                    && makeSeed(dir + QStringLiteral("/two-documents.sqlite"), {one, nonStandard})
                    && makeSeed(dir + QStringLiteral("/three-documents.sqlite"), {one, nonStandard, extra});
    std::exit(ok ? 0 : 1);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // the SQL driver is a plugin
    if (const QByteArray seeds = qgetenv("FUZZ_DATABASE_MAKE_SEEDS"); !seeds.isEmpty())
        makeSeeds(QString::fromLocal8Bit(seeds));
    databasePath(); // constructed before the exit handler is registered, so destroyed after it ran
    std::atexit(removeAtExit);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const Catalogue &catalogue = Catalogue::builtIn();
    const QString &path = databasePath();
    removeDatabase(path);
    {
        QFile file(path);
        check(file.open(QIODevice::WriteOnly) && file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size),
              "the input can be written to the temporary file");
    }

    CheckReport report;
    Diagnostic error;
    if (DatabaseCheck::run(path, catalogue, &report, &error)) {
        for (const Diagnostic &problem : std::as_const(report.problems))
            check(problem.file == path && !problem.message.isEmpty(), "a problem names the file and says what");
    } else {
        check(error.file == path && !error.message.isEmpty(), "a refusal to check names the file and says why");
    }

    {
        Store store;
        error = Diagnostic();
        if (!BuiltIn::openDatabase(&store, path, catalogue, BuiltIn::Seed::Never, &error)) {
            check(!error.message.isEmpty(), "a refusal to open has a message");
        } else {
            CorpusIndex index;
            if (!index.load(store, ReferenceData::builtIn(), catalogue, &error)) {
                check(!error.message.isEmpty(), "a refusal to load has a message");
            } else {
                check(index.itemCount() == store.itemCount(), "a loaded index holds every item");
                store.documents();
                for (int u = 0; u < index.units().size() && u < 3; ++u) {
                    const IndexedUnit &unit = index.units().at(u);
                    check(unit.firstItem >= 0 && unit.firstItem + unit.itemCount <= index.itemCount(),
                          "a unit's items are in the index");
                    const QList<ItemRecord> items = store.itemsOfUnit(unit.id);
                    store.itemsOfUnitPage(unit.id, 0, 0, 10);
                    store.children(unit.id, 0);
                    if (!items.isEmpty())
                        store.item(items.first().id);
                }
                for (int i = 0; i < index.itemCount() && i < 5; ++i) {
                    check(index.indexOfItem(index.itemId(i)) >= 0, "an indexed item can be found by its id");
                    index.mentionsOf(i);
                }
            }
        }
    }
    removeDatabase(path);
    return 0;
}
