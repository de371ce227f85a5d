// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue.h"
#include "corpusgenerator.h"
#include "corpusindex.h"
#include "corpusparser.h"
#include "csvreader.h"
#include "keywordquery.h"
#include "referencedata.h"
#include "store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A (province code, initiative id) pair.
using Cell = QPair<QString, QString>;

} // namespace

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

    // A five-year series, each year imported into a database of its own: every province mentions
    // in each year exactly the initiatives the truth file says, so every first-mention year and
    // every per-year province count follows.
    void seriesMatchesItsTruth()
    {
        const QString folder = m_dir.filePath(QStringLiteral("series"));
        const QString truthPath = m_dir.filePath(QStringLiteral("truth.csv"));
        Diagnostic error;
        QVERIFY2(CorpusGenerator(11).writeYears(folder, 2019, 2023, 2000, truthPath, &error),
                 qPrintable(error.toString()));

        // The truth file: a header and one row per province and initiative.
        QList<QStringList> records;
        QString csvError;
        QVERIFY2(readCsv(readAll(truthPath), &records, &csvError), qPrintable(csvError));
        QCOMPARE(records.value(0), (QStringList{QStringLiteral("province_code"), QStringLiteral("province"),
                                                QStringLiteral("initiative"), QStringLiteral("first_year"),
                                                QStringLiteral("years")}));
        const QList<Province> &provinces = ReferenceData::builtIn().provinces();
        const Catalogue &catalogue = Catalogue::builtIn();
        QCOMPARE(records.size(), 1 + provinces.size() * catalogue.size());
        QMap<Cell, QSet<int>> truth; // the years each pair is mentioned in
        QMap<Cell, int> truthFirst; // 0: never
        for (qsizetype r = 1; r < records.size(); ++r) {
            const QStringList &row = records.at(r);
            QCOMPARE(row.size(), 5);
            const Province &province = provinces.at((r - 1) / catalogue.size());
            QCOMPARE(row.at(0), province.code);
            QCOMPARE(row.at(1), province.nameZh);
            QCOMPARE(row.at(2), catalogue.initiatives().at((r - 1) % catalogue.size()).id);
            QSet<int> years;
            for (const QString &year : row.at(4).split(u';', Qt::SkipEmptyParts))
                years.insert(year.toInt());
            const Cell cell{row.at(0), row.at(2)};
            truth.insert(cell, years);
            truthFirst.insert(cell, row.at(3).isEmpty() ? 0 : row.at(3).toInt());
            // first_year is the earliest of the years, empty exactly when there are none.
            QCOMPARE(truthFirst.value(cell), years.isEmpty() ? 0 : *std::min_element(years.begin(), years.end()));
        }

        // The corpus: each year's file imported on its own.
        QMap<Cell, int> corpusFirst;
        QMap<QString, QList<int>> provincesPerYear; // initiative → provinces in 2019..2023 (corpus)
        QMap<QString, QList<int>> truthPerYear; // the same, from the truth file
        for (int year = 2019; year <= 2023; ++year) {
            const QString file = QDir(folder).filePath(QStringLiteral("%1.txt").arg(year));
            ParsedDocument doc;
            QVERIFY2(CorpusParser(ReferenceData::builtIn()).parseFile(file, &doc, &error),
                     qPrintable(error.toString()));
            QCOMPARE(doc.year, year);
            QCOMPARE(doc.units.size(), 31);
            QCOMPARE(doc.itemCount(), 2000);
            QVERIFY(doc.warnings.isEmpty());
            QTemporaryDir dbDir;
            Store store;
            CorpusIndex index;
            QVERIFY2(store.open(dbDir.filePath(QStringLiteral("y.sqlite")), &error), qPrintable(error.toString()));
            QVERIFY2(store.importDocument(doc, ReferenceData::builtIn(), catalogue, nullptr, &error),
                     qPrintable(error.toString()));
            QVERIFY2(index.load(store, ReferenceData::builtIn(), catalogue, &error), qPrintable(error.toString()));
            QCOMPARE(index.units().size(), 31);
            QSet<Cell> mentioned;
            QHash<QString, int> provincesThisYear;
            for (const InitiativeCount &count : index.counts(MatchSet())) {
                const QString id = index.initiatives().at(count.initiative).id;
                for (int u : count.units)
                    mentioned.insert({index.units().at(u).code, id});
                provincesThisYear.insert(id, count.provinces);
            }
            for (const Initiative &initiative : catalogue.initiatives())
                provincesPerYear[initiative.id].append(provincesThisYear.value(initiative.id));
            for (auto it = truth.cbegin(); it != truth.cend(); ++it) {
                const bool inCorpus = mentioned.contains(it.key());
                if (inCorpus != it.value().contains(year))
                    QFAIL(qPrintable(QStringLiteral("%1 %2 in %3: corpus %4, truth %5")
                                         .arg(it.key().first, it.key().second)
                                         .arg(year)
                                         .arg(inCorpus)
                                         .arg(it.value().contains(year))));
                if (inCorpus && !corpusFirst.contains(it.key()))
                    corpusFirst.insert(it.key(), year);
            }
            for (const Initiative &initiative : catalogue.initiatives()) {
                int count = 0;
                for (const Province &province : provinces)
                    count += truth.value({province.code, initiative.id}).contains(year);
                truthPerYear[initiative.id].append(count);
            }
        }
        // Every first-mention year, and every per-year province count of every initiative.
        for (auto it = truthFirst.cbegin(); it != truthFirst.cend(); ++it)
            QCOMPARE(corpusFirst.value(it.key()), it.value());
        for (const Initiative &initiative : catalogue.initiatives())
            QCOMPARE(provincesPerYear.value(initiative.id), truthPerYear.value(initiative.id));

        // The curves are not uniform: initiatives spread (fewer provinces in the first year than
        // in the last), not every initiative reaches every province, the first mentions fall in
        // several years, and some provinces drop an initiative again.
        int spreading = 0, unreached = 0, drops = 0;
        QSet<int> firstYears;
        for (const Initiative &initiative : catalogue.initiatives())
            spreading += truthPerYear.value(initiative.id).first() < truthPerYear.value(initiative.id).last();
        for (auto it = truth.cbegin(); it != truth.cend(); ++it) {
            unreached += it.value().isEmpty();
            if (truthFirst.value(it.key()))
                firstYears.insert(truthFirst.value(it.key()));
            for (int year = 2019; year < 2023; ++year)
                drops += it.value().contains(year) && !it.value().contains(year + 1);
        }
        QVERIFY2(spreading >= catalogue.size() / 2, qPrintable(QString::number(spreading)));
        QVERIFY(unreached > 0);
        QVERIFY(unreached < truth.size());
        QVERIFY(drops > 0);
        QCOMPARE(firstYears.size(), 5);
    }

    void seriesSameSeedSameBytes()
    {
        auto series = [this](quint64 seed, const QString &name) {
            const QString folder = m_dir.filePath(name);
            Diagnostic error;
            if (!CorpusGenerator(seed).writeYears(folder, 2020, 2022, 500, folder + QStringLiteral(".csv"), &error))
                qWarning("%s", qPrintable(error.toString()));
            QByteArray all = readAll(folder + QStringLiteral(".csv"));
            for (int year = 2020; year <= 2022; ++year)
                all += readAll(QDir(folder).filePath(QStringLiteral("%1.txt").arg(year)));
            return all;
        };
        const QByteArray a = series(42, QStringLiteral("sa"));
        const QByteArray b = series(42, QStringLiteral("sb"));
        const QByteArray c = series(43, QStringLiteral("sc"));
        QVERIFY(a.size() > 3 * 500 * 20);
        QCOMPARE(QCryptographicHash::hash(a, QCryptographicHash::Sha256),
                 QCryptographicHash::hash(b, QCryptographicHash::Sha256));
        QVERIFY(a != c);
        // The plan differs too, not only the wording.
        QVERIFY(CorpusGenerator(42).diffusion(2020, 2022).mentioned
                != CorpusGenerator(43).diffusion(2020, 2022).mentioned);
    }

    // Fewer items than initiatives a province mentions: items then mention several at once.
    void seriesWithFewItemsStillMentionsEveryAdoptedInitiative()
    {
        const QString folder = m_dir.filePath(QStringLiteral("few"));
        Diagnostic error;
        QVERIFY2(CorpusGenerator(3).writeYears(folder, 2030, 2030, 31, QString(), &error),
                 qPrintable(error.toString()));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("few.csv"))));
        const CorpusGenerator::Diffusion plan = CorpusGenerator(3).diffusion(2030, 2030);
        ParsedDocument doc;
        QVERIFY(CorpusParser(ReferenceData::builtIn())
                    .parseFile(QDir(folder).filePath(QStringLiteral("2030.txt")), &doc, &error));
        QCOMPARE(doc.year, 2030);
        QCOMPARE(doc.units.size(), 31);
        int several = 0;
        for (int p = 0; p < doc.units.size(); ++p) {
            QCOMPARE(doc.units.at(p).items.size(), 1);
            QList<int> expected;
            for (int i = 0; i < plan.initiatives; ++i)
                if (plan.at(p, i, 2030))
                    expected.append(i);
            QCOMPARE(Catalogue::builtIn().initiativesIn(doc.units.at(p).items.first().text), expected);
            several += expected.size() > 1;
        }
        QVERIFY(several > 0);
    }

    void seriesRefusesBadArguments()
    {
        const QString file = m_dir.filePath(QStringLiteral("plain.txt"));
        QVERIFY(QFile(file).open(QIODevice::WriteOnly));
        Diagnostic error;
        QVERIFY(!CorpusGenerator(1).writeYears(file, 2019, 2020, 100, QString(), &error));
        QVERIFY(error.toString().contains(QStringLiteral("plain.txt")));
        QCOMPARE(readAll(file), QByteArray()); // left alone
        const QString folder = m_dir.filePath(QStringLiteral("refused"));
        QVERIFY(!CorpusGenerator(1).writeYears(folder, 2021, 2020, 100, QString(), &error));
        QVERIFY(!CorpusGenerator(1).writeYears(folder, 1999, 2000, 100, QString(), &error));
        QVERIFY(!CorpusGenerator(1).writeYears(folder, 2000, 2030, 100, QString(), &error)); // 31 years
        QVERIFY(!CorpusGenerator(1).writeYears(folder, 2020, 2021, 30, QString(), &error)); // < 1 per province
        QVERIFY(!QFileInfo::exists(folder));
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
