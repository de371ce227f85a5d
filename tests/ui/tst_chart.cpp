// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for the initiative chart: ChartBuilder (bar order, integer ticks, no legend, no animation,
// escaped labels) and ChartExport (PNG size and content, SVG, errors), over ChartData built from
// a session on a fresh database seeded with the built-in corpus.
#include "atlassession.h"
#include "chartbuilder.h"
#include "chartdata.h"
#include "chartexport.h"
#include "testsession.h"
#include "testutil.h"
#include "translations.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QImageReader>
#include <QLegend>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <QXmlStreamReader>

#include <memory>

namespace {

QValueAxis *valueAxis(QChart *chart)
{
    const auto axes = chart->axes(Qt::Horizontal);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.first());
}

QBarCategoryAxis *categoryAxis(QChart *chart)
{
    const auto axes = chart->axes(Qt::Vertical);
    return axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
}

bool isDarkGrey(QRgb pixel)
{
    // Label text is #333333, antialiased towards white; bars are blue (#3A7CC2) and excluded.
    const int r = qRed(pixel), g = qGreen(pixel), b = qBlue(pixel);
    return r < 0x80 && g < 0x80 && b < 0x80 && std::abs(r - b) < 24 && std::abs(g - b) < 24;
}

} // namespace

class TestChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void barsLongestOnTop();
    void chartDecoration();
    void tickInterval_data();
    void tickInterval();
    void valueAxisIsWholeNumbers();
    void highlightedBar();
    void wrapsLongLabels();
    void renderImage();
    void savePng();
    void saveSvg();
    void saveUnknownSuffix();
    void englishAndChineseLabels();
    void escapedLabels();

private:
    ChartData build(bool english = false, const QString &region = {}, int top = 0,
                    const QString &initiative = {}) const;

    QTemporaryDir m_dir;
    std::unique_ptr<AtlasSession> m_session;
};

void TestChart::initTestCase()
{
    TestSession::isolateSettings(QStringLiteral("tst_chart"));
    QVERIFY(m_dir.isValid());
    Translations::install(QStringLiteral("zh_CN"));
    m_session = std::make_unique<AtlasSession>();
    Diagnostic error;
    QVERIFY2(m_session->open(m_dir.filePath(QStringLiteral("atlas.sqlite")), &error), qPrintable(error.toString()));
    QCOMPARE(m_session->index().itemCount(), 94);
}

ChartData TestChart::build(bool english, const QString &region, int top, const QString &initiative) const
{
    ChartData::Options options;
    options.english = english;
    options.region = region;
    options.top = top;
    options.initiative = initiative;
    options.filterText = m_session->keywordText();
    return ChartData::build(m_session->index(), m_session->keywordMatches(), options);
}

void TestChart::barsLongestOnTop()
{
    const ChartData data = build();
    QCOMPARE(data.bars.size(), 29); // every initiative of the catalogue is mentioned at least once
    QCOMPARE(data.maxValue(), 22);
    std::unique_ptr<QChart> chart(ChartBuilder::create(data, 800));
    QBarSet *set = ChartBuilder::barSet(chart.get());
    QVERIFY(set);
    QCOMPARE(set->count(), 29);
    // Qt draws the first value at the bottom: the longest bar (产教融合, 22 provinces) is the last value.
    QCOMPARE(set->at(set->count() - 1), 22.0);
    QCOMPARE(set->at(set->count() - 2), 15.0); // 职普融通
    QCOMPARE(set->at(set->count() - 3), 13.0); // 科教融汇
    QCOMPARE(set->at(0), 1.0);
    for (int i = 1; i < set->count(); ++i)
        QVERIFY(set->at(i - 1) <= set->at(i));
    QCOMPARE(ChartBuilder::barIndexToDataIndex(data, set->count() - 1), 0);
    QCOMPARE(data.bars.at(ChartBuilder::barIndexToDataIndex(data, set->count() - 1)).id,
             QStringLiteral("industry-education-integration"));

    QBarCategoryAxis *axis = categoryAxis(chart.get());
    QVERIFY(axis);
    QCOMPARE(axis->count(), 29);
    QCOMPARE(axis->categories().last(), u8("产教融合"));
    QCOMPARE(axis->categories().at(axis->count() - 2), u8("职普融通"));
    QVERIFY(!axis->labelsTruncated());
}

void TestChart::chartDecoration()
{
    std::unique_ptr<QChart> chart(ChartBuilder::create(build(), 800));
    QVERIFY(!chart->legend()->isVisible());
    QCOMPARE(chart->animationOptions(), QChart::NoAnimation);
    const auto series = chart->series();
    QCOMPARE(series.size(), 1);
    auto *bars = qobject_cast<QHorizontalBarSeries *>(series.first());
    QVERIFY(bars);
    QVERIFY(bars->isLabelsVisible());
    QCOMPARE(bars->labelsPosition(), QAbstractBarSeries::LabelsOutsideEnd);
    QVERIFY(chart->title().contains(u8("31"))); // subtitle: provinces with matching items
}

void TestChart::tickInterval_data()
{
    QTest::addColumn<int>("max");
    QTest::addColumn<int>("interval");
    QTest::addColumn<int>("axisMaximum");
    // Ticks of 1 up to 10; the axis ends on a whole step with room for the printed value.
    QTest::newRow("1") << 1 << 1 << 2;
    QTest::newRow("3") << 3 << 1 << 4;
    QTest::newRow("10") << 10 << 1 << 11;
    QTest::newRow("11") << 11 << 2 << 12;
    QTest::newRow("20") << 20 << 2 << 22;
    QTest::newRow("22") << 22 << 5 << 25;
    QTest::newRow("24") << 24 << 5 << 30;
    QTest::newRow("50") << 50 << 5 << 55;
    QTest::newRow("51") << 51 << 10 << 60;
    QTest::newRow("100") << 100 << 10 << 110;
    QTest::newRow("101") << 101 << 20 << 120;
}

void TestChart::tickInterval()
{
    QFETCH(int, max);
    QFETCH(int, interval);
    QFETCH(int, axisMaximum);
    QCOMPARE(ChartBuilder::tickInterval(max), interval);
    QCOMPARE(ChartBuilder::axisMaximum(max), axisMaximum);
    QCOMPARE(ChartBuilder::axisMaximum(max) % interval, 0);
    QVERIFY(ChartBuilder::axisMaximum(max) > max);
    QVERIFY(ChartBuilder::axisMaximum(max) / interval <= 11);
}

void TestChart::valueAxisIsWholeNumbers()
{
    std::unique_ptr<QChart> chart(ChartBuilder::create(build(), 800));
    QValueAxis *axis = valueAxis(chart.get());
    QVERIFY(axis);
    QCOMPARE(axis->labelFormat(), QStringLiteral("%d"));
    QCOMPARE(axis->min(), 0.0);
    QCOMPARE(axis->max(), 25.0); // 22 provinces, ticks of 5
    QCOMPARE(axis->tickType(), QValueAxis::TicksDynamic);
    QCOMPARE(axis->tickInterval(), 5.0);
    QCOMPARE(axis->tickAnchor(), 0.0);
    QCOMPARE(axis->minorTickCount(), 0);

    // The northeast alone: 3 provinces at most, so ticks of 1.
    std::unique_ptr<QChart> northeast(ChartBuilder::create(build(false, QStringLiteral("northeast")), 800));
    QCOMPARE(valueAxis(northeast.get())->tickInterval(), 1.0);
    QCOMPARE(valueAxis(northeast.get())->max(), 4.0);
    QCOMPARE(ChartBuilder::barSet(northeast.get())->count(), 14);
    QCOMPARE(ChartBuilder::barSet(northeast.get())->at(13), 3.0);

    // No bars at all: still a valid axis.
    m_session->setKeywordFilter(u8("不存在的词"));
    const ChartData empty = build();
    m_session->clearFilters();
    QCOMPARE(empty.bars.size(), 0);
    std::unique_ptr<QChart> none(ChartBuilder::create(empty, 800));
    QCOMPARE(ChartBuilder::barSet(none.get())->count(), 0);
    QCOMPARE(valueAxis(none.get())->max(), 1.0);
}

void TestChart::highlightedBar()
{
    const ChartData data = build(false, {}, 0, QStringLiteral("craftsmen"));
    // 工匠: 7 provinces, the sixth longest bar (after 22, 15, 13, 9+10 items, 9+9 items).
    QCOMPARE(data.highlighted, 5);
    QCOMPARE(data.bars.at(5).id, QStringLiteral("craftsmen"));
    QCOMPARE(data.bars.at(5).provinces, 7);
    std::unique_ptr<QChart> chart(ChartBuilder::create(data, 800));
    QBarSet *set = ChartBuilder::barSet(chart.get());
    QCOMPARE(set->selectedBars(), QList<int>{29 - 1 - 5});
    QCOMPARE(set->at(29 - 1 - 5), 7.0);
    // A Top-N that leaves it out highlights nothing.
    QCOMPARE(build(false, {}, 5, QStringLiteral("craftsmen")).highlighted, -1);
}

void TestChart::wrapsLongLabels()
{
    const ChartData data = build();
    std::unique_ptr<QChart> chart(ChartBuilder::create(data, 2000));
    QCOMPARE(ChartBuilder::fitLabels(chart.get(), 2000), 1);
    for (const QString &category : categoryAxis(chart.get())->categories())
        QVERIFY2(!category.contains(QStringLiteral("<br/>")), qPrintable(category));

    // At 300 px the labels get at most 90 px: 职业学校办学条件达标工程 (12 characters) is broken into lines.
    QVERIFY(ChartBuilder::fitLabels(chart.get(), 300) >= 2);
    const QStringList categories = categoryAxis(chart.get())->categories();
    QCOMPARE(categories.size(), 29);
    bool found = false;
    for (const QString &category : categories) {
        if (QString(category).remove(QStringLiteral("<br/>")) == u8("职业学校办学条件达标工程")) {
            found = true;
            QVERIFY2(category.contains(QStringLiteral("<br/>")), qPrintable(category));
        }
    }
    QVERIFY(found);
}

void TestChart::renderImage()
{
    const ChartData data = build();
    ChartExport::Options options;
    options.width = 800;
    options.scale = 2;
    const QImage image = ChartExport::renderImage(data, options);
    // The automatic height grows with the bars and is never below the minimum for labels to show.
    QVERIFY(ChartExport::autoHeight(29) > ChartExport::autoHeight(10));
    QVERIFY(ChartExport::autoHeight(29) >= ChartExport::minimumHeight(29));
    QCOMPARE(ChartExport::effectiveHeight(29, 0), ChartExport::autoHeight(29));
    QCOMPARE(image.width(), 1600);
    QCOMPARE(image.height(), ChartExport::autoHeight(29) * 2);
    QCOMPARE(image.devicePixelRatio(), 2.0);

    int nonWhite = 0;
    int barPixels = 0;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            nonWhite += (line[x] & 0xFFFFFF) != 0xFFFFFF;
            barPixels += qRed(line[x]) == 0x3A && qGreen(line[x]) == 0x7C && qBlue(line[x]) == 0xC2;
        }
    }
    QVERIFY2(nonWhite > image.width() * image.height() / 20, qPrintable(QString::number(nonWhite)));
    QVERIFY2(barPixels > 10000, qPrintable(QString::number(barPixels))); // 29 bars of solid colour

    // Lay the chart out as the exporter does to find its plot area: the initiative names are the
    // dark text left of it.
    QGraphicsScene scene;
    QChart *chart = ChartBuilder::create(data, 800);
    scene.addItem(chart);
    chart->setGeometry(QRectF(0, 0, 800, ChartExport::autoHeight(29)));
    chart->layout()->activate();
    QCoreApplication::sendPostedEvents();
    const QRectF plot = chart->plotArea();
    QVERIFY2(plot.left() > 800 * 0.15, qPrintable(QString::number(plot.left())));
    int dark = 0;
    for (int y = int(plot.top() * 2); y < int(plot.bottom() * 2); ++y)
        for (int x = 0; x < int(plot.left() * 2) - 4; ++x)
            dark += isDarkGrey(image.pixel(x, y));
    QVERIFY2(dark > 2000, qPrintable(QString::number(dark)));
    // There is no text right of the bars' end beyond the axis: the right margin is white.
    int rightMargin = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = image.width() - 16; x < image.width(); ++x)
            rightMargin += (image.pixel(x, y) & 0xFFFFFF) != 0xFFFFFF;
    QCOMPARE(rightMargin, 0);
}

void TestChart::savePng()
{
    QTemporaryDir dir;
    ChartExport::Options options;
    options.width = 800;
    options.scale = 2;
    const QString path = dir.filePath(QStringLiteral("chart.png"));
    Diagnostic error;
    QVERIFY2(ChartExport::save(build(), path, options, &error), qPrintable(error.toString()));
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QCOMPARE(image.size(), QSize(1600, ChartExport::autoHeight(29) * 2));

    // A fixed height is honoured; upper-case suffixes are accepted.
    const int tall = ChartExport::minimumHeight(29) + 100;
    options.height = tall;
    options.scale = 1;
    const QString upper = dir.filePath(QStringLiteral("CHART.PNG"));
    QVERIFY2(ChartExport::save(build(), upper, options, &error), qPrintable(error.toString()));
    QCOMPARE(QImage(upper).size(), QSize(800, tall));
    // A height too small for 29 labels is raised to the minimum.
    QVERIFY(ChartExport::minimumHeight(29) > 300);
    options.height = 300;
    QVERIFY2(ChartExport::save(build(), upper, options, &error), qPrintable(error.toString()));
    QCOMPARE(QImage(upper).size(), QSize(800, ChartExport::minimumHeight(29)));
}

void TestChart::saveSvg()
{
    QTemporaryDir dir;
    ChartExport::Options options;
    options.width = 800;
    const QString path = dir.filePath(QStringLiteral("chart.svg"));
    const ChartData data = build();
    Diagnostic error;
    QVERIFY2(ChartExport::save(data, path, options, &error), qPrintable(error.toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QXmlStreamReader xml(bytes);
    QString root;
    QString viewBox;
    QString title;
    int elements = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        ++elements;
        if (root.isEmpty()) {
            root = xml.name().toString();
            viewBox = xml.attributes().value(QStringLiteral("viewBox")).toString();
        } else if (xml.name() == QLatin1String("title") && title.isEmpty()) {
            title = xml.readElementText();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, QStringLiteral("svg"));
    QCOMPARE(viewBox, QStringLiteral("0 0 800 %1").arg(ChartExport::autoHeight(29)));
    QCOMPARE(title, data.title);
    QVERIFY(elements > 50);
    // Text is kept as text: the longest bar's name is in the file.
    QVERIFY(QString::fromUtf8(bytes).contains(u8("产教融合")));
}

void TestChart::saveUnknownSuffix()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.bmp"));
    Diagnostic error;
    QVERIFY(!ChartExport::save(build(), path, ChartExport::Options(), &error));
    QCOMPARE(error.file, path);
    QVERIFY2(error.message.contains(QStringLiteral("bmp")), qPrintable(error.message));
    QVERIFY(!QFile::exists(path)); // nothing is left behind

    Diagnostic noFolder;
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/chart.png"));
    QVERIFY(!ChartExport::save(build(), missing, ChartExport::Options(), &noFolder));
    QCOMPARE(noFolder.file, missing);
    QVERIFY(!noFolder.message.isEmpty());
}

void TestChart::englishAndChineseLabels()
{
    const ChartData english = build(true);
    const ChartData chinese = build(false);
    QCOMPARE(english.bars.first().label, QStringLiteral("Industry-Education Integration"));
    QCOMPARE(chinese.bars.first().label, u8("产教融合"));
    QCOMPARE(english.bars.first().provinces, 22);
    QVERIFY(english.bars.first().unitNames.contains(QStringLiteral("Beijing")));
    QVERIFY(chinese.bars.first().unitNames.contains(u8("北京市")));
    QVERIFY(!chinese.bars.first().unitNames.contains(u8("河北省"))); // 河北省 does not mention it

    std::unique_ptr<QChart> chart(ChartBuilder::create(english, 1200));
    const QString top = categoryAxis(chart.get())->categories().last();
    QCOMPARE(top, QStringLiteral("Industry-Education Integration"));
    // Region names in the subtitle follow the chart's language.
    QVERIFY(build(true, QStringLiteral("northeast")).subtitle.contains(QStringLiteral("Northeast")));
    QVERIFY(build(false, QStringLiteral("northeast")).subtitle.contains(u8("东北")));
}

void TestChart::escapedLabels()
{
    QTemporaryDir dir;
    const QString cataloguePath = dir.filePath(QStringLiteral("catalogue.json"));
    {
        QFile file(cataloguePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"version": 1, "initiatives": [
            {"id": "markup", "name_zh": "<b>x</b>", "name_en": "<b>x</b> & <i>y</i>", "patterns": ["技工"],
             "description_zh": "<i>d</i>", "description_en": "<i>d</i>"},
            {"id": "craftsman", "name_zh": "工匠", "name_en": "Craftsman", "patterns": ["工匠"]}]})");
    }
    AtlasSession session;
    Diagnostic error;
    QVERIFY2(session.setCatalogueFile(cataloguePath, &error), qPrintable(error.toString()));
    QVERIFY2(session.open(dir.filePath(QStringLiteral("markup.sqlite")), &error), qPrintable(error.toString()));
    QCOMPARE(session.index().initiatives().size(), 2);

    ChartData::Options options;
    options.filterText = QStringLiteral("<i>f</i>");
    ChartData data = ChartData::build(session.index(), session.keywordMatches(), options);
    QCOMPARE(data.bars.size(), 2);
    // 技工: 福建省, 广东省, 贵州省, 新疆维吾尔自治区. 工匠 literally: 内蒙古 (1, 3), 福建, 河南, 湖南, 四川, 贵州, 陕西.
    QCOMPARE(data.bars.at(1).label, QStringLiteral("<b>x</b>"));
    QCOMPARE(data.bars.at(1).provinces, 4);
    QCOMPARE(data.bars.at(0).label, u8("工匠"));
    QCOMPARE(data.bars.at(0).provinces, 7);

    std::unique_ptr<QChart> chart(ChartBuilder::create(data, 800));
    const QStringList categories = categoryAxis(chart.get())->categories();
    QCOMPARE(categories.size(), 2);
    QCOMPARE(categories.first(), QStringLiteral("&lt;b&gt;x&lt;/b&gt;")); // shortest bar first
    for (const QString &category : categories)
        QVERIFY2(!category.contains(QStringLiteral("<b>")), qPrintable(category));
    QVERIFY2(chart->title().contains(QStringLiteral("&lt;i&gt;f&lt;/i&gt;")), qPrintable(chart->title()));
    QVERIFY2(!chart->title().contains(QStringLiteral("<i>")), qPrintable(chart->title()));

    options.english = true;
    data = ChartData::build(session.index(), session.keywordMatches(), options);
    chart.reset(ChartBuilder::create(data, 800));
    QCOMPARE(categoryAxis(chart.get())->categories().first(),
             QStringLiteral("&lt;b&gt;x&lt;/b&gt; &amp; &lt;i&gt;y&lt;/i&gt;"));

    // The escaped chart still renders.
    ChartExport::Options exportOptions;
    exportOptions.width = 400;
    exportOptions.scale = 1;
    QCOMPARE(ChartExport::renderImage(data, exportOptions).size(), QSize(400, ChartExport::autoHeight(2)));
}

QTEST_MAIN(TestChart)
#include "tst_chart.moc"
