// SPDX-License-Identifier: GPL-3.0-or-later
// The window's program: the application object, its options, the database it starts on, and the
// window, painted before the items are read.
#include "mainwindow.h"

#include "atlassession.h"
#include "builtin.h"
#include "formatreader.h"
#include "qtmessages.h"
#include "referencedata.h"
#include "settings.h"
#include "startupdatabase.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>
#include <QWindow>

#include <cstdlib>
#include <functional>

namespace {
// Runs the function once, after the window's first expose (which paints it) has been handled.
class AfterFirstExpose : public QObject
{
public:
    AfterFirstExpose(QWindow *window, std::function<void()> function)
        : QObject(window)
        , m_function(std::move(function))
    {
        window->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && m_function) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, std::exchange(m_function, {}));
        }
        return false;
    }

private:
    std::function<void()> m_function;
};
} // namespace

int MainWindow::runApplication(int argc, char **argv)
{
    QtMessages::keepQuiet(); // what the user must know, the window shows
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PolicyAtlas"));
    QApplication::setApplicationName(QStringLiteral("policy-atlas"));
    QApplication::setApplicationDisplayName(QStringLiteral("Policy Atlas"));
    QApplication::setApplicationVersion(QStringLiteral(POLICY_ATLAS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.policyatlas.PolicyAtlas"));

    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption catalogue(QStringLiteral("catalogue"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("LANG"));
    parser.addOptions({db, catalogue, lang});
    parser.process(app);
    Translations::install(parser.isSet(lang) ? parser.value(lang)
                                             : Settings::value(Settings::Key::Language).toString());

    AtlasSession session;
    Diagnostic error;
    if (parser.isSet(catalogue) && !session.setCatalogueFile(parser.value(catalogue), &error)) {
        QMessageBox::critical(nullptr, tr("Policy Atlas"), tr("The catalogue cannot be used:\n%1").arg(error.toString()));
        return 1;
    }
    const QString path = parser.isSet(db) ? parser.value(db) : BuiltIn::defaultDatabasePath();
    const StartupDatabase::Outcome opened = StartupDatabase::open(&session, path, parser.isSet(db), nullptr, &error);
    // Web pages, Word files, PDFs and tables, read on the import's parser thread.
    const FormatReader reader(ReferenceData::builtIn());
    MainWindow window(&session);
    window.setSourceReader(&reader);
    window.show();
    // The items are read once the window has been painted, and its icon (an SVG, which loads
    // Qt's SVG icon engine) is set then: neither delays the first frame. make bench measures
    // cold start to that frame with POLICY_ATLAS_QUIT_WHEN_SHOWN.
    if (qEnvironmentVariableIsSet("POLICY_ATLAS_QUIT_WHEN_SHOWN"))
        new AfterFirstExpose(window.windowHandle(), [] { std::_Exit(0); });
    else
        new AfterFirstExpose(window.windowHandle(), [&session] {
            session.startLoading();
            QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/policy-atlas.svg")));
        });
    if (opened == StartupDatabase::Outcome::Failed)
        window.showError(tr("Cannot open the database"), error.toString());
    return app.exec();
}
