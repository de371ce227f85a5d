// SPDX-License-Identifier: GPL-3.0-or-later
#include "seedversions.h"

#include "referencedata.h"

#include <QFile>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QStringEncoder>

#include <zip.h>

namespace SeedVersions {

namespace {

bool isProvince(const QString &line)
{
    return ReferenceData::builtIn().findProvince(line) != nullptr;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Markup for a line of text, with curly quotes as named entities and every 融 as a numeric one.
QString withEntities(const QString &text)
{
    QString s = escaped(text);
    s.replace(QStringLiteral("“"), QStringLiteral("&ldquo;"));
    s.replace(QStringLiteral("”"), QStringLiteral("&rdquo;"));
    s.replace(QStringLiteral("融"), QStringLiteral("&#x878D;"));
    return s;
}

} // namespace

QByteArray html(bool gbk)
{
    const QStringList lines = seedLines();
    QString page;
    page += QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n");
    page += gbk ? QStringLiteral("<meta charset=\"gbk\">\n")
                : QStringLiteral("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n");
    page += QStringLiteral("<title>%1_职教圈</title>\n").arg(escaped(lines.first()));
    page += QStringLiteral("<style>\np { margin: 0 }\n.x::before { content: \"北京市\" }\n</style>\n");
    page += QStringLiteral("<script>\nvar items = [\"北京市\", \"1、假的条目\"];\nif (a < b && c > d) "
                           "document.write(\"<p>天津市</p>\");\n</script>\n");
    page += QStringLiteral("<link rel=\"stylesheet\" href=\"site.css\">\n</head>\n<body>\n");
    page += QStringLiteral("<nav><ul><li><a href=\"/\">首页</a></li><li><a href=\"/bj\">北京市</a></li>"
                           "<li><a href=\"/tj\">1、天津</a></li></ul></nav>\n");
    page += QStringLiteral("<noscript><p>北京市</p><p>1、请启用脚本</p></noscript>\n<div class=\"main\"><article>\n");
    page += QStringLiteral("<h1>%1</h1>\n").arg(escaped(lines.first()));

    int province = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        if (line.startsWith(QStringLiteral("来源"))) {
            page += QStringLiteral("<p class=\"source\">%1</p>\n</article></div>\n<aside><ul>\n").arg(withEntities(line));
            for (qsizetype j = i + 1; j < lines.size(); ++j)
                page += QStringLiteral("<li><a href=\"#\">%1</a></li>\n").arg(escaped(lines.at(j)));
            page += QStringLiteral("</ul></aside>\n");
            break;
        }
        if (isProvince(line)) {
            page += QStringLiteral("<h2>%1</h2>\n").arg(escaped(line));
            ++province;
            continue;
        }
        const bool sub = line.startsWith(u'(');
        const bool nextIsSub = i + 1 < lines.size() && lines.at(i + 1).startsWith(u'(');
        // Sub-items follow their item after a <br> in the same paragraph.
        if (sub)
            page += QStringLiteral("<br>\n%1").arg(withEntities(line));
        else if (province % 4 == 1)
            page += QStringLiteral("<p>\n    &nbsp;&nbsp;%1\n  ").arg(withEntities(line));
        else if (province % 4 == 2)
            page += QStringLiteral("<div><span>%1</span><b>%2</b>%3")
                        .arg(withEntities(line.left(2)), withEntities(line.mid(2, 2)), withEntities(line.mid(4)));
        else if (province % 4 == 3)
            page += QStringLiteral("<table><tr><td>%1</td>\n<td>%2</td>")
                        .arg(withEntities(line.left(2)), withEntities(line.mid(2)));
        else
            page += QStringLiteral("<p>%1").arg(withEntities(line));
        if (!nextIsSub) {
            if (province % 4 == 2)
                page += QStringLiteral("</div>\n");
            else if (province % 4 == 3)
                page += QStringLiteral("</tr></table>\n");
            else
                page += QStringLiteral("</p>\n");
        }
    }
    page += QStringLiteral("<footer>版权所有 &copy; 2023 职教圈<script>track(\"北京市\")</script></footer>\n");
    page += QStringLiteral("<template><p>北京市</p><p>1、模板</p></template>\n</body>\n</html>\n");
    if (!gbk)
        return page.toUtf8();
    QStringEncoder encoder("GB18030");
    return encoder.encode(page);
}

bool writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &entries)
{
    const QByteArray file = QFile::encodeName(path);
    zipFile zip = zipOpen64(file.constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &[name, bytes] : entries) {
        const QByteArray entry = name.toUtf8();
        zip_fileinfo info = {};
        ok = ok
             && zipOpenNewFileInZip64(zip, entry.constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                      Z_DEFAULT_COMPRESSION, 0)
                    == ZIP_OK
             && zipWriteInFileInZip(zip, bytes.constData(), unsigned(bytes.size())) == ZIP_OK
             && zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

bool writeDocxBody(const QString &path, const QString &bodyXml)
{
    const QByteArray types =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "</Types>";
    const QByteArray rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"word/document.xml\"/></Relationships>";
    const QByteArray document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
        "xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:body>"
        + bodyXml.toUtf8() + "<w:sectPr/></w:body></w:document>";
    return writeZip(path, {{QStringLiteral("[Content_Types].xml"), types},
                           {QStringLiteral("_rels/.rels"), rels},
                           {QStringLiteral("word/document.xml"), document}});
}

bool writeDocx(const QString &path)
{
    const QStringList lines = seedLines();
    auto run = [](const QString &text) {
        return QStringLiteral("<w:r><w:t xml:space=\"preserve\">%1</w:t></w:r>").arg(text.toHtmlEscaped());
    };
    auto paragraph = [&](const QString &text) { return QStringLiteral("<w:p>%1</w:p>").arg(run(text)); };
    QString body;
    // The title in two runs, the second bold; the lead with a bookmark and a proofing mark.
    body += QStringLiteral("<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>%1<w:r><w:rPr><w:b/></w:rPr><w:t>%2</w:t></w:r></w:p>")
                .arg(run(lines.at(0).left(5)), lines.at(0).mid(5).toHtmlEscaped());
    body += QStringLiteral("<w:p><w:bookmarkStart w:id=\"0\" w:name=\"lead\"/>%1<w:proofErr w:type=\"spellStart\"/>%2"
                           "<w:bookmarkEnd w:id=\"0\"/></w:p>")
                .arg(run(lines.at(1).left(10)), run(lines.at(1).mid(10)));

    int province = 0;
    qsizetype i = 2;
    while (i < lines.size()) {
        const QString line = lines.at(i);
        if (!isProvince(line)) {
            body += paragraph(line); // the 来源 line and what follows it
            ++i;
            continue;
        }
        QStringList items;
        qsizetype j = i + 1;
        for (; j < lines.size() && !isProvince(lines.at(j)) && !lines.at(j).startsWith(QStringLiteral("来源")); ++j)
            items.append(lines.at(j));
        ++province;
        if (province % 5 == 0) {
            // A table row: the province in the first cell, its items as paragraphs of the second.
            QString cell;
            for (const QString &item : std::as_const(items))
                cell += paragraph(item);
            body += QStringLiteral("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tr><w:tc>%1</w:tc>"
                                   "<w:tc>%2</w:tc></w:tr></w:tbl>")
                        .arg(paragraph(line), cell);
        } else {
            body += paragraph(line);
            for (qsizetype k = 0; k < items.size(); ++k) {
                const QString item = items.at(k);
                if (k + 1 < items.size() && items.at(k + 1).startsWith(u'(')) {
                    // An item and its sub-items in one paragraph, separated by line breaks.
                    QString p = QStringLiteral("<w:p>") + run(item);
                    while (k + 1 < items.size() && items.at(k + 1).startsWith(u'('))
                        p += QStringLiteral("<w:r><w:br/></w:r>") + run(items.at(++k));
                    body += p + QStringLiteral("</w:p>");
                } else if (province % 3 == 1 && item.size() > 8) {
                    // Tab stops in the paragraph's properties, tracked changes in its runs.
                    body += QStringLiteral("<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs></w:pPr>"
                                           "%1<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>删掉的字</w:delText></w:r>"
                                           "</w:del><w:ins w:id=\"2\" w:author=\"a\">%2</w:ins></w:p>")
                                .arg(run(item.left(4)), run(item.mid(4)));
                } else {
                    body += paragraph(item);
                }
            }
        }
        i = j;
    }
    return writeDocxBody(path, body);
}

bool writePdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72); // painter units are points
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(12);
    // Qt's PDF writer loses the text of glyphs that shaping substituted (digits next to Han
    // text): draw them as the font maps them.
    font.setStyleStrategy(QFont::PreferNoShaping);
    painter.setFont(font);
    const QFontMetricsF metrics(font, &writer);
    const double left = 60, top = 60, width = 360, lineHeight = 20, bottom = 842 - 80;
    double y = top;
    int page = 1;
    auto footer = [&] {
        painter.drawText(QRectF(0, 842 - 50, 595, 20), Qt::AlignHCenter, QStringLiteral("- %1 -").arg(page));
    };
    auto draw = [&](const QString &text) {
        if (y + lineHeight > bottom) {
            footer();
            writer.newPage();
            ++page;
            y = top;
        }
        painter.drawText(QPointF(left, y + metrics.ascent()), text);
        y += lineHeight;
    };
    for (const QString &line : seedLines()) {
        // Wrapped as a word processor does: as many characters as fit, never next to a space
        // (a space at a line's end would be lost, as in any PDF).
        QString rest = line;
        while (metrics.horizontalAdvance(rest) > width) {
            qsizetype n = 1;
            while (n < rest.size() && metrics.horizontalAdvance(rest.left(n + 1)) <= width)
                ++n;
            while (n > 1 && (rest.at(n - 1).isSpace() || rest.at(n).isSpace()))
                --n;
            draw(rest.left(n));
            rest = rest.mid(n);
        }
        draw(rest);
    }
    footer();
    return painter.end();
}

} // namespace SeedVersions
