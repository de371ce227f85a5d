// SPDX-License-Identifier: GPL-3.0-or-later
// make bench's baseline for the cold start: the least a Qt program must do to show a window on
// a Policy Atlas database. It opens the SQLite file through Qt Sql, reads its units into a list
// and shows a plain main window with that list, then ends when the window has been painted, the
// way policy-atlas does under POLICY_ATLAS_QUIT_WHEN_SHOWN. No integrity check, no index, no chart.
//   usage: policy-atlas-bare-window DATABASE
#include <QApplication>
#include <QListWidget>
#include <QMainWindow>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>
#include <QWindow>

#include <cstdlib>

// As policy-atlas does under POLICY_ATLAS_QUIT_WHEN_SHOWN: the process ends once the window's
// first expose (which paints it) has been handled.
class ExitWhenExposed : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Expose)
            QTimer::singleShot(0, this, [] { std::_Exit(0); });
        return false;
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    int units = 0;
    auto *list = new QListWidget;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
        db.setDatabaseName(QString::fromLocal8Bit(argv[1]));
        if (!db.open())
            return 1;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, code, name_zh, name_en FROM units ORDER BY code")))
            return 1;
        while (q.next()) {
            list->addItem(q.value(2).toString());
            ++units;
        }
    }
    if (units == 0)
        return 1;
    QMainWindow window;
    window.setCentralWidget(list);
    window.resize(1200, 800);
    window.show();
    window.windowHandle()->installEventFilter(new ExitWhenExposed(&app));
    return app.exec();
}
