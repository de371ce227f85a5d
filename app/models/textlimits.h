// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QString>

// An item can be megabytes long (a web page pasted as one line). Views that lay their text out
// on every repaint or hover (tree rows, tooltips) show only its beginning; the detail pane shows
// all of it. Laying out megabytes on each repaint would freeze the window.
namespace TextLimits {
constexpr qsizetype RowCharacters = 300;
constexpr qsizetype ToolTipCharacters = 1000;

// The text, or its first max characters (never half a surrogate pair) and "…".
inline QString shortened(const QString &text, qsizetype max)
{
    if (text.size() <= max)
        return text;
    qsizetype cut = max;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + QChar(0x2026);
}
} // namespace TextLimits
