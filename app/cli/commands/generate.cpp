// SPDX-License-Identifier: GPL-3.0-or-later
// policy-atlas generate --items N --out FILE: a synthetic corpus in the published format.
#include "commands.h"

#include "cliutil.h"
#include "corpusgenerator.h"

namespace Commands {
namespace {

using namespace Cli;

int run(const QStringList &args)
{
    QCommandLineParser parser;
    QCommandLineOption items(QStringLiteral("items"), Cli::tr("Number of items and sub-items to write."),
                             QStringLiteral("N"));
    QCommandLineOption out(QStringLiteral("out"), Cli::tr("Output file."), QStringLiteral("FILE"));
    QCommandLineOption seed(QStringLiteral("seed"), Cli::tr("Seed of the pseudo-random choices (default: 1)."),
                            QStringLiteral("S"), QStringLiteral("1"));
    parser.addOptions({items, out, seed});
    const QString command = QStringLiteral("generate");
    if (const int rc = parseArguments(parser, command, args); rc >= 0)
        return rc;
    bool ok = false;
    const qint64 count = parser.value(items).toLongLong(&ok);
    if (!parser.isSet(items) || !ok || count < 1 || count > 100'000'000)
        return usageError(Cli::tr("--items takes a number from 1 to 100000000"), command);
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return usageError(Cli::tr("--out names the file to write"), command);
    const quint64 seedValue = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return usageError(Cli::tr("--seed takes a non-negative whole number"), command);
    if (!parser.positionalArguments().isEmpty())
        return usageError(Cli::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()), command);
    Diagnostic error;
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
            QT_TRANSLATE_NOOP("CommandLine", "Write a synthetic corpus (--items N --out FILE [--seed S])."), false,
            run};
}

} // namespace Commands
