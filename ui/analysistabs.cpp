// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysistabs.h"

#include "analysisview.h"
#include "atlassession.h"
#include "chartpane.h"
#include "heatmappane.h"
#include "kwicpane.h"
#include "settings.h"
#include "tilemappane.h"
#include "viewoptionsbar.h"

#include <QEvent>
#include <QVBoxLayout>

AnalysisTabs::AnalysisTabs(AtlasSession *session, QWidget *parent)
    : QTabWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("analysisTabs"));
    setDocumentMode(true);
    m_options = new ViewOptionsBar(session, this);
    setCornerWidget(m_options, Qt::TopRightCorner);
    addView(QStringLiteral("chart"), QT_TR_NOOP("Chart"), [session] {
        auto *pane = new ChartPane(session);
        return Made{pane, pane};
    });
    addView(QStringLiteral("heatmap"), QT_TR_NOOP("Heat map"), [session] {
        auto *pane = new HeatmapPane(session);
        return Made{pane, pane};
    });
    addView(QStringLiteral("map"), QT_TR_NOOP("Map"), [session] {
        auto *pane = new TileMapPane(session);
        return Made{pane, pane};
    });
    addView(QStringLiteral("kwic"), QT_TR_NOOP("In context"), [this, session] {
        auto *pane = new KwicPane(session);
        connect(pane, &KwicPane::itemActivated, this, &AnalysisTabs::itemActivated);
        return Made{pane, pane};
    });
    retranslate();
    showView(Settings::value(Settings::Key::FrontView).toString());
    made(currentIndex());
    connect(this, &QTabWidget::currentChanged, this, [this](int tab) {
        made(tab);
        Settings::setValue(Settings::Key::FrontView, currentViewName());
    });
}

void AnalysisTabs::addView(const QString &name, const char *title, std::function<Made()> make)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs.append({page, std::move(make), {nullptr, nullptr}, name, title});
    addTab(page, QString());
}

const AnalysisTabs::Made &AnalysisTabs::made(int tab) const
{
    Tab &t = m_tabs[tab];
    if (!t.view.widget) {
        t.view = t.make();
        t.view.widget->setObjectName(t.name + QStringLiteral("Pane"));
        t.page->layout()->addWidget(t.view.widget);
    }
    return t.view;
}

int AnalysisTabs::indexOf(const QString &name) const
{
    for (int t = 0; t < m_tabs.size(); ++t)
        if (m_tabs.at(t).name == name)
            return t;
    return -1;
}

ChartPane *AnalysisTabs::chartPane() const
{
    return static_cast<ChartPane *>(made(indexOf(QStringLiteral("chart"))).widget);
}

KwicPane *AnalysisTabs::kwicPane() const
{
    return static_cast<KwicPane *>(made(indexOf(QStringLiteral("kwic"))).widget);
}

AnalysisView *AnalysisTabs::currentView() const
{
    const int at = currentIndex();
    return at >= 0 && at < m_tabs.size() ? made(at).view : nullptr;
}

QString AnalysisTabs::currentViewName() const
{
    const int at = currentIndex();
    return at >= 0 && at < m_tabs.size() ? m_tabs.at(at).name : QString();
}

bool AnalysisTabs::showView(const QString &name)
{
    const int at = indexOf(name);
    if (at >= 0)
        setCurrentIndex(at);
    return at >= 0;
}

bool AnalysisTabs::exportCurrentView(const QString &path, const QString &format, int width, int height, double scale,
                                     Diagnostic *error) const
{
    const AnalysisView *view = currentView();
    if (!view)
        return fail(error, {path, 0, tr("there is no view to export")});
    if (format == QLatin1String("png") || format == QLatin1String("svg")) {
        const auto picture = view->hasPicture() ? view->picture(width, height) : nullptr;
        if (!picture)
            return fail(error, {path, 0, tr("this view is a table: export it as CSV, JSON or Excel")});
        return ImageExport::save(*picture, path, scale, m_session->databasePath(), error);
    }
    TableWriter::Format tableFormat;
    if (!TableWriter::parseFormat(format, &tableFormat) || !view->hasTable())
        return fail(error, {path, 0, tr("this view cannot be saved as \"%1\"").arg(format)});
    Table table;
    if (!view->exportTable(&table, error))
        return false;
    return table.save(path, tableFormat, m_session->databasePath(), error);
}

void AnalysisTabs::retranslate()
{
    for (int t = 0; t < m_tabs.size(); ++t)
        setTabText(t, tr(m_tabs.at(t).title));
}

void AnalysisTabs::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabWidget::changeEvent(event);
}
