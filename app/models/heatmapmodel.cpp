// SPDX-License-Identifier: GPL-3.0-or-later
#include "heatmapmodel.h"

#include "atlassession.h"
#include "plaintext.h"
#include "textlimits.h"
#include "translations.h"

namespace {
constexpr int MaxNamedItems = 10; // a tooltip names at most this many items, then "…and N more"
constexpr qsizetype ItemCharacters = 40;
constexpr qsizetype NameCharacters = 60;
} // namespace

HeatmapModel::HeatmapModel(AtlasSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &AtlasSession::corpusReset, this, &HeatmapModel::recompute);
    connect(session, &AtlasSession::filterChanged, this, &HeatmapModel::recompute);
    connect(session, &AtlasSession::chartOptionsChanged, this, &HeatmapModel::recompute);
    connect(session, &AtlasSession::currentUnitChanged, this, &HeatmapModel::updateHighlight);
    recompute();
}

void HeatmapModel::setActive(bool active)
{
    m_active = active;
    if (active && m_stale)
        recompute();
}

void HeatmapModel::setRowOrder(HeatmapData::RowOrder order)
{
    if (order == m_rowOrder)
        return;
    m_rowOrder = order;
    recompute();
}

void HeatmapModel::setColumnOrder(HeatmapData::ColumnOrder order)
{
    if (order == m_columnOrder)
        return;
    m_columnOrder = order;
    recompute();
}

void HeatmapModel::recompute()
{
    if (!m_active) {
        m_stale = true;
        return;
    }
    m_stale = false;
    HeatmapData::Options options;
    options.english = Translations::isEnglish();
    options.region = m_session->region();
    options.top = m_session->topN();
    options.filterText = m_session->keywordText();
    options.initiative = m_session->initiativeFilter();
    options.currentUnit = m_session->currentUnit();
    options.rowOrder = m_rowOrder;
    options.columnOrder = m_columnOrder;
    beginResetModel();
    m_data = HeatmapData::build(m_session->index(), m_session->keywordMatches(), options);
    endResetModel();
}

void HeatmapModel::updateHighlight()
{
    if (!m_active) {
        m_stale = true;
        return;
    }
    const int row = m_data.rowOf(m_session->currentUnit());
    if (row == m_data.highlightedRow)
        return;
    const int old = m_data.highlightedRow;
    m_data.highlightedRow = row;
    for (int r : {old, row})
        if (r >= 0) {
            emit dataChanged(index(r, 0), index(r, columnCount() - 1));
            emit headerDataChanged(Qt::Vertical, r, r);
        }
}

int HeatmapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : provinceRows() + 1;
}

int HeatmapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : initiativeColumns() + 1;
}

QVariant HeatmapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row(), column = index.column();
    const bool totalsRow = isTotalsRow(row), totalColumn = isTotalColumn(column);
    int count = 0;
    if (totalsRow)
        count = totalColumn ? m_data.provincesWithMentions : m_data.columns.at(column).provinces;
    else
        count = totalColumn ? m_data.rows.at(row).total : m_data.cell(row, column);

    switch (role) {
    case Qt::DisplayRole:
        return count > 0 ? QVariant(count) : QVariant();
    case CountRole:
        return count;
    case UnitRole:
        return totalsRow ? -1 : m_data.rows.at(row).unit;
    case InitiativeIdRole:
        return totalColumn ? QString() : m_data.columns.at(column).id;
    case HighlightRole:
        return (!totalsRow && row == m_data.highlightedRow) || (!totalColumn && column == m_data.highlightedColumn);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (totalsRow || totalColumn)
            return QColor(0xf2, 0xf2, 0xf2);
        return HeatmapData::shade(count, m_data.maxValue);
    case Qt::ForegroundRole:
        if (totalsRow || totalColumn)
            return QColor(0x1a, 0x1a, 0x1a);
        return HeatmapData::textColor(count, m_data.maxValue);
    case Qt::ToolTipRole:
        return plainToolTip(cellToolTip(row, column));
    }
    return {};
}

QString HeatmapModel::cellToolTip(int row, int column) const
{
    const bool totalsRow = isTotalsRow(row), totalColumn = isTotalColumn(column);
    if (totalsRow && totalColumn)
        return tr("%n province(s) with mentions", nullptr, m_data.provincesWithMentions) + u'\n'
               + tr("%n mentioning item(s) in all cells", nullptr, m_data.totalItems);
    if (totalsRow) {
        const HeatmapColumn &c = m_data.columns.at(column);
        return TextLimits::shortened(c.label, NameCharacters) + u'\n' + tr("%n province(s), ", nullptr, c.provinces)
               + tr("%n item(s)", nullptr, c.items);
    }
    const HeatmapRow &r = m_data.rows.at(row);
    if (totalColumn)
        return TextLimits::shortened(r.name, NameCharacters) + u'\n'
               + tr("%n mentioning item(s), summed over the initiatives shown", nullptr, r.total);

    const HeatmapColumn &c = m_data.columns.at(column);
    const int count = m_data.cell(row, column);
    QString text = TextLimits::shortened(r.name, NameCharacters) + QStringLiteral(" · ")
                   + TextLimits::shortened(c.label, NameCharacters) + u'\n' + tr("%n mentioning item(s)", nullptr, count);
    if (count == 0)
        return text;
    // The items of the cell: the unit's are contiguous in the index.
    const CorpusIndex &index = m_session->index();
    const MatchSet &matches = m_session->keywordMatches();
    if (r.unit < 0 || r.unit >= index.units().size())
        return text;
    const IndexedUnit &unit = index.units().at(r.unit);
    QStringList named;
    int found = 0;
    for (int i = unit.firstItem; i < unit.firstItem + unit.itemCount && i < index.itemCount(); ++i) {
        if (!matches.contains(i) || !index.mentionsOf(i).contains(c.initiative))
            continue;
        if (++found > MaxNamedItems)
            continue;
        const ItemRecord item = m_session->store().item(index.itemId(i));
        const QString words = item.label.isEmpty() ? item.text : item.label + u' ' + item.text;
        named.append(QStringLiteral("• ") + TextLimits::shortened(words.simplified(), ItemCharacters));
    }
    if (!named.isEmpty())
        text += u'\n' + named.join(u'\n');
    if (found > MaxNamedItems)
        text += u'\n' + tr("…and %n more", nullptr, found - MaxNamedItems);
    return text + u'\n' + tr("Click to show these items in the tree.");
}

QVariant HeatmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section > initiativeColumns())
            return {};
        const bool total = isTotalColumn(section);
        switch (role) {
        case Qt::DisplayRole:
            return total ? tr("Total") : m_data.columns.at(section).label;
        case InitiativeIdRole:
            return total ? QString() : m_data.columns.at(section).id;
        case HighlightRole:
            return section == m_data.highlightedColumn;
        case Qt::ToolTipRole:
            if (total)
                return plainToolTip(tr("Each province's mentioning items, summed over the initiatives shown.") + u'\n'
                                    + tr("Click to sort the provinces by their total."));
            return plainToolTip(TextLimits::shortened(m_data.columns.at(section).label, NameCharacters * 2) + u'\n'
                                + tr("%n province(s), ", nullptr, m_data.columns.at(section).provinces)
                                + tr("%n item(s)", nullptr, m_data.columns.at(section).items) + u'\n'
                                + tr("Click to select this initiative."));
        }
        return {};
    }
    if (section < 0 || section > provinceRows())
        return {};
    const bool totals = isTotalsRow(section);
    switch (role) {
    case Qt::DisplayRole:
        return totals ? tr("Provinces") : m_data.rows.at(section).name;
    case UnitRole:
        return totals ? -1 : m_data.rows.at(section).unit;
    case RegionNameRole:
        return totals ? QString() : m_data.rows.at(section).regionName;
    case GroupStartRole:
        return totals || m_data.rows.at(section).groupStart;
    case HighlightRole:
        return section == m_data.highlightedRow;
    case Qt::ToolTipRole:
        if (totals)
            return plainToolTip(tr("How many provinces mention each initiative (the chart's bars).") + u'\n'
                                + tr("Click to sort the initiatives by it, or back into catalogue order."));
        return plainToolTip(TextLimits::shortened(m_data.rows.at(section).name, NameCharacters) + u'\n'
                            + tr("Click to select this province."));
    }
    return {};
}
