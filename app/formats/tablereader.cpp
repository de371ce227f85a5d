// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablereader.h"

#include "referencedata.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// The context of this file's messages; called as TableReader::tr so that lupdate files them there.
struct TableReader
{
    Q_DECLARE_TR_FUNCTIONS(TableReader)
};

// How many non-empty rows from the top may come before the header row (a title, a note).
constexpr int HeaderSearchRows = 10;

const QStringList &provinceHeaders()
{
    static const QStringList names = {QStringLiteral("省份"),   QStringLiteral("地区"),   QStringLiteral("省"),
                                      QStringLiteral("省市"),   QStringLiteral("地方"),   QStringLiteral("省区市"),
                                      QStringLiteral("省市区"), QStringLiteral("省区"),   QStringLiteral("省级行政区"),
                                      QStringLiteral("province")};
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
    static const QStringList names = {QStringLiteral("年份"), QStringLiteral("年度"), QStringLiteral("year")};
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

// A header cell as its name is compared: without white space, and without a note in brackets
// at its end when something comes before it (省(自治区、直辖市), 省份（区、市）: 省, 省份).
QString headerName(const QString &cell)
{
    QString name;
    name.reserve(cell.size());
    for (QChar c : cell)
        if (!c.isSpace())
            name.append(c);
    static const QString closing = QStringLiteral(")）]】");
    static const QString opening = QStringLiteral("(（[【");
    const qsizetype kind = name.isEmpty() ? -1 : closing.indexOf(name.back());
    if (kind >= 0) {
        const qsizetype open = name.lastIndexOf(opening.at(kind));
        if (open > 0)
            name.truncate(open);
    }
    return name;
}

// The index of the first cell of row whose name is one of names (any case); -1 if none.
int findHeader(const TableRow &row, const QStringList &names)
{
    for (int i = 0; i < row.cells.size(); ++i) {
        const QString trimmed = row.cells.at(i).trimmed();
        const QString name = headerName(trimmed);
        for (const QString &wanted : names)
            if (trimmed.compare(wanted, Qt::CaseInsensitive) == 0 || name.compare(wanted, Qt::CaseInsensitive) == 0)
                return i;
    }
    return -1;
}

// A cell that says the province has nothing on the subject: not an item.
bool saysNone(const QString &text)
{
    QString t = text.trimmed();
    while (t.endsWith(u'。') || t.endsWith(u'.'))
        t.chop(1);
    static const QStringList none = {QStringLiteral("暂无"),         QStringLiteral("无"),
                                     QStringLiteral("无相关内容"),   QStringLiteral("暂无相关内容"),
                                     QStringLiteral("无相关表述"),   QStringLiteral("暂无相关表述"),
                                     QStringLiteral("none")};
    for (const QString &word : none)
        if (t.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    // A dash (-, —, ——, －) or a slash in an otherwise empty cell: nothing to say.
    static const QString dashes = QStringLiteral("-—－–/／");
    for (QChar c : std::as_const(t))
        if (!dashes.contains(c))
            return false;
    return !t.isEmpty();
}

// A text column's header in a qualified form: 相关表述, 主要内容, “职业教育”相关表述, 报告原文.
bool isQualifiedTextHeader(const QString &cell)
{
    const QString name = headerName(cell.trimmed());
    static const QStringList endings = {QStringLiteral("表述"), QStringLiteral("内容"), QStringLiteral("原文")};
    static const QStringList remarks = {QStringLiteral("备注"), QStringLiteral("说明"), QStringLiteral("注"),
                                        QStringLiteral("附注")};
    static const QString punctuation = QStringLiteral("。，；：！？,;:!?");
    constexpr qsizetype MaxQualifier = 16;
    for (const QString &ending : endings) {
        if (!name.endsWith(ending) || name.size() == ending.size() || name.size() - ending.size() > MaxQualifier)
            continue;
        for (QChar c : name)
            if (punctuation.contains(c))
                return false;
        for (const QString &remark : remarks)
            if (name.startsWith(remark))
                return false;
        return !saysNone(name);
    }
    return false;
}

// The text column of a header row: a cell named exactly as textHeaders() says first, else the
// first in a qualified form; -1 if none.
int findTextHeader(const TableRow &row)
{
    const int exact = findHeader(row, textHeaders());
    if (exact >= 0)
        return exact;
    for (int i = 0; i < row.cells.size(); ++i)
        if (isQualifiedTextHeader(row.cells.at(i)))
            return i;
    return -1;
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

QString headerCells(const TableRow &row)
{
    QStringList cells;
    for (const QString &c : row.cells)
        if (!c.trimmed().isEmpty())
            cells.append(c.trimmed());
    return cells.join(QStringLiteral(", "));
}

// The first non-empty rows: where a header row may be.
QList<int> headerCandidates(const QList<TableRow> &rows)
{
    QList<int> candidates;
    for (int i = 0; i < rows.size() && candidates.size() < HeaderSearchRows; ++i)
        if (!isEmptyRow(rows.at(i)))
            candidates.append(i);
    return candidates;
}

bool findColumns(const Table &table, const TableColumns &chosen, const ReferenceData &reference,
                 const QString &path, TableHeader *out, Diagnostic *error)
{
    const QList<int> candidates = headerCandidates(table.rows);
    if (candidates.isEmpty())
        return fail(error, {path, 0, TableReader::tr("the table is empty")});
    const TableRow &first = table.rows.at(candidates.first());

    if (!chosen.isSet()) {
        *out = findTableHeader(table.rows);
        if (out->isFound())
            return true;
        return fail(error, {path, first.origin,
                            TableReader::tr("no header row naming the columns: the first row has %1. The province column must "
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
            return fail(error, {path, 0, TableReader::tr("column %1 (--columns) does not exist: the table has %n column(s)", nullptr, width)
                                             .arg(column->number)});

    bool named = false;
    for (const TableColumn *column : wanted)
        named = named || !column->name.isEmpty();
    TableHeader result;
    if (named) {
        // The header row is the first that has every named column.
        for (int i : std::as_const(candidates)) {
            const TableRow &row = table.rows.at(i);
            bool all = true;
            for (const TableColumn *column : wanted)
                all = all && (column->name.isEmpty() || findHeader(row, {column->name}) >= 0);
            if (all) {
                result.row = i;
                break;
            }
        }
        if (result.row < 0) {
            QStringList missing;
            for (const TableColumn *column : wanted)
                if (!column->name.isEmpty() && findHeader(first, {column->name}) < 0)
                    missing.append(QStringLiteral("\"%1\"").arg(column->name));
            return fail(error, {path, first.origin,
                                TableReader::tr("no header row has the column(s) %1 that --columns names: the first row has %2")
                                    .arg(missing.join(QStringLiteral(", ")), headerCells(first))});
        }
    }
    const TableRow *header = result.row >= 0 ? &table.rows.at(result.row) : nullptr;
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
        result.row = candidates.first();
    *out = result;
    return true;
}

} // namespace

bool namesProvincialUnit(const ReferenceData &reference, const QString &name)
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

TableHeader findTableHeader(const QList<TableRow> &rows)
{
    for (int i : headerCandidates(rows)) {
        const TableRow &row = rows.at(i);
        const int province = findHeader(row, provinceHeaders());
        const int text = findTextHeader(row);
        if (province >= 0 && text >= 0 && province != text)
            return {i, province, text, findHeader(row, yearHeaders())};
    }
    return {};
}

TableRowReader::TableRowReader(const ReferenceData &reference, const QString &path, const QString &rowWord,
                               const QString &originWord, Sink sink)
    : m_reference(reference)
    , m_path(path)
    , m_rowWord(rowWord)
    , m_originWord(originWord)
    , m_sink(std::move(sink))
{
}

void TableRowReader::startTable(const TableHeader &columns)
{
    m_columns = columns;
    m_province.clear();
    m_emitted.clear();
}

const QString &TableRowReader::canonical(const QString &name)
{
    if (name != m_canonicalOf) {
        const Province *known = m_reference.findProvince(name);
        m_canonicalOf = name;
        m_canonicalName = known ? known->nameZh : name;
    }
    return m_canonicalName;
}

bool TableRowReader::read(const TableRow &row, Diagnostic *error)
{
    if (isEmptyRow(row))
        return true;
    const QString name = oneLine(cell(row, m_columns.province));
    const QString text = oneLine(cell(row, m_columns.text));
    if (m_columns.year >= 0) {
        const QString yearText = cell(row, m_columns.year).trimmed();
        // 0 is "unknown", as `policy-atlas items` writes it: no year, like an empty cell.
        if (!yearText.isEmpty() && yearText != u"0") {
            const int y = yearOf(yearText);
            if (y == 0)
                return fail(error, {m_path, row.origin, TableReader::tr("\"%1\" in the year column is not a year").arg(yearText)});
            if (m_year == 0) {
                m_year = y;
                m_yearOrigin = row.origin;
            } else if (y != m_year) {
                return fail(error, {m_path, row.origin,
                                    TableReader::tr("rows of several years: %1 (%2 %3) and %4 (%2 %5): import each year from "
                                       "its own file")
                                        .arg(QString::number(m_year), m_originWord, QString::number(m_yearOrigin),
                                             QString::number(y), QString::number(row.origin))});
            }
        }
    }
    if (!name.isEmpty() && name != m_province) {
        if (!namesProvincialUnit(m_reference, name))
            return fail(error, {m_path, row.origin,
                                TableReader::tr("\"%1\" in the province column is not a provincial-level unit (such as 北京市 "
                                   "or 广东)")
                                    .arg(name)});
        m_province = name;
    }
    if (text.isEmpty() || saysNone(text)) {
        m_withoutItem.append(row.origin);
        return true;
    }
    if (m_province.isEmpty())
        return fail(error, {m_path, row.origin,
                            TableReader::tr("the province cell is empty and no %1 above names a province").arg(m_rowWord)});
    if (canonical(m_province) != m_emitted) {
        m_sink(m_province, row.origin);
        m_emitted = canonical(m_province);
    }
    m_sink(text, row.origin);
    ++m_items;
    return true;
}

bool tableToSource(const Table &table, const TableColumns &chosen, const ReferenceData &reference,
                   const QString &path, SourceText *out, Diagnostic *error)
{
    TableHeader columns;
    if (!findColumns(table, chosen, reference, path, &columns, error))
        return false;
    const QString rowWord = table.originsAreLines ? TableReader::tr("line") : TableReader::tr("row");

    QByteArray utf8;
    QList<int> origins;
    TableRowReader rows(reference, path, rowWord, rowWord, [&](const QString &line, int origin) {
        if (!utf8.isEmpty())
            utf8.append('\n');
        utf8.append(line.toUtf8());
        origins.append(origin);
    });
    rows.startTable(columns);
    for (int i = columns.row + 1; i < table.rows.size(); ++i)
        if (!rows.read(table.rows.at(i), error))
            return false;
    if (rows.items() == 0) {
        const int headerOrigin = columns.row >= 0 ? table.rows.at(columns.row).origin : 0;
        return fail(error, {path, headerOrigin, TableReader::tr("no %1 below the header has text in the text column").arg(rowWord)});
    }

    SourceText result;
    // Rows left out are named: a wrong --columns must not pass for a table with few items.
    if (const QList<int> &skipped = rows.rowsWithoutItem(); !skipped.isEmpty()) {
        QStringList shown;
        for (qsizetype i = 0; i < std::min<qsizetype>(skipped.size(), 10); ++i)
            shown.append(QString::number(skipped.at(i)));
        if (skipped.size() > 10)
            shown.append(QStringLiteral("…"));
        result.warnings.append(
            {path, skipped.first(),
             TableReader::tr("%1 %2(s) give no item, their text cell being empty or saying there is none (暂无): %3; "
                             "if the text is in another column, name it with --columns")
                 .arg(QString::number(skipped.size()), rowWord, shown.join(QStringLiteral(", ")))});
    }
    result.format = table.format;
    result.encoding = table.encoding;
    result.utf8 = std::move(utf8);
    result.linesAreItems = true;
    result.year = rows.year();
    result.origins = std::move(origins);
    *out = std::move(result);
    return true;
}
