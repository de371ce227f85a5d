// SPDX-License-Identifier: GPL-3.0-or-later
// The stored search index: written by imports, rebuilt when missing or stale, and read back
// into the same CorpusIndex the tables would give.
#include "builtin.h"
#include "catalogue.h"
#include "corpusindex.h"
#include "corpusparser.h"
#include "keywordquery.h"
#include "referencedata.h"
#include "searchchunk.h"
#include "store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestSearchIndex : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString seededDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_files));
        Store store;
        Diagnostic error;
        if (!BuiltIn::openDatabase(&store, path, Catalogue::builtIn(), BuiltIn::Seed::IfCreated, &error))
            qWarning("%s", qPrintable(error.toString()));
        return path;
    }

    static qint64 onlyDocument(const Store &store)
    {
        const QList<DocumentRecord> docs = store.documents();
        return docs.size() == 1 ? docs.first().id : -1;
    }

    static QList<InitiativeCount> countsOf(const Store &store, const QString &match = {})
    {
        CorpusIndex index;
        Diagnostic error;
        if (!index.load(store, ReferenceData::builtIn(), Catalogue::builtIn(), &error))
            qWarning("%s", qPrintable(error.toString()));
        return index.counts(index.match(KeywordQuery(match)));
    }

private slots:
    void importWritesTheChunk()
    {
        Store store;
        QVERIFY(store.open(seededDatabase(), nullptr));
        SearchChunk chunk;
        QVERIFY(store.readSearchChunk(onlyDocument(store), &chunk));
        QCOMPARE(chunk.size(), 94);
        QCOMPARE(chunk.catalogue, Catalogue::builtIn().fingerprint());
        QCOMPARE(chunk.catalogue, store.catalogueFingerprint());
        // The first item is 北京市 1; its folded text is the published one, and 165 mentions in all.
        QCOMPARE(QString::fromUtf8(chunk.texts.left(int(chunk.offsets[1]))), QStringLiteral("完善职业教育和培训体系。\n"));
        QCOMPARE(chunk.mentions.size(), size_t(165));
        // 贵州省 5's two sub-items point at it.
        int subItems = 0;
        for (int i = 0; i < chunk.size(); ++i)
            if (chunk.parents[size_t(i)] >= 0) {
                ++subItems;
                QCOMPARE(chunk.itemIds[size_t(chunk.parents[size_t(i)])] + (subItems), chunk.itemIds[size_t(i)]);
            }
        QCOMPARE(subItems, 2);
    }

    void missingChunkIsRebuiltIdentically()
    {
        const QString path = seededDatabase();
        QList<QByteArray> original;
        {
            Store store;
            QVERIFY(store.open(path, nullptr));
            SearchChunk chunk;
            QVERIFY(store.readSearchChunk(onlyDocument(store), &chunk));
            original = chunk.blobs();
            QSqlQuery(store.database()).exec(QStringLiteral("DELETE FROM search_index"));
            QVERIFY(!store.readSearchChunk(onlyDocument(store), &chunk));
        }
        Store store;
        QVERIFY(BuiltIn::openDatabase(&store, path, Catalogue::builtIn(), BuiltIn::Seed::IfCreated, nullptr));
        SearchChunk rebuilt;
        QVERIFY(store.readSearchChunk(onlyDocument(store), &rebuilt));
        QCOMPARE(rebuilt.blobs(), original);
    }

    void withoutAChunkTheIndexIsBuiltFromTheTables()
    {
        const QString path = seededDatabase();
        Store store;
        QVERIFY(store.open(path, nullptr));
        const QList<InitiativeCount> stored = countsOf(store);
        QSqlQuery(store.database()).exec(QStringLiteral("DELETE FROM search_index"));
        const QList<InitiativeCount> built = countsOf(store);
        QCOMPARE(built.size(), stored.size());
        for (int i = 0; i < built.size(); ++i) {
            QCOMPARE(built.at(i).initiative, stored.at(i).initiative);
            QCOMPARE(built.at(i).provinces, stored.at(i).provinces);
            QCOMPARE(built.at(i).items, stored.at(i).items);
        }
        QCOMPARE(stored.first().provinces, 22); // 产教融合, as in tests/data/hand-count.md
        QCOMPARE(built.last().provinces, 1);
    }

    void damagedChunkIsNotTrusted_data()
    {
        // Same lengths, only the contents wrong: initiative positions past the catalogue, parents
        // after their children, text offsets beyond the text.
        QTest::addColumn<QString>("column");
        QTest::newRow("mentions") << QStringLiteral("mentions");
        QTest::newRow("parents") << QStringLiteral("parents");
        QTest::newRow("offsets") << QStringLiteral("offsets");
    }

    void damagedChunkIsNotTrusted()
    {
        QFETCH(QString, column);
        const QString path = seededDatabase();
        Store store;
        QVERIFY(store.open(path, nullptr));
        const QList<InitiativeCount> before = countsOf(store);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT length(%1) FROM search_index").arg(column)) && q.next());
        const QByteArray garbage(q.value(0).toInt(), '\x7f');
        q.finish();
        QVERIFY(q.prepare(QStringLiteral("UPDATE search_index SET %1 = ?").arg(column)));
        q.addBindValue(garbage);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        CorpusIndex index;
        Diagnostic error;
        QVERIFY2(index.load(store, ReferenceData::builtIn(), Catalogue::builtIn(), &error), qPrintable(error.toString()));
        const QList<InitiativeCount> after = index.counts(index.match(KeywordQuery()));
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).initiative, before.at(i).initiative);
            QCOMPARE(after.at(i).provinces, before.at(i).provinces);
            QCOMPARE(after.at(i).items, before.at(i).items);
        }
        QCOMPARE(after.first().provinces, 22); // 产教融合, as in tests/data/hand-count.md
    }

    void catalogueChangeReplacesTheChunk()
    {
        const QString path = seededDatabase();
        Catalogue custom;
        QVERIFY(Catalogue::load(R"({"initiatives": [{"id": "skills", "name_zh": "技能", "name_en": "Skills",
                                    "patterns": ["技能"]}]})",
                                QStringLiteral("custom.json"), &custom, nullptr));
        Store store;
        QVERIFY(BuiltIn::openDatabase(&store, path, custom, BuiltIn::Seed::IfCreated, nullptr));
        SearchChunk chunk;
        QVERIFY(store.readSearchChunk(onlyDocument(store), &chunk));
        QCOMPARE(chunk.catalogue, custom.fingerprint());
        // Items containing 技能 in the seed corpus: counted by the index from the new chunk.
        const QList<InitiativeCount> counts = countsOf(store);
        QCOMPARE(counts.size(), 1);
        int items = 0;
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM items WHERE text LIKE '%技能%'")) && q.next());
        items = q.value(0).toInt();
        QCOMPARE(counts.first().items, items);
    }

    void secondDocumentSharingProvincesKeepsUnitsTogether()
    {
        const QString path = seededDatabase();
        Store store;
        QVERIFY(store.open(path, nullptr));
        ParsedDocument doc;
        QVERIFY(CorpusParser(ReferenceData::builtIn())
                    .parseText(QStringLiteral("2024年补充\n北京市\n1、深化产教融合。\n广东省\n1、发展技工教育。\n"),
                               QStringLiteral("more.txt"), &doc, nullptr));
        QVERIFY(store.importDocument(doc, ReferenceData::builtIn(), Catalogue::builtIn(), nullptr, nullptr));
        CorpusIndex index;
        QVERIFY(index.load(store, ReferenceData::builtIn(), Catalogue::builtIn(), nullptr));
        QCOMPARE(index.itemCount(), 96);
        for (int u = 0; u < index.units().size(); ++u) {
            const IndexedUnit &unit = index.units().at(u);
            for (int i = unit.firstItem; i < unit.firstItem + unit.itemCount; ++i)
                QCOMPARE(index.itemUnit(i), u);
            if (unit.nameZh == QStringLiteral("北京市")) {
                QCOMPARE(unit.itemCount, 3);
                // Published order within the unit: the 2023 items, then the 2024 one.
                QCOMPARE(index.itemId(unit.firstItem + 2), index.itemId(unit.firstItem) + 94);
            }
        }
        const MatchSet matches = index.match(KeywordQuery(QStringLiteral("产教融合")));
        QCOMPARE(matches.itemCount, 19 + 1); // 19 seed lines contain 产教融合 literally, plus the new one
        for (int i = 0; i < index.itemCount(); ++i)
            QCOMPARE(index.indexOfItem(index.itemId(i)), i);
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
