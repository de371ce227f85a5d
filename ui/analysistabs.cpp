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

AnalysisTabs::AnalysisTabs(AtlasSession *session, QWidget *parent)
    : QTabWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("analysisTabs"));
    setDocumentMode(true);
    m_options = new ViewOptionsBar(session, this);
    setCornerWidget(m_options, Qt::TopRightCorner);
    m_chart = addView(new ChartPane(session, this), QStringLiteral("chart"), QT_TR_NOOP("Chart"));
    addView(new HeatmapPane(session, this), QStringLiteral("heatmap"), QT_TR_NOOP("Heat map"));
    addView(new TileMapPane(session, this), QStringLiteral("map"), QT_TR_NOOP("Map"));
    m_kwic = addView(new KwicPane(session, this), QStringLiteral("kwic"), QT_TR_NOOP("In context"));
    retranslate();
    showView(Settings::value(Settings::Key::FrontView).toString());
    connect(this, &QTabWidget::currentChanged, this,
            [this] { Settings::setValue(Settings::Key::FrontView, currentViewName()); });
}

template<typename Pane>
Pane *AnalysisTabs::addView(Pane *pane, const QString &name, const char *title)
{
    pane->setObjectName(name + QStringLiteral("Pane"));
    m_tabs.append({pane, pane, name, title});
    addTab(pane, QString());
    return pane;
}

AnalysisView *AnalysisTabs::currentView() const
{
    const int at = currentIndex();
    return at >= 0 && at < m_tabs.size() ? m_tabs.at(at).view : nullptr;
}

QString AnalysisTabs::currentViewName() const
{
    const int at = currentIndex();
    return at >= 0 && at < m_tabs.size() ? m_tabs.at(at).name : QString();
}

bool AnalysisTabs::showView(const QString &name)
{
    for (int t = 0; t < m_tabs.size(); ++t)
        if (m_tabs.at(t).name == name) {
            setCurrentIndex(t);
            return true;
        }
    return false;
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
    const Table table = view->table();
    if (!TableWriter::parseFormat(format, &tableFormat) || table.columns.isEmpty())
        return fail(error, {path, 0, tr("this view cannot be saved as \"%1\"").arg(format)});
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
