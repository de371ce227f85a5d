// SPDX-License-Identifier: GPL-3.0-or-later
#include "kwicpane.h"

#include "atlassession.h"
#include "kwicmodel.h"
#include "translations.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// Elides each context on its far side, so that what stays visible is the text next to the match.
class KwicDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        switch (index.column()) {
        case KwicModel::LeftColumn:
            option->textElideMode = Qt::ElideLeft;
            break;
        case KwicModel::MatchColumn:
            option->textElideMode = Qt::ElideMiddle;
            break;
        default:
            option->textElideMode = Qt::ElideRight;
            break;
        }
    }
};

} // namespace

KwicPane::KwicPane(AtlasSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new KwicModel(session, this))
    , m_count(new QLabel(this))
    , m_contextLabel(new QLabel(this))
    , m_context(new QSpinBox(this))
    , m_view(new QTableView(this))
{
    m_count->setObjectName(QStringLiteral("kwicCount"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setWordWrap(true);
    m_context->setObjectName(QStringLiteral("kwicContext"));
    m_context->setRange(1, 200);
    m_context->setValue(m_model->context());
    m_contextLabel->setBuddy(m_context);
    m_view->setObjectName(QStringLiteral("kwicView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new KwicDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Rows of one line: a hundred thousand of them lay out without measuring any.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(KwicModel::LeftColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(KwicModel::RightColumn, QHeaderView::Stretch);
    header->setSortIndicator(KwicModel::ItemColumn, Qt::AscendingOrder); // corpus order
    m_view->setSortingEnabled(true);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_count, 1);
    controls->addWidget(m_contextLabel);
    controls->addWidget(m_context);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);

    connect(m_model, &KwicModel::progress, this, &KwicPane::updateCount);
    connect(session, &AtlasSession::loadingChanged, this, &KwicPane::updateCount);
    connect(m_context, &QSpinBox::valueChanged, m_model, &KwicModel::setContext);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const int item = m_model->itemAt(index.row());
        if (item >= 0)
            emit itemActivated(item);
    });
    retranslate();
}

void KwicPane::updateCount()
{
    const QLocale locale;
    const qint64 count = m_model->count();
    QString text;
    switch (m_model->state()) {
    case KwicModel::State::Nothing:
        text = m_session->isLoading() ? tr("Reading the items…")
                                      : tr("Type words in the filter, or pick an initiative in the chart, to see each "
                                           "occurrence in its context.");
        break;
    case KwicModel::State::Counting:
        text = tr("Counting… %1 so far").arg(locale.toString(count));
        break;
    case KwicModel::State::Done:
        text = count > m_model->rowCount() ? tr("%1 occurrences; the first %2 are listed")
                                                 .arg(locale.toString(count), locale.toString(m_model->rowCount()))
                                           : tr("%Ln occurrence(s)", nullptr, int(count));
        break;
    case KwicModel::State::Failed:
        text = m_model->errorText();
        break;
    }
    m_count->setText(text);
    fitMatchColumn();
}

// The match is the point of the line: its column grows to show the longest of the first rows
// whole (an initiative's wording can be 教育与产业集群集聚融合), up to 16 characters.
void KwicPane::fitMatchColumn()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics metrics = m_view->fontMetrics();
    const int em = metrics.horizontalAdvance(QChar(0x56FD));
    int widest = 0;
    for (int r = 0; r < std::min(m_model->rowCount(), 500); ++r)
        widest = std::max(widest, metrics.horizontalAdvance(
                                      m_model->index(r, KwicModel::MatchColumn).data().toString()));
    const int wanted = std::min(widest + em, em * 17);
    if (wanted > header->sectionSize(KwicModel::MatchColumn))
        header->resizeSection(KwicModel::MatchColumn, wanted);
}

void KwicPane::retranslate()
{
    m_contextLabel->setText(tr("&Context:"));
    m_context->setSuffix(tr(" characters"));
    m_context->setToolTip(tr("Characters shown each side of the match"));
    // Room for the longest province name (新疆维吾尔自治区) and for each header with its sort arrow.
    QHeaderView *header = m_view->horizontalHeader();
    const int em = m_view->fontMetrics().horizontalAdvance(QChar(0x56FD)); // 国: one CJK character
    const int arrow = 2 * em;
    auto fit = [&](int column, int minimum) {
        const int title = header->fontMetrics().horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        header->resizeSection(column, std::max(minimum, title + arrow));
    };
    fit(KwicModel::ProvinceColumn, em * 9);
    fit(KwicModel::ItemColumn, em * 3);
    fit(KwicModel::MatchColumn, em * 6);
    updateCount();
}

std::unique_ptr<ImageExport::Picture> KwicPane::picture(int, int) const
{
    return nullptr;
}

QString KwicPane::automaticHeightText() const
{
    return QString();
}

Table KwicPane::table() const
{
    return m_model->table(Translations::isEnglish());
}

bool KwicPane::exportTable(Table *table, Diagnostic *error) const
{
    return m_model->allRows(Translations::isEnglish(), table, error);
}

QString KwicPane::copyText() const
{
    QList<int> rows;
    if (const QItemSelectionModel *selection = m_view->selectionModel())
        for (const QModelIndex &index : selection->selectedRows())
            rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty())
        for (int r = 0; r < m_model->rowCount(); ++r)
            rows.append(r);
    QStringList header;
    for (int c = 0; c < KwicModel::ColumnCount; ++c)
        header.append(m_model->headerData(c, Qt::Horizontal).toString());
    QString text = header.join(u'\t') + u'\n';
    for (const int r : std::as_const(rows)) {
        QStringList cells;
        for (int c = 0; c < KwicModel::ColumnCount; ++c)
            cells.append(m_model->index(r, c).data().toString());
        text += cells.join(u'\t') + u'\n';
    }
    return text;
}

QString KwicPane::exportTitle() const
{
    return tr("Export Keyword in Context");
}

QString KwicPane::exportBaseName() const
{
    return tr("in-context");
}

void KwicPane::showEvent(QShowEvent *event)
{
    m_model->setActive(true);
    QWidget::showEvent(event);
}

void KwicPane::hideEvent(QHideEvent *event)
{
    m_model->setActive(false);
    QWidget::hideEvent(event);
}

void KwicPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        retranslate();
    }
    QWidget::changeEvent(event);
}
