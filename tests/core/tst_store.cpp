// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for Store: creating and opening databases, importing the seed corpus, idempotent
// re-import, reading items back, refusing newer or foreign files, all-or-nothing imports, and
// recomputing mentions when the catalogue changes.
#include "catalogue.h"
#include "coredata.h"
#include "corpusgenerator.h"
#include "corpusparser.h"
#include "referencedata.h"
#include "searchchunk.h"
#include "store.h"
#include "testutil.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A second, small document: one unit shared with the seed corpus, one non-standard unit.
ParsedDocument parseSmall()
{
    ParsedDocument doc;
    Diagnostic error;
    const QString text = QStringLiteral("2024年补充材料\n北京市\n1、培养大国工匠。\n新疆生产建设兵团\n1、推进产教融合。\n"
                                        "2、建设实训基地。\n来源:测试\n");
    if (!CorpusParser(ReferenceData::builtIn()).parseText(text, QStringLiteral("/some/dir/small.txt"), &doc, &error))
        qFatal("cannot parse the small document: %s", qPrintable(error.toString()));
    return doc;
}

const QByteArray CraftsmenOnly =
    R"({"initiatives": [{"id": "craft", "name_zh": "工匠", "name_en": "Craft", "patterns": ["工匠"]}]})";

int scalar(const Store &store, const QString &sql)
{
    QSqlQuery q(store.database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString text(const Store &store, const QString &sql)
{
    QSqlQuery q(store.database());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<error>");
    return q.value(0).toString();
}

struct Counts
{
    int documents = -1, units = -1, items = -1, initiatives = -1, mentions = -1;
    bool operator==(const Counts &o) const
    {
        return documents == o.documents && units == o.units && items == o.items && initiatives == o.initiatives
               && mentions == o.mentions;
    }
};

Counts counts(const Store &store)
{
    Counts c;
    c.documents = scalar(store, QStringLiteral("SELECT count(*) FROM documents"));
    c.units = scalar(store, QStringLiteral("SELECT count(*) FROM units"));
    c.items = scalar(store, QStringLiteral("SELECT count(*) FROM items"));
    c.initiatives = scalar(store, QStringLiteral("SELECT count(*) FROM initiatives"));
    c.mentions = 0;
    for (const DocumentRecord &document : store.documents()) {
        SearchChunk chunk;
        if (!store.readSearchChunk(document.id, &chunk))
            return c.mentions = -1, c; // a document without its search index
        c.mentions += int(chunk.mentions.size());
    }
    return c;
}

QByteArray describe(const Counts &c)
{
    return QStringLiteral("documents %1, units %2, items %3, initiatives %4, mentions %5")
        .arg(c.documents)
        .arg(c.units)
        .arg(c.items)
        .arg(c.initiatives)
        .arg(c.mentions)
        .toUtf8();
}

// Every row of every table, in a fixed order: the database's content as one string.
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

QString integrity(const Store &store)
{
    return text(store, QStringLiteral("PRAGMA integrity_check"));
}

// Initiative ids in catalogue order, as stored.
QStringList storedInitiatives(const Store &store)
{
    QStringList ids;
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT id FROM initiatives ORDER BY position"));
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

// Mentions as stored (schema 3: in the search index, per item), by item id.
QMap<qint64, QStringList> storedMentions(const Store &store)
{
    const QStringList initiatives = storedInitiatives(store);
    QMap<qint64, QStringList> out;
    for (const DocumentRecord &document : store.documents()) {
        SearchChunk chunk;
        if (!store.readSearchChunk(document.id, &chunk))
            continue;
        for (int i = 0; i < chunk.size(); ++i)
            for (quint32 k = chunk.mentionOffsets[size_t(i)]; k < chunk.mentionOffsets[size_t(i) + 1]; ++k)
                out[chunk.itemIds[size_t(i)]].append(initiatives.value(chunk.mentions[k]));
    }
    return out;
}

QMap<QString, int> mentionsPerInitiative(const Store &store)
{
    QMap<QString, int> out;
    for (const QStringList &ids : storedMentions(store))
        for (const QString &id : ids)
            ++out[id];
    return out;
}

const UnitRecord *unitNamed(const QList<UnitRecord> &units, const QString &name)
{
    for (const UnitRecord &unit : units)
        if (unit.nameZh == name)
            return &unit;
    return nullptr;
}

QList<const ParsedItem *> flatten(const ParsedUnit &unit)
{
    QList<const ParsedItem *> out;
    for (const ParsedItem &item : unit.items) {
        out.append(&item);
        for (const ParsedItem &sub : item.subItems)
            out.append(&sub);
    }
    return out;
}

bool sameItem(const ItemRecord &a, const ItemRecord &b)
{
    return a.id == b.id && a.documentId == b.documentId && a.unitId == b.unitId && a.parentId == b.parentId
           && a.label == b.label && a.ordinal == b.ordinal && a.line == b.line && a.text == b.text;
}

// Runs SQL on the file through a connection of our own, outside Store.
bool rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("tst_store_raw");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            ok = ok && q.exec(sql);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createNew();
    void importSeed();
    void reimportIsIdempotent();
    void secondDocumentSharesUnits();
    void minimalDocument();
    void itemsRoundTrip();
    void subItemMentions();
    void newerSchemaIsRefused_data();
    void newerSchemaIsRefused();
    void batchImportIsAllOrNothing();
    void foreignDatabaseIsNotMigrated();
    void nonDatabaseIsRefused_data();
    void nonDatabaseIsRefused();
    void unopenablePathIsRefused();
    void failedImportChangesNothing();
    void failedImportIntoNewDatabase();
    void syncCatalogue();
    void importUnderAnotherCatalogue();
    void streamedImportEqualsParsedImport_data();
    void streamedImportEqualsParsedImport();
    void streamedReimportIsTakenBack();
    void streamedImportFailsWithFileAndLine();
    void importRequestCorrectsTitleAndYear();
    void importRequestReadsThroughItsReader();
    void schema2IsMigrated();
};

void TestStore::init()
{
    // Qt Sql reports misuse (a connection removed while still in use, …) only as warnings.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestStore::createNew()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    QVERIFY(!QFileInfo::exists(path));
    {
        Store store;
        QVERIFY(!store.isOpen());
        Diagnostic error;
        QVERIFY2(store.open(path, &error), qPrintable(error.toString()));
        QVERIFY(store.isOpen());
        QVERIFY(store.wasCreated());
        QCOMPARE(store.path(), path);
        QVERIFY(Store::currentSchemaVersion() >= 1);
        QCOMPARE(store.schemaVersion(), Store::currentSchemaVersion());
        QCOMPARE(store.documentCount(), 0);
        QCOMPARE(store.itemCount(), 0);
        QVERIFY(store.units().isEmpty());
        QVERIFY(store.documents().isEmpty());
        QCOMPARE(text(store, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                              "('documents', 'units', 'items', 'initiatives', 'search_index', 'meta')")),
                 6);
        store.close();
        QVERIFY(!store.isOpen());
    }
    QVERIFY(QFileInfo::exists(path));
    Store again;
    Diagnostic error;
    QVERIFY2(again.open(path, &error), qPrintable(error.toString()));
    QVERIFY(!again.wasCreated());
    QCOMPARE(again.schemaVersion(), Store::currentSchemaVersion());
}

void TestStore::importSeed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Store store;
    Diagnostic error;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("db.sqlite")), &error), qPrintable(error.toString()));
    const ParsedDocument doc = parseSeed();
    ImportResult result;
    QVERIFY2(store.importDocument(doc, ReferenceData::builtIn(), Catalogue::builtIn(), &result, &error),
             qPrintable(error.toString()));
    QVERIFY(!result.alreadyImported);
    QVERIFY(result.documentId > 0);
    QCOMPARE(result.units, 31);
    QCOMPARE(result.newUnits, 31);
    QCOMPARE(result.items, 94);
    QCOMPARE(result.mentions, 165); // the sum of the "items" totals in hand-count.md

    QCOMPARE(store.units().size(), 31);
    QCOMPARE(store.itemCount(), 94);
    QCOMPARE(store.documentCount(), 1);
    const Counts c = counts(store);
    QCOMPARE(c.initiatives, Catalogue::builtIn().size());
    QCOMPARE(c.mentions, 165);

    const QList<DocumentRecord> documents = store.documents();
    QCOMPARE(documents.size(), 1);
    const DocumentRecord &d = documents.first();
    QCOMPARE(d.id, result.documentId);
    QCOMPARE(d.title, QStringLiteral("2023年全国各省职业教育重点工作抢先看"));
    QCOMPARE(d.year, 2023);
    QCOMPARE(d.source, QStringLiteral("职教圈"));
    QCOMPARE(d.author, QStringLiteral("吴灵辉,杨凌职业技术学院"));
    QCOMPARE(d.sourceLine, QStringLiteral("来源:职教圈,作者:吴灵辉,杨凌职业技术学院。"));
    QVERIFY(d.lead.startsWith(QStringLiteral("随着2023年政府工作报告相继出炉")));
    QCOMPARE(d.fileName, QStringLiteral("2023-provincial-vocational-education.txt")); // no directory
    QCOMPARE(d.contentHash, QString::fromLatin1(doc.contentHash));
    QCOMPARE(text(store, QStringLiteral("SELECT encoding FROM documents")), QStringLiteral("UTF-8"));

    const QList<UnitRecord> units = store.units();
    const UnitRecord *guangdong = unitNamed(units, QStringLiteral("广东省"));
    QVERIFY(guangdong);
    QCOMPARE(guangdong->code, QStringLiteral("440000"));
    QCOMPARE(guangdong->shortZh, QStringLiteral("广东"));
    QCOMPARE(guangdong->nameEn, QStringLiteral("Guangdong"));
    QCOMPARE(guangdong->region, QStringLiteral("east"));
    QVERIFY(guangdong->isStandard());
    const UnitRecord *neimenggu = unitNamed(units, QStringLiteral("内蒙古自治区"));
    QVERIFY(neimenggu);
    QCOMPARE(neimenggu->shortZh, QStringLiteral("内蒙古"));
    QCOMPARE(neimenggu->region, QStringLiteral("west"));

    const QMap<QString, int> perInitiative = mentionsPerInitiative(store);
    QCOMPARE(perInitiative.value(QStringLiteral("industry-education-integration")), 22);
    QCOMPARE(perInitiative.value(QStringLiteral("general-vocational-integration")), 15);
    QCOMPARE(perInitiative.value(QStringLiteral("skills-training")), 10);
    QCOMPARE(perInitiative.value(QStringLiteral("school-enterprise-cooperation")), 7);
    QCOMPARE(integrity(store), QStringLiteral("ok"));
}

void TestStore::reimportIsIdempotent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    const ParsedDocument doc = parseSeed();
    qint64 documentId = 0;
    Counts before;
    QString contentBefore;
    {
        Store store;
        Diagnostic error;
        QVERIFY(store.open(path, &error));
        ImportResult first;
        QVERIFY(store.importDocument(doc, ReferenceData::builtIn(), Catalogue::builtIn(), &first, &error));
        documentId = first.documentId;
        before = counts(store);
        contentBefore = dump(store);

        ImportResult again;
        again.items = -1;
        QVERIFY2(store.importDocument(doc, ReferenceData::builtIn(), Catalogue::builtIn(), &again, &error),
                 qPrintable(error.toString()));
        QVERIFY(again.alreadyImported);
        QCOMPARE(again.documentId, documentId);
        QCOMPARE(again.items, 0);
        QCOMPARE(again.mentions, 0);
        QVERIFY2(counts(store) == before, describe(counts(store)));
        QCOMPARE(dump(store), contentBefore);
    }
    // After reopening, and with the same text in another encoding and file name.
    Store store;
    Diagnostic error;
    QVERIFY(store.open(path, &error));
    QStringEncoder gbk("GB18030");
    ParsedDocument gbkDoc;
    QVERIFY(CorpusParser(ReferenceData::builtIn())
                .parseBytes(gbk.encode(QString::fromUtf8(fileBytes(QStringLiteral(SEED_CORPUS)))),
                            QStringLiteral("copy-gbk.txt"), &gbkDoc, &error));
    QCOMPARE(gbkDoc.encoding, QStringLiteral("GB18030"));
    ImportResult again;
    QVERIFY(store.importDocument(gbkDoc, ReferenceData::builtIn(), Catalogue::builtIn(), &again, &error));
    QVERIFY(again.alreadyImported);
    QCOMPARE(again.documentId, documentId);
    QVERIFY2(counts(store) == before, describe(counts(store)));
    QCOMPARE(dump(store), contentBefore);
}

void TestStore::secondDocumentSharesUnits()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Store store;
    Diagnostic error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("db.sqlite")), &error));
    QVERIFY(store.importDocument(parseSeed(), ReferenceData::builtIn(), Catalogue::builtIn(), nullptr, &error));
    const ParsedDocument small = parseSmall();
    QCOMPARE(small.warnings.size(), 1); // 新疆生产建设兵团 is non-standard
    ImportResult result;
    QVERIFY2(store.importDocument(small, ReferenceData::builtIn(), Catalogue::builtIn(), &result, &error),
             qPrintable(error.toString()));
    QVERIFY(!result.alreadyImported);
    QCOMPARE(result.units, 2);
    QCOMPARE(result.newUnits, 1);
    QCOMPARE(result.items, 3);
    QCOMPARE(result.mentions, 3); // 工匠, 产教融合, 实训基地
    QCOMPARE(store.documentCount(), 2);
    QCOMPARE(store.itemCount(), 97);

    const QList<UnitRecord> units = store.units();
    QCOMPARE(units.size(), 32);
    const UnitRecord *corps = unitNamed(units, QStringLiteral("新疆生产建设兵团"));
    QVERIFY(corps);
    QVERIFY(!corps->isStandard());
    QVERIFY(corps->code.isEmpty());
    QCOMPARE(corps->shortZh, corps->nameZh);
    QVERIFY(corps->region.isEmpty());
    QCOMPARE(store.itemsOfUnit(corps->id).size(), 2);

    // 北京市 now has items from both documents, the first document's first.
    const UnitRecord *beijing = unitNamed(units, QStringLiteral("北京市"));
    QVERIFY(beijing);
    const QList<ItemRecord> top = store.children(beijing->id, 0);
    QCOMPARE(top.size(), 3);
    QCOMPARE(top.at(0).text, QStringLiteral("完善职业教育和培训体系。"));
    QCOMPARE(top.at(2).text, QStringLiteral("培养大国工匠。"));
    QCOMPARE(top.at(2).documentId, result.documentId);
    QVERIFY(top.at(0).documentId != result.documentId);

    const QList<DocumentRecord> documents = store.documents();
    QCOMPARE(documents.size(), 2);
    QCOMPARE(documents.at(1).year, 2024); // ordered by year
    QCOMPARE(documents.at(1).fileName, QStringLiteral("small.txt"));
    QCOMPARE(documents.at(1).source, QStringLiteral("测试"));
}

void TestStore::minimalDocument()
{
    // No title line, no lead, no 来源 line, an unnumbered item, a non-standard unit, and a
    // catalogue without descriptions: every optional text is empty, none is missing.
    ParsedDocument doc;
    Diagnostic error;
    QVERIFY(CorpusParser(ReferenceData::builtIn())
                .parseText(QStringLiteral("北京市\n完善职业教育体系。\n新疆生产建设兵团\n1、培养工匠。\n"),
                           QStringLiteral("minimal.txt"), &doc, &error));
    QVERIFY(doc.lead.isEmpty());
    QVERIFY(doc.source.isEmpty());
    QVERIFY(doc.author.isEmpty());
    QVERIFY(doc.units.first().items.first().label.isEmpty());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Store store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("db.sqlite")), &error));
    ImportResult result;
    QVERIFY2(store.importDocument(doc, ReferenceData::builtIn(), customCatalogue(CraftsmenOnly), &result, &error),
             qPrintable(error.toString()));
    QCOMPARE(result.items, 2);
    QCOMPARE(result.mentions, 1);
    const QList<DocumentRecord> documents = store.documents();
    QCOMPARE(documents.size(), 1);
    QCOMPARE(documents.first().title, QStringLiteral("minimal.txt"));
    QCOMPARE(documents.first().year, 0);
    QCOMPARE(documents.first().lead, QString());
    QCOMPARE(documents.first().source, QString());
    const QList<UnitRecord> units = store.units();
    QCOMPARE(units.size(), 2);
    const QList<ItemRecord> items = store.itemsOfUnit(units.first().id);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().label, QString());
    QCOMPARE(items.first().ordinal, 0);
    QCOMPARE(items.first().text, QStringLiteral("完善职业教育体系。"));
    QCOMPARE(units.at(1).nameEn, QString());
    QCOMPARE(integrity(store), QStringLiteral("ok"));
}

void TestStore::itemsRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Store store;
    Diagnostic error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("db.sqlite")), &error));
    const ParsedDocument doc = parseSeed();
    ImportResult result;
    QVERIFY(store.importDocument(doc, ReferenceData::builtIn(), Catalogue::builtIn(), &result, &error));
    const QList<UnitRecord> units = store.units();

    const UnitRecord *guizhou = unitNamed(units, QStringLiteral("贵州省"));
    QVERIFY(guizhou);
    const QList<ItemRecord> top = store.children(guizhou->id, 0);
    QCOMPARE(top.size(), 5);
    for (int i = 0; i < top.size(); ++i) {
        QCOMPARE(top.at(i).label, QStringLiteral("%1、").arg(i + 1));
        QCOMPARE(top.at(i).ordinal, i + 1);
        QCOMPARE(top.at(i).parentId, qint64(0));
        QCOMPARE(top.at(i).unitId, guizhou->id);
        QCOMPARE(top.at(i).documentId, result.documentId);
    }
    const ItemRecord five = top.at(4);
    QCOMPARE(five.text, QStringLiteral("今年要继续办好“十件民生实事”。"));
    QCOMPARE(five.line, 98);
    const QList<ItemRecord> subs = store.children(guizhou->id, five.id);
    QCOMPARE(subs.size(), 2);
    QCOMPARE(subs.at(0).parentId, five.id);
    QCOMPARE(subs.at(1).parentId, five.id);
    QCOMPARE(subs.at(0).label, QStringLiteral("(1)"));
    QCOMPARE(subs.at(1).label, QStringLiteral("(2)"));
    QCOMPARE(subs.at(0).line, 99);
    QCOMPARE(subs.at(1).line, 100);
    QCOMPARE(subs.at(0).unitId, guizhou->id);
    QVERIFY(subs.at(0).text.endsWith(QStringLiteral("高职院校“订单班”毕业生就业1.5万人。")));
    QVERIFY(store.children(guizhou->id, top.at(0).id).isEmpty());

    // itemsOfUnit: published order, sub-items right after their item.
    const QList<ItemRecord> all = store.itemsOfUnit(guizhou->id);
    QCOMPARE(all.size(), 7);
    QStringList labels;
    for (const ItemRecord &item : all)
        labels.append(item.label);
    QCOMPARE(labels, (QStringList{QStringLiteral("1、"), QStringLiteral("2、"), QStringLiteral("3、"),
                                  QStringLiteral("4、"), QStringLiteral("5、"), QStringLiteral("(1)"),
                                  QStringLiteral("(2)")}));
    for (const ItemRecord &item : all)
        QVERIFY(sameItem(store.item(item.id), item));
    QCOMPARE(store.item(0).id, qint64(0));
    QCOMPARE(store.item(1000000).id, qint64(0));

    // Every unit's items, as parsed.
    int total = 0;
    for (const ParsedUnit &parsed : doc.units) {
        const UnitRecord *unit = unitNamed(units, parsed.nameZh);
        QVERIFY2(unit, qPrintable(parsed.nameZh));
        QCOMPARE(unit->code, parsed.code);
        const QList<const ParsedItem *> expected = flatten(parsed);
        const QList<ItemRecord> stored = store.itemsOfUnit(unit->id);
        QCOMPARE(stored.size(), expected.size());
        for (int i = 0; i < stored.size(); ++i) {
            QCOMPARE(stored.at(i).label, expected.at(i)->label);
            QCOMPARE(stored.at(i).ordinal, expected.at(i)->ordinal);
            QCOMPARE(stored.at(i).line, expected.at(i)->line);
            QCOMPARE(stored.at(i).text, expected.at(i)->text);
        }
        QCOMPARE(store.children(unit->id, 0).size(), parsed.items.size());
        total += int(stored.size());
    }
    QCOMPARE(total, 94);
}

void TestStore::subItemMentions()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Store store;
    Diagnostic error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("db.sqlite")), &error));
    QVERIFY(store.importDocument(parseSeed(), ReferenceData::builtIn(), Catalogue::builtIn(), nullptr, &error));
    const UnitRecord *guizhou = nullptr;
    const QList<UnitRecord> units = store.units();
    guizhou = unitNamed(units, QStringLiteral("贵州省"));
    QVERIFY(guizhou);
    const ItemRecord five = store.children(guizhou->id, 0).at(4);
    const ItemRecord sub1 = store.children(guizhou->id, five.id).at(0);
    const QMap<qint64, QStringList> stored = storedMentions(store);
    auto mentionsOf = [&](qint64 item) {
        QStringList ids = stored.value(item);
        ids.sort();
        return ids;
    };
    // hand-count.md: 贵州省 5(1) is counted under skills-training and order-based-training only;
    // item 5 itself mentions nothing.
    QCOMPARE(mentionsOf(sub1.id), (QStringList{QStringLiteral("order-based-training"), QStringLiteral("skills-training")}));
    QCOMPARE(mentionsOf(five.id), QStringList{});
}

void TestStore::newerSchemaIsRefused_data()
{
    QTest::addColumn<bool>("realSchema"); // a Policy Atlas database from the future, or a bare one
    QTest::addColumn<int>("versionAhead");
    QTest::newRow("current + 1, real schema") << true << 1;
    QTest::newRow("99, bare file") << false << 99 - Store::currentSchemaVersion();
}

void TestStore::newerSchemaIsRefused()
{
    QFETCH(bool, realSchema);
    QFETCH(int, versionAhead);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    const int version = Store::currentSchemaVersion() + versionAhead;
    if (realSchema) {
        {
            Store store;
            Diagnostic error;
            QVERIFY(store.open(path, &error));
            QVERIFY(store.importDocument(parseSmall(), ReferenceData::builtIn(), Catalogue::builtIn(), nullptr, &error));
        }
        QVERIFY(rawExec(path, {QStringLiteral("PRAGMA journal_mode = DELETE"),
                               QStringLiteral("PRAGMA user_version = %1").arg(version)}));
    } else {
        QVERIFY(rawExec(path, {QStringLiteral("CREATE TABLE future(x TEXT)"),
                               QStringLiteral("INSERT INTO future VALUES ('from a newer version')"),
                               QStringLiteral("PRAGMA user_version = %1").arg(version)}));
    }
    const QByteArray before = fileBytes(path);
    QVERIFY(!before.isEmpty());

    Store store;
    Diagnostic error;
    QVERIFY(!store.open(path, &error));
    QVERIFY(!store.isOpen());
    QCOMPARE(error.file, path);
    if (realSchema) {
        QVERIFY2(error.message.contains(QStringLiteral("newer")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QString::number(version)), qPrintable(error.message));
    } else {
        // Another program's SQLite file: said to be foreign, not "from a newer Policy Atlas".
        QVERIFY2(error.message.startsWith(QStringLiteral("not a Policy Atlas database")), qPrintable(error.message));
    }
    QCOMPARE(fileBytes(path), before);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));

    // Still refused the second time: nothing was "upgraded" by the first attempt.
    QVERIFY(!store.open(path, &error));
    QCOMPARE(fileBytes(path), before);
}

// Several files are one transaction: a failure in the second leaves the first out too.
void TestStore::batchImportIsAllOrNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Store store;
    Diagnostic error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("batch.sqlite")), &error));
    ParsedDocument first;
    QVERIFY(CorpusParser(ReferenceData::builtIn())
                .parseText(QStringLiteral("甲\n北京市\n1、深化产教融合。\n2、发展技工教育。\n"), QStringLiteral("a.txt"), &first,
                           nullptr));
    const ParsedDocument seed = parseSeed();
    store.setFailAfterItemsForTesting(10); // inside the seed corpus, the batch's second document
    QList<ImportResult> results;
    QVERIFY(!store.importDocuments({first, seed}, ReferenceData::builtIn(), Catalogue::builtIn(), &results, &error));
    QVERIFY(error.message.contains(QStringLiteral("interrupted")));
    QCOMPARE(store.documentCount(), 0);
    QCOMPARE(store.itemCount(), 0);

    store.setFailAfterItemsForTesting(-1);
    QVERIFY(store.importDocuments({first, seed, first}, ReferenceData::builtIn(), Catalogue::builtIn(), &results,
                                  &error));
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).items, 2);
    QCOMPARE(results.at(1).items, 94);
    QVERIFY(results.at(2).alreadyImported); // the same content twice in one batch is stored once
    QCOMPARE(results.at(2).documentId, results.at(0).documentId);
    QCOMPARE(store.documentCount(), 2);
    QCOMPARE(store.itemCount(), 96);
}

void TestStore::foreignDatabaseIsNotMigrated()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("contacts.sqlite"));
    QVERIFY(rawExec(path, {QStringLiteral("CREATE TABLE contacts(name TEXT)"),
                           QStringLiteral("INSERT INTO contacts VALUES ('张三')")}));
    const QByteArray before = fileBytes(path);
    Store store;
    Diagnostic error;
    QVERIFY(!store.open(path, &error));
    QVERIFY2(error.message.startsWith(QStringLiteral("not a Policy Atlas database")), qPrintable(error.message));
    QCOMPARE(fileBytes(path), before); // no tables added, no WAL switch
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
}

void TestStore::nonDatabaseIsRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QByteArray random(8192, Qt::Uninitialized);
    QRandomGenerator generator(20230101);
    for (char &c : random)
        c = char(generator.bounded(256));
    QVERIFY(!random.startsWith("SQLite format 3"));
    QTest::newRow("random bytes") << random;
    QTest::newRow("a text file") << fileBytes(QStringLiteral(SEED_CORPUS));
    QTest::newRow("a damaged header") << QByteArray("SQLite format 3\0", 16) + random;
}

void TestStore::nonDatabaseIsRefused()
{
    QFETCH(QByteArray, content);
    QVERIFY(!content.isEmpty());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("not-a-database.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }
    Store store;
    Diagnostic error;
    QVERIFY(!store.open(path, &error));
    QVERIFY(!store.isOpen());
    QCOMPARE(error.file, path);
    QVERIFY2(error.message.contains(QStringLiteral("not a Policy Atlas database")), qPrintable(error.message));
    QCOMPARE(fileBytes(path), content);
}

void TestStore::unopenablePathIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no/such/folder/db.sqlite"));
    Store store;
    Diagnostic error;
    QVERIFY(!store.open(path, &error));
    QVERIFY(!store.isOpen());
    QCOMPARE(error.file, path);
    QVERIFY2(error.message.contains(QStringLiteral("cannot open the database")), qPrintable(error.message));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
    // The Store can still open a good file afterwards.
    QVERIFY2(store.open(dir.filePath(QStringLiteral("good.sqlite")), &error), qPrintable(error.toString()));
    QVERIFY(store.wasCreated());
}

void TestStore::failedImportChangesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    {
        Store store;
        Diagnostic error;
        QVERIFY(store.open(path, &error));
        QVERIFY(store.importDocument(parseSmall(), ReferenceData::builtIn(), Catalogue::builtIn(), nullptr, &error));
    }
    const QByteArray fileBefore = fileBytes(path); // closing checkpointed the WAL into the file
    QVERIFY(!fileBefore.isEmpty());

    const ParsedDocument doc = parseSeed();
    // The 51st item written (index 50 in published order) is where the import stops.
    QList<const ParsedItem *> order;
    for (const ParsedUnit &unit : doc.units)
        order += flatten(unit);
    QCOMPARE(order.size(), 94);
    const int failingLine = order.at(50)->line;
    QCOMPARE(failingLine, 72); // 广东省 2

    {
        Store store;
        Diagnostic error;
        QVERIFY(store.open(path, &error));
        const Counts before = counts(store);
        QCOMPARE(before.documents, 1);
        QCOMPARE(before.items, 3);
        const QString contentBefore = dump(store);

        store.setFailAfterItemsForTesting(50);
        ImportResult result;
        result.items = -7;
        QVERIFY(!store.importDocument(doc, ReferenceData::builtIn(), Catalogue::builtIn(), &result, &error));
        QVERIFY(!error.message.isEmpty());
        QVERIFY2(error.message.contains(QStringLiteral("interrupted")), qPrintable(error.message));
        QCOMPARE(error.file, doc.fileName);
        QCOMPARE(error.line, failingLine);
        QCOMPARE(result.items, -7); // no result reported for a failed import

        QVERIFY(store.isOpen());
        QVERIFY2(counts(store) == before, describe(counts(store)));
        QCOMPARE(dump(store), contentBefore);
        QCOMPARE(integrity(store), QStringLiteral("ok"));
        QCOMPARE(store.documentCount(), 1);
        QCOMPARE(store.units().size(), 2);
    }
    // Byte for byte, once the connection is closed.
    QCOMPARE(fileBytes(path), fileBefore);

    // The same import succeeds when nothing interrupts it.
    Store store;
    Diagnostic error;
    QVERIFY(store.open(path, &error));
    ImportResult result;
    QVERIFY2(store.importDocument(doc, ReferenceData::builtIn(), Catalogue::builtIn(), &result, &error),
             qPrintable(error.toString()));
    QCOMPARE(result.items, 94);
    QCOMPARE(store.itemCount(), 97);
    QCOMPARE(store.units().size(), 32); // 北京市 is shared
    QCOMPARE(integrity(store), QStringLiteral("ok"));
}

void TestStore::failedImportIntoNewDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Store store;
    Diagnostic error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("db.sqlite")), &error));
    store.setFailAfterItemsForTesting(0);
    QVERIFY(!store.importDocument(parseSeed(), ReferenceData::builtIn(), Catalogue::builtIn(), nullptr, &error));
    QCOMPARE(error.line, 4); // the first item, 北京市 1
    const Counts after = counts(store);
    // Even the catalogue written at the start of the import was rolled back.
    QVERIFY2(after == (Counts{0, 0, 0, 0, 0}), describe(after));
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM meta")), 0);
    QCOMPARE(integrity(store), QStringLiteral("ok"));
}

void TestStore::syncCatalogue()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Store store;
    Diagnostic error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("db.sqlite")), &error));
    QVERIFY(store.importDocument(parseSeed(), ReferenceData::builtIn(), Catalogue::builtIn(), nullptr, &error));
    const Counts original = counts(store);
    const QMap<QString, int> originalPerInitiative = mentionsPerInitiative(store);
    QCOMPARE(original.mentions, 165);
    QCOMPARE(originalPerInitiative.size(), Catalogue::builtIn().size()); // every initiative is mentioned

    bool recomputed = true;
    QVERIFY(store.syncCatalogue(Catalogue::builtIn(), &recomputed, &error));
    QVERIFY(!recomputed); // unchanged catalogue: nothing to do
    QVERIFY(counts(store) == original);

    const Catalogue craft = customCatalogue(CraftsmenOnly);
    QVERIFY2(store.syncCatalogue(craft, &recomputed, &error), qPrintable(error.toString()));
    QVERIFY(recomputed);
    Counts c = counts(store);
    QCOMPARE(c.initiatives, 1);
    QCOMPARE(c.mentions, 8); // the eight items of hand-count.md's craftsmen list contain 工匠
    QCOMPARE(c.items, 94);
    QCOMPARE(c.documents, 1);
    QCOMPARE(c.units, 31);
    QCOMPARE(mentionsPerInitiative(store), (QMap<QString, int>{{QStringLiteral("craft"), 8}}));
    QSet<QString> craftUnits;
    const QMap<qint64, QStringList> craftMentions = storedMentions(store);
    for (auto it = craftMentions.cbegin(); it != craftMentions.cend(); ++it)
        craftUnits.insert(text(store, QStringLiteral("SELECT unit_id FROM items WHERE id = %1").arg(it.key())));
    QCOMPARE(craftUnits.size(), 7);

    QVERIFY(store.syncCatalogue(craft, &recomputed, &error));
    QVERIFY(!recomputed);

    // A new name is stored without recomputing.
    const Catalogue renamed = customCatalogue(
        R"({"initiatives": [{"id": "craft", "name_zh": "工匠精神", "name_en": "Craftsmanship", "patterns": ["工匠"]}]})");
    QVERIFY(store.syncCatalogue(renamed, &recomputed, &error));
    QVERIFY(!recomputed);
    QCOMPARE(text(store, QStringLiteral("SELECT name_en FROM initiatives WHERE id = 'craft'")),
             QStringLiteral("Craftsmanship"));
    QCOMPARE(counts(store).mentions, 8);

    // Back to the built-in catalogue: the original mentions again.
    QVERIFY(store.syncCatalogue(Catalogue::builtIn(), &recomputed, &error));
    QVERIFY(recomputed);
    QVERIFY2(counts(store) == original, describe(counts(store)));
    QCOMPARE(mentionsPerInitiative(store), originalPerInitiative);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM initiatives WHERE id = 'craft'")), 0);
    QCOMPARE(text(store, QStringLiteral("SELECT id FROM initiatives ORDER BY position LIMIT 1")),
             Catalogue::builtIn().initiatives().first().id);
    QCOMPARE(integrity(store), QStringLiteral("ok"));
}

void TestStore::importUnderAnotherCatalogue()
{
    // Importing with a catalogue other than the stored one first brings the stored mentions up to date.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Store store;
    Diagnostic error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("db.sqlite")), &error));
    QVERIFY(store.importDocument(parseSeed(), ReferenceData::builtIn(), Catalogue::builtIn(), nullptr, &error));
    const Catalogue craft = customCatalogue(CraftsmenOnly);
    ImportResult result;
    QVERIFY2(store.importDocument(parseSmall(), ReferenceData::builtIn(), craft, &result, &error),
             qPrintable(error.toString()));
    QCOMPARE(result.mentions, 1); // 培养大国工匠
    const Counts c = counts(store);
    QCOMPARE(c.initiatives, 1);
    QCOMPARE(c.mentions, 9); // 8 in the seed corpus, 1 in the small document
    bool recomputed = true;
    QVERIFY(store.syncCatalogue(craft, &recomputed, &error));
    QVERIFY(!recomputed);
}

// A hand-made file with what streaming must get right: a sub-item after continuation lines, a
// continuation line under a sub-item, an unnumbered first item, a repeated header.
const char *const Tricky = "测试文件\n"
                           "北京市\n"
                           "没有编号的第一条，推进产教融合。\n"
                           "1、深化职普融通，\n"
                           "接续上一行。\n"
                           "（1）培养大国工匠；\n"
                           "续写子项。\n"
                           "（2）建设实训基地。\n"
                           "2、第二条。\n"
                           "天津市\n"
                           "1、天津的一条。\n"
                           "北京市\n"
                           "3、北京再来一条，产教融合。\n"
                           "来源：测试\n";

void TestStore::streamedImportEqualsParsedImport_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("generated, 100000 items") << QStringLiteral("generated");
    QTest::newRow("paragraphs, sub-items, a repeated header") << QStringLiteral("tricky");
}

void TestStore::streamedImportEqualsParsedImport()
{
    // The streamed import (second thread, SQLite's own interface, indexes built at the end) must
    // store exactly what the import of a parsed document stores: rows, hash and search index.
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString corpus = dir.filePath(QStringLiteral("corpus.txt"));
    Diagnostic error;
    if (kind == QLatin1String("generated")) {
        QVERIFY2(CorpusGenerator(7).write(corpus, 100000, &error), qPrintable(error.toString()));
    } else {
        QFile file(corpus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Tricky);
    }
    ParsedDocument parsed;
    QVERIFY2(CorpusParser(ReferenceData::builtIn()).parseFile(corpus, &parsed, &error), qPrintable(error.toString()));

    Store streamed, replayed;
    QVERIFY(streamed.open(dir.filePath(QStringLiteral("streamed.sqlite")), &error));
    QVERIFY(replayed.open(dir.filePath(QStringLiteral("replayed.sqlite")), &error));
    QList<ImportResult> streamedResults, replayedResults;
    QVERIFY2(streamed.importFiles(ImportRequest::ofPaths({corpus}), ReferenceData::builtIn(), Catalogue::builtIn(),
                                  &streamedResults, &error),
             qPrintable(error.toString()));
    QVERIFY2(replayed.importDocuments({parsed}, ReferenceData::builtIn(), Catalogue::builtIn(), &replayedResults, &error),
             qPrintable(error.toString()));

    QCOMPARE(streamedResults.size(), 1);
    QCOMPARE(streamedResults.first().items, parsed.itemCount());
    QCOMPARE(streamedResults.first().items, replayedResults.first().items);
    QCOMPARE(streamedResults.first().mentions, replayedResults.first().mentions);
    QCOMPARE(streamedResults.first().document.contentHash, parsed.contentHash);
    QCOMPARE(streamedResults.first().document.warnings.size(), parsed.warnings.size());
    // Each unit's items in order, sub-items naming their parent by its line. A repeated header
    // is where the two may number items differently: the stream stores items in reading order,
    // a parsed document has them grouped under the unit's first header.
    auto rowsByUnit = [](const Store &store) {
        QStringList out;
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT u.name_zh, (SELECT p.line FROM items p WHERE p.id = i.parent_id), i.label, "
                              "i.ordinal, i.line, i.text FROM items i JOIN units u ON u.id = i.unit_id "
                              "ORDER BY u.id, i.position"));
        while (q.next()) {
            QStringList fields;
            for (int c = 0; c < 6; ++c)
                fields.append(q.value(c).toString());
            out.append(fields.join(u'|'));
        }
        return out;
    };
    auto rows = [](const Store &store) {
        QStringList out;
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT i.id, u.name_zh, i.parent_id, i.position, i.label, i.ordinal, i.line, i.text "
                              "FROM items i JOIN units u ON u.id = i.unit_id ORDER BY i.id"));
        while (q.next()) {
            QStringList fields;
            for (int c = 0; c < 8; ++c)
                fields.append(q.value(c).toString());
            out.append(fields.join(u'|'));
        }
        return out;
    };
    const QStringList streamedRows = rows(streamed);
    QCOMPARE(streamedRows.size(), parsed.itemCount());
    QCOMPARE(rowsByUnit(streamed), rowsByUnit(replayed));
    QCOMPARE(text(streamed, QStringLiteral("SELECT content_hash || title || year || source FROM documents")),
             text(replayed, QStringLiteral("SELECT content_hash || title || year || source FROM documents")));
    QCOMPARE(scalar(streamed, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                                             "('items_by_unit', 'items_by_parent')")),
             2);
    QCOMPARE(integrity(streamed), QStringLiteral("ok"));
    if (kind == QLatin1String("generated")) {
        // No repeated header: the same ids, the same search index byte for byte.
        QCOMPARE(streamedRows, rows(replayed));
        QCOMPARE(storedMentions(streamed), storedMentions(replayed));
        SearchChunk a, b;
        QVERIFY(streamed.readSearchChunk(1, &a));
        QVERIFY(replayed.readSearchChunk(1, &b));
        QCOMPARE(a.texts, b.texts);
        QVERIFY(a.parents == b.parents);
        QVERIFY(a.offsets == b.offsets);
        QVERIFY(a.mentions == b.mentions);
        // About 11 MB of folded text: stored in two segments as the stream went, one in one go.
        QCOMPARE(scalar(streamed, QStringLiteral("SELECT count(*) FROM search_texts")), 2);
    }

    if (kind == QLatin1String("tricky")) {
        // Read against the file above: 北京市's first item is unnumbered, so its section is one of
        // paragraphs (every line an item of its own, numbered lines the sub-items of the paragraph
        // above); the repeated 北京市 after 天津市 starts a numbered section, and 3 is an item.
        QCOMPARE(streamedRows.size(), 9);
        QVERIFY2(streamedRows.at(1).endsWith(QStringLiteral("|1、|1|4|深化职普融通，")), qPrintable(streamedRows.at(1)));
        QVERIFY(streamedRows.at(1).split(u'|').at(2) == streamedRows.at(0).split(u'|').at(0)); // parent
        QVERIFY2(streamedRows.at(2).endsWith(QStringLiteral("||0|5|接续上一行。")), qPrintable(streamedRows.at(2)));
        QVERIFY2(streamedRows.at(3).endsWith(QStringLiteral("|（1）|1|6|培养大国工匠；")), qPrintable(streamedRows.at(3)));
        QVERIFY(streamedRows.at(3).split(u'|').at(2) == streamedRows.at(2).split(u'|').at(0)); // parent
        QVERIFY2(streamedRows.at(8).startsWith(QStringLiteral("9|北京市||8|3、|3|13|")), qPrintable(streamedRows.at(8)));
    }
}

void TestStore::streamedReimportIsTakenBack()
{
    // The hash is known only once the file is read: a file imported before is written, then taken
    // back (a savepoint), and the database is as it was.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString corpus = dir.filePath(QStringLiteral("corpus.txt"));
    Diagnostic error;
    QVERIFY(CorpusGenerator(3).write(corpus, 3000, &error));
    Store store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("db.sqlite")), &error));
    QList<ImportResult> results;
    QVERIFY2(store.importFiles(ImportRequest::ofPaths({corpus}), ReferenceData::builtIn(), Catalogue::builtIn(), &results,
                               &error),
             qPrintable(error.toString()));
    QVERIFY(!results.first().alreadyImported);
    const QString before = dump(store);
    // The same file twice in one import, and again on its own.
    QVERIFY2(store.importFiles(ImportRequest::ofPaths({corpus, corpus}), ReferenceData::builtIn(), Catalogue::builtIn(),
                               &results, &error),
             qPrintable(error.toString()));
    QCOMPARE(results.size(), 2);
    QVERIFY(results.at(0).alreadyImported && results.at(1).alreadyImported);
    QCOMPARE(results.at(0).documentId, 1);
    QCOMPARE(dump(store), before);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM items")), 3000);
}

void TestStore::streamedImportFailsWithFileAndLine()
{
    // A bad line late in a large file: the items before it were written, and are rolled back.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString good = dir.filePath(QStringLiteral("good.txt"));
    const QString bad = dir.filePath(QStringLiteral("bad.txt"));
    Diagnostic error;
    QVERIFY(CorpusGenerator(5).write(good, 10000, &error));
    QFile in(good);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    const int lines = int(bytes.count('\n'));
    bytes.append("1、控制字符\x01在这里\n");
    QFile out(bad);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    Store store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("db.sqlite")), &error));
    QVERIFY(store.importDocument(parseSeed(), ReferenceData::builtIn(), Catalogue::builtIn(), nullptr, &error));
    const QString before = dump(store);
    QVERIFY(!store.importFiles(ImportRequest::ofPaths({good, bad}), ReferenceData::builtIn(), Catalogue::builtIn(), nullptr,
                              &error));
    QCOMPARE(error.file, bad);
    QCOMPARE(error.line, lines + 1);
    QVERIFY2(error.message.contains(QStringLiteral("U+0001")), qPrintable(error.toString()));
    QCOMPARE(dump(store), before);
    // And a sink failure part-way (the test seam) rolls back as well.
    store.setFailAfterItemsForTesting(7000);
    QVERIFY(!store.importFiles(ImportRequest::ofPaths({good}), ReferenceData::builtIn(), Catalogue::builtIn(), nullptr,
                              &error));
    QVERIFY2(error.message.contains(QStringLiteral("interrupted")), qPrintable(error.toString()));
    QCOMPARE(error.file, good);
    QCOMPARE(dump(store), before);
}

void TestStore::importRequestCorrectsTitleAndYear()
{
    // The preview's corrections: a file's title and year replace what the parser read; a year of
    // 0 files the document under "unknown"; a file without corrections keeps its own.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Store store;
    Diagnostic error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("db.sqlite")), &error));
    ImportRequest request = ImportRequest::ofPaths({QStringLiteral(TEST_DATA_DIR "/cli/extra-2024.txt"),
                                                    QStringLiteral(TEST_DATA_DIR "/cli/no-lead-no-source.txt"),
                                                    QStringLiteral(TEST_DATA_DIR "/cli/nonstandard-unit.txt")});
    request.files[0].title = u8("补充材料(改过的标题)");
    request.files[0].year = 2019;
    request.files[1].year = 0;
    QList<ImportResult> results;
    QVERIFY2(store.importFiles(request, ReferenceData::builtIn(), Catalogue::builtIn(), &results, &error),
             qPrintable(error.toString()));
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).document.title, u8("补充材料(改过的标题)"));
    QCOMPARE(results.at(0).document.year, 2019);
    QStringList stored;
    for (const DocumentRecord &d : store.documents())
        stored << QStringLiteral("%1|%2|%3").arg(d.fileName, d.title).arg(d.year);
    QCOMPARE(stored, (QStringList{u8("no-lead-no-source.txt|2024年上海市职业教育要点(测试用)|0"),
                                  u8("extra-2024.txt|补充材料(改过的标题)|2019"),
                                  u8("nonstandard-unit.txt|2024年兵团职业教育要点(测试用)|2024")}));
    // setYear is --year: every file's.
    request.setYear(2025);
    QVERIFY(std::all_of(request.files.cbegin(), request.files.cend(),
                        [](const ImportFile &f) { return f.year == 2025; }));
}

void TestStore::importRequestReadsThroughItsReader()
{
    // The request's SourceReader reads the files it knows; the others are read as text.
    class Reader final : public SourceReader
    {
    public:
        Outcome read(const QString &path, SourceText *out, Diagnostic *) const override
        {
            if (!path.endsWith(QLatin1String(".fake")))
                return Outcome::NotMine;
            out->format = QStringLiteral("fake");
            out->utf8 = QByteArray(fileBytes(path)).replace('|', '\n');
            return Outcome::Read;
        }
    } reader;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fake = dir.filePath(QStringLiteral("doc.fake"));
    {
        QFile out(fake);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(u8("2022年伪格式测试|上海市|1、深化产教融合。|2、推进职普融通。").toUtf8());
    }
    Store store;
    Diagnostic error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("db.sqlite")), &error));
    ImportRequest request = ImportRequest::ofPaths({fake, QStringLiteral(TEST_DATA_DIR "/cli/extra-2024.txt")});
    QVERIFY(!store.importFiles(request, ReferenceData::builtIn(), Catalogue::builtIn(), nullptr, &error));
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM documents")), 0); // read as text: no header
    request.reader = &reader;
    QList<ImportResult> results;
    QVERIFY2(store.importFiles(request, ReferenceData::builtIn(), Catalogue::builtIn(), &results, &error),
             qPrintable(error.toString()));
    QCOMPARE(results.at(0).document.format, QStringLiteral("fake"));
    QCOMPARE(results.at(0).items, 2);
    QCOMPARE(results.at(1).document.format, QStringLiteral("text"));
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM items")), 5);
}

void TestStore::schema2IsMigrated()
{
    // A database written by the previous release (schema 2: mentions in a table of their own)
    // opens as schema 3 with its documents, items and search index unchanged.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    Diagnostic error;
    QString itemsBefore, indexBefore;
    {
        Store store;
        QVERIFY(store.open(path, &error));
        QVERIFY(store.importDocument(parseSeed(), ReferenceData::builtIn(), Catalogue::builtIn(), nullptr, &error));
        itemsBefore = text(store, QStringLiteral("SELECT group_concat(id || text, '|') FROM items"));
        indexBefore = text(store, QStringLiteral("SELECT hex(mentions) FROM search_index"));
        // Back to what schema 2 had.
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("DROP INDEX items_by_parent")));
        QVERIFY(q.exec(QStringLiteral("CREATE INDEX items_by_parent ON items(parent_id)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE mentions(item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE "
                                      "CASCADE, initiative_id TEXT NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE, "
                                      "PRIMARY KEY(item_id, initiative_id)) WITHOUT ROWID")));
        QVERIFY(q.exec(QStringLiteral("CREATE INDEX mentions_by_initiative ON mentions(initiative_id)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO mentions SELECT id, 'industry-education-integration' FROM items "
                                      "WHERE text LIKE '%产教融合%'")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 2")));
    }
    Store store;
    QVERIFY2(store.open(path, &error), qPrintable(error.toString()));
    QCOMPARE(store.schemaVersion(), 3);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('mentions', "
                                          "'mentions_by_initiative')")),
             0);
    QCOMPARE(text(store, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'items_by_parent'")),
             QStringLiteral("CREATE INDEX items_by_parent ON items(parent_id) WHERE parent_id IS NOT NULL"));
    QCOMPARE(text(store, QStringLiteral("SELECT group_concat(id || text, '|') FROM items")), itemsBefore);
    QCOMPARE(text(store, QStringLiteral("SELECT hex(mentions) FROM search_index")), indexBefore);
    QCOMPARE(counts(store).mentions, 165);
    QCOMPARE(integrity(store), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
