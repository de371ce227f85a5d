// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

class AtlasSession;

// region → province → item → sub-item, over the session's database. Regions and provinces come
// from the in-memory index; a province's items are read from the database the first time it is
// expanded (canFetchMore/fetchMore), so a large corpus costs nothing until it is looked at.
class ProvinceTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind { Region, Unit, Item, SubItem };
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind as int
        UnitIndexRole, // index into CorpusIndex::units()
        ItemIndexRole, // index into CorpusIndex items (items and sub-items)
        ItemIdRole, // database id
        RegionIdRole,
        TextRole, // the full item text
        LabelRole, // the item number as published
    };

    explicit ProvinceTreeModel(AtlasSession *session, QObject *parent = nullptr);
    ~ProvinceTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QModelIndex indexForUnit(int unit) const;
    // True while a filter change removes loaded items (views should not react to that removal).
    bool isDroppingItems() const { return m_dropping; }
    // Loads the unit's items if needed; invalid when the item is not in the tree.
    QModelIndex indexForItem(int item);

public slots:
    void reload(); // the session's corpus changed
    void refreshLabels(); // names follow the UI language, counts follow the filter

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    void loadItems(Node *unitNode, const QList<ItemRecord> &records);
    int available(Node *unitNode) const; // top-level items the unit can show now
    void onFilterChanged();
    static constexpr int PageSize = 500; // top-level items per fetchMore

    AtlasSession *m_session;
    std::vector<std::unique_ptr<Node>> m_regions;
    bool m_dropping = false; // removing loaded items after a filter change
};
