// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemexport.h"
#include "tablewriter.h"

#include <QDialog>

class AtlasSession;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

// File → Export Items…: the items the current filter shows (keyword and initiative), one row per
// item and sub-item, as CSV (optionally with a byte-order mark for Excel), Excel or JSON. Writes
// through ItemExport, as the command line's `items` does; a failure is shown inside the dialog,
// which stays open.
class ExportItemsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportItemsDialog(AtlasSession *session, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    TableWriter::Format format() const;
    void setFormat(TableWriter::Format format);
    bool bom() const;
    void setBom(bool bom);
    QString message() const; // the failure shown, if any
    ItemExport::Result exported() const { return m_result; } // after a successful accept()

public slots:
    void accept() override;

private:
    void browse();
    void updateFormat();
    void showProblem(const QString &text);

    AtlasSession *m_session;
    QComboBox *m_format;
    QLineEdit *m_path;
    QCheckBox *m_bom;
    QLabel *m_message;
    ItemExport::Result m_result;
};
