// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QIODevice;

struct TableWriterOptions
{
    bool bom = false; // CSV only
    QString sheetName = QStringLiteral("Sheet1"); // XLSX only
    QList<double> columnWidths; // XLSX only, in characters; missing ones follow the header's length
};

// Writes a table row by row, so that a million rows are never held at once, in one of three
// formats:
// - CSV: RFC 4180, UTF-8, a header row, CRLF; optionally a byte-order mark first (Excel on a
//   Chinese Windows reads UTF-8 without one as GBK). Text cells that a spreadsheet would run as a
//   formula (= + - @ tab CR at the start) get a leading apostrophe.
// - JSON: an array of objects, one per row (keys in QJsonObject's order), indented.
// - XLSX: one worksheet with a bold, frozen header row and the given column widths; text cells
//   are strings (never formulas), integer cells numbers. Excel holds at most 32,767 characters
//   in a cell: longer texts are cut there and counted (truncatedCells()).
// Cells are QString (text) or integers; anything else is written as its string.
// The command line and the window write every table through this class.
class TableWriter
{
public:
    enum class Format { Csv, Json, Xlsx };
    static constexpr int XlsxMaxCellCharacters = 32767;
    static constexpr int XlsxMaxRows = 1048576; // the header row included

    using Options = TableWriterOptions;

    // "csv", "json", "xlsx" (any case); false for anything else.
    static bool parseFormat(const QString &name, Format *format);
    static QString formatName(Format format); // "csv", "json", "xlsx": also the file suffix

    // Writes to device, which must be open for writing and stay so until finish(). XLSX is
    // assembled in a temporary folder (libxlsxwriter writes files) and copied to device by finish().
    TableWriter(QIODevice *device, Format format, QStringList columns, Options options = {});
    ~TableWriter();
    TableWriter(const TableWriter &) = delete;
    TableWriter &operator=(const TableWriter &) = delete;

    // False once anything has failed (then errorString() says what, and the rest is ignored).
    bool addRow(const QVariantList &cells);
    // Writes what is still held and checks the result; false (errorString()) on failure.
    bool finish();
    QString errorString() const { return m_error; }
    qint64 rows() const { return m_rows; }
    int truncatedCells() const { return m_truncated; }

    // A CSV field as written (quoted when needed, formulas neutralised).
    static QString csvField(const QVariant &cell);

private:
    struct Xlsx;
    bool write(const QByteArray &bytes);
    bool start();
    bool fail(const QString &message);

    QIODevice *m_device;
    Format m_format;
    QStringList m_columns;
    Options m_options;
    std::unique_ptr<Xlsx> m_xlsx;
    QString m_error;
    qint64 m_rows = 0;
    int m_truncated = 0;
    bool m_started = false;
    bool m_finished = false;
};

// A small table held in memory (the province list, the counts, the matrix), written at once.
struct Table
{
    QStringList columns;
    QList<QVariantList> rows;

    void addRow(QVariantList cells) { rows.append(std::move(cells)); }
    // CSV or JSON bytes, exactly what a TableWriter writes for these rows.
    QByteArray to(TableWriter::Format format, const TableWriter::Options &options = {}) const;
    // Writes the table to a file through OutputFile (whole or not at all, never onto the
    // database in use), in any of the three formats.
    bool save(const QString &path, TableWriter::Format format, const QString &databaseInUse, Diagnostic *error,
              const TableWriter::Options &options = {}) const;
};
