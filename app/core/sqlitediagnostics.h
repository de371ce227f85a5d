// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QString>
#include <QStringView>

class QSqlDatabase;

// What SQLite reports, said so that a researcher knows what is wrong with the database file and
// what to do about it; SQLite's own words follow in brackets for whoever needs them.
namespace SqliteDiagnostics {

enum class Problem {
    Other, // anything not listed here: SQLite's text is shown as it is
    ReadOnly, // the file, or the folder SQLite must create its -wal/-shm files in, cannot be written
    Busy, // another program holds the write lock (longer than the busy timeout)
    Damaged, // the file's structure is broken
    NotADatabase,
    DiskFull,
    CannotOpen,
    IoError,
};

// Classifies SQLite's message (as in QSqlError::text() or databaseText()).
Problem classify(QStringView sqliteText);
// The same, and a full disk also where SQLite says no more than "disk I/O error": it says that
// when it cannot make its shared-memory file (-shm) the size it needs, which is the first thing
// a read of a database in WAL mode does. What the system reported (ENOSPC) is asked of db's
// connection, on which the failure happened.
Problem classify(const QSqlDatabase &db, QStringView sqliteText);
// A problem with getting at the file (read-only, busy, cannot open, I/O), not with its content.
bool isAccessProblem(QStringView sqliteText);
// The plain-language explanation of a problem; empty for Other and NotADatabase.
QString explanation(Problem problem);
// "what: explanation (SQLite: ...)" for a known problem, "what: sqliteText" otherwise.
QString describe(const QString &what, const QString &sqliteText);
// The same, for a problem known otherwise (classify(db, text)); SQLite's own words stay in brackets.
QString describe(const QString &what, const QString &sqliteText, Problem problem);

// Starts a write transaction with BEGIN IMMEDIATE, so that the connection's busy timeout applies
// while another program is writing. (A plain BEGIN that has already read cannot wait for the
// write lock in WAL mode: SQLite fails it at once with "database is locked".)
bool beginWrite(QSqlDatabase &db, QString *sqliteText);

// Quick: every page of every table and index (PRAGMA quick_check), what each open runs. Full:
// also that every index agrees with its table (PRAGMA integrity_check), for `check` and `repair`.
enum class Depth { Quick, Full };

// Reads the structure of the whole file. A damaged database fails with a message naming the
// file; nothing is written.
bool checkIntegrity(const QSqlDatabase &db, const QString &path, Diagnostic *error, Depth depth = Depth::Quick);

} // namespace SqliteDiagnostics
