// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QList>
#include <QString>

struct TilePosition
{
    QString shortZh; // the unit's short name: 北京, 内蒙古, 香港
    QString nameZh; // the full name of a unit the reference data lacks (香港特别行政区); else empty
    QString nameEn; // its English name (Hong Kong); else empty
    QString abbreviation; // English two-letter code: BJ, NM, HK
    int row = 0;
    int column = 0;
};

// Where each provincial-level unit sits on the map view's tile grid, read from a JSON resource
// (resources/data/tilegrid.json): a square per unit, placed so that neighbours touch.
class TileGrid
{
public:
    static bool load(const QByteArray &json, const QString &fileName, TileGrid *out, Diagnostic *error);
    static const TileGrid &builtIn(); // :/data/tilegrid.json

    int rows() const { return m_rows; }
    int columns() const { return m_columns; }
    const QList<TilePosition> &tiles() const { return m_tiles; }
    // By short or full Chinese name (北京, 北京市, 香港特别行政区); nullptr when the grid has no tile for it.
    const TilePosition *find(const QString &name) const;

private:
    int m_rows = 0;
    int m_columns = 0;
    QList<TilePosition> m_tiles;
};
