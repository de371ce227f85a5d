// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablewriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

TableWriter::TableWriter(QStringList columns)
    : m_columns(std::move(columns))
{
}

void TableWriter::addRow(QVariantList cells)
{
    m_rows.append(std::move(cells));
}

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

QByteArray TableWriter::toCsv() const
{
    QString out;
    QStringList fields;
    for (const QString &c : m_columns)
        fields.append(csvField(c));
    out += fields.join(u',') + QLatin1String("\r\n");
    for (const QVariantList &row : m_rows) {
        fields.clear();
        for (const QVariant &cell : row)
            fields.append(csvField(cell));
        out += fields.join(u',') + QLatin1String("\r\n");
    }
    return out.toUtf8();
}

QByteArray TableWriter::toJson() const
{
    QJsonArray rows;
    for (const QVariantList &row : m_rows) {
        QJsonObject o;
        for (int c = 0; c < m_columns.size() && c < row.size(); ++c)
            o.insert(m_columns.at(c), QJsonValue::fromVariant(row.at(c)));
        rows.append(o);
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}
