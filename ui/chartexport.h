// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"
#include "diagnostic.h"

#include <QImage>

// Renders the initiative chart at a requested size, independent of any window: a PNG is drawn
// at width × scale by height × scale pixels (sharp text, not a scaled-up screenshot), an SVG as
// vectors. Files are written atomically.
namespace ChartExport {
constexpr int DefaultWidth = 1200;
constexpr double DefaultScale = 2.0;

struct Options
{
    int width = DefaultWidth; // points
    int height = 0; // points; 0: tall enough for every bar
    double scale = DefaultScale; // PNG pixels per point
};

int autoHeight(int bars);
QImage renderImage(const ChartData &data, const Options &options);
// Writes .png or .svg according to the file name.
bool save(const ChartData &data, const QString &path, const Options &options, Diagnostic *error);
}
