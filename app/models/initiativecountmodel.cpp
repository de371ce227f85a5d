// SPDX-License-Identifier: GPL-3.0-or-later
#include "initiativecountmodel.h"

#include "atlassession.h"
#include "translations.h"

InitiativeCountModel::InitiativeCountModel(AtlasSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &AtlasSession::corpusReset, this, &InitiativeCountModel::recompute);
    connect(session, &AtlasSession::filterChanged, this, &InitiativeCountModel::recompute);
    connect(session, &AtlasSession::chartOptionsChanged, this, &InitiativeCountModel::recompute);
    recompute();
}

void InitiativeCountModel::recompute()
{
    ChartData::Options options;
    options.english = Translations::isEnglish();
    options.region = m_session->region();
    options.top = m_session->topN();
    options.filterText = m_session->keywordText();
    options.initiative = m_session->initiativeFilter();
    beginResetModel();
    m_data = ChartData::build(m_session->index(), m_session->keywordMatches(), options);
    endResetModel();
}

int InitiativeCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_data.bars.size());
}

int InitiativeCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InitiativeCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChartBar &bar = m_data.bars.at(index.row());
    if (role == IdRole)
        return bar.id;
    if (role == ProvinceNamesRole)
        return bar.unitNames;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return bar.label;
        case ProvincesColumn:
            return bar.provinces;
        case ItemsColumn:
            return bar.items;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant InitiativeCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Initiative");
    case ProvincesColumn:
        return tr("Provinces");
    case ItemsColumn:
        return tr("Items");
    }
    return {};
}
