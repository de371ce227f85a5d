// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitediagnostics.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <sqlite3.h>

#include <cerrno>

namespace SqliteDiagnostics {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SqliteDiagnostics", text);
}

// sqlite3_errstr() texts: fixed in SQLite's source, the same in every version and locale.
struct Known
{
    const char *text;
    Problem problem;
};
const Known KnownTexts[] = {
    {"attempt to write a readonly database", Problem::ReadOnly},
    {"database is locked", Problem::Busy},
    {"database table is locked", Problem::Busy},
    {"database disk image is malformed", Problem::Damaged},
    {"file is not a database", Problem::NotADatabase},
    {"database or disk is full", Problem::DiskFull},
    {"unable to open database file", Problem::CannotOpen},
    {"disk I/O error", Problem::IoError},
};

const Known *find(QStringView text)
{
    for (const Known &known : KnownTexts)
        if (text.contains(QLatin1StringView(known.text)))
            return &known;
    return nullptr;
}

} // namespace

Problem classify(QStringView sqliteText)
{
    const Known *known = find(sqliteText);
    return known ? known->problem : Problem::Other;
}

namespace {

// The errno of the last system call that failed under db's connection, or 0 when it cannot be
// known. As for the import's writer (ItemWriter): the handle is only asked when Qt's driver uses
// the SQLite library linked here, which Debian's QSQLITE does.
int systemErrno(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return 0;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return 0;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return 0;
    const int code = sqlite3_system_errno(connection); // before the query below, which could set another
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("SELECT sqlite_version()")) || !version.next()
        || version.value(0).toString() != QString::fromLatin1(sqlite3_libversion()))
        return 0;
    return code;
}

} // namespace

Problem classify(const QSqlDatabase &db, QStringView sqliteText)
{
    const Problem problem = classify(sqliteText);
    if (problem == Problem::IoError) {
        const int code = systemErrno(db);
        if (code == ENOSPC || code == EDQUOT)
            return Problem::DiskFull;
    }
    return problem;
}

bool isAccessProblem(QStringView sqliteText)
{
    switch (classify(sqliteText)) {
    case Problem::ReadOnly:
    case Problem::Busy:
    case Problem::CannotOpen:
    case Problem::IoError:
        return true;
    default:
        return false;
    }
}

QString explanation(Problem problem)
{
    switch (problem) {
    case Problem::ReadOnly:
        return tr("the database cannot be written: the file, or the folder it is in, is read-only (check their "
                  "permissions, or choose another database)");
    case Problem::Busy:
        return tr("the database is in use by another program that is writing to it; Policy Atlas waited, then gave "
                  "up (try again when that program has finished)");
    case Problem::Damaged:
        return tr("the database file is damaged (restore it from a backup; \"sqlite3 FILE .recover\" may rescue "
                  "its content)");
    case Problem::DiskFull:
        return tr("the disk is full");
    case Problem::CannotOpen:
        return tr("the file cannot be opened (check that its folder exists and can be written)");
    case Problem::IoError:
        return tr("the disk could not be read or written");
    case Problem::NotADatabase:
    case Problem::Other:
        break;
    }
    return {};
}

QString describe(const QString &what, const QString &sqliteText)
{
    return describe(what, sqliteText, classify(sqliteText));
}

QString describe(const QString &what, const QString &sqliteText, Problem problem)
{
    const Known *known = find(sqliteText);
    const QString explained = known ? explanation(problem) : QString();
    if (explained.isEmpty())
        return QStringLiteral("%1: %2").arg(what, sqliteText.trimmed());
    return tr("%1: %2; nothing was changed (SQLite: %3)").arg(what, explained, QLatin1StringView(known->text));
}

bool beginWrite(QSqlDatabase &db, QString *sqliteText)
{
    QSqlQuery begin(db);
    if (begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    if (sqliteText)
        *sqliteText = begin.lastError().text();
    return false;
}

bool checkIntegrity(const QSqlDatabase &db, const QString &path, Diagnostic *error, Depth depth)
{
    auto damaged = [&](const QString &details) {
        return fail(error, {path, 0, tr("%1; it was left unchanged (SQLite: %2)").arg(explanation(Problem::Damaged), details)});
    };
    auto failed = [&](const QSqlError &sqlError) {
        const QString text = sqlError.text();
        const Problem problem = classify(text);
        if (problem == Problem::Damaged || problem == Problem::NotADatabase) // too damaged even to be checked
            return damaged(QLatin1StringView(find(text)->text));
        return fail(error, {path, 0, describe(tr("cannot read the database"), text)});
    };
    QSqlQuery check(db);
    check.setForwardOnly(true);
    // quick_check verifies every page of every table and index, but not that indexes agree with
    // their tables: linear in the size of the file. integrity_check also compares them.
    if (!check.exec(depth == Depth::Full ? QStringLiteral("PRAGMA integrity_check(5)") : QStringLiteral("PRAGMA quick_check(5)")))
        return failed(check.lastError());
    QStringList problems;
    while (check.next())
        problems.append(check.value(0).toString().remove(QStringLiteral("*** in database main ***")).simplified());
    if (check.lastError().isValid())
        return failed(check.lastError());
    if (problems == QStringList{QStringLiteral("ok")})
        return true;
    return damaged(problems.join(QStringLiteral("; ")));
}

} // namespace SqliteDiagnostics
