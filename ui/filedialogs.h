// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Every file-dialog filter in one place.
namespace FileDialogs {
QString corpusFilter();
QString databaseFilter();
QString chartFilter();
QString pngFilter();
QString svgFilter();
QString csvFilter();
QString jsonFilter();
QString xlsxFilter();
}
