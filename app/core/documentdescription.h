// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

struct ParsedDocument;

// A parsed document's header in words, the same in the import preview (window and --dry-run)
// and in the import summaries (window and command line).
class DocumentDescription
{
    Q_DECLARE_TR_FUNCTIONS(DocumentDescription)
public:
    // "text, UTF-8": what the file was read as, and its encoding.
    static QString readAs(const ParsedDocument &doc);
    // "source: 职教圈; author: 吴灵辉; published: 2023-03-01", with only what the document gives;
    // empty when it gives none of them.
    static QString byline(const ParsedDocument &doc);
    // "line 140: 来源:职教圈,作者:吴灵辉 (a 来源 line ends the content)"; empty when the
    // content ran to the end of the file. A long line is cut after ContentEndLength characters.
    static QString contentEnd(const ParsedDocument &doc);
    // The year, or "unknown" for 0.
    static QString year(int year);

    static constexpr int ContentEndLength = 60;
};
