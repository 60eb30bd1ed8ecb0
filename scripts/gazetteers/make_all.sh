#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates every file in resources/gazetteers/ and checks them. Needs node/npm (registry access)
# and Debian's iso-codes and wamerican packages; run by hand, the output is committed.
set -euo pipefail
cd "$(dirname "$0")"
./fetch.sh
python3 make_locations.py
python3 make_names.py
python3 make_lists.py
python3 check.py
