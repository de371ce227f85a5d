// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupdatabase.h"

#include "atlassession.h"
#include "builtin.h"
#include "messagebox.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace StartupDatabase {

Outcome open(AtlasSession *session, const QString &path, bool namedByUser, QWidget *parent, Diagnostic *error)
{
    if (!BuiltIn::checkDatabasePath(path, error))
        return Outcome::Failed;
    if (namedByUser && !QFileInfo::exists(path)
        && !MessageBox::confirm(parent, QCoreApplication::translate("StartupDatabase", "Create a New Database?"),
                                QCoreApplication::translate("StartupDatabase",
                                                            "There is no database at %1.\n\nCreate a new one there? "
                                                            "It starts with the built-in corpus.")
                                    .arg(Diagnostic::displayName(path)),
                                QCoreApplication::translate("StartupDatabase", "Create")))
        return Outcome::Declined;
    // The window shows the units at once; the items follow from another thread once it has been
    // painted (AtlasSession::startLoading).
    return session->openInBackground(path, error, AtlasSession::Start::Later) ? Outcome::Opened : Outcome::Failed;
}

} // namespace StartupDatabase
