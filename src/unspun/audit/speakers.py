"""Who says a sentence: the speaker a sentence names with a verb of saying ("Smith said",
"..., said Dr. Jane Smith of Acme", "Harvard's Tom Lee, MD, tells WebMD"), or, for "he
said" and for the later sentences of a quote that runs on, the speaker named before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from ..documents import Sentence
from .forms import everyday_word
from .text import unaccented

__all__ = ["Said", "Speaker", "head_name", "name_stems", "said_by", "speaker_of"]

# a verb of saying, in the past or present
_SAYS_ANY = (
    r"(?:said|says|told|tells|noted|notes|explained|explains|cautioned|cautions|"
    r"warned|warns|argued|argues|stressed|stresses|suggested|suggests|wrote|writes|urged|urges|"
    r"insisted|insists|claimed|claims|acknowledged|"
    r"acknowledges|admitted|admits|observed|emphasi[sz]ed|emphasi[sz]es|concluded|concludes|"
    r"predicted|predicts|advised|advises|commented|comments|countered|counters|maintained|"
    r"maintains|recalled|recalls|called|calls|agreed|agrees|believes|believed|described|"
    r"describes|blamed|blames|worried)"
)
# verbs that report speech only right before what was said ("Jenner added that ..."), not
# before an object ("Jenner added a hat")
_SAYS_BEFORE_WHAT = r"(?:added|adds|continued|continues)"
_SAYS = rf"(?:{_SAYS_ANY}|{_SAYS_BEFORE_WHAT})"
# a capitalised word of a name, an initial ("L.") or a title ("Dr.") among them
_CAP = r"[A-Z][\w'’&-]*\.?"
# a name with what follows it in the noun phrase: "Dr. Scott L. Friedman", "Ken Muir of
# Warwick University", "Harvard Medical School's Anthony Zietman"
_NAMED = (
    rf"{_CAP}(?:\s+{_CAP})*(?:\s+(?:of|from|at|for)\s+(?:the\s+)?{_CAP}(?:\s+(?:of\s+)?{_CAP})*)?"
)
# lower-case words that start no title: "added in a statement to WCYB", "said she met Tom"
_NOT_TITLE = (
    r"(?:in|on|at|to|for|with|by|from|after|during|via|of|that|this|he|she|they|it|we|i|"
    r"you|a\s+source|the\s+insider|sources?)\b"
)
# what may stand before a name: "study head Kevin Choe", "BBC labour affairs correspondent
# Stephen Cape", "the author of an accompanying editorial, Dr. David Harlan"
_BEFORE_NAME = (
    rf"(?:(?:{_CAP}\s+){{0,3}}(?!{_NOT_TITLE})(?:[a-z][\w'’-]*\s+){{0,6}}[a-z][\w'’-]*\s+)?"
)
# ... and in "..., said the author of an editorial, Dr. David Harlan", past a comma
_BEFORE_NAME_APPOSED = (
    rf"(?:(?:{_CAP}\s+){{0,3}}(?!{_NOT_TITLE})(?:[a-z][\w'’-]*\s+){{0,6}}[a-z][\w'’-]*"
    r"(?:,\s+|\s+))?"
)
# an appositive between a name and its verb: "Peter Weissberg, medical director at the BHF,"
_APPOSITIVE = r"(?:,\s+(?!(?:he|she|they|it|who\s+said)\b)[^,;:\"“”]{1,120}){0,3},"
_PRONOUN = r"(?:he|she|they|[Hh]e|[Ss]he|[Tt]hey)"
# words that start a sentence and name no one: "Earlier, David Rose ... had said"
_NOT_SUBJECT = (
    r"(?!(?:Earlier|Later|Meanwhile|However|Still|Now|Today|Yesterday|Instead|Separately|"
    r"Also|Then|Last|In|On|At|For|After|Before|During|When|While|But|And|So|Yet|"
    r"Commenting|Speaking|Asked|Writing|Citing)\b)"
)
# words that join a name to what places it ("Ken Muir of Warwick University"): no title
_JOINS = r"(?:of|from|at|for|the|and|in|with|to|on|by)\b"
# verbs after which a name is the speaker ("..., said Smith"), not whom it was told to
_SAYS_INVERTED = (
    r"(?:said|says|added|adds|noted|notes|explained|explains|cautioned|cautions|warned|warns|"
    r"argued|argues|stressed|stresses|wrote|writes|insisted|insists|continued|continues|"
    r"commented|comments|countered|counters|concluded|concludes|observed|recalled|recalls)"
)

_INVERTED = re.compile(
    rf"(?:[,\"”’:]|^)\s*{_SAYS_INVERTED}\s+"
    rf"(?P<who>{_BEFORE_NAME_APPOSED}{_NAMED}|{_PRONOUN}\b)"
    r"(?=\s*(?:[,;:.]|$)|\s+(?:who|in|on|at|after|during|when|as|before|to|last|this)\b)"
)
_SUBJECT_FIRST = re.compile(
    rf"(?:^|(?<=[,;:\"“”‘’(])\s*|\b(?:and|but|while|as|whereas|Still|However|But|And)\s+)"
    rf"{_NOT_SUBJECT}(?:(?:{_CAP}\s+){{0,3}}(?:(?!{_JOINS})[a-z][\w'’-]*\s+){{1,4}})?"
    rf"(?P<who>{_NOT_SUBJECT}(?:{_NAMED}|{_PRONOUN}))(?:{_APPOSITIVE})?\s+"
    rf"(?:(?:also|later|then|further|again|has|had|have|previously|recently)\s+)*"
    rf"(?:{_SAYS_ANY}\b|{_SAYS_BEFORE_WHAT}(?=\s*(?:that\b|[:,.\"“‘]|$)))"
)
_SAYING = re.compile(rf"\b{_SAYS}\b|\baccording\s+to\b")
_ACCORDING = re.compile(rf"\b[Aa]ccording\s+to\s+(?P<who>{_BEFORE_NAME}{_NAMED})")

# capitalised words that name no one: titles, and words capitalised to start a sentence
_NO_NAME = frozenset(
    "dr mr mrs ms miss prof professor sir dame lord lady sen senator gov governor rep gen "
    "president minister chief executive senior lead study co the a an in at on for from of "
    "by after before during but and also still however meanwhile yet while as when it its "
    "this that these those there here what some many most both one two md phd he she they "
    "we you".split()
)


@dataclass(frozen=True)
class Speaker:
    """Who says a sentence: the speaker's words (offsets in ``sentence``), and the
    sentences from the one naming the speaker to the one said (a quote that runs on, or a
    "he said" after the name)."""

    sentence: Sentence
    start: int
    end: int
    words: str
    context: tuple[Sentence, ...]


class Said(NamedTuple):
    """A speaker in a sentence: offsets and words of who says it, and offsets of the
    whole phrase that says so ("Dr. Lee, author of an editorial, said")."""

    start: int
    end: int
    words: str
    phrase_start: int
    phrase_end: int


def said_by(text: str) -> list[Said]:
    """Every speaker a sentence gives with a verb of saying or an "according to", a
    pronoun ("he") included, a group in lower case ("researchers") not."""
    found = set()
    for pattern in (_INVERTED, _SUBJECT_FIRST, _ACCORDING):
        for m in pattern.finditer(text):
            start, words = m.start("who"), m.group("who").rstrip(".,")
            if pattern is not _SUBJECT_FIRST and not _pronoun(words):
                # the name after the words of a title: "study head Kevin Choe"
                names = list(re.finditer(_NAMED, words))
                if not names:
                    continue
                start, words = start + names[-1].start(), names[-1].group()
            if not _pronoun(words) and not name_stems(words):
                continue
            if not _pronoun(words) and _no_name(words, start):
                continue
            found.add(Said(start, start + len(words), words, m.start(), m.end()))
    return sorted(found)


def _no_name(words: str, start: int) -> bool:
    """Words before a verb of saying that name no one: a word that starts the sentence
    ("Critics said"), a word in capitals ("a source EXCLUSIVELY tells"), a description
    ("The Russian told"), a possessive or a determiner ("Couric's comments", "The claims")."""
    single = " " not in words and everyday_word(words.lower())
    return (
        single
        and (start == 0 or words.isupper())
        or bool(re.fullmatch(r"(?:[Tt]he|[Aa]n?)\s+[A-Z][\w'’-]*", words))
        or bool(re.search(r"(?:['’]s|\b(?:The|A|An))$", words))
    )


def _pronoun(words: str) -> bool:
    return words.lower() in ("he", "she", "they")


def name_stems(words: str) -> set[str]:
    """The stems of the names in a speaker's words, accents dropped: "Study head Dr. Kevin
    Choe": kevin, choe; "A WSIS spokesman": wsis; "Erdoğan": erdog."""
    out = set()
    for w in re.findall(r"[A-Z][\w'’&-]*", words):
        w = max(re.split(r"['’]", w), key=len)
        if len(w) > 1 and w.lower() not in _NO_NAME:
            out.add(unaccented(w.lower())[:5])
    return out


def head_name(words: str) -> str:
    """The name at the head of a speaker's words, before what places it: "Ros Eeles of
    the ICR, who helped lead the study" -> "Ros Eeles"; "Study head Kevin Choe" -> "Kevin
    Choe"."""
    head = re.split(r",|\s+(?:of|from|at|for|who)\s+", words, maxsplit=1)[0]
    run = re.search(rf"(?:{_CAP}\s+)*{_CAP}$", head.strip())
    return run.group() if run and name_stems(run.group()) else head


# how far back a "he said" or a running quote may look for the speaker's name
_LOOK_BACK = 3


def speaker_of(index: int, sentences: Sequence[Sentence]) -> Speaker | None:
    """The named speaker of the sentence at ``index`` of an article's ``sentences``: named
    in it; or, for "he said" or a sentence of a quote without a verb of saying, the
    nearest speaker named before it (within ``_LOOK_BACK`` sentences, over sentences that
    quote or say "he said" too). None: a group, nobody, or not to be told."""
    sentence = sentences[index]
    own = said_by(sentence.text)
    named = [s for s in own if not _pronoun(s.words)]
    if named and _after_the_quote(sentence.text, named[0]):
        return None  # '"...quote."  After the vote, Smith told reporters ...': whose quote?
    if named:
        return Speaker(sentence, named[0].start, named[0].end, named[0].words, (sentence,))
    quoted = _quoted(index, sentences)
    if not own and (_SAYING.search(sentence.text) or not quoted[-1]):
        return None  # a group says it ("the report said"), or the article itself
    after = _named_after(index, sentences) if not own else None
    if after is not None:
        return after
    chain = [sentence]
    for k in range(index - 1, max(-1, index - 1 - _LOOK_BACK), -1):
        earlier = sentences[k]
        chain.append(earlier)
        said = said_by(earlier.text)
        named = [s for s in said if not _pronoun(s.words)]
        if named:
            last = named[-1]
            return Speaker(earlier, last.start, last.end, last.words, tuple(reversed(chain)))
        if not said and (_SAYING.search(earlier.text) or not quoted[k - index - 1]):
            return None  # the chain of quotes broke before a name
    return None


def _named_after(index: int, sentences: Sequence[Sentence]) -> Speaker | None:
    """The speaker of a quote this sentence opens and leaves open, named where the next
    sentence closes it ('"Consumers remain willing to spend freely.' | 'Given that, the Fed
    is likely to act," UBS economist Maury Harris told Reuters.')."""
    text = sentences[index].text.strip()
    if text[:1] not in '“"' or _closes(text[1:]) or index + 1 >= len(sentences):
        return None
    following = sentences[index + 1]
    if following.text.strip()[:1] in '“"':
        return None  # a new quote: the first was left open by the page, not run on
    named = [s for s in said_by(following.text) if not _pronoun(s.words)]
    if not named or not _closes(following.text[: named[0].phrase_start]):
        return None
    first = named[0]
    return Speaker(following, first.start, first.end, first.words, (sentences[index], following))


def _closes(text: str) -> bool:
    """Does ``text`` close the quote open before it ('... meetings," UBS economist')?"""
    return bool(re.search(r"[”\"]", text))


def _after_the_quote(text: str, said: Said) -> bool:
    """Does a sentence open with a quote that closes before a new clause names the speaker
    (a quoted paragraph run together with the next one)?"""
    return text[:1] in '“"' and bool(re.search(r"[”\"]\s+[A-Z]", text[: said.phrase_start]))


def _quoted(index: int, sentences: Sequence[Sentence]) -> list[bool]:
    """For the sentences up to ``index`` (in order, from a few before the ``_LOOK_BACK``
    window, to see a quote opened before it): does each quote, or stand inside a quote
    opened before it? A quote mark that starts a sentence opens one (a quote that runs on
    over paragraphs opens each anew). Read from the end: ``[-1]`` is ``index``."""
    first = max(0, index - _LOOK_BACK - 3)
    inside = False
    out = []
    for sentence in sentences[first : index + 1]:
        text = sentence.text.strip()
        # a quote that runs on: open as the sentence starts, opened by its first mark, or
        # left open at its end (a quoted phrase inside it is not the quote of a speaker)
        quotes = inside or text[:1] in '“"‘'
        for i, char in enumerate(text):
            if char == "“" or char == '"' and (i == 0 or not inside):
                inside = True
            elif char == "”" or char == '"':
                quotes = quotes or not inside
                inside = False
        out.append(quotes or inside)
    return out
