// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

class KeywordQuery;
class ReferenceData;
class Catalogue;
class Store;
struct SearchChunk;

struct IndexedUnit
{
    qint64 id = 0;
    QString code; // empty: non-standard unit
    QString nameZh;
    QString shortZh;
    QString nameEn; // falls back to nameZh for a non-standard unit
    QString region; // region id; empty for a non-standard unit
    int firstItem = 0; // the unit's items are contiguous in the index
    int itemCount = 0; // items and sub-items
    int topLevelCount = 0;
    QString name(bool english) const { return english && !nameEn.isEmpty() ? nameEn : nameZh; }
};

struct IndexedInitiative
{
    QString id;
    QString nameZh;
    QString nameEn;
    QString descriptionZh;
    QString descriptionEn;
    QString name(bool english) const { return english ? nameEn : nameZh; }
};

// The items a filter lets through. When no filter is set, `all` is true and `items` is empty.
struct MatchSet
{
    bool all = true;
    std::vector<quint8> items; // 1 = matches; indexed like CorpusIndex items
    std::vector<int> perUnit; // matching items per unit, indexed like CorpusIndex::units()
    int itemCount = 0;
    int unitCount = 0;
    bool contains(int item) const { return all || items[size_t(item)]; }
};

struct InitiativeCount
{
    int initiative = -1;
    int provinces = 0; // distinct units with at least one matching item that mentions it
    int items = 0;
    QList<int> units; // the units counted in `provinces`, in unit order
};

// An in-memory index over a store, for what must be instant at any size: the keyword filter,
// initiative counts, the unit × initiative matrix. Item texts are held once, folded, as UTF-8
// in one contiguous arena (so a term is found by memmem across the whole corpus); everything
// else is flat arrays indexed by item position. It is read from the stored search index (one
// chunk of blobs per document), so opening a large database costs a few large reads. Display
// texts stay in the database.
class CorpusIndex
{
public:
    // catalogue: the one the store follows (BuiltIn::openDatabase synchronises them); it finds
    // the mentions of a document whose stored chunk is missing or not to be trusted.
    bool load(const Store &store, const ReferenceData &reference, const Catalogue &catalogue, Diagnostic *error);
    // The units and initiatives only, without items: what a window shows at once while the whole
    // index loads on another thread. A few small reads at any size.
    bool loadOutline(const Store &store, const ReferenceData &reference, Diagnostic *error);

    const QList<IndexedUnit> &units() const { return m_units; } // region order, then code; non-standard last
    const QList<IndexedInitiative> &initiatives() const { return m_initiatives; }
    int initiativeIndex(const QString &id) const;
    int itemCount() const { return int(m_itemIds.size()); }
    qint64 itemId(int item) const { return m_itemIds[size_t(item)]; }
    int itemUnit(int item) const { return m_itemUnit[size_t(item)]; }
    int itemParent(int item) const { return m_itemParent[size_t(item)]; } // -1 for a top-level item
    int indexOfItem(qint64 id) const; // -1 when there is no such item
    int indexOfUnit(qint64 id) const;
    QList<int> mentionsOf(int item) const; // initiative indices

    // The items that contain every term (in their text or their unit's names) and, when
    // initiative >= 0, mention that initiative; none for an invalid query (too many terms). At
    // most one pass over the texts per term, over fewer items with each term.
    MatchSet match(const KeywordQuery &query, int initiative = -1) const;
    // The matching items of units in the region (empty: all, matches as they are).
    MatchSet inRegion(const MatchSet &matches, const QString &region) const;
    // Per initiative, over the matching items of units in the region (empty: all regions);
    // sorted by provinces, then items, descending, then catalogue order.
    QList<InitiativeCount> counts(const MatchSet &matches, const QString &region = {}) const;
    // cells[unit][initiative]: matching items of the unit that mention the initiative.
    std::vector<std::vector<int>> matrix(const MatchSet &matches) const;

private:
    bool loadFrom(const Store &store, const ReferenceData &reference, const Catalogue &catalogue, Diagnostic *error);
    bool readOutline(const Store &store, const ReferenceData &reference, QHash<qint64, int> *unitIndex, Diagnostic *error);
    void append(SearchChunk &chunk, const QHash<qint64, int> &unitIndex);
    void groupByUnit();

    QList<IndexedUnit> m_units;
    QList<IndexedInitiative> m_initiatives;
    std::vector<qint64> m_itemIds;
    std::vector<int> m_itemUnit;
    std::vector<int> m_itemParent;
    std::vector<qint64> m_textOffsets; // size n + 1, into m_arena
    QByteArray m_arena; // folded UTF-8 texts, each followed by '\n'
    std::vector<quint32> m_mentionOffsets; // size n + 1, into m_mentions
    std::vector<quint16> m_mentions; // initiative positions
    QList<QByteArray> m_unitNames; // folded UTF-8 "广东省 广东 guangdong" per unit
    bool m_idsSorted = true; // then indexOfItem searches m_itemIds directly
    std::vector<std::pair<qint64, int>> m_idOrder; // otherwise: (id, index) sorted by id
};
