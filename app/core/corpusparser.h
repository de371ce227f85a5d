// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>

class ReferenceData;

struct ParsedItem
{
    int line = 0; // where the item starts in the file
    QString label; // the number as published: "1、", "（2）", "①", "三、"; empty when unnumbered
    int ordinal = 0; // the number's value; 0 when unnumbered
    QString text;
    QList<ParsedItem> subItems;
};

struct ParsedUnit
{
    QString nameZh; // canonical full name (广东省) or the header as written for a non-standard unit
    QString code; // GB/T 2260 code; empty for a non-standard unit
    int line = 0;
    QList<ParsedItem> items;
    bool isStandard() const { return !code.isEmpty(); }
};

struct ParsedDocument
{
    QString fileName;
    QString encoding;
    QString title;
    QString lead; // optional paragraph between the title and the first header
    int year = 0; // 0 when unknown
    QString sourceLine; // the 来源 line as published
    QString source;
    QString author;
    QByteArray contentHash; // SHA-256 (hex) of the normalised content: same text, same hash, whatever the encoding
    QList<ParsedUnit> units;
    Diagnostics warnings;

    int itemCount() const; // items and sub-items
};

// A document: a title line, an optional lead paragraph, then sections (a header naming a
// provincial-level unit, then its numbered items, which may have numbered sub-items), and an
// optional 来源 line that ends the content; anything after it is ignored.
class CorpusParser
{
public:
    explicit CorpusParser(const ReferenceData &reference);

    bool parseFile(const QString &path, ParsedDocument *out, Diagnostic *error) const;
    bool parseBytes(const QByteArray &bytes, const QString &fileName, ParsedDocument *out, Diagnostic *error) const;
    bool parseText(const QString &text, const QString &fileName, ParsedDocument *out, Diagnostic *error) const;

private:
    const ReferenceData &m_reference;
};
