// SPDX-License-Identifier: GPL-3.0-or-later
#include "modules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QMutex>
#include <QStringList>

#include <map>
#include <memory>

namespace Modules {

namespace {

// Where a module may be, in this order: beside the program in the build tree (build/modules/),
// one folder up from the tests' programs (build/tests/), and where the package installs it
// relative to the program (/usr/bin → /usr/lib/<arch>/policy-atlas). No absolute path of the
// build tree is compiled in: the installed program must not look there.
QStringList folders()
{
    const QString program = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
    return {program + QStringLiteral("/modules"), QDir::cleanPath(program + QStringLiteral("/../modules")),
            QDir::cleanPath(program + u'/' + QStringLiteral(POLICY_ATLAS_MODULE_RELATIVE_DIR))};
}

} // namespace

QFunctionPointer resolve(const QString &module, const char *symbol, QString *error)
{
    static QMutex mutex;
    // Owned here until exit; destroying a QLibrary does not unload it (their code may be on a stack).
    static std::map<QString, std::unique_ptr<QLibrary>> loaded;
    const QMutexLocker lock(&mutex);
    QLibrary *library = loaded.count(module) ? loaded.at(module).get() : nullptr;
    if (!library) {
        const QString file = module + QStringLiteral(".so");
        QString path;
        for (const QString &folder : folders())
            if (QFileInfo::exists(folder + u'/' + file)) {
                path = folder + u'/' + file;
                break;
            }
        if (path.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("Modules", "%1 is not installed (looked in %2)")
                             .arg(file, folders().join(QStringLiteral(", ")));
            return nullptr;
        }
        auto candidate = std::make_unique<QLibrary>(path);
        if (!candidate->load()) {
            if (error)
                *error = QCoreApplication::translate("Modules", "%1 cannot be loaded: %2").arg(path, candidate->errorString());
            return nullptr;
        }
        library = candidate.get();
        loaded.emplace(module, std::move(candidate));
    }
    const QFunctionPointer function = library->resolve(symbol);
    if (!function && error)
        *error = QCoreApplication::translate("Modules", "%1 is not the module this Policy Atlas expects (it has no "
                                                        "%2): install Policy Atlas again")
                     .arg(library->fileName(), QString::fromLatin1(symbol));
    return function;
}

} // namespace Modules
