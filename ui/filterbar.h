// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class AtlasSession;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

// The keyword filter box, and the initiative picked from the chart shown as a removable chip.
// Typing filters live; Esc or the clear button resets everything.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(AtlasSession *session, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    void focusFilter();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void syncFromSession();

    AtlasSession *m_session;
    QLineEdit *m_edit;
    QToolButton *m_chip;
    QTimer *m_debounce;
    QString m_pushed; // the keyword this bar last gave the session
};
