// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for `policy-atlas kwic`, run as a process: its rows against the seed corpus file read
// here (occurrences inside the items' text only), in CSV, JSON and XLSX (read back
// independently), and its usage errors.
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
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

// "province|number|text" for every item and sub-item of the seed corpus file ("5.1": the first
// sub-item of item 5), without the title, lead, headers and footer.
QStringList readSeedItems()
{
    QFile file(QStringLiteral(SEED_CORPUS));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the seed corpus");
    static const QRegularExpression item(QStringLiteral("^(\\d+)、(.*)$"));
    static const QRegularExpression subItem(QStringLiteral("^[(（](\\d+)[)）](.*)$"));
    static const QRegularExpression header(QStringLiteral("^\\S+(省|市|自治区)$"));
    QStringList items;
    QString province, number;
    for (QString line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        line = line.trimmed();
        if (line.startsWith(u8("来源")))
            break;
        if (const QRegularExpressionMatch m = item.match(line); m.hasMatch()) {
            if (!province.isEmpty())
                items.append(province + u'|' + (number = m.captured(1)) + u'|' + m.captured(2));
        } else if (const QRegularExpressionMatch s = subItem.match(line); s.hasMatch()) {
            if (!province.isEmpty())
                items.append(province + u'|' + number + u'.' + s.captured(1) + u'|' + s.captured(2));
        } else if (header.match(line).hasMatch()) {
            province = line;
        }
    }
    return items;
}

// Each occurrence of term as "province|number|left|match|right", with 20 characters each side.
QStringList expectedRows(const QStringList &items, const QString &term, int context = 20)
{
    QStringList rows;
    for (const QString &entry : items) {
        const QStringList parts = entry.split(u'|');
        const QString text = parts.at(2);
        for (qsizetype at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
            const qsizetype from = std::max<qsizetype>(0, at - context);
            rows.append(QStringList{parts.at(0), parts.at(1), text.mid(from, at - from), term,
                                    text.mid(at + term.size(), context)}
                            .join(u'|'));
        }
    }
    rows.sort();
    return rows;
}

} // namespace

class TestCliKwic : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvListsEveryOccurrence();
    void jsonAndContext();
    void xlsxReadBack();
    void initiative();
    void usageErrors();

private:
    CliRun run(const QStringList &args) const { return m_runner.run(args); }
    QStringList rowsOf(const QList<QStringList> &records) const;

    QTemporaryDir m_tmp;
    CliRunner m_runner{m_tmp.path()};
    QString m_db;
    QStringList m_items;
};

void TestCliKwic::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_items = readSeedItems();
    QCOMPARE(m_items.size(), 94);
    m_db = m_tmp.filePath(QStringLiteral("seed.sqlite"));
    CLI_EXPECT_EXIT(run({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral(SEED_CORPUS)}), 0);
}

// Records (header first) as "province|item|left|match|right", sorted; checks the header and codes.
QStringList TestCliKwic::rowsOf(const QList<QStringList> &records) const
{
    if (records.isEmpty())
        return {QStringLiteral("no header")};
    if (records.first()
        != QStringList{QStringLiteral("province_code"), QStringLiteral("province"), QStringLiteral("item"),
                       QStringLiteral("left"), QStringLiteral("match"), QStringLiteral("right")})
        return {QStringLiteral("wrong header: ") + records.first().join(u',')};
    QStringList rows;
    for (const QStringList &r : records.mid(1)) {
        if (r.size() != 6 || !QRegularExpression(QStringLiteral("^\\d{6}$")).match(r.at(0)).hasMatch())
            return {QStringLiteral("bad row: ") + r.join(u',')};
        rows.append(r.mid(1).join(u'|'));
    }
    rows.sort();
    return rows;
}

void TestCliKwic::csvListsEveryOccurrence()
{
    const QString term = u8("产教融合");
    const CliRun r = run({QStringLiteral("kwic"), QStringLiteral("--db"), m_db, QStringLiteral("--match"), term});
    CLI_EXPECT_EXIT(r, 0);
    QList<QStringList> records;
    QString error;
    QVERIFY2(readCsv(r.out, &records, &error), qPrintable(error));
    const QStringList expected = expectedRows(m_items, term);
    QVERIFY(expected.size() >= 10);
    QCOMPARE(records.size() - 1, expected.size());
    QCOMPARE(rowsOf(records), expected);
}

void TestCliKwic::jsonAndContext()
{
    const QString term = u8("职业教育");
    const CliRun r = run({QStringLiteral("kwic"), QStringLiteral("--db"), m_db, QStringLiteral("--match"), term,
                          QStringLiteral("--context"), QStringLiteral("5"), QStringLiteral("--format"), QStringLiteral("json")});
    CLI_EXPECT_EXIT(r, 0);
    const QJsonArray array = QJsonDocument::fromJson(r.out).array();
    QList<QStringList> records{{QStringLiteral("province_code"), QStringLiteral("province"), QStringLiteral("item"),
                                QStringLiteral("left"), QStringLiteral("match"), QStringLiteral("right")}};
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        QStringList record;
        for (const QString &column : records.first())
            record.append(o.value(column).toString());
        records.append(record);
    }
    QCOMPARE(rowsOf(records), expectedRows(m_items, term, 5));
}

void TestCliKwic::xlsxReadBack()
{
    const QString out = m_tmp.filePath(QStringLiteral("kwic.xlsx"));
    const QString term = u8("产教融合");
    const CliRun r = run({QStringLiteral("kwic"), QStringLiteral("--db"), m_db, QStringLiteral("--match"), term,
                          QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), out});
    CLI_EXPECT_EXIT(r, 0);
    const QStringList expected = expectedRows(m_items, term);
    QCOMPARE(r.outText(), QStringLiteral("%1: %2 rows\n").arg(out).arg(expected.size()));
    const XlsxSheet sheet = readXlsx(out);
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QCOMPARE(sheet.formulas, 0);
    QList<QStringList> records;
    for (int row = 0; row < sheet.rows.size(); ++row)
        records.append(sheet.texts(row));
    QCOMPARE(rowsOf(records), expected);
}

void TestCliKwic::initiative()
{
    // The initiative's wording, in the items that mention it: 22 items (tests/data/hand-count.md).
    const CliRun r = run({QStringLiteral("kwic"), QStringLiteral("--db"), m_db, QStringLiteral("--initiative"),
                          QStringLiteral("industry-education-integration")});
    CLI_EXPECT_EXIT(r, 0);
    QList<QStringList> records;
    QString error;
    QVERIFY2(readCsv(r.out, &records, &error), qPrintable(error));
    QSet<QString> items;
    for (const QStringList &record : records.mid(1)) {
        items.insert(record.at(1) + u' ' + record.at(2));
        QVERIFY2(record.at(4).endsWith(u8("融合")), qPrintable(record.join(u',')));
    }
    QCOMPARE(items.size(), 22);
    QVERIFY(items.contains(u8("黑龙江省 2"))); // 职业教育与产业集群集聚融合: a pattern with a gap
}

void TestCliKwic::usageErrors()
{
    CLI_EXPECT_EXIT(run({QStringLiteral("kwic"), QStringLiteral("--db"), m_db}), 2); // neither --match nor --initiative
    CLI_EXPECT_EXIT(run({QStringLiteral("kwic"), QStringLiteral("--db"), m_db, QStringLiteral("--match"), u8("产教"),
                         QStringLiteral("--format"), QStringLiteral("xlsx")}),
                    2); // xlsx needs --out
    CLI_EXPECT_EXIT(run({QStringLiteral("kwic"), QStringLiteral("--db"), m_db, QStringLiteral("--initiative"),
                         QStringLiteral("no-such-initiative")}),
                    2);
    CLI_EXPECT_EXIT(run({QStringLiteral("kwic"), QStringLiteral("--db"), m_db, QStringLiteral("--match"), u8("产教"),
                         QStringLiteral("--context"), QStringLiteral("many")}),
                    2);
    const CliRun missing = run({QStringLiteral("kwic"), QStringLiteral("--db"), m_tmp.filePath(QStringLiteral("none.sqlite")),
                                QStringLiteral("--match"), u8("产教")});
    CLI_EXPECT_EXIT(missing, 1);
    QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("none.sqlite"))));
}

QTEST_GUILESS_MAIN(TestCliKwic)
#include "tst_cli_kwic.moc"
