// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpane.h"

#include "atlassession.h"
#include "chartbuilder.h"
#include "chartexport.h"
#include "initiativecountmodel.h"
#include "plaintext.h"
#include "textlimits.h"
#include "translations.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QResizeEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QToolTip>
#include <QVBoxLayout>

namespace {
constexpr int MinimumChartHeight = 140; // title, axis and margins
constexpr int BarHeight = 24; // one line of label
constexpr int LineHeight = 16; // each further line of a wrapped label
} // namespace

ChartPane::ChartPane(AtlasSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new InitiativeCountModel(session, this))
    , m_hint(new QLabel(this))
    , m_view(new QChartView(this))
    , m_chartArea(nullptr)
    , m_loading(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->installEventFilter(this);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *controls = new QHBoxLayout;
    controls->addStretch(1);
    controls->addWidget(m_hint);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    // Every bar keeps a readable height: with many bars the chart scrolls instead of squeezing.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_view);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll, 1);
    m_chartArea = scroll;
    m_loading->setObjectName(QStringLiteral("chartLoading"));
    m_loading->setAlignment(Qt::AlignCenter);
    m_loading->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_loading, 1);

    retranslate();
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChartPane::rebuildChart);
    connect(session, &AtlasSession::loadingChanged, this, &ChartPane::showLoading);
    showLoading(session->isLoading());
    rebuildChart();
}

void ChartPane::showLoading(bool loading)
{
    m_loading->setVisible(loading);
    m_chartArea->setVisible(!loading);
}

std::unique_ptr<ImageExport::Picture> ChartPane::picture(int width, int height) const
{
    ChartExport::Options options;
    options.width = width;
    options.height = height;
    return ChartExport::picture(m_model->chartData(), options);
}

QString ChartPane::automaticHeightText() const
{
    return tr("Fit the bars (%1 pt)").arg(ChartExport::autoHeight(int(m_model->chartData().bars.size())));
}

Table ChartPane::table() const
{
    Table table{{QStringLiteral("initiative"), QStringLiteral("name"), QStringLiteral("provinces"),
                 QStringLiteral("items"), QStringLiteral("province_names")},
                {}};
    for (const ChartBar &bar : m_model->chartData().bars)
        table.addRow({bar.id, bar.label, bar.provinces, bar.items, bar.unitNames.join(u';')});
    return table;
}

QString ChartPane::exportTitle() const
{
    return tr("Export Chart");
}

QString ChartPane::exportBaseName() const
{
    return tr("initiatives");
}

const ChartData &ChartPane::chartData() const
{
    return m_model->chartData();
}

void ChartPane::rebuildChart()
{
    if (m_session->isLoading()) // drawn once the counts are known
        return;
    QChart *chart = ChartBuilder::create(m_model->chartData(), m_view->width());
    if (QBarSet *set = ChartBuilder::barSet(chart)) {
        connect(set, &QBarSet::clicked, this, &ChartPane::onBarClicked);
        connect(set, &QBarSet::hovered, this, &ChartPane::onBarHovered);
    }
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    updateMinimumHeight(ChartBuilder::fitLabels(chart, m_view->width()));
    old->deleteLater(); // not delete: we may be inside a click handler of one of its bars
}

void ChartPane::updateMinimumHeight(int labelLines)
{
    const int perBar = BarHeight + LineHeight * (labelLines - 1);
    m_view->setMinimumHeight(MinimumChartHeight + perBar * int(m_model->chartData().bars.size()));
}

void ChartPane::onBarClicked(int barIndex)
{
    const ChartData &data = m_model->chartData();
    const int index = ChartBuilder::barIndexToDataIndex(data, barIndex);
    if (index < 0 || index >= data.bars.size())
        return;
    const QString id = data.bars.at(index).id;
    // A second click on the chosen bar removes the initiative filter.
    m_session->setInitiativeFilter(m_session->initiativeFilter() == id ? QString() : id);
}

bool ChartPane::clickBar(const QString &initiativeId)
{
    const ChartData &data = m_model->chartData();
    for (int i = 0; i < data.bars.size(); ++i) {
        if (data.bars.at(i).id != initiativeId)
            continue;
        QBarSet *set = ChartBuilder::barSet(m_view->chart());
        if (!set)
            return false;
        emit set->clicked(int(data.bars.size()) - 1 - i);
        return true;
    }
    return false;
}

void ChartPane::onBarHovered(bool status, int barIndex)
{
    if (!status) {
        QToolTip::hideText();
        return;
    }
    const ChartData &data = m_model->chartData();
    const int index = ChartBuilder::barIndexToDataIndex(data, barIndex);
    if (index < 0 || index >= data.bars.size())
        return;
    const ChartBar &bar = data.bars.at(index);
    // Names from a corpus or a catalogue can be long, and units many: the tooltip stays small.
    constexpr qsizetype MaxNames = 40, MaxName = 60;
    QStringList names;
    for (const QString &name : bar.unitNames.mid(0, MaxNames))
        names.append(TextLimits::shortened(name, MaxName));
    if (bar.unitNames.size() > MaxNames)
        names.append(QString(QChar(0x2026)));
    const QString text = tr("%1: %n province(s), ", nullptr, bar.provinces).arg(TextLimits::shortened(bar.label, MaxName * 2))
                         + tr("%n item(s)", nullptr, bar.items) + u'\n'
                         + names.join(Translations::isEnglish() ? QStringLiteral(", ") : QStringLiteral("、"))
                         + u'\n' + tr("Click to show these items in the tree.");
    QToolTip::showText(QCursor::pos(), plainToolTip(text), m_view);
}

void ChartPane::retranslate()
{
    m_hint->setText(tr("Click a bar to filter the tree"));
    m_loading->setText(tr("Counting the initiatives…"));
}

bool ChartPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize && m_view->chart())
        updateMinimumHeight(ChartBuilder::fitLabels(m_view->chart(), static_cast<QResizeEvent *>(event)->size().width()));
    return QWidget::eventFilter(watched, event);
}

void ChartPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->recompute();
    }
    QWidget::changeEvent(event);
}
