// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include "catalogue.h"
#include "corpusparser.h"
#include "importwriter.h"
#include "referencedata.h"
#include "searchchunk.h"
#include "sqlitediagnostics.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

#include <memory>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Store", text);
}

// Each entry brings the schema from version (index) to version (index + 1).
// Append new steps; never edit a released one.
const char *const Migrations[] = {
    // 0 → 1: the initial schema.
    R"sql(
CREATE TABLE documents(
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    year INTEGER NOT NULL DEFAULT 0,
    lead TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    source_line TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL DEFAULT '',
    encoding TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL UNIQUE,
    imported_at TEXT NOT NULL);
CREATE TABLE units(
    id INTEGER PRIMARY KEY,
    code TEXT UNIQUE,
    name_zh TEXT NOT NULL UNIQUE,
    short_zh TEXT NOT NULL DEFAULT '',
    name_en TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '');
CREATE TABLE items(
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES units(id),
    parent_id INTEGER REFERENCES items(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    ordinal INTEGER NOT NULL DEFAULT 0,
    line INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL);
CREATE INDEX items_by_unit ON items(unit_id, document_id, position);
CREATE INDEX items_by_parent ON items(parent_id);
CREATE TABLE initiatives(
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    description_zh TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '');
CREATE TABLE mentions(
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    initiative_id TEXT NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    PRIMARY KEY(item_id, initiative_id)) WITHOUT ROWID;
CREATE INDEX mentions_by_initiative ON mentions(initiative_id);
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
)sql",
    // 1 → 2: the search index, one row of blobs per document (see SearchChunk).
    R"sql(
CREATE TABLE search_index(
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    format INTEGER NOT NULL,
    catalogue TEXT NOT NULL,
    item_ids BLOB NOT NULL,
    unit_ids BLOB NOT NULL,
    parents BLOB NOT NULL,
    offsets BLOB NOT NULL,
    mention_offsets BLOB NOT NULL,
    mentions BLOB NOT NULL);
CREATE TABLE search_texts(
    document_id INTEGER NOT NULL REFERENCES search_index(document_id) ON DELETE CASCADE,
    segment INTEGER NOT NULL,
    texts BLOB NOT NULL,
    PRIMARY KEY(document_id, segment));
)sql",
    // 2 → 3: mentions live in the search index only (they are derived from the texts and the
    // catalogue, and were stored twice); sub-items alone are indexed by parent.
    R"sql(
DROP INDEX mentions_by_initiative;
DROP TABLE mentions;
DROP INDEX items_by_parent;
CREATE INDEX items_by_parent ON items(parent_id) WHERE parent_id IS NOT NULL;
)sql",
};

// The indexes on items as the current schema has them. A large import drops them and builds
// them again afterwards: one sort is cheaper than a million index insertions.
const char *const ItemIndexes[][2] = {
    {"items_by_unit", "CREATE INDEX items_by_unit ON items(unit_id, document_id, position)"},
    {"items_by_parent", "CREATE INDEX items_by_parent ON items(parent_id) WHERE parent_id IS NOT NULL"},
};

constexpr int SchemaVersion = int(sizeof(Migrations) / sizeof(Migrations[0]));
// PRAGMA application_id of every Policy Atlas database: "PAtl".
constexpr int ApplicationId = 0x5041746C;

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("policy-atlas-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The tables and indexes of a database, each with its columns: what the migrations rely on.
// SQLite's own objects (sqlite_*) are left out; the SQL text is not compared, only its effect.
QMap<QString, QString> schemaObjects(const QSqlDatabase &db)
{
    QMap<QString, QString> objects;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                               "AND type IN ('table', 'index', 'view', 'trigger')")))
        return {{QString(), q.lastError().text()}}; // matches no schema
    QList<QPair<QString, QString>> names;
    while (q.next())
        names.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    for (const auto &[type, name] : std::as_const(names)) {
        QSqlQuery columns(db);
        columns.setForwardOnly(true);
        if (type == QLatin1String("table"))
            columns.prepare(QStringLiteral("SELECT name, type, \"notnull\", coalesce(dflt_value, ''), pk "
                                           "FROM pragma_table_info(?) ORDER BY cid"));
        else if (type == QLatin1String("index"))
            columns.prepare(QStringLiteral("SELECT name FROM pragma_index_info(?) ORDER BY seqno"));
        QStringList description{type};
        if (type == QLatin1String("table") || type == QLatin1String("index")) {
            columns.addBindValue(name);
            if (!columns.exec())
                return {{QString(), columns.lastError().text()}};
            while (columns.next()) {
                QStringList fields;
                for (int c = 0; c < 5 && columns.value(c).isValid(); ++c)
                    fields.append(columns.value(c).toString());
                description.append(fields.join(u' '));
            }
        }
        objects.insert(name, description.join(u','));
    }
    return objects;
}

// Whether the database has the tables and indexes the migrations give schema version, and no
// others: compared with a database in memory built by the same steps.
bool hasSchemaOf(const QSqlDatabase &db, int version)
{
    const QString name = nextConnectionName() + QStringLiteral("-reference");
    bool same = false;
    {
        QSqlDatabase reference = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        reference.setDatabaseName(QStringLiteral(":memory:"));
        if (reference.open()) {
            bool built = true;
            for (int v = 0; v < version && built; ++v)
                for (const QString &statement : QString::fromUtf8(Migrations[v]).split(u';', Qt::SkipEmptyParts))
                    if (!statement.trimmed().isEmpty() && !QSqlQuery(reference).exec(statement))
                        built = false;
            same = built && schemaObjects(reference) == schemaObjects(db);
            reference.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return same;
}

ItemRecord readItem(const QSqlQuery &q)
{
    ItemRecord r;
    r.id = q.value(0).toLongLong();
    r.documentId = q.value(1).toLongLong();
    r.unitId = q.value(2).toLongLong();
    r.parentId = q.value(3).toLongLong();
    r.label = q.value(4).toString();
    r.ordinal = q.value(5).toInt();
    r.line = q.value(6).toInt();
    r.text = q.value(7).toString();
    r.position = q.value(8).toInt();
    return r;
}

const QString ItemColumns = QStringLiteral("id, document_id, unit_id, parent_id, label, ordinal, line, text, position");

// Qt binds a null QString as SQL NULL, which the NOT NULL text columns refuse: bind '' instead.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

Store::Store() = default;

Store::~Store()
{
    close();
}

int Store::currentSchemaVersion()
{
    return SchemaVersion;
}

Diagnostic Store::sqlError(const QString &what, const QString &detail) const
{
    // Read-only, busy, damaged, a full disk… in plain words.
    return {m_path, 0, SqliteDiagnostics::describe(what, detail, SqliteDiagnostics::classify(database(), detail))};
}

bool Store::open(const QString &path, Diagnostic *error)
{
    if (!connect(path, false, error))
        return false;
    if (!exec(QStringLiteral("PRAGMA foreign_keys = ON"), error) || !migrate(error)) {
        closeAndRemoveIfNew(); // a database this open created and could not initialise
        return false;
    }
    return true;
}

bool Store::openReadOnly(const QString &path, Diagnostic *error)
{
    if (!connect(path, true, error))
        return false;
    if (m_created) {
        close();
        return fail(error, {path, 0, tr("not a Policy Atlas database: the file holds no tables")});
    }
    if (!checkVersion(schemaVersion(), error)) {
        close();
        return false;
    }
    return true;
}

// Opens the connection and reads the schema, the first thing that touches the file.
bool Store::connect(const QString &path, bool readOnly, Diagnostic *error)
{
    close();
    m_path = path;
    m_newFiles.clear();
    // A file that is not there (nor a link to nothing) is one SQLite creates: noted, so that a
    // database that cannot be initialised is not left behind as an empty file.
    const auto isNew = [](const QString &file) {
        const QFileInfo info(file);
        return !info.exists() && !info.isSymLink();
    };
    if (!path.isEmpty() && path != QLatin1String(":memory:") && isNew(path))
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            if (isNew(path + QLatin1String(suffix)))
                m_newFiles.append(path + QLatin1String(suffix));
    m_connection = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!db.isValid())
        return fail(error, {path, 0, tr("the Qt SQLite driver (QSQLITE) is not installed")});
    db.setDatabaseName(path);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000;QSQLITE_OPEN_READONLY")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    if (!db.open()) {
        const Diagnostic d = sqlError(tr("cannot open the database"), db.lastError().text());
        db = QSqlDatabase(); // close() can only remove a connection nobody holds
        closeAndRemoveIfNew();
        return fail(error, d);
    }
    QSqlQuery check(db);
    // Reading the schema is the first thing that touches the file: a non-database fails here.
    if (!check.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        const QString text = check.lastError().databaseText();
        const Diagnostic d = sqlError(SqliteDiagnostics::isAccessProblem(text) ? tr("cannot open the database")
                                                                               : tr("not a Policy Atlas database, or the file is damaged"),
                                      text);
        check = QSqlQuery();
        db = QSqlDatabase();
        closeAndRemoveIfNew();
        return fail(error, d);
    }
    check.next();
    m_created = check.value(0).toInt() == 0;
    m_verified = m_created; // a file this store creates needs no check
    check.finish(); // an active statement would keep migrate() from switching the journal to WAL
    return true;
}

void Store::closeAndRemoveIfNew()
{
    close();
    for (const QString &file : std::as_const(m_newFiles))
        QFile::remove(file); // those SQLite did not create, or removed itself, are not there
    m_newFiles.clear();
}

void Store::close()
{
    m_verified = false;
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

bool Store::isOpen() const
{
    return !m_connection.isEmpty() && database().isOpen();
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

qint64 Store::dataVersion() const
{
    if (!isOpen())
        return -1;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

int Store::schemaVersion() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool Store::verifyBeforeWrite(Diagnostic *error) const
{
    if (m_verified)
        return true;
    if (!SqliteDiagnostics::checkIntegrity(database(), m_path, error))
        return false;
    m_verified = true;
    return true;
}

bool Store::exec(const QString &sql, Diagnostic *error)
{
    QSqlQuery q(database());
    if (!q.exec(sql))
        return fail(error, sqlError(tr("database error"), q.lastError().text()));
    return true;
}

bool Store::hasCurrentSchema() const
{
    return hasSchemaOf(database(), SchemaVersion);
}

bool Store::hasApplicationId() const
{
    QSqlQuery q(database());
    return q.exec(QStringLiteral("PRAGMA application_id")) && q.next() && q.value(0).toInt() == ApplicationId;
}

// Whether a file that has tables is ours, in a version this one can read or upgrade.
bool Store::checkVersion(int version, Diagnostic *error)
{
    if (!m_created) {
        // A SQLite file of another program must not be "upgraded" into ours: it carries our
        // application id, or (files from before the id was set) our documents table.
        QSqlQuery q(database());
        const int applicationId = q.exec(QStringLiteral("PRAGMA application_id")) && q.next() ? q.value(0).toInt() : 0;
        q.finish();
        const bool ours = applicationId == ApplicationId
                          || (q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = "
                                                    "'documents'"))
                              && q.next());
        q.finish();
        if (!ours)
            return fail(error, {m_path, 0,
                                tr("not a Policy Atlas database: it holds another program's tables; it was left "
                                   "unchanged")});
    }
    // A version no release wrote (negative: written by another tool) names no step of the
    // migration table: refused before it indexes anything.
    if (version < 0)
        return fail(error, {m_path, 0,
                            tr("not a Policy Atlas database, or from a newer version: its schema version is %1, "
                               "which no Policy Atlas writes (this version reads 0 to %2); it was left unchanged")
                                .arg(version)
                                .arg(SchemaVersion)});
    if (version > SchemaVersion)
        return fail(error, {m_path, 0,
                            tr("this database was written by a newer Policy Atlas (schema %1; this version reads "
                               "up to %2); it was left unchanged")
                                .arg(version)
                                .arg(SchemaVersion)});
    return true;
}

bool Store::migrate(Diagnostic *error)
{
    const int version = schemaVersion();
    if (!checkVersion(version, error))
        return false;
    if (version == SchemaVersion) {
        // WAL survives a crash mid-write; set once, it is stored in the file.
        QSqlQuery q(database());
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        return true;
    }
    if (!m_created && !verifyBeforeWrite(error)) // an upgrade writes
        return false;
    // The steps from here assume the tables of this version: tables that are not those (a file
    // whose version was set by hand, or half overwritten) would fail half-way with a raw SQL error.
    if (!hasSchemaOf(database(), version))
        return fail(error, {m_path, 0,
                            tr("not a Policy Atlas database, or damaged: its tables are not those of schema %1, "
                               "the version it claims; it was left unchanged")
                                .arg(version)});
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(error, sqlError(tr("cannot start a transaction"), db.lastError().text()));
    for (int v = version; v < SchemaVersion; ++v) {
        const QStringList statements = QString::fromUtf8(Migrations[v]).split(u';', Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                const Diagnostic d = sqlError(m_created ? tr("cannot create the database")
                                                        : tr("cannot upgrade the database to schema %1").arg(v + 1),
                                              q.lastError().text());
                db.rollback();
                return fail(error, d);
            }
        }
    }
    if (!exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), error)
        || !exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion), error)) {
        db.rollback();
        return false;
    }
    if (!db.commit())
        return fail(error, sqlError(tr("cannot write the database"), db.lastError().text()));
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    return true;
}

bool Store::syncCatalogue(const Catalogue &catalogue, bool *recomputed, Diagnostic *error)
{
    if (recomputed)
        *recomputed = false;
    // Reading commands and the window pass through here on every open: no transaction (and no
    // check before a write) when nothing is to be written.
    if (followsCatalogue(catalogue))
        return true;
    return inTransaction([&](Diagnostic *failure) { return syncCatalogueInTransaction(catalogue, recomputed, failure); },
                         error);
}

// Runs work in one transaction: committed when it succeeds, rolled back when it or the commit fails.
bool Store::inTransaction(const std::function<bool(Diagnostic *)> &work, Diagnostic *error)
{
    if (!verifyBeforeWrite(error))
        return false;
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(error, sqlError(tr("cannot start a transaction"), db.lastError().text()));
    if (!work(error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        const Diagnostic d = sqlError(tr("cannot write the database"), db.lastError().text());
        db.rollback();
        return fail(error, d);
    }
    return true;
}

bool Store::followsCatalogue(const Catalogue &catalogue) const
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'catalogue_fingerprint'"));
    if (!q.exec() || !q.next() || q.value(0).toString() != QString::fromLatin1(catalogue.fingerprint()))
        return false;
    q.finish();
    QSqlQuery stored(db);
    stored.setForwardOnly(true);
    QStringList storedRows;
    if (stored.exec(QStringLiteral("SELECT id, name_zh, name_en, description_zh, description_en FROM initiatives "
                                   "ORDER BY position")))
        while (stored.next())
            storedRows.append(QStringList{stored.value(0).toString(), stored.value(1).toString(),
                                          stored.value(2).toString(), stored.value(3).toString(),
                                          stored.value(4).toString()}
                                  .join(u'\x1f'));
    QStringList wantedRows;
    for (const Initiative &in : catalogue.initiatives())
        wantedRows.append(QStringList{in.id, in.nameZh, in.nameEn, in.descriptionZh, in.descriptionEn}.join(u'\x1f'));
    return storedRows == wantedRows;
}

bool Store::syncCatalogueInTransaction(const Catalogue &catalogue, bool *recomputed, Diagnostic *error)
{
    if (recomputed)
        *recomputed = false;
    if (followsCatalogue(catalogue))
        return true;
    QSqlDatabase db = database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'catalogue_fingerprint'"));
    // The same matching, with every initiative still stored (another tool may have deleted rows:
    // then everything is written again, mentions included).
    QStringList storedIds, wantedIds;
    for (const Initiative &in : catalogue.initiatives())
        wantedIds.append(in.id);
    QSqlQuery stored(db);
    if (stored.exec(QStringLiteral("SELECT id FROM initiatives ORDER BY id")))
        while (stored.next())
            storedIds.append(stored.value(0).toString());
    stored.finish();
    std::sort(wantedIds.begin(), wantedIds.end());
    if (q.exec() && q.next() && q.value(0).toString() == QString::fromLatin1(catalogue.fingerprint())
        && storedIds == wantedIds) {
        q.finish();
        // Matching is unchanged, but names, descriptions or their order were edited.
        QSqlQuery names(db);
        names.prepare(QStringLiteral("UPDATE initiatives SET position = ?, name_zh = ?, name_en = ?, "
                                     "description_zh = ?, description_en = ? WHERE id = ?"));
        for (int i = 0; i < catalogue.size(); ++i) {
            const Initiative &in = catalogue.initiatives().at(i);
            names.addBindValue(i);
            names.addBindValue(notNull(in.nameZh));
            names.addBindValue(notNull(in.nameEn));
            names.addBindValue(notNull(in.descriptionZh));
            names.addBindValue(notNull(in.descriptionEn));
            names.addBindValue(in.id);
            if (!names.exec())
                return fail(error, sqlError(tr("cannot store the catalogue"), names.lastError().text()));
        }
        return true;
    }
    // The search index's mentions belong to the old catalogue.
    if (!exec(QStringLiteral("DELETE FROM search_index"), error) || !exec(QStringLiteral("DELETE FROM initiatives"), error))
        return false;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO initiatives(id, position, name_zh, name_en, description_zh, "
                                  "description_en) VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < catalogue.size(); ++i) {
        const Initiative &in = catalogue.initiatives().at(i);
        insert.addBindValue(in.id);
        insert.addBindValue(i);
        insert.addBindValue(notNull(in.nameZh));
        insert.addBindValue(notNull(in.nameEn));
        insert.addBindValue(notNull(in.descriptionZh));
        insert.addBindValue(notNull(in.descriptionEn));
        if (!insert.exec())
            return fail(error, sqlError(tr("cannot store the catalogue"), insert.lastError().text()));
    }
    QSqlQuery meta(db);
    meta.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('catalogue_fingerprint', ?)"));
    meta.addBindValue(QString::fromLatin1(catalogue.fingerprint()));
    if (!meta.exec())
        return fail(error, sqlError(tr("cannot store the catalogue"), meta.lastError().text()));
    // Mentions are derived from the texts and the catalogue: every document's search index
    // (which holds them) is built again under the new one.
    QList<qint64> documents;
    QSqlQuery ids(db);
    if (!ids.exec(QStringLiteral("SELECT id FROM documents ORDER BY id")))
        return fail(error, sqlError(tr("cannot read documents"), ids.lastError().text()));
    while (ids.next())
        documents.append(ids.value(0).toLongLong());
    ids.finish();
    for (qint64 documentId : std::as_const(documents)) {
        SearchChunk chunk;
        if (!buildSearchChunk(documentId, catalogue, &chunk, error) || !writeSearchChunk(chunk, error))
            return false;
    }
    if (recomputed)
        *recomputed = true;
    return true;
}

bool Store::importDocument(const ParsedDocument &doc, const ReferenceData &reference, const Catalogue &catalogue,
                           ImportResult *result, Diagnostic *error)
{
    QList<ImportResult> results;
    if (!importDocuments({doc}, reference, catalogue, &results, error))
        return false;
    if (result)
        *result = results.value(0);
    return true;
}

bool Store::importDocuments(const QList<ParsedDocument> &docs, const ReferenceData &reference,
                            const Catalogue &catalogue, QList<ImportResult> *results, Diagnostic *error)
{
    qint64 expected = 0;
    for (const ParsedDocument &doc : docs)
        expected += doc.itemCount();
    return importAll(
        int(docs.size()), expected, reference, catalogue,
        [&](int d, const ImportEventConsumer &consume, ParsedDocument *header, Diagnostic *failure) {
            const ParsedDocument &doc = docs.at(d);
            *header = doc;
            header->units.clear();
            if (replayDocument(doc, catalogue, consume, failure))
                return true;
            if (failure->file.isEmpty()) // a failure of the writer, not of the document
                failure->file = doc.fileName;
            return false;
        },
        results, error);
}

bool Store::importFiles(const ImportRequest &request, const ReferenceData &reference, const Catalogue &catalogue,
                        QList<ImportResult> *results, Diagnostic *error)
{
    const QList<ImportFile> &files = request.files;
    // A corpus line holds one item of a few dozen characters or more: about one item per
    // hundred bytes, enough to choose how to maintain the indexes.
    qint64 expected = 0;
    for (const ImportFile &file : files)
        expected += QFileInfo(file.path).size() / 128;
    CorpusParser parser(reference);
    parser.setSourceReader(request.reader);
    return importAll(
        int(files.size()), expected, reference, catalogue,
        [&](int d, const ImportEventConsumer &consume, ParsedDocument *header, Diagnostic *failure) {
            const ImportFile &file = files.at(d);
            // The header is the parser thread's until parseInBackground returns: the consumer
            // does not read it, and a failure gets its file name here.
            const auto fileProgress = [&](double fraction) {
                return !request.progress || request.progress((d + fraction) / double(files.size()));
            };
            if (!parseInBackground(parser, file.path, catalogue, header, consume, fileProgress, failure)) {
                if (failure->file.isEmpty())
                    failure->file = file.path;
                return false;
            }
            if (file.title)
                header->title = *file.title;
            if (file.year)
                header->year = *file.year;
            return true;
        },
        results, error);
}

// Runs the import of count documents in one transaction: all of them, or on failure none.
bool Store::importAll(int count, qint64 expectedItems, const ReferenceData &reference, const Catalogue &catalogue,
                      const DocumentReader &read, QList<ImportResult> *results, Diagnostic *error)
{
    QSqlDatabase db = database();
    // A 32 MB page cache holds the B-trees' working set of a large import (items arrive in
    // order, so each B-tree grows at its right edge); reading needs no more
    // than SQLite's default, and the whole cache counts against the program's memory.
    exec(QStringLiteral("PRAGMA cache_size = -32768"), nullptr);
    struct DefaultCacheAfterwards
    {
        Store *store;
        ~DefaultCacheAfterwards() { store->exec(QStringLiteral("PRAGMA cache_size = -2000"), nullptr); }
    } defaultCacheAfterwards{this};
    if (!verifyBeforeWrite(error))
        return false;
    QString beginError; // BEGIN IMMEDIATE: waits (busy timeout) while another program writes
    if (!SqliteDiagnostics::beginWrite(db, &beginError))
        return fail(error, sqlError(tr("cannot start a transaction"), beginError));
    Diagnostic failure;
    auto rollback = [&](const Diagnostic &d) {
        db.rollback();
        return fail(error, d);
    };
    bool recomputed = false;
    if (!syncCatalogueInTransaction(catalogue, &recomputed, &failure))
        return rollback(failure);
    // When the import brings at least as many items as the database holds, the indexes on
    // items are dropped and built again at the end: sorting once beats a million insertions.
    QSqlQuery maxId(db);
    if (!maxId.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM items")) || !maxId.next())
        return rollback(sqlError(tr("cannot read items"), maxId.lastError().text()));
    const bool rebuildIndexes = expectedItems >= maxId.value(0).toLongLong();
    maxId.finish();
    if (rebuildIndexes)
        for (const auto &index : ItemIndexes)
            if (!exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1String(index[0])), &failure))
                return rollback(failure);
    QList<ImportResult> done;
    for (int d = 0; d < count; ++d) {
        ImportResult r;
        ParsedDocument header;
        if (!importOne([&](const ImportEventConsumer &consume, ParsedDocument *h, Diagnostic *f) { return read(d, consume, h, f); },
                       reference, catalogue, &header, &r, &failure))
            return rollback(failure);
        r.document = std::move(header);
        done.append(r);
    }
    if (rebuildIndexes)
        for (const auto &index : ItemIndexes)
            if (!exec(QLatin1String(index[1]), &failure))
                return rollback(failure);
    if (!db.commit())
        return rollback(sqlError(tr("cannot write the database"), db.lastError().text()));
    if (results)
        *results = done;
    return true;
}

// Writes one document inside the caller's transaction, under a savepoint: a document that
// turns out to be imported already (its hash is known only at the end) is taken back.
// On failure the caller rolls back.
bool Store::importOne(const std::function<bool(const ImportEventConsumer &, ParsedDocument *, Diagnostic *)> &read,
                      const ReferenceData &reference, const Catalogue &catalogue, ParsedDocument *header,
                      ImportResult *result, Diagnostic *error)
{
    ImportResult &r = *result;
    QSqlDatabase db = database();
    if (!exec(QStringLiteral("SAVEPOINT import_document"), error))
        return false;
    QSqlQuery q(db);
    // The row comes first, for the items to refer to; what it says is known at the end.
    q.prepare(QStringLiteral("INSERT INTO documents(title, content_hash, imported_at) VALUES ('', 'importing', ?)"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec())
        return fail(error, sqlError(tr("cannot store the document"), q.lastError().text()));
    r.documentId = q.lastInsertId().toLongLong();
    // Ids are given here, not by SQLite, so that sub-items can name their parents.
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM items")) || !q.next())
        return fail(error, sqlError(tr("cannot read items"), q.lastError().text()));
    ItemWriter writer(db, r.documentId, q.value(0).toLongLong() + 1, catalogue.fingerprint());
    q.finish();
    QString sqliteText;
    if (!writer.start(&sqliteText))
        return fail(error, sqlError(tr("cannot store items"), sqliteText));

    QSqlQuery findUnit(db);
    findUnit.prepare(QStringLiteral("SELECT id FROM units WHERE name_zh = ?"));
    QSqlQuery insertUnit(db);
    insertUnit.prepare(QStringLiteral(
        "INSERT INTO units(code, name_zh, short_zh, name_en, region) VALUES (?, ?, ?, ?, ?)"));
    const ImportEventConsumer consume = [&](ImportEvent &event, Diagnostic *failure) {
        if (event.isUnit) {
            findUnit.addBindValue(event.unitName);
            if (!findUnit.exec())
                return fail(failure, sqlError(tr("cannot read units"), findUnit.lastError().text()));
            qint64 unitId = 0;
            if (findUnit.next()) {
                unitId = findUnit.value(0).toLongLong();
            } else {
                const Province *p = event.unitCode.isEmpty() ? nullptr : reference.provinceByCode(event.unitCode);
                insertUnit.addBindValue(p ? QVariant(p->code) : QVariant(QMetaType::fromType<QString>()));
                insertUnit.addBindValue(event.unitName);
                insertUnit.addBindValue(notNull(p ? p->shortZh : event.unitName));
                insertUnit.addBindValue(notNull(p ? p->nameEn : QString()));
                insertUnit.addBindValue(notNull(p ? p->region : QString()));
                if (!insertUnit.exec())
                    return fail(failure, sqlError(tr("cannot store unit %1").arg(event.unitName),
                                                  insertUnit.lastError().text()));
                unitId = insertUnit.lastInsertId().toLongLong();
                ++r.newUnits;
            }
            findUnit.finish();
            ++r.units;
            writer.setUnit(event.unitIndex, unitId);
            return true;
        }
        if (m_failAfterItems >= 0 && writer.items() >= m_failAfterItems)
            return fail(failure, {QString(), event.item.line, tr("import interrupted (test)")}); // file: see the readers
        if (!writer.add(event.item, &sqliteText))
            return fail(failure, sqlError(tr("cannot store item at line %1").arg(event.item.line), sqliteText));
        return true;
    };
    if (!read(consume, header, error))
        return false;
    if (!writer.finish(&sqliteText))
        return fail(error, sqlError(tr("cannot store the search index"), sqliteText));
    r.items = writer.items();
    r.mentions = writer.mentions();

    q.prepare(QStringLiteral("SELECT id FROM documents WHERE content_hash = ?"));
    q.addBindValue(QString::fromLatin1(header->contentHash));
    if (!q.exec())
        return fail(error, sqlError(tr("cannot read documents"), q.lastError().text()));
    if (q.next()) {
        const qint64 existing = q.value(0).toLongLong();
        q.finish();
        if (!exec(QStringLiteral("ROLLBACK TO import_document"), error)
            || !exec(QStringLiteral("RELEASE import_document"), error))
            return false;
        r = ImportResult();
        r.alreadyImported = true;
        r.documentId = existing;
        return true;
    }
    q.prepare(QStringLiteral("UPDATE documents SET title = ?, year = ?, lead = ?, source = ?, author = ?, "
                             "source_line = ?, file_name = ?, encoding = ?, content_hash = ? WHERE id = ?"));
    q.addBindValue(notNull(header->title));
    q.addBindValue(header->year);
    q.addBindValue(notNull(header->lead));
    q.addBindValue(notNull(header->source));
    q.addBindValue(notNull(header->author));
    q.addBindValue(notNull(header->sourceLine));
    q.addBindValue(notNull(QFileInfo(header->fileName).fileName()));
    q.addBindValue(notNull(header->encoding));
    q.addBindValue(QString::fromLatin1(header->contentHash));
    q.addBindValue(r.documentId);
    if (!q.exec())
        return fail(error, sqlError(tr("cannot store the document"), q.lastError().text()));
    return exec(QStringLiteral("RELEASE import_document"), error);
}

QList<DocumentRecord> Store::documents() const
{
    QList<DocumentRecord> out;
    QSqlQuery q(database());
    q.exec(QStringLiteral("SELECT id, title, year, lead, source, author, source_line, file_name, content_hash "
                          "FROM documents ORDER BY year, id"));
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                    q.value(8).toString()});
    return out;
}

QList<UnitRecord> Store::units() const
{
    QList<UnitRecord> out;
    QSqlQuery q(database());
    q.exec(QStringLiteral("SELECT id, code, name_zh, short_zh, name_en, region FROM units ORDER BY id"));
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString()});
    return out;
}

int Store::documentCount() const
{
    QSqlQuery q(database());
    return q.exec(QStringLiteral("SELECT count(*) FROM documents")) && q.next() ? q.value(0).toInt() : 0;
}

int Store::itemCount() const
{
    QSqlQuery q(database());
    return q.exec(QStringLiteral("SELECT count(*) FROM items")) && q.next() ? q.value(0).toInt() : 0;
}

ItemRecord Store::item(qint64 id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM items WHERE id = ?").arg(ItemColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readItem(q);
    return {};
}

QList<ItemRecord> Store::children(qint64 unitId, qint64 parentId) const
{
    QList<ItemRecord> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (parentId) {
        q.prepare(QStringLiteral("SELECT %1 FROM items WHERE parent_id = ? ORDER BY position").arg(ItemColumns));
        q.addBindValue(parentId);
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM items WHERE unit_id = ? AND parent_id IS NULL "
                                 "ORDER BY document_id, position")
                      .arg(ItemColumns));
        q.addBindValue(unitId);
    }
    if (q.exec())
        while (q.next())
            out.append(readItem(q));
    return out;
}

QList<ItemRecord> Store::itemsOfUnit(qint64 unitId) const
{
    QList<ItemRecord> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM items WHERE unit_id = ? ORDER BY document_id, position").arg(ItemColumns));
    q.addBindValue(unitId);
    if (q.exec())
        while (q.next())
            out.append(readItem(q));
    return out;
}

QByteArray Store::catalogueFingerprint() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'catalogue_fingerprint'")) && q.next())
        return q.value(0).toString().toLatin1();
    return {};
}

// The texts are written in segments of a few megabytes: reading one blob of a hundred
// megabytes would hold it twice in memory (SQLite's copy and ours) at the moment of reading.

bool Store::writeSearchChunk(const SearchChunk &chunk, Diagnostic *error)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM search_texts WHERE document_id = ?"));
    q.addBindValue(chunk.documentId);
    if (!q.exec())
        return fail(error, sqlError(tr("cannot store the search index"), q.lastError().text()));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO search_index(document_id, format, catalogue, item_ids, unit_ids, "
                             "parents, offsets, mention_offsets, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(chunk.documentId);
    q.addBindValue(SearchChunk::Format);
    q.addBindValue(QString::fromLatin1(chunk.catalogue));
    const QList<QByteArray> blobs = chunk.blobs();
    for (int b = 0; b < blobs.size(); ++b)
        if (b != 4) // the texts go to search_texts
            q.addBindValue(blobs.at(b).isNull() ? QByteArray("", 0) : blobs.at(b));
    if (!q.exec())
        return fail(error, sqlError(tr("cannot store the search index"), q.lastError().text()));
    QSqlQuery segments(db);
    segments.prepare(QStringLiteral("INSERT INTO search_texts(document_id, segment, texts) VALUES (?, ?, ?)"));
    for (qsizetype at = 0, segment = 0; at < chunk.texts.size() || segment == 0; at += SearchChunk::TextSegment, ++segment) {
        segments.addBindValue(chunk.documentId);
        segments.addBindValue(segment);
        segments.addBindValue(QByteArray(chunk.texts.constData() + at,
                                         std::min(SearchChunk::TextSegment, chunk.texts.size() - at)));
        if (!segments.exec())
            return fail(error, sqlError(tr("cannot store the search index"), segments.lastError().text()));
    }
    return true;
}

bool Store::readSearchChunk(qint64 documentId, SearchChunk *chunk) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT format, catalogue, item_ids, unit_ids, parents, offsets, mention_offsets, "
                             "mentions FROM search_index WHERE document_id = ?"));
    q.addBindValue(documentId);
    if (!q.exec() || !q.next() || q.value(0).toInt() != SearchChunk::Format)
        return false;
    chunk->documentId = documentId;
    chunk->catalogue = q.value(1).toString().toLatin1();
    QList<QByteArray> blobs;
    for (int c = 2; c <= 7; ++c)
        blobs.append(q.value(c).toByteArray());
    q.finish();
    QByteArray texts;
    if (blobs.at(3).size() >= qsizetype(sizeof(quint32))) // offsets: the last one is the texts' size
        texts.reserve(std::min<qsizetype>(1 << 30, // a hint from the file: never trusted for more
                                          qFromLittleEndian<quint32>(blobs.at(3).constData() + blobs.at(3).size()
                                                                     - sizeof(quint32))));
    q.prepare(QStringLiteral("SELECT texts FROM search_texts WHERE document_id = ? ORDER BY segment"));
    q.addBindValue(documentId);
    if (!q.exec())
        return false;
    while (q.next())
        texts += q.value(0).toByteArray();
    blobs.insert(4, texts);
    return chunk->setBlobs(blobs);
}

bool Store::buildSearchChunk(qint64 documentId, const Catalogue &catalogue, SearchChunk *chunk,
                             Diagnostic *error) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, unit_id, parent_id, text FROM items WHERE document_id = ? ORDER BY position"));
    q.addBindValue(documentId);
    if (!q.exec())
        return fail(error, sqlError(tr("cannot read items"), q.lastError().text()));
    SearchChunk built;
    built.documentId = documentId;
    built.catalogue = catalogue.fingerprint();
    QHash<qint64, int> inChunk;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const qint64 parentId = q.value(2).toLongLong();
        const QString text = q.value(3).toString();
        inChunk.insert(id, built.size());
        built.addItem(id, qint32(q.value(1).toLongLong()), parentId ? inChunk.value(parentId, -1) : -1, text,
                      catalogue.initiativesIn(text));
    }
    *chunk = std::move(built);
    return true;
}

bool Store::ensureSearchIndex(const Catalogue &catalogue, Diagnostic *error)
{
    const QByteArray fingerprint = catalogue.fingerprint();
    QList<qint64> stale;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT d.id FROM documents d LEFT JOIN search_index s ON s.document_id = d.id "
                             "WHERE s.document_id IS NULL OR s.format != ? OR s.catalogue != ?"));
    q.addBindValue(SearchChunk::Format);
    q.addBindValue(QString::fromLatin1(fingerprint));
    if (!q.exec())
        return fail(error, sqlError(tr("cannot read the search index"), q.lastError().text()));
    while (q.next())
        stale.append(q.value(0).toLongLong());
    q.finish();
    if (stale.isEmpty())
        return true;
    return inTransaction(
        [&](Diagnostic *failure) {
            for (qint64 documentId : std::as_const(stale)) {
                SearchChunk chunk;
                if (!buildSearchChunk(documentId, catalogue, &chunk, failure) || !writeSearchChunk(chunk, failure))
                    return false;
            }
            return true;
        },
        error);
}

bool Store::rebuildSearchIndex(const Catalogue &catalogue, bool removeOrphans, RebuildResult *result,
                               Diagnostic *error)
{
    RebuildResult done;
    if (!verifyBeforeWrite(error))
        return false;
    QSqlDatabase db = database();
    QString beginError; // BEGIN IMMEDIATE: waits (busy timeout) while another program writes
    if (!SqliteDiagnostics::beginWrite(db, &beginError))
        return fail(error, sqlError(tr("cannot start a transaction"), beginError));
    Diagnostic failure;
    auto rollback = [&](const Diagnostic &d) {
        db.rollback();
        return fail(error, d);
    };
    QSqlQuery q(db);
    // Items that name a unit that is not there cannot be shown or indexed, and nothing derived
    // says which unit it was.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM items WHERE unit_id NOT IN (SELECT id FROM units)")) || !q.next())
        return rollback(sqlError(tr("cannot read items"), q.lastError().text()));
    if (const qint64 lost = q.value(0).toLongLong(); lost > 0)
        return rollback({m_path, 0,
                         tr("%1 items name units that are not in the database: the index cannot be rebuilt "
                            "without them (restore a copy of the file); it was left unchanged")
                             .arg(lost)});
    q.finish();
    // What ON DELETE CASCADE would have removed had the rows been deleted with foreign keys on
    // (another tool rarely turns them on): items of a removed document, sub-items of a removed item.
    auto countItems = [&](qint64 *count) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM items")) || !q.next())
            return false;
        *count = q.value(0).toLongLong();
        q.finish();
        return true;
    };
    qint64 before = 0;
    qint64 after = 0;
    if (!countItems(&before))
        return rollback(sqlError(tr("cannot read items"), q.lastError().text()));
    if (!removeOrphans) {
        // Counted, not removed: the rows may be put right (a document renumbered by hand).
        if (!q.exec(QStringLiteral("SELECT count(*), group_concat(DISTINCT document_id) FROM items WHERE document_id "
                                   "NOT IN (SELECT id FROM documents) OR (parent_id IS NOT NULL AND parent_id NOT IN "
                                   "(SELECT id FROM items))"))
            || !q.next())
            return rollback(sqlError(tr("cannot read items"), q.lastError().text()));
        const qint64 orphans = q.value(0).toLongLong();
        const QString documents = q.value(1).toString();
        q.finish();
        if (orphans > 0)
            return rollback({m_path, 0,
                             tr("%1 items belong to no document or to no parent item (document ids they name: %2): "
                                "put the missing rows back, or run repair with --remove-orphans to delete those "
                                "items; it was left unchanged")
                                 .arg(orphans)
                                 .arg(documents.left(200))});
    }
    if (!q.exec(QStringLiteral("DELETE FROM items WHERE document_id NOT IN (SELECT id FROM documents)")))
        return rollback(sqlError(tr("cannot remove items"), q.lastError().text()));
    do {
        if (!q.exec(QStringLiteral("DELETE FROM items WHERE parent_id IS NOT NULL AND parent_id NOT IN "
                                   "(SELECT id FROM items)")))
            return rollback(sqlError(tr("cannot remove items"), q.lastError().text()));
    } while (q.numRowsAffected() > 0);
    if (!countItems(&after))
        return rollback(sqlError(tr("cannot read items"), q.lastError().text()));
    done.orphanItems = before - after;
    bool recomputed = false;
    if (!syncCatalogueInTransaction(catalogue, &recomputed, &failure))
        return rollback(failure);
    if (!exec(QStringLiteral("DELETE FROM search_texts"), &failure) || !exec(QStringLiteral("DELETE FROM search_index"), &failure))
        return rollback(failure);
    QList<qint64> documents;
    if (!q.exec(QStringLiteral("SELECT id FROM documents ORDER BY id")))
        return rollback(sqlError(tr("cannot read documents"), q.lastError().text()));
    while (q.next())
        documents.append(q.value(0).toLongLong());
    q.finish();
    for (qint64 documentId : std::as_const(documents)) {
        SearchChunk chunk;
        if (!buildSearchChunk(documentId, catalogue, &chunk, &failure))
            return rollback(failure);
        if (m_failAfterItems >= 0 && done.items + chunk.size() > m_failAfterItems)
            return rollback({m_path, 0, tr("repair interrupted (test)")});
        if (!writeSearchChunk(chunk, &failure))
            return rollback(failure);
        ++done.documents;
        done.items += chunk.size();
    }
    if (!db.commit())
        return rollback(sqlError(tr("cannot write the database"), db.lastError().text()));
    if (result)
        *result = done;
    return true;
}

QList<ItemRecord> Store::itemsOfUnitPage(qint64 unitId, qint64 afterDocumentId, int afterPosition, int limit) const
{
    const QString page = QStringLiteral("SELECT id FROM items WHERE unit_id = :unit AND parent_id IS NULL AND "
                                        "(document_id, position) > (:document, :position) "
                                        "ORDER BY document_id, position LIMIT :limit");
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM items WHERE id IN (%2) OR parent_id IN (%2) ORDER BY document_id, position")
                  .arg(ItemColumns, page));
    q.bindValue(QStringLiteral(":unit"), unitId);
    q.bindValue(QStringLiteral(":document"), afterDocumentId);
    q.bindValue(QStringLiteral(":position"), afterPosition);
    q.bindValue(QStringLiteral(":limit"), limit);
    QList<ItemRecord> out;
    if (q.exec())
        while (q.next())
            out.append(readItem(q));
    return out;
}

QList<ItemRecord> Store::itemsWithSubItems(const QList<qint64> &ids) const
{
    QStringList list;
    for (qint64 id : ids)
        list.append(QString::number(id));
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM items WHERE id IN (SELECT value FROM json_each(:ids)) "
                             "OR parent_id IN (SELECT value FROM json_each(:ids)) ORDER BY document_id, position")
                  .arg(ItemColumns));
    q.bindValue(QStringLiteral(":ids"), QString(u'[' + list.join(u',') + u']'));
    QList<ItemRecord> out;
    if (q.exec())
        while (q.next())
            out.append(readItem(q));
    return out;
}
