// SPDX-License-Identifier: GPL-3.0-or-later
#include "heatmapexport.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace HeatmapExport {
namespace {

// Sizes in points (the picture's units; fonts by pixel size, so that a PNG at any scale and an
// SVG lay out alike). Larger than on screen: exported pictures are read on slides and pages.
constexpr qreal Margin = 16;
constexpr qreal Gap = 6; // between the cells and the total column, the rows and the provinces row
constexpr qreal MaxLabelLength = 360; // an upright initiative name is cut (…) beyond this
constexpr qreal MaxNameWidth = 220; // a province name is cut beyond this
constexpr qreal MaxCellWidth = 64;
constexpr qreal AutoRowHeight = 22;
constexpr qreal MinRowHeight = 16;
constexpr qreal MaxRowHeight = 44;
constexpr qreal LegendBar = 12;
const QColor GridColor(0xe0, 0xe0, 0xe0);
const QColor TotalsColor(0xf2, 0xf2, 0xf2);
const QColor HighlightColor(0xd9, 0x5f, 0x02); // orange: apart from the blue scale
const QColor TextColor(0x1a, 0x1a, 0x1a);
const QColor MutedColor(0x59, 0x59, 0x59);
// drawText in a rectangle clips by default: a line whose Chinese glyphs come from a fallback font
// is taller than the primary font's height, and would lose the bottom of its letters.
constexpr int Shown = Qt::TextDontClip;

QFont pixelFont(int pixels, bool bold = false)
{
    QFont font;
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

// The widest of these texts in this font.
qreal widest(const QStringList &texts, const QFont &font)
{
    const QFontMetricsF fm(font);
    qreal width = 0;
    for (const QString &text : texts)
        width = std::max(width, fm.horizontalAdvance(text));
    return width;
}

// Draws a number centred in rect, in a smaller font if it would not fit (large corpora).
void drawCount(QPainter *painter, const QRectF &rect, int value, const QFont &font)
{
    const QString text = QString::number(value);
    QFont f = font;
    while (f.pixelSize() > 6 && QFontMetricsF(f).horizontalAdvance(text) > rect.width() - 2)
        f.setPixelSize(f.pixelSize() - 1);
    painter->setFont(f);
    painter->drawText(rect, Shown | Qt::AlignCenter, text);
}

class Picture : public ImageExport::Picture
{
public:
    Picture(const HeatmapData &data, const Options &options)
        : m_data(data)
        , m_title(pixelFont(18, true))
        , m_subtitle(pixelFont(13))
        , m_label(pixelFont(13))
        , m_labelBold(pixelFont(13, true))
        , m_cell(pixelFont(12))
        , m_region(pixelFont(12, true))
        , m_legend(pixelFont(12))
    {
        layOut(options);
    }

    QSizeF size() const override { return m_size; }
    QString title() const override { return m_data.title; }
    QString description() const override { return m_data.subtitle; }
    void paint(QPainter *painter) const override;

private:
    void layOut(const Options &options);
    qreal columnX(int column) const { return m_gridLeft + column * m_cellWidth; }
    qreal rowY(int row) const { return m_gridTop + row * m_rowHeight; }

    HeatmapData m_data;
    QFont m_title, m_subtitle, m_label, m_labelBold, m_cell, m_region, m_legend;
    QSizeF m_size;
    QString m_totalLabel, m_provincesLabel;
    LegendText m_legendText;
    qreal m_headerTop = 0, m_headerHeight = 0, m_regionWidth = 0, m_nameWidth = 0;
    qreal m_gridLeft = 0, m_gridTop = 0, m_cellWidth = 0, m_rowHeight = AutoRowHeight, m_totalWidth = 0;
    qreal m_footerTop = 0, m_legendTop = 0, m_legendHeight = 0;
};

void Picture::layOut(const Options &options)
{
    m_totalLabel = Labels::tr("Total");
    m_provincesLabel = Labels::tr("Provinces");
    m_legendText = LegendText::translated();
    const QFontMetricsF title(m_title), subtitle(m_subtitle), label(m_label), cell(m_cell);
    m_headerTop = Margin + title.height() + 4 + subtitle.height() + 12;
    QStringList labels{m_totalLabel};
    for (const HeatmapColumn &column : std::as_const(m_data.columns))
        labels.append(column.label);
    m_headerHeight = std::min(widest(labels, m_labelBold), MaxLabelLength) + 10;
    QStringList regions, names{m_provincesLabel};
    int maxTotal = m_data.provincesWithMentions;
    for (const HeatmapRow &row : std::as_const(m_data.rows)) {
        regions.append(row.regionName);
        names.append(row.name);
        maxTotal = std::max(maxTotal, row.total);
    }
    m_regionWidth = widest(regions, m_region) + 12;
    m_nameWidth = std::min(widest(names, m_labelBold), MaxNameWidth) + 12;
    m_totalWidth = std::max({cell.horizontalAdvance(QString::number(maxTotal)) + 12, label.height() + 8, 40.0});

    // Columns share the width; too many for it and the picture widens (all columns are drawn).
    const int columns = int(m_data.columns.size());
    const qreal fixed = 2 * Margin + m_regionWidth + m_nameWidth + Gap + m_totalWidth;
    const qreal minCell = label.height() + 8;
    m_cellWidth = columns > 0 ? std::clamp((options.width - fixed) / columns, minCell, MaxCellWidth) : 0;
    m_gridLeft = Margin + m_regionWidth + m_nameWidth;
    m_gridTop = m_headerTop + m_headerHeight;
    m_legendHeight = LegendBar + 8 + QFontMetricsF(m_legend).height() + 8;
    const qreal width = std::max<qreal>(options.width, fixed + columns * m_cellWidth);

    // Rows share the height asked for, within a readable range; otherwise the picture grows.
    const int rows = int(m_data.rows.size()) + 1; // the provinces row too
    const qreal chrome = m_gridTop + Gap + 16 + m_legendHeight + Margin;
    m_rowHeight = options.height > 0 ? std::clamp((options.height - chrome) / rows, MinRowHeight, MaxRowHeight)
                                     : AutoRowHeight;
    m_rowHeight = std::max(m_rowHeight, cell.height() + 4);
    m_footerTop = rowY(int(m_data.rows.size())) + Gap;
    m_legendTop = m_footerTop + m_rowHeight + 16;
    const qreal height = std::max<qreal>(options.height, m_legendTop + m_legendHeight + Margin);
    m_size = QSizeF(std::ceil(width), std::ceil(height));
}

void Picture::paint(QPainter *painter) const
{
    painter->save();
    const qreal width = m_size.width();
    const qreal textWidth = width - 2 * Margin;
    painter->setPen(TextColor);
    painter->setFont(m_title);
    const QFontMetricsF title(m_title), subtitle(m_subtitle);
    painter->drawText(QRectF(Margin, Margin, textWidth, title.height()), Shown | Qt::AlignLeft | Qt::AlignVCenter,
                      title.elidedText(m_data.title, Qt::ElideRight, textWidth));
    painter->setFont(m_subtitle);
    painter->setPen(MutedColor);
    painter->drawText(QRectF(Margin, Margin + title.height() + 4, textWidth, subtitle.height()),
                      Shown | Qt::AlignLeft | Qt::AlignVCenter, subtitle.elidedText(m_data.subtitle, Qt::ElideRight, textWidth));

    const int columns = int(m_data.columns.size()), rows = int(m_data.rows.size());
    const qreal totalX = columnX(columns) + Gap;
    const qreal gridBottom = rowY(rows);

    // Upright column names, read from the bottom up, ending just above their column.
    auto drawUpright = [&](const QString &text, qreal centreX, qreal cellWidth, bool bold) {
        const QFont &font = bold ? m_labelBold : m_label;
        const qreal length = m_headerHeight - 10;
        painter->save();
        painter->translate(centreX, m_gridTop - 6);
        painter->rotate(-90);
        painter->setFont(font);
        painter->setPen(bold ? HighlightColor : TextColor);
        painter->drawText(QRectF(0, -cellWidth / 2, length, cellWidth), Shown | Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(font).elidedText(text, Qt::ElideRight, length));
        painter->restore();
    };
    for (int c = 0; c < columns; ++c)
        drawUpright(m_data.columns.at(c).label, columnX(c) + m_cellWidth / 2, m_cellWidth, c == m_data.highlightedColumn);
    drawUpright(m_totalLabel, totalX + m_totalWidth / 2, m_totalWidth, false);

    const QFontMetricsF label(m_labelBold);
    for (int r = 0; r < rows; ++r) {
        const HeatmapRow &row = m_data.rows.at(r);
        const qreal y = rowY(r);
        if (row.groupStart) {
            if (r > 0) {
                painter->setPen(QPen(MutedColor, 1));
                painter->drawLine(QPointF(Margin, y), QPointF(totalX + m_totalWidth, y));
            }
            painter->setFont(m_region);
            painter->setPen(MutedColor);
            painter->drawText(QRectF(Margin, y, m_regionWidth - 6, m_rowHeight), Shown | Qt::AlignLeft | Qt::AlignVCenter,
                              row.regionName);
        }
        const bool highlighted = r == m_data.highlightedRow;
        painter->setFont(highlighted ? m_labelBold : m_label);
        painter->setPen(highlighted ? HighlightColor : TextColor);
        painter->drawText(QRectF(Margin + m_regionWidth, y, m_nameWidth - 8, m_rowHeight),
                          Shown | Qt::AlignLeft | Qt::AlignVCenter, label.elidedText(row.name, Qt::ElideRight, m_nameWidth - 8));
        for (int c = 0; c < columns; ++c) {
            const int value = row.cells.at(c);
            const QRectF rect(columnX(c), y, m_cellWidth, m_rowHeight);
            painter->fillRect(rect, HeatmapData::shade(value, m_data.maxValue));
            painter->setPen(QPen(GridColor, 0.5));
            painter->drawRect(rect);
            if (value > 0) {
                painter->setPen(HeatmapData::textColor(value, m_data.maxValue));
                drawCount(painter, rect, value, m_cell);
            }
        }
        const QRectF total(totalX, y, m_totalWidth, m_rowHeight);
        painter->fillRect(total, TotalsColor);
        painter->setPen(QPen(GridColor, 0.5));
        painter->drawRect(total);
        if (row.total > 0) {
            painter->setPen(TextColor);
            drawCount(painter, total, row.total, m_cell);
        }
    }

    // The provinces row: how many provinces mention each initiative (the chart's bars).
    painter->setFont(m_labelBold);
    painter->setPen(TextColor);
    painter->drawText(QRectF(Margin + m_regionWidth, m_footerTop, m_nameWidth - 8, m_rowHeight),
                      Shown | Qt::AlignLeft | Qt::AlignVCenter, label.elidedText(m_provincesLabel, Qt::ElideRight, m_nameWidth - 8));
    for (int c = 0; c <= columns; ++c) {
        const bool total = c == columns;
        const QRectF rect(total ? totalX : columnX(c), m_footerTop, total ? m_totalWidth : m_cellWidth, m_rowHeight);
        painter->fillRect(rect, TotalsColor);
        painter->setPen(QPen(GridColor, 0.5));
        painter->drawRect(rect);
        const int value = total ? m_data.provincesWithMentions : m_data.columns.at(c).provinces;
        painter->setPen(TextColor);
        if (value > 0)
            drawCount(painter, rect, value, m_cell);
    }

    // The selected province and initiative, outlined across the whole matrix.
    painter->setPen(QPen(HighlightColor, 2));
    painter->setBrush(Qt::NoBrush);
    if (m_data.highlightedRow >= 0)
        painter->drawRect(QRectF(m_gridLeft, rowY(m_data.highlightedRow), columns * m_cellWidth + Gap + m_totalWidth,
                                 m_rowHeight));
    if (m_data.highlightedColumn >= 0)
        painter->drawRect(QRectF(columnX(m_data.highlightedColumn), m_gridTop, m_cellWidth,
                                 gridBottom - m_gridTop + Gap + m_rowHeight));

    paintLegend(painter, QRectF(Margin, m_legendTop, textWidth, m_legendHeight), m_data.maxValue, m_legend, TextColor,
                m_legendText);
    painter->restore();
}

qreal barWidth(int max)
{
    return max <= 12 ? 22.0 * std::max(max, 1) : 240.0;
}

} // namespace

std::unique_ptr<ImageExport::Picture> picture(const HeatmapData &data, const Options &options)
{
    return std::make_unique<Picture>(data, options);
}

int autoHeight(const HeatmapData &data, int width)
{
    Options options;
    options.width = width;
    return int(Picture(data, options).size().height());
}

LegendText LegendText::translated()
{
    return {Labels::tr("Mentioning items per cell"), Labels::tr("blank: none"), Labels::tr("no mentions")};
}

qreal legendWidth(int max, const QFont &font, const LegendText &text)
{
    const QFontMetricsF fm(font);
    return fm.horizontalAdvance(text.caption) + 10 + barWidth(max) + 24 + fm.horizontalAdvance(text.blank) + 20;
}

void paintLegend(QPainter *painter, const QRectF &rect, int max, const QFont &font, const QColor &textColor,
                 const LegendText &text)
{
    painter->save();
    const QFontMetricsF fm(font);
    painter->setFont(font);
    painter->setPen(textColor);
    const QString caption = text.caption;
    const qreal captionWidth = fm.horizontalAdvance(caption);
    const qreal barTop = rect.top() + 2;
    painter->drawText(QRectF(rect.left(), barTop - 4, captionWidth, LegendBar + 8), Shown | Qt::AlignLeft | Qt::AlignVCenter,
                      caption);
    const qreal barLeft = rect.left() + captionWidth + 10;
    const qreal width = barWidth(max);
    const QList<int> ticks = HeatmapData::legendTicks(max);
    auto tickX = [&](int value) {
        if (max <= 12) // a box per value, the tick at its centre
            return barLeft + (value - 0.5) * width / std::max(max, 1);
        return barLeft + (max <= 1 ? 0.5 : double(value - 1) / double(max - 1)) * width;
    };
    if (max <= 0) {
        painter->drawText(QRectF(barLeft, barTop - 4, fm.horizontalAdvance(text.none) + 4, LegendBar + 8),
                          Shown | Qt::AlignLeft | Qt::AlignVCenter, text.none);
        painter->restore();
        return;
    }
    if (max <= 12) {
        for (int v = 1; v <= max; ++v)
            painter->fillRect(QRectF(barLeft + (v - 1) * width / max, barTop, width / max, LegendBar),
                              HeatmapData::shade(v, max));
    } else {
        QLinearGradient gradient(barLeft, 0, barLeft + width, 0);
        for (int step = 0; step <= 10; ++step)
            gradient.setColorAt(step / 10.0, HeatmapData::shade(1 + qRound((max - 1) * step / 10.0), max));
        painter->fillRect(QRectF(barLeft, barTop, width, LegendBar), gradient);
    }
    painter->setPen(QPen(GridColor, 0.5));
    painter->drawRect(QRectF(barLeft, barTop, width, LegendBar));
    painter->setPen(textColor);
    for (int value : ticks) {
        const qreal x = tickX(value);
        const QString number = QString::number(value);
        const qreal w = fm.horizontalAdvance(number) + 4;
        painter->drawLine(QPointF(x, barTop + LegendBar), QPointF(x, barTop + LegendBar + 3));
        painter->drawText(QRectF(x - w / 2, barTop + LegendBar + 4, w, fm.height()), Shown | Qt::AlignCenter, number);
    }
    // A blank cell means none: said, so that white is not read as missing data.
    const qreal blankLeft = barLeft + width + 24;
    painter->setPen(QPen(GridColor.darker(130), 0.5));
    painter->setBrush(Qt::white);
    painter->drawRect(QRectF(blankLeft, barTop, 16, LegendBar));
    painter->setPen(textColor);
    const QString blank = text.blank;
    painter->drawText(QRectF(blankLeft + 20, barTop - 4, fm.horizontalAdvance(blank) + 4, LegendBar + 8),
                      Shown | Qt::AlignLeft | Qt::AlignVCenter, blank);
    painter->restore();
}

} // namespace HeatmapExport
