// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tablereader.h"

// The first worksheet of an Excel workbook (.xlsx): the workbook names it, its relationships
// give its part; cells are shared strings, inline strings, formula results, numbers or
// booleans, placed by their reference (C5) so that empty cells keep the columns in place.
// Row origins: the row numbers Excel shows. Parts that would unpack to more than maxSize bytes
// are refused.
bool readXlsx(const QString &path, qint64 maxSize, Table *out, Diagnostic *error);
