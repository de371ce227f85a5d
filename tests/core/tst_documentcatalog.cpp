// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for DocumentCatalog: listing documents with their counts, removing documents with
// everything derived from them (all or nothing, the search index consistent afterwards, unused
// non-standard units gone, an emptied database never seeded again), and setting a year.
#include "builtin.h"
#include "catalogue.h"
#include "coredata.h"
#include "corpusgenerator.h"
#include "corpusindex.h"
#include "corpusparser.h"
#include "documentcatalog.h"
#include "handcount.h"
#include "importrequest.h"
#include "keywordquery.h"
#include "referencedata.h"
#include "searchchunk.h"
#include "store.h"
#include "testutil.h"

#include <QDateTime>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A second, small document: 北京市 (shared with the seed corpus) and a non-standard unit.
ParsedDocument parseSmall()
{
    ParsedDocument doc;
    Diagnostic error;
    const QString text = u8("2024年补充材料\n北京市\n1、培养大国工匠。\n新疆生产建设兵团\n1、推进产教融合。\n"
                            "（1）建设实训基地。\n来源:测试\n");
    if (!CorpusParser(ReferenceData::builtIn()).parseText(text, QStringLiteral("small.txt"), &doc, &error))
        qFatal("cannot parse the small document: %s", qPrintable(error.toString()));
    return doc;
}

int scalar(const Store &store, const QString &sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

// Every row of every table: the database's content as one string.
QString dump(const Store &store)
{
    QString out;
    for (const char *table : {"documents", "units", "items", "initiatives", "meta", "search_index", "search_texts"}) {
        QSqlQuery q(store.database());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table))))
            return QStringLiteral("<cannot read %1>").arg(QLatin1String(table));
        out += QLatin1String(table) + u'\n';
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < q.record().count(); ++i)
                fields.append(q.value(i).toString());
            out += fields.join(u'|') + u'\n';
        }
    }
    return out;
}

// Initiative id → "provinces/items", from the index.
QMap<QString, QString> indexCounts(const CorpusIndex &index)
{
    QMap<QString, QString> out;
    for (const InitiativeCount &c : index.counts(index.match(KeywordQuery())))
        if (c.items > 0)
            out.insert(index.initiatives().at(c.initiative).id, QStringLiteral("%1/%2").arg(c.provinces).arg(c.items));
    return out;
}

// The same, recounted from the item rows left in the database with the catalogue's matcher:
// neither the stored search index nor CorpusIndex takes part.
QMap<QString, QString> recount(const Store &store, const Catalogue &catalogue)
{
    QMap<QString, QSet<qint64>> units;
    QMap<QString, int> items;
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT unit_id, text FROM items"));
    while (q.next())
        for (int i : catalogue.initiativesIn(q.value(1).toString())) {
            const QString id = catalogue.initiatives().at(i).id;
            units[id].insert(q.value(0).toLongLong());
            ++items[id];
        }
    QMap<QString, QString> out;
    for (auto it = items.cbegin(); it != items.cend(); ++it)
        out.insert(it.key(), QStringLiteral("%1/%2").arg(units.value(it.key()).size()).arg(it.value()));
    return out;
}

QMap<QString, QString> handCounts()
{
    QMap<QString, QString> out;
    for (const HandCount &h : readHandCount())
        if (h.items > 0)
            out.insert(h.id, QStringLiteral("%1/%2").arg(h.provinces).arg(h.items));
    return out;
}

} // namespace

class TestDocumentCatalog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listWithCounts();
    void removeKeepsIndexConsistent();
    void removeDropsUnusedNonStandardUnits();
    void removeUnknownIdRemovesNothing();
    void removeFailingPartWayRemovesNothing();
    void removeLargeDocumentWithSubItems();
    void removedSeedImportedAgainCountsTheSame();
    void emptiedDatabaseIsNotSeededAgain();
    void setYear();

private:
    bool openWithSeedAndSmall(Store *store);
    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_path;
};

void TestDocumentCatalog::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_files));
}

bool TestDocumentCatalog::openWithSeedAndSmall(Store *store)
{
    Diagnostic error;
    if (!store->open(m_path, &error)
        || !store->importDocuments({parseSeed(), parseSmall()}, ReferenceData::builtIn(), Catalogue::builtIn(), nullptr,
                                   &error)) {
        qWarning("%s", qPrintable(error.toString()));
        return false;
    }
    return true;
}

void TestDocumentCatalog::listWithCounts()
{
    Store store;
    QVERIFY(openWithSeedAndSmall(&store));
    QList<DocumentSummary> docs;
    Diagnostic error;
    QVERIFY2(DocumentCatalog(store).list(&docs, &error), qPrintable(error.toString()));
    QCOMPARE(docs.size(), 2);
    QCOMPARE(docs.at(0).id, 1);
    QCOMPARE(docs.at(0).title, u8("2023年全国各省职业教育重点工作抢先看"));
    QCOMPARE(docs.at(0).year, 2023);
    QCOMPARE(docs.at(0).source, u8("职教圈"));
    QCOMPARE(docs.at(0).units, 31);
    QCOMPARE(docs.at(0).items, 94);
    QCOMPARE(docs.at(1).id, 2);
    QCOMPARE(docs.at(1).year, 2024);
    QCOMPARE(docs.at(1).units, 2);
    QCOMPARE(docs.at(1).items, 3);
    const QDateTime imported = QDateTime::fromString(docs.at(1).importedAt, Qt::ISODate);
    QVERIFY2(imported.isValid(), qPrintable(docs.at(1).importedAt));
    QVERIFY(qAbs(imported.secsTo(QDateTime::currentDateTimeUtc())) < 600);

    // A row without an import time (written by another tool) lists it as empty.
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("UPDATE documents SET imported_at = '' WHERE id = 2")));
    QVERIFY(DocumentCatalog(store).list(&docs, &error));
    QCOMPARE(docs.at(1).importedAt, QString());
}

void TestDocumentCatalog::removeKeepsIndexConsistent()
{
    Store store;
    QVERIFY(openWithSeedAndSmall(&store));
    const Catalogue &catalogue = Catalogue::builtIn();
    RemovedDocuments removed;
    Diagnostic error;
    QVERIFY2(DocumentCatalog(store).remove({1}, &removed, &error), qPrintable(error.toString()));
    QCOMPARE(removed.documents.size(), 1);
    QCOMPARE(removed.documents.first().id, 1);
    QCOMPARE(removed.items, 94);
    QCOMPARE(removed.units, 0); // 新疆生产建设兵团 is still named by document 2

    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM documents")), 1);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM items")), 3);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM items WHERE document_id = 1")), 0);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM search_index WHERE document_id = 1")), 0);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM search_texts WHERE document_id = 1")), 0);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM search_index")), 1);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM items WHERE parent_id NOT IN (SELECT id FROM items)")), 0);
    QSqlQuery check(store.database());
    QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!check.next());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));

    // The stored search index of what is left is read as it is (not rebuilt), and agrees with
    // a recount from the item rows.
    SearchChunk chunk;
    QVERIFY(store.readSearchChunk(2, &chunk));
    QCOMPARE(chunk.size(), 3);
    CorpusIndex index;
    QVERIFY2(index.load(store, ReferenceData::builtIn(), catalogue, &error), qPrintable(error.toString()));
    QCOMPARE(index.itemCount(), 3);
    QCOMPARE(indexCounts(index), recount(store, catalogue));
    QCOMPARE(indexCounts(index).value(QStringLiteral("industry-education-integration")), QStringLiteral("1/1"));
    int withItems = 0;
    for (const IndexedUnit &unit : index.units())
        withItems += unit.itemCount > 0;
    QCOMPARE(withItems, 2);
}

void TestDocumentCatalog::removeDropsUnusedNonStandardUnits()
{
    Store store;
    QVERIFY(openWithSeedAndSmall(&store));
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM units")), 32);
    RemovedDocuments removed;
    Diagnostic error;
    QVERIFY2(DocumentCatalog(store).remove({2}, &removed, &error), qPrintable(error.toString()));
    QCOMPARE(removed.items, 3);
    QCOMPARE(removed.units, 1);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM units WHERE code IS NULL")), 0);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM units")), 31); // the provinces stay
    // What is left is the seed corpus alone: the index says what the hand count says.
    CorpusIndex index;
    QVERIFY(index.load(store, ReferenceData::builtIn(), Catalogue::builtIn(), &error));
    QCOMPARE(index.itemCount(), 94);
    QCOMPARE(indexCounts(index), handCounts());
    QCOMPARE(indexCounts(index), recount(store, Catalogue::builtIn()));
}

void TestDocumentCatalog::removeUnknownIdRemovesNothing()
{
    Store store;
    QVERIFY(openWithSeedAndSmall(&store));
    const QString before = dump(store);
    Diagnostic error;
    QVERIFY(!DocumentCatalog(store).remove({1, 7}, nullptr, &error));
    QCOMPARE(error.file, m_path);
    QCOMPARE(error.message, QStringLiteral("no document 7 in this database; nothing was removed"));
    QVERIFY(!DocumentCatalog(store).remove({9, 2, 8}, nullptr, &error));
    QCOMPARE(error.message, QStringLiteral("no documents 8, 9 in this database; nothing was removed"));
    QVERIFY(!DocumentCatalog(store).remove({}, nullptr, &error));
    QCOMPARE(dump(store), before);
    // The same id twice is one document.
    RemovedDocuments removed;
    QVERIFY(DocumentCatalog(store).remove({2, 2}, &removed, &error));
    QCOMPARE(removed.documents.size(), 1);
}

void TestDocumentCatalog::removeFailingPartWayRemovesNothing()
{
    Store store;
    QVERIFY(openWithSeedAndSmall(&store));
    // The items are gone by the time the documents are deleted; refusing that rolls them back.
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE DELETE ON documents WHEN old.id = 2 "
                                  "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
    const QString before = dump(store);
    Diagnostic error;
    QVERIFY(!DocumentCatalog(store).remove({1, 2}, nullptr, &error));
    QVERIFY2(error.message.contains(QStringLiteral("refused by the test")), qPrintable(error.toString()));
    QCOMPARE(error.file, m_path);
    QCOMPARE(dump(store), before);
    CorpusIndex index;
    QVERIFY(index.load(store, ReferenceData::builtIn(), Catalogue::builtIn(), &error));
    QCOMPARE(index.itemCount(), 97);
}

void TestDocumentCatalog::removeLargeDocumentWithSubItems()
{
    // A generated corpus of 20,000 items, many of them sub-items, between two others.
    const QString generated = m_dir.filePath(QStringLiteral("generated.txt"));
    Diagnostic error;
    QVERIFY2(CorpusGenerator(3).write(generated, 20000, &error), qPrintable(error.toString()));
    Store store;
    QVERIFY(store.open(m_path, &error));
    QVERIFY(store.importDocument(parseSeed(), ReferenceData::builtIn(), Catalogue::builtIn(), nullptr, &error));
    QVERIFY2(store.importFiles(ImportRequest::ofPaths({generated}), ReferenceData::builtIn(), Catalogue::builtIn(), nullptr, &error),
             qPrintable(error.toString()));
    QVERIFY(store.importDocument(parseSmall(), ReferenceData::builtIn(), Catalogue::builtIn(), nullptr, &error));
    QVERIFY(scalar(store, QStringLiteral("SELECT count(*) FROM items WHERE document_id = 2 AND parent_id IS NOT NULL"))
            > 1000);
    RemovedDocuments removed;
    QVERIFY2(DocumentCatalog(store).remove({2}, &removed, &error), qPrintable(error.toString()));
    QCOMPARE(removed.items, 20000);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM items")), 97);
    CorpusIndex index;
    QVERIFY(index.load(store, ReferenceData::builtIn(), Catalogue::builtIn(), &error));
    QCOMPARE(index.itemCount(), 97);
    QCOMPARE(indexCounts(index), recount(store, Catalogue::builtIn()));
    QList<DocumentSummary> docs;
    QVERIFY(DocumentCatalog(store).list(&docs, &error));
    QCOMPARE(docs.size(), 2);
    QCOMPARE(docs.at(0).id, 1);
    QCOMPARE(docs.at(1).id, 3);
}

void TestDocumentCatalog::removedSeedImportedAgainCountsTheSame()
{
    Store store;
    QVERIFY(openWithSeedAndSmall(&store));
    Diagnostic error;
    CorpusIndex before;
    QVERIFY(before.load(store, ReferenceData::builtIn(), Catalogue::builtIn(), &error));
    QVERIFY(DocumentCatalog(store).remove({1}, nullptr, &error));
    QVERIFY2(store.importFiles(ImportRequest::ofPaths({QStringLiteral(SEED_CORPUS)}), ReferenceData::builtIn(),
                               Catalogue::builtIn(), nullptr, &error),
             qPrintable(error.toString()));
    CorpusIndex after;
    QVERIFY(after.load(store, ReferenceData::builtIn(), Catalogue::builtIn(), &error));
    QCOMPARE(after.itemCount(), before.itemCount());
    QCOMPARE(indexCounts(after), indexCounts(before));
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM units")), 32);
}

void TestDocumentCatalog::emptiedDatabaseIsNotSeededAgain()
{
    {
        Store store;
        Diagnostic error;
        QVERIFY2(BuiltIn::openDatabase(&store, m_path, Catalogue::builtIn(), BuiltIn::Seed::IfCreated, &error),
                 qPrintable(error.toString()));
        QCOMPARE(store.documentCount(), 1); // a new database gets the seed corpus
        QVERIFY(DocumentCatalog(store).remove({1}, nullptr, &error));
    }
    Store store;
    Diagnostic error;
    QVERIFY(BuiltIn::openDatabase(&store, m_path, Catalogue::builtIn(), BuiltIn::Seed::IfCreated, &error));
    QVERIFY(!store.wasCreated());
    QCOMPARE(store.documentCount(), 0);
    QCOMPARE(store.itemCount(), 0);
}

void TestDocumentCatalog::setYear()
{
    Store store;
    QVERIFY(openWithSeedAndSmall(&store));
    DocumentCatalog catalog(store);
    Diagnostic error;
    QVERIFY2(catalog.setYear(2, 2025, &error), qPrintable(error.toString()));
    QCOMPARE(scalar(store, QStringLiteral("SELECT year FROM documents WHERE id = 2")), 2025);
    QVERIFY(catalog.setYear(2, 0, &error)); // not known
    QCOMPARE(scalar(store, QStringLiteral("SELECT year FROM documents WHERE id = 2")), 0);
    const QString before = dump(store);
    QVERIFY(!catalog.setYear(2, 1800, &error));
    QCOMPARE(error.message, QStringLiteral("the year must be between 1949 and 2100"));
    QVERIFY(!catalog.setYear(5, 2024, &error));
    QCOMPARE(error.message, QStringLiteral("no document 5 in this database"));
    QCOMPARE(dump(store), before);
}

QTEST_GUILESS_MAIN(TestDocumentCatalog)
#include "tst_documentcatalog.moc"
