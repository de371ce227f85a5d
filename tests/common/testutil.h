// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the tests; Qt Core only.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// A QString from a UTF-8 literal ("上海市"), for the Chinese text the tests compare against.
inline QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

// The whole content of a file, or nothing if it cannot be read.
inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
