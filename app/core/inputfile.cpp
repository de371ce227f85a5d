// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputfile.h"

#include "textdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace InputFile {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InputFile", text);
}

} // namespace

QString mebibytes(qint64 bytes)
{
    constexpr qint64 MiB = 1024 * 1024;
    if (bytes % MiB == 0)
        return QString::number(bytes / MiB);
    return QString::number(std::ceil(double(bytes) * 10.0 / double(MiB)) / 10.0, 'f', 1);
}

bool check(const QString &path, Diagnostic *error, qint64 maxSize)
{
    const QFileInfo info(path); // stat(): never opens the file, so a pipe cannot block here
    if (!info.exists())
        return true;
    if (!info.isFile())
        return fail(error, {path, 0, tr("not a regular file (a folder, a pipe or a device): give the path of a file")});
    if (info.size() > maxSize)
        return fail(error, {path, 0, tr("the file is %1 MiB; files over %2 MiB are not read")
                                         .arg(mebibytes(info.size()), mebibytes(maxSize))});
    return true;
}

bool readText(const QString &path, QByteArray *bytes, Diagnostic *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, {path, 0, tr("cannot read the file: %1").arg(file.errorString())});
    QByteArray read;
    // The size is a hint (one more byte tells a file that grew), taken whole only up to a few
    // blocks: a sparse file of hundreds of megabytes must not have them reserved before its
    // first block shows it is binary. Past that, the buffer grows as the text arrives.
    read.reserve(qsizetype(std::clamp<qint64>(file.size() + 1, 1, 16 * ReadBlock)));
    bool utf16 = false; // NUL bytes are half of its ASCII
    for (;;) {
        const qsizetype at = read.size();
        const qint64 want = std::min(ReadBlock, MaxSize + 1 - at);
        read.resize(at + qsizetype(want));
        const qint64 got = file.read(read.data() + at, want);
        if (got < 0)
            return fail(error, {path, 0, tr("cannot read the file: %1").arg(file.errorString())});
        read.resize(at + qsizetype(got));
        if (got == 0)
            break;
        if (at == 0)
            utf16 = read.startsWith("\xFF\xFE") || read.startsWith("\xFE\xFF");
        // Binary: the decoder names the first NUL byte's line from what was read so far, as it
        // would from the whole file.
        if (!utf16 && std::memchr(read.constData() + at, 0, size_t(got)) && !decodeUtf8(read, path, nullptr, error))
            return false;
        if (read.size() > MaxSize)
            return fail(error, {path, 0, tr("the file grew past %1 MiB while it was read; files over %1 MiB are not "
                                            "read")
                                             .arg(mebibytes(MaxSize))});
    }
    *bytes = std::move(read);
    return true;
}

} // namespace InputFile
