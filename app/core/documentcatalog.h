// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class Store;

// One stored document as the user manages it: what it is, how much it brought, when it came.
struct DocumentSummary
{
    qint64 id = 0;
    QString title;
    int year = 0; // 0: not known
    QString source;
    QString author;
    QString importedAt; // ISO 8601, UTC, as stored; empty when not recorded
    int units = 0; // provinces (and non-standard units) with items in it
    int items = 0; // items and sub-items
};

struct RemovedDocuments
{
    QList<DocumentSummary> documents; // as they were, in the order of their ids
    int items = 0; // items and sub-items
    int units = 0; // non-standard units that no document used any more
};

// The documents of a database, managed by the user: listed, removed with everything derived
// from them, their year corrected. Works on the connection of an open Store; every write is one
// transaction, so a failure leaves the database as it was.
class DocumentCatalog
{
public:
    static constexpr int MinYear = 1949;
    static constexpr int MaxYear = 2100;

    // Writes run the store's integrity check before its first write; messages name its file.
    explicit DocumentCatalog(const Store &store);

    // Every document, by id.
    bool list(QList<DocumentSummary> *documents, Diagnostic *error) const;
    // Removes the documents, their items and sub-items, their search index, and the non-standard
    // units no remaining document uses. All or nothing: an id that is not in the database is an
    // error naming it, and nothing is removed.
    bool remove(const QList<qint64> &ids, RemovedDocuments *removed, Diagnostic *error);
    // Sets the document's year: 0 (not known) or MinYear to MaxYear.
    bool setYear(qint64 id, int year, Diagnostic *error);

private:
    Diagnostic sqlError(const QString &what, const QString &detail) const;
    bool inWriteTransaction(const std::function<bool(Diagnostic *)> &work, Diagnostic *error);

    QSqlDatabase m_db;
    QString m_path;
    const Store &m_store;
};
