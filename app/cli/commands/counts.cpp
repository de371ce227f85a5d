// SPDX-License-Identifier: GPL-3.0-or-later
// policy-atlas counts: how many provinces and items mention each initiative.
#include "commands.h"

#include "cliutil.h"

namespace Commands {
namespace {

using namespace Cli;

int run(const QStringList &args)
{
    TableCommand c;
    if (const int rc = c.start(QStringLiteral("counts"), args); rc >= 0)
        return rc;
    const CorpusIndex &index = c.session.index();
    Table table{{QStringLiteral("id"), QStringLiteral("name_zh"), QStringLiteral("name_en"), QStringLiteral("provinces"),
                 QStringLiteral("items"), QStringLiteral("province_names")},
                {}};
    for (const InitiativeCount &count : index.counts(c.matches())) {
        const IndexedInitiative &in = index.initiatives().at(count.initiative);
        QStringList names;
        for (int u : count.units)
            names.append(index.units().at(u).nameZh);
        table.addRow({in.id, in.nameZh, in.nameEn, count.provinces, count.items, names.join(u'、')});
    }
    return c.write(table);
}

} // namespace

Command countsCommand()
{
    return {"counts", "counts",
            QT_TRANSLATE_NOOP("CommandLine", "How many provinces and items mention each initiative."), false, run};
}

} // namespace Commands
