// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemdetail.h"

#include "atlassession.h"
#include "plaintext.h"
#include "referencedata.h"
#include "textfold.h"
#include "translations.h"

#include <QFont>
#include <QPalette>
#include <QTextBlock>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

#include <vector>

namespace {

QTextCharFormat headingFormat()
{
    QTextCharFormat f;
    f.setFontWeight(QFont::Bold);
    f.setFontPointSize(13);
    return f;
}

QTextCharFormat labelFormat()
{
    QTextCharFormat f;
    f.setForeground(QPalette().color(QPalette::PlaceholderText));
    return f;
}

QTextCharFormat boldFormat()
{
    QTextCharFormat f;
    f.setFontWeight(QFont::Bold);
    return f;
}

void newBlock(QTextCursor &cursor, int topMargin = 6)
{
    QTextBlockFormat block;
    block.setTopMargin(topMargin);
    if (cursor.document()->isEmpty() && cursor.block().text().isEmpty())
        cursor.setBlockFormat(block);
    else
        cursor.insertBlock(block, QTextCharFormat());
}

QString regionName(const QString &id)
{
    const Region *r = ReferenceData::builtIn().findRegion(id);
    if (!r)
        return ItemDetail::tr("Non-standard unit");
    return Translations::isEnglish() ? r->nameEn : r->nameZh;
}

void writeHeading(QTextCursor &cursor, const AtlasSession &session, int unit)
{
    const IndexedUnit &u = session.index().units().at(unit);
    newBlock(cursor, 0);
    cursor.insertText(u.name(Translations::isEnglish()), headingFormat());
    cursor.insertText(QStringLiteral("  ·  ") + regionName(u.region), labelFormat());
}

void writeDocumentLine(QTextCursor &cursor, const AtlasSession &session, qint64 documentId)
{
    for (const DocumentRecord &doc : session.documents()) {
        if (doc.id != documentId)
            continue;
        newBlock(cursor);
        cursor.insertText(ItemDetail::tr("Document: "), labelFormat());
        cursor.insertText(doc.year ? ItemDetail::tr("%1 (%2)").arg(doc.title, QString::number(doc.year)) : doc.title);
        return;
    }
}

void writeSourceLine(QTextCursor &cursor, const AtlasSession &session, qint64 documentId)
{
    for (const DocumentRecord &doc : session.documents()) {
        if (doc.id != documentId || doc.sourceLine.isEmpty())
            continue;
        newBlock(cursor, 12);
        if (!doc.sourceLine.startsWith(u"来源")) // the published line names itself
            cursor.insertText(ItemDetail::tr("Source: "), labelFormat());
        cursor.insertText(doc.sourceLine, labelFormat());
        return;
    }
}

} // namespace

QString ItemDetail::initiativeFromLink(const QString &href)
{
    const QString prefix = QString::fromLatin1(LinkScheme) + u':';
    return href.startsWith(prefix) ? href.mid(prefix.size()) : QString();
}

void ItemDetail::writeMarkedText(QTextCursor &cursor, const AtlasSession &session, const QString &text)
{
    const qsizetype n = text.size();
    std::vector<int> mention(size_t(n), -1);
    std::vector<bool> keyword(size_t(n), false);
    const Catalogue &catalogue = session.catalogue();
    for (const Mention &m : catalogue.find(text))
        for (int i = m.start; i < m.start + m.length && i < n; ++i)
            if (mention[size_t(i)] < 0)
                mention[size_t(i)] = m.initiative;
    const QString folded = TextFold::fold(text);
    for (const QString &term : session.query().terms())
        for (qsizetype at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1))
            for (qsizetype i = at; i < at + term.size(); ++i)
                keyword[size_t(i)] = true;

    const bool english = Translations::isEnglish();
    // One edit block: the document is laid out once, not after each of (possibly) hundreds of
    // thousands of fragments, which is quadratic in a long item. Past MaxMarkedRuns runs (a
    // pathological item: a pasted 10 MB page) the rest is plain text, so layout stays fast.
    cursor.beginEditBlock();
    qsizetype start = 0;
    for (int runs = 0; start < n; ++runs) {
        if (runs == MaxMarkedRuns) {
            cursor.insertText(text.mid(start), QTextCharFormat());
            break;
        }
        qsizetype end = start + 1;
        while (end < n && mention[size_t(end)] == mention[size_t(start)] && keyword[size_t(end)] == keyword[size_t(start)])
            ++end;
        QTextCharFormat format;
        if (keyword[size_t(start)]) {
            format.setBackground(QColor(0xFF, 0xE0, 0x66));
            format.setForeground(QColor(Qt::black));
        }
        if (const int k = mention[size_t(start)]; k >= 0) {
            const Initiative &initiative = catalogue.initiatives().at(k);
            format.setAnchor(true);
            format.setAnchorHref(QString::fromLatin1(LinkScheme) + u':' + initiative.id);
            format.setFontUnderline(true);
            format.setUnderlineStyle(QTextCharFormat::DashUnderline);
            format.setUnderlineColor(QColor(0x1F, 0x6F, 0xB4));
            if (!keyword[size_t(start)])
                format.setForeground(QColor(0x1F, 0x6F, 0xB4));
            format.setToolTip(plainToolTip(english ? initiative.nameEn : initiative.nameZh));
        }
        cursor.insertText(text.mid(start, end - start), format);
        start = end;
    }
    cursor.setCharFormat(QTextCharFormat());
    cursor.endEditBlock();
}

void ItemDetail::describeItem(QTextDocument *document, const AtlasSession &session, int item)
{
    document->clear();
    QTextCursor cursor(document);
    const CorpusIndex &index = session.index();
    if (item < 0 || item >= index.itemCount())
        return describeNothing(document);
    cursor.beginEditBlock(); // laid out once, when complete
    const ItemRecord record = session.store().item(index.itemId(item));
    writeHeading(cursor, session, index.itemUnit(item));
    writeDocumentLine(cursor, session, record.documentId);
    if (record.parentId) {
        const ItemRecord parent = session.store().item(record.parentId);
        newBlock(cursor);
        cursor.insertText(tr("Under item %1").arg(parent.label), labelFormat());
    }

    newBlock(cursor, 10);
    if (!record.label.isEmpty())
        cursor.insertText(record.label + u' ', boldFormat());
    writeMarkedText(cursor, session, record.text);
    QList<int> initiatives = index.mentionsOf(item);
    for (const ItemRecord &sub : session.store().children(record.unitId, record.id)) {
        QTextBlockFormat indented;
        indented.setTopMargin(4);
        indented.setLeftMargin(24);
        cursor.insertBlock(indented, QTextCharFormat());
        cursor.insertText(sub.label + u' ', boldFormat());
        writeMarkedText(cursor, session, sub.text);
        const int subIndex = index.indexOfItem(sub.id);
        if (subIndex >= 0)
            for (int k : index.mentionsOf(subIndex))
                if (!initiatives.contains(k))
                    initiatives.append(k);
    }

    QTextBlockFormat plain;
    plain.setTopMargin(12);
    cursor.insertBlock(plain, QTextCharFormat());
    cursor.insertText(tr("Initiatives mentioned: "), labelFormat());
    if (initiatives.isEmpty())
        cursor.insertText(tr("none"), labelFormat());
    const bool english = Translations::isEnglish();
    for (int i = 0; i < initiatives.size(); ++i) {
        const IndexedInitiative &in = index.initiatives().at(initiatives.at(i));
        if (i > 0)
            cursor.insertText(tr(", "), QTextCharFormat());
        QTextCharFormat link;
        link.setAnchor(true);
        link.setAnchorHref(QString::fromLatin1(LinkScheme) + u':' + in.id);
        link.setFontUnderline(true);
        link.setForeground(QColor(0x1F, 0x6F, 0xB4));
        const QString description = english ? in.descriptionEn : in.descriptionZh;
        link.setToolTip(plainToolTip(description.isEmpty() ? tr("Show the items that mention it")
                                                          : description + u'\n' + tr("Click to show the items that mention it")));
        cursor.insertText(in.name(english), link);
    }
    cursor.setCharFormat(QTextCharFormat());
    writeSourceLine(cursor, session, record.documentId);
    cursor.endEditBlock();
}

void ItemDetail::describeUnit(QTextDocument *document, const AtlasSession &session, int unit)
{
    document->clear();
    QTextCursor cursor(document);
    const CorpusIndex &index = session.index();
    if (unit < 0 || unit >= index.units().size())
        return describeNothing(document);
    cursor.beginEditBlock(); // laid out once, when complete
    const IndexedUnit &u = index.units().at(unit);
    writeHeading(cursor, session, unit);
    newBlock(cursor);
    cursor.insertText(tr("%n item(s)", nullptr, u.itemCount), labelFormat());
    qint64 documentId = -1;
    // A province of a large corpus has tens of thousands of items: show the first ones and say so.
    const QList<ItemRecord> records = session.store().itemsOfUnitPage(u.id, 0, 0, MaxUnitItems);
    for (const ItemRecord &record : records) {
        if (record.documentId != documentId) {
            documentId = record.documentId;
            writeDocumentLine(cursor, session, documentId);
        }
        QTextBlockFormat block;
        block.setTopMargin(6);
        block.setLeftMargin(record.parentId ? 24 : 0);
        cursor.insertBlock(block, QTextCharFormat());
        if (!record.label.isEmpty())
            cursor.insertText(record.label + u' ', boldFormat());
        writeMarkedText(cursor, session, record.text);
    }
    if (records.size() < u.itemCount) {
        newBlock(cursor, 12);
        cursor.insertText(tr("The first %1 of %2 items are shown; select an item in the tree to read any of them.")
                              .arg(records.size())
                              .arg(u.itemCount),
                          labelFormat());
    }
    if (documentId >= 0)
        writeSourceLine(cursor, session, documentId);
    cursor.endEditBlock();
}

void ItemDetail::describeNothing(QTextDocument *document)
{
    document->clear();
    QTextCursor cursor(document);
    cursor.insertText(tr("Select a province or an item in the tree to read it here."), labelFormat());
}
