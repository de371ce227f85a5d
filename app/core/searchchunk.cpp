// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchchunk.h"

#include "textfold.h"

#include <QtEndian>

#include <cstring>
#include <utility>

static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "SearchChunk::Format 1 stores little-endian arrays");

namespace {

template<typename T>
QByteArray toBlob(const std::vector<T> &values)
{
    return QByteArray(reinterpret_cast<const char *>(values.data()), qsizetype(values.size() * sizeof(T)));
}

template<typename T>
bool fromBlob(const QByteArray &blob, std::vector<T> *values)
{
    if (blob.size() % qsizetype(sizeof(T)) != 0)
        return false;
    values->resize(size_t(blob.size()) / sizeof(T));
    if (!values->empty())
        std::memcpy(values->data(), blob.constData(), size_t(blob.size()));
    return true;
}

} // namespace

void SearchChunk::addItem(qint64 id, qint32 unitId, qint32 parent, QStringView text, const QList<int> &initiatives)
{
    itemIds.push_back(id);
    unitIds.push_back(unitId);
    parents.push_back(parent);
    texts += TextFold::fold(text).toUtf8();
    texts += '\n';
    offsets.push_back(textsTaken + quint32(texts.size()));
    for (int initiative : initiatives)
        mentions.push_back(quint16(initiative));
    mentionOffsets.push_back(quint32(mentions.size()));
}

void SearchChunk::addFoldedItem(qint64 id, qint32 unitId, qint32 parent, QByteArrayView folded,
                                const quint16 *initiatives, int count)
{
    itemIds.push_back(id);
    unitIds.push_back(unitId);
    parents.push_back(parent);
    texts += folded;
    texts += '\n';
    offsets.push_back(textsTaken + quint32(texts.size()));
    mentions.insert(mentions.end(), initiatives, initiatives + count);
    mentionOffsets.push_back(quint32(mentions.size()));
}

QByteArray SearchChunk::takeTexts()
{
    textsTaken += quint32(texts.size());
    return std::exchange(texts, QByteArray());
}

QList<QByteArray> SearchChunk::blobs() const
{
    return {toBlob(itemIds), toBlob(unitIds), toBlob(parents), toBlob(offsets), texts, toBlob(mentionOffsets),
            toBlob(mentions)};
}

bool SearchChunk::setBlobs(const QList<QByteArray> &blobs)
{
    if (blobs.size() != 7 || !fromBlob(blobs.at(0), &itemIds) || !fromBlob(blobs.at(1), &unitIds)
        || !fromBlob(blobs.at(2), &parents) || !fromBlob(blobs.at(3), &offsets) || !fromBlob(blobs.at(5), &mentionOffsets)
        || !fromBlob(blobs.at(6), &mentions))
        return false;
    texts = blobs.at(4);
    const size_t n = itemIds.size();
    return unitIds.size() == n && parents.size() == n && offsets.size() == n + 1 && mentionOffsets.size() == n + 1
           && offsets.back() == quint32(texts.size()) && mentionOffsets.back() == quint32(mentions.size());
}

bool SearchChunk::isConsistent(int initiatives, const QHash<qint64, int> &units) const
{
    const size_t n = itemIds.size();
    if (unitIds.size() != n || parents.size() != n || offsets.size() != n + 1 || mentionOffsets.size() != n + 1
        || offsets.front() != 0 || mentionOffsets.front() != 0)
        return false;
    for (size_t i = 0; i < n; ++i) {
        // Each bound within its array before anything is read through it (a tampered blob may
        // go up and down).
        if (offsets[i + 1] < offsets[i] || offsets[i + 1] > quint32(texts.size())
            || mentionOffsets[i + 1] < mentionOffsets[i] || mentionOffsets[i + 1] > mentions.size())
            return false;
        if (parents[i] < -1 || parents[i] >= qint32(i) || !units.contains(unitIds[i]))
            return false;
        for (quint32 k = mentionOffsets[i]; k < mentionOffsets[i + 1]; ++k)
            if (mentions[k] >= initiatives || (k > mentionOffsets[i] && mentions[k] <= mentions[k - 1]))
                return false;
    }
    return true;
}
