// SPDX-License-Identifier: GPL-3.0-or-later
// policy-atlas repair [--db DB]: the search index rebuilt from the items, all or nothing.
#include "commands.h"

#include "cliutil.h"
#include "sqlitediagnostics.h"
#include "store.h"

namespace Commands {
namespace {

using namespace Cli;

int run(const QStringList &args)
{
    MaintenanceCommand c;
    const QCommandLineOption removeOrphans(QStringLiteral("remove-orphans"),
                                           Cli::tr("Delete the items whose document or parent item is gone (by "
                                                   "default repair refuses and says how many there are)."));
    const QString missing = Cli::tr("no such database; nothing was repaired");
    if (const int rc = c.start(QStringLiteral("repair"), args, missing, missing, {removeOrphans});
        rc >= 0)
        return rc;
    const QString &path = c.path;
    Diagnostic error;
    {
        // The structure first, read-only: rebuilding from damaged pages would spread the damage,
        // and nothing is written (not even an upgrade) to a file that is refused.
        Store reader;
        if (!reader.openReadOnly(path, &error))
            return failure(error);
        if (!SqliteDiagnostics::checkIntegrity(reader.database(), path, &error, SqliteDiagnostics::Depth::Full)) {
            failure(error);
            print(stderr, Cli::tr("%1: repair rebuilds the search index from the items; it cannot mend a damaged "
                                  "file: restore a copy of it\n")
                              .arg(Diagnostic::displayName(path)));
            return Failure;
        }
    }
    Store store;
    RebuildResult result;
    if (!store.open(path, &error))
        return failure(error);
    store.setVerified(); // just now, in full
    if (!store.rebuildSearchIndex(c.catalogue, c.parser.isSet(removeOrphans), &result, &error))
        return failure(error);
    if (result.orphanItems > 0)
        print(stdout, Cli::tr("removed %n item(s) whose document or parent item no longer exists\n", nullptr,
                              int(result.orphanItems)));
    print(stdout, Cli::tr("rebuilt the search index of %n document(s) (%1 items)\n", nullptr, result.documents)
                      .arg(result.items));
    return Success;
}

} // namespace

Command repairCommand()
{
    return {"repair", "repair",
            QT_TRANSLATE_NOOP("CommandLine", "Rebuild the search index from the items, after another tool changed them."),
            false, run};
}

} // namespace Commands
