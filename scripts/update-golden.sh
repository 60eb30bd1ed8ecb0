#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Rewrites the golden files under tests/fixtures/golden/ from the current code, then shows the
# change for review: scripts/update-golden.sh [qt6|qt5-ksh]. Commit the diff with the change.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-qt6}
scripts/build.sh "$preset"
for t in tst_markdownexporter tst_bratexporter tst_w3cexporter; do
  BYLINE_UPDATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen "build/$preset/tests/core/$t" testGoldenFile
done
git --no-pager diff --stat -- tests/fixtures/golden
