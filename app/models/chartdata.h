// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class CorpusIndex;
struct MatchSet;

struct ChartBar
{
    QString id; // initiative id
    QString label; // initiative name in the chart's language
    int provinces = 0; // the bar's length
    int items = 0;
    QStringList unitNames; // the provinces counted, in the chart's language
};

// What the initiative chart shows, independent of how it is drawn: the GUI's chart view and
// the exporter (PNG/SVG, GUI or command line) draw the same data.
struct ChartData
{
    Q_DECLARE_TR_FUNCTIONS(ChartData)
public:
    struct Options
    {
        bool english = false;
        QString region; // region id; empty: all
        int top = 0; // 0: every initiative mentioned at least once
        QString filterText; // shown in the subtitle
        QString initiative; // highlighted bar, if any
    };

    QString title;
    QString subtitle;
    QString axisTitle;
    QList<ChartBar> bars; // longest first
    int highlighted = -1; // index into bars
    int maxValue() const;

    static ChartData build(const CorpusIndex &index, const MatchSet &matches, const Options &options);
};
