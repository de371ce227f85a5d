// SPDX-License-Identifier: GPL-3.0-or-later
#include "heatmapdata.h"

#include "corpusindex.h"
#include "referencedata.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace {

// ColorBrewer "Blues", from the lightest shade a count of 1 gets (still apart from a blank
// cell) to the darkest: one hue, so that more reads as darker in colour and in greyscale.
constexpr std::array<QRgb, 6> Scale{0xdeebf7, 0xc6dbef, 0x9ecae1, 0x4292c6, 0x08519c, 0x08306b};

double position(int value, int max)
{
    return max <= 1 ? 1.0 : double(value - 1) / double(max - 1);
}

} // namespace

QColor HeatmapData::shade(int value, int max)
{
    if (value <= 0 || max <= 0)
        return QColor(Qt::white);
    const double t = std::clamp(position(value, max), 0.0, 1.0) * double(Scale.size() - 1);
    const int at = std::min(int(t), int(Scale.size()) - 2);
    const double f = t - at;
    const QColor a(Scale[size_t(at)]), b(Scale[size_t(at) + 1]);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f), float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

QColor HeatmapData::textColor(int value, int max)
{
    const QColor background = shade(value, max);
    // Relative luminance, roughly: white text from the middle of the scale on.
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance < 0.5 ? QColor(Qt::white) : QColor(0x1a, 0x1a, 0x1a);
}

QList<int> HeatmapData::legendTicks(int max, int maxTicks)
{
    QList<int> ticks;
    if (max <= 0)
        return ticks;
    if (max <= maxTicks) {
        for (int v = 1; v <= max; ++v)
            ticks.append(v);
        return ticks;
    }
    // A round step (1, 2, 5 × 10^k) so that 1, the multiples of the step and max fit in maxTicks.
    int step = 1;
    for (int magnitude = 1;; magnitude *= 10) {
        for (int m : {1, 2, 5})
            if (max / (m * magnitude) + 1 <= maxTicks) {
                step = m * magnitude;
                goto found;
            }
    }
found:
    ticks.append(1);
    for (int v = step; v < max; v += step)
        if (v - ticks.last() >= step / 2 && max - v >= step / 2)
            ticks.append(v);
    ticks.append(max);
    return ticks;
}

int HeatmapData::rowOf(int unit) const
{
    for (int r = 0; r < rows.size(); ++r)
        if (rows.at(r).unit == unit)
            return r;
    return -1;
}

int HeatmapData::columnOf(const QString &initiativeId) const
{
    for (int c = 0; c < columns.size(); ++c)
        if (columns.at(c).id == initiativeId)
            return c;
    return -1;
}

Table HeatmapData::table() const
{
    QStringList header{QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("region")};
    for (const HeatmapColumn &column : columns)
        header.append(column.id);
    header.append(QStringLiteral("total"));
    Table table{header, {}};
    for (const HeatmapRow &row : rows) {
        QVariantList cells{row.code, row.name, row.regionName};
        for (int value : row.cells)
            cells.append(value);
        cells.append(row.total);
        table.addRow(cells);
    }
    // The column totals, named like the columns (for scripts, the same in every language).
    QVariantList provinces{QString(), QStringLiteral("provinces"), QString()};
    QVariantList items{QString(), QStringLiteral("items"), QString()};
    for (const HeatmapColumn &column : columns) {
        provinces.append(column.provinces);
        items.append(column.items);
    }
    provinces.append(provincesWithMentions);
    items.append(totalItems);
    table.addRow(provinces);
    table.addRow(items);
    return table;
}

HeatmapData HeatmapData::build(const CorpusIndex &index, const MatchSet &matches, const Options &options)
{
    HeatmapData data;
    data.title = tr("Mentioning items by province and initiative");
    const ReferenceData &reference = ReferenceData::builtIn();

    // One pass over the matching items (CorpusIndex::matrix), then the region's units.
    const int initiativeCount = int(index.initiatives().size());
    const std::vector<std::vector<int>> matrix = index.itemCount() > 0 ? index.matrix(matches)
                                                                       : std::vector<std::vector<int>>();
    QList<int> units;
    for (int u = 0; u < index.units().size(); ++u)
        if (options.region.isEmpty() || index.units().at(u).region == options.region)
            units.append(u);
    std::vector<std::vector<int>> all;
    all.reserve(size_t(units.size()));
    int unitsWithMatches = 0;
    for (int u : units) {
        all.push_back(size_t(u) < matrix.size() ? matrix[size_t(u)] : std::vector<int>(size_t(initiativeCount), 0));
        if (size_t(u) < matches.perUnit.size() && matches.perUnit[size_t(u)] > 0)
            ++unitsWithMatches;
    }

    // The columns: the chart's bars (CorpusIndex::counts' order: provinces, then items,
    // descending, then catalogue order; none without a province; the first Top-N).
    QList<HeatmapColumn> columns;
    for (int k = 0; k < initiativeCount; ++k) {
        HeatmapColumn column;
        column.initiative = k;
        column.id = index.initiatives().at(k).id;
        column.label = index.initiatives().at(k).name(options.english);
        for (const std::vector<int> &row : all) {
            column.provinces += row[size_t(k)] > 0 ? 1 : 0;
            column.items += row[size_t(k)];
        }
        if (column.provinces > 0)
            columns.append(column);
    }
    std::stable_sort(columns.begin(), columns.end(), [](const HeatmapColumn &a, const HeatmapColumn &b) {
        return a.provinces != b.provinces ? a.provinces > b.provinces : a.items > b.items;
    });
    if (options.top > 0 && columns.size() > options.top)
        columns.resize(options.top);
    if (options.columnOrder == ColumnOrder::Catalogue)
        std::sort(columns.begin(), columns.end(),
                  [](const HeatmapColumn &a, const HeatmapColumn &b) { return a.initiative < b.initiative; });
    data.columns = columns;

    for (int r = 0; r < units.size(); ++r) {
        const IndexedUnit &unit = index.units().at(units.at(r));
        HeatmapRow row;
        row.unit = units.at(r);
        row.name = unit.name(options.english);
        row.code = unit.code;
        row.regionId = unit.region;
        const Region *region = unit.region.isEmpty() ? nullptr : reference.findRegion(unit.region);
        row.regionName = region ? (options.english ? region->nameEn : region->nameZh) : tr("Other");
        for (const HeatmapColumn &column : columns) {
            const int value = all[size_t(r)][size_t(column.initiative)];
            row.cells.append(value);
            row.total += value;
            data.maxValue = std::max(data.maxValue, value);
        }
        data.totalItems += row.total;
        data.provincesWithMentions += row.total > 0 ? 1 : 0;
        data.rows.append(row);
    }
    // Units come in region order, so a group is a run of equal regions.
    if (options.rowOrder == RowOrder::Total)
        for (qsizetype start = 0; start < data.rows.size();) {
            qsizetype end = start;
            while (end < data.rows.size() && data.rows.at(end).regionId == data.rows.at(start).regionId)
                ++end;
            std::stable_sort(data.rows.begin() + start, data.rows.begin() + end,
                             [](const HeatmapRow &a, const HeatmapRow &b) { return a.total > b.total; });
            start = end;
        }
    for (int r = 0; r < data.rows.size(); ++r)
        data.rows[r].groupStart = r == 0 || data.rows.at(r - 1).regionId != data.rows.at(r).regionId;
    data.highlightedRow = data.rowOf(options.currentUnit);
    data.highlightedColumn = data.columnOf(options.initiative);

    QStringList parts;
    const Region *region = reference.findRegion(options.region);
    parts.append(region ? tr("Region: %1").arg(options.english ? region->nameEn : region->nameZh) : tr("All regions"));
    if (!options.filterText.trimmed().isEmpty())
        parts.append(tr("Filter: “%1”").arg(options.filterText.trimmed()));
    parts.append(tr("%n province(s) with matching items", nullptr, unitsWithMatches));
    if (options.top > 0)
        parts.append(tr("top %1").arg(options.top));
    data.subtitle = parts.join(QStringLiteral(" · "));
    if (data.columns.isEmpty())
        data.subtitle = tr("no initiative is mentioned") + QStringLiteral(" · ") + data.subtitle;
    return data;
}
