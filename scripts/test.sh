#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, then builds and runs the whole test suite in both
# configurations: Qt 6 (qt6) and Qt 5.15 with KF5 Syntax-Highlighting (qt5-ksh).
# Extra presets can be named: scripts/test.sh qt6 asan
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
presets=("$@")
[ ${#presets[@]} -gt 0 ] || presets=(qt6 qt5-ksh)
status=0
for preset in "${presets[@]}"; do
  echo "=== $preset: build"
  scripts/build.sh "$preset"
  echo "=== $preset: test"
  ctest --preset "$preset" -j2 || status=1
done
exit $status
