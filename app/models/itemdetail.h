// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class AtlasSession;
class QTextCursor;
class QTextDocument;

// Writes what the detail pane shows into a QTextDocument, through QTextCursor only: corpus
// text is inserted as text, never parsed as HTML. Filter terms get a highlight; initiative
// mentions are links ("initiative:<id>") with the initiative's name as tooltip.
class ItemDetail
{
    Q_DECLARE_TR_FUNCTIONS(ItemDetail)
public:
    static constexpr const char *LinkScheme = "initiative";
    static constexpr int MaxUnitItems = 200; // top-level items shown for a province
    static constexpr int MaxMarkedRuns = 2000; // highlighted or linked runs per text; the rest is plain

    static void describeItem(QTextDocument *document, const AtlasSession &session, int item);
    static void describeUnit(QTextDocument *document, const AtlasSession &session, int unit);
    static void describeNothing(QTextDocument *document);

    // The initiative id in a link written by this class, or empty.
    static QString initiativeFromLink(const QString &href);

private:
    static void writeMarkedText(QTextCursor &cursor, const AtlasSession &session, const QString &text);
};
