// SPDX-License-Identifier: GPL-3.0-or-later
// Reads back the first worksheet of an .xlsx file, independently of the writer, through the
// xlsx-dump tool (tests/tools/xlsxdump.cpp: QuaZip and QXmlStreamReader), run as a process of its
// own (why: see that file). Tests that include it get XLSX_DUMP_BIN from tests/CMakeLists.txt.
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

struct XlsxCell
{
    QString text; // the value as written: a string's text, a number's digits
    bool number = false; // a numeric cell
    bool formula = false; // an <f> element: never wanted
    bool bold = false;
};

struct XlsxSheet
{
    QString error; // empty when the file was read
    QList<QList<XlsxCell>> rows; // by row, then column (A = 0); missing cells are empty
    int frozenRows = 0; // pane ySplit with state "frozen"
    QList<double> widths; // per column with a <col> entry, by column
    int formulas = 0;

    QStringList texts(int row) const
    {
        QStringList out;
        for (const XlsxCell &cell : rows.value(row))
            out.append(cell.text);
        return out;
    }
};

inline XlsxSheet readXlsx(const QString &path)
{
    XlsxSheet sheet;
    QProcess dump;
    dump.start(QStringLiteral(XLSX_DUMP_BIN), {path});
    if (!dump.waitForFinished(120000)) {
        sheet.error = QStringLiteral("xlsx-dump did not finish: %1").arg(dump.errorString());
        return sheet;
    }
    const QJsonObject o = QJsonDocument::fromJson(dump.readAllStandardOutput()).object();
    if (o.isEmpty()) {
        sheet.error = QStringLiteral("xlsx-dump: %1").arg(QString::fromUtf8(dump.readAllStandardError()));
        return sheet;
    }
    sheet.error = o.value(QStringLiteral("error")).toString();
    sheet.frozenRows = o.value(QStringLiteral("frozenRows")).toInt();
    sheet.formulas = o.value(QStringLiteral("formulas")).toInt();
    for (const QJsonValue &w : o.value(QStringLiteral("widths")).toArray())
        sheet.widths.append(w.toDouble());
    for (const QJsonValue &row : o.value(QStringLiteral("rows")).toArray()) {
        QList<XlsxCell> cells;
        for (const QJsonValue &value : row.toArray()) {
            const QJsonObject c = value.toObject();
            cells.append({c.value(QStringLiteral("text")).toString(), c.value(QStringLiteral("number")).toBool(),
                          c.value(QStringLiteral("formula")).toBool(), c.value(QStringLiteral("bold")).toBool()});
        }
        sheet.rows.append(cells);
    }
    return sheet;
}
