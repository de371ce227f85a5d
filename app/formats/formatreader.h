// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputfile.h"
#include "sourcetext.h"

#include <QString>

class ReferenceData;

// A column of a table as the user names it (--columns): a header name, matched trimmed and
// regardless of case, or a column number counted from 1.
struct TableColumn
{
    QString name;
    int number = 0; // 1-based; 0 when the column is named
    bool isSet() const { return number > 0 || !name.isEmpty(); }
    QString toString() const { return number > 0 ? QString::number(number) : name; }
};

// Which columns of a table hold the province, the text and (optionally) the year. Unset: the
// reader recognises them by their header (省份/地区/…, 内容/表述/…, 年份/year).
struct TableColumns
{
    TableColumn province;
    TableColumn text;
    TableColumn year; // optional
    bool isSet() const { return province.isSet(); }
};

// Reads the files that are not plain text, so that CorpusParser applies its layout rules to
// their text: saved web pages (.html/.htm), Word (.docx), PDF (.pdf, its text layer) and tables
// (.csv, .tsv, .xlsx: one row, one item; so too a table in a web page or Word file whose header
// row names a province and a text column). The format is recognised by content first and by
// extension only for CSV/TSV; plain text (and bytes that are not text) are NotMine, and the
// parser reads them as it always has. Refuses, before reading, anything that is not a regular
// file and files over MaxFileSize.
//
//     FormatReader reader(ReferenceData::builtIn());
//     FormatReader::Options options;
//     QString message;
//     if (!FormatReader::parseColumns(QStringLiteral("省份,内容"), &options.columns, &message)) …
//     reader.setOptions(options);
//     CorpusParser parser(ReferenceData::builtIn());
//     parser.setSourceReader(&reader);
//
// read() is const and keeps no state between files: one reader may serve several threads.
class FormatReader : public SourceReader
{
public:
    struct Options
    {
        // Table files (CSV, TSV, XLSX): which columns to use; unset: recognised by header. Tables
        // in web pages and Word files are always recognised by their header.
        TableColumns columns;
    };

    // Larger files are refused before a byte is read (a .docx or .xlsx is also refused when
    // the XML it holds would unpack to more than this): the limit of every imported file.
    static constexpr qint64 MaxFileSize = InputFile::MaxSize;

    // reference: to know a province when a Word table row or a table cell names one.
    explicit FormatReader(const ReferenceData &reference, Options options = {});

    const Options &options() const { return m_options; }
    void setOptions(const Options &options) { m_options = options; }

    // "PROVINCE,TEXT[,YEAR]", each a header name or a column number (1 is the first), as the
    // command line's --columns takes it. false and a message (without the option's name
    // before it) when the text is not such a list.
    static bool parseColumns(const QString &spec, TableColumns *out, QString *error);

    Outcome read(const QString &path, SourceText *out, Diagnostic *error) const override;

private:
    const ReferenceData &m_reference;
    Options m_options;
};
