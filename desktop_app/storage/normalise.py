"""Folding names for tolerant search: umlauts, accents, and transliteration variants.

``fold`` makes spelling variants of one letter equal ("Müller", "Mueller", "Muller" → "muller").
``skeleton`` goes further for names transliterated from Arabic, Persian or Cyrillic: it keeps the
first letter and the consonant frame, so "Mohammed", "Muhammad", "Mohamed" and "Mohammad" share
"mhmd", and "Yusuf", "Youssef", "Yousef" share "ysf".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import groupby

_SPECIAL = str.maketrans(
    {"ß": "ss", "æ": "ae", "ø": "o", "đ": "d", "ł": "l", "ı": "i", "œ": "oe", "þ": "th"}
)
_GERMAN_DIGRAPHS = (("ae", "a"), ("oe", "o"), ("ue", "u"))
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_SKELETON_RULES = (
    (re.compile(r"ph"), "f"),
    (re.compile(r"ou|oo"), "u"),
    (re.compile(r"ee"), "i"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"gh"), "g"),
    (re.compile(r"q"), "k"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"w"), "v"),
    (re.compile(r"dj|j"), "y"),
    (re.compile(r"(?<=.)[aeiouy]+"), ""),
    (re.compile(r"(.)\1+"), r"\1"),
)


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_SPECIAL))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents; German ``ae/oe/ue`` spellings equal the plain vowel."""
    folded = _strip_accents(text)
    for digraph, vowel in _GERMAN_DIGRAPHS:
        folded = folded.replace(digraph, vowel)
    return folded


@lru_cache(maxsize=65536)
def name_tokens(text: str) -> tuple[str, ...]:
    """Like :func:`tokens`, as a cached tuple (for building the index)."""
    parts = _TOKEN.findall(fold(text))
    if len(parts) > 1 and re.search(r"[-']", text):
        parts.append("".join(parts))
    return tuple(parts)


def tokens(text: str) -> list[str]:
    """Folded word tokens of a name (``Al-Hassan`` → ``al``, ``hassan``, ``alhassan``)."""
    return list(name_tokens(text))


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """The consonant frame of a folded token, for transliteration variants."""
    out = token
    for pattern, repl in _SKELETON_RULES:
        out = pattern.sub(repl, out)
    return "".join(ch for ch, _ in groupby(out))


def within_one_edit(a: str, b: str) -> bool:
    """True if ``a`` and ``b`` differ by at most one insertion, deletion or substitution."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    if la == lb:
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]
