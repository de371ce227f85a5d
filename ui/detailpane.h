// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class AtlasSession;
class QTextBrowser;

// Shows the selected item (with its sub-items) or province: filter terms highlighted,
// initiative mentions marked and clickable, the document and its source line.
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPane(AtlasSession *session, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    QString plainText() const;

public slots:
    void showItem(int item);
    void showUnit(int unit);
    void showNothing();

signals:
    void initiativeActivated(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    enum class Shown { Nothing, Item, Unit };
    AtlasSession *m_session;
    QTextBrowser *m_browser;
    Shown m_shown = Shown::Nothing;
    int m_index = -1;
};
