// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusgenerator.h"

#include "builtin.h"
#include "catalogue.h"
#include "corpusparser.h"
#include "outputfile.h"
#include "referencedata.h"
#include "tablewriter.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace {

// splitmix64: tiny, fast and identical on every platform (std:: distributions are not).
struct Random
{
    quint64 state;
    quint64 next()
    {
        quint64 z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); } // [0, 1)
};

// The clauses an item of a series is made of: for each initiative of the built-in catalogue the
// clauses that mention it and no other, and clauses that mention none. Every clause is checked
// with the catalogue's matcher; joined by 。 any of them mention exactly the union of theirs (no
// pattern holds 。 and no gap crosses it).
struct ClausePools
{
    std::vector<QStringList> mentioning; // by initiative
    QStringList neutral;

    ClausePools(const QStringList &seedClauses, const Catalogue &catalogue)
        : mentioning(size_t(catalogue.size()))
    {
        auto add = [&](const QString &clause) {
            const QVarLengthArray<quint16, 8> found = catalogue.positionsInFolded(TextFold::fold(clause));
            if (found.isEmpty()) {
                if (!neutral.contains(clause))
                    neutral.append(clause);
            } else if (found.size() == 1 && !mentioning[found.first()].contains(clause)) {
                mentioning[found.first()].append(clause);
            }
        };
        for (const QString &clause : seedClauses)
            add(clause);
        // An initiative's own wordings ("产教…融合" read without its gap), so that every one has
        // clauses even where the seed corpus names it only together with others.
        static const QString prefixes[] = {QStringLiteral("深入推进"), QStringLiteral("加快"), QString()};
        for (int i = 0; i < catalogue.size(); ++i)
            for (const QString &pattern : catalogue.initiatives().at(i).patterns)
                for (const QString &prefix : prefixes)
                    add(prefix + QString(pattern).remove(u'…'));
    }
};

} // namespace

CorpusGenerator::CorpusGenerator(quint64 seed)
    : m_seed(seed)
{
    ParsedDocument seedCorpus;
    CorpusParser parser(ReferenceData::builtIn());
    if (!parser.parseFile(BuiltIn::corpusPath(), &seedCorpus, nullptr))
        return;
    static const QRegularExpression separators(QStringLiteral("[，、；。,;]"));
    for (const ParsedUnit &unit : std::as_const(seedCorpus.units)) {
        for (const ParsedItem &item : unit.items) {
            QStringList texts{item.text};
            for (const ParsedItem &sub : item.subItems)
                texts.append(sub.text);
            for (const QString &text : std::as_const(texts))
                for (const QString &clause : text.split(separators, Qt::SkipEmptyParts))
                    if (clause.trimmed().size() >= 2)
                        m_clauses.append(clause.trimmed());
        }
    }
}

bool CorpusGenerator::write(const QString &path, qint64 items, Diagnostic *error) const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("CorpusGenerator", text); };
    if (m_clauses.isEmpty())
        return fail(error, {path, 0, tr("the built-in corpus has no clauses to build items from")});
    OutputFile output(path);
    if (!output.open(error))
        return false;
    QIODevice &file = *output.device();

    Random random{m_seed};
    const QList<Province> &provinces = ReferenceData::builtIn().provinces();
    const qint64 units = provinces.size();
    QString out;
    out.reserve(1 << 20);
    auto flush = [&](bool force) {
        if (!force && out.size() < (1 << 20))
            return true;
        const QByteArray bytes = out.toUtf8();
        out.clear();
        return file.write(bytes) == bytes.size();
    };
    auto sentence = [&] {
        const int clauses = 2 + random.below(3);
        QString text;
        for (int c = 0; c < clauses; ++c) {
            if (c > 0)
                text += u'，';
            text += m_clauses.at(random.below(int(m_clauses.size())));
        }
        return text + u'。';
    };

    out += QStringLiteral("2023年全国各省职业教育重点工作(合成语料,%1条,种子%2)\n").arg(items).arg(m_seed);
    out += QStringLiteral("本文件由 policy-atlas generate 生成,句子取自内置语料的条目,仅供测试与基准测量。\n");
    for (qint64 u = 0; u < units; ++u) {
        const qint64 quota = items / units + (u < items % units ? 1 : 0);
        if (quota == 0)
            break; // fewer items than provinces: the rest get none, and no header
        out += provinces.at(int(u)).nameZh + u'\n';
        qint64 written = 0;
        int number = 0;
        while (written < quota) {
            ++number;
            out += QStringLiteral("%1、").arg(number) + sentence() + u'\n';
            ++written;
            // Every tenth item gets up to two sub-items, within the unit's quota.
            for (int s = 1; s <= 2 && number % 10 == 0 && written < quota; ++s, ++written)
                out += QStringLiteral("(%1)").arg(s) + sentence() + u'\n';
            if (!flush(false))
                return output.failWrite(error);
        }
    }
    out += QStringLiteral("来源:policy-atlas generate(种子%1)\n").arg(m_seed);
    if (!flush(true))
        return output.failWrite(error);
    return output.commit(error);
}

int CorpusGenerator::Diffusion::firstYear(int province, int initiative) const
{
    for (int y = fromYear; y < fromYear + years; ++y)
        if (at(province, initiative, y))
            return y;
    return 0;
}

CorpusGenerator::Diffusion CorpusGenerator::diffusion(int fromYear, int toYear) const
{
    Diffusion plan;
    plan.fromYear = fromYear;
    plan.years = std::max(0, toYear - fromYear + 1);
    plan.provinces = int(ReferenceData::builtIn().provinces().size());
    plan.initiatives = Catalogue::builtIn().size();
    plan.mentioned.assign(size_t(plan.provinces) * size_t(plan.initiatives) * size_t(plan.years), 0);
    if (plan.years == 0)
        return plan;
    const ClausePools pools(m_clauses, Catalogue::builtIn());
    Random random{m_seed ^ 0x5DEECE66DULL};
    const double span = plan.years - 1;
    for (int i = 0; i < plan.initiatives; ++i) {
        // The curve: the share of provinces it ever reaches, the year half of them have it, and
        // how fast it spreads (the logistic's rate per year).
        const double reach = 0.35 + 0.65 * random.uniform();
        const double midpoint = span * (0.15 + 0.7 * random.uniform());
        const double rate = 0.7 + 1.5 * random.uniform();
        for (int p = 0; p < plan.provinces; ++p) {
            const double u = random.uniform();
            const double dropDraw = random.uniform();
            const int dropYear = random.below(plan.years);
            if (pools.mentioning[size_t(i)].isEmpty() || u >= reach)
                continue; // never takes it up (or nothing could say it)
            // The year the curve reaches this province's share: reach / (1 + e^(−rate (t − midpoint))) = u.
            const double q = std::clamp(u / reach, 1e-9, 1 - 1e-9);
            const double t = midpoint + std::log(q / (1 - q)) / rate;
            const int adopted = t <= 0 ? 0 : int(std::ceil(t));
            if (adopted >= plan.years)
                continue;
            for (int y = adopted; y < plan.years; ++y)
                plan.mentioned[(size_t(p) * size_t(plan.initiatives) + size_t(i)) * size_t(plan.years) + size_t(y)] = 1;
            // A few drop it again after adopting it: for good, or for one year.
            if (dropYear <= adopted || dropDraw >= 0.12)
                continue;
            const int until = dropDraw < 0.05 ? plan.years : dropYear + 1;
            for (int y = dropYear; y < until; ++y)
                plan.mentioned[(size_t(p) * size_t(plan.initiatives) + size_t(i)) * size_t(plan.years) + size_t(y)] = 0;
        }
    }
    return plan;
}

bool CorpusGenerator::writeTruth(const Diffusion &plan, const QString &path, Diagnostic *error)
{
    const QList<Province> &provinces = ReferenceData::builtIn().provinces();
    const QList<Initiative> &initiatives = Catalogue::builtIn().initiatives();
    Table table;
    table.columns = {QStringLiteral("province_code"), QStringLiteral("province"), QStringLiteral("initiative"),
                     QStringLiteral("first_year"), QStringLiteral("years")};
    for (int p = 0; p < plan.provinces; ++p) {
        for (int i = 0; i < plan.initiatives; ++i) {
            QStringList years;
            for (int y = plan.fromYear; y < plan.fromYear + plan.years; ++y)
                if (plan.at(p, i, y))
                    years.append(QString::number(y));
            const int first = plan.firstYear(p, i);
            table.addRow({provinces.at(p).code, provinces.at(p).nameZh, initiatives.at(i).id,
                          first ? QVariant(first) : QVariant(QString()), years.join(u';')});
        }
    }
    return table.save(path, TableWriter::Format::Csv, QString(), error);
}

bool CorpusGenerator::writeYears(const QString &folder, int fromYear, int toYear, qint64 itemsPerYear,
                                 const QString &truthPath, Diagnostic *error) const
{
    const QList<Province> &provinces = ReferenceData::builtIn().provinces();
    const qint64 units = provinces.size();
    if (fromYear < MinYear || toYear > MaxYear || fromYear > toYear || toYear - fromYear >= MaxYears)
        return fail(error, {folder, 0,
                            tr("the years must lie within %1–%2, the first not after the last, at most %3 of them")
                                .arg(MinYear)
                                .arg(MaxYear)
                                .arg(MaxYears)});
    if (itemsPerYear < units)
        return fail(error,
                    {folder, 0, tr("a series needs at least %1 items a year, one for each province").arg(units)});
    const Catalogue &catalogue = Catalogue::builtIn();
    const ClausePools pools(m_clauses, catalogue);
    if (pools.neutral.isEmpty())
        return fail(error, {folder, 0, tr("the built-in corpus has no clauses to build items from")});
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return fail(error, {folder, 0, tr("not a folder: a series is written as one file per year into a folder")});
    if (!QDir().mkpath(folder))
        return fail(error, {folder, 0, tr("cannot create the folder")});

    const Diffusion plan = diffusion(fromYear, toYear);

    Random random{m_seed ^ 0xA0761D6478BD642FULL};
    const QDir dir(folder);
    std::vector<std::pair<qint64, quint16>> placed; // (item, initiative) for the province's adopted initiatives
    QVarLengthArray<quint16, 4> wantedHere;
    QList<QStringView> parts;
    for (int year = fromYear; year <= toYear; ++year) {
        const QString path = dir.filePath(QStringLiteral("%1.txt").arg(year));
        OutputFile output(path);
        if (!output.open(error))
            return false;
        QIODevice &file = *output.device();
        QString out;
        out.reserve(1 << 20);
        auto flush = [&](bool force) {
            if (!force && out.size() < (1 << 20))
                return true;
            const QByteArray bytes = out.toUtf8();
            out.clear();
            return file.write(bytes) == bytes.size();
        };
        out += QStringLiteral("%1年全国各省职业教育重点工作(合成语料,%2条,种子%3)\n")
                   .arg(year)
                   .arg(itemsPerYear)
                   .arg(m_seed);
        out += QStringLiteral("本文件由 policy-atlas generate 生成,各项倡议逐年在各省扩散,"
                              "句子取自内置语料的条目与内置目录的措辞,仅供测试与基准测量。\n");
        for (qint64 u = 0; u < units; ++u) {
            const qint64 quota = itemsPerYear / units + (u < itemsPerYear % units ? 1 : 0);
            // The initiatives this province mentions this year: each in at least one item, at a
            // random place; then about half of the other items mention one of them too.
            QList<quint16> adopted;
            for (int i = 0; i < plan.initiatives; ++i)
                if (plan.at(int(u), i, year))
                    adopted.append(quint16(i));
            placed.clear();
            for (quint16 i : std::as_const(adopted))
                placed.emplace_back(qint64(random.next() % quint64(quota)), i);
            std::sort(placed.begin(), placed.end());
            size_t nextPlaced = 0;
            // The initiatives the province's written-th item mentions.
            auto wantedAt = [&](qint64 written) -> const QVarLengthArray<quint16, 4> & {
                wantedHere.clear();
                for (; nextPlaced < placed.size() && placed[nextPlaced].first == written; ++nextPlaced)
                    wantedHere.append(placed[nextPlaced].second);
                if (wantedHere.isEmpty() && !adopted.isEmpty() && random.below(2) == 0)
                    wantedHere.append(adopted.at(random.below(int(adopted.size()))));
                return wantedHere; // ascending: placed is sorted by item, then initiative
            };
            out += provinces.at(int(u)).nameZh + u'\n';
            qint64 written = 0;
            int number = 0;
            auto itemText = [&](const QVarLengthArray<quint16, 4> &wanted) {
                const int total = 2 + random.below(3);
                for (int attempt = 0;; ++attempt) {
                    parts.clear();
                    for (quint16 i : wanted) {
                        const QStringList &pool = pools.mentioning[i];
                        parts.append(pool.at(random.below(int(pool.size()))));
                    }
                    for (int c = int(wanted.size()); c < total; ++c)
                        parts.append(pools.neutral.at(random.below(int(pools.neutral.size()))));
                    for (qsizetype k = parts.size() - 1; k > 0; --k)
                        std::swap(parts[k], parts[random.below(int(k + 1))]);
                    // Joined by ， two clauses may make a mention across the join: then they are
                    // drawn again, and after a few tries joined by 。, which never does.
                    QString text;
                    for (qsizetype k = 0; k < parts.size(); ++k) {
                        if (k > 0)
                            text += attempt < 4 ? u'，' : u'。';
                        text += parts.at(k);
                    }
                    text += u'。';
                    const QVarLengthArray<quint16, 8> found = catalogue.positionsInFolded(TextFold::fold(text));
                    if (std::equal(found.begin(), found.end(), wanted.begin(), wanted.end()) || attempt >= 4)
                        return text;
                }
            };
            while (written < quota) {
                ++number;
                out += QStringLiteral("%1、").arg(number) + itemText(wantedAt(written)) + u'\n';
                ++written;
                for (int s = 1; s <= 2 && number % 10 == 0 && written < quota; ++s, ++written)
                    out += QStringLiteral("(%1)").arg(s) + itemText(wantedAt(written)) + u'\n';
                if (!flush(false))
                    return output.failWrite(error);
            }
        }
        out += QStringLiteral("来源:policy-atlas generate(种子%1)\n").arg(m_seed);
        if (!flush(true))
            return output.failWrite(error);
        if (!output.commit(error))
            return false;
    }
    return truthPath.isEmpty() || writeTruth(plan, truthPath, error);
}
