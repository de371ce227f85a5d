// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QString>

enum class FileFormat { Text, Html, Docx, Xlsx, Pdf, Csv, Tsv };

// "text", "html", "docx", "xlsx", "pdf", "csv", "tsv": SourceText::format.
QString formatName(FileFormat format);

// What a file is, from its content first: its first bytes (%PDF-, a ZIP archive and what it
// holds, markup that opens a web page) and only then its extension, for CSV and TSV, which
// have no signature. A file whose extension and content disagree is what its content says:
// a .txt that is really a Word file is read as Word, a .pdf that is really text as text.
//
// false, with a message naming the file, for what is refused before it is read: anything
// that is not a regular file, files over maxSize, a ZIP archive that is neither a .docx nor
// an .xlsx, old binary Word/Excel files (.doc/.xls, or a password-protected .docx/.xlsx, which
// Office stores in the same container) and RTF. A file that does not exist is Text: the
// parser reports it as it reports any file it cannot open.
bool detectFormat(const QString &path, qint64 maxSize, FileFormat *format, Diagnostic *error);
