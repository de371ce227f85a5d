// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace Translations {
namespace {
QString g_current = QStringLiteral("en");
std::unique_ptr<QTranslator> g_app;
std::unique_ptr<QTranslator> g_qt;
} // namespace

QString resolve(const QString &language)
{
    if (language == QLatin1String("zh_CN") || language == QLatin1String("en"))
        return language;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

namespace {

bool isChineseLocale(const QByteArray &locale)
{
    return locale == "zh" || locale.startsWith("zh_") || locale.startsWith("zh.") || locale.startsWith("zh@");
}

bool isEnglishLocale(const QByteArray &locale)
{
    return locale == "en" || locale.startsWith("en_") || locale.startsWith("en.") || locale.startsWith("en@");
}

} // namespace

QString localeLanguage()
{
    QByteArray locale;
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        locale = qgetenv(variable);
        if (!locale.isEmpty())
            break;
    }
    const QByteArray name = locale.left(locale.indexOf('.')); // C.UTF-8 is C
    if (!name.isEmpty() && name != "C" && name != "POSIX") {
        // LANGUAGE lists languages by preference: the first we have (Chinese, or English, the
        // source) wins; gettext ignores it under the C locale, and so do we.
        for (const QByteArray &entry : qgetenv("LANGUAGE").split(':')) {
            if (isChineseLocale(entry))
                return QStringLiteral("zh_CN");
            if (isEnglishLocale(entry))
                return QStringLiteral("en");
        }
    }
    return isChineseLocale(locale) ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString install(const QString &language)
{
    const QString lang = resolve(language);
    if (g_app)
        QCoreApplication::removeTranslator(g_app.get());
    if (g_qt)
        QCoreApplication::removeTranslator(g_qt.get());
    g_app = std::make_unique<QTranslator>();
    if (g_app->load(QStringLiteral(":/i18n/policy-atlas_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(g_app.get());
    g_qt = std::make_unique<QTranslator>();
    if (g_qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt.get());
    QLocale::setDefault(QLocale(lang == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English,
                                lang == QLatin1String("zh_CN") ? QLocale::China : QLocale::UnitedStates));
    g_current = lang;
    return lang;
}

void uninstall()
{
    if (g_app)
        QCoreApplication::removeTranslator(g_app.get());
    if (g_qt)
        QCoreApplication::removeTranslator(g_qt.get());
    g_app.reset();
    g_qt.reset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    g_current = QStringLiteral("en");
}

QString current()
{
    return g_current;
}

bool isEnglish()
{
    return g_current == QLatin1String("en");
}
} // namespace Translations
