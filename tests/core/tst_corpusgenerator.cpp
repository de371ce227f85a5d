// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusgenerator.h"
#include "corpusparser.h"
#include "referencedata.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestCorpusGenerator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QByteArray generate(qint64 items, quint64 seed, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        Diagnostic error;
        if (!CorpusGenerator(seed).write(path, items, &error))
            qWarning("%s", qPrintable(error.toString()));
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void clausesComeFromTheSeedCorpus()
    {
        const CorpusGenerator generator(1);
        // Every seed item contributes at least one clause; 产教融合 is one of them on its own.
        QVERIFY(generator.clauses().size() > 94);
        QVERIFY(generator.clauses().contains(QStringLiteral("产教融合")));
    }

    void writesExactlyTheRequestedItems_data()
    {
        QTest::addColumn<qint64>("items");
        QTest::newRow("fewer than provinces") << qint64(7);
        QTest::newRow("one each") << qint64(31);
        QTest::newRow("uneven") << qint64(1000);
        QTest::newRow("numbers past 999 per province") << qint64(40000);
    }

    void writesExactlyTheRequestedItems()
    {
        QFETCH(qint64, items);
        const QByteArray bytes = generate(items, 7, QStringLiteral("n%1.txt").arg(items));
        ParsedDocument doc;
        Diagnostic error;
        QVERIFY2(CorpusParser(ReferenceData::builtIn()).parseBytes(bytes, QStringLiteral("g.txt"), &doc, &error),
                 qPrintable(error.toString()));
        QCOMPARE(doc.itemCount(), int(items));
        QCOMPARE(doc.units.size(), std::min<qsizetype>(31, items));
        QCOMPARE(doc.units.first().nameZh, QStringLiteral("北京市"));
        QCOMPARE(doc.year, 2023);
        QVERIFY(doc.warnings.isEmpty());
        QCOMPARE(doc.source, QStringLiteral("policy-atlas generate(种子7)"));
    }

    void subItemsEveryTenthItem()
    {
        const QByteArray bytes = generate(31 * 12, 3, QStringLiteral("sub.txt"));
        ParsedDocument doc;
        QVERIFY(CorpusParser(ReferenceData::builtIn()).parseBytes(bytes, QStringLiteral("g.txt"), &doc, nullptr));
        // 12 per province: items 1–10, then (1)(2) under item 10.
        const ParsedUnit &beijing = doc.units.first();
        QCOMPARE(beijing.items.size(), 10);
        QCOMPARE(beijing.items.at(9).label, QStringLiteral("10、"));
        QCOMPARE(beijing.items.at(9).subItems.size(), 2);
        QCOMPARE(beijing.items.at(9).subItems.at(1).label, QStringLiteral("(2)"));
    }

    void sameSeedSameBytesOtherSeedOtherBytes()
    {
        const QByteArray a = generate(5000, 42, QStringLiteral("a.txt"));
        const QByteArray b = generate(5000, 42, QStringLiteral("b.txt"));
        const QByteArray c = generate(5000, 43, QStringLiteral("c.txt"));
        QVERIFY(!a.isEmpty());
        QCOMPARE(QCryptographicHash::hash(a, QCryptographicHash::Sha256),
                 QCryptographicHash::hash(b, QCryptographicHash::Sha256));
        QVERIFY(a != c);
    }

    void unwritablePathFails()
    {
        Diagnostic error;
        QVERIFY(!CorpusGenerator(1).write(m_dir.filePath(QStringLiteral("missing/dir/x.txt")), 10, &error));
        QVERIFY(error.toString().contains(QStringLiteral("missing/dir/x.txt")));
    }
};

QTEST_GUILESS_MAIN(TestCorpusGenerator)
#include "tst_corpusgenerator.moc"
