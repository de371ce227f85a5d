// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue.h"
#include "diagnostic.h"
#include "keywordquery.h"
#include "tablewriter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class CorpusIndex;
class Store;
struct MatchSet;

// One occurrence of what is looked for, in the original text of an item (as published: full-width
// punctuation stays full-width), with the characters before and after it in the same item.
struct KwicRow
{
    int item = -1; // index into the CorpusIndex
    int unit = -1; // index into CorpusIndex::units()
    int start = 0; // of the match, in UTF-16 code units of the item's text
    QString number; // the item's number as the corpus writes it: "3", or "5.1" for a sub-item
    QString left; // line breaks and tabs shown as spaces
    QString match;
    QString right;
};

// Keyword in context: the occurrences of the filter's terms (each term on its own row, where it
// occurs in the text: not where the item matched a term by its province's name) and of one
// initiative's wording (its catalogue patterns, the spans the detail pane links), in the items a
// filter lets through, in corpus order. Texts are read from the database, a batch of items at a
// time, so that the first rows come at once at any size and a caller can stop between batches.
// Offsets are found in the folded text (TextFold maps one character to one), the contexts taken
// from the original, never across the item's ends.
class Kwic
{
    Q_DECLARE_TR_FUNCTIONS(Kwic)
public:
    static constexpr int DefaultContext = 20; // characters each side
    static constexpr int MaxContext = 1000;

    // query: its terms are looked for; initiative: an index into the catalogue (-1: none), the
    // catalogue the store follows (mentions are found as the index found them).
    Kwic(const CorpusIndex &index, const Catalogue &catalogue, const KeywordQuery &query, int initiative,
         int context = DefaultContext);

    // Nothing to look for: no valid term and no initiative.
    bool isEmpty() const;

    // Reads the items [*next, itemCount()) that matches lets through, in index order, until at
    // least minRows rows were found or maxItems matching items were read, and appends their rows;
    // *next is set to where the next call goes on (itemCount() when done). False (and *error) if
    // the database cannot be read.
    bool read(const Store &store, const MatchSet &matches, int *next, int minRows, int maxItems, QList<KwicRow> *rows,
              Diagnostic *error) const;
    // The rows of one item's text (all of them, sorted by start), without number or unit.
    QList<KwicRow> rowsIn(const QString &text) const;

    // The table's columns: province_code, province, item, left, match, right.
    static QStringList columns();
    static TableWriter::Options tableOptions();
    static QVariantList tableRow(const CorpusIndex &index, const KwicRow &row, bool english);
    // "3、" → "3", "（2）" → "2": the letters and digits of a published label.
    static QString numberOf(const QString &label);

private:
    const CorpusIndex &m_index;
    Catalogue m_catalogue;
    QStringList m_terms;
    int m_initiative;
    int m_context;
};
