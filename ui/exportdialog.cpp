// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "analysisview.h"
#include "filedialogs.h"
#include "settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

ExportDialog::ExportDialog(const AnalysisView &view, QWidget *parent)
    : QDialog(parent)
    , m_view(view)
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QDoubleSpinBox(this))
    , m_pixels(new QLabel(this))
{
    setWindowTitle(view.exportTitle());
    if (view.hasPicture()) {
        m_format->addItem(tr("PNG image (for slides and print)"), QStringLiteral("png"));
        m_format->addItem(tr("SVG image (vector, for editing)"), QStringLiteral("svg"));
    }
    if (view.hasTable()) {
        m_format->addItem(tr("CSV table (the numbers)"), QStringLiteral("csv"));
        m_format->addItem(tr("Excel workbook (the numbers)"), QStringLiteral("xlsx"));
        m_format->addItem(tr("JSON (the numbers)"), QStringLiteral("json"));
    }
    m_width->setRange(200, 10000);
    m_width->setSuffix(tr(" pt"));
    m_width->setValue(Settings::value(Settings::Key::ExportWidth).toInt());
    m_height->setRange(0, 10000);
    m_height->setSuffix(tr(" pt"));
    m_height->setSpecialValueText(view.automaticHeightText());
    m_height->setValue(Settings::value(Settings::Key::ExportHeight).toInt());
    m_scale->setRange(0.5, 8);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(1);
    m_scale->setSuffix(tr("×"));
    m_scale->setValue(Settings::value(Settings::Key::ExportScale).toDouble());
    m_scale->setToolTip(tr("Pixels per point: 2× is sharp in print and on high-density screens"));

    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(tr("&Scale:"), m_scale);
    form->addRow(QString(), m_pixels);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    QString folder = Settings::value(Settings::Key::LastExportFolder).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (!QDir(folder).exists()) // a new account has no Pictures folder yet
        folder = QDir::homePath();
    m_path->setText(QDir(folder).filePath(view.exportBaseName() + u'.' + format()));
    m_path->setMinimumWidth(m_path->fontMetrics().averageCharWidth() * 48);

    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateFormat);
    connect(m_width, &QSpinBox::valueChanged, this, &ExportDialog::updatePixelSize);
    connect(m_height, &QSpinBox::valueChanged, this, &ExportDialog::updatePixelSize);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ExportDialog::updatePixelSize);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    updateFormat();
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}

bool ExportDialog::isImage() const
{
    return format() == QLatin1String("png") || format() == QLatin1String("svg");
}

int ExportDialog::width() const
{
    return m_width->value();
}

int ExportDialog::height() const
{
    return m_height->value();
}

double ExportDialog::scale() const
{
    return m_scale->value();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
    const int at = m_format->findData(QFileInfo(path).suffix().toLower());
    if (at >= 0)
        m_format->setCurrentIndex(at);
}

void ExportDialog::browse()
{
    static const QHash<QString, QString (*)()> filters{
        {QStringLiteral("png"), FileDialogs::pngFilter}, {QStringLiteral("svg"), FileDialogs::svgFilter},
        {QStringLiteral("csv"), FileDialogs::csvFilter}, {QStringLiteral("json"), FileDialogs::jsonFilter},
        {QStringLiteral("xlsx"), FileDialogs::xlsxFilter}};
    const auto filter = filters.value(format());
    const QString chosen = QFileDialog::getSaveFileName(this, windowTitle(), path(), filter ? filter() : QString());
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ExportDialog::updateFormat()
{
    const QString suffix = format();
    m_width->setEnabled(isImage());
    m_height->setEnabled(isImage());
    m_scale->setEnabled(suffix == QLatin1String("png"));
    QFileInfo info(path());
    if (!info.fileName().isEmpty() && info.suffix().toLower() != suffix)
        m_path->setText(info.dir().filePath(info.completeBaseName() + u'.' + suffix));
    updatePixelSize();
}

void ExportDialog::updatePixelSize()
{
    if (!isImage()) {
        m_pixels->clear();
        return;
    }
    const auto picture = m_view.picture(width(), height());
    const int h = picture ? qRound(picture->size().height()) : height(); // wrapped labels included
    const int w = picture ? qRound(picture->size().width()) : width();
    if (format() == QLatin1String("png"))
        m_pixels->setText(tr("%1 × %2 pixels").arg(qRound(w * scale())).arg(qRound(h * scale())));
    else
        m_pixels->setText(tr("%1 × %2 points, vector").arg(w).arg(h));
}

void ExportDialog::accept()
{
    const QFileInfo info(path());
    if (path().isEmpty() || !info.absoluteDir().exists()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose a file in an existing folder."));
        return;
    }
    Settings::setValue(Settings::Key::ExportWidth, m_width->value());
    Settings::setValue(Settings::Key::ExportHeight, m_height->value());
    Settings::setValue(Settings::Key::ExportScale, m_scale->value());
    Settings::setValue(Settings::Key::LastExportFolder, info.absolutePath());
    QDialog::accept();
}
