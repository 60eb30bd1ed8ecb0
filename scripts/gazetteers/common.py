# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared helpers for the gazetteer conversion scripts (run once; output is committed)."""
import os
import unicodedata

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
OUT = os.path.join(ROOT, 'resources', 'gazetteers')
HAND = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'hand')
WORK = os.environ.get('BYLINE_GAZ_WORK', '/tmp/byline-gazetteers')
DICT = '/usr/share/dict/american-english'

_words = None


def dictionary_words():
    """All entries of Debian's wamerican list (SCOWL), as a set, case kept."""
    global _words
    if _words is None:
        with open(DICT, encoding='utf-8') as f:
            _words = set(w.strip() for w in f if w.strip())
    return _words


def lower_words():
    """Entries that are all lower case and not possessives: the common-word list."""
    return set(w for w in dictionary_words() if w == w.lower() and "'" not in w and w.isalpha())


def fold(s):
    """ASCII form without diacritics ("São Paulo" -> "Sao Paulo"); '' when nothing is left."""
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O').replace('đ', 'd').replace('Đ', 'D')
    s = s.replace('ß', 'ss').replace('æ', 'ae').replace('Æ', 'AE').replace('ı', 'i').replace('’', "'")
    n = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in n if not unicodedata.combining(c))


def read_hand(name):
    """Non-comment lines of a hand-made input file under scripts/gazetteers/hand."""
    with open(os.path.join(HAND, name), encoding='utf-8') as f:
        return [l.rstrip('\n') for l in f if l.strip() and not l.startswith('#')]


def drop_redundant_the(rows):
    """Leaves out "the X" rows when "X" is listed too: a span should not start with a lower-case
    article (gold spans drop it); "the" stays only where X alone is too ambiguous ("the States")."""
    bare = set(r[0] for r in rows if isinstance(r, tuple))
    return [r for r in rows if not (isinstance(r, tuple) and r[0].startswith('the ') and r[0][4:] in bare)]


def write(name, header, rows):
    """Writes resources/gazetteers/NAME: '#' header lines, then rows (str or tuple -> TAB-joined)."""
    path = os.path.join(OUT, name)
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        for h in header.strip('\n').split('\n'):
            f.write(('# ' + h).rstrip() + '\n')
        for r in rows:
            if isinstance(r, str) and r.startswith('#'):
                f.write(r + '\n')
            else:
                f.write(('\t'.join(r) if isinstance(r, tuple) else r) + '\n')
    print('wrote', path, sum(1 for r in rows if not (isinstance(r, str) and r.startswith('#'))), 'entries')
