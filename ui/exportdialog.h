// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartexport.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Asks where and how to export the chart: PNG or SVG, size in points, PNG scale.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(const ChartData &data, QWidget *parent = nullptr);

    QString path() const;
    ChartExport::Options options() const;
    void setPath(const QString &path);

public slots:
    void accept() override;

private:
    void browse();
    void updateFormat();
    void updatePixelSize();

    const ChartData &m_data;
    QComboBox *m_format;
    QLineEdit *m_path;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_scale;
    QLabel *m_pixels;
};
