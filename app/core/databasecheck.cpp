// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasecheck.h"

#include "catalogue.h"
#include "searchchunk.h"
#include "sqlitediagnostics.h"
#include "store.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {

// The context of these messages; called as DatabaseCheckText::tr so that lupdate files them there.
struct DatabaseCheckText
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)
};

// What differs between the stored chunk and the one built from the tables, in words.
QStringList differences(const SearchChunk &stored, const SearchChunk &built, bool compareMentions)
{
    QStringList out;
    if (stored.itemIds != built.itemIds)
        out.append(DatabaseCheckText::tr("items"));
    if (stored.unitIds != built.unitIds)
        out.append(DatabaseCheckText::tr("units"));
    if (stored.parents != built.parents)
        out.append(DatabaseCheckText::tr("sub-items"));
    if (stored.offsets != built.offsets || stored.texts != built.texts)
        out.append(DatabaseCheckText::tr("texts"));
    if (compareMentions && (stored.mentionOffsets != built.mentionOffsets || stored.mentions != built.mentions))
        out.append(DatabaseCheckText::tr("mentions"));
    return out;
}

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)

public:
    Checker(const Store &store, const Catalogue &catalogue, CheckReport *report)
        : m_store(store), m_catalogue(catalogue), m_report(*report)
    {
    }

    void problem(const QString &message) { m_report.problems.append({m_store.path(), 0, message}); }

    // Tables, application id, version; false when the tables are not the current schema's (the
    // derived data cannot be read then).
    bool schema()
    {
        const int version = m_store.schemaVersion();
        if (version < Store::currentSchemaVersion()) {
            problem(tr("its schema is version %1, older than this version's %2: opening it with any other command "
                       "upgrades it")
                        .arg(version)
                        .arg(Store::currentSchemaVersion()));
            return false;
        }
        bool ok = true;
        if (!m_store.hasApplicationId())
            problem(tr("its application id is not Policy Atlas's"));
        if (!m_store.hasCurrentSchema()) {
            problem(tr("its tables and indexes are not those of schema %1, the version it claims").arg(version));
            ok = false;
        }
        return ok;
    }

    void foreignKeys()
    {
        QSqlQuery q(m_store.database());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
            problem(tr("cannot check its foreign keys: %1").arg(q.lastError().text()));
            return;
        }
        QMap<QPair<QString, QString>, qint64> missing; // (table, referenced table) → rows
        while (q.next())
            ++missing[{q.value(0).toString(), q.value(2).toString()}];
        for (auto it = missing.cbegin(); it != missing.cend(); ++it) {
            // Rows of a removed document or item are what repair removes; a missing unit is not.
            if (it.key().second != QLatin1String("units"))
                m_report.repairable = true;
            problem(tr("%1 rows of table %2 refer to rows of table %3 that do not exist")
                        .arg(it.value())
                        .arg(it.key().first, it.key().second));
        }
    }

    void searchIndex()
    {
        QSqlQuery q(m_store.database());
        q.setForwardOnly(true);
        QHash<qint64, int> units;
        if (q.exec(QStringLiteral("SELECT id FROM units")))
            while (q.next())
                units.insert(q.value(0).toLongLong(), int(units.size()));
        int initiatives = 0;
        if (q.exec(QStringLiteral("SELECT count(*) FROM initiatives")) && q.next())
            initiatives = q.value(0).toInt();
        QList<qint64> documents;
        if (q.exec(QStringLiteral("SELECT id FROM documents ORDER BY id")))
            while (q.next())
                documents.append(q.value(0).toLongLong());
        if (q.exec(QStringLiteral("SELECT count(*) FROM items")) && q.next())
            m_report.items = q.value(0).toLongLong();
        q.finish();
        m_report.documents = int(documents.size());

        const QByteArray fingerprint = m_store.catalogueFingerprint();
        if (fingerprint.isEmpty() && !documents.isEmpty())
            problem(tr("it does not record the initiative catalogue its mentions follow"));
        m_report.mentionsCompared = fingerprint == m_catalogue.fingerprint();

        const qsizetype before = m_report.problems.size();
        for (qint64 documentId : std::as_const(documents)) {
            SearchChunk stored;
            if (!m_store.readSearchChunk(documentId, &stored)) {
                q.prepare(QStringLiteral("SELECT 1 FROM search_index WHERE document_id = ?"));
                q.addBindValue(documentId);
                const bool exists = q.exec() && q.next();
                q.finish();
                problem(exists ? tr("document %1: its search index cannot be read").arg(documentId)
                               : tr("document %1: its search index is missing").arg(documentId));
                continue;
            }
            if (stored.catalogue != fingerprint)
                problem(tr("document %1: its search index follows another initiative catalogue than the database")
                            .arg(documentId));
            if (!stored.isConsistent(initiatives, units)) {
                problem(tr("document %1: its search index is inconsistent").arg(documentId));
                continue;
            }
            SearchChunk built;
            Diagnostic error;
            if (!m_store.buildSearchChunk(documentId, m_catalogue, &built, &error)) {
                problem(error.message);
                continue;
            }
            const QStringList differ = differences(stored, built, m_report.mentionsCompared);
            if (!differ.isEmpty())
                problem(tr("document %1: its search index does not match its items (%2 differ; %3 items in the index, "
                           "%4 in the table)")
                            .arg(documentId)
                            .arg(differ.join(QStringLiteral(", ")))
                            .arg(stored.size())
                            .arg(built.size()));
        }
        if (m_report.problems.size() > before || (fingerprint.isEmpty() && !documents.isEmpty()))
            m_report.repairable = true;
    }

private:
    const Store &m_store;
    const Catalogue &m_catalogue;
    CheckReport &m_report;
};

} // namespace

namespace DatabaseCheck {

bool run(const QString &path, const Catalogue &catalogue, CheckReport *report, Diagnostic *error)
{
    Store store;
    // Read-only: nothing is migrated, seeded, synchronised or indexed.
    if (!store.openReadOnly(path, error)
        || !SqliteDiagnostics::checkIntegrity(store.database(), path, error, SqliteDiagnostics::Depth::Full))
        return false;
    CheckReport found;
    Checker checker(store, catalogue, &found);
    // One read transaction: every table from the same snapshot, even while another program writes.
    QSqlDatabase db = store.database();
    const bool snapshot = db.transaction();
    const bool current = checker.schema();
    checker.foreignKeys();
    if (current)
        checker.searchIndex();
    if (snapshot)
        db.commit();
    *report = found;
    return true;
}

} // namespace DatabaseCheck
