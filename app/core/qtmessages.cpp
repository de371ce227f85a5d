// SPDX-License-Identifier: GPL-3.0-or-later
#include "qtmessages.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstdio>

namespace QtMessages {
namespace {

void printSerious(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtCriticalMsg && type != QtFatalMsg)
        return;
    const QByteArray line = message.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

void keepQuiet()
{
    if (qEnvironmentVariableIntValue("POLICY_ATLAS_DEBUG") == 0)
        qInstallMessageHandler(printSerious);
}

} // namespace QtMessages
