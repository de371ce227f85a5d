// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemexport.h"

#include "corpusindex.h"
#include "outputfile.h"
#include "sqlitediagnostics.h"
#include "store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// The context of this file's messages; called as ItemExportText::tr so that lupdate files them there.
struct ItemExportText
{
    Q_DECLARE_TR_FUNCTIONS(ItemExportText)
};

// Up to this many matching items are looked up by id; more are found by reading every item and
// keeping the matching ones (one pass instead of a list of a million ids).
constexpr int LookUpByIdUpTo = 100000;

bool writeItems(const Store &store, const ItemSelection &selection, TableWriter &writer, Diagnostic *error)
{
    const bool filtered = selection.index && selection.matches && !selection.matches->all;
    QStringList where;
    if (selection.documentId)
        where.append(QStringLiteral("i.document_id = :document"));
    if (selection.unitId)
        where.append(QStringLiteral("i.unit_id = :unit"));
    const bool byId = filtered && selection.matches->itemCount <= LookUpByIdUpTo;
    QString ids;
    if (byId) {
        QStringList list;
        for (int i = 0; i < selection.index->itemCount(); ++i)
            if (selection.matches->contains(i))
                list.append(QString::number(selection.index->itemId(i)));
        ids = u'[' + list.join(u',') + u']';
        where.append(QStringLiteral("i.id IN (SELECT value FROM json_each(:ids))"));
    }
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT i.id, i.document_id, d.year, u.code, u.name_zh, i.label, p.label, i.text "
                             "FROM items i JOIN documents d ON d.id = i.document_id JOIN units u ON u.id = i.unit_id "
                             "LEFT JOIN items p ON p.id = i.parent_id %1 ORDER BY i.document_id, i.position")
                  .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
    if (selection.documentId)
        q.bindValue(QStringLiteral(":document"), selection.documentId);
    if (selection.unitId)
        q.bindValue(QStringLiteral(":unit"), selection.unitId);
    if (byId)
        q.bindValue(QStringLiteral(":ids"), ids);
    if (!q.exec())
        return fail(error, {store.path(), 0, SqliteDiagnostics::describe(ItemExportText::tr("cannot read the items"), q.lastError().text())});
    while (q.next()) {
        if (filtered) {
            const int item = selection.index->indexOfItem(q.value(0).toLongLong());
            if (item < 0 || !selection.matches->contains(item))
                continue;
        }
        if (!writer.addRow({q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toString(), q.value(4).toString(),
                            q.value(5).toString(), q.value(6).toString(), q.value(7).toString()}))
            return fail(error, {QString(), 0, writer.errorString()});
    }
    if (q.lastError().isValid())
        return fail(error, {store.path(), 0, SqliteDiagnostics::describe(ItemExportText::tr("cannot read the items"), q.lastError().text())});
    if (!writer.finish())
        return fail(error, {QString(), 0, writer.errorString()});
    return true;
}

} // namespace

namespace ItemExport {

QStringList columns()
{
    return {QStringLiteral("document_id"), QStringLiteral("year"), QStringLiteral("province_code"),
            QStringLiteral("province"), QStringLiteral("number"), QStringLiteral("parent_number"), QStringLiteral("text")};
}

TableWriter::Options options(bool bom)
{
    TableWriter::Options o;
    o.bom = bom;
    o.sheetName = QStringLiteral("items");
    o.columnWidths = {12, 8, 14, 18, 9, 14, 100};
    return o;
}

bool write(const Store &store, const ItemSelection &selection, QIODevice *device, TableWriter::Format format, bool bom,
           Result *result, Diagnostic *error)
{
    // One read transaction: every row from the same snapshot, even while another program writes.
    QSqlDatabase db = store.database();
    const bool snapshot = db.transaction();
    TableWriter writer(device, format, columns(), options(bom));
    const bool ok = writeItems(store, selection, writer, error);
    if (snapshot)
        db.commit();
    if (result)
        *result = {writer.rows(), writer.truncatedCells()};
    return ok;
}

bool isDatabaseFile(const Store &store, const QString &path)
{
    return OutputFile::isDatabaseFile(store.path(), path);
}

bool save(const Store &store, const ItemSelection &selection, const QString &path, TableWriter::Format format, bool bom,
          Result *result, Diagnostic *error)
{
    OutputFile file(path, store.path());
    if (!file.open(error))
        return false;
    Diagnostic failure;
    if (!write(store, selection, file.device(), format, bom, result, &failure)) {
        if (file.writeFailed())
            return file.failWrite(error);
        file.cancel();
        if (failure.file.isEmpty()) // a failure of the writer: it concerns the file
            failure.file = path;
        return fail(error, failure);
    }
    return file.commit(error);
}

} // namespace ItemExport
