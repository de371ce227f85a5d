// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "builtin.h"
#include "catalogue.h"
#include "chartdata.h"
#include "chartexport.h"
#include "corpusgenerator.h"
#include "corpusindex.h"
#include "corpusparser.h"
#include "keywordquery.h"
#include "referencedata.h"
#include "store.h"
#include "tablewriter.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

namespace CommandLine {
namespace {

const char *const Commands[] = {"import", "provinces", "counts", "matrix", "chart", "generate"};

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    fflush(stream);
}

void printBytes(const QByteArray &bytes)
{
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    fflush(stdout);
}

int usageError(const QString &message, const QString &command)
{
    print(stderr, QStringLiteral("policy-atlas %1: %2\n").arg(command, message));
    print(stderr, tr("Try 'policy-atlas %1 --help'.\n").arg(command));
    return UsageError;
}

int failure(const Diagnostic &d)
{
    print(stderr, d.toString() + u'\n');
    return Failure;
}

struct Common
{
    QCommandLineOption db;
    QCommandLineOption catalogue;
    QCommandLineOption match;
    QCommandLineOption format;
};

Common commonOptions()
{
    return {QCommandLineOption(QStringLiteral("db"),
                               tr("Database file (default: %1).").arg(BuiltIn::defaultDatabasePath()),
                               QStringLiteral("FILE")),
            QCommandLineOption(QStringLiteral("catalogue"),
                               tr("Initiative catalogue (JSON) to use instead of the built-in one."),
                               QStringLiteral("FILE")),
            QCommandLineOption(QStringLiteral("match"),
                               tr("Only items containing all these whitespace-separated terms (in the item text "
                                  "or the unit's names; case-insensitive)."),
                               QStringLiteral("TEXT")),
            QCommandLineOption(QStringLiteral("format"), tr("Output format: csv or json (default: csv)."),
                               QStringLiteral("FORMAT"), QStringLiteral("csv"))};
}

// What every reading command needs: the catalogue, the database and an index over it.
struct Session
{
    Catalogue catalogue;
    Store store;
    CorpusIndex index;
};

QString databasePath(const QCommandLineParser &parser, const Common &o)
{
    return parser.isSet(o.db) ? parser.value(o.db) : BuiltIn::defaultDatabasePath();
}

bool openSession(const QCommandLineParser &parser, const Common &o, Session *s, BuiltIn::Seed seed, Diagnostic *error)
{
    if (parser.isSet(o.catalogue)) {
        if (!Catalogue::loadFile(parser.value(o.catalogue), &s->catalogue, error))
            return false;
    } else {
        s->catalogue = Catalogue::builtIn();
    }
    if (!BuiltIn::openDatabase(&s->store, databasePath(parser, o), s->catalogue, seed, error))
        return false;
    return s->index.load(s->store, ReferenceData::builtIn(), s->catalogue, error);
}

bool parseFormat(const QCommandLineParser &parser, const Common &o, TableWriter::Format *format, QString *error)
{
    const QString value = parser.value(o.format).toLower();
    if (value == QLatin1String("csv"))
        *format = TableWriter::Format::Csv;
    else if (value == QLatin1String("json"))
        *format = TableWriter::Format::Json;
    else {
        *error = tr("unknown format \"%1\" (use csv or json)").arg(parser.value(o.format));
        return false;
    }
    return true;
}

QString regionName(const QString &id, bool english)
{
    const Region *r = ReferenceData::builtIn().findRegion(id);
    return r ? (english ? r->nameEn : r->nameZh) : QString();
}

// Parses the arguments; returns -1 to go on, or an exit code (help shown, usage error).
int parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &args)
{
    parser.setApplicationDescription(QStringLiteral("policy-atlas %1").arg(command));
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

int importCommand(const QStringList &args)
{
    const Common o = commonOptions();
    QCommandLineParser parser;
    parser.addOption(o.db);
    parser.addOption(o.catalogue);
    QCommandLineOption year(QStringLiteral("year"), tr("Year of the documents (default: read from the title)."),
                            QStringLiteral("YEAR"));
    parser.addOption(year);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Corpus text files to import."), QStringLiteral("FILE..."));
    if (const int rc = parseArguments(parser, QStringLiteral("import"), args); rc >= 0)
        return rc;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(tr("no file given"), QStringLiteral("import"));
    int yearValue = 0;
    if (parser.isSet(year)) {
        bool ok = false;
        yearValue = parser.value(year).toInt(&ok);
        if (!ok || yearValue < 1949 || yearValue > 2100)
            return usageError(tr("--year must be a year such as 2023"), QStringLiteral("import"));
    }

    const bool existed = QFileInfo::exists(databasePath(parser, o));
    Session s;
    Diagnostic error;
    if (!openSession(parser, o, &s, BuiltIn::Seed::Never, &error))
        return failure(error);
    // One transaction for all files: a bad file, or a failure part-way, leaves the database as it was.
    QList<ImportResult> results;
    QList<ParsedDocument> docs;
    if (!s.store.importFiles(files, ReferenceData::builtIn(), s.catalogue, yearValue, &results, &docs, &error)) {
        // Nothing was imported: a database file this command created is not left behind, empty.
        if (!existed && s.store.wasCreated()) {
            const QString path = s.store.path();
            s.store.close();
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(path + QLatin1String(suffix));
        }
        return failure(error);
    }
    for (const ParsedDocument &doc : std::as_const(docs))
        for (const Diagnostic &w : doc.warnings)
            print(stderr, tr("%1 (warning)").arg(w.toString()) + u'\n');
    for (int d = 0; d < docs.size(); ++d) {
        const ParsedDocument &doc = docs.at(d);
        const ImportResult &result = results.at(d);
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

int provincesCommand(const QStringList &args)
{
    const Common o = commonOptions();
    QCommandLineParser parser;
    for (const QCommandLineOption &option : {o.db, o.catalogue, o.match, o.format})
        parser.addOption(option);
    if (const int rc = parseArguments(parser, QStringLiteral("provinces"), args); rc >= 0)
        return rc;
    TableWriter::Format format;
    QString message;
    if (!parseFormat(parser, o, &format, &message))
        return usageError(message, QStringLiteral("provinces"));
    Session s;
    Diagnostic error;
    if (!openSession(parser, o, &s, BuiltIn::Seed::IfCreated, &error))
        return failure(error);

    const bool filtered = parser.isSet(o.match);
    const MatchSet matches = s.index.match(KeywordQuery(parser.value(o.match)));
    QStringList columns{QStringLiteral("code"), QStringLiteral("name_zh"), QStringLiteral("name_en"),
                        QStringLiteral("region"), QStringLiteral("region_en"), QStringLiteral("items")};
    if (filtered)
        columns.append(QStringLiteral("matching_items"));
    TableWriter table(columns);
    for (int u = 0; u < s.index.units().size(); ++u) {
        const IndexedUnit &unit = s.index.units().at(u);
        if (filtered && matches.perUnit[size_t(u)] == 0)
            continue;
        QVariantList row{unit.code, unit.nameZh, unit.nameEn, regionName(unit.region, false),
                         regionName(unit.region, true), unit.itemCount};
        if (filtered)
            row.append(matches.perUnit[size_t(u)]);
        table.addRow(row);
    }
    printBytes(table.to(format));
    return Success;
}

int countsCommand(const QStringList &args)
{
    const Common o = commonOptions();
    QCommandLineParser parser;
    for (const QCommandLineOption &option : {o.db, o.catalogue, o.match, o.format})
        parser.addOption(option);
    if (const int rc = parseArguments(parser, QStringLiteral("counts"), args); rc >= 0)
        return rc;
    TableWriter::Format format;
    QString message;
    if (!parseFormat(parser, o, &format, &message))
        return usageError(message, QStringLiteral("counts"));
    Session s;
    Diagnostic error;
    if (!openSession(parser, o, &s, BuiltIn::Seed::IfCreated, &error))
        return failure(error);

    const MatchSet matches = s.index.match(KeywordQuery(parser.value(o.match)));
    TableWriter table({QStringLiteral("id"), QStringLiteral("name_zh"), QStringLiteral("name_en"),
                       QStringLiteral("provinces"), QStringLiteral("items"), QStringLiteral("province_names")});
    for (const InitiativeCount &c : s.index.counts(matches)) {
        const IndexedInitiative &in = s.index.initiatives().at(c.initiative);
        QStringList names;
        for (int u : c.units)
            names.append(s.index.units().at(u).nameZh);
        table.addRow({in.id, in.nameZh, in.nameEn, c.provinces, c.items, names.join(u'、')});
    }
    printBytes(table.to(format));
    return Success;
}

int matrixCommand(const QStringList &args)
{
    const Common o = commonOptions();
    QCommandLineParser parser;
    for (const QCommandLineOption &option : {o.db, o.catalogue, o.match, o.format})
        parser.addOption(option);
    if (const int rc = parseArguments(parser, QStringLiteral("matrix"), args); rc >= 0)
        return rc;
    TableWriter::Format format;
    QString message;
    if (!parseFormat(parser, o, &format, &message))
        return usageError(message, QStringLiteral("matrix"));
    Session s;
    Diagnostic error;
    if (!openSession(parser, o, &s, BuiltIn::Seed::IfCreated, &error))
        return failure(error);

    const MatchSet matches = s.index.match(KeywordQuery(parser.value(o.match)));
    QStringList columns{QStringLiteral("code"), QStringLiteral("name_zh")};
    for (const IndexedInitiative &in : s.index.initiatives())
        columns.append(in.id);
    TableWriter table(columns);
    const auto cells = s.index.matrix(matches);
    for (int u = 0; u < s.index.units().size(); ++u) {
        QVariantList row{s.index.units().at(u).code, s.index.units().at(u).nameZh};
        for (int value : cells[size_t(u)])
            row.append(value);
        table.addRow(row);
    }
    printBytes(table.to(format));
    return Success;
}

int chartCommand(const QStringList &args)
{
    const Common o = commonOptions();
    QCommandLineParser parser;
    for (const QCommandLineOption &option : {o.db, o.catalogue, o.match})
        parser.addOption(option);
    QCommandLineOption region(QStringLiteral("region"),
                              tr("Only provinces of this region: east, central, west, northeast (or 东部, 中部, "
                                 "西部, 东北)."),
                              QStringLiteral("REGION"));
    QCommandLineOption top(QStringLiteral("top"), tr("Show the N most mentioned initiatives (default: all)."),
                           QStringLiteral("N"));
    QCommandLineOption width(QStringLiteral("width"), tr("Width in points (default: %1).").arg(ChartExport::DefaultWidth),
                             QStringLiteral("W"));
    QCommandLineOption height(QStringLiteral("height"),
                              tr("Height in points (default: fits the bars)."), QStringLiteral("H"));
    QCommandLineOption scale(QStringLiteral("scale"),
                             tr("Pixels per point for PNG (default: %1).").arg(ChartExport::DefaultScale),
                             QStringLiteral("S"));
    QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the labels: zh_CN or en (default: zh_CN)."),
                            QStringLiteral("LANG"), QStringLiteral("zh_CN"));
    for (const QCommandLineOption &option : {region, top, width, height, scale, lang})
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("OUT"), tr("Output file: .png or .svg."), QStringLiteral("OUT"));
    const QString command = QStringLiteral("chart");
    if (const int rc = parseArguments(parser, command, args); rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("give exactly one output file (.png or .svg)"), command);
    const QString out = parser.positionalArguments().first();
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return usageError(tr("the output file must end in .png or .svg"), command);

    ChartExport::Options options;
    auto readNumber = [&](const QCommandLineOption &option, double min, double max, double *value) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const double v = parser.value(option).toDouble(&ok);
        if (!ok || v < min || v > max)
            return false;
        *value = v;
        return true;
    };
    double w = options.width, h = options.height, sc = options.scale, topN = 0;
    if (!readNumber(width, 200, 10000, &w) || !readNumber(height, 150, 10000, &h) || !readNumber(scale, 0.5, 8, &sc)
        || !readNumber(top, 1, 10000, &topN))
        return usageError(tr("--width and --height take 200–10000 and 150–10000 points, --scale 0.5–8, --top 1 or "
                             "more"),
                          command);
    options.width = int(w);
    options.height = int(h);
    options.scale = sc;
    QString regionId;
    if (parser.isSet(region)) {
        const Region *r = ReferenceData::builtIn().findRegion(parser.value(region));
        if (!r)
            return usageError(tr("unknown region \"%1\"").arg(parser.value(region)), command);
        regionId = r->id;
    }
    const QString language = parser.value(lang);
    if (language != QLatin1String("zh_CN") && language != QLatin1String("en"))
        return usageError(tr("--lang takes zh_CN or en"), command);
    Translations::install(language);

    Session s;
    Diagnostic error;
    if (!openSession(parser, o, &s, BuiltIn::Seed::IfCreated, &error))
        return failure(error);
    const MatchSet matches = s.index.match(KeywordQuery(parser.value(o.match)));
    ChartData::Options chartOptions;
    chartOptions.english = language == QLatin1String("en");
    chartOptions.region = regionId;
    chartOptions.top = int(topN);
    chartOptions.filterText = parser.value(o.match);
    const ChartData data = ChartData::build(s.index, matches, chartOptions);
    if (!ChartExport::save(data, out, options, &error))
        return failure(error);
    const int bars = int(data.bars.size());
    const int outputHeight = ChartExport::outputSize(data, options).height();
    if (options.height > 0 && outputHeight != options.height)
        print(stderr, QStringLiteral("%1: note: height raised from %2 to %3 points so that all %4 labels fit\n")
                          .arg(out, QString::number(options.height), QString::number(outputHeight),
                               QString::number(bars)));
    // The labels follow --lang; this line, like every other command's output, is English.
    print(stdout, QStringLiteral("%1: %2 bars\n").arg(out, QString::number(bars)));
    return Success;
}

int generateCommand(const QStringList &args)
{
    QCommandLineParser parser;
    QCommandLineOption items(QStringLiteral("items"), tr("Number of items and sub-items to write."),
                             QStringLiteral("N"));
    QCommandLineOption out(QStringLiteral("out"), tr("Output file."), QStringLiteral("FILE"));
    QCommandLineOption seed(QStringLiteral("seed"), tr("Seed of the pseudo-random choices (default: 1)."),
                            QStringLiteral("S"), QStringLiteral("1"));
    parser.addOptions({items, out, seed});
    const QString command = QStringLiteral("generate");
    if (const int rc = parseArguments(parser, command, args); rc >= 0)
        return rc;
    bool ok = false;
    const qint64 count = parser.value(items).toLongLong(&ok);
    if (!parser.isSet(items) || !ok || count < 1 || count > 100'000'000)
        return usageError(tr("--items takes a number from 1 to 100000000"), command);
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return usageError(tr("--out names the file to write"), command);
    const quint64 seedValue = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return usageError(tr("--seed takes a non-negative whole number"), command);
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()), command);
    Diagnostic error;
    if (!CorpusGenerator(seedValue).write(parser.value(out), count, &error))
        return failure(error);
    print(stdout, QStringLiteral("%1: %2 items in 31 provinces (seed %3)\n")
                          .arg(parser.value(out), QString::number(count), QString::number(seedValue)));
    return Success;
}

QString overview()
{
    return tr("Usage: policy-atlas [--db FILE] [--catalogue FILE] [--lang zh_CN|en]   (opens the window)\n"
              "       policy-atlas COMMAND [options]\n\n"
              "Commands:\n"
              "  import FILE...   Import corpus text files into the database.\n"
              "  provinces        List provinces with their item counts (--match to filter).\n"
              "  counts           How many provinces and items mention each initiative.\n"
              "  matrix           Province x initiative table of mentioning items.\n"
              "  chart OUT        Render the initiative bar chart to a .png or .svg file.\n"
              "  generate         Write a synthetic corpus (--items N --out FILE [--seed S]).\n\n"
              "'policy-atlas COMMAND --help' describes a command's options.\n"
              "Exit status: 0 success, 1 bad input or failed operation, 2 usage error.\n");
}

} // namespace

bool wantsCommandLine(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const QByteArray first(argv[1]);
    for (const char *command : Commands)
        if (first == command)
            return true;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v")
            return true;
    }
    return !first.startsWith('-'); // an unknown word: report it as a usage error
}

int run(int argc, char **argv)
{
    const QByteArray command = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    std::unique_ptr<QCoreApplication> app;
    if (command == "chart") {
        // Rendering needs a GUI application, but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("PolicyAtlas"));
    QCoreApplication::setApplicationName(QStringLiteral("policy-atlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POLICY_ATLAS_VERSION));

    QStringList args = QCoreApplication::arguments();
    const QString name = args.value(1);
    if (name.startsWith(u'-')) { // GUI options with --help or --version among them
        if (args.contains(QLatin1String("--version")) || args.contains(QLatin1String("-v"))) {
            print(stdout, QStringLiteral("policy-atlas %1\n").arg(QCoreApplication::applicationVersion()));
            return Success;
        }
        print(stdout, overview());
        return Success;
    }
    args.removeAt(1); // QCommandLineParser sees "policy-atlas --options... positional..."
    if (name == QLatin1String("import"))
        return importCommand(args);
    if (name == QLatin1String("provinces"))
        return provincesCommand(args);
    if (name == QLatin1String("counts"))
        return countsCommand(args);
    if (name == QLatin1String("matrix"))
        return matrixCommand(args);
    if (name == QLatin1String("generate"))
        return generateCommand(args);
    if (name == QLatin1String("chart"))
        return chartCommand(args);
    print(stderr, tr("policy-atlas: unknown command \"%1\"\n\n").arg(name) + overview());
    return UsageError;
}

} // namespace CommandLine
