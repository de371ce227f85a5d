// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of the command line: runs the real policy-atlas binary with QProcess and
// checks its output against the seed corpus and the hand count in tests/data/hand-count.md.
//
// Every run gets HOME and the XDG directories inside a QTemporaryDir, so the default database
// (AppDataLocation/policy-atlas.sqlite) is never the user's, and no DISPLAY.

#include "handcount.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString Binary = QStringLiteral(POLICY_ATLAS_BIN);
const QString SeedCorpus = QStringLiteral(SEED_CORPUS);
const QString DataDir = QStringLiteral(TEST_DATA_DIR);

QString cliData(const QString &name)
{
    return DataDir + u"/cli/"_s + name;
}

// ---------------------------------------------------------------------------------------------
// Reference values, read independently of the application (the hand count: common/handcount.h).

// The seed corpus read the simple way: province headers, numbered items "N、" and sub-items
// "(N)", up to the 来源 line. The title and the lead are not items.
struct CorpusUnit
{
    QString name;
    QStringList items;
};

QList<CorpusUnit> readCorpus(QString *error)
{
    QFile file(SeedCorpus);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    static const QRegularExpression header(u"^[\\x{4e00}-\\x{9fff}]{1,8}(省|市|自治区)$"_s);
    static const QRegularExpression item(u"^(\\d+、|[（(]\\d+[)）])"_s);
    QList<CorpusUnit> units;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QString l = line.trimmed();
        if (l.startsWith(u"来源"_s))
            break;
        if (header.match(l).hasMatch())
            units.append({l, {}});
        else if (item.match(l).hasMatch() && !units.isEmpty())
            units.last().items.append(l);
    }
    return units;
}

// ---------------------------------------------------------------------------------------------
// CSV (strict RFC 4180 with CRLF record ends) and JSON.

struct Table
{
    QStringList header;
    QList<QStringList> rows;

    int column(const QString &name) const { return int(header.indexOf(name)); }
    QStringList row(const QString &columnName, const QString &value) const
    {
        const int c = column(columnName);
        for (const QStringList &r : rows)
            if (c >= 0 && r.value(c) == value)
                return r;
        return {};
    }
    QString cell(const QString &keyColumn, const QString &key, const QString &columnName) const
    {
        return row(keyColumn, key).value(column(columnName));
    }
    QStringList values(const QString &columnName) const
    {
        QStringList out;
        const int c = column(columnName);
        for (const QStringList &r : rows)
            out.append(r.value(c));
        return out;
    }
};

bool parseCsv(const QByteArray &bytes, Table *table, QString *error)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        *error = u"not valid UTF-8"_s;
        return false;
    }
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false; // the current field was quoted
    bool inQuotes = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (quoted || !field.isEmpty()) {
                *error = u"quote inside an unquoted field at offset %1"_s.arg(i);
                return false;
            }
            quoted = inQuotes = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            quoted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n') {
                *error = u"CR without LF at offset %1"_s.arg(i);
                return false;
            }
            ++i;
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            quoted = false;
        } else if (c == u'\n') {
            *error = u"LF without CR at offset %1"_s.arg(i);
            return false;
        } else if (quoted) {
            *error = u"text after a closing quote at offset %1"_s.arg(i);
            return false;
        } else {
            field += c;
        }
    }
    if (inQuotes || quoted || !field.isEmpty() || !record.isEmpty()) {
        *error = u"the last record does not end in CRLF"_s;
        return false;
    }
    if (records.isEmpty()) {
        *error = u"no header row"_s;
        return false;
    }
    table->header = records.takeFirst();
    for (int r = 0; r < records.size(); ++r) {
        if (records.at(r).size() != table->header.size()) {
            *error = u"row %1 has %2 fields, the header %3"_s.arg(r + 1).arg(records.at(r).size()).arg(
                table->header.size());
            return false;
        }
    }
    table->rows = records;
    return true;
}

// ---------------------------------------------------------------------------------------------

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

int queryInt(const QString &dbPath, const QString &sql)
{
    static int counter = 0;
    const QString name = u"tst_cli_%1"_s.arg(++counter);
    int value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(dbPath);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// Distinct colours and the share of pixels that are not white.
void imageStats(const QImage &image, int *distinct, double *nonWhite)
{
    const QImage img = image.convertToFormat(QImage::Format_ARGB32);
    QSet<QRgb> colours;
    qint64 count = 0;
    for (int y = 0; y < img.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            colours.insert(line[x]);
            if ((line[x] & 0xFFFFFF) != 0xFFFFFF)
                ++count;
        }
    }
    *distinct = int(colours.size());
    *nonWhite = double(count) / (double(img.width()) * img.height());
}

// The chart command's report "OUT: N bars" in the chart's language (zh_CN by default): N, or -1.
int reportedBars(const QString &out, const QString &file)
{
    const QRegularExpression re(u"^"_s + QRegularExpression::escape(file) + u"[:：]\\s*(\\d+)\\D*\\n$"_s);
    const QRegularExpressionMatch m = re.match(out);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

#define CHECK_EXIT(run, code)                                                                                   \
    do {                                                                                                        \
        if ((run).status != QProcess::NormalExit || (run).exitCode != (code))                                   \
            qWarning().noquote() << "stdout:" << (run).outText().left(2000) << "\nstderr:" << (run).errText(); \
        QCOMPARE((run).status, QProcess::NormalExit);                                                           \
        QCOMPARE((run).exitCode, (code));                                                                       \
    } while (false)

#define PARSE_CSV(bytes, table)                                                                                 \
    do {                                                                                                        \
        QString csvError_;                                                                                      \
        QVERIFY2(parseCsv((bytes), &(table), &csvError_), qPrintable(csvError_));                               \
    } while (false)

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_db; // the seed corpus, imported once; tests that change a database use a copy
    QList<HandCount> m_hand;
    QList<CorpusUnit> m_corpus;
    Table m_provinces; // `provinces` of m_db
    int m_copies = 0;

    QString path(const QString &name) const { return m_tmp.filePath(name); }
    QString xdgDataHome() const { return path(u"xdg-data"_s); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"HOME"_s, path(u"home"_s));
        env.insert(u"XDG_DATA_HOME"_s, xdgDataHome());
        env.insert(u"XDG_CONFIG_HOME"_s, path(u"xdg-config"_s));
        env.insert(u"XDG_CACHE_HOME"_s, path(u"xdg-cache"_s));
        env.insert(u"XDG_RUNTIME_DIR"_s, path(u"xdg-runtime"_s));
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.remove(u"LC_MESSAGES"_s);
        env.remove(u"LANGUAGE"_s);
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        return env;
    }

    Run run(const QStringList &args, const QProcessEnvironment &env) const
    {
        Run r;
        QProcess p;
        p.setProgram(Binary);
        p.setArguments(args);
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_tmp.path());
        p.start();
        if (!p.waitForStarted(60000))
            return r;
        if (!p.waitForFinished(240000)) { // a hang guard only, not a timing assertion
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.status = p.exitStatus();
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    Run run(const QStringList &args) const { return run(args, environment()); }

    // A private copy of the seed database.
    QString copyOfSeedDb()
    {
        const QString copy = path(u"copy-%1.sqlite"_s.arg(++m_copies));
        if (!QFile::copy(m_db, copy))
            return {};
        return copy;
    }

    bool table(const QStringList &args, Table *out)
    {
        const Run r = run(args);
        if (r.status != QProcess::NormalExit || r.exitCode != 0) {
            qWarning().noquote() << args.join(u' ') << "failed:" << r.errText();
            return false;
        }
        QString error;
        if (!parseCsv(r.out, out, &error)) {
            qWarning().noquote() << args.join(u' ') << "bad CSV:" << error;
            return false;
        }
        return true;
    }

    const HandCount *hand(const QString &id) const
    {
        for (const HandCount &h : m_hand)
            if (h.id == id)
                return &h;
        return nullptr;
    }

private slots:
    void initTestCase();

    // import
    void importSeedIntoFreshDatabase();
    void importAgainChangesNothing();
    void importYear();
    void importYearInvalid_data();
    void importYearInvalid();
    void importBadFile_data();
    void importBadFile();
    void importSeveralFiles();
    void importSeveralFilesOneBad_data();
    void importSeveralFilesOneBad();
    void importWithoutFileIsUsageError();
    void importFileWithoutLeadOrSource();
    void importNonStandardUnit();
    void importDryRun();
    void importDryRunWithFailingFile();
    void importDryRunJson();
    void importDryRunWritesNothing();
    void importDryRunBadOptions_data();
    void importDryRunBadOptions();

    // provinces
    void provincesTable();
    void provincesItemsMatchCorpus();
    void provincesMatchItemText();
    void provincesMatchUnitName_data();
    void provincesMatchUnitName();
    void provincesMatchAllTerms();
    void provincesJson();
    void defaultDatabaseLivesInXdgDataHome();

    // counts
    void countsHeaderAndOrder();
    void countsEqualHandCount();
    void countsKnownValues_data();
    void countsKnownValues();
    void countsMatch();
    void countsJson();
    void countsCustomCatalogue();
    void countsCatalogueWithoutDescriptions();
    void countsInvalidCatalogue_data();
    void countsInvalidCatalogue();
    void countsBadFormat();

    // matrix
    void matrixShape();
    void matrixEqualsHandCount();
    void matrixKnownCells_data();
    void matrixKnownCells();

    // CSV details
    void csvLineEndsAndEncoding();
    void csvQuotingAndFormulaPrefix();

    // chart
    void chartPngDefaultSize();
    void chartPngExplicitSize_data();
    void chartPngExplicitSize();
    void chartHeightRaisedForLabels();
    void chartTooManyPixelsIsRefused();
    void chartSvg();
    void chartLanguage();
    void chartWithoutPlatformOrDisplay();
    void chartRegionAndTop();
    void chartBadOptions_data();
    void chartBadOptions();

    // usage
    void overviewHelp();
    void commandHelp_data();
    void commandHelp();
    void version();
    void unknownCommand();
    void unknownOption();
};

void TestCli::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY(QFileInfo::exists(Binary));
    for (const char *dir : {"home", "xdg-data", "xdg-config", "xdg-cache", "xdg-runtime"})
        QVERIFY(QDir().mkpath(path(QString::fromLatin1(dir))));
    QVERIFY(QFile::setPermissions(path(u"xdg-runtime"_s),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));

    QString error;
    m_hand = readHandCount(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_hand.size(), 29);
    for (const HandCount &h : std::as_const(m_hand)) {
        // The hand count must agree with itself, or the comparisons below mean nothing.
        QVERIFY2(h.items == h.itemUnits.size(), qPrintable(h.id));
        QVERIFY2(h.provinces == h.units().size(), qPrintable(h.id));
    }
    m_corpus = readCorpus(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_corpus.size(), 31);

    m_db = path(u"seed.sqlite"_s);
    const Run r = run({u"import"_s, u"--db"_s, m_db, SeedCorpus});
    CHECK_EXIT(r, 0);
    QVERIFY(table({u"provinces"_s, u"--db"_s, m_db}, &m_provinces));
    QCOMPARE(m_provinces.rows.size(), 31);
}

// --- import ------------------------------------------------------------------------------------

void TestCli::importSeedIntoFreshDatabase()
{
    const QString db = path(u"fresh-import.sqlite"_s);
    QVERIFY(!QFile::exists(db));
    const Run r = run({u"import"_s, u"--db"_s, db, SeedCorpus});
    CHECK_EXIT(r, 0);
    int items = 0;
    for (const CorpusUnit &u : std::as_const(m_corpus))
        items += int(u.items.size());
    QCOMPARE(items, 94);
    int mentions = 0;
    for (const HandCount &h : std::as_const(m_hand))
        mentions += h.items;
    QCOMPARE(mentions, 165);
    QCOMPARE(r.outText(),
             u"%1: imported \"2023年全国各省职业教育重点工作抢先看\" (UTF-8): 31 units (31 new), %2 items, "
             "%3 initiative mentions, 0 warnings\n"
             "  source: 职教圈; author: 吴灵辉,杨凌职业技术学院\n"
             "  content ends at line 128: 来源:职教圈,作者:吴灵辉,杨凌职业技术学院。 (a 来源 (source) line: what follows it is not part of the text)\n"_s.arg(SeedCorpus)
                 .arg(items)
                 .arg(mentions));
    QCOMPARE(queryInt(db, u"SELECT count(*) FROM documents"_s), 1);
    QCOMPARE(queryInt(db, u"SELECT count(*) FROM units"_s), 31);
    QCOMPARE(queryInt(db, u"SELECT count(*) FROM items"_s), 94);
    QCOMPARE(queryInt(db, u"SELECT year FROM documents"_s), 2023); // from the title
}

void TestCli::importAgainChangesNothing()
{
    const QString db = copyOfSeedDb();
    QVERIFY(!db.isEmpty());
    const QStringList readers[] = {{u"provinces"_s, u"--db"_s, db},
                                   {u"counts"_s, u"--db"_s, db},
                                   {u"matrix"_s, u"--db"_s, db}};
    QList<QByteArray> before;
    for (const QStringList &args : readers) {
        const Run r = run(args);
        CHECK_EXIT(r, 0);
        before.append(r.out);
    }
    const Run again = run({u"import"_s, u"--db"_s, db, SeedCorpus});
    CHECK_EXIT(again, 0);
    QCOMPARE(again.outText(),
             u"%1: already imported (same content as document 1); nothing changed\n"_s.arg(SeedCorpus));
    // --year does not make the same content a new document either.
    const Run withYear = run({u"import"_s, u"--db"_s, db, u"--year"_s, u"2030"_s, SeedCorpus});
    CHECK_EXIT(withYear, 0);
    QVERIFY2(withYear.outText().contains(u"already imported"_s), withYear.out.constData());

    for (int i = 0; i < before.size(); ++i) {
        const Run r = run(readers[i]);
        CHECK_EXIT(r, 0);
        QCOMPARE(r.out, before.at(i));
    }
    QCOMPARE(queryInt(db, u"SELECT count(*) FROM documents"_s), 1);
    QCOMPARE(queryInt(db, u"SELECT count(*) FROM items"_s), 94);
    QCOMPARE(queryInt(db, u"SELECT year FROM documents"_s), 2023);
}

void TestCli::importYear()
{
    const QString db = path(u"year.sqlite"_s);
    const Run r = run({u"import"_s, u"--db"_s, db, u"--year"_s, u"2021"_s, SeedCorpus});
    CHECK_EXIT(r, 0);
    QCOMPARE(queryInt(db, u"SELECT year FROM documents"_s), 2021);
    QCOMPARE(queryInt(db, u"SELECT count(*) FROM items"_s), 94);
}

void TestCli::importYearInvalid_data()
{
    QTest::addColumn<QString>("year");
    QTest::newRow("text") << u"twenty"_s;
    QTest::newRow("too early") << u"1800"_s;
    QTest::newRow("too late") << u"2200"_s;
}

void TestCli::importYearInvalid()
{
    QFETCH(QString, year);
    const QString db = path(u"bad-year-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    const Run r = run({u"import"_s, u"--db"_s, db, u"--year"_s, year, SeedCorpus});
    CHECK_EXIT(r, 2);
    QVERIFY2(r.errText().startsWith(u"policy-atlas import: --year"_s), r.err.constData());
    QVERIFY(!QFile::exists(db));
}

void TestCli::importBadFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expectedError"); // the whole of stderr

    const QString numbered = cliData(u"numbered-before-header.txt"_s);
    QTest::newRow("numbered item before any header")
        << numbered
        << u"%1:2: numbered item before any province header: add a header line such as \"北京市\" above it\n"_s.arg(
               numbered);

    const QString empty = path(u"empty.txt"_s);
    {
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    // No line applies to an empty file: "FILE: message".
    QTest::newRow("empty file") << empty << u"%1: the file is empty\n"_s.arg(empty);

    // A PNG signature: the first NUL byte is on line 3 (after two LFs).
    const QString binary = path(u"binary.txt"_s);
    {
        QFile f(binary);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x04\xb0", 20));
    }
    QTest::newRow("binary file") << binary << u"%1:3: NUL byte: this is a binary file, not text\n"_s.arg(binary);

    const QString missing = path(u"no-such-file.txt"_s);
    QTest::newRow("missing file") << missing
                                  << u"%1: cannot read the file: No such file or directory\n"_s.arg(missing);
}

void TestCli::importBadFile()
{
    QFETCH(QString, file);
    QFETCH(QString, expectedError);

    const QString db = copyOfSeedDb();
    QVERIFY(!db.isEmpty());
    const Run provincesBefore = run({u"provinces"_s, u"--db"_s, db});
    CHECK_EXIT(provincesBefore, 0);
    const QByteArray bytesBefore = fileBytes(db);
    QVERIFY(!bytesBefore.isEmpty());

    const Run r = run({u"import"_s, u"--db"_s, db, file});
    CHECK_EXIT(r, 1);
    QCOMPARE(r.errText(), expectedError);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(fileBytes(db), bytesBefore);

    const Run provincesAfter = run({u"provinces"_s, u"--db"_s, db});
    CHECK_EXIT(provincesAfter, 0);
    QCOMPARE(provincesAfter.out, provincesBefore.out);
    QCOMPARE(queryInt(db, u"SELECT count(*) FROM documents"_s), 1);

    // Into a fresh database: nothing is created.
    const QString fresh = path(u"bad-into-fresh-%1.sqlite"_s.arg(++m_copies));
    const Run intoFresh = run({u"import"_s, u"--db"_s, fresh, file});
    CHECK_EXIT(intoFresh, 1);
    QVERIFY(!QFile::exists(fresh));
}

void TestCli::importSeveralFiles()
{
    const QString extra = cliData(u"extra-2024.txt"_s);
    const QString db = path(u"several.sqlite"_s);
    const Run r = run({u"import"_s, u"--db"_s, db, SeedCorpus, extra, SeedCorpus});
    CHECK_EXIT(r, 0);
    const QStringList lines = r.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7);
    QVERIFY2(lines.at(0).startsWith(SeedCorpus + u": imported"_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(0).contains(u": 31 units (31 new), 94 items, 165 initiative mentions"_s), qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1), u"  source: 职教圈; author: 吴灵辉,杨凌职业技术学院"_s); // the byline, under its file
    QCOMPARE(lines.at(2), u"  content ends at line 128: 来源:职教圈,作者:吴灵辉,杨凌职业技术学院。 (a 来源 (source) line: what follows it is not part of the text)"_s); // and what ended the content
    // extra-2024.txt: 上海市 (产教融合 + 职普融通; 继续教育) and 浙江省 (技工教育), both known already.
    QCOMPARE(lines.at(3),
             u"%1: imported \"2024年补充材料(测试用)\" (UTF-8): 2 units (0 new), 3 items, 4 initiative mentions, "
             "0 warnings"_s.arg(extra));
    QCOMPARE(lines.at(4), u"  source: 测试数据; author: 测试"_s);
    QCOMPARE(lines.at(5), u"  content ends at line 8: 来源:测试数据,作者:测试 (a 来源 (source) line: what follows it is not part of the text)"_s);
    QCOMPARE(lines.at(6), u"%1: already imported (same content as document 1); nothing changed"_s.arg(SeedCorpus));
    QCOMPARE(queryInt(db, u"SELECT count(*) FROM documents"_s), 2);
    QCOMPARE(queryInt(db, u"SELECT year FROM documents WHERE id = 2"_s), 2024);

    Table provinces;
    QVERIFY(table({u"provinces"_s, u"--db"_s, db}, &provinces));
    QCOMPARE(provinces.rows.size(), 31);
    QCOMPARE(provinces.cell(u"name_zh"_s, u"上海市"_s, u"items"_s), u"5"_s); // 3 + 2
    QCOMPARE(provinces.cell(u"name_zh"_s, u"浙江省"_s, u"items"_s), u"4"_s); // 3 + 1

    Table counts;
    QVERIFY(table({u"counts"_s, u"--db"_s, db}, &counts));
    auto pi = [&](const QString &id) {
        const QStringList row = counts.row(u"id"_s, id);
        return row.value(counts.column(u"provinces"_s)) + u'/' + row.value(counts.column(u"items"_s));
    };
    QCOMPARE(pi(u"industry-education-integration"_s), u"22/23"_s); // 上海市 already counted
    QCOMPARE(pi(u"general-vocational-integration"_s), u"16/16"_s); // 上海市 is new
    QCOMPARE(pi(u"continuing-education"_s), u"4/6"_s);
    QCOMPARE(pi(u"technician-education"_s), u"4/4"_s); // 浙江省 is new

    // --year applies to every file of the command.
    const QString db2 = path(u"several-year.sqlite"_s);
    const Run y = run({u"import"_s, u"--db"_s, db2, u"--year"_s, u"2025"_s, SeedCorpus, extra});
    CHECK_EXIT(y, 0);
    QCOMPARE(queryInt(db2, u"SELECT count(*) FROM documents WHERE year = 2025"_s), 2);
}

void TestCli::importSeveralFilesOneBad_data()
{
    QTest::addColumn<bool>("badFirst");
    QTest::newRow("bad file last") << false;
    QTest::newRow("bad file first") << true;
}

void TestCli::importSeveralFilesOneBad()
{
    QFETCH(bool, badFirst);
    const QString bad = cliData(u"numbered-before-header.txt"_s);
    const QString extra = cliData(u"extra-2024.txt"_s);
    auto files = [&](const QString &good) {
        return badFirst ? QStringList{bad, good} : QStringList{good, bad};
    };

    // Into an existing database: extra-2024.txt would change 上海市 and 浙江省.
    const QString db = copyOfSeedDb();
    QVERIFY(!db.isEmpty());
    const Run before = run({u"provinces"_s, u"--db"_s, db});
    CHECK_EXIT(before, 0);
    const Run r = run(QStringList{u"import"_s, u"--db"_s, db} + files(extra));
    CHECK_EXIT(r, 1);
    QCOMPARE(r.out, QByteArray()); // not even the good file is reported as imported
    QVERIFY2(r.errText().startsWith(bad + u":2: numbered item before any province header"_s), r.err.constData());
    const Run after = run({u"provinces"_s, u"--db"_s, db});
    CHECK_EXIT(after, 0);
    QCOMPARE(after.out, before.out);
    QCOMPARE(queryInt(db, u"SELECT count(*) FROM documents"_s), 1);
    QCOMPARE(queryInt(db, u"SELECT count(*) FROM items"_s), 94);

    // Into a fresh database: the seed corpus is not imported either.
    const QString fresh = path(u"several-bad-%1.sqlite"_s.arg(++m_copies));
    const Run f = run(QStringList{u"import"_s, u"--db"_s, fresh} + files(SeedCorpus));
    CHECK_EXIT(f, 1);
    QCOMPARE(f.out, QByteArray());
    QVERIFY(!QFile::exists(fresh));
}

void TestCli::importWithoutFileIsUsageError()
{
    const QString db = path(u"no-file.sqlite"_s);
    const Run r = run({u"import"_s, u"--db"_s, db});
    CHECK_EXIT(r, 2);
    QVERIFY2(r.errText().startsWith(u"policy-atlas import: no file given\n"_s), r.err.constData());
    QVERIFY(!QFile::exists(db));
}

// A document with neither a lead paragraph nor a 来源 line is valid input for the parser.
void TestCli::importFileWithoutLeadOrSource()
{
    const QString db = copyOfSeedDb();
    QVERIFY(!db.isEmpty());
    const QString file = cliData(u"no-lead-no-source.txt"_s);
    const Run r = run({u"import"_s, u"--db"_s, db, file});
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.outText().contains(u": 1 units (0 new), 1 items, 1 initiative mentions"_s), r.out.constData());
    QCOMPARE(queryInt(db, u"SELECT count(*) FROM documents"_s), 2);
}

// A section under a header the reference data does not know is imported with a warning.
void TestCli::importNonStandardUnit()
{
    const QString db = copyOfSeedDb();
    QVERIFY(!db.isEmpty());
    const QString file = cliData(u"nonstandard-unit.txt"_s);
    const Run r = run({u"import"_s, u"--db"_s, db, file});
    QVERIFY2(r.errText().startsWith(u"%1:3: \"新疆生产建设兵团\" is not a known provincial-level unit; imported as a "
                                    "non-standard unit (warning)\n"_s.arg(file)),
             r.err.constData());
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 0);
    Table provinces;
    QVERIFY(table({u"provinces"_s, u"--db"_s, db}, &provinces));
    QCOMPARE(provinces.rows.size(), 32);
    QCOMPARE(provinces.rows.last(),
             (QStringList{QString(), u"新疆生产建设兵团"_s, u"新疆生产建设兵团"_s, QString(), QString(), u"1"_s}));
}

// --- provinces ---------------------------------------------------------------------------------

void TestCli::provincesTable()
{
    const Table &t = m_provinces;
    QCOMPARE(t.header, (QStringList{u"code"_s, u"name_zh"_s, u"name_en"_s, u"region"_s, u"region_en"_s, u"items"_s}));
    QCOMPARE(t.rows.size(), 31);
    QCOMPARE(t.row(u"name_zh"_s, u"广东省"_s),
             (QStringList{u"440000"_s, u"广东省"_s, u"Guangdong"_s, u"东部"_s, u"East"_s, u"7"_s}));
    QCOMPARE(t.row(u"name_zh"_s, u"贵州省"_s),
             (QStringList{u"520000"_s, u"贵州省"_s, u"Guizhou"_s, u"西部"_s, u"West"_s, u"7"_s})); // 5 + 2 sub-items
    QCOMPARE(t.row(u"name_zh"_s, u"黑龙江省"_s),
             (QStringList{u"230000"_s, u"黑龙江省"_s, u"Heilongjiang"_s, u"东北"_s, u"Northeast"_s, u"2"_s}));
    // Every code is six digits and unique; rows come by region (东部, 中部, 西部, 东北), then code.
    const QStringList regionOrder{u"东部"_s, u"中部"_s, u"西部"_s, u"东北"_s};
    QSet<QString> codes;
    for (int i = 0; i < t.rows.size(); ++i) {
        const QStringList &row = t.rows.at(i);
        QVERIFY2(QRegularExpression(u"^\\d{6}$"_s).match(row.at(0)).hasMatch(), qPrintable(row.at(0)));
        codes.insert(row.at(0));
        QVERIFY2(regionOrder.contains(row.at(3)), qPrintable(row.at(3)));
        if (i > 0) {
            const QStringList &prev = t.rows.at(i - 1);
            const auto key = [&](const QStringList &r) { return std::make_pair(regionOrder.indexOf(r.at(3)), r.at(0)); };
            QVERIFY2(key(prev) < key(row), qPrintable(prev.at(1) + u" before "_s + row.at(1)));
        }
    }
    QCOMPARE(codes.size(), 31);
    QCOMPARE(t.rows.first().at(1), u"北京市"_s);
}

void TestCli::provincesItemsMatchCorpus()
{
    int total = 0;
    for (const CorpusUnit &u : std::as_const(m_corpus)) {
        QCOMPARE(m_provinces.cell(u"name_zh"_s, u.name, u"items"_s), QString::number(u.items.size()));
        total += m_provinces.cell(u"name_zh"_s, u.name, u"items"_s).toInt();
    }
    QCOMPARE(total, 94);
}

void TestCli::provincesMatchItemText()
{
    // The items with 技工 in the corpus: 福建省 5, 广东省 6 (twice in one item), 贵州省 4 (“贵州技工”),
    // 新疆维吾尔自治区 3.
    QStringList expected;
    for (const CorpusUnit &u : std::as_const(m_corpus)) {
        const auto n = std::count_if(u.items.cbegin(), u.items.cend(),
                                     [](const QString &item) { return item.contains(u"技工"_s); });
        if (n)
            expected.append(u.name + u'=' + QString::number(n));
    }
    QCOMPARE(expected,
             (QStringList{u"福建省=1"_s, u"广东省=1"_s, u"贵州省=1"_s, u"新疆维吾尔自治区=1"_s}));

    Table t;
    QVERIFY(table({u"provinces"_s, u"--db"_s, m_db, u"--match"_s, u"技工"_s}, &t));
    QCOMPARE(t.header, (QStringList{u"code"_s, u"name_zh"_s, u"name_en"_s, u"region"_s, u"region_en"_s, u"items"_s,
                                    u"matching_items"_s}));
    QStringList got;
    for (const QStringList &row : std::as_const(t.rows))
        got.append(row.at(1) + u'=' + row.at(6));
    std::sort(got.begin(), got.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(got, expected);
    // The unit's own columns are unchanged by the filter.
    QCOMPARE(t.row(u"name_zh"_s, u"广东省"_s).mid(0, 6), m_provinces.row(u"name_zh"_s, u"广东省"_s));
}

void TestCli::provincesMatchUnitName_data()
{
    QTest::addColumn<QString>("term");
    QTest::newRow("short Chinese name") << u"广东"_s;
    QTest::newRow("full Chinese name") << u"广东省"_s;
    QTest::newRow("English, lower case") << u"guangdong"_s;
    QTest::newRow("English, upper case") << u"GUANGDONG"_s;
    QTest::newRow("English, mixed case") << u"gUaNgDoNg"_s;
    QTest::newRow("English, full-width") << u"ＧＵＡＮＧＤＯＮＧ"_s;
}

void TestCli::provincesMatchUnitName()
{
    QFETCH(QString, term);
    Table t;
    QVERIFY(table({u"provinces"_s, u"--db"_s, m_db, u"--match"_s, term}, &t));
    QCOMPARE(t.rows.size(), 1);
    // A match on the unit's name lets all its 7 items through.
    QCOMPARE(t.rows.first(), (QStringList{u"440000"_s, u"广东省"_s, u"Guangdong"_s, u"东部"_s, u"East"_s, u"7"_s,
                                          u"7"_s}));
}

void TestCli::provincesMatchAllTerms()
{
    // Terms combine with AND: 广东省's items that contain 技工 (item 6 only).
    Table t;
    QVERIFY(table({u"provinces"_s, u"--db"_s, m_db, u"--match"_s, u"Guangdong 技工"_s}, &t));
    QCOMPARE(t.rows.size(), 1);
    QCOMPARE(t.cell(u"name_zh"_s, u"广东省"_s, u"matching_items"_s), u"1"_s);

    // A term in no item and no name: a header and no rows.
    QVERIFY(table({u"provinces"_s, u"--db"_s, m_db, u"--match"_s, u"量子计算"_s}, &t));
    QCOMPARE(t.rows.size(), 0);
    QCOMPARE(t.header.size(), 7);
}

void TestCli::provincesJson()
{
    for (const QString &match : {QString(), u"技工"_s}) {
        QStringList args{u"provinces"_s, u"--db"_s, m_db};
        if (!match.isNull())
            args << u"--match"_s << match;
        Table csv;
        QVERIFY(table(args, &csv));
        const Run r = run(args + QStringList{u"--format"_s, u"json"_s});
        CHECK_EXIT(r, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.isArray());
        const QJsonArray rows = doc.array();
        QCOMPARE(rows.size(), csv.rows.size());
        const QStringList numeric{u"items"_s, u"matching_items"_s};
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonObject o = rows.at(i).toObject();
            QCOMPARE(o.size(), csv.header.size());
            for (int c = 0; c < csv.header.size(); ++c) {
                const QString &key = csv.header.at(c);
                const QJsonValue v = o.value(key);
                if (numeric.contains(key)) {
                    QVERIFY2(v.isDouble(), qPrintable(key));
                    QCOMPARE(QString::number(v.toInt()), csv.rows.at(i).at(c));
                } else {
                    QVERIFY2(v.isString(), qPrintable(key));
                    QCOMPARE(v.toString(), csv.rows.at(i).at(c));
                }
            }
        }
        if (match.isNull()) {
            const auto gd = std::find_if(rows.begin(), rows.end(), [](const QJsonValue &v) {
                return v.toObject().value(u"name_zh"_s).toString() == u"广东省"_s;
            });
            QVERIFY(gd != rows.end());
            QCOMPARE(gd->toObject().value(u"code"_s).toString(), u"440000"_s);
            QCOMPARE(gd->toObject().value(u"items"_s).toInt(), 7);
        }
    }
}

void TestCli::defaultDatabaseLivesInXdgDataHome()
{
    const QString expected = xdgDataHome() + u"/PolicyAtlas/policy-atlas/policy-atlas.sqlite"_s;
    QVERIFY(!QFile::exists(expected));
    // Without --db: the default database, created and filled with the built-in seed corpus.
    Table t;
    QVERIFY(table({u"provinces"_s}, &t));
    QVERIFY(QFile::exists(expected));
    QCOMPARE(t.header, m_provinces.header);
    QCOMPARE(t.rows, m_provinces.rows);
    QCOMPARE(queryInt(expected, u"SELECT count(*) FROM items"_s), 94);
}

// --- counts ------------------------------------------------------------------------------------

void TestCli::countsHeaderAndOrder()
{
    Table t;
    QVERIFY(table({u"counts"_s, u"--db"_s, m_db}, &t));
    QCOMPARE(t.header, (QStringList{u"id"_s, u"name_zh"_s, u"name_en"_s, u"provinces"_s, u"items"_s,
                                    u"province_names"_s}));
    QCOMPARE(t.rows.size(), 29); // every initiative of the built-in catalogue
    for (int i = 1; i < t.rows.size(); ++i) {
        const int p0 = t.rows.at(i - 1).at(3).toInt(), p1 = t.rows.at(i).at(3).toInt();
        const int i0 = t.rows.at(i - 1).at(4).toInt(), i1 = t.rows.at(i).at(4).toInt();
        QVERIFY2(p0 > p1 || (p0 == p1 && i0 >= i1),
                 qPrintable(t.rows.at(i - 1).at(0) + u" before "_s + t.rows.at(i).at(0)));
    }
    QCOMPARE(t.rows.first().at(0), u"industry-education-integration"_s);
    QCOMPARE(t.rows.first().mid(0, 5), (QStringList{u"industry-education-integration"_s, u"产教融合"_s,
                                                    u"Industry-Education Integration"_s, u"22"_s, u"22"_s}));
}

void TestCli::countsEqualHandCount()
{
    Table t;
    QVERIFY(table({u"counts"_s, u"--db"_s, m_db}, &t));
    QCOMPARE(t.rows.size(), m_hand.size());
    for (const HandCount &h : std::as_const(m_hand)) {
        const QStringList row = t.row(u"id"_s, h.id);
        QVERIFY2(!row.isEmpty(), qPrintable(h.id));
        QCOMPARE(row.at(t.column(u"provinces"_s)).toInt(), h.provinces);
        QCOMPARE(row.at(t.column(u"items"_s)).toInt(), h.items);
        QStringList names = row.at(t.column(u"province_names"_s)).split(u'、');
        QStringList expected = h.units();
        names.sort();
        expected.sort();
        QCOMPARE(names, expected);
    }
}

void TestCli::countsKnownValues_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("provinces");
    QTest::addColumn<int>("items");
    QTest::newRow("industry-education-integration") << u"industry-education-integration"_s << 22 << 22;
    QTest::newRow("general-vocational-integration") << u"general-vocational-integration"_s << 15 << 15;
    QTest::newRow("science-education-integration") << u"science-education-integration"_s << 13 << 13;
    QTest::newRow("double-high-plan") << u"double-high-plan"_s << 6 << 6;
    QTest::newRow("skills-training") << u"skills-training"_s << 9 << 10; // 贵州省 4 and 5(1)
    QTest::newRow("school-enterprise-cooperation") << u"school-enterprise-cooperation"_s << 5 << 7;
    QTest::newRow("technician-education") << u"technician-education"_s << 3 << 3;
}

void TestCli::countsKnownValues()
{
    QFETCH(QString, id);
    QFETCH(int, provinces);
    QFETCH(int, items);
    Table t;
    QVERIFY(table({u"counts"_s, u"--db"_s, m_db}, &t));
    QCOMPARE(t.cell(u"id"_s, id, u"provinces"_s), QString::number(provinces));
    QCOMPARE(t.cell(u"id"_s, id, u"items"_s), QString::number(items));
    const HandCount *h = hand(id);
    QVERIFY(h);
    QCOMPARE(h->provinces, provinces);
    QCOMPARE(h->items, items);
}

void TestCli::countsMatch()
{
    // Only 广东省's items (the term names the unit): each initiative counts 广东省 once at most.
    Table t;
    QVERIFY(table({u"counts"_s, u"--db"_s, m_db, u"--match"_s, u"广东"_s}, &t));
    QCOMPARE(t.rows.size(), 29);
    int mentioned = 0;
    for (const HandCount &h : std::as_const(m_hand)) {
        const int n = h.itemsOf(u"广东省"_s);
        mentioned += n > 0;
        QCOMPARE(t.cell(u"id"_s, h.id, u"provinces"_s), QString::number(n > 0 ? 1 : 0));
        QCOMPARE(t.cell(u"id"_s, h.id, u"items"_s), QString::number(n));
        QCOMPARE(t.cell(u"id"_s, h.id, u"province_names"_s), n > 0 ? u"广东省"_s : QString());
    }
    QCOMPARE(mentioned, 9);
    QCOMPARE(t.cell(u"id"_s, u"technician-education"_s, u"items"_s), u"1"_s);

    // A text term: the hand count says every item with 科教融汇 is counted under
    // science-education-integration, so the other initiatives count the items they share with it.
    const HandCount *science = hand(u"science-education-integration"_s);
    QVERIFY(science);
    QVERIFY(table({u"counts"_s, u"--db"_s, m_db, u"--match"_s, u"科教融汇"_s}, &t));
    QCOMPARE(t.rows.size(), 29);
    for (const HandCount &h : std::as_const(m_hand)) {
        QSet<QString> units;
        int items = 0;
        for (int i = 0; i < h.itemKeys.size(); ++i) {
            if (science->itemKeys.contains(h.itemKeys.at(i))) {
                ++items;
                units.insert(h.itemUnits.at(i));
            }
        }
        QCOMPARE(t.cell(u"id"_s, h.id, u"provinces"_s), QString::number(units.size()));
        QCOMPARE(t.cell(u"id"_s, h.id, u"items"_s), QString::number(items));
    }
    QCOMPARE(t.cell(u"id"_s, u"science-education-integration"_s, u"items"_s), u"13"_s);
    QCOMPARE(t.cell(u"id"_s, u"double-high-plan"_s, u"items"_s), u"1"_s); // 贵州省 3 only
}

void TestCli::countsJson()
{
    Table csv;
    QVERIFY(table({u"counts"_s, u"--db"_s, m_db}, &csv));
    const Run r = run({u"counts"_s, u"--db"_s, m_db, u"--format"_s, u"json"_s});
    CHECK_EXIT(r, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(rows.size(), csv.rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject o = rows.at(i).toObject();
        QCOMPARE(o.value(u"id"_s).toString(), csv.rows.at(i).at(0));
        QCOMPARE(o.value(u"name_zh"_s).toString(), csv.rows.at(i).at(1));
        QCOMPARE(o.value(u"provinces"_s).toInt(-1), csv.rows.at(i).at(3).toInt());
        QCOMPARE(o.value(u"items"_s).toInt(-1), csv.rows.at(i).at(4).toInt());
        QCOMPARE(o.value(u"province_names"_s).toString(), csv.rows.at(i).at(5));
    }
    QCOMPARE(rows.at(0).toObject().value(u"provinces"_s).toInt(), 22);
}

void TestCli::countsCustomCatalogue()
{
    // Expected values from the corpus text itself: items containing the literal patterns.
    auto literal = [&](const QString &term, int *provinces, int *items) {
        *provinces = *items = 0;
        for (const CorpusUnit &u : std::as_const(m_corpus)) {
            const auto n = std::count_if(u.items.cbegin(), u.items.cend(),
                                         [&](const QString &item) { return item.contains(term); });
            *provinces += n > 0;
            *items += int(n);
        }
    };
    int tp = 0, ti = 0, cp = 0, ci = 0;
    literal(u"技工"_s, &tp, &ti);
    literal(u"工匠"_s, &cp, &ci);
    QCOMPARE(tp, 4);
    QCOMPARE(ti, 4);
    QCOMPARE(cp, 7);
    QCOMPARE(ci, 8);

    const QString db = copyOfSeedDb();
    QVERIFY(!db.isEmpty());
    const QString catalogue = cliData(u"catalogue-two.json"_s);
    Table t;
    QVERIFY(table({u"counts"_s, u"--db"_s, db, u"--catalogue"_s, catalogue}, &t));
    QCOMPARE(t.rows.size(), 2);
    QCOMPARE(t.rows.at(0).mid(0, 5), (QStringList{u"craftsman"_s, u"工匠"_s, u"Craftsman"_s, QString::number(cp),
                                                  QString::number(ci)}));
    QCOMPARE(t.rows.at(1).mid(0, 5), (QStringList{u"technician"_s, u"技工"_s, u"Technician"_s, QString::number(tp),
                                                  QString::number(ti)}));
    QStringList names = t.rows.at(1).at(5).split(u'、');
    names.sort();
    QStringList expected{u"福建省"_s, u"广东省"_s, u"贵州省"_s, u"新疆维吾尔自治区"_s};
    expected.sort();
    QCOMPARE(names, expected);

    // The matrix follows the catalogue too.
    Table m;
    QVERIFY(table({u"matrix"_s, u"--db"_s, db, u"--catalogue"_s, catalogue}, &m));
    QCOMPARE(m.header, (QStringList{u"code"_s, u"name_zh"_s, u"technician"_s, u"craftsman"_s}));
    QCOMPARE(m.cell(u"name_zh"_s, u"内蒙古自治区"_s, u"craftsman"_s), u"2"_s); // items 1 and 3: “工匠班”
    QCOMPARE(m.cell(u"name_zh"_s, u"贵州省"_s, u"technician"_s), u"1"_s);

    // Without --catalogue the same database is back to the built-in catalogue.
    Table back;
    QVERIFY(table({u"counts"_s, u"--db"_s, db}, &back));
    QCOMPARE(back.rows.size(), 29);
    QCOMPARE(back.cell(u"id"_s, u"industry-education-integration"_s, u"items"_s), u"22"_s);
    QCOMPARE(back.cell(u"id"_s, u"craftsmen"_s, u"items"_s), u"8"_s);
}

// Descriptions are optional in a catalogue (the loader does not ask for them).
void TestCli::countsCatalogueWithoutDescriptions()
{
    const QString db = copyOfSeedDb();
    QVERIFY(!db.isEmpty());
    const Run r = run({u"counts"_s, u"--db"_s, db, u"--catalogue"_s, cliData(u"catalogue-no-descriptions.json"_s)});
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 0);
    Table t;
    PARSE_CSV(r.out, t);
    QCOMPARE(t.rows.size(), 1);
    QCOMPARE(t.rows.first().mid(0, 5),
             (QStringList{u"technician"_s, u"技工"_s, u"Technician"_s, u"4"_s, u"4"_s}));
}

void TestCli::countsInvalidCatalogue_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expectedError");
    const QString badId = cliData(u"catalogue-bad-id.json"_s);
    QTest::newRow("bad id") << badId
                            << u"%1:13: initiative 2 (\"Bad_Id\"): \"id\" must be lower-case letters, digits and "
                               "single hyphens\n"_s.arg(badId);
    const QString noPatterns = cliData(u"catalogue-no-patterns.json"_s);
    QTest::newRow("no patterns") << noPatterns
                                 << u"%1:13: initiative 2 (\"craftsman\"): missing \"patterns\" (a non-empty list of "
                                    "strings)\n"_s.arg(noPatterns);
    // Not a catalogue at all: the seed corpus.
    QTest::newRow("not JSON") << SeedCorpus << QString();
}

void TestCli::countsInvalidCatalogue()
{
    QFETCH(QString, file);
    QFETCH(QString, expectedError);
    const QString db = copyOfSeedDb();
    QVERIFY(!db.isEmpty());
    const QByteArray before = fileBytes(db);
    for (const QString &command : {u"counts"_s, u"provinces"_s, u"matrix"_s}) {
        const Run r = run({command, u"--db"_s, db, u"--catalogue"_s, file});
        CHECK_EXIT(r, 1);
        QCOMPARE(r.out, QByteArray());
        if (expectedError.isEmpty())
            QVERIFY2(r.errText().startsWith(file + u":1: not valid JSON: "_s), r.err.constData());
        else
            QCOMPARE(r.errText(), expectedError);
    }
    QCOMPARE(fileBytes(db), before);
    // Into a fresh database: the catalogue is read first, so no database is created or seeded.
    const QString fresh = path(u"catalogue-fresh-%1.sqlite"_s.arg(++m_copies));
    const Run r = run({u"counts"_s, u"--db"_s, fresh, u"--catalogue"_s, file});
    CHECK_EXIT(r, 1);
    QVERIFY(!QFile::exists(fresh));
}

void TestCli::countsBadFormat()
{
    for (const QString &command : {u"counts"_s, u"provinces"_s, u"matrix"_s}) {
        const Run r = run({command, u"--db"_s, m_db, u"--format"_s, u"xml"_s});
        CHECK_EXIT(r, 2);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(r.errText(), u"policy-atlas %1: unknown format \"xml\" (use csv, json or xlsx)\n"
                              "Try 'policy-atlas %1 --help'.\n"_s.arg(command));
    }
}

// --- matrix ------------------------------------------------------------------------------------

void TestCli::matrixShape()
{
    Table t;
    QVERIFY(table({u"matrix"_s, u"--db"_s, m_db}, &t));
    QCOMPARE(t.rows.size(), 31);
    QCOMPARE(t.header.mid(0, 2), (QStringList{u"code"_s, u"name_zh"_s}));
    // One column per initiative, in the built-in catalogue's order.
    QFile file(QFileInfo(SeedCorpus).absolutePath() + u"/../catalogue/initiatives.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).object().value(u"initiatives"_s).toArray())
        ids.append(v.toObject().value(u"id"_s).toString());
    QCOMPARE(ids.size(), 29);
    QCOMPARE(t.header.mid(2), ids);
    // The same units in the same order as `provinces`.
    QCOMPARE(t.values(u"name_zh"_s), m_provinces.values(u"name_zh"_s));
    QCOMPARE(t.values(u"code"_s), m_provinces.values(u"code"_s));
}

void TestCli::matrixEqualsHandCount()
{
    Table t;
    QVERIFY(table({u"matrix"_s, u"--db"_s, m_db}, &t));
    int total = 0;
    for (const QStringList &row : std::as_const(t.rows)) {
        for (const HandCount &h : std::as_const(m_hand)) {
            const QString cell = row.value(t.column(h.id));
            QVERIFY2(cell == QString::number(h.itemsOf(row.at(1))), qPrintable(row.at(1) + u" × "_s + h.id
                                                                                 + u": "_s + cell));
            total += cell.toInt();
        }
    }
    QCOMPARE(total, 165);
}

void TestCli::matrixKnownCells_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("initiative");
    QTest::addColumn<int>("value");
    // 广东省 6 writes 技工教育 twice; one item counts once.
    QTest::newRow("广东省 × technician-education") << u"广东省"_s << u"technician-education"_s << 1;
    QTest::newRow("贵州省 × skills-training") << u"贵州省"_s << u"skills-training"_s << 2; // 4 and 5(1)
    QTest::newRow("内蒙古 × school-enterprise") << u"内蒙古自治区"_s << u"school-enterprise-cooperation"_s << 3;
    QTest::newRow("北京市 × modern-vocational-system") << u"北京市"_s << u"modern-vocational-system"_s << 0;
    QTest::newRow("河南省 × industry-education") << u"河南省"_s << u"industry-education-integration"_s << 1;
}

void TestCli::matrixKnownCells()
{
    QFETCH(QString, unit);
    QFETCH(QString, initiative);
    QFETCH(int, value);
    // The corpus text behind the first row: 广东省 6 really has 技工教育 twice.
    const auto gd = std::find_if(m_corpus.cbegin(), m_corpus.cend(),
                                 [](const CorpusUnit &u) { return u.name == u"广东省"_s; });
    QVERIFY(gd != m_corpus.cend());
    QCOMPARE(gd->items.value(5).count(u"技工教育"_s), 2);

    Table t;
    QVERIFY(table({u"matrix"_s, u"--db"_s, m_db}, &t));
    QCOMPARE(t.cell(u"name_zh"_s, unit, initiative), QString::number(value));

    // With --match, only the matching items count.
    QVERIFY(table({u"matrix"_s, u"--db"_s, m_db, u"--match"_s, u"技工"_s}, &t));
    QCOMPARE(t.rows.size(), 31); // one row per unit, filtered or not
    QCOMPARE(t.cell(u"name_zh"_s, u"广东省"_s, u"technician-education"_s), u"1"_s);
    QCOMPARE(t.cell(u"name_zh"_s, u"广东省"_s, u"industry-education-integration"_s), u"0"_s);
    QCOMPARE(t.cell(u"name_zh"_s, u"贵州省"_s, u"skills-training"_s), u"1"_s); // item 4 only
}

// --- CSV details -------------------------------------------------------------------------------

void TestCli::csvLineEndsAndEncoding()
{
    for (const QString &command : {u"provinces"_s, u"counts"_s, u"matrix"_s}) {
        const Run r = run({command, u"--db"_s, m_db});
        CHECK_EXIT(r, 0);
        QVERIFY(!r.out.isEmpty());
        QVERIFY(r.out.endsWith("\r\n"));
        QCOMPARE(r.out.count("\r\n"), r.out.count('\n')); // every line ends in CRLF
        QCOMPARE(r.out.count("\r\n"), r.out.count('\r'));
        QVERIFY(!r.out.startsWith("\xEF\xBB\xBF")); // no byte-order mark before the header
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8.decode(r.out);
        QVERIFY(!utf8.hasError());
        QVERIFY(r.out.contains("\xE5\x8C\x97\xE4\xBA\xAC\xE5\xB8\x82")); // 北京市 in UTF-8
        QVERIFY(text.contains(u"北京市"_s));
    }
    // 、 separates province names, so that column needs no quotes.
    const Run counts = run({u"counts"_s, u"--db"_s, m_db});
    const QByteArray firstRow = counts.out.split('\n').value(1);
    QVERIFY2(firstRow.startsWith("industry-education-integration,产教融合,Industry-Education Integration,22,22,北京市、"),
             firstRow.constData());
    QVERIFY(!firstRow.contains('"'));
}

void TestCli::csvQuotingAndFormulaPrefix()
{
    const QString db = copyOfSeedDb();
    QVERIFY(!db.isEmpty());
    const QString catalogue = cliData(u"catalogue-csv-quoting.json"_s);
    const Run r = run({u"counts"_s, u"--db"_s, db, u"--catalogue"_s, catalogue});
    CHECK_EXIT(r, 0);
    QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.size(), 5); // header, 3 rows, "" after the last CRLF
    for (QByteArray &line : lines)
        line.chop(line.endsWith('\r') ? 1 : 0);
    // quoting (职普融通: 15/15), formula-plus (工匠: 7/8), formula-at (技工: 4/4)
    QVERIFY2(lines.at(1).startsWith(QByteArrayLiteral(
                 "quoting,\"职普\"\"融通\"\",试点\",\"'=HYPERLINK(\"\"http://example.com/\"\",\"\"click\"\")\",15,15,")),
             lines.at(1).constData());
    QVERIFY2(lines.at(2).startsWith(QByteArrayLiteral("formula-plus,'+工匠,\"Plain, with comma\",7,8,")),
             lines.at(2).constData());
    QVERIFY2(lines.at(3).startsWith(QByteArrayLiteral("formula-at,'@SUM(A1),'-2+3,4,4,")), lines.at(3).constData());

    // And a strict RFC 4180 reader gets the values back (with the apostrophes).
    Table t;
    PARSE_CSV(r.out, t);
    QCOMPARE(t.row(u"id"_s, u"quoting"_s).mid(0, 3),
             (QStringList{u"quoting"_s, u"职普\"融通\",试点"_s, u"'=HYPERLINK(\"http://example.com/\",\"click\")"_s}));
    QCOMPARE(t.cell(u"id"_s, u"formula-plus"_s, u"name_en"_s), u"Plain, with comma"_s);

    // JSON carries the names as they are, without the spreadsheet guard.
    const Run json = run({u"counts"_s, u"--db"_s, db, u"--catalogue"_s, catalogue, u"--format"_s, u"json"_s});
    CHECK_EXIT(json, 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).toObject().value(u"name_en"_s).toString(), u"=HYPERLINK(\"http://example.com/\",\"click\")"_s);
    QCOMPARE(rows.at(2).toObject().value(u"name_zh"_s).toString(), u"@SUM(A1)"_s);
    QCOMPARE(rows.at(2).toObject().value(u"name_en"_s).toString(), u"-2+3"_s);

    // The matrix header holds initiative ids, which can never start with = + - @.
    Table m;
    QVERIFY(table({u"matrix"_s, u"--db"_s, db, u"--catalogue"_s, catalogue}, &m));
    QCOMPARE(m.header, (QStringList{u"code"_s, u"name_zh"_s, u"quoting"_s, u"formula-at"_s, u"formula-plus"_s}));
}

// --- chart -------------------------------------------------------------------------------------

void TestCli::chartPngDefaultSize()
{
    const QString png = path(u"default.png"_s);
    const Run r = run({u"chart"_s, u"--db"_s, m_db, png});
    CHECK_EXIT(r, 0);
    QCOMPARE(reportedBars(r.outText(), png), 29); // every initiative is mentioned at least once
    QImage image;
    QVERIFY(image.load(png, "PNG"));
    QCOMPARE(image.width(), 2400); // 1200 points × scale 2
    // Height fits the bars; the SVG of the same chart has it in points.
    const QString svg = path(u"default.svg"_s);
    const Run svgRun = run({u"chart"_s, u"--db"_s, m_db, svg});
    CHECK_EXIT(svgRun, 0);
    QXmlStreamReader xml(fileBytes(svg));
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name().toString(), u"svg"_s);
    const QStringList viewBox = xml.attributes().value(u"viewBox"_s).toString().split(u' ');
    QCOMPARE(viewBox.size(), 4);
    QCOMPARE(viewBox.at(2), u"1200"_s);
    QVERIFY(viewBox.at(3).toInt() >= 29 * 20); // room for 29 bars
    QCOMPARE(image.height(), 2 * viewBox.at(3).toInt());

    int distinct = 0;
    double nonWhite = 0;
    imageStats(image, &distinct, &nonWhite);
    QVERIFY2(distinct >= 16, qPrintable(QString::number(distinct)));
    QVERIFY2(nonWhite > 0.02 && nonWhite < 0.95, qPrintable(QString::number(nonWhite)));
}

void TestCli::chartPngExplicitSize_data()
{
    // Ten bars need 130 + 30 × 10 = 430 points at least; every size here leaves them that room.
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QSize>("size");
    QTest::newRow("800x600 at 2") << QStringList{u"--width"_s, u"800"_s, u"--height"_s, u"600"_s, u"--scale"_s, u"2"_s}
                                  << QSize(1600, 1200);
    QTest::newRow("1000x500 at 1") << QStringList{u"--width"_s, u"1000"_s, u"--height"_s, u"500"_s, u"--scale"_s,
                                                  u"1"_s}
                                   << QSize(1000, 500);
    QTest::newRow("640x480 at 1.5") << QStringList{u"--width"_s, u"640"_s, u"--height"_s, u"480"_s, u"--scale"_s,
                                                   u"1.5"_s}
                                    << QSize(960, 720);
    QTest::newRow("default scale") << QStringList{u"--width"_s, u"600"_s, u"--height"_s, u"450"_s} << QSize(1200, 900);
}

void TestCli::chartPngExplicitSize()
{
    QFETCH(QStringList, options);
    QFETCH(QSize, size);
    const QString png = path(u"explicit-%1.png"_s.arg(++m_copies));
    const Run r = run(QStringList{u"chart"_s, u"--db"_s, m_db, u"--top"_s, u"10"_s} + options + QStringList{png});
    CHECK_EXIT(r, 0);
    QVERIFY2(!r.errText().contains(u"height raised"_s), qPrintable(r.errText()));
    QImage image;
    QVERIFY(image.load(png, "PNG"));
    QCOMPARE(image.size(), size);
    int distinct = 0;
    double nonWhite = 0;
    imageStats(image, &distinct, &nonWhite);
    QVERIFY2(distinct >= 16, qPrintable(QString::number(distinct)));
    QVERIFY2(nonWhite > 0.02, qPrintable(QString::number(nonWhite)));
}

void TestCli::chartHeightRaisedForLabels()
{
    // 29 bars cannot show every label in 300 points: the height is raised to 130 + 30 × 29 and said so.
    const QString png = path(u"raised.png"_s);
    const Run r = run({u"chart"_s, u"--db"_s, m_db, u"--width"_s, u"800"_s, u"--height"_s, u"300"_s, u"--scale"_s,
                       u"1"_s, png});
    CHECK_EXIT(r, 0);
    QVERIFY2(r.errText().contains(u"height raised from 300 to 1000 points"_s), qPrintable(r.errText()));
    QImage image;
    QVERIFY(image.load(png, "PNG"));
    QCOMPARE(image.size(), QSize(800, 1000));
}

void TestCli::chartTooManyPixelsIsRefused()
{
    // 10000 × 10000 points at 8 pixels a point would be 80000 × 80000 pixels (25 GB in memory).
    const QString png = path(u"huge.png"_s);
    const Run r = run({u"chart"_s, u"--db"_s, m_db, u"--lang"_s, u"en"_s, u"--width"_s, u"10000"_s, u"--height"_s,
                       u"10000"_s, u"--scale"_s, u"8"_s, png});
    CHECK_EXIT(r, 1);
    QVERIFY2(r.errText().contains(u"80000 × 80000 pixels"_s), qPrintable(r.errText()));
    QVERIFY(!QFileInfo::exists(png));
}

void TestCli::chartSvg()
{
    const QString svg = path(u"chart.svg"_s);
    const Run r = run({u"chart"_s, u"--db"_s, m_db, u"--width"_s, u"900"_s, u"--height"_s, u"700"_s, u"--top"_s,
                       u"10"_s, svg});
    CHECK_EXIT(r, 0);
    QCOMPARE(reportedBars(r.outText(), svg), 10);
    QXmlStreamReader xml(fileBytes(svg));
    int texts = 0;
    bool root = false;
    QStringList labels;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (!root) {
                QCOMPARE(xml.name().toString(), u"svg"_s);
                QCOMPARE(xml.attributes().value(u"viewBox"_s).toString(), u"0 0 900 700"_s);
                root = true;
            }
            if (xml.name() == u"text"_s) {
                ++texts;
                labels.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(root);
    QVERIFY2(texts >= 10, qPrintable(QString::number(texts)));
    // The labels are the initiatives' Chinese names (the default language): the top two, and not
    // one of the 1-province initiatives left out by --top 10.
    QVERIFY2(labels.contains(u"产教融合"_s), qPrintable(labels.join(u'|')));
    QVERIFY2(labels.contains(u"职普融通"_s), qPrintable(labels.join(u'|')));
    QVERIFY2(!labels.contains(u"产教联合体"_s), qPrintable(labels.join(u'|')));
}

void TestCli::chartLanguage()
{
    const QString zhSvg = path(u"lang-zh.svg"_s), enSvg = path(u"lang-en.svg"_s);
    const QString zhPng = path(u"lang-zh.png"_s), enPng = path(u"lang-en.png"_s);
    const QStringList runs[] = {{zhSvg},
                                {u"--lang"_s, u"en"_s, enSvg},
                                {u"--lang"_s, u"zh_CN"_s, zhPng},
                                {u"--lang"_s, u"en"_s, enPng}};
    for (const QStringList &args : runs) {
        const Run r = run(QStringList{u"chart"_s, u"--db"_s, m_db} + args);
        CHECK_EXIT(r, 0);
        QCOMPARE(reportedBars(r.outText(), args.last()), 29);
        if (args.contains(u"en"_s)) // the report follows the chart's language
            QCOMPARE(r.outText(), u"%1: 29 bars\n"_s.arg(args.last()));
    }
    const QString zh = QString::fromUtf8(fileBytes(zhSvg)), en = QString::fromUtf8(fileBytes(enSvg));
    QVERIFY(zh.contains(u">产教融合</text>"_s));
    QVERIFY(!zh.contains(u"Industry-Education Integration"_s));
    QVERIFY(en.contains(u">Industry-Education Integration</text>"_s));
    QVERIFY(en.contains(u">General-Vocational Integration</text>"_s));
    QVERIFY(!en.contains(u"产教融合"_s));
    // The title is translated too (it is the SVG's <title>).
    const QRegularExpression title(u"<title>([^<]*)</title>"_s);
    QCOMPARE(title.match(en).captured(1), u"Provinces mentioning each initiative"_s);
    QVERIFY(!title.match(zh).captured(1).isEmpty());
    QVERIFY2(title.match(zh).captured(1) != title.match(en).captured(1), qPrintable(title.match(zh).captured(1)));
    QImage a, b;
    QVERIFY(a.load(zhPng, "PNG"));
    QVERIFY(b.load(enPng, "PNG"));
    QCOMPARE(a.size(), b.size());
    QVERIFY(a != b);
}

void TestCli::chartWithoutPlatformOrDisplay()
{
    // Neither QT_QPA_PLATFORM nor DISPLAY/WAYLAND_DISPLAY: the command picks offscreen itself.
    QProcessEnvironment env = environment();
    env.remove(u"QT_QPA_PLATFORM"_s);
    QVERIFY(!env.contains(u"DISPLAY"_s));
    const QString png = path(u"no-platform.png"_s);
    const Run r = run({u"chart"_s, u"--db"_s, m_db, u"--width"_s, u"600"_s, u"--height"_s, u"450"_s, u"--top"_s,
                       u"5"_s, png},
                      env);
    CHECK_EXIT(r, 0);
    QImage image;
    QVERIFY(image.load(png, "PNG"));
    QCOMPARE(image.size(), QSize(1200, 900));
}

void TestCli::chartRegionAndTop()
{
    // Bars for 东部 only: the initiatives the hand count finds in at least one eastern province.
    int eastBars = 0;
    for (const HandCount &h : std::as_const(m_hand)) {
        const QStringList units = h.units();
        eastBars += std::any_of(units.cbegin(), units.cend(), [&](const QString &u) {
            return m_provinces.cell(u"name_zh"_s, u, u"region_en"_s) == u"East"_s;
        });
    }
    QVERIFY(eastBars > 0 && eastBars < 29);
    for (const QString &region : {u"east"_s, u"East"_s, u"东部"_s}) {
        const QString svg = path(u"region-%1.svg"_s.arg(++m_copies));
        const Run r = run({u"chart"_s, u"--db"_s, m_db, u"--region"_s, region, u"--lang"_s, u"en"_s, svg});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.outText(), u"%1: %2 bars\n"_s.arg(svg).arg(eastBars));
        const QString text = QString::fromUtf8(fileBytes(svg));
        QVERIFY(text.contains(u">Industry-Education Integration</text>"_s)); // 北京市 2 and others
        QVERIFY(!text.contains(u">Industry-Education Consortia</text>"_s)); // 内蒙古自治区 only
    }

    const QString top = path(u"top5.png"_s);
    const Run r = run({u"chart"_s, u"--db"_s, m_db, u"--top"_s, u"5"_s, top});
    CHECK_EXIT(r, 0);
    QCOMPARE(reportedBars(r.outText(), top), 5);

    // --match narrows the bars: 技工 items mention technician-education, skills-training, craftsmen, ...
    const QString matched = path(u"match.svg"_s);
    const Run m = run({u"chart"_s, u"--db"_s, m_db, u"--match"_s, u"技工"_s, u"--lang"_s, u"en"_s, matched});
    CHECK_EXIT(m, 0);
    const QString text = QString::fromUtf8(fileBytes(matched));
    QVERIFY(text.contains(u">Technician Education</text>"_s));
    QVERIFY(!text.contains(u">Double High-Level Plan</text>"_s)); // no 技工 item mentions 双高
}

void TestCli::chartBadOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option") << QStringList{u"--bogus"_s, u"bad.png"_s} << u"bad.png"_s
                                    << u"Unknown option 'bogus'."_s;
    QTest::newRow("--format is not a chart option")
        << QStringList{u"--format"_s, u"xml"_s, u"bad.png"_s} << u"bad.png"_s << u"Unknown option 'format'."_s;
    QTest::newRow("--top 0") << QStringList{u"--top"_s, u"0"_s, u"bad.png"_s} << u"bad.png"_s << u"--top 1 or more"_s;
    QTest::newRow("--top text") << QStringList{u"--top"_s, u"ten"_s, u"bad.png"_s} << u"bad.png"_s
                                << u"--top 1 or more"_s;
    QTest::newRow("--width too small") << QStringList{u"--width"_s, u"100"_s, u"bad.png"_s} << u"bad.png"_s
                                       << u"--width and --height"_s;
    QTest::newRow("--scale too large") << QStringList{u"--scale"_s, u"9"_s, u"bad.png"_s} << u"bad.png"_s
                                       << u"--scale 0.5–8"_s;
    QTest::newRow(".jpg") << QStringList{u"bad.jpg"_s} << u"bad.jpg"_s << u"must end in .png or .svg"_s;
    QTest::newRow("no suffix") << QStringList{u"bad"_s} << u"bad"_s << u"must end in .png or .svg"_s;
    QTest::newRow("unknown region") << QStringList{u"--region"_s, u"atlantis"_s, u"bad.png"_s} << u"bad.png"_s
                                    << u"unknown region \"atlantis\""_s;
    QTest::newRow("unknown language") << QStringList{u"--lang"_s, u"fr"_s, u"bad.png"_s} << u"bad.png"_s
                                      << u"--lang takes zh_CN or en"_s;
    QTest::newRow("no output file") << QStringList{} << QString() << u"give exactly one output file"_s;
    QTest::newRow("two output files") << QStringList{u"bad.png"_s, u"bad.svg"_s} << u"bad.png"_s
                                      << u"give exactly one output file"_s;
}

void TestCli::chartBadOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, output);
    QFETCH(QString, message);
    const QString db = path(u"chart-usage-%1.sqlite"_s.arg(++m_copies));
    const Run r = run(QStringList{u"chart"_s, u"--db"_s, db} + args);
    CHECK_EXIT(r, 2);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.errText().startsWith(u"policy-atlas chart: "_s), r.err.constData());
    QVERIFY2(r.errText().contains(message), r.err.constData());
    QVERIFY2(r.errText().endsWith(u"Try 'policy-atlas chart --help'.\n"_s), r.err.constData());
    if (!output.isEmpty())
        QVERIFY(!QFile::exists(path(output)));
    QVERIFY(!QFile::exists(db)); // a usage error touches no database
}

// --- usage -------------------------------------------------------------------------------------

// --dry-run: each file's preview as aligned text, the whole of stdout checked.
void TestCli::importDryRun()
{
    const QString extra = cliData(u"extra-2024.txt"_s);
    const QString warnings = DataDir + u"/preview/warnings.txt"_s;
    const QString db = path(u"dry-run.sqlite"_s);
    const Run r = run({u"import"_s, u"--db"_s, db, u"--dry-run"_s, extra, warnings});
    CHECK_EXIT(r, 0);
    QCOMPARE(r.err, QByteArray());
    // Unit names padded by their width in a terminal (two columns a Chinese character).
    QCOMPARE(r.outText(), QStringList({
                              extra,
                              u"  title         2024年补充材料(测试用)"_s,
                              u"  year          2024"_s,
                              u"  read as       text, UTF-8"_s,
                              u"  source        测试数据"_s,
                              u"  author        测试"_s,
                              u"  content ends  line 8: 来源:测试数据,作者:测试 (a 来源 (source) line: what follows it is not part of the text)"_s,
                              u"  units         2"_s,
                              u"  items         3 (0 sub-items)"_s,
                              u"    line  items  sub-items  unit    first item"_s,
                              u"       3      2          0  上海市  1、深化产教融合,推进职普融通。"_s,
                              u"       6      1          0  浙江省  1、加快技工教育发展。"_s,
                              u"  warnings      none"_s,
                              u"  can be imported"_s,
                              QString(),
                              warnings,
                              u"  title         2024年导入预览测试(有警告)"_s,
                              u"  year          2024"_s,
                              u"  read as       text, UTF-8"_s,
                              u"  source        测试数据"_s,
                              u"  author        测试"_s,
                              u"  content ends  line 13: 来源:测试数据,作者:测试 (a 来源 (source) line: what follows it is not part of the text)"_s,
                              u"  units         3"_s,
                              u"  items         6 (2 sub-items)"_s,
                              u"    line  items  sub-items  unit              first item"_s,
                              u"       3      3          2  北京市            1、完善职业教育和培训体系,这一条的文字足够长,长到预览只显示它开头…"_s,
                              u"       8      0          0  天津市"_s,
                              u"       9      1          0  新疆生产建设兵团  1、加快技工教育发展。"_s,
                              u"  warnings      3"_s,
                              u"    line 8: 天津市 has no items"_s,
                              u"    line 9: \"新疆生产建设兵团\" is not a known provincial-level unit; imported as a non-standard unit"_s,
                              u"    line 11: 北京市 appears again (first at line 3); its items are merged"_s,
                              u"  can be imported"_s,
                              QString(),
                              u"Files that can be imported: 2 of 2. Nothing was written (--dry-run)."_s,
                              QString(),
                          }).join(u'\n'));
    QVERIFY(!QFile::exists(db));

    // --year: the year every document would get.
    const Run y = run({u"import"_s, u"--db"_s, db, u"--dry-run"_s, u"--year"_s, u"2019"_s, extra});
    CHECK_EXIT(y, 0);
    QVERIFY2(y.outText().contains(u"\n  year          2019 (--year)\n"_s), y.out.constData());
    QVERIFY(!QFile::exists(db));
}

// A file that would fail: every file is still reported, its message goes to stderr, exit 1.
void TestCli::importDryRunWithFailingFile()
{
    const QString bad = cliData(u"numbered-before-header.txt"_s);
    const QString extra = cliData(u"extra-2024.txt"_s);
    const QString db = path(u"dry-run-bad.sqlite"_s);
    const Run r = run({u"import"_s, u"--db"_s, db, u"--dry-run"_s, bad, extra, bad});
    CHECK_EXIT(r, 1);
    const QString message = u"numbered item before any province header: add a header line such as \"北京市\" above it"_s;
    QCOMPARE(r.errText(), u"%1:2: %2\n%1:2: %2\n"_s.arg(bad, message));
    const QString out = r.outText();
    QVERIFY2(out.startsWith(u"%1\n  cannot be imported: line 2: %2\n\n%3\n  title         2024年补充材料(测试用)\n"_s.arg(
                 bad, message, extra)),
             r.out.constData());
    QVERIFY2(out.endsWith(u"\n\n%1\n  cannot be imported: line 2: %2\n\nFiles that can be imported: 1 of 3. Nothing "
                          "was written (--dry-run).\n"_s.arg(bad, message)),
             r.out.constData());
    QVERIFY(!QFile::exists(db));

    // A catalogue the import would refuse fails the dry run too, before any file is read.
    const QString catalogue = cliData(u"catalogue-bad-id.json"_s);
    const Run c = run({u"import"_s, u"--db"_s, db, u"--catalogue"_s, catalogue, u"--dry-run"_s, extra});
    CHECK_EXIT(c, 1);
    QCOMPARE(c.out, QByteArray());
    QVERIFY2(c.errText().startsWith(catalogue + u':'), c.err.constData());
    QVERIFY(!QFile::exists(db));
}

void TestCli::importDryRunJson()
{
    const QString bad = cliData(u"numbered-before-header.txt"_s);
    const QString warnings = DataDir + u"/preview/warnings.txt"_s;
    const Run r = run({u"import"_s, u"--db"_s, path(u"dry-json.sqlite"_s), u"--dry-run"_s, u"--format"_s, u"json"_s,
                       warnings, bad});
    CHECK_EXIT(r, 1);
    QJsonParseError parseError;
    const QJsonArray files = QJsonDocument::fromJson(r.out, &parseError).array();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(files.size(), 2);
    const QJsonObject ok = files.at(0).toObject();
    QCOMPARE(ok.value(u"file"_s).toString(), warnings);
    QCOMPARE(ok.value(u"can_import"_s).toBool(), true);
    QVERIFY(ok.value(u"error"_s).isNull());
    QCOMPARE(ok.value(u"title"_s).toString(), u"2024年导入预览测试(有警告)"_s);
    QCOMPARE(ok.value(u"year"_s).toInt(), 2024);
    QCOMPARE(ok.value(u"format"_s).toString(), u"text"_s);
    QCOMPARE(ok.value(u"encoding"_s).toString(), u"UTF-8"_s);
    QCOMPARE(ok.value(u"source"_s).toString(), u"测试数据"_s);
    QCOMPARE(ok.value(u"author"_s).toString(), u"测试"_s);
    QCOMPARE(ok.value(u"published"_s).toString(), QString());
    QCOMPARE(ok.value(u"content_end"_s).toObject(),
             (QJsonObject{{u"line"_s, 13},
                          {u"text"_s, u"来源:测试数据,作者:测试"_s},
                          {u"reason"_s, u"a 来源 (source) line: what follows it is not part of the text"_s}}));
    QCOMPARE(ok.value(u"items"_s).toInt(), 6);
    const QJsonArray units = ok.value(u"units"_s).toArray();
    QCOMPARE(units.size(), 3);
    QCOMPARE(units.at(0).toObject(), (QJsonObject{{u"name_zh"_s, u"北京市"_s},
                                                  {u"code"_s, u"110000"_s},
                                                  {u"line"_s, 3},
                                                  {u"items"_s, 3},
                                                  {u"sub_items"_s, 2},
                                                  {u"first_item_line"_s, 4},
                                                  {u"first_item"_s, u"1、完善职业教育和培训体系,这一条的文字足够长,长到预览只显示它开头…"_s}}));
    QCOMPARE(units.at(2).toObject().value(u"code"_s).toString(), QString()); // 新疆生产建设兵团
    const QJsonArray warningList = ok.value(u"warnings"_s).toArray();
    QCOMPARE(warningList.size(), 3);
    QCOMPARE(warningList.at(2).toObject(),
             (QJsonObject{{u"line"_s, 11}, {u"message"_s, u"北京市 appears again (first at line 3); its items are merged"_s}}));
    const QJsonObject failed = files.at(1).toObject();
    QCOMPARE(failed.value(u"can_import"_s).toBool(), false);
    QCOMPARE(failed.value(u"error"_s).toObject().value(u"line"_s).toInt(), 2);
    QCOMPARE(failed.value(u"error"_s).toObject().value(u"text"_s).toString(), r.errText().trimmed());
}

// --dry-run opens no database: not the --db file, nor its folder, nor the default one.
void TestCli::importDryRunWritesNothing()
{
    const QString extra = cliData(u"extra-2024.txt"_s);
    const QString folder = path(u"dry-run-folder"_s);
    const QString db = folder + u"/sub/atlas.sqlite"_s;
    const Run fresh = run({u"import"_s, u"--db"_s, db, u"--dry-run"_s, extra});
    CHECK_EXIT(fresh, 0);
    QVERIFY(!QFileInfo::exists(folder));

    // Without --db: the default database is not created either.
    const QString defaultDb = xdgDataHome() + u"/PolicyAtlas/policy-atlas/policy-atlas.sqlite"_s;
    const bool defaultExisted = QFileInfo::exists(defaultDb);
    const Run noDb = run({u"import"_s, u"--dry-run"_s, extra});
    CHECK_EXIT(noDb, 0);
    QCOMPARE(QFileInfo::exists(defaultDb), defaultExisted);

    // An existing database: the same bytes, the same modification time, no -wal or -shm beside it.
    const QString existing = copyOfSeedDb();
    QVERIFY(!existing.isEmpty());
    QFile touch(existing);
    QVERIFY(touch.open(QIODevice::ReadWrite));
    const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QVERIFY(touch.setFileTime(old, QFileDevice::FileModificationTime));
    touch.close();
    const QByteArray before = fileBytes(existing);
    const Run again = run({u"import"_s, u"--db"_s, existing, u"--dry-run"_s, extra, SeedCorpus});
    CHECK_EXIT(again, 0);
    QCOMPARE(fileBytes(existing), before);
    QCOMPARE(QFileInfo(existing).lastModified().toUTC().toSecsSinceEpoch(), old.toSecsSinceEpoch());
    QVERIFY(!QFileInfo::exists(existing + u"-wal"_s));
    QVERIFY(!QFileInfo::exists(existing + u"-shm"_s));
    QCOMPARE(queryInt(existing, u"SELECT count(*) FROM documents"_s), 1);
}

void TestCli::importDryRunBadOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown format") << QStringList{u"--dry-run"_s, u"--format"_s, u"csv"_s}
                                    << u"policy-atlas import: unknown format \"csv\" (use text or json)\n"_s;
    QTest::newRow("format without --dry-run") << QStringList{u"--format"_s, u"json"_s}
                                              << u"policy-atlas import: --format applies to --dry-run only\n"_s;
}

void TestCli::importDryRunBadOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QString db = path(u"dry-bad-%1.sqlite"_s.arg(++m_copies));
    const Run r = run(QStringList{u"import"_s, u"--db"_s, db} + args + QStringList{cliData(u"extra-2024.txt"_s)});
    CHECK_EXIT(r, 2);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.errText().startsWith(message), r.err.constData());
    QVERIFY(!QFile::exists(db));
}

void TestCli::overviewHelp()
{
    for (const QString &flag : {u"--help"_s, u"-h"_s}) {
        const Run r = run({flag});
        CHECK_EXIT(r, 0);
        const QString text = r.outText();
        QVERIFY2(text.startsWith(u"Usage: policy-atlas"_s), r.out.constData());
        for (const QString &line : {u"  import FILE...   "_s, u"  provinces        "_s, u"  counts           "_s,
                                    u"  matrix           "_s, u"  chart OUT        "_s})
            QVERIFY2(text.contains(line), qPrintable(line));
        QVERIFY(text.contains(u"Exit status: 0 success, 1 bad input or failed operation, 2 usage error."_s));
    }
}

void TestCli::commandHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("positional");
    const QStringList common{u"--db <FILE>"_s, u"--catalogue <FILE>"_s, u"-h, --help"_s};
    QTest::newRow("import") << u"import"_s
                            << (common + QStringList{u"--year <YEAR>"_s, u"--dry-run"_s, u"--format <FORMAT>"_s})
                            << u" FILE..."_s;
    QTest::newRow("provinces") << u"provinces"_s << (common + QStringList{u"--match <TEXT>"_s, u"--format <FORMAT>"_s})
                               << QString();
    QTest::newRow("counts") << u"counts"_s << (common + QStringList{u"--match <TEXT>"_s, u"--format <FORMAT>"_s})
                            << QString();
    QTest::newRow("matrix") << u"matrix"_s << (common + QStringList{u"--match <TEXT>"_s, u"--format <FORMAT>"_s})
                            << QString();
    QTest::newRow("chart") << u"chart"_s
                           << (common
                               + QStringList{u"--match <TEXT>"_s, u"--region <REGION>"_s, u"--top <N>"_s,
                                             u"--width <W>"_s, u"--height <H>"_s, u"--scale <S>"_s, u"--lang <LANG>"_s})
                           << u" OUT"_s;
}

void TestCli::commandHelp()
{
    QFETCH(QString, command);
    QFETCH(QStringList, options);
    QFETCH(QString, positional);
    for (const QString &flag : {u"--help"_s, u"-h"_s, u"--help-all"_s}) {
        const QString db = path(u"help-%1.sqlite"_s.arg(++m_copies));
        // The help wins over everything else on the line: nothing is imported, listed or drawn.
        QStringList args{command, u"--db"_s, db, flag};
        if (command == u"import"_s)
            args << SeedCorpus;
        if (command == u"chart"_s)
            args << path(u"help.png"_s);
        const Run r = run(args);
        CHECK_EXIT(r, 0);
        const QString text = r.outText();
        // The usage line names the command: "Usage: …/policy-atlas counts [options]".
        const QString usage = text.section(u'\n', 0, 0);
        QVERIFY2(usage.startsWith(u"Usage: "_s) && usage.endsWith(u"policy-atlas %1 [options]%2"_s.arg(command, positional)),
                 qPrintable(usage));
        // Then what the command does: its line from the overview, not its name again.
        const QString description = text.section(u'\n', 1, 1);
        QVERIFY2(!description.startsWith(u"policy-atlas"_s) && description.endsWith(u'.'), qPrintable(description));
        QVERIFY2(run({u"--help"_s}).outText().contains(description), qPrintable(description));
        for (const QString &option : std::as_const(options))
            QVERIFY2(text.contains(u"  "_s + option + u' '), qPrintable(flag + u": "_s + option));
        QVERIFY(!QFile::exists(db));
        QVERIFY(!QFile::exists(path(u"help.png"_s)));
    }
    // The --db help shows the default database, inside the test's XDG_DATA_HOME.
    const Run r = run({command, u"--help"_s});
    QVERIFY(r.outText().remove(QRegularExpression(u"\\s+"_s))
                .contains(QString(xdgDataHome() + u"/PolicyAtlas/policy-atlas/policy-atlas.sqlite"_s)
                              .remove(QRegularExpression(u"\\s+"_s))));
}

void TestCli::version()
{
    const Run r = run({u"--version"_s});
    CHECK_EXIT(r, 0);
    QCOMPARE(r.outText(), u"policy-atlas %1\n"_s.arg(QStringLiteral(POLICY_ATLAS_VERSION)));
}

void TestCli::unknownCommand()
{
    const Run r = run({u"frobnicate"_s, u"--db"_s, path(u"unknown.sqlite"_s)});
    CHECK_EXIT(r, 2);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.errText().startsWith(u"policy-atlas: unknown command \"frobnicate\"\n"_s), r.err.constData());
    QVERIFY(r.errText().contains(u"Commands:"_s)); // followed by the overview
    QVERIFY(!QFile::exists(path(u"unknown.sqlite"_s)));
}

void TestCli::unknownOption()
{
    for (const QString &command : {u"import"_s, u"provinces"_s, u"counts"_s, u"matrix"_s}) {
        const Run r = run({command, u"--bogus"_s});
        CHECK_EXIT(r, 2);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(r.errText(),
                 u"policy-atlas %1: Unknown option 'bogus'.\nTry 'policy-atlas %1 --help'.\n"_s.arg(command));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
