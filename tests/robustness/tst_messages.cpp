// SPDX-License-Identifier: GPL-3.0-or-later
// Messages say what is wrong, in the user's language. A full disk is called a full disk when a
// database is read or created on it and when a chart is written to it (not "disk I/O error",
// not a raw libpng line), and a database this run created but could not initialise is not left
// behind. The command line's messages follow the locale (LC_ALL, LC_MESSAGES, LANG), not --lang.
// The full disk is a small tmpfs (root only, as in CI; skipped otherwise).

#include "robustness.h"

#include <QTest>

using namespace Robustness;
using namespace Qt::StringLiterals;

class TestMessages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readingOnFullDisk();
    void creatingOnFullDisk_data();
    void creatingOnFullDisk();
    void pngOnFullDisk();
    void messagesFollowTheLocale_data();
    void messagesFollowTheLocale();
    void helpFollowsTheLocale();

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_db;
};

namespace {

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System | QDir::Hidden, QDir::Name);
}

// The environment with the locale variables of a user whose locale is `locale` (LANG only).
QProcessEnvironment withLocale(QProcessEnvironment env, const QString &locale)
{
    for (const QString &variable : {u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANGUAGE"_s})
        env.remove(variable);
    env.insert(u"LANG"_s, locale);
    return env;
}

} // namespace

void TestMessages::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_env = environment(m_dir.path());
    m_db = m_dir.filePath(u"atlas.sqlite"_s);
    const Run r = run({u"import"_s, u"--db"_s, m_db, seedCorpus()}, m_env);
    QVERIFY2(r.exitedWith(0), r.describe());
}

// A database in WAL mode on a full disk: reading it needs a -shm file of 32 KiB, which SQLite
// cannot make, and reports as "disk I/O error". The message says the disk is full.
void TestMessages::readingOnFullDisk()
{
    QCOMPARE(RawDatabase(m_db).value(u"PRAGMA journal_mode"_s), u"wal"_s);
    QVERIFY(!QFileInfo::exists(m_db + u"-shm"_s));
    const SmallDisk disk(m_dir.filePath(u"disk-read"_s), QFileInfo(m_db).size() + 256 * 1024);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.whyNot()));
    const QString db = disk.filePath(u"atlas.sqlite"_s);
    QVERIFY(QFile::copy(m_db, db));
    QVERIFY(disk.fill());
    const Run r = run({u"counts"_s, u"--db"_s, db}, m_env);
    QVERIFY2(r.exitedWith(1), r.describe());
    QVERIFY2(r.errText().startsWith(db + u": cannot open the database: the disk is full"_s), r.describe());
    QCOMPARE(r.errText().count(u'\n'), 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(fileBytes(db), fileBytes(m_db));
}

void TestMessages::creatingOnFullDisk_data()
{
    QTest::addColumn<QStringList>("args"); // the database is %1
    QTest::addColumn<bool>("existed"); // an empty file is there before
    QTest::newRow("import") << QStringList{u"import"_s, u"--db"_s, u"%1"_s, seedCorpus()} << false;
    QTest::newRow("import, empty file there") << QStringList{u"import"_s, u"--db"_s, u"%1"_s, seedCorpus()} << true;
}

// A new database on a full disk failed with "cannot upgrade … to schema 1" and left an empty
// file, which the next run took for a database. Now: the disk is full, and the file this run
// created is gone; a file that was there before stays.
void TestMessages::creatingOnFullDisk()
{
    QFETCH(QStringList, args);
    QFETCH(bool, existed);
    const SmallDisk disk(m_dir.filePath(u"disk-create-"_s + QString::fromLatin1(QTest::currentDataTag())), 64 * 1024);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.whyNot()));
    const QString db = disk.filePath(u"new.sqlite"_s);
    if (existed)
        QVERIFY(writeFile(db, {}));
    QVERIFY(disk.fill());
    const QStringList before = filesIn(disk.filePath(u"."_s));
    args.replace(args.indexOf(u"%1"_s), db);
    const Run r = run(args, m_env);
    QVERIFY2(r.exitedWith(1), r.describe());
    QVERIFY2(r.errText().startsWith(db + u": "_s), r.describe());
    QVERIFY2(r.errText().contains(u"the disk is full"_s), r.describe());
    QVERIFY2(!r.errText().contains(u"schema"_s), r.describe());
    QCOMPARE(filesIn(disk.filePath(u"."_s)), before);
    if (existed)
        QCOMPARE(QFileInfo(db).size(), 0);
}

// `chart OUT.png` onto a full disk printed two lines, one of them libpng's own ("libpng error:
// Write Error"). Now one line, naming the file and saying the disk is full; nothing is left.
void TestMessages::pngOnFullDisk()
{
    const SmallDisk disk(m_dir.filePath(u"disk-png"_s), 64 * 1024);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.whyNot()));
    QVERIFY(disk.fill());
    const QStringList before = filesIn(disk.filePath(u"."_s));
    const QString png = disk.filePath(u"chart.png"_s);
    const Run r = run({u"chart"_s, png, u"--db"_s, m_db}, m_env);
    QVERIFY2(r.exitedWith(1), r.describe());
    QCOMPARE(r.errText(), png + u": cannot write the file: the disk is full; a file already there was left as it was\n"_s);
    QCOMPARE(filesIn(disk.filePath(u"."_s)), before);
}

void TestMessages::messagesFollowTheLocale_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("lang"); // the chart's --lang, which must not matter
    QTest::addColumn<bool>("chinese");
    QTest::newRow("LANG=zh_CN.UTF-8") << u"LANG"_s << u"zh_CN.UTF-8"_s << u"en"_s << true;
    QTest::newRow("LANG=zh_TW.UTF-8") << u"LANG"_s << u"zh_TW.UTF-8"_s << u"en"_s << true;
    QTest::newRow("LC_MESSAGES=zh_CN.UTF-8") << u"LC_MESSAGES"_s << u"zh_CN.UTF-8"_s << u"en"_s << true;
    QTest::newRow("LANG=C") << u"LANG"_s << u"C"_s << u"zh_CN"_s << false;
    QTest::newRow("LANG=C.UTF-8") << u"LANG"_s << u"C.UTF-8"_s << u"zh_CN"_s << false;
    QTest::newRow("LANG=en_US.UTF-8") << u"LANG"_s << u"en_US.UTF-8"_s << u"zh_CN"_s << false;
    QTest::newRow("LANG=de_DE.UTF-8") << u"LANG"_s << u"de_DE.UTF-8"_s << u"zh_CN"_s << false;
}

// Every message was English; --lang chose only the chart's language. Now the locale chooses the
// messages' language, and --lang still only the chart's.
void TestMessages::messagesFollowTheLocale()
{
    QFETCH(QString, variable);
    QFETCH(QString, locale);
    QFETCH(QString, lang);
    QFETCH(bool, chinese);
    QProcessEnvironment env = withLocale(m_env, u"C.UTF-8"_s);
    env.insert(variable, locale);
    const QString missing = m_dir.filePath(u"missing.sqlite"_s);
    const Run r = run({u"chart"_s, m_dir.filePath(u"x.svg"_s), u"--lang"_s, lang, u"--db"_s, missing}, env);
    QVERIFY2(r.exitedWith(1), r.describe());
    const QString english = missing + u": no such database; import into it first, or leave out --db for the default one\n"_s;
    const QString translated = missing + u": 没有该数据库;请先向其中导入语料,或省略 --db 以使用默认数据库\n"_s;
    QCOMPARE(r.errText(), chinese ? translated : english);
    // A usage error, and the chart itself: its labels still follow --lang, its messages the locale.
    const Run usage = run({u"counts"_s, u"--format"_s, u"xml"_s, u"--db"_s, m_db}, env);
    QVERIFY2(usage.exitedWith(2), usage.describe());
    QVERIFY2(usage.errText().contains(chinese ? u"未知格式"_s : u"unknown format \"xml\""_s), usage.describe());
    const QString svg = m_dir.filePath(u"locale-%1.svg"_s.arg(QString::fromLatin1(QTest::currentDataTag()).remove(u'=')));
    const Run chart = run({u"chart"_s, svg, u"--lang"_s, lang, u"--db"_s, m_db, u"--height"_s, u"150"_s}, env);
    QVERIFY2(chart.exitedWith(0), chart.describe());
    QVERIFY2(chart.errText().contains(chinese ? u"高度"_s : u"note: height raised"_s), chart.describe());
    const QString title = QString::fromUtf8(fileBytes(svg));
    QVERIFY2(title.contains(lang == u"en"_s ? u"Provinces mentioning each initiative"_s : u"提及各项举措的省份"_s),
             qPrintable(title.left(2000)));
}

// --help goes through the same translations: Chinese under a Chinese locale, English otherwise.
void TestMessages::helpFollowsTheLocale()
{
    const Run chinese = run({u"counts"_s, u"--help"_s}, withLocale(m_env, u"zh_CN.UTF-8"_s));
    QVERIFY2(chinese.exitedWith(0), chinese.describe());
    QVERIFY2(chinese.outText().contains(u"数据库文件"_s), chinese.describe());
    const Run english = run({u"counts"_s, u"--help"_s}, withLocale(m_env, u"C.UTF-8"_s));
    QVERIFY2(english.exitedWith(0), english.describe());
    QVERIFY2(english.outText().contains(u"Database file (default:"_s), english.describe());
    const Run overview = run({u"--help"_s}, withLocale(m_env, u"zh_CN.UTF-8"_s));
    QVERIFY2(overview.exitedWith(0), overview.describe());
    QVERIFY2(!overview.outText().contains(u"Commands:"_s), overview.describe());
}

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
