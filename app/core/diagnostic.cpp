// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostic.h"

#include <algorithm>

namespace {

bool needsQuoting(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0) || u == 0x2028 || u == 0x2029;
}

} // namespace

QString Diagnostic::displayName(const QString &file)
{
    if (std::none_of(file.cbegin(), file.cend(), needsQuoting))
        return file;
    QString quoted = QStringLiteral("\"");
    for (QChar c : file) {
        switch (c.unicode()) {
        case u'\n':
            quoted += QLatin1String("\\n");
            break;
        case u'\r':
            quoted += QLatin1String("\\r");
            break;
        case u'\t':
            quoted += QLatin1String("\\t");
            break;
        case u'"':
            quoted += QLatin1String("\\\"");
            break;
        case u'\\':
            quoted += QLatin1String("\\\\");
            break;
        default:
            if (needsQuoting(c))
                quoted += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                quoted += c;
        }
    }
    return quoted + u'"';
}

QString Diagnostic::toString() const
{
    if (file.isEmpty())
        return message;
    if (line > 0)
        // One arg() call: a file name containing "%2" must not receive the line number.
        return QStringLiteral("%1:%2: %3").arg(displayName(file), QString::number(line), message);
    return QStringLiteral("%1: %2").arg(displayName(file), message);
}

bool fail(Diagnostic *out, Diagnostic diagnostic)
{
    if (out)
        *out = std::move(diagnostic);
    return false;
}
