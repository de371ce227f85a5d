// SPDX-License-Identifier: GPL-3.0-or-later
// The seed as lines and as table rows (Qt Core only: the XLSX writer's process links this too).
#include "seedversions.h"

#include "corpusparser.h"
#include "referencedata.h"

#include <QFile>
#include <QStringEncoder>

namespace SeedVersions {

namespace {

ParsedDocument parsedSeed()
{
    ParsedDocument doc;
    Diagnostic error;
    if (!CorpusParser(ReferenceData::builtIn()).parseFile(QStringLiteral(SEED_CORPUS), &doc, &error))
        qFatal("cannot parse the seed corpus: %s", qPrintable(error.toString()));
    return doc;
}

} // namespace

QStringList seedLines()
{
    QFile file(QStringLiteral(SEED_CORPUS));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the seed corpus");
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QList<Row> seedRows()
{
    const ParsedDocument doc = parsedSeed();
    QList<Row> rows;
    int unitIndex = 0;
    for (const ParsedUnit &unit : doc.units) {
        const Province *province = ReferenceData::builtIn().provinceByCode(unit.code);
        int itemIndex = 0;
        for (const ParsedItem &item : unit.items) {
            Row row;
            // The first row names the province; below it, every other province leaves the cell
            // empty and the rest repeat the name, in its short form.
            if (itemIndex == 0)
                row.province = unit.nameZh;
            else if (unitIndex % 2 == 1)
                row.province = province ? province->shortZh : unit.nameZh;
            row.text = item.label + item.text;
            row.year = itemIndex % 3 == 2 ? QString() : (itemIndex % 2 ? QStringLiteral("2023年") : QStringLiteral("2023"));
            if (itemIndex == 1)
                row.remark = QStringLiteral("见\"报告\"全文,\n第二段");
            rows.append(row);
            for (const ParsedItem &sub : item.subItems)
                rows.append({QString(), sub.label + sub.text, QStringLiteral("2023"), QString()});
            ++itemIndex;
        }
        if (unitIndex == 0)
            rows.append({QString(), QStringLiteral("暂无"), QString(), QStringLiteral("不是条目")});
        ++unitIndex;
    }
    return rows;
}

QByteArray delimited(char delimiter, TextEncoding encoding)
{
    const QChar sep = QLatin1Char(delimiter);
    auto field = [&](const QString &text) {
        if (!text.contains(sep) && !text.contains(u'"') && !text.contains(u'\n'))
            return text;
        QString quoted = text;
        quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QStringLiteral("\"%1\"").arg(quoted);
    };
    QString text;
    text += QStringList{QStringLiteral("省份"), QStringLiteral("内容"), QStringLiteral("年份"), QStringLiteral("备注")}.join(sep);
    text += QStringLiteral("\r\n");
    for (const Row &row : seedRows())
        text += QStringList{field(row.province), field(row.text), field(row.year), field(row.remark)}.join(sep)
                + QStringLiteral("\r\n");
    switch (encoding) {
    case TextEncoding::Utf8Bom:
        return "\xEF\xBB\xBF" + text.toUtf8();
    case TextEncoding::Gb18030: {
        QStringEncoder encoder("GB18030");
        return encoder.encode(text);
    }
    case TextEncoding::Utf16LeBom: {
        QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        return encoder.encode(text);
    }
    }
    return QByteArray();
}

} // namespace SeedVersions
