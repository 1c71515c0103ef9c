"""Negation added or dropped: a negative particle ("not", "never", "denied", "lack of");
not where the other side says the same with a negative word ("asymptomatic" for "do not
show symptoms", "rejected" for "did not accept"), nor in idioms that deny nothing ("not only").

Counted only where the suspect carries the words the negation governs (``clauses``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from ..documents import Sentence
from ..results import Change
from .clauses import (
    FUNCTION_STEMS,
    RHETORICAL_IF,
    TIGHT_SHARE,
    TIGHT_WINDOW,
    expresses,
    expresses_around,
    short_claim_carried,
)
from .numbers import NUMBER_WORDS
from .quantities import less_than_all_said
from .spellings import TITLES
from .text import match_span, stems

__all__ = ["denial_reversed", "negation_changes", "zero_made_a_count"]


_NEGATION = re.compile(
    r"\b(not|no|never|none|neither|nor|without|cannot|n't|denied|denies|deny|denying|refused|"
    r"refuses|refuse to|refusing|false|unable|failed to|fails to|lack of|nobody|nothing|"
    r"rather than|instead of|unaware)\b|n['’]t\b|"
    # "would rather stay in than go out" says "stay in instead of going out"
    r"(?:\bwould|['’]d)\s+rather\b|"
    # a claim denied: "rejects a suggestion that he had told Roberts"
    r"\b(?:reject|dismiss|disput)(?:s|es|ed|ing|e)?\s+(?:the\s+|a\s+|any\s+)?(?:suggestions?|"
    r"claims?|allegations?|accusations?|reports?|notion|idea|arguments?|speculation|"
    r"rumou?rs?|fears?|charges?)\s+that\b|"
    # "reports have yet to be confirmed": not yet
    r"\b(?:has|have|had|is|are|was|were)\s+yet\s+to\b|"
    # "do nt", "ca nt": text tokenised upstream with the apostrophe dropped
    r"\b(?:do|does|did|is|are|was|were|ca|could|would|should|wo|have|has|had)\s+nt\b",
    re.IGNORECASE,
)
# Idioms built on a negative particle that deny nothing: "not only X but Y", "none other
# than", "nothing but", "no matter where", "no doubt", a name ("No Doubt"). Read at the
# particle (see ``_IDIOMS`` for idioms whose particle is not their first word).
_NOT_NEGATING = re.compile(
    r"(?:(?:not|n['’]t)\s+(?:only|just|merely)\b(?=[^.;]*\b(?:but|also)\b)|"
    # "... helps everyone, not just Olympians": additive
    r"(?<=,\s)not\s+(?:just|only|merely)\b(?!\s+yet\b)|"
    # "Not only did the plan fail, it cost millions": inverted, additive
    r"not\s+only\s+(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could)\b|"
    r"none\s+other\s+than|"
    # "not without risk" has risk; "believe it or not", "whether or not"; "didn't mince words"
    r"not\s+(?:been\s+|be\s+)?without\b|(?<=\bnot\s)without\b|(?<=\bnot\sbeen\s)without\b|(?<=\bit\sor\s)not\b|(?<=\bwhether\sor\s)not\b|"
    # "with or without the extract", "some with it and some without": both sides, no denial
    r"(?<=\bwith\sor\s)without\b|(?<=\bwith\sand\s)without\b|"
    r"(?<=\bsome\s)without(?=\s*(?:[.,;:)]|$))|"
    r"n['’]?t\s+mince\s+(?:\w+\s+)?words|"
    # "could not come at a better time": a time just right
    r"(?:not|n['’]t)\s+(?:have\s+)?come\s+at\s+a\s+(?:better|worse)\s+time|"
    r"nothing\s+(?:but|more\s+than|less\s+than|short\s+of)|"
    # "nobody is more committed than we are": a superlative, denying nothing ("nobody was
    # more than a mile away" denies a quantity)
    r"(?:nobody|no\s*one|none|nothing)\s+(?:is|was|are|were|has\s+been)\s+(?:more|less|better|"
    r"worse|greater)\b(?!\s+than\b)(?=[^.;]*\bthan\b)|no\s+matter\s+(?:what|who|how|"
    r"where|when|which)|no\s+doubt|"
    r"without\s+(?:a\s+)?doubt)\b",
    re.IGNORECASE,
)
# "can't", "cannot", "couldn't", "could not"
_CANNOT = r"(?:ca(?:n['’]?t|nnot|n\s+not)|could(?:n['’]?t|\s+not))"
# idioms whose particle stands inside them, read as spans: "let's not forget the cost" and
# "let's not kid ourselves, it is dangerous" assert; "if that wasn't enough" (clauses); and
# idioms that deny nothing, said to stress or to exclaim: "it's no wonder", "oh no", "fear
# not", "wasted no time", "couldn't help but", "second to none", "stop at nothing",
# "cannot be overstated", "you won't believe"
_IDIOMS = re.compile(
    rf"\b(?:let['’]?s|let\s+us)\s+not\s+(?:forget|kid\s+ourselves)\b|{RHETORICAL_IF.pattern}|"
    r"\bno\s+wonder\b|\boh,?\s+no\b|\bfear\s+not\b|\b(?:wast(?:e|es|ed|ing)|lost)\s+no\s+time\b|"
    rf"\b{_CANNOT}\s+help\s+but\b|\bsecond\s+to\s+none\b|"
    r"\bstop(?:s|ped|ping)?\s+at\s+nothing\b|"
    rf"\b{_CANNOT}\s+be\s+(?:over|under)stated\b|"
    # "couldn't resist sending", "just when you thought it couldn't get any worse"
    rf"\b{_CANNOT}\s+resist\b|\bthought\s+(?:it|things)\s+{_CANNOT}\s+get\s+(?:any\s+)?worse\b|"
    r"\byou\s+won['’]t\s+believe\b",
    re.IGNORECASE,
)
# two negations that cancel: "no way to avoid a risk" and "impossible ... not to feel"
# assert the risk and the feeling
_DOUBLE_NEGATIVE = re.compile(
    r"\bno\s+(?:way|means)\s+(?:to|of)\s+(?:avoid\w*|prevent\w*|stop\w*|escap\w*)|"
    r"\b(?:impossible|unable|cannot|can['’]?t|could\s*n[o'’]?t)\b[^,;.]{0,60}?\bnot\s+to\b|"
    r"\bnever\s+fail(?:s|ed)?\s+to\b|"
    # "cannot be taken as anything other than biased": "can only be taken as biased"
    r"(?:\b(?:not|cannot|can['’]?t|could\s*n[o'’]?t)\b|n['’]t\b)[^,;.]{0,40}?\b(?:anything|anyone|"
    r"any\s+\w+)"
    r"\s+(?:other|else)\s+than\b",
    re.IGNORECASE,
)


# "a poor start did not stop him beating Persson": he beat Persson, as the other side may
# say without the "not" ("recovered to beat Persson"), unless it says he was stopped
_NOT_HINDERED = re.compile(
    r"(?:\b(?:not|never)|n['’]t)\s+(?:\w+\s+)?(?:stop|prevent|deter)\w*\s+"
    r"(?:him|her|them|it|us|me|(?:the\s+)?\w+)\s+(?:from\s+)?\w+ing\b",
    re.IGNORECASE,
)
_HINDRANCE = re.compile(r"\b(?:stop|prevent|deter)\w*", re.IGNORECASE)


# "lack of trust" says "distrust", "no interest" says "disinterest": the other side's word
# with a negative prefix says the same
_DENIED_WORD = re.compile(
    r"\b(?:lack\s+of|no|not|without)\s+(?:\w+\s+)?([a-z]{4,})\b", re.IGNORECASE
)


# "not uncommon" says "common", unless the other side says "uncommon" itself
_LITOTES = re.compile(
    r"\bnot\s+(un(?:common|usual|like|likely|known|reasonable|important))\b", re.IGNORECASE
)


# "James denied Duff and Kezman": a save, a defence, a person thwarted, which denies no
# claim ("denied Smith bail" and "denied Google access" still refuse something). Read with
# case: the name after the verb is what tells this sense. The names are read as one list,
# which must end the clause: "denied Moscow and Beijing were behind it" and "denied Israel,
# the US or Britain had a role" deny a claim about the names.
# (A name is whole words: "denies Hailey Baldwin dating rumours" is no "Baldw" before "in".)
_NAME = r"(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w-]*\b"
_THWARTED = re.compile(
    rf"\b[Dd]en(?:y|ies|ied|ying)\s+{_NAME}(?:(?:,\s*|,?\s+(?:and|or)\s+){_NAME})*"
    r"(?=\s*(?:[.;:]|$|,\s*(?:and|but|while|as|when|before|after)\b|"
    r"(?:with|at|from|in|on|as|when|while|before|after|twice)\b))"
)


def _thwarted(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` where a named party is thwarted (``_THWARTED``); a name that
    ends in a title is a title's abbreviation ("denies Ms. Perrineau's claims"), no player."""
    return [
        m.span() for m in _THWARTED.finditer(text) if m.group().split()[-1].lower() not in TITLES
    ]


def _negations(text: str, other: str = "") -> list[re.Match[str]]:
    """The negative particles of ``text`` that negate a claim (``other``: the text it is
    compared with, for litotes)."""
    cancelled = [m.span() for m in _DOUBLE_NEGATIVE.finditer(text)]
    cancelled += [m.span() for m in _IDIOMS.finditer(text)]
    cancelled += _thwarted(text)
    cancelled += [
        m.span()
        for m in _DENIED_WORD.finditer(text)
        if (prefixed := re.search(rf"\b(?:un|dis|in|im|non-?){m[1]}\b", other, re.IGNORECASE))
        # "unable" is a denial the other side is read for itself
        and not _NEGATION.fullmatch(prefixed.group())
    ]
    if not _HINDRANCE.search(other):
        cancelled += [m.span() for m in _NOT_HINDERED.finditer(text)]
    cancelled += [
        m.span()
        for m in _LITOTES.finditer(text)
        if not re.search(rf"\b{m[1]}\b", other, re.IGNORECASE)
    ]
    # ", not just lorry drivers" widens a claim the other text limits ("only lorry drivers")
    # ("not only those with" widens too: its "only" limits nothing)
    limited = bool(
        re.search(r"(?<!\bnot\s)(?<!n't\s)\b(only|solely|exclusively)\b", other, re.IGNORECASE)
    )
    return [
        m
        for m in _NEGATION.finditer(text)
        if not (
            _NOT_NEGATING.match(text, m.start())
            and not (limited and _WIDENING.match(text, m.start()))
        )
        and not any(a <= m.start() < b for a, b in cancelled)
        # "not all patients" for "some patients": both claim less than all
        and not (other and less_than_all_said(text, m.end(), other))
        and not _bound_restated(text, m.start(), other)
        and not _limit_restated(text, m.end(), other)
        and not _not_until_said_with_only(text, m.end(), other)
        and not _too_much_to(text, m.end(), other)
    ]


def _too_much_to(text: str, end: int, other: str) -> bool:
    """Does the other text say the denied thing as too much of something to happen ("should
    not be auctioned off" for "too important to be auctioned off")? The two words after the
    negation follow its "too ... to"."""
    after = re.findall(r"[\w'’-]+", text[end : end + 40])[:2]
    return len(after) == 2 and bool(
        re.search(rf"\btoo\s+\w+\s+to\s+{re.escape(' '.join(after))}\b", other, re.IGNORECASE)
    )


# "no more than six months" bounds a figure, as "a maximum of 6 months" does
_BOUND = re.compile(
    r"(?:no|not)\s+(more|less|fewer|later|earlier|longer|sooner|greater|higher|lower)\s+than\b",
    re.IGNORECASE,
)


def _bound_restated(text: str, start: int, other: str) -> bool:
    """Is the negation at ``start`` a bound ("no more than six months") the other text
    does not turn round? Only "more than six months" there, unnegated, makes it a flip."""
    bound = _BOUND.match(text, start)
    if bound is None:
        return False
    return not re.search(rf"(?<!\bno\s)(?<!\bnot\s)\b{bound[1]}\s+than\b", other, re.IGNORECASE)


# "no author can win it more than once": how often, at most
_MORE_THAN_COUNT = re.compile(r"\bmore\s+than\s+(once|twice|[\w-]+\s+times|\d+)\b", re.IGNORECASE)


def _limit_restated(text: str, end: int, other: str) -> bool:
    """Is the negation ending at ``end`` a limit ("no author can win it more than once")
    that the other text states as one ("an author can only win once", "at most once")?"""
    clause = re.split(r"[,;:.!?]", text[end : end + 80], maxsplit=1)[0]
    m = _MORE_THAN_COUNT.search(clause)
    if m is None:
        return False
    count = re.escape(m[1])
    return bool(
        re.search(
            rf"\bonly\s+(?:[\w-]+\s+){{0,3}}{count}\b|\b{count}\s+only\b|"
            rf"\b(?:a\s+maximum\s+of|at\s+most|up\s+to)\s+{count}\b",
            other,
            re.IGNORECASE,
        )
    )


def _not_until_said_with_only(text: str, end: int, other: str) -> bool:
    """Is the negation ending at ``end`` a "not ... until" ("was not booked until his sixth
    foul") that the other text says with "only" ("only his sixth foul got him booked"): an
    "only" before a word of what the "until" names? ("played until 2015, the only team he
    joined" does not say "did not play until 2015".)"""
    until = re.match(r"(?:\s+[\w'’-]+){0,4}?\s+until\b", text[end:], re.IGNORECASE)
    if not until:
        return False
    named = _governed(text, end + until.end(), 3)
    return any(
        named & _governed(other, m.end()) for m in re.finditer(r"\bonly\b", other, re.IGNORECASE)
    )


_WIDENING = re.compile(r"(?<=,\s)not\s+(?:just|only|merely)\b", re.IGNORECASE)


# Negation carried by a word rather than a particle: "asymptomatic" says what "do not show
# symptoms" says, "sleep deprivation" what "lack of sleep" says.
_NEGATIVE_WORD = re.compile(
    r"\b(lacks?|lacking|lacked|absent|absence|depriv\w+|free\s+of|"
    r"(?!(?:never|none)theless)\w{3,}less(?:ly|ness)?|asymptomatic|"
    r"un(?:able|likely|known|clear|aware|available|affected|harmed|hurt|injured|employed|safe|"
    r"successful|true|founded|fit|willing|necessary|certain|confirmed|paid|vaccinated|armed|"
    # "leaves the limit unchanged" for "no change to the limit"
    r"changed|altered)|inability|difficult(?:y|ies)?|"
    # "a shortage of drivers" for "a lack of drivers"
    r"shortages?|scarcity|dearth|"
    # "dispelled rumours he was ill" for "is not ill"; "omits any change" for "no change"
    r"dispel\w*|debunk\w*|refut\w*|omit(?:s|ted|ting)?|omission|shut\s+out|deviat\w*\s+from|"
    # "declined to walk" refuses; "declined to 3%" or "to a low" fell, and is no refusal
    r"declin(?:e|es|ed|ing)\s+to\s+(?!(?:a|an|the|its|their|his|her|about|around|some|just|"
    r"only|below|under|nearly|almost|less|more|record|levels?|lows?)\b)[a-z]+|"
    r"im(?:possible|proper|probable)|in(?:accurate|correct|effective|sufficient|adequate|valid|"
    r"capable|active|eligible|complete)|illegal|irregular|disagree\w*|"
    # "nonobese" for "not obese", "non-healing" for "won't heal"
    r"non(?!e?theless)-?[a-z]{4,}|"
    r"dismiss\w*|reject\w*|fail(?:s|ed|ure|ing)?|(?:vot\w+|argu\w+|rul\w+)\s+against|unsure|"
    r"confus\w*|spared|barr(?:ed|ing)|ban(?:s|ned|ning)?|prohibit\w*|forb[ia]d\w*|"
    r"refrain\w*\s+from|abstain\w*\s+from|avoid\w*|exclud\w*|devoid\s+of|"
    # "warns against overdoing it" for "warns not to overdo it"
    r"(?:warn|advis|caution|counsel|guard|protect)\w*\s+against|"
    # "took away Copeland's ability to control" for "left him unable to control", "robbed
    # him of the ability" (not "took pride in her ability", "took advantage of his ability")
    r"(?:t[ao]ok\w*|taken|strip\w*|robb\w*)\s+(?:away\s+|(?:him|her|them|us|me|it)\s+of\s+)"
    r"(?:[\w'’-]+\s+){0,3}ability|"
    # "to prevent tickets being forged" for "so that tickets cannot be forged"
    r"prevent(?:s|ed|ing)?|stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing))\b",
    re.IGNORECASE,
)


# "not (quite) as breathless": a comparison the other side may make with "less"
_NOT_AS = re.compile(r"\s+(?:quite\s+|nearly\s+|really\s+)?(?:as|so)\s+([a-z]+)", re.IGNORECASE)
_PREVENTING = re.compile(r"(?:prevent|stop)", re.IGNORECASE)
# "has still to sign", "is still looking to sign": what "has yet to sign" says
_STILL_TO = re.compile(r"\bstill\s+(?:\w+\s+)?to\b", re.IGNORECASE)


# "did not know", "not sure", "unclear", "no clarity", "uncertain", "confusion" say one thing
# stems of words that deny the same thing: "not sure"/"unclear" (knowing), "without
# enough"/"in the absence of sufficient" (an amount)
_ONE_MEANING = {
    # "cannot tell whether" says "impossible to know whether"
    **dict.fromkeys(("sure", "clear", "clari", "certa", "confu", "tell"), "know"),
    **dict.fromkeys(("suffi", "adequ"), "enoug"),
}


# what a negative verb denies: "rejected" says "did not accept"
_DENIES = {
    "rejec": frozenset({"accep", "appro", "adopt", "agree"}),
    # "will be excluded from the amnesty" says "the amnesty will not extend to them"
    "exclu": frozenset({"inclu", "exten", "cover", "apply", "appli"}),
    "dismi": frozenset({"accep", "belie"}),
    "fail": frozenset({"pass", "succe", "manag"}),
    "failu": frozenset({"pass", "succe", "manag"}),
    # "barred from imposing" says "not allowed to impose"
    **dict.fromkeys(
        ("barr", "bann", "ban", "prohi", "forbi", "forba"), frozenset({"allow", "permi"})
    ),
}


def _stem(word: str) -> str:
    """Five letters of a word without its inflection: "washed" and "wash" are one."""
    return (re.sub(r"(?:ing|ed|s)$", "", word) if len(word) > 4 else word)[:5]


# words that join clauses: no evidence two texts negate the same thing
_JOINERS = frozenset({"and", "but", "nor", "yet"})


# the noun of a negative verb: "his refusal to pay" says what "refusing to pay" says
_NEGATIVE_NOUN = re.compile(r"\b(?:refusal|denial|failure|inabilit(?:y|ie))s?\b", re.IGNORECASE)


_LACK = re.compile(r"\black(?:s|ed|ing)?\s+((?:\S+\s*){1,3})", re.IGNORECASE)


# an event called off, said in the passive: "all games were cancelled" says "there were no
# games" (the subject before the verb "be" is what did not take place)
_CALLED_OFF = re.compile(
    r"\b([a-z]+)\s+(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?"
    r"(cancel\w*|called\s+off|postpon\w*|suspend\w*|scrapped|abandon\w*|axed|shelved)\b",
    re.IGNORECASE,
)


def _called_off(text: str, cue_end: int, other: str) -> bool:
    """Does ``other`` call off, in the passive, the thing a "no" of ``text`` (ending at
    ``cue_end``) names in its first two words ("all games were cancelled" for "no games",
    "no league games")? Not where those words call it off themselves: "no games were
    cancelled" and "games were cancelled" say opposite things."""
    if not re.search(r"\bno$", text[:cue_end], re.IGNORECASE):
        return False
    named = {_stem(w) for w in re.findall(r"[a-z]+", text[cue_end:].lower())[:2]}
    negated = {_stem(w) for w in re.findall(r"[a-z]+", text[cue_end:].lower())[:4]}
    return any(
        _stem(m[1].lower()) in named and _stem(m[2].split()[0].lower()) not in negated
        for m in _CALLED_OFF.finditer(other)
    )


def _said_with_a_word(text: str, cue_end: int, other: str) -> bool:
    """Does ``other`` negate the same thing with a word ("asymptomatic" for "do not show
    symptoms", "sleep deprivation" for "lack of sleep")? The negative word, or a word next to
    it on either side, must share a stem with the three words after the particle in ``text``."""
    if re.search(r"\byet\s+to$", text[:cue_end], re.IGNORECASE) and _STILL_TO.search(other):
        return True  # "is still to come" for "is yet to come"
    cue = re.search(r"[a-z]+$", text[:cue_end].lower())
    if cue and any(
        _stem(noun.lower())[:4] == _stem(cue.group())[:4] for noun in _NEGATIVE_NOUN.findall(other)
    ):
        return True  # "refusing to hand over" for "his refusal to transfer"
    owned = re.match(r"\s+(?:have|has|had)\s+((?:\S+\s+){0,2}\S+)", text[cue_end:])
    if owned and any(
        stems(owned.group(1)) & stems(" ".join(lack.group(1).split()[:3]))
        for lack in _LACK.finditer(other)
    ):
        return True  # "lack individual-level information" for "do not have information"
    compared = _NOT_AS.match(text, cue_end)
    if compared and re.search(rf"\bless\s+{re.escape(compared[1][:5])}", other, re.IGNORECASE):
        return True  # "less breathless" for "not quite as breathless"
    negated = {
        _ONE_MEANING.get(_stem(w), _stem(w))
        for w in re.findall(r"[a-z]+", text[cue_end:].lower())[:3]
        if len(w) > 2
    }
    negated -= FUNCTION_STEMS
    if _NEGATIVE_WORD.search(" ".join(re.findall(r"[A-Za-z'’-]+", text[cue_end:])[:3])):
        return False  # "not avoid", "no confusion": a double negative no single word says
    if _called_off(text, cue_end, other):
        return True  # "all games were suspended" for "there were no games"
    for match in _NEGATIVE_WORD.finditer(other):
        word = re.sub(r"^(?:un|in|im|il|ir|non-?|dis|a)(?=[a-z]{4})", "", match.group().lower())
        before = re.findall(r"[a-z]+", other[: match.start()].lower())[-1:]
        after = [w for w in re.findall(r"[a-z]+", other[match.end() :].lower())[:3] if len(w) > 2]
        # what is prevented is the clause after it: "to prevent tickets being sold on or forged"
        preventing = _PREVENTING.match(match.group())
        clause = re.split(r"[,;:.]", other[match.end() :])[0]
        after = [w for w in re.findall(r"[a-z]+", clause.lower())[:8]] if preventing else after[:1]
        if negated & {
            _ONE_MEANING.get(_stem(w), _stem(w))
            for w in [word, *before, *after]
            if len(w) > 2 and w not in _JOINERS
        }:
            return True
        if negated & _DENIES.get(_stem(match.group().lower()), frozenset()):
            return True  # "rejected his claims" for "did not accept his claims"
    return False


def negation_changes(
    suspect: Sentence,
    sources: list[Sentence],
    suspect_stems: Set[str],
    beside: Sequence[Sentence] = (),
    elsewhere: Sequence[Sentence] = (),
) -> list[Change]:
    """A claim flipped: the suspect negates what its source asserts, or drops its negation.

    ``beside``: the source sentences next to these; a negation the suspect carries over from
    one of them ("this guidance is not for carers. for carers who ...") is no flip.
    ``elsewhere``: every sentence of the source; a negation one of them makes of the same
    subject and the same predicate (``_same_denial``) is carried from there, no flip.
    """
    joined = " ".join(s.text for s in sources)
    s_neg = next(
        (
            m
            for m in _negations(suspect.text, joined)
            # "X rather than Y" for the source's "X versus Y": the same two sides weighed
            if not (
                _ALTERNATIVE.fullmatch(m.group())
                and _CONTRAST.search(joined)
                and not _ALTERNATIVE.search(joined)
            )
        ),
        None,
    )
    t_neg = [(s, m) for s in sources for m in _negations(s.text, suspect.text)]
    asked = [(s, m) for s, m in t_neg if s.text.rstrip(" \"'”’").endswith("?")]
    if not s_neg and t_neg and len(asked) == len(t_neg):
        return []  # a question asserts nothing: "why wouldn't you watch?" denies nothing
    if (
        s_neg
        and not t_neg
        # ... unless these sentences assert what the suspect denies ("was not shot" where
        # they say "was shot")
        and not _asserts_negated(suspect.text, s_neg.end(), joined)
        and any(
            expresses_around(suspect_stems, b.text, m.start(), m.end())
            for b in beside
            for m in _negations(b.text, suspect.text)
        )
    ):
        return []
    if (
        s_neg
        and not t_neg
        # the same denial of the same subject in a sentence the alignment did not pair, which
        # says at least what these sentences say of the suspect's words (a sentence that
        # follows these ones closely flips them): the suspect says what the source says there
        and any(
            _same_denial(suspect.text, s_neg, b.text, m)
            and _clause_content(b.text, m) & suspect_stems
            >= _content_before(joined, len(joined)) & suspect_stems
            for b in elsewhere
            if b not in sources
            for m in _negations(b.text, suspect.text)
        )
    ):
        return []
    if (
        s_neg
        and not t_neg
        and not expresses(
            stems(joined), suspect.text, s_neg.end(), window=TIGHT_WINDOW, share=TIGHT_SHARE
        )
        and not _denied_as_said(suspect.text, s_neg, joined)
    ):
        s_neg = None  # the suspect negates something the source does not say at all
    if s_neg and not t_neg and _of_something_else(suspect.text, s_neg.end(), joined):
        s_neg = None  # "does not protect against other viruses": not what the source says
    t_neg_scoped = [
        (s, m)
        for s, m in t_neg
        if (
            expresses_around(suspect_stems, s.text, m.start(), m.end())
            # a predicate of one word ("was not approved"), denied by a verb's particle
            or _VERBAL.fullmatch(m.group())
            and short_claim_carried(suspect_stems, s.text, m.start(), m.end())
        )
        and _object_carried(s.text, m, suspect_stems)
    ]
    if not s_neg and not t_neg_scoped:
        t_neg = []
    if s_neg and t_neg:
        # both negate something: is there a negation on one side whose claim the other
        # carries without one? ("who were still candidates" where the source has "not
        # candidates", beside a "no option" both keep)
        return _unmatched(suspect, sources, suspect_stems, t_neg_scoped, joined)
    if bool(s_neg) == bool(t_neg):
        return []
    if s_neg:
        if _said_with_a_word(suspect.text, s_neg.end(), joined):
            return []
        return [
            Change(
                "negation",
                match_span(suspect.start, s_neg),
                None,
                f"suspect negates ('{s_neg.group()}'); the source does not",
            )
        ]
    # the negations whose claim the suspect repeats, but not the negation itself
    dropped = [n for n in t_neg_scoped if not _cue_kept(n, suspect.text)]
    if not dropped:
        return []
    src, m = dropped[0]
    if _said_with_a_word(src.text, m.end(), suspect.text):
        return []
    return [
        Change("negation", None, match_span(src.start, m), f"the source's '{m.group()}' is gone")
    ]


# a negation that denies a verb's claim (not "without diabetes", "no fee": those deny a
# thing, which a comparison names on both sides)
_VERBAL = re.compile(
    r"not|never|cannot|n['’]t|(?:has|have|had|is|are|was|were)\s+yet\s+to|unable|"
    r"failed\s+to|fails\s+to",
    re.IGNORECASE,
)


# words between "without" and what it denies: "without ever leaving", "without any help"
_BEFORE_OBJECT = frozenset({"ever", "even", "being", "having", "much", "really", "first"})


# a quality denied: "is not new", "wasn't so easy" (the degree words before the quality)
_COPULA = re.compile(r"\b(?:is|are|was|were|be|been)\s*$", re.IGNORECASE)
_DEGREE = frozenset(
    "so as too very quite that particularly entirely especially really all yet always "
    "necessarily exactly even".split()
)


def _object_carried(text: str, cue: re.Match[str], suspect_stems: Set[str]) -> bool:
    """Does the suspect name what a "without" denies, its first content word? "He entered
    without a visa and later told his family ..." denies a visa, not what follows the
    "and"; a suspect that keeps only the family dropped that clause, not its denial. So too
    the quality a "not" after "is" denies: "One Music is not new to Radio 1 as it already
    exists as a website" denies nothing the suspect says in "It already exists as a
    website"."""
    if cue.group().lower() in ("not", "n't", "n’t") and _COPULA.search(text, 0, cue.start()):
        after = re.findall(r"[a-z]+", text[cue.end() : cue.end() + 60].lower())
        quality = next((w for w in after if w not in _DEGREE), "")
        if len(quality) > 2 and _stem(quality)[:5] not in FUNCTION_STEMS:
            return _stem(quality)[:5] in suspect_stems or quality[:5] in suspect_stems
        return True
    if cue.group().lower() != "without":
        return True
    words = [
        w
        for w in re.findall(r"[a-z]+", text[cue.end() : cue.end() + 80].lower())
        if len(w) > 3 and w[:5] not in FUNCTION_STEMS and w not in _BEFORE_OBJECT
    ]
    return not words or _stem(words[0])[:5] in suspect_stems or words[0][:5] in suspect_stems


_SOMETHING_ELSE = re.compile(r"\b(?:other|another|else|different)\b", re.IGNORECASE)


def _of_something_else(text: str, cue_end: int, source: str) -> bool:
    """Does the suspect deny its claim of something else, a word of it that sets it apart
    ("having antibodies for one virus does not provide protection against other viruses")
    that the source never uses? The source's claim ("can provide protection against that
    disease") is then not the one denied."""
    clause = re.split(r"[,;:.!?]", text[cue_end:])[0]
    words = " ".join(clause.split()[:8])
    return any(
        not re.search(rf"\b{m.group()}\b", source, re.IGNORECASE)
        for m in _SOMETHING_ELSE.finditer(words)
    )


def _denied_as_said(text: str, cue: re.Match[str], source: str) -> bool:
    """Does the source say, word for word, what the suspect's "not" denies: the two words
    before the cue and the verb after it ("it would not appeal the ruling" where the source
    has "it would appeal")? Then the suspect denies a claim the source makes, however much it
    adds after the verb."""
    if cue.group().lower() != "not":
        return False
    before = re.findall(r"[A-Za-z'’]+", text[: cue.start()])[-2:]
    after = re.findall(r"[A-Za-z'’]+", text[cue.end() :])[:1]
    if len(before) < 2 or not after or len(after[0]) < 4 or after[0].lower() in _AUX:
        return False
    said = r"\s+".join(map(re.escape, [*before, after[0]]))
    for m in re.finditer(rf"\b{said}\b", source, re.IGNORECASE):
        # no denial of it just before ("doesn't mean things are perfect"), and the source
        # does not also deny it ("men who didn't take ..., men who did take them")
        lead = " ".join(re.findall(r"[\w'’]+", source[: m.start()])[-6:])
        if not _negations(lead) and not re.search(
            rf"\b{re.escape(before[1])}\s*(?:not|n['’]t|never)\s+{re.escape(after[0])}\b",
            source,
            re.IGNORECASE,
        ):
            return True
    return False


def _same_denial(text: str, cue: re.Match[str], other: str, their: re.Match[str]) -> bool:
    """Do two negations deny the same thing of the same subject? A content word of what
    ``text``'s negation governs is among the first words ``other``'s governs ("not at higher
    risk" and "not inherently at higher risk"; "does not provide protection" and "won't
    protect"), and a content word of ``text`` before its negation is in ``other`` before its
    own ("people with disabilities are not" and "individuals with disabilities are not")."""
    if not _governed(text, cue.end()) & _governed(other, their.end()):
        return False
    return bool(_content_before(text, cue.start()) & _content_before(other, their.start()))


def _clause_content(text: str, negation: re.Match[str]) -> set[str]:
    """Stems of the content words of the clause a negation stands in ("the drug does not
    reduce deaths in younger patients" of "Unlike in older patients, the drug does not
    ...")."""
    start = max(text.rfind(mark, 0, negation.start()) for mark in ",;:") + 1
    ends = [i for i in (text.find(mark, negation.end()) for mark in ",;:") if i >= 0]
    clause = text[start : min(ends, default=len(text))]
    return _content_before(clause, len(clause))


def _content_before(text: str, at: int) -> set[str]:
    """Stems of the content words before ``at`` in its sentence."""
    return {w[:5] for w in re.findall(r"[a-z]+", text[:at].lower()) if len(w) > 3} - FUNCTION_STEMS


_NEGATIVE_PRONOUNS = frozenset({"none", "nothing", "nobody", "neither"})


def _cue_kept(negation: tuple[Sentence, re.Match[str]], suspect: str) -> bool:
    """Does the suspect repeat the source's negation, its whole word and the word after it
    ("aren't just loaded"), though read there as an idiom the source's sentence does not
    close? Whole words: "the casino deal" does not repeat "no deal"."""
    source, cue = negation
    phrase = re.match(r"\W*\w+", source.text[cue.end() :])
    if phrase is None:
        return False
    word = re.search(r"\w*$", source.text[: cue.start()])  # "are" of "aren't"
    start = word.start() if word else cue.start()
    said = _apostrophes(source.text[start : cue.end()] + phrase.group())
    if re.search(rf"(?<!\w){re.escape(said)}(?!\w)", _apostrophes(suspect), re.I):
        return True
    return _elliptical_kept(negation, suspect)


def _elliptical_kept(negation: tuple[Sentence, re.Match[str]], suspect: str) -> bool:
    """Does the suspect say the source's contracted negation with its verb left out ("those
    who didn't"), after the same relative pronoun, or its "none" closing a clause ("had
    none")? Only a relative clause: "the minister didn't" closing another clause of the
    suspect keeps no claim the source denies."""
    source, cue = negation
    if cue.group().lower() in _NEGATIVE_PRONOUNS:
        # "while the treated group had none" for "but none in the treated group"; not
        # "while the placebo group had none" for "none of the patients given the drug"
        closing = re.search(
            rf"([^,;:.]*)\b{re.escape(cue.group())}(?=\s*[.;:)]|$)", suspect, re.IGNORECASE
        )
        denied = _governed(source.text, cue.end())
        return bool(closing and denied and denied <= _governed(closing[1], 0, 99))
    word = re.search(r"\w*$", source.text[: cue.start()])  # "did" of "didn't"
    if not word or not word.group():
        return False
    who = re.search(r"\b(who|which|that)\s+$", source.text[: word.start()], re.I)
    negated = _apostrophes(source.text[word.start() : cue.end()])
    return bool(
        who
        and re.search(
            rf"(?<!\w){who[1]}\s+{re.escape(negated)}(?=\s*[.,;:)]|$)",
            _apostrophes(suspect),
            re.I,
        )
    )


def _apostrophes(text: str) -> str:
    return text.replace("’", "'")


def _governed(text: str, cue_end: int, span: int = 4) -> set[str]:
    """The stems of the content words among the first ``span`` words a negation governs."""
    words = re.findall(r"[a-z]+", text[cue_end:].lower())[:span]
    return {w[:5] for w in words if len(w) > 2} - FUNCTION_STEMS


def _unmatched(
    suspect: Sentence,
    sources: list[Sentence],
    suspect_stems: Set[str],
    t_neg_scoped: list[tuple[Sentence, re.Match[str]]],
    joined: str,
) -> list[Change]:
    """Where both sides negate: a source negation of a claim the suspect carries, with no
    negation of its own over the same words nor a negative word that says it, is dropped."""
    # the suspect's own negation may stand a few words further off ("may not have found any
    # concrete evidence" for "found no evidence")
    mine = [_governed(suspect.text, m.end(), 7) for m in _negations(suspect.text, joined)]
    if fronted := _FRONTED_NEGATION.search(suspect.text):
        # "In none of the groups ... did they find links": the denial governs the inverted verb
        mine.append(_governed(suspect.text, fronted.end() - len(fronted.group().split()[-1]), 12))
    for src, m in t_neg_scoped:
        governed = _governed(src.text, m.end())
        if not governed or not governed <= suspect_stems:
            continue  # the suspect does not say all of what was negated
        if any(governed & other for other in mine):
            continue
        if _said_with_a_word(src.text, m.end(), suspect.text):
            continue
        if _nor_said_with_or(src.text, m, suspect.text, joined):
            continue
        if _elliptical_kept((src, m), suspect.text):
            continue  # "those who didn't": not "would not be" said of another claim
        return [
            Change(
                "negation", None, match_span(src.start, m), f"the source's '{m.group()}' is gone"
            )
        ]
    # and a "not" of the suspect's own before words the source says without one ("it would
    # not appeal ... and did not expect" for "it would appeal and did not expect")
    for m in _negations(suspect.text, joined):
        if _denied_as_said(suspect.text, m, joined):
            return [
                Change(
                    "negation",
                    match_span(suspect.start, m),
                    None,
                    f"suspect negates ('{m.group()}'); the source does not",
                )
            ]
    return []


def _nor_said_with_or(source: str, cue: re.Match[str], suspect: str, joined: str) -> bool:
    """Is the source's "nor" one that carries an earlier negation on ("no-one felt he was a
    racist nor had acted in a racist way"), said by an "or" under the suspect's own
    negation ("no-one felt he was a racist or had acted ...")?"""
    if cue.group().lower() != "nor" or not any(
        m.start() < cue.start() for m in _negations(source[: cue.start()], joined)
    ):
        return False
    # the "or" in the negation's own clause ("was not a racist, or had acted" asserts the
    # act), joining on what the "nor" denied
    denied = _governed(source, cue.end())
    for m in _negations(suspect, joined):
        joined_on = re.match(r"[^,;]*\bor\b([^,;.]*)", suspect[m.end() :])
        if joined_on and len(denied & stems(joined_on.group(1))) >= 0.5 * len(denied):
            return True
    return False


_ALTERNATIVE = re.compile(r"rather\s+than|instead\s+of", re.IGNORECASE)
_CONTRAST = re.compile(
    r"\b(?:versus|vs|compared\s+(?:with|to)|as\s+opposed\s+to|unlike)\b",
    re.IGNORECASE,
)


def _asserts_negated(text: str, cue_end: int, other: str) -> bool:
    """Does ``other`` use the first content word that the negation at ``cue_end`` denies?"""
    words = re.findall(r"[a-z]+", text[cue_end:].lower())
    head = next((w for w in words if len(w) > 3 and w[:5] not in FUNCTION_STEMS), None)
    said = {_stem(w) for w in re.findall(r"[a-z]+", other.lower())}
    return head is not None and _stem(head) in said


def denial_reversed(suspect: str, source: str, cue_start: int, cue_end: int) -> bool:
    """Does ``suspect`` assert the very word the source's negation at ``cue_start:cue_end``
    denies, with what follows it there, and nothing negative beside it in its clause ("also
    pinpoints the moment the search term occurred" for "does not pinpoint when the search
    query occurred", "has ruled out going back to the front bench" for "does not rule out a
    return to the front bench")? A loose paraphrase may say a negation in other words; one
    that keeps the denied word itself, unnegated, says the opposite. Not for "without",
    "rather than" or "instead of", which a rewrite turns round freely ("before being found"
    for "without being found"), nor for a negation that asserts nothing (``_denies_plainly``)."""
    if _LOOSE_CUES.fullmatch(source[cue_start:cue_end]) or not _denies_plainly(
        source, cue_start, cue_end
    ):
        return False
    # the negation's own clause: "those who did not, during the period" denies nothing the
    # words after the comma say
    governed = re.split(r"[,;:.!?—]", source[cue_end:], maxsplit=1)[0]
    first = next((w for w in re.findall(r"[A-Za-z]+", governed) if w.lower() not in _AUX), "")
    if len(first) <= 3:
        return False  # "can't have gun-free zones", "failed to win best": a short verb's
        # object is no word it denies
    words = [
        w
        for w in re.findall(r"[A-Za-z]+", governed)[:3]
        if len(w) > 3 and w[:5].lower() not in FUNCTION_STEMS and w.lower() not in _BE
    ]
    if not words or _NEGATIVE_WORD.fullmatch(words[0]) or words[0][0].isupper():
        return False  # a name is no claim ("No Nobel Prize was awarded")
    denied = words[0].lower()
    if re.search(r"\buntil\b", governed, re.IGNORECASE):
        return False  # "not confirmed until September": confirmed then
    if suspect.rstrip(" \"'”’").endswith("?"):
        return False  # "can we blame them?" asserts nothing
    head = re.search(rf"\b{denied}\b", source[cue_end:].lower())
    follows = _content_after(source[cue_end:][head.end() :] if head else "")
    for word in re.finditer(r"[A-Za-z]+", suspect):
        if _root(word.group()) != _root(denied) or _FREE_OF.match(suspect, word.end()):
            continue  # another word, or the denial said in it ("nut-free" for "no nuts")
        if denied.endswith("ed") and re.search(r"[^s]s$", word.group().lower()):
            continue  # "not concerned" and "addressed concerns": a participle, a noun
        if not follows & _content_after(suspect[word.end() :]):
            continue  # the word said of something else
        start = max(suspect.rfind(mark, 0, word.start()) for mark in ",;:—") + 1
        ends = [i for i in (suspect.find(mark, word.end()) for mark in ",;:—.") if i >= 0]
        clause = suspect[start : min(ends, default=len(suspect))]
        # a negative word beside it ("leaves the limit unchanged"), a particle anywhere in
        # its clause ("hopes were dashed as they did not clinch awards")
        after = re.match(r"(?:\W+\w+){0,3}", suspect[word.end() :])
        beside = suspect[start : word.end() + (after.end() if after else 0)]
        modal = _MODAL.search(suspect[start : word.start()][-30:])
        if modal and not re.search(
            rf"\b{modal[0]}\b", source[max(0, cue_start - 30) : cue_end], re.I
        ):
            continue  # "should fulfil his promise" for "has not yet fulfilled it"
        if not (
            _negations(clause, source)
            or _NEGATIVE_WORD.search(beside)
            or _NEGATIVE_NOUN.search(beside)
            or _AGAINST.search(beside)
            or _HEARSAY.search(clause)
            or re.search(r"\bunless\b", clause, re.IGNORECASE)
            or _FRONTED_NEGATION.search(suspect[: word.start()])
        ):
            return True
    return False


# a negation put first, the verb after it inverted: "In none of the groups, not even among
# the heaviest users, did the researchers find links" denies the finding
_FRONTED_NEGATION = re.compile(
    r"^\W*(?:\w+\s+){0,2}(?:no|none|not|never|nowhere|neither)\b[^.;]*?,\s*"
    r"(?:did|does|do|has|have|had|was|were|is|are|could|would|will|can)\s+\w+",
    re.IGNORECASE,
)


def _denies_plainly(source: str, cue_start: int, cue_end: int) -> bool:
    """Does the negation at ``cue_start`` deny outright, not under a condition ("if he didn't
    denounce his god", "as long as we haven't signed up"), nor under another negation ("I'm
    not saying we haven't made progress"), nor paired with its opposite ("couldn't confirm or
    deny")?"""
    before = re.split(r"[.;:!?]", source[max(0, cue_start - 60) : cue_start])[-1]
    if re.search(r"\b(?:if|unless|as\s+long\s+as|whether)\b", before, re.IGNORECASE):
        return False
    return not (_negations(before) or re.search(r"\b(?:or|nor)\s+$", before, re.IGNORECASE))


_LOOSE_CUES = re.compile(r"without|rather\s+than|instead\s+of", re.IGNORECASE)
_BE = frozenset("being is are was were".split())
# words between a negation and what it denies: "has not yet been", "did not even"
_AUX = frozenset(
    "a an the to be been being is are was were do does did have has had yet even ever "
    "always really actually necessarily".split()
)
# "warns patients against rushing out": advice not to
_AGAINST = re.compile(r"\bagainst\b", re.IGNORECASE)
_FREE_OF = re.compile(r"-(?:free|less)\b", re.IGNORECASE)
# a modal before the word: a wish, a duty or a chance, not a fact
_MODAL = re.compile(r"\b(?:should|would|could|might|may|must|will|can|ought)\b", re.IGNORECASE)
# "accused of pursuing", "rumours of him suffering": said of him, not asserted
_HEARSAY = re.compile(r"\b(?:accus\w*|alleg\w*|rumou?rs?|speculat\w*)\b", re.IGNORECASE)


# a zero ("no one", "nobody", "none of the", "no" + what is counted) and a count in its place
_ZERO = re.compile(r"(?:no(?:\s+one)?|nobody|none(?:\s+of\s+(?:the|them|those))?)\s+", re.I)
_COUNT = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"several|dozens|scores|hundreds|thousands|a\s+(?:few|dozen|handful|number))"
    r"(?:\s+(?:of\s+)?(?:the\s+)?([a-z]+))?",
    re.IGNORECASE,
)


def zero_made_a_count(suspect: str, source: str, cue_start: int, cue_end: int) -> bool:
    """Does ``suspect`` put a count where the source's negation at ``cue_start:cue_end`` says
    none ("two people had died" for "no one had died", "three games were played" for "no
    games were played")? The count must come before the words the zero came before, and
    count the same thing ("no one" and "nobody": anyone). Sure evidence of a flipped claim,
    however loosely the rest of the sentence follows."""
    zero = _ZERO.match(source, cue_start)
    if zero is None or zero.start() != cue_start:
        return False
    said = source[zero.end() :]
    phrase = zero.group().lower().split()
    anyone = phrase[-1] in ("one", "nobody")
    counted = "" if anyone else (re.match(r"[a-z]+", said.lower()) or [""])[0]
    if not anyone and phrase == ["none"]:
        if not re.match(r"[a-z]", said):
            return False  # "None Actress Jennifer Hudson sings": a scrape's stray word
        counted = ""  # "none were hurt": counts whatever the sentence counts
    follows = _content_after(said[len(counted) :], span=4)
    if not follows:
        return False
    for m in _COUNT.finditer(suspect):
        noun = (m.group(1) or "").lower()
        if not noun.isalpha() or noun in NUMBER_WORDS:
            continue  # a count counts something ("March 24, 2018" does not)
        if counted and _stem(noun) != _stem(counted):
            continue
        if follows & _content_after(suspect[m.end() :], span=4):
            return True
    return False


def _content_after(text: str, span: int = 6) -> set[str]:
    """Stems of the content words among the first ``span`` words of ``text``."""
    words = re.findall(r"[a-z]+", text.lower())[:span]
    return {w[:5] for w in words if len(w) > 3} - FUNCTION_STEMS


def _root(word: str) -> str:
    """A word without its inflection or a final "e": "ruled", "rules" and "rule" are one
    word, as are "sensed" and "sense" ("objective" is not "object")."""
    return re.sub(r"(?:ing|ed|es|e|s)$", "", word.lower())
