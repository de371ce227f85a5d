// SPDX-License-Identifier: GPL-3.0-or-later
// policy-atlas matrix: a row per province, a column per initiative, mentioning items in each cell.
#include "commands.h"

#include "cliutil.h"

namespace Commands {
namespace {

using namespace Cli;

int run(const QStringList &args)
{
    TableCommand c;
    if (const int rc = c.start(QStringLiteral("matrix"), args); rc >= 0)
        return rc;
    const CorpusIndex &index = c.session.index();
    QStringList columns{QStringLiteral("code"), QStringLiteral("name_zh")};
    for (const IndexedInitiative &in : index.initiatives())
        columns.append(in.id);
    Table table{columns, {}};
    const auto cells = index.matrix(c.matches());
    for (int u = 0; u < index.units().size(); ++u) {
        QVariantList row{index.units().at(u).code, index.units().at(u).nameZh};
        for (int value : cells[size_t(u)])
            row.append(value);
        table.addRow(row);
    }
    return c.write(table);
}

} // namespace

Command matrixCommand()
{
    return {"matrix", "matrix", QT_TRANSLATE_NOOP("CommandLine", "Province x initiative table of mentioning items."),
            false, run};
}

} // namespace Commands
