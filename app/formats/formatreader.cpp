// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatreader.h"

#include "csvreader.h"
#include "docxreader.h"
#include "formatdetector.h"
#include "htmlreader.h"
#include "pdfreader.h"
#include "referencedata.h"
#include "tablereader.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <libxml/parser.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FormatReader", text);
}

// Columns of a spreadsheet: Excel's last is XFD, the 16384th.
constexpr int MaxColumn = 16384;

// The context of these messages; called as FormatReaderText::tr so that lupdate files them there.
struct FormatReaderText
{
    Q_DECLARE_TR_FUNCTIONS(FormatReader)
};

bool readWhole(const QString &path, QByteArray *bytes, Diagnostic *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, {path, 0, FormatReaderText::tr("cannot read the file: %1").arg(file.errorString())});
    *bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(error, {path, 0, FormatReaderText::tr("cannot read the file: %1").arg(file.errorString())});
    return true;
}

} // namespace

FormatReader::FormatReader(const ReferenceData &reference, Options options)
    : m_reference(reference)
    , m_options(std::move(options))
{
    // libxml2's one-time set-up must not first run on two import threads at once.
    xmlInitParser();
}

bool FormatReader::parseColumns(const QString &spec, TableColumns *out, QString *error)
{
    const QString usage = tr("expected PROVINCE,TEXT or PROVINCE,TEXT,YEAR, each a header name or a column "
                             "number counting from 1 (for example 省份,内容 or 1,3,2)");
    auto refuse = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    static const QRegularExpression separators(QStringLiteral("[,，]"));
    const QStringList parts = spec.split(separators);
    if (spec.trimmed().isEmpty() || parts.size() < 2 || parts.size() > 3)
        return refuse(tr("\"%1\": %2").arg(spec, usage));
    QList<TableColumn> columns;
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            return refuse(tr("\"%1\": a column is missing; %2").arg(spec, usage));
        TableColumn column;
        bool isNumber = false;
        const int number = part.toInt(&isNumber);
        if (isNumber) {
            if (number < 1 || number > MaxColumn)
                return refuse(tr("\"%1\": column %2 does not exist: columns are counted from 1 to %3")
                                  .arg(spec, part, QString::number(MaxColumn)));
            column.number = number;
        } else {
            column.name = part;
        }
        for (const TableColumn &earlier : std::as_const(columns))
            if ((column.number > 0 && column.number == earlier.number)
                || (!column.name.isEmpty() && column.name.compare(earlier.name, Qt::CaseInsensitive) == 0))
                return refuse(tr("\"%1\": column %2 is given twice; the province, text and year columns must be "
                                 "different columns")
                                  .arg(spec, part));
        columns.append(column);
    }
    TableColumns result;
    result.province = columns.at(0);
    result.text = columns.at(1);
    if (columns.size() == 3)
        result.year = columns.at(2);
    if (out)
        *out = result;
    return true;
}

SourceReader::Outcome FormatReader::read(const QString &path, SourceText *out, Diagnostic *error) const
{
    FileFormat format = FileFormat::Text;
    if (!detectFormat(path, MaxFileSize, &format, error))
        return Outcome::Failed;

    SourceText text;
    bool ok = false;
    switch (format) {
    case FileFormat::Text:
        return Outcome::NotMine;
    case FileFormat::Html: {
        QByteArray bytes;
        ok = readWhole(path, &bytes, error) && readHtml(bytes, path, m_reference, &text, error);
        break;
    }
    case FileFormat::Docx:
        ok = readDocx(path, MaxFileSize, m_reference, &text, error);
        break;
    case FileFormat::Pdf:
        ok = readPdf(path, &text, error);
        break;
    case FileFormat::Csv:
    case FileFormat::Tsv: {
        QByteArray bytes;
        Table table;
        ok = readWhole(path, &bytes, error)
             && readDelimited(bytes, format == FileFormat::Csv ? ',' : '\t', path, &table, error)
             && tableToSource(table, m_options.columns, m_reference, path, &text, error);
        break;
    }
    case FileFormat::Xlsx: {
        Table table;
        ok = readXlsx(path, MaxFileSize, &table, error)
             && tableToSource(table, m_options.columns, m_reference, path, &text, error);
        text.warnings = table.warnings + text.warnings;
        break;
    }
    }
    if (!ok)
        return Outcome::Failed;
    text.format = formatName(format);
    if (out)
        *out = std::move(text);
    return Outcome::Read;
}
