// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for decodeText(): encoding detection (UTF-8 with/without BOM, UTF-16 LE/BE with BOM,
// GB18030/GBK), line ends, and the errors it reports, with the line they name.
#include "textdecoder.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

namespace {

// Bytes from a literal, embedded NULs included.
template<qsizetype N>
QByteArray bytes(const char (&s)[N])
{
    return QByteArray(s, N - 1);
}

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

QByteArray gb18030(const QString &s)
{
    QStringEncoder encoder("GB18030");
    const QByteArray out = encoder.encode(s);
    return out;
}

QByteArray utf16(const QString &s, bool littleEndian)
{
    QByteArray out = littleEndian ? bytes("\xFF\xFE") : bytes("\xFE\xFF");
    for (QChar c : s) {
        const char16_t u = c.unicode();
        const char hi = char(u >> 8), lo = char(u & 0xFF);
        out += littleEndian ? QByteArray{&lo, 1} + QByteArray{&hi, 1} : QByteArray{&hi, 1} + QByteArray{&lo, 1};
    }
    return out;
}

// Raw UTF-16 code units (for unpaired surrogates, which QString cannot encode to UTF-8).
QByteArray utf16Units(const QList<char16_t> &units, bool littleEndian)
{
    QByteArray out = littleEndian ? bytes("\xFF\xFE") : bytes("\xFE\xFF");
    for (char16_t u : units) {
        const char hi = char(u >> 8), lo = char(u & 0xFF);
        out += littleEndian ? QByteArray{&lo, 1} + QByteArray{&hi, 1} : QByteArray{&hi, 1} + QByteArray{&lo, 1};
    }
    return out;
}

QList<char16_t> units(const QString &s)
{
    QList<char16_t> out;
    for (QChar c : s)
        out.append(c.unicode());
    return out;
}

const QString Title = QStringLiteral("2023年全国各省职业教育重点工作抢先看");
const QString Header = QStringLiteral("北京市");
const QString Item1 = QStringLiteral("1、完善职业教育和培训体系。");
const QString Item2 = QStringLiteral("2、支持企业与在京高校院所共建产教融合基地。");

QString sampleText(const QString &eol)
{
    return Title + eol + Header + eol + Item1 + eol + Item2 + eol;
}

QString readFixture(const QString &name, QByteArray *raw = nullptr)
{
    QFile file(QStringLiteral(TEST_DATA_DIR "/core/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = file.readAll();
    if (raw)
        *raw = data;
    return QString::fromUtf8(data);
}

struct Eol
{
    const char *name;
    QByteArray bytes;
};

const QList<Eol> &eols()
{
    static const QList<Eol> list = {{"LF", bytes("\n")}, {"CRLF", bytes("\r\n")}, {"CR", bytes("\r")}};
    return list;
}

QByteArray joinLines(const QList<QByteArray> &lines, const QByteArray &eol)
{
    QByteArray out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i)
            out += eol;
        out += lines.at(i);
    }
    return out;
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void encoderAvailable();
    void decodes_data();
    void decodes();
    void gbkFixture();
    void lineEndsArePreserved_data();
    void lineEndsArePreserved();
    void allowedWhitespaceControls();
    void rejects_data();
    void rejects();
    void gbkFixtureWithInvalidByte();
    void diagnosticFormat();
    void nullOutputIsAllowed();
};

void TestTextDecoder::encoderAvailable()
{
    // The GBK cases below depend on this codec; fail loudly rather than skip silently.
    QStringEncoder encoder("GB18030");
    QVERIFY(encoder.isValid());
    QCOMPARE(gb18030(QStringLiteral("北京")), bytes("\xB1\xB1\xBE\xA9"));
}

void TestTextDecoder::decodes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");

    const QString text = sampleText(QStringLiteral("\n"));
    QTest::newRow("utf8") << utf8(text) << text << QStringLiteral("UTF-8");
    QTest::newRow("utf8-bom") << bytes("\xEF\xBB\xBF") + utf8(text) << text << QStringLiteral("UTF-8 (BOM)");
    QTest::newRow("utf8-bom-only") << bytes("\xEF\xBB\xBF") << QString() << QStringLiteral("UTF-8 (BOM)");
    QTest::newRow("ascii") << bytes("Beijing\n1. Item\n") << QStringLiteral("Beijing\n1. Item\n")
                           << QStringLiteral("UTF-8");
    // A character outside the BMP (4 bytes in UTF-8, a surrogate pair in UTF-16).
    const QString astral = QStringLiteral("北京市\n1、𠀀字与😀。\n");
    QCOMPARE(astral.size(), 14); // 12 characters, 2 of them surrogate pairs
    QTest::newRow("utf8-4-byte") << utf8(astral) << astral << QStringLiteral("UTF-8");
    QTest::newRow("utf16le") << utf16(text, true) << text << QStringLiteral("UTF-16LE");
    QTest::newRow("utf16be") << utf16(text, false) << text << QStringLiteral("UTF-16BE");
    QTest::newRow("utf16le-surrogate-pair") << utf16(astral, true) << astral << QStringLiteral("UTF-16LE");
    QTest::newRow("utf16be-surrogate-pair") << utf16(astral, false) << astral << QStringLiteral("UTF-16BE");
    QTest::newRow("gbk") << gb18030(text) << text << QStringLiteral("GB18030");
    const QString crlf = sampleText(QStringLiteral("\r\n"));
    QTest::newRow("gbk-crlf") << gb18030(crlf) << crlf << QStringLiteral("GB18030");
    const QString cr = sampleText(QStringLiteral("\r"));
    QTest::newRow("gbk-cr") << gb18030(cr) << cr << QStringLiteral("GB18030");
    // GB18030 proper: a character outside GBK is encoded with four bytes.
    const QString outsideGbk = QStringLiteral("北京市\n1、𠀀。\n");
    QTest::newRow("gb18030-4-byte") << gb18030(outsideGbk) << outsideGbk << QStringLiteral("GB18030");
}

void TestTextDecoder::decodes()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, text);
    QFETCH(QString, encoding);

    DecodedText decoded;
    Diagnostic error;
    QVERIFY2(decodeText(input, QStringLiteral("in.txt"), &decoded, &error), qPrintable(error.toString()));
    QVERIFY(error.isEmpty());
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.text, text);
    QVERIFY(!decoded.text.contains(QChar(0xFEFF))); // the BOM is not part of the text
}

void TestTextDecoder::gbkFixture()
{
    // Files written by python3: "...".encode('gbk') with CRLF line ends, and the same text as UTF-8.
    QByteArray gbk;
    QVERIFY(!readFixture(QStringLiteral("sample-gbk-crlf.txt"), &gbk).isNull());
    const QString expected = readFixture(QStringLiteral("sample-utf8.txt"));
    QVERIFY(expected.startsWith(QStringLiteral("2023年示例省份职业教育要点\n")));
    QVERIFY(!gbk.contains(utf8(QStringLiteral("北京")))); // really not UTF-8
    QVERIFY(gbk.contains(bytes("\xB1\xB1\xBE\xA9"))); // 北京 in GBK

    DecodedText decoded;
    Diagnostic error;
    QVERIFY2(decodeText(gbk, QStringLiteral("gbk.txt"), &decoded, &error), qPrintable(error.toString()));
    QCOMPARE(decoded.encoding, QStringLiteral("GB18030"));
    QCOMPARE(decoded.text.count(QStringLiteral("\r\n")), 7);
    QString lf = decoded.text;
    lf.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QCOMPARE(lf, expected);
}

void TestTextDecoder::lineEndsArePreserved_data()
{
    QTest::addColumn<QString>("eol");
    QTest::newRow("LF") << QStringLiteral("\n");
    QTest::newRow("CRLF") << QStringLiteral("\r\n");
    QTest::newRow("CR") << QStringLiteral("\r");
    QTest::newRow("mixed") << QStringLiteral("\r\n\n\r");
}

void TestTextDecoder::lineEndsArePreserved()
{
    // The decoder only decodes; splitting into lines is the parser's job.
    QFETCH(QString, eol);
    const QString text = sampleText(eol);
    for (const QByteArray &input : {utf8(text), bytes("\xEF\xBB\xBF") + utf8(text), utf16(text, true),
                                    utf16(text, false), gb18030(text)}) {
        DecodedText decoded;
        Diagnostic error;
        QVERIFY2(decodeText(input, QStringLiteral("in.txt"), &decoded, &error), qPrintable(error.toString()));
        QCOMPARE(decoded.text, text);
    }
}

void TestTextDecoder::allowedWhitespaceControls()
{
    // Tab, form feed and vertical tab are whitespace, not signs of a binary file.
    const QString text = QStringLiteral("北京市\n1、\t完善\f职业\v教育。\n");
    DecodedText decoded;
    Diagnostic error;
    QVERIFY2(decodeText(utf8(text), QStringLiteral("in.txt"), &decoded, &error), qPrintable(error.toString()));
    QCOMPARE(decoded.text, text);
}

void TestTextDecoder::rejects_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message"); // a substring of the message

    const QString invalidUtf8 = QStringLiteral("invalid UTF-8");
    const QString nul = QStringLiteral("NUL byte");
    const QString unpaired = QStringLiteral("unpaired surrogate");

    QTest::newRow("empty") << QByteArray() << 0 << QStringLiteral("the file is empty");

    // A PNG header: NUL at offset 8, after "\r\n" and "\n".
    QTest::newRow("png-header") << bytes("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10") << 3 << nul;

    const QByteArray title = utf8(Title), header = utf8(Header), item1 = utf8(Item1), item2 = utf8(Item2);
    const QByteArray gbkLine = gb18030(QStringLiteral("2、广东省职业教育"));
    for (const Eol &eol : eols()) {
        const QByteArray e = eol.bytes;
        const QByteArray n = eol.name;
        QTest::addRow("nul-line3-%s", n.constData())
            << joinLines({title, header, item1 + bytes("\0") + item2}, e) << 3 << nul;
        QTest::addRow("nul-line1-%s", n.constData()) << joinLines({bytes("\0abc"), header}, e) << 1 << nul;
        QTest::addRow("control-01-line2-%s", n.constData())
            << joinLines({title, header + bytes("\x01"), item1}, e) << 2 << QStringLiteral("control character U+0001");
        QTest::addRow("control-1b-line4-%s", n.constData())
            << joinLines({title, header, item1, bytes("\x1B[31m") + item2}, e) << 4
            << QStringLiteral("control character U+001B");
        QTest::addRow("control-7f-line3-%s", n.constData())
            << joinLines({title, header, item1 + bytes("\x7F")}, e) << 3 << QStringLiteral("control character U+007F");
        // The last character of the file lost its last byte (完 is E5 AE 8C).
        QTest::addRow("truncated-utf8-end-%s", n.constData())
            << joinLines({title, header, item1, utf8(QStringLiteral("2、完")).chopped(1)}, e) << 4 << invalidUtf8;
        QTest::addRow("truncated-utf8-end-after-eol-%s", n.constData())
            << joinLines({title, header, item1, bytes("\xE5")}, e) << 4 << invalidUtf8;
        // One GBK line pasted into a UTF-8 file.
        QTest::addRow("mixed-gbk-line4-%s", n.constData())
            << joinLines({title, header, item1, gbkLine, item2}, e) << 4 << invalidUtf8;
        QTest::addRow("latin1-byte-line3-%s", n.constData())
            << joinLines({title, header, utf8(QStringLiteral("1、caf")) + bytes("\xE9") + utf8(QStringLiteral("。")),
                          item2},
                         e)
            << 3 << invalidUtf8;
        // A surrogate and an overlong form are not valid UTF-8 either.
        QTest::addRow("utf8-encoded-surrogate-line2-%s", n.constData())
            << joinLines({title, header + bytes("\xED\xA0\x80"), item1, item2}, e) << 2 << invalidUtf8;
        QTest::addRow("overlong-line3-%s", n.constData())
            << joinLines({title, header, item1 + bytes("\xC0\xAF"), item2}, e) << 3 << invalidUtf8;

        const QString eolText = QString::fromLatin1(e);
        // UTF-16: a high surrogate followed by an ordinary character, on line 2.
        QList<char16_t> highAlone = units(Title + eolText + QStringLiteral("北京"));
        highAlone << 0xD840 << u'市';
        highAlone += units(eolText + Item1);
        QTest::addRow("utf16le-high-surrogate-line2-%s", n.constData()) << utf16Units(highAlone, true) << 2 << unpaired;
        QTest::addRow("utf16be-high-surrogate-line2-%s", n.constData())
            << utf16Units(highAlone, false) << 2 << unpaired;
        QList<char16_t> lowAlone = units(Title + eolText + Header + eolText + QStringLiteral("1、"));
        lowAlone << 0xDC00;
        lowAlone += units(QStringLiteral("。"));
        QTest::addRow("utf16le-low-surrogate-line3-%s", n.constData()) << utf16Units(lowAlone, true) << 3 << unpaired;
        QList<char16_t> highAtEnd = units(Title + eolText + Header + eolText + Item1 + eolText);
        highAtEnd << 0xD83D;
        QTest::addRow("utf16be-high-surrogate-at-end-line4-%s", n.constData())
            << utf16Units(highAtEnd, false) << 4 << unpaired;
        QTest::addRow("utf16le-nul-line2-%s", n.constData())
            << utf16Units(units(Title + eolText + QStringLiteral("北京")) << 0 << u'市', true) << 2 << nul;

        // GBK with a byte that GB18030 cannot decode (0xFF) on line 3.
        QTest::addRow("gbk-invalid-line3-%s", n.constData())
            << joinLines({gb18030(Title), gb18030(Header), gb18030(Item1) + bytes("\xFF"), gb18030(Item2)}, e) << 3
            << QStringLiteral("neither UTF-8 nor GB18030");
    }

    // With a UTF-8 BOM, even one bad byte is an error (the file says it is UTF-8).
    QTest::newRow("bom-then-gbk") << bytes("\xEF\xBB\xBF") + joinLines({gbkLine, gbkLine}, "\n") << 1 << invalidUtf8;
    // UTF-16 without a byte order mark: said to be, rather than "binary" (the BOM is stripped).
    QTest::newRow("utf16le-without-bom") << utf16(Title + QStringLiteral("\n") + Header, true).sliced(2) << 0
                                         << QStringLiteral("this looks like UTF-16 text without a byte order mark");
    QTest::newRow("utf16be-without-bom") << utf16(Title + QStringLiteral("\n") + Header, false).sliced(2) << 0
                                         << QStringLiteral("this looks like UTF-16 text without a byte order mark");
    // A UTF-16 file with an odd number of bytes.
    QTest::newRow("utf16le-odd-length") << utf16(Title + QStringLiteral("\n") + Header, true) + bytes("\x41") << 2
                                        << QStringLiteral("ends in the middle of a character");
}

void TestTextDecoder::rejects()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(QString, message);

    DecodedText decoded;
    decoded.text = QStringLiteral("untouched");
    Diagnostic error;
    QVERIFY(!decodeText(input, QStringLiteral("bad.txt"), &decoded, &error));
    QCOMPARE(error.file, QStringLiteral("bad.txt"));
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QCOMPARE(error.line, line);
    QCOMPARE(decoded.text, QStringLiteral("untouched")); // no partial result on failure
}

void TestTextDecoder::gbkFixtureWithInvalidByte()
{
    QByteArray gbk;
    QVERIFY(!readFixture(QStringLiteral("sample-gbk-invalid-line3.txt"), &gbk).isNull());
    DecodedText decoded;
    Diagnostic error;
    QVERIFY(!decodeText(gbk, QStringLiteral("sample-gbk-invalid-line3.txt"), &decoded, &error));
    QCOMPARE(error.line, 3);
    QVERIFY2(error.message.contains(QStringLiteral("GB18030")), qPrintable(error.message));
}

void TestTextDecoder::diagnosticFormat()
{
    Diagnostic error;
    QVERIFY(!decodeText(joinLines({utf8(Title), utf8(Header) + bytes("\x02")}, "\n"), QStringLiteral("dir/a.txt"),
                        nullptr, &error));
    QCOMPARE(error.toString(), QStringLiteral("dir/a.txt:2: control character U+0002: this is a binary file, not text"));
    QVERIFY(!decodeText(QByteArray(), QStringLiteral("dir/empty.txt"), nullptr, &error));
    QCOMPARE(error.toString(), QStringLiteral("dir/empty.txt: the file is empty"));
}

void TestTextDecoder::nullOutputIsAllowed()
{
    QVERIFY(decodeText(utf8(sampleText(QStringLiteral("\n"))), QStringLiteral("a.txt"), nullptr, nullptr));
    QVERIFY(!decodeText(bytes("a\0b"), QStringLiteral("a.txt"), nullptr, nullptr));
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
