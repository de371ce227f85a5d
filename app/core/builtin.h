// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QString>

class Catalogue;
class Store;

namespace BuiltIn {
// The seed corpus shipped as a resource.
QString corpusPath();
// Where the database lives unless --db says otherwise: AppDataLocation/policy-atlas.sqlite.
QString defaultDatabasePath();

enum class Seed { IfCreated, Never };
// When the whole file's structure is checked (PRAGMA quick_check): at once, before anything is
// read (the command line), or only before the first write (the window, which checks in the
// background after it has shown; Store::verifyBeforeWrite).
enum class Check { Now, BeforeFirstWrite };

// false, with a message, for names that SQLite takes for a database that is never a file: the
// empty name (a temporary database) and ":memory:". Everything imported there would be lost.
bool checkDatabasePath(const QString &path, Diagnostic *error);

// Opens the database at path (creating its folder and file if needed; refusing what
// checkDatabasePath refuses), fills a newly created
// one with the built-in corpus when asked to, and brings its mentions up to date with the
// catalogue. On failure the file is left as it was.
bool openDatabase(Store *store, const QString &path, const Catalogue &catalogue, Seed seed, Diagnostic *error,
                  Check check = Check::Now);
}
