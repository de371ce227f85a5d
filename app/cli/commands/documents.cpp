// SPDX-License-Identifier: GPL-3.0-or-later
// policy-atlas documents: the documents in the database, with their counts.
#include "commands.h"

#include "cliutil.h"
#include "documentcatalog.h"

namespace Commands {
namespace {

using namespace Cli;

int run(const QStringList &args)
{
    TableCommand c;
    c.offersMatch = false;
    if (const int rc = c.start(QStringLiteral("documents"), args); rc >= 0)
        return rc;
    if (!c.parser.positionalArguments().isEmpty())
        return usageError(Cli::tr("unexpected argument \"%1\"").arg(c.parser.positionalArguments().first()),
                          QStringLiteral("documents"));
    QList<DocumentSummary> documents;
    Diagnostic error;
    if (!DocumentCatalog(c.session.store()).list(&documents, &error))
        return failure(error);
    Table table{{QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("year"), QStringLiteral("source"),
                 QStringLiteral("author"), QStringLiteral("units"), QStringLiteral("items"), QStringLiteral("imported_at")},
                {}};
    for (const DocumentSummary &d : std::as_const(documents))
        table.addRow({d.id, d.title, d.year, d.source, d.author, d.units, d.items, d.importedAt});
    return c.write(table);
}

} // namespace

Command documentsCommand()
{
    return {"documents", "documents",
            QT_TRANSLATE_NOOP("CommandLine", "List the documents in the database (ids for remove and items)."), false,
            run};
}

} // namespace Commands
