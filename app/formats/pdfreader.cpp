// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfreader.h"

#include "modules.h"

#include <QCoreApplication>

bool readPdf(const QString &path, SourceText *out, Diagnostic *error)
{
    using ReadPdf = bool (*)(const QString &, SourceText *, QString *);
    QString problem;
    const auto read = reinterpret_cast<ReadPdf>(Modules::resolve(QStringLiteral("policy-atlas-pdf"),
                                                                 "policy_atlas_read_pdf", &problem));
    if (!read)
        return fail(error, {path, 0, QCoreApplication::translate("PdfReader", "cannot read PDFs: %1").arg(problem)});
    if (!read(path, out, &problem))
        return fail(error, {path, 0, problem});
    return true;
}
