// SPDX-License-Identifier: GPL-3.0-or-later
// policy-atlas chart OUT.png|OUT.svg: the initiative bar chart, rendered at the requested size.
#include "commands.h"

#include "chartdata.h"
#include "chartexport.h"
#include "cliutil.h"

namespace Commands {
namespace {

using namespace Cli;

int run(const QStringList &args)
{
    ImageCommand c;
    c.offersRegionAndTop = true;
    if (const int rc = c.start(QStringLiteral("chart"), args); rc >= 0)
        return rc;
    ChartData::Options chartOptions;
    chartOptions.english = c.english;
    chartOptions.region = c.region;
    chartOptions.top = c.top;
    chartOptions.filterText = c.query.text();
    const ChartData data =
        c.inPictureLanguage([&] { return ChartData::build(c.session.index(), c.matches, chartOptions); });
    ChartExport::Options options;
    options.width = c.width;
    options.height = c.height;
    options.scale = c.scale;
    const auto picture = ChartExport::picture(data, options);
    const int bars = int(data.bars.size());
    if (const int rc = c.save(*picture, QStringLiteral("%1 bars").arg(bars)); rc != Success)
        return rc;
    const int outputHeight = qRound(picture->size().height());
    if (options.height > 0 && outputHeight != options.height)
        print(stderr, Cli::tr("%1: note: height raised from %2 to %3 points so that all %4 labels fit\n")
                          .arg(c.out, QString::number(options.height), QString::number(outputHeight),
                               QString::number(bars)));
    return Success;
}

} // namespace

Command chartCommand()
{
    return {"chart", "chart OUT",
            QT_TRANSLATE_NOOP("CommandLine", "Render the initiative bar chart to a .png or .svg file."), true, run};
}

} // namespace Commands
