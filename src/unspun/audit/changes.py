"""Typed changes between a suspect sentence and the source sentences it draws on.

Entities, figures and dates through spaCy and normalised forms; direction, negation,
hedging, condition and attribution through word patterns scoped to the clause they govern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..documents import Sentence
from ..results import Change, Span

__all__ = ["ATTRIBUTION", "EntityTagger", "find_changes", "new_specifics"]

# --- typed changes -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Ent:
    start: int
    end: int
    text: str
    label: str


_KIND = {
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
_NUMBER_WORDS = {
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
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")  # "3,000" and "11.9" stay whole
_FIGURE = re.compile(r"(?<![A-Za-z])(?<![A-Za-z]-)\d+(?:[.,]\d+)*")  # not "COVID-19", "G7"


def _key(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.lower()).strip()


def _numbers(text: str) -> set[str]:
    clocks = list(_CLOCK.finditer(text))
    found = {
        d.group().replace(",", "").lstrip("0") or "0"
        for d in _DIGITS.finditer(text)
        if not any(c.start() <= d.start() < c.end() for c in clocks)
    }
    # "21.406" is 21,406 written with a dot (or tokenised upstream); keep both readings
    found |= {d.replace(".", "") for d in found if re.fullmatch(r"\d{1,3}(\.\d{3})+", d)}
    for tens, unit in _COMPOUND_NUMBER.findall(text.lower()):
        found.add(str(_TENS[tens] + int(_NUMBER_WORDS.get(unit, "0"))))
    scaled = {m.end(2) for m in _SCALED.finditer(text)}
    for m in _SCALED.finditer(text):
        # "$27 billion", "$27bn" and "27,000,000,000" are one amount
        value = float(m.group(1).replace(",", "")) * _SCALE[m.group(2).lower().rstrip(".")]
        found.add(str(round(value)))
    for word in re.finditer(r"[a-z]+", text.lower()):
        if word.group() in _NUMBER_WORDS and word.end() not in scaled:
            found.add(_NUMBER_WORDS[word.group()])
    for m in clocks:
        # "6:15 pm" is "1815" in the 24-hour style many wires use
        hour = int(m.group(1)) % 12 + (12 if m.group(3).lower().startswith("p") else 0)
        found |= {f"{hour:02d}{m.group(2)}", f"{hour}{m.group(2)}"}
    return found


_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9}
_SCALE |= {"bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12}
_SCALED = re.compile(
    r"(\d+(?:[.,]\d+)*)\s?(thousand|million|billion|trillion|bn|mn|tn|m|k|b)\b", re.IGNORECASE
)
_CLOCK = re.compile(r"\b(\d{1,2})[:.](\d{2})\s*([ap])\.?m\b\.?", re.IGNORECASE)


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70}
_TENS |= {"eighty": 80, "ninety": 90}
# "twenty-one" and "twenty one"
_COMPOUND_NUMBER = re.compile(
    r"\b(" + "|".join(_TENS) + r")(?:[-\s](one|two|three|four|five|six|seven|eight|nine))?\b"
)


_DATE_PREFIXES = frozenset("last next this coming past previous early late".split())


class EntityTagger:
    """spaCy entities per sentence, tagged in one batch and remembered.

    Tagging only the sentences that are compared (not whole articles) keeps the audit
    inside its time budget.
    """

    def __init__(self, nlp: Any) -> None:
        self._nlp = nlp
        # keyed by the sentence itself (id, offsets and text): a suspect and a source that
        # share an id must not share entities
        self._cache: dict[Sentence, list[_Ent]] = {}

    def prepare(self, sentences: Iterable[Sentence]) -> None:
        todo = list(dict.fromkeys(s for s in sentences if s not in self._cache))
        if self._nlp is None:
            for s in todo:
                self._cache[s] = []
            return
        for sentence, doc in zip(todo, self._nlp.pipe([s.text for s in todo]), strict=True):
            ents = []
            for e in doc.ents:
                if e.label_ not in _KIND:
                    continue
                start = e.start_char
                if e.label_ in ("DATE", "TIME") and e.start > 0:
                    before = doc[e.start - 1]
                    if before.lower_ in _DATE_PREFIXES:  # "last Sunday night", not "Sunday night"
                        start = before.idx
                text = sentence.text[start : e.end_char]
                ents.append(
                    _Ent(sentence.start + start, sentence.start + e.end_char, text, e.label_)
                )
            self._cache[sentence] = ents

    def __call__(self, sentence: Sentence) -> list[_Ent]:
        key = sentence
        if key not in self._cache:
            self.prepare([sentence])
        return self._cache[key]


_ACRONYM_SKIP = frozenset("of and for the on in to at de du la a an".split())
# the few names whose short form shares no initials with the long one
_ALIASES = [
    frozenset({"us", "usa", "america", "united states", "united states of america"}),
    frozenset({"uk", "britain", "great britain", "united kingdom"}),
    frozenset({"covid 19", "covid", "coronavirus", "novel coronavirus", "sars cov 2", "2019 ncov"}),
    frozenset({"gop", "republican", "republicans"}),
    # nationality adjectives that do not share a prefix with their country
    frozenset({"american", "americans", "us", "usa", "america", "united states"}),
    frozenset({"british", "briton", "britons", "uk", "britain", "united kingdom"}),
    frozenset({"irish", "ireland"}),
    frozenset({"scottish", "scots", "scotland"}),
    frozenset({"welsh", "wales"}),
    frozenset({"english", "england"}),
    frozenset({"dutch", "netherlands", "holland"}),
    frozenset({"french", "france"}),
    frozenset({"swiss", "switzerland"}),
    frozenset({"spanish", "spain"}),
    frozenset({"chinese", "china"}),
    frozenset({"japanese", "japan"}),
    frozenset({"turkish", "turkey"}),
    frozenset({"polish", "poland"}),
    frozenset({"danish", "denmark"}),
    frozenset({"swedish", "sweden"}),
    frozenset({"finnish", "finland"}),
    frozenset({"norwegian", "norway"}),
    frozenset({"filipino", "philippines"}),
    frozenset({"thai", "thailand"}),
]


def _tokens(text: str) -> set[str]:
    """Lower-case words with dots and possessives dropped: 'U.S.' -> 'us', "CDC's" -> 'cdc'."""
    out = set()
    for w in re.findall(r"[\w.'’]+", text.lower()):
        w = re.sub(r"['’]s?$", "", w.replace(".", "")).replace("'", "").replace("’", "")
        if w:
            out.add(w)
    return out


def _acronyms(text: str) -> set[str]:
    """Initials of every run of 2-6 words, so 'Centers for Disease Control' gives 'cdc'."""
    words = [w for w in re.findall(r"[a-z]+", text.lower()) if w not in _ACRONYM_SKIP]
    out = set()
    for i in range(len(words)):
        initials = ""
        for w in words[i : i + 6]:
            initials += w[0]
            if len(initials) >= 2:
                out.add(initials)
    return out


@dataclass(frozen=True)
class _Text:
    """A text in the forms entity matching compares: words, stems, figures, acronyms."""

    key: str
    stems: frozenset[str]
    numbers: frozenset[str]
    tokens: frozenset[str] = frozenset()
    acronyms: frozenset[str] = frozenset()

    @classmethod
    def of(cls, text: str) -> _Text:
        tokens = _tokens(text)
        # a possessive or plural acronym run together upstream ('cdcs') still names it
        tokens |= {w[:-1] for w in tokens if w.endswith("s") and len(w) > 3}
        return cls(
            _key(text),
            frozenset(_stems(text)),
            frozenset(_numbers(text)),
            frozenset(tokens),
            frozenset(_acronyms(text)),
        )


@lru_cache(maxsize=16)
def _article(text: str) -> _Text:
    """The source article in matching form, computed once per article (not per sentence)."""
    return _Text.of(text)


_TIME_STEMS = frozenset(
    w[:5]
    for w in "day days week weeks month months year years decade decades century hour hours "
    "minute minutes second seconds ago last next early late earlier later morning afternoon "
    "evening night tonight yesterday today tomorrow weekend annual annually quarter season "
    "spring summer autumn fall winter noon midnight half dozen percent per cent".split()
)
_MARKER = re.compile(r"\b[A-Z][\w'’.-]*|\w*\d[\w.,]*")


def _may_name_new(text: str, article: _Text) -> bool:
    """Could this sentence carry an entity, figure or date the article never mentions?

    Entities the audit reports are capitalised words, figures or time words missing from the
    whole source; a sentence with none of those cannot produce one, so it needs no tagging.
    """
    if not _numbers(text) <= article.numbers:
        return True
    for m in _MARKER.finditer(text):
        for w in re.findall(r"\w+", m.group().lower()):
            if len(w) > 2 and w[:5] not in article.stems:
                return True
    words = {w[:5] for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2}
    return bool((words & _TIME_STEMS) - article.stems)


_CAPITALISED = re.compile(r"(?<![.!?:\"“‘]\s)(?<!^)\b[A-Z][\w'’.-]*[\w]")


def new_specifics(text: str, article: _Text) -> list[str]:
    """Names and figures in a sentence that the source article never mentions.

    Capitalised words past the first (a sentence's first word is capitalised anyway) and
    digit figures, each checked against the article's words, acronyms and figures.
    """
    found = [m.group() for m in _new_names(text, article)]
    for d in _FIGURE.findall(text):
        n = d.replace(",", "")
        if n not in article.numbers and not (len(n) <= 1):
            found.append(d)
    return found


def _new_names(text: str, article: _Text) -> list[re.Match[str]]:
    """Capitalised words (past the first) that the source article never mentions."""
    found = []
    for m in _CAPITALISED.finditer(text):
        word = m.group()
        low = word.lower()
        if low in _ACRONYM_SKIP or low in _CALENDAR or low.rstrip(".") in _TITLES:
            continue
        if re.fullmatch(r"i['’](m|ll|ve|d)", low) or text[: m.start()].rstrip()[-1:] in '.!?:"“”|':
            continue  # "I'm"; a first word after a headline or quote on the same line
        stem = re.sub(r"['’]s?$", "", low).replace(".", "")
        if not stem or stem[:5] in article.stems or stem in article.tokens:
            continue
        parts = [w for w in re.findall(r"[^\W_]+", stem) if len(w) > 1]
        if len(parts) > 1 and all(w[:5] in article.stems or w in article.tokens for w in parts):
            continue  # "SARS-CoV-2" against "sars cov-2"
        if word.isupper() and stem in article.acronyms:
            continue
        if _alias_in(_key(word), article):
            continue
        found.append(m)
    return found


# a title before a name the source gives without it ("Professor Sarah Gilbert")
_TITLES = frozenset(
    "professor prof dr doctor president senator sen rep governor gov minister mayor judge "
    "general gen captain capt chief director secretary chairman chairwoman sir lord lady "
    "mr mrs ms miss".split()
)

_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december i".split()
)


_DURATION = re.compile(
    r"(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s*"
    r"(?:straight\s+|consecutive\s+|full\s+)?(hour|day|week|month|year|decade)s?\b",
    re.IGNORECASE,
)
_DAYS = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.4, "year": 365.0, "decade": 3652.5}


def _days(text: str) -> float | None:
    """A duration in days ("72 hours" -> 3.0), or None when the text is not one."""
    match = _DURATION.search(text)
    if match is None:
        return None
    amount = match.group(1).lower()
    value = float(_NUMBER_WORDS.get(amount, amount))
    return value * _DAYS[match.group(2).lower()]


def _same_duration(a: str, b: str) -> bool:
    first, second = _days(a), _days(b)
    return first is not None and second is not None and abs(first - second) <= 0.1 * second


def _mentioned(ent: _Ent, other: _Text) -> bool:
    """Is this entity (or a recognisable form of it) in the other text?"""
    kind = _KIND[ent.label]
    if kind in ("number", "date"):
        numbers = _numbers(ent.text)
        if numbers:
            if numbers <= other.numbers:
                return True
            # a range whose dash was lost upstream: "March 22-25" against "march 2225"
            digits = re.findall(r"\d+", ent.text)
            return len(digits) > 1 and "".join(digits) in other.numbers
        words = [w for w in _key(ent.text).split() if len(w) > 2 and w not in _QUANTIFIERS]
        return all(w[:5] in other.stems for w in words) if words else True
    key = _key(ent.text)
    if f" {key} " in f" {other.key} ":
        return True
    if ent.label == "NORP" and len(key) > 4 and any(w.startswith(key[:4]) for w in other.stems):
        return True  # "Italian" for "Italy", "Greek" for "Greece"
    words = [w for w in key.split() if len(w) > 2 and w not in ("the", "and")]
    if words and any(w[:5] in other.stems for w in words[-1:] + words[:1]):
        return True
    if len(words) == 1 and len(words[0]) >= 4 and words[0][:-1][:5] in other.stems:
        return True  # "Laos" for "Lao", "Kurds" for "Kurd"
    # the same name in another form: an acronym and its expansion, 'U.S.' and 'US'
    name = re.sub(r"^the\s+", "", key)
    compact = "".join(_tokens(ent.text)) if len(name.split()) == 1 else ""
    if compact and len(compact) >= 2 and (compact in other.tokens or compact in other.acronyms):
        return True
    initials = "".join(w[0] for w in name.split() if w not in _ACRONYM_SKIP)
    if len(initials) >= 2 and any(
        initials[:k] in other.tokens for k in range(min(3, len(initials)), len(initials) + 1)
    ):
        return True
    return _alias_in(name, other)


def _alias_in(name: str, other: _Text) -> bool:
    """Does the other text use a known alias of this name ('COVID-19' for 'coronavirus')?"""
    return any(
        name in group and any(f" {a} " in f" {other.key} " or a in other.tokens for a in group)
        for group in _ALIASES
    )


_RELATIVE_TIME = re.compile(
    r"\b(last|next|this|coming|past|ago|yesterday|today|tomorrow|tonight|recent(?:ly)?|"
    r"earlier|later|previous|current|upcoming)\b",
    re.IGNORECASE,
)
_PRECISE_NUMBER = frozenset(w for w in _NUMBER_WORDS if w not in ("dozen", "hundred", "thousand"))


_PAST = re.compile(r"\b(last|past|ago|yesterday|earlier|previous|recent(?:ly)?)\b", re.I)
_FUTURE = re.compile(r"\b(next|coming|tomorrow|later|upcoming)\b", re.I)


_SHIFTABLE = re.compile(
    r"\b(today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)


def _tense(text: str) -> str:
    """Which way a relative date points: 'past', 'future' or 'present' ("today", "this week")."""
    if _PAST.search(text):
        return "past"
    if _FUTURE.search(text):
        return "future"
    return "present"


def _date_class(text: str) -> str:
    """'relative' (last Sunday), 'absolute' (May 8, 2017; Monday; 1991) or 'vague' (daily)."""
    if _RELATIVE_TIME.search(text):
        return "relative"
    words = set(re.findall(r"[a-z]+", text.lower()))
    if _DIGITS.search(text) or words & _CALENDAR or words & _PRECISE_NUMBER:
        return "absolute"
    return "vague"


def _vague(ent: _Ent) -> bool:
    """A time or amount too loose to contradict anything: 'this day', 'hundreds', 'many'."""
    kind = _KIND[ent.label]
    if kind == "date":
        return _date_class(ent.text) == "vague"
    if kind == "number":
        words = set(re.findall(r"[a-z]+", ent.text.lower()))
        return not _DIGITS.search(ent.text) and not words & _PRECISE_NUMBER
    return False


def _initials_of(short: str, long: str) -> bool:
    """Is the upper-case ``short`` an abbreviation of ``long`` ('HGI', 'Harvard Global Health
    Institute')? First and last initials must agree and at most one initial may be skipped."""
    letters = short.lower()
    initials = "".join(w[0] for w in _key(long).split() if w not in _ACRONYM_SKIP)
    if not short.isupper() or len(letters) < 2 or len(initials) - len(letters) > 1:
        return False
    if letters[0] != initials[:1] or letters[-1] != initials[-1:]:
        return False
    rest = iter(initials)
    return all(ch in rest for ch in letters)


def _comparable(ent: _Ent, rival: _Ent) -> bool:
    """Could ``rival`` be what the suspect's ``ent`` replaced? Same sort of thing, same unit."""
    kind = _KIND[ent.label]
    if _vague(rival):
        return False
    if kind == "number":
        return ent.label == rival.label  # a percentage is no rival to a head count
    if kind == "date":
        if _date_class(ent.text) != _date_class(rival.text):
            return False
        if _SHIFTABLE.search(ent.text) and _SHIFTABLE.search(rival.text):
            # a story republished a day later says "yesterday" for "today": only past against
            # future is a change there ("tomorrow" for "last night")
            return {_tense(ent.text), _tense(rival.text)} == {"past", "future"}
        return True
    if kind == "entity":
        if _initials_of(ent.text, rival.text) or _initials_of(rival.text, ent.text):
            return False  # the same name, abbreviated
        return ent.label == rival.label
    return True


_QUANTIFIERS = frozenset(
    "the this that these those every each few several some recent coming same previous prior "
    "past around about almost nearly more than less over under".split()
)


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"\w+", text.lower()) if len(w) > 2}


_DIRECTION_PREP = re.compile(
    r"\b(from|out of|to|into|towards?|for)\s+((?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})"
)
_PREP_CLASS = {
    "from": "from",
    "out of": "from",
    "to": "to",
    "into": "to",
    "toward": "to",
    "towards": "to",
    "for": "to",
}
_ANTONYMS = [
    ("buy", "sell"),
    ("bought", "sold"),
    ("buyer", "seller"),
    ("import", "export"),
    ("win", "lose"),
    ("won", "lost"),
    ("winner", "loser"),
    ("lend", "borrow"),
    ("lent", "borrowed"),
    ("give", "receive"),
    ("gave", "received"),
    ("send", "receive"),
    ("sent", "received"),
    ("increase", "decrease"),
    ("rise", "fall"),
    ("rose", "fell"),
    ("raise", "cut"),
    ("higher", "lower"),
    ("more", "fewer"),
    ("gain", "loss"),
    ("attack", "defend"),
    ("acquit", "convict"),
    ("approve", "reject"),
    ("approved", "rejected"),
    ("support", "oppose"),
    ("supported", "opposed"),
    # general English opposites (a lexicon, not any article's words)
    ("most", "least"),
    ("maximum", "minimum"),
    ("majority", "minority"),
    ("opening", "closing"),
    ("opened", "closed"),
    ("publicly", "secretly"),
    ("public", "private"),
    ("legal", "illegal"),
    ("guilty", "innocent"),
    ("success", "failure"),
    ("succeeded", "failed"),
    ("victory", "defeat"),
    ("allowed", "banned"),
    ("allow", "ban"),
    ("accepted", "refused"),
    ("accept", "refuse"),
    ("strengthen", "weaken"),
    ("expand", "shrink"),
    ("include", "exclude"),
    ("included", "excluded"),
    ("added", "removed"),
    ("raising", "lowering"),
    ("increasing", "decreasing"),
    ("increased", "decreased"),
    ("rising", "falling"),
    ("gained", "lost"),
    ("ally", "enemy"),
    ("allies", "enemies"),
    ("optimistic", "pessimistic"),
    ("positive", "negative"),
    ("safe", "dangerous"),
]
# Which way a quantity moved: any "up" word against any "down" word, in every inflection.
_UP = frozenset(
    "increase increased increases increasing rise rises rose risen rising grow grows grew grown "
    "growing growth jump jumped jumps surge surged surges soar soared soars climb climbed climbs "
    "gain gained gains spike spiked spikes rebound rebounded".split()
)
_DOWN = frozenset(
    "decrease decreased decreases decreasing drop dropped drops fall falls fell fallen falling "
    "decline declined declines declining shrink shrank shrinks shrinking plunge plunged plunges "
    "slump slumped slumps tumble tumbled tumbles dip dipped dips sink sank sinks slide slid "
    "loss losses".split()
)
_NEGATION = re.compile(
    r"\b(not|no|never|none|neither|nor|without|cannot|n't|denied|denies|deny|refused|"
    r"refuses|false|unable|failed to|fails to|lack of|nobody|nothing|rather than|"
    r"instead of)\b|n['’]t\b|"
    # "do nt", "ca nt": text tokenised upstream with the apostrophe dropped
    r"\b(?:do|does|did|is|are|was|were|ca|could|would|should|wo|have|has|had)\s+nt\b",
    re.IGNORECASE,
)
# Negation carried by a word rather than a particle: "asymptomatic" says what "do not show
# symptoms" says, "sleep deprivation" what "lack of sleep" says.
_NEGATIVE_WORD = re.compile(
    r"\b(lacks?|lacking|lacked|absent|absence|depriv\w+|free\s+of|"
    r"(?!(?:never|none)theless)\w{3,}less(?:ly|ness)?|asymptomatic|"
    r"un(?:able|likely|known|clear|aware|available|affected|harmed|hurt|injured|employed|safe|"
    r"successful|true|founded|fit|willing|necessary|certain|confirmed|paid|vaccinated|armed)|"
    r"im(?:possible|proper|probable)|in(?:accurate|correct|effective|sufficient|adequate|valid|"
    r"capable|active|eligible|complete)|illegal|irregular|non-?existent|disagree\w*|"
    r"dismiss\w*|reject\w*|fail(?:s|ed|ure)?)\b",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    r"\b(may|might|could|possibly|possible|possibility|probably|likely|likelihood|"
    r"unlikely|reportedly|allegedly|purportedly|apparently|speculates?|"
    # "suspected" hedges a claim ("is suspected of"), not a noun ("suspected cases")
    r"suspects?\s+(?:that|of)|(?:is|are|was|were|be|been|being)\s+suspected|"
    r"suspected\s+(?:of|to|that)|being\s+considered|under\s+consideration|"
    r"speculated|believed|believes|thought\s+to|appears?\s+to|seems?\s+to|considering|"
    r"considers?|plans\s+to|planning\s+to|expected\s+to|would|potentially|suggests?|suggested|"
    r"unconfirmed|rumou?red|(?:claims?|claimed)\s+(?:that|to)|alleged)\b",
    re.IGNORECASE,
)
_CERTAIN = re.compile(
    r"\b(will|confirmed|confirms|definitely|certainly|clearly|proved|proven|undeniably|"
    r"is\s+set\s+to|has\s+been\s+confirmed)\b",
    re.IGNORECASE,
)
_CONDITION = re.compile(
    r"\b(if|unless|provided\s+that|as\s+long\s+as|in\s+case|only\s+when|on\s+condition|"
    r"in\s+the\s+event)\b"
    r"[^.;]*",
    re.IGNORECASE,
)
# "if" after these asks a question ("unclear if", "asked if"): no condition
_QUESTION_IF = re.compile(
    r"\b(?:uncertain|unclear|unknown|unsure|sure|ask|asks|asked|asking|wonder|wonders|"
    r"wondered|wondering|see|know|knows|knew|check|checking|determine|decide|tell|question)"
    r"\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


_REPORTING = re.compile(
    r"\b(said|says|say|told|tells|added|adds|insists?|insisted|claims?|claimed|stated|states|"
    r"according\s+to|announced|argued|argues|warned|warns)\b",
    re.IGNORECASE,
)


def _condition_elsewhere(cond: re.Match[str], source_text: str) -> bool:
    """Does the source state this condition in a sentence the alignment did not pair (a
    rewrite that merges two source sentences)? Same cue, and a content word of the clause."""
    cue = " ".join(cond.group(1).lower().split())
    wanted = _stems(cond.group()[len(cond.group(1)) :]) - _FUNCTION_STEMS
    for match in _CONDITION.finditer(source_text):
        shared = wanted & _stems(match.group())
        if " ".join(match.group(1).lower().split()) == cue and len(shared) >= 0.5 * len(wanted):
            return True
    return False


def _condition(text: str) -> re.Match[str] | None:
    """The first conditional clause ("if", "unless", ...) that is not a question's "if"."""
    for match in _CONDITION.finditer(text):
        if not _QUESTION_IF.search(text, 0, match.start()):
            return match
    return None


_WHETHER = re.compile(
    r"\b(whether|in\s+the\s+event|depending\s+on|once|when|whenever|"
    r"(?:following|these|those|certain)\s+(?:conditions|criteria))\b",
    re.I,
)
_ANY_CONDITION = re.compile(f"{_CONDITION.pattern}|{_WHETHER.pattern}", re.IGNORECASE)
ATTRIBUTION = re.compile(
    r"(,\s*)?\baccording\s+to\s+[^,.;]+|"
    r"(,\s*)?\b(as\s+)?(reported|announced|stated|confirmed)\s+by\s+[^,.;]+|"
    r"[,]\s*(?:[A-Z][\w.'’-]*\s*){1,5}\s+(said|says|told\s+\w+|added|reported)\b[^.;]*",
)


def _span(base: int, match: re.Match[str], group: int = 0) -> tuple[int, int, str]:
    return base + match.start(group), base + match.end(group), match.group(group)


def find_changes(
    suspect: Sentence,
    sources: list[Sentence],
    *,
    tagger: EntityTagger,
    source_text: str,
    entities: bool | None = None,
    swaps: bool = False,
) -> list[Change]:
    """Typed differences between a suspect sentence and the source sentences it draws on.

    ``entities`` says whether to tag entities at all (None: when the sentence has a
    capitalised word, figure or time word the source lacks, see ``_may_name_new``).
    ``swaps``: also report a name or figure found elsewhere in the source but not in these
    source sentences, in place of one they have (who did it swapped with another party);
    for sentences that follow their source closely.
    """
    changes: list[Change] = []
    joined = " ".join(s.text for s in sources)
    article = _article(source_text)
    suspect_text = _Text.of(suspect.text)
    suspect_stems = set(suspect_text.stems)
    local = _Text.of(joined)
    if entities is None:
        entities = _may_name_new(suspect.text, article) or (
            swaps and _may_name_new(suspect.text, local)
        )

    # who, where, when, how many: something the source never says, against what it says here
    s_ents = tagger(suspect) if entities else []
    t_ents = [e for s in sources for e in tagger(s)] if s_ents else []
    seen_types: set[str] = set()
    for ent in s_ents:
        kind = _KIND[ent.label]
        in_article = _mentioned(ent, article)
        if in_article and not (swaps and not _mentioned(ent, local)):
            continue
        if _vague(ent):
            continue  # "daily", "hundreds", "the colder months": nothing precise to contradict
        rivals = [
            t
            for t in t_ents
            if _KIND[t.label] == kind and _comparable(ent, t) and not _mentioned(t, suspect_text)
        ]
        if not rivals and kind == "date" and _date_class(ent.text) != "absolute":
            continue  # "last week" where the source gives no date at all: not a contradiction
        if in_article:
            # a swap: the rival must be the same sort of thing (places nest, "East Palestine,
            # Ohio"; "30 years ago" is no rival to "Thursday")
            rivals = [
                t
                for t in rivals
                if kind != "location"
                and t.label == ent.label
                and bool(_numbers(t.text)) == bool(_numbers(ent.text))
            ]
            if not rivals:
                continue  # named elsewhere in the source, and nothing here it replaces
        if ent.label == "CARDINAL" and _key(ent.text) in _NUMBER_WORDS:
            before = suspect.text[: ent.start - suspect.start].split()[-1:]
            if not rivals or before and before[0].lower() in ("the", "other", "both", "all"):
                continue  # "the two", "all three": a count the writer drew, no figure contradicted
        if kind == "date" and any(_same_duration(ent.text, t.text) for t in t_ents):
            continue  # "72 hours" for "3 days": the same span in other units
        if kind in seen_types:
            continue
        seen_types.add(kind)
        rival = rivals[0] if rivals else None
        changes.append(
            Change(
                type=kind,  # type: ignore[arg-type]
                suspect=Span(ent.start, ent.end, ent.text),
                source=Span(rival.start, rival.end, rival.text) if rival else None,
                explanation=(
                    f"'{ent.text}' where the source has '{rival.text}'"
                    if rival
                    else f"'{ent.text}' does not appear in the source"
                ),
            )
        )

    # a name the tagger missed ("a Cardiff car park"): a capitalised word, past the first,
    # that the source never mentions and no entity above covers
    words = re.findall(r"[A-Za-z]+", suspect.text)
    title_case = sum(w[0].isupper() for w in words) > 0.5 * max(1, len(words))
    if entities and not title_case and not seen_types & {"entity", "location"}:
        covered = [(e.start - suspect.start, e.end - suspect.start) for e in s_ents]
        for m in _new_names(suspect.text, article):
            if (
                any(a <= m.start() < b for a, b in covered)
                or m.group().isupper()
                and len(m.group()) <= 1
            ):
                continue
            changes.append(
                Change(
                    "entity",
                    Span(suspect.start + m.start(), suspect.start + m.end(), m.group()),
                    None,
                    f"'{m.group()}' does not appear in the source",
                )
            )
            break

    # direction: the same party on the other side of from/to, or a verb turned around
    changes.extend(_direction_changes(suspect, sources))
    if suspect.role == "headline":
        # headlines are telegraphic: dropping a hedge or a clause there is compression
        return changes

    # negation: a claim flipped
    s_neg = _NEGATION.search(suspect.text)
    t_neg = [(s, m) for s in sources for m in [_NEGATION.search(s.text)] if m]
    source_stems = _stems(joined)
    if (
        s_neg
        and not t_neg
        and not _expresses(
            source_stems, suspect.text, s_neg.end(), window=_TIGHT_WINDOW, share=_TIGHT_SHARE
        )
    ):
        s_neg = None  # the suspect negates something the source does not say at all
    t_neg_scoped = [
        (s, m) for s, m in t_neg if _expresses_around(suspect_stems, s.text, m.start(), m.end())
    ]
    if not s_neg and not t_neg_scoped:
        t_neg = []
    lexical = _NEGATIVE_WORD.search(joined) if s_neg else _NEGATIVE_WORD.search(suspect.text)
    if bool(s_neg) != bool(t_neg) and not lexical:
        if s_neg:
            changes.append(
                Change(
                    "negation",
                    Span(*_span(suspect.start, s_neg)),
                    None,
                    f"suspect negates ('{s_neg.group()}'); the source does not",
                )
            )
        else:
            src, m = t_neg[0]
            changes.append(
                Change(
                    "negation",
                    None,
                    Span(*_span(src.start, m)),
                    f"the source's '{m.group()}' is gone",
                )
            )

    # hedging: certainty raised ("may" became "will", "probably" became fact)
    # A dropped hedge counts only when the suspect keeps the hedged words and either asserts
    # them ("will", "confirmed") or carries no modal at all; "May" the month is no hedge, and
    # a lone "would" (reported speech, counterfactuals) is too weak to stand on its own.
    s_hedge = _HEDGE.search(suspect.text)
    s_certain = _CERTAIN.search(suspect.text)
    raised = bool(s_certain) and not _CERTAIN.search(joined)
    t_hedge = [
        (src, m)
        for src in sources
        for m in _HEDGE.finditer(src.text)
        if m.group() != "May"
        and (raised or m.group().lower() != "would")
        and _expresses_around(suspect_stems, src.text, m.start(), m.end())
    ][:1]
    reported = (
        bool(t_hedge)
        and t_hedge[0][1].group().lower() == "would"
        and bool(s_certain)
        and s_certain.group().lower() == "will"
        and bool(_REPORTING.search(suspect.text))
        and bool(_REPORTING.search(t_hedge[0][0].text))
    )  # "X said it would" is "X insists it will": the tense of reported speech, not a hedge
    question = suspect.text.rstrip(" \"'”’").endswith("?")  # a question asserts nothing
    if (
        t_hedge
        and not reported
        and not question
        and (raised or not (s_hedge or _MODAL.search(suspect.text)))
    ):
        src, m = t_hedge[0]
        changes.append(
            Change(
                "hedging",
                Span(*_span(suspect.start, s_certain)) if s_certain else None,
                Span(*_span(src.start, m)),
                f"the source hedges ('{m.group()}'); the suspect states it as certain",
            )
        )

    # condition: an "if"/"unless" dropped or added
    t_cond = [
        (s, m)
        for s in sources
        for m in [_condition(s.text)]
        if m
        and _expresses(suspect_stems, s.text[: m.start()], _clause_start(s.text, m.start()))
        and not _expresses(suspect_stems, s.text, m.end(), window=_TIGHT_WINDOW, share=_TIGHT_SHARE)
    ]
    s_cond = _condition(suspect.text)
    if t_cond and not s_cond and not _WHETHER.search(suspect.text):
        src, m = t_cond[0]
        changes.append(
            Change(
                "condition",
                None,
                Span(*_span(src.start, m)),
                f"the source's condition '{m.group().strip()}' is dropped",
            )
        )
    elif (
        s_cond
        and not t_cond
        and not any(_ANY_CONDITION.search(x.text) for x in sources)
        and not _condition_elsewhere(s_cond, source_text)
        and not re.match(r"if\s+you\b", s_cond.group(), re.IGNORECASE)  # the reader, no fact
    ):
        changes.append(
            Change(
                "condition",
                Span(*_span(suspect.start, s_cond)),
                None,
                "the suspect adds a condition the source does not have",
            )
        )

    # attribution: a different party named as the one who said it
    s_attr = _attributor(suspect.text)
    t_attr = [(s, a) for s in sources for a in [_attributor(s.text)] if a]
    if s_attr and t_attr:
        src, (t_start, t_end, t_words) = t_attr[0]
        a_start, a_end, a_words = s_attr
        if not _stems(a_words) & _stems(t_words) and not _stems(a_words) <= article.stems:
            changes.append(
                Change(
                    "attribution",
                    Span(suspect.start + a_start, suspect.start + a_end, a_words),
                    Span(src.start + t_start, src.start + t_end, t_words),
                    f"attributed to '{a_words}' where the source says '{t_words}'",
                )
            )
    return changes


_MODAL = re.compile(
    r"\b(can|could|may|might|would|should|must|likely|perhaps|possibly|probably|potentially|"
    r"reportedly|allegedly|seems?|appears?|suggests?|some)\b",
    re.IGNORECASE,
)
# the words right after a cue, most of them kept
_TIGHT_WINDOW = 6
_TIGHT_SHARE = 0.6


def _expresses(
    suspect_stems: set[str], source_text: str, at: int, window: int = 10, share: float = 0.5
) -> bool:
    """Does the suspect carry the proposition that follows a cue in the source?

    A hedge or condition qualifies the words after it; a suspect sentence that only shares
    another part of the source sentence did not drop the qualifier.
    """
    rest = re.split(r"[.;!?]\s|[.;!?]$|\s[-–—]\s", source_text[at:], maxsplit=1)[0]
    words = [w[:5] for w in re.findall(r"\w+", rest.lower()) if len(w) > 3]
    words = [w for w in words if w not in _FUNCTION_STEMS][:window]
    if len(words) < 2:  # a cue with nothing after it in its own clause qualifies nothing
        return False
    return sum(w in suspect_stems for w in words) >= share * len(words)


_FUNCTION_STEMS = {
    "that",
    "this",
    "with",
    "from",
    "have",
    "been",
    "their",
    "there",
    "which",
    "would",
    "could",
    "about",
    "after",
    "into",
    "also",
    "than",
    "them",
    "they",
    "were",
    "will",
    "when",
    "what",
    "some",
    "other",
    "more",
}


def _clause_start(text: str, cue: int) -> int:
    """Start of the clause a condition qualifies: the words just before the cue."""
    before = text[:cue]
    stop = max(before.rfind(". "), before.rfind("? "), before.rfind("! "))
    cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"))
    start = cut + 1 if cut >= 0 and cue - cut > 30 else max(0, cue - 120)
    return max(start, stop + 2 if stop >= 0 else 0)


def _expresses_around(suspect_stems: set[str], text: str, start: int, end: int) -> bool:
    """Does the suspect carry the words on both sides of a cue in the source?

    After the cue: the qualified proposition (see ``_expresses``). Before it, within its
    sentence: the subject it qualifies; when the suspect shares none of the few content
    words just before the cue, it drew on another part of a long source sentence.
    """
    if not _expresses(suspect_stems, text, end, window=_TIGHT_WINDOW, share=_TIGHT_SHARE):
        return False
    before = text[_clause_start(text, start) : start]
    words = [w[:5] for w in re.findall(r"\w+", before.lower()) if len(w) > 3]
    words = [w for w in words if w not in _FUNCTION_STEMS][-4:]
    return len(words) < 2 or any(w in suspect_stems for w in words)


def _attributor(text: str) -> tuple[int, int, str] | None:
    m = re.search(r"\baccording\s+to\s+([^,.;]+)", text, re.IGNORECASE)
    if m:
        return m.start(1), m.end(1), m.group(1)
    return None


def _reversal(
    suspect: Sentence, said: re.Match[str], source: Sentence, source_said: re.Match[str]
) -> Change:
    return Change(
        "direction",
        Span(*_span(suspect.start, said)),
        Span(*_span(source.start, source_said)),
        f"'{said.group()}' where the source has '{source_said.group()}'",
    )


def _direction_changes(suspect: Sentence, sources: list[Sentence]) -> list[Change]:
    out: list[Change] = []
    s_dirs = {
        _key(m.group(2)): (m, _PREP_CLASS[m.group(1).lower()])
        for m in _DIRECTION_PREP.finditer(suspect.text)
    }
    for src in sources:
        for m in _DIRECTION_PREP.finditer(src.text):
            party = _key(m.group(2))
            if party in s_dirs:
                s_match, s_class = s_dirs[party]
                t_class = _PREP_CLASS[m.group(1).lower()]
                if s_class != t_class and "for" not in (
                    s_match.group(1).lower(),
                    m.group(1).lower(),
                ):
                    return [_reversal(suspect, s_match, src, m)]
    s_words = set(re.findall(r"[a-z]+", suspect.text.lower()))
    for src in sources:
        t_words = set(re.findall(r"[a-z]+", src.text.lower()))
        for a, b in _ANTONYMS:
            for x, y in ((a, b), (b, a)):
                if x in s_words and y in t_words and x not in t_words and y not in s_words:
                    sm = re.search(rf"\b{x}\b", suspect.text, re.IGNORECASE)
                    tm = re.search(rf"\b{y}\b", src.text, re.IGNORECASE)
                    if sm and tm:
                        return [_reversal(suspect, sm, src, tm)]
        # a quantity that moved the other way: the source only ever says "down", the suspect
        # says "up" (or the reverse) with words the source does not use
        for mine, theirs in ((_UP, _DOWN), (_DOWN, _UP)):
            said = (s_words & mine) - t_words
            if said and not t_words & mine and t_words & theirs - s_words:
                sm = re.search(rf"\b{sorted(said)[0]}\b", suspect.text, re.IGNORECASE)
                tm = re.search(rf"\b{sorted(t_words & theirs - s_words)[0]}\b", src.text, re.I)
                if sm and tm:
                    return [_reversal(suspect, sm, src, tm)]
    return out
