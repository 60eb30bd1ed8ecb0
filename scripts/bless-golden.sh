#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Accepts the current analysis output as the golden files: scripts/bless-golden.sh [preset]
# tst_entitygolden writes what it produces to build/<preset>/tests/core/golden/; this copies it over
# tests/fixtures/golden/ and re-blesses the timeline and quote listings. Review the diff (git diff tests/fixtures/golden) before committing it.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-qt6}
scripts/build.sh "$preset" >/dev/null
ctest --test-dir "build/$preset" -R 'tst_.*golden' >/dev/null || true
# The timeline and quote listings are written in place by their tests when BYLINE_BLESS is set.
BYLINE_BLESS=1 "build/$preset/tests/core/tst_timexrecognizer" testSampleGolden >/dev/null || true
BYLINE_BLESS=1 "build/$preset/tests/core/tst_quotesgolden" testDefaultPipeline >/dev/null || true
shopt -s nullglob
files=("build/$preset/tests/core/golden/"*)
if [ ${#files[@]} -eq 0 ]; then
  echo "bless-golden: no golden output under build/$preset/tests/core/golden" >&2
  exit 1
fi
mkdir -p tests/fixtures/golden
cp "${files[@]}" tests/fixtures/golden/
git --no-pager diff --stat -- tests/fixtures/golden || true
