#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Accepts the current analysis output as the golden files: scripts/bless-golden.sh [preset]
# The golden tests write what they produce to build/<preset>/tests/core/golden/; this copies it over
# tests/fixtures/golden/. Review the diff (git diff tests/fixtures/golden) before committing it.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-qt6}
scripts/build.sh "$preset" >/dev/null
ctest --test-dir "build/$preset" -R 'tst_.*golden' >/dev/null || true
shopt -s nullglob
files=("build/$preset/tests/core/golden/"*)
if [ ${#files[@]} -eq 0 ]; then
  echo "bless-golden: no golden output under build/$preset/tests/core/golden" >&2
  exit 1
fi
mkdir -p tests/fixtures/golden
cp "${files[@]}" tests/fixtures/golden/
git --no-pager diff --stat -- tests/fixtures/golden || true
