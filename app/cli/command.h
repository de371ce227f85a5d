// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

// One command of the command line: its name, a line for the overview, and what runs it.
// Each command lives in its own file under commands/ and is listed once, in commands.cpp.
struct Command
{
    const char *name;
    const char *synopsis; // "import FILE...": the overview's left column
    const char *summary; // the overview's right column; translated in the "CommandLine" context
    bool needsGui; // renders with Qt Gui (QApplication on the offscreen platform)
    int (*run)(const QStringList &args); // args: the program name, then the command's arguments
};

namespace Commands {
const QList<Command> &all();
const Command *find(const QByteArray &name);
}
