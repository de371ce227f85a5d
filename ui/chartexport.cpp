// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexport.h"

#include "chartbuilder.h"
#include "imageexport.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>

namespace ChartExport {
namespace {

// Larger than on screen: exported charts are read on slides and printed pages.
constexpr qreal ExportPointSize = 11;

// A chart laid out for export in a scene of its own, ready to render. The height is the
// requested one, raised if needed so that every (possibly wrapped) label has room.
class Scene : public ImageExport::Picture
{
public:
    Scene(const ChartData &data, const Options &options)
        : m_data(data)
    {
        m_chart = ChartBuilder::create(data, options.width, ExportPointSize);
        const int lines = ChartBuilder::fitLabels(m_chart, options.width);
        m_size = QSizeF(options.width, effectiveHeight(int(data.bars.size()), options.height, lines));
        m_scene.addItem(m_chart);
        m_chart->setGeometry(QRectF(QPointF(0, 0), m_size));
        m_scene.setSceneRect(QRectF(QPointF(0, 0), m_size));
        if (m_chart->layout())
            m_chart->layout()->activate();
        QCoreApplication::sendPostedEvents();
    }
    QSizeF size() const override { return m_size; }
    void paint(QPainter *painter) const override
    {
        const_cast<QGraphicsScene &>(m_scene).render(painter, QRectF(QPointF(0, 0), m_size),
                                                      QRectF(QPointF(0, 0), m_size));
    }
    QString title() const override { return m_data.title; }
    QString description() const override { return m_data.subtitle; }

private:
    const ChartData &m_data;
    QGraphicsScene m_scene;
    QChart *m_chart = nullptr;
    QSizeF m_size;
};

} // namespace

int minimumHeight(int bars, int labelLines)
{
    return 130 + (30 + 18 * (labelLines - 1)) * bars;
}

int autoHeight(int bars, int labelLines)
{
    return std::max(360, 140 + (34 + 18 * (labelLines - 1)) * bars);
}

int effectiveHeight(int bars, int requested, int labelLines)
{
    return requested > 0 ? std::max(requested, minimumHeight(bars, labelLines)) : autoHeight(bars, labelLines);
}

QSize outputSize(const ChartData &data, const Options &options)
{
    return Scene(data, options).size().toSize();
}

QImage renderImage(const ChartData &data, const Options &options)
{
    return ImageExport::render(Scene(data, options), options.scale);
}

std::unique_ptr<ImageExport::Picture> picture(const ChartData &data, const Options &options)
{
    return std::make_unique<Scene>(data, options);
}

bool save(const ChartData &data, const QString &path, const Options &options, Diagnostic *error)
{
    return ImageExport::save(Scene(data, options), path, options.scale, options.databaseInUse, error);
}

} // namespace ChartExport
