// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpane.h"

#include "atlassession.h"
#include "itemdetail.h"

#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

DetailPane::DetailPane(AtlasSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_browser(new QTextBrowser(this))
{
    m_browser->setObjectName(QStringLiteral("detailBrowser"));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_browser->document()->setDocumentMargin(12);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);

    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString id = ItemDetail::initiativeFromLink(url.toString());
        if (!id.isEmpty())
            emit initiativeActivated(id);
    });
    connect(session, &AtlasSession::filterChanged, this, &DetailPane::render);
    connect(session, &AtlasSession::corpusReset, this, &DetailPane::showNothing);
    connect(session, &AtlasSession::documentsChanged, this, &DetailPane::render); // a year changed
    render();
}

QString DetailPane::plainText() const
{
    return m_browser->document()->toPlainText();
}

void DetailPane::showItem(int item)
{
    m_shown = Shown::Item;
    m_index = item;
    render();
}

void DetailPane::showUnit(int unit)
{
    m_shown = Shown::Unit;
    m_index = unit;
    render();
}

void DetailPane::showNothing()
{
    m_shown = Shown::Nothing;
    m_index = -1;
    render();
}

void DetailPane::render()
{
    QTextDocument *document = m_browser->document();
    switch (m_shown) {
    case Shown::Item:
        ItemDetail::describeItem(document, *m_session, m_index);
        break;
    case Shown::Unit:
        ItemDetail::describeUnit(document, *m_session, m_index);
        break;
    case Shown::Nothing:
        ItemDetail::describeNothing(document);
        break;
    }
}

void DetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}
