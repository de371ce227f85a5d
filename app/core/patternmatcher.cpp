// SPDX-License-Identifier: GPL-3.0-or-later
#include "patternmatcher.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <numeric>

// ---- FlatMap ------------------------------------------------------------------------------

void PatternMatcher::FlatMap::reserve(size_t count)
{
    size_t capacity = 16;
    while (capacity < 2 * count)
        capacity *= 2;
    if (capacity > m_keys.size())
        rehash(capacity);
}

void PatternMatcher::FlatMap::rehash(size_t capacity)
{
    std::vector<quint64> keys(capacity, Empty);
    std::vector<qint32> values(capacity, -1);
    std::swap(keys, m_keys);
    std::swap(values, m_values);
    m_mask = capacity - 1;
    m_shift = 64;
    for (size_t c = capacity; c > 1; c >>= 1)
        --m_shift;
    for (size_t i = 0; i < keys.size(); ++i) {
        if (keys[i] == Empty)
            continue;
        size_t j = slot(keys[i]);
        while (m_keys[j] != Empty)
            j = (j + 1) & m_mask;
        m_keys[j] = keys[i];
        m_values[j] = values[i];
    }
}

void PatternMatcher::FlatMap::insert(quint64 key, qint32 value)
{
    if (2 * (m_size + 1) > m_keys.size())
        rehash(std::max<size_t>(16, 2 * m_keys.size()));
    size_t i = slot(key);
    while (m_keys[i] != Empty)
        i = (i + 1) & m_mask;
    m_keys[i] = key;
    m_values[i] = value;
    ++m_size;
}

// ---- Building -----------------------------------------------------------------------------

bool PatternMatcher::isGapStop(char16_t c)
{
    switch (c) {
    case u'，': case u'。': case u'；': case u'：': case u'！': case u'？': case u'、':
    case u',': case u'.': case u';': case u':': case u'!': case u'?': case u'\n': case u'\r':
        return true;
    default:
        return false;
    }
}

namespace {
quint64 edgeKey(int node, int part)
{
    return (quint64(quint32(node)) << 32) | quint32(part);
}
} // namespace

PatternMatcher::PatternMatcher(const QList<Pattern> &patterns, int initiativeCount)
    : m_initiativeCount(initiativeCount)
{
    // Parts, each once.
    QHash<QString, int> partIds;
    QList<QString> parts;
    std::vector<int> firstAfterGap; // part → the first pattern where it follows a gap
    std::vector<std::vector<int>> sequences;
    sequences.reserve(size_t(patterns.size()));
    for (const Pattern &pattern : patterns) {
        std::vector<int> sequence;
        for (const QString &part : pattern.parts) {
            auto it = partIds.constFind(part);
            if (it == partIds.constEnd()) {
                it = partIds.insert(part, int(parts.size()));
                parts.append(part);
                m_partLength.push_back(quint8(part.size()));
                m_partFollowsGap.push_back(0);
                m_rootChild.push_back(-1);
            }
            if (!sequence.empty() && !m_partFollowsGap[size_t(*it)]) {
                m_partFollowsGap[size_t(*it)] = 1;
                firstAfterGap.resize(parts.size(), -1);
                firstAfterGap[size_t(*it)] = int(sequences.size());
            }
            sequence.push_back(*it);
        }
        sequences.push_back(std::move(sequence));
    }

    // The automaton over the parts: a trie of their characters first…
    std::vector<qint32> parent{-1};
    std::vector<char16_t> via{0};
    m_statePart.push_back(-1);
    {
        FlatMap next; // (state << 16 | character) → state
        qsizetype characters = 0;
        for (const QString &part : parts)
            characters += part.size();
        next.reserve(size_t(characters));
        for (int p = 0; p < parts.size(); ++p) {
            int state = 0;
            for (QChar qc : parts.at(p)) {
                const char16_t c = qc.unicode();
                const quint64 key = (quint64(quint32(state)) << 16) | c;
                int target = next.value(key);
                if (target < 0) {
                    target = int(parent.size());
                    parent.push_back(state);
                    via.push_back(c);
                    m_statePart.push_back(-1);
                    next.insert(key, target);
                }
                state = target;
            }
            m_statePart[size_t(state)] = p;
        }
    }
    const size_t states = parent.size();
    // …its children in sorted runs…
    m_childBegin.assign(states + 1, 0);
    for (size_t s = 1; s < states; ++s)
        ++m_childBegin[size_t(parent[s]) + 1];
    std::partial_sum(m_childBegin.begin(), m_childBegin.end(), m_childBegin.begin());
    m_childChar.resize(states - 1);
    m_childTarget.resize(states - 1);
    {
        std::vector<quint32> fill(m_childBegin.begin(), m_childBegin.end() - 1);
        for (size_t s = 1; s < states; ++s) {
            const quint32 at = fill[size_t(parent[s])]++;
            m_childChar[at] = via[s];
            m_childTarget[at] = qint32(s);
        }
    }
    for (size_t s = 0; s < states; ++s) {
        std::vector<std::pair<char16_t, qint32>> run;
        for (quint32 k = m_childBegin[s]; k < m_childBegin[s + 1]; ++k)
            run.emplace_back(m_childChar[k], m_childTarget[k]);
        std::sort(run.begin(), run.end());
        for (size_t k = 0; k < run.size(); ++k) {
            m_childChar[m_childBegin[s] + k] = run[k].first;
            m_childTarget[m_childBegin[s] + k] = run[k].second;
        }
    }
    if (!parts.isEmpty()) {
        m_rootNext.assign(65536, -1);
        for (quint32 k = m_childBegin[0]; k < m_childBegin[1]; ++k) {
            const char16_t c = m_childChar[k];
            m_rootNext[c] = m_childTarget[k];
            m_firstChars[c >> 6] |= quint64(1) << (c & 63);
        }
    }
    // …then failure and dictionary links, breadth first.
    m_fail.assign(states, 0);
    m_dict.assign(states, -1);
    m_hasOutput.assign(states, 0);
    std::vector<qint32> queue{0};
    queue.reserve(states);
    for (size_t head = 0; head < queue.size(); ++head) {
        const int u = queue[head];
        for (quint32 k = m_childBegin[size_t(u)]; k < m_childBegin[size_t(u) + 1]; ++k) {
            const int v = m_childTarget[k];
            if (u != 0)
                m_fail[size_t(v)] = step(m_fail[size_t(u)], m_childChar[k]);
            const int f = m_fail[size_t(v)];
            m_dict[size_t(v)] = m_statePart[size_t(f)] >= 0 ? f : m_dict[size_t(f)];
            m_hasOutput[size_t(v)] = m_statePart[size_t(v)] >= 0 || m_dict[size_t(v)] >= 0;
            queue.push_back(v);
        }
    }

    // The trie of patterns over part ids.
    std::vector<qint32> nodeParent{-1};
    std::vector<qint32> nodePart{-1};
    std::vector<std::pair<qint32, quint16>> terminals; // (node, initiative)
    size_t edges = 0;
    for (const std::vector<int> &sequence : sequences)
        edges += sequence.size() - 1;
    m_edges.reserve(edges);
    for (int i = 0; i < patterns.size(); ++i) {
        const std::vector<int> &sequence = sequences[size_t(i)];
        int node = m_rootChild[size_t(sequence.front())];
        if (node < 0) {
            node = int(nodeParent.size());
            nodeParent.push_back(0);
            nodePart.push_back(sequence.front());
            m_rootChild[size_t(sequence.front())] = node;
        }
        for (size_t k = 1; k < sequence.size(); ++k) {
            int child = m_edges.value(edgeKey(node, sequence[k]));
            if (child < 0) {
                child = int(nodeParent.size());
                nodeParent.push_back(node);
                nodePart.push_back(sequence[k]);
                m_edges.insert(edgeKey(node, sequence[k]), child);
            }
            node = child;
        }
        terminals.emplace_back(node, quint16(patterns.at(i).initiative));
    }
    const size_t nodes = nodeParent.size();
    std::sort(terminals.begin(), terminals.end());
    terminals.erase(std::unique(terminals.begin(), terminals.end()), terminals.end());
    m_termBegin.assign(nodes + 1, 0);
    for (const auto &t : terminals)
        ++m_termBegin[size_t(t.first) + 1];
    std::partial_sum(m_termBegin.begin(), m_termBegin.end(), m_termBegin.begin());
    m_termInitiative.reserve(terminals.size());
    for (const auto &t : terminals)
        m_termInitiative.push_back(t.second);
    m_hasChildren.assign(nodes, 0);
    // A child is always created after its parent, so one backward sweep settles every subtree.
    constexpr qint32 None = -2, Mixed = -1;
    m_sole.assign(nodes, None);
    auto merge = [](qint32 a, qint32 b) { return a == None ? b : b == None || a == b ? a : Mixed; };
    for (size_t n = nodes; n-- > 1;) {
        for (quint32 k = m_termBegin[n]; k < m_termBegin[n + 1]; ++k)
            m_sole[n] = merge(m_sole[n], m_termInitiative[k]);
        const int up = nodeParent[n];
        m_hasChildren[size_t(up)] = 1;
        m_sole[size_t(up)] = merge(m_sole[size_t(up)], m_sole[n]);
    }
    for (qint32 &s : m_sole)
        s = std::max(s, Mixed);
    // The edges below the root, by part: the nodes a part can extend.
    m_parentBegin.assign(m_partLength.size() + 1, 0);
    for (size_t n = 1; n < nodes; ++n)
        if (nodeParent[n] != 0)
            ++m_parentBegin[size_t(nodePart[n]) + 1];
    std::partial_sum(m_parentBegin.begin(), m_parentBegin.end(), m_parentBegin.begin());
    m_parentNode.resize(m_parentBegin.back());
    m_parentChild.resize(m_parentBegin.back());
    std::vector<quint32> fill(m_parentBegin.begin(), m_parentBegin.end() - 1);
    for (size_t n = 1; n < nodes; ++n) {
        if (nodeParent[n] == 0)
            continue;
        const quint32 at = fill[size_t(nodePart[n])]++;
        m_parentNode[at] = nodeParent[n];
        m_parentChild[at] = qint32(n);
    }
    m_nodeParent = std::move(nodeParent);
    m_nodePart = std::move(nodePart);

    // The most work one character of text can cause, whatever the text: see costBound().
    std::vector<qint64> withChildren(m_partLength.size(), 0); // part → nodes it leads to that have children
    for (size_t n = 1; n < nodes; ++n)
        withChildren[size_t(m_nodePart[n])] += m_hasChildren[n];
    std::vector<qint64> liveAtEnd(states, 0); // the most nodes live at one end, by automaton state
    qint64 maxLiveAtEnd = 0;
    for (const qint32 v : queue) {
        const qint32 part = m_statePart[size_t(v)], dict = m_dict[size_t(v)];
        liveAtEnd[size_t(v)] = (part >= 0 ? withChildren[size_t(part)] : 0) + (dict >= 0 ? liveAtEnd[size_t(dict)] : 0);
        maxLiveAtEnd = std::max(maxLiveAtEnd, liveAtEnd[size_t(v)]);
    }
    auto partCost = [&](int part) -> qint64 {
        if (!m_partFollowsGap[size_t(part)])
            return 1;
        const qint64 parents = m_parentBegin[size_t(part) + 1] - m_parentBegin[size_t(part)];
        return 1 + (MaxGap + 1) + 2 * std::min(parents, (MaxGap + 1) * maxLiveAtEnd);
    };
    std::vector<qint64> cost(states, 0);
    qint32 worst = 0;
    for (const qint32 v : queue) {
        const qint32 part = m_statePart[size_t(v)], dict = m_dict[size_t(v)];
        cost[size_t(v)] = (part >= 0 ? partCost(part) : 0) + (dict >= 0 ? cost[size_t(dict)] : 0);
        if (cost[size_t(v)] > cost[size_t(worst)])
            worst = v;
    }
    m_costBound = 1 + cost[size_t(worst)];
    qint64 heaviest = 0;
    for (qint32 st = m_statePart[size_t(worst)] >= 0 ? worst : m_dict[size_t(worst)]; st >= 0; st = m_dict[size_t(st)]) {
        const int part = m_statePart[size_t(st)];
        if (partCost(part) > heaviest && m_partFollowsGap[size_t(part)]) {
            heaviest = partCost(part);
            m_costliestPattern = firstAfterGap[size_t(part)];
        }
    }
}

// ---- Matching -----------------------------------------------------------------------------

// The automaton's next state: the longest part prefix that ends at this character.
int PatternMatcher::step(int state, char16_t c) const
{
    for (;;) {
        if (state == 0)
            return m_firstChars[c >> 6] & (quint64(1) << (c & 63)) ? m_rootNext[c] : 0;
        const quint32 begin = m_childBegin[size_t(state)], end = m_childBegin[size_t(state) + 1];
        if (end - begin <= 8) {
            for (quint32 k = begin; k < end; ++k)
                if (m_childChar[k] == c)
                    return m_childTarget[k];
        } else {
            const auto first = m_childChar.begin() + begin, last = m_childChar.begin() + end;
            const auto it = std::lower_bound(first, last, c);
            if (it != last && *it == c)
                return m_childTarget[size_t(it - m_childChar.begin())];
        }
        state = m_fail[size_t(state)];
    }
}

namespace {

constexpr int Window = 128; // > MaxPartLength + MaxGap: how far back a part's start can reach
using Bits = unsigned __int128; // one bit per end in the window

struct NodeMark
{
    qint64 position = -1; // the last end (numbered as below) where the node was live
    Bits ends = 0; // bit d: live at position - d
};

// Per thread, reused from call to call. Positions are numbered on from call to call, so a mark
// left by an earlier call (or another matcher) is never taken for one of this call: nothing is
// cleared between calls.
struct Scratch
{
    std::array<std::vector<qint32>, Window> byEnd; // live nodes that have children, by end % Window
    std::array<qint64, Window> byEndPosition;
    std::vector<NodeMark> marks; // by node
    std::vector<qint64> reported; // node → the last call that reported its initiatives
    std::vector<qint32> terminals; // live nodes that end a pattern, at the current end
    std::vector<qint64> seen; // initiative → the last call that found it
    std::vector<quint16> found;
    qint64 clock = 1;

    Scratch() { byEndPosition.fill(-1); }
    void fit(size_t nodes, size_t initiatives)
    {
        if (marks.size() < nodes) {
            marks.resize(nodes);
            reported.resize(nodes, -1);
        }
        if (seen.size() < initiatives)
            seen.resize(initiatives, -1);
    }
};

Scratch &scratch()
{
    static thread_local Scratch s;
    return s;
}

} // namespace

struct PatternMatcher::Scan
{
    const PatternMatcher &m;
    Scratch &s;
    const char16_t *text;
    qint64 base; // position of text offset 0

    // Was the node live at some end in [from, to]? (to − from < Window, and to within Window of
    // the current end.)
    bool liveIn(qint32 node, qsizetype from, qsizetype to) const
    {
        const NodeMark &mark = s.marks[size_t(node)];
        const qint64 last = mark.position - base;
        if (last < from)
            return false;
        const qint64 near = std::max<qint64>(last - to, 0), far = last - from;
        const Bits span = far - near + 1 >= 128 ? ~Bits(0) : (Bits(1) << (far - near + 1)) - 1;
        return mark.ends & (span << near);
    }
    // Makes the node live at end; false if it was already.
    bool mark(qint32 node, qsizetype end)
    {
        NodeMark &mark = s.marks[size_t(node)];
        const qint64 position = base + end;
        if (mark.position == position)
            return false;
        const qint64 shift = position - mark.position;
        mark.ends = shift >= 128 ? Bits(1) : (mark.ends << shift) | 1;
        mark.position = position;
        return true;
    }
    // The earliest start of a match of the node's prefix of patterns that ends at end (it does).
    qsizetype earliestStart(qint32 node, qsizetype end) const
    {
        const qsizetype start = end - m.m_partLength[size_t(m.m_nodePart[size_t(node)])];
        const qint32 parent = m.m_nodeParent[size_t(node)];
        if (parent == 0)
            return start;
        qsizetype earliest = start;
        bool any = false;
        for (qsizetype before = start, gap = 0; gap <= MaxGap && before >= 1; ++gap, --before) {
            if (gap > 0 && isGapStop(text[before]))
                break;
            if (liveIn(parent, before, before)) {
                const qsizetype s = earliestStart(parent, before);
                earliest = any ? std::min(earliest, s) : s;
                any = true;
            }
        }
        return earliest;
    }
};

template<typename Sink>
void PatternMatcher::scan(QStringView folded, Sink &sink) const
{
    if (m_partLength.empty())
        return;
    Scratch &s = scratch();
    s.fit(m_termBegin.size(), size_t(m_initiativeCount));
    Scan scan{*this, s, folded.utf16(), s.clock};
    s.clock += folded.size() + 2;
    s.terminals.clear();
    const char16_t *text = folded.utf16();
    const qsizetype n = folded.size();

    auto activate = [&](qint32 node, qsizetype end) {
        if (sink.settled(m_sole[size_t(node)]) || !scan.mark(node, end))
            return;
        if (m_hasChildren[size_t(node)]) {
            const size_t k = size_t(end) & (Window - 1);
            if (s.byEndPosition[k] != scan.base + end) {
                s.byEndPosition[k] = scan.base + end;
                s.byEnd[k].clear();
            }
            s.byEnd[k].push_back(node);
        }
        if (m_termBegin[size_t(node)] != m_termBegin[size_t(node) + 1])
            s.terminals.push_back(node);
    };
    auto liveAt = [&](qsizetype end) -> const std::vector<qint32> * {
        const size_t k = size_t(end) & (Window - 1);
        return s.byEndPosition[k] == scan.base + end ? &s.byEnd[k] : nullptr;
    };

    int state = 0;
    for (qsizetype i = 0; i < n; ++i) {
        state = step(state, text[i]);
        if (!m_hasOutput[size_t(state)])
            continue;
        const qsizetype end = i + 1;
        for (int st = m_statePart[size_t(state)] >= 0 ? state : m_dict[size_t(state)]; st >= 0; st = m_dict[size_t(st)]) {
            const int part = m_statePart[size_t(st)];
            const qsizetype start = end - m_partLength[size_t(part)];
            if (const qint32 node = m_rootChild[size_t(part)]; node >= 0)
                activate(node, end);
            if (!m_partFollowsGap[size_t(part)] || start < 1)
                continue;
            // The ends a previous part may have: [from, start], gaps of up to MaxGap without a stop.
            qsizetype from = start;
            while (start - from < MaxGap && from > 1 && !isGapStop(text[from - 1]))
                --from;
            size_t live = 0;
            for (qsizetype before = from; before <= start; ++before)
                if (const auto *nodes = liveAt(before))
                    live += nodes->size();
            if (live == 0)
                continue;
            const quint32 first = m_parentBegin[size_t(part)], last = m_parentBegin[size_t(part) + 1];
            if (last - first <= live) {
                for (quint32 k = first; k < last; ++k)
                    if (scan.liveIn(m_parentNode[k], from, start))
                        activate(m_parentChild[k], end);
            } else {
                for (qsizetype before = from; before <= start; ++before)
                    if (const auto *nodes = liveAt(before))
                        for (qint32 node : *nodes) // never the list activate() appends to
                            if (const qint32 child = m_edges.value(edgeKey(node, part)); child >= 0)
                                activate(child, end);
            }
        }
        if (s.terminals.empty())
            continue;
        for (qint32 node : s.terminals)
            if (sink.report(node))
                for (quint32 k = m_termBegin[size_t(node)]; k < m_termBegin[size_t(node) + 1]; ++k)
                    sink.hit(m_termInitiative[k], scan, node, end);
        s.terminals.clear();
        if (sink.done())
            return;
    }
}

void PatternMatcher::findAll(QStringView folded, std::vector<Match> *out) const
{
    struct Sink
    {
        std::vector<Match> *out;
        qint32 node = -1; // the last node reported, and its start
        qsizetype start = 0;
        bool settled(qint32) const { return false; }
        bool report(qint32) const { return true; }
        void hit(int initiative, const Scan &scan, qint32 terminal, qsizetype end)
        {
            if (terminal != node || out->empty() || out->back().end != end) {
                node = terminal;
                start = scan.earliestStart(terminal, end);
            }
            out->push_back({initiative, start, end});
        }
        bool done() const { return false; }
    } sink{out};
    scan(folded, sink);
}

QVarLengthArray<quint16, 8> PatternMatcher::initiativesIn(QStringView folded) const
{
    struct Sink
    {
        Scratch &s;
        qint64 call;
        int all;
        // Patterns of an initiative already found need not be followed any further.
        bool settled(qint32 sole) const { return sole >= 0 && s.seen[size_t(sole)] == call; }
        // A pattern's initiatives, once found, need not be gone through again (a pattern can
        // belong to thousands of initiatives).
        bool report(qint32 node)
        {
            if (s.reported[size_t(node)] == call)
                return false;
            s.reported[size_t(node)] = call;
            return true;
        }
        void hit(int initiative, const Scan &, qint32, qsizetype)
        {
            if (s.seen[size_t(initiative)] != call) {
                s.seen[size_t(initiative)] = call;
                s.found.push_back(quint16(initiative));
            }
        }
        bool done() const { return int(s.found.size()) == all; }
    };
    Scratch &s = scratch();
    s.fit(m_termBegin.size(), size_t(m_initiativeCount));
    s.found.clear();
    Sink sink{s, s.clock, m_initiativeCount}; // scan() numbers its positions from this clock on
    scan(folded, sink);
    std::sort(s.found.begin(), s.found.end());
    QVarLengthArray<quint16, 8> ids;
    ids.append(s.found.data(), qsizetype(s.found.size()));
    return ids;
}
