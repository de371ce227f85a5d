// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartbuilder.h"

#include "textlimits.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QValueAxis>

namespace ChartBuilder {

namespace {
const QColor BarColor(0x3A, 0x7C, 0xC2);
const QColor HighlightColor(0xE0, 0x7B, 0x22);
const QColor TextColor(0x33, 0x33, 0x33);
const char *const PlainLabelsProperty = "policyAtlasPlainLabels";
// Labels never grow without bound, whatever the names (a catalogue's are at most 200 characters,
// but nothing here relies on it).
constexpr int MaxLabelLines = 3;
constexpr qsizetype MaxLabelCharacters = 200;
constexpr qsizetype MaxTitleCharacters = 200; // Qt Charts elides the title to the chart's width
} // namespace

// Greedy wrapping that keeps every line within maxWidth: at spaces for Latin text, between any
// two characters for Chinese. At most MaxLabelLines lines: the last one takes the rest of the
// label, elided ("…"). Returns rich text (escaped lines joined by <br/>).
QString wrapLabel(const QString &label, const QFontMetricsF &metrics, qreal maxWidth, int *lines)
{
    const QString text = TextLimits::shortened(label, MaxLabelCharacters);
    QStringList out;
    QString line;
    bool elided = false;
    // Ends the current line; the next begins at text[from]. False when it would be the last
    // line: then it holds the rest of the text, elided, and the label is done.
    auto nextLine = [&](qsizetype from) {
        if (!line.isEmpty())
            out.append(line);
        line.clear();
        if (out.size() < MaxLabelLines - 1)
            return true;
        out.append(metrics.elidedText(text.mid(from), Qt::ElideRight, maxWidth));
        elided = true;
        return false;
    };
    for (qsizetype pos = 0; pos <= text.size() && !elided;) {
        qsizetype end = text.indexOf(u' ', pos);
        if (end < 0)
            end = text.size();
        const QString word = text.mid(pos, end - pos);
        const QString candidate = line.isEmpty() ? word : line + u' ' + word;
        if (metrics.horizontalAdvance(candidate) <= maxWidth) {
            line = candidate;
        } else if (!line.isEmpty() && !nextLine(pos)) {
            break;
        } else if (metrics.horizontalAdvance(word) <= maxWidth) {
            line = word;
        } else {
            for (qsizetype i = 0; i < word.size();) { // a word longer than the line: break between characters
                // …but never inside a surrogate pair (CJK Extension B and beyond).
                const qsizetype length = word.at(i).isHighSurrogate() && i + 1 < word.size() ? 2 : 1;
                const QString c = word.mid(i, length);
                if (!line.isEmpty() && metrics.horizontalAdvance(line + c) > maxWidth && !nextLine(pos + i))
                    break;
                line += c;
                i += length;
            }
        }
        pos = end + 1;
    }
    if (!elided && !line.isEmpty())
        out.append(line);
    *lines = int(out.size());
    for (QString &l : out)
        l = l.toHtmlEscaped();
    return out.join(QStringLiteral("<br/>"));
}

int fitLabels(QChart *chart, qreal chartWidth)
{
    const auto vertical = chart->axes(Qt::Vertical);
    auto *axis = vertical.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(vertical.first());
    if (!axis)
        return 1;
    // Qt Charts gives the left axis at most 40% of the chart's width; stay safely inside it.
    const qreal maxWidth = std::max(60.0, chartWidth * 0.38 - 24);
    const QFontMetricsF metrics(axis->labelsFont());
    QStringList categories;
    int maxLines = 1;
    const QStringList plain = chart->property(PlainLabelsProperty).toStringList();
    for (int i = int(plain.size()) - 1; i >= 0; --i) { // shortest bar first, like the bar set
        int lines = 1;
        QString label = wrapLabel(plain.at(i), metrics, maxWidth, &lines);
        maxLines = std::max(maxLines, lines);
        while (categories.contains(label)) // categories must be unique; two initiatives may share a name
            label += QChar(0x200B);
        categories.append(label);
    }
    if (categories != axis->categories())
        axis->setCategories(categories);
    return maxLines;
}

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

QChart *create(const ChartData &data, qreal width, qreal basePointSize)
{
    auto *chart = new QChart;
    QFont labelFont = chart->font();
    if (basePointSize > 0)
        labelFont.setPointSizeF(basePointSize);
    const qreal base = labelFont.pointSizeF() > 0 ? labelFont.pointSizeF() : 9;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(12, 8, 24, 8));

    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(base * 1.45);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(TextColor);
    chart->setTitle(QStringLiteral("%1<br/><span style=\"font-size:%3pt; font-weight:normal\">%2</span>")
                        .arg(TextLimits::shortened(data.title, MaxTitleCharacters).toHtmlEscaped(),
                             TextLimits::shortened(data.subtitle, MaxTitleCharacters).toHtmlEscaped(),
                             QString::number(base)));

    QStringList plainLabels;
    for (const ChartBar &bar : data.bars)
        plainLabels.append(bar.label);
    chart->setProperty(PlainLabelsProperty, plainLabels);

    auto *set = new QBarSet(data.axisTitle.toHtmlEscaped());
    set->setColor(BarColor);
    set->setBorderColor(BarColor);
    set->setSelectedColor(HighlightColor);
    set->setLabelColor(TextColor);
    set->setLabelFont(labelFont);
    for (int i = int(data.bars.size()) - 1; i >= 0; --i)
        set->append(data.bars.at(i).provinces);
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
    categoryAxis->setTruncateLabels(false);
    categoryAxis->setGridLineVisible(false);
    categoryAxis->setLabelsColor(TextColor);
    categoryAxis->setLabelsFont(labelFont);
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
    valueAxis->setLabelsFont(labelFont);
    QFont axisTitleFont = labelFont;
    axisTitleFont.setBold(true);
    valueAxis->setTitleFont(axisTitleFont);
    valueAxis->setGridLineColor(QColor(0xDD, 0xDD, 0xDD));
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    fitLabels(chart, width);
    return chart;
}

} // namespace ChartBuilder
