"""Boilerplate: lines a site prints on every page (newsletter sign-ups, disclaimers, cookie
notices).

A sentence that recurs word for word across articles telling different stories is the
site's template, not reporting, and two articles sharing it say nothing of one being drawn
from the other. In news_corpus, Medical News Today's "All data and statistics are based on
publicly available data at the time of publication" closes 134 articles, and three such
lines made a five-sentence article look like a copy of any other of that site's (session 28,
benchmarks/bench_batch.py). A syndicated story recurs too, but as a whole: the articles that
hold one of its sentences hold most of the others. So a sentence is boilerplate when at least
:data:`MIN_ARTICLES` articles hold it and most of what those articles say is their own: at
most :data:`MAX_SHARED` of the distinct sentences among them are held by two or more.

Sentences are matched by a key of their content words (case, punctuation and the commonest
function words dropped: "at the time of publication" and "at time of publication" are one
line), so a line recurs however a scrape spaced or cased it.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..store import Store

__all__ = [
    "MAX_HOLDERS",
    "MAX_SHARED",
    "MIN_ARTICLES",
    "MIN_WORDS",
    "boilerplate_keys",
    "sentence_key",
    "sentence_keys",
]

#: a line of fewer content words is too short to tell boilerplate from a common phrase
MIN_WORDS = 4
#: a line held by this many other articles may be boilerplate
MIN_ARTICLES = 3
#: the articles holding a line that are read to decide (the first by rowid)
MAX_HOLDERS = 50
#: boilerplate: at most this share of the distinct lines of the articles holding it recur
#: among them (a syndicated story's copies share nearly all of theirs)
MAX_SHARED = 0.5

_WORD = re.compile(r"[^\W_]+")
_FUNCTION_WORDS = frozenset(
    "a an the of to in on at for and or is are was were be been by with as that this it its "
    "from".split()
)


def sentence_key(text: str) -> int | None:
    """A signed 64-bit key of a sentence's content words (``None`` when it has fewer than
    :data:`MIN_WORDS`), as SQLite stores an integer."""
    words = [w for w in _WORD.findall(text.lower()) if w not in _FUNCTION_WORDS]
    if len(words) < MIN_WORDS:
        return None
    digest = hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def sentence_keys(texts: Iterable[str]) -> list[int]:
    """The distinct keys of an article's sentences, in order of first appearance."""
    return list(dict.fromkeys(k for k in map(sentence_key, texts) if k is not None))


def boilerplate_keys(store: Store, keys: Iterable[int], exclude: Iterable[int] = ()) -> set[int]:
    """Which of ``keys`` are boilerplate: lines printed on unrelated articles, counting
    no article whose rowid is in ``exclude`` (the suspect itself, when it is archived)."""
    excluded = set(exclude)
    holders: dict[int, list[int]] = {}
    for key, rowids in store.key_holders(
        set(keys), MIN_ARTICLES, MAX_HOLDERS + len(excluded)
    ).items():
        others = [r for r in rowids if r not in excluded][:MAX_HOLDERS]
        if len(others) >= MIN_ARTICLES:
            holders[key] = others
    if not holders:
        return set()
    held = store.keys_of({r for rowids in holders.values() for r in rowids})
    found: set[int] = set()
    for key, rowids in holders.items():
        counts = Counter(k for r in rowids for k in held.get(r, ()))
        shared = sum(1 for n in counts.values() if n >= 2)
        if shared <= MAX_SHARED * len(counts):
            found.add(key)
    return found
