// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QString>
#include <QStringList>

// Writes a deterministic synthetic corpus in the published format, for benchmarks and tests:
// the 31 provinces, each with numbered items (every tenth with two sub-items) whose text is
// two to four clauses drawn from the seed corpus's items. Same items and seed, same bytes.
class CorpusGenerator
{
public:
    explicit CorpusGenerator(quint64 seed = 1);

    // Writes exactly `items` items and sub-items to path; false with a message on failure.
    bool write(const QString &path, qint64 items, Diagnostic *error) const;
    const QStringList &clauses() const { return m_clauses; }

private:
    quint64 m_seed;
    QStringList m_clauses;
};
