#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds the Qt 6 configuration and opens Byline on the sample
# article (or on the files given).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
scripts/build.sh qt6
if [ $# -eq 0 ]; then
  set -- resources/samples/xi-urges-us-cooperation.txt
fi
exec build/qt6/bin/byline "$@"
