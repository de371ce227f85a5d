// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>

#include <cstdint>
#include <vector>

// Finds all the catalogue's patterns in folded text in one pass (Catalogue says what a pattern
// is). Immutable once built, so any number of threads may match with one matcher at once.
//
// The distinct literal parts of all patterns (the text between gaps) form one Aho–Corasick
// automaton over UTF-16 code units, and the patterns a trie over part ids (a pattern written twice
// is one path). Walking the text once, the automaton names at each position the parts that end
// there: they differ in length, so there are at most MaxPartLength of them. A part that starts a
// pattern makes its trie node live at the part's end; a part that starts at s extends each node
// live at an end e with s − e ≤ MaxGap and no gap stop in text[e, s), through a hash of
// (node, part) edges. A node is live at most once per end, with the earliest start of its
// matches, so the work at a position is the parts ending there (one hash probe each) times the
// nodes live at the five ends before them; nodes are live only where a prefix of a pattern
// actually matches. The text is never re-read at a candidate and nothing backtracks.
class PatternMatcher
{
public:
    static constexpr int MaxGap = 4; // characters in one gap
    static constexpr int MaxPartLength = 64; // as Catalogue::MaxPatternLength

    struct Pattern
    {
        int initiative = -1;
        QStringList parts; // folded, non-empty, each at most MaxPartLength; a gap between two
    };
    // A match of one pattern: text[start, end). For each end and initiative, the earliest start
    // of any of its patterns' matches ending there (so the union of these is the union of all
    // matches). Not sorted.
    struct Match
    {
        int initiative = -1;
        qsizetype start = 0;
        qsizetype end = 0;
    };

    PatternMatcher() = default;
    PatternMatcher(const QList<Pattern> &patterns, int initiativeCount);

    void findAll(QStringView folded, std::vector<Match> *out) const;
    // The distinct initiatives with a match, ascending; stops early once all are found.
    QVarLengthArray<quint16, 8> initiativesIn(QStringView folded) const;

    int partCount() const { return int(m_partLength.size()); }
    int nodeCount() const { return int(m_termBegin.size()) - 1; } // trie nodes, root included

    static bool isGapStop(char16_t c);

    // An open-addressing hash from 64-bit keys to non-negative ints (-1: absent).
    class FlatMap
    {
    public:
        void reserve(size_t count);
        void insert(quint64 key, qint32 value); // key must not be present
        qint32 value(quint64 key) const
        {
            if (m_keys.empty())
                return -1;
            for (size_t i = slot(key);; i = (i + 1) & m_mask) {
                if (m_keys[i] == key)
                    return m_values[i];
                if (m_keys[i] == Empty)
                    return -1;
            }
        }
        size_t size() const { return m_size; }

    private:
        static constexpr quint64 Empty = ~quint64(0);
        size_t slot(quint64 key) const { return size_t((key * 0x9E3779B97F4A7C15ull) >> m_shift); }
        void rehash(size_t capacity);
        std::vector<quint64> m_keys;
        std::vector<qint32> m_values;
        size_t m_mask = 0;
        int m_shift = 64;
        size_t m_size = 0;
    };

private:
    template<typename Sink>
    void scan(QStringView folded, Sink &sink) const;
    int step(int state, char16_t c) const;

    int m_initiativeCount = 0;
    // The automaton over parts. State 0 is the root; a state's children are
    // m_childChar/m_childTarget[m_childBegin[s] .. m_childBegin[s + 1]), sorted by character.
    std::vector<quint64> m_firstChars = std::vector<quint64>(1024, 0); // bit set: the root has a child
    std::vector<qint32> m_rootNext; // 65536 entries when there are parts
    std::vector<quint32> m_childBegin;
    std::vector<char16_t> m_childChar;
    std::vector<qint32> m_childTarget;
    std::vector<qint32> m_fail;
    std::vector<qint32> m_statePart; // the part that ends at this state, or -1
    std::vector<qint32> m_dict; // the nearest proper suffix state where a part ends, or -1
    std::vector<quint8> m_hasOutput; // some part ends at this state or a suffix of it
    // The parts.
    std::vector<quint8> m_partLength;
    std::vector<quint8> m_partFollowsGap; // the part comes after a gap in some pattern
    std::vector<qint32> m_rootChild; // the trie node of a pattern's first part, or -1
    // The trie of patterns over part ids. Node 0 is the root.
    FlatMap m_edges; // (node << 32 | part) → child
    std::vector<quint8> m_hasChildren;
    std::vector<quint32> m_termBegin; // node → its initiatives in m_termInitiative (patterns ending there)
    std::vector<quint16> m_termInitiative;
    std::vector<qint32> m_sole; // the one initiative of every pattern through this node, or -1
};
