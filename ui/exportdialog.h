// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class AnalysisView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Asks where and how to export the view in front: as an image (PNG or SVG, size in points, PNG
// scale) where the view draws one, or its numbers as CSV, JSON or Excel where it has them.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(const AnalysisView &view, QWidget *parent = nullptr);

    QString path() const;
    // "png", "svg", "csv", "json" or "xlsx"
    QString format() const;
    bool isImage() const;
    int width() const;
    int height() const; // 0: the view's own height
    double scale() const;
    void setPath(const QString &path);

public slots:
    void accept() override;

private:
    void browse();
    void updateFormat();
    void updatePixelSize();

    const AnalysisView &m_view;
    QComboBox *m_format;
    QLineEdit *m_path;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_scale;
    QLabel *m_pixels;
};
