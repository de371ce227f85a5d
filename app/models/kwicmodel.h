// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kwic.h"
#include "store.h"

#include <QAbstractTableModel>
#include <QList>
#include <QThreadPool>

#include <atomic>
#include <memory>

class AtlasSession;

// Keyword in context for what the session shows: the occurrences of the filter's terms and of the
// chosen initiative's wording in the items the filter lets through (Kwic), one row each, with
// the province, the item's number and the text each side.
//
// The rows are read on a thread of the model's own, with a read-only connection of its own: the
// first batch comes at once, the rest as they are found (rows are appended), while state() is
// Counting; count() is every occurrence found so far. Beyond MaxRows occurrences are counted but
// not held. Every filterChanged() and corpusReset() drops the running reading (it stops at its
// next batch; the UI thread never waits for it) and starts again, but only while the model is
// active (the view is shown): an inactive model does no work and starts when activated.
//
// sort() orders by province, item (corpus order), left context (read backwards from the match,
// as concordancers do), match, or right context; rows that arrive later are merged into the order.
class KwicModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ProvinceColumn, ItemColumn, LeftColumn, MatchColumn, RightColumn, ColumnCount };
    enum Role {
        ItemRole = Qt::UserRole + 1, // int: the item's index in the session's index
        UnitRole, // int: the unit's index
    };
    enum class State {
        Nothing, // no term and no initiative: nothing to look for (or no database)
        Counting, // rows are being read
        Done,
        Failed, // errorText() says why
    };
    static constexpr int MaxRows = 100000; // held for the view; table() has them all
    static constexpr int FirstBatchRows = 100; // the first screen and more
    static constexpr int FirstBatchItems = 500;
    static constexpr int BatchItems = 2000;

    explicit KwicModel(AtlasSession *session, QObject *parent = nullptr);
    ~KwicModel() override;

    void setActive(bool active);
    bool isActive() const { return m_active; }
    void setContext(int characters); // Kwic::DefaultContext by default
    int context() const { return m_context; }

    State state() const { return m_state; }
    qint64 count() const { return m_count; } // occurrences found so far
    QString errorText() const { return m_error; }
    const KwicRow &rowAt(int row) const { return m_rows.at(row).row; }
    int itemAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row).row.item : -1; }
    // The rows held, in the model's order, as the command line's `kwic` writes them.
    Table table(bool english) const;
    // Every row, also those beyond MaxRows or not yet counted (read on this thread, in corpus
    // order, when the view does not hold them all): what an export writes. False (and *error) if
    // the database cannot be read.
    bool allRows(bool english, Table *table, Diagnostic *error) const;
    // Processes events until the reading is done (or failed) or timeoutMs passed (tests, benchmarks).
    bool waitUntilDone(int timeoutMs = 30000);
    // Processes events until the current reading's first batch is in (firstRows()); the time from
    // filterChanged() to here is what the first screen costs (make bench).
    bool waitForFirstRows(int timeoutMs = 30000);
    bool hasFirstRows() const { return m_firstIn; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

public slots:
    void restart(); // reads again from the start (if active)
    void retranslate(); // the headers and province names follow the language

signals:
    void progress(); // count() or state() changed
    void firstRows(); // the first batch of a reading is in (it may hold no rows)

private:
    struct Entry
    {
        KwicRow row;
        qint64 serial = 0; // arrival order: keeps persistent indexes through a sort
    };
    struct Job
    {
        std::atomic<bool> cancelled{false};
    };
    // The reading's connection, opened on the pool's one thread and used only there: kept from
    // one reading to the next (opening costs more than the first screen's reading).
    struct Reader
    {
        Store store;
        QString path;
    };
    void cancel();
    void receive(quint64 generation, QList<KwicRow> rows, qint64 counted, bool done, bool first, const QString &error);
    bool less(const Entry &a, const Entry &b) const;
    void reorder(qsizetype sortedUpTo);

    AtlasSession *m_session;
    QThreadPool m_pool; // one thread: a dropped reading ends before the next starts
    std::shared_ptr<Job> m_job;
    std::shared_ptr<Reader> m_reader = std::make_shared<Reader>();
    bool m_reopen = false; // the corpus was reset: the next reading opens the database again
    quint64 m_generation = 0;
    bool m_active = false;
    bool m_dirty = true; // the filter changed while inactive
    int m_context = Kwic::DefaultContext;
    QList<Entry> m_rows;
    qint64 m_count = 0;
    State m_state = State::Nothing;
    QString m_error;
    QString m_region; // of the reading under way or done
    bool m_firstIn = false; // the current reading's first batch has arrived
    int m_sortColumn = -1; // -1: corpus order
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
