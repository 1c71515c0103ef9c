"""Spellings of one name: when two strings name the same person or place.

"Greg Abbott" and "Abbott", "Gregory" and "Greg", "Türkiye" and "Turkey", "Ukrainian" and
"Ukraine", "Mr Putin" and "Vladimir Putin" are one name; "Frances" and "Francis", "Harris"
and "Harrison" are two. ``one_name`` decides from the spellings alone (stems, given names and
their short forms, initials, patronymics, known aliases), so the audit can tell a name a
rewrite spelled differently from a name it swapped.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA, Levenshtein
from spacy.lang.en.stop_words import STOP_WORDS

from .dates import CALENDAR_WORDS
from .forms import ACRONYM_SKIP
from .places import larger_place
from .text import key, unaccented

__all__ = [
    "ALIASES",
    "TITLES",
    "ending_apart",
    "abbreviates",
    "initials_of",
    "one_given_name",
    "one_given_name_in",
    "one_name",
]


# the few names whose short form shares no initials with the long one
ALIASES = [
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


# a title before a name the source gives without it ("Professor Sarah Gilbert")
TITLES = frozenset(
    "professor prof dr doctor president senator sen rep governor gov minister mayor judge "
    "general gen captain capt chief director secretary chairman chairwoman sir lord lady "
    "mr mrs ms miss congressman congresswoman councillor councilman councilwoman chancellor "
    "premier ambassador commissioner spokesman spokeswoman coach inspector sergeant detective "
    "colonel lieutenant admiral bishop pope king queen prince princess".split()
)


def one_given_name_in(a: str, b: str, text: str) -> bool:
    """Are two words (in ``key`` form) one given name, cut and in full, where the text
    gives one of them opening a person's full name ("Greg" and "Gregory" where it gives
    "Greg Abbott")?"""
    short, long = sorted((a, b), key=len)
    return short != long and _given_name_cut(short, long) and _given_name_of(long, short, text)


def abbreviates(a: str, b: str) -> bool:
    """Is one of two names the other's initials ("the CDC", "the Centers for Disease
    Control and Prevention")?"""
    a, b = (re.sub(r"^the\s+", "", n.strip(), flags=re.IGNORECASE) for n in (a, b))
    return initials_of(a, b) or initials_of(b, a)


def initials_of(short: str, long: str) -> bool:
    """Is the upper-case ``short`` an abbreviation of ``long`` ('HGI', 'Harvard Global Health
    Institute')? First and last initials must agree and at most one initial may be skipped,
    or it gives the initials of the name before an "and ..." added to it."""
    letters = short.lower()
    words = key(long).split()
    initials = "".join(w[0] for w in words if w not in ACRONYM_SKIP)
    if not short.isupper() or len(letters) < 2:
        return False
    if " and " in f" {key(long)} " and len(letters) >= 3:
        # a name lengthened by "and ..." keeps its old initials ("CDC" for "Centers for
        # Disease Control and Prevention")
        before = words[: len(words) - 1 - words[::-1].index("and")]
        if "".join(w[0] for w in before if w not in ACRONYM_SKIP) == letters:
            return True
    if len(initials) - len(letters) > 1:
        return False
    if letters[0] != initials[:1] or letters[-1] != initials[-1:]:
        return False
    rest = iter(initials)
    return all(ch in rest for ch in letters)


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
    if ending_apart(a, b):
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


def ending_apart(a: str, b: str) -> bool:
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


def one_given_name(a: str, b: str) -> bool:
    """Are two words one given name: a short form ("Bill", "William"), an initial ("J",
    "John") or another transliteration, the same consonants in a long name ("Volodymyr",
    "Vladimir"; "Muhammad", "Mohammed"; "Aleksei", "Alexei")?"""
    if any(a in group and b in group for group in _GIVEN_NAMES):
        return True
    if min(len(a), len(b)) == 1:
        return a[0] == b[0]
    if ending_apart(a, b):
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
        and not ending_apart(short, long)
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
        re.sub(r"^the ", "", key(unaccented(re.sub(r"['’]s$", "", n.strip()))))
        for n in (name, other)
    )
    if a == b or any(a in group and b in group for group in ALIASES):
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
            or one_given_name(x, y)
            # the first of a full name is a given name; one alone is, where the text gives
            # it so ("Gregory" for "Greg Abbott")
            or i == j == 0
            and (
                len(few) > 1
                and _given_name_cut(*sorted((x, y), key=len))
                or one_given_name_in(x, y, text)
            )
            for j, y in rest
        )
        for i, x in enumerate(few)
    ):
        return True  # each word of one is a word of the other, in order
    if initials_of(name.strip(), other) or initials_of(other.strip(), name):
        return True
    words_a, words_b = set(a.split()), set(b.split())
    return any(
        words_a & words and words_b & words
        for words in (set(key(run.group()).split()) for run in _NAME_RUN.finditer(text))
    )


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
