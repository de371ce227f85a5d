// SPDX-License-Identifier: GPL-3.0-or-later
#include "provincetreemodel.h"

#include "atlassession.h"
#include "plaintext.h"
#include "textlimits.h"
#include "referencedata.h"
#include "translations.h"

struct ProvinceTreeModel::Node
{
    Kind kind = Kind::Region;
    Node *parent = nullptr;
    int row = 0;
    QString regionId; // Region
    int unit = -1; // Unit, Item, SubItem
    int item = -1; // Item, SubItem
    qint64 itemId = 0;
    QString label;
    QString text;
    int fetched = 0; // Unit: top-level items loaded so far
    qint64 lastDocument = 0; // Unit: where the next page starts (no filter)
    int lastPosition = 0;
    std::vector<int> shown; // Unit, under a filter: the top-level items (index positions) it lets through
    bool shownKnown = false;
    std::vector<std::unique_ptr<Node>> children;

    Node *addChild(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

ProvinceTreeModel::ProvinceTreeModel(AtlasSession *session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    connect(session, &AtlasSession::corpusReset, this, &ProvinceTreeModel::reload);
    connect(session, &AtlasSession::filterChanged, this, &ProvinceTreeModel::onFilterChanged);
    reload();
}

ProvinceTreeModel::~ProvinceTreeModel() = default;

void ProvinceTreeModel::reload()
{
    beginResetModel();
    m_regions.clear();
    const CorpusIndex &index = m_session->index();
    Node *current = nullptr;
    for (int u = 0; u < index.units().size(); ++u) {
        const IndexedUnit &unit = index.units().at(u);
        if (!current || current->regionId != unit.region) {
            auto region = std::make_unique<Node>();
            region->kind = Kind::Region;
            region->regionId = unit.region;
            region->row = int(m_regions.size());
            m_regions.push_back(std::move(region));
            current = m_regions.back().get();
        }
        auto node = std::make_unique<Node>();
        node->kind = Kind::Unit;
        node->unit = u;
        current->addChild(std::move(node));
    }
    endResetModel();
}

void ProvinceTreeModel::refreshLabels()
{
    // Region and province labels carry names in the UI language and the filter's counts.
    if (m_regions.empty())
        return;
    emit dataChanged(index(0, 0), index(int(m_regions.size()) - 1, 0));
    for (int r = 0; r < int(m_regions.size()); ++r) {
        const QModelIndex parent = index(r, 0);
        const int rows = rowCount(parent);
        if (rows > 0)
            emit dataChanged(index(0, 0, parent), index(rows - 1, 0, parent));
    }
}

ProvinceTreeModel::Node *ProvinceTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

QModelIndex ProvinceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const Node *p = nodeFor(parent);
    const auto &children = p ? p->children : m_regions;
    if (row >= int(children.size()))
        return {};
    return createIndex(row, 0, children[size_t(row)].get());
}

QModelIndex ProvinceTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeFor(child);
    if (!node || !node->parent)
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int ProvinceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *p = nodeFor(parent);
    return int(p ? p->children.size() : m_regions.size());
}

int ProvinceTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool ProvinceTreeModel::hasChildren(const QModelIndex &parent) const
{
    const Node *p = nodeFor(parent);
    if (!p)
        return !m_regions.empty();
    if (p->kind == Kind::Unit)
        return m_session->index().units().at(p->unit).itemCount > 0;
    return !p->children.empty();
}

bool ProvinceTreeModel::canFetchMore(const QModelIndex &parent) const
{
    Node *p = nodeFor(parent);
    // During an import the database holds rows that may yet be rolled back: nothing is loaded.
    return p && p->kind == Kind::Unit && !m_dropping && !m_session->isImporting() && p->fetched < available(p);
}

// Under a filter a province offers only the items the filter lets through (an item that
// matches or has a matching sub-item), so that a province of thirty thousand items with three
// matches loads three, not thirty thousand.
int ProvinceTreeModel::available(Node *unitNode) const
{
    const MatchSet &matches = m_session->matches();
    const IndexedUnit &unit = m_session->index().units().at(unitNode->unit);
    if (matches.all)
        return unit.topLevelCount;
    if (!unitNode->shownKnown) {
        const CorpusIndex &index = m_session->index();
        unitNode->shown.clear();
        for (int i = unit.firstItem; i < unit.firstItem + unit.itemCount; ++i) {
            if (!matches.contains(i))
                continue;
            const int top = index.itemParent(i) < 0 ? i : index.itemParent(i);
            if (unitNode->shown.empty() || unitNode->shown.back() != top)
                unitNode->shown.push_back(top);
        }
        unitNode->shownKnown = true;
    }
    return int(unitNode->shown.size());
}

void ProvinceTreeModel::onFilterChanged()
{
    // Loaded items belong to the previous filter: drop them; views fetch again as they need,
    // but not from inside the removal (a view or tester reacting to rowsRemoved).
    m_dropping = true;
    for (const auto &region : m_regions) {
        for (const auto &unit : region->children) {
            unit->shownKnown = false;
            if (unit->children.empty()) {
                unit->fetched = 0;
                continue;
            }
            const QModelIndex parent = createIndex(unit->row, 0, unit.get());
            beginRemoveRows(parent, 0, int(unit->children.size()) - 1);
            unit->children.clear();
            unit->fetched = 0;
            unit->lastDocument = 0;
            unit->lastPosition = 0;
            endRemoveRows();
        }
    }
    m_dropping = false;
    refreshLabels(); // the counts in the labels
}

void ProvinceTreeModel::fetchMore(const QModelIndex &parent)
{
    Node *p = nodeFor(parent);
    if (!canFetchMore(parent))
        return;
    const IndexedUnit &unit = m_session->index().units().at(p->unit);
    QList<ItemRecord> records;
    if (m_session->matches().all) {
        records = m_session->store().itemsOfUnitPage(unit.id, p->lastDocument, p->lastPosition, PageSize);
    } else {
        QList<qint64> ids;
        const int end = std::min(int(p->shown.size()), p->fetched + PageSize);
        for (int k = p->fetched; k < end; ++k)
            ids.append(m_session->index().itemId(p->shown[size_t(k)]));
        records = m_session->store().itemsWithSubItems(ids);
    }
    int topLevel = 0;
    for (const ItemRecord &record : records)
        topLevel += record.parentId == 0;
    if (topLevel == 0) { // the database changed under us: stop asking
        p->fetched = available(p);
        return;
    }
    beginInsertRows(parent, p->fetched, p->fetched + topLevel - 1);
    loadItems(p, records);
    endInsertRows();
}

void ProvinceTreeModel::loadItems(Node *unitNode, const QList<ItemRecord> &records)
{
    const CorpusIndex &index = m_session->index();
    Node *lastItem = nullptr;
    for (const ItemRecord &record : records) {
        auto node = std::make_unique<Node>();
        node->unit = unitNode->unit;
        node->item = index.indexOfItem(record.id);
        node->itemId = record.id;
        node->label = record.label;
        node->text = record.text;
        if (record.parentId && lastItem && lastItem->itemId == record.parentId) {
            node->kind = Kind::SubItem;
            lastItem->addChild(std::move(node));
        } else {
            node->kind = Kind::Item;
            lastItem = unitNode->addChild(std::move(node));
            ++unitNode->fetched;
            unitNode->lastDocument = record.documentId;
            unitNode->lastPosition = record.position;
        }
    }
}

QModelIndex ProvinceTreeModel::indexForUnit(int unit) const
{
    for (const auto &region : m_regions)
        for (const auto &child : region->children)
            if (child->unit == unit)
                return createIndex(child->row, 0, child.get());
    return {};
}

QModelIndex ProvinceTreeModel::indexForItem(int item)
{
    if (item < 0 || item >= m_session->index().itemCount())
        return {};
    const QModelIndex unitIndex = indexForUnit(m_session->index().itemUnit(item));
    Node *unitNode = nodeFor(unitIndex);
    if (!unitNode)
        return {};
    size_t searched = 0;
    for (;;) {
        for (; searched < unitNode->children.size(); ++searched) {
            const auto &child = unitNode->children[searched];
            if (child->item == item)
                return createIndex(child->row, 0, child.get());
            for (const auto &sub : child->children)
                if (sub->item == item)
                    return createIndex(sub->row, 0, sub.get());
        }
        if (!canFetchMore(unitIndex))
            return {};
        fetchMore(unitIndex);
    }
}

QVariant ProvinceTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeFor(index);
    if (!node)
        return {};
    const bool english = Translations::isEnglish();
    const CorpusIndex &corpus = m_session->index();
    switch (role) {
    case KindRole:
        return int(node->kind);
    case UnitIndexRole:
        return node->unit;
    case ItemIndexRole:
        return node->item;
    case ItemIdRole:
        return node->itemId;
    case RegionIdRole:
        return node->kind == Kind::Region ? node->regionId : QVariant();
    case TextRole:
        return node->text;
    case LabelRole:
        return node->label;
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};

    switch (node->kind) {
    case Kind::Region: {
        const Region *region = ReferenceData::builtIn().findRegion(node->regionId);
        const QString name = region ? (english ? region->nameEn : region->nameZh) : tr("Other units");
        const int provinces = int(node->children.size());
        if (role == Qt::ToolTipRole)
            return tr("%n province(s)", nullptr, provinces);
        const MatchSet &matches = m_session->matches();
        if (matches.all || m_session->isLoading())
            return QStringLiteral("%1 (%2)").arg(name, QString::number(provinces));
        int matching = 0;
        for (const auto &child : node->children)
            matching += matches.perUnit[size_t(child->unit)] > 0;
        return QStringLiteral("%1 (%2/%3)").arg(name, QString::number(matching), QString::number(provinces));
    }
    case Kind::Unit: {
        const IndexedUnit &unit = corpus.units().at(node->unit);
        if (role == Qt::ToolTipRole) {
            QString tip = m_session->isLoading() ? unit.name(!english)
                                                 : tr("%1 · %n item(s)", nullptr, unit.itemCount).arg(unit.name(!english));
            if (!unit.code.isEmpty())
                tip += QStringLiteral(" · %1").arg(unit.code);
            else
                tip += u'\n' + tr("Not a standard provincial-level unit");
            return plainToolTip(tip);
        }
        const MatchSet &matches = m_session->matches();
        if (m_session->isLoading()) // no counts before the items are read
            return unit.name(english);
        if (matches.all)
            return QStringLiteral("%1 (%2)").arg(unit.name(english), QString::number(unit.itemCount));
        return QStringLiteral("%1 (%2/%3)")
            .arg(unit.name(english), QString::number(matches.perUnit[size_t(node->unit)]), QString::number(unit.itemCount));
    }
    case Kind::Item:
    case Kind::SubItem:
        if (role == Qt::ToolTipRole)
            return plainToolTip(TextLimits::shortened(node->text, TextLimits::ToolTipCharacters));
        if (node->text.size() > TextLimits::RowCharacters) // a megabyte-long item: the row shows its start
            return node->label.isEmpty() ? TextLimits::shortened(node->text, TextLimits::RowCharacters)
                                         : node->label + u' ' + TextLimits::shortened(node->text, TextLimits::RowCharacters);
        return node->label.isEmpty() ? node->text : node->label + u' ' + node->text;
    }
    return {};
}

QVariant ProvinceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == 0 && role == Qt::DisplayRole)
        return tr("Provinces and items");
    return {};
}
