// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportitemsdialog.h"

#include "atlassession.h"
#include "filedialogs.h"
#include "settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

ExportItemsDialog::ExportItemsDialog(AtlasSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_bom(new QCheckBox(tr("Start with a byte-order mark (for Excel on Windows)"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Export Items"));
    const MatchSet &matches = session->matches();
    auto *what = new QLabel(matches.all ? tr("All %n item(s) and sub-item(s), in published order.", nullptr,
                                             session->index().itemCount())
                                        : tr("The %n item(s) and sub-item(s) that the filter shows, in published "
                                             "order.",
                                             nullptr, matches.itemCount),
                            this);
    what->setObjectName(QStringLiteral("exportWhat"));
    what->setWordWrap(true);

    m_format->addItem(tr("CSV (spreadsheets, R, Python)"), QStringLiteral("csv"));
    m_format->addItem(tr("Excel workbook (.xlsx)"), QStringLiteral("xlsx"));
    m_format->addItem(tr("JSON"), QStringLiteral("json"));
    m_bom->setToolTip(tr("Excel on a Chinese Windows reads CSV without it as GBK, and the Chinese text comes out "
                         "garbled"));
    m_bom->setChecked(Settings::value(Settings::Key::ItemsBom).toBool());
    m_message->setObjectName(QStringLiteral("exportMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();

    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(QString(), m_bom);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    QString folder = Settings::value(Settings::Key::LastExportFolder).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QDir(folder).exists())
        folder = QDir::homePath();
    m_path->setText(QDir(folder).filePath(tr("items") + QStringLiteral(".csv")));
    m_path->setMinimumWidth(m_path->fontMetrics().averageCharWidth() * 48);
    TableWriter::Format saved = TableWriter::Format::Csv;
    TableWriter::parseFormat(Settings::value(Settings::Key::ItemsFormat).toString(), &saved);
    setFormat(saved);

    connect(browseButton, &QPushButton::clicked, this, &ExportItemsDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportItemsDialog::updateFormat);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportItemsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportItemsDialog::reject);
    updateFormat();
}

QString ExportItemsDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportItemsDialog::setPath(const QString &path)
{
    m_path->setText(path);
    TableWriter::Format f;
    if (TableWriter::parseFormat(QFileInfo(path).suffix(), &f))
        setFormat(f);
}

TableWriter::Format ExportItemsDialog::format() const
{
    TableWriter::Format f = TableWriter::Format::Csv;
    TableWriter::parseFormat(m_format->currentData().toString(), &f);
    return f;
}

void ExportItemsDialog::setFormat(TableWriter::Format format)
{
    m_format->setCurrentIndex(m_format->findData(TableWriter::formatName(format)));
}

bool ExportItemsDialog::bom() const
{
    return m_bom->isChecked() && format() == TableWriter::Format::Csv;
}

void ExportItemsDialog::setBom(bool bom)
{
    m_bom->setChecked(bom);
}

QString ExportItemsDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ExportItemsDialog::showProblem(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ExportItemsDialog::browse()
{
    const TableWriter::Format f = format();
    const QString filter = f == TableWriter::Format::Xlsx ? FileDialogs::xlsxFilter()
                           : f == TableWriter::Format::Json ? FileDialogs::jsonFilter()
                                                            : FileDialogs::csvFilter();
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Items"), path(), filter);
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ExportItemsDialog::updateFormat()
{
    const QString suffix = TableWriter::formatName(format());
    m_bom->setEnabled(format() == TableWriter::Format::Csv);
    const QFileInfo info(path());
    if (!info.fileName().isEmpty() && info.suffix().toLower() != suffix)
        m_path->setText(info.dir().filePath(info.completeBaseName() + u'.' + suffix));
}

void ExportItemsDialog::accept()
{
    const QFileInfo info(path());
    if (!m_session->isOpen())
        return showProblem(tr("No database is open: open or create one with File → Open Database."));
    if (path().isEmpty() || !info.absoluteDir().exists())
        return showProblem(tr("Choose a file in an existing folder."));
    if (m_session->isFiltering()) // a large corpus: the filter is still running on another thread
        m_session->waitForFilter();
    Settings::setValue(Settings::Key::ItemsFormat, TableWriter::formatName(format()));
    if (format() == TableWriter::Format::Csv)
        Settings::setValue(Settings::Key::ItemsBom, m_bom->isChecked());
    Settings::setValue(Settings::Key::LastExportFolder, info.absolutePath());
    ItemSelection selection;
    selection.index = &m_session->index();
    selection.matches = &m_session->matches();
    Diagnostic error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = ItemExport::save(m_session->store(), selection, path(), format(), bom(), &m_result, &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        return showProblem(tr("Nothing was saved:\n%1").arg(error.toString()));
    QDialog::accept();
}
