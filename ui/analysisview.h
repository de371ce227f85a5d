// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imageexport.h"
#include "tablewriter.h"

#include <QString>

#include <memory>

// A view of the right-hand tabs (chart, heat map, map, in context), as File → Export… and
// Edit → Copy see the one in front. Views follow the session (filter, region, Top-N, the
// initiative and the province selected); these only say how to take the view out of the window.
class AnalysisView
{
public:
    virtual ~AnalysisView() = default;

    // The whole view drawn for export at width × height points (height 0: the view's own
    // height), independent of what the window shows; null for a view that is only a table.
    virtual std::unique_ptr<ImageExport::Picture> picture(int width, int height) const = 0;
    virtual bool hasPicture() const { return true; }
    // What the height spin box's "automatic" value says, e.g. "Fit the bars (620 pt)".
    virtual QString automaticHeightText() const = 0;
    // The numbers behind the view, as the view holds them; no columns: the view has none.
    virtual Table table() const { return {}; }
    virtual bool hasTable() const { return !table().columns.isEmpty(); }
    // What File → Export writes as CSV, JSON or Excel: all of the view's rows (a view that holds
    // only part of them reads the rest). False (and *error) when they cannot be read.
    virtual bool exportTable(Table *table, Diagnostic *error) const
    {
        Q_UNUSED(error);
        *table = this->table();
        return true;
    }
    // Edit → Copy: the selected cells (or all) as tab-separated text; empty for a picture.
    virtual QString copyText() const { return {}; }
    // The export dialog's title and the suggested file name (without suffix).
    virtual QString exportTitle() const = 0;
    virtual QString exportBaseName() const = 0;
};
