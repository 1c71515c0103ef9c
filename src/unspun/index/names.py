"""Name keys: the people, places, organisations and figures an article mentions.

Rewrites change the words but keep the names and numbers, so shared names are strong
evidence of derivation that neither word overlap nor embeddings weigh on their own. At
index time this must run at thousands of articles a minute, so it reads capitalisation and
digits rather than running a tagger; the audit uses spaCy's entities where precision matters.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping

__all__ = ["candidate_names", "name_keys", "name_overlap"]

_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*\w")
_NUMBER = re.compile(r"(?<![\w.])\$?\d[\d,.]*\s*(?:%|percent|million|billion|trillion)?")
_LOWER_WORD = re.compile(r"[a-z][a-z'’-]*")
_COMMON = frozenset(
    """
    a an the this that these those it its he she they we i you his her their our my your
    in on at by for from to of and or but if when while after before as with without
    into there here what which who whom whose why how where not no yes also however
    meanwhile mr mrs ms dr mon tue wed thu fri sat sun monday tuesday wednesday thursday
    friday saturday sunday january february march april may june july august september
    october november december one two three four five six seven eight nine ten according
    some many most more all any each both other such said says
    """.split()
)


def name_keys(text: str) -> list[str]:
    """Distinct lower-cased name keys in order of first mention."""
    seen: dict[str, None] = {}
    for match in _CAPITALISED.finditer(text):
        word = match.group().removesuffix("'s").removesuffix("’s").lower()
        if len(word) >= 3 and word not in _COMMON:
            seen.setdefault(word, None)
    for match in _NUMBER.finditer(text):
        number = re.sub(r"\s+", " ", match.group().strip().rstrip(".,")).lower()
        if len(number.strip("$")) >= 2 and not re.fullmatch(r"(19|20)\d\d", number):
            seen.setdefault(number, None)
    return list(seen)


def name_overlap(
    query: Iterable[str], candidate: Iterable[str], document_frequency: Mapping[str, int], n: int
) -> float:
    """IDF-weighted share of the query's name keys the candidate also mentions (0..1)."""
    candidate_set = set(candidate)
    total = shared = 0.0
    for key in set(query):
        weight = math.log(1 + n / (1 + document_frequency.get(key, 0)))
        total += weight
        if key in candidate_set:
            shared += weight
    return shared / total if total else 0.0


def candidate_names(text: str, stored: Iterable[str]) -> set[str]:
    """The name keys a candidate can share with a suspect: those indexed from its text, and,
    when the text has no capital letter at all (a source stored lower-cased, as CoAID's are),
    every word of it, since its names can no longer be told by their capitals. Otherwise a
    rewrite that kept "Putin" and "Sputnik" of a lower-cased source shared none of its names
    and looked like independent coverage to the acceptance model."""
    names = set(stored)
    if any(c.isupper() for c in text):
        return names
    words = set(_LOWER_WORD.findall(text))
    return names | words | {w.removesuffix("'s").removesuffix("’s") for w in words}
