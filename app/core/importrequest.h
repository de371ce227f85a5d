// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class SourceReader;

// One file of an import, with what the user changed after the preview.
struct ImportFile
{
    QString path;
    std::optional<QString> title; // instead of the title the parser reads
    std::optional<int> year; // instead of the year the parser reads from the title; 0: unknown
};

// Everything an import is asked to do: which files, with which corrections, read how, and
// who hears how far it has got. Store::importFiles and AtlasSession::importFiles take it;
// the command line and the window fill it.
struct ImportRequest
{
    QList<ImportFile> files;
    // Reads files that are not plain text (web pages, Word, PDF, tables); null: text only. Not
    // owned; called on the import's parser thread.
    const SourceReader *reader = nullptr;
    // The share of all files read so far, 0 to 1, on the importing thread, every few thousand
    // items; returning false cancels the import, which then changes nothing.
    std::function<bool(double fraction)> progress;

    // The files as they are: no corrections.
    static ImportRequest ofPaths(const QStringList &paths)
    {
        ImportRequest request;
        for (const QString &path : paths)
            request.files.append({path, std::nullopt, std::nullopt});
        return request;
    }
    // Every file's year (the command line's --year).
    void setYear(int year)
    {
        for (ImportFile &file : files)
            file.year = year;
    }
};
