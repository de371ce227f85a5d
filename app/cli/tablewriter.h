// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// A table of results written as CSV (RFC 4180, UTF-8, header row, CRLF) or JSON (an array of
// objects). Text cells that a spreadsheet would run as a formula (= + - @ at the start) are
// prefixed with an apostrophe in CSV.
class TableWriter
{
public:
    enum class Format { Csv, Json };

    explicit TableWriter(QStringList columns);
    void addRow(QVariantList cells); // QString or integer cells
    QByteArray toCsv() const;
    QByteArray toJson() const;
    QByteArray to(Format format) const { return format == Format::Csv ? toCsv() : toJson(); }

    static QString csvField(const QVariant &cell);

private:
    QStringList m_columns;
    QList<QVariantList> m_rows;
};
