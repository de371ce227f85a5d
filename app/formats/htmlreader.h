// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sourcetext.h"

#include <QByteArray>
#include <QString>

class ReferenceData;

// A saved web page, as the lines a reader sees: the body's text in document order, with block
// elements (p, div, li, h1–h6, tr, section, blockquote, …) and <br> as line breaks, the cells
// of a table row (td, th) joined with a space, the lines of a <pre> kept, white space collapsed
// within a line and entities decoded. Scripts, styles, noscript, template, nav, frames, forms'
// lists and the head are dropped, except the <title>, which becomes the first line when the
// body has no <h1> (a page's h1 is its headline; its title adds the site's name).
//
// A <table> whose header row (within its first ten non-empty rows) names a province column
// and a text column, as a table file's does (省份, 省(自治区、直辖市), …; 内容, 相关表述,
// “职业教育”相关表述, …: findTableHeader), is read by the table rules (TableRowReader): from
// each row below the header, the text cell on one line (its <br> and paragraphs joined with a
// space) under a line naming its province when the province changes; other columns (备注)
// ignored, 暂无 not an item, an empty province cell (or one a rowspan covers) continuing the
// province above, a year column giving SourceText::year. Rows above the header (a title) and
// tables without such a header are read as above: a row whose first cell names a province
// then still gives one line of all its cells.
//
// One item per row, as the table rules say: when every province header of the page comes from
// such tables (the page is that table, with at most a headline, a lead and a 来源 line around
// it), the page is read with linesAreItems, so that a row without a number is an item of its
// own and never continues the row above. When the page also has province headers of its own
// outside such tables, the layout rules read it all: each row is still a line of its own under
// its province line, so a numbered row is an item and an unnumbered row directly under its
// province line is an unnumbered item, but an unnumbered row below another row continues it,
// as an unnumbered line of text does.
//
// The encoding comes from a byte order mark, else the page's <meta charset> or http-equiv
// declaration, else detection as for text files (UTF-8, GB18030). Parsed with libxml2's HTML
// parser, which recovers from broken markup as browsers do, never touches the network
// (HTML_PARSE_NONET) and loads nothing a page names (images, stylesheets, frames, scripts).
// origins: the line of the page's source where each line's text starts (for a table row read
// by the table rules, where the row's first text starts). A table row the table rules refuse
// (a province cell that names no province, a second year) fails the page, naming that line.
bool readHtml(const QByteArray &bytes, const QString &path, const ReferenceData &reference, SourceText *out,
              Diagnostic *error);
