// SPDX-License-Identifier: GPL-3.0-or-later
#include "filedialogs.h"

#include <QCoreApplication>

namespace FileDialogs {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("FileDialogs", text);
}
} // namespace

QString corpusFilter()
{
    return tr("Corpora (*.txt *.html *.htm *.docx *.pdf *.csv *.tsv *.xlsx);;Text (*.txt);;Web pages (*.html *.htm);;"
              "Word (*.docx);;PDF (*.pdf);;Tables (*.csv *.tsv *.xlsx);;All files (*)");
}

QString databaseFilter()
{
    return tr("Policy Atlas database (*.sqlite *.db);;All files (*)");
}

QString pngFilter()
{
    return tr("PNG image (*.png)");
}

QString svgFilter()
{
    return tr("SVG image (*.svg)");
}

QString csvFilter()
{
    return tr("CSV table (*.csv)");
}

QString jsonFilter()
{
    return tr("JSON (*.json)");
}

QString xlsxFilter()
{
    return tr("Excel workbook (*.xlsx)");
}

QString chartFilter()
{
    return pngFilter() + QStringLiteral(";;") + svgFilter();
}
} // namespace FileDialogs
