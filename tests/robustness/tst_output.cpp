// SPDX-License-Identifier: GPL-3.0-or-later
// What the command line writes and says: output that cannot be written is a failure, numbers
// that are not numbers are refused, file names with control characters keep a message on one
// line, and Qt's own warnings never reach the user.

#include "robustness.h"

#include <QTest>

using namespace Robustness;
using namespace Qt::StringLiterals;

class TestOutput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullDiskOnStandardOutput_data();
    void fullDiskOnStandardOutput();
    void nonFiniteNumbersRefused_data();
    void nonFiniteNumbersRefused();
    void controlCharactersInFileNamesAreQuoted();
    void qtWarningsStayQuiet();

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_db;
};

void TestOutput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_env = environment(m_dir.path());
    m_db = m_dir.filePath(u"atlas.sqlite"_s);
    const Run r = run({u"counts"_s, u"--db"_s, m_db}, m_env); // creates it, with the seed corpus
    QVERIFY2(r.exitedWith(0), r.describe());
}

void TestOutput::fullDiskOnStandardOutput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("counts") << QStringList{u"counts"_s};
    QTest::newRow("provinces json") << QStringList{u"provinces"_s, u"--format"_s, u"json"_s};
    QTest::newRow("matrix") << QStringList{u"matrix"_s};
}

// `counts > /full/disk/x.csv` must not exit 0 with an empty file: /dev/full fails every write with ENOSPC.
void TestOutput::fullDiskOnStandardOutput()
{
    QFETCH(QStringList, args);
    if (!QFileInfo::exists(u"/dev/full"_s))
        QSKIP("no /dev/full on this system");
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.setStandardOutputFile(u"/dev/full"_s);
    p.start(binary(), args + QStringList{u"--db"_s, m_db});
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains(u"cannot write the output: the disk is full"_s), qPrintable(err));
}

void TestOutput::nonFiniteNumbersRefused_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    for (const char *value : {"nan", "NaN", "inf", "-inf", "infinity"}) {
        QTest::addRow("scale %s", value) << u"--scale"_s << QString::fromLatin1(value);
        QTest::addRow("width %s", value) << u"--width"_s << QString::fromLatin1(value);
        QTest::addRow("top %s", value) << u"--top"_s << QString::fromLatin1(value);
    }
}

void TestOutput::nonFiniteNumbersRefused()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    const QString out = m_dir.filePath(u"chart.png"_s);
    const Run r = run({u"chart"_s, out, u"--db"_s, m_db, option, value}, m_env);
    QVERIFY2(r.exitedWith(2), r.describe());
    QVERIFY2(r.errText().contains(u"--scale 0.5–8"_s), r.describe());
    QVERIFY2(!r.errText().contains(u"QPainter"_s), r.describe());
    QVERIFY2(r.errText().count(u'\n') <= 2, r.describe()); // the message and the --help hint
    QVERIFY(!QFileInfo::exists(out));
}

void TestOutput::controlCharactersInFileNamesAreQuoted()
{
    const QString name = m_dir.filePath(u"bad\nname\x1b.txt"_s);
    QVERIFY(writeFile(name, "标题\n1、没有省份的条目。\n"));
    const Run r = run({u"import"_s, name, u"--db"_s, m_dir.filePath(u"quoted.sqlite"_s)}, m_env);
    QVERIFY2(r.exitedWith(1), r.describe());
    const QString expected = u"\""_s + m_dir.path() + u"/bad\\nname\\u001b.txt\":2: "_s;
    QVERIFY2(r.errText().startsWith(expected), r.describe());
    QCOMPARE(r.errText().count(u'\n'), 1); // one line, however the file is named
}

// Qt warns on stderr when XDG_RUNTIME_DIR is missing or has the wrong permissions; a user of
// the command line must not see it.
void TestOutput::qtWarningsStayQuiet()
{
    QProcessEnvironment env = m_env;
    env.remove(u"XDG_RUNTIME_DIR"_s);
    const Run r = run({u"counts"_s, u"--db"_s, m_db}, env);
    QVERIFY2(r.exitedWith(0), r.describe());
    QVERIFY2(r.err.isEmpty(), r.describe());
    const Run chart = run({u"chart"_s, m_dir.filePath(u"quiet.svg"_s), u"--db"_s, m_db}, env);
    QVERIFY2(chart.exitedWith(0), chart.describe());
    QVERIFY2(chart.err.isEmpty(), chart.describe());
}

QTEST_GUILESS_MAIN(TestOutput)
#include "tst_output.moc"
