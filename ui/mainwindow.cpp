// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "referencedata.h"

#include "analysistabs.h"
#include "analysisview.h"
#include "atlassession.h"
#include "builtin.h"
#include "chartpane.h"
#include "detailpane.h"
#include "documentdescription.h"
#include "documentsdialog.h"
#include "exportdialog.h"
#include "exportitemsdialog.h"
#include "filedialogs.h"
#include "filterbar.h"
#include "formatreader.h"
#include "importpreviewdialog.h"
#include "provincetreepane.h"
#include "qtmessages.h"
#include "settings.h"
#include "startupdatabase.h"
#include "translations.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScopeGuard>
#include <QSplitter>
#include <QStatusBar>

#include <QVBoxLayout>

namespace {
// How often the window looks for imports by another program (a cheap PRAGMA, no file read).
constexpr int WatchIntervalMs = 2000;
} // namespace

struct MainWindow::Actions
{
    QMenu *file, *edit, *view, *language, *help;
    QAction *import, *open, *documents, *exportItems, *exportView, *quit, *copyView, *find, *clear, *about, *aboutQt;
    QAction *system, *chinese, *english;
};

MainWindow::MainWindow(AtlasSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_filterBar(new FilterBar(session, this))
    , m_tree(new ProvinceTreePane(session, this))
    , m_detail(new DetailPane(session, this))
    , m_views(new AnalysisTabs(session, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_status(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
    , m_actions(std::make_unique<Actions>())
{
    setObjectName(QStringLiteral("mainWindow"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_detail);
    m_splitter->addWidget(m_views);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 6);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({330, 430, 640});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    m_status->setObjectName(QStringLiteral("statusText"));
    m_status->setTextFormat(Qt::PlainText);
    m_databaseLabel->setTextFormat(Qt::PlainText); // a file name is never markup
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_databaseLabel);

    connect(m_tree, &ProvinceTreePane::itemSelected, m_detail, &DetailPane::showItem);
    connect(m_tree, &ProvinceTreePane::unitSelected, m_detail, &DetailPane::showUnit);
    connect(m_tree, &ProvinceTreePane::nothingSelected, m_detail, &DetailPane::showNothing);
    // A line in context opens its item: selected in the tree (which shows it in the detail pane),
    // or in the detail pane alone if the tree's filter hides it.
    connect(m_views, &AnalysisTabs::itemActivated, this, [this](int item) {
        if (!m_tree->selectItem(item))
            m_detail->showItem(item);
    });
    connect(m_detail, &DetailPane::initiativeActivated, session, &AtlasSession::setInitiativeFilter);
    connect(session, &AtlasSession::filterChanged, this, &MainWindow::updateStatus);
    connect(session, &AtlasSession::filteringStarted, this, [this] { m_status->setText(tr("Filtering…")); });
    connect(session, &AtlasSession::corpusReset, this, &MainWindow::updateStatus);
    connect(session, &AtlasSession::loadFailed, this, [this](const Diagnostic &error) {
        showError(tr("Cannot open the database"), error.toString());
    });
    // Another window or the command line may import into the same file: follow it.
    connect(session, &AtlasSession::changedElsewhere, this, [this] {
        statusBar()->showMessage(tr("The database was changed by another program; reloaded."), 10000);
    });
    connect(session, &AtlasSession::reloadFailed, this, [this](const Diagnostic &error) {
        showError(tr("Reload"), tr("The database was changed by another program and could not be read again: %1")
                                    .arg(error.toString()));
    });
    session->watchForChanges(WatchIntervalMs);

    createActions();
    retranslate();
    updateStatus();
    m_filterBar->lineEdit()->setFocus(Qt::OtherFocusReason); // researchers start by typing a term
    if (!restoreGeometry(Settings::value(Settings::Key::WindowGeometry).toByteArray()))
        resize(1360, 860);
    m_splitter->restoreState(Settings::value(Settings::Key::SplitterSizes).toByteArray());
}

MainWindow::~MainWindow() = default;

ChartPane *MainWindow::chartPane() const
{
    return m_views->chartPane();
}

void MainWindow::createActions()
{
    Actions &a = *m_actions;
    a.file = menuBar()->addMenu(QString());
    a.import = a.file->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_I), this, &MainWindow::importCorpus);
    a.open = a.file->addAction(QString(), QKeySequence::Open, this, &MainWindow::openDatabase);
    a.documents = a.file->addAction(QString(), this, &MainWindow::showDocuments);
    a.file->addSeparator();
    a.exportItems = a.file->addAction(QString(), this, &MainWindow::exportItems);
    a.exportView = a.file->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::exportView);
    a.file->addSeparator();
    a.quit = a.file->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);

    a.edit = menuBar()->addMenu(QString());
    a.copyView = a.edit->addAction(QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this,
                                   &MainWindow::copyView);
    a.find = a.edit->addAction(QString(), QKeySequence::Find, m_filterBar, &FilterBar::focusFilter);
    a.clear = a.edit->addAction(QString(), m_session, &AtlasSession::clearFilters);

    a.view = menuBar()->addMenu(QString());
    a.language = a.view->addMenu(QString());
    m_languages = new QActionGroup(this);
    auto addLanguage = [&](const QString &code) {
        QAction *action = a.language->addAction(QString());
        action->setCheckable(true);
        action->setData(code);
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
        return action;
    };
    a.system = addLanguage(QStringLiteral("system"));
    a.chinese = addLanguage(QStringLiteral("zh_CN"));
    a.english = addLanguage(QStringLiteral("en"));
    const QString saved = Settings::value(Settings::Key::Language).toString();
    for (QAction *action : m_languages->actions())
        action->setChecked(action->data().toString() == saved);

    a.help = menuBar()->addMenu(QString());
    a.about = a.help->addAction(QString(), this, &MainWindow::about);
    a.aboutQt = a.help->addAction(QString(), qApp, &QApplication::aboutQt);
}

void MainWindow::retranslate()
{
    Actions &a = *m_actions;
    setWindowTitle(tr("Policy Atlas"));
    a.file->setTitle(tr("&File"));
    a.import->setText(tr("&Import Corpus…"));
    a.import->setToolTip(tr("Add corpus text files to the database"));
    a.open->setText(tr("&Open Database…"));
    a.documents->setText(tr("&Documents…"));
    a.documents->setToolTip(tr("List, remove and correct the documents in the database"));
    a.exportItems->setText(tr("Export I&tems…"));
    a.exportItems->setToolTip(tr("Save the items the filter shows as CSV, Excel or JSON"));
    a.exportView->setText(tr("&Export View…"));
    a.exportView->setToolTip(tr("Save the view in front as an image, or its numbers as a table"));
    a.quit->setText(tr("&Quit"));
    a.edit->setTitle(tr("&Edit"));
    a.copyView->setText(tr("&Copy View"));
    a.copyView->setToolTip(tr("Copy the view in front: its image, and a table's cells as text"));
    a.find->setText(tr("&Filter Items"));
    a.clear->setText(tr("C&lear Filters"));
    a.view->setTitle(tr("&View"));
    a.language->setTitle(tr("&Language"));
    a.system->setText(tr("&System Language"));
    a.chinese->setText(QStringLiteral("中文 (&C)"));
    a.english->setText(QStringLiteral("English (&E)"));
    a.help->setTitle(tr("&Help"));
    a.about->setText(tr("&About Policy Atlas"));
    a.aboutQt->setText(tr("About &Qt"));
    updateStatus();
}

void MainWindow::updateStatus()
{
    m_databaseLabel->setText(m_session->databasePath());
    m_databaseLabel->setToolTip(tr("Database file"));
    if (m_session->isLoading()) {
        m_status->setText(tr("Reading the items…"));
        return;
    }
    const MatchSet &m = m_session->matches();
    const QString items = tr("%n item(s)", nullptr, m.itemCount);
    const QString provinces = tr("%n province(s)", nullptr, m.unitCount);
    m_status->setText(m.all ? tr("%1 in %2").arg(items, provinces)
                            : tr("%1 in %2 match the filter").arg(items, provinces));
    if (!m_session->query().isValid()) // too many terms: say so rather than "0 items"
        m_status->setText(m_session->query().error());
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

void MainWindow::showError(const QString &title, const QString &message)
{
    statusBar()->showMessage(message, 10000);
    QMessageBox::warning(this, title, message);
}

void MainWindow::importCorpus()
{
    const QString folder = Settings::value(Settings::Key::LastImportFolder).toString();
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Import Corpus"), folder, FileDialogs::corpusFilter());
    if (files.isEmpty())
        return;
    Settings::setValue(Settings::Key::LastImportFolder, QFileInfo(files.first()).absolutePath());
    // First what the files would bring, with their titles and years to correct: nothing is
    // written unless the user presses Import there.
    ImportPreviewDialog preview(files, m_reader, this);
    if (preview.exec() != QDialog::Accepted) {
        statusBar()->showMessage(tr("Import cancelled; nothing was imported."), 10000);
        return;
    }
    ImportRequest request = preview.request();
    // The import runs on this thread and lets events through between batches, so the bar moves
    // and Cancel works. Nothing else in the window takes input meanwhile: the import holds the
    // database's write transaction.
    QProgressDialog progress(tr("Importing %n file(s)…", nullptr, int(files.size())), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setValue(0);
    centralWidget()->setEnabled(false);
    menuBar()->setEnabled(false);
    const auto enableAgain = qScopeGuard([this] {
        centralWidget()->setEnabled(true);
        menuBar()->setEnabled(true);
    });
    ImportReport report;
    Diagnostic error;
    bool saving = false;
    request.progress = [&](double fraction) {
        if (fraction >= 1.0 && !saving) {
            // All read: what is left (indexes, commit) runs without a chance to cancel, so no
            // Cancel button promises one.
            saving = true;
            progress.setLabelText(tr("Saving to the database…"));
            progress.setCancelButton(nullptr);
        }
        progress.setValue(int(fraction * 999)); // 1000 would close the dialog before the commit
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        return !progress.wasCanceled();
    };
    const bool ok = m_session->importFiles(request, &report, &error);
    const bool cancelled = progress.wasCanceled();
    progress.reset();
    if (!ok && cancelled) {
        statusBar()->showMessage(tr("Import cancelled; nothing was imported."), 10000);
        return;
    }
    if (!ok)
        return showError(tr("Import failed"), tr("Nothing was imported; the database is as it was:\n%1")
                                                  .arg(error.toString()));
    // Each file's line, then where its document came from and where its content ended.
    QStringList lines;
    for (int d = 0; d < report.lines.size(); ++d) {
        lines << report.lines.at(d);
        const ImportResult &result = report.results.value(d);
        if (result.alreadyImported)
            continue;
        if (const QString byline = DocumentDescription::byline(result.document); !byline.isEmpty())
            lines << QStringLiteral("    ") + byline;
        if (const QString end = DocumentDescription::contentEnd(result.document); !end.isEmpty())
            lines << QStringLiteral("    ") + tr("content ends at %1").arg(end);
    }
    if (!report.warnings.isEmpty()) {
        lines << QString() << tr("Warnings:");
        for (const Diagnostic &w : std::as_const(report.warnings))
            lines << w.toString();
    }
    QMessageBox box(QMessageBox::Information, tr("Import finished"), lines.join(u'\n'), QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Open or Create Database"), m_session->databasePath(),
                                                      FileDialogs::databaseFilter(), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    // Checked and read before the window switches to it: a file that cannot be used leaves the
    // window on the database it had.
    Diagnostic error;
    if (!m_session->open(path, &error))
        showError(tr("Cannot open the database"), error.toString());
}

void MainWindow::exportView()
{
    const AnalysisView *view = m_views->currentView();
    if (!view)
        return;
    ExportDialog dialog(*view, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Diagnostic error;
    const bool saved = m_views->exportCurrentView(dialog.path(), dialog.format(), dialog.width(), dialog.height(),
                                                  dialog.scale(), &error);
    if (!saved)
        return showError(tr("Export failed"), error.toString());
    statusBar()->showMessage(tr("Saved to %1").arg(dialog.path()), 8000);
}

void MainWindow::showDocuments()
{
    DocumentsDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::exportItems()
{
    ExportItemsDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(
            tr("%n row(s) saved to %1", nullptr, int(dialog.exported().rows)).arg(dialog.path()), 8000);
}

void MainWindow::copyView()
{
    const AnalysisView *view = m_views->currentView();
    if (!view)
        return;
    auto *data = new QMimeData;
    if (const auto picture = view->hasPicture() ? view->picture(ImageExport::DefaultWidth, 0) : nullptr)
        data->setImageData(ImageExport::render(*picture, ImageExport::DefaultScale));
    if (const QString text = view->copyText(); !text.isEmpty())
        data->setText(text);
    QApplication::clipboard()->setMimeData(data);
    statusBar()->showMessage(tr("Copied to the clipboard"), 5000);
}

void MainWindow::setLanguage(const QString &language)
{
    Settings::setValue(Settings::Key::Language, language);
    Translations::install(language); // sends LanguageChange to every widget
}

void MainWindow::about()
{
    QStringList sources;
    for (const DocumentRecord &doc : m_session->documents())
        sources << tr("%1 — %2").arg(doc.title, doc.sourceLine.isEmpty() ? tr("source not given") : doc.sourceLine);
    QMessageBox box(QMessageBox::NoIcon, tr("About Policy Atlas"),
                    tr("Policy Atlas %1\n\nBrowse Chinese provincial policy corpora, filter by keyword, and count "
                       "which provinces mention each initiative.\n\nCorpora in this database:\n%2")
                        .arg(QCoreApplication::applicationVersion(), sources.join(u'\n')),
                    QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.exec();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings::setValue(Settings::Key::WindowGeometry, saveGeometry());
    Settings::setValue(Settings::Key::SplitterSizes, m_splitter->saveState());
    event->accept();
}
