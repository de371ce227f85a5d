// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlassession.h"

#include "builtin.h"
#include "corpusparser.h"
#include "referencedata.h"
#include "sqlitediagnostics.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QScopeGuard>
#include <QtConcurrent>

AtlasSession::AtlasSession(QObject *parent)
    : QObject(parent)
    , m_catalogue(Catalogue::builtIn())
    , m_store(std::make_unique<Store>())
{
}

AtlasSession::~AtlasSession() = default;

bool AtlasSession::setCatalogueFile(const QString &path, Diagnostic *error)
{
    if (path.isEmpty()) {
        m_catalogue = Catalogue::builtIn();
        return true;
    }
    Catalogue catalogue;
    if (!Catalogue::loadFile(path, &catalogue, error))
        return false;
    m_catalogue = catalogue;
    return true;
}

bool AtlasSession::open(const QString &databasePath, Diagnostic *error, BuiltIn::Seed seed)
{
    auto store = std::make_unique<Store>();
    CorpusIndex index;
    // Both must succeed before anything is replaced: on failure the session keeps what it had.
    if (!BuiltIn::openDatabase(store.get(), databasePath, m_catalogue, seed, error)
        || !index.load(*store, ReferenceData::builtIn(), m_catalogue, error))
        return false;
    m_store = std::move(store);
    m_dataVersion = m_store->dataVersion();
    installIndex(std::move(index));
    return true;
}

bool AtlasSession::openInBackground(const QString &databasePath, Diagnostic *error, Start start)
{
    auto store = std::make_unique<Store>();
    CorpusIndex outline;
    if (!BuiltIn::openDatabase(store.get(), databasePath, m_catalogue, BuiltIn::Seed::IfCreated, error,
                               BuiltIn::Check::BeforeFirstWrite)
        || !outline.loadOutline(*store, ReferenceData::builtIn(), error))
        return false;
    m_store = std::move(store);
    m_dataVersion = m_store->dataVersion();
    installIndex(std::move(outline), false, true); // the units, without counts yet
    m_loadWaiting = true;
    if (start == Start::Now)
        startLoading();
    return true;
}

void AtlasSession::startLoading()
{
    if (!std::exchange(m_loadWaiting, false) || !m_loading)
        return;
    loadInBackground();
}

void AtlasSession::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

// The whole index, read through a connection of its own on another thread.
void AtlasSession::loadInBackground()
{
    const quint64 generation = m_loadGeneration;
    const QString path = m_store->path();
    const Catalogue catalogue = m_catalogue;
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_loadGeneration)
            return; // an import, a reload or another database came first
        Loaded loaded = watcher->result();
        if (!loaded.ok) {
            close();
            emit loadFailed(loaded.error);
            return;
        }
        installIndex(std::move(loaded.index), true);
        checkInBackground();
    });
    watcher->setFuture(QtConcurrent::run([path, catalogue] {
        Loaded loaded;
        Store store;
        loaded.ok = store.openReadOnly(path, &loaded.error)
                    && loaded.index.load(store, ReferenceData::builtIn(), catalogue, &loaded.error);
        // A file damaged where the index reads fails there first: the check says so in words.
        Diagnostic damaged;
        if (!loaded.ok && store.isOpen() && !SqliteDiagnostics::checkIntegrity(store.database(), path, &damaged))
            loaded.error = damaged;
        return loaded;
    }));
}

// The whole file's structure, read on another thread once the window shows the corpus: a
// damaged file closes the session with the message; a sound one needs no check before a write.
void AtlasSession::checkInBackground()
{
    if (m_store->isVerified())
        return;
    const quint64 generation = m_loadGeneration;
    const QString path = m_store->path();
    auto *watcher = new QFutureWatcher<Diagnostic>(this);
    connect(watcher, &QFutureWatcher<Diagnostic>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_loadGeneration || !isOpen())
            return;
        const Diagnostic problem = watcher->result();
        if (problem.isEmpty()) {
            m_store->setVerified();
            return;
        }
        close();
        emit loadFailed(problem);
    });
    watcher->setFuture(QtConcurrent::run([path] {
        Store store;
        Diagnostic problem;
        if (store.openReadOnly(path, &problem))
            SqliteDiagnostics::checkIntegrity(store.database(), path, &problem);
        return problem;
    }));
}

AtlasSession::External AtlasSession::reloadIfChangedElsewhere(Diagnostic *error)
{
    if (!isOpen() || m_importing || m_loading) // a background load reads the newest data anyway
        return External::Unchanged;
    const qint64 version = m_store->dataVersion();
    if (version < 0 || version == m_dataVersion)
        return External::Unchanged;
    if (!reloadKeepingFilters(error)) // drops a filter still running on the old index
        return External::Failed;
    m_dataVersion = version;
    emit documentsChanged();
    emit changedElsewhere();
    return External::Reloaded;
}

void AtlasSession::watchForChanges(int intervalMs)
{
    if (intervalMs <= 0) {
        delete std::exchange(m_watch, nullptr);
        return;
    }
    if (!m_watch) {
        m_watch = new QTimer(this);
        connect(m_watch, &QTimer::timeout, this, [this] {
            Diagnostic error;
            if (reloadIfChangedElsewhere(&error) == External::Failed) {
                m_dataVersion = m_store->dataVersion(); // report a failure once, not every interval
                emit reloadFailed(error);
            }
        });
    }
    m_watch->start(intervalMs);
}

void AtlasSession::close()
{
    cancelFilter();
    ++m_loadGeneration;
    setLoading(false);
    m_store = std::make_unique<Store>();
    m_index = std::make_shared<const CorpusIndex>();
    m_documents.clear();
    m_initiative.clear();
    recompute();
    emit corpusReset();
}

bool AtlasSession::isOpen() const
{
    return m_store && m_store->isOpen();
}

QString AtlasSession::databasePath() const
{
    return m_store ? m_store->path() : QString();
}

bool AtlasSession::importFiles(const ImportRequest &request, ImportReport *report, Diagnostic *error)
{
    if (!isOpen()) // the window after a start-up whose database could not be opened
        return fail(error, {QString(), 0, tr("no database is open: open or create one with File → Open Database")});
    // A progress callback may let events run: a filter still running finishes first, so that no
    // result arrives (and has the tree read the database) in the middle of the import.
    if (m_pending)
        waitForFilter();
    // One transaction for all files: on failure none of them is in the database.
    QList<ImportResult> results;
    {
        m_importing = true;
        const auto done = qScopeGuard([this] { m_importing = false; });
        if (!m_store->importFiles(request, ReferenceData::builtIn(), m_catalogue, &results, error))
            return false;
    }
    for (const ImportResult &result : std::as_const(results)) {
        const ParsedDocument &doc = result.document;
        if (!report)
            continue;
        report->warnings += doc.warnings;
        report->lines.append(result.alreadyImported
                                 ? tr("%1: already imported; nothing changed").arg(doc.fileName)
                                 : tr("%1: %2 provinces, %3 items").arg(doc.fileName, QString::number(result.units), QString::number(result.items)));
    }
    if (report)
        report->results = results;
    return reloadIndex(error);
}

bool AtlasSession::reloadIndex(Diagnostic *error)
{
    CorpusIndex index;
    if (!index.load(*m_store, ReferenceData::builtIn(), m_catalogue, error))
        return false;
    installIndex(std::move(index));
    return true;
}

void AtlasSession::installIndex(CorpusIndex &&index, bool keepInitiative, bool loading)
{
    cancelFilter();
    m_loadWaiting = false;
    ++m_loadGeneration;
    m_index = std::make_shared<const CorpusIndex>(std::move(index));
    m_documents = m_store->documents();
    if (!keepInitiative || m_index->initiativeIndex(m_initiative) < 0)
        m_initiative.clear();
    if (!keepInitiative || m_index->indexOfUnit(m_currentUnitId) < 0)
        m_currentUnitId = -1;
    recompute();
    setLoading(loading); // before corpusReset(): views that reload read the new state
    emit corpusReset();
}

AtlasSession::FilterResult AtlasSession::computeFilter(const CorpusIndex &index, const KeywordQuery &query,
                                                       const QString &initiativeId)
{
    FilterResult result;
    result.keywordMatches = index.match(query);
    const int initiative = initiativeId.isEmpty() ? -1 : index.initiativeIndex(initiativeId);
    result.matches = initiative < 0 ? result.keywordMatches : index.match(query, initiative);
    return result;
}

void AtlasSession::recompute()
{
    FilterResult result = computeFilter(*m_index, m_query, m_initiative);
    m_keywordMatches = std::move(result.keywordMatches);
    m_matches = std::move(result.matches);
}

// On a large corpus the matching runs on another thread, so that typing never waits for it;
// a newer filter makes an older result stale, and a stale result is dropped when it arrives.
void AtlasSession::applyFilter()
{
    if (m_index->itemCount() < m_asyncThreshold) {
        cancelFilter();
        recompute();
        emit filterChanged();
        return;
    }
    const quint64 generation = ++m_generation;
    std::shared_ptr<const CorpusIndex> index = m_index;
    const KeywordQuery query = m_query;
    const QString initiative = m_initiative;
    auto *watcher = new QFutureWatcher<FilterResult>(this);
    connect(watcher, &QFutureWatcher<FilterResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer filter is on its way
        FilterResult result = watcher->result();
        m_keywordMatches = std::move(result.keywordMatches);
        m_matches = std::move(result.matches);
        m_pending = false;
        emit filterChanged();
    });
    m_pending = true;
    emit filteringStarted();
    watcher->setFuture(QtConcurrent::run([index, query, initiative] { return computeFilter(*index, query, initiative); }));
}

void AtlasSession::cancelFilter()
{
    ++m_generation; // results still running will be dropped
    m_pending = false;
}

bool AtlasSession::waitForFilter(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (m_pending && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return !m_pending;
}

void AtlasSession::setKeywordFilter(const QString &text)
{
    if (text == m_query.text())
        return;
    m_query = KeywordQuery(text);
    applyFilter();
}

void AtlasSession::setInitiativeFilter(const QString &id)
{
    if (id == m_initiative)
        return;
    m_initiative = id;
    applyFilter();
}

void AtlasSession::clearFilters()
{
    if (m_query.isEmpty() && m_initiative.isEmpty())
        return;
    m_query = KeywordQuery();
    m_initiative.clear();
    applyFilter();
}

void AtlasSession::setRegion(const QString &regionId)
{
    if (regionId == m_region)
        return;
    m_region = regionId;
    emit chartOptionsChanged();
}

int AtlasSession::currentUnit() const
{
    return m_currentUnitId < 0 ? -1 : m_index->indexOfUnit(m_currentUnitId);
}

void AtlasSession::setCurrentUnit(int unit)
{
    const qint64 id = unit >= 0 && unit < m_index->units().size() ? m_index->units().at(unit).id : -1;
    if (id == m_currentUnitId)
        return;
    m_currentUnitId = id;
    emit currentUnitChanged(currentUnit());
}

void AtlasSession::setTopN(int top)
{
    if (top == m_topN)
        return;
    m_topN = top;
    emit chartOptionsChanged();
}

bool AtlasSession::removeDocuments(const QList<qint64> &ids, RemovedDocuments *removed, Diagnostic *error)
{
    if (!isOpen())
        return fail(error, {QString(), 0, tr("no database is open: open or create one with File → Open Database")});
    DocumentCatalog catalog(*m_store);
    if (!catalog.remove(ids, removed, error))
        return false;
    if (!reloadKeepingFilters(error))
        return false;
    emit documentsChanged();
    return true;
}

bool AtlasSession::setDocumentYear(qint64 id, int year, Diagnostic *error)
{
    if (!isOpen())
        return fail(error, {QString(), 0, tr("no database is open: open or create one with File → Open Database")});
    DocumentCatalog catalog(*m_store);
    if (!catalog.setYear(id, year, error))
        return false;
    m_documents = m_store->documents();
    emit documentsChanged();
    return true;
}

// Like an import's reload, except that the initiative filter stays while its initiative exists:
// removing a document changes the corpus, not what the user is looking for.
bool AtlasSession::reloadKeepingFilters(Diagnostic *error)
{
    CorpusIndex index;
    if (!index.load(*m_store, ReferenceData::builtIn(), m_catalogue, error))
        return false;
    installIndex(std::move(index), true);
    return true;
}
