// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>

// A document read from a file that is not plain text (a saved web page, a Word file, a PDF, a
// table), as the corpus parser reads it: lines of UTF-8 text, to which the same layout rules
// apply as to a text file, so a Word file laid out like the seed gives the seed's result.
struct SourceText
{
    QString format; // "html", "docx", "pdf", "csv", "tsv", "xlsx"
    QByteArray utf8; // the text, lines separated by '\n'
    QString encoding; // of the file's text where it had one to detect (web pages, CSV); empty: UTF-8
    // Tables: every line is one row, and one item; an unnumbered line never continues the
    // item above it (numbered lines still nest by numbering style, as in a text file).
    bool linesAreItems = false;
    int year = 0; // from a table's year column; 0 when the file has none
    // origins[i]: where line i + 1 of utf8 stands in the file (its line, or a table's row), so
    // that messages name a place the user can find; empty: line numbers are the text's own.
    QList<int> origins;
    // What the reader left out and says so (a workbook's other sheets): given with the parser's.
    Diagnostics warnings;
};

// Reads the file formats it knows into SourceText. The core knows only plain text: the formats
// library (app/formats) implements this for web pages, Word files, PDFs and tables, and whoever
// imports hands it to the parser (CorpusParser::setSourceReader).
class SourceReader
{
public:
    enum class Outcome {
        NotMine, // plain text, or a format no reader knows: the parser reads the file as text
        Read, // out holds the text
        Failed, // a format this reader knows, that cannot be read: error says why
    };
    virtual ~SourceReader() = default;
    // Called on the import's parser thread: must not touch anything of the GUI.
    virtual Outcome read(const QString &path, SourceText *out, Diagnostic *error) const = 0;
};
