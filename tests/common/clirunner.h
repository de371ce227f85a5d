// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real policy-atlas binary (POLICY_ATLAS_BIN) for the command-line tests: HOME and the
// XDG folders inside a folder of the test's own, so the default database is never the user's,
// no DISPLAY, a C.UTF-8 locale (LC_ALL, no LC_MESSAGES or LANGUAGE: English messages whatever
// the machine's locale). Qt Core only.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>

struct CliRun
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

class CliRunner
{
public:
    explicit CliRunner(const QString &folder)
        : m_folder(folder)
    {
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const QDir dir(m_folder);
        env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("xdg-data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("xdg-config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("xdg-cache")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("xdg-runtime")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        return env;
    }

    CliRun run(const QStringList &args) const
    {
        CliRun r;
        QProcess p;
        p.setProgram(QStringLiteral(POLICY_ATLAS_BIN));
        p.setArguments(args);
        p.setProcessEnvironment(environment());
        p.setWorkingDirectory(m_folder);
        p.start();
        if (!p.waitForStarted(60000))
            return r;
        if (!p.waitForFinished(240000)) { // a hang guard only, not a timing assertion
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.status = p.exitStatus();
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private:
    QString m_folder;
};

// Checks a run's exit status, showing its output when it is not the expected one.
#define CLI_EXPECT_EXIT(run, code)                                                                              \
    do {                                                                                                        \
        const CliRun &run_ = (run); /* once: the run is often a call */                                         \
        if (run_.status != QProcess::NormalExit || run_.exitCode != (code))                                     \
            qWarning().noquote() << "stdout:" << run_.outText().left(2000) << "\nstderr:" << run_.errText();   \
        QCOMPARE(run_.status, QProcess::NormalExit);                                                            \
        QCOMPARE(run_.exitCode, (code));                                                                        \
    } while (false)
