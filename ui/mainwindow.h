// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class AnalysisTabs;
class AtlasSession;
class ChartPane;
class DetailPane;
class FilterBar;
class ProvinceTreePane;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class SourceReader;

// Composes the panes and the actions; the work is done by the panes and the session.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AtlasSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    FilterBar *filterBar() const { return m_filterBar; }
    ProvinceTreePane *treePane() const { return m_tree; }
    DetailPane *detailPane() const { return m_detail; }
    ChartPane *chartPane() const;
    AnalysisTabs *analysisTabs() const { return m_views; }
    QString statusText() const;
    // Reads the files File → Import is given that are not plain text (not owned; null: text only).
    void setSourceReader(const SourceReader *reader) { m_reader = reader; }

    // Sets up the QApplication, reads --db/--catalogue/--lang, shows the window.
    static int runApplication(int argc, char **argv);

public slots:
    void importCorpus();
    void openDatabase();
    void exportView(); // the view in front
    void showDocuments();
    void exportItems();
    void copyView();
    void setLanguage(const QString &language);
    void about();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void retranslate();
    void updateStatus();
    void showError(const QString &title, const QString &message);

    AtlasSession *m_session;
    FilterBar *m_filterBar;
    ProvinceTreePane *m_tree;
    DetailPane *m_detail;
    AnalysisTabs *m_views;
    QSplitter *m_splitter;
    QLabel *m_status;
    QLabel *m_databaseLabel;
    QActionGroup *m_languages = nullptr;
    const SourceReader *m_reader = nullptr;
    struct Actions;
    std::unique_ptr<Actions> m_actions;
};
