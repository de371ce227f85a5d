// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QString>

class Catalogue;

// What `policy-atlas check` found in a database file.
struct CheckReport
{
    Diagnostics problems; // each names the file
    int documents = 0;
    qint64 items = 0;
    // The database follows another catalogue than the one given: its stored mentions could not
    // be computed again, and were only checked to name initiatives it has.
    bool mentionsCompared = true;
    // Some problems are in derived data (or rows another tool left behind) that
    // Store::rebuildSearchIndex, `policy-atlas repair`, rebuilds from the tables.
    bool repairable = false;
};

// Checks a database file without writing to it: its structure (PRAGMA integrity_check, every page
// and index), its schema (tables, application id, version), its foreign keys, and its derived
// data (every document's search index present, following the stored catalogue, consistent, and
// equal to the one built from the tables). false, with the message any other command gives, for
// a file that cannot be checked at all: missing, unreadable, not a Policy Atlas database, damaged.
namespace DatabaseCheck {
bool run(const QString &path, const Catalogue &catalogue, CheckReport *report, Diagnostic *error);
}
