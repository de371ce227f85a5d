// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs for the core tests: the seed corpus parsed with the built-in reference data, and
// catalogues loaded from JSON. Both stop the test (qFatal) if their input does not load.
#pragma once

#include "catalogue.h"
#include "corpusparser.h"
#include "referencedata.h"

#include <QByteArray>
#include <QString>

inline ParsedDocument parseSeed()
{
    ParsedDocument doc;
    Diagnostic error;
    if (!CorpusParser(ReferenceData::builtIn()).parseFile(QStringLiteral(SEED_CORPUS), &doc, &error))
        qFatal("cannot parse the seed corpus: %s", qPrintable(error.toString()));
    return doc;
}

inline Catalogue customCatalogue(const QByteArray &json)
{
    Catalogue catalogue;
    Diagnostic error;
    if (!Catalogue::load(json, QStringLiteral("custom.json"), &catalogue, &error))
        qFatal("test catalogue does not load: %s", qPrintable(error.toString()));
    return catalogue;
}
