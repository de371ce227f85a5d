// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

// Every persistent setting, with its QSettings key and default, in one place.
namespace Settings {
enum class Key { WindowGeometry, WindowState, SplitterSizes, DetailSplitterSizes, Language, ChartTopN, ChartRegion,
                 LastImportFolder, LastExportFolder, ExportWidth, ExportHeight, ExportScale, ItemsFormat, ItemsBom,
                 FrontView, MapMode };

QString name(Key key);
QVariant defaultValue(Key key);
QVariant value(Key key);
void setValue(Key key, const QVariant &value);
}
