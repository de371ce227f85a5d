// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sourcetext.h"

// The text layer of a PDF, through poppler: page by page, its words in reading order grouped
// into lines by baseline. A line that reaches the right margin of the text and does not end
// in sentence punctuation (。；！？： and their ASCII forms) was wrapped by the page width, and
// is joined with the next line (across a page break too). Lines that are only a page number
// ("3", "- 3 -", "第3页", "3/10") are dropped. Characters that some PDF writers map to Kangxi
// radicals or compatibility ideographs (⾼ for 高) are read as the ideographs they show.
//
// A PDF that needs a password to open is refused; one that only restricts printing or editing
// is read. A PDF without any text (a scan) is refused with advice to run OCR.
// origins: the number, counting from 1 over the whole document, of the line (as grouped from
// the text layer, page numbers included) where each line starts.
bool readPdf(const QString &path, SourceText *out, Diagnostic *error);
