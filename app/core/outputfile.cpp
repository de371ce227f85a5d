// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OutputFile", text);
}

bool isDiskFull(int code)
{
    return code == ENOSPC || code == EDQUOT;
}

// Why a write failed, in words: "the disk is full" rather than the system's "No space left on
// device"; other reasons as the system says them.
QString writeFailure(int code, const QString &systemText)
{
    if (isDiskFull(code) || systemText == qt_error_string(ENOSPC) || systemText == qt_error_string(EDQUOT))
        return QCoreApplication::translate("OutputFile", "the disk is full"); // spelled out for lupdate
    if (code != 0)
        return QString::fromLocal8Bit(std::strerror(code));
    return systemText;
}

} // namespace

// Passes every write on to the file whole, or fails it: a short count from the file (the disk
// filled up in the middle of a write) is retried, which then reports the disk's error.
class OutputFile::CheckedWriter : public QIODevice
{
public:
    explicit CheckedWriter(QSaveFile *file)
        : m_file(file)
    {
    }
    bool isSequential() const override { return true; }
    bool failed = false;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        if (failed)
            return -1;
        for (qint64 done = 0; done < length;) {
            const qint64 written = m_file->write(data + done, length - done);
            if (written <= 0) {
                // The system's reason, from the write that failed: a file device may keep its
                // error without one ("Unknown error").
                const int code = errno;
                failed = true;
                setErrorString(writeFailure(code, m_file->errorString()));
                return -1;
            }
            done += written;
        }
        return length;
    }

private:
    QSaveFile *m_file;
};

OutputFile::OutputFile(const QString &path, const QString &databaseInUse)
    : m_path(path)
    , m_database(databaseInUse)
    , m_file(path)
    , m_writer(std::make_unique<CheckedWriter>(&m_file))
{
}

OutputFile::~OutputFile() = default; // an uncommitted QSaveFile removes its temporary file

QIODevice *OutputFile::device()
{
    return m_writer.get();
}

bool OutputFile::writeFailed() const
{
    return m_writer->failed || m_file.error() != QFileDevice::NoError;
}

bool OutputFile::isDatabaseFile(const QString &databasePath, const QString &path)
{
    // By canonical path; a file that does not exist yet (the -journal SQLite makes during a write,
    // and deletes as a journal afterwards) by its folder's canonical path and its name.
    auto canonical = [](const QString &file) {
        const QFileInfo info(file);
        if (const QString existing = info.canonicalFilePath(); !existing.isEmpty())
            return existing;
        const QString folder = info.absoluteDir().canonicalPath();
        return folder.isEmpty() ? QString() : folder + u'/' + info.fileName();
    };
    const QString target = canonical(path);
    if (target.isEmpty() || databasePath.isEmpty())
        return false;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        if (canonical(databasePath + QLatin1String(suffix)) == target)
            return true;
    return false;
}

bool OutputFile::checkTarget(const QString &path, const QString &databaseInUse, Diagnostic *error)
{
    if (isDatabaseFile(databaseInUse, path))
        return fail(error, {path, 0, tr("this is the database in use; choose another file")});
    const QFileInfo info(path); // follows links: a link to /dev/full is a device
    if (info.exists() && !info.isFile())
        return fail(error, {path, 0, tr("not a regular file (a folder, a pipe or a device); nothing was written: "
                                        "choose a file name")});
    if (!info.exists() && info.isSymLink())
        return fail(error, {path, 0, tr("a symbolic link to %1, which does not exist; nothing was written: choose a "
                                        "file name")
                                         .arg(info.symLinkTarget())});
    return true;
}

bool OutputFile::open(Diagnostic *error)
{
    if (!checkTarget(m_path, m_database, error))
        return false;
    if (!m_file.open(QIODevice::WriteOnly))
        return fail(error, {m_path, 0, tr("cannot write the file: %1").arg(m_file.errorString())});
    m_writer->open(QIODevice::WriteOnly);
    return true;
}

bool OutputFile::failWrite(Diagnostic *error)
{
    const QString reason = m_writer->failed ? m_writer->errorString() : writeFailure(0, m_file.errorString());
    cancel();
    return fail(error, {m_path, 0, tr("cannot write the file: %1; a file already there was left as it was").arg(reason)});
}

void OutputFile::cancel()
{
    m_writer->close();
    if (!m_file.isOpen())
        return;
    m_file.cancelWriting();
    m_file.commit(); // after cancelWriting(): removes the temporary file, touches nothing else
}

bool OutputFile::commit(Diagnostic *error)
{
    // QSaveFile::commit() closes the file, flushing what is still buffered, but does not see that
    // last flush fail (Qt 6.4): a full disk then left a truncated file in the target's place and
    // a success. So the flush is made, and checked, here.
    if (!m_file.flush() || writeFailed())
        return failWrite(error);
    m_writer->close();
    if (!m_file.commit())
        return fail(error, {m_path, 0, tr("cannot write the file: %1; a file already there was left as it was")
                                           .arg(writeFailure(0, m_file.errorString()))});
    return true;
}
