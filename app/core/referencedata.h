// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QHash>
#include <QList>
#include <QString>

#include <bitset>

struct Region
{
    QString id; // "east", "central", "west", "northeast"
    QString nameZh;
    QString nameEn;
};

struct Province
{
    QString code; // GB/T 2260, e.g. "440000"
    QString nameZh; // 广东省
    QString shortZh; // 广东
    QString nameEn; // Guangdong
    QString region; // Region::id
};

// The provincial-level divisions and the NBS regions, read from a JSON resource.
class ReferenceData
{
public:
    static bool load(const QByteArray &json, const QString &fileName, ReferenceData *out, Diagnostic *error);
    static const ReferenceData &builtIn(); // :/data/provinces.json

    const QList<Region> &regions() const { return m_regions; }
    const QList<Province> &provinces() const { return m_provinces; }

    // Full or short name, with or without a trailing colon or spaces: 广东省, 广东, 广东:
    const Province *findProvince(QStringView header) const;
    const Province *provinceByCode(const QString &code) const;
    // The longest full or short name that text starts with (内蒙古自治区 before 内蒙古), its length
    // in *length; nullptr when text starts with no name. Reads no further than the name.
    const Province *provinceAt(QStringView text, qsizetype *length) const;
    // Cheap tests the parser runs on every line before it looks a name up: whether a name can
    // start, or end, with c.
    bool canStartName(QChar c) const { return m_nameStarts.test(c.unicode()); }
    bool canEndName(QChar c) const { return m_nameEnds.test(c.unicode()); }
    // A name written in a form provinceAt does not read: traditional or variant characters
    // (廣東省), spaces or invisible characters inside it (广　东, 河 北), decorations around it, or
    // its one-character abbreviation (京, 沪); the whole of name must be the province's full or
    // short name, or an abbreviation, once these are taken out.
    const Province *findLenient(QStringView name) const;
    // The standard form of a traditional or variant character in a name (廣 → 广); c otherwise.
    QChar standardChar(QChar c) const { return m_variants.value(c, c); }
    // Invisible characters that may sit inside a word: zero-width space, joiners, word joiner.
    static bool isInvisible(QChar c)
    {
        const char16_t u = c.unicode();
        return (u >= 0x200B && u <= 0x200D) || u == 0x2060 || u == 0xFEFF;
    }
    // By id, Chinese or English name (case-insensitive): "east", "东部", "East".
    const Region *findRegion(QStringView name) const;
    int regionIndex(const QString &id) const;

private:
    QList<Region> m_regions;
    QList<Province> m_provinces;
    QHash<QString, int> m_byName;
    QHash<QChar, QChar> m_variants; // 廣 → 广
    QHash<QString, int> m_abbreviations; // 京 → 北京市, read by findLenient only
    QList<std::pair<QString, int>> m_names; // every full and short name, longest first
    std::bitset<0x10000> m_nameStarts, m_nameEnds;
    qsizetype m_longestName = 0;
};
