// SPDX-License-Identifier: GPL-3.0-or-later
#include "treefilterproxy.h"

#include "atlassession.h"
#include "provincetreemodel.h"

TreeFilterProxy::TreeFilterProxy(AtlasSession *session, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_session(session)
{
    setRecursiveFilteringEnabled(false);
    connect(session, &AtlasSession::filterChanged, this, &TreeFilterProxy::refilter);
}

void TreeFilterProxy::refilter()
{
    invalidateRowsFilter();
}

bool TreeFilterProxy::itemOrSubItemMatches(int item) const
{
    const MatchSet &matches = m_session->matches();
    if (matches.contains(item))
        return true;
    const CorpusIndex &index = m_session->index();
    for (int sub = item + 1; sub < index.itemCount() && index.itemParent(sub) == item; ++sub)
        if (matches.contains(sub))
            return true;
    return false;
}

bool TreeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const MatchSet &matches = m_session->matches();
    if (matches.all || m_session->isLoading()) // the filter applies once the items are read
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    using Kind = ProvinceTreeModel::Kind;
    switch (Kind(index.data(ProvinceTreeModel::KindRole).toInt())) {
    case Kind::Region: {
        const int units = sourceModel()->rowCount(index);
        for (int r = 0; r < units; ++r) {
            const int unit = sourceModel()->index(r, 0, index).data(ProvinceTreeModel::UnitIndexRole).toInt();
            if (matches.perUnit[size_t(unit)] > 0)
                return true;
        }
        return false;
    }
    case Kind::Unit:
        return matches.perUnit[size_t(index.data(ProvinceTreeModel::UnitIndexRole).toInt())] > 0;
    case Kind::Item:
        return itemOrSubItemMatches(index.data(ProvinceTreeModel::ItemIndexRole).toInt());
    case Kind::SubItem: {
        const int item = index.data(ProvinceTreeModel::ItemIndexRole).toInt();
        const int parent = m_session->index().itemParent(item);
        return matches.contains(item) || (parent >= 0 && matches.contains(parent));
    }
    }
    return true;
}
