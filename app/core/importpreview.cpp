// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreview.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

// Counts what the parser gives and keeps only each unit's first item's opening.
class CountingSink final : public CorpusSink
{
public:
    CountingSink(QList<UnitPreview> *units, const PreviewProgress &progress, const QString &path)
        : m_units(units)
        , m_progress(progress)
        , m_path(path)
    {
    }

    bool cancelled = false;

    bool unit(int unitIndex, const ParsedUnit &unit, Diagnostic *) override
    {
        Q_ASSERT(unitIndex == m_units->size());
        UnitPreview preview;
        preview.nameZh = unit.nameZh;
        preview.code = unit.code;
        preview.line = unit.line;
        m_units->append(preview);
        return true;
    }

    bool item(int unitIndex, bool subItem, ParsedItem &item, Diagnostic *) override
    {
        UnitPreview &unit = (*m_units)[unitIndex];
        if (subItem) {
            ++unit.subItems;
            return true;
        }
        if (unit.items++ == 0) {
            unit.firstItemLine = item.line;
            unit.firstItemLabel = item.label;
            unit.firstItemCut = item.text.size() > UnitPreview::OpeningLength;
            unit.firstItemText = item.text.left(UnitPreview::OpeningLength);
            // Never end on half a surrogate pair (a character outside the BMP).
            if (unit.firstItemCut && unit.firstItemText.back().isHighSurrogate())
                unit.firstItemText.chop(1);
        }
        return true;
    }

    bool progress(qint64 bytesRead, qint64 bytesTotal, Diagnostic *error) override
    {
        if (!m_progress || m_progress(bytesTotal > 0 ? double(bytesRead) / double(bytesTotal) : 1.0))
            return true;
        cancelled = true;
        return fail(error, {m_path, 0, QCoreApplication::translate("ImportPreview", "the preview was cancelled")});
    }

private:
    QList<UnitPreview> *m_units;
    const PreviewProgress &m_progress;
    QString m_path;
};

} // namespace

QString UnitPreview::firstItemOpening() const
{
    // 1) 建设, 1. 建设: a label that ends in ASCII punctuation is set off by a space, as written;
    // 1、建设 and （1）建设 need none.
    const bool spaced = !firstItemLabel.isEmpty() && firstItemLabel.back().unicode() < 0x80;
    return firstItemLabel + (spaced ? QStringLiteral(" ") : QString()) + firstItemText
           + (firstItemCut ? QStringLiteral("…") : QString());
}

int ImportPreview::itemCount() const
{
    int count = 0;
    for (const UnitPreview &unit : units)
        count += unit.items + unit.subItems;
    return count;
}

int ImportPreview::subItemCount() const
{
    int count = 0;
    for (const UnitPreview &unit : units)
        count += unit.subItems;
    return count;
}

ImportPreview previewFile(const CorpusParser &parser, const QString &path, const PreviewProgress &progress)
{
    ImportPreview preview;
    preview.path = path;
    CountingSink sink(&preview.units, progress, path);
    if (!parser.parseFile(path, &preview.document, &sink, &preview.error)) {
        if (preview.error.isEmpty()) // every failure says why; this one did not
            preview.error = {path, 0, QCoreApplication::translate("ImportPreview", "the file cannot be read")};
        if (preview.error.file.isEmpty())
            preview.error.file = path;
        preview.cancelled = sink.cancelled;
        preview.document = ParsedDocument();
        preview.document.fileName = path;
        preview.units.clear();
        return preview;
    }
    // In reading order: a unit's "has no items" comes at the end of the parse, not at its line.
    std::stable_sort(preview.document.warnings.begin(), preview.document.warnings.end(),
                     [](const Diagnostic &a, const Diagnostic &b) { return a.line < b.line; });
    return preview;
}
