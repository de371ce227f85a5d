// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importpreview.h"

#include <QAbstractTableModel>

// The units of one file's import preview (previewFile), a row each: name, header line, items,
// sub-items and the opening of the first item, as import --dry-run prints them. Set once the
// preview is read; nothing here reads a file.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { UnitColumn, LineColumn, ItemsColumn, SubItemsColumn, FirstItemColumn, ColumnCount };
    enum Role {
        CodeRole = Qt::UserRole + 1, // the unit's GB/T 2260 code; empty for a non-standard unit
        FirstItemLineRole, // the line of the unit's first item
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPreview(const ImportPreview &preview);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<UnitPreview> m_units;
};
