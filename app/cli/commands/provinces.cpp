// SPDX-License-Identifier: GPL-3.0-or-later
// policy-atlas provinces: each unit with its item count (and matching items under --match).
#include "commands.h"

#include "cliutil.h"
#include "referencedata.h"

namespace Commands {
namespace {

using namespace Cli;

QString regionName(const QString &id, bool english)
{
    const Region *r = ReferenceData::builtIn().findRegion(id);
    return r ? (english ? r->nameEn : r->nameZh) : QString();
}

int run(const QStringList &args)
{
    TableCommand c;
    if (const int rc = c.start(QStringLiteral("provinces"), args); rc >= 0)
        return rc;
    const CorpusIndex &index = c.session.index();
    const bool filtered = c.parser.isSet(c.options.match);
    const MatchSet matches = c.matches();
    QStringList columns{QStringLiteral("code"), QStringLiteral("name_zh"), QStringLiteral("name_en"),
                        QStringLiteral("region"), QStringLiteral("region_en"), QStringLiteral("items")};
    if (filtered)
        columns.append(QStringLiteral("matching_items"));
    Table table{columns, {}};
    for (int u = 0; u < index.units().size(); ++u) {
        const IndexedUnit &unit = index.units().at(u);
        if (filtered && matches.perUnit[size_t(u)] == 0)
            continue;
        QVariantList row{unit.code, unit.nameZh, unit.nameEn, regionName(unit.region, false),
                         regionName(unit.region, true), unit.itemCount};
        if (filtered)
            row.append(matches.perUnit[size_t(u)]);
        table.addRow(row);
    }
    return c.write(table);
}

} // namespace

Command provincesCommand()
{
    return {"provinces", "provinces",
            QT_TRANSLATE_NOOP("CommandLine", "List provinces with their item counts (--match to filter)."), false, run};
}

} // namespace Commands
