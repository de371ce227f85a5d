// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the robustness tests: running the real policy-atlas binary in an isolated
// environment, reading database files behind the application's back, and writing inputs.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <algorithm>
#include <csignal>
#include <iterator>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

namespace Robustness {

inline QString binary()
{
    return QStringLiteral(POLICY_ATLAS_BIN);
}

inline QString seedCorpus()
{
    return QStringLiteral(SEED_CORPUS);
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size() && f.flush();
}

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    bool exitedWith(int code) const { return status == QProcess::NormalExit && exitCode == code; }
    QByteArray describe() const
    {
        return QByteArrayLiteral("exit status ") + QByteArray::number(int(status)) + QByteArrayLiteral(", exit code ")
               + QByteArray::number(exitCode) + QByteArrayLiteral("\nstdout: ") + out.left(2000)
               + QByteArrayLiteral("\nstderr: ") + err.left(4000);
    }
};

// HOME and the XDG folders inside root, no display: the default database is never the user's.
// A C.UTF-8 locale (LC_ALL, no LC_MESSAGES or LANGUAGE): English messages, whatever the
// machine's locale.
inline QProcessEnvironment environment(const QString &root)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *dir : {"home", "xdg-data", "xdg-config", "xdg-cache", "xdg-runtime"}) {
        QDir().mkpath(root + u'/' + QLatin1StringView(dir));
        // Writable by everybody (the read-only tests run the binary as another user), except the
        // runtime folder, which Qt wants private.
        QFile::setPermissions(root + u'/' + QLatin1StringView(dir),
                              QFileDevice::Permissions(qstrcmp(dir, "xdg-runtime") == 0 ? 0x7700 : 0x7777));
    }
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), root + QStringLiteral("/home"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/xdg-data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/xdg-config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/xdg-cache"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root + QStringLiteral("/xdg-runtime"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return env;
}

// Limits the child process runs under (setrlimit, before it starts): fault injection that needs
// no privileges. fileBytes: writes past this size fail with EFBIG, as they would on a full disk
// (SIGXFSZ is ignored, so the write returns the error instead of killing the program).
// dataBytes: the memory the program may allocate. 0: no limit.
struct ChildLimits
{
    rlim_t fileBytes = 0;
    rlim_t dataBytes = 0;
};

// AddressSanitizer reserves terabytes of shadow memory at start-up, which a data limit forbids:
// under it (make asan) the memory limit is left out; the normal build's run applies it.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool MemoryLimitsApply = false;
#else
constexpr bool MemoryLimitsApply = true;
#endif

// Runs program (the policy-atlas binary unless given) and waits for it; a hang guard only.
inline Run run(const QStringList &args, const QProcessEnvironment &env, const QString &program = binary(),
               int timeoutMs = 600000, ChildLimits limits = {})
{
    Run r;
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.setProcessEnvironment(env);
    if (limits.fileBytes || (limits.dataBytes && MemoryLimitsApply))
        p.setChildProcessModifier([limits] { // after fork(): async-signal-safe calls only
            if (limits.fileBytes) {
                ::signal(SIGXFSZ, SIG_IGN);
                const rlimit fsize{limits.fileBytes, limits.fileBytes};
                ::setrlimit(RLIMIT_FSIZE, &fsize);
            }
            if (limits.dataBytes && MemoryLimitsApply) {
                const rlimit data{limits.dataBytes, limits.dataBytes};
                ::setrlimit(RLIMIT_DATA, &data);
            }
        });
    p.start();
    if (!p.waitForStarted(60000))
        return r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.status = p.exitStatus();
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// A private connection to a database file, for looking at it behind the application's back.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path, const QString &options = {})
        : m_name(QStringLiteral("robustness-raw-%1").arg(++counter()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        db.open();
    }
    ~RawDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDatabase(const RawDatabase &) = delete;
    RawDatabase &operator=(const RawDatabase &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql, QString *error = nullptr) const
    {
        QSqlQuery q(db());
        if (q.exec(sql))
            return true;
        if (error)
            *error = q.lastError().text();
        return false;
    }
    // The first column of the first row, as text; "<error: …>" when the query fails.
    QString value(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql))
            return QStringLiteral("<error: %1>").arg(q.lastError().text());
        return q.next() ? q.value(0).toString() : QStringLiteral("<no row>");
    }
    // Every row of the application's tables, in a fixed order: the database's content as text.
    QString dump() const
    {
        QString out;
        for (const char *table : {"documents", "units", "items", "initiatives", "meta", "search_index", "search_texts"}) {
            QSqlQuery q(db());
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1StringView(table))))
                return QStringLiteral("<cannot read %1: %2>").arg(QLatin1StringView(table), q.lastError().text());
            out += QLatin1StringView(table) + u'\n';
            while (q.next()) {
                QStringList fields;
                for (int i = 0; i < q.record().count(); ++i)
                    fields.append(q.value(i).toString());
                out += fields.join(u'|') + u'\n';
            }
            if (q.lastError().isValid())
                return QStringLiteral("<cannot read %1: %2>").arg(QLatin1StringView(table), q.lastError().text());
        }
        return out;
    }

private:
    static int &counter()
    {
        static int value = 0;
        return value;
    }
    QString m_name;
};

inline QString dump(const QString &path)
{
    return RawDatabase(path).dump();
}

// A corpus file of `items` one-line items spread over `provinces` provinces, as UTF-8.
inline QByteArray generatedCorpus(int items, int provinces, const QString &title)
{
    static const char *const names[] = {"北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省",
                                        "黑龙江省", "上海市", "江苏省", "浙江省", "安徽省", "福建省", "江西省",
                                        "山东省", "河南省"};
    provinces = std::max(1, std::min(provinces, int(std::size(names))));
    QByteArray out = title.toUtf8() + '\n';
    out.reserve(qsizetype(items) * 24);
    const int perProvince = (items + provinces - 1) / provinces;
    int written = 0;
    for (int p = 0; p < provinces && written < items; ++p) {
        out += names[p];
        out += '\n';
        for (int i = 0; i < perProvince && written < items; ++i, ++written) {
            // Numbered 1, 2, 3… within each province, as published (a restart would be warned about).
            out += QByteArray::number(i + 1) + "、项目" + QByteArray::number(written) + "。\n";
        }
    }
    out += "来源:测试\n";
    return out;
}

inline bool isRoot()
{
    return ::geteuid() == 0;
}

// A disk of its own to fill up: a small tmpfs mounted on a folder (root only; CI runs the tests
// as root), where writes fail with ENOSPC as on a real full disk (a file size limit gives EFBIG,
// /dev/full is not a folder to create files in). Unmounted when destroyed: make it after, and so
// destroy it before, the temporary folder it is in.
class SmallDisk
{
public:
    SmallDisk(const QString &folder, qint64 bytes)
    {
        QDir().mkpath(folder);
        if (!isRoot()) {
            m_whyNot = QStringLiteral("mounting a tmpfs needs root");
            return;
        }
        const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0777";
        if (::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                    options.constData())
            != 0) {
            m_whyNot = QStringLiteral("cannot mount a tmpfs here: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
        m_folder = folder;
    }
    ~SmallDisk()
    {
        if (!m_folder.isEmpty())
            ::umount2(QFile::encodeName(m_folder).constData(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool isMounted() const { return !m_folder.isEmpty(); }
    QString whyNot() const { return m_whyNot; } // why it is not mounted
    QString filePath(const QString &name) const { return m_folder + u'/' + name; }
    // Takes every byte that is left with a file of its own ("filler"): true once a write failed
    // with ENOSPC.
    bool fill() const
    {
        const int fd = ::open(QFile::encodeName(filePath(QStringLiteral("filler"))).constData(),
                              O_WRONLY | O_CREAT | O_APPEND, 0644);
        if (fd < 0)
            return false;
        static const char zeros[65536] = {};
        bool full = false;
        for (size_t chunk = sizeof zeros; chunk > 0 && !full;) {
            const ssize_t written = ::write(fd, zeros, chunk);
            if (written < 0 && errno == ENOSPC && chunk == 1)
                full = true;
            else if (written < 0 && errno == ENOSPC)
                chunk /= 2;
            else if (written < 0)
                break;
        }
        ::close(fd);
        return full;
    }

private:
    QString m_folder;
    QString m_whyNot;
};

} // namespace Robustness
