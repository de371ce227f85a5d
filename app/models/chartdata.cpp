// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartdata.h"

#include "corpusindex.h"
#include "referencedata.h"

#include <algorithm>

int ChartData::maxValue() const
{
    int max = 0;
    for (const ChartBar &bar : bars)
        max = std::max(max, bar.provinces);
    return max;
}

ChartData ChartData::build(const CorpusIndex &index, const MatchSet &matches, const Options &options)
{
    ChartData data;
    data.title = tr("Provinces mentioning each initiative");
    data.axisTitle = tr("Number of provinces");

    int unitsInScope = 0;
    for (int u = 0; u < index.units().size(); ++u)
        if ((options.region.isEmpty() || index.units().at(u).region == options.region)
            && matches.perUnit[size_t(u)] > 0)
            ++unitsInScope;
    QStringList parts;
    const Region *region = ReferenceData::builtIn().findRegion(options.region);
    parts.append(region ? tr("Region: %1").arg(options.english ? region->nameEn : region->nameZh)
                        : tr("All regions"));
    if (!options.filterText.trimmed().isEmpty())
        parts.append(tr("Filter: “%1”").arg(options.filterText.trimmed()));
    parts.append(tr("%n province(s) with matching items", nullptr, unitsInScope));
    if (options.top > 0)
        parts.append(tr("top %1").arg(options.top));
    data.subtitle = parts.join(QStringLiteral(" · "));

    for (const InitiativeCount &count : index.counts(matches, options.region)) {
        if (count.provinces == 0)
            break; // sorted: the rest are zero too
        if (options.top > 0 && data.bars.size() >= options.top)
            break;
        const IndexedInitiative &initiative = index.initiatives().at(count.initiative);
        ChartBar bar{initiative.id, initiative.name(options.english), count.provinces, count.items, {}};
        for (int u : count.units)
            bar.unitNames.append(index.units().at(u).name(options.english));
        if (initiative.id == options.initiative)
            data.highlighted = int(data.bars.size());
        data.bars.append(bar);
    }
    if (data.bars.isEmpty()) // first: a long filter text may push the end of the subtitle out of sight
        data.subtitle = tr("no initiative is mentioned") + QStringLiteral(" · ") + data.subtitle;
    return data;
}
