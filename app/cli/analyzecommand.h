// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Byline {

class Document;
struct ExportOptions;

/**
 * "byline analyze FILE [--published DATE] [--format json|markdown|brat|w3c] [--template FILE]
 * [-o OUT]": loads, analyses and writes the article without a display.
 *
 * Files written: json, markdown and w3c write OUT, or standard output without -o. brat needs
 * -o and writes two files, BASE.txt (the article text the offsets point into) and BASE.ann,
 * where BASE is OUT without a trailing ".txt" or ".ann". Output files are written atomically
 * (QSaveFile) and the export is complete before anything reaches standard output: on any error
 * nothing is written (for brat: the .ann is removed again if the .txt cannot be committed) and
 * the exit code is non-zero (2 for usage errors, 1 for load or write errors).
 */
class AnalyzeCommand
{
public:
    /** args[0] is the program name. Returns the exit code. */
    int run(const QStringList &args);

private:
    int writeBrat(const Document &document, const QString &out, const ExportOptions &options);
};

} // namespace Byline
