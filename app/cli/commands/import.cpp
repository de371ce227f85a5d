// SPDX-License-Identifier: GPL-3.0-or-later
// policy-atlas import FILE... [--db DB] [--year Y] [--dry-run [--format text|json]]: all files or
// none; with --dry-run, what each file would bring, and nothing written.
#include "commands.h"

#include "cliutil.h"
#include "formatreader.h"
#include "corpusparser.h"
#include "documentdescription.h"
#include "importpreview.h"
#include "importrequest.h"
#include "previewreport.h"
#include "referencedata.h"

#include <QFile>
#include <QFileInfo>

namespace Commands {
namespace {

using namespace Cli;

// Parses every file and prints what it would bring; opens no database and writes nothing.
int dryRun(const QStringList &files, int year, TableWriter::Format format, const SourceReader *reader)
{
    CorpusParser parser(ReferenceData::builtIn());
    parser.setSourceReader(reader);
    QList<ImportPreview> previews;
    for (const QString &file : files)
        previews.append(previewFile(parser, file));
    if (format == TableWriter::Format::Json)
        printBytes(PreviewReport::json(previews, year));
    else
        print(stdout, PreviewReport::text(previews, year));
    int result = Success;
    for (const ImportPreview &preview : std::as_const(previews))
        if (!preview.canImport())
            result = failure(preview.error);
    return result;
}

int run(const QStringList &args)
{
    const QString command = QStringLiteral("import");
    const CommonOptions o = CommonOptions::make();
    QCommandLineParser parser;
    parser.addOption(o.db);
    parser.addOption(o.catalogue);
    QCommandLineOption year(QStringLiteral("year"), Cli::tr("Year of the documents (default: read from the title)."),
                            QStringLiteral("YEAR"));
    parser.addOption(year);
    QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                    Cli::tr("Only show what each file would bring: title, year, units, items, warnings. "
                                       "Writes nothing, and opens no database."));
    parser.addOption(dryRunOption);
    QCommandLineOption format(QStringLiteral("format"), Cli::tr("Output format of --dry-run: text or json (default: text)."),
                              QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOption(format);
    QCommandLineOption columns(QStringLiteral("columns"),
                               Cli::tr("Tables (.csv, .tsv, .xlsx): the province, text and optional year columns, each a "
                                  "header name or a column number (default: recognised by their headers)."),
                               QStringLiteral("PROVINCE,TEXT[,YEAR]"));
    parser.addOption(columns);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Cli::tr("Corpus files to import: text, web pages (.html), Word (.docx), PDF, or tables "
                                    "(.csv, .tsv, .xlsx)."),
                                 QStringLiteral("FILE..."));
    if (const int rc = parseArguments(parser, command, args); rc >= 0)
        return rc;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(Cli::tr("no file given"), command);
    int yearValue = 0;
    if (parser.isSet(year)) {
        bool ok = false;
        yearValue = parser.value(year).toInt(&ok);
        if (!ok || yearValue < 1949 || yearValue > 2100)
            return usageError(Cli::tr("--year must be a year such as 2023"), command);
    }
    const bool dry = parser.isSet(dryRunOption);
    TableWriter::Format outputFormat = TableWriter::Format::Csv; // plain text, for --dry-run
    if (parser.isSet(format)) {
        const QString value = parser.value(format).toLower();
        if (!dry)
            return usageError(Cli::tr("--format applies to --dry-run only"), command);
        if (value == QLatin1String("json"))
            outputFormat = TableWriter::Format::Json;
        else if (value != QLatin1String("text"))
            return usageError(Cli::tr("unknown format \"%1\" (use text or json)").arg(parser.value(format)), command);
    }

    FormatReader reader(ReferenceData::builtIn());
    if (parser.isSet(columns)) {
        FormatReader::Options options;
        QString message;
        if (!FormatReader::parseColumns(parser.value(columns), &options.columns, &message))
            return usageError(QStringLiteral("--columns: ") + message, command);
        reader.setOptions(options);
    }

    AtlasSession session;
    Diagnostic error;
    if (dry) {
        // A catalogue the import would refuse fails the dry run too; the database is not opened.
        if (!session.setCatalogueFile(parser.isSet(o.catalogue) ? parser.value(o.catalogue) : QString(), &error))
            return failure(error);
        return dryRun(files, yearValue, outputFormat, &reader);
    }

    const bool existed = QFileInfo::exists(databasePath(parser, o));
    if (!openSession(parser, o, &session, BuiltIn::Seed::Never, &error, MissingDatabase::Create))
        return failure(error);
    // One transaction for all files: a bad file, or a failure part-way, leaves the database as it was.
    ImportRequest request = ImportRequest::ofPaths(files);
    if (yearValue)
        request.setYear(yearValue);
    request.reader = &reader;
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
            print(stderr, Cli::tr("%1 (warning)").arg(w.toString()) + u'\n');
    for (const ImportResult &result : std::as_const(report.results)) {
        const ParsedDocument &doc = result.document;
        if (result.alreadyImported) {
            print(stdout, Cli::tr("%1: already imported (same content as document %2); nothing changed\n")
                              .arg(Diagnostic::displayName(doc.fileName), QString::number(result.documentId)));
            continue;
        }
        print(stdout, (doc.warnings.size() == 1
                           ? Cli::tr("%1: imported \"%2\" (%3): %4 units (%5 new), %6 items, %7 initiative mentions, "
                                     "%8 warning\n")
                           : Cli::tr("%1: imported \"%2\" (%3): %4 units (%5 new), %6 items, %7 initiative mentions, "
                                     "%8 warnings\n"))
                          .arg(Diagnostic::displayName(doc.fileName), doc.title, doc.encoding, QString::number(result.units),
                               QString::number(result.newUnits), QString::number(result.items),
                               QString::number(result.mentions), QString::number(doc.warnings.size())));
        // Where the document came from, and where its content ended, under its line.
        if (const QString byline = DocumentDescription::byline(doc); !byline.isEmpty())
            print(stdout, QStringLiteral("  %1\n").arg(byline));
        if (const QString end = DocumentDescription::contentEnd(doc); !end.isEmpty())
            print(stdout, Cli::tr("  content ends at %1\n").arg(end));
        // Year 0 is "unknown": say so, and how to set it.
        if (doc.year == 0)
            print(stdout, Cli::tr("  year unknown: the title names none; set it in the window's File → Documents…, or "
                             "remove document %1 and import again with --year YEAR\n")
                              .arg(result.documentId));
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
