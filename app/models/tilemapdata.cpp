// SPDX-License-Identifier: GPL-3.0-or-later
#include "tilemapdata.h"

#include "corpusindex.h"
#include "referencedata.h"
#include "tilegrid.h"

#include <algorithm>

int TileMapData::shadedCount() const
{
    return int(std::count_if(tiles.begin(), tiles.end(), [](const MapTile &t) { return t.value > 0; }));
}

int TileMapData::tileAt(int row, int column) const
{
    for (int t = 0; t < tiles.size(); ++t)
        if (tiles.at(t).row == row && column >= tiles.at(t).column && column < tiles.at(t).column + tiles.at(t).span)
            return t;
    return -1;
}

int TileMapData::tileOfUnit(int unit) const
{
    if (unit < 0)
        return -1;
    for (int t = 0; t < tiles.size(); ++t)
        if (tiles.at(t).unit == unit)
            return t;
    return -1;
}

int TileMapData::firstMatchingItem(const CorpusIndex &index, const MatchSet &matches, int unit)
{
    if (unit < 0 || unit >= index.units().size() || matches.perUnit.size() <= size_t(unit)
        || matches.perUnit[size_t(unit)] == 0)
        return -1;
    const IndexedUnit &u = index.units().at(unit);
    for (int item = u.firstItem; item < u.firstItem + u.itemCount; ++item)
        if (matches.contains(item))
            return item;
    return -1;
}

TileMapData TileMapData::build(const CorpusIndex &index, const MatchSet &matches, const Options &options)
{
    return build(index, matches, options, TileGrid::builtIn());
}

TileMapData TileMapData::build(const CorpusIndex &index, const MatchSet &matches, const Options &options,
                               const TileGrid &grid)
{
    TileMapData data;
    const int initiative = options.initiative.isEmpty() ? -1 : index.initiativeIndex(options.initiative);
    data.mentions = initiative >= 0 && options.mode == Mode::Mentions;
    const QString initiativeName =
        initiative >= 0 ? index.initiatives().at(initiative).name(options.english) : QString();
    if (initiative < 0) {
        data.title = tr("Matching items per province");
        data.legendTitle = tr("Matching items");
    } else if (data.mentions) {
        data.title = tr("Provinces mentioning “%1”").arg(initiativeName);
        data.legendTitle = tr("Mentions");
    } else {
        data.title = tr("Items mentioning “%1” per province").arg(initiativeName);
        data.legendTitle = tr("Items mentioning it");
    }

    // The unit each tile shows, by name: a corpus has at most one unit per province.
    QList<int> unitOfTile(grid.tiles().size(), -1);
    QList<bool> placed(index.units().size(), false);
    for (int u = 0; u < index.units().size(); ++u) {
        const IndexedUnit &unit = index.units().at(u);
        for (const QString &name : {unit.shortZh, unit.nameZh}) {
            if (name.isEmpty())
                continue;
            if (const TilePosition *p = grid.find(name)) {
                const int t = int(p - grid.tiles().constData());
                if (unitOfTile[t] < 0) {
                    unitOfTile[t] = u;
                    placed[u] = true;
                }
                break;
            }
        }
    }
    auto value = [&](int u) {
        const int count = u >= 0 && size_t(u) < matches.perUnit.size() ? matches.perUnit[size_t(u)] : 0;
        return data.mentions ? (count > 0 ? 1 : 0) : count;
    };
    auto fill = [&](MapTile &tile, int u) {
        const IndexedUnit &unit = index.units().at(u);
        tile.unit = u;
        tile.name = unit.name(options.english);
        tile.matchingItems = size_t(u) < matches.perUnit.size() ? matches.perUnit[size_t(u)] : 0;
        tile.value = value(u);
        tile.firstItem = firstMatchingItem(index, matches, u);
        // Another region's province has matches of its own: a "0" would say it has none.
        tile.outsideRegion = !options.region.isEmpty() && unit.region != options.region;
    };
    for (int t = 0; t < grid.tiles().size(); ++t) {
        const TilePosition &p = grid.tiles().at(t);
        const int u = unitOfTile.at(t);
        if (u < 0 && !p.nameZh.isEmpty())
            continue; // 香港, 澳门, 台湾: only when the corpus has them
        MapTile tile;
        tile.row = p.row;
        tile.column = p.column;
        tile.label = options.english ? p.abbreviation : p.shortZh;
        if (u >= 0) {
            fill(tile, u);
            if (options.english && !p.nameEn.isEmpty()) // 香港 from a corpus: a non-standard unit without an English name
                tile.name = p.nameEn;
        }
        else if (const Province *province = ReferenceData::builtIn().findProvince(p.shortZh))
            tile.name = options.english ? province->nameEn : province->nameZh; // not in the corpus: unshaded
        else
            tile.name = p.shortZh;
        data.tiles.append(tile);
    }
    data.rows = grid.rows();
    data.columns = grid.columns();
    // Units the grid has no tile for, two cells wide, in rows under the map after a blank row.
    constexpr int SideSpan = 2;
    const int perRow = std::max(1, grid.columns() / SideSpan);
    int side = 0;
    for (int u = 0; u < index.units().size(); ++u) {
        if (placed.at(u))
            continue;
        MapTile tile;
        tile.sideRow = true;
        tile.span = std::min(SideSpan, grid.columns());
        tile.row = grid.rows() + 1 + side / perRow;
        tile.column = (side % perRow) * tile.span;
        fill(tile, u);
        const IndexedUnit &unit = index.units().at(u);
        tile.label = options.english || unit.shortZh.isEmpty() ? unit.name(options.english) : unit.shortZh;
        data.tiles.append(tile);
        ++side;
        data.rows = tile.row + 1;
    }
    for (const MapTile &tile : std::as_const(data.tiles))
        data.maxValue = std::max(data.maxValue, tile.value);
    data.currentTile = data.tileOfUnit(options.currentUnit);

    const int shaded = data.shadedCount();
    QStringList parts;
    if (const Region *region = ReferenceData::builtIn().findRegion(options.region))
        parts.append(tr("Region: %1").arg(options.english ? region->nameEn : region->nameZh));
    if (!options.filterText.trimmed().isEmpty())
        parts.append(tr("Filter: “%1”").arg(options.filterText.trimmed()));
    parts.append(tr("%n province(s) shaded", nullptr, shaded));
    data.subtitle = parts.join(QStringLiteral(" · "));
    return data;
}
