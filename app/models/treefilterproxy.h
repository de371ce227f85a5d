// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

class AtlasSession;

// Shows the part of the province tree that the session's filter lets through: an item that
// matches or has a matching sub-item, a province with a matching item, a region with such a
// province. Decides from the index alone, so provinces need not be loaded to be filtered.
class TreeFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TreeFilterProxy(AtlasSession *session, QObject *parent = nullptr);

public slots:
    void refilter();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool itemOrSubItemMatches(int item) const;
    AtlasSession *m_session;
};
