// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sourcetext.h"

#include <QByteArray>
#include <QString>

// A saved web page, as the lines a reader sees: the body's text in document order, with block
// elements (p, div, li, h1–h6, tr, section, blockquote, …) and <br> as line breaks, the cells
// of a table row (td, th) joined with a space, the lines of a <pre> kept, white space collapsed
// within a line and entities decoded. Scripts, styles, noscript, template, nav, frames, forms'
// lists and the head are dropped, except the <title>, which becomes the first line when the
// body has no <h1> (a page's h1 is its headline; its title adds the site's name).
//
// The encoding comes from a byte order mark, else the page's <meta charset> or http-equiv
// declaration, else detection as for text files (UTF-8, GB18030). Parsed with libxml2's HTML
// parser, which recovers from broken markup as browsers do, never touches the network
// (HTML_PARSE_NONET) and loads nothing a page names (images, stylesheets, frames, scripts).
// origins: the line of the page's source where each line's text starts.
bool readHtml(const QByteArray &bytes, const QString &path, SourceText *out, Diagnostic *error);
