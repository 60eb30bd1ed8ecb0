#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, then builds and runs the whole test suite in both configurations,
# Qt 6 (qt6) and Qt 5.15 with KF5 Syntax-Highlighting (qt5-ksh), then again under
# AddressSanitizer + UndefinedBehaviorSanitizer (asan, clang), then every libFuzzer target for
# BYLINE_FUZZ_SECONDS each (fuzz, default 60; scripts/fuzz.sh keeps any crash input in
# tests/fuzz/regressions/<target>/). This is what CI runs (.ci/run).
# Naming steps runs only those: scripts/test.sh qt6 asan   (or BYLINE_TEST_STEPS="qt6 asan")
# Exits non-zero when any build, test or fuzz run fails; every step runs even after a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
steps=("$@")
[ ${#steps[@]} -gt 0 ] || steps=(${BYLINE_TEST_STEPS:-qt6 qt5-ksh asan fuzz})
failed=()
for step in "${steps[@]}"; do
  start=$SECONDS
  if [ "$step" = fuzz ]; then
    echo "=== fuzz: ${BYLINE_FUZZ_SECONDS:-60} s per target"
    scripts/fuzz.sh "${BYLINE_FUZZ_SECONDS:-60}" || failed+=(fuzz)
  else
    echo "=== $step: build"
    if scripts/build.sh "$step"; then
      echo "=== $step: test"
      ctest --preset "$step" -j2 || failed+=("$step")
    else
      failed+=("$step (build)")
    fi
  fi
  echo "=== $step: $((SECONDS - start)) s"
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "=== FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "=== all passed: ${steps[*]} in $SECONDS s"
