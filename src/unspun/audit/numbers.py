"""Figures as a rewrite may write them: digits, words, scales, shares, decades, hedges.

"4 million", "four million" and "4m" are one amount; "nine in 10" is "90%"; "the '80s" is
the 1980s; "over $45 million" may round "$45.8 million" but "more than 100" is not "nearly
100". :mod:`.entities` compares figures through :func:`numbers_in`;
:func:`hedged_figure_changes` is a check of its own.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from ..documents import Sentence
from ..results import Change, Span

__all__ = [
    "DIGITS",
    "FIGURE",
    "FIRST_FIGURE",
    "NUMBER_WORDS",
    "PRECISE_NUMBER_WORDS",
    "approximates",
    "clock_24h",
    "decade_years",
    "derived_figure",
    "fold_only",
    "hedged_figure_changes",
    "numbers_in",
    "ratio_share",
    "share_alone",
    "share_approximates",
    "shares_in_words",
]

NUMBER_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "thirteen": "13",
    "fourteen": "14",
    "fifteen": "15",
    "sixteen": "16",
    "seventeen": "17",
    "eighteen": "18",
    "nineteen": "19",
    "twenty": "20",
    "first": "1",
    "second": "2",
    "third": "3",
    "fourth": "4",
    "fifth": "5",
    "sixth": "6",
    "seventh": "7",
    "eighth": "8",
    "ninth": "9",
    "tenth": "10",
    "dozen": "12",
    "hundred": "100",
    "thousand": "1000",
    "million": "1000000",
    "billion": "1000000000",
}
# number words that name one figure ("twelve"), not a loose amount ("dozens", "hundreds")
PRECISE_NUMBER_WORDS = frozenset(
    w for w in NUMBER_WORDS if w not in ("dozen", "hundred", "thousand")
)
DIGITS = re.compile(r"\d+(?:[.,]\d+)*")  # "3,000" and "11.9" stay whole
_SEASON = re.compile(r"(?<![\d/-])((?:19|20)\d\d)\s?[/–-]\s?((?:19|20)?\d\d)(?![\d/-])")
# A decade: "the 80s" and "'80s" surely; "70s horror" probably, unless an age ("in his
# 50s", "her early 70s"). A text compared against keeps every reading of its decades.
_DECADE_SURE = re.compile(r"(\b[Tt]he\s+|['‘’])([2-9]0)['’]?s\b")
_DECADE = re.compile(
    r"(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bits\s)(?<!\bmy\s)(?<!\bour\s)"
    r"(?<!\byour\s)(?<!\bearly\s)(?<!\bmid\s)(?<!\bmid-)(?<!\blate\s)(?<![\d.,])"
    r"(['‘’]?)([2-9]0)['’]?s\b"
)


FIGURE = re.compile(r"(?<![A-Za-z])(?<![A-Za-z]-)\d+(?:[.,]\d+)*")  # not "COVID-19", "G7"


def numbers_in(text: str, every_reading: bool = False) -> set[str]:
    """The figures a text states, in comparable form. ``every_reading``: for a text others
    are checked against, add the other readings of ambiguous forms ("70s": 70 and 1970)."""
    return set(_numbers_in(text, every_reading))


@lru_cache(maxsize=8192)  # the checks read each sentence's figures several times over
def _numbers_in(text: str, every_reading: bool) -> frozenset[str]:
    decades = {f"19{m[2]}" for m in (_DECADE if every_reading else _DECADE_SURE).finditer(text)}
    if not every_reading:
        text = _DECADE_SURE.sub(lambda m: f"19{m[2]}s", text)  # "the '80s" is the 1980s

    # a season or financial year ("2016/17", "2004-05") is one figure, not 2016 and 17
    def season(m: re.Match[str]) -> str | None:
        later = int(m[2][-2:])
        if (int(m[1]) + 1) % 100 != later or len(m[2]) == 4 and int(m[2]) != int(m[1]) + 1:
            return None
        return f"{m[1]}/{m[2][-2:]}"

    seasons: set[str] = set()

    def blank(m: re.Match[str]) -> str:  # a season read, its digits out of the way
        said = season(m)
        if said is None:
            return m[0]
        seasons.add(said)
        return " " * len(m[0])

    text = _SEASON.sub(blank, text)
    found = {d.replace(",", "").lstrip("0") or "0" for d in DIGITS.findall(text)} | decades
    found |= seasons
    if every_reading:  # "2010 and 2011" also reads as the season "2010/11"
        years = {int(d) for d in found if re.fullmatch(r"(?:19|20)\d\d", d)}
        found |= {f"{y}/{(y + 1) % 100:02d}" for y in years if y + 1 in years}
    # "21.406" is 21,406 written with a dot (or tokenised upstream); keep both readings
    found |= {d.replace(".", "") for d in found if re.fullmatch(r"\d{1,3}(\.\d{3})+", d)}
    # "1.0%" is "1%"
    found |= {d.rstrip("0").rstrip(".") for d in found if re.fullmatch(r"\d+\.\d*0", d)}
    # "$0.99" is "99 cents", and the other way round
    found |= {m[1] for m in _UNDER_ONE.finditer(text)}
    found |= {f".{m[1]}" for m in _CENTS.finditer(text)}
    lower = text.lower()
    # an amount in words ("forty-three hundred") is one figure, not its words' figures
    covered = bytearray(len(lower) + 1)

    def cover(span: tuple[int, int]) -> None:
        covered[span[0] : span[1]] = b"\x01" * (span[1] - span[0])

    for m in (*_WORD_SCALED.finditer(lower), *_HALF_SCALE.finditer(lower)):
        cover(m.span())
    and_a_half = [m.span() for m in _AND_A_HALF.finditer(lower)]
    for m in _AND_A_HALF.finditer(lower):
        cover(m.span())
        whole = int(NUMBER_WORDS.get(m[1], m[1]))
        found.add(str(round((whole + 0.5) * _WORD_SCALE[m[2]])))

    def inside(m: re.Match[str]) -> bool:
        return bool(covered[m.start()])

    for m in _COMPOUND_NUMBER.finditer(lower):
        if not inside(m):
            found.add(str(_TENS[m.group(1)] + int(NUMBER_WORDS.get(m.group(2) or "", "0"))))
            if m.group(2):
                cover(m.span())  # "twenty-one" is 21, not also 20 and 1
    scaled = {m.end(2) for m in _SCALED.finditer(text)}
    for m in _SCALED.finditer(text):
        # "$27 billion", "$27bn" and "27,000,000,000" are one amount
        value = float(m.group(1).replace(",", "")) * _SCALE[m.group(2).lower().rstrip(".")]
        if math.isfinite(value) and value < 1e18:
            found.add(str(round(value)))
    for m in _SCALED_RANGE.finditer(text):
        # "5-10 million" is "5 million to 10 million": the scale is the low end's too
        low, high = (float(m.group(k).replace(",", "")) for k in (1, 2))
        if low < high:
            found.add(str(round(low * _SCALE[m.group(3).lower()])))
    for m in _WORD_SCALED.finditer(lower):
        # "four million" is "4 million"; "forty-three hundred dollars" is "$4,300"
        tens, unit, scales = m.group(1), m.group(2), m.group(3)
        if re.search(r"half(?:[\s-]+an?)?[\s-]*$", lower[max(0, m.start() - 8) : m.end(1)]):
            continue  # "half a million", "a half-million": read below
        value = _TENS.get(tens, 0) + int(NUMBER_WORDS.get(unit or "", "0")) or int(
            NUMBER_WORDS.get(tens, "1" if tens == "a" else "0")
        )
        for scale in re.findall(r"[a-z]+", scales)[:3]:  # "five hundred thousand"
            value *= _WORD_SCALE[scale]
        rest_tens, rest_unit, rest_small = m.group(4), m.group(5), m.group(6)
        value += _TENS.get(rest_tens or "", 0) + int(
            NUMBER_WORDS.get(rest_unit or rest_small or "", "0")
        )
        found.add(str(value))
    for m in _HALF_SCALE.finditer(lower):
        if any(a <= m.start() < b for a, b in and_a_half):
            continue  # the half of "one and a half million", read above
        found.add(str(_WORD_SCALE[m.group(1)] // 2))
    for m in _QUARTER_SCALE.finditer(lower):
        # "a quarter of a million" is 250,000 (also read as 25 and a million below)
        found.add(str(_WORD_SCALE[m.group(2)] * (3 if m.group(1) == "three" else 1) // 4))
    for word in re.finditer(r"[a-z]+", lower):
        if word.group() in NUMBER_WORDS and word.end() not in scaled and not inside(word):
            found.add(NUMBER_WORDS[word.group()])
    shares = (*_FRACTION.finditer(lower), *_BY_SHARE.finditer(lower))
    for m in (*shares, *_SHARE_ALONE.finditer(lower.strip())):
        found.add(_FRACTIONS[" ".join(re.split(r"[-\s]+", m.group(1)))])
    for part, whole in _RATIO.findall(text.lower()):
        # "nine in 10 residents" is the "90%" of a rewrite
        a, b = (NUMBER_WORDS.get(w, w) for w in (part, whole))
        if a.isdigit() and b.isdigit() and 0 < int(a) <= int(b) <= 1000:
            found.add(str(round(100 * int(a) / int(b))))
            # "one in 40" is "2.5 percent" (round() alone makes it 2)
            found.add(f"{100 * int(a) / int(b):.1f}".removesuffix(".0"))
    for m in _ALL_BUT.finditer(lower):
        # "all but one of the 34" is 33 of them
        left_out, total = NUMBER_WORDS.get(m[1], m[1]), NUMBER_WORDS.get(m[2], m[2])
        if left_out.isdigit() and total.isdigit() and int(left_out) < int(total):
            found.add(str(int(total) - int(left_out)))
    for m in _FOLD.finditer(lower):
        # "up tenfold" is "ten times higher"
        times = NUMBER_WORDS.get(m[1], m[1])
        if times.isdigit():
            found.add(times)
    return frozenset(found)


_FOLD = re.compile(r"\b([a-z]+|\d+)-?fold\b")
_ALL_BUT = re.compile(r"\ball\s+but\s+(\w+)\s+of\s+(?:the\s+|these\s+|those\s+)?(\w+)\b")


def fold_only(text: str) -> set[str]:
    """The figures a text states only as a multiple ("tenfold": 10), which no percentage
    restates ("10 percent" is no tenfold rise)."""
    folds = {NUMBER_WORDS.get(m[1], m[1]) for m in _FOLD.finditer(text.lower())}
    if not folds:
        return set()
    return folds - numbers_in(_FOLD.sub(" ", text.lower()), every_reading=True)


_RATIO = re.compile(
    r"\b(\w+)\s+(?:in|out\s+of|of\s+the)\s+(\w+)\b(?!\s+(?:seconds?|minutes?|hours?|days?|weeks?|"
    r"months?|years?|games?|matches|races|starts|attempts|innings))"
)


def share_alone(text: str) -> float | None:
    """The exact percentage a share said in words stands for ("two-thirds": 66.67), when
    ``text`` is one ("nearly half")."""
    m = _SHARE_ALONE.match(text.lower().strip())
    if m is None:
        return None
    words = " ".join(re.split(r"[-\s]+", m.group(1)))
    return 200 / 3 if words == "two thirds" else float(_FRACTIONS[words])


def shares_in_words(text: str) -> set[float]:
    """The percentages the shares a text writes in words stand for ("three-fourths of the
    juice": 75.0)."""
    return {
        share
        for m in _SHARE_START.finditer(text.lower())
        if (share := share_alone(m.group(1))) is not None
    }


def ratio_share(text: str, start: int, end: int) -> str | None:
    """The share ("90") a ratio ("nine in 10") stands for, when ``text[start:end]`` is
    part of one."""
    m = _around(_RATIO, text.lower(), start, end)  # matches do not overlap: one at most
    if m is None:
        return None
    a, b = (NUMBER_WORDS.get(w, w) for w in (m.group(1), m.group(2)))
    if a.isdigit() and b.isdigit() and 0 < int(a) <= int(b) <= 1000:
        return str(round(100 * int(a) / int(b)))
    return None


def share_approximates(lead: str, said: str, after: str, source: str) -> bool:
    """Does a share said in words ("nearly a third", "more than nine in ten", "four-fifths
    of them"; ``said`` the tagged words, ``lead`` what comes before them, ``after`` what
    follows) restate a share the source sentences give ("30%", "about 75 percent", "nine of
    the 10")? Within a tenth of it, on the side of its hedge ("nearly a third": 30% to a
    third; "more than four-fifths": 80% to 88%; "about a fifth": 18% to 22%). A share said
    plainly may round either way, by a twentieth ("a third" for 32%, not "two-thirds" for
    60%)."""
    hedged = _HEDGE_WORDS.match(said)
    opening = hedged.end() if hedged else 0
    value = _share_value(said[opening:] + after)
    if value is None:
        return False
    hedge = _APPROXIMATE.search(f"{lead} {said[:opening]}".rstrip())
    low = source.lower()
    known = [float(m[1]) for m in _PERCENT.finditer(low)] + [
        100 * int(a) / int(b)
        for a, b in (
            (NUMBER_WORDS.get(x, x), NUMBER_WORDS.get(y, y)) for x, y in _RATIO.findall(low)
        )
        if a.isdigit() and b.isdigit() and 0 < int(a) <= int(b) <= 1000
    ]
    return _restates(value, hedge, known)


def _restates(value: float, hedge: re.Match[str] | None, known: list[float]) -> bool:
    """Is ``value``, said with ``hedge`` (an ``_APPROXIMATE`` match, or None for a plain
    figure), a rounding of one of the ``known`` figures? Within a tenth on the hedge's side
    ("nearly 3" for 2.8, "more than 30" for 32), a plain figure within a twentieth."""
    slack = 1e-9  # "a third" is 33.33...: 30% is within a tenth of it
    if hedge is not None and hedge[1]:
        return any(value - slack <= k <= 1.1 * value + slack for k in known)
    if hedge is not None and hedge[2]:
        return any(0.9 * value - slack <= k <= value + slack for k in known)
    if hedge is not None:
        return any(abs(k - value) <= 0.1 * max(k, value) + slack for k in known)
    return any(abs(k - value) <= 0.05 * value + slack for k in known)


# "1.4 times as likely", "three times as many", "a fourfold rise"
_TIMES = re.compile(
    r"\b(\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s+times\b|\s*-?\s*fold\b)",
    re.IGNORECASE,
)
# "40% more likely", "a 40 percent higher risk", "a 40% increase"
_PERCENT_MORE = re.compile(
    r"(?<![\d.,])(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b)\s*"
    r"(?:more|higher|greater|larger|bigger|increase|rise)\b",
    re.IGNORECASE,
)


def derived_figure(text: str, start: int, end: int, source: str) -> bool:
    """Does the figure at ``text[start:end]`` restate what the ``source`` sentences give,
    by arithmetic a reader can check? A ratio with its hedge ("fewer than one in five" for
    "18.6%"), a multiple for a rise ("1.4 times as likely" for "40% more likely", and back),
    a multiple of two figures both texts give ("almost three times as many, 51 against 18"),
    or a count of a total for a share ("roughly 50 of the 100" for "about half")."""
    opening = _HEDGE_WORDS.match(text, start)
    if opening is not None and opening.end() < end:
        start = opening.end()  # the tagger's "almost three": the hedge is read before it
    return (
        _ratio_restates(text, start, end, source)
        or _multiple_restates(text, start, end, source)
        or _count_restates(text, start, end, source)
    )


def _around(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The match of ``pattern`` in ``text`` that holds ``text[start:end]``."""
    return next((m for m in pattern.finditer(text) if m.start() <= start and end <= m.end()), None)


def _hedge_before(text: str, at: int) -> re.Match[str] | None:
    return _APPROXIMATE.search(text[max(0, at - 40) : at].rstrip())


def _ratio_restates(text: str, start: int, end: int, source: str) -> bool:
    """A figure inside a ratio ("one in five"), read as the share it says with the hedge
    before it."""
    m = _around(_RATIO, text.lower(), start, end)
    return m is not None and share_approximates(
        text[max(0, m.start() - 40) : m.start()],
        text[m.start() : m.end()],
        text[m.end() : m.end() + 30],
        source,
    )


def _figure_value(word: str) -> float | None:
    word = NUMBER_WORDS.get(word.lower(), word)
    return float(word) if re.fullmatch(r"\d+(?:\.\d+)?", word) else None


def _multiple_restates(text: str, start: int, end: int, source: str) -> bool:
    """A multiple ("1.4 times") for a rise in percent ("40% more"), a rise for a multiple,
    or a multiple of two figures the suspect gives and the source gives too."""
    times = _around(_TIMES, text, start, end)
    if times is not None and (value := _figure_value(times[1])) is not None:
        known = [1 + float(m[1]) / 100 for m in _PERCENT_MORE.finditer(source)]
        given = [
            float(n)
            for n in numbers_in(text[: times.start()] + " " + text[times.end() :])
            if re.fullmatch(r"\d+(?:\.\d+)?", n) and n in numbers_in(source)
        ]
        known += [a / b for a in given for b in given if a > b > 0]
        return _restates(value, _hedge_before(text, times.start()), known)
    rise = _around(_PERCENT_MORE, text, start, end)
    if rise is not None:
        multiples = [_figure_value(m[1]) for m in _TIMES.finditer(source)]
        known = [100 * (m - 1) for m in multiples if m is not None and m > 1]
        return _restates(float(rise[1]), _hedge_before(text, rise.start()), known)
    return False


def _count_restates(text: str, start: int, end: int, source: str) -> bool:
    """A count that is a share of a total the same sentence gives ("Of the 100 patients,
    roughly 50 ...") for the share the source says ("About half ...", "49%")."""
    count = _figure_value(text[start:end].strip())
    if count is None:
        return False
    totals = [
        float(n)
        for n in numbers_in(text[:start] + " " + text[end:])
        if re.fullmatch(r"\d+", n) and float(n) > count
    ]
    low = source.lower()
    known = [float(m[1]) for m in _PERCENT.finditer(low)] + [
        float(_FRACTIONS[" ".join(re.split(r"[-\s]+", m[1]))]) for m in _SHARE_SAID.finditer(low)
    ]
    hedge = _hedge_before(text, start)
    return any(_restates(100 * count / total, hedge, known) for total in totals)


def _share_value(phrase: str) -> float | None:
    """The percentage a share said in words at the start of ``phrase`` stands for."""
    low = phrase.lower()
    m = _SHARE_START.match(low)
    if m is not None:
        words = " ".join(re.split(r"[-\s]+", m.group(1)))
        return {"a third": 100 / 3, "one third": 100 / 3, "two thirds": 200 / 3}.get(
            words, float(_FRACTIONS[words])
        )
    m = _RATIO.match(low)
    if m is None:
        return None
    a, b = (NUMBER_WORDS.get(w, w) for w in (m.group(1), m.group(2)))
    if a.isdigit() and b.isdigit() and 0 < int(a) <= int(b) <= 1000:
        return 100 * int(a) / int(b)
    return None


# the hedge that may open a tagged share ("nearly a third", "more than nine")
_HEDGE_WORDS = re.compile(
    r"(?:(?:nearly|almost|about|around|roughly|approximately|some|just|over|under|"
    r"more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to|close\s+to)\s+)*",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b)")


def clock_24h(text: str) -> set[str]:
    """ "6:15 pm" as the "1815" of the 24-hour style many wires use."""
    out = set()
    for m in _CLOCK.finditer(text):
        hour = int(m.group(1)) % 12 + (12 if m.group(3).lower().startswith("p") else 0)
        out |= {f"{hour:02d}{m.group(2)}", f"{hour}{m.group(2)}"}
    return out


_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9}
_SCALE |= {"bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12}
_SCALED = re.compile(
    r"(\d+(?:[.,]\d+)*)\s?(thousand|million|billion|trillion|bn|mn|tn|m|k|b)\b", re.IGNORECASE
)
# a range whose scale follows its high end: "5-10 million", "between 2 and 3 billion"
_SCALED_RANGE = re.compile(
    r"(\d+(?:\.\d+)?)\s?(?:-|–|to|and)\s?(\d+(?:[.,]\d+)*)\s?"
    r"(thousand|million|billion|trillion|bn|mn|tn)\b",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\b(\d{1,2})[:.](\d{2})\s*([ap])\.?m\b\.?", re.IGNORECASE)


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70}
_TENS |= {"eighty": 80, "ninety": 90}
# "twenty-one" and "twenty one"
_COMPOUND_NUMBER = re.compile(
    r"\b(" + "|".join(_TENS) + r")(?:[-\s](one|two|three|four|five|six|seven|eight|nine))?\b"
)


_WORD_SCALE = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "dozen": 12}
_WORD_SCALED = re.compile(
    r"\b("
    + "|".join(
        [
            *_TENS,
            "a",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
    + r")(?:[-\s](one|two|three|four|five|six|seven|eight|nine))?"
    r"((?:[-\s]+(?:hundred|thousand|million|billion|dozen)\b)+)"
    # "one hundred and twenty": the rest after "and"
    r"(?:\s+and\s+(?:(" + "|".join(_TENS) + r")(?:[-\s](one|two|three|four|five|six|seven|"
    r"eight|nine))?|(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))\b(?![-\s]+(?:hundred|thousand|"
    r"million|billion|one|two|three|four|five|six|seven|eight|nine)\b))?"
)
# "half a million" is 500,000, not a million
# "half a million", "a half-million", "half-million"
_HALF_SCALE = re.compile(
    r"\b(?:an?\s+)?half(?:\s+an?\s+|-an?-|-|\s+)(hundred|thousand|million|billion|dozen)\b"
)
# "a quarter of a million", "three-quarters of a billion"
_QUARTER_SCALE = re.compile(
    r"\b(a|one|three)[-\s]+quarters?\s+of\s+an?\s+(thousand|million|billion)\b"
)
# "$0.99": 99 cents; "99 cents", "50p": the dollar's or pound's share
_UNDER_ONE = re.compile(r"[$£€]\s?0?\.(\d\d)\b")
_CENTS = re.compile(r"\b(\d{1,2})\s?(?:cents?\b|pence\b|p\b)", re.IGNORECASE)
# "one and a half million", "two and a half thousand"
_AND_A_HALF = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+and\s+a\s+half\s+"
    r"(hundred|thousand|million|billion|dozen)\b"
)
# a share said in words: "a quarter of users" is the "25%" of a rewrite
_FRACTIONS = {
    "half": "50",
    "a third": "33",
    "one third": "33",
    "two thirds": "67",
    "a quarter": "25",
    "one quarter": "25",
    "three quarters": "75",
    # not "a fourth": "a fourth term", "a Fourth of July party"
    "one fourth": "25",
    "three fourths": "75",
    "a fifth": "20",
    "one fifth": "20",
    "two fifths": "40",
    "three fifths": "60",
    "four fifths": "80",
    "a tenth": "10",
}
_FRACTION = re.compile(
    # "half of voters", not "the first half of the year"
    r"(?<!first\s)(?<!second\s)(?<!last\s)(?<!other\s)(?<!the\s)\b("
    + "|".join(k.replace(" ", r"[-\s]+") for k in _FRACTIONS)
    + r")\s+of\b"
)
# a change by a share: "cut the risk by about a quarter"
_BY_SHARE = re.compile(
    r"\bby\s+(?:(?:about|around|roughly|nearly|almost|some|just|over|under|more\s+than|"
    r"less\s+than|up\s+to)\s+)?("
    + "|".join(k.replace(" ", r"[-\s]+") for k in _FRACTIONS)
    # not "a quarter-point", "half a dozen", "a third straight"
    + r")\b(?![-\s]+(?:points?|final|straight|string|dozen|an?\b))"
)
# a share on its own, as the tagged amount of "nearly half of voters"
_SHARE_ALONE = re.compile(
    r"^(?:(?:nearly|almost|about|around|roughly|some|just|only|over|under|more\s+than|"
    r"less\s+than|at\s+least|up\s+to)\s+)?("
    + "|".join(k.replace(" ", r"[-\s]+") for k in _FRACTIONS)
    + r")\s*$"
)


# a share in words opening a phrase: "a third of ...", "four-fifths"
_SHARE_START = re.compile(r"(" + "|".join(k.replace(" ", r"[-\s]+") for k in _FRACTIONS) + r")\b")

# a share in words as a source states it: "about half were", "a third of them"; not "the
# second half", "a quarter-point", "half a dozen"
_SHARE_SAID = re.compile(
    r"(?<![\w-])(?<!first\s)(?<!second\s)(?<!last\s)(?<!other\s)(?<!the\s)("
    + "|".join(k.replace(" ", r"[-\s]+") for k in _FRACTIONS)
    + r")\b(?![-\s]+(?:points?|final|straight|string|dozen|time|an?\b))"
)


def decade_years(text: str) -> dict[int, str]:
    """Where a decade is written short in ``text`` ("the '80s", "70s horror", not "his
    80s"), the year it stands for, keyed by the offset of its digits."""
    return {m.start(2): f"19{m[2]}" for m in _DECADE.finditer(text)}


# a hedged figure: "over 50" says at least 50, "nearly 50" at most, "about 50" either way
_AT_LEAST = (
    r"no\s+(?:less|fewer)\s+than|not\s+(?:less|fewer)\s+than|over|more\s+than|at\s+least|"
    r"upwards\s+of|in\s+excess\s+of|older\s+than|above"
)
_AT_MOST = (
    r"no\s+more\s+than|not\s+more\s+than|nearly|almost|up\s+to|close\s+to|just\s+under|"
    r"under|less\s+than|fewer\s+than|younger\s+than|below"
)
_ABOUT = r"about|around|roughly|approximately|some|an\s+estimated"
_APPROXIMATE = re.compile(rf"\b(?:({_AT_LEAST})|({_AT_MOST})|({_ABOUT}))\s*$", re.I)
_YEARLIKE = re.compile(r"1[89]\d\d|20\d\d")
FIRST_FIGURE = re.compile(
    r"[$£€]?\s*(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|a\s+dozen|dozens?)\b)",
    re.I,
)


@dataclass(frozen=True)
class _Figure:
    """A figure in a text, with the hedge before it and what it counts."""

    start: int
    end: int
    text: str
    values: tuple[float, ...]
    side: str | None  # "at least", "at most", "about" or None (stated plainly)
    counted: frozenset[str]


# a bound said after its figure: "65 years and older", "children 12 and under"
_BOUND_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:and|or)\s+(?:(older|over|above|up|more)|(?:younger|under|below|less|"
    r"fewer))\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def _figures(text: str) -> tuple[_Figure, ...]:
    """Every digit figure of a text, read once per text."""
    out = []
    for m in _SOURCE_FIGURE.finditer(text):
        values = tuple(float(n) for n in numbers_in(m.group()) if re.fullmatch(r"\d+(?:\.\d+)?", n))
        side = _hedge_side(_lead(text, m.start(), 30))
        if side is None and (after := _BOUND_AFTER.match(text, m.end())) is not None:
            side = "at least" if after[1] else "at most"  # "65 years and older"
        counted = frozenset(_counted_stems(text[m.end() : m.end() + 60]))
        out.append(_Figure(m.start(), m.end(), m.group(), values, side, counted))
    return tuple(out)


def approximates(
    lead: str, numbers: set[str], counted: str, source: str, *, whole_article: bool = False
) -> bool:
    """Does a hedged round figure ("over $45 million", the hedge ending ``lead``) restate a
    figure its source sentences give ("$45.8 million", "about 1,050"): within a tenth, on
    the hedge's side, of the same thing (``counted``: the words after the figure, when
    both say)? A figure the source bounds itself ("more than 220 staff") is a threshold,
    and must be kept exactly. ``whole_article``: ``source`` is a whole article, whose
    figures of other things are many; a figure of another thing only if in the thousands."""
    hedge = _APPROXIMATE.search(lead)
    if hedge is None or not numbers:
        return False
    wanted = _counted_stems(counted)
    plain = [f for f in _figures(source) if f.side not in ("at least", "at most")]
    # figures of the same thing ("12 people" for "100 people", not "injured 105"); when no
    # figure of the source counts what the suspect's does, any of its figures
    same = [f for f in plain if wanted and not wanted.isdisjoint(f.counted)]
    if not same and not any(wanted & f.counted for f in _figures(source)):
        # over a whole article, only a figure too particular to be met by chance
        same = [f for f in plain if not whole_article or min(f.values, default=0) >= 1000]
    known = [k for f in same for k in f.values if k and not _YEARLIKE.fullmatch(f"{k:g}")]
    for n in numbers:
        if not re.fullmatch(r"\d+(?:\.\d+)?", n) or _YEARLIKE.fullmatch(n):
            return False
        value = float(n)
        if hedge[1]:
            # "more than £500,000" for £572,206: the figure rounded down at its first digit
            ok = any(value <= k <= 1.1 * value or value == _rounded_down(k) for k in known)
        elif hedge[2]:
            ok = any(0.9 * value <= k <= value for k in known)
        else:
            ok = any(abs(k - value) <= 0.1 * max(k, value) and _rounds_to(k, value) for k in known)
        if value and not ok:
            return False
    return True


def _rounds_to(exact: float, rounded: float) -> bool:
    """Is ``rounded`` what ``exact`` rounds to at its last digit ("about 46" for 45.8,
    "about 300" for 312), or to the nearest five there ("about 1,500" for 1,420)? "About
    28,000" is no rounding of 26,000, though within a tenth of it."""
    digits = Decimal(f"{rounded:g}").normalize().as_tuple()
    if not isinstance(digits.exponent, int) or not digits.digits:
        return False
    step = 10.0**digits.exponent * (5 if digits.digits[-1] == 5 else 1)
    return abs(exact - rounded) <= step / 2 + 1e-9 * step


def _rounded_down(value: float) -> float | None:
    """``value`` rounded down at its first digit (572,206: 500,000). Only that way: rounded
    up or to the nearest, a first digit stretches a figure by up to half ("almost 200" for
    101), where rounding down keeps "more than" true."""
    if value <= 0:
        return None
    scale = 10.0 ** math.floor(math.log10(value))
    return round(math.floor(value / scale) * scale, 10)


def hedged_figure_changes(suspect: Sentence, sources: list[Sentence]) -> list[Change]:
    """The same figure of the same thing bounded the other way: "more than 100 people"
    where the source has "nearly 100 people" (or "up to 500" for "at least 500"), and the
    source never says it the suspect's way. At most one change."""
    theirs: dict[str, list[tuple[Sentence, _Figure]]] = {}
    for source in sources:
        for f in _figures(source.text):
            theirs.setdefault(f.text, []).append((source, f))
    seen: set[tuple[str, str, frozenset[str]]] = set()
    for mine in _figures(suspect.text):
        if mine.side not in ("at least", "at most") or (mine.text, mine.side, mine.counted) in seen:
            continue
        seen.add((mine.text, mine.side, mine.counted))
        same = [
            (source, f)
            for source, f in theirs.get(mine.text, [])
            if not mine.counted or not f.counted or not mine.counted.isdisjoint(f.counted)
        ]
        if any(f.side == mine.side for _, f in same):
            continue  # the source says it this way too
        for source, f in same:
            if f.side in ("at least", "at most"):
                mine_at, mine_end = _bound_span(suspect.text, mine)
                their_at, their_end = _bound_span(source.text, f)
                mine_text = suspect.text[mine_at:mine_end]
                their_text = source.text[their_at:their_end]
                mine_span = Span(suspect.start + mine_at, suspect.start + mine_end, mine_text)
                their_span = Span(source.start + their_at, source.start + their_end, their_text)
                explanation = f"'{mine_text}' where the source has '{their_text}'"
                return [Change("number", mine_span, their_span, explanation)]
    return []


_HEDGED = re.compile(rf"\b(?:{_AT_LEAST}|{_AT_MOST})\s+$", re.IGNORECASE)  # before a figure


def _bound_span(text: str, figure: _Figure) -> tuple[int, int]:
    """Where a bounded figure is written with its bound: "more than 100", "65 and older"."""
    before = _HEDGED.search(_lead(text, figure.start, figure.start))
    if before is not None:
        return before.start(), figure.end
    after = _BOUND_AFTER.match(text, figure.end)
    return figure.start, after.end() if after is not None else figure.end


def _lead(text: str, at: int, width: int) -> str:
    """The ``width`` characters before a figure at ``at``, without the stray "Â" that a
    "£" read in the wrong encoding brings ("just under Â£1.1m")."""
    lead = text[max(0, at - width) : at]
    return lead[:-1] if lead.endswith("Â") else lead


def _hedge_side(lead: str) -> str | None:
    """How the words before a figure bound it: 'at least', 'at most', 'about', or None."""
    hedge = _APPROXIMATE.search(lead)
    if hedge is None:
        return None
    return "at least" if hedge[1] else "at most" if hedge[2] else "about"


_SOURCE_FIGURE = re.compile(
    r"(?<![\d.,])[$£€]?\d+(?:[.,]\d+)*(?![\d]|[.,]\d)"
    r"(?:\s?(?:thousand|million|billion|trillion|bn|mn|m|k)\b)?%?"
)
_SCALE_WORDS = frozenset("thousand million billion trillion bn mn percent per cent".split())


def _counted_stems(text: str) -> set[str]:
    """What a figure counts: the stems of the first three words after it."""
    words = [w for w in re.findall(r"[a-z]+", text.lower()) if w not in _SCALE_WORDS][:3]
    return {w[:5] for w in words if len(w) > 2 and w not in _FUNCTION_WORDS}


_FUNCTION_WORDS = frozenset("the and for was were are has had have will with that this".split())
