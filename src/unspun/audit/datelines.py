"""Datelines: where and when a story says it was filed, and for which agency.

"LONDON, March 3 (Reuters) -" opens the source; a rewrite that opens "PARIS, March 4 -"
moved the story and its day. A dateline is a line of its own (``documents.split_sentences``)
too short for the sentence checks to align or judge, so it is compared with the source's
dateline part by part: the place, the day and the agency. A part only one side gives is no
change (a rewrite that drops "(Reuters)" omits a credit: see ``omissions``); two datelines
that share no part have nothing to compare ("MOSCOW (TASS)" against "March 3, 2024").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..documents import MONTH, Sentence
from ..results import Change, Span
from .dates import CalendarDate, parse

__all__ = ["Dateline", "dateline_changes", "read_dateline"]

_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_DAY = rf"(?:{MONTH}\s\d{{1,2}}(?:,\s\d{{4}})?|\d{{1,2}}\s{MONTH}(?:\s\d{{4}})?)"
# "LONDON, March 3 (Reuters)", "Los Angeles, CA (CBSLA)", "Seoul, 4 Sept", "Jan. 4, 2013"
_PARTS = re.compile(
    rf"""^(?:(?P<day_only>{_DAY})
        |(?P<place>[A-Za-z][A-Za-z.'’ -]*?)
         (?:,\s(?P<region>(?!{MONTH}\s\d)[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?))?
         (?:,\s(?P<day>{_DAY}))?)
        (?:\s?\((?P<agency>[^()]{{1,40}})\))?\s*$""",
    re.X,
)

# what opens a line in capitals before a dash like a place, but marks the story's kind or a
# news flash ("BREAKING NEWS - ", "EXCLUSIVE - "): a metadata line, not where it was filed
_MARKERS = frozenset(
    "FILE PHOTO|PHOTOS|VIDEO|WATCH|WATCH LIVE|UPDATE|UPDATES|LIVE|LIVE UPDATES|BREAKING|"
    "BREAKING NEWS|JUST IN|DEVELOPING|URGENT|NEWS ALERT|EXCLUSIVE|ANALYSIS|OPINION|EDITORIAL|"
    "COMMENTARY|EXPLAINER|FACTBOX|FACT CHECK|INSIGHT|INTERVIEW|REVIEW|SPECIAL REPORT|"
    "CORRECTION|EDITOR'S NOTE|EDITOR’S NOTE|EDITORS NOTE".split("|")
)


@dataclass(frozen=True)
class Dateline:
    """The parts of a dateline, each with its span in the article (None when not given)."""

    place: Span | None
    day: Span | None
    agency: Span | None


def read_dateline(sentence: Sentence) -> Dateline | None:
    """The place, day and agency of a dateline sentence; None if it is not one of those."""
    match = _PARTS.match(sentence.text)
    if match is None:
        return None

    def span(*groups: str) -> Span | None:
        name = next((g for g in groups if match[g]), None)
        if name is None:
            return None
        start, end = match.span(name)
        return Span(sentence.start + start, sentence.start + end, match[name])

    place = span("place")
    if place is not None and place.text.upper() in _MARKERS:
        return None
    if place is not None and place.text.lower() in _WEEKDAYS:
        # "TUESDAY, Aug. 7, 2018 (HealthDay News)": a day, not a place
        return Dateline(None, span("day_only", "day") or place, span("agency"))
    return Dateline(place, span("day_only", "day"), span("agency"))


def dateline_changes(suspect: Sentence, source: Sentence) -> list[Change] | None:
    """What the suspect's dateline changes in the source's: another place (``location``),
    another day (``date``), another agency (``attribution``). None when either line is not
    a dateline these parts can be read from, or when the two give no part in common (then
    nothing in the suspect's line is borne out: it is no more supported than added)."""
    mine, theirs = read_dateline(suspect), read_dateline(source)
    if mine is None or theirs is None:
        return None
    if not any(
        a is not None and b is not None
        for a, b in (
            (mine.place, theirs.place),
            (mine.day, theirs.day),
            (mine.agency, theirs.agency),
        )
    ):
        return None
    changes = []
    if mine.place and theirs.place and not _same_place(mine.place.text, theirs.place.text):
        changes.append(
            Change(
                "location",
                mine.place,
                theirs.place,
                f"dateline: filed from {mine.place.text!r}; the source's dateline says "
                f"{theirs.place.text!r}",
            )
        )
    if mine.day and theirs.day and not _same_day(parse(mine.day.text), parse(theirs.day.text)):
        changes.append(
            Change(
                "date",
                mine.day,
                theirs.day,
                f"dateline: dated {mine.day.text!r}; the source's dateline says "
                f"{theirs.day.text!r}",
            )
        )
    if mine.agency and theirs.agency and _key(mine.agency.text) != _key(theirs.agency.text):
        changes.append(
            Change(
                "attribution",
                mine.agency,
                theirs.agency,
                f"dateline: credits {mine.agency.text!r}; the source's dateline credits "
                f"{theirs.agency.text!r}",
            )
        )
    return changes


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _same_place(a: str, b: str) -> bool:
    """The same city: "NEW YORK" and "New York", or "New York City" (a longer name of it)."""
    a, b = _key(a), _key(b)
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


def _same_day(a: CalendarDate | None, b: CalendarDate | None) -> bool:
    """No part both give differs ("March 3" and "March 3, 2024" are the same day)."""
    if a is None or b is None:
        return True
    return all(
        x is None or y is None or x == y
        for x, y in ((a.year, b.year), (a.month, b.month), (a.day, b.day))
    )
