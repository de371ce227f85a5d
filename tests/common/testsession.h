// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the tests that run over an AtlasSession (the models and ui tests): an
// isolated settings environment, resetting the session's filters between tests, and looking up
// units and items of the seed corpus by their Chinese text.
#pragma once

#include "atlassession.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

namespace TestSession {

// Settings and standard paths of the test's own, emptied: never the user's.
inline void isolateSettings(const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PolicyAtlasTests"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings().clear();
}

// No keyword or initiative filter, no region, no top-N limit.
inline void resetFilters(AtlasSession &session)
{
    session.clearFilters();
    session.setRegion(QString());
    session.setTopN(0);
}

// The index of the unit named nameZh in the session's index, or -1.
inline int unitNamed(const AtlasSession &session, const QString &nameZh)
{
    const auto &units = session.index().units();
    for (int u = 0; u < units.size(); ++u)
        if (units.at(u).nameZh == nameZh)
            return u;
    return -1;
}

// The index item of the unit named unitZh whose text is text, or -1.
inline int itemWithText(const AtlasSession &session, const QString &unitZh, const QString &text)
{
    const int u = unitNamed(session, unitZh);
    if (u < 0)
        return -1;
    const auto &unit = session.index().units().at(u);
    for (int i = unit.firstItem; i < unit.firstItem + unit.itemCount; ++i)
        if (session.store().item(session.index().itemId(i)).text == text)
            return i;
    return -1;
}

} // namespace TestSession
