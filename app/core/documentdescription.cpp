// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentdescription.h"

#include "corpusparser.h"

#include <QStringList>

QString DocumentDescription::readAs(const ParsedDocument &doc)
{
    if (doc.encoding.isEmpty())
        return doc.format;
    //: what a file was read as: its format (text, html, docx, …), then its encoding
    return tr("%1, %2").arg(doc.format, doc.encoding);
}

QString DocumentDescription::byline(const ParsedDocument &doc)
{
    QStringList parts;
    if (!doc.source.isEmpty())
        parts << tr("source: %1").arg(doc.source);
    if (!doc.author.isEmpty())
        parts << tr("author: %1").arg(doc.author);
    if (!doc.published.isEmpty())
        parts << tr("published: %1").arg(doc.published);
    return parts.join(tr("; "));
}

QString DocumentDescription::contentEnd(const ParsedDocument &doc)
{
    if (doc.contentEndLine <= 0 && doc.contentEndText.isEmpty())
        return {};
    QString text = doc.contentEndText;
    if (text.size() > ContentEndLength) {
        text.truncate(ContentEndLength);
        if (text.back().isHighSurrogate())
            text.chop(1);
        text += QStringLiteral("…");
    }
    QString where = doc.contentEndLine > 0 ? tr("line %1: %2").arg(QString::number(doc.contentEndLine), text) : text;
    if (!doc.contentEndReason.isEmpty())
        where = tr("%1 (%2)").arg(where, doc.contentEndReason);
    return where;
}

QString DocumentDescription::year(int year)
{
    return year > 0 ? QString::number(year) : tr("unknown");
}
