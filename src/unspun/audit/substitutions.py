"""Substitutions: one word swapped for its opposite, or one figure for another, in wording
the suspect otherwise shares with its source.

"Astronomers peer *outside* the heart of spiral galaxies" against "... peer *inside* the
heart ...", or "killed at least *three* people" against "killing at least *two* people":
the sentence is mostly the source's, so the other checks, which allow a loose paraphrase
to move and merge facts, can let it pass. A word-level diff finds the one slot where the
two differ; the words on both sides of it must be the same, so the swap is of the same
thing. Opposites come from WordNet (``resources/antonyms``, see its README), not from any
article.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from ..documents import STOPWORDS, Sentence
from ..results import Change, ChangeType, Span
from .dates import calendar_names
from .direction import DIRECTION_WORDS, opposite_ways
from .forms import title_case
from .numbers import numbers_in, share_alone
from .places import larger_place, swappable_places
from .roles import crossed_parties, swapped_around, turned_comparison
from .spellings import TITLES, one_name
from .text import denies, key

__all__ = ["opposites", "substitution_changes"]

_TOKEN = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|\d[\d,.]*\d[a-z]*|\d[a-z]*")
# a slot of at most this many words on either side is one substitution, not a rewording
_SLOT = 3
# words that make a figure approximate or relative: "more than 100" for "105" is no swap
_APPROXIMATE = frozenset(
    "about around nearly almost over under more than less fewer some roughly approximately "
    "up to another additional extra just only least most".split()
)
# words left out of the lexicon: verbs whose opposite depends on the construction
# ("mothers took fish oil" is "mothers were given fish oil"), words whose opposite only
# points elsewhere in the text ("the former", "the latter"), and a rare sense's opposite
# ("raise" and "level" the ground; "levelled accusations" were raised)
_NO_OPPOSITE = frozenset(
    "take give get bring come go make do have put set keep let hold former latter level".split()
)
_DIMINISHED = frozenset("little hardly barely scarcely rarely seldom".split())
_MORE = frozenset({"more", "most"})
_LESS = frozenset({"less", "least", "fewer", "fewest"})
_YEAR = re.compile(r"(?:1[89]|20)\d\ds?|'?\d0s")
# a slot at the start or end of a sentence has words in common on one side only: this many
_EDGE_FLANK = 3
# political parties, by party: "Conservative peer Baroness Kennedy" for "Labour peer ..."
# (the parties of the right, and of the left, of two countries are one side: "conservatives"
# for "Republicans" changes no one's party)
_PARTIES = {
    "labour": "left",
    "democrat": "left",
    "democrats": "left",
    "democratic": "left",
    "conservative": "right",
    "conservatives": "right",
    "tory": "right",
    "tories": "right",
    "republican": "right",
    "republicans": "right",
    "gop": "right",
    "snp": "snp",
    "ukip": "ukip",
}
# the seasons: "open in the spring" for "open in the autumn" is another time of year
_SEASONS = {"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4}
# the words of time a season follows
_SEASON_CUES = frozenset(
    "the this last next in during early late mid that each every coming past".split()
)
# a stance taken on something, for or against, which WordNet gives no opposites:
# "welcomed the plan" for "criticised the plan" turns the claim round (a direction change,
# like direction.py's "approved" for "rejected"; a decision is one too: "Council approves
# plans" for "Council rejects plans", "Tories back" for "Tories oppose", in any inflection)
_STANCES = {
    **dict.fromkeys(
        "welcome praise support endorse applaud commend favour favor approve back pass".split(),
        1,
    ),
    **dict.fromkeys("criticise criticize condemn oppose denounce decry reject".split(), -1),
}
# how often: "once a day" for "twice a day" is another figure
_TIMES = {"once": 1, "twice": 2, "thrice": 3}
# one moment put on the other side of another: "shortly after 11" for "just before 11"
_SIDES_OF_A_TIME = frozenset({"before", "after"})
_MAGNITUDES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
# WordNet's rules of detachment (morphy): a regular inflection back to its lemma
_DETACH = (
    ("ies", "y"),
    ("ied", "y"),
    ("es", "e"),
    ("es", ""),
    ("s", ""),
    ("ed", "e"),
    ("ed", ""),
    ("ing", "e"),
    ("ing", ""),
    ("er", ""),
    ("er", "e"),
    ("est", ""),
    ("est", "e"),
)


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    path = resources.files("unspun") / "resources" / "antonyms" / "antonyms.json"
    data = json.loads(path.read_text("utf-8"))
    pairs = {
        w: frozenset(o) - _NO_OPPOSITE
        for w, o in data["opposites"].items()
        if w not in STOPWORDS and w not in _NO_OPPOSITE
    }
    return pairs, data["inflections"]


def _lemmas(word: str) -> set[str]:
    """The lexicon's lemmas a word form may be ("rose": rise; "tumbled": tumble)."""
    pairs, inflections = _lexicon()
    found = {word, inflections.get(word, word)}
    for suffix, ending in _DETACH:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            found.add(word[: -len(suffix)] + ending)
    doubled = re.fullmatch(r"(.*([bdgklmnprt]))\2(?:ed|ing)", word)  # "stopped": stop
    if doubled:
        found.add(doubled.group(1))
    return {w for w in found if w in pairs}


def opposites(a: str, b: str) -> bool:
    """Are two words opposites in WordNet, in any of their forms?"""
    pairs, _ = _lexicon()
    b_lemmas = _lemmas(b.lower())
    return any(pairs[x] & b_lemmas for x in _lemmas(a.lower()))


def substitution_changes(
    suspect: Sentence,
    sources: Sequence[Sentence],
    *,
    close: bool = False,
    source_text: str | None = None,
) -> list[Change]:
    """Opposites (a ``negation``, ``direction`` for words of which way something went,
    ``date`` for when), figures (``number``) and parties (``entity``) swapped in wording
    shared with a source sentence; and, where the sentence follows its source ``close``ly,
    two parties that changed places around the same verb (``direction``). With the whole
    ``source_text``, also a name for another name (``entity``, ``location`` or, after
    "according to", ``attribution``). At most one change of each type."""
    found: dict[ChangeType, Change] = {}
    mine = list(_TOKEN.finditer(suspect.text))
    a = [m.group().lower() for m in mine]
    said_by = [[m.group().lower() for m in _TOKEN.finditer(s.text)] for s in sources]
    for source in sources:
        theirs = list(_TOKEN.finditer(source.text))
        b = [m.group().lower() for m in theirs]
        ops = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
        moved = (
            _parties_moved(suspect, source, mine, theirs)
            if close and "direction" not in found
            else None
        )
        if moved is not None:
            found["direction"] = moved
        comparison = (
            turned_comparison(suspect.text, source.text) if "direction" not in found else None
        )
        if comparison is not None:
            s_than, t_than = comparison
            s_span = Span(suspect.start + s_than[0], suspect.start + s_than[1], s_than[2])
            t_span = Span(source.start + t_than[0], source.start + t_than[1], t_than[2])
            found["direction"] = Change(
                "direction",
                s_span,
                t_span,
                f"the two sides of the comparison have changed places: '{s_span.text}' where "
                f"the source has '{t_span.text}'",
            )
        for k, (op, i1, i2, j1, j2) in enumerate(ops):
            if op != "replace":
                continue
            before = ops[k - 1] if k > 0 else None
            counted = _counted_at_end(a, b, i1, i2, j1, j2, said_by)
            if counted is not None:
                # "went on to score three tries in three appearances" for "but scored four
                # tries in three appearances": a reworded slot that ends in another figure of
                # the same thing; the figure alone is the slot
                i1, j1 = counted
                before = None
            elif i2 - i1 > _SLOT or j2 - j1 > _SLOT:
                continue
            after = ops[k + 1] if k + 1 < len(ops) else None
            flanks = [f for f in (before, after) if f is not None]
            if not flanks or any(f[0] != "equal" for f in flanks):
                continue
            if len(flanks) == 1 and flanks[0][2] - flanks[0][1] < _EDGE_FLANK:
                continue  # at the sentence's edge, one side must carry the sameness alone
            shared = (a[before[1] : before[2]][-3:] if before else []) + (
                a[after[1] : after[2]][:3] if after else []
            )
            if not any(len(w) > 2 and w not in STOPWORDS for w in shared):
                continue  # "of the" on both sides says nothing about the slot
            said, had = a[i1:i2], b[j1:j2]
            if _other_party(mine[i1:i2], theirs[j1:j2]) and "entity" not in found:
                s_span, t_span = _span(suspect, mine[i1:i2]), _span(source, theirs[j1:j2])
                found["entity"] = Change(
                    "entity",
                    s_span,
                    t_span,
                    f"'{s_span.text}' where the source, in the same words around it, has "
                    f"'{t_span.text}' (another party)",
                )
                continue
            if source_text is not None and not title_case(suspect.text):
                named = _name_swap(mine[i1:i2], theirs[j1:j2], suspect.text, sources, source_text)
                if named is not None and named not in found:
                    s_span, t_span = _span(suspect, mine[i1:i2]), _span(source, theirs[j1:j2])
                    found[named] = Change(
                        named,
                        s_span,
                        t_span,
                        f"'{s_span.text}' where the source, in the same words around it, has "
                        f"'{t_span.text}' (another name)",
                    )
                    continue
            if denies(a[i1 : i2 + 3]) != denies(b[j1 : j2 + 3]):
                continue  # "dissuade ... from" for "persuade ... not to": the negation check's
            turned = _turned_in_time(said, had, a[max(0, i1 - 2) : i1] + b[max(0, j1 - 2) : j1])
            if turned is not None and "date" not in found:
                x, y = turned
                s_span = _span(suspect, mine[i1 + x : i1 + x + 1])
                t_span = _span(source, theirs[j1 + y : j1 + y + 1])
                found["date"] = Change(
                    "date",
                    s_span,
                    t_span,
                    f"'{s_span.text}' where the source, in the same words around it, has "
                    f"'{t_span.text}'",
                )
                continue
            if calendar_names(" ".join(shared)) and any(numbers_in(w) for w in said + had):
                # "October 2, 2017" for "October 3, 2017": the date check's business (not
                # "the lowest level since Jan. 18" for "the highest level since Jan. 18")
                continue
            if _list_marker(suspect.text, mine[i1]) or _list_marker(source.text, theirs[j1]):
                continue  # "8. McCain talks" for "7. McCain talks": the items' numbers
            # a season only after a word of time ("in the spring", "last autumn"), written
            # in lower case: not "Shares spring back", nor "the Spring Statement"
            seasonal = (
                i1 > 0
                and a[i1 - 1] in _SEASON_CUES
                and mine[i1].group().islower()
                and theirs[j1].group().islower()
            )
            if _bound_of_a_figure(said, had, a[i2 : i2 + 1], b[j2 : j2 + 1]):
                continue  # "younger than 60" for "aged under 60": bounds are numbers' business
            how_many = i1 > 0 and (a[i1 - 1] in _HOW_MANY or bool(numbers_in(a[i1 - 1])))
            swap = _swap_kind(said, had, seasonal=seasonal, counted=how_many)
            if swap is None or swap[0] in found:
                continue
            if _denied_comparison(a, i1, i2, b, j1, j2):
                continue  # "weaker" for "not as strong": the same claim
            if "non" in (a[max(0, i1 - 1) : i2] + b[max(0, j1 - 1) : j2]):
                continue  # "untreated" for "non-treated": the prefix is the opposite's
            if _share_in_words(said, had):
                continue  # "the poorest fifth" for "the poorest 20%"
            if _said_beside_too(a, i1, i2, sources):
                continue  # a sentence that merges two: the other one says it so
            kind, pair = swap
            if (
                kind != "number"
                and pair is not None
                and _near_in_another(a, i1 + pair[0], sources, source)
            ):
                continue  # "shorter" said of the index finger by another source sentence
            if pair is not None:  # point at the two opposites, not their articles
                i1, i2, j1, j2 = i1 + pair[0], i1 + pair[0] + 1, j1 + pair[1], j1 + pair[1] + 1
            if kind == "negation" and denies(a[max(0, i1 - 2) : i1], _LACKING) != denies(
                b[max(0, j1 - 2) : j1], _LACKING
            ):
                continue  # "lack of trust" for "distrust": the opposite, denied
            s_span = _span(suspect, mine[i1:i2])
            t_span = _span(source, theirs[j1:j2])
            what = (
                "another figure than"
                if kind == "number"
                else "another season than"
                if seasonal and _other_season(s_span.text.lower(), t_span.text.lower())
                else "another unit of time than"
                if _unit_of_time(s_span.text.lower())
                else "the opposite of"
            )
            found[kind] = Change(
                kind,
                s_span,
                t_span,
                f"'{s_span.text}' where the source, in the same words around it, has "
                f"'{t_span.text}' ({what} it)",
            )
    return list(found.values())


_LACKING = frozenset({"lack", "lacks", "lacked", "lacking", "absence", "without", "no"})


def _share_in_words(said: list[str], had: list[str]) -> bool:
    """Is one side a share in words and the other its percentage ("fifth" for "20")?"""
    for x, y in ((said, had), (had, said)):
        if len(x) == 1 and len(y) == 1 and y[0].isdigit():
            share = share_alone(x[0]) or share_alone(f"a {x[0].removesuffix('s')}")
            if share is not None and round(share) == int(y[0]):
                return True
    return False


def _denied_comparison(a: list[str], i1: int, i2: int, b: list[str], j1: int, j2: int) -> bool:
    """Does one side deny a comparison ("may not be as strong") where the other says the
    opposite's comparative ("may be weaker")? The two say one thing."""
    sides = ((a, i1, i2, b, j1, j2), (b, j1, j2, a, i1, i2))
    for mine, m1, m2, other, o1, o2 in sides:
        slot, said = mine[m1:m2], other[o1:o2]
        if not (len(slot) >= 2 and slot[0] in ("as", "so") and denies(mine[max(0, m1 - 3) : m1])):
            continue
        if len(said) == 1 and said[0].endswith("er") or said[:1] in (["less"], ["more"]):
            return True
    return False


def _counted_at_end(
    a: list[str],
    b: list[str],
    i1: int,
    i2: int,
    j1: int,
    j2: int,
    said_by: Sequence[list[str]] = (),
) -> tuple[int, int] | None:
    """Where a replaced slot of either side ends in a figure, each another one, straight
    before the same word of content, what they count ("three tries in" for "four tries
    in"), and no word of the slot before either figure makes it approximate or relative
    ("another three", "up to four"): the places of the two figures. Not where a source
    sentence (``said_by``: the words of each) counts that thing with the suspect's figure
    ("23 developed" of another group, in a sentence the suspect merges)."""
    if i2 - i1 < 2 and j2 - j1 < 2 or i2 >= len(a):
        return None  # a slot of one word is read as it is
    said, had, thing = a[i2 - 1], b[j2 - 1], a[i2]
    if not (_FIGURE_WORD.fullmatch(said) and _FIGURE_WORD.fullmatch(had)):
        return None
    if len(thing) < 3 or thing in STOPWORDS or _FIGURE_PART.fullmatch(thing):
        return None  # "15% in the control group": what the figure counts is not beside it
    if any([said, thing] == words[k : k + 2] for words in said_by for k in range(len(words))):
        return None
    for words, start, end in ((a, i1, i2), (b, j1, j2)):
        if end - start > 1 and _FIGURE_PART.fullmatch(words[end - 2]):
            return None  # "7 9" for "79", "twenty-four": a range or a figure in two words
        lead = words[max(0, end - 3) : end - 1]  # "up to four", "another three"
        if lead[-1:] and lead[-1] in _APPROXIMATE - {"to"} or lead == ["up", "to"]:
            return None
    return i2 - 1, j2 - 1


# a figure on its own, in digits or a word: "three", "4", "1,200" (not "one": "to get one")
_FIGURE_WORD = re.compile(r"\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve")
# ... and a word that makes one figure with the next: "7-9", "twenty-four", "a hundred and one"
_FIGURE_PART = re.compile(
    rf"{_FIGURE_WORD.pattern}|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|thousand|and"
)


def _said_beside_too(a: list[str], i1: int, i2: int, sources: Sequence[Sentence]) -> bool:
    """Does an aligned source sentence say the suspect's slot ``a[i1:i2]`` itself, between
    the same words that stand on either side of it in the suspect (one a word of content)?
    A sentence that merges two source sentences is compared word by word with each: "a 48%
    lower risk" set against "a 23% lower risk" of one is said by the other ("a 48% lower
    risk"). Not a word that only shares one side ("insulin used less glucose" is no "those
    taking placebos used less.")."""
    said = a[i1:i2]
    flanks = [(d, a[n]) for d, n in ((-1, i1 - 1), (len(said), i2)) if 0 <= n < len(a)]
    if not any(len(w) > 2 and w not in STOPWORDS for _, w in flanks):
        return False
    for source in sources:
        b = [m.group().lower() for m in _TOKEN.finditer(source.text)]
        for p in range(len(b) - len(said) + 1):
            if b[p : p + len(said)] == said and all(
                0 <= p + d < len(b) and b[p + d] == w for d, w in flanks
            ):
                return True
    return False


def _near_in_another(a: list[str], i: int, sources: Sequence[Sentence], compared: Sentence) -> bool:
    """Does an aligned source sentence other than the ``compared`` one say the suspect's
    word ``a[i]`` of the same thing (a content word within two words of it on both sides)?
    A sentence that merges two source sentences may take its word from the other: "an index
    finger shorter than the ring finger" from "a shorter index than ring finger", not from
    "index finger is longer than their ring finger"."""

    def near(words: list[str], n: int) -> set[str]:
        return {w[:5] for w in words[max(0, n - 2) : n] + words[n + 1 : n + 3] if _content_word(w)}

    mine = near(a, i)
    for source in sources:
        if source is compared:
            continue
        b = [m.group().lower() for m in _TOKEN.finditer(source.text)]
        if any(w == a[i] and mine & near(b, n) for n, w in enumerate(b)):
            return True
    return False


# the last word of a bound set before a figure: "younger than 60", "aged under 60"
_BOUND_ENDS = frozenset("than under over below above".split())


def _bound_of_a_figure(
    said: list[str], had: list[str], next_mine: list[str], next_theirs: list[str]
) -> bool:
    """Do both slots bound the figure that follows them ("younger than" 60, "aged under"
    60)? Then the words of the slots are a bound said two ways, compared by
    ``numbers.hedged_figure_changes``, not opposites."""
    return (
        said[-1] in _BOUND_ENDS
        and had[-1] in _BOUND_ENDS
        and any(numbers_in(w) for w in next_mine)
        and any(numbers_in(w) for w in next_theirs)
    )


def _content_word(word: str) -> bool:
    return len(word) > 3 and word not in STOPWORDS and not word[0].isdigit()


def _swap_kind(
    said: list[str], had: list[str], *, seasonal: bool = False, counted: bool = False
) -> tuple[ChangeType, tuple[int, int] | None] | None:
    """What one slot's substitution changes, if anything (``said`` for ``had``), and where
    in the slot the two opposites are. ``seasonal``: the slot follows a word of time, so
    two seasons are two times of year. ``counted``: it follows a figure or a word of how
    many ("several weeks"), so two units of time are two lengths of time ("early years"
    and "early days" are one)."""
    # "less conclusive" for "more inconclusive": two opposites, one claim
    flips = sum(bool(_MORE & set(x) and _LESS & set(y)) for x, y in ((said, had), (had, said)))
    if flips and len(said) == len(had) == 1:
        return "direction", (0, 0)  # "less likely" for "more likely": the comparison turned
    pair = None if flips else _opposite_pair(said, had, seasonal=seasonal)
    if pair is not None and not (numbers_in(said[pair[0]]) and numbers_in(had[pair[1]])):
        x, y = said[pair[0]], had[pair[1]]
        if _DIMINISHED & ({*said, *had} - {x, y}):
            return None  # "relatively unknown" for "little-known": the same claim
        if bool(_LESS & set(said)) != bool(_LESS & set(had)):
            return None  # "far cheaper" for "much less expensive": the opposite, lessened
        if {x, y} & _TIMES_OF or seasonal and _other_season(x, y):
            return "date", pair  # "Later," for "Earlier,", "spring" for "autumn": when
        if _other_stance(x, y):
            # "welcomed" for "criticised": typed as direction.py types "support" for "oppose"
            # and "approved" for "rejected", whatever the inflection
            return "direction", pair
        ways = {x, y} | _lemmas(x) | _lemmas(y)  # "selling" for "buying": buy, sell
        way = opposite_ways(x, y) or bool(ways & DIRECTION_WORDS)
        return ("direction" if way else "negation"), pair
    if _APPROXIMATE & {*said, *had}:
        return None
    if len(said) == len(had) == 1 and {said[0], had[0]} <= _TIMES.keys() and said != had:
        return "number", None  # "once a day" for "twice a day"
    units = [_unit_of_time(w) for w in (*said, *had)]
    if counted and len(units) == 2 and None not in units and units[0] != units[1]:
        return "date", None  # "several weeks" for "several months": how long
    if calendar_names(" ".join(said + had)) or any(_YEAR.fullmatch(w) for w in (*said, *had)):
        return None  # a day, month, year or decade: the date check's business
    if not all(
        numbers_in(w) or w.rstrip("s") in _MAGNITUDES or w in ("a", "an") for w in (*said, *had)
    ):
        return None  # more than a figure changed: a rewording, not a swap
    mine, theirs = numbers_in(" ".join(said)), numbers_in(" ".join(had), every_reading=True)
    if mine and theirs and mine.isdisjoint(theirs) and not _compound(said, had):
        # "7-9" for "79": a range whose dash was lost upstream
        digits = [re.sub(r"\D", "", " ".join(x)) for x in (said, had)]
        ranged = any(sum(bool(numbers_in(w)) for w in x) > 1 for x in (said, had))
        return None if ranged and digits[0] == digits[1] else ("number", None)
    scale = [_scale(said), _scale(had)]
    if scale[0] and scale[1] and scale[0] != scale[1] and mine == numbers_in(" ".join(had)):
        return "number", None  # "the millions it has" for "the billions"
    return None


# words of how many before a unit of time: "a few hours", "several weeks"
_HOW_MANY = frozenset("few several many couple some numerous dozen dozens".split())
_UNITS_OF_TIME = ("second", "minute", "hour", "day", "week", "month", "year", "decade", "century")


def _unit_of_time(word: str) -> str | None:
    """The unit of time a word names, singular ("hours": hour), or None."""
    single = "century" if word == "centuries" else word.removesuffix("s")
    return single if single in _UNITS_OF_TIME else None


def _other_party(said: list[re.Match[str]], had: list[re.Match[str]]) -> bool:
    """One party's name, written as a name, for another's: "Conservative peer" for "Labour
    peer"; not "a conservative estimate", nor "a democratic vote"."""
    if len(said) != 1 or len(had) != 1:
        return False
    x, y = said[0].group(), had[0].group()
    sides = _PARTIES.get(x.lower()), _PARTIES.get(y.lower())
    return x[:1].isupper() and y[:1].isupper() and None not in sides and sides[0] != sides[1]


_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)
# capitalised words that name no one: "The", "Mr", "President"
_NOT_NAMES = STOPWORDS | TITLES
# what may come before a sentence's first word, and a contraction's ending ("I'm", "You're")
_OPENING = re.compile(r"[\s\"'“‘(\[—–-]+")
_CONTRACTED = re.compile(r"['’](?:m|re|ve|ll|d)$")
_ENDING_S = re.compile(r"['’]s$")
# a name after these is where something is: "hammered 33-5 in Cardiff"
_PLACED = re.compile(r"\b(?:in|near|outside)\s+(?:the\s+)?$")


def _name_swap(
    said: list[re.Match[str]],
    had: list[re.Match[str]],
    suspect: str,
    sources: Sequence[Sentence],
    source_text: str,
) -> ChangeType | None:
    """What a name put for another name changes ("founded with Russell Simmons" for "founded
    with Damon Dash", "the Nottinghamshire seat" for "the Derbyshire seat"), or None.

    Each word of both must be written as a name, neither opening its sentence, and neither
    name said in the other's sentence (two names that changed places are the direction
    check's), nor the suspect's in another of its ``sources``. Not a title for a name ("Mr
    Brown" for "Gordon Brown"), a month or day, two forms of one name (``one_name``), nor a
    place for one it may contain ("Britain" for "Derbyshire")."""
    if any(not _OPENING.sub("", m.string[: m.start()]) for m in (said[0], had[0])):
        return None  # opening the sentence, past any quote mark: '"I'm just trying'
    words = [m.group() for m in (*said, *had)]
    if not all(
        w[:1].isupper()
        and _CONTRACTED.sub("", w.lower()) not in _NOT_NAMES
        and _ENDING_S.sub("", w.lower()) not in STOPWORDS  # "It's", not "King's"
        and not numbers_in(w)
        for w in words
    ):
        return None  # "BBC Two" for "BBC One" is the figures' business
    if calendar_names(" ".join(words)):
        return None
    mine = _whole_words(suspect, said[0].start(), said[-1].end())
    theirs = _whole_words(had[0].string, had[0].start(), had[-1].end())
    if any(_says(source.text, mine) for source in sources) or _says(suspect, theirs):
        return None
    # the same surname after both: given names ("Greg Abbott", "Gregory Abbott")
    after = [_NAME_AFTER.match(m.string, m.end()) for m in (said[-1], had[-1])]
    given = bool(after[0] and after[1] and after[0].group() == after[1].group())
    if one_name(mine, theirs, f"{source_text}\n{suspect}", given=given):
        return None
    if not swappable_places(mine, theirs, source_text):
        return None
    if _ACCORDING.search(suspect[: said[0].start()]):
        return "attribution"
    places = larger_place(key(mine)) or larger_place(key(theirs))
    return "location" if places or _PLACED.search(suspect[: said[0].start()]) else "entity"


_NAME_AFTER = re.compile(r"(?:[^\S\n]+[A-Z][\w'’-]+)+")


def _whole_words(text: str, start: int, end: int) -> str:
    """``text[start:end]`` run on to the end of its last word: a token stops at an accented
    letter ("Khlo" of "Khloé")."""
    rest = _WORD_REST.match(text, end)
    return text[start : rest.end() if rest else end]


_WORD_REST = re.compile(r"\w*")


def _says(text: str, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE) is not None


def _turned_in_time(said: list[str], had: list[str], leading: list[str]) -> tuple[int, int] | None:
    """Where in the slot "before" stands for "after" or the other way round, the rest of the
    slot the same or only how long ("shortly after" for "just before"). Not after a "not"
    (``leading``: the words before the slot in both texts): "not open before 9" is "open
    after 9"."""
    if denies(leading):
        return None
    for i, x in enumerate(said):
        for j, y in enumerate(had):
            if x == y or {x, y} != _SIDES_OF_A_TIME:
                continue
            rest = (said[:i] + said[i + 1 :], had[:j] + had[j + 1 :])
            if rest[0] == rest[1] or set(rest[0] + rest[1]) <= _HOW_LONG:
                return i, j
    return None


# words of when, whose opposites put a thing at another time
_TIMES_OF = frozenset(
    "earlier later sooner previously subsequently formerly afterwards beforehand".split()
)
# how far before or after: "shortly after", "just before", "the day after"
_HOW_LONG = frozenset(
    "shortly just soon right long well immediately directly minutes hours days weeks the day "
    "moments".split()
)


def _scale(words: list[str]) -> set[float]:
    return {_MAGNITUDES[w.rstrip("s")] for w in words if w.rstrip("s") in _MAGNITUDES}


def _opposite_pair(
    said: list[str], had: list[str], *, seasonal: bool = False
) -> tuple[int, int] | None:
    """Where in the slot a word of the suspect is the opposite of one of the source (a
    season is the opposite of another only where ``seasonal``)."""
    for i, x in enumerate(said):
        for j, y in enumerate(had):
            plain = x not in STOPWORDS and y not in STOPWORDS
            if opposite_ways(x, y) or (
                plain
                and (opposites(x, y) or _other_stance(x, y) or seasonal and _other_season(x, y))
            ):
                return i, j
    return None


def _other_season(x: str, y: str) -> bool:
    """Are two words two different seasons ("spring", "autumn"; "fall" is autumn)?"""
    return _SEASONS.get(x, 0) * _SEASONS.get(y, 0) > 0 and _SEASONS[x] != _SEASONS[y]


def _other_stance(x: str, y: str) -> bool:
    """Is one word a stance for something and the other against it, in any of their forms
    ("welcomed", "criticised")?"""
    mine = {_STANCES[w] for w in _forms(x) if w in _STANCES}
    theirs = {_STANCES[w] for w in _forms(y) if w in _STANCES}
    return len(mine) == len(theirs) == 1 and mine != theirs


def _forms(word: str) -> set[str]:
    """The lemmas a regular inflection may come from ("praised": praise, prais)."""
    return {word} | {
        word[: -len(suffix)] + ending
        for suffix, ending in _DETACH
        if word.endswith(suffix) and len(word) > len(suffix) + 2
    }


def _parties_moved(
    suspect: Sentence,
    source: Sentence,
    mine: list[re.Match[str]],
    theirs: list[re.Match[str]],
) -> Change | None:
    """Two parties that changed places: around the same verb, by the parse
    (``crossed_parties``), or around the very same words (``swapped_around``)."""
    crossed = crossed_parties(mine, theirs, suspect.text, source.text)
    ranges = crossed or swapped_around(mine, theirs, source.text)
    if ranges is None:
        return None
    (i1, i2), (j1, j2) = ranges
    s_span, t_span = _span(suspect, mine[i1:i2]), _span(source, theirs[j1:j2])
    if crossed is not None:
        first, second = mine[i1].group(), mine[i2 - 1].group()
        said = f"'{first}' and '{second}' have changed places: the source has '{t_span.text}'"
    else:
        said = (
            f"two parties have changed places around the same words: '{s_span.text}' where "
            f"the source has '{t_span.text}'"
        )
    return Change("direction", s_span, t_span, said)


def _span(sentence: Sentence, words: list[re.Match[str]]) -> Span:
    start, end = words[0].start(), words[-1].end()
    return Span(sentence.start + start, sentence.start + end, sentence.text[start:end])


def _list_marker(text: str, token: re.Match[str]) -> bool:
    """Is a figure the number of a list item ("8. McCain talks ...")?"""
    return bool(
        token.group()[0].isdigit()
        and re.match(r"[.)]\s+[A-Z]", text[token.end() : token.end() + 3])
        and not text[: token.start()].rstrip(" \t")[-1:].isalnum()
    )


def _compound(said: list[str], had: list[str]) -> bool:
    """Is one side a number spelled in parts ("twenty-first": 20 and 1) that add up to the
    other's figure ("21st")? Only words: "3-0" for "2-1" is a changed score."""
    for words, other in ((said, had), (had, said)):
        if len(words) > 1 and all(w.isalpha() and numbers_in(w) for w in words):
            parts = [int(n) for w in words for n in numbers_in(w) if n.isdigit()]
            if str(sum(parts)) in numbers_in(" ".join(other), every_reading=True):
                return True
    return False
