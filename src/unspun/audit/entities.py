"""Entities, figures and dates: what a suspect sentence names that its source does not.

spaCy tags people, organisations, places, dates and amounts; each is then looked for in the
source in normalised forms (stems, figures with their scale, acronyms and known aliases), so
"the CDC" matches "Centers for Disease Control" and "$27bn" matches "27 billion dollars".
Only sentences that could name something new are tagged (``may_name_new``), which keeps the
audit fast. A text's stems, words and acronyms are in ``forms``; which places contain or
stand for which is in ``places``; how two times compare (durations, tense, a day shifted,
how precise) is in ``dates``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from rapidfuzz.distance import OSA, Levenshtein
from spacy.lang.en.stop_words import STOP_WORDS

from ..documents import Sentence
from ..results import Change, Span
from .dates import (
    CALENDAR_WORDS,
    DURATION,
    FRAMING_WORDS,
    LATER_HALF,
    anniversary_of,
    calendar_names,
    date_class,
    day_offset,
    days_in,
    month_year_clash,
    same_calendar,
    same_day,
    same_duration,
    time_anchor,
    time_units,
    year_left_unsaid,
)
from .forms import (
    ACRONYM_SKIP,
    GLUED_FIGURE,
    HEADLINE_VERBS,
    NAME_WORD,
    TextForms,
    everyday_word,
    sentence_case,
    title_case,
    word_tokens,
)
from .numbers import (
    DIGITS,
    FIGURE,
    FIRST_FIGURE,
    NUMBER_WORDS,
    PRECISE_NUMBER_WORDS,
    approximates,
    clock_24h,
    decade_years,
    numbers_in,
    ratio_share,
    share_alone,
)
from .places import (
    LOWERCASE_STATE_CODES,
    POSTAL_CODES,
    in_a_state,
    inside,
    larger_place,
    place_prefix,
    prefixed_place_in,
    region,
    swappable_places,
)
from .text import key

__all__ = [
    "TITLES",
    "EntityTagger",
    "entity_changes",
    "may_name_new",
    "new_specifics",
    "one_name",
]


@dataclass(frozen=True)
class _Entity:
    """A tagged entity: its offsets in the article, its words and its spaCy label."""

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
        self._cache: dict[Sentence, list[_Entity]] = {}

    def prepare(self, sentences: Iterable[Sentence]) -> None:
        todo = list(dict.fromkeys(s for s in sentences if s not in self._cache))
        if self._nlp is None:
            for s in todo:
                self._cache[s] = []
            return
        for sentence, doc in zip(todo, self._nlp.pipe([s.text for s in todo]), strict=True):
            ents = []
            for e in doc.ents:
                label = e.label_
                if label in _NOT_PLACES and larger_place(re.sub(r"^the ", "", key(e.text))):
                    label = "GPE"  # a country the tagger took for a group or a title ("Türkiye")
                if label not in _KIND or _imperative(doc, e):
                    continue
                start = e.start_char
                if e.label_ in ("DATE", "TIME") and e.start > 0:
                    before = doc[e.start - 1]
                    if before.lower_ in _DATE_PREFIXES:  # "last Sunday night", not "Sunday night"
                        start = before.idx
                    elif before.lower_ == "the" and re.fullmatch(r"['‘’]?\d0['’]?s", e.text):
                        start = before.idx  # "the 80s", a decade (not "his 80s", an age)
                text = sentence.text[start : e.end_char]
                ents.append(
                    _Entity(sentence.start + start, sentence.start + e.end_char, text, label)
                )
            self._cache[sentence] = ents

    def __call__(self, sentence: Sentence) -> list[_Entity]:
        key = sentence
        if key not in self._cache:
            self.prepare([sentence])
        return self._cache[key]


# words that follow a sentence-opening verb in the imperative ("Notify your supervisor")
_OBJECT_WORDS = frozenset("your yours yourself yourselves them someone anyone everyone".split())


def _imperative(doc: Any, ent: Any) -> bool:
    """Is this one-word "entity" the verb opening an instruction ("Notify your doctor")?
    The tagger, which sees no part of speech, often takes a capitalised first verb for a name."""
    return ent.start == 0 and len(ent) == 1 and len(doc) > 1 and doc[1].lower_ in _OBJECT_WORDS


# the few names whose short form shares no initials with the long one
_ALIASES = [
    frozenset({"us", "usa", "america", "united states", "united states of america"}),
    frozenset({"uk", "britain", "great britain", "united kingdom"}),
    frozenset({"covid 19", "covid", "coronavirus", "novel coronavirus", "sars cov 2", "2019 ncov"}),
    frozenset({"gop", "republican", "republicans"}),
    frozenset({"islamic", "muslim", "muslims", "islam"}),
    frozenset({"conservative", "conservatives", "conservative party", "tory", "tories"}),
    frozenset({"liberal democrats", "liberal democrat", "lib dems", "lib dem"}),
    frozenset({"downing street", "no 10", "number 10", "number ten"}),
    frozenset({"twitter", "tweet", "tweets", "tweeted"}),
    frozenset({"academy awards", "academy award", "oscars", "oscar"}),
    frozenset({"dc", "d c", "washington", "washington dc", "washington d c"}),
    # nationality adjectives that do not share a prefix with their country
    frozenset({"american", "americans", "u s", "us", "usa", "america", "united states"}),
    frozenset({"british", "briton", "britons", "uk", "britain", "united kingdom"}),
    frozenset({"irish", "irishman", "irishmen", "irishwoman", "ireland"}),
    frozenset({"scottish", "scots", "scot", "scotsman", "scotsmen", "scotswoman", "scotland"}),
    frozenset({"welsh", "welshman", "welshmen", "welshwoman", "wales"}),
    frozenset({"english", "englishman", "englishmen", "englishwoman", "england"}),
    frozenset({"dutch", "dutchman", "dutchmen", "dutchwoman", "netherlands", "holland"}),
    frozenset({"french", "frenchman", "frenchmen", "frenchwoman", "france"}),
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
    frozenset({"greek", "greeks", "greece"}),
    frozenset({"portuguese", "portugal"}),
    frozenset({"cypriot", "cypriots", "cyprus"}),
    frozenset({"lebanese", "lebanon"}),
    frozenset({"burmese", "burma", "myanmar"}),
]


_TIME_STEMS = frozenset(
    w[:5]
    for w in "day days week weeks month months year years decade decades century hour hours "
    "minute minutes second seconds ago last next early late earlier later morning afternoon "
    "evening night tonight yesterday today tomorrow weekend annual annually quarter season "
    "spring summer autumn fall winter noon midnight half dozen percent per cent".split()
)
_MARKER = re.compile(r"\b[A-Z][\w'’.-]*|\w*\d[\w.,]*")
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")


def may_name_new(text: str, article: TextForms) -> bool:
    """Could this sentence carry an entity, figure or date the article never mentions?

    Entities the audit reports are capitalised words, figures or time words missing from the
    whole source; a sentence with none of those cannot produce one, so it needs no tagging.
    """
    if not numbers_in(text) <= article.numbers:
        return True
    if month_year_clash(text, article.text):
        return True  # "April 2003" in a source with "April 2004" and "October 2003"
    for m in _MARKER.finditer(text):
        for w in re.findall(r"\w+", m.group().lower()):
            if len(w) > 2 and w[:5] not in article.stems:
                return True
            if len(w) > 3 and _name_apart_in(w, article):
                return True  # "Martina" where the source has "Martin"
        # a short form in dotted capitals ("the U.S.'s") is one word of its letters (and
        # the pronoun "us" is no mention of the country)
        if (dotted := _DOTTED.match(m.group())) and (
            (short := re.sub(r"\W", "", dotted.group()).lower()) not in article.tokens
            or short == "us"
            and not article.us_is_country
        ):
            return True
    words = {w[:5] for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2}
    return bool((words & _TIME_STEMS) - article.stems)


def _name_apart_in(word: str, article: TextForms) -> bool:
    """Does the article have a name of this word's stem an ending apart from it, and not
    the word itself ("Martin" for "Martina", "Francis" for "Frances")?"""
    if word in article.tokens:
        return False
    return any(
        abs(len(w) - len(word)) <= 1 and _ending_apart(w, word)
        for w in article.words_by_stem.get(word[:5], ())
    )


_CAPITALISED = re.compile(r"(?<![.!?:\"“‘]\s)(?<!^)\b[A-Z][\w'’.-]*[\w]")


def new_specifics(text: str, article: TextForms) -> list[str]:
    """Names and figures in a sentence that the source article never mentions.

    Capitalised words past the first (a sentence's first word is capitalised anyway) and
    digit figures, each checked against the article's words, acronyms and figures.
    """
    found = [m.group() for m in _new_names(text, article)]
    if text == text.lower() and article.text == article.text.lower():
        # both lower-cased upstream, names have no capitals: a word no everyday English has
        # contractions and possessives aside, each part of a hyphenated word ("long-term")
        plain = re.sub(r"\w+n['’]t\b|['’]s\b", " ", text)
        found += [
            w
            for w in re.findall(r"[a-z]{4,}", plain)
            if not everyday_word(w) and w[:5] not in article.stems and w not in article.tokens
        ]
    decades = decade_years(text)
    for m in FIGURE.finditer(text):
        n = m.group().replace(",", "")
        known = n in article.numbers or decades.get(m.start()) in article.numbers
        if not known and len(n) > 1:
            found.append(m.group())
    return found


def _new_names(text: str, article: TextForms) -> list[re.Match[str]]:
    """Capitalised words (past the first) that the source article never mentions."""
    found = []
    said = f" {key(text)} "
    us_spans = (
        [u.span() for u in _US_WRITTEN_OUT.finditer(text)]
        if in_a_state("united states", article.text)
        else []
    )
    known_runs = [
        r.span() for r in _CAPITAL_RUN.finditer(text) if _abbreviated_in(r.group(), article)
    ]
    for m in _CAPITALISED.finditer(text):
        if any(a <= m.start() < b for a, b in known_runs):
            continue  # "Centers for Disease Control and Prevention" where the source says "cdc"
        word = m.group()
        low = word.lower()
        if low in ACRONYM_SKIP or low in CALENDAR_WORDS or low == "i" or low.rstrip(".") in TITLES:
            continue
        if (
            re.fullmatch(r"i['’](m|ll|ve|d)", low)
            or text[: m.start()].rstrip()[-1:] in '.!?:"“”|'
            or re.search(r"\s[-–—]{1,2}\s*$", text[: m.start()])
        ):
            continue  # "I'm"; a first word after a headline, quote or dash on the same line
        stem = re.sub(r"['’]s?$", "", low).replace(".", "")
        if not stem or stem[:5] in article.stems:
            continue
        if _ACRONYM_PLURAL.fullmatch(word) and stem[:-1] in article.tokens:
            continue  # "PCs" names what "PC" names
        if "-" in word and re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", article.text):
            continue  # "MPEG-2" as the source writes it (its tokens are "mpeg" and "2")
        if stem in article.tokens and (
            stem != "us"
            or article.us_is_country
            or re.search(rf"\b{re.escape(word)}\b", article.text)  # "This Is Us" as written
        ):
            continue  # the pronoun "us" is no mention of the U.S.
        pieces = re.findall(r"[^\W_]+", stem)
        parts = [w for w in pieces if len(w) > 1]
        spelled = len(pieces) > 1 and all(w.isalpha() for w in pieces)  # "T-shirt", not "F-35"
        if (len(parts) > 1 or spelled and parts) and all(
            w[:5] in article.stems or w in article.tokens for w in parts
        ):
            continue  # "SARS-CoV-2" against "sars cov-2", "T-shirt" against "T-shirt"
        if word.isupper() and stem in article.acronyms:
            continue
        if (
            _alias_in(key(word), article)
            or _in_alias_phrase(said, low, article)
            or any(a <= m.start() < b for a, b in us_spans)
        ):
            continue
        found.append(m)
    return found


_US_WRITTEN_OUT = re.compile(
    r"\b(?:United\s+States(?:\s+of\s+America)?|America|USA|U\.S\.A?\.?|US)\b"
)
_COMMON_WORDS = frozenset(STOP_WORDS)
_CAPITAL_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:(?:of|and|for|the|on)\s+)?[A-Z][a-z]+)+")


def _in_capitals(initials: str, text: str) -> bool:
    """Does the text write these initials in capitals, dotted or not ("LA", "L.A.")?"""
    dotted = r"\.?".join(re.escape(c.upper()) for c in initials)
    return re.search(rf"\b{dotted}\b", text) is not None


def _abbreviated_in(name: str, article: TextForms) -> bool:
    """Does the article give this name of several words as its initials ("cdc" for "Centers
    for Disease Control and Prevention")? All the initials, or all but the last; written in
    capitals where the article uses capitals at all, and never a common word ("who")."""
    initials = "".join(w[0] for w in name.lower().split() if w not in ACRONYM_SKIP)
    cased = article.text != article.text.lower()
    return any(
        len(short) >= 3
        and short in article.tokens
        and short not in _COMMON_WORDS
        and (not cased or _in_capitals(short, article.text))
        for short in {initials, initials[:-1]}
    )


def _in_alias_phrase(said: str, word: str, article: TextForms) -> bool:
    """Is the word part of a known name of several words ("Downing Street", "Liberal
    Democrats") whose alias the source uses ("No 10", "Lib Dems")? ``said``: the sentence's
    key with a space on each side."""
    return any(
        word in phrase.split()
        and f" {phrase} " in said
        and any(_alias_said(a, article) for a in group if a not in _ADJECTIVES)
        for group in _ALIASES
        for phrase in group
        if " " in phrase
    )


# a nationality word says where someone is from, not that the country is in the story
# ("the American Red Cross" does not put "the United States" in it)
_ADJECTIVES = frozenset(
    "american americans british briton britons irish scottish scots welsh english dutch french "
    "swiss spanish chinese japanese turkish polish danish swedish finnish norwegian filipino "
    "thai islamic muslim muslims".split()
)


# a title before a name the source gives without it ("Professor Sarah Gilbert")
TITLES = frozenset(
    "professor prof dr doctor president senator sen rep governor gov minister mayor judge "
    "general gen captain capt chief director secretary chairman chairwoman sir lord lady "
    "mr mrs ms miss congressman congresswoman councillor councilman councilwoman chancellor "
    "premier ambassador commissioner spokesman spokeswoman coach inspector sergeant detective "
    "colonel lieutenant admiral bishop pope king queen prince princess".split()
)


# the common nouns that head many names ("Cardiff University", "Labour Party")
_GENERIC_HEADS = frozenset(
    "university college school hospital council party bank street road airport station "
    "club city county district province region state department ministry agency company "
    "group court church museum centre center institute foundation association union "
    "police service services".split()
)


# words that begin many names of organisations
_NAME_MODIFIERS = frozenset(
    "american british national international royal federal general global united "
    "european chinese indian australian canadian".split()
)


def _names_word(word: str, other: TextForms) -> bool:
    """Does the other text have this word, or one a letter longer or shorter that is no other
    name an ending apart ("Zelenskyy" for "Zelensky", not "Martina" for "Martin", "Frances"
    for "Francis")?"""
    return any(
        abs(len(w) - len(word)) <= 1 and (w == word or not _ending_apart(w, word))
        for w in other.words_by_stem.get(word[:5], ())
    )


def _mentioned(ent: _Entity, other: TextForms, *, loose: bool = False, names: bool = True) -> bool:
    """Is this entity (or a recognisable form of it) in the other text? ``loose``: the
    first or last word of a name will do, even of "Bank of Japan" (is a rival still there?).
    ``names``: the entity's capitals mark a name (not so in a title-case headline)."""
    kind = _KIND[ent.label]
    if kind in ("number", "date"):
        return _figure_or_time_in(ent, kind, other)
    # "a Pop Idol-style contest" names Pop Idol
    norm = re.sub(r"(?<=\w) (?:style|type|like|esque)$", "", key(ent.text))
    name = re.sub(r"^the\s+", "", norm)
    return (
        _name_in(ent, norm, other, loose=loose, names=names)
        or _abbreviation_in(ent, name, other)
        or _alias_in(name, other)
    )


_PERCENTAGE = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)", re.I)


def _figure_or_time_in(ent: _Entity, kind: str, other: TextForms) -> bool:
    """Is this figure or time in the other text, in any form: the same figures in the same
    unit and month ("two weeks" for "a fortnight", "6:15 pm" for "1815 GMT"), or the same
    words ("later this year")?"""
    if (
        kind == "date"
        and not DIGITS.search(ent.text)
        and LATER_HALF.search(key(ent.text))
        and re.search(LATER_HALF.pattern + r" of\b", other.key)
    ):
        return True
    if not DIGITS.search(ent.text) and f" {key(ent.text)} " in f" {other.key} ":
        return True  # the same words ("one third", read alone as 33% and in a text as 1 and 3)
    share = share_alone(ent.text)
    if share is not None and any(
        abs(float(m[1]) - share) < 1 for m in _PERCENTAGE.finditer(other.text)
    ):
        return True  # "two-thirds" for "66%" or "66.7%", not for a "66" that is no share
    numbers = numbers_in(ent.text)
    if numbers and not same_calendar(calendar_names(ent.text), other.calendar):
        return False  # "1 April" is not named by "1 January"
    if month_year_clash(ent.text, other.text):
        return False  # "April 2003" is not named by "April 2004 ... October 2003"
    if numbers:
        if numbers <= other.numbers:
            # "3 weeks" is not named by a "3 months": the figure counts another unit
            span = days_in(ent.text) if kind == "date" else None
            if span is None:
                return True
            spans = [(m.group(), days_in(m.group())) for m in DURATION.finditer(other.key)]
            if any(d is not None and abs(d - span) <= 0.1 * span for _, d in spans):
                return True  # "two weeks" for "a fortnight"
            return not any(numbers_in(said) & numbers for said, _ in spans)
        clock = clock_24h(ent.text)
        if clock & other.numbers:
            return True  # "6:15 pm" against "1815 GMT"
        # a range whose dash was lost upstream: "March 22-25" against "march 2225"
        digits = re.findall(r"\d+", ent.text)
        return len(digits) > 1 and "".join(digits) in other.numbers
    words = [w for w in key(ent.text).split() if len(w) > 2 and w not in FRAMING_WORDS]
    return all(w[:5] in other.stems for w in words) if words else True


def _name_in(ent: _Entity, norm: str, other: TextForms, *, loose: bool, names: bool) -> bool:
    """Is this name in the other text by its words: whole, by the word that tells it apart
    ("Japan" of "Bank of Japan", not "bank"), as a nationality ("Italian" for "Italy"), or
    with its number ("101st" for "101")? As for ``_mentioned``."""
    if f" {norm} " in f" {other.key} ":
        return True
    if ent.label == "NORP" and len(norm) > 4 and any(w.startswith(norm[:4]) for w in other.stems):
        return True  # "Italian" for "Italy", "Greek" for "Greece"
    words = [w for w in norm.split() if len(w) > 2 and w not in ("the", "and")]
    ends = words[-1:] + words[:1]
    if not loose and len(words) > 1:
        # "Cardiff University" is not named by "the university": a generic head tells nothing
        core = [w for w in words if w not in _GENERIC_HEADS] or words
        ends = core[-1:] + core[:1]
    if len(ends) > 1 and ends[1] in _NAME_MODIFIERS:
        ends = ends[:1]  # nor is "the American Heart Association" named by "American"
    if " of " in norm and not loose:
        # "Bank of Japan" is named by "Japan", not by "bank": what tells it apart follows "of"
        ends = [w for w in norm.split(" of ")[-1].split() if len(w) > 2 and w != "the"][-1:]
    plain = re.sub(r"^the ", "", norm).split()
    prefixed = (
        len(plain) > 1 and bool(place_prefix(plain[0])) and ent.label in ("GPE", "LOC", "FAC")
    )
    if prefixed:
        # "Santa Barbara" is not named by "Santa Monica", nor "South Korea" by "North Korea"
        if prefixed_place_in(plain, other.key):
            return True
        # in a title-case line the tagger runs names together ("New Song  Blake Shelton"):
        # its last word will do
        ends = ends[:1] if not names and len(plain) > 2 else []
    # in a name of three words or more, a capitalised end word is the name only where the
    # source writes it as a name: "Heart" (of "American Heart Association") is not "the heart"
    capitalised = {w.lower()[:5] for w in NAME_WORD.findall(ent.text)} if names else set()
    if len(words) < 3 or loose:
        capitalised = set()
    core = [w for w in words if w not in _NAME_MODIFIERS]
    if (capitalised and not prefixed) and any(
        f" {a} {b} " in f" {other.key} "
        for a, b in zip(core, core[1:], strict=False)
        if not {a, b} <= _GENERIC_HEADS
    ):
        return True  # "the weather service" for "the National Weather Service"
    if not loose and (ent.label == "PERSON" or len(words) == 1):
        # "Greg" or "Gregory" where the source gives "Gregory Abbott" (the tagger often
        # takes a given name alone for a place or a group)
        given = _given_word(ent.text)
        if given and _given_name_in(given, other):
            return True
    if ent.label == "PERSON" and not loose:
        # a person's name is that name, give or take a letter ("Zelenskyy"): "Donaldson" is
        # not "Donald", though the two share a stem
        if _another_given_name(words, other):
            return False  # "Frances Smith" where the source has "Francis Smith"
        if any(_names_word(w, other) for w in ends):
            return True
    elif any(w[:5] in (other.name_stems if w[:5] in capitalised else other.stems) for w in ends):
        return True
    elif len(words) == 1 and len(words[0]) >= 4 and words[0][:-1][:5] in other.stems:
        return True  # "Laos" for "Lao", "Kurds" for "Kurd"
    # "101st" for "101", "AR-15s" for "AR-15"
    numbered = re.fullmatch(r"(?:\w+\W)*\d+(?:st|nd|rd|th|s)", norm)
    return bool(numbered) and numbers_in(ent.text) <= other.numbers


def _given_name_in(word: str, other: TextForms) -> bool:
    """Does the other text give this given name cut or in full, as one person's
    (``_one_given_name_in``: "Greg" where it gives "Gregory Abbott")?"""
    return any(
        _one_given_name_in(word, w, other.text)
        for stem, said in other.words_by_stem.items()
        if stem[:3] == word[:3]
        for w in said
    )


def _one_given_name_in(a: str, b: str, text: str) -> bool:
    """Are two words (in ``key`` form) one given name, cut and in full, where the text
    gives one of them opening a person's full name ("Greg" and "Gregory" where it gives
    "Greg Abbott")?"""
    short, long = sorted((a, b), key=len)
    return short != long and _given_name_cut(short, long) and _given_name_of(long, short, text)


def _given_word(name: str) -> str:
    """The first word of a person's name (in ``key`` form) past any title: "gregory" of
    "Governor Gregory"."""
    words = [w for w in key(name).split() if w not in TITLES]
    return words[0] if words else ""


def _another_given_name(words: list[str], other: TextForms) -> bool:
    """Does the other text give this full name's surname after a given name an ending apart
    from its own ("Francis Smith" for "Frances Smith", "Martin Lopez" for "Martina Lopez"),
    and never this given name?"""
    if len(words) < 2 or words[0] in other.tokens:
        return False
    last = re.escape(words[-1])
    return any(_ending_apart(m[1], words[0]) for m in re.finditer(rf"\b(\w+) {last}\b", other.key))


def _abbreviation_in(ent: _Entity, name: str, other: TextForms) -> bool:
    """Is this name in the other text as an acronym or its expansion ("FDA" for "the US
    Food and Drug Administration"), or written another way ("U.S." and "US")?"""
    compact = "".join(word_tokens(ent.text)) if len(name.split()) == 1 else ""
    if compact and len(compact) >= 2 and (compact in other.tokens or compact in other.acronyms):
        return True
    if _ACRONYM_PLURAL.fullmatch(ent.text) and compact[:-1] in other.acronyms:
        return True  # "PCs" names what "PC" names
    cased = other.text != other.text.lower()
    initials = "".join(w[0] for w in name.split() if w not in ACRONYM_SKIP)
    forms = {initials[:k] for k in range(min(3, len(initials)), len(initials) + 1)}
    country = _COUNTRY_FIRST.match(name)
    if country:
        # "the US Food and Drug Administration" is "the FDA" or the "USDA" style in full
        rest = "".join(w[0] for w in name[country.end() :].split() if w not in ACRONYM_SKIP)
        forms |= {country.group(1).replace(" ", "") + rest} | ({rest} if len(rest) >= 3 else set())
    return len(initials) >= 2 and any(
        form in other.tokens
        # never a common word ("who" is no "World Health Organization" in "who said")
        and form not in _COMMON_WORDS
        and (not cased or _in_capitals(form, other.text))
        for form in forms
    )


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
_COUNTRY_FIRST = re.compile(r"^(u s|us|uk|u k|eu)\s+(?=\w+\s+\w)")


def _alias_in(name: str, other: TextForms) -> bool:
    """Does the other text use a known alias of this name ('COVID-19' for 'coronavirus')?
    In lower case, "us" before a noun of state is the country ("a us court")."""
    if name in LOWERCASE_STATE_CODES and LOWERCASE_STATE_CODES[name] in other.tokens:
        return True  # "Texas" for "austin tx"
    if name in POSTAL_CODES and re.search(rf",\s*{POSTAL_CODES[name]}\b", other.text):
        return True  # "Maryland" for "Baltimore, MD"
    return any(name in group and any(_alias_said(a, other) for a in group) for group in _ALIASES)


def _alias_said(alias: str, other: TextForms) -> bool:
    """Does the other text use this alias? The word "us" counts only where it is the
    country ("U.S.", "a us court"), not the pronoun ("told us")."""
    if alias in ("us", "u s"):
        return other.us_is_country
    return f" {alias} " in f" {other.key} " or alias in other.tokens


def _flipped_time(ent: _Entity, source_ents: list[_Entity], local: TextForms) -> _Entity | None:
    """The source's relative time that the suspect's points the other way ("last week" for
    "this week"), when these source sentences never say the suspect's own; else None."""
    units = time_units(ent.text)
    anchor = time_anchor(ent.text)
    if not units or anchor is None:
        return None
    for unit in units:  # the suspect's time, said the same way round in these sentences
        for found in re.finditer(rf"\b{re.escape(unit)}\w*", local.key):
            around = local.key[max(0, found.start() - 25) : found.end() + 10]
            if time_anchor(around) == anchor:
                return None
    for rival in source_ents:
        theirs = time_anchor(rival.text)
        if (
            _KIND[rival.label] == "date"
            and theirs is not None
            and theirs != anchor
            and time_units(rival.text) == units
            and not same_duration(ent.text, rival.text)
            and not numbers_in(ent.text) ^ numbers_in(rival.text)
        ):
            return rival
    return None


def _reported_kind(ent: _Entity, kind: str) -> str:
    """The change type a changed entity reports: an age ("27-year-old", tagged a date) or a
    score ("52-45") is a number. A length of time stays a date, as the issue defines it."""
    if kind == "date" and (_AGE.search(ent.text) or _SCORE.fullmatch(ent.text.strip())):
        return "number"
    return kind


def _bare_figure(text: str) -> bool:
    """A figure alone, the tagger's date for an age given as "aged 57": no calendar word,
    no year."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    return (
        bool(numbers_in(text)) and not words & CALENDAR_WORDS and not re.search(r"\b\d{4}\b", text)
    )


_SCORE = re.compile(r"\d{1,3}\s?[-–]\s?\d{1,3}")
_AGE = re.compile(r"\b\d+[-\s]years?[-\s]old\b|\baged?\s+\d+\b", re.IGNORECASE)


# a count of a list's items, not a figure the story gives ("10 Celebrities Whose ...",
# "5 things you need to know")
_LIST_COUNT = re.compile(
    r"\s+(?:things|ways|reasons|facts|takeaways|questions|tips|lessons|signs|celebrities|"
    r"stories|moments|secrets|changes)\b",
    re.IGNORECASE,
)


def _idiom(text: str, start: int, end: int, headline: bool = False) -> bool:
    """Is the time or figure at ``text[start:end]`` part of an idiom, not a fact? "could one
    day" (some time), a listicle's count, or a list item's number ("6) A new fund")."""
    said = text[start:end].lower()
    before = text[:start]
    if said in ("one day", "some day") and re.search(
        r"\b(could|may|might|will|would|should|can|hope\s+to)\s+$", before, re.IGNORECASE
    ):
        return True
    if not re.fullmatch(r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten", said):
        return False
    if not before.strip() and text[end : end + 1] == ")":
        return True  # "6) A new £1bn fund": a list item's number
    # "here are 5 things you need to know", "The 10 Celebrities Whose ...": a listicle's count
    # and in a headline, after its colon ("Forget the Feed: 10 Celebrities ...")
    framed = re.search(r"(?:\bhere\s+are|\bthese|\btop|^(?:the)?)\s*$", before, re.IGNORECASE) or (
        headline and re.search(r"[:—–]\s*(?:the\s+)?$", before, re.IGNORECASE)
    )
    return bool(framed) and bool(_LIST_COUNT.match(text, end))


def _vague(ent: _Entity) -> bool:
    """A time or amount too loose to contradict anything: 'daily', 'hundreds', 'many'."""
    kind = _KIND[ent.label]
    if kind == "date":
        return date_class(ent.text) == "vague"
    if kind == "number":
        words = set(re.findall(r"[a-z]+", ent.text.lower()))
        return not DIGITS.search(ent.text) and not words & PRECISE_NUMBER_WORDS
    return False


def _initials_of(short: str, long: str) -> bool:
    """Is the upper-case ``short`` an abbreviation of ``long`` ('HGI', 'Harvard Global Health
    Institute')? First and last initials must agree and at most one initial may be skipped."""
    letters = short.lower()
    initials = "".join(w[0] for w in key(long).split() if w not in ACRONYM_SKIP)
    if not short.isupper() or len(letters) < 2 or len(initials) - len(letters) > 1:
        return False
    if letters[0] != initials[:1] or letters[-1] != initials[-1:]:
        return False
    rest = iter(initials)
    return all(ch in rest for ch in letters)


def _decade_in(ent: _Entity, suspect: Sentence, article: TextForms) -> bool:
    """Is ``ent`` a decade written short ("70s horror") that the article gives?"""
    at, end = ent.start - suspect.start, ent.end - suspect.start
    years = [y for start, y in decade_years(suspect.text).items() if at <= start < end]
    return bool(years) and all(y in article.numbers for y in years)


def _defined_here(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` an abbreviation the sentence defines ("healthcare workers
    (HCWs)")? It names nothing new: its expansion, just before it, is judged word by word."""
    name = text[start:end]
    if not (text[start - 1 : start] == "(" and text[end : end + 1] == ")"):
        return False
    letters = re.sub(r"s$", "", name).lower()
    if not name[:1].isupper() or not letters.isalpha() or len(letters) < 2:
        return False
    words = re.findall(r"[a-z]+", text[: start - 1].lower())[-len(letters) - 2 :]
    for i, word in enumerate(words):
        if word[0] == letters[0]:
            rest = iter(" ".join(words[i:]))
            if all(ch in rest for ch in letters):
                return True
    return False


# a run of capitalised words, joined by the small words inside names ("Journal of Clinical
# Nutrition", "Ludwig van Beethoven"), not by "and" ("Dash and Simmons" are two), nor across
# a line or a sentence's full stop ("... by Dash. Simmons said"; "Dr. Jill Rabin" is one)
_NAME_RUN = re.compile(
    r"[A-Z][\w'’.-]*(?:(?<![a-z]{2}\.)[^\S\n]+(?:(?:of|the|de|da|del|van|von|der|la|le|al|bin)"
    r"[^\S\n]+)*[A-Z][\w'’.-]*)*"
)


_NAME_ENDINGS = ("ians", "ian", "ans", "an", "ese", "ish", "um", "ia", "a", "y", "e", "o", "s", "i")


_DEMONYM = ("an", "ese", "ish", "i")


def _name_stem(word: str, shortest: int = 4) -> str:
    """A place's or people's name without the endings that make one of the other
    ("belgium", "belgian": "belg"; "mexico", "mexican": "mexic"), at least ``shortest``
    letters."""
    while True:
        ending = next(
            (e for e in _NAME_ENDINGS if word.endswith(e) and len(word) - len(e) >= shortest),
            None,
        )
        if ending is None:
            return word
        word = word[: -len(ending)]


# what makes a place of a people's name: "Finland", "Afghanistan", "Kazakhstan"
_PLACE_OF_A_PEOPLE = ("land", "istan", "stan")


def _short_form(short: str, long: str, text: str) -> bool:
    """Is ``short`` a short form of the name ``long``: cut to its first letters ("Hib" of
    "Hibernian", "Bey" of "Beyoncé"), or contracted to a few of its letters ("Assn",
    "St")? A cut keeps at most half the name: a few letters more make another name
    ("Harris", "Harrison"; "Robin", "Robinson"). A country or state is shortened only as an
    abbreviation with its full stop ("Calif.", "Tenn."): "Kent" is no "Kentucky"."""
    if len(short) < 2 or short[0] != long[0]:
        return False
    if (larger_place(short) or larger_place(long)) and not re.search(
        rf"(?<!\w){re.escape(short)}\.(?=\s*[,;)]|\s+[a-z])", text, re.IGNORECASE
    ):
        return False
    if long.startswith(short):
        return len(short) <= len(long) // 2
    rest = iter(long)
    # "Assn" for "Association", "St" for "Saint"
    return len(short) <= min(4, len(long) - 2) and all(c in rest for c in short)


def _one_word_one_name(a: str, b: str, text: str = "", *, place: bool = False) -> bool:
    """Are two one-word names one, written another way: a people's and its place's
    ("Belgian", "Belgium"; "Afghan", "Afghanistan"), a short form ("Hibs", "Hibernian";
    "Bey", "Beyoncé"; "Assn", "Association") or another spelling ("Shabaab", "Shabab";
    "Gaddafi", "Qaddafi")? ``text``: where the names are written, for a full stop that
    marks a short form ("Calif."). ``place``: the text writes one of the whole names as a
    place ("in Puerto Rico")."""
    if larger_place(a) and larger_place(b):
        return False  # "Niger" and "Nigeria", "Mali" and "Malawi" are two countries
    short, long = sorted((a.removesuffix("s"), b.removesuffix("s")), key=len)
    if len(short) >= 3 and long.removeprefix(short) in _PLACE_OF_A_PEOPLE:
        return True
    if _short_form(short, long, text):
        return True
    single = [re.sub(r"(\w)\1", r"\1", w) for w in (a, b)]  # doubled letters
    if single[0] == single[1]:
        return True
    if _ending_apart(a, b):
        # "Belgian", "Belgium": a people and its place; "Maria", "Mario" are two people
        return (place or larger_place(a) or larger_place(b)) and _one_stem(a, b)
    if _one_stem(a, b) or min(len(a), len(b)) >= 6 and Levenshtein.distance(a, b) <= 1:
        return True
    # "Kieth": two letters swapped, not the last two ("Christina" is not "Christian")
    return sorted(a) == sorted(b) and OSA.distance(a, b) == 1 and a[:-2] != b[:-2]


def _one_stem(a: str, b: str) -> bool:
    """Do two words share a stem once the endings of peoples and places are cut ("belg" of
    "Belgian", "Belgium"; "tex" of "Texan", "Texas", not "jon" of "Jonas", "Jones")?"""
    if _name_stem(a) == _name_stem(b):
        return True
    return a.endswith(_DEMONYM) != b.endswith(_DEMONYM) and _name_stem(a, 3) == _name_stem(b, 3)


def _ending_apart(a: str, b: str) -> bool:
    """Are two words one stem with two endings of names ("Maria", "Mario"; "Julia",
    "Julian"; "Belgian", "Belgium")? Such an ending makes another given name as often as a
    people of a place. A plural ("Israelis") or "i" for "y" ("Dmitri", "Dmitry") is a
    spelling, not another ending. Nor is an "e" for an "i" in the last syllable, which
    sounds alike but writes another name ("Frances", "Francis"; "Austen", "Austin")."""
    if _last_vowel_apart(a, b):
        return True
    for mine in ("", *_NAME_ENDINGS):
        stem = a.removesuffix(mine) if mine else a
        if len(stem) < 3 or not a.endswith(mine) or not b.startswith(stem):
            continue
        theirs = b[len(stem) :]
        if theirs != mine and theirs in ("", *_NAME_ENDINGS):
            return {mine, theirs} not in ({"i", "y"}, {"", "s"})
    return False


_LAST_SYLLABLE = re.compile(r"(.+)([ei])([^aeiouy]+)")


def _last_vowel_apart(a: str, b: str) -> bool:
    """Do two words differ only by "e" for "i" in their last syllable, before its closing
    consonants ("frances", "francis")?"""
    x, y = _LAST_SYLLABLE.fullmatch(a), _LAST_SYLLABLE.fullmatch(b)
    if x is None or y is None:
        return False
    return (x[1], x[3]) == (y[1], y[3]) and x[2] != y[2]


_PLACED_AS = r"\b(?i:in|across|throughout)\s+(?:the\s+)?"


def _said_as_place(name: str, text: str) -> bool:
    """Does the text write this name (in ``key`` form) as a place, or the end of one:
    capitalised, after "in" or "across" ("in Puerto Rico"), not as someone's ("in Maria's
    house")?"""
    words = r"\W+".join(re.escape(w) for w in name.split())
    # the last words of a place's name will do: "Rico" of "in Puerto Rico"
    before = r"(?:[A-Z][\w'’-]*\s+){0,2}"
    return any(
        m.group(1)[:1].isupper()
        for m in re.finditer(rf"{_PLACED_AS}{before}((?i:{words}))\b(?!['’])", text)
    )


# English given names and their short forms that share too few letters to be found as one
_GIVEN_NAMES = [
    frozenset(group.split())
    for group in (
        "william bill billy will willie",
        "robert bob bobby rob robbie bert",
        "richard dick rick ricky",
        "charles chuck charlie",
        "james jim jimmy jamie",
        "michael mike mick mickey",
        "anthony tony",
        "elizabeth liz lizzie beth betty libby",
        "margaret maggie meg peggy",
        "edward ed eddie ted ned",
        "john jack johnny",
        "patrick paddy",
        "katherine catherine kathryn kate katie kathy cathy",
        "stephen steven steve",
        "henry harry hank",
        "bernard bernie",
        "lawrence larry",
        "rebecca becky",
        "victoria vicky",
        "gerald gerry jerry",
        "susan sue",
    )
]


def _one_given_name(a: str, b: str) -> bool:
    """Are two words one given name: a short form ("Bill", "William"), an initial ("J",
    "John") or another transliteration, the same consonants in a long name ("Volodymyr",
    "Vladimir"; "Muhammad", "Mohammed"; "Aleksei", "Alexei")?"""
    if any(a in group and b in group for group in _GIVEN_NAMES):
        return True
    if min(len(a), len(b)) == 1:
        return a[0] == b[0]
    if _ending_apart(a, b):
        return False  # "Martin", "Martina": the same consonants, another name
    if min(len(a), len(b)) < 6 or a[0] != b[0] or larger_place(a) or larger_place(b):
        return False  # "Tunisia", "Tennessee"
    if a[-1] != b[-1] and {a[-1], b[-1]} != {"i", "y"}:
        return False  # "Alexander", "Alexandra": the same consonants, ending otherwise
    one, two = (
        re.sub(r"(\w)\1", r"\1", re.sub(r"[aeiouy]", "", w[1:].replace("x", "ks"))) for w in (a, b)
    )
    return one == two and len(one) >= 3


def _given_name_cut(short: str, long: str) -> bool:
    """Is ``short`` a given name cut to its first letters ("Greg", "Gregory"; "Matt",
    "Matthew")? Given names are cut freely, keeping more than half; surnames are not. A
    name's ending is no cut: "Martin" and "Martina", "Paul" and "Pauline" are two names;
    nor is a name cut before the "son" that makes a surname of it ("Harris", "Harrison";
    "Jack", "Jackson")."""
    return (
        len(short) >= 3
        and long.startswith(short)
        and not _ending_apart(short, long)
        and long[len(short) :] not in _FEMININE
        and not any(long.endswith(e) and len(short) >= len(long) - len(e) for e in _PATRONYMIC)
    )


# what makes a surname of a given name: "Harrison", "Jackson", "Jensen"
_PATRONYMIC = ("son", "sen")


# endings that make a woman's name of a man's ("Pauline", "Christina", "Gabriella")
_FEMININE = frozenset("ine ina ette elle ella".split())


def one_name(name: str, other: str, text: str, *, given: bool = False) -> bool:
    """Could two names be one: a known alias ("Britain", "the UK"), initials of the other
    ("FT", "Financial Times"), the other's words written another way ("Bill", "William
    Jefferson"; "Vladimir Zelensky", "Volodymyr Zelenskyy") or two parts of one name ``text``
    gives ("West" and "Kanye", where it says "Kanye West")? ``given``: both are given names,
    the same surname after each."""
    a, b = (
        re.sub(r"^the ", "", key(_unaccented(re.sub(r"['’]s$", "", n.strip()))))
        for n in (name, other)
    )
    if a == b or any(a in group and b in group for group in _ALIASES):
        return True
    place = any(_said_as_place(n, text) for n in (a, b))
    if " " not in a + b:
        short, long = sorted((a, b), key=len)
        if _one_word_one_name(a, b, text, place=place) or (
            _given_name_cut(short, long) and (given or _given_name_of(long, short, text))
        ):
            return True
    few, more = sorted((a.split(), b.split()), key=len)
    rest = iter(enumerate(more))
    if few and all(
        any(
            x == y
            or _one_word_one_name(x, y, text, place=place)
            or _one_given_name(x, y)
            # the first of a full name is a given name; one alone is, where the text gives
            # it so ("Gregory" for "Greg Abbott")
            or i == j == 0
            and (
                len(few) > 1
                and _given_name_cut(*sorted((x, y), key=len))
                or _one_given_name_in(x, y, text)
            )
            for j, y in rest
        )
        for i, x in enumerate(few)
    ):
        return True  # each word of one is a word of the other, in order
    if _initials_of(name.strip(), other) or _initials_of(other.strip(), name):
        return True
    words_a, words_b = set(a.split()), set(b.split())
    return any(
        words_a & words and words_b & words
        for words in (set(key(run.group()).split()) for run in _NAME_RUN.finditer(text))
    )


def _unaccented(text: str) -> str:
    """The text without accents: "Khloé" is "Khloe", "Yulín" is "Yulin"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _given_name_of(long: str, short: str, text: str) -> bool:
    """Does the text give a full name that ``long`` opens ("Gregory Abbott"), so that its
    cut ``short`` ("Greg") said alone is that person (the name after any title: "Texas
    Governor Gregory Abbott")? Or one that ``short`` opens ("Greg Abbott"), so that
    ``long`` said alone is that given name in full: where the cut keeps at least half of
    it and the full name adds three letters or more to it ("Samuel" of "Sam Jones"; "Kent"
    of "Ken Burns", "Joel" of "Joe Biden", "Samir", "Janet" are other names), and it does
    not end as surnames made of given names do ("Kennedy" of "Ken Burns", "Jackson" of
    "Jack Smith", "Jeffries" of "Jeff Bezos", "Markham" of "Mark Kelly" may be surnames;
    the text never gives them as given names). Not where either is a surname there
    ("Kamala Harris", "George Harrison")."""
    firsts: set[str] = set()
    laters: set[str] = set()
    for run in _NAME_RUN.finditer(text):
        words = key(run.group()).split()
        titled = [i + 1 for i, w in enumerate(words) if w in TITLES]
        words = words[max(titled, default=0) :]  # "Texas Governor Gregory Abbott"
        while words and (words[0] in STOP_WORDS or words[0] in CALENDAR_WORDS):
            words = words[1:]  # "On Monday Gregory Abbott"
        if len(words) > 1:
            firsts.add(words[0])
            laters.update(words[1:])
    if {long, short} & laters:
        return False
    if long in firsts:
        return True
    return (
        short in firsts
        and len(short) + 3 <= len(long) <= 2 * len(short)
        and not long.endswith(_SURNAME_ENDINGS)
    )


# how surnames made of a given name end ("Jackson", "Jensen", "Jeffries", "Markham",
# "Kenton"), where no given name in full that opens with its cut does
_SURNAME_ENDINGS = (*_PATRONYMIC, "s", "ham", "ton")


def _other_name_of(
    rival: _Entity, ent: _Entity, article: TextForms, *, tagged_person: bool = True
) -> bool:
    """Is the suspect's ``ent`` the other part of ``rival``'s full name in the source: the
    surname where these sentences give the first name ("Jordan" for "Ian", who is "Ian
    Jordan" elsewhere), or the reverse? ``tagged_person``: ``ent`` must be tagged a person
    too (the tagger often takes a surname alone for a place)."""
    if rival.label != "PERSON" or (tagged_person and ent.label != "PERSON"):
        return False
    name = re.escape(rival.text.strip())
    after = re.findall(rf"\b{name}\s+((?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+)", article.text)
    before = re.findall(rf"\b((?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+)\s+{name}\b", article.text)
    mine = key(ent.text)
    return any(
        mine in (key(w), key(w.split()[0]), key(w.split()[-1]))
        for w in after + before
        if w.split()[0].lower() not in TITLES
    )


# a capitalised common noun ("Boldness", "Government") tagged as a name is no rival
_COMMON_NOUN = re.compile(r"[a-z]{4,}(?:ness|ism)$")


def _comparable(ent: _Entity, rival: _Entity) -> bool:
    """Could ``rival`` be what the suspect's ``ent`` replaced? Same sort of thing, same unit."""
    kind = _KIND[ent.label]
    if _vague(rival):
        return False
    if kind == "number":
        # a percentage is no rival to a head count, but is one to a share ("two-thirds")
        shares = {x.label for x in (ent, rival) if share_alone(x.text) is not None}
        return ent.label == rival.label or bool(shares) and "PERCENT" in {ent.label, rival.label}
    if kind == "date":
        if date_class(ent.text) != date_class(rival.text):
            return False
        if any(_AGE.search(x.text) for x in (ent, rival)) and not all(
            _AGE.search(x.text) or _bare_figure(x.text) for x in (ent, rival)
        ):
            return False  # an age ("58-year-old", tagged a date) is no rival to a day or year
        mine, theirs = day_offset(ent.text), day_offset(rival.text)
        if mine is not None and theirs is not None:
            # a story republished a day later says "yesterday" for the source's "today";
            # the same day, or one day earlier, is no change ("tomorrow" for "today" is)
            return mine not in (theirs, theirs - 1)
        return True
    if kind == "entity":
        if _initials_of(ent.text, rival.text) or _initials_of(rival.text, ent.text):
            return False  # the same name, abbreviated
        if _COMMON_NOUN.fullmatch(rival.text.lower()):
            return False
        return ent.label == rival.label or _same_head(ent, rival)
    return True


def _same_head(ent: _Entity, rival: _Entity) -> bool:
    """Are two names of the same sort of body, whatever the tagger calls them: the same
    last word ("Kent Police", tagged an organisation, and "West Midlands Police", tagged a
    place), the words before it different?"""
    mine, theirs = ent.text.split(), rival.text.split()
    return (
        len(mine) > 1
        and len(theirs) > 1
        and mine[-1][0].isupper()
        and mine[-1].lower() == theirs[-1].lower()
        and mine[-1].lower() not in ("the", "of")
        and {w.lower() for w in mine[:-1]}.isdisjoint(w.lower() for w in theirs[:-1])
    )


@dataclass(frozen=True)
class _Compared:
    """One suspect sentence against the source sentences it aligns to and the whole source,
    as the entity checks read them."""

    suspect: Sentence
    local: TextForms  # the source sentences it aligns to, joined
    article: TextForms  # the whole source
    suspect_forms: TextForms
    suspect_entities: list[_Entity]
    source_entities: list[_Entity]
    #: capitals mark names: not a headline, nor a title-case line quoted in the body
    names: bool
    #: the suspect in sentence case when capitals are style
    cased: str
    published: date | None

    def at(self, ent: _Entity) -> tuple[int, int]:
        """Where ``ent`` is in the suspect sentence's text."""
        start = ent.start - self.suspect.start
        return start, start + len(ent.text)


def entity_changes(
    suspect: Sentence,
    sources: list[Sentence],
    *,
    tagger: EntityTagger,
    article: TextForms,
    entities: bool | None = None,
    swaps: bool = False,
    published: date | None = None,
) -> list[Change]:
    """Who, where, when, how many: what the suspect names that the source never says, against
    what these source sentences say in its place; at most one change of each kind.

    Each tagged entity of the suspect is a change unless a guard below excuses it: it is no
    party, its figure is loose, the source says it (or the same time another way), it is too
    vague to contradict, or what the source says in its place is no rival.

    ``entities``, ``swaps``: as for ``find_changes``.
    """
    local = TextForms.of(" ".join(s.text for s in sources))
    if entities is None:
        entities = may_name_new(suspect.text, article) or (
            swaps and may_name_new(suspect.text, local)
        )
    if not entities:
        return []
    s_ents = tagger(suspect)
    names = suspect.role != "headline" and not title_case(suspect.text)
    pair = _Compared(
        suspect=suspect,
        local=local,
        article=article,
        suspect_forms=TextForms.of(suspect.text),
        suspect_entities=s_ents,
        source_entities=[e for s in sources for e in tagger(s)] if s_ents else [],
        names=names,
        cased=suspect.text if names else sentence_case(suspect, article),
        published=published,
    )
    changes: list[Change] = []
    seen_types: set[str] = set()
    for ent in s_ents:
        kind = _KIND[ent.label]
        if _not_a_name(ent, kind, pair) or _loose_figure(ent, kind, pair):
            continue
        if kind in ("entity", "location"):
            ent = _without_styled_ends(ent, pair)
        flipped = (
            _flipped_time(ent, pair.source_entities, local) if kind == "date" and swaps else None
        )
        if flipped is not None and "date" not in seen_types:
            seen_types.add("date")
            changes.append(_change("date", ent, flipped))
            continue
        in_article = _mentioned(ent, article, names=names) or _decade_in(ent, suspect, article)
        if in_article and not (swaps and not _mentioned(ent, local, names=names)):
            continue  # the source says it (in a swap check, these sentences must say it too)
        if _same_time(ent, kind, pair) or _nothing_precise(ent, pair):
            continue
        rivals = _rivals(ent, kind, pair)
        if in_article:
            rivals = _swapped_for(ent, kind, rivals, pair)
            if not rivals:
                continue  # named elsewhere in the source, and nothing here it replaces
            if ent.label == "PERSON" and _antecedent_of_a_pronoun(ent, rivals, sources, pair):
                continue  # "Blackett will be part of ..." for "He will be part of ..."
        # a location said elsewhere was judged against these rivals above
        if _no_contradiction(ent, kind, rivals, in_article, pair):
            continue
        kind = _reported_kind(ent, kind)
        if kind in seen_types:
            continue
        seen_types.add(kind)
        changes.append(_change(kind, ent, rivals[0] if rivals else None))
    if "entity" not in seen_types and (swapped := _surname_swap(pair, sources)):
        seen_types.add("entity")
        changes.append(swapped)
    if not seen_types & {"entity", "location"}:
        changes.extend(_untagged_name(suspect, s_ents, article))
    return changes


def _change(kind: str, ent: _Entity, rival: _Entity | None) -> Change:
    """The suspect's entity, with what the source says in its place if anything."""
    return Change(
        type=kind,  # type: ignore[arg-type]
        suspect=Span(ent.start, ent.end, ent.text),
        source=Span(rival.start, rival.end, rival.text) if rival else None,
        explanation=(
            f"'{ent.text}' where the source has '{rival.text}'"
            if rival
            else f"'{ent.text}' does not appear in the source"
        ),
    )


def _not_a_name(ent: _Entity, kind: str, pair: _Compared) -> bool:
    """Not a name at all: a handle or a run of hashtags (the account or the tags, not a
    party), an HTML character reference left in scraped text ("&#x27;", "&amp;") or a figure
    run into a word there ("6555Fax"), words in
    lower case where the text capitalises names, or everyday words a title-case line
    capitalises."""
    text = pair.suspect.text
    at, end = pair.at(ent)
    tag_at = at - 1 if text[at - 1 : at] == "#" else at
    if ent.text.startswith("@") or _TAG_RUN.match(text, max(tag_at, 0)):
        return True
    if _CHARACTER_REFERENCE.fullmatch(text, max(text.rfind("&", 0, at + 1), 0), end + 1):
        return True
    if kind in ("entity", "location") and ent.text.islower() and pair.suspect_forms.cased:
        return True  # the tagger's "boycotts the" ORG: a text that capitalises names gives none
    if kind in ("entity", "location") and GLUED_FIGURE.search(text, max(at - 1, 0), end):
        return True  # "555Main Street": a figure and a word run together, scraped, no name
    return kind in ("entity", "location") and _headline_words(ent, pair.suspect, pair.cased)


def _without_styled_ends(ent: _Entity, pair: _Compared) -> _Entity:
    """In a title-case line the tagger runs a name on into the words around it ("University
    of Iowa Researcher Finds"): the longest part of it from its start that the source writes
    as it stands, when every word cut off its end is an everyday one. The source's
    "University of Iowa" then names it; a run the source never writes stays whole, and so
    do words that start a name ("European Central" of "European Central Bank")."""
    if pair.names:
        return ent
    at, end = pair.at(ent)
    words = list(re.finditer(r"[\w'’.&-]+", pair.suspect.text[at:end]))
    for size in range(len(words) - 1, 0, -1):
        if not all(_style_word(w.group(), pair.article) for w in words[size:]):
            break  # a name's head ("University", "Times") is never cut off, nor a name
        if words[size - 1].group().lower() in STOP_WORDS:
            continue  # "University of": no name ends so
        start, stop = at + words[0].start(), at + words[size - 1].end()
        part = pair.suspect.text[start:stop]
        # ... as a whole name: "New" of the source's "New England" is no name of "New Jersey"
        if re.search(rf"(?<![\w-]){re.escape(part)}(?![\w-])(?!\s+[A-Z])", pair.article.text):
            offset = pair.suspect.start
            return _Entity(offset + start, offset + stop, part, ent.label)
    return ent


def _style_word(word: str, article: TextForms) -> bool:
    """A word a title-case line capitalises for style only: a small word, a headline's verb,
    or one the source writes in lower case; never the head of a name ("State University" is
    no style of "Iowa")."""
    low = word.lower()
    if low in _GENERIC_HEADS or low in _ORGANISATION_HEADS or low in _TITLE_HEADS:
        return False
    return (
        low in STOP_WORDS
        or low in HEADLINE_VERBS
        or bool(re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", article.text))
    )


# the last word of a newspaper's or a programme's name
_TITLE_HEADS = frozenset(
    "times post journal herald tribune gazette telegraph guardian mail star sun mirror "
    "express chronicle record observer independent standard review news today show".split()
)


def _loose_figure(ent: _Entity, kind: str, pair: _Compared) -> bool:
    """A figure that does not contradict the source's: approximated ("more than 50", the
    hedge inside the tagged span or just before it), or a ratio ("nine in 10") for these
    source sentences' percentage ("90%")."""
    if kind != "number":
        return False
    text = pair.suspect.text
    at, end = pair.at(ent)
    figure = FIRST_FIGURE.search(ent.text)
    if figure is not None and approximates(
        text[max(0, at - 40) : at] + ent.text[: figure.start()],
        numbers_in(ent.text),
        text[end : end + 60],
        pair.local.text,
    ):
        return True
    share = ratio_share(text, at, end)
    return share is not None and bool(
        re.search(rf"(?<![\d.]){share}\s*(?:%|percent|per\s+cent)", pair.local.text)
    )


def _same_time(ent: _Entity, kind: str, pair: _Compared) -> bool:
    """A time the source gives another way: "March 5" for the "yesterday" of a source
    published on March 6, "December 31, 2019" for "december 31" (the year a reader infers),
    "a year ago" for "marking the anniversary", "72 hours" for "3 days"."""
    if kind != "date":
        return False
    if pair.published is not None:
        dates = [t.text for t in pair.source_entities if _KIND[t.label] == "date"]
        if same_day(ent.text, dates, pair.published):
            return True
    elif year_left_unsaid(ent.text, pair.local.text):
        return True
    return anniversary_of(ent.text, pair.local.key) or any(
        same_duration(ent.text, t.text) for t in pair.source_entities
    )


def _nothing_precise(ent: _Entity, pair: _Compared) -> bool:
    """Nothing precise to contradict: "daily", "hundreds", an abbreviation the sentence
    defines, or an idiom ("could one day restore sight", "5 things you need to know")."""
    at, end = pair.at(ent)
    text = pair.suspect.text
    return (
        _vague(ent)
        or _defined_here(text, at, end)
        or _idiom(text, at, end, headline=not pair.names)
    )


def _rivals(ent: _Entity, kind: str, pair: _Compared) -> list[_Entity]:
    """What these source sentences name in the suspect's place: entities of the same sort
    and unit, precise enough to contradict (``_comparable``), that the suspect never
    mentions in any form, and that are not another part of a name the suspect gives."""
    return [
        t
        for t in pair.source_entities
        if (_KIND[t.label] == kind or _same_head(ent, t))
        and _comparable(ent, t)
        # the tagger's "harbour master" PERSON: a text that capitalises names gives none in
        # lower case
        and not (t.label in ("PERSON", "ORG") and t.text.islower() and pair.article.cased)
        and not _mentioned(t, pair.suspect_forms, loose=True)
        # "Ian" where it has "Jordan", who is "Ian Jordan" elsewhere in the source
        and not _other_name_of(t, ent, pair.article)
        # "Gregory" where it has "Greg", who is "Greg Abbott" in the source
        and not (
            ent.label == t.label == "PERSON"
            and _one_given_name_in(_given_word(ent.text), _given_word(t.text), pair.article.text)
        )
        # ... or where it names "Jordan" elsewhere in the sentence
        and not any(
            _other_name_of(t, mine, pair.article, tagged_person=False)
            for mine in pair.suspect_entities
            if mine is not ent
        )
    ]


def _swapped_for(ent: _Entity, kind: str, rivals: list[_Entity], pair: _Compared) -> list[_Entity]:
    """The rivals an entity the source names elsewhere may have swapped places with: the
    same sort of thing (places nest, "East Palestine, Ohio"; "30 years ago" is no rival to
    "Thursday")."""
    return [
        t
        for t in rivals
        if (kind != "location" or swappable_places(ent.text, t.text, pair.article.text))
        and (t.label == ent.label or _same_head(ent, t))
        and bool(numbers_in(t.text)) == bool(numbers_in(ent.text))
    ]


_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)
_WORD_BESIDE = re.compile(r"[\w'’-]+")


def _antecedent_of_a_pronoun(
    ent: _Entity, rivals: list[_Entity], sources: list[Sentence], pair: _Compared
) -> bool:
    """Does the suspect name the person a source sentence calls "he" or "she": the one the
    source names last before that sentence, no rival nearer? A rewrite often spells out a
    pronoun, and the rival is then someone the sentence names beside it, not one whose
    place the name takes ("Jones scored" for "Smith scored the winner and his ...")."""
    if any(_in_place_of(ent, r, pair) for r in rivals):
        return False
    surname = ent.text.split()[-1]
    for source in sources:
        if not _PERSONAL_PRONOUN.search(source.text) or _last(surname, source.text) >= 0:
            continue
        before = pair.article.text[max(0, source.start - 1500) : source.start]
        named_at = _last(surname, before)
        if named_at >= 0 and all(_last(r.text.split()[-1], before) < named_at for r in rivals):
            return True
    return False


def _last(word: str, text: str) -> int:
    """Where ``text`` last has ``word`` as a word ("Lee" is not in "Leeds"), or -1."""
    found = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]
    return found[-1] if found else -1


def _in_place_of(ent: _Entity, rival: _Entity, pair: _Compared) -> bool:
    """Does the suspect's name stand where the source has the rival: the same word just
    before it or just after it ("Later, Jones scored" for "Later, Sam Smith scored")?"""
    if pair.article.text[rival.start : rival.end] != rival.text:
        return False
    at, end = pair.at(ent)
    before, after = _words_beside(pair.suspect.text, at, end)
    said_before, said_after = _words_beside(pair.article.text, rival.start, rival.end)
    return bool(before and before == said_before or after and after == said_after)


def _words_beside(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """The word before ``text[start:end]`` and the word after it (past a possessive)."""
    before = _WORD_BESIDE.findall(text[max(0, start - 60) : start])[-1:]
    after = _WORD_BESIDE.findall(re.sub(r"^['’]s?", "", text[end : end + 60]))[:1]
    return [w.lower() for w in before], [w.lower() for w in after]


def _no_contradiction(
    ent: _Entity, kind: str, rivals: list[_Entity], in_article: bool, pair: _Compared
) -> bool:
    """Against what these source sentences say, nothing is contradicted: "last week" where
    they give no date it could replace; "the United States" for "a california nursing
    home"; a number word with no figure it could replace, or a count the writer drew ("the
    two", "all three"). ``in_article``: the source names the entity elsewhere, so its
    rivals were already narrowed to what it may have swapped places with."""
    if not rivals and kind == "date" and date_class(ent.text) != "absolute":
        return True
    if (
        not in_article
        and kind == "location"
        and in_a_state(
            re.sub(r"^the ", "", key(ent.text)), pair.article.text, (t.text for t in rivals)
        )
    ):
        return True
    if kind == "location" and _where_a_rival_is(ent, rivals):
        return True
    if ent.label == "CARDINAL" and key(ent.text) in NUMBER_WORDS:
        before = pair.suspect.text[: pair.at(ent)[0]].split()[-1:]
        return not rivals or bool(before) and before[0].lower() in ("the", "other", "both", "all")
    return False


def _where_a_rival_is(ent: _Entity, rivals: list[_Entity]) -> bool:
    """Does the suspect name the country, state or nation a source place is in ("U.K.
    activists" for "activists in London"), with no country or state among the rivals that
    it may have replaced instead ("the United States" for "Mexico" beside "New Mexico")?"""
    found = [(inside(key(t.text), key(ent.text)), t) for t in rivals]
    return any(within for within, _ in found) and not any(
        within is False and region(key(t.text)) for within, t in found
    )


# hashtags to the end of the line ("#Jelena #JustinBieber"), not "the #MeToo movement"
# an HTML character reference scraped text kept as written: "&#x27;", "&#233;", "&amp;"
_CHARACTER_REFERENCE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TAG_RUN = re.compile(r"#\w+(?:\s+#\w+)*\s*$")


def _headline_words(ent: _Entity, suspect: Sentence, cased: str) -> bool:
    """Is a tagged run of three words or more in a title-case line only its style, every
    word an everyday one ("Cabinet Eases Land Rules for Overseas Developers")?"""
    at = ent.start - suspect.start
    words = re.findall(r"[A-Za-z]{3,}", ent.text)
    if len(cased) != len(suspect.text) or len(words) < 3:
        return False
    # "European Central Bank", "World Health Organization": everyday words, one name
    if any(w.lower() in _GENERIC_HEADS or w.lower() in _ORGANISATION_HEADS for w in words):
        return False
    return not re.search(r"[A-Z]", cased[at : at + len(ent.text)])


_ORGANISATION_HEADS = frozenset(
    "organization organisation committee commission council board authority bureau reserve "
    "fund league federation institute institution office trust network alliance corporation "
    "company group society academy administration assembly parliament senate congress "
    "ministry army navy force forces".split()
)


# capitals that name nothing: everyday abbreviations
_COMMON_CAPITALS = frozenset("TV OK VIP AM PM DIY FAQ URL PDF ID DNA GPS DJ MC FYI ASAP".split())


def _next_to_a_known_name(text: str, match: re.Match[str], article: TextForms) -> bool:
    """Is the word part of a longer name the source gives in part ("Man" of "Man Booker
    Prize" where the source says "Booker winner")?"""
    word = re.escape(match.group())
    after = re.match(r"\s+([A-Z][a-z]{3,})", text[match.end() :])
    before = re.search(r"([A-Z][a-z]{3,})\s+$", text[: match.start()])
    for m, rival in (
        # "UFO Media" where the source has "Ozy Media" swaps the name; "Man Booker" where it
        # has "booker winner" does not
        (after, r"\b(?!{word}\b)[A-Z][\w'’-]+\s+{near}\b"),
        (before, r"\b{near}\s+(?!{word}\b)[A-Z][\w'’-]+"),
    ):
        if m is None or m.group(1).lower() in TITLES:
            continue
        near = re.escape(m.group(1))
        lower_case = article.text == article.text.lower()  # names in lower case too
        named = re.search(rf"(?<![.!?\"“]\s)(?<!^)\b{near}\b", article.text) or (
            lower_case and re.search(rf"\b{near.lower()}\b", article.text)
        )
        if named and not re.search(rival.format(word=word, near=near), article.text):
            return True
    return False


def _untagged_name(suspect: Sentence, s_ents: list[_Entity], article: TextForms) -> list[Change]:
    """A name the tagger missed ("a Cardiff car park"): the first capitalised word, past the
    first word, that the source never mentions and no tagged entity covers."""
    words = re.findall(r"[A-Za-z]+", suspect.text)
    if sum(w[0].isupper() for w in words) > 0.5 * max(1, len(words)):
        return []  # title case: a capital there marks no name
    covered = [(e.start - suspect.start, e.end - suspect.start) for e in s_ents]
    for m in _new_names(suspect.text, article):
        if (
            any(a <= m.start() < b for a, b in covered)
            or m.group().isupper()
            and len(m.group()) <= 1
            or m.group() in _COMMON_CAPITALS
            or _defined_here(suspect.text, m.start(), m.end())
            or _next_to_a_known_name(suspect.text, m, article)
        ):
            continue
        return [
            Change(
                "entity",
                Span(suspect.start + m.start(), suspect.start + m.end(), m.group()),
                None,
                f"'{m.group()}' does not appear in the source",
            )
        ]
    return []


# --- a surname swapped under a kept given name ("Tom Walsh" for "Tom Price") ---------------


@dataclass(frozen=True)
class _FullName:
    """A person's name of two or three capitalised words, past any title, in ``key`` form:
    the given name and the surname (possessive dropped)."""

    given: str
    surname: str


_WORDS_OF_A_NAME = re.compile(r"[\w'’.-]+(?: [\w'’.-]+)*")


def _full_name(ent: _Entity) -> _FullName | None:
    """The given name and surname of a tagged person written as a full name ("Tom Price",
    "Health Secretary Tom J. Price's"); None for one word, more than three, a word in lower
    case (the tagger's "Tom Price says") or a mark between words ("TOM PRICE: Well",
    "Tom Price/Instagram")."""
    if ent.label != "PERSON" or not _WORDS_OF_A_NAME.fullmatch(ent.text):
        return None
    words = _past_titles(ent.text.split())
    if not 2 <= len(words) <= 3 or not all(w[0].isupper() and w[0].isalpha() for w in words):
        return None
    given = key(words[0])
    surname = key(re.sub(r"['’]s?$", "", words[-1]))
    if len(given) < 2 or len(surname) < 2 or " " in given + surname:
        return None  # an initial ("J. Price") tells too little to call the given name kept
    return _FullName(given, surname)


def _past_titles(words: list[str]) -> list[str]:
    """The words of a name after its last title ("Tom Price" of "Health Secretary Tom
    Price")."""
    titled = [i + 1 for i, w in enumerate(words) if w.lower().rstrip(".") in TITLES]
    return words[max(titled, default=0) :]


def _surname_said(surname: str, forms: TextForms) -> bool:
    """Does the text say this surname in any form: as a word or part of a hyphenated one
    ("Price-Jones"), possessive, by its stem ("Walshe"), a letter apart ("Zelenskyy"), or by a
    known alias?"""
    if surname in forms.tokens or surname[:5] in forms.stems or _alias_in(surname, forms):
        return True
    return any(
        w[:1] == surname[:1] and Levenshtein.distance(w, surname) <= 1
        for w in forms.tokens
        if abs(len(w) - len(surname)) <= 1
    )


def _surname_swapped(mine: _FullName, theirs: _FullName, pair: _Compared) -> bool:
    """Is the suspect's full name the source's with the surname changed: the same given name
    (or a form of it), a surname the source never says, and the source's surname nowhere in
    the suspect sentence?"""
    return (
        mine.surname != theirs.surname
        and (mine.given == theirs.given or _one_given_name(mine.given, theirs.given))
        and not _surname_said(mine.surname, pair.article)
        and not _surname_said(theirs.surname, pair.suspect_forms)
        # "Ventura" for a "Ven" the source was cut off at
        and not mine.surname.startswith(theirs.surname)
        and not theirs.surname.startswith(mine.surname)
    )


def _surname_swap(pair: _Compared, sources: list[Sentence]) -> Change | None:
    """A person of these source sentences the suspect names with the given name kept and the
    surname changed ("Tom Walsh" where they have "Tom Price"). The given name alone makes
    ``_mentioned`` find such a name in the source. Not in a title-case line (on either side),
    where the tagger runs a name into the words after it."""
    if not pair.names:
        return None
    lines = [s for s in sources if s.role != "headline" and not title_case(s.text)]
    rivals = [
        (rival, name)
        for rival in pair.source_entities
        if any(s.start <= rival.start < s.end for s in lines)
        and (name := _full_name(rival)) is not None
    ]
    for ent in pair.suspect_entities:
        mine = _full_name(ent)
        if mine is None:
            continue
        for rival, theirs in rivals:
            if _surname_swapped(mine, theirs, pair):
                return _change("entity", ent, rival)
    return None
