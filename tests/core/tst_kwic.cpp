// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for Kwic (keyword in context): the rows are checked against the seed corpus file read
// here line by line (items only: not the title, the lead, the province headers or the footer),
// and against the hand count of initiative mentions (tests/data/hand-count.md).
#include "builtin.h"
#include "catalogue.h"
#include "corpusindex.h"
#include "corpusparser.h"
#include "handcount.h"
#include "keywordquery.h"
#include "kwic.h"
#include "referencedata.h"
#include "store.h"
#include "testutil.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

// One item of the corpus file as a reader sees it: its province, its number ("5", or "5.1" for
// the first sub-item of item 5) and its text without the number.
struct FileItem
{
    QString province;
    QString number;
    QString text;
};

// The items of the seed corpus, read from the file without the program's parser: a line is a
// province header when it names a province, an item when it starts with "N、", a sub-item when
// it starts with "(N)"; the items end at the "来源" line (what follows is the page's footer).
QList<FileItem> readCorpusItems()
{
    QFile file(QStringLiteral(SEED_CORPUS));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the seed corpus");
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    static const QRegularExpression item(QStringLiteral("^(\\d+)、(.*)$"));
    static const QRegularExpression subItem(QStringLiteral("^[(（](\\d+)[)）](.*)$"));
    QList<FileItem> items;
    QString province;
    QString lastNumber;
    for (QString line : lines) {
        line = line.trimmed();
        if (line.startsWith(u8("来源")))
            break;
        if (ReferenceData::builtIn().findProvince(line)) {
            province = line;
            continue;
        }
        if (province.isEmpty())
            continue; // title and lead
        if (const QRegularExpressionMatch m = item.match(line); m.hasMatch()) {
            lastNumber = m.captured(1);
            items.append({province, lastNumber, m.captured(2)});
        } else if (const QRegularExpressionMatch s = subItem.match(line); s.hasMatch()) {
            items.append({province, lastNumber + u'.' + s.captured(1), s.captured(2)});
        }
    }
    return items;
}

// All rows of a Kwic, read in batches of the given size.
QList<KwicRow> allRows(const Kwic &kwic, const Store &store, const CorpusIndex &index, const MatchSet &matches,
                       int batch = 1000)
{
    QList<KwicRow> rows;
    int next = 0;
    Diagnostic error;
    while (next < index.itemCount()) {
        const int before = next;
        if (!kwic.read(store, matches, &next, batch, batch, &rows, &error))
            qFatal("kwic read failed: %s", qPrintable(error.toString()));
        if (next <= before)
            qFatal("kwic read made no progress");
    }
    return rows;
}

} // namespace

class TestKwic : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countsEveryOccurrenceInTheText();
    void rowsCarryProvinceNumberAndContext();
    void contextStopsAtTheItem();
    void severalTerms();
    void initiativeWording();
    void termAndInitiativeTogether();
    void batchesGiveTheSameRows();
    void originalTextIsShown();
    void numbers();
    void nothingToLookFor();

private:
    QTemporaryDir m_dir;
    Store m_store;
    CorpusIndex m_index;
    QList<FileItem> m_fileItems;
};

void TestKwic::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Diagnostic error;
    QVERIFY2(BuiltIn::openDatabase(&m_store, m_dir.filePath(QStringLiteral("atlas.sqlite")), Catalogue::builtIn(),
                                   BuiltIn::Seed::IfCreated, &error),
             qPrintable(error.toString()));
    QVERIFY2(m_index.load(m_store, ReferenceData::builtIn(), Catalogue::builtIn(), &error), qPrintable(error.toString()));
    m_fileItems = readCorpusItems();
    QCOMPARE(m_fileItems.size(), 94); // the corpus's items and sub-items
}

void TestKwic::countsEveryOccurrenceInTheText()
{
    const QString term = u8("产教融合");
    int expected = 0;
    for (const FileItem &item : std::as_const(m_fileItems))
        expected += int(item.text.count(term));
    // The title and footer never say it; the count is the items' only.
    QVERIFY(expected >= 10);
    const KeywordQuery query(term);
    const Kwic kwic(m_index, Catalogue::builtIn(), query, -1);
    const QList<KwicRow> rows = allRows(kwic, m_store, m_index, m_index.match(query));
    QCOMPARE(rows.size(), expected);
    for (const KwicRow &row : rows)
        QCOMPARE(row.match, term);
}

void TestKwic::rowsCarryProvinceNumberAndContext()
{
    const QString term = u8("产教融合");
    // Expected from the file: each occurrence's province, number, and 20 characters each side.
    QStringList expected;
    for (const FileItem &item : std::as_const(m_fileItems))
        for (qsizetype at = item.text.indexOf(term); at >= 0; at = item.text.indexOf(term, at + 1)) {
            const qsizetype from = std::max<qsizetype>(0, at - 20);
            expected.append(QStringList{item.province, item.number, item.text.mid(from, at - from), term,
                                        item.text.mid(at + term.size(), 20)}
                                .join(u'|'));
        }
    const KeywordQuery query(term);
    const Kwic kwic(m_index, Catalogue::builtIn(), query, -1);
    QStringList actual;
    for (const KwicRow &row : allRows(kwic, m_store, m_index, m_index.match(query))) {
        const QVariantList cells = Kwic::tableRow(m_index, row, false);
        QCOMPARE(cells.size(), Kwic::columns().size());
        QCOMPARE(cells.at(0).toString(), m_index.units().at(row.unit).code);
        actual.append(QStringList{cells.at(1).toString(), cells.at(2).toString(), cells.at(3).toString(),
                                  cells.at(4).toString(), cells.at(5).toString()}
                          .join(u'|'));
    }
    // The file lists provinces in the order the index keeps them (regions); compare as sets of rows.
    QStringList sortedExpected = expected, sortedActual = actual;
    sortedExpected.sort();
    sortedActual.sort();
    QCOMPARE(sortedActual, sortedExpected);
    QVERIFY(actual.contains(u8("天津市|1|推进职普融通、|产教融合|、科教融汇,构建产业、行业、企业、职业、")));
}

void TestKwic::contextStopsAtTheItem()
{
    const KeywordQuery query(u8("产教融合"));
    const Kwic wide(m_index, Catalogue::builtIn(), query, -1, 200);
    for (const KwicRow &row : allRows(wide, m_store, m_index, m_index.match(query))) {
        // With room for more, the contexts are the whole item around the match, nothing of the
        // item's number and nothing of the next item.
        const QString text = row.left + row.match + row.right;
        bool found = false;
        for (const FileItem &item : std::as_const(m_fileItems))
            found = found || (item.number == row.number && item.text == text);
        QVERIFY2(found, qPrintable(text));
    }
    const Kwic narrow(m_index, Catalogue::builtIn(), query, -1, 3);
    for (const KwicRow &row : allRows(narrow, m_store, m_index, m_index.match(query))) {
        QVERIFY(row.left.size() <= 3);
        QVERIFY(row.right.size() <= 3);
    }
}

void TestKwic::severalTerms()
{
    const QString a = u8("产教融合"), b = u8("科教融汇");
    int expectedA = 0, expectedB = 0;
    for (const FileItem &item : std::as_const(m_fileItems))
        if (item.text.contains(a) && item.text.contains(b)) {
            expectedA += int(item.text.count(a));
            expectedB += int(item.text.count(b));
        }
    QVERIFY(expectedA > 0 && expectedB > 0);
    const KeywordQuery query(a + u' ' + b);
    const Kwic kwic(m_index, Catalogue::builtIn(), query, -1);
    const QList<KwicRow> rows = allRows(kwic, m_store, m_index, m_index.match(query));
    QCOMPARE(rows.size(), expectedA + expectedB);
    int gotA = 0, gotB = 0;
    for (const KwicRow &row : rows) {
        gotA += row.match == a;
        gotB += row.match == b;
    }
    QCOMPARE(gotA, expectedA);
    QCOMPARE(gotB, expectedB);
    // Within an item, in the order of the text.
    for (qsizetype r = 1; r < rows.size(); ++r)
        if (rows.at(r).item == rows.at(r - 1).item)
            QVERIFY(rows.at(r).start >= rows.at(r - 1).start);
}

void TestKwic::initiativeWording()
{
    // The items with a row are the items the hand count found mentioning the initiative.
    const QString id = QStringLiteral("industry-education-integration");
    const QList<HandCount> hand = readHandCount();
    const auto section = std::find_if(hand.begin(), hand.end(), [&](const HandCount &h) { return h.id == id; });
    QVERIFY(section != hand.end());
    QSet<QString> expected;
    for (const HandEntry &e : section->entries)
        expected.insert(e.province + u' ' + QString(e.item).replace(u'(', u'.').remove(u')'));
    const int initiative = m_index.initiativeIndex(id);
    QVERIFY(initiative >= 0);
    const Kwic kwic(m_index, Catalogue::builtIn(), KeywordQuery(), Catalogue::builtIn().indexOf(id));
    const QList<KwicRow> rows = allRows(kwic, m_store, m_index, m_index.match(KeywordQuery(), initiative));
    QSet<QString> items;
    for (const KwicRow &row : rows) {
        items.insert(m_index.units().at(row.unit).nameZh + u' ' + row.number);
        // The wording matched: 产教融合, or a pattern with a gap such as 产教深度融合.
        QVERIFY2(row.match.startsWith(u8("产教")) || row.match.startsWith(u8("教育与产业")), qPrintable(row.match));
        QVERIFY2(row.match.endsWith(u8("融合")), qPrintable(row.match));
    }
    QCOMPARE(items, expected);
    QVERIFY(rows.size() >= expected.size());
}

void TestKwic::termAndInitiativeTogether()
{
    // The filter 产教融合 with the initiative 产教融合 picked: each place once, whether the term,
    // the initiative's wording or both found it.
    const QString id = QStringLiteral("industry-education-integration");
    const KeywordQuery query(u8("产教融合"));
    const MatchSet matches = m_index.match(query, m_index.initiativeIndex(id));
    const int initiative = Catalogue::builtIn().indexOf(id);
    auto keys = [&](const Kwic &kwic) {
        QSet<QString> out;
        for (const KwicRow &row : allRows(kwic, m_store, m_index, matches))
            out.insert(QStringLiteral("%1/%2/%3").arg(row.item).arg(row.start).arg(row.match));
        return out;
    };
    const QSet<QString> both = keys(Kwic(m_index, Catalogue::builtIn(), query, initiative));
    const QSet<QString> termOnly = keys(Kwic(m_index, Catalogue::builtIn(), query, -1));
    const QSet<QString> wordingOnly = keys(Kwic(m_index, Catalogue::builtIn(), KeywordQuery(), initiative));
    QCOMPARE(both, termOnly | wordingOnly);
    const QList<KwicRow> rows = allRows(Kwic(m_index, Catalogue::builtIn(), query, initiative), m_store, m_index, matches);
    QCOMPARE(rows.size(), both.size()); // no place twice
    QVERIFY(!termOnly.isEmpty());
}

void TestKwic::batchesGiveTheSameRows()
{
    const KeywordQuery query(u8("职业教育"));
    const Kwic kwic(m_index, Catalogue::builtIn(), query, -1);
    const MatchSet matches = m_index.match(query);
    const QList<KwicRow> once = allRows(kwic, m_store, m_index, matches, 100000);
    const QList<KwicRow> inSteps = allRows(kwic, m_store, m_index, matches, 1);
    QCOMPARE(inSteps.size(), once.size());
    for (qsizetype r = 0; r < once.size(); ++r) {
        QCOMPARE(inSteps.at(r).item, once.at(r).item);
        QCOMPARE(inSteps.at(r).start, once.at(r).start);
    }
    int expected = 0;
    for (const FileItem &item : std::as_const(m_fileItems))
        expected += int(item.text.count(u8("职业教育")));
    QCOMPARE(once.size(), expected);
}

void TestKwic::originalTextIsShown()
{
    // A document of our own with full-width letters and punctuation: the folded query finds
    // them, the row shows them as written.
    QTemporaryDir dir;
    Store store;
    Diagnostic error;
    QVERIFY(BuiltIn::openDatabase(&store, dir.filePath(QStringLiteral("a.sqlite")), Catalogue::builtIn(),
                                  BuiltIn::Seed::Never, &error));
    ParsedDocument doc;
    QVERIFY2(CorpusParser(ReferenceData::builtIn())
                 .parseText(u8("测试\n北京市\n1、建设ＡＢＣ实训基地，（试点）\n继续推进\n来源:测试\n"), QStringLiteral("t.txt"),
                            &doc, &error),
             qPrintable(error.toString()));
    ImportResult result;
    QVERIFY2(store.importDocument(doc, ReferenceData::builtIn(), Catalogue::builtIn(), &result, &error),
             qPrintable(error.toString()));
    CorpusIndex index;
    QVERIFY2(index.load(store, ReferenceData::builtIn(), Catalogue::builtIn(), &error), qPrintable(error.toString()));
    const KeywordQuery query(QStringLiteral("abc"));
    const Kwic kwic(index, Catalogue::builtIn(), query, -1);
    const QList<KwicRow> rows = allRows(kwic, store, index, index.match(query));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).left, u8("建设"));
    QCOMPARE(rows.at(0).match, u8("ＡＢＣ"));
    QVERIFY2(rows.at(0).right.startsWith(u8("实训基地，（试点）")), qPrintable(rows.at(0).right));
    QVERIFY(!rows.at(0).right.contains(u'\n'));
}

void TestKwic::numbers()
{
    QCOMPARE(Kwic::numberOf(u8("3、")), QStringLiteral("3"));
    QCOMPARE(Kwic::numberOf(u8("（2）")), QStringLiteral("2"));
    QCOMPARE(Kwic::numberOf(u8("三、")), u8("三"));
    // 贵州省 5(1): the sub-item is numbered after its item.
    const KeywordQuery query(u8("订单班"));
    const Kwic kwic(m_index, Catalogue::builtIn(), query, -1);
    const QList<KwicRow> rows = allRows(kwic, m_store, m_index, m_index.match(query));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(m_index.units().at(rows.at(0).unit).nameZh, u8("贵州省"));
    QCOMPARE(rows.at(0).number, QStringLiteral("5.1"));
}

void TestKwic::nothingToLookFor()
{
    const Kwic kwic(m_index, Catalogue::builtIn(), KeywordQuery(), -1);
    QVERIFY(kwic.isEmpty());
    QVERIFY(allRows(kwic, m_store, m_index, m_index.match(KeywordQuery())).isEmpty());
    // A term found only in a province's name matches its items but occurs in none of their texts.
    const KeywordQuery byName(u8("宁夏"));
    QVERIFY(m_index.match(byName).itemCount > 0);
    const Kwic names(m_index, Catalogue::builtIn(), byName, -1);
    int expected = 0;
    for (const FileItem &item : std::as_const(m_fileItems))
        expected += int(item.text.count(u8("宁夏")));
    QCOMPARE(allRows(names, m_store, m_index, m_index.match(byName)).size(), expected);
}

QTEST_GUILESS_MAIN(TestKwic)
#include "tst_kwic.moc"
