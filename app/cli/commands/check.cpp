// SPDX-License-Identifier: GPL-3.0-or-later
// policy-atlas check [--db DB]: the database's structure, schema, foreign keys and search index,
// read without writing anything.
#include "commands.h"

#include "cliutil.h"
#include "databasecheck.h"

namespace Commands {
namespace {

using namespace Cli;

int run(const QStringList &args)
{
    MaintenanceCommand c;
    // Checking creates nothing, not even the default database.
    if (const int rc = c.start(QStringLiteral("check"), args,
                               Cli::tr("no such database; import into it first, or leave out --db for the default one"),
                               Cli::tr("no such database; nothing was checked"));
        rc >= 0)
        return rc;
    const QString &path = c.path;
    Diagnostic error;
    CheckReport report;
    if (!DatabaseCheck::run(path, c.catalogue, &report, &error))
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
