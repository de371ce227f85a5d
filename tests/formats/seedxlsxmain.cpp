// SPDX-License-Identifier: GPL-3.0-or-later
// seed-xlsx OUT.xlsx [--constant-memory]: the seed corpus as a workbook (see seedxlsx.cpp for
// why this is a process of its own).
#include "seedversions.h"

#include <QCoreApplication>
#include <QStringList>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        return 2;
    return SeedVersions::writeXlsx(args.at(1), args.contains(QStringLiteral("--constant-memory"))) ? 0 : 1;
}
