// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// policy-atlas COMMAND [options]: the questions the GUI answers, for scripts and pipelines.
// Exit codes: 0 success, 1 bad input or a failed operation, 2 a usage error.
namespace CommandLine {
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// Is argv[1] a command (or a request for the command line's help/version) rather than GUI options?
bool wantsCommandLine(int argc, char **argv);
// Creates the application object the command needs and runs it.
int run(int argc, char **argv);
}
