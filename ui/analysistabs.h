// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

class AnalysisView;
class AtlasSession;
struct Diagnostic;
class ChartPane;
class ViewOptionsBar;
class KwicPane;

// The right-hand side of the window: one tab per analysis view (chart, heat map, map, in
// context), all following the same session. Remembers the view in front.
class AnalysisTabs : public QTabWidget
{
    Q_OBJECT
public:
    explicit AnalysisTabs(AtlasSession *session, QWidget *parent = nullptr);

    ChartPane *chartPane() const { return m_chart; }
    ViewOptionsBar *optionsBar() const { return m_options; } // region and Top-N, for every view
    KwicPane *kwicPane() const { return m_kwic; }
    AnalysisView *currentView() const;
    // Brings the view with this name ("chart", …) to the front; false if there is none.
    bool showView(const QString &name);
    QString currentViewName() const;
    // Writes the view in front: format "png" or "svg" (at width × height points, height 0: the
    // view's own; PNG at scale pixels per point), or "csv", "json", "xlsx" (its numbers).
    bool exportCurrentView(const QString &path, const QString &format, int width, int height, double scale,
                           Diagnostic *error) const;

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
    AtlasSession *m_session;
    QList<Tab> m_tabs;
    ChartPane *m_chart = nullptr;
    ViewOptionsBar *m_options = nullptr;
    KwicPane *m_kwic = nullptr;
};
