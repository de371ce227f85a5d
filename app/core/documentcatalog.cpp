// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentcatalog.h"

#include "sqlitediagnostics.h"
#include "store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DocumentCatalog", text);
}

// Ids as a JSON array, for "IN (SELECT value FROM json_each(?))": one statement for any number.
QString jsonIds(const QList<qint64> &ids)
{
    QStringList list;
    for (qint64 id : ids)
        list.append(QString::number(id));
    return u'[' + list.join(u',') + u']';
}

// Reads every document with its counts. The counts come from the index on items(unit_id,
// document_id, position) alone, in its order: one pass, no sort, no item text read.
bool readDocuments(QSqlDatabase db, QList<DocumentSummary> *documents, QString *sqliteText)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, title, year, source, author, imported_at FROM documents ORDER BY id"))) {
        *sqliteText = q.lastError().text();
        return false;
    }
    QList<DocumentSummary> out;
    QHash<qint64, int> row;
    while (q.next()) {
        row.insert(q.value(0).toLongLong(), int(out.size()));
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), 0, 0});
    }
    if (!q.exec(QStringLiteral("SELECT document_id, count(*) FROM items GROUP BY unit_id, document_id"))) {
        *sqliteText = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const auto at = row.constFind(q.value(0).toLongLong());
        if (at == row.cend())
            continue;
        DocumentSummary &d = out[*at];
        ++d.units;
        d.items += q.value(1).toInt();
    }
    *documents = out;
    return true;
}

} // namespace

DocumentCatalog::DocumentCatalog(const Store &store)
    : m_db(store.database())
    , m_path(store.path())
    , m_store(store)
{
}

Diagnostic DocumentCatalog::sqlError(const QString &what, const QString &detail) const
{
    return {m_path, 0, SqliteDiagnostics::describe(what, detail)};
}

bool DocumentCatalog::list(QList<DocumentSummary> *documents, Diagnostic *error) const
{
    // One read transaction: the documents and their counts from the same snapshot, even while
    // another program writes.
    QSqlDatabase db = m_db;
    const bool snapshot = db.transaction();
    QString sqliteText;
    const bool read = readDocuments(db, documents, &sqliteText);
    if (snapshot)
        db.commit();
    if (!read)
        return fail(error, sqlError(tr("cannot read the documents"), sqliteText));
    return true;
}

bool DocumentCatalog::inWriteTransaction(const std::function<bool(Diagnostic *)> &work, Diagnostic *error)
{
    if (!m_store.verifyBeforeWrite(error))
        return false;
    QString sqliteText;
    if (!SqliteDiagnostics::beginWrite(m_db, &sqliteText))
        return fail(error, sqlError(tr("cannot start a transaction"), sqliteText));
    if (!work(error)) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        const Diagnostic d = sqlError(tr("cannot write the database"), m_db.lastError().text());
        m_db.rollback();
        return fail(error, d);
    }
    return true;
}

bool DocumentCatalog::remove(const QList<qint64> &ids, RemovedDocuments *removed, Diagnostic *error)
{
    QList<qint64> wanted = ids;
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    if (wanted.isEmpty())
        return fail(error, {m_path, 0, tr("no document given; nothing was removed")});
    RemovedDocuments result;
    const bool ok = inWriteTransaction(
        [&](Diagnostic *failure) {
            QList<DocumentSummary> all;
            QString sqliteText;
            if (!readDocuments(m_db, &all, &sqliteText))
                return fail(failure, sqlError(tr("cannot read the documents"), sqliteText));
            QHash<qint64, DocumentSummary> byId;
            for (const DocumentSummary &d : std::as_const(all))
                byId.insert(d.id, d);
            QStringList unknown;
            for (qint64 id : std::as_const(wanted)) {
                const auto found = byId.constFind(id);
                if (found == byId.cend()) {
                    unknown.append(QString::number(id));
                    continue;
                }
                result.documents.append(*found);
                result.items += found->items;
            }
            if (unknown.size() == 1)
                return fail(failure, {m_path, 0, tr("no document %1 in this database; nothing was removed").arg(unknown.first())});
            if (!unknown.isEmpty())
                return fail(failure, {m_path, 0, tr("no documents %1 in this database; nothing was removed")
                                                     .arg(unknown.join(QStringLiteral(", ")))});
            // The search index first (it refers to the documents), then the items (sub-items go
            // with their items), then the documents; all inside this one transaction.
            const QString json = jsonIds(wanted);
            const char *const statements[] = {
                "DELETE FROM search_texts WHERE document_id IN (SELECT value FROM json_each(?))",
                "DELETE FROM search_index WHERE document_id IN (SELECT value FROM json_each(?))",
                "DELETE FROM items WHERE document_id IN (SELECT value FROM json_each(?))",
                "DELETE FROM documents WHERE id IN (SELECT value FROM json_each(?))",
            };
            QSqlQuery q(m_db);
            for (const char *sql : statements) {
                q.prepare(QLatin1String(sql));
                q.addBindValue(json);
                if (!q.exec())
                    return fail(failure, sqlError(tr("cannot remove the documents"), q.lastError().text()));
            }
            // Non-standard units exist only because a document named them. Standard provinces
            // are reference data and stay.
            if (!q.exec(QStringLiteral("DELETE FROM units WHERE code IS NULL AND NOT EXISTS "
                                       "(SELECT 1 FROM items WHERE items.unit_id = units.id)")))
                return fail(failure, sqlError(tr("cannot remove the documents"), q.lastError().text()));
            result.units = q.numRowsAffected();
            return true;
        },
        error);
    if (ok && removed)
        *removed = result;
    return ok;
}

bool DocumentCatalog::setYear(qint64 id, int year, Diagnostic *error)
{
    if (year != 0 && (year < MinYear || year > MaxYear))
        return fail(error, {m_path, 0, tr("the year must be between %1 and %2").arg(MinYear).arg(MaxYear)});
    return inWriteTransaction(
        [&](Diagnostic *failure) {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("UPDATE documents SET year = ? WHERE id = ?"));
            q.addBindValue(year);
            q.addBindValue(id);
            if (!q.exec())
                return fail(failure, sqlError(tr("cannot change the year"), q.lastError().text()));
            if (q.numRowsAffected() != 1)
                return fail(failure, {m_path, 0, tr("no document %1 in this database").arg(id)});
            return true;
        },
        error);
}
