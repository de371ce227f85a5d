// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for TableWriter: CSV (quoting, formulas neutralised, the optional BOM), JSON (the layout
// of QJsonDocument, rows streamed), and XLSX read back through QuaZip (bold frozen header,
// column widths, strings never formulas, numbers as numbers, Excel's cell limit).
#include "tablewriter.h"
#include "testutil.h"
#include "xlsxreader.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QStringList Columns{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("text")};

QList<QVariantList> sampleRows()
{
    return {
        {1, u8("北京市"), u8("完善职业教育和培训体系。")},
        {2, QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("a, \"quoted\"\nline")},
        {qint64(3000000000), QStringLiteral("-1+2"), QString()},
    };
}

QByteArray write(TableWriter::Format format, const QList<QVariantList> &rows, TableWriter::Options options = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    TableWriter writer(&buffer, format, Columns, options);
    for (const QVariantList &row : rows)
        if (!writer.addRow(row))
            return "<addRow failed: " + writer.errorString().toUtf8() + '>';
    if (!writer.finish())
        return "<finish failed: " + writer.errorString().toUtf8() + '>';
    return buffer.data();
}

} // namespace

class TestTableWriter : public QObject
{
    Q_OBJECT

private slots:
    void csv();
    void csvWithBom();
    void jsonLikeQJsonDocument_data();
    void jsonLikeQJsonDocument();
    void xlsx();
    void xlsxCutsLongCells();
    void formats();
    void writeFailure();
};

void TestTableWriter::csv()
{
    const QByteArray bytes = write(TableWriter::Format::Csv, sampleRows());
    QCOMPARE(bytes, (u8("id,name,text\r\n"
                        "1,北京市,完善职业教育和培训体系。\r\n"
                        "2,\"'=HYPERLINK(\"\"http://x\"\")\",\"a, \"\"quoted\"\"\nline\"\r\n"
                        "3000000000,'-1+2,\r\n")
                         .toUtf8()));
    const Table table{Columns, sampleRows()};
    QCOMPARE(table.to(TableWriter::Format::Csv), bytes);
}

void TestTableWriter::csvWithBom()
{
    TableWriter::Options options;
    options.bom = true;
    const QByteArray bytes = write(TableWriter::Format::Csv, sampleRows(), options);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFid,name,text\r\n"));
    QCOMPARE(bytes.mid(3), write(TableWriter::Format::Csv, sampleRows()));
    // A BOM belongs to CSV only.
    QVERIFY(write(TableWriter::Format::Json, sampleRows(), options).startsWith("[\n"));
}

void TestTableWriter::jsonLikeQJsonDocument_data()
{
    QTest::addColumn<int>("rows");
    QTest::newRow("no rows") << 0;
    QTest::newRow("one row") << 1;
    QTest::newRow("three rows") << 3;
}

void TestTableWriter::jsonLikeQJsonDocument()
{
    // Rows are streamed, yet the bytes are those of the whole array written by QJsonDocument.
    QFETCH(int, rows);
    const QList<QVariantList> data = sampleRows().mid(0, rows);
    QJsonArray array;
    for (const QVariantList &row : data) {
        QJsonObject o;
        for (int c = 0; c < Columns.size(); ++c)
            o.insert(Columns.at(c), QJsonValue::fromVariant(row.at(c)));
        array.append(o);
    }
    QCOMPARE(write(TableWriter::Format::Json, data), QJsonDocument(array).toJson(QJsonDocument::Indented));
}

void TestTableWriter::xlsx()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("t.xlsx"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(write(TableWriter::Format::Xlsx, sampleRows(), {false, QStringLiteral("items"), {10, 20}}));
    file.close();
    const XlsxSheet sheet = readXlsx(path);
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QCOMPARE(sheet.rows.size(), 4);
    QCOMPARE(sheet.texts(0), Columns);
    for (const XlsxCell &cell : sheet.rows.at(0))
        QVERIFY(cell.bold && !cell.number);
    QCOMPARE(sheet.frozenRows, 1);
    QCOMPARE(sheet.widths.size(), 3);
    QVERIFY(sheet.widths.at(0) >= 10 && sheet.widths.at(0) < 11); // Excel adds the padding
    QVERIFY(sheet.widths.at(1) >= 20 && sheet.widths.at(1) < 21);
    QVERIFY(sheet.widths.at(2) >= 6); // from the header's length
    QCOMPARE(sheet.formulas, 0);
    QCOMPARE(sheet.texts(1), (QStringList{QStringLiteral("1"), u8("北京市"), u8("完善职业教育和培训体系。")}));
    QVERIFY(sheet.rows.at(1).at(0).number);
    QVERIFY(!sheet.rows.at(1).at(1).number && !sheet.rows.at(1).at(1).bold);
    // A formula's text is a string, as written, without CSV's apostrophe.
    QCOMPARE(sheet.rows.at(2).at(1).text, QStringLiteral("=HYPERLINK(\"http://x\")"));
    QVERIFY(!sheet.rows.at(2).at(1).number);
    QCOMPARE(sheet.rows.at(2).at(2).text, QStringLiteral("a, \"quoted\"\nline"));
    QCOMPARE(sheet.rows.at(3).at(0).text, QStringLiteral("3000000000"));
    QVERIFY(sheet.rows.at(3).at(0).number);
    QCOMPARE(sheet.rows.at(3).at(1).text, QStringLiteral("-1+2"));
    QVERIFY(!sheet.rows.at(3).at(1).number);
    QCOMPARE(sheet.texts(3).value(2), QString()); // empty text: an empty cell
}

void TestTableWriter::xlsxCutsLongCells()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("long.xlsx"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    TableWriter writer(&file, TableWriter::Format::Xlsx, Columns);
    const QString longText = QString(40000, QChar(0x6559)); // 教 × 40,000
    QVERIFY(writer.addRow({1, QStringLiteral("a"), longText}));
    QVERIFY(writer.addRow({2, QStringLiteral("b"), QString(TableWriter::XlsxMaxCellCharacters, u'x')}));
    QVERIFY2(writer.finish(), qPrintable(writer.errorString()));
    file.close();
    QCOMPARE(writer.truncatedCells(), 1);
    const XlsxSheet sheet = readXlsx(path);
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QCOMPARE(sheet.rows.at(1).at(2).text, longText.left(TableWriter::XlsxMaxCellCharacters));
    QCOMPARE(sheet.rows.at(2).at(2).text.size(), TableWriter::XlsxMaxCellCharacters);
}

void TestTableWriter::formats()
{
    TableWriter::Format f = TableWriter::Format::Csv;
    QVERIFY(TableWriter::parseFormat(QStringLiteral("XLSX"), &f));
    QCOMPARE(f, TableWriter::Format::Xlsx);
    QVERIFY(TableWriter::parseFormat(QStringLiteral("json"), &f));
    QCOMPARE(f, TableWriter::Format::Json);
    QVERIFY(!TableWriter::parseFormat(QStringLiteral("xls"), &f));
    QCOMPARE(TableWriter::formatName(TableWriter::Format::Csv), QStringLiteral("csv"));
}

void TestTableWriter::writeFailure()
{
    // A device that refuses writes: the failure is reported once, and nothing more is attempted.
    QBuffer buffer;
    buffer.open(QIODevice::ReadOnly);
    TableWriter writer(&buffer, TableWriter::Format::Csv, Columns);
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    QVERIFY(!writer.addRow({1, QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY2(writer.errorString().startsWith(QStringLiteral("cannot write")), qPrintable(writer.errorString()));
    QVERIFY(!writer.addRow({2, QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(!writer.finish());
    QCOMPARE(writer.rows(), 0);
}

QTEST_GUILESS_MAIN(TestTableWriter)
#include "tst_tablewriter.moc"
