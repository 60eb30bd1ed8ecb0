// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Byline {

/**
 * "byline bench [--corpus DIR] [--size MB] [--scaling]": measures analysis throughput.
 *
 * Builds a corpus from the built-in sample articles and every .txt under --corpus (default
 * ../shared/corpus when it exists), repeated until it holds --size MB (default 20) of article
 * text, analyses it on one thread and prints, per pipeline stage and for the whole pipeline,
 * MB of article text per second per core. With --scaling it also analyses single articles of
 * 1, 10 and 100 MB (loaded from a temporary file through the real loader) and reports time
 * and peak memory (resident set size, as a multiple of the text size) for each, so that cost
 * is seen to be linear. Sizes are UTF-8 bytes of the text.
 */
class BenchCommand
{
public:
    int run(const QStringList &args);
};

} // namespace Byline
