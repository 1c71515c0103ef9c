"""Boilerplate: lines a site prints on every page (newsletter sign-ups, disclaimers, cookie
notices).

A sentence that recurs word for word across articles telling different stories is the
site's template, not reporting, and two articles sharing it say nothing of one being drawn
from the other. In news_corpus, Medical News Today's "All data and statistics are based on
publicly available data at the time of publication" closes 134 articles. A syndicated story
recurs too, but as a whole, with a paper's own line or two around it: the articles that hold
one of its sentences hold most of the others. So a sentence is boilerplate when at least
:data:`MIN_ARTICLES` articles hold it and most of what they say is their own: in the median
one of them, more than :data:`MIN_OWN` of its lines are held by none of the others.

A story cut to a few lines under a long template (news_corpus's f3 scrapes keep five lines
of a Medical News Today page, three of them its disclaimer) says too little of its own to be
told from a short wire story each paper prints with a line of its own: its template lines
count as its text.

Sentences are matched by a key of their content words (case, punctuation and the commonest
function words dropped: "at the time of publication" and "at time of publication" are one
line), so a line recurs however a scrape spaced or cased it.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from statistics import median
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..store import Store

__all__ = [
    "MAX_HOLDERS",
    "MIN_ARTICLES",
    "MIN_OWN",
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
#: boilerplate: the articles holding it say mostly their own, in the median of them more
#: than this share of its lines held by no other of them (a syndicated story's copies
#: share nearly all of theirs)
MIN_OWN = 0.5

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
        own = [sum(counts[k] == 1 for k in held[r]) / len(held[r]) for r in rowids if held.get(r)]
        if own and median(own) > MIN_OWN:
            found.add(key)
    return found
