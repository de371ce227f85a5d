// SPDX-License-Identifier: GPL-3.0-or-later
#include "heatmappane.h"

#include "atlassession.h"
#include "heatmapexport.h"
#include "heatmapmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

const QColor HighlightColor(0xd9, 0x5f, 0x02); // as in the exported picture

// Initiative names upright over narrow columns (Chinese names are 4–10 characters, English ones
// up to 40): read from the bottom up, cut with … beyond MaxLength.
class UprightHeader : public QHeaderView
{
public:
    explicit UprightHeader(QWidget *parent)
        : QHeaderView(Qt::Horizontal, parent)
    {
        setSectionsClickable(true);
        setHighlightSections(false);
    }

    // Tall enough for the longest name of all sections (QHeaderView looks at some only).
    QSize sizeHint() const override
    {
        int height = 0;
        for (int c = 0; model() && c < model()->columnCount(); ++c)
            height = std::max(height, sectionSizeFromContents(c).height());
        return QSize(QHeaderView::sizeHint().width(), height);
    }

protected:
    static constexpr int MaxLength = 280;

    QSize sectionSizeFromContents(int logicalIndex) const override
    {
        const QString text = model() ? model()->headerData(logicalIndex, orientation()).toString() : QString();
        QFont bold = font();
        bold.setBold(true);
        const QFontMetrics fm(bold);
        return QSize(fm.height() + 10, std::min(fm.horizontalAdvance(text), MaxLength) + 14);
    }

    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override
    {
        if (!rect.isValid() || !model())
            return;
        painter->save();
        painter->fillRect(rect, palette().window());
        painter->setPen(palette().mid().color());
        painter->drawLine(rect.topRight(), rect.bottomRight());
        painter->drawLine(rect.bottomLeft(), rect.bottomRight());
        const bool highlighted = model()->headerData(logicalIndex, orientation(), HeatmapModel::HighlightRole).toBool();
        QFont f = font();
        f.setBold(highlighted);
        painter->setFont(f);
        painter->setPen(highlighted ? HighlightColor : palette().windowText().color());
        const int length = rect.height() - 12;
        painter->translate(rect.center().x(), rect.bottom() - 6);
        painter->rotate(-90);
        const QString text = model()->headerData(logicalIndex, orientation()).toString();
        painter->drawText(QRect(0, -rect.width() / 2, length, rect.width()), Qt::TextDontClip | Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(f).elidedText(text, Qt::ElideRight, length));
        painter->restore();
    }
};

// Province names with their region's name at the start of each region group, and a line
// between groups.
class RegionHeader : public QHeaderView
{
public:
    explicit RegionHeader(QWidget *parent)
        : QHeaderView(Qt::Vertical, parent)
    {
        setSectionsClickable(true);
        setHighlightSections(false);
    }

protected:
    int regionWidth() const
    {
        QFont bold = font();
        bold.setBold(true);
        const QFontMetrics fm(bold);
        int width = 0;
        for (int r = 0; model() && r < model()->rowCount(); ++r)
            width = std::max(width, fm.horizontalAdvance(
                                        model()->headerData(r, Qt::Vertical, HeatmapModel::RegionNameRole).toString()));
        return width + 12;
    }

    QSize sectionSizeFromContents(int logicalIndex) const override
    {
        QFont bold = font();
        bold.setBold(true);
        const QFontMetrics fm(bold);
        const QString name = model() ? model()->headerData(logicalIndex, orientation()).toString() : QString();
        return QSize(regionWidth() + std::min(fm.horizontalAdvance(name), 200) + 12, fm.height() + 6);
    }

    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override
    {
        if (!rect.isValid() || !model())
            return;
        painter->save();
        painter->fillRect(rect, palette().window());
        const bool groupStart = model()->headerData(logicalIndex, orientation(), HeatmapModel::GroupStartRole).toBool();
        const bool totals = model()->headerData(logicalIndex, orientation(), HeatmapModel::UnitRole).toInt() < 0;
        const bool highlighted = model()->headerData(logicalIndex, orientation(), HeatmapModel::HighlightRole).toBool();
        painter->setPen(palette().mid().color());
        painter->drawLine(rect.topRight(), rect.bottomRight());
        if (groupStart && logicalIndex > 0)
            painter->drawLine(rect.topLeft(), rect.topRight());
        const int regionW = regionWidth();
        QFont f = font();
        if (groupStart && !totals) {
            f.setBold(true);
            painter->setFont(f);
            painter->setPen(palette().placeholderText().color());
            painter->drawText(QRect(rect.left() + 4, rect.top(), regionW - 4, rect.height()),
                              Qt::TextDontClip | Qt::AlignLeft | Qt::AlignVCenter,
                              model()->headerData(logicalIndex, orientation(), HeatmapModel::RegionNameRole).toString());
        }
        f.setBold(highlighted || totals);
        painter->setFont(f);
        painter->setPen(highlighted ? HighlightColor : palette().windowText().color());
        const QRect nameRect(rect.left() + regionW, rect.top(), rect.width() - regionW - 6, rect.height());
        painter->drawText(nameRect, Qt::TextDontClip | Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(f).elidedText(model()->headerData(logicalIndex, orientation()).toString(),
                                                     Qt::ElideRight, nameRect.width()));
        painter->restore();
    }
};

// Cells as the model shades them, plus the region groups' lines and the outline of the selected
// province's row and initiative's column.
class CellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        opt.state &= ~QStyle::State_HasFocus;
        // The shade stays readable when selected: the selection is drawn as a frame instead.
        const bool selected = opt.state & QStyle::State_Selected;
        opt.state &= ~QStyle::State_Selected;
        QStyledItemDelegate::paint(painter, opt, index);
        painter->save();
        const QAbstractItemModel *model = index.model();
        if (index.row() > 0 && model->headerData(index.row(), Qt::Vertical, HeatmapModel::GroupStartRole).toBool()) {
            painter->setPen(option.palette.mid().color());
            painter->drawLine(option.rect.topLeft(), option.rect.topRight());
        }
        if (selected) {
            painter->setPen(QPen(option.palette.highlight().color(), 2));
            painter->drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1));
        }
        const bool row = model->headerData(index.row(), Qt::Vertical, HeatmapModel::HighlightRole).toBool();
        const bool column = model->headerData(index.column(), Qt::Horizontal, HeatmapModel::HighlightRole).toBool();
        painter->setPen(QPen(HighlightColor, 2));
        const QRectF r = QRectF(option.rect).adjusted(1, 1, -1, -1);
        if (row) {
            painter->drawLine(r.topLeft(), r.topRight());
            painter->drawLine(r.bottomLeft(), r.bottomRight());
        }
        if (column) {
            painter->drawLine(r.topLeft(), r.bottomLeft());
            painter->drawLine(r.topRight(), r.bottomRight());
        }
        painter->restore();
    }
};

// The colour scale under the table, drawn like the exported picture's.
class Legend : public QWidget
{
public:
    Legend(HeatmapModel *model, QWidget *parent)
        : QWidget(parent)
        , m_model(model)
    {
        setObjectName(QStringLiteral("heatmapLegend"));
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    }
    QSize sizeHint() const override
    {
        return QSize(int(HeatmapExport::legendWidth(m_model->heatmapData().maxValue, font(),
                                                               HeatmapExport::LegendText::translated())) + 8,
                     fontMetrics().height() + 12 + 12);
    }
    QSize minimumSizeHint() const override { return QSize(0, sizeHint().height()); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        HeatmapExport::paintLegend(&painter, QRectF(rect()).adjusted(4, 4, -4, -4), m_model->heatmapData().maxValue,
                                   font(), palette().windowText().color(),
                                   HeatmapExport::LegendText::translated());
    }

private:
    HeatmapModel *m_model;
};

} // namespace

HeatmapPane::HeatmapPane(AtlasSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new HeatmapModel(session, this))
    , m_table(new QTableView(this))
    , m_hint(new QLabel(this))
    , m_scope(new QLabel(this))
    , m_legend(nullptr)
{
    m_model->setActive(false); // until the tab is shown
    m_legend = new Legend(m_model, this);
    m_table->setObjectName(QStringLiteral("heatmapTable"));
    m_hint->setObjectName(QStringLiteral("heatmapHint"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);
    m_scope->setObjectName(QStringLiteral("heatmapScope"));
    m_scope->setTextFormat(Qt::PlainText); // holds the filter as typed
    m_table->setModel(m_model);
    m_table->setHorizontalHeader(new UprightHeader(m_table));
    m_table->setVerticalHeader(new RegionHeader(m_table));
    m_table->setItemDelegate(new CellDelegate(m_table));
    m_table->setShowGrid(true);
    m_table->setGridStyle(Qt::SolidLine);
    m_table->setWordWrap(false);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSectionsClickable(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scope);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_legend);

    connect(m_table, &QTableView::clicked, this, &HeatmapPane::onCellClicked);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, &HeatmapPane::onColumnHeaderClicked);
    connect(m_table->verticalHeader(), &QHeaderView::sectionClicked, this, &HeatmapPane::onRowHeaderClicked);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HeatmapPane::updateLayout);
    connect(session, &AtlasSession::loadingChanged, this, &HeatmapPane::updateLayout);
    retranslate();
    updateLayout();
}

void HeatmapPane::updateLayout()
{
    // Columns just wide enough for an upright name's line height or the largest count.
    QHeaderView *top = m_table->horizontalHeader();
    const QFontMetrics fm(m_table->font());
    int widest = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        widest = std::max(widest, fm.horizontalAdvance(QString::number(
                                      m_model->index(r, m_model->initiativeColumns()).data(HeatmapModel::CountRole).toInt())));
    const int cell = std::max({fm.height() + 14, fm.horizontalAdvance(QStringLiteral("000")) + 10,
                               fm.horizontalAdvance(QString::number(m_model->heatmapData().maxValue)) + 10});
    top->setMinimumSectionSize(8);
    top->setDefaultSectionSize(cell);
    for (int c = 0; c < m_model->columnCount(); ++c)
        top->resizeSection(c, m_model->isTotalColumn(c) ? std::max(cell, widest + 14) : cell);
    // The table reads the header's height when it lays out: tell it that the names changed.
    top->setMinimumHeight(top->sizeHint().height());
    emit top->geometriesChanged();
    m_table->verticalHeader()->setDefaultSectionSize(fm.height() + 8);
    m_legend->updateGeometry();
    m_legend->update();
    // While the session reads the items (a large database), the counts are not known yet.
    m_scope->setText(m_session->isLoading() ? tr("Counting the mentions…") : m_model->heatmapData().subtitle);
}

void HeatmapPane::onCellClicked(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const int unit = index.data(HeatmapModel::UnitRole).toInt();
    const QString id = index.data(HeatmapModel::InitiativeIdRole).toString();
    if (unit >= 0 && !id.isEmpty() && index.data(HeatmapModel::CountRole).toInt() == 0) {
        // A blank cell has no items to show: the filter would leave the province empty in the tree.
        m_session->setCurrentUnit(unit);
    } else if (unit >= 0 && !id.isEmpty()) {
        // A second click on the chosen cell removes the initiative filter.
        const bool again = m_session->initiativeFilter() == id && m_session->currentUnit() == unit;
        m_session->setCurrentUnit(unit);
        m_session->setInitiativeFilter(again ? QString() : id);
    } else if (unit >= 0) { // the total column: the province
        m_session->setCurrentUnit(unit);
    } else if (!id.isEmpty()) { // the provinces row: the initiative
        onColumnHeaderClicked(index.column());
    }
}

void HeatmapPane::onColumnHeaderClicked(int section)
{
    if (m_model->isTotalColumn(section)) {
        m_model->setRowOrder(m_model->rowOrder() == HeatmapData::RowOrder::Region ? HeatmapData::RowOrder::Total
                                                                                  : HeatmapData::RowOrder::Region);
        return;
    }
    const QString id = m_model->headerData(section, Qt::Horizontal, HeatmapModel::InitiativeIdRole).toString();
    if (!id.isEmpty())
        m_session->setInitiativeFilter(m_session->initiativeFilter() == id ? QString() : id);
}

void HeatmapPane::onRowHeaderClicked(int section)
{
    if (m_model->isTotalsRow(section)) {
        m_model->setColumnOrder(m_model->columnOrder() == HeatmapData::ColumnOrder::Chart
                                    ? HeatmapData::ColumnOrder::Catalogue
                                    : HeatmapData::ColumnOrder::Chart);
        return;
    }
    const int unit = m_model->headerData(section, Qt::Vertical, HeatmapModel::UnitRole).toInt();
    if (unit >= 0)
        m_session->setCurrentUnit(m_session->currentUnit() == unit ? -1 : unit);
}

void HeatmapPane::ensureCurrent() const
{
    if (!m_model->isActive()) { // hidden: bring the numbers up to date for an export
        m_model->setActive(true);
        m_model->setActive(false);
    }
}

std::unique_ptr<ImageExport::Picture> HeatmapPane::picture(int width, int height) const
{
    ensureCurrent();
    HeatmapExport::Options options;
    options.width = width;
    options.height = height;
    return HeatmapExport::picture(m_model->heatmapData(), options);
}

QString HeatmapPane::automaticHeightText() const
{
    ensureCurrent();
    return tr("Fit the rows (%1 pt)").arg(HeatmapExport::autoHeight(m_model->heatmapData()));
}

Table HeatmapPane::table() const
{
    ensureCurrent();
    return m_model->heatmapData().table();
}

QString HeatmapPane::copyText() const
{
    ensureCurrent();
    // The selected cells' bounding rectangle, or the whole table, with the headers' names.
    int top = 0, left = 0, bottom = m_model->rowCount() - 1, right = m_model->columnCount() - 1;
    const QModelIndexList selected = m_table->selectionModel() ? m_table->selectionModel()->selectedIndexes()
                                                               : QModelIndexList();
    if (!selected.isEmpty()) {
        top = bottom = selected.first().row();
        left = right = selected.first().column();
        for (const QModelIndex &index : selected) {
            top = std::min(top, index.row());
            bottom = std::max(bottom, index.row());
            left = std::min(left, index.column());
            right = std::max(right, index.column());
        }
    }
    auto clean = [](QString text) { return text.replace(u'\t', u' ').replace(u'\n', u' '); };
    QStringList lines;
    QStringList header{QString()};
    for (int c = left; c <= right; ++c)
        header.append(clean(m_model->headerData(c, Qt::Horizontal).toString()));
    lines.append(header.join(u'\t'));
    for (int r = top; r <= bottom; ++r) {
        QStringList cells{clean(m_model->headerData(r, Qt::Vertical).toString())};
        for (int c = left; c <= right; ++c)
            cells.append(QString::number(m_model->index(r, c).data(HeatmapModel::CountRole).toInt()));
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

QString HeatmapPane::exportTitle() const
{
    return tr("Export Heat Map");
}

QString HeatmapPane::exportBaseName() const
{
    return tr("heatmap");
}

void HeatmapPane::retranslate()
{
    m_hint->setText(tr("Click a cell to show its items in the tree, a name to select it; "
                       "click “%1” or “%2” to sort.")
                        .arg(m_model->headerData(m_model->initiativeColumns(), Qt::Horizontal).toString(),
                             m_model->headerData(m_model->provinceRows(), Qt::Vertical).toString()));
}

void HeatmapPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->recompute();
        retranslate();
    }
    QWidget::changeEvent(event);
}

void HeatmapPane::showEvent(QShowEvent *event)
{
    m_model->setActive(true);
    QWidget::showEvent(event);
}

void HeatmapPane::hideEvent(QHideEvent *event)
{
    m_model->setActive(false);
    QWidget::hideEvent(event);
}
