// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QSaveFile>
#include <QString>

#include <memory>

// A file the program writes for the user: a chart, exported items, a generated corpus. It is
// written to a temporary file in the same folder and renamed over the target only after the
// whole content was written and flushed without an error, so a failed write (a full disk)
// leaves the file that was there as it was. Refused before anything is written: a target that
// is neither a regular file nor a new path (a folder, a device, a pipe, a link to one, a link
// to nothing), and the database in use, under any of its names.
//
//     OutputFile out(path, store.path());
//     if (!out.open(&error)) return false;
//     … write to out.device() …
//     return out.commit(&error);
//
// Destroyed without commit(), it removes its temporary file and leaves the target alone.
class OutputFile
{
public:
    // databaseInUse: the open database (with its -wal, -shm and -journal files), never written over.
    explicit OutputFile(const QString &path, const QString &databaseInUse = QString());
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    bool open(Diagnostic *error);
    // What to write to. A write the disk takes only in part is a failed write here (a file device
    // reports it as a shorter count, which QTextStream, and so QSvgGenerator, drop silently).
    QIODevice *device();
    // Whether a write has failed so far.
    bool writeFailed() const;
    // Flushes, checks and renames over the target; on failure the target is left as it was.
    bool commit(Diagnostic *error);
    // Gives up because of a failed write: false, with that failure as the message.
    bool failWrite(Diagnostic *error);
    // Gives up for another reason (the content could not be made): nothing is written.
    void cancel();

    static bool checkTarget(const QString &path, const QString &databaseInUse, Diagnostic *error);
    // True when path is the database (or its -wal, -shm, -journal file), by canonical path.
    static bool isDatabaseFile(const QString &databasePath, const QString &path);

private:
    class CheckedWriter;

    QString m_path;
    QString m_database;
    QSaveFile m_file;
    std::unique_ptr<CheckedWriter> m_writer;
};
