// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtin.h"

#include "catalogue.h"
#include "corpusparser.h"
#include "referencedata.h"
#include "sqlitediagnostics.h"
#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace BuiltIn {

QString corpusPath()
{
    return QStringLiteral(":/corpus/2023-provincial-vocational-education.txt");
}

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/policy-atlas.sqlite");
}

bool checkDatabasePath(const QString &path, Diagnostic *error)
{
    if (path.isEmpty())
        return fail(error, {QString(), 0,
                            QCoreApplication::translate("BuiltIn", "the database file name is empty: give the path of a "
                                                                   "database file (SQLite would open a temporary "
                                                                   "database that keeps nothing)")});
    if (path == QLatin1String(":memory:"))
        return fail(error, {QString(), 0,
                            QCoreApplication::translate("BuiltIn", "\":memory:\" is not a file: give the path of a "
                                                                   "database file (a database in memory keeps "
                                                                   "nothing when the program ends)")});
    // SQLite would fail later with "disk I/O error" or "unable to open": say what it is.
    const QFileInfo info(path);
    if (info.isDir())
        return fail(error, {path, 0,
                            QCoreApplication::translate("BuiltIn", "this is a folder, not a database file: give the path "
                                                                   "of a database file")});
    if (info.exists() && !info.isFile())
        return fail(error, {path, 0,
                            QCoreApplication::translate("BuiltIn", "not a regular file (a pipe or a device), so not a "
                                                                   "database file: give the path of a database file")});
    return true;
}

bool openDatabase(Store *store, const QString &path, const Catalogue &catalogue, Seed seed, Diagnostic *error,
                  Check check)
{
    if (!checkDatabasePath(path, error))
        return false;
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return fail(error, {path, 0,
                            QCoreApplication::translate("BuiltIn", "cannot create the folder %1")
                                .arg(info.absolutePath())});
    // An empty file is not a new database: it may be one that was truncated. Filling it with the
    // built-in corpus would look like success (an import, which writes its own, may use it).
    if (info.isFile() && info.size() == 0 && seed == Seed::IfCreated)
        return fail(error, {path, 0,
                            QCoreApplication::translate("BuiltIn", "the file is empty, not a Policy Atlas database: "
                                                                   "import into it to start one, or give another "
                                                                   "file; it was left unchanged")});
    if (!store->open(path, error))
        return false;
    // A damaged file is refused before anything reads or writes it, rather than half-read; or,
    // deferred, before the first write (the window's background check usually comes first).
    if (check == Check::Now && !store->verifyBeforeWrite(error)) {
        store->close();
        return false;
    }
    if (store->wasCreated() && seed == Seed::IfCreated) {
        ParsedDocument doc;
        CorpusParser parser(ReferenceData::builtIn());
        if (!parser.parseFile(corpusPath(), &doc, error)
            || !store->importDocument(doc, ReferenceData::builtIn(), catalogue, nullptr, error)) {
            store->closeAndRemoveIfNew(); // a new database without its corpus is not left behind
            return false;
        }
        return true;
    }
    bool recomputed = false;
    if (!store->syncCatalogue(catalogue, &recomputed, error)) {
        store->closeAndRemoveIfNew();
        return false;
    }
    // A database from before the search index, or after a catalogue change, gets its index now.
    // If it cannot be written (a read-only file), CorpusIndex builds it in memory instead.
    store->ensureSearchIndex(catalogue, nullptr);
    return true;
}

} // namespace BuiltIn
