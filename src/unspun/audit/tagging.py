"""Tagging the entities of a sentence: people, organisations, places, dates and figures.

spaCy's ``en_core_web_sm`` tags them; each becomes a ``TaggedEntity`` of one of the kinds the
audit compares (``KIND``). Only the sentences that could name something new are tagged (see
``mentions.may_name_new``), which keeps the audit fast.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..documents import Sentence
from .places import larger_place, place_named
from .text import key

__all__ = ["EntityTagger", "KIND", "TaggedEntity"]


@dataclass(frozen=True)
class TaggedEntity:
    """A tagged entity: its offsets in the article, its words and its spaCy label."""

    start: int
    end: int
    text: str
    label: str


KIND = {
    "PERSON": "entity",
    "ORG": "entity",
    "NORP": "entity",
    "GPE": "location",
    "LOC": "location",
    "FAC": "location",
    "DATE": "date",
    "TIME": "date",
    "CARDINAL": "number",
    "MONEY": "number",
    "PERCENT": "number",
    "QUANTITY": "number",
}


_DATE_PREFIXES = frozenset("last next this coming past previous early late".split())


# labels the tagger gives a country's name it does not know ("Türkiye", "Cabo Verde"); a
# person may bear one ("Jordan", "Georgia")
_NOT_PLACES = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "EVENT"})


class EntityTagger:
    """spaCy entities per sentence, tagged in one batch and remembered.

    Tagging only the sentences that are compared (not whole articles) keeps the audit
    inside its time budget.
    """

    def __init__(self, nlp: Any) -> None:
        self._nlp = nlp
        # keyed by the sentence itself (id, offsets and text): a suspect and a source that
        # share an id must not share entities
        self._cache: dict[Sentence, list[TaggedEntity]] = {}

    def prepare(self, sentences: Iterable[Sentence]) -> None:
        todo = list(dict.fromkeys(s for s in sentences if s not in self._cache))
        if self._nlp is None:
            for s in todo:
                self._cache[s] = []
            return
        for sentence, doc in zip(todo, self._nlp.pipe([s.text for s in todo]), strict=True):
            ents: list[TaggedEntity] = []
            for e in doc.ents:
                label = e.label_
                if label in _NOT_PLACES and larger_place(re.sub(r"^the ", "", key(e.text))):
                    label = "GPE"  # a country the tagger took for a group or a title ("Türkiye")
                elif label in ("PERSON", "ORG") and _in_a_place(doc, e):
                    label = "GPE"  # "met the envoy in Lyon": the tagger's person is the city
                if label not in KIND or _imperative(doc, e):
                    continue
                start = e.start_char
                if e.label_ in ("DATE", "TIME") and e.start > 0:
                    before = doc[e.start - 1]
                    if before.lower_ in _DATE_PREFIXES:  # "last Sunday night", not "Sunday night"
                        start = before.idx
                    elif before.lower_ == "the" and re.fullmatch(r"['‘’]?\d0['’]?s", e.text):
                        start = before.idx  # "the 80s", a decade (not "his 80s", an age)
                end = e.end_char
                if label == "PERSON":
                    end += _particle_name_length(sentence.text, e.text, end)
                if ents and start < ents[-1].end - sentence.start:
                    continue  # inside a name run on over its particle ("ten" of "ten Hag")
                text = sentence.text[start:end]
                ents.append(TaggedEntity(sentence.start + start, sentence.start + end, text, label))
            self._cache[sentence] = ents

    def __call__(self, sentence: Sentence) -> list[TaggedEntity]:
        key = sentence
        if key not in self._cache:
            self.prepare([sentence])
        return self._cache[key]


# words before a place: "in Lyon", "near Lyon" (not "to" or "from", which a person follows)
_AT_A_PLACE = frozenset({"in", "near", "outside"})


def _in_a_place(doc: Any, ent: Any) -> bool:
    """Is a name the tagger calls a person or an organisation the place something happens
    in: a city, country or state the gazetteer knows, right after "in", "near" or "outside"?"""
    return ent.start > 0 and doc[ent.start - 1].lower_ in _AT_A_PLACE and place_named(key(ent.text))


# the particles of a surname ("Erik ten Hag", "Ursula von der Leyen", "Virgil van Dijk"), at
# which the tagger often ends a name
_PARTICLE = r"(?:van|von|der|den|de|ten|ter|da|di|du|del|della|la|le|bin|ibn|al|el)"
_PARTICLE_THEN_NAME = re.compile(rf"(?:\s+{_PARTICLE}){{1,2}}\s+[A-Z][\w'’-]+")
_NAME_AFTER_PARTICLE = re.compile(r"\s+[A-Z][\w'’-]+")
_ENDS_IN_PARTICLE = re.compile(rf"\s{_PARTICLE}$")


def _particle_name_length(text: str, name: str, end: int) -> int:
    """How far a person's name runs on past where the tagger ended it: over a surname's
    particles and the capitalised word after them ("Erik" -> "Erik ten Hag")."""
    after = (_NAME_AFTER_PARTICLE if _ENDS_IN_PARTICLE.search(name) else _PARTICLE_THEN_NAME).match(
        text, end
    )
    return after.end() - end if after else 0


# words that follow a sentence-opening verb in the imperative ("Notify your supervisor")
_OBJECT_WORDS = frozenset("your yours yourself yourselves them someone anyone everyone".split())


def _imperative(doc: Any, ent: Any) -> bool:
    """Is this one-word "entity" the verb opening an instruction ("Notify your doctor")?
    The tagger, which sees no part of speech, often takes a capitalised first verb for a name."""
    return ent.start == 0 and len(ent) == 1 and len(doc) > 1 and doc[1].lower_ in _OBJECT_WORDS
