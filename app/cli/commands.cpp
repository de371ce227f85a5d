// SPDX-License-Identifier: GPL-3.0-or-later
// The one list of commands: adding a command is a new file in commands/ and a line here.
#include "command.h"

#include "commands/commands.h"

#include <QByteArray>

namespace Commands {

const QList<Command> &all()
{
    static const QList<Command> commands{
        importCommand(),
        provincesCommand(),
        countsCommand(),
        matrixCommand(),
        chartCommand(),
        heatmapCommand(),
        mapCommand(),
        documentsCommand(),
        removeCommand(),
        itemsCommand(),
        kwicCommand(),
        generateCommand(),
        checkCommand(),
        repairCommand(),
    };
    return commands;
}

const Command *find(const QByteArray &name)
{
    for (const Command &command : all())
        if (name == command.name)
            return &command;
    return nullptr;
}

} // namespace Commands
