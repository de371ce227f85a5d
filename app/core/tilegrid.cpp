// SPDX-License-Identifier: GPL-3.0-or-later
#include "tilegrid.h"

#include "referencedata.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

struct TileGridText
{
    Q_DECLARE_TR_FUNCTIONS(TileGrid)
};

bool TileGrid::load(const QByteArray &json, const QString &fileName, TileGrid *out, Diagnostic *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(error, {fileName, int(json.left(parseError.offset).count('\n')) + 1, parseError.errorString()});
    const QJsonObject root = doc.object();
    TileGrid grid;
    grid.m_rows = root.value(QLatin1String("rows")).toInt();
    grid.m_columns = root.value(QLatin1String("columns")).toInt();
    if (grid.m_rows <= 0 || grid.m_columns <= 0 || grid.m_rows > 100 || grid.m_columns > 100)
        return fail(error, {fileName, 0, TileGridText::tr("rows and columns must be between 1 and 100")});
    QSet<int> cells;
    QSet<QString> names;
    for (const QJsonValue &v : root.value(QLatin1String("tiles")).toArray()) {
        const QJsonObject o = v.toObject();
        TilePosition t{o.value(QLatin1String("short_zh")).toString(), o.value(QLatin1String("name_zh")).toString(),
                       o.value(QLatin1String("name_en")).toString(),
                       o.value(QLatin1String("abbreviation_en")).toString(),
                       o.value(QLatin1String("row")).toInt(-1), o.value(QLatin1String("column")).toInt(-1)};
        const int number = int(grid.m_tiles.size()) + 1;
        if (t.shortZh.isEmpty() || t.abbreviation.isEmpty())
            return fail(error, {fileName, 0, TileGridText::tr("tile %1 has no short_zh or abbreviation_en").arg(number)});
        if (t.row < 0 || t.row >= grid.m_rows || t.column < 0 || t.column >= grid.m_columns)
            return fail(error, {fileName, 0, TileGridText::tr("tile %1 (%2) lies outside the grid").arg(number).arg(t.shortZh)});
        if (cells.contains(t.row * 1000 + t.column))
            return fail(error, {fileName, 0, TileGridText::tr("tile %1 (%2) takes a cell another tile has").arg(number).arg(t.shortZh)});
        if (names.contains(t.shortZh))
            return fail(error, {fileName, 0, TileGridText::tr("%1 has two tiles").arg(t.shortZh)});
        cells.insert(t.row * 1000 + t.column);
        names.insert(t.shortZh);
        grid.m_tiles.append(t);
    }
    if (grid.m_tiles.isEmpty())
        return fail(error, {fileName, 0, TileGridText::tr("no tiles defined")});
    if (out)
        *out = std::move(grid);
    return true;
}

const TileGrid &TileGrid::builtIn()
{
    static const TileGrid grid = [] {
        TileGrid g;
        QFile file(QStringLiteral(":/data/tilegrid.json"));
        Diagnostic error;
        if (!file.open(QIODevice::ReadOnly) || !load(file.readAll(), file.fileName(), &g, &error))
            qFatal("built-in tile grid is broken: %s", qPrintable(error.toString()));
        return g;
    }();
    return grid;
}

const TilePosition *TileGrid::find(const QString &name) const
{
    const QString trimmed = name.trimmed();
    for (const TilePosition &t : m_tiles)
        if (t.shortZh == trimmed || (!t.nameZh.isEmpty() && t.nameZh == trimmed))
            return &t;
    // A standard unit's full name (北京市): through the reference data, whose short name the grid uses.
    if (const Province *p = ReferenceData::builtIn().findProvince(trimmed))
        for (const TilePosition &t : m_tiles)
            if (t.shortZh == p->shortZh)
                return &t;
    return nullptr;
}
