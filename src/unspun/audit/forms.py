"""An article's words in every form the checks look them up in.

``TextForms`` holds a text's lower-case key, stems, tokens, figures, acronyms, months and
weekdays, and the words it writes only capitalised; ``article_forms`` computes it once per
article. ``sentence_case`` reads a Title Case headline as the sentence it would be, and
``everyday_word`` tells an English word from a name. Used by the entity check, the labels
and the added-sentence typing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ..documents import STOPWORDS, Sentence
from ..models import common_words
from .dates import calendar_names
from .numbers import numbers_in
from .text import key, stems

__all__ = [
    "ACRONYM_SKIP",
    "GLUED_FIGURE",
    "HEADLINE_VERBS",
    "NAME_WORD",
    "TextForms",
    "article_forms",
    "everyday_word",
    "sentence_case",
    "title_case",
    "word_tokens",
]


# small words an acronym's initials pass over ("IMF" for "the International Monetary
# Fund"), and that name no one on their own when capitalised ("The", "De", "La")
ACRONYM_SKIP = frozenset("of and for the on in to at de du la a an".split())


def word_tokens(text: str) -> set[str]:
    """Lower-case words with dots and possessives dropped: 'U.S.' -> 'us', "CDC's" -> 'cdc'."""
    out = set()
    for w in re.findall(r"[\w.'’]+", text.lower()):
        w = re.sub(r"['’]s?$", "", w.replace(".", "")).replace("'", "").replace("’", "")
        if w:
            out.add(w)
    return out


def _acronyms(text: str) -> set[str]:
    """Initials of every run of 2-6 words, so 'Centers for Disease Control' gives 'cdc'."""
    words = [w for w in re.findall(r"[a-z]+", text.lower()) if w not in ACRONYM_SKIP]
    out = set()
    for i in range(len(words)):
        initials = ""
        for w in words[i : i + 6]:
            initials += w[0]
            if len(initials) >= 2:
                out.add(initials)
    return out


NAME_WORD = re.compile(r"\b[A-Z][\w'’-]*")
# words run together where a line break was lost: after a word ("deviceTuesday's") or after
# a figure ("691-6555Fax: ...", "6641If you have")
_GLUED_WORDS = re.compile(r"([a-z]{3}|\d)([A-Z][a-z])")
#: a figure with a word run onto it in scraped text ("6555Fax")
GLUED_FIGURE = re.compile(r"\d[A-Z][a-z]")
_MID_SENTENCE_CAPITAL = re.compile(r"\b[a-z][\w'’-]*,?\s+[A-Z]")


def title_case(text: str) -> bool:
    """Are most of the longer words capitalised ("Rubio Unleashes Shocking Attack ...")?"""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) > 3]
    return len(words) >= 5 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _cased(text: str) -> bool:
    """Does the text capitalise names? Some sources were lower-cased upstream, all but the
    first word of a sentence ("Original band members bryan ferry, phil manzanera ...")."""
    return len(_MID_SENTENCE_CAPITAL.findall(text)) >= 0.02 * len(text.split())


@dataclass(frozen=True)
class TextForms:
    """A text in the forms the checks compare: words, stems, figures, acronyms."""

    key: str
    stems: frozenset[str]
    numbers: frozenset[str]
    tokens: frozenset[str] = frozenset()
    acronyms: frozenset[str] = frozenset()
    text: str = ""
    us_is_country: bool = False  # "us" before a noun of state ("a us court")

    @classmethod
    def of(cls, text: str) -> TextForms:
        """The forms of ``text``; shared, since the checks read each sentence many times."""
        return _forms_of(text)

    @classmethod
    def _read(cls, text: str) -> TextForms:
        tokens = word_tokens(text)
        word_stems = stems(text)
        if _GLUED_WORDS.search(text):
            # words run together where a line break was lost ("on this deviceTuesday's game")
            unglued = _GLUED_WORDS.sub(r"\1 \2", text)
            tokens |= word_tokens(unglued)
            word_stems |= stems(unglued)
        # a possessive or plural acronym run together upstream ('cdcs') still names it
        tokens |= {w[:-1] for w in tokens if w.endswith("s") and len(w) > 3}
        # ... and so does one written in capitals with a small "s" ("PCs", "MPs")
        tokens |= {m.lower() for m in re.findall(r"\b([A-Z]{2,})s\b", text)}
        keyed = key(text)
        return cls(
            keyed,
            frozenset(word_stems),
            frozenset(numbers_in(text, every_reading=True)),
            frozenset(tokens),
            frozenset(_acronyms(text)),
            text,
            bool(_US_BEFORE_NOUN.search(keyed) or _US_WRITTEN.search(text)),
        )

    @cached_property
    def calendar(self) -> frozenset[str]:
        """The months and weekdays the text names."""
        return calendar_names(self.text, glued=True)

    @cached_property
    def words_by_stem(self) -> dict[str, frozenset[str]]:
        """Its whole words, by their stem."""
        grouped: dict[str, set[str]] = {}
        for word in self.key.split():
            grouped.setdefault(word[:5], set()).add(word)
        return {stem: frozenset(words) for stem, words in grouped.items()}

    @cached_property
    def cased(self) -> bool:
        """Does it capitalise names (not lower-cased upstream)?"""
        return _cased(self.text)

    @cached_property
    def capital_only(self) -> frozenset[str]:
        """Stems of the words it writes capitalised and never in lower case: names ("Britain",
        "Arsenal"), where "Cost" at the start of a sentence is "cost" elsewhere. Empty for a
        text lower-cased upstream."""
        if not _cased(self.text):
            return frozenset()
        lower = stems(" ".join(re.findall(r"\b[a-z][\w'’-]*", self.text)))
        return frozenset(stems(" ".join(NAME_WORD.findall(self.text))) - lower)

    @cached_property
    def name_stems(self) -> frozenset[str]:
        """Stems of its capitalised words (of all its words, if it was lower-cased upstream)."""
        if not _cased(self.text):
            return frozenset(self.stems)
        return frozenset(stems(" ".join(NAME_WORD.findall(self.text))))


@lru_cache(maxsize=8192)
def _forms_of(text: str) -> TextForms:
    return TextForms._read(text)


@lru_cache(maxsize=16)
def article_forms(text: str) -> TextForms:
    """The source article in matching form, computed once per article (not per sentence)."""
    return TextForms.of(text)


# "US", "U.S." and "u.s." name the country; so does "us" before these ("a us court")
_US_WRITTEN = re.compile(r"\bU\.?S\.?\b|\b[Uu]\.[Ss]\.")
_US_BEFORE_NOUN = re.compile(
    r"\bnon us\b|"
    r"\bus (?:court|courts|government|officials?|president|military|forces|troops|economy|"
    r"embassy|dollar|navy|army|senate|congress|lawyers|authorities|firms?|companies|markets?|"
    r"stocks|shares|banks?|investors|sanctions|citizens|soldiers|federal|state|states|"
    r"department|administration|election|elections|presidential|secretary|ambassador)\b"
)


# the verbs headlines hang a story on ("Experts Say ...", "Minister Warns ...")
HEADLINE_VERBS = frozenset(
    "say says said tell tells told warn warns warned reveal reveals revealed claim claims "
    "claimed call calls urge urges vow vows slam slams back backs find finds report "
    "reports".split()
)
_TITLE_WORD = re.compile(r"\b[A-Z][a-z]+(?:['’-][A-Za-z]+)*\b")


_INFLECTIONS = ("s", "es", "ed", "d", "er", "r", "est", "ing", "ly")
_PARTICLES = ("up", "out", "down", "off")


def everyday_word(word: str) -> bool:
    """Is a lower-case word everyday English: a word of :func:`models.common_words`, an
    inflection of one ("sharper", "scoops", "shrugged") or one with a particle run on
    ("roundup", "breakout")? Compounds of two full words are not: "facebook", "newcastle"."""
    everyday = common_words()
    if word in everyday:
        return True
    for ending in (*_INFLECTIONS, *_PARTICLES):
        base = word[: -len(ending)]
        if word.endswith(ending) and len(base) >= 4 and base in everyday:
            return True
    return False


def sentence_case(
    sentence: Sentence, article: TextForms, written_lower: frozenset[str] = frozenset()
) -> str:
    """A headline in Title Case With Every Word Capitalised, with the capitals that are only
    its style lowered: a word the source writes in lower case ("Shakes", "Test") or a
    headline's verb ("Say", "Warns") names no one; a word it never has ("Airbnb") may. (A
    word whose first five letters the source has is no new name anyway: ``mentions.new_specifics``.)
    A headline in capitals has no case to read, and on f3 it is where fabrications shout
    ("BREAKING NEWS: ..."): its capitals stay. ``written_lower``: further words written in
    lower case, such as those of the suspect's own body ("expectant mothers")."""
    text = sentence.text
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    if sentence.role != "headline" or sum(w[0].isupper() for w in words) < 0.6 * len(words):
        return text
    lower = (
        set(re.findall(r"\b[a-z][\w'’-]*", article.text))
        | STOPWORDS
        | HEADLINE_VERBS
        | written_lower
    )

    def style(word: str) -> bool:
        return word in lower or all(everyday_word(part) for part in re.split(r"['’-]", word))

    return _TITLE_WORD.sub(
        lambda m: m.group().lower() if style(m.group().lower()) else m.group(), text
    )
