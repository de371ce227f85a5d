// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusindex.h"

#include "keywordquery.h"
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
} // namespace

bool CorpusIndex::load(const Store &store, const ReferenceData &reference, Diagnostic *error)
{
    CorpusIndex index;
    QList<UnitRecord> units = store.units();
    auto order = [&](const UnitRecord &u) {
        const int region = reference.regionIndex(u.region);
        return std::make_tuple(region < 0 ? 1 << 20 : region, u.code.isEmpty() ? QStringLiteral("~") : u.code, u.id);
    };
    std::stable_sort(units.begin(), units.end(),
                     [&](const UnitRecord &a, const UnitRecord &b) { return order(a) < order(b); });
    QHash<qint64, int> unitIndex;
    for (const UnitRecord &u : std::as_const(units)) {
        unitIndex.insert(u.id, int(index.m_units.size()));
        index.m_units.append({u.id, u.code, u.nameZh, u.shortZh, u.nameEn.isEmpty() ? u.nameZh : u.nameEn,
                              u.region, 0, 0, 0});
        index.m_unitNames.append(TextFold::fold(QStringList{u.nameZh, u.shortZh, u.nameEn}.join(u'\n')).toUtf8());
    }

    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name_zh, name_en, description_zh, description_en FROM initiatives "
                               "ORDER BY position")))
        return fail(error, {store.path(), 0, tr("cannot read initiatives: %1").arg(q.lastError().text())});
    QHash<QString, int> initiativeIndex;
    while (q.next()) {
        initiativeIndex.insert(q.value(0).toString(), int(index.m_initiatives.size()));
        index.m_initiatives.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toString(), q.value(4).toString()});
    }

    // Items grouped by unit in display order, each unit's items in published order.
    QList<std::vector<std::tuple<qint64, qint64, QString>>> perUnit(index.m_units.size());
    if (!q.exec(QStringLiteral("SELECT id, unit_id, parent_id, text FROM items ORDER BY document_id, position")))
        return fail(error, {store.path(), 0, tr("cannot read items: %1").arg(q.lastError().text())});
    while (q.next()) {
        const int unit = unitIndex.value(q.value(1).toLongLong(), -1);
        if (unit >= 0)
            perUnit[unit].emplace_back(q.value(0).toLongLong(), q.value(2).toLongLong(), q.value(3).toString());
    }
    for (int u = 0; u < index.m_units.size(); ++u) {
        IndexedUnit &unit = index.m_units[u];
        unit.firstItem = int(index.m_itemIds.size());
        for (const auto &[id, parentId, text] : perUnit[u]) {
            const int item = int(index.m_itemIds.size());
            index.m_itemIndex.insert(id, item);
            index.m_itemIds.push_back(id);
            index.m_itemUnit.push_back(u);
            index.m_itemParent.push_back(parentId ? index.m_itemIndex.value(parentId, -1) : -1);
            index.m_textOffsets.push_back(index.m_arena.size());
            index.m_arena += TextFold::fold(text).toUtf8();
            index.m_arena += '\n';
            if (!parentId)
                ++unit.topLevelCount;
        }
        unit.itemCount = int(index.m_itemIds.size()) - unit.firstItem;
        perUnit[u] = {};
    }
    index.m_textOffsets.push_back(index.m_arena.size());

    std::vector<std::vector<int>> mentions(index.m_itemIds.size());
    if (!q.exec(QStringLiteral("SELECT item_id, initiative_id FROM mentions")))
        return fail(error, {store.path(), 0, tr("cannot read mentions: %1").arg(q.lastError().text())});
    while (q.next()) {
        const int item = index.m_itemIndex.value(q.value(0).toLongLong(), -1);
        const int initiative = initiativeIndex.value(q.value(1).toString(), -1);
        if (item >= 0 && initiative >= 0)
            mentions[size_t(item)].push_back(initiative);
    }
    index.m_mentionOffsets.reserve(mentions.size() + 1);
    for (auto &list : mentions) {
        std::sort(list.begin(), list.end());
        index.m_mentionOffsets.push_back(int(index.m_mentions.size()));
        index.m_mentions.insert(index.m_mentions.end(), list.begin(), list.end());
    }
    index.m_mentionOffsets.push_back(int(index.m_mentions.size()));
    *this = std::move(index);
    return true;
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
    for (int k = m_mentionOffsets[size_t(item)]; k < m_mentionOffsets[size_t(item) + 1]; ++k)
        out.append(m_mentions[size_t(k)]);
    return out;
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
    set.items.assign(n, 1);
    std::vector<quint8> hits;
    const char *arena = m_arena.constData();
    const size_t arenaSize = size_t(m_arena.size());
    for (const QByteArray &term : query.utf8Terms()) {
        hits.assign(n, 0);
        for (int u = 0; u < m_units.size(); ++u)
            if (m_unitNames.at(u).contains(term))
                std::fill_n(hits.begin() + m_units.at(u).firstItem, m_units.at(u).itemCount, quint8(1));
        size_t pos = 0;
        while (pos < arenaSize) {
            const void *found = memmem(arena + pos, arenaSize - pos, term.constData(), size_t(term.size()));
            if (!found)
                break;
            const qint64 offset = static_cast<const char *>(found) - arena;
            const auto next = std::upper_bound(m_textOffsets.begin(), m_textOffsets.end(), offset);
            const size_t item = size_t(next - m_textOffsets.begin()) - 1;
            hits[item] = 1;
            pos = size_t(*next); // on to the next item: one hit is enough
        }
        for (size_t i = 0; i < n; ++i)
            set.items[i] &= hits[i];
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
            for (int k = m_mentionOffsets[size_t(i)]; k < m_mentionOffsets[size_t(i) + 1]; ++k) {
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
        for (int k = m_mentionOffsets[size_t(i)]; k < m_mentionOffsets[size_t(i) + 1]; ++k)
            ++cells[size_t(m_itemUnit[size_t(i)])][size_t(m_mentions[size_t(k)])];
    }
    return cells;
}
