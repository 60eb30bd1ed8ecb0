// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Byline {

/**
 * "byline analyze FILE [--published DATE] [--format json] [-o OUT]": loads, analyses and
 * writes the article without a display. The output file is written atomically (QSaveFile):
 * on any error nothing is written and the exit code is non-zero.
 */
class AnalyzeCommand
{
public:
    /** args[0] is the program name. Returns the exit code. */
    int run(const QStringList &args);
};

} // namespace Byline
