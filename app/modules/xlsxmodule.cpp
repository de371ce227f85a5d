// SPDX-License-Identifier: GPL-3.0-or-later
// policy-atlas-xlsx: XlsxSheet through libxlsxwriter, loaded when a table is first written as XLSX.
#include "xlsxsheet.h"

#include <xlsxwriter.h>

namespace {

QString message(lxw_error e)
{
    return e == LXW_NO_ERROR ? QString() : QString::fromUtf8(lxw_strerror(e));
}

class LibXlsxSheet final : public XlsxSheet
{
public:
    ~LibXlsxSheet() override
    {
        if (m_workbook)
            workbook_close(m_workbook);
    }

    QString create(const QByteArray &path, const QByteArray &tmpdir, const QByteArray &sheetName) override
    {
        m_tmpdir = tmpdir;
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        options.tmpdir = m_tmpdir.data();
        m_workbook = workbook_new_opt(path.constData(), &options);
        if (!m_workbook)
            return message(LXW_ERROR_CREATING_XLSX_FILE);
        m_sheet = workbook_add_worksheet(m_workbook, sheetName.constData());
        m_bold = workbook_add_format(m_workbook);
        if (!m_sheet || !m_bold)
            return message(LXW_ERROR_MEMORY_MALLOC_FAILED);
        format_set_bold(m_bold);
        return {};
    }

    QString setColumnWidth(int column, double width) override
    {
        return message(worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column), width, nullptr));
    }

    QString freezeFirstRow() override
    {
        worksheet_freeze_panes(m_sheet, 1, 0);
        return {};
    }

    QString writeString(qint64 row, int column, const QByteArray &utf8, bool bold) override
    {
        return message(worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), utf8.constData(),
                                              bold ? m_bold : nullptr));
    }

    QString writeNumber(qint64 row, int column, double value) override
    {
        return message(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value, nullptr));
    }

    QString close() override
    {
        const lxw_error e = workbook_close(m_workbook);
        m_workbook = nullptr;
        return message(e);
    }

private:
    QByteArray m_tmpdir;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
};

} // namespace

extern "C" Q_DECL_EXPORT XlsxSheet *policy_atlas_new_xlsx_sheet()
{
    return new LibXlsxSheet;
}
