// SPDX-License-Identifier: GPL-3.0-or-later
// policy-atlas remove DOC-ID... [--db DB]: documents and everything derived from them, all or none.
#include "commands.h"

#include "cliutil.h"
#include "documentcatalog.h"
#include "documentdescription.h"

#include <QFileInfo>

namespace Commands {
namespace {

using namespace Cli;

int run(const QStringList &args)
{
    const QString command = QStringLiteral("remove");
    const CommonOptions o = CommonOptions::make();
    QCommandLineParser parser;
    parser.addOption(o.db);
    parser.addOption(o.catalogue);
    parser.addPositionalArgument(QStringLiteral("DOC-ID"),
                                 Cli::tr("Ids of the documents to remove, as 'policy-atlas documents' lists them."),
                                 QStringLiteral("DOC-ID..."));
    if (const int rc = parseArguments(parser, command, args); rc >= 0)
        return rc;
    if (parser.positionalArguments().isEmpty())
        return usageError(Cli::tr("no document id given (see 'policy-atlas documents')"), command);
    QList<qint64> ids;
    for (const QString &arg : parser.positionalArguments()) {
        bool ok = false;
        const qint64 id = arg.toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(Cli::tr("\"%1\" is not a document id (see 'policy-atlas documents')").arg(arg), command);
        ids.append(id);
    }
    // Removing from a database that is not there would first create one (a missing --db is
    // refused by openSession).
    const QString path = databasePath(parser, o);
    if (!parser.isSet(o.db) && !QFileInfo::exists(path))
        return failure({path, 0, Cli::tr("no such database; nothing was removed")});

    AtlasSession session;
    Diagnostic error;
    if (!openSession(parser, o, &session, BuiltIn::Seed::Never, &error))
        return failure(error);
    RemovedDocuments removed;
    if (!session.removeDocuments(ids, &removed, &error))
        return failure(error);
    for (const DocumentSummary &d : std::as_const(removed.documents))
        print(stdout, Cli::tr("removed document %1 \"%2\" (%3): %4 units, %5 items\n")
                          .arg(QString::number(d.id), d.title, DocumentDescription::year(d.year), QString::number(d.units),
                               QString::number(d.items)));
    if (removed.units > 0)
        print(stdout, Cli::tr("removed %1 non-standard units that no remaining document names\n").arg(removed.units));
    return Success;
}

} // namespace

Command removeCommand()
{
    return {"remove", "remove DOC-ID...",
            QT_TRANSLATE_NOOP("CommandLine", "Remove documents and their items from the database."), false, run};
}

} // namespace Commands
