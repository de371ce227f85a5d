// SPDX-License-Identifier: GPL-3.0-or-later
// Reads CSV strictly as RFC 4180 with CRLF record ends (what TableWriter writes), independently
// of the writer: for the tests that check exported tables. Qt Core only.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

// The records of bytes (UTF-8, no BOM: strip it first); false with *error on anything malformed.
inline bool readCsv(const QByteArray &bytes, QList<QStringList> *records, QString *error)
{
    auto bad = [error](const QString &message) {
        *error = message;
        return false;
    };
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return bad(QStringLiteral("not valid UTF-8"));
    records->clear();
    QStringList record;
    QString field;
    bool inQuotes = false, quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c != u'"') {
                field += c;
            } else if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else {
                inQuotes = false;
            }
            continue;
        }
        if (c == u'"') {
            if (quoted || !field.isEmpty())
                return bad(QStringLiteral("quote inside an unquoted field at offset %1").arg(i));
            inQuotes = quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            quoted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                return bad(QStringLiteral("CR without LF at offset %1").arg(i));
            record.append(field);
            records->append(record);
            record.clear();
            field.clear();
            quoted = false;
            ++i;
        } else if (c == u'\n') {
            return bad(QStringLiteral("LF without CR at offset %1").arg(i));
        } else {
            if (quoted)
                return bad(QStringLiteral("text after a closing quote at offset %1").arg(i));
            field += c;
        }
    }
    if (inQuotes || !field.isEmpty() || !record.isEmpty())
        return bad(QStringLiteral("the last record does not end with CRLF"));
    return true;
}
