// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of `documents`, `remove` and `items`: the real binary through QProcess
// (common/clirunner.h), outputs read back independently (CSV by common/csvreader.h, XLSX through
// QuaZip by common/xlsxreader.h) and compared with the seed corpus as read from its file.
#include "clirunner.h"
#include "csvreader.h"
#include "testutil.h"
#include "xlsxreader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString SeedCorpus = QStringLiteral(SEED_CORPUS);

// The seed corpus read the simple way: province headers, items "N、" and sub-items "(N)", up to
// the 来源 line. Each row: province, number, parent number, text.
QList<QStringList> readSeedItems()
{
    QFile file(SeedCorpus);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression header(QStringLiteral("^[\\x{4e00}-\\x{9fff}]{1,8}(省|市|自治区)$"));
    static const QRegularExpression item(QStringLiteral("^(\\d+、)(.*)$"));
    static const QRegularExpression sub(QStringLiteral("^([（(]\\d+[)）])(.*)$"));
    QList<QStringList> rows;
    QString province, parent;
    for (const QString &raw : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.startsWith(u8("来源")))
            break;
        QRegularExpressionMatch m;
        if (header.match(line).hasMatch()) {
            province = line;
        } else if ((m = item.match(line)).hasMatch() && !province.isEmpty()) {
            parent = m.captured(1);
            rows.append({province, m.captured(1), QString(), m.captured(2).trimmed()});
        } else if ((m = sub.match(line)).hasMatch() && !province.isEmpty()) {
            rows.append({province, m.captured(1), parent, m.captured(2).trimmed()});
        }
    }
    return rows;
}

} // namespace

#define READ_CSV(bytes, records)                                                                                \
    do {                                                                                                        \
        QString csvError_;                                                                                      \
        QVERIFY2(readCsv((bytes), &(records), &csvError_), qPrintable(csvError_));                              \
    } while (false)

class TestCliDocuments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void documentsLists();
    void removeThenImportAgainCountsTheSame();
    void removeIsAllOrNothing();
    void removeUsageErrors();
    void removeNeverCreatesADatabase();
    void emptiedDatabaseIsNotSeededAgain();
    void failedImportLeavesNoDatabaseThatLooksSeeded();
    void itemsFollowTheCorpus();
    void itemsJson();
    void itemsXlsx();
    void itemsKeepFormulasAsText();
    void itemsSelections();
    void itemsUsageErrors();
    void itemsOutNeverOntoTheDatabase();
    void importSaysWhenTheYearIsUnknown();

private:
    QString path(const QString &name) const { return m_tmp.filePath(name); }
    QString copyOfSeedDb();
    CliRun run(const QStringList &args) const { return m_runner.run(args); }

    QTemporaryDir m_tmp;
    CliRunner m_runner{m_tmp.path()};
    QString m_db; // the seed corpus; tests that change a database use a copy
    QList<QStringList> m_seedItems;
    int m_copies = 0;
};

void TestCliDocuments::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY(QFileInfo::exists(QStringLiteral(POLICY_ATLAS_BIN)));
    m_seedItems = readSeedItems();
    QCOMPARE(m_seedItems.size(), 94);
    m_db = path(QStringLiteral("seed.sqlite"));
    // The seed corpus, as a new default database gets it (a reading command no longer creates a --db).
    const CliRun created = run({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral(SEED_CORPUS)});
    CLI_EXPECT_EXIT(created, 0);
}

QString TestCliDocuments::copyOfSeedDb()
{
    const QString copy = path(QStringLiteral("copy-%1.sqlite").arg(++m_copies));
    if (!QFile::copy(m_db, copy))
        qFatal("cannot copy the seed database");
    return copy;
}

void TestCliDocuments::documentsLists()
{
    const QString db = copyOfSeedDb();
    const CliRun imported = run({QStringLiteral("import"), QStringLiteral("--db"), db,
                                 QStringLiteral(TEST_DATA_DIR "/cli/nonstandard-unit.txt")});
    CLI_EXPECT_EXIT(imported, 0);
    const CliRun csv = run({QStringLiteral("documents"), QStringLiteral("--db"), db});
    CLI_EXPECT_EXIT(csv, 0);
    QVERIFY(csv.err.isEmpty());
    QList<QStringList> records;
    READ_CSV(csv.out, records);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0), (QStringList{QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("year"),
                                         QStringLiteral("source"), QStringLiteral("author"), QStringLiteral("units"),
                                         QStringLiteral("items"), QStringLiteral("imported_at")}));
    QCOMPARE(records.at(1).mid(0, 7), (QStringList{QStringLiteral("1"), u8("2023年全国各省职业教育重点工作抢先看"),
                                                   QStringLiteral("2023"), u8("职教圈"), u8("吴灵辉,杨凌职业技术学院"),
                                                   QStringLiteral("31"), QStringLiteral("94")}));
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$")).match(records.at(1).at(7)).hasMatch(),
             qPrintable(records.at(1).at(7)));
    QCOMPARE(records.at(2).mid(0, 7), (QStringList{QStringLiteral("2"), u8("2024年兵团职业教育要点(测试用)"),
                                                   QStringLiteral("2024"), u8("测试数据"), u8("测试"), QStringLiteral("1"),
                                                   QStringLiteral("1")}));

    const CliRun json = run({QStringLiteral("documents"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                             QStringLiteral("json")});
    CLI_EXPECT_EXIT(json, 0);
    const QJsonArray array = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(1).toObject().value(QStringLiteral("id")).toInt(), 2);
    QCOMPARE(array.at(1).toObject().value(QStringLiteral("items")).toInt(), 1);
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("year")).toInt(), 2023);
    // documents has no --match: it lists documents, not items.
    const CliRun match = run({QStringLiteral("documents"), QStringLiteral("--db"), db, QStringLiteral("--match"),
                              QStringLiteral("x")});
    CLI_EXPECT_EXIT(match, 2);
}

void TestCliDocuments::removeThenImportAgainCountsTheSame()
{
    const QString db = copyOfSeedDb();
    const CliRun before = run({QStringLiteral("counts"), QStringLiteral("--db"), db});
    CLI_EXPECT_EXIT(before, 0);
    const CliRun matrixBefore = run({QStringLiteral("matrix"), QStringLiteral("--db"), db});

    const CliRun removed = run({QStringLiteral("remove"), QStringLiteral("--db"), db, QStringLiteral("1")});
    CLI_EXPECT_EXIT(removed, 0);
    QCOMPARE(removed.outText(),
             u8("removed document 1 \"2023年全国各省职业教育重点工作抢先看\" (2023): 31 units, 94 items\n"));
    QVERIFY(removed.err.isEmpty());
    const CliRun empty = run({QStringLiteral("items"), QStringLiteral("--db"), db});
    CLI_EXPECT_EXIT(empty, 0);
    QCOMPARE(empty.out, QByteArray("document_id,year,province_code,province,number,parent_number,text\r\n"));

    const CliRun imported = run({QStringLiteral("import"), QStringLiteral("--db"), db, SeedCorpus});
    CLI_EXPECT_EXIT(imported, 0);
    const CliRun after = run({QStringLiteral("counts"), QStringLiteral("--db"), db});
    CLI_EXPECT_EXIT(after, 0);
    QCOMPARE(after.outText(), before.outText());
    QCOMPARE(run({QStringLiteral("matrix"), QStringLiteral("--db"), db}).outText(), matrixBefore.outText());
}

void TestCliDocuments::removeIsAllOrNothing()
{
    const QString db = copyOfSeedDb();
    CLI_EXPECT_EXIT(run({QStringLiteral("import"), QStringLiteral("--db"), db,
                         QStringLiteral(TEST_DATA_DIR "/cli/extra-2024.txt")}),
                    0);
    const QByteArray documentsBefore = run({QStringLiteral("documents"), QStringLiteral("--db"), db}).out;
    const QByteArray itemsBefore = run({QStringLiteral("items"), QStringLiteral("--db"), db}).out;

    const CliRun one = run({QStringLiteral("remove"), QStringLiteral("--db"), db, QStringLiteral("1"), QStringLiteral("7")});
    CLI_EXPECT_EXIT(one, 1);
    QVERIFY(one.out.isEmpty());
    QCOMPARE(one.errText(), db + QStringLiteral(": no document 7 in this database; nothing was removed\n"));
    const CliRun two = run({QStringLiteral("remove"), QStringLiteral("--db"), db, QStringLiteral("9"),
                            QStringLiteral("2"), QStringLiteral("8")});
    CLI_EXPECT_EXIT(two, 1);
    QCOMPARE(two.errText(), db + QStringLiteral(": no documents 8, 9 in this database; nothing was removed\n"));
    QCOMPARE(run({QStringLiteral("documents"), QStringLiteral("--db"), db}).out, documentsBefore);
    QCOMPARE(run({QStringLiteral("items"), QStringLiteral("--db"), db}).out, itemsBefore);

    const CliRun both = run({QStringLiteral("remove"), QStringLiteral("--db"), db, QStringLiteral("2"), QStringLiteral("1")});
    CLI_EXPECT_EXIT(both, 0);
    QCOMPARE(both.outText().count(u'\n'), 2);
    QVERIFY(both.outText().startsWith(QStringLiteral("removed document 1 ")));
}

void TestCliDocuments::removeUsageErrors()
{
    const QString db = copyOfSeedDb();
    const CliRun none = run({QStringLiteral("remove"), QStringLiteral("--db"), db});
    CLI_EXPECT_EXIT(none, 2);
    QVERIFY2(none.errText().startsWith(QStringLiteral("policy-atlas remove: no document id given")), qPrintable(none.errText()));
    for (const QString &bad : {QStringLiteral("abc"), QStringLiteral("0"), QStringLiteral("1.5")}) {
        const CliRun r = run({QStringLiteral("remove"), QStringLiteral("--db"), db, bad});
        CLI_EXPECT_EXIT(r, 2);
        QVERIFY2(r.errText().startsWith(QStringLiteral("policy-atlas remove: \"%1\" is not a document id").arg(bad)),
                 qPrintable(r.errText()));
    }
    QCOMPARE(run({QStringLiteral("documents"), QStringLiteral("--db"), db}).outText().count(u'\n'), 2);
}

void TestCliDocuments::removeNeverCreatesADatabase()
{
    const QString db = path(QStringLiteral("absent.sqlite"));
    const CliRun r = run({QStringLiteral("remove"), QStringLiteral("--db"), db, QStringLiteral("1")});
    CLI_EXPECT_EXIT(r, 1);
    QCOMPARE(r.errText(),
             db + QStringLiteral(": no such database; import into it first, or leave out --db for the default one\n"));
    QVERIFY(!QFileInfo::exists(db));
}

void TestCliDocuments::emptiedDatabaseIsNotSeededAgain()
{
    const QString db = copyOfSeedDb();
    CLI_EXPECT_EXIT(run({QStringLiteral("remove"), QStringLiteral("--db"), db, QStringLiteral("1")}), 0);
    // Every later opening (each command opens the database anew) finds it empty.
    for (int pass = 0; pass < 2; ++pass) {
        const CliRun documents = run({QStringLiteral("documents"), QStringLiteral("--db"), db});
        CLI_EXPECT_EXIT(documents, 0);
        QCOMPARE(documents.outText(), QStringLiteral("id,title,year,source,author,units,items,imported_at\r\n"));
        const CliRun provinces = run({QStringLiteral("provinces"), QStringLiteral("--db"), db});
        CLI_EXPECT_EXIT(provinces, 0);
        QList<QStringList> units;
        READ_CSV(provinces.out, units);
        for (const QStringList &unit : units.mid(1))
            QCOMPARE(unit.value(5), QStringLiteral("0")); // provinces stay, with no items
        const CliRun counts = run({QStringLiteral("counts"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                                   QStringLiteral("json")});
        for (const QJsonValue &row : QJsonDocument::fromJson(counts.out).array())
            QCOMPARE(row.toObject().value(QStringLiteral("items")).toInt(), 0);
    }
}

void TestCliDocuments::failedImportLeavesNoDatabaseThatLooksSeeded()
{
    const QString bad = path(QStringLiteral("binary.txt"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    file.close();
    // Into a new database: it is not left behind, so nothing can later read it as the built-in corpus.
    const QString fresh = path(QStringLiteral("fresh.sqlite"));
    const CliRun r = run({QStringLiteral("import"), QStringLiteral("--db"), fresh, bad});
    CLI_EXPECT_EXIT(r, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("NUL byte")), qPrintable(r.errText()));
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QVERIFY2(!QFileInfo::exists(fresh + QLatin1String(suffix)), suffix);
    // Into a database emptied by remove: it stays empty.
    const QString emptied = copyOfSeedDb();
    CLI_EXPECT_EXIT(run({QStringLiteral("remove"), QStringLiteral("--db"), emptied, QStringLiteral("1")}), 0);
    CLI_EXPECT_EXIT(run({QStringLiteral("import"), QStringLiteral("--db"), emptied, bad}), 1);
    QVERIFY(QFileInfo::exists(emptied));
    QCOMPARE(run({QStringLiteral("documents"), QStringLiteral("--db"), emptied}).outText(),
             QStringLiteral("id,title,year,source,author,units,items,imported_at\r\n"));
    QCOMPARE(run({QStringLiteral("items"), QStringLiteral("--db"), emptied}).outText().count(u'\n'), 1);
}

void TestCliDocuments::itemsFollowTheCorpus()
{
    const CliRun r = run({QStringLiteral("items"), QStringLiteral("--db"), m_db});
    CLI_EXPECT_EXIT(r, 0);
    QVERIFY(r.err.isEmpty());
    QVERIFY(!r.out.startsWith("\xEF\xBB\xBF")); // no BOM unless asked for
    QList<QStringList> records;
    READ_CSV(r.out, records);
    QCOMPARE(records.first(), (QStringList{QStringLiteral("document_id"), QStringLiteral("year"),
                                           QStringLiteral("province_code"), QStringLiteral("province"),
                                           QStringLiteral("number"), QStringLiteral("parent_number"),
                                           QStringLiteral("text")}));
    QCOMPARE(records.size(), 95);
    for (int i = 0; i < m_seedItems.size(); ++i) {
        const QStringList &row = records.at(i + 1);
        QCOMPARE(row.mid(0, 2), (QStringList{QStringLiteral("1"), QStringLiteral("2023")}));
        QCOMPARE((QStringList{row.at(3), row.at(4), row.at(5), row.at(6)}), m_seedItems.at(i));
        QCOMPARE(row.at(2).size(), 6); // a GB/T 2260 code
    }
    QCOMPARE(records.at(1).at(2), QStringLiteral("110000"));

    const CliRun bom = run({QStringLiteral("items"), QStringLiteral("--db"), m_db, QStringLiteral("--bom")});
    CLI_EXPECT_EXIT(bom, 0);
    QCOMPARE(bom.out, QByteArray("\xEF\xBB\xBF") + r.out);
}

void TestCliDocuments::itemsJson()
{
    const CliRun r = run({QStringLiteral("items"), QStringLiteral("--db"), m_db, QStringLiteral("--format"),
                          QStringLiteral("json"), QStringLiteral("--province"), u8("贵州")});
    CLI_EXPECT_EXIT(r, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(rows.size(), 7); // 贵州省: 5 items, 2 sub-items under item 5
    for (const QJsonValue &value : rows) {
        const QJsonObject o = value.toObject();
        QVERIFY(o.value(QStringLiteral("document_id")).isDouble());
        QVERIFY(o.value(QStringLiteral("year")).isDouble());
        QCOMPARE(o.value(QStringLiteral("province_code")).toString(), QStringLiteral("520000"));
    }
    const QJsonObject sub = rows.at(5).toObject();
    QCOMPARE(sub.value(QStringLiteral("number")).toString(), QStringLiteral("(1)"));
    QCOMPARE(sub.value(QStringLiteral("parent_number")).toString(), u8("5、"));
}

void TestCliDocuments::itemsXlsx()
{
    const QString out = path(QStringLiteral("items.xlsx"));
    const CliRun r = run({QStringLiteral("items"), QStringLiteral("--db"), m_db, QStringLiteral("--format"),
                          QStringLiteral("xlsx"), QStringLiteral("--out"), out});
    CLI_EXPECT_EXIT(r, 0);
    QCOMPARE(r.outText(), out + QStringLiteral(": 94 rows\n"));
    const XlsxSheet sheet = readXlsx(out);
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QCOMPARE(sheet.rows.size(), 95);
    QCOMPARE(sheet.texts(0).value(6), QStringLiteral("text"));
    for (const XlsxCell &cell : sheet.rows.at(0))
        QVERIFY(cell.bold);
    QCOMPARE(sheet.frozenRows, 1);
    QCOMPARE(sheet.formulas, 0);
    QCOMPARE(sheet.widths.size(), 7);
    for (int i = 0; i < m_seedItems.size(); ++i) {
        const QList<XlsxCell> &row = sheet.rows.at(i + 1);
        QVERIFY(row.at(0).number && row.at(1).number);
        QCOMPARE(row.at(0).text, QStringLiteral("1"));
        QCOMPARE(row.at(1).text, QStringLiteral("2023"));
        QVERIFY(!row.at(2).number); // codes are text
        QCOMPARE((QStringList{row.value(3).text, row.value(4).text, row.value(5).text, row.value(6).text}),
                 m_seedItems.at(i));
    }
}

void TestCliDocuments::itemsKeepFormulasAsText()
{
    const QString corpus = path(QStringLiteral("formulas.txt"));
    QFile file(corpus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u8("2024年公式测试\n北京市\n1、=HYPERLINK(\"http://example.com\",\"点击\")\n2、+1,2\n3、@SUM(A1)\n"
                  "来源:测试\n").toUtf8());
    file.close();
    const QString db = path(QStringLiteral("formulas.sqlite"));
    CLI_EXPECT_EXIT(run({QStringLiteral("import"), QStringLiteral("--db"), db, corpus}), 0);
    const CliRun csv = run({QStringLiteral("items"), QStringLiteral("--db"), db});
    CLI_EXPECT_EXIT(csv, 0);
    QList<QStringList> records;
    READ_CSV(csv.out, records);
    QCOMPARE(records.at(1).at(6), QStringLiteral("'=HYPERLINK(\"http://example.com\",\"%1\")").arg(u8("点击")));
    QCOMPARE(records.at(2).at(6), QStringLiteral("'+1,2"));
    QCOMPARE(records.at(3).at(6), QStringLiteral("'@SUM(A1)"));
    const CliRun json = run({QStringLiteral("items"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                             QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(json.out).array().at(1).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("+1,2"));
    const QString out = path(QStringLiteral("formulas.xlsx"));
    CLI_EXPECT_EXIT(run({QStringLiteral("items"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                         QStringLiteral("xlsx"), QStringLiteral("--out"), out}),
                    0);
    const XlsxSheet sheet = readXlsx(out);
    QCOMPARE(sheet.formulas, 0);
    QCOMPARE(sheet.rows.at(1).at(6).text, QStringLiteral("=HYPERLINK(\"http://example.com\",\"%1\")").arg(u8("点击")));
    QVERIFY(!sheet.rows.at(1).at(6).number);
}

void TestCliDocuments::itemsSelections()
{
    const QString db = copyOfSeedDb();
    CLI_EXPECT_EXIT(run({QStringLiteral("import"), QStringLiteral("--db"), db,
                         QStringLiteral(TEST_DATA_DIR "/cli/nonstandard-unit.txt")}),
                    0);
    auto rows = [&](const QStringList &options) {
        const CliRun r = run(QStringList{QStringLiteral("items"), QStringLiteral("--db"), db} + options);
        QList<QStringList> records;
        QString error;
        if (r.exitCode != 0 || !readCsv(r.out, &records, &error))
            return QList<QStringList>{{QStringLiteral("<failed: %1 %2>").arg(r.errText(), error)}};
        return records.mid(1);
    };
    // --match: as many rows as `provinces --match` counts matching items.
    const CliRun provinces = run({QStringLiteral("provinces"), QStringLiteral("--db"), db, QStringLiteral("--match"),
                                  u8("技工"), QStringLiteral("--format"), QStringLiteral("json")});
    int matching = 0;
    for (const QJsonValue &row : QJsonDocument::fromJson(provinces.out).array())
        matching += row.toObject().value(QStringLiteral("matching_items")).toInt();
    const QList<QStringList> jigong = rows({QStringLiteral("--match"), u8("技工")});
    QCOMPARE(jigong.size(), matching);
    for (const QStringList &row : jigong)
        QVERIFY2(row.value(6).contains(u8("技工")), qPrintable(row.join(u'|')));
    QCOMPARE(jigong.last().value(3), u8("新疆生产建设兵团"));

    // --province: a code, a full name and a short name are the same province.
    const QList<QStringList> byCode = rows({QStringLiteral("--province"), QStringLiteral("440000")});
    QCOMPARE(byCode.size(), 7);
    QCOMPARE(rows({QStringLiteral("--province"), u8("广东省")}), byCode);
    QCOMPARE(rows({QStringLiteral("--province"), u8("广东")}), byCode);
    QCOMPARE(rows({QStringLiteral("--province"), u8("新疆生产建设兵团")}).size(), 1);
    // --document, alone and with the others.
    QCOMPARE(rows({QStringLiteral("--document"), QStringLiteral("2")}).size(), 1);
    QCOMPARE(rows({QStringLiteral("--document"), QStringLiteral("1")}).size(), 94);
    QCOMPARE(rows({QStringLiteral("--document"), QStringLiteral("1"), QStringLiteral("--match"), u8("技工")}).size(),
             matching - 1);
    QCOMPARE(rows({QStringLiteral("--document"), QStringLiteral("2"), QStringLiteral("--province"), u8("广东")}).size(), 0);
    const CliRun unknown = run({QStringLiteral("items"), QStringLiteral("--db"), db, QStringLiteral("--document"),
                                QStringLiteral("9")});
    CLI_EXPECT_EXIT(unknown, 1);
    QCOMPARE(unknown.errText(), db + QStringLiteral(": no document 9 in this database\n"));
    QVERIFY(unknown.out.isEmpty());
}

void TestCliDocuments::itemsUsageErrors()
{
    struct Case
    {
        QStringList args;
        QString message;
    };
    const QList<Case> cases{
        {{QStringLiteral("--format"), QStringLiteral("xlsx")}, QStringLiteral("xlsx is written to a file: give --out FILE")},
        {{QStringLiteral("--format"), QStringLiteral("xml")}, QStringLiteral("unknown format \"xml\" (use csv, json or xlsx)")},
        {{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--bom")}, QStringLiteral("--bom applies to csv only")},
        {{QStringLiteral("--province"), u8("火星")}, u8("unknown province \"火星\"")},
        {{QStringLiteral("--province"), QStringLiteral("990000")}, QStringLiteral("unknown province \"990000\"")},
        {{QStringLiteral("--document"), QStringLiteral("x")}, QStringLiteral("--document takes a document id")},
        {{QStringLiteral("stray")}, QStringLiteral("unexpected argument \"stray\"")},
    };
    for (const Case &c : cases) {
        const CliRun r = run(QStringList{QStringLiteral("items"), QStringLiteral("--db"), m_db} + c.args);
        CLI_EXPECT_EXIT(r, 2);
        QVERIFY2(r.errText().startsWith(QStringLiteral("policy-atlas items: ") + c.message), qPrintable(r.errText()));
        QVERIFY(r.errText().contains(QStringLiteral("Try 'policy-atlas items --help'.")));
        QVERIFY(r.out.isEmpty());
    }
}

void TestCliDocuments::itemsOutNeverOntoTheDatabase()
{
    const QString db = copyOfSeedDb();
    const QByteArray before = fileBytes(db);
    const CliRun r = run({QStringLiteral("items"), QStringLiteral("--db"), db, QStringLiteral("--out"), db});
    CLI_EXPECT_EXIT(r, 1);
    QCOMPARE(r.errText(), db + QStringLiteral(": this is the database in use; choose another file\n"));
    QCOMPARE(fileBytes(db), before);
    QCOMPARE(run({QStringLiteral("documents"), QStringLiteral("--db"), db}).outText().count(u'\n'), 2);
    // --out for CSV: the file, and the count on standard output.
    const QString csv = path(QStringLiteral("out.csv"));
    const CliRun ok = run({QStringLiteral("items"), QStringLiteral("--db"), db, QStringLiteral("--out"), csv,
                           QStringLiteral("--bom")});
    CLI_EXPECT_EXIT(ok, 0);
    QCOMPARE(ok.outText(), csv + QStringLiteral(": 94 rows\n"));
    QCOMPARE(fileBytes(csv), QByteArray("\xEF\xBB\xBF") + run({QStringLiteral("items"), QStringLiteral("--db"), db}).out);
}

void TestCliDocuments::importSaysWhenTheYearIsUnknown()
{
    // A title without a year and no --year: the document is stored with year 0, which every view by
    // year leaves out; the summary says so and how to set it.
    const QString file = path(QStringLiteral("no-year.txt"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(u8("职业教育要点\n北京市\n1、完善职业教育和培训体系。\n").toUtf8());
    }
    const QString db = path(QStringLiteral("no-year.sqlite"));
    const CliRun imported = run({QStringLiteral("import"), QStringLiteral("--db"), db, file});
    CLI_EXPECT_EXIT(imported, 0);
    QCOMPARE(QString::fromUtf8(imported.out),
             u8("%1: imported \"职业教育要点\" (UTF-8): 1 units (1 new), 1 items, 0 initiative mentions, 0 warnings\n"
                "  year unknown: the title names none; set it in the window's File → Documents…, or remove document 1 "
                "and import again with --year YEAR\n")
                 .arg(file));

    // The dry run says so before anything is written.
    const CliRun dry = run({QStringLiteral("import"), QStringLiteral("--dry-run"), file});
    CLI_EXPECT_EXIT(dry, 0);
    QVERIFY2(QString::fromUtf8(dry.out).contains(u8("  year      unknown: the title names none; give it with --year YEAR\n")),
             dry.out.constData());

    const QString dated = path(QStringLiteral("dated.sqlite"));
    const CliRun withYear = run({QStringLiteral("import"), QStringLiteral("--db"), dated, QStringLiteral("--year"),
                                 QStringLiteral("2023"), file});
    CLI_EXPECT_EXIT(withYear, 0);
    QVERIFY2(!withYear.out.contains("year unknown"), withYear.out.constData());
}

QTEST_GUILESS_MAIN(TestCliDocuments)
#include "tst_cli_documents.moc"
