"""Roles: who did what to whom. Two parties that changed places around the same verb
("psoriasis may raise the risk of obesity" for "obesity may raise the risk of
psoriasis") keep every word of the sentence, so no word-level check sees the change; the
dependency parse does. Two sides of a comparison that changed places ("more men than
women" for "more women than men") are found around "than".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..documents import STOPWORDS
from ..models import parsed
from .numbers import NUMBER_WORDS

__all__ = ["crossed_parties", "swapped_around", "turned_comparison"]

_NUMBERS = frozenset(NUMBER_WORDS) | {"hundreds", "thousands", "millions", "billions", "dozens"}


def _content(words: list[str]) -> set[str]:
    """The words that say something: not a stopword, a figure or a number word."""
    return {
        w for w in words if len(w) > 2 and w.isalpha() and w not in STOPWORDS and w not in _NUMBERS
    }


def crossed_parties(
    mine: list[re.Match[str]], theirs: list[re.Match[str]], suspect: str, source: str
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Two parties that changed places around the same verb: "psoriasis may raise the risk
    of obesity" for "obesity may raise the risk of psoriasis", "Jones beat Smith" for "Smith
    beat Jones". The subject of the verb in one is what the verb acts on in the other (by
    spaCy's dependency parse, run only on such a pair); each party appears once in each
    sentence, and the verb is not symmetric ("met"). The suspect's and the source's token
    spans from one party to the other."""
    a = [m.group().lower() for m in mine]
    b = [m.group().lower() for m in theirs]
    once = {w for w in _content(a) & _content(b) if a.count(w) == 1 and b.count(w) == 1}
    where = {w: (a.index(w), b.index(w)) for w in once}
    verbs = [
        w for w in once if mine[where[w][0]].group().islower() and not w.startswith(_SYMMETRIC)
    ]
    pairs = []
    for v in verbs:
        av, bv = where[v]
        # before the verb in the suspect and after it in the source, and the other way round
        before = [w for w in once if where[w][0] < av and where[w][1] > bv]
        after = [w for w in once if where[w][0] > av and where[w][1] < bv] if before else []
        pairs += [
            (x, y, v)
            for x in before
            for y in after
            if where[y][0] - where[x][0] <= _CROSS_SPAN and where[x][1] - where[y][1] <= _CROSS_SPAN
        ]
    if not pairs:
        return None
    docs = parsed(suspect), parsed(source)
    at = [{t.idx: t for t in doc} for doc in docs]
    for x, y, v in pairs:
        s_x, s_y, s_v = (at[0].get(mine[where[w][0]].start()) for w in (x, y, v))
        t_x, t_y, t_v = (at[1].get(theirs[where[w][1]].start()) for w in (x, y, v))
        if None in (s_x, s_y, s_v, t_x, t_y, t_v):
            continue
        if not (_acts(s_v, s_x, s_y) and _acts(t_v, t_y, t_x)):
            continue
        # the acted-on party tied to the verb the same way in both ("beat Smith", "beat
        # Jones"), not "with" (two-sided) nor in a comparison ("earn less than men"); "the
        # yen weakened after the move" is no "the move weakened the yen" turned round
        tie = _tie(s_v, s_y)
        if tie != _tie(t_v, t_x) or tie[1] == "with" or _compared(s_y, s_v) or _compared(t_x, t_v):
            continue
        if _describes_another_noun(s_x, t_x) or _describes_another_noun(s_y, t_y):
            continue
        return (where[x][0], where[y][0] + 1), (where[y][1], where[x][1] + 1)
    return None


def _describes_another_noun(mine: Any, theirs: Any) -> bool:
    """Is the word no party in either sentence but a word describing one, each time another
    ("reality" of "reality programmes" as the subject, of "the reality category" as the
    object: the programmes and the category kept their places)? ``mine`` is the suspect's
    token: the noun it describes there must hold the same place in the source sentence
    ("category" is what dominated in both), or the parties may have swapped under new
    words ("Palestinian gunmen attacked Israeli troops" for "Israeli soldiers attacked
    Palestinian protesters")."""
    describing = ("amod", "compound", "nmod")
    return (
        mine.dep_ in describing
        and theirs.dep_ in describing
        and mine.head.lower_ != theirs.head.lower_
        and mine.head.is_lower
        and theirs.head.is_lower
        and any(t.lower_ == mine.head.lower_ and t.dep_ == mine.head.dep_ for t in theirs.doc)
    )


def _tie(verb: Any, token: Any) -> tuple[str, str]:
    """How ``token`` hangs from ``verb``: the relation of the verb's child that holds it
    ("dobj"; "prep" with its preposition)."""
    for child in verb.children:
        if token.i in {t.i for t in child.subtree}:
            dep = "dobj" if child.dep_ == "dative" else child.dep_
            return dep, child.lower_ if child.dep_ in ("prep", "agent") else ""
    return "", ""


def _compared(token: Any, verb: Any) -> bool:
    """Is ``token`` the other side of a comparison under ``verb`` ("than men")?"""
    return any(a.lower_ == "than" for a in token.ancestors if verb in a.ancestors)


def _acts(verb: Any, subject: Any, acted_on: Any) -> bool:
    """Is ``subject`` within the active subject of ``verb``, and ``acted_on`` within the
    rest of what the verb governs?"""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if not subjects or any(c.dep_ in ("nsubjpass", "agent") for c in verb.children):
        return False  # no subject, or the passive: "was used by one firm"
    in_subject = {t.i for c in subjects for t in c.subtree}
    governed = {t.i for t in verb.subtree} - in_subject
    return subject.i in in_subject and acted_on.i in governed


# verbs whose two sides may change places without changing the claim, by their first letters
_SYMMETRIC = tuple(
    "met meet marri marry talk spoke speak agree sign play face versus between both together "
    "alongside join border rival debat draw drew merg exchang correlat coincid resembl "
    "match tie tied".split()
)
# at most this many words from one party to the other
_CROSS_SPAN = 12


# a comparison: what is compared, the comparative, "than", what it is compared with
_THAN = re.compile(r"\bthan\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)", re.IGNORECASE)
_COMPARATIVE = re.compile(
    r"\b(more|less|fewer|higher|lower|greater|smaller|larger|bigger|better|worse|longer|"
    r"shorter|faster|slower|older|younger|cheaper|stronger|weaker|earlier|later)\b",
    re.IGNORECASE,
)
# where the words of a side of a comparison are looked for, before "than"
_SIDE_WINDOW = 12


_Phrase = tuple[int, int, str]


def turned_comparison(suspect: str, source: str) -> tuple[_Phrase, _Phrase] | None:
    """A comparison whose sides changed places under the same comparative: "more men than
    women" for "more women than men", "fresh ginger contains higher concentrations than
    powdered ginger" for "powdered ginger contains higher concentrations than fresh ginger".
    What follows the suspect's "than" is compared in the source (in the words before its
    "than"), and what follows the source's "than" is compared in the suspect. The same
    comparative must lead both ("lower" with the sides turned says the same). The suspect's
    and the source's "than" and what follows it up to the first function word: (start, end,
    text) in each."""
    mine, theirs = _comparison(suspect), _comparison(source)
    if mine is None or theirs is None:
        return None
    (s_more, s_before, s_than), (t_more, t_before, t_than) = mine, theirs
    if s_more != t_more:
        return None
    s_side, t_side = _content(_words(s_than.group(1))), _content(_words(t_than.group(1)))
    s_left, t_left = _content(_words(s_before)), _content(_words(t_before))
    # what differs between the two "than" phrases is what changed sides ("powdered" and
    # "fresh" of "than powdered ginger", "than fresh ginger")
    s_only, t_only = s_side - t_side, t_side - s_side
    if not s_only or not t_only:
        return None
    if s_only & t_left and t_only & s_left and not s_only & s_left and not t_only & t_left:
        return _named_side(suspect, s_than), _named_side(source, t_than)
    return None


def _named_side(text: str, than: re.Match[str]) -> _Phrase:
    """ "than" and the content words right after it ("than powdered ginger", "than women")."""
    end = than.start(1)
    for m in re.finditer(r"[\w'’-]+", than.group(1)):
        if m.group().lower() in STOPWORDS:
            break
        end = than.start(1) + m.end()
    return than.start(), end, text[than.start() : end]


def _comparison(text: str) -> tuple[str, str, re.Match[str]] | None:
    """The one comparison of a text: its comparative, the words before "than" in its clause
    (up to the comparative's subject), and the "than" phrase. None when there is none, or
    more than one, or it compares figures ("more than 100")."""
    thans = list(_THAN.finditer(text))
    if len(thans) != 1 or re.search(r"\d", thans[0].group(1)):
        return None
    than = thans[0]
    head = text[: than.start()]
    clause = re.split(r"[.;:!?]\s", head)[-1]
    comparatives = _COMPARATIVE.findall(clause)
    if not comparatives:
        return None
    before = " ".join(_words(clause)[-_SIDE_WINDOW:])
    return comparatives[-1].lower(), before, than


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", text)]


# words before or inside a party that make it no party: a phrase that opens with a
# preposition moves freely ("raids in August by the FBI", "by the FBI in August"), and a
# verb of saying turns round its speaker ("says Smith in the release", "in the release,
# Smith says")
_MOVABLE = frozenset(
    "in on at by for from to with during after before since until within about "
    "said says say told tells added adds according estimates estimated explains explained "
    "noted notes wrote writes argued argues claimed claims reported reports".split()
)
# the small words that say which way between two parties ("converting A into B")
_WHICH_WAY = frozenset("into onto to from than over against toward towards".split())
# the longest party and the longest run of words between the two parties looked at
_PARTY_WORDS = 4
_BETWEEN_WORDS = 10


def swapped_around(
    mine: list[re.Match[str]], theirs: list[re.Match[str]], source: str
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Two parties that changed places around the very same words: "found in neurons, which
    surround glial cells" for "found in glial cells, which surround neurons", "converting
    lactate into pyruvate" for "converting pyruvate into lactate". The suspect's tokens hold
    "Y ... X" where the source's hold "X ... Y", the same words between (a verb, by the
    source's parse, or a word of which way: "into", "than") and not "X ... Y" as well; each
    party has a content word, opens with no preposition and holds no verb of saying, and is
    not written onto the words between ("sulforaphane-fed rabbits" are "rabbits fed
    sulforaphane"). No other words change, so only their order says who did what. The
    suspect's and the source's token ranges from the first party to the second."""
    a = [m.group().lower() for m in mine]
    b = [m.group().lower() for m in theirs]
    if a == b:
        return None
    longest = 2 * _PARTY_WORDS + _BETWEEN_WORDS
    said = {tuple(a[i : i + k]) for k in range(1, longest + 1) for i in range(len(a))}
    for i1, i2, j1, j2 in _spans(b, said):
        x, between, y = b[i1:i2], b[i2:j1], b[j1:j2]
        if tuple(y + between + x) not in said or tuple(b[i1:j2]) in said:
            continue
        if any(_count(words, party) != 1 for words in (a, b) for party in (x, y)):
            continue  # a party said twice (two arms of a trial): no one order to turn
        if (
            not _content(x)
            or not _content(y)
            or _content(x) & _content(y)
            or x[0] in _MOVABLE
            or y[0] in _MOVABLE
            or any(w.startswith(_SYMMETRIC) for w in between)  # "met", "will face"
            or _MOVABLE
            & set(x + y + between) - _WHICH_WAY - {"in", "on", "at", "by", "for", "with"}
        ):
            continue
        if _joined(source, theirs[i2 - 1], theirs[i2]) or _joined(
            source, theirs[j1 - 1], theirs[j1]
        ):
            continue
        if not set(between) & _WHICH_WAY and not _has_verb(source, theirs[i2:j1]):
            continue
        turned = y + between + x
        at = next(i for i in range(len(a)) if a[i : i + len(turned)] == turned)
        return (at, at + j2 - i1), (i1, j2)
    return None


def _spans(words: list[str], said: set[tuple[str, ...]]) -> Iterator[tuple[int, int, int, int]]:
    """Every (first party, words between, second party) of ``words``, as token ranges, whose
    three parts each occur in the other text (its runs of words, ``said``)."""
    n = len(words)
    for i1 in range(n):
        for i2 in range(i1 + 1, min(i1 + _PARTY_WORDS, n) + 1):
            if tuple(words[i1:i2]) not in said:
                break
            for j1 in range(i2 + 1, min(i2 + _BETWEEN_WORDS, n) + 1):
                if tuple(words[i2:j1]) not in said:
                    break
                for j2 in range(j1 + 1, min(j1 + _PARTY_WORDS, n) + 1):
                    if tuple(words[j1:j2]) not in said:
                        break
                    yield i1, i2, j1, j2


def _count(words: list[str], run: list[str]) -> int:
    """How many times ``run`` occurs in ``words``."""
    k = len(run)
    return sum(words[i : i + k] == run for i in range(len(words) - k + 1))


def _joined(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    """Are two tokens written as one word ("sulforaphane-fed")?"""
    return text[left.end() : right.start()] in ("-", "‐", "–")


def _has_verb(text: str, tokens: list[re.Match[str]]) -> bool:
    """Is one of these tokens of ``text`` a verb other than "be" and "have", by spaCy?"""
    starts = {m.start() for m in tokens}
    return any(
        t.idx in starts and t.pos_ == "VERB" and t.lemma_.lower() not in ("be", "have")
        for t in parsed(text)
    )
