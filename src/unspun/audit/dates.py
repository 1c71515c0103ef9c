"""Dates and times: a source's relative dates read as calendar dates, and times compared.

A rewrite republished later turns "yesterday" into "March 5" and "last November" into
"November 2019". Neither is a change when the source's publication date makes them true,
and both are when it does not. Without a publication date none of this reading applies: a
calendar date the source never gives stays a finding.

The second half compares two texts' times for the entity check (``entities``), with or
without a publication date: the same duration in other units ("72 hours", "3 days"), the
same months and weekdays ("1 April" is not "1 January"), a day shifted, a past turned
future, "a year ago" for the anniversary a source marks, and which kind a time is (a
relative "last week" is no rival to an absolute "March 5", nor a vague "daily" to either).
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .numbers import DIGITS, NUMBER_WORDS, PRECISE_NUMBER_WORDS
from .text import key

__all__ = [
    "CALENDAR_WORDS",
    "DURATION",
    "FRAMING_WORDS",
    "LATER_HALF",
    "CalendarDate",
    "anniversary_of",
    "calendar_names",
    "date_class",
    "day_offset",
    "days_in",
    "month_year_clash",
    "parse",
    "publication_day",
    "resolve",
    "same_calendar",
    "same_day",
    "same_duration",
    "time_anchor",
    "time_units",
    "year_by_offset",
    "year_left_unsaid",
]

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_WEEKDAYS = {
    name: number
    for number, name in enumerate(
        "monday tuesday wednesday thursday friday saturday sunday".split()
    )
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_GLUED_MONTH = re.compile(
    r"(january|february|march|april|june|july|august|september|october|november|december)",
    re.I,
)
_CALENDAR_WORD = re.compile(rf"\b(?:({_MONTH})|({'|'.join(_WEEKDAYS)}))\b\.?", re.I)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\b\.?", re.I)
_MONTH_DAY = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", re.I)
_MONTH_ONLY = re.compile(rf"\b({_MONTH})\b", re.I)
_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# a month and the year it is of: "April 2003", "April 5, 2003", "5 April 2003"
_MONTH_YEAR = re.compile(
    rf"\b({_MONTH})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(19\d\d|20\d\d)\b", re.I
)


def _month_years(text: str) -> list[tuple[int, str]]:
    return [(_MONTHS[m[1].lower()], m[2]) for m in _MONTH_YEAR.finditer(text) if m[1] != "may"]


def month_year_clash(text: str, other: str) -> bool:
    """Does ``text`` put a month in another year than ``other`` does, where ``other`` gives
    that month only with its year ("April 2003" against "April 2004", though "October 2003"
    is said elsewhere)? Not against "17 August last year", which a year may resolve."""
    theirs = _years_of_months(other)
    return any(month in theirs and year not in theirs[month] for month, year in _month_years(text))


@lru_cache(maxsize=64)
def _years_of_months(text: str) -> dict[int, frozenset[str]]:
    """The years of each month ``text`` gives only with its year (read once per text: the
    entity check asks of one article for every figure it compares)."""
    dated = _month_years(text)
    mentions = [_MONTHS[m[1].lower()] for m in _MONTH_ONLY.finditer(text) if m[1] != "may"]
    return {
        month: frozenset(y for m, y in dated if m == month)
        for month in {m for m, _ in dated}
        if mentions.count(month) == sum(m == month for m, _ in dated)
    }


def calendar_names(text: str, *, glued: bool = False) -> frozenset[str]:
    """The months and weekdays a text names, in one form ("Sept." and "September": month 9),
    so "1 April" is not taken for the source's "1 January". ``glued``: also a full month
    name run into the next word, in a source lower-cased upstream that lost its punctuation
    ("apriljune")."""
    found = {
        f"month {_MONTHS[m[1].lower()]}" if m[1] else f"weekday {_WEEKDAYS[m[2].lower()]}"
        for m in _CALENDAR_WORD.finditer(text)
        if m[1] != "may"  # the verb, not the month
    }
    if glued and text == text.lower():
        found |= {f"month {_MONTHS[m[1].lower()]}" for m in _GLUED_MONTH.finditer(text)}
    return frozenset(found)


@dataclass(frozen=True)
class CalendarDate:
    """The parts of a date an expression pins down (None: not said)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None


def publication_day(value: str | None) -> date | None:
    """The day an article was published, from its ISO date or timestamp; None if unknown."""
    match = _ISO.search(value or "")
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def parse(text: str) -> CalendarDate | None:
    """The calendar parts of an absolute date ("Friday, April 21", "November 2019")."""
    lower = text.lower()
    year = _YEAR.search(lower)
    weekday = next((n for w, n in _WEEKDAYS.items() if re.search(rf"\b{w}\b", lower)), None)
    month = day = None
    if m := _DAY_MONTH.search(lower):
        day, month = int(m[1]), _MONTHS[m[2].lower()]
    elif m := _MONTH_DAY.search(lower):
        month, day = _MONTHS[m[1].lower()], int(m[2])
    elif (m := _MONTH_ONLY.search(lower)) and (m[1] != "may" or year):  # not "may" the verb
        month = _MONTHS[m[1]]
    found = CalendarDate(int(year[1]) if year else None, month, day, weekday)
    return None if found == CalendarDate() else found


def year_left_unsaid(suspect_date: str, source_text: str) -> bool:
    """Do these source sentences give this one day and month with no year at all?
    "December 31, 2019" for the "december 31" of a story from early 2020 adds the year a
    reader infers. Any year, or a relative one ("last year"), in the sentences dates the
    day itself, and a range ("December 31, 2019 to January 10, 2020") is not one day. Only
    for a source without a publication date: with one, :func:`same_day` checks the year."""
    said = parse(suspect_date)
    lower = suspect_date.lower()
    days = [*_DAY_MONTH.finditer(lower), *_MONTH_DAY.finditer(lower)]
    if said is None or said.year is None or said.day is None or len(days) != 1:
        return False
    if _YEAR.search(source_text) or _RELATIVE_YEAR.search(source_text):
        return False
    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        for m in pattern.finditer(source_text):
            month = m[month_group]
            if month.lower() == "may" and month[0] != "M":
                continue  # "he may 5 times": the verb, unless written as the month
            if int(m[day_group]) == said.day and _MONTHS[month.lower()] == said.month:
                return True
    return False


_RELATIVE_YEAR = re.compile(
    r"\b(?:(?:last|this|next|previous|the\s+following)\s+year|years?\s+(?:ago|earlier|later|"
    r"before)|decades?\s+(?:ago|earlier|later|before))\b",
    re.IGNORECASE,
)


def resolve(text: str, published: date) -> list[date | CalendarDate]:
    """What a source's date expression can mean, given the day it was published: exact
    days where it names one ("yesterday", "on Monday"), partial dates otherwise ("last
    November" is November of the year before the publication month)."""
    lower = text.lower()
    out: list[date | CalendarDate] = []
    if re.search(r"\b(today|tonight|this\s+(?:morning|afternoon|evening))\b", lower):
        out.append(published)
    if re.search(r"\b(yesterday|last\s+night)\b", lower):
        out.append(published - timedelta(days=1))
    if re.search(r"\btomorrow\b", lower):
        out.append(published + timedelta(days=1))
    for name, number in _WEEKDAYS.items():
        if re.search(rf"\b{name}\b", lower) and not _MONTH_DAY.search(lower):
            monday = published - timedelta(days=published.weekday())
            if re.search(r"\b(?:last|previous)\s+week\b", lower):
                out.append(monday - timedelta(days=7 - number))  # "Tuesday last week"
                continue
            if re.search(r"\bnext\s+week\b", lower):
                out.append(monday + timedelta(days=7 + number))  # "Friday next week"
                continue
            back = (published.weekday() - number) % 7
            ahead = (number - published.weekday()) % 7
            if re.search(r"\blast\b", lower):
                back = back or 7  # "last Tuesday" said on a Tuesday is a week ago
            if re.search(r"\bnext\b", lower):
                ahead = ahead or 7  # so is "next Tuesday" a week ahead
            if not re.search(r"\bnext\b", lower):
                out.append(published - timedelta(days=back))  # news: "on Monday" has passed
            if not re.search(r"\blast\b", lower):
                out.append(published + timedelta(days=ahead))  # "on Monday" to come
    if m := _MONTH_ONLY.search(lower):
        month = _MONTHS[m[1]]
        if m[1] != "may" or re.search(r"\b(last|next|this|in|of)\s+may\b", lower):
            if re.search(r"\blast\s+year\b|\blast\s+" + m[1], lower):
                year = published.year if month < published.month else published.year - 1
                if re.search(r"\blast\s+year\b", lower):
                    year = published.year - 1
                years = [year]
            elif re.search(r"\bnext\s+year\b|\bnext\s+" + m[1], lower):
                years = [published.year + 1 if month <= published.month else published.year]
            elif re.search(r"\bthis\s+year\b|\bthis\s+" + m[1], lower):
                years = [published.year]
            elif not _YEAR.search(lower):
                # the month's nearest past and nearest coming occurrence
                past = published.year if month <= published.month else published.year - 1
                years = [past, past + 1]
            else:
                years = []
            day = parse(lower)
            out.extend(CalendarDate(y, month, day.day if day else None) for y in years)
    elif re.search(r"\blast\s+year\b", lower):
        out.append(CalendarDate(published.year - 1))
    elif re.search(r"\bthis\s+year\b", lower):
        out.append(CalendarDate(published.year))
    elif re.search(r"\bnext\s+year\b", lower):
        out.append(CalendarDate(published.year + 1))
    return out


def same_day(suspect: str, source_dates: list[str], published: date) -> bool:
    """Does the suspect's calendar date say what one of the source's date expressions means,
    read from its publication day? Every part the suspect gives must agree; a suspect that
    is more precise than the source (a day where the source gave a month) does not."""
    said = parse(suspect)
    if said is None:
        return False
    for expression in source_dates:
        explicit = parse(expression)
        readings = resolve(expression, published)
        if explicit and explicit.day and explicit.month and not explicit.year:
            # "March 5" in the source: the year it was published (for a suspect's weekday)
            with contextlib.suppress(ValueError):
                readings.append(date(published.year, explicit.month, explicit.day))
        for reading in readings:
            if _agrees(said, reading):
                return True
    return False


def _agrees(said: CalendarDate, reading: date | CalendarDate) -> bool:
    if isinstance(reading, date):
        known = CalendarDate(reading.year, reading.month, reading.day, reading.weekday())
    else:
        known = reading
    for part in ("year", "month", "day", "weekday"):
        mine, theirs = getattr(said, part), getattr(known, part)
        if mine is not None and mine != theirs:
            return False  # a part the source does not pin down cannot back the suspect's
    return True


# --- times compared: durations, days, tense, how precise a time is ---------------------


# the days and months: capitalised, but no name
CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split()
)


DURATION = re.compile(
    # "a decade", "the past decade" and "the last year" are one of the unit; "every other
    # day" is every two; "half an hour", "a half-hour", "a 30-minute programme"
    r"(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
    r"(?<=\bevery\s)other|half(?=[-\s]+(?:an?\s+)?hour)|"
    r"(?<=\b)(?:a|an|the\s+(?:past|last|previous|next|coming))(?=\s))(?:\s*|-|[-\s]+an?\s+)"
    r"(?:(?:straight|consecutive|full|extra|additional|further|more)\s+)?"
    r"(minute|hour|day|week|fortnight|month|year|decade)s?\b",
    re.IGNORECASE,
)
# "the second half" of a year or a pregnancy is its last half
LATER_HALF = re.compile(r"\b(?:second|last|latter) half\b(?! (?:hour|century|decade|time|dozen))")
_DAYS = {
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "fortnight": 14.0,
    "month": 30.4,
    "year": 365.0,
    "decade": 3652.5,
}


_AMOUNTS = {"half": 0.5, "other": 2.0}  # "half an hour"; "every other day"


def days_in(text: str) -> float | None:
    """A duration in days ("72 hours" -> 3.0), or None when the text is not one."""
    match = DURATION.search(text)
    if match is None:
        return None
    amount = match.group(1).lower()
    if amount in _AMOUNTS:
        value = _AMOUNTS[amount]
    elif not amount[0].isdigit() and amount not in NUMBER_WORDS:
        value = 1.0  # "a decade", "the past decade"
    else:
        value = float(NUMBER_WORDS.get(amount, amount))
    return value * _DAYS[match.group(2).lower()]


def same_duration(a: str, b: str) -> bool:
    """The same span in other units ("72 hours", "3 days"); "the past decade", "10 years";
    not when it points the other way ("a year later", "a year earlier")."""
    first, second = days_in(a), days_in(b)
    if first is None or second is None or abs(first - second) > 0.1 * second:
        return False
    tenses = {_tense(a), _tense(b)}
    return len(tenses) == 1 or "present" in tenses


def same_calendar(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Does the other text name the months this date names, and its weekdays if it names
    any weekday at all ("Tuesday, Nov. 5" for "Nov. 5" adds a day, changes nothing)?"""
    days = {d for d in mine if d.startswith("weekday")}
    if not any(d.startswith("weekday") for d in theirs):
        mine = mine - days
    return mine <= theirs


_RELATIVE_TIME = re.compile(
    r"\b(last|next|this|coming|past|ago|yesterday|today|tomorrow|tonight|recent(?:ly)?|"
    r"earlier|later|previous|current|upcoming)\b",
    re.IGNORECASE,
)


_PAST = re.compile(r"\b(last|past|ago|yesterday|earlier|previous|recent(?:ly)?)\b", re.I)
_FUTURE = re.compile(r"\b(next|coming|tomorrow|later|upcoming)\b", re.I)


_SHIFTABLE = re.compile(
    r"\b(today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)


# words around a time or amount that do not change which one it is ("the past", "about")
FRAMING_WORDS = frozenset(
    "the this that these those every each few several some recent coming same previous prior "
    "past around about almost nearly more than less over under".split()
)


def time_units(text: str) -> set[str]:
    """The unit words of a relative time ("last week" -> {"week"})."""
    return {
        w[:5]
        for w in key(text).split()
        if len(w) > 2 and w not in FRAMING_WORDS and not _RELATIVE_TIME.fullmatch(w)
    }


_OWN_TIME = re.compile(
    r"\b(?:\d+|[a-z]+)\s+(?:years?|months?|weeks?|days?)\s+(?:ago|earlier)\b|"
    r"\blast\s+(?:year|month|week)\b"
)


def anniversary_of(text: str, article_key: str) -> bool:
    """Is "a year ago" ("two years on") the span of an anniversary the source marks: its
    "second anniversary" for two years, a bare "anniversary" for one?"""
    m = re.fullmatch(
        r"(?:just\s+|exactly\s+)?(a|one|\d+|[a-z]+)\s+years?\s+(?:ago|on|earlier|before|since)",
        key(text),
    )
    if m is None or "anniversary" not in article_key or _OWN_TIME.search(article_key):
        return False  # "two years ago", "last month": the sentences date it themselves
    years = "1" if m[1] in ("a", "one") else NUMBER_WORDS.get(m[1], m[1])
    ordinals = {
        NUMBER_WORDS.get(w, re.sub(r"\D", "", w))
        for w in re.findall(r"\b(\w+)\s+anniversary", article_key)
        if w in NUMBER_WORDS or re.fullmatch(r"\d+(?:st|nd|rd|th)", w)
    }
    return years in ordinals or (years == "1" and not ordinals)


def time_anchor(text: str) -> str | None:
    """Which way a relative time is anchored: 'present' ("this week", "earlier this year"),
    'past' ("last week", "a year ago"), 'future' ("next week"); None when it says nothing."""
    if re.search(r"\bthis\s+(?:past|last)\b", text, re.IGNORECASE):
        return "past"  # "this past week"
    if re.search(r"\b(this|current)\b", text, re.IGNORECASE):
        return "present"
    if _PAST.search(text):
        return "past"
    if _FUTURE.search(text):
        return "future"
    return None


def day_offset(text: str) -> int | None:
    """-1 for "yesterday" or "last night", 0 for "today" or "this morning", 1 for
    "tomorrow"; None for anything else."""
    match = _SHIFTABLE.search(text)
    if match is None:
        return None
    said = match.group().lower()
    return -1 if said.startswith(("yesterday", "last")) else 1 if said == "tomorrow" else 0


def _tense(text: str) -> str:
    """Which way a relative date points: 'past', 'future' or 'present' ("today", "this week")."""
    if _PAST.search(text):
        return "past"
    if _FUTURE.search(text):
        return "future"
    return "present"


def date_class(text: str) -> str:
    """'relative' (last Sunday), 'absolute' (May 8, 2017; Monday; 1991) or 'vague' (daily)."""
    if _RELATIVE_TIME.search(text):
        return "relative"
    words = set(re.findall(r"[a-z]+", text.lower()))
    if DIGITS.search(text) or words & CALENDAR_WORDS or words & PRECISE_NUMBER_WORDS:
        return "absolute"
    return "vague"


# "two years later", "a year earlier", "the following year": a year counted from another
_YEARS_ON = re.compile(
    r"\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+"
    r"(later|after(?:wards)?|earlier|before)\b|"
    r"\bthe\s+(following|next|previous|preceding)\s+year\b",
    re.IGNORECASE,
)
_COUNTS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}


def year_by_offset(suspect_date: str, source_text: str, anchors: str) -> bool:
    """Is the year of ``suspect_date`` one the ``source_text`` counts from a year the
    ``anchors`` give ("in 1999" for "two years later" after "back to 1997")? A rewrite
    often works out the year a source leaves relative; the sum must be right, and the
    sentence that counts must give no year of its own (in "founded in 2010; the following
    year it listed, and it was sold in 2015" the sale has its year)."""
    said = _YEAR.fullmatch(suspect_date.strip().removeprefix("in ").strip())
    if said is None:
        return False
    years = {int(y) for y in _YEAR.findall(anchors)} - {int(said[1])}
    counting = " ".join(s for s in re.split(r"(?<=[.!?])\s+", source_text) if not _YEAR.search(s))
    for m in _YEARS_ON.finditer(counting):
        if m[1]:
            span = int(m[1]) if m[1].isdigit() else _COUNTS[m[1].lower()]
            later = m[2].lower() not in ("earlier", "before")
        else:
            span, later = 1, m[3].lower() in ("following", "next")
        if any(int(said[1]) == (y + span if later else y - span) for y in years):
            return True
    return False
