// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The UI language: "zh_CN", "en", or "system" (zh_CN when the system locale is Chinese, else en).
namespace Translations {
QString resolve(const QString &language);
// Replaces the installed translators; returns the language in effect.
QString install(const QString &language);
// Removes them: the source strings (English) again.
void uninstall();
QString current();
bool isEnglish();
}
