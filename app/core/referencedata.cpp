// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencedata.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ReferenceData", text);
}
} // namespace

bool ReferenceData::load(const QByteArray &json, const QString &fileName, ReferenceData *out, Diagnostic *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(error, {fileName, int(json.left(parseError.offset).count('\n')) + 1, parseError.errorString()});
    ReferenceData data;
    const QJsonObject root = doc.object();
    for (const QJsonValue &v : root.value(QLatin1String("regions")).toArray()) {
        const QJsonObject o = v.toObject();
        data.m_regions.append({o.value(QLatin1String("id")).toString(), o.value(QLatin1String("name_zh")).toString(),
                               o.value(QLatin1String("name_en")).toString()});
    }
    for (const QJsonValue &v : root.value(QLatin1String("provinces")).toArray()) {
        const QJsonObject o = v.toObject();
        Province p{o.value(QLatin1String("code")).toString(), o.value(QLatin1String("name_zh")).toString(),
                   o.value(QLatin1String("short_zh")).toString(), o.value(QLatin1String("name_en")).toString(),
                   o.value(QLatin1String("region")).toString()};
        if (p.code.isEmpty() || p.nameZh.isEmpty() || p.shortZh.isEmpty() || p.nameEn.isEmpty()
            || data.regionIndex(p.region) < 0)
            return fail(error, {fileName, 0,
                                tr("province entry %1 is incomplete or names an unknown region")
                                    .arg(data.m_provinces.size() + 1)});
        const int index = int(data.m_provinces.size());
        data.m_byName.insert(p.nameZh, index);
        data.m_byName.insert(p.shortZh, index);
        for (const QString &name : {p.nameZh, p.shortZh}) {
            data.m_names.append({name, index});
            data.m_nameStarts.set(name.front().unicode());
            data.m_nameEnds.set(name.back().unicode());
        }
        data.m_longestName = std::max({data.m_longestName, p.nameZh.size(), p.shortZh.size()});
        for (const QJsonValue &a : o.value(QLatin1String("abbreviations_zh")).toArray())
            data.m_abbreviations.insert(a.toString(), index);
        data.m_provinces.append(p);
    }
    if (data.m_provinces.isEmpty())
        return fail(error, {fileName, 0, tr("no provinces defined")});
    const QJsonObject variants = root.value(QLatin1String("variant_characters")).toObject();
    for (auto it = variants.begin(); it != variants.end(); ++it) {
        const QString standard = it.value().toString();
        if (it.key().size() != 1 || standard.size() != 1)
            return fail(error, {fileName, 0, tr("variant_characters: “%1” must map one character to one").arg(it.key())});
        data.m_variants.insert(it.key().front(), standard.front());
    }
    std::stable_sort(data.m_names.begin(), data.m_names.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    if (out)
        *out = std::move(data);
    return true;
}

const ReferenceData &ReferenceData::builtIn()
{
    static const ReferenceData data = [] {
        ReferenceData d;
        QFile file(QStringLiteral(":/data/provinces.json"));
        Diagnostic error;
        if (!file.open(QIODevice::ReadOnly) || !load(file.readAll(), file.fileName(), &d, &error))
            qFatal("built-in reference data is broken: %s", qPrintable(error.toString()));
        return d;
    }();
    return data;
}

const Province *ReferenceData::findLenient(QStringView name) const
{
    if (name.size() > 4 * m_longestName)
        return nullptr;
    static const QString decorations = QStringLiteral("【】[]〔〕〖〗「」『』《》〈〉<>()（）*#_◆◇■□●○▲△▶►★☆·•-—–=~|/:：");
    QString compact;
    compact.reserve(name.size());
    for (QChar c : name) {
        if (c.isSpace() || isInvisible(c) || decorations.contains(c))
            continue;
        compact += m_variants.value(c, c);
    }
    for (const QHash<QString, int> *names : {&m_byName, &m_abbreviations})
        if (const auto it = names->constFind(compact); it != names->constEnd())
            return &m_provinces.at(*it);
    return nullptr;
}

const Province *ReferenceData::findProvince(QStringView header) const
{
    QStringView name = header.trimmed();
    if (name.size() > m_longestName + 8) // every line of a corpus passes here: most are items
        return nullptr;
    while (name.endsWith(u':') || name.endsWith(u'：'))
        name.chop(1);
    name = name.trimmed();
    const auto it = m_byName.constFind(name.toString());
    return it == m_byName.constEnd() ? nullptr : &m_provinces.at(*it);
}

const Province *ReferenceData::provinceAt(QStringView text, qsizetype *length) const
{
    if (text.isEmpty() || !canStartName(text.front()))
        return nullptr;
    for (const auto &[name, index] : m_names) {
        if (name.front() == text.front() && text.startsWith(name)) {
            if (length)
                *length = name.size();
            return &m_provinces.at(index);
        }
    }
    return nullptr;
}

const Province *ReferenceData::provinceByCode(const QString &code) const
{
    for (const Province &p : m_provinces)
        if (p.code == code)
            return &p;
    return nullptr;
}

const Region *ReferenceData::findRegion(QStringView name) const
{
    for (const Region &r : m_regions)
        if (name.compare(r.id, Qt::CaseInsensitive) == 0 || name == r.nameZh
            || name.compare(r.nameEn, Qt::CaseInsensitive) == 0)
            return &r;
    return nullptr;
}

int ReferenceData::regionIndex(const QString &id) const
{
    for (int i = 0; i < m_regions.size(); ++i)
        if (m_regions.at(i).id == id)
            return i;
    return -1;
}
