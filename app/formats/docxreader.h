// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sourcetext.h"

class ReferenceData;

// A Word document (.docx): the paragraphs of its body and the rows of its tables, in document
// order (headers, footers, footnotes and comments are not read; nor is deleted text of tracked
// changes). In a paragraph, the text of its runs; a tab is a space, a line break (w:br, w:cr)
// a new line. A table row whose first cell names a province gives that name on its own line,
// then each paragraph of its other cells as a line; any other row gives its cells' text joined
// with a space.
//
// Numbered lists whose numbers Word adds itself (list paragraphs, w:numPr) have no number in
// their text: they are read as unnumbered lines, which the parser takes as text continuing
// the item above. Type the numbers ("1、") to have them read as items.
// origins: the number of the paragraph where each line starts, counting every paragraph of the
// document from 1, table cells included.
bool readDocx(const QString &path, qint64 maxSize, const ReferenceData &reference, SourceText *out,
              Diagnostic *error);
