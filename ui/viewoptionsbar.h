// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class AtlasSession;
class QComboBox;
class QLabel;
class QSpinBox;

// The region and Top-N choice that every analysis view follows (chart, heat map, map), above
// the tabs. It sets them on the session and remembers them; a new bar starts with the saved ones.
class ViewOptionsBar : public QWidget
{
    Q_OBJECT
public:
    explicit ViewOptionsBar(AtlasSession *session, QWidget *parent = nullptr);

    QComboBox *regionBox() const { return m_region; }
    QSpinBox *topSpin() const { return m_top; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    AtlasSession *m_session;
    QComboBox *m_region;
    QSpinBox *m_top;
    QLabel *m_regionLabel;
    QLabel *m_topLabel;
};
