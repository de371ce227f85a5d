// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexport.h"

#include "chartbuilder.h"

#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <memory>

namespace ChartExport {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ChartExport", text);
}

// Larger than on screen: exported charts are read on slides and printed pages.
constexpr qreal ExportPointSize = 11;

QSizeF sizeFor(const ChartData &data, const Options &options)
{
    return QSizeF(options.width, options.height > 0 ? options.height : autoHeight(int(data.bars.size())));
}

// A chart laid out at the given size in a scene of its own, ready to render.
struct Scene
{
    QGraphicsScene scene;
    QChart *chart = nullptr;

    Scene(const ChartData &data, QSizeF size)
    {
        chart = ChartBuilder::create(data, size.width(), ExportPointSize);
        scene.addItem(chart);
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        scene.setSceneRect(QRectF(QPointF(0, 0), size));
        if (chart->layout())
            chart->layout()->activate();
        QCoreApplication::sendPostedEvents();
    }
    void render(QPainter *painter, QSizeF size)
    {
        painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        scene.render(painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    }
};

} // namespace

int autoHeight(int bars)
{
    return std::max(360, 140 + 34 * bars);
}

QImage renderImage(const ChartData &data, const Options &options)
{
    const QSizeF size = sizeFor(data, options);
    QImage image((size * options.scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(options.scale);
    const int dotsPerMeter = qRound(96.0 * options.scale / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    Scene scene(data, size);
    QPainter painter(&image);
    scene.render(&painter, size);
    painter.end();
    return image;
}

bool save(const ChartData &data, const QString &path, const Options &options, Diagnostic *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, {path, 0, tr("cannot write the file: %1").arg(file.errorString())});
    if (suffix == QLatin1String("svg")) {
        const QSizeF size = sizeFor(data, options);
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size.toSize());
        generator.setResolution(96);
        generator.setViewBox(QRectF(QPointF(0, 0), size));
        generator.setTitle(data.title);
        generator.setDescription(data.subtitle);
        Scene scene(data, size);
        QPainter painter(&generator);
        painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
        scene.render(&painter, size);
        painter.end();
    } else if (suffix == QLatin1String("png")) {
        if (!renderImage(data, options).save(&file, "PNG"))
            return fail(error, {path, 0, tr("cannot encode the PNG image")});
    } else {
        return fail(error, {path, 0, tr("unknown image type \"%1\": use .png or .svg").arg(suffix)});
    }
    if (!file.commit())
        return fail(error, {path, 0, tr("cannot write the file: %1").arg(file.errorString())});
    return true;
}

} // namespace ChartExport
