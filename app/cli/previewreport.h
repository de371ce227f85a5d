// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importpreview.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

// import --dry-run's output: each file's preview (see previewFile) as aligned plain text for
// people, or as JSON for scripts. The window's preview dialog shows the same previews.
namespace PreviewReport {
// year (if not 0) is --year: the year every document would get.
QString text(const QList<ImportPreview> &previews, int year);
QByteArray json(const QList<ImportPreview> &previews, int year);

// Columns a terminal gives the text: two for a wide (CJK, full-width) character, one otherwise.
int displayWidth(QStringView text);
}
