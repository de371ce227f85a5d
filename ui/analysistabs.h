// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

#include <functional>

class AnalysisView;
class AtlasSession;
struct Diagnostic;
class ChartPane;
class KwicPane;
class ViewOptionsBar;

// The right-hand side of the window: one tab per analysis view (chart, heat map, map, in
// context), all following the same session. Remembers the view in front. A view is made when its
// tab is first shown (or asked for), so that views the user does not open cost the window's
// start nothing.
class AnalysisTabs : public QTabWidget
{
    Q_OBJECT
public:
    explicit AnalysisTabs(AtlasSession *session, QWidget *parent = nullptr);

    ChartPane *chartPane() const;
    KwicPane *kwicPane() const;
    ViewOptionsBar *optionsBar() const { return m_options; } // region and Top-N, for every view
    AnalysisView *currentView() const;
    // Brings the view with this name ("chart", "heatmap", "map", "kwic") to the front; false if
    // there is none.
    bool showView(const QString &name);
    QString currentViewName() const;
    // Writes the view in front: format "png" or "svg" (at width × height points, height 0: the
    // view's own; PNG at scale pixels per point), or "csv", "json", "xlsx" (its numbers).
    bool exportCurrentView(const QString &path, const QString &format, int width, int height, double scale,
                           Diagnostic *error) const;

signals:
    void itemActivated(int item); // a line in context was double-clicked: show its item

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Made
    {
        QWidget *widget;
        AnalysisView *view;
    };
    void addView(const QString &name, const char *title, std::function<Made()> make);
    int indexOf(const QString &name) const;
    const Made &made(int tab) const; // makes the tab's view if it is not yet
    void retranslate();

    struct Tab
    {
        QWidget *page; // the tab's page; the view is made into it
        std::function<Made()> make;
        Made view{nullptr, nullptr};
        QString name;
        const char *title;
    };
    AtlasSession *m_session;
    mutable QList<Tab> m_tabs;
    ViewOptionsBar *m_options = nullptr;
};
