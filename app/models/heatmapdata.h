// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tablewriter.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <vector>

class CorpusIndex;
struct MatchSet;

struct HeatmapColumn
{
    QString id; // initiative id
    int initiative = -1; // index into CorpusIndex::initiatives()
    QString label; // in the heat map's language
    int provinces = 0; // rows with a non-zero cell: the chart's bar
    int items = 0; // the column's sum
};

struct HeatmapRow
{
    int unit = -1; // index into CorpusIndex::units()
    QString name; // in the heat map's language
    QString code; // GB/T 2260; empty for a non-standard unit
    QString regionId; // empty for a non-standard unit
    QString regionName; // "东部", "East", or "Other" for a non-standard unit
    bool groupStart = false; // the first row of its region group as ordered
    QList<int> cells; // one per column
    int total = 0; // the sum of cells
};

// What the heat map shows, independent of how it is drawn: the GUI's table, the exporter
// (PNG/SVG) and the command line draw the same data. Rows are the provinces of the chart's
// region (all of them, a province without mentions being a blank row), grouped by region in
// region order; columns are the chart's bars (same initiatives, same Top-N, same order as
// ChartData::build over the same matches); a cell holds the matching items of the province
// that mention the initiative.
struct HeatmapData
{
    Q_DECLARE_TR_FUNCTIONS(HeatmapData)
public:
    enum class RowOrder { Region, Total }; // Total: by the row total, descending, within each region group
    enum class ColumnOrder { Chart, Catalogue }; // Chart: by provinces, like the bars; Catalogue: catalogue order

    struct Options
    {
        bool english = false;
        QString region; // region id; empty: all
        int top = 0; // 0: every initiative mentioned at least once
        QString filterText; // shown in the subtitle
        QString initiative; // highlighted column, if any
        int currentUnit = -1; // highlighted row, if any
        RowOrder rowOrder = RowOrder::Region;
        ColumnOrder columnOrder = ColumnOrder::Chart;
    };

    QString title;
    QString subtitle;
    QList<HeatmapColumn> columns;
    QList<HeatmapRow> rows;
    int maxValue = 0; // the largest cell
    int provincesWithMentions = 0; // rows with a non-zero total
    int totalItems = 0; // the sum of all cells
    int highlightedColumn = -1; // index into columns
    int highlightedRow = -1; // index into rows

    int cell(int row, int column) const { return rows.at(row).cells.at(column); }
    int rowOf(int unit) const; // -1 if the unit is not shown
    int columnOf(const QString &initiativeId) const;

    // The numbers: one row per province (code, name, region, a column per initiative id, total),
    // then a "provinces" and an "items" row with the column totals.
    Table table() const;

    // The sequential colour scale (light to dark blue) for value in 1..max; white for 0.
    static QColor shade(int value, int max);
    // Readable text on that shade: dark on light, white on dark.
    static QColor textColor(int value, int max);
    // Integer tick values for a legend from 1 to max, at most maxTicks of them.
    static QList<int> legendTicks(int max, int maxTicks = 6);

    static HeatmapData build(const CorpusIndex &index, const MatchSet &matches, const Options &options);
};
