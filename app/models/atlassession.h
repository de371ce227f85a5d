// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "builtin.h"
#include "catalogue.h"
#include "corpusindex.h"
#include "corpusparser.h"
#include "diagnostic.h"
#include "importrequest.h"
#include "documentcatalog.h"
#include "keywordquery.h"
#include "store.h"

#include <QObject>
#include <QTimer>
#include <QStringList>

#include <functional>
#include <memory>

struct ImportReport
{
    QStringList lines; // one per file: what was imported
    Diagnostics warnings;
    QList<ImportResult> results; // one per file, with what the parser found (title, source, warnings…)
};

// The open database and what the user is looking at: the keyword filter, the initiative picked
// from the chart, and the chart's region and Top-N. Models and views observe it; nothing here
// knows about widgets.
class AtlasSession : public QObject
{
    Q_OBJECT
public:
    explicit AtlasSession(QObject *parent = nullptr);
    ~AtlasSession() override;

    // Uses this catalogue for every database opened afterwards (empty path: the built-in one).
    bool setCatalogueFile(const QString &path, Diagnostic *error);
    // A new database gets the built-in corpus unless seed says Never (the command line's import).
    bool open(const QString &databasePath, Diagnostic *error, BuiltIn::Seed seed = BuiltIn::Seed::IfCreated);
    // The window's open: the database, its units and initiatives at once (corpusReset(), with
    // isLoading() true), then the items' index on another thread: loadingChanged(false) after a
    // corpusReset() when it is in, or loadFailed() (the session closes). The file's structure is
    // checked after that, in the background too; a damaged file also ends in loadFailed(). Writes
    // before then check it first (Store::verifyBeforeWrite).
    // Later::Start: the load waits for startLoading() (the window calls it once it has been
    // painted, so that reading the items never delays the first frame).
    enum class Start { Now, Later };
    bool openInBackground(const QString &databasePath, Diagnostic *error, Start start = Start::Now);
    void startLoading();
    bool isLoading() const { return m_loading; }
    void close();
    // Imports all the request's files or, if any of them cannot be read, none, with the titles
    // and years it corrects. Its progress (optional) hears the share read so far, 0 to 1, on
    // this thread; returning false cancels: nothing is imported.
    bool importFiles(const ImportRequest &request, ImportReport *report, Diagnostic *error);

    // Removes the documents and everything derived from them, all or none (DocumentCatalog), then
    // reloads the index: the keyword filter stays, and the initiative filter too while the
    // initiative exists. corpusReset() and documentsChanged() follow.
    bool removeDocuments(const QList<qint64> &ids, RemovedDocuments *removed, Diagnostic *error);
    // Stores the document's year (0: not known); documentsChanged() follows. Nothing else
    // changes: the index, the tree and the chart hold no years.
    bool setDocumentYear(qint64 id, int year, Diagnostic *error);

    // Notices when another program (a second window, the command line) has written to the open
    // database since this session last read it, and reloads: the filters stay (the initiative
    // while it exists); corpusReset() and changedElsewhere() follow. Not while importing.
    enum class External { Unchanged, Reloaded, Failed };
    External reloadIfChangedElsewhere(Diagnostic *error);
    // Checks every intervalMs on this thread's event loop (the window; 0 stops). A failed reload
    // is reported through reloadFailed().
    void watchForChanges(int intervalMs);

    bool isOpen() const;
    // True while importFiles runs (its progress callback may let events through): the database
    // then holds rows that may yet be rolled back, and views must not load any.
    bool isImporting() const { return m_importing; }
    QString databasePath() const;
    const Store &store() const { return *m_store; }
    const CorpusIndex &index() const { return *m_index; }
    // The same index, for work on another thread that must keep it while the session reloads.
    std::shared_ptr<const CorpusIndex> sharedIndex() const { return m_index; }
    const Catalogue &catalogue() const { return m_catalogue; }
    QList<DocumentRecord> documents() const { return m_documents; }

    QString keywordText() const { return m_query.text(); }
    const KeywordQuery &query() const { return m_query; }
    QString initiativeFilter() const { return m_initiative; } // initiative id, or empty
    const MatchSet &matches() const { return m_matches; } // keyword and initiative: what the tree shows
    const MatchSet &keywordMatches() const { return m_keywordMatches; } // keyword only: what the chart counts

    // True while a filter runs on another thread (large corpora only); matches() are the previous ones.
    bool isFiltering() const { return m_pending; }
    // Processes events until the running filter, if any, has been applied (tests, benchmarks).
    bool waitForFilter(int timeoutMs = 30000);
    // Corpora with at least this many items are filtered off the UI thread (default 100000).
    void setAsyncThreshold(int items) { m_asyncThreshold = items; }

    QString region() const { return m_region; } // region id, empty for all
    int topN() const { return m_topN; } // 0: all
    // The province selected in any view (tree, heat map, map), so that every view shows it; -1:
    // none. Kept across a reload of the same database while the province is there.
    int currentUnit() const;

public slots:
    void setKeywordFilter(const QString &text);
    void setInitiativeFilter(const QString &id);
    void clearFilters();
    void setRegion(const QString &regionId);
    void setTopN(int top);
    void setCurrentUnit(int unit); // -1: none

signals:
    void corpusReset(); // a database was opened or changed: everything reloads
    void filterChanged(); // matches() changed
    void filteringStarted(); // a filter runs on another thread; filterChanged() follows
    void chartOptionsChanged(); // region or top N changed
    void currentUnitChanged(int unit);
    void documentsChanged(); // documents were removed, or a year changed: documents() is new
    void changedElsewhere(); // another program wrote to the database; the session has reloaded
    void reloadFailed(const Diagnostic &error); // the watch noticed a change but could not reload
    void loadingChanged(bool loading); // openInBackground: the index started or finished loading
    void loadFailed(const Diagnostic &error); // openInBackground: index or check failed; closed

private:
    struct FilterResult
    {
        MatchSet keywordMatches;
        MatchSet matches;
    };
    static FilterResult computeFilter(const CorpusIndex &index, const KeywordQuery &query, const QString &initiative);
    struct Loaded
    {
        CorpusIndex index;
        Diagnostic error;
        bool ok = false;
    };
    bool reloadIndex(Diagnostic *error);
    // Replaces the index (a background load still running is dropped); keepInitiative: the
    // initiative filter stays while the initiative exists; loading: an outline, the index follows.
    void installIndex(CorpusIndex &&index, bool keepInitiative = false, bool loading = false);
    bool reloadKeepingFilters(Diagnostic *error);
    void loadInBackground();
    void checkInBackground();
    void setLoading(bool loading);
    void recompute();
    void applyFilter();
    void cancelFilter();

    Catalogue m_catalogue;
    std::unique_ptr<Store> m_store;
    std::shared_ptr<const CorpusIndex> m_index = std::make_shared<const CorpusIndex>();
    QList<DocumentRecord> m_documents;
    KeywordQuery m_query;
    QString m_initiative;
    MatchSet m_keywordMatches;
    MatchSet m_matches;
    QString m_region;
    int m_topN = 0;
    qint64 m_currentUnitId = -1; // the unit's database id
    int m_asyncThreshold = 100000;
    quint64 m_generation = 0;
    bool m_pending = false;
    bool m_importing = false;
    bool m_loading = false;
    bool m_loadWaiting = false; // openInBackground(…, Start::Later) until startLoading()
    quint64 m_loadGeneration = 0; // a background load or check for an older one is dropped
    qint64 m_dataVersion = -1; // the database's data_version when this session last read it
    QTimer *m_watch = nullptr;
};
