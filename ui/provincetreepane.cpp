// SPDX-License-Identifier: GPL-3.0-or-later
#include "provincetreepane.h"

#include "atlassession.h"
#include "provincetreemodel.h"
#include "treefilterproxy.h"

#include <QEvent>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
// Beyond this many matching items, matches are not all expanded: the tree would be a wall of text.
constexpr int MaxExpandedMatches = 300;
} // namespace

ProvinceTreePane::ProvinceTreePane(AtlasSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_view(new QTreeView(this))
{
    // Slots run in the order they were connected: this one before the model's and the proxy's,
    // so that rows the filter hides do not move the selection to a row the user never chose.
    connect(session, &AtlasSession::filterChanged, this, [this] { m_refiltering = true; });
    m_model = new ProvinceTreeModel(session, this);
    m_proxy = new TreeFilterProxy(session, this);
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("provinceTree"));
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProvinceTreePane::onCurrentChanged);
    connect(session, &AtlasSession::filterChanged, this, [this] {
        m_refiltering = false;
        expandMatches();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            m_view->expand(m_proxy->index(r, 0));
        // After the views have heard of the reset (the detail pane clears itself on it).
        QMetaObject::invokeMethod(this, &ProvinceTreePane::restoreSelection, Qt::QueuedConnection);
    });
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        m_view->expand(m_proxy->index(r, 0));
    // A province chosen in another view (the heat map's row, the map's tile) is selected here.
    connect(session, &AtlasSession::currentUnitChanged, this, [this](int unit) {
        if (unit >= 0 && unit != m_selectedUnit)
            selectUnit(unit);
    });
}

void ProvinceTreePane::expandMatches()
{
    const MatchSet &matches = m_session->matches();
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex region = m_proxy->index(r, 0);
        m_view->expand(region);
        for (int u = 0; u < m_proxy->rowCount(region); ++u) {
            const QModelIndex unit = m_proxy->index(u, 0, region);
            const bool expand = !matches.all && matches.itemCount <= MaxExpandedMatches;
            m_view->setExpanded(unit, expand);
            // The filter change dropped the province's loaded items; an expanded province loads
            // the ones the new filter lets through now.
            if (m_view->isExpanded(unit) && m_proxy->canFetchMore(unit))
                m_proxy->fetchMore(unit);
        }
    }
    // Keep what the user was reading when the filter still lets it through; otherwise clear the
    // selection and the detail pane, never move to something the user did not choose.
    {
        const QSignalBlocker blocker(m_view->selectionModel());
        if (m_selectedItem >= 0 && selectItem(m_selectedItem))
            return;
        if (m_selectedItem < 0 && m_selectedUnit >= 0 && selectUnit(m_selectedUnit))
            return;
        if (!m_view->currentIndex().isValid() && m_selectedItem < 0 && m_selectedUnit < 0)
            return; // nothing was selected, nothing is
        if (m_selectedItem < 0 && m_selectedUnit < 0 && m_view->currentIndex().isValid()) {
            m_view->scrollTo(m_view->currentIndex()); // a region row: it is never hidden alone
            return;
        }
        m_view->selectionModel()->clear();
    }
    m_selectedItem = m_selectedUnit = -1;
    m_selection = {};
    emit nothingSelected();
}

// The same database reloaded (another program imported into it, a document was removed): the
// item or province the user had selected, found again by its id, if it is still there and the
// filter lets it through.
void ProvinceTreePane::restoreSelection()
{
    const CorpusIndex &index = m_session->index();
    const bool sameDatabase = !m_selection.database.isEmpty() && m_selection.database == m_session->databasePath();
    const int item = sameDatabase && m_selection.itemId >= 0 ? index.indexOfItem(m_selection.itemId) : -1;
    const int unit = sameDatabase && m_selection.unitId >= 0 ? index.indexOfUnit(m_selection.unitId) : -1;
    m_selectedItem = m_selectedUnit = -1;
    bool selected = false;
    {
        const QSignalBlocker blocker(m_view->selectionModel());
        selected = m_selection.itemId >= 0 ? item >= 0 && selectItem(item) : unit >= 0 && selectUnit(unit);
    }
    if (!selected) {
        m_selection = {};
        return;
    }
    m_selectedItem = m_selection.itemId >= 0 ? item : -1;
    m_selectedUnit = unit;
    if (m_selectedItem >= 0)
        emit itemSelected(m_selectedItem);
    else
        emit unitSelected(m_selectedUnit);
}

void ProvinceTreePane::onCurrentChanged()
{
    if (m_model->isDroppingItems() || m_refiltering)
        return; // the filter changed; expandMatches() restores the selection or clears it
    const QModelIndex current = m_view->currentIndex();
    m_selectedItem = current.isValid() ? current.data(ProvinceTreeModel::ItemIndexRole).toInt() : -1;
    m_selectedUnit = current.isValid() ? current.data(ProvinceTreeModel::UnitIndexRole).toInt() : -1;
    const CorpusIndex &index = m_session->index();
    m_selection.database = m_session->databasePath();
    m_selection.itemId = m_selectedItem >= 0 ? index.itemId(m_selectedItem) : -1;
    m_selection.unitId = m_selectedUnit >= 0 ? index.units().at(m_selectedUnit).id : -1;
    m_session->setCurrentUnit(m_selectedUnit); // the other views show it too
    if (!current.isValid()) {
        emit nothingSelected();
        return;
    }
    using Kind = ProvinceTreeModel::Kind;
    switch (Kind(current.data(ProvinceTreeModel::KindRole).toInt())) {
    case Kind::Region:
        emit nothingSelected();
        break;
    case Kind::Unit:
        emit unitSelected(current.data(ProvinceTreeModel::UnitIndexRole).toInt());
        break;
    case Kind::Item:
    case Kind::SubItem:
        emit itemSelected(current.data(ProvinceTreeModel::ItemIndexRole).toInt());
        break;
    }
}

bool ProvinceTreePane::selectItem(int item)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexForItem(item));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

bool ProvinceTreePane::selectUnit(int unit)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexForUnit(unit));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void ProvinceTreePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_model->refreshLabels();
    QWidget::changeEvent(event);
}
