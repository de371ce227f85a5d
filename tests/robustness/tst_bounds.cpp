// SPDX-License-Identifier: GPL-3.0-or-later
// Bounded cost, whatever the input (README, "Initiative catalogue" and "When things go wrong").
// Each finding of the hostile-user run, reproduced at a size that is quick in a test: catalogues
// at and past their limits (initiatives, patterns, names), patterns that share a first character
// or combine their parts around gaps, --match with thousands of terms, and names long enough to
// blow up a chart. The tests check behaviour (refusals and their messages, correct matches,
// elided labels, export sizes), never a time: make bench measures the costs.
#include "atlassession.h"
#include "catalogue.h"
#include "chartbuilder.h"
#include "chartdata.h"
#include "chartexport.h"
#include "corpusgenerator.h"
#include "corpusparser.h"
#include "keywordquery.h"
#include "referencedata.h"
#include "robustness.h"
#include "textfold.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Robustness;

namespace {

struct Entry
{
    QByteArray id;
    QByteArrayList patterns;
    QByteArray nameZh = "名";
};

// One entry per line: entry i (from 0) is on line i + 3.
QByteArray catalogueJson(const QList<Entry> &entries)
{
    QByteArray json = "{\n\"initiatives\": [\n";
    for (int i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        json += "{\"id\": \"" + e.id + "\", \"name_zh\": \"" + e.nameZh + "\", \"name_en\": \"Name\", \"patterns\": [\""
                + e.patterns.join("\", \"") + "\"]}" + (i + 1 < entries.size() ? ",\n" : "\n");
    }
    return json + "]\n}\n";
}

QList<Entry> numberedEntries(int count)
{
    QList<Entry> entries;
    for (int i = 0; i < count; ++i)
        entries.append(Entry{"i" + QByteArray::number(i), {"模式" + QByteArray::number(i) + "号"}});
    return entries;
}

Diagnostic refusal(const QByteArray &json)
{
    Catalogue catalogue;
    Diagnostic error;
    if (Catalogue::load(json, QStringLiteral("bounds.json"), &catalogue, &error))
        error.message = QStringLiteral("<loaded>");
    return error;
}

// Every split of up to `total` 甲 into three parts, then 乙: on a run of 甲 each split is a live
// prefix at every position, the worst kind of catalogue for matching.
QByteArrayList nestedPatterns(int total)
{
    QByteArrayList patterns;
    for (int i = 1; i <= total; ++i)
        for (int j = 1; i + j <= total; ++j)
            for (int k = 1; i + j + k <= total; ++k)
                patterns.append((QString(i, u'甲') + u'…' + QString(j, u'甲') + u'…' + QString(k, u'甲') + QStringLiteral("…乙")).toUtf8());
    return patterns;
}

// Item and sub-item texts of the seed corpus.
QStringList seedTexts()
{
    ParsedDocument doc;
    Diagnostic error;
    if (!CorpusParser(ReferenceData::builtIn()).parseFile(seedCorpus(), &doc, &error))
        qFatal("cannot parse the seed corpus: %s", qPrintable(error.toString()));
    QStringList texts;
    for (const ParsedUnit &unit : doc.units)
        for (const ParsedItem &item : unit.items) {
            texts.append(item.text);
            for (const ParsedItem &sub : item.subItems)
                texts.append(sub.text);
        }
    return texts;
}

QStringList plainCategories(QChart *chart)
{
    QStringList out;
    for (QString category : qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).first())->categories())
        out.append(category.remove(QStringLiteral("<br/>")).remove(QChar(0x200B)));
    return out;
}

} // namespace

class TestBounds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // Loading a catalogue: one pass over the JSON, limits with messages that name entry and line.
    void catalogueAtTheInitiativeLimitLoads();
    void oneInitiativeTooManyIsRefused();
    void badLastEntryNamesItsLine();
    void tooManyPatternsAreRefused();
    // Matching: one automaton for all parts, a cost per character bounded when the catalogue loads.
    void manyPatternsWithTheSameFirstCharacter();
    void duplicatePatternsCountOnce();
    void patternsThatCombineTooMuchAreRefused();
    // --match and the filter box: at most KeywordQuery::MaxTerms terms.
    void tooManyTermsAreRefused();
    void termsAtTheLimitMatch();
    // Names: capped when the catalogue loads; charts elide whatever they are given.
    void longNamesAreRefused();
    void chartLabelsAreElided();
    void longUnitNamesAndFiltersLeaveTheChartAsItWas();

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestBounds::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_env = environment(m_dir.filePath(QStringLiteral("env")));
}

void TestBounds::catalogueAtTheInitiativeLimitLoads()
{
    Catalogue catalogue;
    Diagnostic error;
    QVERIFY2(Catalogue::load(catalogueJson(numberedEntries(Catalogue::MaxInitiatives)), QStringLiteral("bounds.json"),
                             &catalogue, &error),
             qPrintable(error.toString()));
    QCOMPARE(catalogue.size(), Catalogue::MaxInitiatives);
    QCOMPARE(catalogue.indexOf(QStringLiteral("i9999")), 9999);
    QCOMPARE(catalogue.initiativesIn(QStringLiteral("推进模式9999号和模式17号")), (QList<int>{17, 9999}));
}

void TestBounds::oneInitiativeTooManyIsRefused()
{
    const Diagnostic error = refusal(catalogueJson(numberedEntries(Catalogue::MaxInitiatives + 1)));
    QCOMPARE(error.toString(), QStringLiteral("bounds.json:10003: initiative 10001 (\"i10000\"): a catalogue may hold at "
                                              "most 10000 initiatives"));
}

void TestBounds::badLastEntryNamesItsLine()
{
    QList<Entry> entries = numberedEntries(Catalogue::MaxInitiatives);
    entries.last().id = "i17";
    QCOMPARE(refusal(catalogueJson(entries)).toString(),
             QStringLiteral("bounds.json:10002: initiative 10000 (\"i17\"): duplicate id"));
    entries.last().id = "i9999";
    entries.last().patterns = {"产教……融合"};
    QCOMPARE(refusal(catalogueJson(entries)).toString(),
             QStringLiteral("bounds.json:10002: initiative 10000 (\"i9999\"): pattern \"产教……融合\": a gap (…) may not "
                            "start or end a pattern, nor follow another gap"));
}

void TestBounds::tooManyPatternsAreRefused()
{
    QList<Entry> entries;
    for (int i = 0; i < 1000; ++i) {
        Entry e{"i" + QByteArray::number(i), {}};
        for (int k = 0; k < 100; ++k)
            e.patterns.append("p" + QByteArray::number(i) + "x" + QByteArray::number(k) + "y");
        entries.append(e);
    }
    Catalogue catalogue;
    Diagnostic error;
    QVERIFY2(Catalogue::load(catalogueJson(entries), QStringLiteral("bounds.json"), &catalogue, &error),
             qPrintable(error.toString()));
    QCOMPARE(catalogue.initiativesIn(QStringLiteral("P999X99Y")), QList<int>{999});

    entries.last().patterns.append("one-more");
    QCOMPARE(refusal(catalogueJson(entries)).toString(),
             QStringLiteral("bounds.json:1002: initiative 1000 (\"i999\"): too many patterns: a catalogue may hold at "
                            "most 100000 patterns in all"));
}

void TestBounds::manyPatternsWithTheSameFirstCharacter()
{
    // 100,000 patterns that all start with 产 and a gap (the hostile run's case): 99,990 of them end
    // in two characters that the texts never hold, and the last is 产…融合.
    const QString rare = QStringLiteral("龘靐齉爩麤灪");
    QList<Entry> entries;
    for (int i = 0; i < 9999; ++i) {
        Entry e{"i" + QByteArray::number(i), {}};
        for (int k = 0; k < 10; ++k)
            e.patterns.append((QStringLiteral("产…") + rare.at((i + k) % 6) + rare.at((i / 6 + k) % 6)).toUtf8());
        entries.append(e);
    }
    entries.append(Entry{"last", {"产…融合"}});
    Catalogue catalogue;
    Diagnostic error;
    QVERIFY2(Catalogue::load(catalogueJson(entries), QStringLiteral("bounds.json"), &catalogue, &error),
             qPrintable(error.toString()));
    QVERIFY2(catalogue.matchCostBound() <= 16, qPrintable(QString::number(catalogue.matchCostBound())));

    // The seed corpus and generated items: the last initiative exactly where 产, up to four
    // characters without punctuation, then 融合 occur.
    QStringList texts = seedTexts();
    const QString generated = path(QStringLiteral("generated.txt"));
    QVERIFY2(CorpusGenerator(3).write(generated, 2000, &error), qPrintable(error.toString()));
    texts += QString::fromUtf8(fileBytes(generated)).split(u'\n');
    texts.append(QStringLiteral("产一二三四融合，产一二三四五融合"));
    static const QRegularExpression expected(QStringLiteral("产[^，。；：！？、,.;:!?\\n\\r]{0,4}融合"));
    int found = 0;
    for (const QString &text : std::as_const(texts)) {
        const bool matches = expected.match(TextFold::fold(text)).hasMatch();
        QCOMPARE(catalogue.initiativesIn(text), matches ? QList<int>{9999} : QList<int>{});
        found += matches;
    }
    QVERIFY(found > 20);
    // And the initiatives with 产…龘靐 where it occurs: all of them, in catalogue order.
    QList<int> withPair;
    for (int i = 0; i < 9999; ++i)
        for (int k = 0; k < 10; ++k)
            if ((i + k) % 6 == 0 && (i / 6 + k) % 6 == 1 && !withPair.contains(i))
                withPair.append(i);
    QVERIFY(withPair.size() > 100);
    QCOMPARE(catalogue.initiativesIn(QStringLiteral("产龘靐")), withPair);
    QCOMPARE(catalogue.initiativesIn(QStringLiteral("产 一二 龘靐。")), withPair);
    QCOMPARE(catalogue.initiativesIn(QStringLiteral("产，龘靐")), QList<int>{});
}

void TestBounds::duplicatePatternsCountOnce()
{
    Entry many{"many", {}};
    for (int i = 0; i < 10000; ++i)
        many.patterns.append(i % 2 ? "产教融合" : "产教…融合");
    const Catalogue repeated = [&] {
        Catalogue c;
        Diagnostic error;
        Catalogue::load(catalogueJson({many, Entry{"other", {"产教融合"}}}), QStringLiteral("bounds.json"), &c, &error);
        return c;
    }();
    Catalogue once;
    Diagnostic error;
    QVERIFY(Catalogue::load(catalogueJson({Entry{"many", {"产教…融合", "产教融合"}}, Entry{"other", {"产教融合"}}}),
                            QStringLiteral("bounds.json"), &once, &error));
    QCOMPARE(repeated.size(), 2);
    QCOMPARE(repeated.matchCostBound(), once.matchCostBound());
    const QString text = QStringLiteral("推动产教深度融合，产教融合");
    const QList<Mention> mentions = repeated.find(text);
    QCOMPARE(mentions.size(), 3);
    QCOMPARE(text.mid(mentions.at(0).start, mentions.at(0).length), QStringLiteral("产教深度融合"));
    QCOMPARE(text.mid(mentions.at(1).start, mentions.at(1).length), QStringLiteral("产教融合"));
    QCOMPARE(text.mid(mentions.at(2).start, mentions.at(2).length), QStringLiteral("产教融合"));
    QCOMPARE(repeated.initiativesIn(text), (QList<int>{0, 1}));
}

void TestBounds::patternsThatCombineTooMuchAreRefused()
{
    // Refused, whether loaded in process or given to the command line, before a database is opened.
    const QString file = path(QStringLiteral("nested.json"));
    QVERIFY(writeFile(file, catalogueJson({Entry{"plain", {"产教融合"}}, Entry{"nested", nestedPatterns(20)}})));
    const Run counts = run({QStringLiteral("counts"), QStringLiteral("--catalogue"), file, QStringLiteral("--db"),
                            path(QStringLiteral("nested.sqlite"))},
                           m_env);
    QVERIFY2(counts.exitedWith(1), counts.describe());
    QVERIFY(counts.out.isEmpty());
    const QRegularExpression message(
        QStringLiteral("^%1:4: initiative 2 \\(\"nested\"\\): pattern \"甲…甲…甲…乙\": too many patterns with gaps "
                       "combine the same parts; matching could take (\\d+) steps per character of text \\(at most 1000 "
                       "are allowed\\)\n$")
            .arg(QRegularExpression::escape(file)));
    const QRegularExpressionMatch m = message.match(counts.errText());
    QVERIFY2(m.hasMatch(), counts.describe());
    QVERIFY(m.captured(1).toInt() > 1000);
    QVERIFY(!QFile::exists(path(QStringLiteral("nested.sqlite"))));

    // The largest such family under the limit loads, and still matches correctly on runs of 甲.
    int total = 20;
    Catalogue catalogue;
    Diagnostic error;
    while (!Catalogue::load(catalogueJson({Entry{"nested", nestedPatterns(total)}}), QStringLiteral("bounds.json"),
                            &catalogue, &error))
        --total;
    QVERIFY2(total >= 8, qPrintable(QString::number(total)));
    QVERIFY(catalogue.matchCostBound() <= Catalogue::MaxMatchCost);
    const QString run = QString(1000, u'甲');
    QCOMPARE(catalogue.initiativesIn(run), QList<int>{});
    QCOMPARE(catalogue.initiativesIn(run + QStringLiteral("乙")), QList<int>{0});
    QCOMPARE(catalogue.initiativesIn(run + QStringLiteral("、乙")), QList<int>{});
    const QList<Mention> mentions = catalogue.find(run + QStringLiteral("一二乙") + run);
    QCOMPARE(mentions.size(), 1);
    // The earliest start: the 甲 parts as long, and the gaps as wide, as they may be (the last gap
    // holds two 甲 before 一二).
    QCOMPARE(mentions.first().start, 1000 - 2 - total - 2 * Catalogue::MaxGap);
    QCOMPARE(mentions.first().start + mentions.first().length, 1003);
}

void TestBounds::tooManyTermsAreRefused()
{
    QStringList terms;
    for (int i = 0; i < 20000; ++i) // short, so that the argument stays within the kernel's limit
        terms.append(QString::number(i, 36));
    const QString text = terms.join(u' ');
    const QString db = path(QStringLiteral("terms.sqlite"));
    for (const QString &command : {QStringLiteral("counts"), QStringLiteral("provinces"), QStringLiteral("matrix")}) {
        const Run r = run({command, QStringLiteral("--db"), db, QStringLiteral("--match"), text}, m_env);
        QVERIFY2(r.exitedWith(2), r.describe());
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.errText().startsWith(QStringLiteral("policy-atlas %1: --match: the filter has 20000 different terms; at "
                                                       "most 32 are allowed\n")
                                            .arg(command)),
                 r.describe());
    }
    const Run chart = run({QStringLiteral("chart"), path(QStringLiteral("terms.png")), QStringLiteral("--db"), db,
                           QStringLiteral("--match"), text},
                          m_env);
    QVERIFY2(chart.exitedWith(2), chart.describe());
    QVERIFY2(chart.errText().contains(QStringLiteral("at most 32 are allowed")), chart.describe());
    QVERIFY(!QFile::exists(path(QStringLiteral("terms.png"))));

    // In the window: nothing matches, and the session says why (the status bar shows it).
    AtlasSession session;
    Diagnostic error;
    QVERIFY2(session.open(db, &error), qPrintable(error.toString()));
    session.setAsyncThreshold(std::numeric_limits<int>::max());
    session.setKeywordFilter(text);
    QVERIFY(!session.query().isValid());
    QCOMPARE(session.query().error(), QStringLiteral("the filter has 20000 different terms; at most 32 are allowed"));
    QCOMPARE(session.matches().itemCount, 0);
    QVERIFY(!session.matches().all);
    // Repeated terms count once.
    QVERIFY(KeywordQuery(QStringLiteral("产教 ").repeated(10000)).isValid());
}

void TestBounds::termsAtTheLimitMatch()
{
    AtlasSession session;
    Diagnostic error;
    QVERIFY2(session.open(path(QStringLiteral("limit.sqlite")), &error), qPrintable(error.toString()));
    // 32 single characters of the seed corpus: the items holding all of them are exactly the
    // intersection of the items holding each.
    const QString characters = QStringLiteral("职业教育发展建设推进技能人才培养院校产教融合深化改革高水平学院服务体系");
    QStringList terms;
    for (QChar c : characters)
        if (!terms.contains(QString(c)) && terms.size() < KeywordQuery::MaxTerms)
            terms.append(QString(c));
    QCOMPARE(terms.size(), KeywordQuery::MaxTerms);
    for (int count : {1, 2, 3, 5, 8, 32}) {
        const KeywordQuery query(terms.mid(0, count).join(u' '));
        QVERIFY(query.isValid());
        const MatchSet all = session.index().match(query);
        std::vector<quint8> expected(size_t(session.index().itemCount()), 1);
        for (int t = 0; t < count; ++t) {
            const MatchSet one = session.index().match(KeywordQuery(terms.at(t)));
            for (size_t i = 0; i < expected.size(); ++i)
                expected[i] &= one.items[i];
        }
        QCOMPARE(all.items, expected);
        QCOMPARE(all.itemCount, int(std::count(expected.begin(), expected.end(), 1)));
    }
    QVERIFY(session.index().match(KeywordQuery(terms.mid(0, 3).join(u' '))).itemCount > 0);
    const KeywordQuery tooMany(terms.join(u' ') + QStringLiteral(" 一"));
    QVERIFY(!tooMany.isValid());
    QCOMPARE(session.index().match(tooMany).itemCount, 0);
    QVERIFY(!tooMany.matches(QStringLiteral("anything")));
}

void TestBounds::longNamesAreRefused()
{
    const QByteArray name(1000000, 'n');
    QList<Entry> entries = numberedEntries(3);
    entries[1].nameZh = name;
    const QString file = path(QStringLiteral("long-name.json"));
    QVERIFY(writeFile(file, catalogueJson(entries)));
    const Run r = run({QStringLiteral("counts"), QStringLiteral("--catalogue"), file, QStringLiteral("--db"),
                       path(QStringLiteral("long-name.sqlite"))},
                      m_env);
    QVERIFY2(r.exitedWith(1), r.describe());
    QCOMPARE(r.errText(), file + QStringLiteral(":4: initiative 2 (\"i1\"): \"name_zh\" is longer than 200 characters "
                                                "(it has 1000000)\n"));
    // 200 characters are fine.
    entries[1].nameZh = QString(200, u'名').toUtf8();
    Catalogue catalogue;
    Diagnostic error;
    QVERIFY2(Catalogue::load(catalogueJson(entries), QStringLiteral("bounds.json"), &catalogue, &error),
             qPrintable(error.toString()));
    QCOMPARE(catalogue.initiatives().at(1).nameZh.size(), 200);
}

void TestBounds::chartLabelsAreElided()
{
    ChartData data;
    data.title = QStringLiteral("Title");
    data.subtitle = QStringLiteral("Subtitle");
    const QString english = QStringLiteral("Vocational education reform pilot zone ").repeated(5).left(200);
    data.bars = {ChartBar{QStringLiteral("a"), QString(200, u'职'), 9, 9, {}},
                 ChartBar{QStringLiteral("b"), english, 5, 5, {}},
                 ChartBar{QStringLiteral("c"), QString(1000000, u'长'), 3, 3, {}}, // no catalogue allows it
                 ChartBar{QStringLiteral("d"), QStringLiteral("产教融合"), 1, 1, {}}};
    std::unique_ptr<QChart> chart(ChartBuilder::create(data, 800));
    QVERIFY(ChartBuilder::fitLabels(chart.get(), 800) <= 3);
    const QStringList labels = plainCategories(chart.get());
    QCOMPARE(labels.size(), 4);
    QCOMPARE(labels.at(0), QStringLiteral("产教融合")); // shortest bar first
    for (int i = 1; i < 4; ++i) {
        QVERIFY2(labels.at(i).endsWith(QChar(0x2026)), qPrintable(labels.at(i)));
        QVERIFY2(labels.at(i).size() < 200, qPrintable(labels.at(i)));
    }
    QVERIFY2(labels.at(2).startsWith(QStringLiteral("Vocational education")), qPrintable(labels.at(2)));
    QVERIFY2(labels.at(3).startsWith(QStringLiteral("职职职")), qPrintable(labels.at(3)));

    // The export is as large as three lines per label make it, whatever the names.
    ChartExport::Options options;
    const QSize size = ChartExport::outputSize(data, options);
    QCOMPARE(size, QSize(ChartExport::DefaultWidth, ChartExport::autoHeight(4, 3)));
    const QString png = path(QStringLiteral("long-labels.png"));
    Diagnostic error;
    QVERIFY2(ChartExport::save(data, png, options, &error), qPrintable(error.toString()));
    const QImage image(png);
    QCOMPARE(image.size(), size * ChartExport::DefaultScale);
}

void TestBounds::longUnitNamesAndFiltersLeaveTheChartAsItWas()
{
    // A non-standard unit's name (from a corpus) and the filter text reach the chart through the
    // bars' provinces (tooltips) and the subtitle.
    ChartData shortNames;
    shortNames.title = QStringLiteral("提及各项举措的省份数");
    shortNames.subtitle = QStringLiteral("全部地区 · 筛选:“技工”");
    shortNames.bars = {ChartBar{QStringLiteral("a"), QStringLiteral("产教融合"), 2, 2, {QStringLiteral("北京市"), QStringLiteral("某某兵团")}}};
    ChartData longNames = shortNames;
    longNames.subtitle = QStringLiteral("全部地区 · 筛选:“%1”").arg(QString(1000000, u'技'));
    longNames.bars.first().unitNames = {QStringLiteral("北京市"), QString(1000000, u'团')};
    ChartExport::Options options;
    QCOMPARE(ChartExport::outputSize(longNames, options), ChartExport::outputSize(shortNames, options));
    std::unique_ptr<QChart> chart(ChartBuilder::create(longNames, 800));
    QVERIFY2(chart->title().size() < 1000, qPrintable(QString::number(chart->title().size())));
    QVERIFY(chart->title().contains(QStringLiteral("技技技")));
    const QString svg = path(QStringLiteral("long-subtitle.svg"));
    Diagnostic error;
    QVERIFY2(ChartExport::save(longNames, svg, options, &error), qPrintable(error.toString()));
    QVERIFY(QFileInfo(svg).size() < 200000);
}

QTEST_MAIN(TestBounds)
#include "tst_bounds.moc"
