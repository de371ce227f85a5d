// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"

#include <QtGlobal>

class QChart;
class QBarSet;

// Draws ChartData as a horizontal bar chart: longest bar on top, one bar per initiative,
// the count printed at the end of each bar, integer ticks, no legend, no animation. Labels are
// wrapped, not truncated, up to three lines; a longer one is elided ("…") on its third line, and
// the title and subtitle keep their first 200 characters (Qt Charts elides them to the width), so
// no name or filter, however long, makes the chart (or an exported image) larger or slow to lay out. Every string is escaped: Qt Charts renders
// labels as rich text.
namespace ChartBuilder {
// basePointSize: the axis labels' size (0: the application font); titles scale with it.
QChart *create(const ChartData &data, qreal width, qreal basePointSize = 0);
// The bar set of a chart made by create(); bar i of the set is data.bars[barToIndex(i)].
QBarSet *barSet(QChart *chart);
int barIndexToDataIndex(const ChartData &data, int barIndex);
// Wraps initiative names that would not fit the room Qt Charts gives axis labels at this chart
// width (it would cut them short otherwise). Returns the most lines any label takes (at most 3).
int fitLabels(QChart *chart, qreal chartWidth);
// A tick interval that gives whole numbers and 4–10 ticks for counts up to max.
int tickInterval(int max);
int axisMaximum(int max);
}
