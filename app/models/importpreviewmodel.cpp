// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreviewmodel.h"

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setPreview(const ImportPreview &preview)
{
    beginResetModel();
    m_units = preview.units;
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_units.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UnitPreview &unit = m_units.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case UnitColumn:
            return unit.nameZh;
        case LineColumn:
            return unit.line;
        case ItemsColumn:
            return unit.items;
        case SubItemsColumn:
            return unit.subItems;
        case FirstItemColumn:
            return unit.firstItemOpening();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == FirstItemColumn && unit.firstItemLine > 0)
            return tr("Line %1: %2").arg(QString::number(unit.firstItemLine), unit.firstItemOpening());
        if (index.column() == UnitColumn && unit.code.isEmpty())
            return tr("Not a known provincial-level unit: imported as a non-standard unit");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn || index.column() == ItemsColumn || index.column() == SubItemsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case CodeRole:
        return unit.code;
    case FirstItemLineRole:
        return unit.firstItemLine;
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UnitColumn:
        return tr("Unit");
    case LineColumn:
        return tr("Line");
    case ItemsColumn:
        return tr("Items");
    case SubItemsColumn:
        return tr("Sub-items");
    case FirstItemColumn:
        return tr("First item");
    }
    return {};
}
