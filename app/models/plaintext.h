// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextDocument>

// Tooltips are shown as rich text whenever they look like markup; corpus and catalogue text
// must never be, so it is escaped into rich text that displays the characters literally.
inline QString plainToolTip(const QString &text)
{
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}
