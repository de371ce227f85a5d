// SPDX-License-Identifier: GPL-3.0-or-later
#include "keywordquery.h"

#include "textfold.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

KeywordQuery::KeywordQuery(const QString &text)
    : m_text(text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QSet<QString> seen;
    for (const QString &term : TextFold::fold(text).split(whitespace, Qt::SkipEmptyParts)) {
        if (seen.contains(term))
            continue;
        seen.insert(term);
        m_terms.append(term);
    }
    if (m_terms.size() > MaxTerms) {
        m_error = QCoreApplication::translate("KeywordQuery", "the filter has %1 different terms; at most %2 are allowed")
                      .arg(QString::number(m_terms.size()), QString::number(MaxTerms));
        m_terms.clear();
        return;
    }
    for (const QString &term : std::as_const(m_terms))
        m_utf8.append(term.toUtf8());
}

bool KeywordQuery::matches(QStringView text, QStringView unitNames) const
{
    if (!isValid())
        return false;
    const QString foldedText = TextFold::fold(text);
    const QString foldedNames = TextFold::fold(unitNames);
    for (const QString &term : m_terms)
        if (!foldedText.contains(term) && !foldedNames.contains(term))
            return false;
    return true;
}
