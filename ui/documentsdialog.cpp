// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentsdialog.h"

#include "atlassession.h"
#include "documentlistmodel.h"
#include "messagebox.h"

#include <QApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Years are edited in a spin box limited to the years a document may have.
class YearDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *spin = new QSpinBox(parent);
        spin->setObjectName(QStringLiteral("yearEditor"));
        spin->setRange(DocumentCatalog::MinYear, DocumentCatalog::MaxYear);
        spin->setFrame(false);
        return spin;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        const int year = index.data(Qt::EditRole).toInt();
        static_cast<QSpinBox *>(editor)->setValue(year ? year : QDate::currentDate().year());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *spin = static_cast<QSpinBox *>(editor);
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
    }
};

} // namespace

DocumentsDialog::DocumentsDialog(AtlasSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new DocumentListModel(session, this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
{
    setWindowTitle(tr("Documents"));
    auto *intro = new QLabel(tr("The documents in this database. Double-click a year to correct it. Removing a "
                                "document also removes its items and sub-items."),
                             this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("documentsTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(DocumentListModel::Year, new YearDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DocumentListModel::Title, QHeaderView::Stretch);

    m_message->setObjectName(QStringLiteral("documentsMessage"));
    m_message->setTextFormat(Qt::PlainText); // titles and paths are text, never markup
    m_message->setWordWrap(true);
    m_message->hide();

    m_remove->setObjectName(QStringLiteral("removeButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(900, 360);

    connect(m_remove, &QPushButton::clicked, this, &DocumentsDialog::removeSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &DocumentListModel::errorOccurred, this, [this](const QString &text) { showMessage(text, true); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &DocumentsDialog::updateButtons);
    // A year was stored: what the message said about an earlier action is past.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { showMessage(QString(), false); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DocumentsDialog::updateButtons);
    updateButtons();
}

QString DocumentsDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void DocumentsDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void DocumentsDialog::updateButtons()
{
    m_remove->setEnabled(m_session->isOpen() && m_table->selectionModel()->hasSelection());
}

void DocumentsDialog::removeSelected()
{
    QList<qint64> ids;
    QStringList lines;
    int items = 0;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex &row : std::as_const(rows)) {
        const DocumentSummary &d = m_model->document(row.row());
        ids.append(d.id);
        items += d.items;
        lines.append(tr("• document %1, “%2”: %n item(s)", nullptr, d.items).arg(QString::number(d.id), d.title));
    }
    if (ids.isEmpty())
        return;
    QString question = tr("Remove %n document(s) from the database, with all their items and sub-items? This "
                          "cannot be undone.",
                          nullptr, int(ids.size()))
                       + QStringLiteral("\n\n") + lines.join(u'\n');
    if (ids.size() > 1)
        question += QStringLiteral("\n\n") + tr("%n item(s) and sub-item(s) in all.", nullptr, items);
    if (!MessageBox::confirm(this, tr("Remove Documents"), question, tr("Remove")))
        return;
    RemovedDocuments removed;
    Diagnostic error;
    QApplication::setOverrideCursor(Qt::WaitCursor); // a document of a million items takes seconds
    const bool ok = m_session->removeDocuments(ids, &removed, &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        return showMessage(tr("Nothing was removed:\n%1").arg(error.toString()), true);
    showMessage(tr("Removed %1 with %2.")
                    .arg(tr("%n document(s)", nullptr, int(removed.documents.size())),
                         tr("%n item(s) and sub-item(s)", nullptr, removed.items)),
                false);
}
