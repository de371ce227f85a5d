// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysistabs.h"

#include "analysisview.h"
#include "chartpane.h"
#include "settings.h"
#include "tilemappane.h"

#include <QEvent>

AnalysisTabs::AnalysisTabs(AtlasSession *session, QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("analysisTabs"));
    setDocumentMode(true);
    m_chart = addView(new ChartPane(session, this), QStringLiteral("chart"), QT_TR_NOOP("Chart"));
    addView(new TileMapPane(session, this), QStringLiteral("map"), QT_TR_NOOP("Map"));
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
