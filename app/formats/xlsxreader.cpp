// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxreader.h"

#include "zipentry.h"

#include <QCoreApplication>
#include <QDir>
#include <QXmlStreamReader>

namespace {

// The context of this file's messages; called as TableReader::tr so that lupdate files them there.
struct TableReader
{
    Q_DECLARE_TR_FUNCTIONS(TableReader)
};

constexpr int MaxColumn = 16384; // XFD

struct Part
{
    ZipArchive &zip;
    qint64 maxSize;
    const QString &path;
    Diagnostic *error;

    bool read(const QString &name, QByteArray *out, bool required = true)
    {
        switch (zip.read(name, maxSize, out)) {
        case ZipArchive::Result::Ok:
            return true;
        case ZipArchive::Result::Missing:
            if (!required) {
                out->clear();
                return true;
            }
            return fail(error, {path, 0, TableReader::tr("the Excel file is damaged: its part %1 is missing").arg(name)});
        case ZipArchive::Result::TooLarge:
            return fail(error, {path, 0, TableReader::tr("the Excel file's part %1 unpacks to more than %2 MiB; it is not read")
                                             .arg(name, QString::number(maxSize / (1024 * 1024)))});
        case ZipArchive::Result::Damaged:
            break;
        }
        return fail(error, {path, 0, TableReader::tr("the Excel file is damaged: its part %1 cannot be unpacked").arg(name)});
    }

    bool xmlError(const QString &name, const QXmlStreamReader &xml)
    {
        return fail(error, {path, 0, TableReader::tr("the Excel file is damaged: its part %1 is not well-formed XML (line %2: %3)")
                                         .arg(name, QString::number(xml.lineNumber()), xml.errorString())});
    }
};

// The part of the workbook's first sheet, through workbook.xml and its relationships.
bool firstSheetPart(Part &part, QString *sheet, QStringList *sheetNames)
{
    QByteArray bytes;
    const QString workbook = QStringLiteral("xl/workbook.xml");
    if (!part.read(workbook, &bytes))
        return false;
    QString relationId;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"sheet")
            continue;
        sheetNames->append(xml.attributes().value(QStringLiteral("name")).toString());
        if (sheetNames->size() > 1)
            continue; // counted: the others are named in a warning
        for (const QXmlStreamAttribute &a : xml.attributes())
            if (a.name() == u"id" && !a.namespaceUri().isEmpty())
                relationId = a.value().toString();
    }
    if (xml.hasError())
        return part.xmlError(workbook, xml);

    *sheet = QStringLiteral("xl/worksheets/sheet1.xml"); // what every writer names the first sheet
    if (relationId.isEmpty())
        return true;
    const QString relsName = QStringLiteral("xl/_rels/workbook.xml.rels");
    if (!part.read(relsName, &bytes, false))
        return false;
    QXmlStreamReader rels(bytes);
    while (!rels.atEnd()) {
        if (rels.readNext() != QXmlStreamReader::StartElement || rels.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes a = rels.attributes();
        if (a.value(QStringLiteral("Id")) != relationId)
            continue;
        const QString target = a.value(QStringLiteral("Target")).toString();
        if (a.value(QStringLiteral("TargetMode")).compare(u"External", Qt::CaseInsensitive) == 0 || target.isEmpty())
            break;
        *sheet = QDir::cleanPath(target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target);
        break;
    }
    if (rels.hasError())
        return part.xmlError(relsName, rels);
    return true;
}

// The text of an <si> or <is> string: its <t> runs, without the phonetic guides (<rPh>).
QString stringItem(QXmlStreamReader &xml)
{
    QString text;
    const QString endName = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement()) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == endName)
                break;
        }
    }
    return text;
}

bool readSharedStrings(Part &part, QStringList *strings)
{
    const QString name = QStringLiteral("xl/sharedStrings.xml");
    QByteArray bytes;
    if (!part.read(name, &bytes, false))
        return false;
    if (bytes.isEmpty())
        return true;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si")
            strings->append(stringItem(xml));
    }
    if (xml.hasError())
        return part.xmlError(name, xml);
    return true;
}

// "C5" → column 2 (0-based); -1 when the reference has no column letters or is past XFD.
int columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference[i].isLetter(); ++i) {
        const char16_t c = reference[i].toUpper().unicode();
        if (c < u'A' || c > u'Z')
            return -1;
        column = column * 26 + (c - u'A' + 1);
        if (column > MaxColumn)
            return -1;
    }
    return i == 0 ? -1 : column - 1;
}

} // namespace

bool readXlsx(const QString &path, qint64 maxSize, Table *out, Diagnostic *error)
{
    ZipArchive zip(path);
    if (!zip.open())
        return fail(error, {path, 0, TableReader::tr("the Excel file is damaged: its ZIP archive cannot be opened")});
    Part part{zip, maxSize, path, error};
    QString sheetName;
    QStringList sheetNames, shared;
    if (!firstSheetPart(part, &sheetName, &sheetNames) || !readSharedStrings(part, &shared))
        return false;
    QByteArray bytes;
    if (!part.read(sheetName, &bytes))
        return false;

    Table table;
    table.format = QStringLiteral("xlsx");
    QXmlStreamReader xml(bytes);
    TableRow row;
    bool inRow = false;
    int lastRow = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"row") {
            inRow = false;
            bool empty = true;
            for (const QString &c : std::as_const(row.cells))
                empty = empty && c.trimmed().isEmpty();
            if (!empty)
                table.rows.append(std::move(row));
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"row") {
            bool ok = false;
            const int r = xml.attributes().value(QStringLiteral("r")).toInt(&ok);
            lastRow = ok && r > 0 ? r : lastRow + 1;
            row = TableRow{lastRow, {}};
            inRow = true;
        } else if (xml.name() == u"c" && inRow) {
            const QXmlStreamAttributes a = xml.attributes();
            const QString reference = a.value(QStringLiteral("r")).toString();
            int column = reference.isEmpty() ? int(row.cells.size()) : columnOf(reference);
            if (column < 0 || column >= MaxColumn)
                return fail(error, {path, lastRow, TableReader::tr("the Excel file is damaged: a cell has the reference \"%1\"")
                                                       .arg(reference)});
            const QString type = a.value(QStringLiteral("t")).toString();
            QString value;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == u"c")
                    break;
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == u"v") {
                    value = xml.readElementText();
                } else if (xml.name() == u"is") {
                    value = stringItem(xml);
                } else {
                    xml.skipCurrentElement(); // a formula (<f>), extensions
                }
            }
            if (type == u"s") {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= shared.size())
                    return fail(error, {path, lastRow, TableReader::tr("the Excel file is damaged: cell %1 refers to a text that "
                                                          "does not exist")
                                                           .arg(reference)});
                value = shared.at(index);
            } else if (type == u"b") {
                value = value.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            }
            if (row.cells.size() <= column)
                row.cells.resize(column + 1);
            row.cells[column] = value;
        }
    }
    if (xml.hasError())
        return part.xmlError(sheetName, xml);
    if (sheetNames.size() > 1) {
        QStringList others = sheetNames.mid(1);
        for (QString &name : others)
            name = u'“' + name + u'”';
        table.warnings.append({path, 0,
                               TableReader::tr("only the workbook's first sheet, “%1”, is read; %2 more left out (%3): save each "
                                  "sheet as a file of its own to import it")
                                   .arg(sheetNames.first())
                                   .arg(others.size())
                                   .arg(others.join(QStringLiteral("、")))});
    }
    *out = std::move(table);
    return true;
}
