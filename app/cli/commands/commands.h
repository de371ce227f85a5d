// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

// Each defined in its own file in this folder.
namespace Commands {
Command importCommand();
Command provincesCommand();
Command countsCommand();
Command matrixCommand();
Command chartCommand();
Command heatmapCommand();
Command mapCommand();
Command generateCommand();
Command documentsCommand();
Command removeCommand();
Command itemsCommand();
Command checkCommand();
Command repairCommand();
Command kwicCommand();
}
