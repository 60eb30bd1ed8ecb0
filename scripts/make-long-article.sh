#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes one long plain-text article for measuring the reader (byline --timings): the sample
# article and every .txt under the corpus folder, blank-line separated, the whole repeated until the file holds at least MB megabytes (10^6 bytes).
#   scripts/make-long-article.sh OUT.txt [MB=10] [CORPUS=../shared/corpus]
# The texts keep their licences (the corpus's are in its LICENSES folder); the output is a
# measuring aid, never to be committed.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out=${1:?usage: make-long-article.sh OUT.txt [MB] [CORPUS]}
mb=${2:-10}
corpus=${3:-$here/../shared/corpus}
[ -d "$corpus" ] || corpus=/work/shared/corpus
sample="$here/resources/samples/xi-urges-us-cooperation.txt"
unit=$(mktemp)
trap 'rm -f "$unit"' EXIT
{
  cat "$sample"
  printf '\n\n'
  find "$corpus" -name '*.txt' -not -path '*/LICENSES/*' | LC_ALL=C sort | while read -r f; do
    cat "$f"
    printf '\n\n'
  done
} >"$unit"
want=$((mb * 1000 * 1000))
unitSize=$(stat -c %s "$unit")
copies=$(((want + unitSize - 1) / unitSize))
for _ in $(seq "$copies"); do cat "$unit"; done >"$out"
echo "$out: $(stat -c %s "$out") bytes ($copies copies of $unitSize bytes)"
