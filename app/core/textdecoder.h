// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QString>

// Turns the bytes of a corpus file into text, detecting the encoding:
// UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, or GB18030 (a superset of GBK
// and GB2312). Rejects what is not text (NUL or other control bytes), empty files and
// bytes that no supported encoding can decode, naming the first offending line.
struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "GB18030"
};

bool decodeText(const QByteArray &bytes, const QString &fileName, DecodedText *out, Diagnostic *error);

// The same checks, with the text as UTF-8: a file that already is UTF-8 is shared, not copied
// (the parser of a file of a hundred megabytes then holds it once, not twice as UTF-16).
struct DecodedUtf8
{
    QByteArray bytes; // the text is bytes.sliced(start)
    qsizetype start = 0; // past a byte order mark
    QString encoding;
    bool wasUtf8 = false; // the file's own bytes, not converted from another encoding
    QByteArrayView text() const { return QByteArrayView(bytes).sliced(start); }
};

bool decodeUtf8(const QByteArray &bytes, const QString &fileName, DecodedUtf8 *out, Diagnostic *error);
