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
// Except in a table whose header row (within its first ten non-empty rows) names a province
// column and a text column, as a table file's does (省份, 省(自治区、直辖市), …; 内容, 相关表述,
// “职业教育”相关表述, …: findTableHeader): its rows below the header are read by the table rules
// (TableRowReader). Each gives its text cell on one line (the cell's paragraphs and line breaks
// joined with a space) under a line naming its province when the province changes; other
// columns (备注) are ignored, 暂无 is not an item, an empty province cell (a vertically merged
// one too) continues the province above, a year column gives SourceText::year. Rows above the
// header (a title) are read as any row.
//
// One item per row, as the table rules say: when every province header of the document comes
// from such tables (the document is that table, with at most a title, a lead and a 来源 line
// around it), it is read with linesAreItems, so that a row without a number is an item of its
// own and never continues the row above. When the document also has province headers of its
// own outside such tables, the layout rules read it all: each row is still a line of its own
// under its province line, so a numbered row is an item and an unnumbered row directly under
// its province line is an unnumbered item, but an unnumbered row below another row continues
// it, as an unnumbered paragraph does. A row the table rules refuse (a province cell that names
// no province, a second year) fails the document, naming the row's first paragraph.
//
// Numbered lists whose numbers Word adds itself (list paragraphs, w:numPr) have no number in
// their text: they are read as unnumbered lines, which the parser takes as text continuing
// the item above. Type the numbers ("1、") to have them read as items.
// origins: the number of the paragraph where each line starts, counting every paragraph of the
// document from 1, table cells included.
bool readDocx(const QString &path, qint64 maxSize, const ReferenceData &reference, SourceText *out,
              Diagnostic *error);
