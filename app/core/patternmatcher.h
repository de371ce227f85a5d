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
// automaton over UTF-16 code units, and the patterns a trie over part ids (a pattern written
// twice is one path). Walking the text once, the automaton names at each position the parts that
// end there; they differ in length, so there are at most MaxPartLength of them. A part that
// begins a pattern makes its trie node live at the part's end. A part that follows a gap, found
// at text[s, e), makes the child (n, part) live at e for each node n that is live at some end in
// [s − MaxGap, s] with no gap stop between that end and s. Those nodes are found from whichever
// side is smaller: the nodes live at those five ends (probing a hash of (node, part) edges), or
// the nodes that have such a child (testing a bit mask of the recent ends where each node was
// live). A node is live at most once per end, so the work at a character is bounded by the parts
// ending there times the smaller of those two sets; nothing is ever re-read or backtracked.
// Where a match starts is worked out only for the matches that are reported, from the same
// masks (at most (MaxGap + 1)^3 steps each).
class PatternMatcher
{
public:
    static constexpr int MaxGap = 4; // characters in one gap
    static constexpr int MaxPartLength = 64; // as Catalogue::MaxPatternLength

    struct Pattern
    {
        int initiative = -1;
        QStringList parts; // folded, non-empty, each at most MaxPartLength long; a gap between two
    };
    // Matches of an initiative's patterns ending at `end`: text[start, end) with the earliest
    // start among them, so that these spans cover exactly what all matches cover. Not sorted.
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

    // At most this many steps (automaton moves, hash probes, mask tests, nodes made live) per
    // character of any text, besides reporting what is found (initiativesIn goes through a
    // pattern's initiatives once per text; findAll reports every match): worked out from the
    // patterns when the matcher is built.
    qint64 costBound() const { return m_costBound; }
    // The pattern (index into the list given) that weighs most in costBound(), or -1.
    int costliestPattern() const { return m_costliestPattern; }

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
    struct Scan;

    int m_initiativeCount = 0;
    qint64 m_costBound = 1;
    int m_costliestPattern = -1;
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
    std::vector<quint32> m_parentBegin; // part → its edges below the root, in m_parentNode/m_parentChild
    std::vector<qint32> m_parentNode;
    std::vector<qint32> m_parentChild;
    // The trie of patterns over part ids. Node 0 is the root.
    FlatMap m_edges; // (node << 32 | part) → child
    std::vector<qint32> m_nodeParent;
    std::vector<qint32> m_nodePart; // the part that leads to the node
    std::vector<quint8> m_hasChildren;
    std::vector<quint32> m_termBegin; // node → its initiatives in m_termInitiative (patterns ending there)
    std::vector<quint16> m_termInitiative;
    std::vector<qint32> m_sole; // the one initiative of every pattern through this node, or -1
};
