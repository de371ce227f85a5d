// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayList>
#include <QString>
#include <QStringList>

// The keyword filter as the user types it: whitespace-separated terms that must all occur.
// Terms are folded like the text they are matched against (TextFold), so the match is
// case-insensitive for Latin letters and full-width/half-width blind. The GUI's filter box
// and the command line's --match share this one definition.
//
// A query holds at most MaxTerms distinct terms, so that a filter costs at most that many passes
// over the texts (CorpusIndex::match). A longer one is invalid: it matches nothing, and error()
// says why.
class KeywordQuery
{
public:
    static constexpr int MaxTerms = 32;

    KeywordQuery() = default;
    explicit KeywordQuery(const QString &text);

    bool isEmpty() const { return m_terms.isEmpty() && m_error.isEmpty(); } // matches everything
    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString text() const { return m_text; }
    const QStringList &terms() const { return m_terms; } // folded, deduplicated; empty when invalid
    const QByteArrayList &utf8Terms() const { return m_utf8; }

    // Does the text (with the unit names it belongs to) contain every term?
    bool matches(QStringView text, QStringView unitNames = {}) const;

private:
    QString m_text;
    QString m_error;
    QStringList m_terms;
    QByteArrayList m_utf8;
};
