// SPDX-License-Identifier: GPL-3.0-or-later
// The seed as an Excel workbook, written with libxlsxwriter, the library the project exports with.
#include "seedversions.h"

#include <xlsxwriter.h>

namespace SeedVersions {

bool writeXlsx(const QString &path, bool constantMemory)
{
    lxw_workbook_options options = {};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    const QByteArray file = path.toLocal8Bit();
    lxw_workbook *workbook = workbook_new_opt(file.constData(), &options);
    if (!workbook)
        return false;
    // Columns in another order than the CSV's, a title above the header and an empty row.
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "2023");
    lxw_worksheet *other = workbook_add_worksheet(workbook, "notes");
    worksheet_write_string(other, 0, 0, "北京市", nullptr);
    worksheet_write_string(sheet, 0, 0, seedLines().first().toUtf8().constData(), nullptr);
    const char *header[] = {"年份", "省份", "备注", "内容"};
    for (int c = 0; c < 4; ++c)
        worksheet_write_string(sheet, 2, lxw_col_t(c), header[c], nullptr);
    lxw_row_t r = 3;
    for (const Row &row : seedRows()) {
        // Empty cells are not written: the reader must keep the columns in place by reference.
        if (row.year == QStringLiteral("2023"))
            worksheet_write_number(sheet, r, 0, 2023, nullptr);
        else if (!row.year.isEmpty())
            worksheet_write_string(sheet, r, 0, row.year.toUtf8().constData(), nullptr);
        if (!row.province.isEmpty())
            worksheet_write_string(sheet, r, 1, row.province.toUtf8().constData(), nullptr);
        if (!row.remark.isEmpty())
            worksheet_write_string(sheet, r, 2, row.remark.toUtf8().constData(), nullptr);
        worksheet_write_string(sheet, r, 3, row.text.toUtf8().constData(), nullptr);
        ++r;
    }
    return workbook_close(workbook) == LXW_NO_ERROR;
}

} // namespace SeedVersions
