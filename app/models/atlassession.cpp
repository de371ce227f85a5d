// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlassession.h"

#include "builtin.h"
#include "corpusparser.h"
#include "referencedata.h"

#include <QCoreApplication>

AtlasSession::AtlasSession(QObject *parent)
    : QObject(parent)
    , m_catalogue(Catalogue::builtIn())
    , m_store(std::make_unique<Store>())
{
}

AtlasSession::~AtlasSession() = default;

bool AtlasSession::setCatalogueFile(const QString &path, Diagnostic *error)
{
    if (path.isEmpty()) {
        m_catalogue = Catalogue::builtIn();
        return true;
    }
    Catalogue catalogue;
    if (!Catalogue::loadFile(path, &catalogue, error))
        return false;
    m_catalogue = catalogue;
    return true;
}

bool AtlasSession::open(const QString &databasePath, Diagnostic *error)
{
    auto store = std::make_unique<Store>();
    if (!BuiltIn::openDatabase(store.get(), databasePath, m_catalogue, BuiltIn::Seed::IfCreated, error))
        return false; // the session keeps the database it had
    m_store = std::move(store);
    return reloadIndex(error);
}

bool AtlasSession::isOpen() const
{
    return m_store && m_store->isOpen();
}

QString AtlasSession::databasePath() const
{
    return m_store ? m_store->path() : QString();
}

bool AtlasSession::importFiles(const QStringList &paths, ImportReport *report, Diagnostic *error)
{
    CorpusParser parser(ReferenceData::builtIn());
    QList<ParsedDocument> docs;
    for (const QString &path : paths) {
        ParsedDocument doc;
        if (!parser.parseFile(path, &doc, error))
            return false;
        docs.append(doc);
    }
    for (const ParsedDocument &doc : std::as_const(docs)) {
        ImportResult result;
        if (!m_store->importDocument(doc, ReferenceData::builtIn(), m_catalogue, &result, error)) {
            reloadIndex(nullptr); // earlier files of this batch did land
            return false;
        }
        if (!report)
            continue;
        report->warnings += doc.warnings;
        report->lines.append(result.alreadyImported
                                 ? tr("%1: already imported; nothing changed").arg(doc.fileName)
                                 : tr("%1: %2 provinces, %3 items").arg(doc.fileName).arg(result.units).arg(result.items));
    }
    return reloadIndex(error);
}

bool AtlasSession::reloadIndex(Diagnostic *error)
{
    CorpusIndex index;
    if (!index.load(*m_store, ReferenceData::builtIn(), error))
        return false;
    m_index = std::move(index);
    m_documents = m_store->documents();
    m_initiative.clear();
    recompute();
    emit corpusReset();
    return true;
}

void AtlasSession::recompute()
{
    m_keywordMatches = m_index.match(m_query);
    const int initiative = m_initiative.isEmpty() ? -1 : m_index.initiativeIndex(m_initiative);
    m_matches = initiative < 0 ? m_keywordMatches : m_index.match(m_query, initiative);
}

void AtlasSession::setKeywordFilter(const QString &text)
{
    if (text == m_query.text())
        return;
    m_query = KeywordQuery(text);
    recompute();
    emit filterChanged();
}

void AtlasSession::setInitiativeFilter(const QString &id)
{
    if (id == m_initiative)
        return;
    m_initiative = id;
    recompute();
    emit filterChanged();
}

void AtlasSession::clearFilters()
{
    if (m_query.isEmpty() && m_initiative.isEmpty())
        return;
    m_query = KeywordQuery();
    m_initiative.clear();
    recompute();
    emit filterChanged();
}

void AtlasSession::setRegion(const QString &regionId)
{
    if (regionId == m_region)
        return;
    m_region = regionId;
    emit chartOptionsChanged();
}

void AtlasSession::setTopN(int top)
{
    if (top == m_topN)
        return;
    m_topN = top;
    emit chartOptionsChanged();
}
