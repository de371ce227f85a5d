// SPDX-License-Identifier: GPL-3.0-or-later
// policy-atlas generate --items N --out FILE: a synthetic corpus in the published format.
// policy-atlas generate --years FROM-TO [--items N] --out FOLDER [--truth FILE.csv]: one document
// per year, FOLDER/YEAR.txt, in which the initiatives spread from province to province along
// logistic curves (CorpusGenerator::writeYears); --truth writes which province mentions which
// initiative in which year, one CSV row per province and initiative: province_code, province,
// initiative, first_year (empty if never), years (the years it is mentioned, ';'-separated).
#include "commands.h"

#include "cliutil.h"
#include "corpusgenerator.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace Commands {
namespace {

using namespace Cli;

constexpr qint64 DefaultItemsPerYear = 2000;

int run(const QStringList &args)
{
    QCommandLineParser parser;
    QCommandLineOption items(QStringLiteral("items"),
                             Cli::tr("Number of items and sub-items to write (with --years: per year, "
                                     "default %1).")
                                 .arg(DefaultItemsPerYear),
                             QStringLiteral("N"));
    QCommandLineOption out(QStringLiteral("out"), Cli::tr("Output file (with --years: folder, one YEAR.txt per year)."),
                           QStringLiteral("FILE"));
    QCommandLineOption seed(QStringLiteral("seed"), Cli::tr("Seed of the pseudo-random choices (default: 1)."),
                            QStringLiteral("S"), QStringLiteral("1"));
    QCommandLineOption years(QStringLiteral("years"),
                             Cli::tr("Write one document per year from FROM to TO (%1–%2, at most %3 years), in "
                                     "which each initiative spreads from a few provinces along a logistic curve, "
                                     "some provinces dropping it again.")
                                 .arg(CorpusGenerator::MinYear)
                                 .arg(CorpusGenerator::MaxYear)
                                 .arg(CorpusGenerator::MaxYears),
                             QStringLiteral("FROM-TO"));
    QCommandLineOption truth(QStringLiteral("truth"),
                             Cli::tr("With --years: also write which province mentions which initiative in which "
                                     "year, as CSV with one row per province and initiative: province_code, "
                                     "province, initiative, first_year (empty if never), years (the years it is "
                                     "mentioned, separated by ';')."),
                             QStringLiteral("FILE"));
    parser.addOptions({items, out, seed, years, truth});
    const QString command = QStringLiteral("generate");
    if (const int rc = parseArguments(parser, command, args); rc >= 0)
        return rc;
    const bool series = parser.isSet(years);
    bool ok = true;
    qint64 count = DefaultItemsPerYear;
    if (parser.isSet(items))
        count = parser.value(items).toLongLong(&ok);
    else if (!series)
        ok = false;
    if (series && (!ok || count < 31 || count > 100'000'000))
        return usageError(Cli::tr("--items takes a number from 31 to 100000000 with --years (every province has "
                                  "items each year)"),
                          command);
    if (!ok || count < 1 || count > 100'000'000)
        return usageError(Cli::tr("--items takes a number from 1 to 100000000"), command);
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return usageError(series ? Cli::tr("--out names the folder to write the years into")
                                 : Cli::tr("--out names the file to write"),
                          command);
    const quint64 seedValue = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return usageError(Cli::tr("--seed takes a non-negative whole number"), command);
    if (!parser.positionalArguments().isEmpty())
        return usageError(Cli::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()), command);
    if (parser.isSet(truth) && !series)
        return usageError(Cli::tr("--truth needs --years"), command);
    if (parser.isSet(truth) && parser.value(truth).isEmpty())
        return usageError(Cli::tr("--truth names the CSV file to write"), command);
    Diagnostic error;
    if (series) {
        static const QRegularExpression range(QStringLiteral("^\\s*(\\d{4})\\s*-\\s*(\\d{4})\\s*$"));
        const QRegularExpressionMatch m = range.match(parser.value(years));
        const int from = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int to = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (!m.hasMatch() || from < CorpusGenerator::MinYear || to > CorpusGenerator::MaxYear || from > to
            || to - from >= CorpusGenerator::MaxYears)
            return usageError(Cli::tr("--years takes FROM-TO, two years from %1 to %2, FROM not after TO, at most "
                                      "%3 years (e.g. 2019-2023)")
                                  .arg(CorpusGenerator::MinYear)
                                  .arg(CorpusGenerator::MaxYear)
                                  .arg(CorpusGenerator::MaxYears),
                              command);
        if (QFileInfo(parser.value(out)).exists() && !QFileInfo(parser.value(out)).isDir())
            return usageError(Cli::tr("--out names a folder with --years, and \"%1\" is a file")
                                  .arg(parser.value(out)),
                              command);
        if (parser.isSet(truth)) {
            const QString truthPath = QFileInfo(parser.value(truth)).absoluteFilePath();
            const QDir folder(parser.value(out));
            for (int year = from; year <= to; ++year)
                if (truthPath == QFileInfo(folder.filePath(QStringLiteral("%1.txt").arg(year))).absoluteFilePath())
                    return usageError(Cli::tr("--truth names one of the documents to write"), command);
        }
        if (!CorpusGenerator(seedValue).writeYears(parser.value(out), from, to, count, parser.value(truth), &error))
            return failure(error);
        print(stdout, Cli::tr("%1: %n document(s) (%2–%3), %4 items each in 31 provinces (seed %5)\n", nullptr,
                              to - from + 1)
                          .arg(parser.value(out))
                          .arg(from)
                          .arg(to)
                          .arg(count)
                          .arg(seedValue));
        if (parser.isSet(truth))
            print(stdout, Cli::tr("%1: who mentions what in which year\n").arg(parser.value(truth)));
        return Success;
    }
    if (!CorpusGenerator(seedValue).write(parser.value(out), count, &error))
        return failure(error);
    print(stdout, QStringLiteral("%1: %2 items in 31 provinces (seed %3)\n")
                          .arg(parser.value(out), QString::number(count), QString::number(seedValue)));
    return Success;
}

} // namespace

Command generateCommand()
{
    return {"generate", "generate",
            QT_TRANSLATE_NOOP("CommandLine", "Write a synthetic corpus (--items N --out FILE [--seed S]; or "
                                              "--years FROM-TO [--items N] --out FOLDER [--truth FILE.csv])."), false,
            run};
}

} // namespace Commands
