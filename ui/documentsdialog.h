// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class AtlasSession;
class DocumentListModel;
class QLabel;
class QPushButton;
class QTableView;

// File → Documents…: the documents of the database with their counts. Remove… removes the
// selected ones after a confirmation that names them and their item counts; a year is changed
// by editing its cell. Results and failures are shown in words inside the dialog.
class DocumentsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DocumentsDialog(AtlasSession *session, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    DocumentListModel *model() const { return m_model; }
    QPushButton *removeButton() const { return m_remove; }
    QString message() const;

public slots:
    void removeSelected();

private:
    void showMessage(const QString &text, bool problem);
    void updateButtons();

    AtlasSession *m_session;
    DocumentListModel *m_model;
    QTableView *m_table;
    QLabel *m_message;
    QPushButton *m_remove;
};
