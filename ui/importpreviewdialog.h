// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpusparser.h"
#include "importpreview.h"
#include "importrequest.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>
#include <vector>

class DiagnosticsModel;
class ImportPreviewModel;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class SourceReader;

// File → Import's preview: what each chosen file would bring (previewFile, the same as
// import --dry-run), read on another thread with a progress bar, with each file's title and
// year editable. Nothing is written here: Import accepts the dialog and request() says what to
// import; Cancel, or a file that cannot be read (Import is then disabled), writes nothing.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    // reader: for files that are not plain text (not owned; null: text only).
    ImportPreviewDialog(const QStringList &paths, const SourceReader *reader, QWidget *parent = nullptr);
    ~ImportPreviewDialog() override;

    // The files with the titles and years the user changed (none, if unchanged), and the reader.
    ImportRequest request() const;

    bool isReading() const; // false once every file has been read
    int fileCount() const { return int(m_files.size()); }
    // Each file's preview, once read (isReading() false), and the widgets that show it.
    const ImportPreview &preview(int file) const;
    const ImportPreviewModel *unitsModel(int file) const;
    const DiagnosticsModel *warningsModel(int file) const;
    QLineEdit *titleEdit(int file) const;
    QSpinBox *yearBox(int file) const;
    QString errorText(int file) const; // why the file cannot be imported; empty when it can
    QPushButton *importButton() const { return m_import; }
    QString statusText() const;

    static constexpr int UnknownYear = 1948; // the year box's "unknown": one below the first year allowed

signals:
    void previewReady(); // every file has been read

public slots:
    void reject() override;

private:
    struct File;
    QWidget *makePage(File &file);
    void showPreview(int index);
    void readingFinished();
    void updateStatus();

    const SourceReader *m_reader;
    CorpusParser m_parser;
    std::vector<std::unique_ptr<File>> m_files;
    QFutureWatcher<ImportPreview> m_watcher;
    QLabel *m_intro;
    QListWidget *m_list;
    QStackedWidget *m_pages;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_import;
    bool m_finished = false; // every result has been shown (or the reading was cancelled)
};
