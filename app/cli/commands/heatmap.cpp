// SPDX-License-Identifier: GPL-3.0-or-later
// policy-atlas heatmap OUT.png|OUT.svg: provinces × initiatives, rendered at the requested size.
#include "commands.h"

#include "cliutil.h"
#include "heatmapdata.h"
#include "heatmapexport.h"

namespace Commands {
namespace {

using namespace Cli;

int run(const QStringList &args)
{
    ImageCommand c;
    c.offersRegionAndTop = true;
    c.heightHelp = Cli::tr("Height in points (default: fits the rows).");
    if (const int rc = c.start(QStringLiteral("heatmap"), args); rc >= 0)
        return rc;
    HeatmapData::Options dataOptions;
    dataOptions.english = c.english;
    dataOptions.region = c.region;
    dataOptions.top = c.top;
    dataOptions.filterText = c.query.text();
    HeatmapExport::Options options;
    options.width = c.width;
    options.height = c.height;
    // The labels drawn (Total, Provinces, the legend) follow --lang too: laid out in its language.
    const auto picture = c.inPictureLanguage([&] {
        return HeatmapExport::picture(HeatmapData::build(c.session.index(), c.matches, dataOptions), options);
    });
    const QSize size = picture->size().toSize();
    if (const int rc = c.save(*picture, QStringLiteral("%1 x %2 points").arg(size.width()).arg(size.height()));
        rc != Success)
        return rc;
    if ((options.height > 0 && size.height() != options.height) || size.width() != options.width)
        print(stderr, Cli::tr("%1: note: the picture is %2 × %3 points so that every row and column fits\n")
                          .arg(c.out, QString::number(size.width()), QString::number(size.height())));
    return Success;
}

} // namespace

Command heatmapCommand()
{
    return {"heatmap", "heatmap OUT",
            QT_TRANSLATE_NOOP("CommandLine", "Render the province × initiative heat map to a .png or .svg file."), true,
            run};
}

} // namespace Commands
