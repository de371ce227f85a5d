// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The UI language: "zh_CN", "en", or "system" (zh_CN when the system locale is Chinese, else en).
namespace Translations {
QString resolve(const QString &language);
// The language the user's locale asks messages in, read as gettext reads it: LC_ALL, else
// LC_MESSAGES, else LANG; before them LANGUAGE (a list such as "zh_CN:en"), unless the locale is
// C or POSIX. "zh_CN" for Chinese (zh, zh_CN, zh_TW.UTF-8…), "en" for anything else.
QString localeLanguage();
// Replaces the installed translators; returns the language in effect.
QString install(const QString &language);
// Removes them: the source strings (English) again.
void uninstall();
QString current();
bool isEnglish();
}
