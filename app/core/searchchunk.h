// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringView>

#include <vector>

// One document's share of the search index, stored next to its items (table search_index) so
// that opening a database of a million items reads a few large blobs instead of a million rows.
// Items are in published order; texts are folded (TextFold) UTF-8, each followed by '\n'.
// Mentions are catalogue positions, valid for the catalogue whose fingerprint is recorded.
// Blobs hold the arrays in the machine's byte order, which the format number records.
struct SearchChunk
{
    static constexpr int Format = 1; // little-endian, the layout below
    // The texts are stored in segments of this size (table search_texts): reading one blob of a
    // hundred megabytes would hold it twice in memory, SQLite's copy and ours.
    static constexpr qsizetype TextSegment = 8 << 20;

    qint64 documentId = 0;
    QByteArray catalogue; // fingerprint the mentions were computed with
    std::vector<qint64> itemIds;
    std::vector<qint32> unitIds;
    std::vector<qint32> parents; // index within this chunk, -1 for a top-level item
    std::vector<quint32> offsets{0}; // into texts; size() + 1 entries
    QByteArray texts;
    std::vector<quint32> mentionOffsets{0}; // into mentions; size() + 1 entries
    std::vector<quint16> mentions;

    // Bytes of texts already taken (takeTexts): offsets count from the start of the whole.
    quint32 textsTaken = 0;

    int size() const { return int(itemIds.size()); }
    void addItem(qint64 id, qint32 unitId, qint32 parent, QStringView text, const QList<int> &initiatives);
    // The same with the text already folded and in UTF-8, and the initiatives' positions.
    void addFoldedItem(qint64 id, qint32 unitId, qint32 parent, QByteArrayView folded, const quint16 *initiatives,
                       int count);
    // Hands over the texts added so far, so that a writer can store them in segments while
    // the chunk grows: a chunk of a hundred megabytes is then never held whole.
    QByteArray takeTexts();

    // The blobs as stored, and back; false when they do not fit together.
    QList<QByteArray> blobs() const;
    bool setBlobs(const QList<QByteArray> &blobs);
    // Every offset in range and ascending, every parent an earlier item, every unit known, every
    // mention a catalogue position, ascending per item: what the index relies on, checked
    // before a stored chunk (a file from elsewhere) is used.
    bool isConsistent(int initiatives, const QHash<qint64, int> &units) const;
};
