// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewoptionsbar.h"

#include "atlassession.h"
#include "referencedata.h"
#include "settings.h"
#include "translations.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

ViewOptionsBar::ViewOptionsBar(AtlasSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_region(new QComboBox(this))
    , m_top(new QSpinBox(this))
    , m_regionLabel(new QLabel(this))
    , m_topLabel(new QLabel(this))
{
    m_region->setObjectName(QStringLiteral("regionBox"));
    m_top->setObjectName(QStringLiteral("topSpin"));
    m_regionLabel->setBuddy(m_region);
    m_topLabel->setBuddy(m_top);
    m_top->setRange(0, 999);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_regionLabel);
    layout->addWidget(m_region);
    layout->addSpacing(12);
    layout->addWidget(m_topLabel);
    layout->addWidget(m_top);

    retranslate();
    const int savedRegion = m_region->findData(Settings::value(Settings::Key::ChartRegion));
    m_region->setCurrentIndex(std::max(savedRegion, 0));
    m_top->setValue(Settings::value(Settings::Key::ChartTopN).toInt());
    session->setRegion(m_region->currentData().toString());
    session->setTopN(m_top->value());

    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        const QString region = m_region->currentData().toString();
        Settings::setValue(Settings::Key::ChartRegion, region);
        m_session->setRegion(region);
    });
    connect(m_top, &QSpinBox::valueChanged, this, [this](int top) {
        Settings::setValue(Settings::Key::ChartTopN, top);
        m_session->setTopN(top);
    });
}

void ViewOptionsBar::retranslate()
{
    m_regionLabel->setText(tr("&Region:"));
    m_topLabel->setText(tr("&Top:"));
    m_top->setSpecialValueText(tr("All"));
    m_top->setToolTip(tr("Show only the N most mentioned initiatives"));
    const QString current = m_region->currentData().toString();
    const QSignalBlocker blocker(m_region);
    m_region->clear();
    m_region->addItem(tr("All regions"), QString());
    for (const Region &r : ReferenceData::builtIn().regions())
        m_region->addItem(Translations::isEnglish() ? r.nameEn : r.nameZh, r.id);
    m_region->setCurrentIndex(std::max(m_region->findData(current), 0));
}

void ViewOptionsBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
