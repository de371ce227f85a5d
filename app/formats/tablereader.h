// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formatreader.h"

#include <QList>
#include <QStringList>

class ReferenceData;

// A row of a table as read from the file: its cells in column order (empty cells kept, so
// that columns stay in place) and where the user finds it.
struct TableRow
{
    int origin = 0; // spreadsheet row; for CSV/TSV, the line where the record starts
    QStringList cells;
};

struct Table
{
    QString format; // "csv", "tsv", "xlsx"
    QString encoding; // CSV/TSV: as detected; empty for xlsx
    bool originsAreLines = false; // CSV/TSV: messages say "line", spreadsheets "row"
    QList<TableRow> rows;
};

// One item per row, as SourceText for the corpus parser (linesAreItems): a line naming the
// province whenever it changes, then the row's text on one line (line breaks in a cell become
// spaces). The header row names the columns: province (省份, 地区, 省, 省市, 地方, province),
// text (内容, 表述, 原文, text, content), optionally year (年份, year); other columns are ignored.
// It is the first of the table's first ten non-empty rows that names a province and a text
// column (rows above it, such as a title, are skipped). columns, when set (--columns), says
// which columns to use instead: by header name, or by number (then the first row is a header
// unless its province cell names a province).
//
// A row with an empty province cell continues the province above. A row whose text is empty
// or says there is none (暂无, 无, 无相关内容, none) is not an item; a province only appears
// with its first item. The year column's non-empty cells must all give the same year, which
// becomes SourceText::year. Every refusal names the file and the row.
bool tableToSource(const Table &table, const TableColumns &columns, const ReferenceData &reference,
                   const QString &path, SourceText *out, Diagnostic *error);
