// SPDX-License-Identifier: GPL-3.0-or-later
#include "kwicmodel.h"

#include "atlassession.h"
#include "plaintext.h"
#include "referencedata.h"
#include "translations.h"

#include <QColor>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <limits>
#include <utility>

namespace {

// Compares two texts read backwards, from their last character: the left context's order.
int compareReversed(const QString &a, const QString &b)
{
    qsizetype i = a.size(), j = b.size();
    while (i > 0 && j > 0) {
        const char16_t x = a.at(--i).unicode(), y = b.at(--j).unicode();
        if (x != y)
            return x < y ? -1 : 1;
    }
    return i > 0 ? 1 : j > 0 ? -1 : 0;
}

bool corpusOrder(const KwicRow &a, const KwicRow &b)
{
    return a.item != b.item ? a.item < b.item : a.start < b.start;
}

} // namespace

KwicModel::KwicModel(AtlasSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // the thread stays: the reader's connection belongs to it
    connect(session, &AtlasSession::filterChanged, this, &KwicModel::restart);
    connect(session, &AtlasSession::chartOptionsChanged, this, [this] {
        if (m_region != m_session->region())
            restart();
    });
    connect(session, &AtlasSession::corpusReset, this, [this] {
        m_reopen = true;
        restart();
    });
}

KwicModel::~KwicModel()
{
    // The reading posts its batches to this model: it must have ended before the model goes. It
    // stops at its next batch, a few milliseconds away.
    cancel();
    m_pool.start([reader = m_reader] { reader->store.close(); }); // on the thread that opened it
    m_pool.waitForDone();
}

void KwicModel::setActive(bool active)
{
    m_active = active;
    if (active && m_dirty)
        restart();
}

void KwicModel::setContext(int characters)
{
    characters = std::clamp(characters, 0, Kwic::MaxContext);
    if (characters == m_context)
        return;
    m_context = characters;
    restart();
}

void KwicModel::cancel()
{
    if (m_job)
        m_job->cancelled = true;
    m_job.reset();
    ++m_generation; // batches already posted are dropped
}

void KwicModel::restart()
{
    cancel();
    const bool hadRows = !m_rows.isEmpty();
    if (hadRows) {
        beginResetModel();
        // A hundred thousand rows take a while to free: not on the UI thread, on a keystroke.
        auto old = std::make_shared<QList<Entry>>(std::move(m_rows));
        m_rows = {};
        QThreadPool::globalInstance()->start([old] { old->clear(); });
    }
    m_count = 0;
    m_error.clear();
    m_firstIn = false;
    if (hadRows)
        endResetModel();

    const KeywordQuery query = m_session->query();
    const QString initiativeId = m_session->initiativeFilter();
    const bool nothing = !m_session->isOpen() || m_session->isLoading() || m_session->isImporting()
                         || ((query.isEmpty() || !query.isValid()) && initiativeId.isEmpty());
    if (nothing || !m_active) {
        m_dirty = !nothing;
        m_state = State::Nothing;
        emit progress();
        return;
    }
    m_dirty = false;
    m_state = State::Counting;
    m_region = m_session->region();
    emit progress();

    const quint64 generation = m_generation;
    auto job = std::make_shared<Job>();
    m_job = job;
    const std::shared_ptr<const CorpusIndex> index = m_session->sharedIndex();
    const Catalogue catalogue = m_session->catalogue();
    // Those of the region chosen above the tabs, like every view's; copied once.
    const auto matches =
        std::make_shared<const MatchSet>(m_session->index().inRegion(m_session->matches(), m_session->region()));
    const QString path = m_session->databasePath();
    const int context = m_context;
    const bool reopen = std::exchange(m_reopen, false);
    m_pool.start([this, job, generation, index, catalogue, matches, path, query, initiativeId, context, reopen,
                  reader = m_reader] {
        if (job->cancelled)
            return;
        auto post = [&](QList<KwicRow> rows, qint64 counted, bool done, bool first, const QString &error) {
            QMetaObject::invokeMethod(
                this,
                [this, generation, rows = std::move(rows), counted, done, first, error]() mutable {
                    receive(generation, std::move(rows), counted, done, first, error);
                },
                Qt::QueuedConnection);
        };
        Store &store = reader->store;
        Diagnostic error;
        if (reopen || reader->path != path || !store.isOpen()) {
            store.close();
            reader->path.clear();
            if (!store.openReadOnly(path, &error))
                return post({}, 0, true, true, error.toString());
            reader->path = path;
        }
        // One read transaction: every batch from the same snapshot as the index, as far as SQLite
        // can tell, even while another program writes.
        QSqlDatabase db = store.database();
        const bool snapshot = db.transaction();
        const Kwic kwic(*index, catalogue, query, catalogue.indexOf(initiativeId), context);
        int next = 0;
        qint64 counted = 0;
        bool first = true;
        const int n = index->itemCount();
        while (!job->cancelled) {
            QList<KwicRow> rows;
            if (!kwic.read(store, *matches, &next, first ? FirstBatchRows : BatchItems,
                           first ? FirstBatchItems : BatchItems, &rows, &error)) {
                post({}, counted, true, first, error.toString());
                break;
            }
            const qint64 held = std::min<qint64>(counted, MaxRows);
            counted += rows.size();
            if (held + rows.size() > MaxRows)
                rows.resize(MaxRows - held); // counted, not held
            const bool done = next >= n;
            post(std::move(rows), counted, done, first, QString());
            first = false;
            if (done)
                break;
        }
        if (snapshot)
            db.commit();
    });
}

void KwicModel::receive(quint64 generation, QList<KwicRow> rows, qint64 counted, bool done, bool first,
                        const QString &error)
{
    if (generation != m_generation)
        return; // a newer reading has started
    if (!rows.isEmpty()) {
        const qsizetype before = m_rows.size();
        qint64 serial = before;
        beginInsertRows(QModelIndex(), int(before), int(before + rows.size() - 1));
        for (KwicRow &row : rows)
            m_rows.append({std::move(row), serial++});
        endInsertRows();
        // Rows come in corpus order; in any other order they are merged in, then laid out.
        if (m_sortColumn >= 0 && !(m_sortColumn == ItemColumn && m_sortOrder == Qt::AscendingOrder))
            reorder(before);
    }
    m_count = counted;
    if (!error.isEmpty()) {
        m_error = error;
        m_state = State::Failed;
    } else if (done) {
        m_state = State::Done;
    }
    if (first) {
        m_firstIn = true;
        emit firstRows();
    }
    emit progress();
}

void KwicModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ProvinceColumn), index(int(m_rows.size()) - 1, ProvinceColumn), {Qt::DisplayRole});
}

bool KwicModel::less(const Entry &a, const Entry &b) const
{
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    int c = 0;
    switch (m_sortColumn) {
    case ProvinceColumn:
        c = a.row.unit - b.row.unit;
        break;
    case LeftColumn:
        c = compareReversed(a.row.left, b.row.left);
        break;
    case MatchColumn:
        c = a.row.match.compare(b.row.match);
        break;
    case RightColumn:
        c = a.row.right.compare(b.row.right);
        break;
    case ItemColumn:
        c = corpusOrder(a.row, b.row) ? -1 : corpusOrder(b.row, a.row) ? 1 : 0;
        break;
    default:
        break;
    }
    if (c != 0)
        return descending ? c > 0 : c < 0;
    // Ties in corpus order, then in order of arrival (two terms found at one place).
    if (corpusOrder(a.row, b.row) || corpusOrder(b.row, a.row))
        return corpusOrder(a.row, b.row);
    return a.serial < b.serial;
}

// Puts the rows in the chosen order: [0, sortedUpTo) already is; the rest is sorted and merged in.
void KwicModel::reorder(qsizetype sortedUpTo)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<qint64> serials;
    serials.reserve(persistent.size());
    for (const QModelIndex &index : persistent)
        serials.append(m_rows.at(index.row()).serial);
    auto byOrder = [this](const Entry &a, const Entry &b) { return less(a, b); };
    std::sort(m_rows.begin() + sortedUpTo, m_rows.end(), byOrder);
    std::inplace_merge(m_rows.begin(), m_rows.begin() + sortedUpTo, m_rows.end(), byOrder);
    if (!persistent.isEmpty()) {
        QHash<qint64, int> rowOf;
        for (const qint64 s : std::as_const(serials))
            rowOf.insert(s, -1);
        for (int r = 0; r < m_rows.size(); ++r)
            if (const auto it = rowOf.find(m_rows.at(r).serial); it != rowOf.end())
                *it = r;
        QModelIndexList after;
        after.reserve(persistent.size());
        for (qsizetype k = 0; k < persistent.size(); ++k)
            after.append(index(rowOf.value(serials.at(k)), persistent.at(k).column()));
        changePersistentIndexList(persistent, after);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void KwicModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reorder(0);
}

bool KwicModel::waitUntilDone(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (m_state == State::Counting && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return m_state != State::Counting;
}

bool KwicModel::waitForFirstRows(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!m_firstIn && m_state == State::Counting && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return m_firstIn;
}

Table KwicModel::table(bool english) const
{
    Table table{Kwic::columns(), {}};
    for (const Entry &entry : m_rows)
        table.addRow(Kwic::tableRow(m_session->index(), entry.row, english));
    return table;
}

bool KwicModel::allRows(bool english, Table *table, Diagnostic *error) const
{
    if (m_state == State::Done && m_count == m_rows.size()) { // all held: in the order shown
        *table = this->table(english);
        return true;
    }
    // Beyond MaxRows, or still counting: every row, read here in corpus order.
    *table = Table{Kwic::columns(), {}};
    const Catalogue &catalogue = m_session->catalogue();
    const CorpusIndex &index = m_session->index();
    const Kwic kwic(index, catalogue, m_session->query(), catalogue.indexOf(m_session->initiativeFilter()), m_context);
    if (kwic.isEmpty())
        return true;
    const MatchSet matches = index.inRegion(m_session->matches(), m_session->region());
    int next = 0;
    QList<KwicRow> rows;
    if (!kwic.read(m_session->store(), matches, &next, std::numeric_limits<int>::max(),
                   std::numeric_limits<int>::max(), &rows, error))
        return false;
    for (const KwicRow &row : std::as_const(rows))
        table->addRow(Kwic::tableRow(index, row, english));
    return true;
}

int KwicModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KwicModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KwicModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KwicRow &row = m_rows.at(index.row()).row;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProvinceColumn:
            return row.unit < m_session->index().units().size()
                       ? m_session->index().units().at(row.unit).name(Translations::isEnglish())
                       : QString();
        case ItemColumn:
            return row.number;
        case LeftColumn:
            return row.left;
        case MatchColumn:
            return row.match;
        case RightColumn:
            return row.right;
        }
        break;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case LeftColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case MatchColumn:
        case ItemColumn:
            return QVariant::fromValue(Qt::AlignHCenter | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::BackgroundRole:
        if (index.column() == MatchColumn)
            return QColor(0xFF, 0xE0, 0x66); // as the detail pane highlights a filter term
        break;
    case Qt::ForegroundRole:
        if (index.column() == MatchColumn)
            return QColor(Qt::black);
        break;
    case Qt::ToolTipRole:
        return plainToolTip(row.left + row.match + row.right);
    case ItemRole:
        return row.item;
    case UnitRole:
        return row.unit;
    }
    return {};
}

QVariant KwicModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProvinceColumn:
        return tr("Province");
    case ItemColumn:
        return tr("Item");
    case LeftColumn:
        return tr("Left context");
    case MatchColumn:
        return tr("Match");
    case RightColumn:
        return tr("Right context");
    }
    return {};
}
