// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostic.h"

QString Diagnostic::toString() const
{
    if (file.isEmpty())
        return message;
    if (line > 0)
        // One arg() call: a file name containing "%2" must not receive the line number.
        return QStringLiteral("%1:%2: %3").arg(file, QString::number(line), message);
    return QStringLiteral("%1: %2").arg(file, message);
}

bool fail(Diagnostic *out, Diagnostic diagnostic)
{
    if (out)
        *out = std::move(diagnostic);
    return false;
}
