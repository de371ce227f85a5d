// SPDX-License-Identifier: GPL-3.0-or-later
// policy-atlas check [--db DB]: the database's structure, schema, foreign keys and search index,
// read without writing anything.
#include "commands.h"

#include "catalogue.h"
#include "cliutil.h"
#include "databasecheck.h"

#include <QFileInfo>

namespace Commands {
namespace {

using namespace Cli;

int run(const QStringList &args)
{
    const QString command = QStringLiteral("check");
    const CommonOptions o = CommonOptions::make();
    QCommandLineParser parser;
    parser.addOption(o.db);
    parser.addOption(o.catalogue);
    if (const int rc = parseArguments(parser, command, args); rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Cli::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()), command);
    const QString path = databasePath(parser, o);
    Diagnostic error;
    if (!BuiltIn::checkDatabasePath(path, &error))
        return failure(error);
    // The catalogue first, as every command does: it is refused before the database is looked at.
    Catalogue catalogue = Catalogue::builtIn();
    if (parser.isSet(o.catalogue) && !Catalogue::loadFile(parser.value(o.catalogue), &catalogue, &error))
        return failure(error);
    // Checking creates nothing, not even the default database.
    if (!QFileInfo::exists(path))
        return failure({path, 0,
                        parser.isSet(o.db)
                            ? Cli::tr("no such database; import into it first, or leave out --db for the default one")
                            : Cli::tr("no such database; nothing was checked")});
    CheckReport report;
    if (!DatabaseCheck::run(path, catalogue, &report, &error))
        return failure(error);
    const QString name = Diagnostic::displayName(path);
    if (!report.mentionsCompared)
        print(stdout, Cli::tr("%1: the database follows another initiative catalogue than this one: its mentions "
                              "were not compared (give that catalogue with --catalogue)\n")
                          .arg(name));
    if (report.problems.isEmpty()) {
        print(stdout, Cli::tr("%1: no problems found (structure, schema, %n document(s), %2 items, search index)\n",
                              nullptr, report.documents)
                          .arg(name)
                          .arg(report.items));
        return Success;
    }
    for (const Diagnostic &problem : std::as_const(report.problems))
        print(stdout, problem.toString() + u'\n');
    QString summary = Cli::tr("%1: %n problem(s) found", nullptr, int(report.problems.size())).arg(name);
    if (report.repairable)
        summary += Cli::tr("; run `policy-atlas repair --db %1` to rebuild the search index from the items").arg(path);
    print(stdout, summary + u'\n');
    return Failure;
}

} // namespace

Command checkCommand()
{
    return {"check", "check",
            QT_TRANSLATE_NOOP("CommandLine", "Check the database's structure and search index; changes nothing."),
            false, run};
}

} // namespace Commands
