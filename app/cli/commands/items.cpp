// SPDX-License-Identifier: GPL-3.0-or-later
// policy-atlas items: one row per item and sub-item, in published order, as CSV, JSON or XLSX.
#include "commands.h"

#include "cliutil.h"
#include "itemexport.h"
#include "keywordquery.h"
#include "referencedata.h"

#include <QFile>

namespace Commands {
namespace {

using namespace Cli;

// The unit a --province value names: a GB/T 2260 code, a full or short name, or the name of a
// non-standard unit in the database. 0 when it names nothing; -1 for a known province that has
// no items here.
qint64 unitNamed(const CorpusIndex &index, const QString &value)
{
    const ReferenceData &reference = ReferenceData::builtIn();
    const Province *province = reference.provinceByCode(value.trimmed());
    if (!province)
        province = reference.findProvince(value);
    for (const IndexedUnit &unit : index.units())
        if (province ? unit.code == province->code : unit.nameZh == value.trimmed())
            return unit.id;
    return province ? -1 : 0;
}

int run(const QStringList &args)
{
    const QString command = QStringLiteral("items");
    const CommonOptions o = CommonOptions::make();
    QCommandLineParser parser;
    for (const QCommandLineOption &option : {o.db, o.catalogue, o.match})
        parser.addOption(option);
    QCommandLineOption province(QStringLiteral("province"),
                                Cli::tr("Only this province: a GB/T 2260 code (440000) or a name (广东省, 广东)."),
                                QStringLiteral("PROVINCE"));
    QCommandLineOption document(QStringLiteral("document"),
                                Cli::tr("Only this document (an id from 'policy-atlas documents')."), QStringLiteral("ID"));
    QCommandLineOption bom(QStringLiteral("bom"),
                           Cli::tr("Start the CSV with a UTF-8 byte-order mark (for Excel on Windows)."));
    for (const QCommandLineOption &option : {province, document, o.format, o.out, bom})
        parser.addOption(option);
    if (const int rc = parseArguments(parser, command, args); rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Cli::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()), command);
    TableWriter::Format tableFormat = TableWriter::Format::Csv;
    QString outPath;
    if (const int rc = o.readOutput(parser, command, &tableFormat, &outPath); rc >= 0)
        return rc;
    if (parser.isSet(bom) && tableFormat != TableWriter::Format::Csv)
        return usageError(Cli::tr("--bom applies to csv only"), command);
    qint64 documentId = 0;
    if (parser.isSet(document)) {
        bool ok = false;
        documentId = parser.value(document).toLongLong(&ok);
        if (!ok || documentId <= 0)
            return usageError(Cli::tr("--document takes a document id, such as 1 (see 'policy-atlas documents')"), command);
    }

    AtlasSession session;
    Diagnostic error;
    if (!openSession(parser, o, &session, BuiltIn::Seed::IfCreated, &error))
        return failure(error);
    ItemSelection selection;
    if (parser.isSet(province)) {
        selection.unitId = unitNamed(session.index(), parser.value(province));
        if (selection.unitId == 0)
            return usageError(Cli::tr("unknown province \"%1\" (give a GB/T 2260 code such as 440000, or a name such as "
                                 "广东省 or 广东)")
                                  .arg(parser.value(province)),
                              command);
    }
    if (documentId) {
        bool known = false;
        for (const DocumentRecord &d : session.documents())
            known = known || d.id == documentId;
        if (!known)
            return failure({session.databasePath(), 0, Cli::tr("no document %1 in this database").arg(documentId)});
        selection.documentId = documentId;
    }
    const MatchSet matches = session.index().match(KeywordQuery(parser.value(o.match)));
    selection.index = &session.index();
    selection.matches = &matches;

    ItemExport::Result result;
    if (!outPath.isEmpty()) {
        const QString path = outPath;
        if (!ItemExport::save(session.store(), selection, path, tableFormat, parser.isSet(bom), &result, &error))
            return failure(error);
        print(stdout, Cli::tr("%1: %2 rows\n").arg(path, QString::number(result.rows)));
    } else {
        QFile output;
        if (!output.open(stdout, QIODevice::WriteOnly)
            || !ItemExport::write(session.store(), selection, &output, tableFormat, parser.isSet(bom), &result, &error))
            return failure(error);
        output.flush();
    }
    if (result.truncatedCells > 0)
        print(stderr, Cli::tr("%1: %2 texts longer than %3 characters were cut to fit an Excel cell (warning)\n")
                          .arg(outPath, QString::number(result.truncatedCells),
                               QString::number(TableWriter::XlsxMaxCellCharacters)));
    return Success;
}

} // namespace

Command itemsCommand()
{
    return {"items", "items",
            QT_TRANSLATE_NOOP("CommandLine", "Write every item and sub-item as CSV, JSON or XLSX (--out FILE)."), false,
            run};
}

} // namespace Commands
