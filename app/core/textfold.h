// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// The one normalisation used wherever text is matched (keyword filter, catalogue):
// full-width ASCII (ＡＢＣ１２３) becomes half-width, the ideographic space a space,
// and letters are lower-cased. Every character maps to exactly one character, so
// offsets in the folded text are offsets in the original: highlights line up.
namespace TextFold {
QChar foldChar(QChar c);
QString fold(QStringView text);
}
