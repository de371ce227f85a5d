// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

class AnalysisView;
class AtlasSession;
class ChartPane;
class KwicPane;

// The right-hand side of the window: one tab per analysis view (chart, heat map, map, in
// context), all following the same session. Remembers the view in front.
class AnalysisTabs : public QTabWidget
{
    Q_OBJECT
public:
    explicit AnalysisTabs(AtlasSession *session, QWidget *parent = nullptr);

    ChartPane *chartPane() const { return m_chart; }
    KwicPane *kwicPane() const { return m_kwic; }
    AnalysisView *currentView() const;
    // Brings the view with this name ("chart", …) to the front; false if there is none.
    bool showView(const QString &name);
    QString currentViewName() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    template<typename Pane>
    Pane *addView(Pane *pane, const QString &name, const char *title);
    void retranslate();

    struct Tab
    {
        QWidget *widget;
        AnalysisView *view;
        QString name;
        const char *title;
    };
    QList<Tab> m_tabs;
    ChartPane *m_chart = nullptr;
    KwicPane *m_kwic = nullptr;
};
