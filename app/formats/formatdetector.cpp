// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatdetector.h"

#include "inputfile.h"
#include "zipentry.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace {

// The context of this file's messages; called as FormatDetector::tr so that lupdate files them there.
struct FormatDetector
{
    Q_DECLARE_TR_FUNCTIONS(FormatDetector)
};

// How far into a file its signature and the start of a web page's markup are looked for.
constexpr qint64 SniffBytes = 4096;

// The start of the file as text, for the markup sniff: UTF-16 with a BOM decoded, anything
// else taken byte for byte (tags and the doctype are ASCII in every other encoding we read).
QString sniffText(const QByteArray &head)
{
    if (head.startsWith("\xFF\xFE"))
        return QStringDecoder(QStringDecoder::Utf16LE).decode(head.sliced(2));
    if (head.startsWith("\xFE\xFF"))
        return QStringDecoder(QStringDecoder::Utf16BE).decode(head.sliced(2));
    QByteArrayView bytes(head);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    return QString::fromLatin1(bytes);
}

// Markup that can only open a web page: after white space, comments (a browser's
// "saved from url" note) and an XML declaration, one of the tags a page starts with.
bool startsLikeHtml(const QString &text)
{
    qsizetype p = 0;
    for (;;) {
        while (p < text.size() && text.at(p).isSpace())
            ++p;
        const QStringView rest = QStringView(text).sliced(p);
        if (rest.startsWith(u"<!--")) {
            const qsizetype end = text.indexOf(u"-->", p + 4);
            if (end < 0)
                return false;
            p = end + 3;
        } else if (rest.startsWith(u"<?xml", Qt::CaseInsensitive)) {
            const qsizetype end = text.indexOf(u"?>", p);
            if (end < 0)
                return false;
            p = end + 2;
        } else {
            break;
        }
    }
    const QStringView rest = QStringView(text).sliced(p);
    static const char16_t *const starts[] = {u"<!doctype html", u"<html", u"<head", u"<body", u"<meta"};
    for (const char16_t *start : starts) {
        const QStringView tag(start);
        if (rest.startsWith(tag, Qt::CaseInsensitive)
            && (rest.size() == tag.size() || !rest.at(tag.size()).isLetterOrNumber()))
            return true;
    }
    return false;
}

} // namespace

QString formatName(FileFormat format)
{
    switch (format) {
    case FileFormat::Text: return QStringLiteral("text");
    case FileFormat::Html: return QStringLiteral("html");
    case FileFormat::Docx: return QStringLiteral("docx");
    case FileFormat::Xlsx: return QStringLiteral("xlsx");
    case FileFormat::Pdf: return QStringLiteral("pdf");
    case FileFormat::Csv: return QStringLiteral("csv");
    case FileFormat::Tsv: return QStringLiteral("tsv");
    }
    return QString();
}

bool detectFormat(const QString &path, qint64 maxSize, FileFormat *format, Diagnostic *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *format = FileFormat::Text;
        return true;
    }
    // A directory, a named pipe (which would block the import forever), a device: never opened.
    if (!InputFile::check(path, error, maxSize))
        return false;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, {path, 0, FormatDetector::tr("cannot read the file: %1").arg(file.errorString())});
    const QByteArray head = file.read(SniffBytes);
    file.close();
    const QString suffix = info.suffix().toLower();

    if (head.startsWith("%PDF-")) {
        *format = FileFormat::Pdf;
        return true;
    }
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06")) {
        ZipArchive zip(path);
        if (!zip.open())
            return fail(error, {path, 0, FormatDetector::tr("a ZIP archive that cannot be opened: the file is damaged or incomplete")});
        if (zip.contains(QStringLiteral("word/document.xml"))) {
            *format = FileFormat::Docx;
            return true;
        }
        if (zip.contains(QStringLiteral("xl/workbook.xml"))) {
            *format = FileFormat::Xlsx;
            return true;
        }
        return fail(error, {path, 0, FormatDetector::tr("a ZIP archive that is neither a Word (.docx) nor an Excel (.xlsx) file")});
    }
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        if (suffix == u"docx" || suffix == u"xlsx")
            return fail(error, {path, 0, FormatDetector::tr("a password-protected Word/Excel file: open it in Word or Excel, "
                                            "remove the password and save it again")});
        return fail(error, {path, 0, FormatDetector::tr("an old Word/Excel binary file (.doc/.xls): save it as .docx/.xlsx")});
    }
    if (head.startsWith("{\\rtf"))
        return fail(error, {path, 0, FormatDetector::tr("an RTF file: save it as .docx, or as plain text (.txt)")});

    const QString text = sniffText(head);
    const bool htmlSuffix = suffix == u"html" || suffix == u"htm" || suffix == u"xhtml";
    if (startsLikeHtml(text) || (htmlSuffix && text.trimmed().startsWith(u'<'))) {
        *format = FileFormat::Html;
        return true;
    }
    if (suffix == u"csv") {
        *format = FileFormat::Csv;
        return true;
    }
    if (suffix == u"tsv" || suffix == u"tab") {
        *format = FileFormat::Tsv;
        return true;
    }
    *format = FileFormat::Text;
    return true;
}
