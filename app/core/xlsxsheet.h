// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// One worksheet of a new workbook, written by libxlsxwriter in the module policy-atlas-xlsx
// (app/modules/xlsxmodule.cpp; see Modules). TableWriter is its only user. Each call returns an
// empty string on success, else libxlsxwriter's description of what failed.
class XlsxSheet
{
public:
    virtual ~XlsxSheet() = default;
    // The workbook at path; rows stream through temporary files in tmpdir (constant memory).
    virtual QString create(const QByteArray &path, const QByteArray &tmpdir, const QByteArray &sheetName) = 0;
    virtual QString setColumnWidth(int column, double width) = 0;
    virtual QString freezeFirstRow() = 0;
    virtual QString writeString(qint64 row, int column, const QByteArray &utf8, bool bold) = 0;
    virtual QString writeNumber(qint64 row, int column, double value) = 0;
    // Writes the file and frees the workbook; nothing may be written afterwards.
    virtual QString close() = 0;
};

// The module's one export: a new sheet, owned by the caller.
using NewXlsxSheet = XlsxSheet *(*)();
inline constexpr char NewXlsxSheetSymbol[] = "policy_atlas_new_xlsx_sheet";
