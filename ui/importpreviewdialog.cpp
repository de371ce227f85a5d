// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreviewdialog.h"

#include "diagnosticsmodel.h"
#include "documentdescription.h"
#include "importpreviewmodel.h"
#include "referencedata.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

// One chosen file: its preview once read, and the page that shows it.
struct ImportPreviewDialog::File
{
    QString path;
    ImportPreview preview;
    bool read = false;
    QListWidgetItem *item = nullptr;
    QStackedWidget *state = nullptr; // ReadingPage, PreviewPage or ErrorPage
    QFormLayout *form = nullptr;
    QLineEdit *title = nullptr;
    QSpinBox *year = nullptr;
    QLabel *yearHint = nullptr, *readAs = nullptr, *source = nullptr, *author = nullptr, *published = nullptr,
           *contentEnd = nullptr, *unitsLabel = nullptr, *warningsLabel = nullptr, *error = nullptr;
    ImportPreviewModel *units = nullptr;
    DiagnosticsModel *warnings = nullptr;
    QTableView *warningsView = nullptr;
};

namespace {

enum Page { ReadingPage, PreviewPage, ErrorPage };

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // file content is never markup
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QTableView *tableView(QAbstractItemModel *model, int stretchColumn, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    // One line of text a row: the CJK fonts' tall line height would otherwise double the rows.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    return view;
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const QStringList &paths, const SourceReader *reader, QWidget *parent)
    : QDialog(parent)
    , m_reader(reader)
    , m_parser(ReferenceData::builtIn())
    , m_intro(plainLabel(this))
    , m_list(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_progress(new QProgressBar(this))
    , m_status(plainLabel(this))
    , m_import(nullptr)
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    setWindowTitle(tr("Import Corpus: Preview"));
    m_parser.setSourceReader(reader);
    m_intro->setText(tr("What each file would bring. Nothing is written until you press Import; the title and "
                        "the year of each document can be corrected first."));
    m_status->setObjectName(QStringLiteral("previewStatus"));

    for (const QString &path : paths) {
        auto file = std::make_unique<File>();
        file->path = path;
        file->item = new QListWidgetItem(QFileInfo(path).fileName() + u'\n' + tr("reading…"), m_list);
        file->item->setToolTip(path);
        m_pages->addWidget(makePage(*file));
        m_files.push_back(std::move(file));
    }
    connect(m_list, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_list->setCurrentRow(0);
    m_list->setVisible(m_files.size() > 1);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(2);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setChildrenCollapsible(false);
    const int listWidth = fontMetrics().averageCharWidth() * 40;
    splitter->setSizes({listWidth, 1040 - listWidth});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportPreviewDialog::reject);

    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_progress);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    resize(1040, 660);

    // The files are read on another thread: a million items take a couple of seconds, and the
    // window must not freeze meanwhile. The progress bar shares out the files by their size.
    QList<qint64> sizes;
    qint64 total = 0;
    for (const QString &path : paths) {
        sizes.append(std::max<qint64>(1, QFileInfo(path).size()));
        total += sizes.last();
    }
    connect(&m_watcher, &QFutureWatcher<ImportPreview>::resultReadyAt, this, &ImportPreviewDialog::showPreview);
    connect(&m_watcher, &QFutureWatcher<ImportPreview>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<ImportPreview>::finished, this, &ImportPreviewDialog::readingFinished);
    const CorpusParser *parser = &m_parser;
    m_watcher.setFuture(QtConcurrent::run([parser, paths, sizes, total](QPromise<ImportPreview> &promise) {
        promise.setProgressRange(0, 1000);
        qint64 before = 0;
        for (int i = 0; i < paths.size() && !promise.isCanceled(); ++i) {
            ImportPreview preview = previewFile(*parser, paths.at(i), [&](double fraction) {
                promise.setProgressValue(int(1000 * (double(before) + fraction * double(sizes.at(i))) / double(total)));
                return !promise.isCanceled();
            });
            before += sizes.at(i);
            promise.addResult(std::move(preview), i);
        }
    }));
    updateStatus();
}

ImportPreviewDialog::~ImportPreviewDialog()
{
    // The thread reads through m_parser: it stops at its next progress check, and is waited for.
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

QWidget *ImportPreviewDialog::makePage(File &file)
{
    file.state = new QStackedWidget(this);

    auto *reading = plainLabel(file.state);
    reading->setText(tr("Reading %1…").arg(file.path));
    reading->setAlignment(Qt::AlignCenter);
    file.state->addWidget(reading);

    auto *preview = new QWidget(file.state);
    file.title = new QLineEdit(preview);
    file.title->setObjectName(QStringLiteral("title"));
    file.year = new QSpinBox(preview);
    file.year->setObjectName(QStringLiteral("year"));
    file.year->setRange(UnknownYear, 2100);
    file.year->setSpecialValueText(tr("unknown"));
    file.year->setToolTip(tr("The year the document is filed under; \"unknown\" below 1949"));
    file.yearHint = plainLabel(preview);
    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(file.year);
    yearRow->addWidget(file.yearHint, 1);
    file.readAs = plainLabel(preview);
    file.source = plainLabel(preview);
    file.author = plainLabel(preview);
    file.published = plainLabel(preview);
    file.contentEnd = plainLabel(preview);
    file.contentEnd->setObjectName(QStringLiteral("contentEnd"));
    file.form = new QFormLayout;
    auto *titleLabel = new QLabel(tr("&Title:"), preview);
    titleLabel->setBuddy(file.title);
    file.form->addRow(titleLabel, file.title);
    auto *yearLabel = new QLabel(tr("&Year:"), preview);
    yearLabel->setBuddy(file.year);
    file.form->addRow(yearLabel, yearRow);
    file.form->addRow(tr("Read as:"), file.readAs);
    file.form->addRow(tr("Source:"), file.source);
    file.form->addRow(tr("Author:"), file.author);
    file.form->addRow(tr("Published:"), file.published);
    file.form->addRow(tr("Content ends:"), file.contentEnd);

    file.unitsLabel = plainLabel(preview);
    file.units = new ImportPreviewModel(preview);
    auto *unitsView = tableView(file.units, ImportPreviewModel::FirstItemColumn, preview);
    unitsView->setObjectName(QStringLiteral("units"));
    file.warningsLabel = plainLabel(preview);
    file.warnings = new DiagnosticsModel(preview);
    file.warningsView = tableView(file.warnings, DiagnosticsModel::MessageColumn, preview);
    file.warningsView->setObjectName(QStringLiteral("warnings"));
    // A warning says what to do in its last words: wrapped whole, never elided.
    file.warningsView->setWordWrap(true);
    file.warningsView->setTextElideMode(Qt::ElideNone);
    file.warningsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addLayout(file.form);
    previewLayout->addWidget(file.unitsLabel);
    previewLayout->addWidget(unitsView, 2);
    previewLayout->addWidget(file.warningsLabel);
    previewLayout->addWidget(file.warningsView, 1);
    file.state->addWidget(preview);

    auto *errorPage = new QWidget(file.state);
    auto *icon = new QLabel(errorPage);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    file.error = plainLabel(errorPage);
    file.error->setObjectName(QStringLiteral("error"));
    auto *errorRow = new QHBoxLayout;
    errorRow->addWidget(icon);
    errorRow->addWidget(file.error, 1);
    auto *errorLayout = new QVBoxLayout(errorPage);
    errorLayout->addLayout(errorRow);
    errorLayout->addStretch(1);
    file.state->addWidget(errorPage);
    return file.state;
}

void ImportPreviewDialog::showPreview(int index)
{
    if (index < 0 || index >= int(m_files.size()))
        return;
    File &file = *m_files.at(index);
    file.preview = m_watcher.resultAt(index);
    file.read = true;
    const ImportPreview &p = file.preview;
    const QString name = QFileInfo(file.path).fileName();
    if (!p.canImport()) {
        file.error->setText(tr("This file cannot be imported, so nothing can be:\n\n%1").arg(p.error.toString()));
        file.state->setCurrentIndex(ErrorPage);
        file.item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this));
        file.item->setText(name + u'\n' + tr("cannot be imported"));
        updateStatus();
        return;
    }
    const ParsedDocument &doc = p.document;
    file.title->setText(doc.title);
    file.title->setPlaceholderText(doc.title);
    file.title->setCursorPosition(0);
    file.year->setValue(doc.year ? doc.year : UnknownYear);
    // A table may give the year in a column of its own; a text gives it in its title.
    file.yearHint->setText(doc.year ? tr("as the file gives it") : tr("the file gives no year"));
    file.readAs->setText(DocumentDescription::readAs(doc));
    const std::pair<QLabel *, QString> rows[] = {{file.source, doc.source},
                                                 {file.author, doc.author},
                                                 {file.published, doc.published},
                                                 {file.contentEnd, DocumentDescription::contentEnd(doc)}};
    for (const auto &[label, text] : rows) {
        label->setText(text);
        file.form->setRowVisible(label, !text.isEmpty());
    }
    file.units->setPreview(p);
    file.unitsLabel->setText(tr("Units: %1; items: %2 (%3 of them sub-items)")
                                 .arg(p.units.size())
                                 .arg(p.itemCount())
                                 .arg(p.subItemCount()));
    file.warnings->setDiagnostics(doc.warnings);
    file.warningsLabel->setText(doc.warnings.isEmpty() ? tr("Warnings: none")
                                                       : tr("Warnings: %1").arg(doc.warnings.size()));
    file.warningsView->setVisible(!doc.warnings.isEmpty());
    file.state->setCurrentIndex(PreviewPage);
    file.item->setIcon(style()->standardIcon(
        doc.warnings.isEmpty() ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning, nullptr, this));
    file.item->setText(name + u'\n'
                       + (doc.warnings.isEmpty() ? tr("items: %1").arg(p.itemCount())
                                                 : tr("items: %1; warnings: %2").arg(p.itemCount()).arg(doc.warnings.size())));
    updateStatus();
}

void ImportPreviewDialog::readingFinished()
{
    m_finished = true;
    m_progress->hide();
    // Show why Import is disabled: the first file that cannot be imported.
    const int current = m_list->currentRow();
    if (current < 0 || current >= int(m_files.size()) || m_files.at(current)->preview.canImport())
        for (int i = 0; i < int(m_files.size()); ++i)
            if (m_files.at(i)->read && !m_files.at(i)->preview.canImport()) {
                m_list->setCurrentRow(i);
                break;
            }
    updateStatus();
    emit previewReady();
}

void ImportPreviewDialog::updateStatus()
{
    int read = 0, failing = 0, items = 0;
    for (const auto &file : m_files) {
        read += file->read;
        failing += file->read && !file->preview.canImport();
        items += file->read ? file->preview.itemCount() : 0;
    }
    const int count = int(m_files.size());
    if (isReading())
        m_status->setText(tr("Reading the files (%1 of %2 done)…").arg(read).arg(count));
    else if (failing)
        m_status->setText(tr("Import is disabled: a file cannot be imported (its page says why). Files are imported "
                             "all together or not at all: cancel, correct the file or leave it out, and import "
                             "again."));
    else
        m_status->setText(tr("Files: %1; items: %2. Nothing is written until you press Import.")
                              .arg(count)
                              .arg(items));
    m_import->setEnabled(!isReading() && read == count && failing == 0 && count > 0);
}

bool ImportPreviewDialog::isReading() const
{
    return !m_finished;
}

ImportRequest ImportPreviewDialog::request() const
{
    ImportRequest request;
    request.reader = m_reader;
    for (const auto &file : m_files) {
        ImportFile f{file->path, std::nullopt, std::nullopt};
        if (file->read && file->preview.canImport()) {
            const ParsedDocument &doc = file->preview.document;
            const QString title = file->title->text().trimmed();
            if (!title.isEmpty() && title != doc.title)
                f.title = title;
            const int year = file->year->value() == UnknownYear ? 0 : file->year->value();
            if (year != doc.year)
                f.year = year;
        }
        request.files.append(f);
    }
    return request;
}

const ImportPreview &ImportPreviewDialog::preview(int file) const
{
    return m_files.at(file)->preview;
}

const ImportPreviewModel *ImportPreviewDialog::unitsModel(int file) const
{
    return m_files.at(file)->units;
}

const DiagnosticsModel *ImportPreviewDialog::warningsModel(int file) const
{
    return m_files.at(file)->warnings;
}

QLineEdit *ImportPreviewDialog::titleEdit(int file) const
{
    return m_files.at(file)->title;
}

QSpinBox *ImportPreviewDialog::yearBox(int file) const
{
    return m_files.at(file)->year;
}

QString ImportPreviewDialog::errorText(int file) const
{
    const File &f = *m_files.at(file);
    return f.read && !f.preview.canImport() ? f.preview.error.toString() : QString();
}

QString ImportPreviewDialog::statusText() const
{
    return m_status->text();
}

void ImportPreviewDialog::reject()
{
    m_watcher.cancel(); // the thread stops at its next progress check; the destructor waits
    QDialog::reject();
}
