// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formatreader.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

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
    Diagnostics warnings; // what the reader left out (a workbook's other sheets)
};

// One item per row, as SourceText for the corpus parser (linesAreItems): a line naming the
// province whenever it changes, then the row's text on one line (line breaks in a cell become
// spaces). The header row names the columns (see findTableHeader); other columns, such as a
// 备注 (remark) column, are ignored. Rows above the header row, such as a title, are skipped.
// columns, when set (--columns), says which columns to use instead: by header name, or by
// number (then the first row is a header unless its province cell names a province).
//
// Each row below the header is read by TableRowReader's rules. The year column's non-empty
// cells must all give the same year, which becomes SourceText::year. Every refusal names the
// file and the row.
bool tableToSource(const Table &table, const TableColumns &columns, const ReferenceData &reference,
                   const QString &path, SourceText *out, Diagnostic *error);

// The columns a table's header row names.
struct TableHeader
{
    int row = -1; // index of the header row in the rows; -1: none
    int province = -1, text = -1, year = -1; // column indices; year -1 when there is no year column
    bool isFound() const { return row >= 0; }
};

// The header row of a table whose columns nobody named (no --columns; web page and Word
// tables always): the first of its first ten non-empty rows that names a province column and
// a text column.
//
// A header cell is compared trimmed, without the spaces in it and without a note in brackets
// at its end (省(自治区、直辖市) is 省), regardless of case. Province: 省份, 地区, 省, 省市,
// 地方, 省区市, 省市区, 省区, 省级行政区, province. Text: 内容, 表述, 原文, text, content, or
// a short qualified form of the first three (相关表述, 主要内容, “职业教育”相关表述): at most 16
// characters before it, no sentence punctuation, not a remark (备注…, 说明…) and not a
// cell that says there is none (无相关内容). Year, optional: 年份, 年度, year. A name matched
// exactly wins over a qualified one. A data row never has both a province and a text header
// (its province cell names a place), so it is not taken for the header.
TableHeader findTableHeader(const QList<TableRow> &rows);

// A province cell the parser will take as a section header: a province it knows, or a name
// that looks like a provincial-level unit (the parser's rule for a non-standard unit header).
bool namesProvincialUnit(const ReferenceData &reference, const QString &name);

// The rules for the rows below a table's header, the same for every format's tables:
// - a row gives its text cell as one item, on one line (line breaks in the cell become spaces);
// - a row with an empty province cell continues the province above (in the same table);
// - a row whose text is empty or says there is none (暂无, 无, 无相关内容, 暂无相关表述, none,
//   a dash) is not an item;
// - a province is given on a line of its own, before its first item and whenever it changes:
//   a province without items does not appear;
// - the year column's non-empty cells must all give the same year (across every table read).
// Lines go to sink: (text, origin of its row). A refusal names the file and the row's origin.
class TableRowReader
{
    Q_DECLARE_TR_FUNCTIONS(TableReader)
public:
    using Sink = std::function<void(const QString &line, int origin)>;
    // rowWord: what messages call a row ("row"; "line" in CSV, where a row is a line);
    // originWord: what the origins count ("row", "line" of a CSV file or web page, "paragraph").
    TableRowReader(const ReferenceData &reference, const QString &path, const QString &rowWord,
                   const QString &originWord, Sink sink);

    // A new table, with these columns: the province of the rows above is forgotten.
    void startTable(const TableHeader &columns);
    bool read(const TableRow &row, Diagnostic *error);

    int year() const { return m_year; } // 0 while no row had one
    int items() const { return m_items; }
    // Rows with cells but no item: the text cell empty or saying there is none (暂无), by origin.
    const QList<int> &rowsWithoutItem() const { return m_withoutItem; }

private:
    const QString &canonical(const QString &name);

    const ReferenceData &m_reference;
    QString m_path, m_rowWord, m_originWord;
    Sink m_sink;
    QList<int> m_withoutItem;
    TableHeader m_columns;
    QString m_province; // of the rows read so far, as written
    QString m_emitted; // the province of the last line given, as the parser will name it
    QString m_canonicalOf, m_canonicalName; // a cache: 广东 and 广东省 are one province
    int m_year = 0, m_yearOrigin = 0, m_items = 0;
};
