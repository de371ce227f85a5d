// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentlistmodel.h"

#include "atlassession.h"

#include <QDateTime>

DocumentListModel::DocumentListModel(AtlasSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &AtlasSession::corpusReset, this, &DocumentListModel::reload);
    connect(session, &AtlasSession::documentsChanged, this, &DocumentListModel::reload);
    reload();
}

void DocumentListModel::reload()
{
    QList<DocumentSummary> documents;
    Diagnostic error;
    if (m_session->isOpen() && !DocumentCatalog(m_session->store()).list(&documents, &error))
        emit errorOccurred(error.toString());
    if (documents.size() == m_documents.size()) {
        // The same rows (a year changed): the view keeps its selection and scroll position.
        bool sameIds = true;
        for (int row = 0; row < documents.size() && sameIds; ++row)
            sameIds = documents.at(row).id == m_documents.at(row).id;
        if (sameIds) {
            m_documents = documents;
            if (!m_documents.isEmpty())
                emit dataChanged(index(0, 0), index(int(m_documents.size()) - 1, ColumnCount - 1));
            return;
        }
    }
    beginResetModel();
    m_documents = documents;
    endResetModel();
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DocumentSummary &d = m_documents.at(index.row());
    if (role == DocumentIdRole)
        return d.id;
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == Id || index.column() == Year || index.column() == Units
                            || index.column() == Items;
        return QVariant::fromValue(Qt::Alignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    if (role == Qt::EditRole && index.column() == Year)
        return d.year;
    if (role == Qt::ToolTipRole && index.column() == Year)
        return tr("Double-click to change the year");
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Id:
        return d.id;
    case Title:
        return d.title;
    case Year:
        return d.year ? QVariant(d.year) : QVariant(QString());
    case Source:
        return d.source;
    case Author:
        return d.author;
    case Units:
        return d.units;
    case Items:
        return d.items;
    case ImportedAt: {
        const QDateTime at = QDateTime::fromString(d.importedAt, Qt::ISODate);
        return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : d.importedAt;
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id:
        return tr("ID");
    case Title:
        return tr("Title");
    case Year:
        return tr("Year");
    case Source:
        return tr("Source");
    case Author:
        return tr("Author");
    case Units:
        return tr("Provinces");
    case Items:
        return tr("Items");
    case ImportedAt:
        return tr("Imported");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags DocumentListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Year)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool DocumentListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Year
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    bool ok = false;
    const int year = value.toInt(&ok);
    const DocumentSummary &d = m_documents.at(index.row());
    if (!ok)
        return false;
    if (year == d.year)
        return true;
    Diagnostic error;
    if (!m_session->setDocumentYear(d.id, year, &error)) { // documentsChanged() reloads the rows
        emit errorOccurred(error.toString());
        return false;
    }
    return true;
}
