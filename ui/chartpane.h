// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisview.h"

#include <QWidget>

class AtlasSession;
class InitiativeCountModel;
class QChartView;
class QComboBox;
class QLabel;
class QSpinBox;
struct ChartData;

// The initiative bar chart, following the session's region and Top-N. Clicking a bar filters the
// tree to the items mentioning that initiative; hovering lists the provinces.
class ChartPane : public QWidget, public AnalysisView
{
    Q_OBJECT
public:
    explicit ChartPane(AtlasSession *session, QWidget *parent = nullptr);

    const ChartData &chartData() const;
    InitiativeCountModel *model() const { return m_model; }
    QChartView *chartView() const { return m_view; }
    // Acts as a click on the bar showing this initiative; false if there is none.
    bool clickBar(const QString &initiativeId);

    // AnalysisView
    std::unique_ptr<ImageExport::Picture> picture(int width, int height) const override;
    QString automaticHeightText() const override;
    Table table() const override;
    QString exportTitle() const override;
    QString exportBaseName() const override;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildChart();
    void showLoading(bool loading);
    void updateMinimumHeight(int labelLines);
    void retranslate();
    void onBarClicked(int barIndex);
    void onBarHovered(bool status, int barIndex);

    AtlasSession *m_session;
    InitiativeCountModel *m_model;
    QLabel *m_hint;
    QChartView *m_view;
    QWidget *m_chartArea;
    QLabel *m_loading; // instead of the chart while the session reads the items
};
