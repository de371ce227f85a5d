// SPDX-License-Identifier: GPL-3.0-or-later
// policy-atlas: the window, or with a command (import, counts, chart…) the command line.
#include "commandline.h"
#include "mainwindow.h"

int main(int argc, char *argv[])
{
    if (CommandLine::wantsCommandLine(argc, argv))
        return CommandLine::run(argc, argv);
    return MainWindow::runApplication(argc, argv);
}
