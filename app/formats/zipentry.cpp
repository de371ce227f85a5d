// SPDX-License-Identifier: GPL-3.0-or-later
#include "zipentry.h"

#include <quazip.h>
#include <quazipfile.h>

ZipArchive::ZipArchive(const QString &path)
    : m_zip(std::make_unique<QuaZip>(path))
{
}

ZipArchive::~ZipArchive() = default;

bool ZipArchive::open()
{
    if (!m_zip->open(QuaZip::mdUnzip))
        return false;
    const QStringList names = m_zip->getFileNameList();
    if (m_zip->getZipError() != 0)
        return false;
    for (const QString &name : names)
        m_names.insert(name.toLower(), name);
    return true;
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
    if (!m_zip->setCurrentFile(*found, QuaZip::csSensitive))
        return Result::Damaged;
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return Result::Damaged;
    if (file.usize() > maxSize)
        return Result::TooLarge;
    QByteArray bytes;
    bytes.reserve(qsizetype(std::max<qint64>(0, std::min<qint64>(file.usize(), maxSize))));
    char chunk[64 * 1024];
    for (;;) {
        const qint64 n = file.read(chunk, sizeof chunk);
        if (n < 0)
            return Result::Damaged;
        if (n == 0)
            break;
        if (bytes.size() + n > maxSize)
            return Result::TooLarge;
        bytes.append(chunk, qsizetype(n));
    }
    file.close();
    // A wrong checksum (the archive was altered or cut off) shows only when the entry is closed.
    if (file.getZipError() != 0)
        return Result::Damaged;
    *out = std::move(bytes);
    return Result::Ok;
}
