// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageexport.h"

#include "outputfile.h"
#include "textlimits.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>
#include <QSvgGenerator>

namespace ImageExport {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ImageExport", text);
}

void paintOn(QPainter *painter, const Picture &picture)
{
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter->fillRect(QRectF(QPointF(0, 0), picture.size()), Qt::white);
    picture.paint(painter);
}

} // namespace

QImage render(const Picture &picture, double scale)
{
    QImage image((picture.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.setDevicePixelRatio(scale);
    const int dotsPerMeter = qRound(96.0 * scale / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintOn(&painter, picture);
    painter.end();
    return image;
}

bool checkOutput(const Picture &picture, const QString &path, double scale, Diagnostic *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("svg") && suffix != QLatin1String("png"))
        return fail(error, {path, 0, tr("unknown image type \"%1\": use .png or .svg").arg(suffix)});
    const QSizeF size = picture.size();
    if (suffix == QLatin1String("png") && size.width() * scale * size.height() * scale > MaxPixels)
        return fail(error, {path, 0,
                            tr("the image would be %1 × %2 pixels, more than %3 million: lower the scale or the size")
                                .arg(QString::number(qRound(size.width() * scale)),
                                     QString::number(qRound(size.height() * scale)),
                                     QString::number(MaxPixels / 1000000))});
    return true;
}

bool encode(const Picture &picture, const QString &path, double scale, QByteArray *bytes, Diagnostic *error)
{
    if (!checkOutput(picture, path, scale, error))
        return false;
    QBuffer buffer(bytes);
    buffer.open(QIODevice::WriteOnly);
    if (QFileInfo(path).suffix().toLower() == QLatin1String("svg")) {
        const QSizeF size = picture.size();
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size.toSize());
        generator.setResolution(96);
        generator.setViewBox(QRectF(QPointF(0, 0), size));
        // QSvgGenerator (Qt 6.4) writes <title> and <desc> verbatim: escape, or a filter such as
        // <script>…</script> would become an element of the SVG. Cut: a filter can be megabytes long.
        generator.setTitle(TextLimits::shortened(picture.title(), 200).toHtmlEscaped());
        generator.setDescription(TextLimits::shortened(picture.description(), 200).toHtmlEscaped());
        QPainter painter(&generator);
        paintOn(&painter, picture);
        painter.end();
        return true;
    }
    const QImage image = render(picture, scale);
    if (image.isNull())
        return fail(error, {path, 0, tr("not enough memory for an image of this size: lower the scale or the size")});
    // Encoded in memory, then written through the checked file: libpng, when a write fails under
    // it, prints its own "libpng error: …" line on stderr and the reason is lost; a buffer cannot
    // fail that way, and the file's write reports the disk's error in words.
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image))
        return fail(error, {path, 0, tr("cannot encode the PNG image")});
    return true;
}

bool write(const QByteArray &bytes, const QString &path, const QString &databaseInUse, Diagnostic *error)
{
    OutputFile file(path, databaseInUse);
    if (!file.open(error))
        return false;
    if (file.device()->write(bytes) != bytes.size())
        return file.failWrite(error);
    return file.commit(error);
}

bool save(const Picture &picture, const QString &path, double scale, const QString &databaseInUse, Diagnostic *error)
{
    if (!checkOutput(picture, path, scale, error) || !OutputFile::checkTarget(path, databaseInUse, error))
        return false;
    QByteArray bytes;
    return encode(picture, path, scale, &bytes, error) && write(bytes, path, databaseInUse, error);
}

} // namespace ImageExport
