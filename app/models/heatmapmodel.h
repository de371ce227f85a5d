// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heatmapdata.h"

#include <QAbstractTableModel>

class AtlasSession;

// The heat map as a table: a row per province of the chart's region (HeatmapData's rows, grouped
// by region), then a "Provinces" row with the column totals (the chart's bars); a column per
// initiative of the chart (same order and Top-N), then a "Total" column with the row sums. A
// cell's DisplayRole is its count, or nothing for zero (a blank cell); CountRole always holds the
// number. It follows the session: keyword filter, region, Top-N, the initiative selected (the
// highlighted column) and the current province (the highlighted row). While inactive (its view
// hidden) it only notes that it is out of date, and recomputes when activated.
class HeatmapModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        CountRole = Qt::UserRole + 1, // int: the cell's number (0 included)
        UnitRole, // int: the row's unit (CorpusIndex::units()); -1 on the totals row
        InitiativeIdRole, // QString: the column's initiative; empty on the total column
        HighlightRole, // bool: in the current province's row or the selected initiative's column
        RegionNameRole, // vertical header: the row's region name
        GroupStartRole, // vertical header: bool, the first row of its region group
    };

    explicit HeatmapModel(AtlasSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const HeatmapData &heatmapData() const { return m_data; }
    int provinceRows() const { return int(m_data.rows.size()); } // the totals row follows
    int initiativeColumns() const { return int(m_data.columns.size()); } // the total column follows
    bool isTotalsRow(int row) const { return row == provinceRows(); }
    bool isTotalColumn(int column) const { return column == initiativeColumns(); }

    HeatmapData::RowOrder rowOrder() const { return m_rowOrder; }
    HeatmapData::ColumnOrder columnOrder() const { return m_columnOrder; }
    void setRowOrder(HeatmapData::RowOrder order);
    void setColumnOrder(HeatmapData::ColumnOrder order);
    // Inactive: changes of the session are only noted; activating recomputes if anything changed.
    void setActive(bool active);
    bool isActive() const { return m_active; }

public slots:
    void recompute();

private:
    void updateHighlight();
    QString cellToolTip(int row, int column) const;

    AtlasSession *m_session;
    HeatmapData m_data;
    HeatmapData::RowOrder m_rowOrder = HeatmapData::RowOrder::Region;
    HeatmapData::ColumnOrder m_columnOrder = HeatmapData::ColumnOrder::Chart;
    bool m_active = true;
    bool m_stale = false;
};
