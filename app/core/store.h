// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpusparser.h"
#include "diagnostic.h"
#include "importrequest.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

class Catalogue;
struct ImportEvent;
struct SearchChunk;
class ReferenceData;

struct DocumentRecord
{
    qint64 id = 0;
    QString title;
    int year = 0;
    QString lead;
    QString source;
    QString author;
    QString sourceLine;
    QString fileName;
    QString contentHash;
};

struct UnitRecord
{
    qint64 id = 0;
    QString code; // empty for a non-standard unit
    QString nameZh;
    QString shortZh;
    QString nameEn;
    QString region; // region id; empty for a non-standard unit
    bool isStandard() const { return !code.isEmpty(); }
};

struct ItemRecord
{
    qint64 id = 0;
    qint64 documentId = 0;
    qint64 unitId = 0;
    qint64 parentId = 0; // 0 for a top-level item
    QString label;
    int ordinal = 0;
    int line = 0;
    QString text;
    int position = 0; // in its document
};

// What Store::rebuildSearchIndex did.
struct RebuildResult
{
    int documents = 0;
    qint64 items = 0;
    qint64 orphanItems = 0; // removed: their document (or parent item) no longer exists
};

struct ImportResult
{
    bool alreadyImported = false; // same content hash as a stored document: nothing was written
    qint64 documentId = 0;
    int units = 0;
    int newUnits = 0;
    int items = 0; // items and sub-items
    int mentions = 0;
    // What the parser found besides the items, as stored: title and year (with the request's
    // corrections), encoding, source, end of the content, warnings; units without their items.
    ParsedDocument document;
};

// The SQLite database, through Qt Sql. Owns one named connection. Every write is one
// transaction: a failed import or catalogue change leaves the file as it was.
class Store
{
public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    static int currentSchemaVersion();

    // Opens (creating if needed) and migrates to the current schema. A file this call creates and
    // cannot give the schema (a full disk) is removed again.
    bool open(const QString &path, Diagnostic *error);
    // Opens an existing file read-only, writing nothing: no migration, no journal mode. Refuses
    // what open() refuses (another program's file, an unknown or newer schema) with its
    // messages, and a file without tables; an older schema of ours is opened as it is. Also a
    // second connection, for reading on another thread (AtlasSession::openInBackground).
    bool openReadOnly(const QString &path, Diagnostic *error);
    void close();
    // Closes, and removes the database file if this open() created it (with the -journal, -wal
    // and -shm files that were not there before either): for a new database that could not be
    // initialised. A file that existed before open() is never removed.
    void closeAndRemoveIfNew();
    bool isOpen() const;
    bool wasCreated() const { return m_created; } // the file had no schema before open()
    // The whole file's structure (PRAGMA quick_check) is checked once per open store, before its
    // first write: every write path calls this first, so a damaged file is never written to.
    // A store that created its file, or whose file was checked already (setVerified), skips it.
    bool verifyBeforeWrite(Diagnostic *error) const;
    void setVerified() { m_verified = true; }
    bool isVerified() const { return m_verified; }
    QString path() const { return m_path; }
    int schemaVersion() const;
    // The tables and indexes are exactly those of the current schema.
    bool hasCurrentSchema() const;
    // PRAGMA application_id is Policy Atlas's.
    bool hasApplicationId() const;
    QSqlDatabase database() const;
    // SQLite's data_version: it changes when another connection (another window, the command
    // line) commits to the file; this connection's own commits leave it as it is. -1 on failure.
    qint64 dataVersion() const;

    // Stores the document, its units, items and their mentions under the given catalogue.
    bool importDocument(const ParsedDocument &doc, const ReferenceData &reference, const Catalogue &catalogue,
                        ImportResult *result, Diagnostic *error);
    // Stores several documents in one transaction: all of them, or on failure none.
    bool importDocuments(const QList<ParsedDocument> &docs, const ReferenceData &reference, const Catalogue &catalogue,
                         QList<ImportResult> *results, Diagnostic *error);
    // Parses and stores the request's files in one transaction, all or none, reading each file
    // on a second thread while this one writes: nothing holds a whole file's items. A file's
    // title and year corrections replace what the parser read. results receives one entry per
    // file. The request's progress, if any, runs on this thread; a cancel changes nothing.
    bool importFiles(const ImportRequest &request, const ReferenceData &reference, const Catalogue &catalogue,
                     QList<ImportResult> *results, Diagnostic *error);
    // Makes the stored initiatives and mentions follow the catalogue; recomputes only when it changed.
    bool syncCatalogue(const Catalogue &catalogue, bool *recomputed, Diagnostic *error);

    QList<DocumentRecord> documents() const;
    QList<UnitRecord> units() const;
    int documentCount() const;
    int itemCount() const;
    ItemRecord item(qint64 id) const;
    QList<ItemRecord> children(qint64 unitId, qint64 parentId) const; // parentId 0: the unit's top-level items
    QList<ItemRecord> itemsOfUnit(qint64 unitId) const; // all, in published order, sub-items after their item
    // A page of a unit's top-level items after the given one (0, 0: from the start), each followed
    // by its sub-items: how the tree loads a province of thirty thousand items bit by bit.
    QList<ItemRecord> itemsOfUnitPage(qint64 unitId, qint64 afterDocumentId, int afterPosition, int limit) const;
    // These items, each followed by its sub-items, in published order.
    QList<ItemRecord> itemsWithSubItems(const QList<qint64> &ids) const;

    // The search index (see SearchChunk): one chunk per document, written by imports.
    QByteArray catalogueFingerprint() const; // of the catalogue the stored mentions follow
    bool readSearchChunk(qint64 documentId, SearchChunk *chunk) const; // false: missing or unreadable
    // From the items' texts, with mentions found by the catalogue (the one the database follows).
    bool buildSearchChunk(qint64 documentId, const Catalogue &catalogue, SearchChunk *chunk, Diagnostic *error) const;
    bool writeSearchChunk(const SearchChunk &chunk, Diagnostic *error);
    // Builds and stores the chunks that are missing or follow another catalogue.
    bool ensureSearchIndex(const Catalogue &catalogue, Diagnostic *error);
    // Rebuilds every document's chunk from the tables under the catalogue (synchronised first),
    // after removing the items whose document or parent item is gone (what the schema's
    // cascades would have removed, had the rows been deleted with foreign keys on). One
    // transaction: on failure the file is left as it was. Refused when items name units that
    // do not exist (nothing derived can restore those).
    // Items whose document or parent item is gone are removed only when removeOrphans says so;
    // otherwise their number (and the missing document ids) refuse the rebuild: a document row
    // renumbered by another tool can be put back, a deleted item cannot.
    bool rebuildSearchIndex(const Catalogue &catalogue, bool removeOrphans, RebuildResult *result, Diagnostic *error);

    // Test seam: make the next import (or rebuild) fail after this many items were written (-1: never).
    void setFailAfterItemsForTesting(int items) { m_failAfterItems = items; }

private:
    bool connect(const QString &path, bool readOnly, Diagnostic *error);
    bool checkVersion(int version, Diagnostic *error);
    bool migrate(Diagnostic *error);
    bool exec(const QString &sql, Diagnostic *error);
    bool inTransaction(const std::function<bool(Diagnostic *)> &work, Diagnostic *error);
    using ImportEventConsumer = std::function<bool(ImportEvent &, Diagnostic *)>;
    // Gives the index-th document's events to the consumer and fills in its header.
    using DocumentReader = std::function<bool(int index, const ImportEventConsumer &, ParsedDocument *, Diagnostic *)>;
    bool importAll(int count, qint64 expectedItems, const ReferenceData &reference, const Catalogue &catalogue,
                   const DocumentReader &read, QList<ImportResult> *results, Diagnostic *error);
    bool importOne(const std::function<bool(const ImportEventConsumer &, ParsedDocument *, Diagnostic *)> &read,
                   const ReferenceData &reference, const Catalogue &catalogue, ParsedDocument *header,
                   ImportResult *result, Diagnostic *error);
    bool syncCatalogueInTransaction(const Catalogue &catalogue, bool *recomputed, Diagnostic *error);
    // Whether the stored initiatives are the catalogue's (matching and names): nothing to write.
    bool followsCatalogue(const Catalogue &catalogue) const;
    Diagnostic sqlError(const QString &what, const QString &detail) const;

    QString m_connection;
    QString m_path;
    bool m_created = false;
    mutable bool m_verified = false;
    QStringList m_newFiles; // the files open() created: the database and its companions that did not exist
    int m_failAfterItems = -1;
};
