// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

// Questions the window asks in a message box, with a seam for tests (KeePassXC's
// MessageBox::setNextAnswer): a test gives the answer beforehand, and the next question returns
// it at once, without showing anything, so that no test ever blocks on a dialog.
namespace MessageBox {
// Asks; true when the user chose acceptText. The text is plain text, never markup.
bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText);

// Tests: the next confirm() returns accept without showing a box, and remembers its text.
void setNextAnswer(bool accept);
QString lastQuestion(); // "title\ntext" of the last question asked (shown or answered beforehand)
}
