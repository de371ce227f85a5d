// SPDX-License-Identifier: GPL-3.0-or-later
// What researchers feed in, end to end through the real `policy-atlas` binary: files that are
// not corpora (broken encodings, NUL bytes, headers without items, one 10 MB line), huge but
// valid files (a 10 MB item, a million tiny items), a province given twice, broken catalogues.
// Each bad input gives `FILE:LINE: message` (or `FILE: message`) on stderr and exit status 1,
// and leaves the database byte for byte as it was. The decoder, parser and catalogue tests
// (tests/core) check the same cases one layer down; here the user's view is checked.
#include "catalogue.h"
#include "corpusparser.h"
#include "importpreview.h"
#include "inputfile.h"
#include "referencedata.h"
#include "robustness.h"

#include <QStringEncoder>
#include <QTest>

#include <sys/stat.h>

using namespace Robustness;

namespace {

QByteArray utf8(const char *text)
{
    return QByteArray(text);
}

QByteArray gbk(const char *text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(QString::fromUtf8(text));
}

// One 10 MiB line of Chinese prose with a comma and a semicolon in every 12 characters.
constexpr int TenMegabyteRepeats = (10 * 1024 * 1024 + 35) / 36;
QByteArray tenMegabytes()
{
    return QByteArray("产教融合，深化校企合作；").repeated(TenMegabyteRepeats); // 36 bytes, 12 characters
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void importRejected_data();
    void importRejected();
    void tenMegabyteItemImports();
    void millionTinyItems();
    void repeatedProvinceIsMergedWithWarning();
    void invalidCatalogue_data();
    void invalidCatalogue();
    void notARegularFile_data();
    void notARegularFile();
    void notARegularFileWithoutFormatReader_data();
    void notARegularFileWithoutFormatReader();
    void sparseBinaryFileStopsAtItsFirstNul();
    void fileOverTheSizeLimit();

private:
    QString path(const QString &name) const { return m_tmp.filePath(name); }
    Run cli(const QStringList &args) const { return run(args, m_env); }
    QString copyOfSeed();

    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    QString m_seedDb;
    int m_copies = 0;
};

void TestBadInput::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY(QFileInfo::exists(binary()));
    m_env = environment(m_tmp.path());
    m_seedDb = path(QStringLiteral("seed.sqlite"));
    const Run r = cli({QStringLiteral("import"), QStringLiteral("--db"), m_seedDb, seedCorpus()});
    QVERIFY2(r.exitedWith(0), r.describe());
    QCOMPARE(RawDatabase(m_seedDb).value(QStringLiteral("SELECT count(*) FROM items")), QStringLiteral("94"));
}

namespace {

const QString NotARegularFile = QStringLiteral("not a regular file (a folder, a pipe or a device): give the path of a file");

// Paths that name no regular file: devices that never end, a named pipe nobody writes to (an
// open() would wait for a writer forever), a folder.
void addPathsThatAreNotFiles(const QString &folder)
{
    QTest::addColumn<QString>("file");
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero");
    QTest::newRow("/dev/urandom") << QStringLiteral("/dev/urandom");
    const QString fifo = folder + QStringLiteral("/pipe.txt");
    if (!QFileInfo::exists(fifo))
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QTest::newRow("fifo without a writer") << fifo;
    QDir(folder).mkpath(QStringLiteral("folder.txt"));
    QTest::newRow("folder") << folder + QStringLiteral("/folder.txt");
}

} // namespace

QString TestBadInput::copyOfSeed()
{
    const QString copy = path(QStringLiteral("copy-%1.sqlite").arg(++m_copies));
    return QFile::copy(m_seedDb, copy) ? copy : QString();
}

void TestBadInput::importRejected_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line"); // 0: the message names no line
    QTest::addColumn<QString>("message");

    const QByteArray title = utf8("2024年测试\n");
    const QString invalidUtf8 = QStringLiteral("invalid UTF-8 (truncated or mixed with another encoding)");
    // 完 is E5 AE 8C: the file was cut in the middle of the last character.
    QTest::newRow("truncated UTF-8") << title + utf8("北京市\n1、甲。\n2、完").chopped(1) << 4 << invalidUtf8;
    QTest::newRow("truncated UTF-8, cut after the first byte")
        << title + utf8("北京市\n1、甲。\n2、") + QByteArray("\xE5") << 4 << invalidUtf8;
    // A GBK paragraph pasted into a UTF-8 file.
    QTest::newRow("mixed encodings: a GBK line in UTF-8")
        << title + utf8("北京市\n") + gbk("1、推进职业教育改革。") + utf8("\n2、甲。\n") << 3 << invalidUtf8;
    QTest::newRow("mixed encodings: a Latin-1 byte in UTF-8")
        << title + utf8("北京市\n1、甲。\n2、caf") + QByteArray("\xE9") + utf8("。\n") << 4 << invalidUtf8;
    QTest::newRow("NUL byte in the middle")
        << title + utf8("北京市\n1、甲") + QByteArray("\0", 1) + utf8("乙。\n") << 3
        << QStringLiteral("NUL byte: this is a binary file, not text");
    QTest::newRow("a terminal escape sequence")
        << title + utf8("北京市\n\x1B[31m1、甲。\n") << 3 << QStringLiteral("control character U+001B: this is a binary file, not text");
    QTest::newRow("headers but no items")
        << title + utf8("北京市\n天津市：\n\n上海\n来源:测试\n") << 2
        << QStringLiteral("no items: the file has province headers but no numbered items under them");
    QTest::newRow("a single 10 MB line") << tenMegabytes() << 0
                                        << QStringLiteral("no province header found: each section must start with a "
                                                          "line naming a provincial-level unit, such as \"北京市\"");
    QTest::newRow("a 10 MB line of binary after a header")
        << title + utf8("北京市\n1、") + QByteArray(10 * 1024 * 1024, '\x01') << 3
        << QStringLiteral("control character U+0001: this is a binary file, not text");
}

void TestBadInput::importRejected()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(QString, message);

    const QString file = path(QStringLiteral("bad-%1.txt").arg(++m_copies));
    QVERIFY(writeFile(file, content));
    const QString expected = line > 0 ? QStringLiteral("%1:%2: %3\n").arg(file).arg(line).arg(message)
                                      : QStringLiteral("%1: %2\n").arg(file, message);

    const QString db = copyOfSeed();
    QVERIFY(!db.isEmpty());
    const QByteArray before = fileBytes(db);
    const Run r = cli({QStringLiteral("import"), QStringLiteral("--db"), db, file});
    QVERIFY2(r.exitedWith(1), r.describe());
    QCOMPARE(r.errText(), expected);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(fileBytes(db), before);
    QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")));

    // Named after a good file on the same command line, it still stops everything.
    const Run both = cli({QStringLiteral("import"), QStringLiteral("--db"), db,
                          QStringLiteral(TEST_DATA_DIR "/cli/extra-2024.txt"), file});
    QVERIFY2(both.exitedWith(1), both.describe());
    QCOMPARE(both.errText(), expected);
    QCOMPARE(fileBytes(db), before);

    // Into a database that does not exist yet: none is created.
    const QString fresh = path(QStringLiteral("fresh-%1.sqlite").arg(++m_copies));
    const Run intoFresh = cli({QStringLiteral("import"), QStringLiteral("--db"), fresh, file});
    QVERIFY2(intoFresh.exitedWith(1), intoFresh.describe());
    QCOMPARE(intoFresh.errText(), expected);
    QVERIFY(!QFileInfo::exists(fresh));
}

void TestBadInput::tenMegabyteItemImports()
{
    // A valid file whose one item is a single 10 MB line: imported whole, searchable, chartable.
    const QString file = path(QStringLiteral("ten-megabytes.txt"));
    QVERIFY(writeFile(file, utf8("2024年长条目测试\n北京市\n1、") + tenMegabytes() + utf8("\n来源:测试\n")));
    QVERIFY(QFileInfo(file).size() > 10 * 1024 * 1024);
    const QString db = copyOfSeed();
    QVERIFY(!db.isEmpty());

    const Run r = cli({QStringLiteral("import"), QStringLiteral("--db"), db, file});
    QVERIFY2(r.exitedWith(0), r.describe());
    // 产教融合 and 校企合作: two initiatives mentioned by the one item.
    QCOMPARE(r.outText(), QStringLiteral("%1: imported \"2024年长条目测试\" (UTF-8): 1 units (0 new), 1 items, "
                                         "2 initiative mentions, 0 warnings\n"
                                         "  source: 测试\n"
                                         "  content ends at line 4: 来源:测试 (a 来源 (source) line: what follows it "
                                         "is not part of the text)\n")
                              .arg(file));
    QCOMPARE(r.err, QByteArray());
    {
        RawDatabase raw(db);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM items")), QStringLiteral("95"));
        QCOMPARE(raw.value(QStringLiteral("SELECT length(text) FROM items WHERE id = (SELECT max(id) FROM items)")),
                 QString::number(12 * TenMegabyteRepeats));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA quick_check")), QStringLiteral("ok"));
    }

    // 北京市 now has 3 items, one of them matching a term found only in the long item.
    const Run provinces = cli({QStringLiteral("provinces"), QStringLiteral("--db"), db, QStringLiteral("--match"),
                               QStringLiteral("校企合作；产教")});
    QVERIFY2(provinces.exitedWith(0), provinces.describe());
    QCOMPARE(provinces.outText(),
             QStringLiteral("code,name_zh,name_en,region,region_en,items,matching_items\r\n"
                            "110000,北京市,Beijing,东部,East,3,1\r\n"));
    const QString svg = path(QStringLiteral("ten-megabytes.svg"));
    const Run chart = cli({QStringLiteral("chart"), QStringLiteral("--db"), db, QStringLiteral("--match"),
                           QStringLiteral("校企合作；产教"), svg});
    QVERIFY2(chart.exitedWith(0), chart.describe());
    QCOMPARE(chart.outText(), QStringLiteral("%1: 2 bars\n").arg(svg));

    const Run again = cli({QStringLiteral("import"), QStringLiteral("--db"), db, file});
    QVERIFY2(again.exitedWith(0), again.describe());
    QCOMPARE(again.outText(), QStringLiteral("%1: already imported (same content as document 2); nothing changed\n").arg(file));
}

void TestBadInput::millionTinyItems()
{
    // Generated here: a million one-line items in ten provinces (about 19 MB). The import must
    // succeed whole (or fail cleanly); it must never crash or leave part of the file.
    const QString file = path(QStringLiteral("million.txt"));
    QVERIFY(writeFile(file, generatedCorpus(1000000, 10, QStringLiteral("2024年百万条目测试"))));
    const QString db = path(QStringLiteral("million.sqlite"));

    const Run r = cli({QStringLiteral("import"), QStringLiteral("--db"), db, file});
    QVERIFY2(r.exitedWith(0), r.describe());
    QCOMPARE(r.outText(), QStringLiteral("%1: imported \"2024年百万条目测试\" (UTF-8): 10 units (10 new), 1000000 items, "
                                         "0 initiative mentions, 0 warnings\n"
                                         "  source: 测试\n"
                                         "  content ends at line 1000012: 来源:测试 (a 来源 (source) line: what follows it "
                                         "is not part of the text)\n")
                              .arg(file));
    {
        RawDatabase raw(db);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM items")), QStringLiteral("1000000"));
        QCOMPARE(raw.value(QStringLiteral("SELECT text FROM items WHERE id = (SELECT max(id) FROM items)")),
                 QStringLiteral("项目999999。"));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    }

    const Run provinces = cli({QStringLiteral("provinces"), QStringLiteral("--db"), db, QStringLiteral("--match"),
                               QStringLiteral("项目99999。")});
    QVERIFY2(provinces.exitedWith(0), provinces.describe());
    // 项目99999。 is item 99999, the last of 北京市's 100000.
    QCOMPARE(provinces.outText(), QStringLiteral("code,name_zh,name_en,region,region_en,items,matching_items\r\n"
                                                 "110000,北京市,Beijing,东部,East,100000,1\r\n"));

    const Run again = cli({QStringLiteral("import"), QStringLiteral("--db"), db, file});
    QVERIFY2(again.exitedWith(0), again.describe());
    QCOMPARE(again.outText(), QStringLiteral("%1: already imported (same content as document 1); nothing changed\n").arg(file));
}

void TestBadInput::repeatedProvinceIsMergedWithWarning()
{
    // The same province twice in one file: its items are merged, with a warning naming both lines.
    const QString file = path(QStringLiteral("twice.txt"));
    QVERIFY(writeFile(file, utf8("2024年重复测试\n北京市\n1、甲。\n天津市\n1、乙。\n北京\n2、丙。\n来源:测试\n")));
    const QString db = copyOfSeed();
    QVERIFY(!db.isEmpty());
    const Run r = cli({QStringLiteral("import"), QStringLiteral("--db"), db, file});
    QVERIFY2(r.exitedWith(0), r.describe());
    QCOMPARE(r.errText(), QStringLiteral("%1:6: 北京市 appears again (first at line 2); its items are merged (warning)\n").arg(file));
    QCOMPARE(r.outText(), QStringLiteral("%1: imported \"2024年重复测试\" (UTF-8): 2 units (0 new), 3 items, "
                                         "0 initiative mentions, 1 warning\n"
                                         "  source: 测试\n"
                                         "  content ends at line 8: 来源:测试 (a 来源 (source) line: what follows it "
                                         "is not part of the text)\n")
                              .arg(file));
    RawDatabase raw(db);
    QCOMPARE(raw.value(QStringLiteral("SELECT group_concat(text, '') FROM (SELECT i.text FROM items i JOIN units u "
                                      "ON u.id = i.unit_id WHERE u.name_zh = '北京市' AND i.document_id = 2 "
                                      "ORDER BY i.position)")),
             QStringLiteral("甲。丙。"));
}

void TestBadInput::invalidCatalogue_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message"); // after "FILE:LINE: "
    QTest::addColumn<int>("line");

    const QByteArray alpha = "{\"initiatives\": [\n"
                             "  {\"id\": \"alpha\", \"name_zh\": \"甲\", \"name_en\": \"Alpha\", \"patterns\": [\"甲乙\"]},\n";
    QTest::newRow("duplicate id")
        << alpha + "  {\"id\": \"alpha\", \"name_zh\": \"乙\", \"name_en\": \"Beta\", \"patterns\": [\"乙\"]}\n]}\n"
        << QStringLiteral("initiative 2 (\"alpha\"): duplicate id") << 3;
    QTest::newRow("invalid pattern: two gaps in a row")
        << alpha + "  {\"id\": \"beta\", \"name_zh\": \"乙\", \"name_en\": \"Beta\", \"patterns\": [\"产教……融合\"]}\n]}\n"
        << QStringLiteral("initiative 2 (\"beta\"): pattern \"产教……融合\": a gap (…) may not start or end a pattern, "
                          "nor follow another gap")
        << 3;
    QTest::newRow("missing name_en")
        << alpha + "  {\"id\": \"beta\", \"name_zh\": \"乙\", \"patterns\": [\"乙\"]}\n]}\n"
        << QStringLiteral("initiative 2 (\"beta\"): missing \"name_en\"") << 3;
    QTest::newRow("missing patterns")
        << alpha + "  {\"id\": \"beta\", \"name_zh\": \"乙\", \"name_en\": \"Beta\"}\n]}\n"
        << QStringLiteral("initiative 2 (\"beta\"): missing \"patterns\" (a non-empty list of strings)") << 3;
}

void TestBadInput::invalidCatalogue()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QFETCH(int, line);

    const QString catalogue = path(QStringLiteral("catalogue-%1.json").arg(++m_copies));
    QVERIFY(writeFile(catalogue, json));
    const QString expected = QStringLiteral("%1:%2: %3\n").arg(catalogue).arg(line).arg(message);
    const QString db = copyOfSeed();
    QVERIFY(!db.isEmpty());
    const QByteArray before = fileBytes(db);
    for (const QStringList &args :
         {QStringList{QStringLiteral("import"), QStringLiteral(TEST_DATA_DIR "/cli/extra-2024.txt")},
          QStringList{QStringLiteral("counts")}, QStringList{QStringLiteral("chart"), path(QStringLiteral("c.svg"))}}) {
        const Run r = cli(args + QStringList{QStringLiteral("--db"), db, QStringLiteral("--catalogue"), catalogue});
        QVERIFY2(r.exitedWith(1), r.describe());
        QCOMPARE(r.out, QByteArray());
        if (args.first() == QLatin1StringView("chart")) // messages follow the chart's language (zh_CN by default)
            QVERIFY2(r.errText().startsWith(QStringLiteral("%1:%2: ").arg(catalogue).arg(line)), r.err);
        else
            QCOMPARE(r.errText(), expected);
    }
    QCOMPARE(fileBytes(db), before);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("c.svg"))));
}

void TestBadInput::notARegularFile_data()
{
    addPathsThatAreNotFiles(m_tmp.path());
}

// Refused before the file is opened: no 4 GB read of /dev/zero, no wait on a pipe.
void TestBadInput::notARegularFile()
{
    QFETCH(QString, file);
    const QString expected = QStringLiteral("%1: %2\n").arg(file, NotARegularFile);
    const QString db = copyOfSeed();
    QVERIFY(!db.isEmpty());
    const QByteArray before = fileBytes(db);
    const ChildLimits limits{0, 1024 * 1024 * 1024};
    const Run r = run({QStringLiteral("import"), QStringLiteral("--db"), db, file}, m_env, binary(), 60000, limits);
    QVERIFY2(r.exitedWith(1), r.describe());
    QCOMPARE(r.errText(), expected);
    QCOMPARE(fileBytes(db), before);
    const Run dry = run({QStringLiteral("import"), QStringLiteral("--dry-run"), file}, m_env, binary(), 60000, limits);
    QVERIFY2(dry.exitedWith(1), dry.describe());
    QVERIFY2(dry.errText().endsWith(expected), dry.describe());
    // A catalogue is refused the same way, before the database is opened.
    const Run catalogue = run({QStringLiteral("counts"), QStringLiteral("--db"), db, QStringLiteral("--catalogue"), file},
                              m_env, binary(), 60000, limits);
    QVERIFY2(catalogue.exitedWith(1), catalogue.describe());
    QCOMPARE(catalogue.errText(), expected);
    QCOMPARE(fileBytes(db), before);
}

void TestBadInput::notARegularFileWithoutFormatReader_data()
{
    addPathsThatAreNotFiles(m_tmp.path());
}

// The parser itself refuses them, whoever calls it and whether or not a reader of other formats
// is set (the window's preview, the tests, the built-in corpus): one check, before any open.
void TestBadInput::notARegularFileWithoutFormatReader()
{
    QFETCH(QString, file);
    const QString expected = QStringLiteral("%1: %2").arg(file, NotARegularFile);
    CorpusParser parser(ReferenceData::builtIn());
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY(!parser.parseFile(file, &doc, &error));
    QCOMPARE(error.toString(), expected);
    const ImportPreview preview = previewFile(parser, file);
    QVERIFY(!preview.canImport());
    QCOMPARE(preview.error.toString(), expected);
    Catalogue catalogue;
    QVERIFY(!Catalogue::loadFile(file, &catalogue, &error));
    QCOMPARE(error.toString(), expected);
}

// A 400 MB sparse file (within the size limit) whose text ends on line 3: the import reported the
// NUL byte only after reading and holding all 400 MB. It stops at the first block now, so it
// runs within 192 MB of memory.
void TestBadInput::sparseBinaryFileStopsAtItsFirstNul()
{
    const QString file = path(QStringLiteral("sparse.txt"));
    QVERIFY(writeFile(file, utf8("2024年测试\n北京市\n")));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(qint64(400) * 1024 * 1024)); // a hole: no disk space used
    }
    QVERIFY(QFileInfo(file).size() < InputFile::MaxSize);
    const QString expected = QStringLiteral("%1:3: NUL byte: this is a binary file, not text\n").arg(file);
    const QString db = copyOfSeed();
    QVERIFY(!db.isEmpty());
    const QByteArray before = fileBytes(db);
    const ChildLimits limits{0, 192 * 1024 * 1024};
    const Run r = run({QStringLiteral("import"), QStringLiteral("--db"), db, file}, m_env, binary(), 120000, limits);
    QVERIFY2(r.exitedWith(1), r.describe());
    QCOMPARE(r.errText(), expected);
    QCOMPARE(fileBytes(db), before);
    const Run dry = run({QStringLiteral("import"), QStringLiteral("--dry-run"), file}, m_env, binary(), 120000, limits);
    QVERIFY2(dry.exitedWith(1), dry.describe());
    QVERIFY2(dry.errText().endsWith(expected), dry.describe());
    // The same, one layer down, without a reader of other formats.
    Diagnostic error;
    QByteArray bytes;
    QVERIFY(!InputFile::readText(file, &bytes, &error));
    QCOMPARE(error.toString() + u'\n', expected);
    QVERIFY(bytes.isEmpty());
    QFile::remove(file);
}

// Past InputFile::MaxSize a file is refused before a byte is read, with the limit in the message.
void TestBadInput::fileOverTheSizeLimit()
{
    const QString file = path(QStringLiteral("huge.txt"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(InputFile::MaxSize + 1)); // sparse
    }
    const QString expected = QStringLiteral("%1: the file is 512.1 MiB; files over 512 MiB are not read").arg(file);
    const Run r = run({QStringLiteral("import"), QStringLiteral("--db"), copyOfSeed(), file}, m_env, binary(), 60000,
                      ChildLimits{0, 192 * 1024 * 1024});
    QVERIFY2(r.exitedWith(1), r.describe());
    QCOMPARE(r.errText(), expected + u'\n');
    CorpusParser parser(ReferenceData::builtIn()); // no reader of other formats
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY(!parser.parseFile(file, &doc, &error));
    QCOMPARE(error.toString(), expected);
    QFile::remove(file);
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
