// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tablereader.h"

#include <QByteArray>

// CSV (delimiter ',') or TSV ('\t') as RFC 4180 reads it: fields in double quotes may hold the
// delimiter, line breaks and doubled quotes; records end with LF, CRLF or CR. The encoding is
// detected as for text files (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK: what
// Excel writes on Chinese Windows). Row origins: the line where each record starts.
bool readDelimited(const QByteArray &bytes, char delimiter, const QString &path, Table *out, Diagnostic *error);
