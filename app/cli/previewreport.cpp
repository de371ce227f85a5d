// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewreport.h"

#include "cliutil.h"
#include "documentdescription.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <utility>

namespace PreviewReport {
namespace {


bool isWide(char32_t c)
{
    // East Asian Wide and Fullwidth (UAX #11), in the blocks a Chinese text uses.
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

QString padRight(const QString &text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), u' ');
}

QString padLeft(const QString &text, int width)
{
    return QString(std::max(0, width - displayWidth(text)), u' ') + text;
}

int shownYear(const ImportPreview &preview, int year)
{
    return year ? year : preview.document.year;
}

// The rows of one file's header: label, value; only those the document has. The units, items
// and warnings rows follow, each with its list under it.
QList<std::pair<QString, QString>> headerRows(const ImportPreview &preview, int year)
{
    const ParsedDocument &doc = preview.document;
    QList<std::pair<QString, QString>> rows;
    rows.append({Cli::tr("title"), doc.title});
    rows.append({Cli::tr("year"), year         ? Cli::tr("%1 (--year)").arg(year)
                                  : doc.year ? DocumentDescription::year(doc.year)
                                             : Cli::tr("unknown: the title names none; give it with --year YEAR")});
    rows.append({Cli::tr("read as"), DocumentDescription::readAs(doc)});
    if (!doc.source.isEmpty())
        rows.append({Cli::tr("source"), doc.source});
    if (!doc.author.isEmpty())
        rows.append({Cli::tr("author"), doc.author});
    if (!doc.published.isEmpty())
        rows.append({Cli::tr("published"), doc.published});
    const QString end = DocumentDescription::contentEnd(doc);
    if (!end.isEmpty())
        rows.append({Cli::tr("content ends"), end});
    return rows;
}

// The units as a table: numbers right-aligned, names padded to the widest in the file.
QStringList unitTable(const ImportPreview &preview, const QString &indent)
{
    const QStringList heads{Cli::tr("line"), Cli::tr("items"), Cli::tr("sub-items"), Cli::tr("unit"), Cli::tr("first item")};
    QList<QStringList> rows;
    for (const UnitPreview &unit : preview.units)
        rows.append({QString::number(unit.line), QString::number(unit.items), QString::number(unit.subItems),
                     unit.nameZh, unit.firstItemOpening()});
    QList<int> widths;
    for (int c = 0; c < heads.size(); ++c) {
        int width = displayWidth(heads.at(c));
        for (const QStringList &row : std::as_const(rows))
            width = std::max(width, displayWidth(row.at(c)));
        widths.append(width);
    }
    auto line = [&](const QStringList &cells) {
        QString out = indent;
        for (int c = 0; c < cells.size(); ++c) {
            const bool number = c < 3;
            const bool last = c == cells.size() - 1;
            out += last ? cells.at(c) : number ? padLeft(cells.at(c), widths.at(c)) : padRight(cells.at(c), widths.at(c));
            if (!last)
                out += QStringLiteral("  ");
        }
        while (out.endsWith(u' ')) // a unit without items has no first item
            out.chop(1);
        return out;
    };
    QStringList out{line(heads)};
    for (const QStringList &row : std::as_const(rows))
        out.append(line(row));
    return out;
}

QString lineAndMessage(const Diagnostic &d)
{
    return d.line > 0 ? Cli::tr("line %1: %2").arg(QString::number(d.line), d.message) : d.message;
}

} // namespace

int displayWidth(QStringView text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString text(const QList<ImportPreview> &previews, int year)
{
    const QString indent = QStringLiteral("  ");
    QStringList out;
    int importable = 0;
    for (const ImportPreview &preview : previews) {
        out << preview.path;
        if (!preview.canImport()) {
            out << indent + Cli::tr("cannot be imported: %1").arg(lineAndMessage(preview.error)) << QString();
            continue;
        }
        ++importable;
        const ParsedDocument &doc = preview.document;
        const auto rows = headerRows(preview, year);
        const QString units = Cli::tr("units"), items = Cli::tr("items"), warnings = Cli::tr("warnings");
        int labelWidth = std::max({displayWidth(units), displayWidth(items), displayWidth(warnings)});
        for (const auto &row : rows)
            labelWidth = std::max(labelWidth, displayWidth(row.first));
        auto row = [&](const QString &label, const QString &value) {
            return indent + padRight(label, labelWidth) + QStringLiteral("  ") + value;
        };
        for (const auto &r : rows)
            out << row(r.first, r.second);
        out << row(units, QString::number(preview.units.size()))
            << row(items, Cli::tr("%1 (%2 sub-items)").arg(preview.itemCount()).arg(preview.subItemCount()))
            << unitTable(preview, indent + indent)
            << row(warnings, doc.warnings.isEmpty() ? Cli::tr("none") : QString::number(doc.warnings.size()));
        for (const Diagnostic &w : doc.warnings)
            out << indent + indent + lineAndMessage(w);
        out << indent + Cli::tr("can be imported") << QString();
    }
    out << Cli::tr("Files that can be imported: %1 of %2. Nothing was written (--dry-run).")
               .arg(importable)
               .arg(previews.size());
    return out.join(u'\n') + u'\n';
}

QByteArray json(const QList<ImportPreview> &previews, int year)
{
    QJsonArray files;
    for (const ImportPreview &preview : previews) {
        const ParsedDocument &doc = preview.document;
        QJsonObject file;
        file.insert(QStringLiteral("file"), preview.path);
        file.insert(QStringLiteral("can_import"), preview.canImport());
        if (!preview.canImport()) {
            file.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("line"), preview.error.line},
                                                            {QStringLiteral("message"), preview.error.message},
                                                            {QStringLiteral("text"), preview.error.toString()}});
            files.append(file);
            continue;
        }
        file.insert(QStringLiteral("error"), QJsonValue::Null);
        file.insert(QStringLiteral("title"), doc.title);
        const int shown = shownYear(preview, year);
        file.insert(QStringLiteral("year"), shown ? QJsonValue(shown) : QJsonValue(QJsonValue::Null));
        file.insert(QStringLiteral("format"), doc.format);
        file.insert(QStringLiteral("encoding"), doc.encoding);
        file.insert(QStringLiteral("source"), doc.source);
        file.insert(QStringLiteral("author"), doc.author);
        file.insert(QStringLiteral("published"), doc.published);
        if (doc.contentEndLine > 0 || !doc.contentEndText.isEmpty())
            file.insert(QStringLiteral("content_end"), QJsonObject{{QStringLiteral("line"), doc.contentEndLine},
                                                                  {QStringLiteral("text"), doc.contentEndText},
                                                                  {QStringLiteral("reason"), doc.contentEndReason}});
        else
            file.insert(QStringLiteral("content_end"), QJsonValue::Null);
        file.insert(QStringLiteral("items"), preview.itemCount());
        QJsonArray units;
        for (const UnitPreview &unit : preview.units)
            units.append(QJsonObject{{QStringLiteral("name_zh"), unit.nameZh},
                                     {QStringLiteral("code"), unit.code},
                                     {QStringLiteral("line"), unit.line},
                                     {QStringLiteral("items"), unit.items},
                                     {QStringLiteral("sub_items"), unit.subItems},
                                     {QStringLiteral("first_item_line"), unit.firstItemLine},
                                     {QStringLiteral("first_item"), unit.firstItemOpening()}});
        file.insert(QStringLiteral("units"), units);
        QJsonArray warnings;
        for (const Diagnostic &w : doc.warnings)
            warnings.append(QJsonObject{{QStringLiteral("line"), w.line}, {QStringLiteral("message"), w.message}});
        file.insert(QStringLiteral("warnings"), warnings);
        files.append(file);
    }
    return QJsonDocument(files).toJson(QJsonDocument::Indented);
}

} // namespace PreviewReport
