// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of `heatmap` and of the table commands' --format xlsx / --out (matrix first):
// the real binary without a display (common/clirunner.h), its files read back independently
// (XLSX through common/xlsxreader.h, PNG by QImage, SVG as text) and compared with the seed
// corpus's hand count (tests/data/hand-count.md).
#include "clirunner.h"
#include "csvreader.h"
#include "handcount.h"
#include "xlsxreader.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliHeatmap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void matrixXlsxEqualsCsv();
    void matrixOutWritesWhatStdoutShows();
    void tableCommandsNeedOutForXlsx();
    void matrixOutNeverOntoTheDatabase();
    void heatmapPngWithoutDisplay();
    void heatmapSvgHasTheNames();
    void heatmapFollowsRegionTopAndMatch();
    void heatmapUsageErrors();
    void heatmapHelp();

private:
    QString path(const QString &name) const { return m_tmp.filePath(name); }
    CliRun run(const QStringList &args) const { return m_runner.run(args); }
    QString svg(const QStringList &options);

    QTemporaryDir m_tmp;
    CliRunner m_runner{m_tmp.path()};
    QString m_db;
    int m_files = 0;
};

void TestCliHeatmap::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_db = path(u"seed.sqlite"_s);
    CLI_EXPECT_EXIT(run({u"import"_s, u"--db"_s, m_db, QStringLiteral(SEED_CORPUS)}), 0);
}

QString TestCliHeatmap::svg(const QStringList &options)
{
    const QString out = path(u"heatmap-%1.svg"_s.arg(++m_files));
    const CliRun r = run(QStringList{u"heatmap"_s, u"--db"_s, m_db, out} + options);
    if (r.exitCode != 0)
        return u"exit %1: %2"_s.arg(r.exitCode).arg(r.errText());
    QFile file(out);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestCliHeatmap::matrixXlsxEqualsCsv()
{
    const CliRun csv = run({u"matrix"_s, u"--db"_s, m_db});
    CLI_EXPECT_EXIT(csv, 0);
    QList<QStringList> records;
    QString error;
    QVERIFY2(readCsv(csv.out, &records, &error), qPrintable(error));
    QCOMPARE(records.size(), 1 + 31);

    const QString out = path(u"matrix.xlsx"_s);
    const CliRun r = run({u"matrix"_s, u"--db"_s, m_db, u"--format"_s, u"xlsx"_s, u"--out"_s, out});
    CLI_EXPECT_EXIT(r, 0);
    QCOMPARE(r.outText(), out + u": 31 rows\n"_s);
    const XlsxSheet sheet = readXlsx(out);
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QCOMPARE(sheet.rows.size(), records.size());
    QCOMPARE(sheet.frozenRows, 1);
    QCOMPARE(sheet.formulas, 0);
    for (int r = 0; r < records.size(); ++r)
        QCOMPARE(sheet.texts(r), records.at(r));
    // code, name_zh, then the 29 initiatives in catalogue order; counts are numbers.
    const QStringList header = sheet.texts(0);
    QCOMPARE(header.size(), 2 + 29);
    const int technician = int(header.indexOf(u"technician-education"_s));
    QVERIFY(technician >= 2);
    int guangdong = -1;
    for (int r = 1; r < sheet.rows.size(); ++r)
        if (sheet.rows.at(r).value(1).text == u"广东省"_s)
            guangdong = r;
    QVERIFY(guangdong > 0);
    QCOMPARE(sheet.rows.at(guangdong).at(0).text, u"440000"_s);
    QVERIFY(!sheet.rows.at(guangdong).at(0).number); // a code is text
    QVERIFY(sheet.rows.at(guangdong).at(technician).number);
    QCOMPARE(sheet.rows.at(guangdong).at(technician).text, u"1"_s);
    // Every cell against the hand count: items of the province counted under the initiative.
    const QList<HandCount> hand = readHandCount();
    QCOMPARE(hand.size(), 29);
    for (const HandCount &h : hand) {
        const int column = int(header.indexOf(h.id));
        QVERIFY2(column >= 2, qPrintable(h.id));
        for (int r = 1; r < sheet.rows.size(); ++r)
            QCOMPARE(sheet.rows.at(r).at(column).text.toInt(), h.itemsOf(sheet.rows.at(r).at(1).text));
    }
}

void TestCliHeatmap::matrixOutWritesWhatStdoutShows()
{
    for (const QString &format : {u"csv"_s, u"json"_s}) {
        const CliRun printed = run({u"matrix"_s, u"--db"_s, m_db, u"--match"_s, u"技工"_s, u"--format"_s, format});
        CLI_EXPECT_EXIT(printed, 0);
        const QString out = path(u"matrix.%1"_s.arg(format));
        const CliRun written =
            run({u"matrix"_s, u"--db"_s, m_db, u"--match"_s, u"技工"_s, u"--format"_s, format, u"--out"_s, out});
        CLI_EXPECT_EXIT(written, 0);
        QCOMPARE(written.outText(), out + u": 31 rows\n"_s);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), printed.out);
    }
    // The other table commands take --out too.
    const QString counts = path(u"counts.xlsx"_s);
    const CliRun r = run({u"counts"_s, u"--db"_s, m_db, u"--format"_s, u"xlsx"_s, u"--out"_s, counts});
    CLI_EXPECT_EXIT(r, 0);
    const XlsxSheet sheet = readXlsx(counts);
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QCOMPARE(sheet.texts(1).mid(0, 5),
             (QStringList{u"industry-education-integration"_s, u"产教融合"_s, u"Industry-Education Integration"_s,
                          u"22"_s, u"22"_s}));
}

void TestCliHeatmap::tableCommandsNeedOutForXlsx()
{
    for (const QString &command : {u"matrix"_s, u"counts"_s, u"provinces"_s}) {
        const CliRun r = run({command, u"--db"_s, m_db, u"--format"_s, u"xlsx"_s});
        CLI_EXPECT_EXIT(r, 2);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(r.errText(), u"policy-atlas %1: xlsx is written to a file: give --out FILE\n"
                              "Try 'policy-atlas %1 --help'.\n"_s.arg(command));
    }
}

void TestCliHeatmap::matrixOutNeverOntoTheDatabase()
{
    QFile db(m_db);
    QVERIFY(db.open(QIODevice::ReadOnly));
    const QByteArray before = db.readAll();
    db.close();
    const CliRun r = run({u"matrix"_s, u"--db"_s, m_db, u"--format"_s, u"xlsx"_s, u"--out"_s, m_db});
    CLI_EXPECT_EXIT(r, 1);
    QVERIFY2(r.errText().startsWith(m_db + u":"_s), r.err.constData());
    QVERIFY(db.open(QIODevice::ReadOnly));
    QCOMPARE(db.readAll(), before);
}

void TestCliHeatmap::heatmapPngWithoutDisplay()
{
    const QString out = path(u"heatmap.png"_s);
    const CliRun r = run({u"heatmap"_s, u"--db"_s, m_db, out}); // the runner sets no DISPLAY
    CLI_EXPECT_EXIT(r, 0);
    QVERIFY2(r.outText().startsWith(out + u": 1200 x "_s), r.out.constData());
    const QImage image(out);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), 2 * 1200); // --scale 2 by default
    // Shaded cells: the darkest shade of the scale (the largest cell) is there.
    bool darkest = false;
    for (int y = 0; y < image.height() && !darkest; y += 2)
        for (int x = 0; x < image.width() && !darkest; x += 2)
            darkest = image.pixelColor(x, y) == QColor(0x08, 0x30, 0x6b);
    QVERIFY(darkest);
    const CliRun scaled = run({u"heatmap"_s, u"--db"_s, m_db, u"--scale"_s, u"1"_s, u"--width"_s, u"1600"_s, out});
    CLI_EXPECT_EXIT(scaled, 0);
    QCOMPARE(QImage(out).width(), 1600);
    QVERIFY(scaled.err.isEmpty());
    // Too narrow for 29 readable columns: widened, and said so.
    const CliRun narrow = run({u"heatmap"_s, u"--db"_s, m_db, u"--scale"_s, u"1"_s, u"--width"_s, u"600"_s, out});
    CLI_EXPECT_EXIT(narrow, 0);
    const int width = QImage(out).width();
    QVERIFY2(width > 600, qPrintable(QString::number(width)));
    QVERIFY2(narrow.errText().startsWith(out + u": note: the picture is %1 × "_s.arg(width)), narrow.err.constData());
}

void TestCliHeatmap::heatmapSvgHasTheNames()
{
    const QString zh = svg({});
    for (const QString &name : {u"产教融合"_s, u"技工教育"_s, u"广东省"_s, u"贵州省"_s, u"东部"_s, u"西部"_s})
        QVERIFY2(zh.contains(name), qPrintable(name + u" missing from "_s + zh.left(300)));
    const QString en = svg({u"--lang"_s, u"en"_s});
    for (const QString &name : {u"Industry-Education Integration"_s, u"Guangdong"_s, u"Guizhou"_s, u"Total"_s,
                                u"Provinces"_s, u"Northeast"_s})
        QVERIFY2(en.contains(name), qPrintable(name + u" missing from "_s + en.left(300)));
    QVERIFY(!en.contains(u"广东省"_s));
}

void TestCliHeatmap::heatmapFollowsRegionTopAndMatch()
{
    const QString west = svg({u"--region"_s, u"west"_s});
    QVERIFY2(west.contains(u"贵州省"_s), qPrintable(west.left(300)));
    QVERIFY(!west.contains(u"广东省"_s));
    // Top 3: 产教融合 (22 provinces), 职普融通 (15), 科教融汇 (13); 技工教育 (3) is not among them.
    const QString top = svg({u"--top"_s, u"3"_s});
    for (const QString &name : {u"产教融合"_s, u"职普融通"_s, u"科教融汇"_s})
        QVERIFY2(top.contains(name), qPrintable(name));
    QVERIFY(!top.contains(u"技工教育"_s));
    const QString matched = svg({u"--match"_s, u"技工"_s});
    // The three technician-education items all contain 技工 (福建省 5, 广东省 6, 新疆 3).
    QVERIFY2(matched.contains(u"技工教育"_s), qPrintable(matched.left(300)));
}

void TestCliHeatmap::heatmapUsageErrors()
{
    const CliRun none = run({u"heatmap"_s, u"--db"_s, m_db});
    CLI_EXPECT_EXIT(none, 2);
    const CliRun suffix = run({u"heatmap"_s, u"--db"_s, m_db, path(u"heatmap.jpg"_s)});
    CLI_EXPECT_EXIT(suffix, 2);
    const CliRun region = run({u"heatmap"_s, u"--db"_s, m_db, u"--region"_s, u"south"_s, path(u"h.png"_s)});
    CLI_EXPECT_EXIT(region, 2);
    QVERIFY(!QFileInfo::exists(path(u"h.png"_s)));
}

void TestCliHeatmap::heatmapHelp()
{
    const CliRun r = run({u"heatmap"_s, u"--help"_s});
    CLI_EXPECT_EXIT(r, 0);
    for (const QString &option : {u"--match <TEXT>"_s, u"--region <REGION>"_s, u"--top <N>"_s, u"--width <W>"_s,
                                  u"--height <H>"_s, u"--scale <S>"_s, u"--lang <LANG>"_s})
        QVERIFY2(r.outText().contains(u"  "_s + option + u' '), qPrintable(option));
    QVERIFY(r.outText().contains(u"fits the rows"_s));
    QVERIFY(run({u"--help"_s}).outText().contains(u"  heatmap OUT"_s));
    const CliRun matrix = run({u"matrix"_s, u"--help"_s});
    QVERIFY(matrix.outText().contains(u"  --out <FILE> "_s));
}

QTEST_GUILESS_MAIN(TestCliHeatmap)
#include "tst_cli_heatmap.moc"
