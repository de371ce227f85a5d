// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"
#include "diagnostic.h"
#include "imageexport.h"

#include <QImage>

#include <memory>

// Renders the initiative chart at a requested size, independent of any window, through
// ImageExport: a PNG at width × scale by height × scale pixels, an SVG as vectors.
namespace ChartExport {
constexpr int DefaultWidth = ImageExport::DefaultWidth;
constexpr double DefaultScale = ImageExport::DefaultScale;

struct Options
{
    int width = DefaultWidth; // points
    int height = 0; // points; 0: tall enough for every bar
    double scale = DefaultScale; // PNG pixels per point
    QString databaseInUse; // the open database: save() never writes over it
};

// The default height: comfortable room for every bar (labelLines: lines of the longest wrapped label).
int autoHeight(int bars, int labelLines = 1);
// Below this height Qt Charts would hide category labels, so a smaller request is raised to it.
int minimumHeight(int bars, int labelLines = 1);
int effectiveHeight(int bars, int requestedHeight, int labelLines = 1);
// The size in points the chart will be exported at with these options.
QSize outputSize(const ChartData &data, const Options &options);
QImage renderImage(const ChartData &data, const Options &options);
// The chart laid out for these options, to be written by ImageExport (it refers to data).
std::unique_ptr<ImageExport::Picture> picture(const ChartData &data, const Options &options);
// Writes .png or .svg according to the file name, through OutputFile: whole or not at all, never
// onto the database in use nor onto anything but a regular file or a new path.
bool save(const ChartData &data, const QString &path, const Options &options, Diagnostic *error);
}
