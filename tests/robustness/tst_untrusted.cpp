// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing in the data is ever executed or interpreted. Corpus and catalogue text that looks like
// HTML (<img src="file:///etc/passwd">, <a href=…>, <script>) or like a spreadsheet formula
// (= + - @) is shown and exported as the characters it is: in the chart's axis labels and title,
// in exported SVG (escaped text, never an <image>, <a> or <script> element), in the detail pane,
// in tooltips, and in CSV (with the formula guard). tests/models (detail pane, tree tooltips) and
// tests/ui (escaped chart labels) check the layers below; here the rendered result is checked.
#include "atlassession.h"
#include "chartbuilder.h"
#include "chartdata.h"
#include "chartexport.h"
#include "detailpane.h"
#include "provincetreemodel.h"
#include "robustness.h"
#include "translations.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QXmlStreamReader>

#include <memory>

using namespace Robustness;

namespace {

const QString ImgPasswd = QStringLiteral("<img src=\"file:///etc/passwd\">");
const QString Link = QStringLiteral("<a href=\"https://example.com/\">点我</a>");
const QString Script = QStringLiteral("<script>alert(1)</script>");

// An initiative named like markup, and one named like a formula; both match the markup item.
QByteArray markupCatalogue()
{
    const QJsonObject markup{{QStringLiteral("id"), QStringLiteral("markup")},
                             {QStringLiteral("name_zh"), QStringLiteral("<img src=x>")},
                             {QStringLiteral("name_en"), QStringLiteral("<img src=x> & <a href=y>z</a>")},
                             {QStringLiteral("description_zh"), QStringLiteral("<script>d</script>")},
                             {QStringLiteral("description_en"), QStringLiteral("<script>d</script>")},
                             {QStringLiteral("patterns"), QJsonArray{QStringLiteral("技工")}}};
    const QJsonObject formula{{QStringLiteral("id"), QStringLiteral("formula")},
                              {QStringLiteral("name_zh"), QStringLiteral("=HYPERLINK(\"http://example.com\",\"x\")")},
                              {QStringLiteral("name_en"), QStringLiteral("@SUM(A1)")},
                              {QStringLiteral("patterns"), QJsonArray{QStringLiteral("<script>")}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("initiatives"), QJsonArray{markup, formula}}}).toJson();
}

struct SvgContent
{
    QStringList elements; // every element name, in document order
    QStringList texts; // the text of every <text> element (entities decoded)
    QString description; // the <desc> element's text
    QString error;
};

SvgContent readSvg(const QByteArray &svg)
{
    SvgContent out;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        out.elements.append(xml.name().toString());
        if (xml.name() == QLatin1StringView("text"))
            out.texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        else if (xml.name() == QLatin1StringView("desc"))
            out.description = xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    if (xml.hasError())
        out.error = xml.errorString();
    return out;
}

// The elements markup in the data would produce if it were interpreted anywhere on the way.
bool hasActiveElement(const SvgContent &svg)
{
    for (const QString &name : svg.elements)
        if (name == QLatin1StringView("image") || name == QLatin1StringView("a") || name == QLatin1StringView("script")
            || name == QLatin1StringView("foreignObject"))
            return true;
    return false;
}

} // namespace

class TestUntrusted : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void chartAxisShowsMarkupAsText();
    void exportedSvgFromTheCommandLine();
    void detailPaneShowsLinksAsText();
    void csvGuardsFormulasFromTheCorpus();

private:
    QString path(const QString &name) const { return m_tmp.filePath(name); }

    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    QString m_corpus; // items with markup, and units whose names start like formulas
    QString m_catalogue;
    std::unique_ptr<AtlasSession> m_session;
};

void TestUntrusted::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PolicyAtlasTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_untrusted"));
    QSettings().clear();
    QVERIFY(m_tmp.isValid());
    m_env = environment(m_tmp.path());
    Translations::install(QStringLiteral("zh_CN"));

    m_corpus = path(QStringLiteral("markup.txt"));
    // Non-standard units named like formulas: "=恶意宏省" has no punctuation the header rule knows.
    QVERIFY(writeFile(m_corpus, (QStringLiteral("2024年标记测试\n上海市\n1、技工") + ImgPasswd + Link + Script
                                 + QStringLiteral("\n=恶意宏省\n1、产教融合。\n@危险省\n1、产教融合。\n+加号省\n1、职普融通。\n"
                                                  "来源:<b>测试</b>\n"))
                                    .toUtf8()));
    m_catalogue = path(QStringLiteral("markup.json"));
    QVERIFY(writeFile(m_catalogue, markupCatalogue()));

    m_session = std::make_unique<AtlasSession>();
    Diagnostic error;
    QVERIFY2(m_session->setCatalogueFile(m_catalogue, &error), qPrintable(error.toString()));
    QVERIFY2(m_session->open(path(QStringLiteral("markup.sqlite")), &error), qPrintable(error.toString()));
    ImportReport report;
    QVERIFY2(m_session->importFiles(ImportRequest::ofPaths({m_corpus}), &report, &error), qPrintable(error.toString()));
    QCOMPARE(m_session->index().itemCount(), 98);
}

void TestUntrusted::chartAxisShowsMarkupAsText()
{
    // Only the markup item: one bar per initiative it mentions.
    m_session->setKeywordFilter(ImgPasswd);
    QCOMPARE(m_session->keywordMatches().itemCount, 1);
    ChartData::Options options;
    options.filterText = ImgPasswd;
    const ChartData data = ChartData::build(m_session->index(), m_session->keywordMatches(), options);
    QCOMPARE(data.bars.size(), 2);

    std::unique_ptr<QChart> chart(ChartBuilder::create(data, 900));
    const auto axes = chart->axes(Qt::Vertical);
    QCOMPARE(axes.size(), 1);
    const QStringList categories = qobject_cast<QBarCategoryAxis *>(axes.first())->categories();
    QVERIFY2(categories.contains(QStringLiteral("&lt;img src=x&gt;")), qPrintable(categories.join(u'|')));

    // What the axis shows is the text: exported to SVG, the label is a <text> reading "<img src=x>".
    const QString out = path(QStringLiteral("axis.svg"));
    Diagnostic error;
    QVERIFY2(ChartExport::save(data, out, ChartExport::Options(), &error), qPrintable(error.toString()));
    const QByteArray bytes = fileBytes(out);
    const SvgContent svg = readSvg(bytes);
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    QVERIFY2(svg.texts.contains(QStringLiteral("<img src=x>")), qPrintable(svg.texts.join(u'|')));
    QVERIFY2(!hasActiveElement(svg), qPrintable(svg.elements.join(u' ')));
    QVERIFY(!bytes.contains("<img"));
    QVERIFY(bytes.contains("&lt;img src=x&gt;"));
    m_session->clearFilters();
}

void TestUntrusted::exportedSvgFromTheCommandLine()
{
    // The same data through the command line: an item with <img src="file:///etc/passwd"> as the
    // filter (it appears in the chart's subtitle) and initiatives named like markup, in both languages.
    const QString db = path(QStringLiteral("cli.sqlite"));
    const Run import = run({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--catalogue"),
                            m_catalogue, m_corpus},
                           m_env);
    QVERIFY2(import.exitedWith(0), import.describe());
    struct Case
    {
        QString filter;
        QString lang;
    };
    // <img …> alone is not even well-formed XML; <script>…</script> is, and would become an element.
    for (const Case &c : {Case{ImgPasswd, QStringLiteral("zh_CN")}, Case{ImgPasswd, QStringLiteral("en")},
                          Case{Script, QStringLiteral("en")}}) {
        const QString out = path(QStringLiteral("markup-%1-%2.svg").arg(c.lang).arg(c.filter.size()));
        const Run chart = run({QStringLiteral("chart"), out, QStringLiteral("--db"), db, QStringLiteral("--catalogue"),
                               m_catalogue, QStringLiteral("--match"), c.filter, QStringLiteral("--lang"), c.lang},
                              m_env);
        QVERIFY2(chart.exitedWith(0), chart.describe());
        const QByteArray bytes = fileBytes(out);
        const SvgContent svg = readSvg(bytes);
        QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
        QVERIFY2(!hasActiveElement(svg), qPrintable(svg.elements.join(u' ')));
        QVERIFY(!bytes.contains("<img"));
        QVERIFY(!bytes.contains("<script"));
        QVERIFY(!bytes.contains("file:///etc/passwd\""));
        // The filter is in the subtitle: drawn as text, and in the file's description as text.
        QVERIFY2(svg.description.contains(c.filter), qPrintable(svg.description));
        const QString all = svg.texts.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("<img src=x>")), qPrintable(all));
        // The subtitle is drawn as several <text> runs (one per script); in order they read the filter.
        QVERIFY2(svg.texts.join(QString()).contains(c.filter), qPrintable(all));
        if (c.lang == QLatin1StringView("en"))
            QVERIFY2(all.contains(QStringLiteral("<a href=y>z</a>")), qPrintable(all));
    }
    // A PNG of it renders too.
    const QString png = path(QStringLiteral("markup.png"));
    const Run chart = run({QStringLiteral("chart"), png, QStringLiteral("--db"), db, QStringLiteral("--catalogue"),
                           m_catalogue, QStringLiteral("--match"), ImgPasswd},
                          m_env);
    QVERIFY2(chart.exitedWith(0), chart.describe());
}

void TestUntrusted::detailPaneShowsLinksAsText()
{
    // tst_models checks <img>, <b> and <script>; a link must not become clickable either, and the
    // source line and a non-standard unit's name are text too.
    int item = -1;
    for (int i = 0; i < m_session->index().itemCount(); ++i)
        if (m_session->store().item(m_session->index().itemId(i)).text.contains(Link))
            item = i;
    QVERIFY(item >= 0);
    DetailPane pane(m_session.get());
    pane.showItem(item);
    const QString plain = pane.plainText();
    QVERIFY2(plain.contains(QStringLiteral("技工") + ImgPasswd + Link + Script), qPrintable(plain));
    QVERIFY2(plain.contains(QStringLiteral("来源:<b>测试</b>")), qPrintable(plain));
    const QTextDocument *document = pane.browser()->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            QVERIFY(!format.isImageFormat());
            if (format.isAnchor()) // only the initiative links the pane makes itself
                QVERIFY2(format.anchorHref().startsWith(QStringLiteral("initiative:")), qPrintable(format.anchorHref()));
        }
    QVERIFY(!document->toHtml().contains(QStringLiteral("https://example.com/\"")));

    ProvinceTreeModel model(m_session.get());
    int unit = -1;
    for (int u = 0; u < m_session->index().units().size(); ++u)
        if (m_session->index().units().at(u).nameZh == QStringLiteral("=恶意宏省"))
            unit = u;
    QVERIFY(unit >= 0);
    pane.showUnit(unit);
    QVERIFY2(pane.plainText().contains(QStringLiteral("=恶意宏省")), qPrintable(pane.plainText()));
    const QString tip = model.indexForItem(item).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("&lt;a href=")) && !tip.contains(QStringLiteral("<a href")), qPrintable(tip));
}

void TestUntrusted::csvGuardsFormulasFromTheCorpus()
{
    // Names that come from the corpus (non-standard units) and the catalogue reach CSV cells; the
    // ones that start with = + - @ get the apostrophe. JSON keeps them as they are.
    const QString db = path(QStringLiteral("csv.sqlite"));
    const Run import = run({QStringLiteral("import"), QStringLiteral("--db"), db, m_corpus}, m_env);
    QVERIFY2(import.exitedWith(0), import.describe());

    const Run provinces = run({QStringLiteral("provinces"), QStringLiteral("--db"), db}, m_env);
    QVERIFY2(provinces.exitedWith(0), provinces.describe());
    QCOMPARE(provinces.outText(), QStringLiteral("code,name_zh,name_en,region,region_en,items\r\n"
                                                 "310000,上海市,Shanghai,东部,East,1\r\n"
                                                 ",'=恶意宏省,'=恶意宏省,,,1\r\n"
                                                 ",'@危险省,'@危险省,,,1\r\n"
                                                 ",'+加号省,'+加号省,,,1\r\n"));

    // 产教融合 is mentioned only by two formula-named units: the province_names cell starts with one.
    const Run counts = run({QStringLiteral("counts"), QStringLiteral("--db"), db}, m_env);
    QVERIFY2(counts.exitedWith(0), counts.describe());
    QVERIFY2(counts.outText().contains(
                 QStringLiteral("\r\nindustry-education-integration,产教融合,Industry-Education Integration,2,2,'=恶意宏省、@危险省\r\n")),
             counts.err + counts.out);
    QVERIFY2(counts.outText().contains(QStringLiteral(",1,1,'+加号省\r\n")), counts.out);

    const Run catalogueCounts = run({QStringLiteral("counts"), QStringLiteral("--db"), db, QStringLiteral("--catalogue"),
                                     m_catalogue},
                                    m_env);
    QVERIFY2(catalogueCounts.exitedWith(0), catalogueCounts.describe());
    QVERIFY2(catalogueCounts.outText().contains(
                 QStringLiteral("\r\nformula,\"'=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\",'@SUM(A1),1,1,上海市\r\n")),
             catalogueCounts.out);

    const Run json = run({QStringLiteral("provinces"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                          QStringLiteral("json")},
                         m_env);
    QVERIFY2(json.exitedWith(0), json.describe());
    const QJsonArray rows = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("name_zh")).toString(), QStringLiteral("=恶意宏省"));
}

QTEST_MAIN(TestUntrusted)
#include "tst_untrusted.moc"
