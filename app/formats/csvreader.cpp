// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include "textdecoder.h"

#include <QCoreApplication>

namespace {

// The context of this file's messages; called as TableReader::tr so that lupdate files them there.
struct TableReader
{
    Q_DECLARE_TR_FUNCTIONS(TableReader)
};

} // namespace

bool readDelimited(const QByteArray &bytes, char delimiter, const QString &path, Table *out, Diagnostic *error)
{
    DecodedUtf8 decoded;
    if (!decodeUtf8(bytes, path, &decoded, error))
        return false;
    const QByteArrayView text = decoded.text();

    Table table;
    table.format = delimiter == '\t' ? QStringLiteral("tsv") : QStringLiteral("csv");
    table.encoding = decoded.encoding;
    table.originsAreLines = true;

    const qsizetype n = text.size();
    qsizetype p = 0;
    int line = 1;
    // Counts a line break at p (LF, CRLF or a lone CR) and moves past it; false when there is none.
    auto lineBreak = [&](qsizetype *at) {
        if (text[*at] == '\n') {
            ++*at;
        } else if (text[*at] == '\r') {
            *at += *at + 1 < n && text[*at + 1] == '\n' ? 2 : 1;
        } else {
            return false;
        }
        ++line;
        return true;
    };
    while (p < n) {
        TableRow row;
        row.origin = line;
        QByteArray field;
        bool recordEnded = false;
        while (!recordEnded) {
            field.clear();
            if (p < n && text[p] == '"') {
                // A quoted field: up to the quote that is not doubled; then, leniently, anything
                // up to the next delimiter belongs to the field too.
                const int quoteLine = line;
                ++p;
                for (;;) {
                    if (p >= n)
                        return fail(error, {path, quoteLine,
                                            TableReader::tr("a quoted cell starts here and is never closed: a double quote (\") "
                                               "is missing")});
                    if (text[p] == '"') {
                        if (p + 1 < n && text[p + 1] == '"') {
                            field.append('"');
                            p += 2;
                            continue;
                        }
                        ++p;
                        break;
                    }
                    if (lineBreak(&p)) {
                        field.append('\n');
                        continue;
                    }
                    qsizetype end = p + 1; // a run of ordinary bytes, appended at once
                    while (end < n && text[end] != '"' && text[end] != '\n' && text[end] != '\r')
                        ++end;
                    field.append(text.sliced(p, end - p));
                    p = end;
                }
            }
            qsizetype end = p;
            while (end < n && text[end] != delimiter && text[end] != '\n' && text[end] != '\r')
                ++end;
            field.append(text.sliced(p, end - p));
            p = end;
            row.cells.append(QString::fromUtf8(field));
            if (p >= n) {
                recordEnded = true;
            } else if (text[p] == delimiter) {
                ++p;
            } else {
                lineBreak(&p);
                recordEnded = true;
            }
        }
        bool empty = true;
        for (const QString &cell : std::as_const(row.cells))
            empty = empty && cell.trimmed().isEmpty();
        if (!empty)
            table.rows.append(std::move(row));
    }
    *out = std::move(table);
    return true;
}
