// SPDX-License-Identifier: GPL-3.0-or-later
#include "tilemappainter.h"

#include "textlimits.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

struct TileMapPainterText
{
    Q_DECLARE_TR_FUNCTIONS(TileMapPainter)
};

namespace TileMapPainter {
namespace {

constexpr double Margin = 16;
constexpr double TileGap = 0.08; // of a cell
constexpr double ExportFontPixels = 15;
constexpr int MaxTitleCharacters = 200;

QFont scaled(const QFont &base, double factor, bool bold = false)
{
    QFont f = base;
    f.setPixelSize(std::max(1, int(std::lround(base.pixelSize() * factor))));
    f.setBold(bold);
    return f;
}

double lineHeight(const QFont &font)
{
    return QFontMetricsF(font).height();
}

double legendHeight(const QFont &font)
{
    return lineHeight(font) * 2 + 18 + 8;
}

// The title's font and lines at this width: smaller (to 70 %) before it wraps onto a second line.
std::pair<QFont, int> titleFont(const TileMapData &data, double width, const QFont &base)
{
    const QString title = TextLimits::shortened(data.title, MaxTitleCharacters);
    QFont font = scaled(base, 1.3, true);
    const int smallest = std::max(6, int(font.pixelSize() * 0.7));
    while (font.pixelSize() > smallest && QFontMetricsF(font).horizontalAdvance(title) > width)
        font.setPixelSize(font.pixelSize() - 1);
    return {font, QFontMetricsF(font).horizontalAdvance(title) > width ? 2 : 1};
}

// The colour stops of the sequential scale (light to dark blue, ColorBrewer "Blues").
const QColor &stop(int i)
{
    static const QColor stops[] = {QColor(0xc6, 0xdb, 0xef), QColor(0x6b, 0xae, 0xd6), QColor(0x21, 0x71, 0xb5),
                                   QColor(0x08, 0x30, 0x6b)};
    return stops[i];
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor scaleColour(double t) // t in [0, 1]
{
    t = std::clamp(t, 0.0, 1.0) * 3;
    const int i = std::min(2, int(t));
    return mix(stop(i), stop(i + 1), t - i);
}

bool isDark(const QColor &c)
{
    return 0.299 * c.redF() + 0.587 * c.greenF() + 0.114 * c.blueF() < 0.55;
}

const QColor NoneFill(0xf0, 0xf0, 0xf0);
const QColor TextDark(0x20, 0x20, 0x20);
const QColor TextMuted(0x80, 0x80, 0x80);
const QColor Highlight(0xe6, 0x55, 0x0d); // the selected province's outline

// A font no larger than font that fits text into width.
QFont fitted(QFont font, const QString &text, double width)
{
    for (int i = 0; i < 12 && font.pixelSize() > 6 && QFontMetricsF(font).horizontalAdvance(text) > width; ++i)
        font.setPixelSize(std::max(6, int(font.pixelSize() * 0.88)));
    return font;
}

void drawTile(QPainter *p, const TileMapData &data, const MapTile &tile, const QRectF &r, bool current, bool hovered)
{
    const bool inCorpus = tile.unit >= 0 && !tile.outsideRegion; // counted: shaded, with its count
    const QColor colour = inCorpus ? fill(tile.value, data.maxValue) : QColor(Qt::white);
    QPen border(inCorpus ? colour.darker(115) : QColor(0xc0, 0xc0, 0xc0), std::max(1.0, std::min(r.width(), r.height()) * 0.015));
    if (!inCorpus)
        border.setStyle(Qt::DashLine);
    p->setPen(border);
    p->setBrush(colour);
    const double radius = r.width() * 0.06;
    p->drawRoundedRect(r, radius, radius);
    if (current || hovered) {
        QPen outline(current ? Highlight : TextDark, std::max(2.0, std::min(r.width(), r.height()) * (current ? 0.06 : 0.03)));
        p->setPen(outline);
        p->setBrush(Qt::NoBrush);
        const double inset = outline.widthF() / 2;
        p->drawRoundedRect(r.adjusted(inset, inset, -inset, -inset), radius, radius);
    }
    const QColor text = !inCorpus ? TextMuted : isDark(colour) ? QColor(Qt::white) : TextDark;
    p->setPen(text);
    QFont labelFont = p->font();
    labelFont.setPixelSize(std::max(6, int(r.height() * 0.27)));
    labelFont.setBold(true);
    const QString label = TextLimits::shortened(tile.label, 24);
    const QRectF upper(r.left(), r.top() + r.height() * 0.08, r.width(), r.height() * 0.47);
    const QFont oneLine = fitted(labelFont, label, r.width() * 0.9);
    if (oneLine.pixelSize() >= labelFont.pixelSize() * 0.6 || label.size() < 4) {
        p->setFont(oneLine);
        p->drawText(upper, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextSingleLine,
                    QFontMetricsF(oneLine).elidedText(label, Qt::ElideRight, r.width() * 0.94));
    } else { // a long name (新疆生产建设兵团): two lines
        const qsizetype half = (label.size() + 1) / 2;
        const QString first = label.left(half), second = label.mid(half);
        QFont twoLines = labelFont;
        twoLines.setPixelSize(std::max(6, int(labelFont.pixelSize() * 0.7)));
        twoLines = fitted(twoLines, first.size() >= second.size() ? first : second, r.width() * 0.9);
        p->setFont(twoLines);
        const QFontMetricsF metrics(twoLines);
        const double lineH = metrics.height();
        p->drawText(QRectF(upper.left(), upper.bottom() - 2 * lineH, upper.width(), lineH),
                    Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextSingleLine,
                    metrics.elidedText(first, Qt::ElideRight, r.width() * 0.94));
        p->drawText(QRectF(upper.left(), upper.bottom() - lineH, upper.width(), lineH),
                    Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextSingleLine,
                    metrics.elidedText(second, Qt::ElideRight, r.width() * 0.94));
    }
    if (!inCorpus)
        return;
    QFont countFont = labelFont;
    countFont.setBold(false);
    countFont.setPixelSize(std::max(6, int(std::min(r.width(), r.height()) * 0.24)));
    p->setFont(countFont);
    const QRectF lower(r.left(), r.top() + r.height() * 0.55, r.width(), r.height() * 0.4);
    const QString count = QString::number(tile.value);
    p->drawText(lower, Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine, count);
}

// Integer ticks for 1..max, at most about six, never fractional.
QList<int> ticks(int max)
{
    QList<int> result{1};
    if (max <= 1)
        return result;
    int step = 1;
    for (const int base : {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 25000,
                           50000, 100000, 200000, 250000, 500000, 1000000})
        if (max / base <= 5) {
            step = base;
            break;
        }
    for (int v = step; v < max; v += step)
        if (v > 1)
            result.append(v);
    result.append(max);
    return result;
}

void drawSwatch(QPainter *p, const QRectF &box, const QColor &colour, bool dashed, const QString &text, const QFont &font)
{
    QPen pen(dashed ? QColor(0xc0, 0xc0, 0xc0) : colour.darker(115), 1);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    p->setPen(pen);
    p->setBrush(colour);
    p->drawRect(box);
    p->setPen(TextDark);
    p->setFont(font);
    p->drawText(QRectF(box.right() + 6, box.top() - 4, 400, box.height() + 8), Qt::AlignLeft | Qt::AlignVCenter, text);
}

double swatchWidth(const QRectF &box, const QString &text, const QFont &font)
{
    return box.width() + 6 + QFontMetricsF(font).horizontalAdvance(text) + 18;
}

void drawLegend(QPainter *p, const TileMapData &data, const Geometry &g)
{
    const QFont font = scaled(g.font, 0.85);
    const QFont bold = scaled(g.font, 0.85, true);
    const double line = lineHeight(font);
    double x = g.legend.left();
    const double y = g.legend.top();
    p->setFont(bold);
    p->setPen(TextDark);
    const QString heading = data.legendTitle;
    p->drawText(QRectF(x, y, g.legend.width(), line), Qt::AlignLeft | Qt::AlignVCenter, heading);
    const double barTop = y + line + 4;
    const QRectF box(x, barTop, 18, 14);
    const bool anyMissing = std::any_of(data.tiles.begin(), data.tiles.end(), [](const MapTile &t) { return t.unit < 0; });
    if (data.mentions) {
        const QString no = TileMapPainterText::tr("no matching item mentions it");
        const QString yes = TileMapPainterText::tr("mentioned");
        drawSwatch(p, box, fill(0, 1), false, no, font);
        x += swatchWidth(box, no, font);
        drawSwatch(p, box.translated(x - box.left(), 0), fill(1, 1), false, yes, font);
        x += swatchWidth(box, yes, font);
    } else {
        const QString none = QStringLiteral("0");
        drawSwatch(p, box, fill(0, std::max(1, data.maxValue)), false, none, font);
        x += swatchWidth(box, none, font);
        if (data.maxValue == 1) {
            const QString one = QStringLiteral("1");
            drawSwatch(p, box.translated(x - box.left(), 0), fill(1, 1), false, one, font);
            x += swatchWidth(box, one, font);
        } else if (data.maxValue > 1) {
            const double width = std::min(260.0, std::max(120.0, g.legend.width() * 0.35));
            const QRectF bar(x, barTop, width, box.height());
            QLinearGradient gradient(bar.topLeft(), bar.topRight());
            for (int i = 0; i <= 3; ++i)
                gradient.setColorAt(i / 3.0, stop(i));
            p->setPen(Qt::NoPen);
            p->setBrush(gradient);
            p->drawRect(bar);
            p->setFont(font);
            p->setPen(TextDark);
            const QFontMetricsF metrics(font);
            const QList<int> marks = ticks(data.maxValue);
            auto position = [&](int v) { return bar.left() + bar.width() * (v - 1) / double(data.maxValue - 1); };
            const double maxLeft = position(data.maxValue) - metrics.horizontalAdvance(QString::number(data.maxValue)) / 2;
            double lastRight = -1e9;
            for (int i = 0; i < marks.size(); ++i) {
                const int v = marks.at(i);
                const double at = position(v);
                const QString text = QString::number(v);
                const double w = metrics.horizontalAdvance(text);
                // The maximum always shows; a tick whose label would touch its neighbour's does not.
                if (i < marks.size() - 1 && (at - w / 2 < lastRight + 6 || at + w / 2 > maxLeft - 6))
                    continue;
                p->drawLine(QPointF(at, bar.bottom()), QPointF(at, bar.bottom() + 3));
                p->drawText(QRectF(at - w / 2 - 2, bar.bottom() + 3, w + 4, line), Qt::AlignCenter, text);
                lastRight = at + w / 2;
            }
            x = bar.right() + 24;
        }
    }
    if (anyMissing) {
        const QString missing = TileMapPainterText::tr("not in the corpus");
        drawSwatch(p, QRectF(x, barTop, box.width(), box.height()), Qt::white, true, missing, font);
        x += swatchWidth(box, missing, font);
    }
    if (std::any_of(data.tiles.begin(), data.tiles.end(), [](const MapTile &t) { return t.outsideRegion; })) {
        const QString outside = TileMapPainterText::tr("outside the region");
        drawSwatch(p, QRectF(x, barTop, box.width(), box.height()), Qt::white, true, outside, font);
    }
}

class MapPicture : public ImageExport::Picture
{
public:
    MapPicture(const TileMapData &data, int width, int height)
        : m_data(data)
        , m_size(width, height > 0 ? height : autoHeight(data, width))
    {
        m_geometry = exportGeometry(m_data, width, int(m_size.height()));
    }
    QSizeF size() const override { return m_size; }
    void paint(QPainter *painter) const override { TileMapPainter::paint(painter, m_data, m_geometry); }
    QString title() const override { return m_data.title; }
    QString description() const override { return m_data.subtitle; }

private:
    TileMapData m_data;
    QSizeF m_size;
    Geometry m_geometry;
};

} // namespace

QRectF Geometry::tileRect(const MapTile &t) const
{
    const double gap = tile * TileGap;
    return QRectF(origin.x() + t.column * tile + gap / 2, origin.y() + t.row * tile + gap / 2, tile * t.span - gap,
                  tile - gap);
}

int Geometry::tileAt(const TileMapData &data, QPointF pos) const
{
    for (int t = 0; t < data.tiles.size(); ++t)
        if (tileRect(data.tiles.at(t)).contains(pos))
            return t;
    return -1;
}

QColor fill(int value, int max)
{
    if (value <= 0)
        return NoneFill;
    if (max <= 1)
        return stop(2);
    return scaleColour((value - 1) / double(max - 1));
}

Geometry layout(const TileMapData &data, const QRectF &area, const QFont &baseFont)
{
    Geometry g;
    g.area = area;
    g.font = baseFont;
    if (g.font.pixelSize() <= 0)
        g.font.setPixelSize(std::max(8, int(QFontInfo(baseFont).pixelSize())));
    const QRectF inner = area.adjusted(Margin, Margin * 0.75, -Margin, -Margin * 0.75);
    const auto [font, lines] = titleFont(data, inner.width(), g.font);
    g.title = QRectF(inner.left(), inner.top(), inner.width(), lineHeight(font) * lines);
    g.subtitle = QRectF(inner.left(), g.title.bottom() + 2, inner.width(), lineHeight(g.font));
    const double legendH = legendHeight(scaled(g.font, 0.85));
    g.legend = QRectF(inner.left(), inner.bottom() - legendH, inner.width(), legendH);
    const QRectF map(inner.left(), g.subtitle.bottom() + 10, inner.width(), g.legend.top() - 10 - g.subtitle.bottom() - 10);
    const int rows = std::max(1, data.rows), columns = std::max(1, data.columns);
    g.tile = std::max(1.0, std::min(map.width() / columns, map.height() / rows));
    g.origin = QPointF(map.left() + (map.width() - g.tile * columns) / 2, map.top());
    // The legend sits under the grid, aligned with it, when the grid is narrower than the area.
    const double gridWidth = g.tile * columns;
    if (gridWidth >= 360)
        g.legend = QRectF(g.origin.x(), map.top() + g.tile * rows + 10, gridWidth, legendH);
    return g;
}

Geometry exportGeometry(const TileMapData &data, int width, int height)
{
    QFont font;
    font.setPixelSize(int(ExportFontPixels));
    return layout(data, QRectF(0, 0, width, height > 0 ? height : autoHeight(data, width)), font);
}

int autoHeight(const TileMapData &data, int width)
{
    QFont font;
    font.setPixelSize(int(ExportFontPixels));
    const auto [title, lines] = titleFont(data, width - 2 * Margin, font);
    const double header = Margin * 0.75 + lineHeight(title) * lines + 2 + lineHeight(font) + 10;
    const double footer = 10 + legendHeight(scaled(font, 0.85)) + Margin * 0.75;
    const int columns = std::max(1, data.columns), rows = std::max(1, data.rows);
    const double tile = std::min(MaxAutoTile, (width - 2 * Margin) / columns);
    return int(std::ceil(header + tile * rows + footer + 10));
}

void paint(QPainter *painter, const TileMapData &data, const Geometry &g, int hoveredTile)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const QString title = TextLimits::shortened(data.title, MaxTitleCharacters);
    const auto [font, lines] = titleFont(data, g.title.width(), g.font);
    painter->setPen(TextDark);
    painter->setFont(font);
    if (lines == 1)
        painter->drawText(g.title, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, title);
    else // wrapped at spaces, or between Chinese characters; what a third line would hold is cut
        painter->drawText(g.title, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title);
    painter->setFont(g.font);
    painter->setPen(TextMuted);
    painter->drawText(g.subtitle, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      QFontMetricsF(g.font).elidedText(TextLimits::shortened(data.subtitle, MaxTitleCharacters),
                                                       Qt::ElideMiddle, g.subtitle.width()));
    int sideRow = -1;
    for (const MapTile &tile : data.tiles)
        if (tile.sideRow && (sideRow < 0 || tile.row < sideRow))
            sideRow = tile.row;
    if (sideRow > 0) { // in the blank row above the units the grid has no place for
        const QFont caption = scaled(g.font, 0.85, true);
        painter->setFont(caption);
        painter->setPen(TextMuted);
        const double gap = g.tile * TileGap / 2;
        painter->drawText(QRectF(g.origin.x() + gap, g.origin.y() + (sideRow - 1) * g.tile, g.tile * data.columns,
                                 g.tile - gap),
                          Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine,
                          TileMapPainterText::tr("Units outside the grid"));
    }
    painter->setFont(g.font);
    for (int t = 0; t < data.tiles.size(); ++t)
        drawTile(painter, data, data.tiles.at(t), g.tileRect(data.tiles.at(t)), t == data.currentTile, t == hoveredTile);
    drawLegend(painter, data, g);
    painter->restore();
}

std::unique_ptr<ImageExport::Picture> picture(const TileMapData &data, int width, int height)
{
    return std::make_unique<MapPicture>(data, width, height);
}

} // namespace TileMapPainter
