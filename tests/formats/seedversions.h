// SPDX-License-Identifier: GPL-3.0-or-later
// The seed corpus (resources/corpus/2023-provincial-vocational-education.txt) written in the
// other formats Policy Atlas reads, at test time: these functions are the script that makes
// the fixtures, so no web page, Word file or PDF is stored in the repository. Each version lays
// the seed out in that format's own ways (web page markup and junk, Word tables and tracked
// changes, wrapped PDF lines, table rows) and must give the seed's units and items.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace SeedVersions {

// The seed's lines as published, without line ends.
QStringList seedLines();

// The seed as table rows: one per item or sub-item, its number kept in its text ("(1)做好…").
struct Row
{
    QString province; // empty when the row continues the province above
    QString text;
    QString year;
    QString remark; // a column the reader must ignore
};
QList<Row> seedRows();

// A saved web page with scripts, styles, navigation, entities and <br>, in UTF-8 (declared
// with http-equiv) or in GBK (declared with <meta charset="gbk">).
QByteArray html(bool gbk);
bool writeDocx(const QString &path);
// Noto Sans CJK SC, long lines wrapped at the text width, a page number at the foot of each
// page. Needs a QGuiApplication.
bool writePdf(const QString &path);
enum class TextEncoding { Utf8Bom, Gb18030, Utf16LeBom };
QByteArray delimited(char delimiter, TextEncoding encoding);
// constantMemory: libxlsxwriter's streaming mode, which writes inline strings instead of
// shared ones.
bool writeXlsx(const QString &path, bool constantMemory);

// A minimal valid .docx (content types, relationships) around the given body XML.
bool writeDocxBody(const QString &path, const QString &bodyXml);
// A ZIP archive holding the given entries.
bool writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &entries);

} // namespace SeedVersions
