// SPDX-License-Identifier: GPL-3.0-or-later
// policy-atlas map OUT.png|svg, run as a program without a display: the PNG's size, its tiles'
// colours read back against the provinces `policy-atlas provinces --match` lists, the SVG's text
// (the Chinese short names, or the English abbreviations), --initiative and its errors.
#include "atlassession.h"
#include "clirunner.h"
#include "csvreader.h"
#include "handcount.h"
#include "tilegrid.h"
#include "tilemapdata.h"
#include "tilemappainter.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestCliMap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pngShadesTheMatchingProvinces_data();
    void pngShadesTheMatchingProvinces();
    void explicitSizeAndScale();
    void svgHasTheNames();
    void initiativeMentions();
    void unknownInitiative();
    void withoutPlatformOrDisplay();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    CliRun run(const QStringList &args) const { return CliRunner(m_dir.path()).run(args); }
    // The units (name_zh) `provinces --match term` lists.
    QSet<QString> listedProvinces(const QString &term) const;

    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliMap::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char *dir : {"home", "xdg-data", "xdg-config", "xdg-cache", "xdg-runtime"})
        QVERIFY(QDir().mkpath(path(QString::fromLatin1(dir))));
    QVERIFY(QFile::setPermissions(path(QStringLiteral("xdg-runtime")),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    m_db = path(QStringLiteral("seed.sqlite"));
    CLI_EXPECT_EXIT(run({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral(SEED_CORPUS)}), 0);
}

QSet<QString> TestCliMap::listedProvinces(const QString &term) const
{
    const CliRun r = run({QStringLiteral("provinces"), QStringLiteral("--db"), m_db, QStringLiteral("--match"), term});
    if (r.exitCode != 0)
        return {};
    QList<QStringList> records;
    QString error;
    if (!readCsv(r.out, &records, &error) || records.isEmpty())
        return {};
    const int nameColumn = int(records.first().indexOf(QStringLiteral("name_zh")));
    QSet<QString> names;
    for (const QStringList &record : records.mid(1))
        names.insert(record.value(nameColumn));
    return names;
}

void TestCliMap::pngShadesTheMatchingProvinces_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<int>("provinces");
    QTest::newRow("职普融通") << QStringLiteral("职普融通") << 15;
    QTest::newRow("产教融合") << QStringLiteral("产教融合") << -1; // whatever `provinces` says
    QTest::newRow("everything") << QString() << 31;
}

void TestCliMap::pngShadesTheMatchingProvinces()
{
    // The map's tiles, read back from the PNG at a corner of each tile (away from its text), are
    // shaded exactly where `provinces --match` lists a province.
    QFETCH(QString, term);
    QFETCH(int, provinces);
    const QString png = path(QStringLiteral("match-%1.png").arg(QString::fromUtf8(QTest::currentDataTag())));
    QStringList args{QStringLiteral("map"), QStringLiteral("--db"), m_db, png};
    if (!term.isEmpty())
        args << QStringLiteral("--match") << term;
    const CliRun r = run(args);
    CLI_EXPECT_EXIT(r, 0);
    QSet<QString> listed;
    if (term.isEmpty()) {
        AtlasSession session;
        Diagnostic error;
        QVERIFY2(session.open(m_db, &error), qPrintable(error.toString()));
        for (const IndexedUnit &u : session.index().units())
            listed.insert(u.nameZh);
    } else {
        listed = listedProvinces(term);
    }
    if (provinces >= 0)
        QCOMPARE(listed.size(), provinces);
    QVERIFY(!listed.isEmpty());
    QCOMPARE(r.outText(), QStringLiteral("%1: %2 provinces shaded\n").arg(png).arg(listed.size()));

    // Where each tile is: the same layout the command used, from the same data.
    AtlasSession session;
    Diagnostic error;
    QVERIFY2(session.open(m_db, &error), qPrintable(error.toString()));
    session.setKeywordFilter(term);
    QVERIFY(session.waitForFilter());
    TileMapData::Options options;
    options.filterText = term;
    const TileMapData data = TileMapData::build(session.index(), session.matches(), options);
    const TileMapPainter::Geometry geometry = TileMapPainter::exportGeometry(data, ImageExport::DefaultWidth, 0);
    QImage image;
    QVERIFY(image.load(png, "PNG"));
    QCOMPARE(image.width(), 2 * ImageExport::DefaultWidth);
    QCOMPARE(image.height(), 2 * TileMapPainter::autoHeight(data, ImageExport::DefaultWidth));
    QCOMPARE(data.tiles.size(), 31);
    const QColor none = TileMapPainter::fill(0, data.maxValue);
    for (const MapTile &tile : data.tiles) {
        const QRectF rect = geometry.tileRect(tile);
        const QPoint at((rect.left() + rect.width() * 0.15) * 2, (rect.top() + rect.height() * 0.15) * 2);
        const QColor pixel = image.pixelColor(at);
        const QString name = session.index().units().at(tile.unit).nameZh;
        const QColor expected = TileMapPainter::fill(tile.value, data.maxValue);
        QVERIFY2(std::abs(pixel.red() - expected.red()) <= 3 && std::abs(pixel.green() - expected.green()) <= 3
                     && std::abs(pixel.blue() - expected.blue()) <= 3,
                 qPrintable(QStringLiteral("%1: %2 instead of %3").arg(name, pixel.name(), expected.name())));
        QCOMPARE(pixel != none, listed.contains(name));
    }
}

void TestCliMap::explicitSizeAndScale()
{
    const QString png = path(QStringLiteral("sized.png"));
    CLI_EXPECT_EXIT(run({QStringLiteral("map"), QStringLiteral("--db"), m_db, QStringLiteral("--width"),
                         QStringLiteral("640"), QStringLiteral("--height"), QStringLiteral("480"),
                         QStringLiteral("--scale"), QStringLiteral("1.5"), png}),
                    0);
    QImage image;
    QVERIFY(image.load(png, "PNG"));
    QCOMPARE(image.size(), QSize(960, 720));
    // Not blank: many pixels are neither white nor one colour.
    QSet<QRgb> colours;
    int nonWhite = 0;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3) {
            const QRgb p = image.pixel(x, y);
            nonWhite += p != qRgb(255, 255, 255);
            colours.insert(p);
        }
    QVERIFY2(nonWhite > image.width() * image.height() / 9 / 10, qPrintable(QString::number(nonWhite)));
    QVERIFY(colours.size() > 8);
}

void TestCliMap::svgHasTheNames()
{
    const TileGrid &grid = TileGrid::builtIn();
    for (const bool english : {false, true}) {
        const QString svg = path(english ? QStringLiteral("en.svg") : QStringLiteral("zh.svg"));
        QStringList args{QStringLiteral("map"), QStringLiteral("--db"), m_db, svg};
        if (english)
            args << QStringLiteral("--lang") << QStringLiteral("en");
        CLI_EXPECT_EXIT(run(args), 0);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(QStringLiteral("<?xml")));
        int found = 0;
        for (const TilePosition &t : grid.tiles()) {
            const QString label = u'>' + (english ? t.abbreviation : t.shortZh) + u'<';
            if (!t.nameZh.isEmpty()) { // 香港, 澳门, 台湾: not in the seed corpus, so no tile
                QVERIFY2(!text.contains(label), qPrintable(label));
                continue;
            }
            QVERIFY2(text.contains(label), qPrintable(label));
            ++found;
        }
        QCOMPARE(found, 31);
        QCOMPARE(text.contains(QStringLiteral(">北京<")), !english);
    }
}

void TestCliMap::initiativeMentions()
{
    // general-vocational-integration: the hand count's 15 provinces, in either shading.
    QString error;
    const QList<HandCount> hand = readHandCount(&error);
    const auto it = std::find_if(hand.begin(), hand.end(),
                                 [](const HandCount &h) { return h.id == QLatin1String("general-vocational-integration"); });
    QVERIFY(it != hand.end());
    for (const bool mentions : {false, true}) {
        const QString svg = path(QStringLiteral("initiative-%1.svg").arg(mentions));
        QStringList args{QStringLiteral("map"), QStringLiteral("--db"), m_db, QStringLiteral("--initiative"), it->id, svg};
        if (mentions)
            args << QStringLiteral("--mentions");
        const CliRun r = run(args);
        CLI_EXPECT_EXIT(r, 0);
        QCOMPARE(r.outText(), QStringLiteral("%1: %2 provinces shaded\n").arg(svg).arg(it->provinces));
        // The legend is in the map's language (zh_CN by default), not the locale's (C here): it
        // is laid out while the map is drawn.
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        if (mentions)
            QVERIFY2(text.contains(QStringLiteral(">有提及<")) && !text.contains(QStringLiteral(">mentioned<")),
                     qPrintable(svg));
    }
}

void TestCliMap::unknownInitiative()
{
    const QString png = path(QStringLiteral("unknown.png"));
    const CliRun r = run({QStringLiteral("map"), QStringLiteral("--db"), m_db, QStringLiteral("--initiative"),
                          QStringLiteral("no-such-initiative"), png});
    CLI_EXPECT_EXIT(r, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("no-such-initiative")), qPrintable(r.errText()));
    QVERIFY(!QFile::exists(png));
    const CliRun alone = run({QStringLiteral("map"), QStringLiteral("--db"), m_db, QStringLiteral("--mentions"), png});
    CLI_EXPECT_EXIT(alone, 2);
    QVERIFY2(alone.errText().contains(QStringLiteral("--initiative")), qPrintable(alone.errText()));
}

void TestCliMap::withoutPlatformOrDisplay()
{
    // Neither QT_QPA_PLATFORM nor DISPLAY: the command picks the offscreen platform itself.
    QProcess p;
    QProcessEnvironment env = CliRunner(m_dir.path()).environment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    QVERIFY(!env.contains(QStringLiteral("DISPLAY")));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir.path());
    const QString png = path(QStringLiteral("no-display.png"));
    p.start(QStringLiteral(POLICY_ATLAS_BIN),
            {QStringLiteral("map"), QStringLiteral("--db"), m_db, QStringLiteral("--width"), QStringLiteral("400"), png});
    QVERIFY(p.waitForFinished(240000));
    QCOMPARE(p.exitCode(), 0);
    QImage image;
    QVERIFY(image.load(png, "PNG"));
    QCOMPARE(image.width(), 800);
}

QTEST_MAIN(TestCliMap)
#include "tst_cli_map.moc"
