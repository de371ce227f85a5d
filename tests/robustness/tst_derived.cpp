// SPDX-License-Identifier: GPL-3.0-or-later
// Derived data (the search index) against tables that another tool changed behind the program's
// back: opening refuses with a message naming `repair`; `check` finds the problem without
// writing anything; `repair` rebuilds the index in one transaction; a damaged file is refused by
// both and left as it was.
#include "atlassession.h"
#include "catalogue.h"
#include "robustness.h"
#include "store.h"

#include <QDateTime>
#include <QMap>
#include <QTest>

using namespace Robustness;

namespace {

const QString Disagree = QStringLiteral("the database's items and its search index disagree");

// provinces' CSV: name_zh → items.
QMap<QString, int> itemsPerProvince(const QByteArray &csv)
{
    QMap<QString, int> out;
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines.at(i).trimmed().split(',');
        if (fields.size() >= 6)
            out.insert(QString::fromUtf8(fields.at(1)), fields.last().toInt());
    }
    return out;
}

} // namespace

class TestDerived : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void deletedItemsAreFoundAndRepaired();
    void insertedItemsAreFound();
    void deletedDocumentRowIsFound();
    void deletedInitiativesAreWrittenAgain();
    void emptyFileIsNotFilled();
    void sessionRefusesToOpen();
    void checkOfHealthyDatabaseWritesNothing();
    void damagedDatabase();
    void repairIsAllOrNothing();
    void repairOfHealthyDatabaseIsHarmless();
    void missingDatabase();

private:
    QString path(const QString &name) const { return m_tmp.filePath(name); }
    Run cli(const QStringList &args) const { return run(args, m_env); }
    QString copyOfSeed();

    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    QString m_seedDb;
    int m_copies = 0;
};

void TestDerived::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY(QFileInfo::exists(binary()));
    m_env = environment(m_tmp.path());
    m_seedDb = path(QStringLiteral("seed.sqlite"));
    const Run r = cli({QStringLiteral("import"), QStringLiteral("--db"), m_seedDb, seedCorpus()});
    QVERIFY2(r.exitedWith(0), r.describe());
}

QString TestDerived::copyOfSeed()
{
    const QString copy = path(QStringLiteral("copy-%1.sqlite").arg(++m_copies));
    if (!QFile::copy(m_seedDb, copy))
        return {};
    QFile::setPermissions(copy, QFileDevice::Permissions(0x6644));
    return copy;
}

void TestDerived::deletedItemsAreFoundAndRepaired()
{
    const QString db = copyOfSeed();
    QVERIFY(!db.isEmpty());
    QString error;
    // As `sqlite3 atlas.sqlite "DELETE FROM items WHERE id % 7 = 0"` would: foreign keys off, so
    // sub-items of a deleted item stay behind.
    QVERIFY2(RawDatabase(db).exec(QStringLiteral("DELETE FROM items WHERE id % 7 = 0"), &error), qPrintable(error));

    for (const QString &command : {QStringLiteral("counts"), QStringLiteral("items"), QStringLiteral("provinces")}) {
        const Run r = cli({command, QStringLiteral("--db"), db});
        QVERIFY2(r.exitedWith(1), qPrintable(command + QStringLiteral(": ") + QString::fromUtf8(r.describe())));
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(r.errText().startsWith(db + QStringLiteral(": ") + Disagree), r.err);
        QVERIFY2(r.errText().contains(QStringLiteral("policy-atlas repair --db ") + db), r.err);
        QCOMPARE(r.errText().count(u'\n'), 1);
    }

    const QByteArray before = fileBytes(db);
    const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), db});
    QVERIFY2(check.exitedWith(1), check.describe());
    QVERIFY2(check.outText().contains(db + QStringLiteral(": document 1: its search index does not match its items")),
             check.out);
    QVERIFY2(check.outText().contains(QStringLiteral("policy-atlas repair --db ") + db), check.out);
    QCOMPARE(fileBytes(db), before);

    const Run repair = cli({QStringLiteral("repair"), QStringLiteral("--db"), db});
    QVERIFY2(repair.exitedWith(0), repair.describe());
    const QString remaining = RawDatabase(db).value(QStringLiteral("SELECT count(*) FROM items"));
    QVERIFY2(repair.outText().contains(QStringLiteral("rebuilt the search index of 1 document (%1 items)").arg(remaining)),
             repair.out);
    // Sub-items of deleted items went with them, as the schema's cascade would have done.
    QCOMPARE(RawDatabase(db).value(QStringLiteral("SELECT count(*) FROM items WHERE parent_id IS NOT NULL AND "
                                                  "parent_id NOT IN (SELECT id FROM items)")),
             QStringLiteral("0"));

    const Run again = cli({QStringLiteral("check"), QStringLiteral("--db"), db});
    QVERIFY2(again.exitedWith(0), again.describe());
    QCOMPARE(again.outText(), db + QStringLiteral(": no problems found (structure, schema, 1 document, %1 items, search index)\n")
                                       .arg(remaining));

    // What the commands show is what the remaining rows hold.
    const Run provinces = cli({QStringLiteral("provinces"), QStringLiteral("--db"), db});
    QVERIFY2(provinces.exitedWith(0), provinces.describe());
    QMap<QString, int> expected;
    {
        RawDatabase raw(db);
        QSqlQuery q(raw.db());
        QVERIFY(q.exec(QStringLiteral("SELECT u.name_zh, count(i.id) FROM units u LEFT JOIN items i ON i.unit_id = u.id "
                                      "GROUP BY u.id")));
        while (q.next())
            expected.insert(q.value(0).toString(), q.value(1).toInt());
    }
    const QMap<QString, int> shown = itemsPerProvince(provinces.out);
    QCOMPARE(shown, expected);
    int total = 0;
    for (int n : shown)
        total += n;
    QCOMPARE(QString::number(total), remaining);

    // counts gives what an index built from scratch gives.
    const Run counts = cli({QStringLiteral("counts"), QStringLiteral("--db"), db});
    QVERIFY2(counts.exitedWith(0), counts.describe());
    const QString fresh = path(QStringLiteral("fresh.sqlite"));
    QVERIFY(QFile::copy(db, fresh));
    QVERIFY(RawDatabase(fresh).exec(QStringLiteral("DELETE FROM search_texts")));
    QVERIFY(RawDatabase(fresh).exec(QStringLiteral("DELETE FROM search_index")));
    const Run freshCounts = cli({QStringLiteral("counts"), QStringLiteral("--db"), fresh});
    QVERIFY2(freshCounts.exitedWith(0), freshCounts.describe());
    QCOMPARE(counts.out, freshCounts.out);
    const Run original = cli({QStringLiteral("counts"), QStringLiteral("--db"), m_seedDb});
    QVERIFY(counts.out != original.out); // items that mention initiatives were deleted
}

void TestDerived::insertedItemsAreFound()
{
    const QString db = copyOfSeed();
    QVERIFY(!db.isEmpty());
    QString error;
    QVERIFY2(RawDatabase(db).exec(QStringLiteral("INSERT INTO items(document_id, unit_id, position, text) "
                                                 "SELECT document_id, unit_id, 100000, '产教融合' FROM items LIMIT 1"),
                                  &error),
             qPrintable(error));
    const Run counts = cli({QStringLiteral("counts"), QStringLiteral("--db"), db});
    QVERIFY2(counts.exitedWith(1), counts.describe());
    QVERIFY2(counts.errText().contains(Disagree), counts.err);
    const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), db});
    QVERIFY2(check.exitedWith(1), check.describe());
    const Run repair = cli({QStringLiteral("repair"), QStringLiteral("--db"), db});
    QVERIFY2(repair.exitedWith(0), repair.describe());
    const Run after = cli({QStringLiteral("counts"), QStringLiteral("--db"), db});
    QVERIFY2(after.exitedWith(0), after.describe());
}

void TestDerived::deletedDocumentRowIsFound()
{
    // The document's row alone, foreign keys off: its items stay, belonging to nothing.
    const QString db = copyOfSeed();
    QVERIFY(!db.isEmpty());
    QVERIFY(RawDatabase(db).exec(QStringLiteral("DELETE FROM documents")));
    const Run counts = cli({QStringLiteral("counts"), QStringLiteral("--db"), db});
    QVERIFY2(counts.exitedWith(1), counts.describe());
    QVERIFY2(counts.errText().contains(Disagree), counts.err);
    const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), db});
    QVERIFY2(check.exitedWith(1), check.describe());
    QVERIFY2(check.outText().contains(QStringLiteral("rows of table items refer to rows of table documents that do not "
                                                     "exist")),
             check.out);
    // Items are never deleted unasked: a renumbered document row could be put back.
    const QByteArray before = fileBytes(db);
    const Run refused = cli({QStringLiteral("repair"), QStringLiteral("--db"), db});
    QVERIFY2(refused.exitedWith(1), refused.describe());
    QVERIFY2(refused.errText().contains(QStringLiteral(": 94 items belong to no document or to no parent item (document "
                                                       "ids they name: 1): put the missing rows back, or run repair with "
                                                       "--remove-orphans")),
             refused.err);
    QCOMPARE(fileBytes(db), before);
    const Run repair = cli({QStringLiteral("repair"), QStringLiteral("--remove-orphans"), QStringLiteral("--db"), db});
    QVERIFY2(repair.exitedWith(0), repair.describe());
    QVERIFY2(repair.outText().contains(QStringLiteral("rebuilt the search index of 0 documents (0 items)")), repair.out);
    QCOMPARE(RawDatabase(db).value(QStringLiteral("SELECT count(*) FROM items")), QStringLiteral("0"));
    const Run again = cli({QStringLiteral("check"), QStringLiteral("--db"), db});
    QVERIFY2(again.exitedWith(0), again.describe());
}

// Initiative rows deleted by another tool: the catalogue is written again, with its mentions,
// by the next command (it was: every command refused, and repair said it had mended it).
void TestDerived::deletedInitiativesAreWrittenAgain()
{
    const QString db = copyOfSeed();
    QVERIFY(!db.isEmpty());
    const Run before = cli({QStringLiteral("counts"), QStringLiteral("--db"), db});
    QVERIFY2(before.exitedWith(0), before.describe());
    QVERIFY(RawDatabase(db).exec(QStringLiteral("DELETE FROM initiatives WHERE position = 0")));
    const Run after = cli({QStringLiteral("counts"), QStringLiteral("--db"), db});
    QVERIFY2(after.exitedWith(0), after.describe());
    QCOMPARE(after.outText(), before.outText());
    QCOMPARE(RawDatabase(db).value(QStringLiteral("SELECT count(*) FROM initiatives")),
             QString::number(Catalogue::builtIn().size()));
    const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), db});
    QVERIFY2(check.exitedWith(0), check.describe());
}

// A database file truncated to nothing was filled with the built-in corpus by any reading
// command, which then printed its counts as if they were the user's.
void TestDerived::emptyFileIsNotFilled()
{
    const QString db = path(QStringLiteral("empty.sqlite"));
    QVERIFY(writeFile(db, QByteArray()));
    for (const QString &command : {QStringLiteral("counts"), QStringLiteral("provinces"), QStringLiteral("check")}) {
        const Run r = cli({command, QStringLiteral("--db"), db});
        QVERIFY2(r.exitedWith(1), r.describe());
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(r.errText().startsWith(db + QStringLiteral(": ")), r.err);
        QCOMPARE(QFileInfo(db).size(), 0);
    }
    const Run counts = cli({QStringLiteral("counts"), QStringLiteral("--db"), db});
    QCOMPARE(counts.errText(), db + QStringLiteral(": the file is empty, not a Policy Atlas database: import into it to "
                                                   "start one, or give another file; it was left unchanged\n"));
    // An import may start a database there.
    const Run imported = cli({QStringLiteral("import"), QStringLiteral("--db"), db, seedCorpus()});
    QVERIFY2(imported.exitedWith(0), imported.describe());
    QVERIFY2(cli({QStringLiteral("counts"), QStringLiteral("--db"), db}).exitedWith(0), "counts after the import");
}

void TestDerived::sessionRefusesToOpen()
{
    const QString db = copyOfSeed();
    QVERIFY(!db.isEmpty());
    QVERIFY(RawDatabase(db).exec(QStringLiteral("DELETE FROM items WHERE id % 7 = 0")));
    AtlasSession session;
    Diagnostic error;
    QVERIFY(!session.open(db, &error, BuiltIn::Seed::Never));
    QCOMPARE(error.file, db);
    QVERIFY2(error.message.startsWith(Disagree), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("`policy-atlas repair --db %1`").arg(db)), qPrintable(error.message));
    QVERIFY(!session.isOpen());
}

void TestDerived::checkOfHealthyDatabaseWritesNothing()
{
    const QString db = copyOfSeed();
    QVERIFY(!db.isEmpty());
    const QByteArray before = fileBytes(db);
    const QDateTime modified = QFileInfo(db).lastModified();
    QTest::qWait(20); // a write would show in the modification time
    const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), db});
    QVERIFY2(check.exitedWith(0), check.describe());
    const QString items = RawDatabase(m_seedDb).value(QStringLiteral("SELECT count(*) FROM items"));
    QCOMPARE(check.outText(), db + QStringLiteral(": no problems found (structure, schema, 1 document, %1 items, search index)\n")
                                       .arg(items));
    QCOMPARE(check.err, QByteArray());
    QCOMPARE(fileBytes(db), before);
    QCOMPARE(QFileInfo(db).lastModified(), modified);
    QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")) || QFileInfo(db + QStringLiteral("-wal")).size() == 0);
}

void TestDerived::damagedDatabase()
{
    const QString db = copyOfSeed();
    QVERIFY(!db.isEmpty());
    int pageSize = 0;
    int pageCount = 0;
    {
        RawDatabase raw(db);
        pageSize = raw.value(QStringLiteral("PRAGMA page_size")).toInt();
        pageCount = raw.value(QStringLiteral("PRAGMA page_count")).toInt();
    }
    QVERIFY(pageSize >= 512 && pageCount >= 10);
    {
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(qint64(pageCount / 2 - 1) * pageSize));
        QByteArray garbage(2 * pageSize, Qt::Uninitialized);
        for (qsizetype i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919 + 13) % 251);
        QCOMPARE(file.write(garbage), qint64(garbage.size()));
    }
    const QByteArray damaged = fileBytes(db);
    for (const QString &command : {QStringLiteral("check"), QStringLiteral("repair")}) {
        const Run r = cli({command, QStringLiteral("--db"), db});
        QVERIFY2(r.exitedWith(1), qPrintable(command + QStringLiteral(": ") + QString::fromUtf8(r.describe())));
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(r.errText().startsWith(db + QStringLiteral(": the database file is damaged")), r.err);
        QVERIFY2(r.errText().contains(QStringLiteral("it was left unchanged")), r.err);
        QCOMPARE(fileBytes(db), damaged);
    }
    const Run repair = cli({QStringLiteral("repair"), QStringLiteral("--db"), db});
    QVERIFY2(repair.errText().contains(QStringLiteral("it cannot mend a damaged file: restore a copy")), repair.err);
}

void TestDerived::repairIsAllOrNothing()
{
    const QString db = copyOfSeed();
    QVERIFY(!db.isEmpty());
    QVERIFY(RawDatabase(db).exec(QStringLiteral("DELETE FROM items WHERE id % 7 = 0")));
    const QString before = dump(db);
    {
        Store store;
        Diagnostic error;
        QVERIFY2(store.open(db, &error), qPrintable(error.toString()));
        store.setFailAfterItemsForTesting(10); // after the orphans were removed and the old index deleted
        RebuildResult result;
        QVERIFY(!store.rebuildSearchIndex(Catalogue::builtIn(), true, &result, &error));
        QCOMPARE(error.message, QStringLiteral("repair interrupted (test)"));
        QCOMPARE(result.documents, 0);
    }
    QCOMPARE(dump(db), before);

    // A file that cannot be written: a message, and the file as it was.
    if (isRoot())
        QSKIP("running as root: file permissions would not stop the write");
    QVERIFY(QFile::setPermissions(db, QFileDevice::Permissions(0x4444)));
    const QByteArray bytes = fileBytes(db);
    const Run repair = cli({QStringLiteral("repair"), QStringLiteral("--db"), db});
    QVERIFY2(repair.exitedWith(1), repair.describe());
    QVERIFY2(repair.errText().startsWith(db + QStringLiteral(": ")), repair.err);
    QVERIFY2(repair.errText().contains(QStringLiteral("read-only")), repair.err);
    QCOMPARE(fileBytes(db), bytes);
}

void TestDerived::repairOfHealthyDatabaseIsHarmless()
{
    const QString db = copyOfSeed();
    QVERIFY(!db.isEmpty());
    const Run before = cli({QStringLiteral("counts"), QStringLiteral("--db"), db});
    QVERIFY2(before.exitedWith(0), before.describe());
    const QString items = RawDatabase(db).value(QStringLiteral("SELECT count(*) FROM items"));
    const QString index = RawDatabase(db).value(QStringLiteral("SELECT group_concat(hex(item_ids) || hex(mentions)) FROM search_index"));
    const Run repair = cli({QStringLiteral("repair"), QStringLiteral("--db"), db});
    QVERIFY2(repair.exitedWith(0), repair.describe());
    QCOMPARE(repair.outText(), QStringLiteral("rebuilt the search index of 1 document (%1 items)\n").arg(items));
    QCOMPARE(RawDatabase(db).value(QStringLiteral("SELECT count(*) FROM items")), items);
    QCOMPARE(RawDatabase(db).value(QStringLiteral("SELECT group_concat(hex(item_ids) || hex(mentions)) FROM search_index")), index);
    const Run after = cli({QStringLiteral("counts"), QStringLiteral("--db"), db});
    QVERIFY2(after.exitedWith(0), after.describe());
    QCOMPARE(after.out, before.out);
    const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), db});
    QVERIFY2(check.exitedWith(0), check.describe());
}

void TestDerived::missingDatabase()
{
    const QString db = path(QStringLiteral("no-such.sqlite"));
    for (const QString &command : {QStringLiteral("check"), QStringLiteral("repair")}) {
        const Run r = cli({command, QStringLiteral("--db"), db});
        QVERIFY2(r.exitedWith(1), r.describe());
        QVERIFY2(r.errText().startsWith(db + QStringLiteral(": no such database")), r.err);
        QVERIFY(!QFileInfo::exists(db));
    }
}

QTEST_MAIN(TestDerived)
#include "tst_derived.moc"
