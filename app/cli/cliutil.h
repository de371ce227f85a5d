// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlassession.h"
#include "builtin.h"
#include "catalogue.h"
#include "diagnostic.h"
#include "imageexport.h"
#include "keywordquery.h"
#include "tablewriter.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

#include <cstdio>

// What the commands share: output, messages, the common options and the session they open.
namespace Cli {
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

QString tr(const char *text); // in the "Cli" context: call it as Cli::tr, which lupdate reads as that context
QString tr(const char *text, const char *disambiguation, int n); // with %n and its plural forms
void print(FILE *stream, const QString &text);
void printBytes(const QByteArray &bytes);
// Why standard output could not be written ("the disk is full"), or empty when it could: a
// command's output that did not reach its file is a failure, not a success.
QString outputError();
int usageError(const QString &message, const QString &command); // prints it with a --help hint
int failure(const Diagnostic &d); // prints FILE:LINE: message

struct CommonOptions
{
    QCommandLineOption db;
    QCommandLineOption catalogue;
    QCommandLineOption match;
    QCommandLineOption format; // csv, json or xlsx
    QCommandLineOption out; // the file to write instead of standard output

    static CommonOptions make();
    // Reads --format and --out as every table command takes them: -1 to go on, or the exit code of
    // a usage error (an unknown format, xlsx without --out, an empty --out) or of a failure (--out
    // names the catalogue in use).
    int readOutput(const QCommandLineParser &parser, const QString &command, TableWriter::Format *format,
                   QString *outPath) const;
};

// Parses the arguments; returns -1 to go on, or an exit code (help shown, usage error).
int parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &args);
// Refuses an output file that is the catalogue given with --catalogue (under any of its names):
// -1 to go on, or the exit code of the failure. (The database in use is refused by OutputFile.)
int refuseCatalogueAsOutput(const QCommandLineParser &parser, const CommonOptions &o, const QString &outPath);
QString databasePath(const QCommandLineParser &parser, const CommonOptions &o);
// What opening does with a --db file that does not exist: import creates it; every other command
// refuses it, creating nothing (a mistyped name must not look like a new, seeded database). The
// default database, without --db, is created as ever.
enum class MissingDatabase { Refuse, Create };
// Opens the session the window also uses: the catalogue (--catalogue), the database (--db) and its index.
bool openSession(const QCommandLineParser &parser, const CommonOptions &o, AtlasSession *session, BuiltIn::Seed seed,
                 Diagnostic *error, MissingDatabase missing = MissingDatabase::Refuse);

// A command that reads the database and prints a table: --db, --catalogue, --match, --format
// (csv, json or xlsx) and --out FILE (standard output without it; xlsx needs it).
struct TableCommand
{
    CommonOptions options = CommonOptions::make();
    QCommandLineParser parser;
    AtlasSession session;
    TableWriter::Format format = TableWriter::Format::Csv;
    QString out; // --out, empty: standard output
    bool offersMatch = true; // --match (set before start())

    // Parses the arguments (with extra options of the command's own) and opens the session;
    // returns -1 to go on, or the exit code to return.
    int start(const QString &command, const QStringList &args, const QList<QCommandLineOption> &extra = {});
    MatchSet matches() const; // of --match
    int write(const Table &table); // prints in the chosen format, or writes to --out
};

// check and repair: --db and --catalogue (and the command's own options), no arguments. The
// catalogue is loaded first (it is refused before the database is looked at), and a path that is
// no database file, or a file that does not exist, is refused: these commands create nothing.
struct MaintenanceCommand
{
    CommonOptions options = CommonOptions::make();
    QCommandLineParser parser;
    QString path; // the database
    Catalogue catalogue = Catalogue::builtIn();

    // Returns -1 to go on, or the exit code to return. What to say when the file does not exist:
    // missingNamed for a --db file, missingDefault for the default database.
    int start(const QString &command, const QStringList &args, const QString &missingNamed,
              const QString &missingDefault, const QList<QCommandLineOption> &extra = {});
};

// A command that draws a picture into OUT.png or OUT.svg: --db, --catalogue, --match, --width,
// --height, --scale, --lang, and --region and --top where the command offers them.
struct ImageCommand
{
    CommonOptions options = CommonOptions::make();
    QCommandLineParser parser;
    AtlasSession session;
    bool offersRegionAndTop = false; // set before start()
    QString heightHelp; // what the default height is (set before start())

    // Read by start():
    QString out;
    int width = 1200; // points
    int height = 0; // points; 0: the picture's own height
    double scale = 2.0; // PNG pixels per point
    bool english = false; // --lang en
    QString region; // region id, empty: all
    int top = 0; // 0: all
    KeywordQuery query;
    MatchSet matches; // of --match

    // Parses the arguments (with extra options of the command's own), checks them and opens the
    // session; returns -1 to go on, or the exit code to return.
    int start(const QString &command, const QStringList &args, const QList<QCommandLineOption> &extra = {});
    // Calls make with the translator of --lang installed, and the locale's again afterwards: a
    // picture's text follows --lang, the messages follow the locale like every other command's.
    template<typename Make>
    auto inPictureLanguage(Make make) -> decltype(make())
    {
        installPictureLanguage(true);
        auto result = make();
        installPictureLanguage(false);
        return result;
    }
    // Writes the picture to OUT; prints "OUT: summary" (output for scripts, the same in every
    // language) or the error.
    int save(const ImageExport::Picture &picture, const QString &summary);

private:
    void installPictureLanguage(bool picture);
};
}
