// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// byline: the reader when given files (or nothing), a headless command otherwise.
#include "cli/commandline.h"
#include "guimain.h"
#include "analysis/memorypolicy.h"

int main(int argc, char **argv)
{
    Byline::MemoryPolicy::reuseLargeBlocks();
    if (Byline::CommandLine::wantsCommand(argc, argv))
        return Byline::CommandLine::run(argc, argv);
    return Byline::runGui(argc, argv);
}
