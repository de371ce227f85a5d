// SPDX-License-Identifier: GPL-3.0-or-later
#include "tilemappane.h"

#include "atlassession.h"
#include "plaintext.h"
#include "settings.h"
#include "textlimits.h"
#include "tilemappainter.h"
#include "translations.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QVBoxLayout>

// Paints the map and turns hover and clicks into tooltips and selections.
class TileMapCanvas : public QWidget
{
public:
    explicit TileMapCanvas(TileMapPane *pane)
        : QWidget(pane)
        , m_pane(pane)
    {
        setObjectName(QStringLiteral("tileMapCanvas"));
        setMouseTracking(true);
        setMinimumSize(240, 240);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }
    TileMapPainter::Geometry geometry() const
    {
        QFont base = font();
        base.setPixelSize(std::max(10, QFontInfo(font()).pixelSize()));
        return TileMapPainter::layout(m_pane->mapData(), QRectF(rect()), base);
    }
    int tileAt(QPoint pos) const { return geometry().tileAt(m_pane->mapData(), pos); }
    int hovered = -1;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), Qt::white);
        if (m_pane->m_session->isLoading()) {
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(rect(), Qt::AlignCenter, TileMapPane::tr("Counting the items…"));
            return;
        }
        TileMapPainter::paint(&painter, m_pane->mapData(), geometry(), hovered);
    }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        const int tile = tileAt(event->position().toPoint());
        if (tile != hovered) {
            hovered = tile;
            update();
            if (tile < 0)
                QToolTip::hideText();
            else
                QToolTip::showText(event->globalPosition().toPoint(), plainToolTip(m_pane->toolTipText(tile)), this);
        }
        setCursor(tile >= 0 && m_pane->mapData().tiles.at(tile).unit >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    }
    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton)
            m_pane->clickTile(tileAt(event->position().toPoint()));
    }
    void leaveEvent(QEvent *) override
    {
        hovered = -1;
        update();
    }
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            const int tile = tileAt(help->pos());
            if (tile >= 0)
                QToolTip::showText(help->globalPos(), plainToolTip(m_pane->toolTipText(tile)), this);
            else
                QToolTip::hideText();
            return true;
        }
        return QWidget::event(event);
    }

private:
    TileMapPane *m_pane;
};

TileMapPane::TileMapPane(AtlasSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_canvas(new TileMapCanvas(this))
    , m_modeLabel(new QLabel(this))
    , m_modeBox(new QComboBox(this))
    , m_hint(new QLabel(this))
{
    m_modeBox->setObjectName(QStringLiteral("mapModeBox"));
    m_modeLabel->setBuddy(m_modeBox);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_modeLabel);
    controls->addWidget(m_modeBox);
    controls->addStretch(1);
    controls->addWidget(m_hint);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_canvas, 1);
    if (Settings::value(Settings::Key::MapMode).toString() == QLatin1String("mentions"))
        m_mode = TileMapData::Mode::Mentions;
    retranslate();

    connect(m_modeBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            setMode(TileMapData::Mode(m_modeBox->itemData(index).toInt()));
    });
    connect(session, &AtlasSession::filterChanged, this, &TileMapPane::invalidate);
    connect(session, &AtlasSession::corpusReset, this, &TileMapPane::invalidate);
    connect(session, &AtlasSession::chartOptionsChanged, this, &TileMapPane::invalidate);
    connect(session, &AtlasSession::loadingChanged, this, &TileMapPane::invalidate);
    connect(session, &AtlasSession::currentUnitChanged, this, [this](int unit) {
        if (!m_dirty) // only the outline moves
            m_data.currentTile = m_data.tileOfUnit(unit);
        m_canvas->update();
    });
    updateControls();
}

QWidget *TileMapPane::canvas() const
{
    return m_canvas;
}

void TileMapPane::setMode(TileMapData::Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    Settings::setValue(Settings::Key::MapMode, mode == TileMapData::Mode::Mentions ? QStringLiteral("mentions")
                                                                                  : QStringLiteral("items"));
    const QSignalBlocker blocker(m_modeBox);
    m_modeBox->setCurrentIndex(std::max(0, m_modeBox->findData(int(mode))));
    invalidate();
}

void TileMapPane::invalidate()
{
    m_dirty = true;
    m_canvas->hovered = -1;
    updateControls();
    if (isVisible())
        ensureData();
    m_canvas->update();
}

void TileMapPane::ensureData() const
{
    if (!m_dirty)
        return;
    m_data = build();
    m_dirty = false;
}

TileMapData TileMapPane::build() const
{
    TileMapData::Options options;
    options.english = Translations::isEnglish();
    options.filterText = m_session->keywordText();
    options.initiative = m_session->initiativeFilter();
    options.mode = m_mode;
    options.currentUnit = m_session->currentUnit();
    options.region = m_session->region();
    // Like the chart and the heat map, only the provinces of the region chosen above the tabs.
    const CorpusIndex &index = m_session->index();
    return TileMapData::build(index, index.inRegion(m_session->matches(), options.region), options);
}

const TileMapData &TileMapPane::mapData() const
{
    ensureData();
    return m_data;
}

void TileMapPane::showEvent(QShowEvent *event)
{
    ensureData();
    QWidget::showEvent(event);
}

int TileMapPane::tileAt(QPoint canvasPos) const
{
    return m_canvas->tileAt(canvasPos);
}

bool TileMapPane::clickTile(int tile)
{
    const TileMapData &data = mapData();
    if (tile < 0 || tile >= data.tiles.size() || data.tiles.at(tile).unit < 0)
        return false;
    m_session->setCurrentUnit(data.tiles.at(tile).unit);
    return true;
}

QString TileMapPane::toolTipText(int tile) const
{
    const TileMapData &data = mapData();
    if (tile < 0 || tile >= data.tiles.size())
        return {};
    const MapTile &t = data.tiles.at(tile);
    constexpr qsizetype MaxName = 60, MaxItem = 160;
    const QString name = TextLimits::shortened(t.name, MaxName);
    if (t.unit < 0)
        return tr("%1: not in the corpus").arg(name);
    if (t.outsideRegion)
        return tr("%1: outside the region chosen above the tabs").arg(name) + u'\n'
               + tr("Click to select this province in the tree.");
    QString text;
    if (m_session->initiativeFilter().isEmpty())
        text = tr("%1: %n matching item(s)", nullptr, t.matchingItems).arg(name);
    else
        text = tr("%1: %n matching item(s) mention the initiative", nullptr, t.matchingItems).arg(name);
    if (t.firstItem >= 0 && !m_session->isImporting()) {
        const ItemRecord item = m_session->store().item(m_session->index().itemId(t.firstItem));
        const QString itemText = (item.label.isEmpty() ? QString() : item.label + u' ') + item.text.simplified();
        text += u'\n' + tr("First: %1").arg(TextLimits::shortened(itemText, MaxItem));
    }
    return text + u'\n' + tr("Click to select this province in the tree.");
}

std::unique_ptr<ImageExport::Picture> TileMapPane::picture(int width, int height) const
{
    return TileMapPainter::picture(mapData(), width, height);
}

QString TileMapPane::automaticHeightText() const
{
    return tr("Fit the map (%1 pt)").arg(TileMapPainter::autoHeight(mapData(), ImageExport::DefaultWidth));
}

Table TileMapPane::table() const
{
    const TileMapData &data = mapData();
    Table table{{QStringLiteral("code"), QStringLiteral("name_zh"), QStringLiteral("name_en"), QStringLiteral("row"),
                 QStringLiteral("column"), QStringLiteral("value"), QStringLiteral("matching_items")},
                {}};
    const CorpusIndex &index = m_session->index();
    for (const MapTile &t : data.tiles) {
        if (t.unit < 0)
            continue;
        const IndexedUnit &unit = index.units().at(t.unit);
        table.addRow({unit.code, unit.nameZh, unit.nameEn, t.row, t.column, t.value, t.matchingItems});
    }
    return table;
}

QString TileMapPane::copyText() const
{
    QStringList lines{tr("Province") + u'\t' + mapData().legendTitle};
    for (const MapTile &t : mapData().tiles)
        if (t.unit >= 0)
            lines.append(t.name + u'\t' + QString::number(t.value));
    return lines.join(u'\n') + u'\n';
}

QString TileMapPane::exportTitle() const
{
    return tr("Export Map");
}

QString TileMapPane::exportBaseName() const
{
    return tr("map");
}

void TileMapPane::updateControls()
{
    const bool initiative = !m_session->initiativeFilter().isEmpty();
    m_modeLabel->setVisible(initiative);
    m_modeBox->setVisible(initiative);
}

void TileMapPane::retranslate()
{
    m_modeLabel->setText(tr("&Shade by:"));
    m_hint->setText(tr("Click a province to select it"));
    const QSignalBlocker blocker(m_modeBox);
    m_modeBox->clear();
    m_modeBox->addItem(tr("Items mentioning the initiative"), int(TileMapData::Mode::Items));
    m_modeBox->addItem(tr("Whether it is mentioned (0/1)"), int(TileMapData::Mode::Mentions));
    m_modeBox->setCurrentIndex(std::max(0, m_modeBox->findData(int(m_mode))));
}

void TileMapPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        invalidate();
    }
    QWidget::changeEvent(event);
}
