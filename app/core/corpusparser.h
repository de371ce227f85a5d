// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "sourcetext.h"

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
    QString published; // the date a byline gives (发布时间), as published; empty when none
    QString format = QStringLiteral("text"); // what the file was read as: text, html, docx, pdf, csv, tsv, xlsx
    // What ended the content: a 来源 line or the first line of a page footer; 0 and empty when
    // the content ran to the end of the file. The import summary and the preview show it.
    int contentEndLine = 0;
    QString contentEndText; // that line as published
    QString contentEndReason; // why it ends the content, in words
    QByteArray contentHash; // SHA-256 (hex) of the normalised content: same text, same hash, whatever the encoding
    QList<ParsedUnit> units;
    Diagnostics warnings;

    int itemCount() const; // items and sub-items
};

// Receives a document while the parser reads it: each item as soon as its text is complete,
// so that a file of a million items never has to be held as items all at once.
class CorpusSink
{
public:
    virtual ~CorpusSink() = default;
    // A section header naming a unit the document has not named before (a repeated header
    // merges its items into the earlier unit: no call).
    virtual bool unit(int unitIndex, const ParsedUnit &unit, Diagnostic *error) = 0;
    // An item of the document's unitIndex-th unit; a sub-item belongs to the last top-level
    // item given for that unit. item.subItems is empty: sub-items come as calls of their own.
    virtual bool item(int unitIndex, bool subItem, ParsedItem &item, Diagnostic *error) = 0;
    // How far the parser has read: every few thousand lines, and at the end. false stops it.
    virtual bool progress(qint64 bytesRead, qint64 bytesTotal, Diagnostic *error)
    {
        Q_UNUSED(bytesRead)
        Q_UNUSED(bytesTotal)
        Q_UNUSED(error)
        return true;
    }
};

// A document: a title line, bylines and an optional lead paragraph, then sections (a header naming
// a provincial-level unit, then its numbered items, which may have numbered sub-items, or its
// paragraphs), and a 来源 line or a page footer that ends the content; anything after it is
// ignored. The forms a header, an item, a byline or a footer is published in are the layout rules
// of layoutrules.h; a line the rules cannot place without risk of filing text under the wrong
// province is refused with an error naming it, or repaired with a warning naming it.
class CorpusParser
{
public:
    explicit CorpusParser(const ReferenceData &reference);
    // Files of other formats (web pages, Word, PDF, tables) are read through this reader first;
    // without one, or when it says NotMine, a file is read as text. Not owned.
    void setSourceReader(const SourceReader *reader) { m_reader = reader; }

    bool parseFile(const QString &path, ParsedDocument *out, Diagnostic *error) const;
    bool parseBytes(const QByteArray &bytes, const QString &fileName, ParsedDocument *out, Diagnostic *error) const;
    bool parseText(const QString &text, const QString &fileName, ParsedDocument *out, Diagnostic *error) const;

    // Streaming: items go to the sink as they are read; out receives everything else (title,
    // source, hash, warnings, the units without their items). A sink's failure stops the parse.
    bool parseFile(const QString &path, ParsedDocument *out, CorpusSink *sink, Diagnostic *error) const;
    bool parseBytes(const QByteArray &bytes, const QString &fileName, ParsedDocument *out, CorpusSink *sink,
                    Diagnostic *error) const;
    // A document another format's reader produced (see SourceReader): the same layout rules,
    // with messages naming the place in the original file.
    bool parseSource(const SourceText &source, const QString &fileName, ParsedDocument *out, CorpusSink *sink,
                     Diagnostic *error) const;
    // Gives a parsed document's units and items to a sink, as a streaming parse would have.
    static bool replay(const ParsedDocument &doc, CorpusSink *sink, Diagnostic *error);

private:
    bool parseUtf8(QByteArrayView text, bool stripFirstBom, const QString &fileName, ParsedDocument *out,
                   CorpusSink *sink, Diagnostic *error, const SourceText *source = nullptr) const;

    const ReferenceData &m_reference;
    const SourceReader *m_reader = nullptr;
};
