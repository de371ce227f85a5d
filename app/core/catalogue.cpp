// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue.h"

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

bool isGapStop(QChar c)
{
    static const QString stops = QStringLiteral("，。；：！？、,.;:!?\n\r");
    return stops.contains(c);
}

int lineOf(const QByteArray &json, qsizetype offset)
{
    return offset < 0 ? 0 : int(json.left(offset).count('\n')) + 1;
}

// The line where the entry with this id is written, to point the user at it; occurrence counts
// from 0 and picks among entries that repeat the id.
int lineOfId(const QByteArray &json, const QString &id, int occurrence)
{
    if (id.isEmpty())
        return 0;
    static const QRegularExpression idKey(QStringLiteral("\"id\"\\s*:\\s*\""));
    const QString text = QString::fromUtf8(json);
    QRegularExpressionMatchIterator it = idKey.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (QStringView(text).sliced(m.capturedEnd()).startsWith(id + u'"') && occurrence-- == 0)
            return int(QStringView(text).first(m.capturedStart()).count(u'\n')) + 1;
    }
    return 0;
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

    static const QRegularExpression idSyntax(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    Catalogue catalogue;
    catalogue.m_fileName = fileName;
    QSet<QString> ids;
    QJsonArray canonical;
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject o = entries.at(i).toObject();
        Initiative initiative;
        initiative.id = o.value(QLatin1String("id")).toString();
        initiative.nameZh = o.value(QLatin1String("name_zh")).toString().trimmed();
        initiative.nameEn = o.value(QLatin1String("name_en")).toString().trimmed();
        initiative.descriptionZh = o.value(QLatin1String("description_zh")).toString().trimmed();
        initiative.descriptionEn = o.value(QLatin1String("description_en")).toString().trimmed();
        int occurrence = 0; // earlier entries with the same id: a duplicate is reported where it is
        for (int k = 0; k < i; ++k)
            occurrence += entries.at(k).toObject().value(QLatin1String("id")).toString() == initiative.id;
        const int line = lineOfId(json, initiative.id, occurrence);
        const QString entry = initiative.id.isEmpty() ? tr("initiative %1").arg(i + 1)
                                                      : tr("initiative %1 (\"%2\")").arg(QString::number(i + 1), initiative.id);
        auto entryError = [&](const QString &message) { return fail(error, {fileName, line, entry + QLatin1String(": ") + message}); };

        if (!entries.at(i).isObject())
            return entryError(tr("is not an object"));
        if (initiative.id.isEmpty())
            return entryError(tr("missing \"id\""));
        if (!idSyntax.match(initiative.id).hasMatch())
            return entryError(tr("\"id\" must be lower-case letters, digits and single hyphens"));
        if (ids.contains(initiative.id))
            return entryError(tr("duplicate id"));
        ids.insert(initiative.id);
        if (initiative.nameZh.isEmpty())
            return entryError(tr("missing \"name_zh\""));
        if (initiative.nameEn.isEmpty())
            return entryError(tr("missing \"name_en\""));
        const QJsonValue patterns = o.value(QLatin1String("patterns"));
        if (!patterns.isArray() || patterns.toArray().isEmpty())
            return entryError(tr("missing \"patterns\" (a non-empty list of strings)"));
        for (const QJsonValue &p : patterns.toArray()) {
            const QString pattern = p.toString().trimmed();
            if (!p.isString() || pattern.isEmpty())
                return entryError(tr("a pattern is empty or not a string"));
            if (pattern.size() > MaxPatternLength)
                return entryError(tr("pattern \"%1\" is longer than %2 characters").arg(pattern, QString::number(MaxPatternLength)));
            const QStringList parts = TextFold::fold(pattern).split(Gap);
            if (std::any_of(parts.cbegin(), parts.cend(), [](const QString &s) { return s.isEmpty(); }))
                return entryError(tr("pattern \"%1\": a gap (…) may not start or end a pattern, nor follow another gap")
                                      .arg(pattern));
            if (parts.size() - 1 > MaxGapsPerPattern)
                return entryError(tr("pattern \"%1\" has more than %2 gaps").arg(pattern, QString::number(MaxGapsPerPattern)));
            initiative.patterns.append(pattern);
            catalogue.m_patterns.append({int(catalogue.m_initiatives.size()), parts});
        }
        canonical.append(QJsonObject{{QLatin1String("id"), initiative.id},
                                     {QLatin1String("patterns"), QJsonArray::fromStringList(initiative.patterns)}});
        catalogue.m_initiatives.append(initiative);
    }
    for (int p = 0; p < catalogue.m_patterns.size(); ++p) {
        const char16_t first = catalogue.m_patterns.at(p).parts.first().front().unicode();
        catalogue.m_firstChars[first >> 6] |= quint64(1) << (first & 63);
        catalogue.m_byFirstChar[first].append(p);
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
    for (int i = 0; i < m_initiatives.size(); ++i)
        if (m_initiatives.at(i).id == id)
            return i;
    return -1;
}

// Matches parts[part..] starting exactly at pos; each later part may start after a gap of up to
// MaxGap characters that holds no punctuation. At most (MaxGap+1)^MaxGapsPerPattern attempts.
bool Catalogue::matchFrom(QStringView folded, const Pattern &pattern, int part, qsizetype pos, qsizetype *end) const
{
    const QString &literal = pattern.parts.at(part);
    if (folded.size() - pos < literal.size()
        || std::memcmp(folded.data() + pos, literal.constData(), size_t(literal.size()) * sizeof(QChar)) != 0)
        return false;
    pos += literal.size();
    if (part + 1 == pattern.parts.size()) {
        *end = pos;
        return true;
    }
    for (int gap = 0; gap <= MaxGap && pos + gap < folded.size(); ++gap) {
        if (gap > 0 && isGapStop(folded[pos + gap - 1]))
            break;
        if (matchFrom(folded, pattern, part + 1, pos + gap, end))
            return true;
    }
    return false;
}

template<typename Visit>
void Catalogue::scan(QStringView folded, Visit visit) const
{
    // One pass over the text: only positions whose character starts some pattern are looked at.
    const qsizetype n = folded.size();
    for (qsizetype at = 0; at < n; ++at) {
        const char16_t c = folded[at].unicode();
        if (!(m_firstChars[c >> 6] & (quint64(1) << (c & 63))))
            continue;
        const auto candidates = m_byFirstChar.constFind(c);
        if (candidates == m_byFirstChar.constEnd())
            continue;
        for (int p : *candidates) {
            const Pattern &pattern = m_patterns.at(p);
            qsizetype end = 0;
            if (matchFrom(folded, pattern, 0, at, &end) && !visit(pattern.initiative, at, end))
                return;
        }
    }
}

QList<Mention> Catalogue::find(QStringView text) const
{
    const QString folded = TextFold::fold(text);
    QList<Mention> found;
    scan(folded, [&](int initiative, qsizetype start, qsizetype end) {
        found.append({initiative, int(start), int(end - start)});
        return true;
    });
    std::sort(found.begin(), found.end(), [](const Mention &a, const Mention &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    // Merge overlapping mentions of the same initiative (产教融合 found by two patterns). They come
    // by start, so only the initiative's latest merged mention can overlap the next one.
    QList<Mention> merged;
    QHash<int, qsizetype> latest; // initiative → its latest mention in merged
    for (const Mention &m : std::as_const(found)) {
        const auto it = latest.constFind(m.initiative);
        if (it != latest.constEnd()) {
            Mention &same = merged[*it];
            if (same.start + same.length > m.start) {
                same.length = std::max(same.start + same.length, m.start + m.length) - same.start;
                continue;
            }
        }
        latest.insert(m.initiative, merged.size());
        merged.append(m);
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
    QVarLengthArray<bool, 64> seen(m_initiatives.size());
    std::fill(seen.begin(), seen.end(), false);
    scan(folded, [&](int initiative, qsizetype, qsizetype) {
        seen[initiative] = true;
        return true;
    });
    QVarLengthArray<quint16, 8> ids;
    for (int i = 0; i < seen.size(); ++i)
        if (seen[i])
            ids.append(quint16(i));
    return ids;
}
