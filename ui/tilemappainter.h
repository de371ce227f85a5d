// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imageexport.h"
#include "tilemapdata.h"

#include <QColor>
#include <QFont>
#include <QRectF>

#include <memory>

class QPainter;

// Draws the China tile map: title, subtitle, the tiles (label and count, shaded on a sequential
// scale) and the legend. The map pane and the export draw through the same functions, so the
// window shows what the file gets.
namespace TileMapPainter {
// Largest tile of an automatic height, in points: a map wider than this many tiles stays centred.
constexpr double MaxAutoTile = 96;

struct Geometry
{
    QRectF area;
    QRectF title;
    QRectF subtitle;
    QRectF legend;
    QPointF origin; // the grid's top left
    double tile = 0; // side of a cell, tile plus its gap
    QFont font; // the base font (pixel size set)
    QRectF tileRect(const MapTile &tile) const;
    // Index into data.tiles at pos; -1: none.
    int tileAt(const TileMapData &data, QPointF pos) const;
};

// Lays the map out in area with baseFont (its pixel size is the title's scale).
Geometry layout(const TileMapData &data, const QRectF &area, const QFont &baseFont);
void paint(QPainter *painter, const TileMapData &data, const Geometry &geometry, int hoveredTile = -1);
// The fill of a tile with this value on a scale up to max (0: no matching item).
QColor fill(int value, int max);
// The height in points that fits the map at this width with tiles of at most MaxAutoTile.
int autoHeight(const TileMapData &data, int width);
// The layout picture() uses at width × height points (height 0: autoHeight), in points.
Geometry exportGeometry(const TileMapData &data, int width, int height);
// The map laid out at width × height points (height 0: autoHeight), for ImageExport; it
// holds a copy of data.
std::unique_ptr<ImageExport::Picture> picture(const TileMapData &data, int width, int height);
} // namespace TileMapPainter
