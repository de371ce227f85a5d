// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// A ZIP archive (the container of .docx and .xlsx files) opened for reading, through minizip
// (Debian's libminizip, the same library libxlsxwriter writes workbooks with: a second ZIP
// library that exports minizip's names with other signatures, as QuaZip does, cannot share
// a process with it). Entry names are matched regardless of case, as the Office Open XML
// packaging rules say.
class ZipArchive
{
public:
    explicit ZipArchive(const QString &path);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool open(); // false: not an archive minizip can read (damaged, cut off)
    bool contains(const QString &name) const;

    enum class Result { Ok, Missing, TooLarge, Damaged };
    // The unpacked bytes of one entry, refused past maxSize (a small archive can unpack to
    // gigabytes): whatever its header claims, no more than maxSize + 1 bytes are unpacked.
    Result read(const QString &name, qint64 maxSize, QByteArray *out);

private:
    QString m_path;
    void *m_zip = nullptr; // unzFile
    QHash<QString, QByteArray> m_names; // lower-case name → name in the archive, as stored
};
