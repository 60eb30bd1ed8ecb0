#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates resources/gazetteers/* and reports coverage on the dev corpus.

  python3 scripts/gazetteers/check.py [--corpus DIR]

Checks: UTF-8, a '#' header naming source and licence, exact column count and allowed
subtypes per file, no surface twice in one file, the sample article's names present, no
sentence-initial common words as entries. Exits 1 on any failure. Then prints, per gold type,
the fraction of distinct gold entity core_texts of the corpus (*/*.gold.json) found exactly in
the lists (and which lists), and the surfaces that occur in more than one list.
"""
import argparse
import glob
import json
import os
import sys
from collections import defaultdict

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
GAZ = os.path.join(ROOT, 'resources', 'gazetteers')

SPECS = {
    'locations.tsv': (3, {2: {'country', 'region', 'city', 'continent', 'place'}}),
    'demonyms.tsv': (2, {}),
    'outlets.tsv': (3, {2: {'outlet', 'agency', 'photo-agency'}}),
    'organizations.tsv': (3, {2: {'government', 'international', 'company', 'party', 'education', 'military',
                                  'other'}}),
    'other.tsv': (3, {2: {'index', 'product', 'event', 'law'}}),
    'titles.tsv': (2, {1: {'political', 'government', 'diplomatic', 'military', 'business', 'religious',
                           'honorific', 'professional', 'royal'}}),
    'nominals.tsv': (2, {1: {'person', 'organization', 'location', 'outlet'}}),
    'given-names.txt': (1, {}),
    'surnames.txt': (1, {}),
    'org-suffixes.txt': (1, {}),
    'org-heads.txt': (1, {}),
    'common-words.txt': (1, {}),
}

REQUIRED = {
    'locations.tsv': ['United States', 'US', 'U.S.', 'China', 'Taiwan', 'Washington', 'Washington, DC', 'Chengdu',
                      'Houston', 'Hong Kong', 'Beijing', 'Taipei', 'Kyiv', 'Gaza', 'UK', 'Britain', 'America',
                      'Europe', 'Middle East', 'Latin America', 'Balkans', 'DC', 'D.C.'],
    'outlets.tsv': ['MSN', 'CNN', 'BBC', 'South China Morning Post', 'SCMP', 'AFP', 'Getty Images', 'Getty', 'AP',
                    'Associated Press', 'Agence France-Presse', 'Reuters', 'Xinhua', 'Xinhua News Agency', 'EPA',
                    'Bloomberg', 'The New York Times', 'New York Times', 'NYT', 'Al Jazeera', 'Global Times', 'CCTV',
                    'Kyodo', 'Yonhap', 'TASS', 'Wikinews', 'BBC News'],
    'organizations.tsv': ['White House', 'Department of State', 'State Department', 'Chinese Foreign Ministry',
                          'Mainland Affairs Council', 'Congress', 'Senate', 'Pentagon', 'Kremlin', 'NATO', 'UN',
                          'United Nations', 'WHO', 'EU', 'European Union', 'IMF', 'World Bank', 'WTO', 'ASEAN',
                          'OPEC', 'National Committee on US-China Relations'],
    'other.tsv': ['FTSE 100', 'Dow Jones', 'Nasdaq', 'Chinese Civil War', 'World War II'],
    'given-names.txt': ['Joe', 'John', 'Karine', 'Paul', 'Jinping', 'Gang', 'Ing-wen'],
    'surnames.txt': ['Biden', 'Kerry', 'Xi', 'Qin', 'Tsai', 'Jean-Pierre', 'Richards', 'Wang', 'Li', 'Zhang', 'Kim',
                     'Lee', 'Park'],
    'titles.tsv': ['President', 'Vice President', 'Prime Minister', 'Secretary of State', 'Foreign Minister',
                   'ambassador', 'spokesperson', 'spokesman', 'spokeswoman', 'Senator', 'Governor', 'Mayor',
                   'Chairman', 'CEO', 'chief executive', 'Premier', 'Chancellor', 'King', 'Queen', 'Pope', 'General',
                   'Minister', 'Secretary', 'Director', 'Judge', 'Justice', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sen.',
                   'Rep.', 'Gov.'],
    'demonyms.tsv': ['Chinese', 'Taiwanese', 'American', 'Americans', 'British', 'Russian'],
    'nominals.tsv': ['president', 'spokesperson', 'ambassador', 'foreign minister', 'prime minister', 'leader',
                     'official', 'company', 'firm'],
    'org-suffixes.txt': ['Inc.', 'Corp.', 'Ltd', 'LLC', 'plc', 'Group', 'Holdings', 'Bank', 'Airlines'],
    'org-heads.txt': ['Ministry', 'Council', 'Committee', 'Department', 'Agency', 'Commission', 'University',
                      'Institute', 'Bureau', 'Office', 'Court', 'Parliament', 'Party', 'Army', 'Navy', 'Association',
                      'Foundation', 'Federation', 'Union', 'Authority', 'Board', 'Service'],
    'common-words.txt': ['cooperation', 'following', 'right', 'reports', 'weeks', 'last', 'however', 'tags'],
}
REQUIRED_CANONICAL = {  # surface -> canonical
    'locations.tsv': {'US': 'United States', 'U.S.': 'United States', 'America': 'United States',
                      'Korea, Republic of': None, 'South Korea': 'South Korea', 'Iran': 'Iran', 'Russia': 'Russia',
                      'Vietnam': 'Vietnam', 'Syria': 'Syria', 'Britain': 'United Kingdom', 'UAE':
                      'United Arab Emirates', 'DPRK': 'North Korea', 'Mainland China': 'China',
                      'Washington, D.C.': 'Washington, DC', 'D.C.': 'Washington, DC'},
    'demonyms.tsv': {'Chinese': 'China', 'Taiwanese': 'Taiwan', 'American': 'United States',
                     'British': 'United Kingdom', 'Russian': 'Russia'},
    'outlets.tsv': {'SCMP': 'South China Morning Post', 'AP': 'Associated Press', 'AFP': 'Agence France-Presse',
                    'NYT': 'The New York Times', 'Getty': 'Getty Images'},
}
FORBIDDEN = ['Cooperation', 'Following', 'Right', 'Reports', 'Weeks', 'Last', 'However', 'Tags']
NAME_FILES = ['locations.tsv', 'outlets.tsv', 'organizations.tsv', 'other.tsv', 'given-names.txt', 'surnames.txt',
              'demonyms.tsv']


def load(name):
    """(header lines, rows as lists of columns)."""
    header, rows = [], []
    with open(os.path.join(GAZ, name), encoding='utf-8') as f:  # raises on bad UTF-8
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('#'):
                header.append(line)
            elif line.strip():
                rows.append(line.split('\t'))
    return header, rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--corpus', default=os.environ.get('BYLINE_CORPUS', os.path.join(ROOT, '..', '..', 'shared',
                                                                                      'corpus')))
    args = ap.parse_args()
    errors = []
    data = {}
    total = 0
    for name, (ncols, allowed) in SPECS.items():
        path = os.path.join(GAZ, name)
        if not os.path.exists(path):
            errors.append('%s: missing' % name)
            continue
        total += os.path.getsize(path)
        try:
            header, rows = load(name)
        except UnicodeDecodeError as e:
            errors.append('%s: not UTF-8: %s' % (name, e))
            continue
        text = ' '.join(header).lower()
        if not header or 'source' not in text or not any(w in text for w in ('licen', 'gpl', 'cc by', 'mit')):
            errors.append('%s: header must name source and licence' % name)
        seen = set()
        for i, r in enumerate(rows):
            if len(r) != ncols or any(c != c.strip() or not c for c in r):
                errors.append('%s: bad row %d: %r' % (name, i, r))
                continue
            for col, values in allowed.items():
                if r[col] not in values:
                    errors.append('%s: bad value %r in %r' % (name, r[col], r))
            if r[0] in seen:
                errors.append('%s: duplicate entry %r' % (name, r[0]))
            seen.add(r[0])
        data[name] = {r[0]: r for r in rows}
        for s in REQUIRED.get(name, []):
            if s not in data[name]:
                errors.append('%s: missing required entry %r' % (name, s))
        for s, canon in REQUIRED_CANONICAL.get(name, {}).items():
            got = data[name].get(s)
            if canon is None and got:
                errors.append('%s: %r should not be listed' % (name, s))
            elif canon and (not got or got[1] != canon):
                errors.append('%s: %r should map to %r, has %r' % (name, s, canon, got))
        if name in ('locations.tsv', 'outlets.tsv', 'organizations.tsv', 'other.tsv'):
            for s in data[name]:
                if s.startswith('the ') and s[4:] in data[name]:
                    errors.append('%s: %r listed although %r is' % (name, s, s[4:]))
            # "Taiwan's Mainland Affairs Council": the possessive place is its own mention.
            for s in data[name]:
                head = s.split("'s ")[0]
                if "'s " in s and head in data.get('locations.tsv', {}):
                    errors.append("%s: entry starts with a place's possessive: %r" % (name, s))
        if name in NAME_FILES or name in ('titles.tsv',):
            for s in FORBIDDEN:
                if s in data[name]:
                    errors.append('%s: forbidden entry %r' % (name, s))
    # Demonyms point at a place the recogniser can find: their canonical must be a locations.tsv canonical.
    if 'demonyms.tsv' in data and 'locations.tsv' in data:
        canon = set(r[1] for r in data['locations.tsv'].values())
        for d, r in data['demonyms.tsv'].items():
            if r[1] not in canon:
                errors.append('demonyms.tsv: %r -> %r, not a canonical of locations.tsv' % (d, r[1]))
    if total > 8 * 1024 * 1024:
        errors.append('total size %d bytes over 8 MB' % total)
    print('gazetteers: %d files, %.1f KB' % (len(data), total / 1024))

    # Coverage of the dev corpus: distinct core_texts per gold type found exactly in a list.
    golds = sorted(glob.glob(os.path.join(args.corpus, '*', '*.gold.json')))
    if golds:
        lists = {n: set(data[n]) for n in NAME_FILES if n in data}
        per_type = defaultdict(set)
        for g in golds:
            for e in json.load(open(g, encoding='utf-8')).get('entities', []):
                per_type[e['type']].add(e.get('core_text', e['text']))
        print('coverage of distinct gold core_texts in %d documents (%s):' % (len(golds), args.corpus))
        print('  %-13s %5s %5s %6s   found in' % ('type', 'gold', 'found', 'share'))
        for t in sorted(per_type):
            texts = per_type[t]
            where = defaultdict(int)
            found = 0
            for x in texts:
                hit = [n for n, s in lists.items() if x in s]
                # A full name counts when every word is a given name or surname ("Joe Biden").
                if not hit and t == 'person':
                    words = x.split()
                    if len(words) > 1 and all(w in lists['given-names.txt'] or w in lists['surnames.txt']
                                              for w in words):
                        hit = ['given+surname']
                if hit:
                    found += 1
                    for n in hit:
                        where[n] += 1
            print('  %-13s %5d %5d %5.1f%%   %s' % (t, len(texts), found, 100.0 * found / len(texts),
                                                  ', '.join('%s %d' % kv for kv in sorted(where.items()))))
    else:
        print('no corpus at %s; coverage skipped' % args.corpus)

    # Surfaces in more than one typed list: the recogniser must choose; listed for review.
    typed = ['locations.tsv', 'outlets.tsv', 'organizations.tsv', 'other.tsv']
    owner = defaultdict(list)
    for n in typed:
        for s in data.get(n, {}):
            owner[s].append(n)
    shared = sorted(s for s, ns in owner.items() if len(ns) > 1)
    print('surfaces in more than one of %s: %d%s' % ('/'.join(typed), len(shared),
                                                      (': ' + ', '.join(shared)) if shared else ''))

    for e in errors:
        print('ERROR', e)
    print('%d passed, %d failed' % (1 if not errors else 0, 1 if errors else 0))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
