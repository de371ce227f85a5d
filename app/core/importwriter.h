// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "searchchunk.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVarLengthArray>

#include <functional>
#include <memory>
#include <vector>

class Catalogue;
class CorpusParser;
struct ParsedDocument;
struct ParsedItem;
struct ParsedUnit;
struct sqlite3;
struct sqlite3_stmt;

// An item ready to be written: its number and text, and its text folded for the search index,
// as UTF-8 in one buffer, with the initiatives it mentions. Preparing (folding, matching,
// converting) is the CPU work of an import that needs no database, so it runs on the parser's
// thread while the writer's thread is in SQLite.
struct PreparedItem
{
    int unitIndex = 0; // in its document
    bool subItem = false; // of the unit's last top-level item
    int line = 0;
    int ordinal = 0;
    QByteArray utf8; // label, then text, then folded text
    int labelSize = 0;
    int textSize = 0;
    QVarLengthArray<quint16, 8> initiatives; // catalogue positions, ascending

    QByteArrayView label() const { return QByteArrayView(utf8).first(labelSize); }
    QByteArrayView text() const { return QByteArrayView(utf8).sliced(labelSize, textSize); }
    QByteArrayView folded() const { return QByteArrayView(utf8).sliced(labelSize + textSize); }

    static PreparedItem from(int unitIndex, bool subItem, const ParsedItem &item, const Catalogue &catalogue);
};

// What the parser found, in reading order: a new unit of the document, or an item.
struct ImportEvent
{
    bool isUnit = false;
    int unitIndex = 0;
    QString unitName; // isUnit: as in ParsedUnit
    QString unitCode;
    PreparedItem item; // !isUnit

    static ImportEvent ofUnit(int unitIndex, const ParsedUnit &unit);
    static ImportEvent ofItem(int unitIndex, bool subItem, const ParsedItem &item, const Catalogue &catalogue);
};

using ImportEventConsumer = std::function<bool(ImportEvent &, Diagnostic *)>;
// The share of the file read so far (0 to 1), told on the consuming thread; false cancels.
using ImportFileProgress = std::function<bool(double fraction)>;

// Parses a file on a second thread and hands what it reads, items prepared, to consume() on
// the calling thread, in order, in batches of a few thousand. With two cores, reading,
// folding and matching overlap SQLite's writing. A failure on either side stops both;
// the parser's message (file and line) or consume()'s is returned.
bool parseInBackground(const CorpusParser &parser, const QString &path, const Catalogue &catalogue,
                       ParsedDocument *header, const ImportEventConsumer &consume,
                       const ImportFileProgress &progress, Diagnostic *error);
// The same events for a document parsed already, prepared and consumed on the calling thread.
bool replayDocument(const ParsedDocument &doc, const Catalogue &catalogue, const ImportEventConsumer &consume,
                    Diagnostic *error);

// Writes one document's items and search index through SQLite's own interface, on the Qt
// Sql connection's handle and inside its open transaction: binding a million rows one by one
// through QSqlQuery (QVariant, UTF-16) is where an import would otherwise spend its time.
// Items get consecutive ids from firstItemId; the texts of the search index are written in
// segments as they fill, so the document is never held whole.
class ItemWriter
{
public:
    ItemWriter(QSqlDatabase db, qint64 documentId, qint64 firstItemId, const QByteArray &catalogueFingerprint);
    ~ItemWriter();
    ItemWriter(const ItemWriter &) = delete;
    ItemWriter &operator=(const ItemWriter &) = delete;

    // false: the driver gives no SQLite handle, or a statement failed.
    bool start(QString *sqliteText);
    void setUnit(int unitIndex, qint64 unitId);
    bool add(const PreparedItem &item, QString *sqliteText);
    // Stores the rest of the texts and the search index's arrays.
    bool finish(QString *sqliteText);

    int items() const { return m_chunk.size(); }
    int mentions() const { return int(m_chunk.mentions.size()); }

private:
    struct UnitState
    {
        qint64 id = 0;
        qint64 lastItemId = 0; // the unit's last top-level item: a sub-item's parent
        int lastItemInChunk = -1;
    };
    struct Finalize
    {
        void operator()(sqlite3_stmt *statement) const;
    };
    using Statement = std::unique_ptr<sqlite3_stmt, Finalize>;

    Statement prepare(const char *sql, QString *sqliteText);
    bool flushTexts(QString *sqliteText);
    bool step(sqlite3_stmt *statement, QString *sqliteText);

    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    Statement m_insertItem;
    Statement m_insertTexts;
    qint64 m_documentId;
    qint64 m_nextId;
    int m_segment = 0;
    std::vector<UnitState> m_units;
    SearchChunk m_chunk;
};
