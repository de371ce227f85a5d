// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QString>

// A file given to import, before anything reads it. Whatever a path names, an import must not
// block (a named pipe with no writer), read without end (/dev/zero) or hold gigabytes it will
// refuse anyway: CorpusParser::parseFile checks every file here before it, or the reader of
// another format, opens it, and reads plain text with readText().
namespace InputFile {
// Larger files are refused before a byte is read (so are .docx and .xlsx parts that would
// unpack to more).
constexpr qint64 MaxSize = qint64(512) * 1024 * 1024;
// Text is read in blocks of this size, each looked at as it arrives.
constexpr qint64 ReadBlock = qint64(1) << 20;

// false, with a message naming the file, when it is not a regular file (a folder, a pipe, a
// device, or a link to one) or is larger than maxSize: decided from its metadata, without
// opening it. A path that does not exist passes: opening it says so.
bool check(const QString &path, Diagnostic *error, qint64 maxSize = MaxSize);

// The whole file, read in blocks. A file that is not UTF-16 is binary from its first NUL byte:
// reading stops there, and the message is the text decoder's, naming that byte's line, without
// the rest of the file being read (a sparse file of hundreds of megabytes). A file that grew
// past MaxSize since check() is refused.
bool readText(const QString &path, QByteArray *bytes, Diagnostic *error);

// A size in mebibytes as messages give it: whole ones as such, anything else rounded up to a
// tenth, so that a file one byte over the limit does not read as the limit.
QString mebibytes(qint64 bytes);
}
