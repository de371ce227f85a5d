// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"

#include "command.h"

#include "keywordquery.h"
#include "outputfile.h"
#include "referencedata.h"
#include "translations.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cerrno>
#include <cmath>
#include <cstring>

namespace Cli {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("Cli", text, disambiguation, n);
}

namespace {

int g_outputErrno = 0; // of the first failed write to standard output

void write(FILE *stream, const QByteArray &bytes)
{
    const bool written = fwrite(bytes.constData(), 1, size_t(bytes.size()), stream) == size_t(bytes.size());
    const bool flushed = fflush(stream) == 0;
    if ((!written || !flushed) && stream == stdout && g_outputErrno == 0)
        g_outputErrno = errno ? errno : EIO;
}

} // namespace

void print(FILE *stream, const QString &text)
{
    write(stream, text.toUtf8());
}

void printBytes(const QByteArray &bytes)
{
    write(stdout, bytes);
}

QString outputError()
{
    if (g_outputErrno == 0 && (fflush(stdout) != 0 || ferror(stdout)))
        g_outputErrno = errno ? errno : EIO;
    if (g_outputErrno == 0)
        return {};
    if (g_outputErrno == ENOSPC || g_outputErrno == EDQUOT)
        return Cli::tr("the disk is full");
    return QString::fromLocal8Bit(std::strerror(g_outputErrno));
}

int usageError(const QString &message, const QString &command)
{
    print(stderr, QStringLiteral("policy-atlas %1: %2\n").arg(command, message));
    print(stderr, Cli::tr("Try 'policy-atlas %1 --help'.\n").arg(command));
    return UsageError;
}

int failure(const Diagnostic &d)
{
    print(stderr, d.toString() + u'\n');
    return Failure;
}

CommonOptions CommonOptions::make()
{
    return {QCommandLineOption(QStringLiteral("db"),
                               Cli::tr("Database file (default: %1).").arg(BuiltIn::defaultDatabasePath()),
                               QStringLiteral("FILE")),
            QCommandLineOption(QStringLiteral("catalogue"),
                               Cli::tr("Initiative catalogue (JSON) to use instead of the built-in one."),
                               QStringLiteral("FILE")),
            QCommandLineOption(QStringLiteral("match"),
                               Cli::tr("Only items containing all these whitespace-separated terms (in the item text "
                                  "or the unit's names; case-insensitive)."),
                               QStringLiteral("TEXT")),
            QCommandLineOption(QStringLiteral("format"), Cli::tr("Output format: csv, json or xlsx (default: csv)."),
                               QStringLiteral("FORMAT"), QStringLiteral("csv")),
            QCommandLineOption(QStringLiteral("out"),
                               Cli::tr("Write to this file instead of standard output (required for xlsx)."),
                               QStringLiteral("FILE"))};
}

int CommonOptions::readOutput(const QCommandLineParser &parser, const QString &command, TableWriter::Format *value,
                              QString *outPath) const
{
    *outPath = parser.value(out);
    // Without --format, a file named .xlsx (.json, .csv) is written as what its name says.
    if (!parser.isSet(format) && TableWriter::parseFormat(QFileInfo(*outPath).suffix(), value))
        ;
    else if (!TableWriter::parseFormat(parser.value(format), value))
        return usageError(Cli::tr("unknown format \"%1\" (use csv, json or xlsx)").arg(parser.value(format)), command);
    if (parser.isSet(out) && outPath->isEmpty())
        return usageError(Cli::tr("--out needs a file name"), command);
    if (*value == TableWriter::Format::Xlsx && outPath->isEmpty())
        return usageError(Cli::tr("xlsx is written to a file: give --out FILE"), command);
    return refuseCatalogueAsOutput(parser, *this, *outPath);
}

int refuseCatalogueAsOutput(const QCommandLineParser &parser, const CommonOptions &o, const QString &outPath)
{
    if (outPath.isEmpty() || !parser.isSet(o.catalogue))
        return -1;
    const QFileInfo out(outPath), catalogue(parser.value(o.catalogue));
    const bool same = out.exists() && catalogue.exists() ? out.canonicalFilePath() == catalogue.canonicalFilePath()
                                                         : out.absoluteFilePath() == catalogue.absoluteFilePath();
    if (!same)
        return -1;
    return failure({outPath, 0, Cli::tr("this is the catalogue in use (--catalogue); choose another file")});
}

int parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &args)
{
    // The command's one line from the overview (policy-atlas --help), in the user's language.
    const Command *found = Commands::find(command.toUtf8());
    parser.setApplicationDescription(found ? QCoreApplication::translate("CommandLine", found->summary)
                                           : QStringLiteral("policy-atlas %1").arg(command));
    parser.addHelpOption();
    if (!parser.parse(args))
        return usageError(parser.errorText(), command);
    // addHelpOption() also adds --help-all: it must show the help too, not run the command.
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        // The usage line names only the program; the command belongs right after it.
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = program.isEmpty() ? -1 : help.indexOf(program);
        if (at >= 0 && at < help.indexOf(u'\n'))
            help.insert(at + program.size(), u' ' + command);
        print(stdout, help);
        return Success;
    }
    return -1;
}

QString databasePath(const QCommandLineParser &parser, const CommonOptions &o)
{
    return parser.isSet(o.db) ? parser.value(o.db) : BuiltIn::defaultDatabasePath();
}

bool openSession(const QCommandLineParser &parser, const CommonOptions &o, AtlasSession *session, BuiltIn::Seed seed,
                 Diagnostic *error, MissingDatabase missing)
{
    const QString path = databasePath(parser, o);
    if (!BuiltIn::checkDatabasePath(path, error))
        return false;
    // The catalogue first: it is refused before the database is looked at.
    if (!session->setCatalogueFile(parser.isSet(o.catalogue) ? parser.value(o.catalogue) : QString(), error))
        return false;
    if (parser.isSet(o.db) && missing == MissingDatabase::Refuse && !QFileInfo::exists(path))
        return fail(error, {path, 0, Cli::tr("no such database; import into it first, or leave out --db for the default one")});
    return session->open(path, error, seed);
}

int TableCommand::start(const QString &command, const QStringList &args, const QList<QCommandLineOption> &extra)
{
    for (const QCommandLineOption &option : {options.db, options.catalogue, options.match, options.format})
        if (offersMatch || option.names() != options.match.names())
            parser.addOption(option);
    parser.addOption(options.out);
    for (const QCommandLineOption &option : extra)
        parser.addOption(option);
    if (const int rc = parseArguments(parser, command, args); rc >= 0)
        return rc;
    if (const int rc = options.readOutput(parser, command, &format, &out); rc >= 0)
        return rc;
    if (const QString tooMany = KeywordQuery(parser.value(options.match)).error(); !tooMany.isEmpty())
        return usageError(QStringLiteral("--match: ") + tooMany, command);
    Diagnostic error;
    if (!openSession(parser, options, &session, BuiltIn::Seed::IfCreated, &error))
        return failure(error);
    return -1;
}

MatchSet TableCommand::matches() const
{
    return session.index().match(KeywordQuery(parser.value(options.match)));
}

int TableCommand::write(const Table &table)
{
    if (out.isEmpty()) {
        printBytes(table.to(format));
        return Success;
    }
    // Into a file: whole or not at all (OutputFile), never over the database in use.
    Diagnostic error;
    if (!table.save(out, format, session.databasePath(), &error))
        return failure(error);
    print(stdout, Cli::tr("%1: %2 rows\n").arg(out, QString::number(table.rows.size())));
    return Success;
}

int MaintenanceCommand::start(const QString &command, const QStringList &args, const QString &missingNamed,
                              const QString &missingDefault, const QList<QCommandLineOption> &extra)
{
    parser.addOption(options.db);
    parser.addOption(options.catalogue);
    for (const QCommandLineOption &option : extra)
        parser.addOption(option);
    if (const int rc = parseArguments(parser, command, args); rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Cli::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()), command);
    path = databasePath(parser, options);
    Diagnostic error;
    if (!BuiltIn::checkDatabasePath(path, &error))
        return failure(error);
    if (parser.isSet(options.catalogue) && !Catalogue::loadFile(parser.value(options.catalogue), &catalogue, &error))
        return failure(error);
    if (!QFileInfo::exists(path))
        return failure({path, 0, parser.isSet(options.db) ? missingNamed : missingDefault});
    return -1;
}

int ImageCommand::start(const QString &command, const QStringList &args, const QList<QCommandLineOption> &extra)
{
    for (const QCommandLineOption &option : {options.db, options.catalogue, options.match})
        parser.addOption(option);
    const QCommandLineOption regionOption(
        QStringLiteral("region"),
        Cli::tr("Only provinces of this region: east, central, west, northeast (or 东部, 中部, 西部, 东北)."),
        QStringLiteral("REGION"));
    const QCommandLineOption topOption(QStringLiteral("top"),
                                       Cli::tr("Show the N most mentioned initiatives (default: all)."),
                                       QStringLiteral("N"));
    const QCommandLineOption widthOption(QStringLiteral("width"),
                                         Cli::tr("Width in points (default: %1).").arg(ImageExport::DefaultWidth),
                                         QStringLiteral("W"));
    const QCommandLineOption heightOption(QStringLiteral("height"),
                                          heightHelp.isEmpty() ? Cli::tr("Height in points (default: fits the bars).")
                                                               : heightHelp,
                                          QStringLiteral("H"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         Cli::tr("Pixels per point for PNG (default: %1).").arg(ImageExport::DefaultScale),
                                         QStringLiteral("S"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        Cli::tr("Language of the labels: zh_CN or en (default: zh_CN)."),
                                        QStringLiteral("LANG"), QStringLiteral("zh_CN"));
    if (offersRegionAndTop)
        parser.addOptions({regionOption, topOption});
    parser.addOptions({widthOption, heightOption, scaleOption, langOption});
    for (const QCommandLineOption &option : extra)
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("OUT"), Cli::tr("Output file: .png or .svg."), QStringLiteral("OUT"));
    if (const int rc = parseArguments(parser, command, args); rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return usageError(Cli::tr("give exactly one output file (.png or .svg)"), command);
    out = parser.positionalArguments().first();
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return usageError(Cli::tr("the output file must end in .png or .svg"), command);

    auto readNumber = [&](const QCommandLineOption &option, double min, double max, double *value) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const double v = parser.value(option).toDouble(&ok);
        // "nan" and "inf" parse as numbers, and nan passes every comparison.
        if (!ok || !std::isfinite(v) || v < min || v > max)
            return false;
        *value = v;
        return true;
    };
    double w = width, h = height, sc = scale, topN = 0;
    if (!readNumber(widthOption, 200, 10000, &w) || !readNumber(heightOption, 150, 10000, &h)
        || !readNumber(scaleOption, 0.5, 8, &sc) || (offersRegionAndTop && !readNumber(topOption, 1, 10000, &topN)))
        return usageError(offersRegionAndTop ? Cli::tr("--width and --height take 200–10000 and 150–10000 points, "
                                                       "--scale 0.5–8, --top 1 or more")
                                             : Cli::tr("--width and --height take 200–10000 and 150–10000 points, "
                                                       "--scale 0.5–8"),
                          command);
    width = int(w);
    height = int(h);
    scale = sc;
    top = int(topN);
    if (offersRegionAndTop && parser.isSet(regionOption)) {
        const Region *r = ReferenceData::builtIn().findRegion(parser.value(regionOption));
        if (!r)
            return usageError(Cli::tr("unknown region \"%1\"").arg(parser.value(regionOption)), command);
        region = r->id;
    }
    const QString language = parser.value(langOption);
    if (language != QLatin1String("zh_CN") && language != QLatin1String("en"))
        return usageError(Cli::tr("--lang takes zh_CN or en"), command);
    english = language == QLatin1String("en");
    query = KeywordQuery(parser.value(options.match));
    if (!query.isValid())
        return usageError(QStringLiteral("--match: ") + query.error(), command);

    if (const int rc = refuseCatalogueAsOutput(parser, options, out); rc >= 0)
        return rc;
    Diagnostic error;
    if (!openSession(parser, options, &session, BuiltIn::Seed::IfCreated, &error))
        return failure(error);
    matches = session.index().match(query);
    return -1;
}

void ImageCommand::installPictureLanguage(bool picture)
{
    Translations::install(picture ? (english ? QStringLiteral("en") : QStringLiteral("zh_CN"))
                                  : Translations::localeLanguage());
}

int ImageCommand::save(const ImageExport::Picture &picture, const QString &summary)
{
    Diagnostic error;
    // The database in use is never written over: chart atlas.svg --db atlas.svg. Checked first,
    // and the file written afterwards, in the locale's language like every message; the picture
    // is drawn in --lang (the map lays its legend out while it is drawn).
    if (!ImageExport::checkOutput(picture, out, scale, &error)
        || !OutputFile::checkTarget(out, session.databasePath(), &error))
        return failure(error);
    QByteArray bytes;
    installPictureLanguage(true);
    const bool encoded = ImageExport::encode(picture, out, scale, &bytes, &error);
    installPictureLanguage(false);
    if (!encoded || !ImageExport::write(bytes, out, session.databasePath(), &error))
        return failure(error);
    print(stdout, QStringLiteral("%1: %2\n").arg(out, summary));
    return Success;
}

} // namespace Cli
