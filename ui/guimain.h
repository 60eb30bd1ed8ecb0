// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Byline {

/** Starts the reader: QApplication, translations, MainWindow; returns the exit code. No widget types in this header. */
int runGui(int argc, char **argv);

} // namespace Byline
