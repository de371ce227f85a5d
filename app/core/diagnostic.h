// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// A message about an input file, located as precisely as we know.
// Printed as "FILE:LINE: message" (or "FILE: message" when no line applies),
// the form compilers use, so editors and terminals can jump to it.
struct Diagnostic
{
    QString file;
    int line = 0; // 1-based; 0 when the message concerns the whole file
    QString message;

    QString toString() const;
    bool isEmpty() const { return message.isEmpty(); }

    // A file name as messages print it: as it is, or, when it holds a line break or another
    // control character, in double quotes with C escapes ("a\nb.txt"), so that a message stays
    // one "FILE:LINE: message" line.
    static QString displayName(const QString &file);
};

using Diagnostics = QList<Diagnostic>;

// Fills *out (when given) and returns false, so fallible functions can end with
// `return fail(error, {...});`.
bool fail(Diagnostic *out, Diagnostic diagnostic);
