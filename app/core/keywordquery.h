// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayList>
#include <QString>
#include <QStringList>

// The keyword filter as the user types it: whitespace-separated terms that must all occur.
// Terms are folded like the text they are matched against (TextFold), so the match is
// case-insensitive for Latin letters and full-width/half-width blind. The GUI's filter box
// and the command line's --match share this one definition.
class KeywordQuery
{
public:
    KeywordQuery() = default;
    explicit KeywordQuery(const QString &text);

    bool isEmpty() const { return m_terms.isEmpty(); }
    QString text() const { return m_text; }
    const QStringList &terms() const { return m_terms; } // folded, deduplicated
    const QByteArrayList &utf8Terms() const { return m_utf8; }

    // Does the text (with the unit names it belongs to) contain every term?
    bool matches(QStringView text, QStringView unitNames = {}) const;

private:
    QString m_text;
    QStringList m_terms;
    QByteArrayList m_utf8;
};
