// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusindex.h"

#include "catalogue.h"

#include "keywordquery.h"
#include "searchchunk.h"
#include "referencedata.h"
#include "store.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cstring>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CorpusIndex", text);
}

// The context of these messages; called as CorpusIndexText::tr so that lupdate files them there.
struct CorpusIndexText
{
    Q_DECLARE_TR_FUNCTIONS(CorpusIndex)
};

// The path as a shell reads it back: quoted when it holds anything but the usual characters.
QString shellQuoted(const QString &path)
{
    for (QChar c : path)
        if (!(c.isLetterOrNumber() || QStringLiteral("/._-+:,@%=").contains(c)))
            return u'\'' + QString(path).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
    return path;
}

// Whether the items table holds what the index holds, by what SQLite answers without reading the
// table: the number of rows (a count over the smallest index: a few milliseconds for a million)
// and the largest id (one descent of the B-tree). Items deleted, added or orphaned by another
// tool change one or the other; texts edited in place are found by `policy-atlas check`.
bool agreesWithItems(const Store &store, qint64 indexed, qint64 indexedMaxId, Diagnostic *error)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM items")) || !q.next())
        return fail(error, {store.path(), 0, CorpusIndexText::tr("cannot read items: %1").arg(q.lastError().text())});
    const qint64 items = q.value(0).toLongLong();
    q.finish();
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM items")) || !q.next())
        return fail(error, {store.path(), 0, CorpusIndexText::tr("cannot read items: %1").arg(q.lastError().text())});
    const qint64 maxId = q.value(0).toLongLong();
    q.finish();
    if (items == indexed && maxId == indexedMaxId)
        return true;
    const QString repair = QStringLiteral("policy-atlas repair --db ") + shellQuoted(store.path());
    if (items != indexed)
        return fail(error, {store.path(), 0,
                            CorpusIndexText::tr("the database's items and its search index disagree (%1 items, %2 in the index): "
                               "run `%3` to rebuild the index from the items")
                                .arg(items)
                                .arg(indexed)
                                .arg(repair)});
    return fail(error, {store.path(), 0,
                        CorpusIndexText::tr("the database's items and its search index disagree (%1 items in both, but the last "
                           "item is %2, in the index %3): run `%4` to rebuild the index from the items")
                            .arg(items)
                            .arg(maxId)
                            .arg(indexedMaxId)
                            .arg(repair)});
}
} // namespace

bool CorpusIndex::load(const Store &store, const ReferenceData &reference, const Catalogue &catalogue,
                       Diagnostic *error)
{
    // One read transaction: units, initiatives and chunks from the same snapshot, even while
    // another process writes to the database.
    QSqlDatabase db = store.database();
    const bool snapshot = db.transaction();
    const bool loaded = loadFrom(store, reference, catalogue, error);
    if (snapshot)
        db.commit();
    return loaded;
}

bool CorpusIndex::loadOutline(const Store &store, const ReferenceData &reference, Diagnostic *error)
{
    CorpusIndex index;
    QHash<qint64, int> unitIndex;
    if (!index.readOutline(store, reference, &unitIndex, error))
        return false;
    index.groupByUnit();
    *this = std::move(index);
    return true;
}

// The units, in region order, then code, non-standard last; the initiatives in catalogue order.
bool CorpusIndex::readOutline(const Store &store, const ReferenceData &reference, QHash<qint64, int> *unitIndex,
                              Diagnostic *error)
{
    QList<UnitRecord> units = store.units();
    auto order = [&](const UnitRecord &u) {
        const int region = reference.regionIndex(u.region);
        return std::make_tuple(region < 0 ? 1 << 20 : region, u.code.isEmpty() ? QStringLiteral("~") : u.code, u.id);
    };
    std::stable_sort(units.begin(), units.end(),
                     [&](const UnitRecord &a, const UnitRecord &b) { return order(a) < order(b); });
    for (const UnitRecord &u : std::as_const(units)) {
        unitIndex->insert(u.id, int(m_units.size()));
        m_units.append({u.id, u.code, u.nameZh, u.shortZh, u.nameEn.isEmpty() ? u.nameZh : u.nameEn, u.region, 0, 0, 0});
        m_unitNames.append(TextFold::fold(QStringList{u.nameZh, u.shortZh, u.nameEn}.join(u'\n')).toUtf8());
    }

    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name_zh, name_en, description_zh, description_en FROM initiatives "
                               "ORDER BY position")))
        return fail(error, {store.path(), 0, tr("cannot read initiatives: %1").arg(q.lastError().text())});
    while (q.next())
        m_initiatives.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toString()});
    return true;
}

bool CorpusIndex::loadFrom(const Store &store, const ReferenceData &reference, const Catalogue &catalogue,
                           Diagnostic *error)
{
    CorpusIndex index;
    QHash<qint64, int> unitIndex;
    if (!index.readOutline(store, reference, &unitIndex, error))
        return false;

    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    // Every document's chunk of the search index, in import order: a few large blobs.
    QList<qint64> documents;
    if (!q.exec(QStringLiteral("SELECT id FROM documents ORDER BY id")))
        return fail(error, {store.path(), 0, tr("cannot read items: %1").arg(q.lastError().text())});
    while (q.next())
        documents.append(q.value(0).toLongLong());
    q.finish();
    const QByteArray fingerprint = store.catalogueFingerprint();
    for (qint64 documentId : std::as_const(documents)) {
        SearchChunk chunk;
        if (!store.readSearchChunk(documentId, &chunk) || chunk.catalogue != fingerprint
            || !chunk.isConsistent(int(index.m_initiatives.size()), unitIndex)) {
            // Not stored (a read-only database from before the index), or not to be trusted:
            // build it from the tables.
            if (!store.buildSearchChunk(documentId, catalogue, &chunk, error))
                return false;
            if (!chunk.isConsistent(int(index.m_initiatives.size()), unitIndex))
                return fail(error, {store.path(), 0, tr("the database's items and mentions do not agree")});
        }
        index.append(chunk, unitIndex);
    }
    // The chunks were written by this program; the items may since have been changed by another.
    const qint64 indexedMaxId = index.m_itemIds.empty() ? 0 : *std::max_element(index.m_itemIds.begin(), index.m_itemIds.end());
    if (!agreesWithItems(store, index.itemCount(), indexedMaxId, error))
        return false;
    index.groupByUnit();
    for (int i = 0; i < index.itemCount(); ++i) {
        IndexedUnit &unit = index.m_units[index.m_itemUnit[size_t(i)]];
        if (index.m_itemParent[size_t(i)] < 0)
            ++unit.topLevelCount;
    }
    index.m_idsSorted = std::is_sorted(index.m_itemIds.begin(), index.m_itemIds.end());
    if (!index.m_idsSorted) {
        index.m_idOrder.resize(index.m_itemIds.size());
        for (size_t i = 0; i < index.m_itemIds.size(); ++i)
            index.m_idOrder[i] = {index.m_itemIds[i], int(i)};
        std::sort(index.m_idOrder.begin(), index.m_idOrder.end());
    }
    *this = std::move(index);
    return true;
}

void CorpusIndex::append(SearchChunk &chunk, const QHash<qint64, int> &unitIndex)
{
    const int base = itemCount();
    const qint64 textBase = m_arena.size();
    const quint32 mentionBase = quint32(m_mentions.size());
    if (m_arena.isEmpty())
        m_arena = std::move(chunk.texts); // the common case, one document: no copy
    else
        m_arena += chunk.texts;
    for (int i = 0; i < chunk.size(); ++i) {
        m_itemIds.push_back(chunk.itemIds[size_t(i)]);
        m_itemUnit.push_back(unitIndex.value(chunk.unitIds[size_t(i)], 0));
        const int parent = chunk.parents[size_t(i)];
        m_itemParent.push_back(parent < 0 ? -1 : base + parent);
        m_textOffsets.push_back(textBase + chunk.offsets[size_t(i)]);
        m_mentionOffsets.push_back(mentionBase + chunk.mentionOffsets[size_t(i)]);
    }
    m_mentions.insert(m_mentions.end(), chunk.mentions.begin(), chunk.mentions.end());
    chunk = SearchChunk();
}

// Makes every unit's items one contiguous run (filters and counts rely on it). A single
// document already is, as are documents that each cover other provinces; otherwise the items
// are reordered by unit, keeping each unit's items in document and published order.
void CorpusIndex::groupByUnit()
{
    const size_t n = m_itemIds.size();
    m_textOffsets.push_back(m_arena.size());
    m_mentionOffsets.push_back(quint32(m_mentions.size()));
    std::vector<int> first(size_t(m_units.size()), -1), count(size_t(m_units.size()), 0);
    bool contiguous = true;
    for (size_t i = 0; i < n; ++i) {
        const int u = m_itemUnit[i];
        if (first[size_t(u)] < 0)
            first[size_t(u)] = int(i);
        else if (m_itemUnit[i - 1] != u)
            contiguous = false;
        ++count[size_t(u)];
    }
    if (!contiguous) {
        std::vector<int> start(size_t(m_units.size()), 0);
        for (size_t u = 1; u < start.size(); ++u)
            start[u] = start[u - 1] + count[u - 1];
        std::vector<int> newIndex(n);
        std::vector<int> next = start;
        for (size_t i = 0; i < n; ++i)
            newIndex[i] = next[size_t(m_itemUnit[i])]++;
        std::vector<qint64> ids(n), offsets(n + 1);
        std::vector<int> units(n), parents(n);
        std::vector<quint32> mentionOffsets(n + 1);
        std::vector<quint16> mentions;
        mentions.reserve(m_mentions.size());
        QByteArray arena;
        arena.reserve(m_arena.size());
        std::vector<int> oldOf(n);
        for (size_t i = 0; i < n; ++i)
            oldOf[size_t(newIndex[i])] = int(i);
        for (size_t j = 0; j < n; ++j) {
            const size_t i = size_t(oldOf[j]);
            ids[j] = m_itemIds[i];
            units[j] = m_itemUnit[i];
            parents[j] = m_itemParent[i] < 0 ? -1 : newIndex[size_t(m_itemParent[i])];
            offsets[j] = arena.size();
            arena.append(m_arena.constData() + m_textOffsets[i], m_textOffsets[i + 1] - m_textOffsets[i]);
            mentionOffsets[j] = quint32(mentions.size());
            mentions.insert(mentions.end(), m_mentions.begin() + m_mentionOffsets[i],
                            m_mentions.begin() + m_mentionOffsets[i + 1]);
        }
        offsets[n] = arena.size();
        mentionOffsets[n] = quint32(mentions.size());
        m_itemIds = std::move(ids);
        m_itemUnit = std::move(units);
        m_itemParent = std::move(parents);
        m_textOffsets = std::move(offsets);
        m_arena = std::move(arena);
        m_mentionOffsets = std::move(mentionOffsets);
        m_mentions = std::move(mentions);
        first = start;
    }
    for (int u = 0; u < m_units.size(); ++u) {
        m_units[u].firstItem = std::max(first[size_t(u)], 0);
        m_units[u].itemCount = count[size_t(u)];
    }
}

int CorpusIndex::indexOfItem(qint64 id) const
{
    if (m_idsSorted) {
        const auto it = std::lower_bound(m_itemIds.begin(), m_itemIds.end(), id);
        return it != m_itemIds.end() && *it == id ? int(it - m_itemIds.begin()) : -1;
    }
    const auto it = std::lower_bound(m_idOrder.begin(), m_idOrder.end(), std::make_pair(id, -1));
    return it != m_idOrder.end() && it->first == id ? it->second : -1;
}

int CorpusIndex::initiativeIndex(const QString &id) const
{
    for (int i = 0; i < m_initiatives.size(); ++i)
        if (m_initiatives.at(i).id == id)
            return i;
    return -1;
}

int CorpusIndex::indexOfUnit(qint64 id) const
{
    for (int i = 0; i < m_units.size(); ++i)
        if (m_units.at(i).id == id)
            return i;
    return -1;
}

QList<int> CorpusIndex::mentionsOf(int item) const
{
    QList<int> out;
    for (quint32 k = m_mentionOffsets[size_t(item)]; k < m_mentionOffsets[size_t(item) + 1]; ++k)
        out.append(m_mentions[size_t(k)]);
    return out;
}

MatchSet CorpusIndex::inRegion(const MatchSet &matches, const QString &region) const
{
    if (region.isEmpty())
        return matches;
    MatchSet result;
    result.all = false;
    result.items.assign(m_itemIds.size(), 0);
    result.perUnit.assign(size_t(m_units.size()), 0);
    for (int u = 0; u < m_units.size(); ++u) {
        const IndexedUnit &unit = m_units.at(u);
        if (unit.region != region)
            continue;
        // A unit's items are contiguous.
        for (int i = unit.firstItem; i < unit.firstItem + unit.itemCount; ++i)
            if (matches.contains(i)) {
                result.items[size_t(i)] = 1;
                ++result.perUnit[size_t(u)];
            }
        result.itemCount += result.perUnit[size_t(u)];
        result.unitCount += result.perUnit[size_t(u)] > 0 ? 1 : 0;
    }
    return result;
}

MatchSet CorpusIndex::match(const KeywordQuery &query, int initiative) const
{
    MatchSet set;
    const size_t n = m_itemIds.size();
    set.perUnit.assign(size_t(m_units.size()), 0);
    if (query.isEmpty() && initiative < 0) {
        for (int u = 0; u < m_units.size(); ++u) {
            set.perUnit[size_t(u)] = m_units.at(u).itemCount;
            set.unitCount += m_units.at(u).itemCount > 0;
        }
        set.itemCount = int(n);
        return set;
    }
    set.all = false;
    set.items.assign(n, query.isValid() ? 1 : 0);
    // Longest terms first: they tend to be the rarest, and each term after the first is looked
    // for only in the items still in the running, so a filter stops early once none is left. The
    // first term is one memmem pass over the whole arena (jumping to the next item after a hit).
    QByteArrayList terms = query.utf8Terms();
    std::stable_sort(terms.begin(), terms.end(), [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    const char *arena = m_arena.constData();
    const size_t arenaSize = size_t(m_arena.size());
    std::vector<int> candidates; // items that contain every term so far
    std::vector<quint8> unitHas(size_t(m_units.size()));
    for (qsizetype t = 0; t < terms.size(); ++t) {
        const QByteArray &term = terms.at(t);
        for (int u = 0; u < m_units.size(); ++u)
            unitHas[size_t(u)] = m_unitNames.at(u).contains(term);
        if (t == 0) {
            std::vector<quint8> hits(n, 0);
            for (int u = 0; u < m_units.size(); ++u)
                if (unitHas[size_t(u)])
                    std::fill_n(hits.begin() + m_units.at(u).firstItem, m_units.at(u).itemCount, quint8(1));
            size_t pos = 0;
            while (pos < arenaSize) {
                const void *found = memmem(arena + pos, arenaSize - pos, term.constData(), size_t(term.size()));
                if (!found)
                    break;
                const qint64 offset = static_cast<const char *>(found) - arena;
                const auto next = std::upper_bound(m_textOffsets.begin(), m_textOffsets.end(), offset);
                hits[size_t(next - m_textOffsets.begin()) - 1] = 1;
                pos = size_t(*next); // on to the next item: one hit is enough
            }
            for (size_t i = 0; i < n; ++i)
                if (hits[i])
                    candidates.push_back(int(i));
        } else {
            size_t kept = 0;
            for (const int i : candidates) {
                const qint64 begin = m_textOffsets[size_t(i)];
                if (unitHas[size_t(m_itemUnit[size_t(i)])]
                    || memmem(arena + begin, size_t(m_textOffsets[size_t(i) + 1] - begin), term.constData(),
                              size_t(term.size())))
                    candidates[kept++] = i;
            }
            candidates.resize(kept);
        }
        if (candidates.empty())
            break;
    }
    if (!terms.isEmpty()) {
        set.items.assign(n, 0);
        for (const int i : candidates)
            set.items[size_t(i)] = 1;
    }
    if (initiative >= 0)
        for (size_t i = 0; i < n; ++i)
            if (set.items[i]
                && !std::binary_search(m_mentions.begin() + m_mentionOffsets[i],
                                       m_mentions.begin() + m_mentionOffsets[i + 1], initiative))
                set.items[i] = 0;
    for (size_t i = 0; i < n; ++i) {
        if (set.items[i]) {
            ++set.itemCount;
            if (set.perUnit[size_t(m_itemUnit[i])]++ == 0)
                ++set.unitCount;
        }
    }
    return set;
}

QList<InitiativeCount> CorpusIndex::counts(const MatchSet &matches, const QString &region) const
{
    QList<InitiativeCount> counts(m_initiatives.size());
    for (int k = 0; k < counts.size(); ++k)
        counts[k].initiative = k;
    for (int u = 0; u < m_units.size(); ++u) {
        const IndexedUnit &unit = m_units.at(u);
        if (!region.isEmpty() && unit.region != region)
            continue;
        for (int i = unit.firstItem; i < unit.firstItem + unit.itemCount; ++i) {
            if (!matches.contains(i))
                continue;
            for (quint32 k = m_mentionOffsets[size_t(i)]; k < m_mentionOffsets[size_t(i) + 1]; ++k) {
                InitiativeCount &c = counts[m_mentions[size_t(k)]];
                ++c.items;
                if (c.units.isEmpty() || c.units.last() != u) {
                    c.units.append(u);
                    ++c.provinces;
                }
            }
        }
    }
    std::stable_sort(counts.begin(), counts.end(), [](const InitiativeCount &a, const InitiativeCount &b) {
        return a.provinces != b.provinces ? a.provinces > b.provinces : a.items > b.items;
    });
    return counts;
}

std::vector<std::vector<int>> CorpusIndex::matrix(const MatchSet &matches) const
{
    std::vector<std::vector<int>> cells(size_t(m_units.size()), std::vector<int>(size_t(m_initiatives.size()), 0));
    for (int i = 0; i < itemCount(); ++i) {
        if (!matches.contains(i))
            continue;
        for (quint32 k = m_mentionOffsets[size_t(i)]; k < m_mentionOffsets[size_t(i) + 1]; ++k)
            ++cells[size_t(m_itemUnit[size_t(i)])][size_t(m_mentions[size_t(k)])];
    }
    return cells;
}
