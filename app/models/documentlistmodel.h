// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentcatalog.h"

#include <QAbstractTableModel>

class AtlasSession;

// The documents of the session's database, one row each, by id: the table of File → Documents….
// Reads them (DocumentCatalog) when created and whenever the session's corpus or documents
// change. The year is editable: setData() stores it through the session, and a failure is
// reported by errorOccurred() in words the dialog shows.
class DocumentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Title, Year, Source, Author, Units, Items, ImportedAt, ColumnCount };
    enum Role { DocumentIdRole = Qt::UserRole + 1 };

    explicit DocumentListModel(AtlasSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const DocumentSummary &document(int row) const { return m_documents.at(row); }
    const QList<DocumentSummary> &documents() const { return m_documents; }

public slots:
    void reload();

signals:
    void errorOccurred(const QString &message);

private:
    AtlasSession *m_session;
    QList<DocumentSummary> m_documents;
};
