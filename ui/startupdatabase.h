// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QString>

class AtlasSession;
class QWidget;

// The database the window starts with. The default one is created, with the built-in corpus,
// without a question; a file named with --db that does not exist is created only when the user
// says so (MessageBox::confirm, which tests answer beforehand): a mistyped name must not quietly
// become a new database.
namespace StartupDatabase {
enum class Outcome {
    Opened,
    Declined, // a new file was not wanted: nothing was created, the session has no database
    Failed, // error says why; nothing was created
};

Outcome open(AtlasSession *session, const QString &path, bool namedByUser, QWidget *parent, Diagnostic *error);
}
