// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

namespace Settings {
namespace {
struct Entry
{
    Key key;
    const char *name;
    QVariant defaultValue;
};

const Entry &entry(Key key)
{
    static const Entry entries[] = {
        {Key::WindowGeometry, "window/geometry", QByteArray()},
        {Key::WindowState, "window/state", QByteArray()},
        {Key::SplitterSizes, "window/splitter", QByteArray()},
        {Key::DetailSplitterSizes, "window/detailSplitter", QByteArray()},
        {Key::Language, "ui/language", QStringLiteral("system")},
        {Key::ChartTopN, "chart/top", 0},
        {Key::ChartRegion, "chart/region", QString()},
        {Key::LastImportFolder, "files/importFolder", QString()},
        {Key::LastExportFolder, "files/exportFolder", QString()},
        {Key::ExportWidth, "export/width", 1200},
        {Key::ExportHeight, "export/height", 0},
        {Key::ExportScale, "export/scale", 2.0},
        {Key::ItemsFormat, "items/format", QStringLiteral("csv")}, // File → Export Items: csv, json or xlsx
        {Key::ItemsBom, "items/bom", false}, // CSV with a byte-order mark, for Excel on Windows
        {Key::FrontView, "views/front", QStringLiteral("chart")}, // the right-hand tab in front: its view's name
        {Key::MapMode, "map/mode", QStringLiteral("items")}, // with an initiative: "items" or "mentions" (0/1)
    };
    for (const Entry &e : entries)
        if (e.key == key)
            return e;
    Q_UNREACHABLE();
}
} // namespace

QString name(Key key)
{
    return QString::fromLatin1(entry(key).name);
}

QVariant defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QVariant value(Key key)
{
    return QSettings().value(name(key), defaultValue(key));
}

void setValue(Key key, const QVariant &value)
{
    QSettings().setValue(name(key), value);
}
} // namespace Settings
