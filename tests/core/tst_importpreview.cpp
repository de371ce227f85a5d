// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for previewFile, what import --dry-run and the window's preview show: the same units,
// item counts, first items and warnings as a full parse, without holding the items; progress
// and cancelling; a file that cannot be imported; files read through a SourceReader.
#include "corpusgenerator.h"
#include "corpusparser.h"
#include "documentdescription.h"
#include "importpreview.h"
#include "referencedata.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Warnings = QStringLiteral(TEST_DATA_DIR "/preview/warnings.txt");

// Reads files named *.fake as a "fake" format whose text is the file's bytes with "|" for lines.
class FakeReader final : public SourceReader
{
public:
    Outcome read(const QString &path, SourceText *out, Diagnostic *error) const override
    {
        if (!path.endsWith(QLatin1String(".fake")))
            return Outcome::NotMine;
        const QByteArray bytes = fileBytes(path);
        if (bytes.isEmpty()) {
            fail(error, {path, 0, QStringLiteral("fake: nothing in it")});
            return Outcome::Failed;
        }
        out->format = QStringLiteral("fake");
        out->utf8 = QByteArray(bytes).replace('|', '\n');
        return Outcome::Read;
    }
};

} // namespace

class TestImportPreview : public QObject
{
    Q_OBJECT

private slots:
    void seedAgreesWithParse();
    void warningsAndOpenings();
    void fileThatCannotBeImported_data();
    void fileThatCannotBeImported();
    void progressAndCancel();
    void readThroughSourceReader();
    void documentSummary();
};

void TestImportPreview::seedAgreesWithParse()
{
    const CorpusParser parser(ReferenceData::builtIn());
    ParsedDocument parsed;
    Diagnostic error;
    QVERIFY2(parser.parseFile(QStringLiteral(SEED_CORPUS), &parsed, &error), qPrintable(error.toString()));
    const ImportPreview preview = previewFile(parser, QStringLiteral(SEED_CORPUS));
    QVERIFY2(preview.canImport(), qPrintable(preview.error.toString()));
    QCOMPARE(preview.path, QStringLiteral(SEED_CORPUS));
    QCOMPARE(preview.document.title, u8("2023年全国各省职业教育重点工作抢先看"));
    QCOMPARE(preview.document.year, 2023);
    QCOMPARE(preview.document.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(preview.document.format, QStringLiteral("text"));
    QCOMPARE(preview.document.source, u8("职教圈"));
    QCOMPARE(preview.document.contentHash, parsed.contentHash);
    QCOMPARE(preview.document.warnings.size(), 0);
    QCOMPARE(preview.itemCount(), 94);
    QCOMPARE(preview.subItemCount(), 2);
    QCOMPARE(preview.units.size(), 31);
    QCOMPARE(preview.units.size(), parsed.units.size());
    for (int u = 0; u < parsed.units.size(); ++u) {
        const ParsedUnit &unit = parsed.units.at(u);
        const UnitPreview &p = preview.units.at(u);
        QCOMPARE(p.nameZh, unit.nameZh);
        QCOMPARE(p.code, unit.code);
        QCOMPARE(p.line, unit.line);
        QCOMPARE(p.items, int(unit.items.size()));
        int subItems = 0;
        for (const ParsedItem &item : unit.items)
            subItems += int(item.subItems.size());
        QCOMPARE(p.subItems, subItems);
        const ParsedItem &first = unit.items.first();
        QCOMPARE(p.firstItemLine, first.line);
        QCOMPARE(p.firstItemLabel, first.label);
        QCOMPARE(p.firstItemCut, first.text.size() > UnitPreview::OpeningLength);
        QCOMPARE(p.firstItemOpening(),
                 first.label + first.text.left(UnitPreview::OpeningLength) + (p.firstItemCut ? u8("…") : QString()));
    }
    // 贵州省: five items, the fifth with two sub-items.
    QCOMPARE(preview.units.at(23).nameZh, u8("贵州省"));
    QCOMPARE(preview.units.at(23).items, 5);
    QCOMPARE(preview.units.at(23).subItems, 2);
    QCOMPARE(preview.units.first().firstItemOpening(), u8("1、完善职业教育和培训体系。"));
}

void TestImportPreview::warningsAndOpenings()
{
    const ImportPreview preview = previewFile(CorpusParser(ReferenceData::builtIn()), Warnings);
    QVERIFY2(preview.canImport(), qPrintable(preview.error.toString()));
    QCOMPARE(preview.document.title, u8("2024年导入预览测试(有警告)"));
    QCOMPARE(preview.units.size(), 3);
    const UnitPreview &beijing = preview.units.at(0);
    QCOMPARE(beijing.nameZh, u8("北京市"));
    QCOMPARE(beijing.line, 3);
    QCOMPARE(beijing.items, 3); // 1、 and 2、 under the first header, 3、 under the repeated one
    QCOMPARE(beijing.subItems, 2);
    QCOMPARE(beijing.firstItemLine, 4);
    QVERIFY(beijing.firstItemCut);
    QCOMPARE(beijing.firstItemText.size(), UnitPreview::OpeningLength);
    QCOMPARE(beijing.firstItemOpening(), u8("1、完善职业教育和培训体系,这一条的文字足够长,长到预览只显示它开头…"));
    const UnitPreview &tianjin = preview.units.at(1);
    QCOMPARE(tianjin.nameZh, u8("天津市"));
    QCOMPARE(tianjin.items, 0);
    QCOMPARE(tianjin.firstItemLine, 0);
    QCOMPARE(tianjin.firstItemOpening(), QString());
    const UnitPreview &bingtuan = preview.units.at(2);
    QCOMPARE(bingtuan.nameZh, u8("新疆生产建设兵团"));
    QCOMPARE(bingtuan.code, QString());
    QCOMPARE(bingtuan.firstItemOpening(), u8("1、加快技工教育发展。"));
    QCOMPARE(bingtuan.firstItemCut, false);
    // A label that ends in ASCII punctuation keeps the space it is written with.
    UnitPreview ascii = bingtuan;
    ascii.firstItemLabel = QStringLiteral("1)");
    QCOMPARE(ascii.firstItemOpening(), u8("1) 加快技工教育发展。"));
    QCOMPARE(preview.itemCount(), 6);
    // In the order of their lines, each with its file and line.
    QStringList warnings;
    for (const Diagnostic &w : preview.document.warnings)
        warnings << w.toString();
    QCOMPARE(warnings, (QStringList{
                           Warnings + u8(":8: 天津市 has no items"),
                           Warnings + u8(":9: \"新疆生产建设兵团\" is not a known provincial-level unit; imported as a "
                                         "non-standard unit"),
                           Warnings + u8(":11: 北京市 appears again (first at line 3); its items are merged"),
                       }));
}

void TestImportPreview::fileThatCannotBeImported_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    const QString numbered = QStringLiteral(TEST_DATA_DIR "/cli/numbered-before-header.txt");
    QTest::newRow("item before any header")
        << numbered
        << numbered + u8(":2: numbered item before any province header: add a header line such as \"北京市\" above it");
    const QString missing = QStringLiteral(TEST_DATA_DIR "/preview/no-such-file.txt");
    QTest::newRow("missing") << missing << missing + QStringLiteral(": cannot read the file: No such file or directory");
}

void TestImportPreview::fileThatCannotBeImported()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const ImportPreview preview = previewFile(CorpusParser(ReferenceData::builtIn()), file);
    QVERIFY(!preview.canImport());
    QVERIFY(!preview.cancelled);
    QCOMPARE(preview.error.toString(), expected);
    QCOMPARE(preview.units.size(), 0); // nothing half-read is shown as if it would be imported
    QCOMPARE(preview.itemCount(), 0);
    QCOMPARE(preview.document.fileName, file);
}

void TestImportPreview::progressAndCancel()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("big.txt"));
    Diagnostic error;
    QVERIFY(CorpusGenerator(4).write(file, 30000, &error));
    const CorpusParser parser(ReferenceData::builtIn());

    QList<double> seen;
    const ImportPreview whole = previewFile(parser, file, [&](double fraction) {
        seen.append(fraction);
        return true;
    });
    QVERIFY2(whole.canImport(), qPrintable(whole.error.toString()));
    QCOMPARE(whole.itemCount(), 30000);
    QCOMPARE(whole.units.size(), 31);
    QVERIFY(seen.size() > 3);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QCOMPARE(seen.last(), 1.0);

    const ImportPreview cancelled = previewFile(parser, file, [](double fraction) { return fraction < 0.5; });
    QVERIFY(!cancelled.canImport());
    QVERIFY(cancelled.cancelled);
    QCOMPARE(cancelled.error.toString(), file + QStringLiteral(": the preview was cancelled"));
    QCOMPARE(cancelled.units.size(), 0);
}

void TestImportPreview::readThroughSourceReader()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fake = dir.filePath(QStringLiteral("doc.fake"));
    {
        QFile out(fake);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(u8("2022年伪格式测试|上海市|1、深化产教融合。|2、推进职普融通。").toUtf8());
    }
    const FakeReader reader;
    CorpusParser parser(ReferenceData::builtIn());
    parser.setSourceReader(&reader);
    const ImportPreview preview = previewFile(parser, fake);
    QVERIFY2(preview.canImport(), qPrintable(preview.error.toString()));
    QCOMPARE(preview.document.format, QStringLiteral("fake"));
    QCOMPARE(preview.document.year, 2022);
    QCOMPARE(preview.units.size(), 1);
    QCOMPARE(preview.units.first().items, 2);
    QCOMPARE(DocumentDescription::readAs(preview.document), QStringLiteral("fake, UTF-8"));

    // The reader's failure is the preview's.
    const QString empty = dir.filePath(QStringLiteral("empty.fake"));
    {
        QFile out(empty);
        QVERIFY(out.open(QIODevice::WriteOnly));
    }
    const ImportPreview failed = previewFile(parser, empty);
    QCOMPARE(failed.error.toString(), empty + QStringLiteral(": fake: nothing in it"));
}

void TestImportPreview::documentSummary()
{
    ParsedDocument doc;
    QCOMPARE(DocumentDescription::byline(doc), QString());
    QCOMPARE(DocumentDescription::contentEnd(doc), QString());
    QCOMPARE(DocumentDescription::year(0), QStringLiteral("unknown"));
    QCOMPARE(DocumentDescription::year(2023), QStringLiteral("2023"));
    doc.source = u8("职教圈");
    QCOMPARE(DocumentDescription::byline(doc), u8("source: 职教圈"));
    doc.author = u8("吴灵辉");
    doc.published = QStringLiteral("2023-03-01");
    QCOMPARE(DocumentDescription::byline(doc), u8("source: 职教圈; author: 吴灵辉; published: 2023-03-01"));
    doc.contentEndLine = 140;
    doc.contentEndText = u8("来源:职教圈");
    QCOMPARE(DocumentDescription::contentEnd(doc), u8("line 140: 来源:职教圈"));
    doc.contentEndReason = QStringLiteral("a source line");
    QCOMPARE(DocumentDescription::contentEnd(doc), u8("line 140: 来源:职教圈 (a source line)"));
    doc.contentEndText = QString(100, u'字');
    QCOMPARE(DocumentDescription::contentEnd(doc),
             u8("line 140: ") + QString(DocumentDescription::ContentEndLength, u'字') + u8("… (a source line)"));
}

QTEST_GUILESS_MAIN(TestImportPreview)
#include "tst_importpreview.moc"
