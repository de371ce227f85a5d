// SPDX-License-Identifier: GPL-3.0-or-later
// make bench: one table at 10k, 100k and 1M generated items. For the keyword filter and the
// chart recount, the same run measures two baselines on the same data: SQLite LIKE '%term%' on
// the item table, and memmem over the same texts held contiguously in memory. Medians of
// several runs; the machines are shared, so compare within one run and read the ratios. A second
// table shows the costs at the documented limits (catalogue size, patterns that share parts,
// filter terms) next to the normal case on the same data. A third, the window's cold start to
// its first frame next to a bare Qt program that opens the same file, reads its units and shows a
// window (policy-atlas-bare-window).
#include "atlassession.h"
#include "catalogue.h"
#include "chartdata.h"
#include "corpusgenerator.h"
#include "heatmapdata.h"
#include "heatmapmodel.h"
#include "initiativecountmodel.h"
#include "kwicmodel.h"
#include "keywordquery.h"
#include "provincetreemodel.h"
#include "textfold.h"
#include "tilemapdata.h"
#include "treefilterproxy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <algorithm>
#include <cstring>
#include <functional>
#include <limits>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

namespace {

struct ChildRun
{
    double ms = 0;
    long peakKb = 0;
    int status = -1;
};

// Runs a command to completion; wall time and the child's own peak RSS (wait4's rusage).
ChildRun runChild(const QStringList &args, const QList<QByteArray> &extraEnv = {})
{
    std::vector<QByteArray> storage;
    std::vector<char *> argv;
    for (const QString &a : args)
        storage.push_back(a.toLocal8Bit());
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envStorage;
    for (char **e = environ; *e; ++e)
        envStorage.emplace_back(*e);
    for (const QByteArray &e : extraEnv)
        envStorage.push_back(e);
    std::vector<char *> envp;
    for (QByteArray &e : envStorage)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    ChildRun run;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data()) != 0)
        return run;
    posix_spawn_file_actions_destroy(&actions);
    struct rusage usage {};
    wait4(pid, &run.status, 0, &usage);
    run.ms = timer.nsecsElapsed() / 1e6;
    run.peakKb = usage.ru_maxrss;
    return run;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double timeMs(const std::function<void()> &work, int runs, const std::function<void()> &reset = {})
{
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        if (reset)
            reset();
        QElapsedTimer timer;
        timer.start();
        work();
        samples.push_back(timer.nsecsElapsed() / 1e6);
    }
    return median(samples);
}

struct Row
{
    QString operation;
    qint64 items;
    double ours;
    double like = -1;
    double memmem = -1;
};

QString cell(double v)
{
    return v < 0 ? QStringLiteral("—") : QString::number(v, 'f', v < 10 ? 2 : 1);
}

QString ratio(double a, double b)
{
    return a < 0 || b <= 0 ? QStringLiteral("—") : QString::number(a / b, 'f', 2);
}

void print(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    fflush(stdout);
}

// The texts, as stored, in one contiguous buffer: the memmem baseline.
struct RawTexts
{
    QByteArray arena;
    std::vector<qint64> offsets; // n + 1
    std::vector<qint64> ids;

    std::vector<quint8> match(const QByteArray &term) const
    {
        std::vector<quint8> hits(ids.size(), 0);
        const char *base = arena.constData();
        size_t pos = 0;
        const size_t size = size_t(arena.size());
        while (pos < size) {
            const void *found = ::memmem(base + pos, size - pos, term.constData(), size_t(term.size()));
            if (!found)
                break;
            const qint64 at = static_cast<const char *>(found) - base;
            const auto next = std::upper_bound(offsets.begin(), offsets.end(), at);
            hits[size_t(next - offsets.begin()) - 1] = 1;
            pos = size_t(*next);
        }
        return hits;
    }
};

// Catalogues at the limits, one entry per initiative.
QByteArray catalogueJson(const QList<QStringList> &patterns)
{
    QByteArray json = "{\"initiatives\": [\n";
    for (int i = 0; i < patterns.size(); ++i)
        json += (i ? ",\n" : "") + QByteArray("{\"id\": \"i") + QByteArray::number(i)
                + "\", \"name_zh\": \"名\", \"name_en\": \"Name\", \"patterns\": [\"" + patterns.at(i).join(QStringLiteral("\", \"")).toUtf8()
                + "\"]}";
    return json + "\n]}\n";
}

Catalogue loadCatalogue(const QByteArray &json, double *ms)
{
    Catalogue catalogue;
    Diagnostic error;
    *ms = timeMs([&] {
        if (!Catalogue::load(json, QStringLiteral("bench.json"), &catalogue, &error))
            print(error.toString());
    }, 3);
    return catalogue;
}

// 10,000 initiatives (the limit), one pattern each.
QByteArray manyInitiatives()
{
    QList<QStringList> patterns;
    for (int i = 0; i < Catalogue::MaxInitiatives; ++i)
        patterns.append({QStringLiteral("模式%1号").arg(i)});
    return catalogueJson(patterns);
}

// 100,000 patterns (the limit) that all start with 产 and a gap: the hostile run's catalogue.
QByteArray sameFirstCharacter(const QString &characters)
{
    QList<QStringList> patterns;
    int k = 0;
    for (int i = 0; i < Catalogue::MaxPatterns / 10; ++i) {
        QStringList list;
        for (int p = 0; p < 10; ++p, ++k)
            list.append(QStringLiteral("产…") + characters.at((k * 7) % characters.size()) + characters.at((k * 13 + k / 97) % characters.size()));
        patterns.append(list);
    }
    return catalogueJson(patterns);
}

// The costliest catalogue the limits let through: every split of up to `total` 甲 into three
// parts, then 乙; on a run of 甲 every split is a live prefix at every character.
QByteArray nestedGaps(int total)
{
    QStringList list;
    for (int i = 1; i <= total; ++i)
        for (int j = 1; i + j <= total; ++j)
            for (int k = 1; i + j + k <= total; ++k)
                list.append(QString(i, u'甲') + u'…' + QString(j, u'甲') + u'…' + QString(k, u'甲') + QStringLiteral("…乙"));
    return catalogueJson({list});
}

struct LimitRow
{
    QString operation;
    qint64 items;
    double ms;
    double normal = -1; // the normal case on the same data
    QString normalCase;
};

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PolicyAtlasBench"));
    const QString binary = QStringLiteral(POLICY_ATLAS_BIN);
    QList<qint64> sizes{10'000, 100'000, 1'000'000};
    if (argc > 1) {
        sizes.clear();
        for (int i = 1; i < argc; ++i)
            sizes.append(QByteArray(argv[i]).toLongLong());
    }
    const QStringList terms{QStringLiteral("产教融合"), QStringLiteral("黔菜师傅"), QStringLiteral("区块链")};
    const QStringList termKinds{QStringLiteral("common"), QStringLiteral("rare"), QStringLiteral("absent")};

    QTemporaryDir dir;
    QList<Row> rows;
    QList<LimitRow> limitRows;
    QStringList memoryLines;
    QStringList startLines;
    print(QStringLiteral("Policy Atlas benchmark (medians; lower is better; ratios < 1 mean ours is faster)"));
    for (qint64 n : sizes) {
        const QString corpus = dir.filePath(QStringLiteral("corpus-%1.txt").arg(n));
        const QString db = dir.filePath(QStringLiteral("atlas-%1.sqlite").arg(n));
        Diagnostic error;
        if (!CorpusGenerator(1).write(corpus, n, &error)) {
            print(error.toString());
            return 1;
        }
        const double textMb = QFileInfo(corpus).size() / 1048576.0; // MiB, as the RSS figures below

        const ChildRun import = runChild({binary, QStringLiteral("import"), QStringLiteral("--db"), db, corpus});
        if (import.status != 0) {
            print(QStringLiteral("import of %1 items failed").arg(n));
            return 1;
        }
        rows.append({QStringLiteral("import"), n, import.ms});

        // Cold start to the first frame, next to a bare Qt window on the same file (alternating,
        // so that both see the same machine): both processes end once their window is painted.
        std::vector<double> starts, bareStarts;
        long startPeak = 0;
        for (int i = 0; i < 9; ++i) {
            const ChildRun start = runChild({binary, QStringLiteral("--db"), db},
                                            {QByteArrayLiteral("POLICY_ATLAS_QUIT_WHEN_SHOWN=1"),
                                             QByteArrayLiteral("QT_QPA_PLATFORM=offscreen")});
            starts.push_back(start.ms);
            startPeak = std::max(startPeak, start.peakKb);
            bareStarts.push_back(runChild({QStringLiteral(BARE_WINDOW_BIN), db}, {QByteArrayLiteral("QT_QPA_PLATFORM=offscreen")}).ms);
        }

        AtlasSession session;
        QElapsedTimer timer;
        timer.start();
        if (!session.open(db, &error)) {
            print(error.toString());
            return 1;
        }
        const double indexLoad = timer.nsecsElapsed() / 1e6;
        // filterChanged's slots run in connection order: these two bracket the models' updates.
        QElapsedTimer applyTimer;
        double applyMs = 0;
        QObject::connect(&session, &AtlasSession::filterChanged, [&] { applyTimer.start(); });
        ProvinceTreeModel tree(&session);
        TreeFilterProxy proxy(&session);
        proxy.setSourceModel(&tree);
        // The comparison with the baselines: from a new filter string to the matching set with the
        // tree model updated, on this thread.
        session.setAsyncThreshold(std::numeric_limits<int>::max());

        RawTexts raw;
        QSqlQuery q(session.store().database());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT id, text FROM items ORDER BY id"));
        while (q.next()) {
            raw.ids.push_back(q.value(0).toLongLong());
            raw.offsets.push_back(raw.arena.size());
            raw.arena += q.value(1).toString().toUtf8();
            raw.arena += '\n';
        }
        raw.offsets.push_back(raw.arena.size());

        for (int t = 0; t < terms.size(); ++t) {
            const QString term = terms.at(t);
            const QByteArray utf8 = term.toUtf8();
            Row row{QStringLiteral("filter %1 (%2)").arg(termKinds.at(t), term), n, 0};
            row.ours = timeMs([&] { session.setKeywordFilter(term); }, 5, [&] { session.setKeywordFilter(QString()); });
            QSqlQuery like(session.store().database());
            like.setForwardOnly(true);
            like.prepare(QStringLiteral("SELECT id FROM items WHERE text LIKE ?"));
            row.like = timeMs(
                [&] {
                    like.addBindValue(QStringLiteral("%") + term + QStringLiteral("%"));
                    like.exec();
                    std::vector<qint64> ids;
                    while (like.next())
                        ids.push_back(like.value(0).toLongLong());
                },
                3);
            row.memmem = timeMs([&] { raw.match(utf8); }, 5);
            rows.append(row);
        }

        // What a keystroke costs the UI thread when the filter runs on another one: handing the
        // work over, then applying the result to the tree, the proxy and the chart's model.
        InitiativeCountModel counts(&session); // the chart's model: a keystroke updates it too
        QObject::connect(&session, &AtlasSession::filterChanged, [&] { applyMs = applyTimer.nsecsElapsed() / 1e6; });
        session.setAsyncThreshold(0);
        Row keystroke{QStringLiteral("keystroke on the UI thread (%1)").arg(terms.first()), n, 0};
        std::vector<double> keystrokes;
        for (int i = 0; i < 5; ++i) {
            session.setKeywordFilter(QString());
            session.waitForFilter();
            QElapsedTimer dispatch;
            dispatch.start();
            session.setKeywordFilter(terms.first());
            const double dispatchMs = dispatch.nsecsElapsed() / 1e6;
            session.waitForFilter();
            keystrokes.push_back(dispatchMs + applyMs);
        }
        keystroke.ours = median(keystrokes);
        rows.append(keystroke);

        // The same keystroke with every analysis view open (each recomputes only while shown,
        // so all are made active here): the heat map's model, the map's data (what its pane
        // builds on filterChanged) and the lines in context, whose first screen is read on their
        // own thread. The first screen: from the filter's result to the first lines in the model.
        {
            HeatmapModel heatmap(&session);
            heatmap.setActive(true);
            KwicModel kwic(&session);
            kwic.setActive(true);
            QObject::connect(&session, &AtlasSession::filterChanged, &kwic, [&] {
                TileMapData::Options mapOptions;
                TileMapData::build(session.index(), session.matches(), mapOptions);
            });
            // Connected last: after every view's slot (slots run in connection order).
            QObject::connect(&session, &AtlasSession::filterChanged, &kwic,
                             [&] { applyMs = applyTimer.nsecsElapsed() / 1e6; });
            double firstScreen = 0;
            QObject::connect(&kwic, &KwicModel::firstRows, [&] { firstScreen = applyTimer.nsecsElapsed() / 1e6; });
            Row allViews{QStringLiteral("keystroke on the UI thread, all views open (%1)").arg(terms.first()), n, 0};
            Row kwicFirst{QStringLiteral("in context: first screen after the filter (%1)").arg(terms.first()), n, 0};
            std::vector<double> allKeystrokes, firstScreens;
            for (int i = 0; i < 5; ++i) {
                session.setKeywordFilter(QString());
                session.waitForFilter();
                kwic.waitForFirstRows();
                QElapsedTimer dispatch;
                dispatch.start();
                session.setKeywordFilter(terms.first());
                const double dispatchMs = dispatch.nsecsElapsed() / 1e6;
                session.waitForFilter();
                allKeystrokes.push_back(dispatchMs + applyMs);
                kwic.waitForFirstRows();
                firstScreens.push_back(firstScreen);
            }
            allViews.ours = median(allKeystrokes);
            kwicFirst.ours = median(firstScreens);
            rows.append(allViews);
            rows.append(kwicFirst);
        }
        session.setAsyncThreshold(std::numeric_limits<int>::max());

        // Recount: the chart's numbers under the common term's filter.
        session.setKeywordFilter(terms.first());
        Row recount{QStringLiteral("chart recount (%1)").arg(terms.first()), n, 0};
        ChartData::Options options;
        recount.ours = timeMs([&] { ChartData::build(session.index(), session.keywordMatches(), options); }, 5);
        // The SQL baseline needs mentions as a relation; Policy Atlas keeps them in its search
        // index only, so they are copied into a temporary table of the shape a SQL tool would
        // use (not timed).
        {
            QSqlQuery setup(session.store().database());
            setup.exec(QStringLiteral("CREATE TEMP TABLE mentions(item_id INTEGER NOT NULL, initiative_id INTEGER NOT "
                                      "NULL, PRIMARY KEY(item_id, initiative_id)) WITHOUT ROWID"));
            setup.exec(QStringLiteral("CREATE INDEX temp.mentions_by_initiative ON mentions(initiative_id)"));
            setup.prepare(QStringLiteral("INSERT INTO temp.mentions SELECT json_extract(value, '$[0]'), "
                                         "json_extract(value, '$[1]') FROM json_each(?)"));
            const CorpusIndex &index = session.index();
            QString json;
            auto flush = [&] {
                if (json.isEmpty())
                    return;
                setup.addBindValue(u'[' + json + u']');
                setup.exec();
                json.clear();
            };
            for (int i = 0; i < index.itemCount(); ++i) {
                for (int initiative : index.mentionsOf(i))
                    json += (json.isEmpty() ? QString() : QStringLiteral(",")) + QStringLiteral("[%1,%2]").arg(index.itemId(i)).arg(initiative);
                if (json.size() > (1 << 20))
                    flush();
            }
            flush();
        }
        QSqlQuery group(session.store().database());
        group.setForwardOnly(true);
        group.prepare(QStringLiteral("SELECT m.initiative_id, count(DISTINCT i.unit_id), count(*) FROM items i "
                                     "JOIN temp.mentions m ON m.item_id = i.id WHERE i.text LIKE ? GROUP BY "
                                     "m.initiative_id"));
        recount.like = timeMs(
            [&] {
                group.addBindValue(QStringLiteral("%") + terms.first() + QStringLiteral("%"));
                group.exec();
                while (group.next()) {
                }
            },
            3);
        const QByteArray common = terms.first().toUtf8();
        recount.memmem = timeMs(
            [&] {
                const std::vector<quint8> hits = raw.match(common);
                MatchSet set;
                set.all = false;
                set.items.assign(size_t(session.index().itemCount()), 0);
                set.perUnit.assign(size_t(session.index().units().size()), 0);
                for (size_t i = 0; i < hits.size(); ++i)
                    if (hits[i]) {
                        const int item = session.index().indexOfItem(raw.ids[i]);
                        set.items[size_t(item)] = 1;
                    }
                session.index().counts(set);
            },
            5);
        rows.append(recount);
        // The heat map's numbers under the same filter, next to the chart's recount.
        Row heatmapRecount{QStringLiteral("heat map recount (%1)").arg(terms.first()), n, 0};
        HeatmapData::Options heatmapOptions;
        heatmapRecount.ours =
            timeMs([&] { HeatmapData::build(session.index(), session.keywordMatches(), heatmapOptions); }, 5);
        rows.append(heatmapRecount);
        session.setKeywordFilter(QString());

        // At the limits, next to the normal case on the same texts.
        QStringList folded;
        folded.reserve(qsizetype(raw.ids.size()));
        QHash<char32_t, int> itemsWith; // character → items of the first 10,000 that hold it
        for (size_t i = 0; i < raw.ids.size(); ++i) {
            const QString text = QString::fromUtf8(raw.arena.constData() + raw.offsets[i], raw.offsets[i + 1] - raw.offsets[i] - 1);
            folded.append(TextFold::fold(text));
            if (i < 10000) {
                QSet<char32_t> seen;
                for (char32_t c : text.toUcs4())
                    if (c >= 0x4E00 && !seen.contains(c)) {
                        seen.insert(c);
                        ++itemsWith[c];
                    }
            }
        }
        QString characters; // of the corpus, for patterns that start like its texts
        for (auto it = itemsWith.cbegin(); it != itemsWith.cend(); ++it)
            if (it.key() < 0x10000)
                characters += QChar(char16_t(it.key()));
        auto matchAll = [&](const Catalogue &catalogue, const QStringList &texts) {
            return timeMs([&] {
                for (const QString &text : texts)
                    catalogue.positionsInFolded(text);
            }, 3);
        };
        const double builtInMatch = matchAll(Catalogue::builtIn(), folded);
        limitRows.append({QStringLiteral("match every item: built-in catalogue (cost bound %1)").arg(Catalogue::builtIn().matchCostBound()),
                          n, builtInMatch, -1, {}});
        double loadMs = 0;
        const Catalogue same = loadCatalogue(sameFirstCharacter(characters), &loadMs);
        limitRows.append({QStringLiteral("match every item: 100,000 patterns 产…XY (cost bound %1)").arg(same.matchCostBound()), n,
                          matchAll(same, folded), builtInMatch, QStringLiteral("built-in")});
        int total = 20;
        Catalogue nested;
        Diagnostic refused;
        while (total > 1 && !Catalogue::load(nestedGaps(total), QStringLiteral("bench.json"), &nested, &refused))
            --total;
        limitRows.append({QStringLiteral("match every item: worst catalogue within the limit (%1 nested patterns, cost bound %2)")
                              .arg(nested.initiatives().first().patterns.size()).arg(nested.matchCostBound()),
                          n, matchAll(nested, folded), builtInMatch, QStringLiteral("built-in")});
        if (n == sizes.first()) { // the worst text for it: its cost per character does not depend on the corpus
            const QStringList runs(qsizetype(n), QString(40, u'甲'));
            limitRows.append({QStringLiteral("match %1 texts of 40 × 甲 (its worst text): that catalogue").arg(n), n,
                              matchAll(nested, runs), matchAll(Catalogue::builtIn(), runs), QStringLiteral("built-in")});
        }

        // Filter terms: the limit, each term in very many items (the worst case: every term a
        // pass over the items still in the running), next to the one common term.
        QList<std::pair<int, char32_t>> frequent;
        for (auto it = itemsWith.cbegin(); it != itemsWith.cend(); ++it)
            frequent.append({it.value(), it.key()});
        std::sort(frequent.begin(), frequent.end(), std::greater<>());
        QStringList commonTerms;
        for (const auto &f : std::as_const(frequent).mid(0, KeywordQuery::MaxTerms))
            commonTerms.append(QString::fromUcs4(&f.second, 1));
        const double oneTerm = timeMs([&] { session.index().match(KeywordQuery(terms.first())); }, 5);
        const KeywordQuery atLimit(commonTerms.join(u' '));
        limitRows.append({QStringLiteral("filter: %1 terms, the most common characters (%2 items match)")
                              .arg(atLimit.terms().size())
                              .arg(session.index().match(atLimit).itemCount),
                          n, timeMs([&] { session.index().match(atLimit); }, 5), oneTerm, QStringLiteral("one term")});
        QStringList many;
        for (int i = 0; i < 20000; ++i)
            many.append(QString::number(i, 36));
        limitRows.append({QStringLiteral("filter: 20,000 terms (refused)"), n,
                          timeMs([&] { session.index().match(KeywordQuery(many.join(u' '))); }, 5), oneTerm,
                          QStringLiteral("one term")});
        if (n == sizes.first()) { // loading does not depend on the corpus
            double builtInLoad = 0;
            QFile builtInFile(QStringLiteral(":/catalogue/initiatives.json"));
            builtInFile.open(QIODevice::ReadOnly);
            loadCatalogue(builtInFile.readAll(), &builtInLoad);
            limitRows.append({QStringLiteral("load catalogue: built-in (29 initiatives, 104 patterns)"), 0, builtInLoad, -1, {}});
            double manyLoad = 0;
            loadCatalogue(manyInitiatives(), &manyLoad);
            limitRows.append({QStringLiteral("load catalogue: 10,000 initiatives (the limit)"), 0, manyLoad, builtInLoad, QStringLiteral("built-in")});
            limitRows.append({QStringLiteral("load catalogue: 100,000 patterns 产…XY (the limit)"), 0, loadMs, builtInLoad, QStringLiteral("built-in")});
        }

        startLines.append(QStringLiteral("| %1 | %2 | %3 | %4 |")
                              .arg(n)
                              .arg(cell(median(starts)), cell(median(bareStarts)), ratio(median(starts), median(bareStarts))));
        rows.append({QStringLiteral("open + whole index load (in process; after the first frame in the window)"), n, indexLoad});
        memoryLines.append(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |")
                               .arg(n)
                               .arg(textMb, 0, 'f', 1)
                               .arg(n / (import.ms / 1000.0), 0, 'f', 0)
                               .arg(import.peakKb / 1024.0, 0, 'f', 0)
                               .arg(import.peakKb / 1024.0 / textMb, 0, 'f', 2)
                               .arg(startPeak / 1024.0, 0, 'f', 0)
                               .arg(startPeak / 1024.0 / textMb, 0, 'f', 2));
        print(QStringLiteral("… %1 items done").arg(n));
    }

    print(QString());
    print(QStringLiteral("| operation | items | ours ms | LIKE ms | memmem ms | ours/LIKE | ours/memmem |"));
    print(QStringLiteral("|---|---:|---:|---:|---:|---:|---:|"));
    for (const Row &r : std::as_const(rows))
        print(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |")
                  .arg(r.operation)
                  .arg(r.items)
                  .arg(cell(r.ours), cell(r.like), cell(r.memmem), ratio(r.ours, r.like), ratio(r.ours, r.memmem)));
    print(QString());
    print(QStringLiteral("| at the limits | items | ms | normal case | normal ms | ratio |"));
    print(QStringLiteral("|---|---:|---:|---|---:|---:|"));
    for (const LimitRow &r : std::as_const(limitRows))
        print(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |")
                  .arg(r.operation, r.items > 0 ? QString::number(r.items) : QStringLiteral("—"), cell(r.ms),
                       r.normalCase.isEmpty() ? QStringLiteral("—") : r.normalCase, cell(r.normal), ratio(r.ms, r.normal)));
    print(QString());
    print(QStringLiteral("| cold start to the first frame: items | policy-atlas ms | bare Qt window ms | ratio |"));
    print(QStringLiteral("|---:|---:|---:|---:|"));
    for (const QString &line : std::as_const(startLines))
        print(line);
    print(QString());
    print(QStringLiteral("| items | text MiB | import items/s | import peak RSS MiB | import RSS / text | app peak RSS MiB | app RSS / text |"));
    print(QStringLiteral("|---:|---:|---:|---:|---:|---:|---:|"));
    for (const QString &line : std::as_const(memoryLines))
        print(line);
    return 0;
}
