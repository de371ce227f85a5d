// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class CorpusIndex;
class TileGrid;
struct MatchSet;

struct MapTile
{
    int unit = -1; // index into CorpusIndex::units(); -1: a province the corpus does not have
    int row = 0;
    int column = 0;
    bool sideRow = false; // a unit the grid has no place for (兵团…), in the row under the map
    int span = 1; // columns the tile covers: side-row tiles are wider, their names long
    QString label; // in the tile: short Chinese name, or the English abbreviation
    QString name; // the unit's full name in the map's language
    bool outsideRegion = false; // of the region chosen: not counted, drawn blank (no "0")
    int value = 0; // what shades the tile: matching items, or 0/1 in mentions mode
    int matchingItems = 0;
    int firstItem = -1; // the unit's first matching item (CorpusIndex item index), -1: none
};

// What the China tile map shows, independent of how it is drawn: the map pane and the exporter
// (PNG/SVG, window or command line) draw the same data. Cheap to build: one pass over the units,
// and over a unit's items only up to its first matching one.
struct TileMapData
{
    Q_DECLARE_TR_FUNCTIONS(TileMapData)
public:
    // With an initiative selected: shade by the matching items that mention it, or 0/1 for
    // whether any does.
    enum class Mode { Items, Mentions };
    struct Options
    {
        bool english = false;
        QString filterText; // shown in the subtitle
        QString region; // shown in the subtitle (the matches are those of its provinces)
        QString initiative; // initiative id; empty: none (matches then count every matching item)
        Mode mode = Mode::Items;
        int currentUnit = -1; // outlined
    };

    QString title;
    QString subtitle;
    QString legendTitle;
    int rows = 0; // the grid's, plus the side rows (and a blank row before them) when there are any
    int columns = 0;
    QList<MapTile> tiles; // grid order of the resource, then side-row units in unit order
    int maxValue = 0;
    bool mentions = false; // values are 0/1
    int currentTile = -1; // index into tiles

    int shadedCount() const; // tiles with value > 0
    int tileAt(int row, int column) const; // index into tiles, -1: none
    int tileOfUnit(int unit) const;

    // matches: the session's matches() (keyword and initiative), whose per-unit counts are the values.
    static TileMapData build(const CorpusIndex &index, const MatchSet &matches, const Options &options);
    static TileMapData build(const CorpusIndex &index, const MatchSet &matches, const Options &options,
                             const TileGrid &grid);
    static int firstMatchingItem(const CorpusIndex &index, const MatchSet &matches, int unit);
};
