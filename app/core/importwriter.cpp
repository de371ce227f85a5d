// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwriter.h"

#include "catalogue.h"
#include "corpusparser.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QVariant>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include <sqlite3.h>

PreparedItem PreparedItem::from(int unitIndex, bool subItem, const ParsedItem &item, const Catalogue &catalogue)
{
    PreparedItem p;
    p.unitIndex = unitIndex;
    p.subItem = subItem;
    p.line = item.line;
    p.ordinal = item.ordinal;
    const QString folded = TextFold::fold(item.text);
    p.initiatives = catalogue.positionsInFolded(folded);
    // One allocation for the three texts; UTF-8 takes at most three bytes per UTF-16 unit.
    p.utf8.resize(3 * (item.label.size() + 2 * item.text.size()));
    QStringEncoder utf8(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    char *const begin = p.utf8.data();
    char *end = utf8.appendToBuffer(begin, item.label);
    p.labelSize = int(end - begin);
    end = utf8.appendToBuffer(end, item.text);
    p.textSize = int(end - begin) - p.labelSize;
    end = utf8.appendToBuffer(end, folded);
    p.utf8.truncate(end - begin);
    if (p.utf8.size() > 65536) // a long item (a whole page on one line) gives back the slack
        p.utf8.squeeze();
    return p;
}

ImportEvent ImportEvent::ofUnit(int unitIndex, const ParsedUnit &unit)
{
    ImportEvent event;
    event.isUnit = true;
    event.unitIndex = unitIndex;
    event.unitName = unit.nameZh;
    event.unitCode = unit.code;
    return event;
}

ImportEvent ImportEvent::ofItem(int unitIndex, bool subItem, const ParsedItem &item, const Catalogue &catalogue)
{
    ImportEvent event;
    event.unitIndex = unitIndex;
    event.item = PreparedItem::from(unitIndex, subItem, item, catalogue);
    return event;
}

namespace {

// Batches travel between the threads; a bounded queue keeps the parser at most a few
// batches ahead, so memory stays flat however large the file is.
constexpr int BatchSize = 2048;
constexpr size_t MaxQueuedBatches = 4;

struct Batch
{
    std::vector<ImportEvent> events;
    double fraction = 0; // of the file read when the batch was sent
};

class BatchQueue
{
public:
    // Parser side: false when the consumer gave up.
    bool push(Batch &&batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_batches.size() < MaxQueuedBatches || m_cancelled; });
        if (m_cancelled)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }
    void cancel()
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_changed.notify_all();
    }
    // Consumer side: false when the parser has finished and everything was taken.
    bool pop(Batch *batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_batches.empty() || m_closed; });
        if (m_batches.empty())
            return false;
        *batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return true;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    bool m_closed = false;
    bool m_cancelled = false;
};

class QueueSink : public CorpusSink
{
public:
    QueueSink(BatchQueue *queue, const Catalogue &catalogue)
        : m_queue(queue)
        , m_catalogue(catalogue)
    {
        m_batch.events.reserve(BatchSize);
    }
    bool unit(int unitIndex, const ParsedUnit &unit, Diagnostic *error) override
    {
        m_batch.events.push_back(ImportEvent::ofUnit(unitIndex, unit));
        return m_batch.events.size() < size_t(BatchSize) || send(error);
    }
    bool item(int unitIndex, bool subItem, ParsedItem &item, Diagnostic *error) override
    {
        m_batch.events.push_back(ImportEvent::ofItem(unitIndex, subItem, item, m_catalogue));
        return m_batch.events.size() < size_t(BatchSize) || send(error);
    }
    bool progress(qint64 bytesRead, qint64 bytesTotal, Diagnostic *error) override
    {
        m_batch.fraction = bytesTotal > 0 ? double(bytesRead) / double(bytesTotal) : 1.0;
        // At the end the last items go with the final fraction; before that, a batch leaves
        // when it is full.
        return bytesRead < bytesTotal || send(error);
    }
    bool send(Diagnostic *error)
    {
        if (!m_queue->push(std::move(m_batch)))
            return fail(error, {}); // the consumer failed: its message is the one reported
        const double fraction = m_batch.fraction;
        m_batch = Batch();
        m_batch.events.reserve(BatchSize);
        m_batch.fraction = fraction;
        return true;
    }

private:
    BatchQueue *m_queue;
    const Catalogue &m_catalogue;
    Batch m_batch;
};

class ReplaySink : public CorpusSink
{
public:
    ReplaySink(const Catalogue &catalogue, const ImportEventConsumer &consume)
        : m_catalogue(catalogue)
        , m_consume(consume)
    {
    }
    bool unit(int unitIndex, const ParsedUnit &unit, Diagnostic *error) override
    {
        ImportEvent event = ImportEvent::ofUnit(unitIndex, unit);
        return m_consume(event, error);
    }
    bool item(int unitIndex, bool subItem, ParsedItem &item, Diagnostic *error) override
    {
        ImportEvent event = ImportEvent::ofItem(unitIndex, subItem, item, m_catalogue);
        return m_consume(event, error);
    }

private:
    const Catalogue &m_catalogue;
    const ImportEventConsumer &m_consume;
};

QString sqliteMessage(sqlite3 *handle)
{
    return QString::fromUtf8(sqlite3_errmsg(handle));
}

} // namespace

bool parseInBackground(const CorpusParser &parser, const QString &path, const Catalogue &catalogue,
                       ParsedDocument *header, const ImportEventConsumer &consume,
                       const ImportFileProgress &progress, Diagnostic *error)
{
    BatchQueue queue;
    bool parsed = false;
    Diagnostic parseError;
    std::thread reader([&] {
        QueueSink sink(&queue, catalogue);
        parsed = parser.parseFile(path, header, &sink, &parseError);
        queue.close();
    });
    // Should consume() throw (out of memory), the reader is stopped and joined on the way out:
    // a joinable std::thread must not be destroyed.
    struct StopReader
    {
        BatchQueue &queue;
        std::thread &reader;
        ~StopReader()
        {
            if (reader.joinable()) {
                queue.cancel();
                reader.join();
            }
        }
    } stopReader{queue, reader};
    Diagnostic consumeError;
    bool consumed = true;
    Batch batch;
    while (consumed && queue.pop(&batch)) {
        for (ImportEvent &event : batch.events)
            if (!(consumed = consume(event, &consumeError)))
                break;
        if (consumed && progress && !progress(batch.fraction))
            consumed = fail(&consumeError, {path, 0, QCoreApplication::translate("Store", "the import was cancelled")});
    }
    if (!consumed)
        queue.cancel();
    reader.join();
    if (!consumed)
        return fail(error, consumeError);
    if (!parsed)
        return fail(error, parseError);
    return true;
}

bool replayDocument(const ParsedDocument &doc, const Catalogue &catalogue, const ImportEventConsumer &consume,
                    Diagnostic *error)
{
    ReplaySink sink(catalogue, consume);
    return CorpusParser::replay(doc, &sink, error);
}

ItemWriter::ItemWriter(QSqlDatabase db, qint64 documentId, qint64 firstItemId, const QByteArray &catalogueFingerprint)
    : m_db(db)
    , m_documentId(documentId)
    , m_nextId(firstItemId)
{
    m_chunk.documentId = documentId;
    m_chunk.catalogue = catalogueFingerprint;
}

ItemWriter::~ItemWriter() = default;

void ItemWriter::Finalize::operator()(sqlite3_stmt *statement) const
{
    sqlite3_finalize(statement);
}

ItemWriter::Statement ItemWriter::prepare(const char *sql, QString *sqliteText)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_handle, sql, -1, &statement, nullptr) != SQLITE_OK) {
        *sqliteText = sqliteMessage(m_handle);
        sqlite3_finalize(statement);
        statement = nullptr;
    }
    return Statement(statement);
}

bool ItemWriter::step(sqlite3_stmt *statement, QString *sqliteText)
{
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (rc == SQLITE_DONE)
        return true;
    *sqliteText = sqliteMessage(m_handle);
    return false;
}

bool ItemWriter::start(QString *sqliteText)
{
    // Qt documents QSqlDriver::handle() for exactly this. It is only sound when the driver uses
    // the same libsqlite3 as this library, which Debian's QSQLITE does (it is built with
    // -system-sqlite); a Qt with SQLite compiled into its driver would need the import through
    // Qt Sql alone. What can be checked: the driver is SQLite's, of the version linked here.
    QSqlQuery version(m_db);
    if (!version.exec(QStringLiteral("SELECT sqlite_version()")) || !version.next()
        || version.value(0).toString() != QString::fromLatin1(sqlite3_libversion())) {
        *sqliteText = QStringLiteral("the Qt SQLite driver uses SQLite %1, Policy Atlas was built with %2")
                          .arg(version.value(0).toString(), QString::fromLatin1(sqlite3_libversion()));
        return false;
    }
    version.finish();
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0 || !(m_handle = *static_cast<sqlite3 *const *>(handle.constData()))) {
        *sqliteText = QStringLiteral("the Qt SQLite driver gives no SQLite handle");
        return false;
    }
    m_insertItem = prepare("INSERT INTO items(id, document_id, unit_id, parent_id, position, label, ordinal, line, "
                           "text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           sqliteText);
    m_insertTexts = prepare("INSERT INTO search_texts(document_id, segment, texts) VALUES (?, ?, ?)", sqliteText);
    // The chunk's row comes first: search_texts refer to it. finish() fills in its arrays.
    const Statement row = prepare("INSERT OR REPLACE INTO search_index(document_id, format, catalogue, item_ids, "
                                  "unit_ids, parents, offsets, mention_offsets, mentions) "
                                  "VALUES (?, ?, ?, x'', x'', x'', x'', x'', x'')",
                                  sqliteText);
    if (!m_insertItem || !m_insertTexts || !row)
        return false;
    sqlite3_bind_int64(row.get(), 1, m_documentId);
    sqlite3_bind_int(row.get(), 2, SearchChunk::Format);
    sqlite3_bind_text(row.get(), 3, m_chunk.catalogue.constData(), int(m_chunk.catalogue.size()), SQLITE_TRANSIENT);
    return step(row.get(), sqliteText);
}

void ItemWriter::setUnit(int unitIndex, qint64 unitId)
{
    if (m_units.size() <= size_t(unitIndex))
        m_units.resize(size_t(unitIndex) + 1);
    m_units[size_t(unitIndex)].id = unitId;
}

bool ItemWriter::add(const PreparedItem &item, QString *sqliteText)
{
    UnitState &unit = m_units.at(size_t(item.unitIndex));
    const qint64 id = m_nextId++;
    const int position = m_chunk.size();
    sqlite3_bind_int64(m_insertItem.get(), 1, id);
    sqlite3_bind_int64(m_insertItem.get(), 2, m_documentId);
    sqlite3_bind_int64(m_insertItem.get(), 3, unit.id);
    if (item.subItem)
        sqlite3_bind_int64(m_insertItem.get(), 4, unit.lastItemId);
    else
        sqlite3_bind_null(m_insertItem.get(), 4);
    sqlite3_bind_int(m_insertItem.get(), 5, position);
    const QByteArrayView label = item.label();
    const QByteArrayView text = item.text();
    // Never a null pointer: SQLite would store NULL, which the columns refuse.
    sqlite3_bind_text(m_insertItem.get(), 6, label.data() ? label.data() : "", int(label.size()), SQLITE_STATIC);
    sqlite3_bind_int(m_insertItem.get(), 7, item.ordinal);
    sqlite3_bind_int(m_insertItem.get(), 8, item.line);
    sqlite3_bind_text(m_insertItem.get(), 9, text.data() ? text.data() : "", int(text.size()), SQLITE_STATIC);
    if (!step(m_insertItem.get(), sqliteText))
        return false;
    m_chunk.addFoldedItem(id, qint32(unit.id), item.subItem ? unit.lastItemInChunk : -1, item.folded(),
                          item.initiatives.constData(), int(item.initiatives.size()));
    if (!item.subItem) {
        unit.lastItemId = id;
        unit.lastItemInChunk = position;
    }
    return m_chunk.texts.size() < SearchChunk::TextSegment || flushTexts(sqliteText);
}

bool ItemWriter::flushTexts(QString *sqliteText)
{
    if (m_chunk.texts.isEmpty() && m_segment > 0)
        return true;
    const QByteArray texts = m_chunk.takeTexts();
    sqlite3_bind_int64(m_insertTexts.get(), 1, m_documentId);
    sqlite3_bind_int(m_insertTexts.get(), 2, m_segment++);
    sqlite3_bind_blob(m_insertTexts.get(), 3, texts.isNull() ? "" : texts.constData(), int(texts.size()), SQLITE_STATIC);
    return step(m_insertTexts.get(), sqliteText);
}

bool ItemWriter::finish(QString *sqliteText)
{
    if (!flushTexts(sqliteText))
        return false;
    const Statement row = prepare("UPDATE search_index SET item_ids = ?, unit_ids = ?, parents = ?, offsets = ?, "
                                  "mention_offsets = ?, mentions = ? WHERE document_id = ?",
                                  sqliteText);
    if (!row)
        return false;
    const QList<QByteArray> blobs = m_chunk.blobs(); // the texts (blob 4) are stored already
    const int columns[] = {0, 1, 2, 3, 5, 6};
    for (int c = 0; c < 6; ++c) {
        const QByteArray &blob = blobs.at(columns[c]);
        sqlite3_bind_blob(row.get(), c + 1, blob.isNull() ? "" : blob.constData(), int(blob.size()), SQLITE_STATIC);
    }
    sqlite3_bind_int64(row.get(), 7, m_documentId);
    return step(row.get(), sqliteText);
}
