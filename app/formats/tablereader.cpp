// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablereader.h"

#include "referencedata.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("TableReader", text, nullptr, n);
}

// How many non-empty rows from the top may come before the header row (a title, a note).
constexpr int HeaderSearchRows = 10;

const QStringList &provinceHeaders()
{
    static const QStringList names = {QStringLiteral("省份"), QStringLiteral("地区"), QStringLiteral("省"),
                                      QStringLiteral("省市"), QStringLiteral("地方"), QStringLiteral("province")};
    return names;
}

const QStringList &textHeaders()
{
    static const QStringList names = {QStringLiteral("内容"), QStringLiteral("表述"), QStringLiteral("原文"),
                                      QStringLiteral("text"), QStringLiteral("content")};
    return names;
}

const QStringList &yearHeaders()
{
    static const QStringList names = {QStringLiteral("年份"), QStringLiteral("year")};
    return names;
}

QString cell(const TableRow &row, int column)
{
    return column >= 0 && column < row.cells.size() ? row.cells.at(column) : QString();
}

bool isEmptyRow(const TableRow &row)
{
    for (const QString &c : row.cells)
        if (!c.trimmed().isEmpty())
            return false;
    return true;
}

// The index of the first cell of row whose trimmed text is one of names (any case); -1 if none.
int findHeader(const TableRow &row, const QStringList &names)
{
    for (int i = 0; i < row.cells.size(); ++i)
        for (const QString &name : names)
            if (row.cells.at(i).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return i;
    return -1;
}

// A cell that says the province has nothing on the subject: not an item.
bool saysNone(const QString &text)
{
    QString t = text.trimmed();
    while (t.endsWith(u'。') || t.endsWith(u'.'))
        t.chop(1);
    static const QStringList none = {QStringLiteral("暂无"), QStringLiteral("无"), QStringLiteral("无相关内容"),
                                     QStringLiteral("none")};
    for (const QString &word : none)
        if (t.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// A province cell the parser will take as a section header: a province it knows, or a name
// that looks like a provincial-level unit (the parser's rule for a non-standard unit header).
bool namesUnit(const ReferenceData &reference, const QString &name)
{
    if (reference.findProvince(name))
        return true;
    if (name.size() < 3 || name.size() > 12)
        return false;
    static const QString punctuation = QStringLiteral("，。、；：,.;:!?！？“”\"'‘’()（）《》[]【】-—…·");
    for (QChar c : name)
        if (punctuation.contains(c) || c.isDigit() || c.isSpace())
            return false;
    static const char16_t *const endings[] = {u"省", u"市", u"自治区", u"特别行政区", u"兵团"};
    for (const char16_t *ending : endings)
        if (name.endsWith(QStringView(ending)))
            return true;
    return false;
}

// "2023", "2023年", "2023.0" (a number cell): the year; 0 when the cell is not a year.
int yearOf(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*((?:19|20)\\d\\d)(?:\\.0+)?\\s*年?\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

// One line of text: line breaks (and tabs) inside a cell become spaces.
QString oneLine(const QString &text)
{
    static const QRegularExpression breaks(QStringLiteral("[\\r\\n\\t\\x{2028}\\x{2029}]+"));
    bool hasBreak = false;
    for (QChar c : text)
        hasBreak = hasBreak || c == u'\r' || c == u'\n' || c == u'\t' || c == QChar(0x2028) || c == QChar(0x2029);
    if (!hasBreak)
        return text.trimmed();
    QString line = text;
    line.replace(breaks, QStringLiteral(" "));
    return line.trimmed();
}

struct Columns
{
    int province = -1, text = -1, year = -1;
    int headerRow = -1; // index in table.rows; -1 when there is no header row
};

QString headerCells(const TableRow &row)
{
    QStringList cells;
    for (const QString &c : row.cells)
        if (!c.trimmed().isEmpty())
            cells.append(c.trimmed());
    return cells.join(QStringLiteral(", "));
}

bool findColumns(const Table &table, const TableColumns &chosen, const ReferenceData &reference,
                 const QString &path, Columns *out, Diagnostic *error)
{
    QList<int> candidates; // the first non-empty rows
    for (int i = 0; i < table.rows.size() && candidates.size() < HeaderSearchRows; ++i)
        if (!isEmptyRow(table.rows.at(i)))
            candidates.append(i);
    if (candidates.isEmpty())
        return fail(error, {path, 0, tr("the table is empty")});
    const TableRow &first = table.rows.at(candidates.first());

    if (!chosen.isSet()) {
        for (int i : std::as_const(candidates)) {
            const TableRow &row = table.rows.at(i);
            const int province = findHeader(row, provinceHeaders());
            const int text = findHeader(row, textHeaders());
            if (province >= 0 && text >= 0) {
                *out = {province, text, findHeader(row, yearHeaders()), i};
                return true;
            }
        }
        return fail(error, {path, first.origin,
                            tr("no header row naming the columns: the first row has %1. The province column must "
                               "be headed 省份, 地区, 省, 省市, 地方 or province, the text column 内容, 表述, 原文, "
                               "text or content, and an optional year column 年份 or year; or say which columns to "
                               "use with --columns PROVINCE,TEXT[,YEAR]")
                                .arg(headerCells(first))});
    }

    int width = 0;
    for (const TableRow &row : table.rows)
        width = std::max(width, int(row.cells.size()));
    const QList<const TableColumn *> wanted = {&chosen.province, &chosen.text, &chosen.year};
    for (const TableColumn *column : wanted)
        if (column->number > width)
            return fail(error, {path, 0, tr("column %1 (--columns) does not exist: the table has %n column(s)", width)
                                             .arg(column->number)});

    bool named = false;
    for (const TableColumn *column : wanted)
        named = named || !column->name.isEmpty();
    Columns result;
    if (named) {
        // The header row is the first that has every named column.
        for (int i : std::as_const(candidates)) {
            const TableRow &row = table.rows.at(i);
            bool all = true;
            for (const TableColumn *column : wanted)
                all = all && (column->name.isEmpty() || findHeader(row, {column->name}) >= 0);
            if (all) {
                result.headerRow = i;
                break;
            }
        }
        if (result.headerRow < 0) {
            QStringList missing;
            for (const TableColumn *column : wanted)
                if (!column->name.isEmpty() && findHeader(first, {column->name}) < 0)
                    missing.append(QStringLiteral("\"%1\"").arg(column->name));
            return fail(error, {path, first.origin,
                                tr("no header row has the column(s) %1 that --columns names: the first row has %2")
                                    .arg(missing.join(QStringLiteral(", ")), headerCells(first))});
        }
    }
    const TableRow *header = result.headerRow >= 0 ? &table.rows.at(result.headerRow) : nullptr;
    auto index = [&](const TableColumn &column) {
        if (!column.isSet())
            return -1;
        return column.number > 0 ? column.number - 1 : findHeader(*header, {column.name});
    };
    result.province = index(chosen.province);
    result.text = index(chosen.text);
    result.year = index(chosen.year);
    // Columns given by number only: the first row is a header unless it already names a province.
    if (!named && !reference.findProvince(cell(first, result.province).trimmed()))
        result.headerRow = candidates.first();
    *out = result;
    return true;
}

} // namespace

bool tableToSource(const Table &table, const TableColumns &chosen, const ReferenceData &reference,
                   const QString &path, SourceText *out, Diagnostic *error)
{
    Columns columns;
    if (!findColumns(table, chosen, reference, path, &columns, error))
        return false;
    const QString rowWord = table.originsAreLines ? tr("line") : tr("row");

    QByteArray utf8;
    QList<int> origins;
    auto addLine = [&](const QString &line, int origin) {
        if (!utf8.isEmpty())
            utf8.append('\n');
        utf8.append(line.toUtf8());
        origins.append(origin);
    };
    QString province; // of the rows read so far, as written
    QString emitted; // the province of the last line emitted, as the parser will name it
    // 广东 and 广东省 are one province: a row that names it again in another form continues it.
    QString canonicalOf, canonicalName;
    auto canonical = [&](const QString &name) {
        if (name != canonicalOf) {
            const Province *known = reference.findProvince(name);
            canonicalOf = name;
            canonicalName = known ? known->nameZh : name;
        }
        return canonicalName;
    };
    int year = 0, yearOrigin = 0, items = 0;
    for (int i = columns.headerRow + 1; i < table.rows.size(); ++i) {
        const TableRow &row = table.rows.at(i);
        if (isEmptyRow(row))
            continue;
        const QString name = oneLine(cell(row, columns.province));
        const QString text = oneLine(cell(row, columns.text));
        if (columns.year >= 0) {
            const QString yearText = cell(row, columns.year).trimmed();
            if (!yearText.isEmpty()) {
                const int y = yearOf(yearText);
                if (y == 0)
                    return fail(error, {path, row.origin, tr("\"%1\" in the year column is not a year").arg(yearText)});
                if (year == 0) {
                    year = y;
                    yearOrigin = row.origin;
                } else if (y != year) {
                    return fail(error, {path, row.origin,
                                        tr("rows of several years: %1 (%2 %3) and %4 (%2 %5): import each year from "
                                           "its own file")
                                            .arg(QString::number(year), rowWord, QString::number(yearOrigin),
                                                 QString::number(y), QString::number(row.origin))});
                }
            }
        }
        if (!name.isEmpty() && name != province) {
            if (!namesUnit(reference, name))
                return fail(error, {path, row.origin,
                                    tr("\"%1\" in the province column is not a provincial-level unit (such as 北京市 "
                                       "or 广东)")
                                        .arg(name)});
            province = name;
        }
        if (text.isEmpty() || saysNone(text))
            continue;
        if (province.isEmpty())
            return fail(error, {path, row.origin,
                                tr("the province cell is empty and no %1 above names a province").arg(rowWord)});
        if (canonical(province) != emitted) {
            addLine(province, row.origin);
            emitted = canonical(province);
        }
        addLine(text, row.origin);
        ++items;
    }
    if (items == 0) {
        const int headerOrigin = columns.headerRow >= 0 ? table.rows.at(columns.headerRow).origin : 0;
        return fail(error, {path, headerOrigin, tr("no %1 below the header has text in the text column").arg(rowWord)});
    }

    SourceText result;
    result.format = table.format;
    result.encoding = table.encoding;
    result.utf8 = std::move(utf8);
    result.linesAreItems = true;
    result.year = year;
    result.origins = std::move(origins);
    *out = std::move(result);
    return true;
}
