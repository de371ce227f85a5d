// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

// Writes a deterministic synthetic corpus in the published format, for benchmarks and tests:
// the 31 provinces, each with numbered items (every tenth with two sub-items) whose text is
// two to four clauses drawn from the seed corpus's items. Same items and seed, same bytes.
//
// A series of yearly documents (writeYears) shows initiatives spreading the way policy diffusion
// studies find them: each initiative of the built-in catalogue is taken up along a logistic curve
// of its own (a midpoint year, a steepness and a share of provinces it ever reaches, all drawn
// from the seed), each province adopting it in a year drawn from that curve; a few provinces drop
// it again, for one year or for good. Every item then mentions exactly the initiatives its
// province mentions that year (checked with the catalogue's matcher), so the plan is the truth.
class CorpusGenerator
{
    Q_DECLARE_TR_FUNCTIONS(CorpusGenerator)

public:
    static constexpr int MinYear = 2000;
    static constexpr int MaxYear = 2100;
    static constexpr int MaxYears = 30;

    // Which initiative each province mentions in each year of a series.
    struct Diffusion
    {
        int fromYear = 0;
        int years = 0;
        int provinces = 0; // ReferenceData::builtIn().provinces(), in that order
        int initiatives = 0; // Catalogue::builtIn().initiatives(), in that order
        std::vector<quint8> mentioned; // [(province * initiatives + initiative) * years + year]
        bool at(int province, int initiative, int year) const
        {
            return mentioned[(size_t(province) * size_t(initiatives) + size_t(initiative)) * size_t(years)
                             + size_t(year - fromYear)];
        }
        int firstYear(int province, int initiative) const; // 0 when never
    };

    explicit CorpusGenerator(quint64 seed = 1);

    // Writes exactly `items` items and sub-items to path; false with a message on failure.
    bool write(const QString &path, qint64 items, Diagnostic *error) const;
    const QStringList &clauses() const { return m_clauses; }

    // The adoption plan of a series (MinYear <= fromYear <= toYear <= MaxYear, at most MaxYears).
    Diffusion diffusion(int fromYear, int toYear) const;
    // Writes one document per year, folder/YEAR.txt (the folder is made if missing), each with
    // `itemsPerYear` items and sub-items (at least one per province) in all the provinces, and,
    // unless truthPath is empty, the plan as CSV (see writeTruth). false with a message on failure.
    bool writeYears(const QString &folder, int fromYear, int toYear, qint64 itemsPerYear, const QString &truthPath,
                    Diagnostic *error) const;
    // The plan as CSV (RFC 4180, as TableWriter writes it), one row per province and initiative:
    // province_code, province (Chinese name), initiative (catalogue id), first_year (the first
    // year it is mentioned; empty if never), years (every year it is mentioned, separated by ';').
    static bool writeTruth(const Diffusion &plan, const QString &path, Diagnostic *error);

private:
    quint64 m_seed;
    QStringList m_clauses;
};
