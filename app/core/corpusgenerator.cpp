// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusgenerator.h"

#include "builtin.h"
#include "corpusparser.h"
#include "outputfile.h"
#include "referencedata.h"

#include <QCoreApplication>
#include <QRegularExpression>

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
