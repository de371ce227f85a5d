// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"

#include <QAbstractTableModel>

class AtlasSession;

// One row per initiative mentioned under the current filter and region: name, provinces, items.
// The chart view draws it; it is recomputed whenever the filter, region, Top-N or language changes.
class InitiativeCountModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ProvincesColumn, ItemsColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ProvinceNamesRole };

    explicit InitiativeCountModel(AtlasSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const ChartData &chartData() const { return m_data; }

public slots:
    void recompute();

private:
    AtlasSession *m_session;
    ChartData m_data;
};
