// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "cliutil.h"
#include "command.h"
#include "qtmessages.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

namespace CommandLine {
namespace {

QString overview()
{
    QString commands;
    for (const Command &command : Commands::all())
        commands += QStringLiteral("  %1%2\n")
                        .arg(QString::fromUtf8(command.synopsis).leftJustified(17),
                             QCoreApplication::translate("CommandLine", command.summary));
    return Cli::tr("Usage: policy-atlas [--db FILE] [--catalogue FILE] [--lang zh_CN|en]   (opens the window)\n"
                   "       policy-atlas COMMAND [options]\n\n"
                   "Commands:\n")
        + commands
        + Cli::tr("\n'policy-atlas COMMAND --help' describes a command's options.\n"
                  "Exit status: 0 success, 1 bad input or failed operation, 2 usage error.\n");
}

} // namespace

bool wantsCommandLine(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const QByteArray first(argv[1]);
    if (Commands::find(first))
        return true;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v")
            return true;
    }
    return !first.startsWith('-'); // an unknown word: report it as a usage error
}

int run(int argc, char **argv)
{
    QtMessages::keepQuiet(); // every message for the user is printed by the commands themselves
    const Command *command = argc > 1 ? Commands::find(QByteArray(argv[1])) : nullptr;
    std::unique_ptr<QCoreApplication> app;
    if (command && command->needsGui) {
        // Rendering needs a GUI application, but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("PolicyAtlas"));
    QCoreApplication::setApplicationName(QStringLiteral("policy-atlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POLICY_ATLAS_VERSION));
    // Messages in the user's language, as the locale says (LANG=zh_CN.UTF-8: Chinese); --lang
    // chooses only the language of a chart's labels.
    Translations::install(Translations::localeLanguage());

    QStringList args = QCoreApplication::arguments();
    const QString name = args.value(1);
    if (name.startsWith(u'-')) { // GUI options with --help or --version among them
        if (args.contains(QLatin1String("--version")) || args.contains(QLatin1String("-v"))) {
            Cli::print(stdout, QStringLiteral("policy-atlas %1\n").arg(QCoreApplication::applicationVersion()));
            return Success;
        }
        Cli::print(stdout, overview());
        return Success;
    }
    if (!command) {
        Cli::print(stderr, Cli::tr("policy-atlas: unknown command \"%1\"\n\n").arg(name) + overview());
        return UsageError;
    }
    args.removeAt(1); // QCommandLineParser sees "policy-atlas --options... positional..."
    const int rc = command->run(args);
    if (const QString problem = Cli::outputError(); !problem.isEmpty()) {
        Cli::print(stderr, Cli::tr("policy-atlas %1: cannot write the output: %2\n").arg(name, problem));
        return Failure;
    }
    return rc;
}

} // namespace CommandLine
