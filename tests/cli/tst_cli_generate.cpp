// SPDX-License-Identifier: GPL-3.0-or-later
// policy-atlas generate --years FROM-TO, run as a program: one file per year, each imported into a
// database of its own, whose `counts` and `matrix` agree with the --truth file in every
// (province, initiative, year); `import` reads each file's year from its title; the same seed
// gives the same bytes; and the usage errors (exit 2) leave nothing behind.
#include "clirunner.h"
#include "csvreader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestCliGenerate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void yearsAgreeWithTheTruth();
    void everyDocumentHasItsYear();
    void sameSeedSameFiles();
    void usageErrors_data();
    void usageErrors();
    void singleYearStillNeedsItems();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    CliRun run(const QStringList &args) const { return CliRunner(m_dir.path()).run(args); }
    QList<QStringList> csv(const CliRun &r) const;
    static QByteArray readAll(const QString &path);

    QTemporaryDir m_dir;
    QString m_series;
    // (province code, initiative id) → the years the truth file says it is mentioned.
    QHash<QPair<QString, QString>, QSet<int>> m_truth;
};

QByteArray TestCliGenerate::readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QStringList> TestCliGenerate::csv(const CliRun &r) const
{
    QList<QStringList> records;
    QString error;
    QByteArray bytes = r.out;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (!readCsv(bytes, &records, &error))
        qWarning("%s", qPrintable(error));
    return records;
}

void TestCliGenerate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char *dir : {"home", "xdg-data", "xdg-config", "xdg-cache", "xdg-runtime"})
        QVERIFY(QDir().mkpath(path(QString::fromLatin1(dir))));
    QVERIFY(QFile::setPermissions(path(QStringLiteral("xdg-runtime")),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    // No --items: 2000 a year.
    m_series = path(QStringLiteral("series"));
    const CliRun r = run({QStringLiteral("generate"), QStringLiteral("--years"), QStringLiteral("2019-2023"),
                          QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--out"), m_series,
                          QStringLiteral("--truth"), path(QStringLiteral("truth.csv"))});
    CLI_EXPECT_EXIT(r, 0);
    QVERIFY2(r.outText().contains(QStringLiteral(" (2019–2023), 2000 items each")), qPrintable(r.outText()));
    QCOMPARE(QDir(m_series).entryList(QDir::Files, QDir::Name),
             (QStringList{QStringLiteral("2019.txt"), QStringLiteral("2020.txt"), QStringLiteral("2021.txt"),
                          QStringLiteral("2022.txt"), QStringLiteral("2023.txt")}));
    QList<QStringList> records;
    QString error;
    QVERIFY2(readCsv(readAll(path(QStringLiteral("truth.csv"))), &records, &error), qPrintable(error));
    QCOMPARE(records.value(0).join(u','), QStringLiteral("province_code,province,initiative,first_year,years"));
    for (qsizetype k = 1; k < records.size(); ++k) {
        QSet<int> years;
        for (const QString &y : records.at(k).at(4).split(u';', Qt::SkipEmptyParts))
            years.insert(y.toInt());
        m_truth.insert({records.at(k).at(0), records.at(k).at(2)}, years);
    }
    QCOMPARE(m_truth.size(), 31 * 29);
}

void TestCliGenerate::yearsAgreeWithTheTruth()
{
    int mentions = 0;
    for (int year = 2019; year <= 2023; ++year) {
        const QString db = path(QStringLiteral("y%1.sqlite").arg(year));
        CLI_EXPECT_EXIT(run({QStringLiteral("import"), QStringLiteral("--db"), db,
                             QDir(m_series).filePath(QStringLiteral("%1.txt").arg(year))}),
                        0);
        // matrix: a cell is non-zero exactly when the truth has the year.
        const CliRun matrix = run({QStringLiteral("matrix"), QStringLiteral("--db"), db});
        CLI_EXPECT_EXIT(matrix, 0);
        const QList<QStringList> rows = csv(matrix);
        QCOMPARE(rows.size(), 1 + 31);
        const QStringList header = rows.first();
        QHash<QString, int> perInitiative; // provinces per initiative, from the truth
        int cells = 0;
        for (qsizetype r = 1; r < rows.size(); ++r) {
            for (qsizetype c = 2; c < header.size(); ++c) {
                const QPair<QString, QString> key{rows.at(r).at(0), header.at(c)};
                QVERIFY2(m_truth.contains(key), qPrintable(key.first + u' ' + key.second));
                const bool truth = m_truth.value(key).contains(year);
                if ((rows.at(r).at(c).toInt() > 0) != truth)
                    QFAIL(qPrintable(QStringLiteral("%1 %2 in %3: matrix %4, truth %5")
                                         .arg(key.first, key.second)
                                         .arg(year)
                                         .arg(rows.at(r).at(c))
                                         .arg(truth)));
                perInitiative[header.at(c)] += truth;
                mentions += truth;
                ++cells;
            }
        }
        QCOMPARE(cells, 31 * 29);
        // counts: the provinces column is the truth's number of provinces that year.
        const CliRun counts = run({QStringLiteral("counts"), QStringLiteral("--db"), db});
        CLI_EXPECT_EXIT(counts, 0);
        const QList<QStringList> countRows = csv(counts);
        const int provincesColumn = int(countRows.value(0).indexOf(QStringLiteral("provinces")));
        QVERIFY(provincesColumn > 0);
        for (qsizetype r = 1; r < countRows.size(); ++r)
            QCOMPARE(countRows.at(r).at(provincesColumn).toInt(), perInitiative.value(countRows.at(r).at(0)));
    }
    QVERIFY(mentions > 0);
}

void TestCliGenerate::everyDocumentHasItsYear()
{
    const QString db = path(QStringLiteral("all.sqlite"));
    QStringList args{QStringLiteral("import"), QStringLiteral("--db"), db};
    for (int year = 2019; year <= 2023; ++year)
        args.append(QDir(m_series).filePath(QStringLiteral("%1.txt").arg(year)));
    CLI_EXPECT_EXIT(run(args), 0);
    const CliRun documents = run({QStringLiteral("documents"), QStringLiteral("--db"), db});
    CLI_EXPECT_EXIT(documents, 0);
    const QList<QStringList> rows = csv(documents);
    const int yearColumn = int(rows.value(0).indexOf(QStringLiteral("year")));
    const int itemsColumn = int(rows.value(0).indexOf(QStringLiteral("items")));
    const int unitsColumn = int(rows.value(0).indexOf(QStringLiteral("units")));
    QVERIFY(yearColumn >= 0 && itemsColumn >= 0 && unitsColumn >= 0);
    QList<int> years;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        years.append(rows.at(r).at(yearColumn).toInt());
        QCOMPARE(rows.at(r).at(itemsColumn), QStringLiteral("2000"));
        QCOMPARE(rows.at(r).at(unitsColumn), QStringLiteral("31"));
    }
    std::sort(years.begin(), years.end());
    QCOMPARE(years, (QList<int>{2019, 2020, 2021, 2022, 2023}));
}

void TestCliGenerate::sameSeedSameFiles()
{
    auto series = [this](const QString &seed, const QString &name) {
        const QString folder = path(name);
        const CliRun r = run({QStringLiteral("generate"), QStringLiteral("--years"), QStringLiteral("2021-2022"),
                              QStringLiteral("--items"), QStringLiteral("300"), QStringLiteral("--seed"), seed,
                              QStringLiteral("--out"), folder, QStringLiteral("--truth"),
                              folder + QStringLiteral(".csv")});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.errText()));
        return readAll(folder + QStringLiteral(".csv")) + readAll(folder + QStringLiteral("/2021.txt"))
            + readAll(folder + QStringLiteral("/2022.txt"));
    };
    const QByteArray a = series(QStringLiteral("5"), QStringLiteral("a"));
    const QByteArray b = series(QStringLiteral("5"), QStringLiteral("b"));
    const QByteArray c = series(QStringLiteral("6"), QStringLiteral("c"));
    QVERIFY(a.contains("2021年全国各省"));
    QVERIFY(a.contains("2022年全国各省"));
    QCOMPARE(a, b);
    QVERIFY(a != c);
}

void TestCliGenerate::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    auto row = [](const char *name, const QString &range, const QStringList &more, const char *message) {
        QStringList args{QStringLiteral("--years"), range};
        if (range.isEmpty())
            args.clear();
        QTest::newRow(name) << args + more << QString::fromUtf8(message);
    };
    const QStringList out{QStringLiteral("--out"), QStringLiteral("refused")};
    row("one year only", QStringLiteral("2019"), out, "--years");
    row("backwards", QStringLiteral("2023-2019"), out, "--years");
    row("too early", QStringLiteral("1999-2001"), out, "--years");
    row("too late", QStringLiteral("2099-2101"), out, "--years");
    row("31 years", QStringLiteral("2000-2030"), out, "--years");
    row("not years", QStringLiteral("abcd-efgh"), out, "--years");
    row("fewer items than provinces", QStringLiteral("2019-2020"),
        out + QStringList{QStringLiteral("--items"), QStringLiteral("30")}, "--items");
    row("no out", QStringLiteral("2019-2020"), {}, "--out");
    row("out is a file", QStringLiteral("2019-2020"), {QStringLiteral("--out"), QStringLiteral("plain.txt")},
        "plain.txt");
    row("truth without years", QString(),
        {QStringLiteral("--items"), QStringLiteral("100"), QStringLiteral("--out"), QStringLiteral("one.txt"),
         QStringLiteral("--truth"), QStringLiteral("t.csv")},
        "--truth");
    row("truth onto a year", QStringLiteral("2019-2020"),
        out + QStringList{QStringLiteral("--truth"), QStringLiteral("refused/../refused/2020.txt")}, "--truth");
    row("empty truth", QStringLiteral("2019-2020"), out + QStringList{QStringLiteral("--truth"), QString()}, "--truth");
}

void TestCliGenerate::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QFile plain(path(QStringLiteral("plain.txt")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    const CliRun r = run(QStringList{QStringLiteral("generate")} + args);
    CLI_EXPECT_EXIT(r, 2);
    QVERIFY2(r.errText().contains(message), qPrintable(r.errText()));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("refused"))));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("one.txt"))));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("t.csv"))));
    QCOMPARE(readAll(path(QStringLiteral("plain.txt"))), QByteArray());
}

void TestCliGenerate::singleYearStillNeedsItems()
{
    const CliRun r = run({QStringLiteral("generate"), QStringLiteral("--out"), path(QStringLiteral("single.txt"))});
    CLI_EXPECT_EXIT(r, 2);
    QVERIFY(r.errText().contains(QStringLiteral("--items")));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("single.txt"))));
}

QTEST_GUILESS_MAIN(TestCliGenerate)
#include "tst_cli_generate.moc"
