// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QImage>
#include <QSizeF>
#include <QString>

class QPainter;

// Writes any picture the views draw (the chart, the heat map, the tile map) as PNG or SVG,
// independent of any window: a PNG at its size × scale pixels (sharp text, not a scaled-up
// screenshot), an SVG as vectors. Files are written whole or not at all (OutputFile).
namespace ImageExport {
constexpr int DefaultWidth = 1200;
constexpr double DefaultScale = 2.0;
constexpr int MaxPixels = 400'000'000; // 1.6 GB of pixels in memory at most

// What is drawn: laid out for one size, painted at (0, 0) in points.
class Picture
{
public:
    virtual ~Picture() = default;
    virtual QSizeF size() const = 0;
    virtual void paint(QPainter *painter) const = 0;
    // The SVG's <title> and <desc> (plain text; escaped and shortened when written).
    virtual QString title() const { return {}; }
    virtual QString description() const { return {}; }
};

// White background, antialiased; null when there is not enough memory.
QImage render(const Picture &picture, double scale);
// .png or .svg according to the file name; never onto databaseInUse nor onto anything but a
// regular file or a new path.
bool save(const Picture &picture, const QString &path, double scale, const QString &databaseInUse, Diagnostic *error);
// The parts of save(), for a caller that draws in one language and reports in another (the
// command line): whether the file name and size can be written (before anything is drawn), the
// file's bytes (drawn here: the picture's text is laid out in the language installed now), and
// writing them whole.
bool checkOutput(const Picture &picture, const QString &path, double scale, Diagnostic *error);
bool encode(const Picture &picture, const QString &path, double scale, QByteArray *bytes, Diagnostic *error);
bool write(const QByteArray &bytes, const QString &path, const QString &databaseInUse, Diagnostic *error);
}
