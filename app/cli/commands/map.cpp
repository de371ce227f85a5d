// SPDX-License-Identifier: GPL-3.0-or-later
// policy-atlas map OUT.png|OUT.svg: the China tile map, rendered at the requested size.
#include "commands.h"

#include "cliutil.h"
#include "textlimits.h"
#include "tilemapdata.h"
#include "tilemappainter.h"

namespace Commands {
namespace {

using namespace Cli;

int run(const QStringList &args)
{
    ImageCommand c;
    c.offersRegionAndTop = false;
    c.heightHelp = Cli::tr("Height in points (default: fits the map).");
    const QCommandLineOption initiativeOption(
        QStringLiteral("initiative"),
        Cli::tr("Shade by the matching items that mention this initiative (its id in the catalogue)."),
        QStringLiteral("ID"));
    const QCommandLineOption mentionsOption(
        QStringLiteral("mentions"),
        Cli::tr("With --initiative: shade 1 where any matching item mentions it, 0 elsewhere."));
    if (const int rc = c.start(QStringLiteral("map"), args, {initiativeOption, mentionsOption}); rc >= 0)
        return rc;
    const CorpusIndex &index = c.session.index();
    TileMapData::Options options;
    options.english = c.english;
    options.filterText = c.query.text();
    MatchSet matches = c.matches;
    if (c.parser.isSet(initiativeOption)) {
        const QString id = c.parser.value(initiativeOption).trimmed();
        const int initiative = index.initiativeIndex(id);
        if (initiative < 0)
            return usageError(Cli::tr("unknown initiative \"%1\" (the ids are those of `policy-atlas counts`)")
                                  .arg(TextLimits::shortened(id, 80)),
                              QStringLiteral("map"));
        options.initiative = id;
        matches = index.match(c.query, initiative);
    } else if (c.parser.isSet(mentionsOption)) {
        return usageError(Cli::tr("--mentions needs --initiative"), QStringLiteral("map"));
    }
    options.mode = c.parser.isSet(mentionsOption) ? TileMapData::Mode::Mentions : TileMapData::Mode::Items;
    const TileMapData data = c.inPictureLanguage([&] { return TileMapData::build(index, matches, options); });
    const auto picture = TileMapPainter::picture(data, c.width, c.height);
    return c.save(*picture, QStringLiteral("%1 provinces shaded").arg(data.shadedCount()));
}

} // namespace

Command mapCommand()
{
    return {"map", "map OUT",
            QT_TRANSLATE_NOOP("CommandLine", "Render the China tile map of matching items to a .png or .svg file."),
            true, run};
}

} // namespace Commands
