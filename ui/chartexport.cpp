// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexport.h"

#include "chartbuilder.h"
#include "outputfile.h"
#include "textlimits.h"

#include <QChart>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImageWriter>
#include <QPainter>
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

// A chart laid out for export in a scene of its own, ready to render. The height is the
// requested one, raised if needed so that every (possibly wrapped) label has room.
struct Scene
{
    QGraphicsScene scene;
    QChart *chart = nullptr;
    QSizeF size;

    Scene(const ChartData &data, const Options &options)
    {
        chart = ChartBuilder::create(data, options.width, ExportPointSize);
        const int lines = ChartBuilder::fitLabels(chart, options.width);
        size = QSizeF(options.width, effectiveHeight(int(data.bars.size()), options.height, lines));
        scene.addItem(chart);
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        scene.setSceneRect(QRectF(QPointF(0, 0), size));
        if (chart->layout())
            chart->layout()->activate();
        QCoreApplication::sendPostedEvents();
    }
    void render(QPainter *painter)
    {
        painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        scene.render(painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    }
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
    return Scene(data, options).size.toSize();
}

QImage renderImage(const ChartData &data, const Options &options)
{
    Scene scene(data, options);
    QImage image((scene.size * options.scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(options.scale);
    const int dotsPerMeter = qRound(96.0 * options.scale / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene.render(&painter);
    painter.end();
    return image;
}

bool save(const ChartData &data, const QString &path, const Options &options, Diagnostic *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    OutputFile file(path, options.databaseInUse);
    if (!file.open(error))
        return false;
    if (suffix == QLatin1String("svg")) {
        Scene scene(data, options);
        const QSizeF size = scene.size;
        QSvgGenerator generator;
        generator.setOutputDevice(file.device());
        generator.setSize(size.toSize());
        generator.setResolution(96);
        generator.setViewBox(QRectF(QPointF(0, 0), size));
        // QSvgGenerator (Qt 6.4) writes <title> and <desc> verbatim: escape, or a filter such as
        // <script>…</script> would become an element of the SVG.
        // Cut like the chart's own title: a filter can be megabytes long.
        generator.setTitle(TextLimits::shortened(data.title, 200).toHtmlEscaped());
        generator.setDescription(TextLimits::shortened(data.subtitle, 200).toHtmlEscaped());
        QPainter painter(&generator);
        painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
        scene.render(&painter);
        painter.end();
    } else if (suffix == QLatin1String("png")) {
        const QSize size = outputSize(data, options);
        const double pixels = double(size.width()) * options.scale * double(size.height()) * options.scale;
        if (pixels > MaxPixels)
            return fail(error, {path, 0,
                                tr("the image would be %1 × %2 pixels, more than %3 million: lower the scale or the size")
                                    .arg(QString::number(qRound(size.width() * options.scale)),
                                         QString::number(qRound(size.height() * options.scale)),
                                         QString::number(MaxPixels / 1000000))});
        const QImage image = renderImage(data, options);
        if (image.isNull())
            return fail(error, {path, 0, tr("not enough memory for an image of this size: lower the scale or the size")});
        // Encoded in memory, then written through the checked file: libpng, when a write fails
        // under it, prints its own "libpng error: …" line on stderr and the reason is lost; a
        // buffer cannot fail that way, and the file's write reports the disk's error in words.
        QBuffer png;
        png.open(QIODevice::WriteOnly);
        QImageWriter writer(&png, "png");
        if (!writer.write(image))
            return fail(error, {path, 0, tr("cannot encode the PNG image")});
        const QByteArray &bytes = png.data();
        if (file.device()->write(bytes) != bytes.size())
            return file.failWrite(error);
    } else {
        return fail(error, {path, 0, tr("unknown image type \"%1\": use .png or .svg").arg(suffix)});
    }
    return file.commit(error);
}

} // namespace ChartExport
