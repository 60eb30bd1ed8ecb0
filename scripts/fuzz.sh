#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets in the asan preset (clang, ASan + UBSan: the tree scripts/test.sh
# asan builds) and runs each for SECONDS (default 60) from its seed corpus. A crash, timeout or
# out-of-memory input is copied to tests/fuzz/regressions/<target>/, where the test suite
# replays it from then on (fuzz_replay_<target>); the script exits non-zero.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(pipeline loader_text loader_markdown loader_html loader_pdf w3cnotes template)
scripts/build.sh asan "${targets[@]/#/fuzz_}"
status=0
for t in "${targets[@]}"; do
  work=$(mktemp -d)
  cp -r "tests/fuzz/seeds/$t/." "$work/"
  echo "=== fuzz_$t for ${seconds}s"
  if ! QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 build/asan/tests/fuzz/fuzz_$t "$work" \
        -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
        -artifact_prefix="$work/" -print_final_stats=1 2>"$work.log"; then
    tail -40 "$work.log"
    mkdir -p "tests/fuzz/regressions/$t"
    for crash in "$work"/crash-* "$work"/timeout-* "$work"/oom-*; do
      [ -e "$crash" ] || continue
      cp "$crash" "tests/fuzz/regressions/$t/"
      echo "=== fuzz_$t FAILED: input kept in tests/fuzz/regressions/$t/$(basename "$crash")"
      echo "    reproduce: build/asan/tests/fuzz/fuzz_$t tests/fuzz/regressions/$t/$(basename "$crash")"
    done
    status=1
  else
    grep -E "stat::number_of_executed_units|cov:" "$work.log" | tail -2
  fi
  rm -rf "$work" "$work.log"
done
exit $status
