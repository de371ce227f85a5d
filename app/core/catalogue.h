// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QVarLengthArray>
#include <QString>
#include <QStringList>

#include <array>

struct Initiative
{
    QString id; // stable, kebab-case: "double-high-plan"
    QString nameZh;
    QString nameEn;
    QString descriptionZh;
    QString descriptionEn;
    QStringList patterns;
};

// Where an initiative is mentioned in a text (UTF-16 offsets into the original text).
struct Mention
{
    int initiative = -1; // index into Catalogue::initiatives()
    int start = 0;
    int length = 0;
};

// The initiatives an analyst codes, each with the wordings that count as a mention.
//
// Patterns are literal text, not regular expressions, so a user's catalogue can never make
// matching slow: "…" (U+2026) stands for a gap of up to four characters that holds no sentence
// punctuation, which covers modifiers between the parts (产教…融合 matches 产教深度融合).
// Matching runs on folded text (see TextFold): full-width and half-width, upper and lower
// case match alike.
class Catalogue
{
public:
    static constexpr int MaxGap = 4;
    static constexpr int MaxPatternLength = 64;
    static constexpr int MaxGapsPerPattern = 3;

    static bool load(const QByteArray &json, const QString &fileName, Catalogue *out, Diagnostic *error);
    static bool loadFile(const QString &path, Catalogue *out, Diagnostic *error);
    static const Catalogue &builtIn(); // :/catalogue/initiatives.json

    const QList<Initiative> &initiatives() const { return m_initiatives; }
    int size() const { return int(m_initiatives.size()); }
    int indexOf(const QString &id) const;
    QString fileName() const { return m_fileName; }

    // All mentions in text, sorted by start; overlapping matches of one initiative are merged.
    QList<Mention> find(QStringView text) const;
    // The distinct initiatives mentioned in text, in catalogue order.
    QList<int> initiativesIn(QStringView text) const;
    QList<int> initiativesInFolded(QStringView folded) const; // text already folded (TextFold)
    QVarLengthArray<quint16, 8> positionsInFolded(QStringView folded) const; // the same, without allocating
    // Changes whenever anything that affects matching changes; stored with computed mentions.
    QByteArray fingerprint() const { return m_fingerprint; }

private:
    struct Pattern
    {
        int initiative = -1;
        QStringList parts; // folded; consecutive parts are separated by a gap
    };
    bool matchFrom(QStringView folded, const Pattern &pattern, int part, qsizetype pos, qsizetype *end) const;
    // Calls visit(initiative, start, end) for every pattern match in folded text, in text order;
    // stops when visit returns false.
    template<typename Visit>
    void scan(QStringView folded, Visit visit) const;

    QString m_fileName;
    QList<Initiative> m_initiatives;
    QList<Pattern> m_patterns;
    QHash<char16_t, QList<int>> m_byFirstChar; // patterns by the first character of their first part
    std::array<quint64, 1024> m_firstChars{}; // bit set over UTF-16 code units: starts some pattern
    QByteArray m_fingerprint;
};
