// SPDX-License-Identifier: GPL-3.0-or-later
// The hand count of the seed corpus (tests/data/hand-count.md), read independently of the
// application: the reference that initiative counts are checked against. Shared by the core,
// models and command-line tests; needs only Qt Core and TEST_DATA_DIR.
#pragma once

#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// One "- 省份 N" line of the hand count: the province and the item label ("5" or "5(1)").
struct HandEntry
{
    QString province;
    QString item;
};

// One "## id (name)" section of hand-count.md: the initiative, one entry per counted item, and
// the "provinces: P, items: I" totals stated under the list. The counted items are kept in each
// of the forms the tests compare them in.
struct HandCount
{
    QString id;
    QString nameZh; // the name in brackets after the id
    QList<HandEntry> entries;
    QStringList labels; // "省份 N" or "贵州省 5(1)"
    QStringList itemKeys; // the same as labels: each counted item as written
    QStringList itemUnits; // the unit of each counted item ("贵州省" twice for 贵州省 4 and 5(1))
    int provinces = -1; // as stated under the list; -1 if not stated
    int items = -1;

    int itemsOf(const QString &unit) const { return int(itemUnits.count(unit)); }
    QStringList units() const
    {
        QStringList out;
        for (const QString &u : itemUnits)
            if (!out.contains(u))
                out.append(u);
        return out;
    }
};

// Reads the "## id (name)" sections of hand-count.md: their "- 省份 N" lines and their
// "provinces: P, items: I" line. Judgement paragraphs, and anything after the totals of a
// section, are ignored. If the file cannot be read, returns nothing and sets *error.
inline QList<HandCount> readHandCount(QString *error = nullptr)
{
    QFile file(QStringLiteral(TEST_DATA_DIR "/hand-count.md"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    static const QRegularExpression heading(QStringLiteral("^## ([a-z0-9-]+)(?: \\((.*)\\))?$"));
    static const QRegularExpression entry(QStringLiteral("^- (\\S+) (\\d+(?:\\(\\d+\\))?)$"));
    static const QRegularExpression totals(QStringLiteral("^provinces: (\\d+), items: (\\d+)$"));
    QList<HandCount> sections;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        QRegularExpressionMatch m = heading.match(line);
        if (m.hasMatch()) {
            HandCount section;
            section.id = m.captured(1);
            section.nameZh = m.captured(2);
            sections.append(section);
            continue;
        }
        if (sections.isEmpty() || sections.last().provinces >= 0)
            continue;
        m = entry.match(line);
        if (m.hasMatch()) {
            HandCount &s = sections.last();
            const QString label = m.captured(1) + u' ' + m.captured(2);
            s.entries.append({m.captured(1), m.captured(2)});
            s.labels.append(label);
            s.itemKeys.append(label);
            s.itemUnits.append(m.captured(1));
            continue;
        }
        m = totals.match(line);
        if (m.hasMatch()) {
            sections.last().provinces = m.captured(1).toInt();
            sections.last().items = m.captured(2).toInt();
        }
    }
    return sections;
}
