// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"

#include "atlassession.h"
#include "translations.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

FilterBar::FilterBar(AtlasSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_edit(new QLineEdit(this))
    , m_chip(new QToolButton(this))
    , m_debounce(new QTimer(this))
{
    m_edit->setObjectName(QStringLiteral("filterEdit"));
    // The clear button shows only over text: its icon is made when the first text comes, not
    // on the way to the window's first frame.
    connect(m_edit, &QLineEdit::textChanged, this, [this] { m_edit->setClearButtonEnabled(true); },
            Qt::SingleShotConnection);
    m_edit->installEventFilter(this);
    m_chip->setObjectName(QStringLiteral("initiativeChip"));
    m_chip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_chip->setVisible(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_chip);

    // Coalesce bursts of keystrokes (and IME commits) into one filter run.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(60);
    connect(m_edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] {
        m_pushed = m_edit->text();
        m_session->setKeywordFilter(m_pushed);
    });
    connect(m_chip, &QToolButton::clicked, this, [this] { m_session->setInitiativeFilter(QString()); });
    connect(session, &AtlasSession::filterChanged, this, &FilterBar::syncFromSession);
    connect(session, &AtlasSession::corpusReset, this, &FilterBar::syncFromSession);
    retranslate();
}

void FilterBar::focusFilter()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FilterBar::syncFromSession()
{
    // The session's keyword changed from elsewhere (Esc, Clear Filters, a new database): show it,
    // and drop any typing not yet applied, which would otherwise put the old text back.
    if (m_session->keywordText() != m_pushed) {
        m_pushed = m_session->keywordText();
        m_edit->setText(m_pushed); // restarts the debounce through textChanged…
        m_debounce->stop(); // …which must not push the text back
    }
    const int index = m_session->index().initiativeIndex(m_session->initiativeFilter());
    m_chip->setVisible(index >= 0);
    if (index >= 0) {
        const IndexedInitiative &initiative = m_session->index().initiatives().at(index);
        QString name = initiative.name(Translations::isEnglish());
        name.replace(u'&', QLatin1String("&&")); // a catalogue's "R&D" is text, not a shortcut
        m_chip->setText(tr("%1  ✕").arg(name));
    }
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_debounce->stop();
        m_edit->clear();
        m_session->clearFilters();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FilterBar::retranslate()
{
    m_edit->setPlaceholderText(tr("Filter items by keyword (Ctrl+F), e.g. 产教融合 or 技工 广东"));
    m_edit->setToolTip(tr("All terms must occur in an item or its province's name. Esc clears."));
    m_chip->setToolTip(tr("Only items that mention this initiative. Click to remove."));
    syncFromSession();
}
