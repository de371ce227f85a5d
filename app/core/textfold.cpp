// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfold.h"

namespace TextFold {

QChar foldChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        if (u >= 'A' && u <= 'Z')
            return QChar(char16_t(u + 0x20));
        return c;
    }
    if (u > 0x3000 && u < 0xA000) // CJK punctuation, kana, ideographs: no case, nothing to fold
        return c;
    if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII block
        return foldChar(QChar(char16_t(u - 0xFF01 + 0x21)));
    if (u == 0x3000) // ideographic space
        return QChar(u' ');
    if (c.isUpper() && !c.isSurrogate()) {
        const QChar lower = c.toLower();
        return lower;
    }
    return c;
}

QString fold(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (QChar c : text)
        *dst++ = foldChar(c);
    return out;
}

} // namespace TextFold
