#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Byline needs to build, test and run — only those missing,
# and says which. Needs root (or sudo) only when something is missing.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkg-config ccache
  # Qt 6 (default configuration)
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libqt6svg6 libgl-dev
  # Qt 5.15 + KF5 Syntax-Highlighting (second configuration)
  qtbase5-dev qttools5-dev qttools5-dev-tools libqt5sql5-sqlite libqt5svg5 libkf5syntaxhighlighting-dev
  # loaders: HTML, PDF, encodings
  libxml2-dev libpoppler-qt6-dev libpoppler-qt5-dev libuchardet-dev libicu-dev
  # analysis data converted at build time
  iso-codes wamerican
  # tests: Markdown parsing, desktop file and AppStream validation, a display for screenshots
  libcmark-gfm-dev cmark-gfm desktop-file-utils appstream xvfb xauth fonts-dejavu-core fonts-noto-cjk
  # robustness: clang with its sanitizer and libFuzzer runtimes (the asan preset, scripts/fuzz.sh),
  # llvm for llvm-symbolizer (sanitizer reports with file and line), qpdf to remake the protected PDF fixture
  clang libclang-rt-14-dev llvm qpdf
)

# markdownlint-cli2 (npm) checks the Markdown export in the tests; Node.js from Debian if absent.
command -v npm >/dev/null || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages already installed"
else
  echo "setup: installing ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    SUDO=sudo
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# markdownlint-cli2 goes into build/tools (not system-wide), once; the tests find it there.
cd "$(dirname "$0")/.."
tools=build/tools mdl_version=0.14.0
if [ ! -x "$tools/node_modules/.bin/markdownlint-cli2" ]; then
  echo "setup: installing markdownlint-cli2 $mdl_version (npm) into $tools"
  mkdir -p "$tools"
  npm install --silent --no-audit --no-fund --prefix "$tools" "markdownlint-cli2@$mdl_version" >/dev/null \
    || echo "setup: warning: npm could not install markdownlint-cli2; its test will be skipped" >&2
fi
echo "setup: done"
