// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "tablewriter.h"

#include <QStringList>

class CorpusIndex;
class QIODevice;
class Store;
struct MatchSet;

// Which items leave the program: all of them, or those of one document, of one unit, and/or
// those a filter lets through (a MatchSet over the index of the same store).
struct ItemSelection
{
    qint64 documentId = 0; // 0: every document
    qint64 unitId = 0; // 0: every unit
    const CorpusIndex *index = nullptr; // with matches: only the items they contain
    const MatchSet *matches = nullptr;
};

// Items and sub-items as a table, one row each in published order (document by document, in the
// order of the file): document_id, year, province_code (empty for a non-standard unit),
// province, number (as published, empty when unnumbered), parent_number (the item a sub-item
// belongs to), text. The command line's `items` and the window's File → Export Items write it.
namespace ItemExport {
QStringList columns();
TableWriter::Options options(bool bom); // column widths, sheet name, CSV byte-order mark

struct Result
{
    qint64 rows = 0;
    int truncatedCells = 0; // XLSX cells cut at Excel's limit
};

// Writes the selected items to an open device (standard output).
bool write(const Store &store, const ItemSelection &selection, QIODevice *device, TableWriter::Format format, bool bom,
           Result *result, Diagnostic *error);
// Writes them to a file through OutputFile: a temporary file first, which replaces path only
// once it is complete and checked. Refuses the database file in use, and a path that is neither
// a regular file nor a new one.
bool save(const Store &store, const ItemSelection &selection, const QString &path, TableWriter::Format format, bool bom,
          Result *result, Diagnostic *error);
// True when path is the database (or one of its -wal, -shm, -journal files).
bool isDatabaseFile(const Store &store, const QString &path);
}
