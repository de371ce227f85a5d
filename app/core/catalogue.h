// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "patternmatcher.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QVarLengthArray>
#include <QString>
#include <QStringList>

#include <memory>

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
// Patterns are literal text, not regular expressions: "…" (U+2026) stands for a gap of up to four
// characters that holds no sentence punctuation, which covers modifiers between the parts
// (产教…融合 matches 产教深度融合). Matching runs on folded text (see TextFold): full-width and
// half-width, upper and lower case match alike. A match of a pattern is any stretch of text that
// it describes; a mention of an initiative is the union of overlapping matches of its patterns.
//
// Every size is bounded (the Max… constants), and load() refuses a catalogue beyond them with a
// message naming the entry and its line, so that neither loading nor matching can be made slow:
// loading is one pass over the JSON, matching one pass over the text (see PatternMatcher).
class Catalogue
{
public:
    static constexpr int MaxGap = PatternMatcher::MaxGap;
    static constexpr int MaxPatternLength = PatternMatcher::MaxPartLength;
    static constexpr int MaxGapsPerPattern = 3;
    static constexpr int MaxInitiatives = 10000; // mentions are stored as 16-bit positions
    static constexpr int MaxPatterns = 100000; // in the whole catalogue
    static constexpr int MaxIdLength = 64;
    static constexpr int MaxNameLength = 200; // name_zh, name_en
    static constexpr int MaxDescriptionLength = 2000; // description_zh, description_en
    // Steps of matching per character of text (PatternMatcher::costBound()); only patterns with
    // gaps that share their parts in very many combinations come near it (the built-in: 13).
    static constexpr int MaxMatchCost = 1000;

    static bool load(const QByteArray &json, const QString &fileName, Catalogue *out, Diagnostic *error);
    static bool loadFile(const QString &path, Catalogue *out, Diagnostic *error);
    static const Catalogue &builtIn(); // :/catalogue/initiatives.json

    const QList<Initiative> &initiatives() const { return m_initiatives; }
    int size() const { return int(m_initiatives.size()); }
    int indexOf(const QString &id) const;
    QString fileName() const { return m_fileName; }

    // All mentions in text, sorted by start (then longest first); overlapping matches of one
    // initiative are merged into one mention.
    QList<Mention> find(QStringView text) const;
    // The distinct initiatives mentioned in text, in catalogue order.
    QList<int> initiativesIn(QStringView text) const;
    QList<int> initiativesInFolded(QStringView folded) const; // text already folded (TextFold)
    QVarLengthArray<quint16, 8> positionsInFolded(QStringView folded) const; // the same, without allocating
    // The most steps matching can take per character of text (PatternMatcher::costBound()).
    qint64 matchCostBound() const { return m_matcher ? m_matcher->costBound() : 0; }
    // Changes whenever anything that affects matching changes; stored with computed mentions.
    QByteArray fingerprint() const { return m_fingerprint; }

private:
    QString m_fileName;
    QList<Initiative> m_initiatives;
    QHash<QString, int> m_indexOf;
    std::shared_ptr<const PatternMatcher> m_matcher; // shared by copies: it never changes
    QByteArray m_fingerprint;
};
