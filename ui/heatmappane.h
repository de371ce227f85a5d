// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisview.h"

#include <QWidget>

class AtlasSession;
class HeatmapModel;
class QLabel;
class QTableView;

// The heat map: provinces (grouped by region) × the chart's initiatives, each cell shaded by
// its number of mentioning items, with row totals, the provinces row and a legend. It follows
// the keyword filter, the region and Top-N like the chart (their controls are the chart's).
//
// Clicks, so that selecting and sorting both work from the headers:
// - a cell: filters the tree to that province's items mentioning that initiative (the
//   initiative filter, shown as a chip like a bar's, and the province selected); again: off;
// - a province's name: selects the province; an initiative's name: selects the initiative (the
//   same filter as a bar of the chart; again: off);
// - the "Total" column's header: sorts the provinces by their total within each region, and
//   back into region order; the "Provinces" row's header: sorts the initiatives into catalogue
//   order, and back by their provinces (the chart's order). The hint above the table and the
//   headers' tooltips say so.
// It recomputes only while shown (the tab in front); hidden, it notes that it is out of date.
class HeatmapPane : public QWidget, public AnalysisView
{
    Q_OBJECT
public:
    explicit HeatmapPane(AtlasSession *session, QWidget *parent = nullptr);

    HeatmapModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }

    // AnalysisView
    std::unique_ptr<ImageExport::Picture> picture(int width, int height) const override;
    QString automaticHeightText() const override;
    Table table() const override;
    QString copyText() const override;
    QString exportTitle() const override;
    QString exportBaseName() const override;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onCellClicked(const QModelIndex &index);
    void onColumnHeaderClicked(int section);
    void onRowHeaderClicked(int section);
    void updateLayout();
    void retranslate();
    void ensureCurrent() const;

    AtlasSession *m_session;
    HeatmapModel *m_model;
    QTableView *m_table;
    QLabel *m_hint;
    QLabel *m_scope; // the region, filter and Top-N the numbers are for (set on the chart's tab)
    QWidget *m_legend;
};
