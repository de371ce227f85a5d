// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QAbstractTableModel>

// Messages about one file, a row each: the line (empty when none applies) and the message.
// The import preview lists a file's warnings with it.
class DiagnosticsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LineColumn, MessageColumn, ColumnCount };

    explicit DiagnosticsModel(QObject *parent = nullptr);

    void setDiagnostics(const Diagnostics &diagnostics);
    const Diagnostics &diagnostics() const { return m_diagnostics; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Diagnostics m_diagnostics;
};
