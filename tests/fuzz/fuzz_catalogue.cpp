// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as an initiative catalogue. Catalogue::load must either refuse it
// with a message or give a catalogue whose patterns match in bounded time; every loaded
// catalogue is matched against the input itself and against a sample of the seed corpus.
#include "catalogue.h"

#include <QFile>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool ok, const char *promise)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_catalogue: broken promise: %s\n", promise);
        std::abort();
    }
}

void checkMatches(const Catalogue &catalogue, const QString &text)
{
    const QList<Mention> mentions = catalogue.find(text);
    int previousStart = -1;
    for (const Mention &m : mentions) {
        check(m.initiative >= 0 && m.initiative < catalogue.size(), "a mention names an initiative");
        check(m.start >= 0 && m.length > 0 && m.start + m.length <= text.size(), "a mention lies inside the text");
        check(m.start >= previousStart, "mentions come in text order");
        previousStart = m.start;
    }
    const QList<int> in = catalogue.initiativesIn(text);
    for (int i = 1; i < in.size(); ++i)
        check(in.at(i - 1) < in.at(i), "initiativesIn is distinct and ordered");
    QList<int> mentioned;
    for (const Mention &m : mentions)
        if (!mentioned.contains(m.initiative))
            mentioned.append(m.initiative);
    std::sort(mentioned.begin(), mentioned.end());
    check(mentioned == in, "find and initiativesIn agree");
}

QString seedSample()
{
    QFile file(QStringLiteral(":/corpus/2023-provincial-vocational-education.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.read(6000));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QString sample = seedSample();
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString fileName = QStringLiteral("fuzz.json");

    Catalogue catalogue;
    Diagnostic error;
    if (!Catalogue::load(bytes, fileName, &catalogue, &error)) {
        check(!error.message.isEmpty(), "a refusal has a message");
        check(error.file == fileName, "a refusal names the file");
        check(catalogue.size() == 0, "a refusal leaves the catalogue as it was");
        return 0;
    }
    check(catalogue.size() > 0, "a catalogue has initiatives");
    check(catalogue.fingerprint().size() == 64, "the fingerprint is SHA-256 in hex");
    check(catalogue.size() <= Catalogue::MaxInitiatives, "at most MaxInitiatives initiatives");
    check(catalogue.matchCostBound() <= Catalogue::MaxMatchCost, "matching cost is bounded");
    for (const Initiative &in : catalogue.initiatives()) {
        check(!in.id.isEmpty() && !in.nameZh.isEmpty() && !in.nameEn.isEmpty(), "an initiative has an id and names");
        check(!in.patterns.isEmpty(), "an initiative has patterns");
        check(catalogue.indexOf(in.id) >= 0, "ids can be looked up");
    }
    checkMatches(catalogue, QString::fromUtf8(bytes));
    checkMatches(catalogue, sample);
    return 0;
}
