// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablewriter.h"

#include "outputfile.h"

#include "modules.h"
#include "xlsxsheet.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>


#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TableWriter", text);
}

// A JSON object as one element of an indented array: QJsonDocument's own layout, shifted right.
QByteArray jsonElement(const QJsonObject &object)
{
    QByteArray out;
    const QList<QByteArray> lines = QJsonDocument(object).toJson(QJsonDocument::Indented).trimmed().split('\n');
    for (const QByteArray &line : lines) {
        if (!out.isEmpty())
            out += '\n';
        out += "    " + line;
    }
    return out;
}

bool isNumber(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

// The first max code points of text (Excel counts characters, libxlsxwriter code points).
QString firstCodePoints(const QString &text, int max, bool *cut)
{
    *cut = false;
    if (text.size() <= max)
        return text;
    qsizetype at = 0;
    for (int count = 0; at < text.size() && count < max; ++count)
        at += text.at(at).isHighSurrogate() && at + 1 < text.size() ? 2 : 1;
    *cut = at < text.size();
    return text.left(at);
}

} // namespace

struct TableWriter::Xlsx
{
    QTemporaryDir folder;
    QByteArray path;
    std::unique_ptr<XlsxSheet> sheet; // before the folder goes: closing it may still write there

    ~Xlsx() { sheet.reset(); }
};

bool TableWriter::parseFormat(const QString &name, Format *format)
{
    const QString lower = name.toLower();
    for (Format f : {Format::Csv, Format::Json, Format::Xlsx})
        if (lower == formatName(f)) {
            *format = f;
            return true;
        }
    return false;
}

QString TableWriter::formatName(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    }
    return {};
}

TableWriter::TableWriter(QIODevice *device, Format format, QStringList columns, Options options)
    : m_device(device)
    , m_format(format)
    , m_columns(std::move(columns))
    , m_options(std::move(options))
{
}

TableWriter::~TableWriter() = default;

QString TableWriter::csvField(const QVariant &cell)
{
    if (cell.typeId() != QMetaType::QString)
        return cell.toString();
    QString text = cell.toString();
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        text = u'"' + text.replace(u'"', QLatin1String("\"\"")) + u'"';
    return text;
}

bool TableWriter::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool TableWriter::write(const QByteArray &bytes)
{
    if (m_device->write(bytes) != bytes.size())
        return fail(tr("cannot write: %1").arg(m_device->errorString()));
    return true;
}

bool TableWriter::start()
{
    m_started = true;
    switch (m_format) {
    case Format::Csv: {
        QStringList fields;
        for (const QString &c : std::as_const(m_columns))
            fields.append(csvField(c));
        return write((m_options.bom ? QByteArray("\xEF\xBB\xBF") : QByteArray())
                     + (fields.join(u',') + QLatin1String("\r\n")).toUtf8());
    }
    case Format::Json:
        return write("[\n");
    case Format::Xlsx:
        break;
    }
    m_xlsx = std::make_unique<Xlsx>();
    QString problem;
    const auto newSheet = reinterpret_cast<NewXlsxSheet>(Modules::resolve(QStringLiteral("policy-atlas-xlsx"),
                                                                          NewXlsxSheetSymbol, &problem));
    if (!newSheet)
        return fail(tr("cannot write XLSX: %1").arg(problem));
    m_xlsx->sheet.reset(newSheet());
    if (!m_xlsx->folder.isValid())
        return fail(tr("cannot create a temporary folder for the spreadsheet: %1").arg(m_xlsx->folder.errorString()));
    m_xlsx->path = QFile::encodeName(m_xlsx->folder.filePath(QStringLiteral("table.xlsx")));
    // Rows go to a temporary file as they come: a million rows never sit in memory.
    if (!m_xlsx->sheet->create(m_xlsx->path, QFile::encodeName(m_xlsx->folder.path()),
                               m_options.sheetName.left(31).toUtf8()) // Excel's limit
             .isEmpty())
        return fail(tr("cannot create the spreadsheet"));
    m_xlsx->sheet->freezeFirstRow();
    for (int c = 0; c < m_columns.size(); ++c) {
        const double width = c < m_options.columnWidths.size() ? m_options.columnWidths.at(c)
                                                               : std::max<qsizetype>(8, m_columns.at(c).size() + 2);
        m_xlsx->sheet->setColumnWidth(c, width);
    }
    for (int c = 0; c < m_columns.size(); ++c) {
        const QString e = m_xlsx->sheet->writeString(0, c, m_columns.at(c).toUtf8(), true);
        if (!e.isEmpty())
            return fail(tr("cannot write the spreadsheet: %1").arg(e));
    }
    return true;
}

bool TableWriter::addRow(const QVariantList &cells)
{
    if (!m_error.isEmpty() || m_finished)
        return false;
    if (!m_started && !start())
        return false;
    switch (m_format) {
    case Format::Csv: {
        QStringList fields;
        fields.reserve(cells.size());
        for (const QVariant &cell : cells)
            fields.append(csvField(cell));
        if (!write((fields.join(u',') + QLatin1String("\r\n")).toUtf8()))
            return false;
        break;
    }
    case Format::Json: {
        QJsonObject object;
        for (int c = 0; c < m_columns.size() && c < cells.size(); ++c)
            object.insert(m_columns.at(c), QJsonValue::fromVariant(cells.at(c)));
        if (!write((m_rows ? QByteArray(",\n") : QByteArray()) + jsonElement(object)))
            return false;
        break;
    }
    case Format::Xlsx: {
        const qint64 row = m_rows + 1; // under the header
        if (row >= XlsxMaxRows)
            return fail(tr("more rows than an Excel sheet holds (%1 besides the header); write CSV or JSON instead")
                            .arg(XlsxMaxRows - 1));
        for (int c = 0; c < cells.size() && c < m_columns.size(); ++c) {
            const QVariant &cell = cells.at(c);
            QString e;
            if (isNumber(cell)) {
                e = m_xlsx->sheet->writeNumber(row, c, cell.toDouble());
            } else {
                bool cut = false;
                const QString text = firstCodePoints(cell.toString(), XlsxMaxCellCharacters, &cut);
                m_truncated += cut;
                if (!text.isEmpty()) // an empty string is an empty cell
                    e = m_xlsx->sheet->writeString(row, c, text.toUtf8(), false);
            }
            if (!e.isEmpty())
                return fail(tr("cannot write the spreadsheet: %1").arg(e));
        }
        break;
    }
    }
    ++m_rows;
    return true;
}

bool TableWriter::finish()
{
    if (m_finished)
        return m_error.isEmpty();
    if (m_error.isEmpty() && !m_started)
        start();
    m_finished = true;
    if (!m_error.isEmpty())
        return false;
    switch (m_format) {
    case Format::Csv:
        return true;
    case Format::Json:
        return write(m_rows ? "\n]\n" : "]\n");
    case Format::Xlsx:
        break;
    }
    const QString e = m_xlsx->sheet->close();
    if (!e.isEmpty())
        return fail(tr("cannot write the spreadsheet: %1").arg(e));
    QFile file(QFile::decodeName(m_xlsx->path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot read the spreadsheet back: %1").arg(file.errorString()));
    while (!file.atEnd()) {
        const QByteArray block = file.read(1 << 20);
        if (block.isEmpty() && !file.atEnd())
            return fail(tr("cannot read the spreadsheet back: %1").arg(file.errorString()));
        if (!write(block))
            return false;
    }
    return true;
}

QByteArray Table::to(TableWriter::Format format, const TableWriter::Options &options) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    TableWriter writer(&buffer, format, columns, options);
    for (const QVariantList &row : rows)
        writer.addRow(row);
    writer.finish();
    return buffer.data();
}

bool Table::save(const QString &path, TableWriter::Format format, const QString &databaseInUse, Diagnostic *error,
                 const TableWriter::Options &options) const
{
    OutputFile file(path, databaseInUse);
    if (!file.open(error))
        return false;
    TableWriter writer(file.device(), format, columns, options);
    for (const QVariantList &row : rows)
        if (!writer.addRow(row))
            break;
    if (!writer.finish()) {
        if (file.writeFailed())
            return file.failWrite(error);
        file.cancel();
        return fail(error, {path, 0, writer.errorString()});
    }
    return file.commit(error);
}
