// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heatmapdata.h"
#include "imageexport.h"

#include <QCoreApplication>
#include <QRectF>

#include <memory>

class QFont;
class QPainter;

// Draws the whole heat map (every row and column, whatever a window shows) with QPainter at a
// requested size, for ImageExport (PNG/SVG, from the window or the command line): title,
// subtitle, initiative names turned upright over their columns, province names grouped by
// region, shaded cells with their counts (zero cells blank), the row totals, the provinces
// row, and the legend of the colour scale.
namespace HeatmapExport {
struct Labels
{
    Q_DECLARE_TR_FUNCTIONS(HeatmapExport)
};

struct Options
{
    int width = ImageExport::DefaultWidth; // points; widened if the columns would be too narrow
    int height = 0; // points; 0: a comfortable row height; raised if the rows would be too low
};

// The picture laid out for these options; it holds its own copy of data.
std::unique_ptr<ImageExport::Picture> picture(const HeatmapData &data, const Options &options);
// The height the picture gets at this width when no height is asked for.
int autoHeight(const HeatmapData &data, int width = ImageExport::DefaultWidth);

// The legend's words, translated when made (a picture keeps those of its language).
struct LegendText
{
    QString caption;
    QString blank;
    QString none;
    static LegendText translated();
};

// The colour scale's legend in rect: a caption, the shades from 1 to max with integer ticks,
// and a note that blank cells are zero. Shared with the window's legend under the table.
void paintLegend(QPainter *painter, const QRectF &rect, int max, const QFont &font, const QColor &textColor,
                 const LegendText &text);
// The width paintLegend needs for its content with this font.
qreal legendWidth(int max, const QFont &font, const LegendText &text);
}
