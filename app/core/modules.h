// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

// Readers and writers that need large libraries live in modules loaded on first use: PDFs
// (poppler, with NSS, lcms, OpenJPEG, libtiff…) and XLSX output (libxlsxwriter, with OpenSSL's
// libcrypto). Loading those libraries costs a program start about as much as everything else it
// links together, and the window and most commands never need them. The modules are
// policy-atlas-pdf.so and policy-atlas-xlsx.so, next to the program in the build tree
// (build/modules/) and in /usr/lib/<arch>/policy-atlas/ when installed.
namespace Modules {

// The module's exported function (loaded once, kept loaded; safe from any thread), or nullptr
// with a message naming the module and why it could not be loaded.
QFunctionPointer resolve(const QString &module, const char *symbol, QString *error);

} // namespace Modules
