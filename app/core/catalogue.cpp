// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue.h"

#include "inputfile.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

namespace {

constexpr QChar Gap = QChar(0x2026); // …

QString tr(const char *text)
{
    return QCoreApplication::translate("Catalogue", text);
}

int lineOf(const QByteArray &json, qsizetype offset)
{
    return offset < 0 ? 0 : int(json.left(offset).count('\n')) + 1;
}

// Text from the file quoted in a message: its beginning when it is long.
QString quoted(const QString &text, qsizetype max = 64)
{
    if (text.size() <= max)
        return text;
    qsizetype cut = max;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + Gap;
}

struct EntryLines
{
    int entry = 0; // where the entry begins
    int id = 0; // where its "id" key is; 0 when it has none
};

// Where each element of the top-level "initiatives" array, and its "id" key, is written, to point
// messages at them. One pass over JSON that QJsonDocument has accepted; keys written with escapes
// are not recognised (the message then names the entry's first line, or none).
QList<EntryLines> locateEntries(const QByteArray &json)
{
    QList<EntryLines> entries;
    const char *p = json.constData();
    const qsizetype n = json.size();
    int line = 1;
    int depth = 0; // containers open around the current character
    int elementDepth = -1; // depth inside the "initiatives" array, while in it
    bool awaitingElement = false;
    bool initiativesKey = false; // the last key at depth 1 was "initiatives"
    qsizetype stringBegin = -1, stringEnd = -1; // the last string, if it may be a key
    int stringLine = 0;
    auto lastStringIs = [&](const char *key) {
        const qsizetype length = qsizetype(qstrlen(key));
        return stringEnd - stringBegin == length && std::memcmp(p + stringBegin, key, size_t(length)) == 0;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        if (c == '\n') {
            ++line;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r')
            continue;
        if (depth == elementDepth && awaitingElement && c != ',' && c != ']') {
            entries.append({line, 0});
            awaitingElement = false;
        }
        switch (c) {
        case '"': {
            stringBegin = i + 1;
            qsizetype j = i + 1;
            while (j < n && p[j] != '"')
                j += p[j] == '\\' ? 2 : 1;
            stringEnd = std::min(j, n);
            stringLine = line;
            i = j;
            continue; // the string stays a key candidate until the next token
        }
        case ':':
            if (stringBegin >= 0 && depth == 1)
                initiativesKey = lastStringIs("initiatives");
            else if (stringBegin >= 0 && elementDepth > 0 && depth == elementDepth + 1 && lastStringIs("id")
                     && !entries.isEmpty() && entries.last().id == 0)
                entries.last().id = stringLine;
            break;
        case '[':
            if (depth == 1 && initiativesKey) { // a repeated key: the last one counts, as for QJsonDocument
                entries.clear();
                elementDepth = 2;
                awaitingElement = true;
            }
            ++depth;
            break;
        case '{':
            ++depth;
            break;
        case ']':
        case '}':
            if (depth == elementDepth)
                elementDepth = -elementDepth; // closed; remembered so that nothing else matches
            --depth;
            break;
        case ',':
            if (depth == 1)
                initiativesKey = false;
            if (depth == elementDepth)
                awaitingElement = true;
            break;
        default:
            break;
        }
        stringBegin = -1;
    }
    return entries;
}

} // namespace

bool Catalogue::load(const QByteArray &json, const QString &fileName, Catalogue *out, Diagnostic *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(error, {fileName, lineOf(json, parseError.offset),
                            tr("not valid JSON: %1").arg(parseError.errorString())});
    const QJsonArray entries = doc.object().value(QLatin1String("initiatives")).toArray();
    if (!doc.isObject() || entries.isEmpty())
        return fail(error, {fileName, 1, tr("expected an object with a non-empty \"initiatives\" array")});
    QList<EntryLines> lines = locateEntries(json);
    if (lines.size() != entries.size())
        lines = QList<EntryLines>(entries.size()); // not found as written: no lines rather than wrong ones

    static const QRegularExpression idSyntax(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    Catalogue catalogue;
    catalogue.m_fileName = fileName;
    QList<PatternMatcher::Pattern> patterns;
    QList<int> firstPattern; // initiative → the index of its first pattern in patterns
    int patternCount = 0;
    QJsonArray canonical;
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject o = entries.at(i).toObject();
        Initiative initiative;
        initiative.id = o.value(QLatin1String("id")).toString();
        const int line = lines.at(i).id > 0 ? lines.at(i).id : lines.at(i).entry;
        const QString entry = initiative.id.isEmpty()
                                  ? tr("initiative %1").arg(i + 1)
                                  : tr("initiative %1 (\"%2\")").arg(QString::number(i + 1), quoted(initiative.id));
        auto entryError = [&](const QString &message) { return fail(error, {fileName, line, entry + QLatin1String(": ") + message}); };

        if (!entries.at(i).isObject())
            return entryError(tr("is not an object"));
        if (i >= MaxInitiatives)
            return entryError(tr("a catalogue may hold at most %1 initiatives").arg(MaxInitiatives));
        if (initiative.id.isEmpty())
            return entryError(tr("missing \"id\""));
        if (initiative.id.size() > MaxIdLength)
            return entryError(tr("\"id\" is longer than %1 characters").arg(MaxIdLength));
        if (!idSyntax.match(initiative.id).hasMatch())
            return entryError(tr("\"id\" must be lower-case letters, digits and single hyphens"));
        if (catalogue.m_indexOf.contains(initiative.id))
            return entryError(tr("duplicate id"));
        struct Text
        {
            const char *key;
            QString *value;
            int max;
        };
        for (const Text &t : {Text{"name_zh", &initiative.nameZh, MaxNameLength}, Text{"name_en", &initiative.nameEn, MaxNameLength},
                              Text{"description_zh", &initiative.descriptionZh, MaxDescriptionLength},
                              Text{"description_en", &initiative.descriptionEn, MaxDescriptionLength}}) {
            *t.value = o.value(QLatin1String(t.key)).toString().trimmed();
            if (t.value->size() > t.max)
                return entryError(tr("\"%1\" is longer than %2 characters (it has %3)")
                                      .arg(QLatin1String(t.key), QString::number(t.max), QString::number(t.value->size())));
        }
        if (initiative.nameZh.isEmpty())
            return entryError(tr("missing \"name_zh\""));
        if (initiative.nameEn.isEmpty())
            return entryError(tr("missing \"name_en\""));
        const QJsonValue patternsValue = o.value(QLatin1String("patterns"));
        if (!patternsValue.isArray() || patternsValue.toArray().isEmpty())
            return entryError(tr("missing \"patterns\" (a non-empty list of strings)"));
        const QJsonArray list = patternsValue.toArray();
        if (patternCount + list.size() > MaxPatterns)
            return entryError(tr("too many patterns: a catalogue may hold at most %1 patterns in all").arg(MaxPatterns));
        patternCount += int(list.size());
        firstPattern.append(int(patterns.size()));
        for (const QJsonValue &p : list) {
            const QString pattern = p.toString().trimmed();
            if (!p.isString() || pattern.isEmpty())
                return entryError(tr("a pattern is empty or not a string"));
            if (pattern.size() > MaxPatternLength)
                return entryError(tr("pattern \"%1\" is longer than %2 characters").arg(quoted(pattern), QString::number(MaxPatternLength)));
            const QStringList parts = TextFold::fold(pattern).split(Gap);
            if (std::any_of(parts.cbegin(), parts.cend(), [](const QString &s) { return s.isEmpty(); }))
                return entryError(tr("pattern \"%1\": a gap (…) may not start or end a pattern, nor follow another gap")
                                      .arg(pattern));
            if (parts.size() - 1 > MaxGapsPerPattern)
                return entryError(tr("pattern \"%1\" has more than %2 gaps").arg(pattern, QString::number(MaxGapsPerPattern)));
            initiative.patterns.append(pattern);
            patterns.append({int(catalogue.m_initiatives.size()), parts});
        }
        canonical.append(QJsonObject{{QLatin1String("id"), initiative.id},
                                     {QLatin1String("patterns"), QJsonArray::fromStringList(initiative.patterns)}});
        catalogue.m_indexOf.insert(initiative.id, int(catalogue.m_initiatives.size()));
        catalogue.m_initiatives.append(initiative);
    }
    catalogue.m_matcher = std::make_shared<const PatternMatcher>(patterns, catalogue.size());
    if (catalogue.m_matcher->costBound() > MaxMatchCost) {
        const int costliest = std::max(catalogue.m_matcher->costliestPattern(), 0);
        const int i = patterns.at(costliest).initiative;
        const Initiative &initiative = catalogue.m_initiatives.at(i);
        const QString pattern = initiative.patterns.at(costliest - firstPattern.at(i));
        return fail(error, {fileName, lines.at(i).id > 0 ? lines.at(i).id : lines.at(i).entry,
                            tr("initiative %1 (\"%2\")").arg(QString::number(i + 1), initiative.id) + QLatin1String(": ")
                                + tr("pattern \"%1\": too many patterns with gaps combine the same parts; matching "
                                     "could take %2 steps per character of text (at most %3 are allowed)")
                                      .arg(pattern, QString::number(catalogue.m_matcher->costBound()),
                                           QString::number(MaxMatchCost))});
    }
    catalogue.m_fingerprint =
        QCryptographicHash::hash(QJsonDocument(canonical).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex();
    if (out)
        *out = std::move(catalogue);
    return true;
}

bool Catalogue::loadFile(const QString &path, Catalogue *out, Diagnostic *error)
{
    // A pipe would block the start-up, a device never end: refused before it is opened.
    if (!InputFile::check(path, error))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, {path, 0, tr("cannot read the catalogue: %1").arg(file.errorString())});
    return load(file.readAll(), path, out, error);
}

const Catalogue &Catalogue::builtIn()
{
    static const Catalogue catalogue = [] {
        Catalogue c;
        Diagnostic error;
        if (!loadFile(QStringLiteral(":/catalogue/initiatives.json"), &c, &error))
            qFatal("built-in catalogue is broken: %s", qPrintable(error.toString()));
        return c;
    }();
    return catalogue;
}

int Catalogue::indexOf(const QString &id) const
{
    return m_indexOf.value(id, -1);
}

QList<Mention> Catalogue::find(QStringView text) const
{
    if (!m_matcher)
        return {};
    std::vector<PatternMatcher::Match> matches;
    m_matcher->findAll(TextFold::fold(text), &matches);
    std::sort(matches.begin(), matches.end(), [](const PatternMatcher::Match &a, const PatternMatcher::Match &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    // Merge overlapping matches of the same initiative (产教融合 found by two patterns). They come
    // by start, so only the initiative's latest merged mention can overlap the next one.
    QList<Mention> merged;
    QHash<int, qsizetype> latest; // initiative → its latest mention in merged
    for (const PatternMatcher::Match &m : matches) {
        const auto it = latest.constFind(m.initiative);
        if (it != latest.constEnd()) {
            Mention &same = merged[*it];
            if (same.start + same.length > m.start) {
                same.length = std::max(same.start + same.length, int(m.end)) - same.start;
                continue;
            }
        }
        latest.insert(m.initiative, merged.size());
        merged.append({m.initiative, int(m.start), int(m.end - m.start)});
    }
    return merged;
}

QList<int> Catalogue::initiativesIn(QStringView text) const
{
    return initiativesInFolded(TextFold::fold(text));
}

QList<int> Catalogue::initiativesInFolded(QStringView folded) const
{
    QList<int> ids;
    for (quint16 i : positionsInFolded(folded))
        ids.append(i);
    return ids;
}

QVarLengthArray<quint16, 8> Catalogue::positionsInFolded(QStringView folded) const
{
    return m_matcher ? m_matcher->initiativesIn(folded) : QVarLengthArray<quint16, 8>();
}
