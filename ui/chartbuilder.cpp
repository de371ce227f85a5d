// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartbuilder.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>

namespace ChartBuilder {

namespace {
const QColor BarColor(0x3A, 0x7C, 0xC2);
const QColor HighlightColor(0xE0, 0x7B, 0x22);
const QColor TextColor(0x33, 0x33, 0x33);
} // namespace

int tickInterval(int max)
{
    for (int step : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000})
        if (max <= step * 10)
            return step;
    return 10000;
}

int axisMaximum(int max)
{
    const int step = tickInterval(std::max(max, 1));
    // Whole steps, with room past the longest bar for its printed value.
    int top = ((max + step - 1) / step) * step;
    if (top - max < step / 2.0 || top == 0)
        top += step;
    return top;
}

int barIndexToDataIndex(const ChartData &data, int barIndex)
{
    return int(data.bars.size()) - 1 - barIndex; // bars are added shortest first: the first category is at the bottom
}

QBarSet *barSet(QChart *chart)
{
    const auto series = chart->series();
    if (series.isEmpty())
        return nullptr;
    auto *bars = qobject_cast<QHorizontalBarSeries *>(series.first());
    return bars && !bars->barSets().isEmpty() ? bars->barSets().first() : nullptr;
}

QChart *create(const ChartData &data)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(12, 8, 24, 8));

    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(13);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(TextColor);
    chart->setTitle(QStringLiteral("%1<br/><span style=\"font-size:9pt; font-weight:normal\">%2</span>")
                        .arg(data.title.toHtmlEscaped(), data.subtitle.toHtmlEscaped()));

    auto *set = new QBarSet(data.axisTitle.toHtmlEscaped());
    set->setColor(BarColor);
    set->setBorderColor(BarColor);
    set->setSelectedColor(HighlightColor);
    set->setLabelColor(TextColor);
    QStringList categories;
    for (int i = int(data.bars.size()) - 1; i >= 0; --i) {
        // Two bars may share a label (a user's catalogue): categories must be unique, so pad invisibly.
        QString label = data.bars.at(i).label.toHtmlEscaped();
        while (categories.contains(label))
            label += QChar(0x200B);
        categories.append(label);
        set->append(data.bars.at(i).provinces);
    }
    if (data.highlighted >= 0)
        set->selectBar(int(data.bars.size()) - 1 - data.highlighted);

    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(6);
    chart->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setTruncateLabels(false);
    categoryAxis->setGridLineVisible(false);
    categoryAxis->setLabelsColor(TextColor);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);

    auto *valueAxis = new QValueAxis;
    const int max = data.maxValue();
    valueAxis->setRange(0, axisMaximum(max));
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0);
    valueAxis->setTickInterval(tickInterval(std::max(max, 1)));
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    valueAxis->setMinorTickCount(0);
    valueAxis->setTitleText(data.axisTitle.toHtmlEscaped());
    valueAxis->setTruncateLabels(false);
    valueAxis->setLabelsColor(TextColor);
    valueAxis->setGridLineColor(QColor(0xDD, 0xDD, 0xDD));
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    return chart;
}

} // namespace ChartBuilder
