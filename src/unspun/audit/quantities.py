"""How much of a group, or how often: "all patients" for the source's "some patients",
"always" for "usually", "every seat" for "most seats".

A quantifier puts a claim on a scale (a few, some, many, half, most, all; rarely,
sometimes, often, usually, always). A suspect that puts the same thing two steps or more
higher on that scale, or claims all of it where the source says less than all, claims more
than its source: a ``number`` change (an amount). Less is claimed safely, unless the suspect
says it as a limit ("only a few" for "nearly all") or as an exact share ("half" for "all").
A denial is another check's ("none", "never", "not all"). The same thing means the same
word right after both quantifiers ("all patients" and "some patients", "are always" and "are
usually" read as "always ..." and "usually ..." over the next word); quantifiers over
anything else are not compared.
"""

from __future__ import annotations

import re

from ..documents import STOPWORDS, Sentence
from ..results import Change, Span

__all__ = ["less_than_all_said", "quantity_changes"]

_ALL = 6
# how much of a group or how often, from none to all
_SCALE: dict[int, tuple[str, ...]] = {
    1: ("a few", "few", "a handful of", "a couple of", "rarely", "seldom", "hardly any"),
    2: ("some", "several", "certain", "a number of", "sometimes", "occasionally"),
    3: ("many", "numerous", "often", "frequently", "a lot of", "lots of"),
    # what holds as a rule, short of always: "usually" is no more than "often" by much
    4: ("half", "about half", "roughly half", "around half", "usually", "generally", "typically"),
    5: (
        "most",
        "mostly",
        "mainly",
        "largely",
        "the majority of",
        "a majority of",
        "the vast majority of",
        "nearly all",
        "almost all",
        "virtually all",
        "just about every",
        "almost every",
        "nearly every",
        # what holds short of always: "almost always" is "usually", not "always"
        "almost always",
        "nearly always",
        "virtually always",
    ),
    _ALL: ("all", "every", "each", "always", "exclusively", "unanimously"),
}
_LEVEL = {phrase: level for level, phrases in _SCALE.items() for phrase in phrases}
_QUANTIFIER = re.compile(
    r"\b(" + "|".join(re.escape(p) for p in sorted(_LEVEL, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
# words between a quantifier and what it counts: "all of the patients", "most of these"
_BETWEEN = frozenset("of the these those their its his her our this that".split())
# a quantifier that is part of an idiom, not an amount: "at all", "all but", "all over",
# "most likely", "each other", "every time" (any time), "all the same", "first of all", "for
# all its faults" (not "for all patients")
_IDIOM = re.compile(
    r"\b(?:at\s+all|all\s+but|all\s+over|all\s+the\s+same|of\s+all|above\s+all|after\s+all|"
    r"all\s+in\s+all|once\s+and\s+for\s+all|most\s+(?:likely|recently|notably|importantly)|"
    r"each\s+other|all\s+(?:too|along|right|alone|together|around)|in\s+all|all\s+told|"
    r"for\s+all\s+(?:its|his|her|their|that|this|your|our)\b|some\s+\d|every\s+\d|all\s+\d|some\s+(?:time|way|point|day|extent)|"
    r"all\s+(?:kinds|sorts|types)\s+of|half\s+(?:an?|past|(?:her|his|their|its|my|your)\s+age)|"
    r"all\s+the\s+time|all-)\b",
    re.IGNORECASE,
)
# before a quantifier, words that make it no amount of a group: "the most senior" (a
# superlative), "us all" (everyone addressed)
_NOT_AN_AMOUNT = re.compile(r"\b(?:the|us|them|you|we|they)\s+$", re.IGNORECASE)
# a quantifier denied: "not all patients", "aren't always" claim less than all, not all
_DENIED_BEFORE = re.compile(r"(?:\b(?:can)?not|n['’]t|\bnever)\s+$", re.IGNORECASE)
# a predicate denied after the quantifier: "many people do not take it seriously" says what
# "few people take it seriously" says, on another scale
_DENIED = re.compile(r"[^.;,]{0,40}?(?:\bnot\b|n['’]t\b|\bnever\b|\bno\s+longer\b)", re.IGNORECASE)
# the least steps apart on the scale that change a claim, below "all"
_STEPS = 2


def quantity_changes(suspect: Sentence, sources: list[Sentence]) -> list[Change]:
    """The first quantifier of the suspect that claims more of a thing than every quantifier
    of these source sentences over it: "all" for less than all, or two steps higher. Less
    is claimed safely ("many" for "most" follows from it), unless the suspect restricts it
    ("only a few" for "just about every")."""
    theirs = [(s, m, level, head) for s in sources for m, level, head in _quantified(s.text)]
    if not theirs:
        return []
    for m, level, head in _quantified(suspect.text):
        rivals = [(s, t, lv) for s, t, lv, h in theirs if h == head]
        if not rivals or any(
            not _apart(level, lv, _restricted(suspect.text, m) or _exact(m)) for *_, lv in rivals
        ):
            continue
        source, t, t_level = min(rivals, key=lambda r: abs(r[2] - level))
        more = "more" if level > t_level else "less"
        return [
            Change(
                "number",
                Span(suspect.start + m.start(), suspect.start + m.end(), m.group()),
                Span(source.start + t.start(), source.start + t.end(), t.group()),
                f"'{m.group()}' where the source has '{t.group()}': claims {more} of '{head}'",
            )
        ]
    return []


# a universal right after a negation: "not all", "n't always", "cannot always"
_UNIVERSAL_AFTER = re.compile(r"\s+(?:quite\s+)?(all|every|each|always)\b", re.IGNORECASE)


def less_than_all_said(text: str, cue_end: int, other: str) -> bool:
    """Is the negation that ends at ``cue_end`` a denied "all" ("not all patients", "aren't
    always reliable") that ``other`` says as an amount short of all of the same thing
    ("some patients", "sometimes reliable")? Then both claim less than all: no flip. A
    denied "all" against the other's "all" is one."""
    m = _UNIVERSAL_AFTER.match(text, cue_end)
    if m is None:
        return False
    head = _head(_after(text, m))
    return head is not None and any(
        level < _ALL and said == head for _, level, said in _quantified(other)
    )


def _apart(level: int, theirs: int, restricted: bool) -> bool:
    """Does a suspect quantifier at ``level`` claim another amount than the source's?"""
    if level > theirs:
        return level == _ALL or level - theirs >= _STEPS
    return restricted and theirs - level >= _STEPS


def _restricted(text: str, m: re.Match[str]) -> bool:
    """Is the quantifier said as a limit ("only a few", "just some")?"""
    return bool(re.search(r"\b(?:only|just|merely)\s+$", _before(text, m), re.IGNORECASE))


def _exact(m: re.Match[str]) -> bool:
    """Is the quantifier an exact share ("half of the proceeds"), which says the rest is
    not, and so contradicts "all" as a limit would?"""
    return m.group().lower() == "half"


def _quantified(text: str) -> list[tuple[re.Match[str], int, str]]:
    """Each quantifier of a text with its level and the word it counts (lower case)."""
    idioms = [(m.start(), m.end()) for m in _IDIOM.finditer(text)]
    found = []
    for m in _QUANTIFIER.finditer(text):
        if (
            any(a <= m.start() < b for a, b in idioms)
            or _NOT_AN_AMOUNT.search(_before(text, m))
            or _DENIED_BEFORE.search(_before(text, m))
            or _DENIED.match(_after(text, m))
        ):
            continue
        head = _head(_after(text, m))
        if head is not None:
            found.append((m, _LEVEL[m.group().lower()], head))
    return found


# how far around a quantifier its guards look: a few words each way (slices, not the whole
# sentence, so a long sentence of many quantifiers is not read again for each)
_REACH = 24


def _before(text: str, m: re.Match[str]) -> str:
    return text[max(0, m.start() - _REACH) : m.start()]


def _after(text: str, m: re.Match[str]) -> str:
    return text[m.end() : m.end() + 3 * _REACH]


def _head(after: str) -> str | None:
    """The word a quantifier counts: the first word after it, past "of the" and the like,
    if it is a content word ("patients", "seats"); its first five letters, singular."""
    for word in re.findall(r"[A-Za-z][\w'’-]*", after)[:4]:
        low = word.lower()
        if low in _BETWEEN:
            continue
        if low in STOPWORDS or low in _LEVEL:
            return None
        return re.sub(r"(?<=\w{3})s$", "", low)[:5]  # "seat" and "seats": one thing
    return None
