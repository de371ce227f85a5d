// SPDX-License-Identifier: GPL-3.0-or-later
#include "keywordquery.h"

#include "textfold.h"

#include <QRegularExpression>

KeywordQuery::KeywordQuery(const QString &text)
    : m_text(text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    for (const QString &term : TextFold::fold(text).split(whitespace, Qt::SkipEmptyParts)) {
        if (m_terms.contains(term))
            continue;
        m_terms.append(term);
        m_utf8.append(term.toUtf8());
    }
}

bool KeywordQuery::matches(QStringView text, QStringView unitNames) const
{
    const QString foldedText = TextFold::fold(text);
    const QString foldedNames = TextFold::fold(unitNames);
    for (const QString &term : m_terms)
        if (!foldedText.contains(term) && !foldedNames.contains(term))
            return false;
    return true;
}
