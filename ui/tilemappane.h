// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisview.h"
#include "tilemapdata.h"

#include <QWidget>

class AtlasSession;
class QComboBox;
class QLabel;
class TileMapCanvas;

// The China tile map: a square per province, shaded by its matching items (or, with an
// initiative selected, by the matching items mentioning it, or 0/1 for whether any does).
// Follows the keyword filter, the initiative and the selected province; hovering a tile tells
// its name, count and first matching item; clicking it selects the province in every view.
// Recomputes only while shown (the data is one pass over the units).
class TileMapPane : public QWidget, public AnalysisView
{
    Q_OBJECT
public:
    explicit TileMapPane(AtlasSession *session, QWidget *parent = nullptr);

    const TileMapData &mapData() const; // up to date with the session
    TileMapData::Mode mode() const { return m_mode; }
    void setMode(TileMapData::Mode mode);
    QComboBox *modeBox() const { return m_modeBox; }
    QWidget *canvas() const;
    // The tooltip of a tile (index into mapData().tiles), as plain text.
    QString toolTipText(int tile) const;
    // Acts as a click on the tile: selects its province; false when the tile has no unit.
    bool clickTile(int tile);
    // The tile under a point of the canvas; -1: none.
    int tileAt(QPoint canvasPos) const;

    // AnalysisView
    std::unique_ptr<ImageExport::Picture> picture(int width, int height) const override;
    QString automaticHeightText() const override;
    Table table() const override;
    QString copyText() const override;
    QString exportTitle() const override;
    QString exportBaseName() const override;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    friend class TileMapCanvas;
    void invalidate();
    void ensureData() const;
    TileMapData build() const;
    void retranslate();
    void updateControls();

    AtlasSession *m_session;
    TileMapCanvas *m_canvas;
    QLabel *m_modeLabel;
    QComboBox *m_modeBox;
    QLabel *m_hint;
    TileMapData::Mode m_mode = TileMapData::Mode::Items;
    mutable TileMapData m_data;
    mutable bool m_dirty = true;
};
