// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Byline {

/**
 * The headless commands: "analyze", "eval", "bench", plus --help and --version.
 * Run without a display: creates a QCoreApplication and never a widget.
 */
class CommandLine
{
public:
    /** True when argv asks for a command (or --help/--version) rather than the GUI. */
    static bool wantsCommand(int argc, char **argv);
    /** Runs the command; returns the process exit code. Errors go to stderr. */
    static int run(int argc, char **argv);
};

} // namespace Byline
