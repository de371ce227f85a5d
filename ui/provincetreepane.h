// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class AtlasSession;
class ProvinceTreeModel;
class QTreeView;
class TreeFilterProxy;

// The province tree (region → province → item → sub-item) with its own filter proxy.
class ProvinceTreePane : public QWidget
{
    Q_OBJECT
public:
    explicit ProvinceTreePane(AtlasSession *session, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    ProvinceTreeModel *model() const { return m_model; }
    // Selects (and reveals) the item or unit; returns false when the filter hides it.
    bool selectItem(int item);
    bool selectUnit(int unit);

signals:
    void itemSelected(int item);
    void unitSelected(int unit);
    void nothingSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onCurrentChanged();
    void restoreSelection();
    void expandMatches();

    AtlasSession *m_session;
    int m_selectedItem = -1; // what the user selected, kept across filter changes
    int m_selectedUnit = -1;
    // The same selection by database ids, to find it again after the corpus reloads.
    struct Selection
    {
        QString database;
        qint64 itemId = -1;
        qint64 unitId = -1;
    } m_selection;
    bool m_refiltering = false; // between a filter change and the end of the proxy's refilter
    ProvinceTreeModel *m_model;
    TreeFilterProxy *m_proxy;
    QTreeView *m_view;
};
