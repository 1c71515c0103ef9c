"""Mentions: whether the source names what a suspect sentence names.

A name, figure or time of the suspect is looked for in the source in normalised forms (stems,
figures with their scale, acronyms and known aliases), so "the CDC" matches "Centers for
Disease Control" and "$27bn" matches "27 billion dollars". ``may_name_new`` and
``new_specifics`` are the cheap, tagger-free first pass: which sentences could name something
the source does not.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from .dates import (
    CALENDAR_WORDS,
    DURATION,
    FRAMING_WORDS,
    LATER_HALF,
    calendar_names,
    days_in,
    month_year_clash,
    same_calendar,
)
from .forms import (
    ACRONYM_SKIP,
    NAME_WORD,
    TextForms,
    everyday_word,
    word_tokens,
)
from .numbers import (
    DIGITS,
    FIGURE,
    approximates,
    clock_24h,
    decade_years,
    fold_only,
    numbers_in,
    share_alone,
    shares_in_words,
)
from .places import (
    LOWERCASE_STATE_CODES,
    POSTAL_CODES,
    PROVINCE_CODES,
    ap_state_in,
    ap_state_named,
    in_a_state,
    inside,
    place_prefix,
    prefixed_place_in,
    region,
)
from .spellings import ALIASES, TITLES, ending_apart, one_given_name_in
from .tagging import KIND, TaggedEntity
from .text import key

__all__ = [
    "GENERIC_HEADS",
    "alias_in",
    "given_word",
    "may_name_new",
    "mentioned",
    "new_names",
    "new_specifics",
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
    if _PERCENTAGE.search(text) and numbers_in(text) & fold_only(article.text):
        return True  # "3%" in a source with only a "threefold"
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
        abs(len(w) - len(word)) <= 1 and ending_apart(w, word)
        for w in article.words_by_stem.get(word[:5], ())
    )


_CAPITALISED = re.compile(r"(?<![.!?:\"“‘]\s)(?<!^)\b[A-Z][\w'’.-]*[\w]")


def new_specifics(text: str, article: TextForms) -> list[str]:
    """Names and figures in a sentence that the source article never mentions.

    Capitalised words past the first (a sentence's first word is capitalised anyway) and
    digit figures, each checked against the article's words, acronyms and figures.
    """
    found = [m.group() for m in new_names(text, article)]
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
        known = (
            n in article.numbers
            or decades.get(m.start()) in article.numbers
            # "more than 21,000 patients" for 21,372: a hedged round figure of the source's
            or approximates(
                text[: m.start()],
                {n},
                text[m.end() : m.end() + 60],
                article.text,
                whole_article=True,
            )
        )
        # a lone digit is often a count said in passing; with a unit ("2%", "5 million") it
        # is a figure
        if not known and (len(n) > 1 or _UNIT_AFTER.match(text, m.end())):
            found.append(m.group())
    return found


_UNIT_AFTER = re.compile(r"\s*(?:%|percent\b|per\s+cent\b|million\b|billion\b|bn\b)", re.I)


def new_names(text: str, article: TextForms) -> list[re.Match[str]]:
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
            or re.search(r"[\s)][-–—]{1,2}\s*$", text[: m.start()])
        ):
            continue  # "I'm"; a first word after a headline, quote or dash on the same line
        stem = re.sub(r"['’]s?$", "", low).replace(".", "")
        # a name made a modifier ("a Pop Idol-style contest"): the name is what is mentioned
        stem = _MODIFIER_ENDING.sub("", stem)
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
            alias_in(key(word), article)
            or _in_alias_phrase(said, low, article)
            or any(a <= m.start() < b for a, b in us_spans)
        ):
            continue
        found.append(m)
    return found


# the ending that makes a name a modifier: "Idol-style", "Brussels-based", "US-led"
_MODIFIER_ENDING = re.compile(
    r"(?<=\w)-(?:style|type|like|esque|based|born|led|backed|bound|owned|made)$"
)


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
        for group in ALIASES
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


# the common nouns that head many names ("Cardiff University", "Labour Party")
GENERIC_HEADS = frozenset(
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
        abs(len(w) - len(word)) <= 1 and (w == word or not ending_apart(w, word))
        for w in other.words_by_stem.get(word[:5], ())
    )


def mentioned(
    ent: TaggedEntity, other: TextForms, *, loose: bool = False, names: bool = True
) -> bool:
    """Is this entity (or a recognisable form of it) in the other text? ``loose``: the
    first or last word of a name will do, even of "Bank of Japan" (is a rival still there?).
    ``names``: the entity's capitals mark a name (not so in a title-case headline)."""
    kind = KIND[ent.label]
    if kind in ("number", "date"):
        return _figure_or_time_in(ent, kind, other)
    # "a Pop Idol-style contest" names Pop Idol
    norm = re.sub(r"(?<=\w) (?:style|type|like|esque)$", "", key(ent.text))
    name = re.sub(r"^the\s+", "", norm)
    return (
        _name_in(ent, norm, other, loose=loose, names=names)
        or _abbreviation_in(ent, name, other)
        or alias_in(name, other)
        or ent.label == "NORP"
        and country_of_a_place_in(name, other)
    )


def _countries_of(nationality: str) -> set[str]:
    """The countries a nationality word (``key`` form) is of: by the known aliases
    ("french": france) or by its ending ("italian": italy, "canadian": canada)."""
    n = nationality.removesuffix("s")
    guesses = {n, n + "y", n[:-1], n[:-2], n[:-3], n[:-3] + "y", n[:-3] + "a", n[:-2] + "o"}
    guesses |= {a for group in ALIASES if nationality in group for a in group}
    return {g for g in guesses if len(g) > 2 and region(g)}


def country_of_a_place_in(nationality: str, other: TextForms) -> bool:
    """Does the other text name a place of this nationality's country ("French" for
    "Paris-based company", "British" for "a London charity")? Not when it gives a
    nationality of its own ("Israeli jets struck Damascus": the word is a claim about who,
    which the swap checks judge), nor when it names a country or state outside this one
    ("Police in Paris, Texas")."""
    countries = _countries_of(nationality)
    if not countries:
        return False
    words = re.findall(r"[A-Z][a-z]+", other.text)
    lowered = [w.lower() for w in words]
    if any(w != nationality and _countries_of(w) and not region(w) for w in lowered):
        return False
    places = set(lowered) | {f"{a} {b}" for a, b in zip(lowered, lowered[1:], strict=False)}
    if any(
        region(p) and p not in countries and not any(inside(p, c) for c in countries)
        for p in places
    ):
        return False
    return any(inside(p, c) for p in places for c in countries)


_PERCENTAGE = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)", re.I)


def _figure_or_time_in(ent: TaggedEntity, kind: str, other: TextForms) -> bool:
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
    if share is not None and any(abs(s - share) < 1 for s in shares_in_words(other.text)):
        return True  # "three-quarters" for "three-fourths"
    numbers = numbers_in(ent.text)
    if numbers and not same_calendar(calendar_names(ent.text), other.calendar):
        return False  # "1 April" is not named by "1 January"
    if month_year_clash(ent.text, other.text):
        return False  # "April 2003" is not named by "April 2004 ... October 2003"
    if numbers and _PERCENTAGE.search(ent.text) and numbers & fold_only(other.text):
        return False  # "10 percent" is no "tenfold": a multiple is no share
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


def _name_in(ent: TaggedEntity, norm: str, other: TextForms, *, loose: bool, names: bool) -> bool:
    """Is this name in the other text by its words: whole, by the word that tells it apart
    ("Japan" of "Bank of Japan", not "bank"), as a nationality ("Italian" for "Italy"), or
    with its number ("101st" for "101")? As for ``mentioned``."""
    if f" {norm} " in f" {other.key} ":
        return True
    if ent.label == "NORP" and len(norm) > 4 and any(w.startswith(norm[:4]) for w in other.stems):
        return True  # "Italian" for "Italy", "Greek" for "Greece"
    words = [w for w in norm.split() if len(w) > 2 and w not in ("the", "and")]
    ends = words[-1:] + words[:1]
    if not loose and len(words) > 1:
        # "Cardiff University" is not named by "the university": a generic head tells nothing
        core = [w for w in words if w not in GENERIC_HEADS] or words
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
        if not {a, b} <= GENERIC_HEADS
    ):
        return True  # "the weather service" for "the National Weather Service"
    if not loose and (ent.label == "PERSON" or len(words) == 1):
        # "Greg" or "Gregory" where the source gives "Gregory Abbott" (the tagger often
        # takes a given name alone for a place or a group)
        given = given_word(ent.text)
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
    (``one_given_name_in``: "Greg" where it gives "Gregory Abbott")?"""
    return any(
        one_given_name_in(word, w, other.text)
        for stem, said in other.words_by_stem.items()
        if stem[:3] == word[:3]
        for w in said
    )


def given_word(name: str) -> str:
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
    return any(ending_apart(m[1], words[0]) for m in re.finditer(rf"\b(\w+) {last}\b", other.key))


def _abbreviation_in(ent: TaggedEntity, name: str, other: TextForms) -> bool:
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


def alias_in(name: str, other: TextForms) -> bool:
    """Does the other text use a known alias of this name ('COVID-19' for 'coronavirus')?
    In lower case, "us" before a noun of state is the country ("a us court")."""
    if name in LOWERCASE_STATE_CODES and LOWERCASE_STATE_CODES[name] in other.tokens:
        return True  # "Texas" for "austin tx"
    code = POSTAL_CODES.get(name) or PROVINCE_CODES.get(name)
    if code is not None and re.search(rf",\s*{code}\b", other.text):
        return True  # "Maryland" for "Baltimore, MD", "Ontario" for "Hamilton, ON"
    if ap_state_in(name, other.text):
        return True  # "Florida" for "Parkland, Fla."
    state = ap_state_named(name)
    if state is not None and f" {state} " in f" {other.key} ":
        return True  # "Parkland, Fla." for "Parkland, Florida"
    return any(name in group and any(_alias_said(a, other) for a in group) for group in ALIASES)


def _alias_said(alias: str, other: TextForms) -> bool:
    """Does the other text use this alias? The word "us" counts only where it is the
    country ("U.S.", "a us court"), not the pronoun ("told us")."""
    if alias in ("us", "u s"):
        return other.us_is_country
    return f" {alias} " in f" {other.key} " or alias in other.tokens
