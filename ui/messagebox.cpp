// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebox.h"

#include <QMessageBox>
#include <QPushButton>

#include <optional>

namespace MessageBox {
namespace {
std::optional<bool> nextAnswer;
QString last;
} // namespace

bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText)
{
    last = title + u'\n' + text;
    if (nextAnswer) {
        const bool answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText); // titles come from the user's files
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void setNextAnswer(bool accept)
{
    nextAnswer = accept;
}

QString lastQuestion()
{
    return last;
}
} // namespace MessageBox
