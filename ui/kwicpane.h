// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisview.h"

#include <QWidget>

class AtlasSession;
class KwicModel;
class QLabel;
class QSpinBox;
class QTableView;

// Keyword in context: every occurrence of the filter's words and of the chosen initiative's
// wording, one row each, the left context right-aligned against the highlighted match and the
// right context after it. The rows are read while the pane is shown (KwicModel); the label says
// how many there are, or how many so far. Double-clicking a row asks for its item to be shown.
class KwicPane : public QWidget, public AnalysisView
{
    Q_OBJECT
public:
    explicit KwicPane(AtlasSession *session, QWidget *parent = nullptr);

    KwicModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *countLabel() const { return m_count; }
    QSpinBox *contextSpin() const { return m_context; }

    // AnalysisView: a table, no picture.
    std::unique_ptr<ImageExport::Picture> picture(int width, int height) const override;
    bool hasPicture() const override { return false; }
    bool hasTable() const override { return true; }
    bool exportTable(Table *table, Diagnostic *error) const override;
    QString automaticHeightText() const override;
    Table table() const override;
    QString copyText() const override;
    QString exportTitle() const override;
    QString exportBaseName() const override;

signals:
    // A row was double-clicked: show this item (index into the session's
    // index) in the tree and the detail pane.
    void itemActivated(int item);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateCount();
    void retranslate();
    void fitMatchColumn();

    AtlasSession *m_session;
    KwicModel *m_model;
    QLabel *m_count;
    QLabel *m_contextLabel;
    QSpinBox *m_context;
    QTableView *m_view;
};
