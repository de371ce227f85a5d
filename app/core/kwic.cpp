// SPDX-License-Identifier: GPL-3.0-or-later
#include "kwic.h"

#include "corpusindex.h"
#include "sqlitediagnostics.h"
#include "store.h"
#include "textfold.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

QString flattened(QString text)
{
    for (QChar &c : text)
        if (c == u'\n' || c == u'\r' || c == u'\t' || c == QChar(0x2028) || c == QChar(0x2029))
            c = u' ';
    return text;
}

} // namespace

Kwic::Kwic(const CorpusIndex &index, const Catalogue &catalogue, const KeywordQuery &query, int initiative, int context)
    : m_index(index)
    , m_catalogue(catalogue)
    , m_terms(query.isValid() ? query.terms() : QStringList())
    , m_initiative(initiative >= 0 && initiative < catalogue.size() ? initiative : -1)
    , m_context(std::clamp(context, 0, MaxContext))
{
}

bool Kwic::isEmpty() const
{
    return m_terms.isEmpty() && m_initiative < 0;
}

QList<KwicRow> Kwic::rowsIn(const QString &text) const
{
    struct Span
    {
        qsizetype start, length;
    };
    QList<Span> spans;
    const QString folded = TextFold::fold(text);
    for (const QString &term : m_terms)
        for (qsizetype at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1))
            spans.append({at, term.size()});
    if (m_initiative >= 0)
        for (const Mention &m : m_catalogue.find(text))
            if (m.initiative == m_initiative)
                spans.append({m.start, m.length});
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.start != b.start ? a.start < b.start : a.length < b.length; });
    // A term that is also the initiative's wording (产教融合 and the initiative 产教融合) is one
    // occurrence, not two rows.
    spans.erase(std::unique(spans.begin(), spans.end(),
                            [](const Span &a, const Span &b) { return a.start == b.start && a.length == b.length; }),
                spans.end());
    QList<KwicRow> rows;
    rows.reserve(spans.size());
    for (const Span &s : std::as_const(spans)) {
        KwicRow row;
        row.start = int(s.start);
        const qsizetype leftStart = std::max<qsizetype>(0, s.start - m_context);
        row.left = flattened(text.mid(leftStart, s.start - leftStart));
        row.match = flattened(text.mid(s.start, s.length));
        row.right = flattened(text.mid(s.start + s.length, m_context));
        rows.append(std::move(row));
    }
    return rows;
}

bool Kwic::read(const Store &store, const MatchSet &matches, int *next, int minRows, int maxItems,
                QList<KwicRow> *rows, Diagnostic *error) const
{
    const int n = m_index.itemCount();
    if (isEmpty()) {
        *next = n;
        return true;
    }
    // Queries of at most QueryItems ids: a dense term fills the first screen from the first one.
    constexpr int QueryItems = 200;
    int found = 0;
    int read = 0;
    while (*next < n && found < minRows && read < maxItems) {
        QList<int> items;
        QStringList ids;
        int at = *next;
        const int budget = std::min(QueryItems, maxItems - read);
        for (; at < n && items.size() < budget; ++at)
            if (matches.contains(at)) {
                items.append(at);
                ids.append(QString::number(m_index.itemId(at)));
            }
        *next = at;
        read += int(items.size());
        if (items.isEmpty())
            break; // at the end
        QSqlQuery q(store.database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT i.id, i.label, p.label, i.text FROM items i LEFT JOIN items p ON p.id = i.parent_id "
                                 "WHERE i.id IN (SELECT value FROM json_each(:ids))"));
        q.bindValue(QStringLiteral(":ids"), QString(u'[' + ids.join(u',') + u']'));
        if (!q.exec())
            return fail(error, {store.path(), 0, SqliteDiagnostics::describe(tr("cannot read the items"), q.lastError().text())});
        struct Text
        {
            QString number;
            QString text;
        };
        QHash<qint64, Text> texts;
        texts.reserve(items.size());
        while (q.next()) {
            const QString own = numberOf(q.value(1).toString());
            const QString parent = q.value(2).isNull() ? QString() : numberOf(q.value(2).toString());
            texts.insert(q.value(0).toLongLong(),
                         {parent.isEmpty() ? own : own.isEmpty() ? parent : parent + u'.' + own, q.value(3).toString()});
        }
        if (q.lastError().isValid())
            return fail(error, {store.path(), 0, SqliteDiagnostics::describe(tr("cannot read the items"), q.lastError().text())});
        q.finish();
        for (const int item : std::as_const(items)) {
            const auto it = texts.constFind(m_index.itemId(item));
            if (it == texts.constEnd()) // removed by another program since the index was read
                return fail(error, {store.path(), 0, tr("item %1 is no longer in the database").arg(m_index.itemId(item))});
            for (KwicRow &row : rowsIn(it->text)) {
                row.item = item;
                row.unit = m_index.itemUnit(item);
                row.number = it->number;
                rows->append(std::move(row));
                ++found;
            }
        }
    }
    return true;
}

QStringList Kwic::columns()
{
    return {QStringLiteral("province_code"), QStringLiteral("province"), QStringLiteral("item"),
            QStringLiteral("left"), QStringLiteral("match"), QStringLiteral("right")};
}

TableWriter::Options Kwic::tableOptions()
{
    TableWriter::Options o;
    o.sheetName = QStringLiteral("kwic");
    o.columnWidths = {14, 18, 8, 30, 14, 30};
    return o;
}

QVariantList Kwic::tableRow(const CorpusIndex &index, const KwicRow &row, bool english)
{
    const IndexedUnit &unit = index.units().at(row.unit);
    return {unit.code, unit.name(english), row.number, row.left, row.match, row.right};
}

QString Kwic::numberOf(const QString &label)
{
    QString number;
    for (const QChar c : label)
        if (c.isLetterOrNumber())
            number.append(c);
    return number;
}
