// SPDX-License-Identifier: GPL-3.0-or-later
// policy-atlas kwic: keyword in context, one row per occurrence of the --match terms and of the
// --initiative's wording in the items they let through, as CSV, JSON or XLSX.
#include "commands.h"

#include "cliutil.h"
#include "textlimits.h"
#include "kwic.h"
#include "outputfile.h"

#include <QFile>

namespace Commands {
namespace {

using namespace Cli;

// Streams the rows batch by batch: a million occurrences are never held at once.
bool writeRows(const AtlasSession &session, const Kwic &kwic, const MatchSet &matches, QIODevice *device,
               TableWriter::Format format, qint64 *written, Diagnostic *error)
{
    TableWriter writer(device, format, Kwic::columns(), Kwic::tableOptions());
    int next = 0;
    while (next < session.index().itemCount()) {
        QList<KwicRow> rows;
        if (!kwic.read(session.store(), matches, &next, 1000, 1000, &rows, error))
            return false;
        for (const KwicRow &row : std::as_const(rows))
            if (!writer.addRow(Kwic::tableRow(session.index(), row, false)))
                return fail(error, {QString(), 0, writer.errorString()});
    }
    if (!writer.finish())
        return fail(error, {QString(), 0, writer.errorString()});
    *written = writer.rows();
    return true;
}

int run(const QStringList &args)
{
    const QString command = QStringLiteral("kwic");
    const CommonOptions o = CommonOptions::make();
    QCommandLineParser parser;
    for (const QCommandLineOption &option : {o.db, o.catalogue, o.match})
        parser.addOption(option);
    QCommandLineOption initiative(QStringLiteral("initiative"),
                                  Cli::tr("Also the wording of this initiative (an id from the catalogue, such as "
                                          "industry-education-integration), in the items that mention it."),
                                  QStringLiteral("ID"));
    QCommandLineOption context(QStringLiteral("context"),
                               Cli::tr("Characters of context each side (default: %1).").arg(Kwic::DefaultContext),
                               QStringLiteral("N"), QString::number(Kwic::DefaultContext));
    for (const QCommandLineOption &option : {initiative, context, o.format, o.out})
        parser.addOption(option);
    if (const int rc = parseArguments(parser, command, args); rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Cli::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()), command);
    const KeywordQuery query(parser.value(o.match));
    if (!query.isValid())
        return usageError(QStringLiteral("--match: ") + query.error(), command);
    if (query.isEmpty() && !parser.isSet(initiative))
        return usageError(Cli::tr("give the words to look for (--match TEXT), an initiative (--initiative ID), or both"),
                          command);
    bool ok = false;
    const int contextWidth = parser.value(context).toInt(&ok);
    if (!ok || contextWidth < 0 || contextWidth > Kwic::MaxContext)
        return usageError(Cli::tr("--context takes a number of characters from 0 to %1").arg(Kwic::MaxContext), command);
    TableWriter::Format tableFormat = TableWriter::Format::Csv;
    QString outPath;
    if (const int rc = o.readOutput(parser, command, &tableFormat, &outPath); rc >= 0)
        return rc;

    AtlasSession session;
    Diagnostic error;
    if (!openSession(parser, o, &session, BuiltIn::Seed::IfCreated, &error))
        return failure(error);
    int initiativeIndex = -1;
    if (parser.isSet(initiative)) {
        initiativeIndex = session.index().initiativeIndex(parser.value(initiative));
        if (initiativeIndex < 0)
            return usageError(Cli::tr("unknown initiative \"%1\" (see the catalogue's ids)")
                                  .arg(TextLimits::shortened(parser.value(initiative), 80)),
                              command);
    }
    const MatchSet matches = session.index().match(query, initiativeIndex);
    const Kwic kwic(session.index(), session.catalogue(), query, session.catalogue().indexOf(parser.value(initiative)),
                    contextWidth);

    // One read transaction: every row from the same snapshot, even while another program writes.
    QSqlDatabase db = session.store().database();
    const bool snapshot = db.transaction();
    qint64 rows = 0;
    bool written = false;
    if (!outPath.isEmpty()) {
        const QString path = outPath;
        OutputFile file(path, session.store().path());
        if (!file.open(&error))
            return failure(error);
        Diagnostic problem;
        if (!writeRows(session, kwic, matches, file.device(), tableFormat, &rows, &problem)) {
            if (file.writeFailed()) {
                file.failWrite(&error);
                return failure(error);
            }
            file.cancel();
            if (problem.file.isEmpty())
                problem.file = path;
            return failure(problem);
        }
        written = file.commit(&error);
        if (written)
            print(stdout, Cli::tr("%1: %2 rows\n").arg(path, QString::number(rows)));
    } else {
        QFile output;
        written = output.open(stdout, QIODevice::WriteOnly)
                  && writeRows(session, kwic, matches, &output, tableFormat, &rows, &error);
        output.flush();
    }
    if (snapshot)
        db.commit();
    return written ? Success : failure(error);
}

} // namespace

Command kwicCommand()
{
    return {"kwic", "kwic",
            QT_TRANSLATE_NOOP("CommandLine",
                              "Keyword in context: each occurrence of --match TEXT or an --initiative's wording, as CSV, "
                              "JSON or XLSX."),
            false, run};
}

} // namespace Commands
