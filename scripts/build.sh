#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures (once) and builds one preset, all of it or the targets named:
#   scripts/build.sh [qt6|qt5-ksh|asan] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-qt6}
shift || true
targets=()
[ $# -eq 0 ] || targets=(--target "$@")
launcher=()
if command -v ccache >/dev/null; then
  export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
if [ ! -f "build/$preset/build.ninja" ]; then
  cmake --preset "$preset" "${launcher[@]}" >/dev/null
fi
cmake --build --preset "$preset" "${targets[@]}"
