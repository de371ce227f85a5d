// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <cstring>

namespace {

// Line breaks are counted as the parser counts them: LF, CRLF and a lone CR.
int lineAt(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset; ++i)
        if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n')))
            ++line;
    return line;
}

struct Utf8Scan
{
    qsizetype firstError = -1;
    qsizetype validMultiByte = 0;
    qsizetype errors = 0;
};

// Strict UTF-8 validation (no overlong forms, no surrogates, nothing above U+10FFFF).
Utf8Scan scanUtf8(const QByteArray &bytes, qsizetype start)
{
    Utf8Scan scan;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = start;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        }
        bool ok = len > 0 && i + len <= n;
        for (int k = 1; ok && k < len; ++k) {
            const unsigned char t = p[i + k];
            ok = k == 1 ? (t >= lo && t <= hi) : (t >= 0x80 && t <= 0xBF);
        }
        if (ok) {
            ++scan.validMultiByte;
            i += len;
        } else {
            if (scan.firstError < 0)
                scan.firstError = i;
            ++scan.errors;
            ++i;
        }
    }
    return scan;
}

bool decodeUtf16(const QByteArray &bytes, bool littleEndian, const QString &fileName, QString *out,
                 Diagnostic *error)
{
    const qsizetype units = (bytes.size() - 2) / 2;
    QString text;
    text.reserve(units);
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData()) + 2;
    int line = 1;
    auto unitAt = [&](qsizetype k) -> char16_t {
        return littleEndian ? char16_t(p[2 * k] | (p[2 * k + 1] << 8)) : char16_t((p[2 * k] << 8) | p[2 * k + 1]);
    };
    for (qsizetype k = 0; k < units; ++k) {
        const char16_t u = unitAt(k);
        if (QChar::isHighSurrogate(u)) {
            if (k + 1 >= units || !QChar::isLowSurrogate(unitAt(k + 1)))
                return fail(error, {fileName, line, QCoreApplication::translate("TextDecoder", "invalid UTF-16: unpaired surrogate")});
            text.append(QChar(u));
            text.append(QChar(unitAt(++k)));
            continue;
        }
        if (QChar::isLowSurrogate(u))
            return fail(error, {fileName, line, QCoreApplication::translate("TextDecoder", "invalid UTF-16: unpaired surrogate")});
        if (u == u'\n' || (u == u'\r' && (k + 1 >= units || unitAt(k + 1) != u'\n')))
            ++line;
        text.append(QChar(u));
    }
    if ((bytes.size() - 2) % 2 != 0)
        return fail(error, {fileName, line, QCoreApplication::translate("TextDecoder", "invalid UTF-16: the file ends in the middle of a character")});
    *out = text;
    return true;
}

// GB18030 never uses 0x0A or 0x0D inside a multi-byte character, so lines can be decoded
// one by one to find the first one that does not decode.
bool decodeGb18030(const QByteArray &bytes, const QString &fileName, QString *out, Diagnostic *error)
{
    QStringDecoder probe("GB18030");
    if (!probe.isValid())
        return fail(error, {fileName, 0, QCoreApplication::translate("TextDecoder", "cannot decode: this Qt build has no GB18030 codec")});
    QString text;
    text.reserve(bytes.size());
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = start;
        while (end < bytes.size() && bytes[end] != '\n' && bytes[end] != '\r')
            ++end;
        QStringDecoder decoder("GB18030", QStringDecoder::Flag::Stateless);
        const QString part = decoder.decode(QByteArrayView(bytes).sliced(start, end - start));
        if (decoder.hasError())
            return fail(error, {fileName, line,
                                QCoreApplication::translate("TextDecoder", "bytes that are neither UTF-8 nor GB18030/GBK; save the file as UTF-8")});
        text += part;
        if (end < bytes.size())
            text += QLatin1Char(bytes[end]);
        if (!(end + 1 < bytes.size() && bytes[end] == '\r' && bytes[end + 1] == '\n')) // CRLF: one break
            ++line;
        start = end + 1;
    }
    *out = text;
    return true;
}

bool checkIsText(const QString &text, const QString &fileName, Diagnostic *error)
{
    int line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u == u'\n' || (u == u'\r' && (i + 1 >= text.size() || text.at(i + 1) != u'\n'))) {
            ++line;
            continue;
        }
        if (u == 0)
            return fail(error, {fileName, line, QCoreApplication::translate("TextDecoder", "NUL byte: this is a binary file, not text")});
        if ((u < 0x20 && u != u'\t' && u != u'\r' && u != u'\f' && u != u'\v') || u == 0x7F)
            return fail(error, {fileName, line,
                                QCoreApplication::translate("TextDecoder", "control character U+%1: this is a binary file, not text")
                                    .arg(QString::number(uint(u), 16).toUpper().rightJustified(4, QLatin1Char('0')))});
    }
    return true;
}

// The same check as checkIsText, on UTF-8: every byte below 0x80 is the ASCII character itself.
bool checkIsTextUtf8(QByteArrayView text, const QString &fileName, Diagnostic *error)
{
    // Eight bytes at a time: most are neither control characters nor DEL.
    const qsizetype n = text.size();
    qsizetype clean = 0;
    constexpr quint64 ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    for (; clean + 8 <= n; clean += 8) {
        quint64 x;
        std::memcpy(&x, text.data() + clean, 8);
        const quint64 below20 = (x - 0x20 * ones) & ~x & highs;
        const quint64 y = x ^ (0x7F * ones);
        const quint64 isDel = (y - ones) & ~y & highs;
        if (below20 | isDel)
            break;
    }
    if (clean == n)
        return true;
    int line = 1;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char u = static_cast<unsigned char>(text[i]);
        if (u >= 0x20 && u != 0x7F)
            continue;
        if (u == '\n' || (u == '\r' && (i + 1 >= n || text[i + 1] != '\n'))) {
            ++line;
            continue;
        }
        if (u == 0)
            return fail(error, {fileName, line, QCoreApplication::translate("TextDecoder", "NUL byte: this is a binary file, not text")});
        if (u != '\t' && u != '\r' && u != '\f' && u != '\v')
            return fail(error, {fileName, line,
                                QCoreApplication::translate("TextDecoder", "control character U+%1: this is a binary file, not text")
                                    .arg(QString::number(uint(u), 16).toUpper().rightJustified(4, QLatin1Char('0')))});
    }
    return true;
}

} // namespace

namespace {
// UTF-16 without a byte order mark: its NULs (the high bytes of ASCII and line breaks) stand at
// every other position only, and its first bytes read as UTF-16 give text without control
// characters.
bool looksLikeUtf16(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 4096);
    qsizetype even = 0, odd = 0;
    for (qsizetype i = 0; i < n; ++i)
        if (bytes.at(i) == '\0')
            ++(i % 2 ? odd : even);
    if (n < 4 || (even && odd) || (even + odd) < 2)
        return false;
    QStringDecoder decoder(odd ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
    const QString text = decoder.decode(QByteArrayView(bytes).first(n));
    if (decoder.hasError())
        return false;
    for (QChar c : text)
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\r' && c != u'\t')
            return false;
    return true;
}
} // namespace

bool decodeUtf8(const QByteArray &bytes, const QString &fileName, DecodedUtf8 *out, Diagnostic *error)
{
    if (bytes.isEmpty())
        return fail(error, {fileName, 0, QCoreApplication::translate("TextDecoder", "the file is empty")});

    DecodedUtf8 result;
    QString text; // for the encodings that are not UTF-8
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        if (!decodeUtf16(bytes, le, fileName, &text, error))
            return false;
        result.encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
    } else {
        const bool bom = bytes.startsWith("\xEF\xBB\xBF");
        const qsizetype start = bom ? 3 : 0;
        const qsizetype nul = bytes.indexOf('\0', start);
        if (nul >= 0 && looksLikeUtf16(bytes))
            return fail(error, {fileName, 0, QCoreApplication::translate("TextDecoder", "this looks like UTF-16 text without a byte order mark: save it as UTF-8 (or as UTF-16 with a byte order mark)")});
        if (nul >= 0)
            return fail(error, {fileName, lineAt(bytes, nul), QCoreApplication::translate("TextDecoder", "NUL byte: this is a binary file, not text")});
        // Qt's check is the fast one; the scan that tells broken UTF-8 from GB18030 runs only when it fails.
        const Utf8Scan scan = QByteArrayView(bytes).sliced(start).isValidUtf8() ? Utf8Scan() : scanUtf8(bytes, start);
        if (scan.firstError < 0) {
            result.bytes = bytes;
            result.start = start;
            result.wasUtf8 = true;
            result.encoding = bom ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8");
        } else if (bom || scan.validMultiByte >= scan.errors) {
            // Mostly UTF-8 with a few broken sequences: truncated, or mixed with another encoding.
            return fail(error, {fileName, lineAt(bytes, scan.firstError),
                                QCoreApplication::translate("TextDecoder", "invalid UTF-8 (truncated or mixed with another encoding)")});
        } else {
            if (!decodeGb18030(bytes, fileName, &text, error))
                return false;
            result.encoding = QStringLiteral("GB18030");
        }
    }
    if (result.bytes.isNull()) {
        if (!checkIsText(text, fileName, error))
            return false;
        result.bytes = text.toUtf8();
    } else if (!checkIsTextUtf8(result.text(), fileName, error)) {
        return false;
    }
    if (out)
        *out = std::move(result);
    return true;
}

bool decodeText(const QByteArray &bytes, const QString &fileName, DecodedText *out, Diagnostic *error)
{
    DecodedUtf8 decoded;
    if (!decodeUtf8(bytes, fileName, &decoded, error))
        return false;
    if (out)
        *out = {QString::fromUtf8(decoded.text()), decoded.encoding};
    return true;
}
