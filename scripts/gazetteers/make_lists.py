#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds the hand-curated gazetteers in resources/gazetteers/ from scripts/gazetteers/hand/ and
common-words.txt from Debian's wamerican list:
  outlets.tsv, organizations.tsv, other.tsv (surface<TAB>canonical<TAB>kind/subtype),
  demonyms.tsv (demonym<TAB>country canonical), titles.tsv (title<TAB>category),
  nominals.tsv (phrase<TAB>kind), org-suffixes.txt, org-heads.txt, common-words.txt.
"""
import sys

from common import dictionary_words, drop_redundant_the, lower_words, read_hand, write

HAND_LICENCE = 'Source: hand-made by the Byline contributors from general knowledge; GPL-3.0-or-later.'
# Outlet names that are dictionary words but rare as such in running text.
KEEP = {'Politico', 'Welt'}
KINDS = {
    'outlets': {'outlet', 'agency', 'photo-agency'},
    'organizations': {'government', 'international', 'company', 'party', 'education', 'military', 'other'},
    'other': {'index', 'product', 'event', 'law'},
}


def expand(name, words, any_case):
    """Surface forms of one name: itself, and for "The X" also "the X" and, when X is not a lone
    dictionary word ("The Guardian", "The Hill"), "X"."""
    out = [name]
    if name.startswith('The '):
        rest = name[4:]
        out.append('the ' + rest)
        if ' ' in rest or rest.lower() not in any_case:
            out.append(rest)
    return out


def named_entities(source, kinds, word_filter):
    words = lower_words()
    any_case = set(w.lower() for w in dictionary_words())
    rows, seen, dropped = [], {}, []
    for line in read_hand(source):
        canonical, kind, aliases = (line.split('\t') + ['', ''])[:3]
        if kind not in kinds:
            sys.exit('%s: bad kind %r in %r' % (source, kind, line))
        names = [canonical] + [a for a in aliases.split('|') if a]
        for n in names:
            for s in expand(n, words, any_case):
                if '(' in s:
                    continue  # "Democratic Party (Hong Kong)": a canonical id, never written so
                # A lone capitalised common word ("Guardian", "Fortune", "Time") starts many sentences.
                if word_filter and ' ' not in s and s.lower() in words and not s.isupper() and s not in KEEP:
                    dropped.append(s)
                    continue
                if s in seen:
                    if seen[s] != canonical:
                        print('%s: %r kept for %r, not %r' % (source, s, seen[s], canonical))
                    continue
                seen[s] = canonical
                rows.append((s, canonical, kind))
    if dropped:
        print('%s: dropped as common words: %s' % (source, ' '.join(sorted(set(dropped)))))
    return drop_redundant_the(rows)


def main():
    write('outlets.tsv', '''News organisations worldwide: newspapers, broadcasters, magazines, online outlets, wire
services and photo agencies, with their common short forms.
Format: surface<TAB>canonical<TAB>kind, kind one of outlet|agency|photo-agency; each surface once.
"The X" names also appear as "X" unless X alone is a dictionary word (then as "the X"); lone
capitalised common words (wamerican) and ambiguous short forms ("the Post", "the Times") are left out.
''' + HAND_LICENCE + '\nMade by scripts/gazetteers/make_lists.py from scripts/gazetteers/hand/outlets.txt.',
          named_entities('outlets.txt', KINDS['outlets'], True))
    write('organizations.tsv', '''Organisations: government bodies, ministries, parliaments, international organisations,
companies (stock exchanges, banks, car makers, airlines, tech firms), parties, universities,
armed forces and others. News outlets are in outlets.tsv; stock indices in other.tsv.
Format: surface<TAB>canonical<TAB>subtype, subtype one of
government|international|company|party|education|military|other; each surface once.
''' + HAND_LICENCE + '\nMade by scripts/gazetteers/make_lists.py from scripts/gazetteers/hand/organizations.txt.',
          named_entities('organizations.txt', KINDS['organizations'], False))
    write('other.tsv', '''Other named things: stock indices, events and wars, laws and treaties, products, currencies.
Format: surface<TAB>canonical<TAB>subtype, subtype one of index|product|event|law; each surface once.
''' + HAND_LICENCE + '\nMade by scripts/gazetteers/make_lists.py from scripts/gazetteers/hand/other.txt.',
          named_entities('other.txt', KINDS['other'], False))

    dem, seen = [], set()
    for line in read_hand('demonyms.txt'):
        country, forms = line.split('\t')
        for f in (x.strip() for x in forms.split(',')):
            if f and f not in seen:
                seen.add(f)
                dem.append((f, country))
    write('demonyms.tsv', '''Demonyms and adjectives of countries (and of some continents, regions and cities), singular
and plural: "Chinese" -> China, "Americans" -> United States, "British" -> United Kingdom.
Format: demonym<TAB>canonical place name as in locations.tsv; each demonym once.
''' + HAND_LICENCE + '\nMade by scripts/gazetteers/make_lists.py from scripts/gazetteers/hand/demonyms.txt.', dem)

    cats = {'political', 'government', 'diplomatic', 'military', 'business', 'religious', 'honorific',
            'professional', 'royal'}
    titles, seen = [], set()
    for line in read_hand('titles.txt'):
        t, c = line.split('\t')
        assert c in cats, line
        if t not in seen:
            seen.add(t)
            titles.append((t, c))
    write('titles.tsv', '''Titles and roles written before (or in apposition to) a person's name, with lower-case forms
where news writes them so. Format: title<TAB>category, category one of
political|government|diplomatic|military|business|religious|honorific|professional|royal.
''' + HAND_LICENCE + '\nMade by scripts/gazetteers/make_lists.py from scripts/gazetteers/hand/titles.txt.', titles)

    noms, seen = [], set()
    for line in read_hand('nominals.txt'):
        p, k = line.split('\t')
        assert k in ('person', 'organization', 'location', 'outlet'), line
        if p not in seen:
            seen.add(p)
            noms.append((p, k))
    write('nominals.tsv', '''Role nouns for coreference inside an article: "the Chinese president", "the White House
spokesperson", "the company". Format: phrase (lower case)<TAB>kind, kind one of
person|organization|location|outlet.
''' + HAND_LICENCE + '\nMade by scripts/gazetteers/make_lists.py from scripts/gazetteers/hand/nominals.txt.', noms)

    for name, what in (('org-suffixes.txt', 'Words and abbreviations that end a company or organisation name '
                        '("Apple Inc.", "HSBC Holdings").'),
                       ('org-heads.txt', 'Head nouns that make a capitalised phrase an organisation ("Ministry of '
                        'Foreign Affairs", "Mainland Affairs Council", "Committee on ...").')):
        items = list(dict.fromkeys(read_hand(name)))
        write(name, what + '\nFormat: one entry per line, case as written.\n' + HAND_LICENCE +
              '\nMade by scripts/gazetteers/make_lists.py from scripts/gazetteers/hand/' + name + '.', items)

    write('common-words.txt', '''Common English words: every all-lower-case entry of Debian's wamerican word list
(/usr/share/dict/american-english, SCOWL size 50), possessives ("'s") and non-letters left out.
A capitalised word whose lower-case form is listed here ("Cooperation", "Following") is weak
evidence for a name. Note "china", "turkey", "chad" are listed (the common nouns).
Source: SCOWL (Spell Checker Oriented Word Lists) by Kevin Atkinson, via Debian package wamerican.
Licence: SCOWL copyright notice (permissive: "Permission to use, copy, modify, distribute and sell
these word lists ... is hereby granted without fee, provided that the above copyright notice appears
in all copies"); Copyright 2000-2011 by Kevin Atkinson and the copyright holders named in
/usr/share/doc/wamerican/copyright (Moby Words II, 12Dicts, UK English Wordlist, ENABLE, Ispell).
Format: one word per line, sorted. Made by scripts/gazetteers/make_lists.py.''', sorted(lower_words()))


if __name__ == '__main__':
    main()
