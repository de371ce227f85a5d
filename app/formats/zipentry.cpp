// SPDX-License-Identifier: GPL-3.0-or-later
#include "zipentry.h"

#include <QFile>

#include <unzip.h>

#include <algorithm>

ZipArchive::ZipArchive(const QString &path)
    : m_path(path)
{
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        unzClose(m_zip);
}

bool ZipArchive::open()
{
    const QByteArray path = QFile::encodeName(m_path);
    m_zip = unzOpen64(path.constData());
    if (!m_zip)
        return false;
    int status = unzGoToFirstFile(m_zip);
    while (status == UNZ_OK) {
        unz_file_info64 info;
        char name[1024];
        if (unzGetCurrentFileInfo64(m_zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK)
            return false;
        const QByteArray stored(name, qsizetype(std::min<uLong>(info.size_filename, sizeof name - 1)));
        m_names.insert(QString::fromUtf8(stored).toLower(), stored);
        status = unzGoToNextFile(m_zip);
    }
    return status == UNZ_END_OF_LIST_OF_FILE;
}

bool ZipArchive::contains(const QString &name) const
{
    return m_names.contains(name.toLower());
}

ZipArchive::Result ZipArchive::read(const QString &name, qint64 maxSize, QByteArray *out)
{
    const auto found = m_names.constFind(name.toLower());
    if (found == m_names.constEnd())
        return Result::Missing;
    if (unzLocateFile(m_zip, found->constData(), 1) != UNZ_OK)
        return Result::Damaged;
    unz_file_info64 info;
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return Result::Damaged;
    if (qint64(info.uncompressed_size) > maxSize)
        return Result::TooLarge;
    if (unzOpenCurrentFile(m_zip) != UNZ_OK)
        return Result::Damaged;
    struct CloseEntry
    {
        void *zip;
        bool closed = false;
        int close()
        {
            closed = true;
            return unzCloseCurrentFile(zip);
        }
        ~CloseEntry()
        {
            if (!closed)
                unzCloseCurrentFile(zip);
        }
    } entry{m_zip};
    QByteArray bytes;
    bytes.reserve(qsizetype(std::max<qint64>(0, std::min<qint64>(qint64(info.uncompressed_size), maxSize))));
    char chunk[64 * 1024];
    for (;;) {
        const int n = unzReadCurrentFile(m_zip, chunk, sizeof chunk);
        if (n < 0)
            return Result::Damaged;
        if (n == 0)
            break;
        if (bytes.size() + n > maxSize)
            return Result::TooLarge;
        bytes.append(chunk, n);
    }
    // A wrong checksum (the archive was altered or cut off) shows only when the entry is closed.
    if (entry.close() != UNZ_OK)
        return Result::Damaged;
    *out = std::move(bytes);
    return Result::Ok;
}
