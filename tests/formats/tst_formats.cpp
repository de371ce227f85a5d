// SPDX-License-Identifier: GPL-3.0-or-later
// FormatReader (app/formats): web pages, Word files, PDFs and tables give the seed corpus's
// units and items; each format is recognised by its content; every refusal says why.
#include "corpusparser.h"
#include "formatreader.h"
#include "referencedata.h"
#include "seedversions.h"
#include "tablereader.h"
#include "testutil.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QStringEncoder>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// Units and items as comparable lines: "unit|code", "  label|ordinal|text", "    (sub-item)".
QStringList dump(const ParsedDocument &doc)
{
    QStringList lines;
    for (const ParsedUnit &unit : doc.units) {
        lines.append(unit.nameZh + u'|' + unit.code);
        for (const ParsedItem &item : unit.items) {
            lines.append(QStringLiteral("  %1|%2|%3").arg(item.label).arg(item.ordinal).arg(item.text));
            for (const ParsedItem &sub : item.subItems)
                lines.append(QStringLiteral("    %1|%2|%3").arg(sub.label).arg(sub.ordinal).arg(sub.text));
        }
    }
    return lines;
}

// The first difference between two dumps, or empty when they are equal.
QString difference(const QStringList &actual, const QStringList &expected)
{
    for (qsizetype i = 0; i < std::max(actual.size(), expected.size()); ++i) {
        const QString a = i < actual.size() ? actual.at(i) : QStringLiteral("(nothing)");
        const QString e = i < expected.size() ? expected.at(i) : QStringLiteral("(nothing)");
        if (a != e)
            return QStringLiteral("line %1:\n   actual: %2\n expected: %3").arg(i + 1).arg(a, e);
    }
    return QString();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList linesOf(const SourceText &text)
{
    return QString::fromUtf8(text.utf8).split(u'\n');
}

// A PDF whose standard security handler wants a user password: poppler opens it locked.
QByteArray encryptedPdf()
{
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    const QByteArray hash32 = QByteArray(32, '\x5A').toHex();
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        "<< /Filter /Standard /V 1 /R 2 /O <" + hash32 + "> /U <" + hash32 + "> /P -4 >>",
    };
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    const QByteArray id = QByteArray(16, '\x11').toHex();
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Encrypt 4 0 R /ID [<" + id
           + "> <" + id + ">] >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// Watches files for being opened or read (inotify): the proof that a reader touched nothing.
class OpenWatch
{
public:
    explicit OpenWatch(const QStringList &paths)
        : m_fd(inotify_init1(IN_NONBLOCK))
    {
        for (const QString &path : paths)
            inotify_add_watch(m_fd, QFile::encodeName(path).constData(), IN_OPEN | IN_ACCESS);
    }
    ~OpenWatch() { ::close(m_fd); }
    bool valid() const { return m_fd >= 0; }
    bool touched() const
    {
        char buffer[4096];
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        return n > 0 || (n < 0 && errno != EAGAIN);
    }

private:
    int m_fd;
};

// A row of the compilations published as a table: the seed's first six provinces, as a web
// page or Word table gives them (see headedTableRows()).
struct HeadedRow
{
    QString province; // empty: the cell is empty (or merged with the one above)
    QString text; // '\n' where the cell breaks a line
    QString remark; // the 备注 column
    QString year;
    int rowSpan = 0; // > 1: the province cell spans this many rows; 0: no cell (a span covers it)
};

// The seed's first six provinces as table rows, without their numbers except 内蒙古's (the
// genre's tables mostly give unnumbered sentences): 北京市's second row leaves the province
// empty, 山西省's second text breaks its line, 内蒙古自治区's name spans its six rows, 辽宁 is
// named short, then in full, then not at all; remarks beside some texts, and a 暂无 row for a
// seventh province whose remark is not an item either.
QList<HeadedRow> headedTableRows(const ParsedDocument &seed)
{
    QList<HeadedRow> rows;
    for (qsizetype u = 0; u < 6; ++u) {
        const ParsedUnit &unit = seed.units.at(u);
        for (qsizetype i = 0; i < unit.items.size(); ++i) {
            const ParsedItem &item = unit.items.at(i);
            HeadedRow row;
            row.province = i == 0 ? unit.nameZh : QString();
            row.rowSpan = 1;
            row.text = item.text;
            row.year = i % 2 ? QStringLiteral("2023年") : QStringLiteral("2023");
            if (unit.nameZh == u8("内蒙古自治区")) {
                row.text = item.label + item.text;
                row.rowSpan = i == 0 ? int(unit.items.size()) : 0;
            } else if (unit.nameZh == u8("辽宁省")) {
                row.province = i == 0 ? u8("辽宁") : i == 1 ? u8("辽宁省") : QString();
            } else if (unit.nameZh == u8("山西省") && i == 1) {
                const qsizetype comma = row.text.indexOf(u',');
                row.text = row.text.left(comma + 1) + u'\n' + row.text.mid(comma + 1);
            }
            if (i == 1)
                row.remark = u8("节选自报告第二部分，\n原文有删节。");
            rows.append(row);
        }
    }
    rows.append({u8("吉林省"), u8("暂无"), u8("吉林省人代会延期召开，报告尚未公布。"), QString(), 1});
    return rows;
}

// What the parser gives for headedTableRows(): the seed's first six units, one item per row,
// each row's text as one line (a space where its cell broke the line).
QStringList headedTableDump(const ParsedDocument &seed)
{
    ParsedDocument expected;
    for (const HeadedRow &row : headedTableRows(seed)) {
        if (row.text == u8("暂无"))
            continue;
        if (!row.province.isEmpty()) {
            const Province *province = ReferenceData::builtIn().findProvince(row.province);
            if (expected.units.isEmpty() || expected.units.last().code != province->code)
                expected.units.append({province->nameZh, province->code, 0, {}});
        }
        const QString text = QString(row.text).replace(u'\n', u' ');
        ParsedItem item{0, QString(), 0, text, {}};
        if (expected.units.last().nameZh == u8("内蒙古自治区")) {
            item.label = text.left(2);
            item.ordinal = text.left(1).toInt();
            item.text = text.mid(2);
        }
        expected.units.last().items.append(item);
    }
    return dump(expected);
}

} // namespace

class TestFormats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedVersions_data();
    void seedVersions();
    void pdfLinesAreUnwrapped();
    void pdfJoinsOnlyWrappedLines();
    void htmlEncodings();
    void htmlOriginsAndLayout();
    void htmlTitleWhenNoHeadline();
    void htmlLoadsNothing();
    void docxNumberingAndRows();
    void docxExternalEntityIsNotRead();
    void tableHeaders_data();
    void tableHeaders();
    void htmlHeadedTable();
    void docxHeadedTable();
    void headedTableAmongSections();
    void headedTableInLayoutTable();
    void headedTableRefusals_data();
    void headedTableRefusals();
    void tablesWithoutHeader();
    void tableColumns();
    void tableRefusals_data();
    void tableRefusals();
    void csvQuotes();
    void xlsxOtherSheetsAreNamed();
    void hiddenTextIsNoText();
    void tableRowsWithoutItemAreNamed();
    void parseColumns_data();
    void parseColumns();
    void refusals_data();
    void refusals();
    void detectionByContent_data();
    void detectionByContent();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Reads a file through the reader alone.
    SourceReader::Outcome read(const QString &file, SourceText *out, Diagnostic *error,
                               const FormatReader::Options &options = {}) const
    {
        FormatReader reader(ReferenceData::builtIn(), options);
        return reader.read(file, out, error);
    }
    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString file = path(name);
        if (!writeFile(file, bytes))
            qFatal("cannot write %s", qPrintable(file));
        return file;
    }

    QTemporaryDir m_dir;
    ParsedDocument m_seed;
};

void TestFormats::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Diagnostic error;
    QVERIFY(CorpusParser(ReferenceData::builtIn()).parseFile(QStringLiteral(SEED_CORPUS), &m_seed, &error));
    QCOMPARE(m_seed.units.size(), 31);

    using namespace SeedVersions;
    write(QStringLiteral("seed.html"), html(false));
    write(QStringLiteral("seed-gbk.htm"), html(true));
    QVERIFY(writeDocx(path(QStringLiteral("seed.docx"))));
    QVERIFY(writePdf(path(QStringLiteral("seed.pdf"))));
    write(QStringLiteral("seed.csv"), delimited(',', TextEncoding::Utf8Bom));
    write(QStringLiteral("seed-gbk.csv"), delimited(',', TextEncoding::Gb18030));
    write(QStringLiteral("seed.tsv"), delimited('\t', TextEncoding::Utf16LeBom));
    QVERIFY(writeXlsx(path(QStringLiteral("seed.xlsx")), false));
    QVERIFY(writeXlsx(path(QStringLiteral("seed-inline.xlsx")), true));
}

void TestFormats::seedVersions_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("html") << "seed.html" << "html" << "UTF-8";
    QTest::newRow("html gbk") << "seed-gbk.htm" << "html" << "GBK";
    QTest::newRow("docx") << "seed.docx" << "docx" << "UTF-8";
    QTest::newRow("pdf") << "seed.pdf" << "pdf" << "UTF-8";
    QTest::newRow("csv utf-8 bom") << "seed.csv" << "csv" << "UTF-8 (BOM)";
    QTest::newRow("csv gbk") << "seed-gbk.csv" << "csv" << "GB18030";
    QTest::newRow("tsv utf-16") << "seed.tsv" << "tsv" << "UTF-16LE";
    QTest::newRow("xlsx shared strings") << "seed.xlsx" << "xlsx" << "UTF-8";
    QTest::newRow("xlsx inline strings") << "seed-inline.xlsx" << "xlsx" << "UTF-8";
}

void TestFormats::seedVersions()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, encoding);
    FormatReader reader(ReferenceData::builtIn());
    CorpusParser parser(ReferenceData::builtIn());
    parser.setSourceReader(&reader);
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parser.parseFile(path(file), &doc, &error), qPrintable(error.toString()));
    QCOMPARE(doc.format, format);
    QCOMPARE(doc.encoding, encoding);
    const QString diff = difference(dump(doc), dump(m_seed));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(doc.itemCount(), m_seed.itemCount());
    // The workbook's second sheet (notes) is left out, and said to be.
    if (format == u"xlsx") {
        QVERIFY(!doc.warnings.isEmpty());
        QVERIFY2(doc.warnings.first().message.startsWith(
                     u8("only the workbook's first sheet, “2023”, is read; 1 more left out (“notes”)")),
                 qPrintable(doc.warnings.first().message));
        doc.warnings.removeFirst();
    }
    // The table's 暂无 row is no item, and said to be.
    if (format == u"csv" || format == u"tsv" || format == u"xlsx") {
        QVERIFY(!doc.warnings.isEmpty());
        QVERIFY2(doc.warnings.first().message.contains(
                     u8("give no item, their text cell being empty or saying there is none (暂无)")),
                 qPrintable(doc.warnings.first().message));
        doc.warnings.removeFirst();
    }
    for (const Diagnostic &warning : std::as_const(doc.warnings))
        QVERIFY2(false, qPrintable(warning.toString()));
    const bool table = format == u"csv" || format == u"tsv" || format == u"xlsx";

    // Where the first line stands in the file: the header of a table is line 1 (CSV, TSV) or,
    // under a title row and an empty row, row 3 (XLSX); a page's <h1>; the first paragraph.
    SourceText text;
    QCOMPARE(reader.read(path(file), &text, &error), SourceReader::Outcome::Read);
    int first = 1;
    if (format == u"csv" || format == u"tsv")
        first = 2;
    else if (format == u"xlsx")
        first = 4;
    else if (format == u"html") {
        const QList<QByteArray> lines = fileBytes(path(file)).split('\n');
        first = int(std::find_if(lines.begin(), lines.end(), [](const QByteArray &l) { return l.startsWith("<h1>"); })
                    - lines.begin())
                + 1;
        QVERIFY(first > 1 && first <= lines.size());
    }
    QCOMPARE(text.origins.size(), linesOf(text).size());
    QCOMPARE(text.origins.first(), first);

    if (table) {
        QCOMPARE(doc.title, file);
        QCOMPARE(doc.year, 2023); // from the year column
    } else {
        QCOMPARE(doc.title, m_seed.title);
        QCOMPARE(doc.lead, m_seed.lead);
        QCOMPARE(doc.year, 2023);
        QCOMPARE(doc.sourceLine, m_seed.sourceLine);
        QCOMPARE(doc.author, m_seed.author);
    }
}

void TestFormats::pdfLinesAreUnwrapped()
{
    // Every wrapped line joined again, page numbers dropped: the seed's own lines.
    SourceText text;
    Diagnostic error;
    QCOMPARE(read(path(QStringLiteral("seed.pdf")), &text, &error), SourceReader::Outcome::Read);
    QStringList expected = SeedVersions::seedLines();
    QStringList actual = linesOf(text);
    const qsizetype source = expected.indexOf(m_seed.sourceLine);
    QVERIFY(source > 0);
    expected = expected.mid(0, source + 1);
    actual = actual.mid(0, source + 1);
    const QString diff = difference(actual, expected);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(text.origins.size(), linesOf(text).size());
    QCOMPARE(text.origins.first(), 1);
    QVERIFY(std::is_sorted(text.origins.begin(), text.origins.end()));
}

void TestFormats::pdfJoinsOnlyWrappedLines()
{
    // Each string drawn as one line, as given; the full lines reach the right margin.
    const QList<QStringList> pages = {
        {u8("北京市"), u8("1、甲乙丙丁戊己庚辛壬癸子丑寅卯"), u8("辰巳午未"), u8("2、甲乙丙丁戊己庚辛壬癸子丑寅。"),
         u8("3、甲乙丙丁戊己庚辛壬癸子丑寅卯")},
        {u8("辰巳。"), u8("天津市"), u8("1、短"), u8("2、短。")},
    };
    const QString file = path(QStringLiteral("wrapped.pdf"));
    {
        QPdfWriter writer(file);
        writer.setResolution(72);
        QPainter painter(&writer);
        QFont font(QStringLiteral("Noto Sans CJK SC"));
        font.setPixelSize(12);
        font.setStyleStrategy(QFont::PreferNoShaping);
        painter.setFont(font);
        for (qsizetype p = 0; p < pages.size(); ++p) {
            if (p > 0)
                writer.newPage();
            double y = 40;
            for (const QString &line : pages.at(p)) {
                painter.drawText(QPointF(40, y), line);
                y += 20;
            }
            painter.drawText(QPointF(200, 700), QStringLiteral("第 %1 页").arg(p + 1));
        }
    }
    SourceText text;
    Diagnostic error;
    QCOMPARE(read(file, &text, &error), SourceReader::Outcome::Read);
    // Joined: a full line whose sentence goes on, across a page break and its page number too.
    // Not joined: a line ending in 。 however full, and short lines ("1、短" has no 。).
    QCOMPARE(linesOf(text), (QStringList{u8("北京市"), u8("1、甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未"),
                                         u8("2、甲乙丙丁戊己庚辛壬癸子丑寅。"), u8("3、甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳。"),
                                         u8("天津市"), u8("1、短"), u8("2、短。")}));
    // Lines of the text layer, page numbers counted: 第 1 页 is line 6.
    QCOMPARE(text.origins, (QList<int>{1, 2, 4, 5, 8, 9, 10}));
}

void TestFormats::htmlEncodings()
{
    // Declared GBK, but the bytes are UTF-8 (saved again by an editor): detection decides.
    QByteArray page = u8("<html><head><meta charset=\"gbk\"></head><body><p>北京市</p><p>1、内容。</p></body></html>").toUtf8();
    SourceText text;
    Diagnostic error;
    QCOMPARE(read(write(QStringLiteral("misdeclared.html"), page), &text, &error), SourceReader::Outcome::Read);
    QCOMPARE(text.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(linesOf(text), (QStringList{u8("北京市"), u8("1、内容。")}));

    // No declaration, GB18030 bytes: detected as a text file's would be.
    QStringEncoder gb("GB18030");
    page = gb.encode(u8("<!-- saved from url=(0022)http://example.com/ -->\n<html><body><p>北京市</p></body></html>"));
    QCOMPARE(read(write(QStringLiteral("undeclared.html"), page), &text, &error), SourceReader::Outcome::Read);
    QCOMPARE(text.encoding, QStringLiteral("GB18030"));
    QCOMPARE(linesOf(text), QStringList{u8("北京市")});

    // UTF-16 with a byte order mark, as some editors save pages.
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    page = utf16.encode(u8("<html><body><h1>标题</h1><p>天津市</p></body></html>"));
    QCOMPARE(read(write(QStringLiteral("utf16.html"), page), &text, &error), SourceReader::Outcome::Read);
    QCOMPARE(text.encoding, QStringLiteral("UTF-16LE"));
    QCOMPARE(linesOf(text), (QStringList{u8("标题"), u8("天津市")}));
}

void TestFormats::htmlOriginsAndLayout()
{
    const QByteArray page = u8("<!DOCTYPE html>\r\n"                       // 1
                               "<html><head><title>网页标题</title>\r\n"      // 2
                               "<style>p{}</style></head>\r\n"               // 3
                               "<body><h1>2023年报告</h1>\r\n"              // 4
                               "<p>北京市</p><p>1、一句\r\n"                 // 5
                               "   接着&nbsp;写&amp;完。</p>\r\n"           // 6
                               "<table><tr><td>2、</td><td>表格\r\n"         // 7
                               "里的</td><th>文字。</th></tr></table>\r"     // 8
                               "<pre>3、第一行\n"                            // 9
                               "(1)第二行   有空格</pre><ul><li>4、甲</li>\n" // 10
                               "<li>5、乙<br/>(1)丙</li></ul>\n"            // 11
                               "<div>6、<span>跨</span><b>元素</b></div>\n") // 12
                                  .toUtf8();
    SourceText text;
    Diagnostic error;
    QCOMPARE(read(write(QStringLiteral("layout.html"), page), &text, &error), SourceReader::Outcome::Read);
    QCOMPARE(linesOf(text), (QStringList{u8("2023年报告"), u8("北京市"), u8("1、一句 接着 写&完。"),
                                         u8("2、 表格 里的 文字。"), u8("3、第一行"), u8("(1)第二行 有空格"),
                                         u8("4、甲"), u8("5、乙"), u8("(1)丙"), u8("6、跨元素")}));
    QCOMPARE(text.origins, (QList<int>{4, 5, 5, 7, 9, 10, 10, 11, 11, 12}));
    QCOMPARE(text.format, QStringLiteral("html"));
}

void TestFormats::htmlTitleWhenNoHeadline()
{
    const QByteArray page = u8("<html><head>\n<title>2022年  各省\n工作</title></head>\n<body>\n<div>河北省</div>"
                               "<div>1、内容。</div></body></html>")
                                .toUtf8();
    SourceText text;
    Diagnostic error;
    QCOMPARE(read(write(QStringLiteral("title.html"), page), &text, &error), SourceReader::Outcome::Read);
    QCOMPARE(linesOf(text), (QStringList{u8("2022年 各省 工作"), u8("河北省"), u8("1、内容。")}));
    QCOMPARE(text.origins, (QList<int>{2, 5, 5}));
}

void TestFormats::htmlLoadsNothing()
{
    // Files and a server the page names; the page sits in another folder.
    QTemporaryDir secrets;
    QVERIFY(secrets.isValid());
    const QString secret = secrets.filePath(QStringLiteral("secret.txt"));
    QVERIFY(writeFile(secret, "SECRET-CONTENT"));
    QVERIFY(writeFile(path(QStringLiteral("site.css")), "p { color: red }"));
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
    const QString file = QUrl::fromLocalFile(secret).toString();
    const QString page =
        QStringLiteral("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"%1/dtd\">\n"
                       "<html><head><link rel=\"stylesheet\" href=\"%2\"><link rel=\"stylesheet\" href=\"site.css\">"
                       "<link rel=\"stylesheet\" href=\"%1/style.css\"><script src=\"%2\"></script>"
                       "<script src=\"%1/x.js\"></script><base href=\"%1/\"></head>\n<body><h1>标题</h1>"
                       "<img src=\"%2\"><img src=\"%1/a.png\" srcset=\"%2 2x\"><iframe src=\"%2\"></iframe>"
                       "<iframe src=\"%1/frame\"></iframe><object data=\"%2\"></object><embed src=\"%2\">"
                       "<video src=\"%1/v.mp4\" poster=\"%2\"></video><svg><image href=\"%2\"/></svg>"
                       "<p style=\"background: url(%2)\">北京市</p><p>1、只有文字。</p></body></html>\n")
            .arg(url, file);
    const QString pagePath = write(QStringLiteral("links.html"), page.toUtf8());
    OpenWatch watch({secret, secrets.path(), path(QStringLiteral("site.css"))});
    QVERIFY(watch.valid());

    SourceText text;
    Diagnostic error;
    QCOMPARE(read(pagePath, &text, &error), SourceReader::Outcome::Read);
    QCOMPARE(linesOf(text), (QStringList{u8("标题"), u8("北京市"), u8("1、只有文字。")}));
    QVERIFY(!text.utf8.contains("SECRET"));
    QVERIFY2(!watch.touched(), "the reader opened a file the page names");
    QVERIFY2(!server.waitForNewConnection(200), "the reader connected to a server the page names");
}

void TestFormats::docxNumberingAndRows()
{
    const QString body = u8(
        // 1: a heading
        "<w:p><w:r><w:t>2023年报告</w:t></w:r></w:p>"
        // 2–5: a table: a first row that names no province or text column, then a row whose
        // first cell is not a province
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>名称</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>备注</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:p><w:r><w:t>说明</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>见下</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        // 6: a province
        "<w:p><w:r><w:t>上海市</w:t></w:r></w:p>"
        // 7–8: Word's own numbering: no number in the text
        "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>第一条</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>第二条</w:t></w:r></w:p>"
        // 9 (10 inside): a text box, once as mc:Choice and once as mc:Fallback
        "<w:p><w:r><w:t>1、正文</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>"
        "<w:txbxContent><w:p><w:r><w:t>框里的字</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>框里的字</w:t></w:r></w:p></w:txbxContent>"
        "</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:tab/><w:t>后文</w:t></w:r></w:p>"
        // 11–13: a province row with two item cells, one of two paragraphs
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>浙江</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>1、甲。</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>2、乙</w:t></w:r><w:r><w:cr/><w:t>(1)丙。</w:t></w:r></w:p><w:p/></w:tc></w:tr></w:tbl>"
        // 15: field code and deleted text are not text
        "<w:p><w:r><w:instrText> PAGE </w:instrText></w:r><w:del><w:r><w:delText>删</w:delText></w:r></w:del>"
        "<w:r><w:t>3、丁</w:t><w:noBreakHyphen/><w:t>戊。</w:t></w:r></w:p>");
    const QString file = path(QStringLiteral("numbering.docx"));
    QVERIFY(SeedVersions::writeDocxBody(file, body));
    SourceText text;
    Diagnostic error;
    QCOMPARE(read(file, &text, &error), SourceReader::Outcome::Read);
    QCOMPARE(linesOf(text), (QStringList{u8("2023年报告"), u8("名称 备注"), u8("说明 见下"), u8("上海市"), u8("第一条"),
                                         u8("第二条"), u8("框里的字"), u8("1、正文 后文"), u8("浙江"), u8("1、甲。"),
                                         u8("2、乙"), u8("(1)丙。"), u8("3、丁-戊。")}));
    QCOMPARE(text.origins, (QList<int>{1, 2, 4, 6, 7, 8, 10, 9, 11, 12, 13, 13, 15}));

    // Through the parser: Word's numbered paragraphs, without their numbers, open a paragraph
    // section, where every line is an item and a numbered line is a sub-item of the paragraph above.
    FormatReader reader(ReferenceData::builtIn());
    CorpusParser parser(ReferenceData::builtIn());
    parser.setSourceReader(&reader);
    ParsedDocument doc;
    QVERIFY2(parser.parseFile(file, &doc, &error), qPrintable(error.toString()));
    QCOMPARE(dump(doc), (QStringList{u8("上海市|310000"), u8("  |0|第一条"), u8("  |0|第二条"), u8("  |0|框里的字"),
                                     u8("    1、|1|正文 后文"),
                                     u8("浙江省|330000"), u8("  1、|1|甲。"), u8("  2、|2|乙"), u8("    (1)|1|丙。"),
                                     u8("  3、|3|丁-戊。")}));
}

void TestFormats::docxExternalEntityIsNotRead()
{
    QTemporaryDir secrets;
    QVERIFY(secrets.isValid());
    const QString secret = secrets.filePath(QStringLiteral("secret.txt"));
    QVERIFY(writeFile(secret, "SECRET-CONTENT"));
    const QByteArray document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE w:document [<!ENTITY x SYSTEM \""
        + QUrl::fromLocalFile(secret).toEncoded()
        + "\">]>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
          "<w:p><w:r><w:t>" + u8("北京市").toUtf8() + "</w:t></w:r></w:p><w:p><w:r><w:t>&x;</w:t></w:r></w:p>"
          "</w:body></w:document>";
    const QString file = path(QStringLiteral("entity.docx"));
    QVERIFY(SeedVersions::writeZip(file, {{QStringLiteral("[Content_Types].xml"), "<Types/>"},
                                          {QStringLiteral("word/document.xml"), document}}));
    OpenWatch watch({secret, secrets.path()});
    SourceText text;
    Diagnostic error;
    read(file, &text, &error);
    QVERIFY(!text.utf8.contains("SECRET"));
    QVERIFY2(!watch.touched(), "the reader opened a file the document names");
}

void TestFormats::tableHeaders_data()
{
    // Rows separated by '\n', cells by '|'; expected: {header row, province, text, year}.
    QTest::addColumn<QString>("table");
    QTest::addColumn<QList<int>>("expected");
    const QList<int> none = {-1, -1, -1, -1};
    QTest::newRow("2022 compilation") << u8("省(自治区、直辖市)|“职业教育”相关表述|备注") << QList<int>{0, 0, 1, -1};
    QTest::newRow("full-width brackets") << u8("省份（自治区、直辖市）|相关表述") << QList<int>{0, 0, 1, -1};
    QTest::newRow("spaces, year, remark first") << u8("备注| 地 区 |主要内容|年份（年）") << QList<int>{0, 1, 2, 3};
    QTest::newRow("under a title row") << u8("2023年各省政府工作报告摘编||\n省份|政府工作报告原文|年度")
                                       << QList<int>{1, 0, 1, 2};
    QTest::newRow("exact name wins") << u8("省份|备注内容|内容") << QList<int>{0, 0, 2, -1};
    QTest::newRow("plain names") << u8("Province|TEXT") << QList<int>{0, 0, 1, -1};
    // Data rows, and headers that are not specific enough, are no header.
    QTest::newRow("data row") << u8("北京市|推动职业教育产教融合的主要内容|") << none;
    QTest::newRow("none said") << u8("地区|无相关内容") << none;
    QTest::newRow("remark column only") << u8("省|备注说明") << none;
    QTest::newRow("sentence") << u8("地区|报告提出，深化产教融合等内容") << none;
    QTest::newRow("qualifier too long") << u8("省|二〇二三年各省市自治区政府工作报告中的有关表述") << none;
    QTest::newRow("province in brackets only") << u8("（省）|内容") << none;
    QTest::newRow("no text column") << u8("省份|备注") << none;
}

void TestFormats::tableHeaders()
{
    QFETCH(QString, table);
    QFETCH(QList<int>, expected);
    QList<TableRow> rows;
    for (const QString &line : table.split(u'\n'))
        rows.append({int(rows.size()) + 1, line.split(u'|')});
    const TableHeader header = findTableHeader(rows);
    QCOMPARE((QList<int>{header.row, header.province, header.text, header.year}), expected);
}

void TestFormats::htmlHeadedTable()
{
    // The genre as a web page: headline, lead, the table under a title row, the source.
    const QStringList seedLines = SeedVersions::seedLines();
    QString page = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1_职教圈</title></head>\n"
                                  "<body>\n<h1>%1</h1>\n<p>%2</p>\n<table border=\"1\">\n"
                                  "<tr><td colspan=\"3\">2023年各省政府工作报告“职业教育”相关表述（节选）</td></tr>\n"
                                  "<tr><th>省(自治区、直辖市)</th><th>“职业教育”相关表述</th><th>备注</th></tr>\n")
                       .arg(seedLines.at(0).toHtmlEscaped(), seedLines.at(1).toHtmlEscaped());
    for (const HeadedRow &row : headedTableRows(m_seed)) {
        page += QStringLiteral("<tr>");
        if (row.rowSpan > 1)
            page += QStringLiteral("<td rowspan=\"%1\">%2</td>").arg(row.rowSpan).arg(row.province);
        else if (row.rowSpan == 1)
            page += QStringLiteral("<td>%1</td>").arg(row.province);
        const auto html = [](const QString &text) { return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>\n")); };
        page += QStringLiteral("<td>\n  %1\n</td><td>%2</td></tr>\n").arg(html(row.text), html(row.remark));
    }
    page += QStringLiteral("</table>\n<p>%1</p>\n<footer>版权所有</footer>\n</body></html>\n")
                .arg(m_seed.sourceLine.toHtmlEscaped());
    const QString file = write(QStringLiteral("headed.html"), page.toUtf8());

    SourceText text;
    Diagnostic error;
    QCOMPARE(read(file, &text, &error), SourceReader::Outcome::Read);
    QVERIFY(text.linesAreItems);
    QCOMPARE(linesOf(text).mid(0, 6), (QStringList{seedLines.at(0), seedLines.at(1),
                                                   u8("2023年各省政府工作报告“职业教育”相关表述（节选）"), u8("北京市"),
                                                   u8("完善职业教育和培训体系。"),
                                                   u8("支持企业与在京高校院所共建产教融合基地、特色研究院、交叉学科实验"
                                                      "室,加快培养高精尖产业急需紧缺人才。")}));
    // Each row's line is where its first text stands in the page: the province cell's line,
    // or the text's own (indented on the line below its <td>) when the row has no province.
    const QList<QByteArray> pageLines = page.toUtf8().split('\n');
    const int beijing = int(pageLines.indexOf(u8("<tr><td>北京市</td><td>").toUtf8())) + 1;
    QVERIFY(beijing > 1);
    QCOMPARE(text.origins.mid(3, 3), (QList<int>{beijing, beijing, beijing + 4}));

    FormatReader reader(ReferenceData::builtIn());
    CorpusParser parser(ReferenceData::builtIn());
    parser.setSourceReader(&reader);
    ParsedDocument doc;
    QVERIFY2(parser.parseFile(file, &doc, &error), qPrintable(error.toString()));
    const QString diff = difference(dump(doc), headedTableDump(m_seed));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(doc.units.size(), 6);
    QCOMPARE(doc.itemCount(), 15);
    QCOMPARE(doc.units.at(3).items.at(1).text,
             u8("高质量实施国家和省级“双高计划”、高水平中职学校建设计划, 培养更多应用型、技能型人才。"));
    QCOMPARE(doc.units.at(4).items.at(5).label, u8("6、"));
    QCOMPARE(doc.units.at(5).nameZh, u8("辽宁省"));
    QCOMPARE(doc.units.at(5).items.size(), 3);
    QCOMPARE(doc.title, seedLines.at(0));
    QCOMPARE(doc.lead, seedLines.at(1) + u8("2023年各省政府工作报告“职业教育”相关表述（节选）"));
    QCOMPARE(doc.sourceLine, m_seed.sourceLine);
    for (const Diagnostic &warning : std::as_const(doc.warnings))
        QVERIFY2(false, qPrintable(warning.toString()));
}

void TestFormats::docxHeadedTable()
{
    // The genre as a Word table: a title paragraph without a year, a title row across the
    // table, the header, 内蒙古's name in a vertically merged cell, a year column.
    const auto paragraphs = [](const QString &text) {
        QString xml;
        for (const QString &line : text.split(u'\n'))
            xml += QStringLiteral("<w:p><w:r><w:t xml:space=\"preserve\">%1</w:t></w:r></w:p>").arg(line.toHtmlEscaped());
        return xml;
    };
    const auto cell = [&](const QString &text, const QString &properties = QString()) {
        return QStringLiteral("<w:tc>%1%2</w:tc>")
            .arg(properties.isEmpty() ? QString() : QStringLiteral("<w:tcPr>%1</w:tcPr>").arg(properties),
                 text.isEmpty() ? QStringLiteral("<w:p/>") : paragraphs(text));
    };
    QString body = paragraphs(u8("各省政府工作报告职业教育相关表述汇总"));
    body += QStringLiteral("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tr>%1</w:tr><w:tr>%2%3%4%5</w:tr>")
                .arg(cell(u8("“职业教育”相关表述一览"), QStringLiteral("<w:gridSpan w:val=\"4\"/>")),
                     cell(u8("省份（自治区、直辖市）")), cell(u8("年份")), cell(u8("相关表述")), cell(u8("备注")));
    for (const HeadedRow &row : headedTableRows(m_seed)) {
        QString province = cell(row.province);
        if (row.rowSpan > 1)
            province = cell(row.province, QStringLiteral("<w:vMerge w:val=\"restart\"/>"));
        else if (row.rowSpan == 0)
            province = cell(QString(), QStringLiteral("<w:vMerge/>"));
        // A text that breaks its line does so with a w:br in its one paragraph.
        QString text = cell(row.text);
        if (row.text.contains(u'\n'))
            text = QStringLiteral("<w:tc><w:p><w:r><w:t>%1</w:t><w:br/><w:t>%2</w:t></w:r></w:p></w:tc>")
                       .arg(row.text.section(u'\n', 0, 0).toHtmlEscaped(), row.text.section(u'\n', 1).toHtmlEscaped());
        body += QStringLiteral("<w:tr>%1%2%3%4</w:tr>").arg(province, cell(row.year), text, cell(row.remark));
    }
    body += QStringLiteral("</w:tbl>") + paragraphs(m_seed.sourceLine);
    const QString file = path(QStringLiteral("headed.docx"));
    QVERIFY(SeedVersions::writeDocxBody(file, body));

    SourceText text;
    Diagnostic error;
    QCOMPARE(read(file, &text, &error), SourceReader::Outcome::Read);
    QVERIFY(text.linesAreItems);
    QCOMPARE(text.year, 2023);
    // Paragraphs: 1 the title, 2 the title row, 3–6 the header, 7 北京市's first row.
    QCOMPARE(linesOf(text).mid(0, 4), (QStringList{u8("各省政府工作报告职业教育相关表述汇总"), u8("“职业教育”相关表述一览"),
                                                   u8("北京市"), u8("完善职业教育和培训体系。")}));
    QCOMPARE(text.origins.mid(0, 4), (QList<int>{1, 2, 7, 7}));

    FormatReader reader(ReferenceData::builtIn());
    CorpusParser parser(ReferenceData::builtIn());
    parser.setSourceReader(&reader);
    ParsedDocument doc;
    QVERIFY2(parser.parseFile(file, &doc, &error), qPrintable(error.toString()));
    const QString diff = difference(dump(doc), headedTableDump(m_seed));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(doc.itemCount(), 15);
    QCOMPARE(doc.title, u8("各省政府工作报告职业教育相关表述汇总"));
    QCOMPARE(doc.year, 2023); // from the year column: the title has none
    QCOMPARE(doc.sourceLine, m_seed.sourceLine);
    for (const Diagnostic &warning : std::as_const(doc.warnings))
        QVERIFY2(false, qPrintable(warning.toString()));
}

void TestFormats::headedTableAmongSections()
{
    // A page with a section of its own beside the table: read by the layout rules, each row
    // a line under its province line (an unnumbered row directly under it is an item).
    const QByteArray page = u8("<html><body><h1>2023年摘编</h1><p>上海市</p><p>1、现代职业教育体系持续优化。</p>"
                               "<table><tr><th>省份</th><th>内容</th><th>备注</th></tr>"
                               "<tr><td>江苏省</td><td>深入推进中职“领航计划”。</td><td>另见附件</td></tr>"
                               "<tr><td></td><td>暂无</td><td>无</td></tr>"
                               "<tr><td>浙江</td><td>1、深化区域中高职一体化。</td><td></td></tr>"
                               "<tr><td></td><td>2、推进职普融通。</td><td></td></tr></table></body></html>")
                                .toUtf8();
    const QString file = write(QStringLiteral("sections.html"), page);
    SourceText text;
    Diagnostic error;
    QCOMPARE(read(file, &text, &error), SourceReader::Outcome::Read);
    QVERIFY(!text.linesAreItems);
    QCOMPARE(linesOf(text), (QStringList{u8("2023年摘编"), u8("上海市"), u8("1、现代职业教育体系持续优化。"), u8("江苏省"),
                                         u8("深入推进中职“领航计划”。"), u8("浙江"), u8("1、深化区域中高职一体化。"),
                                         u8("2、推进职普融通。")}));
    FormatReader reader(ReferenceData::builtIn());
    CorpusParser parser(ReferenceData::builtIn());
    parser.setSourceReader(&reader);
    ParsedDocument doc;
    QVERIFY2(parser.parseFile(file, &doc, &error), qPrintable(error.toString()));
    QCOMPARE(dump(doc), (QStringList{u8("上海市|310000"), u8("  1、|1|现代职业教育体系持续优化。"), u8("江苏省|320000"),
                                     u8("  |0|深入推进中职“领航计划”。"), u8("浙江省|330000"), u8("  1、|1|深化区域中高职一体化。"),
                                     u8("  2、|2|推进职普融通。")}));
}

void TestFormats::headedTableInLayoutTable()
{
    // An older site lays its page out with a table: the compilation is a table in its cell.
    const QByteArray page = u8("<html><body><table width=\"960\"><tr><td>栏目导航</td><td>\n"
                               "<h1>2022年各省职业教育相关表述</h1>\n"
                               "<table><tr><td>序号</td><td>省份</td><td>相关表述</td><td>备注</td></tr>\n"
                               "<tr><td>1</td><td>北京市</td><td>推动职业教育产教融合。</td><td></td></tr>\n"
                               "<tr><td>2</td><td>天津市</td><td>暂无</td><td>天津市人代会延期召开。</td></tr>\n"
                               "<tr><td>3</td><td>河北省</td><td><p>建设省域高水平高职院校。</p><p>推进职普融通。</p>"
                               "</td><td>两段</td></tr>\n"
                               "</table>\n<p>来源：职教圈</p></td></tr></table></body></html>")
                                .toUtf8();
    const QString file = write(QStringLiteral("layout-table.html"), page);
    SourceText text;
    Diagnostic error;
    QCOMPARE(read(file, &text, &error), SourceReader::Outcome::Read);
    QVERIFY(text.linesAreItems);
    QCOMPARE(linesOf(text), (QStringList{u8("栏目导航"), u8("2022年各省职业教育相关表述"), u8("北京市"),
                                         u8("推动职业教育产教融合。"), u8("河北省"),
                                         u8("建设省域高水平高职院校。 推进职普融通。"), u8("来源：职教圈")}));
    QCOMPARE(text.origins, (QList<int>{1, 2, 4, 4, 6, 6, 8}));
}

void TestFormats::headedTableRefusals_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    // A web page: line 3 holds the row.
    QTest::newRow("html: not a province")
        << write(QStringLiteral("nation.html"), u8("<html><body><table><tr><th>地区</th><th>主要内容</th></tr>\n"
                                                   "<tr><td>北京市</td><td>完善职业教育和培训体系。</td></tr>\n"
                                                   "<tr><td>全国</td><td>职业教育改革。</td></tr></table></body></html>")
                                                    .toUtf8())
        << u8(":3: \"全国\" in the province column is not a provincial-level unit (such as 北京市 or 广东)");
    QTest::newRow("html: no province yet")
        << write(QStringLiteral("noprovince.html"), u8("<html><body><table><tr><th>省份</th><th>内容</th></tr>\n"
                                                       "<tr><td></td><td>完善职业教育和培训体系。</td></tr></table>"
                                                       "</body></html>")
                                                        .toUtf8())
        << u8(":2: the province cell is empty and no row above names a province");
    // Word files: a paragraph per cell, counted from the header row's first.
    const auto table = [](const QList<QStringList> &rows) {
        QString xml = QStringLiteral("<w:tbl>");
        for (const QStringList &row : rows) {
            xml += QStringLiteral("<w:tr>");
            for (const QString &cell : row)
                xml += QStringLiteral("<w:tc><w:p><w:r><w:t>%1</w:t></w:r></w:p></w:tc>").arg(cell);
            xml += QStringLiteral("</w:tr>");
        }
        return xml + QStringLiteral("</w:tbl>");
    };
    const QString years = path(QStringLiteral("years.docx"));
    QVERIFY(SeedVersions::writeDocxBody(years, table({{u8("省份"), u8("年份"), u8("相关表述")},
                                                      {u8("北京市"), u8("2022"), u8("甲。")},
                                                      {u8("天津市"), u8("2023年"), u8("乙。")}})));
    QTest::newRow("docx: two years") << years
                                     << u8(":7: rows of several years: 2022 (paragraph 4) and 2023 (paragraph 7): import "
                                           "each year from its own file");
    const QString remark = path(QStringLiteral("remark.docx"));
    QVERIFY(SeedVersions::writeDocxBody(remark, table({{u8("省份"), u8("内容")}, {u8("说明"), u8("见下")}})));
    QTest::newRow("docx: not a province")
        << remark << u8(":3: \"说明\" in the province column is not a provincial-level unit (such as 北京市 or 广东)");
}

void TestFormats::headedTableRefusals()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    SourceText text;
    Diagnostic error;
    QCOMPARE(read(file, &text, &error), SourceReader::Outcome::Failed);
    QCOMPARE(error.toString(), file + message);
}

void TestFormats::tablesWithoutHeader()
{
    // No row names both a province and a text column: the rows read as before, cells joined
    // (a web page), or a province-first row as the name and a line per other cell (Word).
    const QByteArray page = u8("<html><body><h1>摘编</h1><table>"
                               "<tr><td>北京市</td><td>1、完善职业教育和培训体系。</td><td>备注</td></tr>"
                               "<tr><td>天津市</td><td>暂无</td><td>会议延期</td></tr>"
                               "<tr><td>地区</td><td>无相关内容</td></tr></table></body></html>")
                                .toUtf8();
    SourceText text;
    Diagnostic error;
    QCOMPARE(read(write(QStringLiteral("plain-table.html"), page), &text, &error), SourceReader::Outcome::Read);
    QVERIFY(!text.linesAreItems);
    QCOMPARE(linesOf(text), (QStringList{u8("摘编"), u8("北京市 1、完善职业教育和培训体系。 备注"), u8("天津市 暂无 会议延期"),
                                         u8("地区 无相关内容")}));

    const QString body = u8("<w:p><w:r><w:t>摘编</w:t></w:r></w:p><w:tbl>"
                            "<w:tr><w:tc><w:p><w:r><w:t>北京市</w:t></w:r></w:p></w:tc>"
                            "<w:tc><w:p><w:r><w:t>1、完善职业教育和培训体系。</w:t></w:r></w:p></w:tc>"
                            "<w:tc><w:p><w:r><w:t>备注</w:t></w:r></w:p></w:tc></w:tr>"
                            "<w:tr><w:tc><w:p><w:r><w:t>省</w:t></w:r></w:p></w:tc>"
                            "<w:tc><w:p><w:r><w:t>说明</w:t></w:r></w:p></w:tc></w:tr></w:tbl>");
    const QString file = path(QStringLiteral("plain-table.docx"));
    QVERIFY(SeedVersions::writeDocxBody(file, body));
    QCOMPARE(read(file, &text, &error), SourceReader::Outcome::Read);
    QVERIFY(!text.linesAreItems);
    QCOMPARE(linesOf(text), (QStringList{u8("摘编"), u8("北京市"), u8("1、完善职业教育和培训体系。"), u8("备注"), u8("省 说明")}));
}

void TestFormats::tableColumns()
{
    SourceText text;
    Diagnostic error;
    // Recognised headers in any case and order, other columns ignored, a title row above.
    QString csv = u8("2023年各省,,\n"
                     "备注, Province ,TEXT\n"
                     "x,北京,1、甲。\n"
                     ",,\"2、乙\n第二行\"\n"
                     ",,暂无\n"
                     "y,天津市,无\n"
                     ",上海市,None\n"
                     ",河北,(1)丙。\n"
                     ",,——\n"
                     ",,暂无相关表述。\n");
    QCOMPARE(read(write(QStringLiteral("headers.csv"), csv.toUtf8()), &text, &error), SourceReader::Outcome::Read);
    QCOMPARE(linesOf(text), (QStringList{u8("北京"), u8("1、甲。"), u8("2、乙 第二行"), u8("河北"), u8("(1)丙。")}));
    QCOMPARE(text.origins, (QList<int>{3, 3, 4, 9, 9}));
    QVERIFY(text.linesAreItems);
    QCOMPARE(text.year, 0);

    // --columns by name and by number; numbered columns without a header row.
    FormatReader::Options options;
    QVERIFY(FormatReader::parseColumns(u8("地名,正文,时间"), &options.columns, nullptr));
    csv = u8("时间,地名,正文,内容\n2022,山西,1、甲。,不用\n2022年,,2、乙。,不用\n");
    QCOMPARE(read(write(QStringLiteral("named.csv"), csv.toUtf8()), &text, &error, options), SourceReader::Outcome::Read);
    QCOMPARE(linesOf(text), (QStringList{u8("山西"), u8("1、甲。"), u8("2、乙。")}));
    QCOMPARE(text.year, 2022);
    QVERIFY(FormatReader::parseColumns(QStringLiteral("2,3"), &options.columns, nullptr));
    csv = u8("x,辽宁省,1、甲。\nx,,2、乙。\n");
    QCOMPARE(read(write(QStringLiteral("numbered.csv"), csv.toUtf8()), &text, &error, options), SourceReader::Outcome::Read);
    QCOMPARE(linesOf(text), (QStringList{u8("辽宁省"), u8("1、甲。"), u8("2、乙。")}));
    QCOMPARE(text.origins, (QList<int>{1, 1, 2}));
    csv = u8("a,b,c\nx,吉林,1、甲。\n");
    QCOMPARE(read(write(QStringLiteral("numbered-header.csv"), csv.toUtf8()), &text, &error, options),
             SourceReader::Outcome::Read);
    QCOMPARE(linesOf(text), (QStringList{u8("吉林"), u8("1、甲。")}));

    // A non-standard unit that looks like one stays a header.
    csv = u8("省份\t内容\n新疆生产建设兵团\t1、甲。\n");
    QCOMPARE(read(write(QStringLiteral("corps.tsv"), csv.toUtf8()), &text, &error), SourceReader::Outcome::Read);
    QCOMPARE(linesOf(text), (QStringList{u8("新疆生产建设兵团"), u8("1、甲。")}));
}

void TestFormats::tableRefusals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("columns");
    QTest::addColumn<QString>("message");
    QTest::newRow("no header") << "noheader.csv" << u8("名称,说明\n北京,1、甲。\n") << QString()
                               << u8("noheader.csv:1: no header row naming the columns: the first row has 名称, 说明. "
                                     "The province column must be headed 省份, 地区, 省, 省市, 地方 or province, the "
                                     "text column 内容, 表述, 原文, text or content, and an optional year column 年份 "
                                     "or year; or say which columns to use with --columns PROVINCE,TEXT[,YEAR]");
    QTest::newRow("mixed years") << "years.csv" << u8("省份,内容,年份\n北京,1、甲。,2022\n北京,2、乙。,\n天津,1、丙。,2023\n")
                                 << QString()
                                 << u8("years.csv:4: rows of several years: 2022 (line 2) and 2023 (line 4): import "
                                       "each year from its own file");
    QTest::newRow("not a year") << "notyear.csv" << u8("省份,内容,年份\n北京,1、甲。,去年\n") << QString()
                                << u8("notyear.csv:2: \"去年\" in the year column is not a year");
    QTest::newRow("no province yet") << "noprovince.csv" << u8("省份,内容\n,1、甲。\n") << QString()
                                     << u8("noprovince.csv:2: the province cell is empty and no line above names a province");
    QTest::newRow("not a province") << "nation.csv" << u8("省份,内容\n全国,1、甲。\n") << QString()
                                    << u8("nation.csv:2: \"全国\" in the province column is not a provincial-level unit "
                                          "(such as 北京市 or 广东)");
    QTest::newRow("nothing but none") << "none.csv" << u8("省份,内容\n北京,暂无\n天津,\n") << QString()
                                      << u8("none.csv:1: no line below the header has text in the text column");
    QTest::newRow("named column missing") << "missing.csv" << u8("省份,内容\n北京,1、甲。\n") << u8("省份,正文")
                                          << u8("missing.csv:1: no header row has the column(s) \"正文\" that --columns "
                                                "names: the first row has 省份, 内容");
    QTest::newRow("numbered column missing") << "narrow.csv" << u8("省份,内容\n北京,1、甲。\n") << u8("1,3")
                                             << u8("narrow.csv: column 3 (--columns) does not exist: the table has 2 "
                                                   "column(s)");
    QTest::newRow("empty") << "empty-table.tsv" << u8("\t\n\t\t\n") << QString()
                           << u8("empty-table.tsv: the table is empty");
}

void TestFormats::tableRefusals()
{
    QFETCH(QString, name);
    QFETCH(QString, content);
    QFETCH(QString, columns);
    QFETCH(QString, message);
    FormatReader::Options options;
    if (!columns.isEmpty())
        QVERIFY(FormatReader::parseColumns(columns, &options.columns, nullptr));
    const QString file = write(name, content.toUtf8());
    SourceText text;
    Diagnostic error;
    QCOMPARE(read(file, &text, &error, options), SourceReader::Outcome::Failed);
    QCOMPARE(error.toString(), m_dir.path() + u'/' + message);
}

void TestFormats::csvQuotes()
{
    SourceText text;
    Diagnostic error;
    // Quoted cells with the delimiter, doubled quotes and line breaks (CRLF and LF mixed):
    // each record's origin is the line where it starts.
    const QByteArray csv = u8("省份,内容\r\n北京市,\"1、一,二\"\"三\"\"\r\n四。\"\r\n\"天津市\",\"1、\n\n五。\"\n河北省,1、六\"七。\n")
                               .toUtf8();
    QCOMPARE(read(write(QStringLiteral("quotes.csv"), csv), &text, &error), SourceReader::Outcome::Read);
    QCOMPARE(linesOf(text), (QStringList{u8("北京市"), u8("1、一,二\"三\" 四。"), u8("天津市"), u8("1、 五。"), u8("河北省"),
                                         u8("1、六\"七。")}));
    QCOMPARE(text.origins, (QList<int>{2, 2, 4, 4, 7, 7}));
    QCOMPARE(text.format, QStringLiteral("csv"));

    const QString file = write(QStringLiteral("unclosed.csv"), u8("省份,内容\n北京市,1、甲。\n天津市,\"1、乙。\n\n").toUtf8());
    QCOMPARE(read(file, &text, &error), SourceReader::Outcome::Failed);
    QCOMPARE(error.toString(), file + u8(":3: a quoted cell starts here and is never closed: a double quote (\") is missing"));
}

void TestFormats::parseColumns_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("province");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("year");
    QTest::addColumn<QString>("message");
    const QString usage = QStringLiteral("expected PROVINCE,TEXT or PROVINCE,TEXT,YEAR, each a header name or a column "
                                         "number counting from 1 (for example 省份,内容 or 1,3,2)");
    QTest::newRow("names") << u8(" 省份 , 内容 ") << u8("省份") << u8("内容") << QString() << QString();
    QTest::newRow("numbers and year") << "1,3,2" << "1" << "3" << "2" << QString();
    QTest::newRow("full-width comma") << u8("地区，表述，年份") << u8("地区") << u8("表述") << u8("年份") << QString();
    QTest::newRow("one column") << u8("省份") << QString() << QString() << QString() << u8("\"省份\": ") + usage;
    QTest::newRow("four columns") << "1,2,3,4" << QString() << QString() << QString() << QStringLiteral("\"1,2,3,4\": ") + usage;
    QTest::newRow("empty") << "" << QString() << QString() << QString() << QStringLiteral("\"\": ") + usage;
    QTest::newRow("missing") << "1,,3" << QString() << QString() << QString()
                             << QStringLiteral("\"1,,3\": a column is missing; ") + usage;
    QTest::newRow("zero") << "0,2" << QString() << QString() << QString()
                          << "\"0,2\": column 0 does not exist: columns are counted from 1 to 16384";
    QTest::newRow("twice") << u8("省份,省份") << QString() << QString() << QString()
                           << u8("\"省份,省份\": column 省份 is given twice; the province, text and year columns must "
                                 "be different columns");
    QTest::newRow("twice by number") << "2,3,2" << QString() << QString() << QString()
                                     << "\"2,3,2\": column 2 is given twice; the province, text and year columns must "
                                        "be different columns";
}

void TestFormats::parseColumns()
{
    QFETCH(QString, spec);
    QFETCH(QString, province);
    QFETCH(QString, text);
    QFETCH(QString, year);
    QFETCH(QString, message);
    TableColumns columns;
    QString error;
    QCOMPARE(FormatReader::parseColumns(spec, &columns, &error), message.isEmpty());
    QCOMPARE(error, message);
    if (message.isEmpty()) {
        QCOMPARE(columns.province.toString(), province);
        QCOMPARE(columns.text.toString(), text);
        QCOMPARE(columns.year.toString(), year);
        QCOMPARE(columns.year.isSet(), !year.isEmpty());
    }
}

void TestFormats::refusals_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");

    // A scan: a page with only a drawn image.
    {
        QPdfWriter writer(path(QStringLiteral("scan.pdf")));
        QPainter painter(&writer);
        QImage image(400, 300, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter onImage(&image);
        onImage.drawRect(20, 20, 200, 100);
        onImage.end();
        painter.drawImage(QRectF(0, 0, 4000, 3000), image);
    }
    QTest::newRow("scanned pdf") << path(QStringLiteral("scan.pdf"))
                                 << "this PDF has no text layer (a scanned image?): run it through OCR, or copy the "
                                    "text into a .txt file";
    QTest::newRow("encrypted pdf") << write(QStringLiteral("locked.pdf"), encryptedPdf())
                                   << "this PDF is protected by a password: open it with the password in a PDF reader "
                                      "and save or print it as a PDF without one, or copy the text into a .txt file";
    QTest::newRow("damaged pdf") << write(QStringLiteral("cut.pdf"), "%PDF-1.4\n1 0 obj\n<< /Type")
                                 << "the PDF cannot be opened: the file is damaged or incomplete";
    const QByteArray ole2 = QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0');
    QTest::newRow("doc") << write(QStringLiteral("old.doc"), ole2)
                         << "an old Word/Excel binary file (.doc/.xls): save it as .docx/.xlsx";
    QTest::newRow("xls named txt") << write(QStringLiteral("old.txt"), ole2)
                                   << "an old Word/Excel binary file (.doc/.xls): save it as .docx/.xlsx";
    QTest::newRow("protected xlsx") << write(QStringLiteral("protected.xlsx"), ole2)
                                    << "a password-protected Word/Excel file: open it in Word or Excel, remove the "
                                       "password and save it again";
    QTest::newRow("rtf") << write(QStringLiteral("report.rtf"), "{\\rtf1\\ansi 北京市}")
                         << "an RTF file: save it as .docx, or as plain text (.txt)";
    QVERIFY(SeedVersions::writeZip(path(QStringLiteral("other.zip")), {{QStringLiteral("readme.txt"), "hello"}}));
    QTest::newRow("other zip") << path(QStringLiteral("other.zip"))
                               << "a ZIP archive that is neither a Word (.docx) nor an Excel (.xlsx) file";
    QTest::newRow("other zip named docx") << write(QStringLiteral("fake.docx"), fileBytes(path(QStringLiteral("other.zip"))))
                                          << "a ZIP archive that is neither a Word (.docx) nor an Excel (.xlsx) file";
    QTest::newRow("damaged zip") << write(QStringLiteral("cut.docx"), fileBytes(path(QStringLiteral("seed.docx"))).left(200))
                                 << "a ZIP archive that cannot be opened: the file is damaged or incomplete";
    QVERIFY(SeedVersions::writeZip(path(QStringLiteral("bad.docx")),
                                   {{QStringLiteral("word/document.xml"), "<w:document xmlns:w=\"x\"><w:body>"}}));
    QTest::newRow("docx with broken XML")
        << path(QStringLiteral("bad.docx"))
        << "the Word file is damaged: its text (word/document.xml) is not well-formed XML (line 1: Premature end of "
           "document.)";
    QVERIFY(SeedVersions::writeZip(path(QStringLiteral("nosheet.xlsx")), {{QStringLiteral("xl/workbook.xml"), "<workbook/>"}}));
    QTest::newRow("xlsx without sheet") << path(QStringLiteral("nosheet.xlsx"))
                                        << "the Excel file is damaged: its part xl/worksheets/sheet1.xml is missing";

    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder.csv")));
    QTest::newRow("directory") << path(QStringLiteral("folder.csv"))
                               << "not a regular file (a folder, a pipe or a device): give the path of a file";
    QCOMPARE(mkfifo(QFile::encodeName(path(QStringLiteral("pipe.txt"))).constData(), 0600), 0);
    QTest::newRow("fifo") << path(QStringLiteral("pipe.txt"))
                          << "not a regular file (a folder, a pipe or a device): give the path of a file";
    QFile big(path(QStringLiteral("big.txt")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(FormatReader::MaxFileSize + 1)); // sparse: no disk space used
    big.close();
    QTest::newRow("too large") << big.fileName() << "the file is 512.1 MiB; files over 512 MiB are not read";
}

void TestFormats::refusals()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    SourceText text;
    Diagnostic error;
    QCOMPARE(read(file, &text, &error), SourceReader::Outcome::Failed);
    QCOMPARE(error.file, file);
    QCOMPARE(error.message, message);

    // The parser passes the reader's refusal on, unchanged.
    FormatReader reader(ReferenceData::builtIn());
    CorpusParser parser(ReferenceData::builtIn());
    parser.setSourceReader(&reader);
    ParsedDocument doc;
    Diagnostic parserError;
    QVERIFY(!parser.parseFile(file, &doc, &parserError));
    QCOMPARE(parserError.toString(), error.toString());
}

void TestFormats::xlsxOtherSheetsAreNamed()
{
    // Only the first sheet is read; the others are named in a warning, never dropped unsaid.
    const QByteArray ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    auto cell = [](const char *ref, const QString &text) {
        return QByteArray("<c r=\"") + ref + "\" t=\"inlineStr\"><is><t>" + text.toUtf8() + "</t></is></c>";
    };
    const QByteArray sheet = "<worksheet " + ns + "><sheetData><row r=\"1\">" + cell("A1", u8("省份")) + cell("B1", u8("内容"))
                             + "</row><row r=\"2\">" + cell("A2", u8("北京")) + cell("B2", u8("完善职业教育和培训体系。"))
                             + "</row></sheetData></worksheet>";
    const QString file = path(QStringLiteral("two-sheets.xlsx"));
    QVERIFY(SeedVersions::writeZip(
        file, {{QStringLiteral("xl/workbook.xml"),
                "<workbook " + ns + " xmlns:r=\"" + rel + "\"><sheets><sheet name=\"2023\" sheetId=\"1\" r:id=\"rId1\"/>"
                    + "<sheet name=\"" + u8("河北山西").toUtf8() + "\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>"},
               {QStringLiteral("xl/_rels/workbook.xml.rels"),
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                "<Relationship Id=\"rId2\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet2.xml\"/></Relationships>"},
               {QStringLiteral("xl/worksheets/sheet1.xml"), sheet},
               {QStringLiteral("xl/worksheets/sheet2.xml"), sheet}}));
    FormatReader reader(ReferenceData::builtIn());
    CorpusParser parser(ReferenceData::builtIn());
    parser.setSourceReader(&reader);
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY2(parser.parseFile(file, &doc, &error), qPrintable(error.toString()));
    QCOMPARE(doc.itemCount(), 1);
    QCOMPARE(doc.warnings.size(), 1);
    QCOMPARE(doc.warnings.first().line, 0);
    QCOMPARE(doc.warnings.first().message,
             u8("only the workbook's first sheet, “2023”, is read; 1 more left out (“河北山西”): save each sheet as a file "
                "of its own to import it"));
}

void TestFormats::hiddenTextIsNoText()
{
    // Text a reader of the page or the document never sees (display:none, hidden, aria-hidden,
    // Word's hidden runs) is not read: it could start a section nobody sees.
    const QString page = path(QStringLiteral("hidden.html"));
    QVERIFY(writeFile(page, u8("<html><body><h1>2023年要点</h1><p>北京市</p><p>1、完善职业教育。</p>"
                               "<div style=\"color: red; display : none\"><p>广东省</p><p>1、隐藏的文字。</p></div>"
                               "<p hidden>河北省</p><span aria-hidden=\"true\">山西省</span>"
                               "<p>2、推进产教融合。</p></body></html>")
                                .toUtf8()));
    SourceText text;
    Diagnostic error;
    QCOMPARE(read(page, &text, &error), SourceReader::Outcome::Read);
    QCOMPARE(linesOf(text), (QStringList{u8("2023年要点"), u8("北京市"), u8("1、完善职业教育。"), u8("2、推进产教融合。")}));

    const QString word = path(QStringLiteral("hidden.docx"));
    QVERIFY(SeedVersions::writeDocxBody(
        word, u8("<w:p><w:r><w:t>2023年要点</w:t></w:r></w:p><w:p><w:r><w:t>北京市</w:t></w:r></w:p>"
                 "<w:p><w:r><w:t>1、完善职业教育。</w:t></w:r></w:p>"
                 "<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>天津市</w:t></w:r></w:p>"
                 "<w:p><w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>2、推进产教融合。</w:t></w:r></w:p>")));
    QCOMPARE(read(word, &text, &error), SourceReader::Outcome::Read);
    QCOMPARE(linesOf(text), (QStringList{u8("2023年要点"), u8("北京市"), u8("1、完善职业教育。"), u8("2、推进产教融合。")}));
}

void TestFormats::tableRowsWithoutItemAreNamed()
{
    // Rows whose text cell is empty or says 暂无 give no item; they are named, so that a wrong
    // --columns (here the 备注 column as the text) does not pass unnoticed.
    const QString file = write(QStringLiteral("skipped.csv"), u8("省份,内容,备注\n北京,完善职业教育。,\n天津,暂无,延期\n河北,,\n").toUtf8());
    SourceText text;
    Diagnostic error;
    QCOMPARE(read(file, &text, &error), SourceReader::Outcome::Read);
    QCOMPARE(linesOf(text), (QStringList{u8("北京"), u8("完善职业教育。")}));
    QCOMPARE(text.warnings.size(), 1);
    QCOMPARE(text.warnings.first().line, 3);
    QCOMPARE(text.warnings.first().message,
             u8("2 line(s) give no item, their text cell being empty or saying there is none (暂无): 3, 4; if the text "
                "is in another column, name it with --columns"));

    FormatReader::Options options;
    QString message;
    QVERIFY(FormatReader::parseColumns(QStringLiteral("1,3"), &options.columns, &message));
    QCOMPARE(read(file, &text, &error, options), SourceReader::Outcome::Read);
    QCOMPARE(linesOf(text), (QStringList{u8("天津"), u8("延期")}));
    QCOMPARE(text.warnings.size(), 1);
    QVERIFY(text.warnings.first().message.startsWith(u8("2 line(s) give no item")));
    QVERIFY(text.warnings.first().message.contains(u8(": 2, 4;")));

    // Year 0 is "unknown", as `items` writes it: a table it wrote reads back.
    const QString exported = write(QStringLiteral("exported.csv"), u8("province,text,year\n北京,完善职业教育。,0\n").toUtf8());
    QCOMPARE(read(exported, &text, &error), SourceReader::Outcome::Read);
    QCOMPARE(text.year, 0);
    QCOMPARE(linesOf(text), (QStringList{u8("北京"), u8("完善职业教育。")}));
}

void TestFormats::detectionByContent_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format"); // empty: NotMine, read as text
    QTest::addColumn<QString>("parsed"); // what the parser then says: "ok" or its message

    QTest::newRow("docx named txt") << write(QStringLiteral("word.txt"), fileBytes(path(QStringLiteral("seed.docx"))))
                                    << "docx" << "ok";
    QTest::newRow("xlsx named csv") << write(QStringLiteral("sheet.csv"), fileBytes(path(QStringLiteral("seed.xlsx"))))
                                    << "xlsx" << "ok";
    QTest::newRow("docx named xlsx") << write(QStringLiteral("swapped.xlsx"), fileBytes(path(QStringLiteral("seed.docx"))))
                                     << "docx" << "ok";
    QTest::newRow("pdf named html") << write(QStringLiteral("paper.html"), fileBytes(path(QStringLiteral("seed.pdf"))))
                                    << "pdf" << "ok";
    QTest::newRow("html named txt") << write(QStringLiteral("page.txt"), SeedVersions::html(false)) << "html" << "ok";
    QTest::newRow("text named pdf") << write(QStringLiteral("text.pdf"), fileBytes(QStringLiteral(SEED_CORPUS)))
                                    << QString() << "ok";
    QTest::newRow("text named docx") << write(QStringLiteral("text.docx"), fileBytes(QStringLiteral(SEED_CORPUS)))
                                     << QString() << "ok";
    QTest::newRow("text named html") << write(QStringLiteral("text.html"), fileBytes(QStringLiteral(SEED_CORPUS)))
                                     << QString() << "ok";
    QTest::newRow("csv named txt") << write(QStringLiteral("table.txt"), u8("序号,省份,内容\n1,北京,甲。\n").toUtf8())
                                   << QString() << "no province header found: each section must start with a line "
                                                   "naming a provincial-level unit, such as \"北京市\"";
    QTest::newRow("binary named docx") << write(QStringLiteral("junk.docx"), QByteArray("\x01\x02junk\0\0\x7F", 9))
                                       << QString() << "NUL byte: this is a binary file, not text";
    QTest::newRow("missing file") << path(QStringLiteral("nowhere.html")) << QString()
                                  << "cannot read the file: No such file or directory";
}

void TestFormats::detectionByContent()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, parsed);
    SourceText text;
    Diagnostic error;
    const SourceReader::Outcome outcome = read(file, &text, &error);
    QCOMPARE(outcome, format.isEmpty() ? SourceReader::Outcome::NotMine : SourceReader::Outcome::Read);
    if (!format.isEmpty())
        QCOMPARE(text.format, format);

    FormatReader reader(ReferenceData::builtIn());
    CorpusParser parser(ReferenceData::builtIn());
    parser.setSourceReader(&reader);
    ParsedDocument doc;
    const bool ok = parser.parseFile(file, &doc, &error);
    QCOMPARE(ok ? QStringLiteral("ok") : error.message, parsed);
    if (ok)
        QCOMPARE(doc.itemCount(), m_seed.itemCount());
}

QTEST_MAIN(TestFormats)
#include "tst_formats.moc"
