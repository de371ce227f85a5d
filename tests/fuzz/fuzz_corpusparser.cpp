// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a corpus file. CorpusParser::parseBytes (encoding detection,
// decoding, line splitting, headers, numbering) must either fail with a message or return a
// document that keeps its promises; then the built-in catalogue is matched against every item.
#include "catalogue.h"
#include "corpusparser.h"
#include "referencedata.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void broken(const char *promise)
{
    std::fprintf(stderr, "fuzz_corpusparser: broken promise: %s\n", promise);
    std::abort();
}

void check(bool ok, const char *promise)
{
    if (!ok)
        broken(promise);
}

void checkItem(const ParsedItem &item, int lines, const Catalogue &catalogue)
{
    check(item.line >= 1 && item.line <= lines, "an item's line is a line of the file");
    check(item.ordinal >= 0, "ordinals are not negative");
    for (const Mention &m : catalogue.find(item.text))
        check(m.initiative >= 0 && m.initiative < catalogue.size() && m.start >= 0 && m.length > 0
                  && m.start + m.length <= item.text.size(),
              "mentions lie inside the item's text");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const ReferenceData &reference = ReferenceData::builtIn();
    static const Catalogue &catalogue = Catalogue::builtIn();
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString fileName = QStringLiteral("fuzz.txt");

    ParsedDocument doc;
    Diagnostic error;
    if (!CorpusParser(reference).parseBytes(bytes, fileName, &doc, &error)) {
        check(!error.message.isEmpty(), "a failure has a message");
        check(error.file == fileName, "a failure names the file");
        check(error.line >= 0, "a failure's line is 0 or a line number");
        check(doc.units.isEmpty() && doc.title.isEmpty(), "a failure returns no partial document");
        return 0;
    }
    // Every line break takes at least one byte, so no line number exceeds size + 1.
    const int lines = int(size) + 1;
    check(!doc.units.isEmpty() && doc.itemCount() > 0, "a document has units and items");
    check(doc.contentHash.size() == 64, "the content hash is SHA-256 in hex");
    check(!doc.encoding.isEmpty(), "the encoding is named");
    for (const ParsedUnit &unit : std::as_const(doc.units)) {
        check(!unit.nameZh.isEmpty() && unit.line >= 1, "a unit has a name and a line");
        check(!unit.isStandard() || reference.provinceByCode(unit.code), "a standard unit's code is known");
        for (const ParsedItem &item : unit.items) {
            checkItem(item, lines, catalogue);
            for (const ParsedItem &sub : item.subItems) {
                checkItem(sub, lines, catalogue);
                check(sub.subItems.isEmpty(), "sub-items have no sub-items");
            }
        }
    }
    for (const Diagnostic &warning : std::as_const(doc.warnings))
        check(warning.file == fileName && !warning.message.isEmpty(), "warnings name the file");
    return 0;
}
