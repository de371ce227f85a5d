// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostic.h"

QString Diagnostic::toString() const
{
    if (file.isEmpty())
        return message;
    if (line > 0)
        return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
    return QStringLiteral("%1: %2").arg(file, message);
}

bool fail(Diagnostic *out, Diagnostic diagnostic)
{
    if (out)
        *out = std::move(diagnostic);
    return false;
}
