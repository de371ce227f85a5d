// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for ItemExport: every item and sub-item in published order with its document, year,
// province and numbers; the selections (a filter's matches, a unit, a document); files written
// whole or not at all, and never onto the database.
#include "catalogue.h"
#include "coredata.h"
#include "corpusindex.h"
#include "corpusparser.h"
#include "itemexport.h"
#include "keywordquery.h"
#include "referencedata.h"
#include "store.h"
#include "testutil.h"
#include "xlsxreader.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

ParsedDocument parseSmall()
{
    ParsedDocument doc;
    Diagnostic error;
    const QString text = u8("2024年补充材料\n北京市\n1、培养大国工匠。\n新疆生产建设兵团\n1、推进技工教育。\n"
                            "（1）建设实训基地。\n来源:测试\n");
    if (!CorpusParser(ReferenceData::builtIn()).parseText(text, QStringLiteral("small.txt"), &doc, &error))
        qFatal("cannot parse the small document: %s", qPrintable(error.toString()));
    return doc;
}

// The rows expected for parsed documents, built from the parser's output alone: units in the
// order of the file, each item followed by its sub-items.
QList<QStringList> expectedRows(const QList<ParsedDocument> &docs)
{
    QList<QStringList> rows;
    for (int d = 0; d < docs.size(); ++d) {
        const ParsedDocument &doc = docs.at(d);
        for (const ParsedUnit &unit : doc.units)
            for (const ParsedItem &item : unit.items) {
                const QString code = unit.code;
                rows.append({QString::number(d + 1), QString::number(doc.year), code, unit.nameZh, item.label, QString(),
                             item.text});
                for (const ParsedItem &sub : item.subItems)
                    rows.append({QString::number(d + 1), QString::number(doc.year), code, unit.nameZh, sub.label,
                                 item.label, sub.text});
            }
    }
    return rows;
}

QList<QStringList> jsonRows(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isArray()) {
        *error = parseError.errorString();
        return {};
    }
    QList<QStringList> rows;
    for (const QJsonValue &value : doc.array()) {
        const QJsonObject o = value.toObject();
        if (!o.value(QStringLiteral("document_id")).isDouble() || !o.value(QStringLiteral("year")).isDouble())
            *error = QStringLiteral("document_id and year must be numbers");
        QStringList row;
        for (const QString &column : ItemExport::columns())
            row.append(o.value(column).isDouble() ? QString::number(o.value(column).toInteger())
                                                  : o.value(column).toString());
        rows.append(row);
    }
    return rows;
}

} // namespace

class TestItemExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyItemInPublishedOrder();
    void selections();
    void xlsxFile();
    void neverOntoTheDatabase();
    void failedSaveLeavesTheFileAlone();

private:
    QByteArray exportJson(const ItemSelection &selection, ItemExport::Result *result = nullptr);

    QTemporaryDir m_dir;
    Store m_store;
    CorpusIndex m_index;
    QList<ParsedDocument> m_docs;
};

void TestItemExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_docs = {parseSeed(), parseSmall()};
    Diagnostic error;
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("db.sqlite")), &error));
    QVERIFY(m_store.importDocuments(m_docs, ReferenceData::builtIn(), Catalogue::builtIn(), nullptr, &error));
    QVERIFY(m_index.load(m_store, ReferenceData::builtIn(), Catalogue::builtIn(), &error));
}

QByteArray TestItemExport::exportJson(const ItemSelection &selection, ItemExport::Result *result)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Diagnostic error;
    if (!ItemExport::write(m_store, selection, &buffer, TableWriter::Format::Json, false, result, &error))
        return "<failed: " + error.toString().toUtf8() + '>';
    return buffer.data();
}

void TestItemExport::everyItemInPublishedOrder()
{
    ItemExport::Result result;
    QString error;
    const QList<QStringList> rows = jsonRows(exportJson({}, &result), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(result.rows, 97);
    const QList<QStringList> expected = expectedRows(m_docs);
    QCOMPARE(rows.size(), expected.size());
    for (int r = 0; r < rows.size(); ++r)
        QCOMPARE(rows.at(r), expected.at(r));
    // Spot checks against the corpus as published.
    QCOMPARE(rows.first(), (QStringList{QStringLiteral("1"), QStringLiteral("2023"), QStringLiteral("110000"),
                                        u8("北京市"), u8("1、"), QString(), u8("完善职业教育和培训体系。")}));
    QCOMPARE(rows.last().mid(0, 6), (QStringList{QStringLiteral("2"), QStringLiteral("2024"), QString(),
                                                 u8("新疆生产建设兵团"), u8("（1）"), u8("1、")}));
    int subItems = 0;
    for (const QStringList &row : rows)
        subItems += !row.at(5).isEmpty();
    QCOMPARE(subItems, 3); // 贵州省 5(1), 5(2), and the small document's
    QCOMPARE(ItemExport::columns(), (QStringList{QStringLiteral("document_id"), QStringLiteral("year"),
                                                 QStringLiteral("province_code"), QStringLiteral("province"),
                                                 QStringLiteral("number"), QStringLiteral("parent_number"),
                                                 QStringLiteral("text")}));
}

void TestItemExport::selections()
{
    QString error;
    // The filter's matches: exactly the matching items and sub-items, in published order.
    const MatchSet matches = m_index.match(KeywordQuery(u8("技工")));
    ItemSelection filtered{0, 0, &m_index, &matches};
    const QList<QStringList> rows = jsonRows(exportJson(filtered), &error);
    QCOMPARE(rows.size(), matches.itemCount);
    QStringList expected;
    for (const QStringList &row : expectedRows(m_docs))
        if (row.at(6).contains(u8("技工")))
            expected.append(row.join(u'|'));
    QStringList got;
    for (const QStringList &row : rows)
        got.append(row.join(u'|'));
    QCOMPARE(got, expected);

    // One unit: 广东省's seven items.
    qint64 guangdong = 0;
    for (const IndexedUnit &unit : m_index.units())
        if (unit.code == QStringLiteral("440000"))
            guangdong = unit.id;
    const QList<QStringList> gd = jsonRows(exportJson({0, guangdong, nullptr, nullptr}), &error);
    QCOMPARE(gd.size(), 7);
    for (const QStringList &row : gd)
        QCOMPARE(row.at(3), u8("广东省"));
    // One document, and a document with a unit: 北京市 in document 2.
    QCOMPARE(jsonRows(exportJson({2, 0, nullptr, nullptr}), &error).size(), 3);
    qint64 beijing = 0;
    for (const IndexedUnit &unit : m_index.units())
        if (unit.code == QStringLiteral("110000"))
            beijing = unit.id;
    const QList<QStringList> bj = jsonRows(exportJson({2, beijing, nullptr, nullptr}), &error);
    QCOMPARE(bj.size(), 1);
    QCOMPARE(bj.first().at(6), u8("培养大国工匠。"));
    // Nothing matches: a header and no rows.
    const MatchSet none = m_index.match(KeywordQuery(QStringLiteral("区块链")));
    QCOMPARE(exportJson({0, 0, &m_index, &none}), QByteArray("[\n]\n"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestItemExport::xlsxFile()
{
    const QString path = m_dir.filePath(QStringLiteral("items.xlsx"));
    ItemExport::Result result;
    Diagnostic error;
    QVERIFY2(ItemExport::save(m_store, {}, path, TableWriter::Format::Xlsx, false, &result, &error),
             qPrintable(error.toString()));
    QCOMPARE(result.rows, 97);
    const XlsxSheet sheet = readXlsx(path);
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QCOMPARE(sheet.texts(0), ItemExport::columns());
    QCOMPARE(sheet.frozenRows, 1);
    QCOMPARE(sheet.formulas, 0);
    QCOMPARE(sheet.rows.size(), 98);
    const QList<QStringList> expected = expectedRows(m_docs);
    for (int r = 0; r < expected.size(); ++r) {
        QStringList row = sheet.texts(r + 1);
        while (row.size() < 7)
            row.append(QString()); // trailing empty cells are not written
        QCOMPARE(row, expected.at(r));
        QVERIFY(sheet.rows.at(r + 1).at(0).number && sheet.rows.at(r + 1).at(1).number);
        QVERIFY(!sheet.rows.at(r + 1).at(3).number);
    }
    QVERIFY(sheet.widths.value(6) > 50); // the text column is wide
}

void TestItemExport::neverOntoTheDatabase()
{
    const QByteArray before = fileBytes(m_store.path());
    for (const QString &target : {m_store.path(), m_store.path() + QStringLiteral("-wal")}) {
        if (!QFileInfo::exists(target))
            continue;
        Diagnostic error;
        QVERIFY(ItemExport::isDatabaseFile(m_store, target));
        QVERIFY(!ItemExport::save(m_store, {}, target, TableWriter::Format::Csv, false, nullptr, &error));
        QCOMPARE(error.file, target);
        QCOMPARE(error.message, QStringLiteral("this is the database in use; choose another file"));
    }
    // Another name for the same file is the same file.
    const QString link = m_dir.filePath(QStringLiteral("link.sqlite"));
    QVERIFY(QFile::link(m_store.path(), link));
    QVERIFY(ItemExport::isDatabaseFile(m_store, link));
    QCOMPARE(fileBytes(m_store.path()), before);
    QVERIFY(!ItemExport::isDatabaseFile(m_store, m_dir.filePath(QStringLiteral("other.csv"))));
}

void TestItemExport::failedSaveLeavesTheFileAlone()
{
    const QString path = m_dir.filePath(QStringLiteral("kept.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("what was there\n");
    file.close();
    // A database whose items cannot be read: the export fails part-way, and the file stays.
    Store broken;
    Diagnostic error;
    QVERIFY(broken.open(m_dir.filePath(QStringLiteral("broken.sqlite")), &error));
    QSqlQuery q(broken.database());
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE items RENAME TO gone")));
    QVERIFY(!ItemExport::save(broken, {}, path, TableWriter::Format::Csv, false, nullptr, &error));
    QVERIFY2(error.message.startsWith(QStringLiteral("cannot read the items")), qPrintable(error.toString()));
    QCOMPARE(fileBytes(path), QByteArray("what was there\n"));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("kept.csv*")}, QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("kept.csv")}); // no temporary file left behind
    // A successful save replaces it.
    QVERIFY(ItemExport::save(m_store, {2, 0, nullptr, nullptr}, path, TableWriter::Format::Csv, true, nullptr, &error));
    QVERIFY(fileBytes(path).startsWith("\xEF\xBB\xBF" "document_id,year,"));
}

QTEST_GUILESS_MAIN(TestItemExport)
#include "tst_itemexport.moc"
