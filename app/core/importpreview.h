// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpusparser.h"
#include "diagnostic.h"

#include <QList>
#include <QString>

#include <functional>

// A unit as the preview shows it: where its header is, how many items it has, and how its first
// item begins. A repeated header's items count under the unit's first header.
struct UnitPreview
{
    QString nameZh; // as in ParsedUnit
    QString code; // empty for a non-standard unit
    int line = 0;
    int items = 0; // top-level items
    int subItems = 0;
    int firstItemLine = 0;
    QString firstItemLabel; // as published: "1、"; empty when unnumbered
    QString firstItemText; // its first OpeningLength characters
    bool firstItemCut = false; // the text goes on after them

    static constexpr int OpeningLength = 32;
    // The first item's number and opening, with "…" when its text goes on: "1、完善职业教育…".
    QString firstItemOpening() const;
};

// What importing a file would bring, found without writing anything: the document's header
// (title, year, format, encoding, source, author, published, what ended the content, warnings),
// its units with their item counts, or why the file cannot be imported. The items themselves
// are counted as they are read, never held, so a file of a million items previews in the
// memory of its text.
struct ImportPreview
{
    QString path;
    ParsedDocument document; // units without their items; empty when the file cannot be imported
    QList<UnitPreview> units;
    Diagnostic error; // FILE:LINE: why the file cannot be imported; empty when it can
    bool cancelled = false; // the progress callback stopped the parse; error says so

    bool canImport() const { return error.isEmpty(); }
    int itemCount() const; // items and sub-items, as the import counts them
    int subItemCount() const;
};

// The share of the file read so far, 0 to 1, on the calling thread; returning false cancels.
using PreviewProgress = std::function<bool(double fraction)>;

// Parses the file as the import will (with the parser's SourceReader, if it has one) and
// returns what it found, the warnings in the order of their lines. Writes nothing and opens no database; safe on any thread.
// The command line's import --dry-run and the window's preview both show this.
ImportPreview previewFile(const CorpusParser &parser, const QString &path, const PreviewProgress &progress = {});
