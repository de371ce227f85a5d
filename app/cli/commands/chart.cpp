// SPDX-License-Identifier: GPL-3.0-or-later
// policy-atlas chart OUT.png|OUT.svg: the initiative bar chart, rendered at the requested size.
#include "commands.h"

#include "chartdata.h"
#include "chartexport.h"
#include "cliutil.h"
#include "keywordquery.h"
#include "referencedata.h"
#include "translations.h"

#include <QFileInfo>

#include <cmath>

namespace Commands {
namespace {

using namespace Cli;

int run(const QStringList &args)
{
    const QString command = QStringLiteral("chart");
    const CommonOptions o = CommonOptions::make();
    QCommandLineParser parser;
    for (const QCommandLineOption &option : {o.db, o.catalogue, o.match})
        parser.addOption(option);
    QCommandLineOption region(QStringLiteral("region"),
                              Cli::tr("Only provinces of this region: east, central, west, northeast (or 东部, 中部, "
                                 "西部, 东北)."),
                              QStringLiteral("REGION"));
    QCommandLineOption top(QStringLiteral("top"), Cli::tr("Show the N most mentioned initiatives (default: all)."),
                           QStringLiteral("N"));
    QCommandLineOption width(QStringLiteral("width"), Cli::tr("Width in points (default: %1).").arg(ChartExport::DefaultWidth),
                             QStringLiteral("W"));
    QCommandLineOption height(QStringLiteral("height"),
                              Cli::tr("Height in points (default: fits the bars)."), QStringLiteral("H"));
    QCommandLineOption scale(QStringLiteral("scale"),
                             Cli::tr("Pixels per point for PNG (default: %1).").arg(ChartExport::DefaultScale),
                             QStringLiteral("S"));
    QCommandLineOption lang(QStringLiteral("lang"), Cli::tr("Language of the labels: zh_CN or en (default: zh_CN)."),
                            QStringLiteral("LANG"), QStringLiteral("zh_CN"));
    for (const QCommandLineOption &option : {region, top, width, height, scale, lang})
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("OUT"), Cli::tr("Output file: .png or .svg."), QStringLiteral("OUT"));
    if (const int rc = parseArguments(parser, command, args); rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return usageError(Cli::tr("give exactly one output file (.png or .svg)"), command);
    const QString out = parser.positionalArguments().first();
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return usageError(Cli::tr("the output file must end in .png or .svg"), command);

    ChartExport::Options options;
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
    double w = options.width, h = options.height, sc = options.scale, topN = 0;
    if (!readNumber(width, 200, 10000, &w) || !readNumber(height, 150, 10000, &h) || !readNumber(scale, 0.5, 8, &sc)
        || !readNumber(top, 1, 10000, &topN))
        return usageError(Cli::tr("--width and --height take 200–10000 and 150–10000 points, --scale 0.5–8, --top 1 or "
                             "more"),
                          command);
    options.width = int(w);
    options.height = int(h);
    options.scale = sc;
    QString regionId;
    if (parser.isSet(region)) {
        const Region *r = ReferenceData::builtIn().findRegion(parser.value(region));
        if (!r)
            return usageError(Cli::tr("unknown region \"%1\"").arg(parser.value(region)), command);
        regionId = r->id;
    }
    const QString language = parser.value(lang);
    if (language != QLatin1String("zh_CN") && language != QLatin1String("en"))
        return usageError(Cli::tr("--lang takes zh_CN or en"), command);
    const KeywordQuery query(parser.value(o.match));
    if (!query.isValid())
        return usageError(QStringLiteral("--match: ") + query.error(), command);

    AtlasSession session;
    Diagnostic error;
    if (!openSession(parser, o, &session, BuiltIn::Seed::IfCreated, &error))
        return failure(error);
    const MatchSet matches = session.index().match(query);
    ChartData::Options chartOptions;
    chartOptions.english = language == QLatin1String("en");
    chartOptions.region = regionId;
    chartOptions.top = int(topN);
    chartOptions.filterText = parser.value(o.match);
    options.databaseInUse = session.databasePath(); // chart atlas.svg --db atlas.svg
    // The chart's labels follow --lang, and only they: its translator is there while the chart's
    // text (titles, subtitle, names) is made; then the locale's again, for the messages, which
    // follow the locale like every other command's.
    Translations::install(language);
    const ChartData data = ChartData::build(session.index(), matches, chartOptions);
    Translations::install(Translations::localeLanguage());
    if (!ChartExport::save(data, out, options, &error))
        return failure(error);
    const int bars = int(data.bars.size());
    const int outputHeight = ChartExport::outputSize(data, options).height();
    if (options.height > 0 && outputHeight != options.height)
        print(stderr, Cli::tr("%1: note: height raised from %2 to %3 points so that all %4 labels fit\n")
                          .arg(out, QString::number(options.height), QString::number(outputHeight),
                               QString::number(bars)));
    // The labels follow --lang, messages the locale; this line is output (for scripts), not a
    // message: the same in every language.
    print(stdout, QStringLiteral("%1: %2 bars\n").arg(out, QString::number(bars)));
    return Success;
}

} // namespace

Command chartCommand()
{
    return {"chart", "chart OUT",
            QT_TRANSLATE_NOOP("CommandLine", "Render the initiative bar chart to a .png or .svg file."), true, run};
}

} // namespace Commands
