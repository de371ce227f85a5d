// SPDX-License-Identifier: GPL-3.0-or-later
// xlsx-dump FILE.xlsx: prints the first worksheet of an .xlsx file as JSON, read independently of
// the writer: the archive through QuaZip (Debian's libquazip1-qt6-dev), the XML through
// QXmlStreamReader. Enough of SpreadsheetML for what the tests check: cell values and types,
// formulas, bold cells, frozen rows and column widths.
//
// A program of its own, not a header the tests include: QuaZip exports minizip's function
// names (zipOpen, …) for its own, incompatible versions, and libxlsxwriter (in the core library)
// calls the real minizip's. In one process the dynamic linker would give libxlsxwriter QuaZip's.
#include <quazip.h>
#include <quazipfile.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <cstdio>

namespace {

struct XlsxCell
{
    QString text; // the value as written: a string's text, a number's digits
    bool number = false; // a numeric cell (no t attribute, or t="n")
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

namespace XlsxReaderDetail {

bool readEntry(QuaZip &zip, const QString &name, QByteArray *out)
{
    if (!zip.setCurrentFile(name))
        return false;
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *out = file.readAll();
    file.close();
    return true;
}

int columnOf(QStringView ref) // "C12" → 2
{
    int column = 0;
    for (QChar c : ref) {
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c.unicode() - u'A' + 1);
    }
    return column - 1;
}

} // namespace XlsxReaderDetail

XlsxSheet readXlsx(const QString &path)
{
    using namespace XlsxReaderDetail;
    XlsxSheet sheet;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        sheet.error = QStringLiteral("not a zip archive (QuaZip error %1)").arg(zip.getZipError());
        return sheet;
    }
    QByteArray sheetXml, stylesXml, sharedXml;
    if (!readEntry(zip, QStringLiteral("xl/worksheets/sheet1.xml"), &sheetXml)) {
        sheet.error = QStringLiteral("no xl/worksheets/sheet1.xml");
        return sheet;
    }
    readEntry(zip, QStringLiteral("xl/styles.xml"), &stylesXml);
    readEntry(zip, QStringLiteral("xl/sharedStrings.xml"), &sharedXml);

    // Styles: which cell formats (cellXfs, by index) use a bold font.
    QSet<int> boldFonts;
    QList<bool> boldXfs;
    {
        QXmlStreamReader xml(stylesXml);
        int font = -1;
        bool inFonts = false, inCellXfs = false;
        while (!xml.atEnd()) {
            xml.readNext();
            const auto name = xml.name();
            if (xml.isStartElement()) {
                if (name == u"fonts")
                    inFonts = true;
                else if (name == u"cellXfs")
                    inCellXfs = true;
                else if (inFonts && name == u"font")
                    ++font;
                else if (inFonts && name == u"b")
                    boldFonts.insert(font);
                else if (inCellXfs && name == u"xf")
                    boldXfs.append(boldFonts.contains(xml.attributes().value(QLatin1String("fontId")).toInt()));
            } else if (xml.isEndElement()) {
                if (name == u"fonts")
                    inFonts = false;
                else if (name == u"cellXfs")
                    inCellXfs = false;
            }
        }
    }
    QStringList shared;
    {
        QXmlStreamReader xml(sharedXml);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"si")
                shared.append(QString());
            else if (xml.isStartElement() && xml.name() == u"t" && !shared.isEmpty())
                shared.last() += xml.readElementText();
        }
    }

    QXmlStreamReader xml(sheetXml);
    XlsxCell *cell = nullptr;
    QString type;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        const QXmlStreamAttributes a = xml.attributes();
        if (name == u"pane" && a.value(QLatin1String("state")) == u"frozen") {
            sheet.frozenRows = a.value(QLatin1String("ySplit")).toInt();
        } else if (name == u"col") {
            for (int c = a.value(QLatin1String("min")).toInt(); c <= a.value(QLatin1String("max")).toInt(); ++c) {
                while (sheet.widths.size() < c)
                    sheet.widths.append(0);
                sheet.widths[c - 1] = a.value(QLatin1String("width")).toDouble();
            }
        } else if (name == u"row") {
            cell = nullptr;
            const int r = a.value(QLatin1String("r")).toInt() - 1;
            while (sheet.rows.size() <= r)
                sheet.rows.append(QList<XlsxCell>());
        } else if (name == u"c" && !sheet.rows.isEmpty()) {
            const int column = columnOf(a.value(QLatin1String("r")));
            QList<XlsxCell> &row = sheet.rows.last();
            while (row.size() <= column)
                row.append(XlsxCell());
            cell = &row[column];
            type = a.value(QLatin1String("t")).toString();
            cell->number = type.isEmpty() || type == u"n";
            const int style = a.value(QLatin1String("s")).toInt();
            cell->bold = style < boldXfs.size() && boldXfs.at(style);
        } else if (name == u"f" && cell) {
            cell->formula = true;
            ++sheet.formulas;
        } else if (name == u"v" && cell) {
            const QString v = xml.readElementText();
            cell->text = type == u"s" ? shared.value(v.toInt()) : v;
        } else if (name == u"t" && cell) {
            cell->text += xml.readElementText();
        }
    }
    if (xml.hasError())
        sheet.error = xml.errorString();
    return sheet;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        fputs("usage: xlsx-dump FILE.xlsx\n", stderr);
        return 2;
    }
    const XlsxSheet sheet = readXlsx(args.at(1));
    QJsonObject out;
    out.insert(QStringLiteral("error"), sheet.error);
    out.insert(QStringLiteral("frozenRows"), sheet.frozenRows);
    out.insert(QStringLiteral("formulas"), sheet.formulas);
    QJsonArray widths;
    for (double w : sheet.widths)
        widths.append(w);
    out.insert(QStringLiteral("widths"), widths);
    QJsonArray rows;
    for (const QList<XlsxCell> &row : sheet.rows) {
        QJsonArray cells;
        for (const XlsxCell &cell : row)
            cells.append(QJsonObject{{QStringLiteral("text"), cell.text},
                                     {QStringLiteral("number"), cell.number},
                                     {QStringLiteral("formula"), cell.formula},
                                     {QStringLiteral("bold"), cell.bold}});
        rows.append(cells);
    }
    out.insert(QStringLiteral("rows"), rows);
    const QByteArray json = QJsonDocument(out).toJson(QJsonDocument::Compact);
    fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return sheet.error.isEmpty() ? 0 : 1;
}
