// SPDX-License-Identifier: GPL-3.0-or-later
// policy-atlas import FILE... [--db DB] [--year Y]: all files or none.
#include "commands.h"

#include "cliutil.h"
#include "importrequest.h"

#include <QFile>
#include <QFileInfo>

namespace Commands {
namespace {

using namespace Cli;

int run(const QStringList &args)
{
    const QString command = QStringLiteral("import");
    const CommonOptions o = CommonOptions::make();
    QCommandLineParser parser;
    parser.addOption(o.db);
    parser.addOption(o.catalogue);
    QCommandLineOption year(QStringLiteral("year"), tr("Year of the documents (default: read from the title)."),
                            QStringLiteral("YEAR"));
    parser.addOption(year);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Corpus text files to import."), QStringLiteral("FILE..."));
    if (const int rc = parseArguments(parser, command, args); rc >= 0)
        return rc;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(tr("no file given"), command);
    int yearValue = 0;
    if (parser.isSet(year)) {
        bool ok = false;
        yearValue = parser.value(year).toInt(&ok);
        if (!ok || yearValue < 1949 || yearValue > 2100)
            return usageError(tr("--year must be a year such as 2023"), command);
    }

    const bool existed = QFileInfo::exists(databasePath(parser, o));
    AtlasSession session;
    Diagnostic error;
    if (!openSession(parser, o, &session, BuiltIn::Seed::Never, &error))
        return failure(error);
    // One transaction for all files: a bad file, or a failure part-way, leaves the database as it was.
    ImportRequest request = ImportRequest::ofPaths(files);
    if (yearValue)
        request.setYear(yearValue);
    ImportReport report;
    if (!session.importFiles(request, &report, &error)) {
        // Nothing was imported: a database file this command created is not left behind, empty.
        if (!existed && session.store().wasCreated()) {
            const QString path = session.databasePath();
            session.close();
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(path + QLatin1String(suffix));
        }
        return failure(error);
    }
    for (const ImportResult &result : std::as_const(report.results))
        for (const Diagnostic &w : result.document.warnings)
            print(stderr, tr("%1 (warning)").arg(w.toString()) + u'\n');
    for (const ImportResult &result : std::as_const(report.results)) {
        const ParsedDocument &doc = result.document;
        if (result.alreadyImported) {
            print(stdout, tr("%1: already imported (same content as document %2); nothing changed\n")
                              .arg(doc.fileName, QString::number(result.documentId)));
            continue;
        }
        print(stdout, tr("%1: imported \"%2\" (%3): %4 units (%5 new), %6 items, %7 initiative mentions, "
                         "%8 warnings\n")
                          .arg(doc.fileName, doc.title, doc.encoding, QString::number(result.units),
                               QString::number(result.newUnits), QString::number(result.items),
                               QString::number(result.mentions), QString::number(doc.warnings.size())));
    }
    return Success;
}

} // namespace

Command importCommand()
{
    return {"import", "import FILE...", QT_TRANSLATE_NOOP("CommandLine", "Import corpus files into the database."),
            false, run};
}

} // namespace Commands
