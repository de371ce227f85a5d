// SPDX-License-Identifier: GPL-3.0-or-later
// policy-atlas-pdf: the text layer of a PDF through poppler (see pdfreader.h), loaded when the
// first PDF is read. Its one export returns the message of a refusal rather than a Diagnostic,
// so that the module needs nothing of the core library but its headers.
#include "sourcetext.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRegularExpression>

#include <poppler-qt6.h>

#include <algorithm>
#include <array>
#include <mutex>

namespace {

// The context of this file's messages; called as PdfReader::tr so that lupdate files them there.
struct PdfReader
{
    Q_DECLARE_TR_FUNCTIONS(PdfReader)
};

struct PdfLine
{
    QString text;
    double left = 0, right = 0, top = 0, bottom = 0;
    int number = 0; // counted over the document, from 1
    double height() const { return bottom - top; }
};

// PDF writers that embed a subset of a CJK font map some glyphs back to the first code point
// the font gives them, which can be a Kangxi radical (U+2F00…), a radical supplement (U+2E80…)
// or a compatibility ideograph (U+F900…) drawn with the same glyph: 高 comes out as ⾼, 龙 as ⻰.
// They are read as the ideographs the page shows: by their compatibility decomposition, and for
// the radical supplements, which mostly have none, by the ideograph Unicode names as their
// equivalent (EquivalentUnifiedIdeograph.txt) and Noto CJK draws with the same glyph.
char32_t equivalentIdeograph(char16_t radical)
{
    static const QHash<char16_t, char32_t> ideographs = {
        {0x2E81, 0x5382}, {0x2E82, 0x4E5B}, {0x2E83, 0x4E5A}, {0x2E85, 0x4EBB}, {0x2E86, 0x5182}, {0x2E87, 0x20628},
        {0x2E89, 0x5202}, {0x2E8A, 0x535C}, {0x2E8B, 0x353E}, {0x2E8D, 0x2D544}, {0x2E8E, 0x5140}, {0x2E8F, 0x5C23},
        {0x2E90, 0x5C22}, {0x2E92, 0x5DF3}, {0x2E93, 0x5E7A}, {0x2E94, 0x5F51}, {0x2E95, 0x5F50}, {0x2E96, 0x5FC4},
        {0x2E98, 0x624C}, {0x2E99, 0x6535}, {0x2E9B, 0x65E1}, {0x2E9C, 0x65E5}, {0x2E9D, 0x6708}, {0x2E9E, 0x6B7A},
        {0x2EA0, 0x6C11}, {0x2EA1, 0x6C35}, {0x2EA3, 0x706C}, {0x2EA4, 0x722B}, {0x2EA6, 0x4E2C}, {0x2EA7, 0x725B},
        {0x2EA8, 0x72AD}, {0x2EA9, 0x248E9}, {0x2EAB, 0x7F52}, {0x2EAC, 0x793A}, {0x2EAD, 0x793B}, {0x2EAE, 0x25AD7},
        {0x2EAF, 0x7CF9}, {0x2EB0, 0x7E9F}, {0x2EB1, 0x7F53}, {0x2EB2, 0x7F52}, {0x2EB3, 0x34C1}, {0x2EB9, 0x8002},
        {0x2EBA, 0x8080}, {0x2EBD, 0x26951}, {0x2EBE, 0x8279}, {0x2EC1, 0x864E}, {0x2EC2, 0x8864}, {0x2EC3, 0x8980},
        {0x2EC4, 0x897F}, {0x2EC5, 0x89C1}, {0x2EC6, 0x89D2}, {0x2EC7, 0x278B2}, {0x2EC8, 0x8BA0}, {0x2EC9, 0x8D1D},
        {0x2ECA, 0x27FB7}, {0x2ECB, 0x8F66}, {0x2ECC, 0x8FB6}, {0x2ECF, 0x961D}, {0x2ED0, 0x9485}, {0x2ED1, 0x9577},
        {0x2ED2, 0x9578}, {0x2ED3, 0x957F}, {0x2ED4, 0x95E8}, {0x2ED5, 0x28E0F}, {0x2ED6, 0x961D}, {0x2ED7, 0x96E8},
        {0x2ED8, 0x9752}, {0x2ED9, 0x97E6}, {0x2EDA, 0x9875}, {0x2EDB, 0x98CE}, {0x2EDC, 0x98DE}, {0x2EDD, 0x98DF},
        {0x2EDE, 0x2967F}, {0x2EDF, 0x98E0}, {0x2EE0, 0x9963}, {0x2EE1, 0x29810}, {0x2EE2, 0x9A6C}, {0x2EE3, 0x9AA8},
        {0x2EE4, 0x9B3C}, {0x2EE5, 0x9C7C}, {0x2EE6, 0x9E1F}, {0x2EE7, 0x5364}, {0x2EE8, 0x9EA6}, {0x2EE9, 0x9EC4},
        {0x2EEA, 0x9EFE}, {0x2EEB, 0x6589}, {0x2EEC, 0x9F50}, {0x2EEE, 0x9F7F}, {0x2EEF, 0x7ADC}, {0x2EF0, 0x9F99},
        {0x2EF1, 0x9F9C}, {0x2EF2, 0x4E80}};
    return ideographs.value(radical, radical);
}

QString ideographs(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x2F00 && u <= 0x2FDF) || (u >= 0xF900 && u <= 0xFAFF) || u == 0x2E9F || u == 0x2EF3)
            out += QString(c).normalized(QString::NormalizationForm_KC);
        else if (u >= 0x2E80 && u <= 0x2EFF)
            out += QString::fromUcs4(std::array<char32_t, 1>{equivalentIdeograph(u)}.data(), 1);
        else
            out += c;
    }
    return out;
}

bool isPageNumber(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[\\s\\-—–－·]*(?:第\\s*)?[0-9０-９]{1,4}\\s*页?(?:\\s*[/／]\\s*[0-9０-９]{1,4}|\\s*共\\s*[0-9０-９]{1,4}\\s*页)?"
                       "[\\s\\-—–－·]*$|^\\s*page\\s*[0-9]{1,4}(?:\\s*(?:of|/)\\s*[0-9]{1,4})?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

// A line that ends a sentence or a clause is not continued on the next line, wherever it ends.
bool endsSentence(const QString &text)
{
    static const QString closing = QStringLiteral("”’」』）)\"'");
    static const QString punctuation = QStringLiteral("。；！？：.;!?:");
    qsizetype end = text.size();
    while (end > 0 && closing.contains(text.at(end - 1)))
        --end;
    return end > 0 && punctuation.contains(text.at(end - 1));
}

bool isAsciiWord(QChar c)
{
    return c.unicode() < 0x80 && c.isLetterOrNumber();
}

// The words of one page, grouped into lines: a word continues the line when it overlaps the
// line vertically by at least half its height and does not go back to the left.
QList<PdfLine> pageLines(const Poppler::Page &page, int *lineNumber, int *words)
{
    QList<PdfLine> lines;
    bool spaceAfter = false;
    for (const std::unique_ptr<Poppler::TextBox> &word : page.textList()) {
        const QString text = ideographs(word->text());
        if (text.trimmed().isEmpty())
            continue;
        ++*words;
        const QRectF box = word->boundingBox();
        if (!lines.isEmpty()) {
            PdfLine &line = lines.last();
            const double overlap = std::min(line.bottom, box.bottom()) - std::max(line.top, box.top());
            const double minHeight = std::min(line.height(), box.height());
            if (overlap >= 0.5 * minHeight && box.left() >= line.right - 0.5 * box.height()) {
                if (spaceAfter)
                    line.text += u' ';
                line.text += text;
                line.right = std::max(line.right, box.right());
                line.top = std::min(line.top, box.top());
                line.bottom = std::max(line.bottom, box.bottom());
                spaceAfter = word->hasSpaceAfter();
                continue;
            }
        }
        lines.append({text, box.left(), box.right(), box.top(), box.bottom(), ++*lineNumber});
        spaceAfter = word->hasSpaceAfter();
    }
    return lines;
}

void silencePoppler()
{
    // Poppler reports damage in a file it still reads on the debug channel: the import's
    // message is ours, and the command line's stderr is one line per problem.
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant()); });
}

bool refuse(QString *error, const QString &message)
{
    *error = message;
    return false;
}

bool readPdf(const QString &path, SourceText *out, QString *error)
{
    silencePoppler();
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document)
        return refuse(error, PdfReader::tr("the PDF cannot be opened: the file is damaged or incomplete"));
    if (document->isLocked())
        return refuse(error, PdfReader::tr("this PDF is protected by a password: open it with the password in a PDF "
                                        "reader and save or print it as a PDF without one, or copy the text into a "
                                        ".txt file"));

    QList<QList<PdfLine>> pages;
    int lineNumber = 0, words = 0;
    for (int i = 0; i < document->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        QList<PdfLine> lines = page ? pageLines(*page, &lineNumber, &words) : QList<PdfLine>();
        lines.removeIf([](const PdfLine &line) { return isPageNumber(line.text); });
        pages.append(std::move(lines));
    }
    if (words == 0)
        return refuse(error, PdfReader::tr("this PDF has no text layer (a scanned image?): run it through OCR, or copy "
                                        "the text into a .txt file"));

    // The right margin of the text: the median of the pages' widest lines, so that neither a
    // last page of short lines nor one line that sticks out moves it.
    QList<double> rights;
    for (const QList<PdfLine> &lines : std::as_const(pages)) {
        double right = 0;
        for (const PdfLine &line : lines)
            right = std::max(right, line.right);
        if (!lines.isEmpty())
            rights.append(right);
    }
    std::sort(rights.begin(), rights.end());
    const double margin = rights.isEmpty() ? 0 : rights.at(rights.size() / 2);

    QByteArray utf8;
    QList<int> origins;
    QString pending;
    int pendingOrigin = 0;
    bool wrapped = false;
    auto flush = [&] {
        if (pending.isEmpty())
            return;
        if (!utf8.isEmpty())
            utf8.append('\n');
        pending.replace(QChar(0x2028), u' ').replace(QChar(0x2029), u' ').replace(u'\r', u' ').replace(u'\n', u' ');
        utf8.append(pending.toUtf8());
        origins.append(pendingOrigin);
        pending.clear();
    };
    for (const QList<PdfLine> &lines : std::as_const(pages)) {
        for (const PdfLine &line : lines) {
            const QString text = line.text.trimmed();
            if (wrapped && !pending.isEmpty()) {
                if (isAsciiWord(pending.back()) && isAsciiWord(text.front()))
                    pending += u' ';
                pending += text;
            } else {
                flush();
                pending = text;
                pendingOrigin = line.number;
            }
            // A line was wrapped by the page width when it reaches the margin (within about one
            // character: the next one did not fit) and its sentence goes on.
            wrapped = line.right >= margin - line.height() && !endsSentence(text);
        }
    }
    flush();

    SourceText text;
    text.format = QStringLiteral("pdf");
    text.utf8 = std::move(utf8);
    text.origins = std::move(origins);
    *out = std::move(text);
    return true;
}

} // namespace

extern "C" Q_DECL_EXPORT bool policy_atlas_read_pdf(const QString &path, SourceText *out, QString *error)
{
    return readPdf(path, out, error);
}
