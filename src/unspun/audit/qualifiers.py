"""Qualifiers: negation, hedging, conditions and attribution, added or dropped.

Each is found by word patterns and counts only where the suspect carries the words the
qualifier governs (the clause after a hedge or an "if", the subject before it): a suspect
sentence that draws on another part of a long source sentence dropped nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence, Set
from dataclasses import dataclass

from ..documents import STOPWORDS, Sentence
from ..results import Change, Span
from .dates import calendar_names
from .text import acronyms, match_span, stems

__all__ = [
    "speaker_spans",
    "ATTRIBUTION",
    "Attribution",
    "attribution_changes",
    "attributions",
    "condition_changes",
    "dropped_attribution",
    "hedging_changes",
    "negation_changes",
]

_NEGATION = re.compile(
    r"\b(not|no|never|none|neither|nor|without|cannot|n't|denied|denies|deny|refused|"
    r"refuses|refuse to|refusing|false|unable|failed to|fails to|lack of|nobody|nothing|"
    r"rather than|instead of)\b|n['’]t\b|"
    # "do nt", "ca nt": text tokenised upstream with the apostrophe dropped
    r"\b(?:do|does|did|is|are|was|were|ca|could|would|should|wo|have|has|had)\s+nt\b",
    re.IGNORECASE,
)
# Idioms built on a negative particle that deny nothing: "not only X but Y", "none other
# than", "nothing but", "no matter where", "let's not forget", "no doubt", a name ("No Doubt").
_NOT_NEGATING = re.compile(
    r"(?:not\s+(?:only|just|merely)\b(?=[^.;]*\bbut\b)|"
    # "... helps everyone, not just Olympians": additive
    r"(?<=,\s)not\s+(?:just|only|merely)\b(?!\s+yet\b)|"
    # "Not only did the plan fail, it cost millions": inverted, additive
    r"not\s+only\s+(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could)\b|"
    r"none\s+other\s+than|"
    # "not without risk" has risk; "believe it or not", "whether or not"; "didn't mince words"
    r"not\s+without\b|(?<=\bnot\s)without\b|(?<=\bit\sor\s)not\b|(?<=\bwhether\sor\s)not\b|"
    r"n['’]?t\s+mince\s+(?:\w+\s+)?words|"
    # "could not come at a better time": a time just right
    r"(?:not|n['’]t)\s+(?:have\s+)?come\s+at\s+a\s+(?:better|worse)\s+time|"
    r"nothing\s+(?:but|more\s+than|less\s+than|short\s+of)|no\s+matter\s+(?:what|who|how|"
    r"where|when|which)|(?:let['’]?s|let\s+us)\s+not\s+forget|no\s+doubt|"
    r"without\s+(?:a\s+)?doubt)\b",
    re.IGNORECASE,
)
# two negations that cancel: "no way to avoid a risk" and "impossible ... not to feel"
# assert the risk and the feeling
_DOUBLE_NEGATIVE = re.compile(
    r"\bno\s+(?:way|means)\s+(?:to|of)\s+(?:avoid\w*|prevent\w*|stop\w*|escap\w*)|"
    r"\b(?:impossible|unable|cannot|can['’]?t|could\s*n[o'’]?t)\b[^,;.]{0,60}?\bnot\s+to\b|"
    r"\bnever\s+fail(?:s|ed)?\s+to\b",
    re.IGNORECASE,
)


# "not uncommon" says "common", unless the other side says "uncommon" itself
_LITOTES = re.compile(
    r"\bnot\s+(un(?:common|usual|like|likely|known|reasonable|important))\b", re.IGNORECASE
)


def _negations(text: str, other: str = "") -> list[re.Match[str]]:
    """The negative particles of ``text`` that negate a claim (``other``: the text it is
    compared with, for litotes)."""
    cancelled = [m.span() for m in _DOUBLE_NEGATIVE.finditer(text)]
    cancelled += [
        m.span()
        for m in _LITOTES.finditer(text)
        if not re.search(rf"\b{m[1]}\b", other, re.IGNORECASE)
    ]
    # ", not just lorry drivers" widens a claim the other text limits ("only lorry drivers")
    limited = bool(re.search(r"\b(only|solely|exclusively)\b", other, re.IGNORECASE))
    return [
        m
        for m in _NEGATION.finditer(text)
        if not (
            _NOT_NEGATING.match(text, m.start())
            and not (limited and _WIDENING.match(text, m.start()))
        )
        and not any(a <= m.start() < b for a, b in cancelled)
    ]


_WIDENING = re.compile(r"(?<=,\s)not\s+(?:just|only|merely)\b", re.IGNORECASE)


# Negation carried by a word rather than a particle: "asymptomatic" says what "do not show
# symptoms" says, "sleep deprivation" what "lack of sleep" says.
_NEGATIVE_WORD = re.compile(
    r"\b(lacks?|lacking|lacked|absent|absence|depriv\w+|free\s+of|"
    r"(?!(?:never|none)theless)\w{3,}less(?:ly|ness)?|asymptomatic|"
    r"un(?:able|likely|known|clear|aware|available|affected|harmed|hurt|injured|employed|safe|"
    r"successful|true|founded|fit|willing|necessary|certain|confirmed|paid|vaccinated|armed)|"
    r"im(?:possible|proper|probable)|in(?:accurate|correct|effective|sufficient|adequate|valid|"
    r"capable|active|eligible|complete)|illegal|irregular|non-?existent|disagree\w*|"
    r"dismiss\w*|reject\w*|fail(?:s|ed|ure)?|(?:vot\w+|argu\w+|rul\w+)\s+against|unsure|confus\w*|"
    r"refrain\w*\s+from|abstain\w*\s+from|avoid\w*|exclud\w*)\b",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    r"\b(may|might|could|possibly|possible|possibility|probably|likely|likelihood|"
    r"unlikely|reportedly|allegedly|purportedly|apparently|speculates?|"
    # "suspected" hedges a claim ("is suspected of"), not a noun ("suspected cases")
    r"suspects?\s+(?:that|of)|(?:is|are|was|were|be|been|being)\s+suspected|"
    r"suspected\s+(?:of|to|that)|being\s+considered|under\s+consideration|"
    r"speculated|believed|believes|thought\s+to|appears?\s+to|seems?\s+to|appeared\s+to|"
    r"seemed\s+to|considering|"
    r"considers?|plans\s+to|planning\s+to|expected\s+to|would|should|potentially|suggests?|"
    r"suggested|"
    r"unconfirmed|rumou?red|(?:claims?|claimed)\s+(?:that|to)|alleged|"
    # nearly the same: "almost equal to", "nearly as effective as"
    r"(?:almost|nearly)\s+(?:equal|identical|the\s+same|as\s+\w+\s+as))\b",
    re.IGNORECASE,
)
_WEAK_HEDGES = frozenset({"would", "should"})
# a charge or an accusation, which the claim after it is (before "allegedly")
_CHARGED = re.compile(
    r"\b(?:charged|accused|indicted|arrested|suspected)\s+(?:\w+\s+)?(?:with|of|for)\b",
    re.IGNORECASE,
)
# ... in the same clause as the hedge: "charged with two counts of allegedly stealing", not
# "arrested for drink-driving and allegedly hit a cyclist"
_CHARGED_JUST_BEFORE = re.compile(
    r"\b(?:charged|accused|indicted|arrested|suspected)\b(?:(?!\b(?:and|but)\b)[^.;!?]){0,60}$",
    re.IGNORECASE,
)
_POINTS_TO = re.compile(r"\b(?:points?|pointing|pointed)\s+to\b", re.IGNORECASE)
_CERTAIN = re.compile(
    r"\b(will|confirmed|confirms|definitely|certainly|clearly|proves|proved|proven|undeniably|"
    r"is\s+set\s+to|has\s+been\s+confirmed|(?<!\bnot\s)just\s+as\s+\w+\s+as|exactly\s+as\s+\w+\s+as|"
    r"(?<!\bthere\s)(?<!no\sone\s)(?<!no-one\s)(?<!nobody\s)(?:is|are|was|were|now)\s+certain"
    r"(?!\s+(?:whether|if|how|what|kinds?|types?|number|amount|people|cases)\b)|"
    # a finding stated as shown ("a new study published Monday in Cancer shows that")
    r"(?:study|studies|research|data|evidence|findings|results|trial|trials|analysis)"
    r"(?:[\s,]+\w+){0,6}?[\s,]+(?:shows?|showed|proves?|demonstrates?|demonstrated)"
    r"(?=\s+that\b))\b",
    re.IGNORECASE,
)
_CONDITION = re.compile(
    # "as long as 20 years" is a length of time, not a condition
    r"\b(if|unless|provided\s+that|as\s+long\s+as(?!\s+(?:\d+|an?|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|a\s+few|several|many|half)\s+"
    r"(?:\w+\s+)?(?:second|minute|hour|day|week|month|year|decade|centur)\w*)|"
    r"in\s+case|only\s+when|on\s+condition|"
    r"in\s+the\s+event)\b"
    # "if anything, ..." and "if anything the economy will grow" hedge; "if anything goes
    # wrong" is a condition; "if ever there was" is an idiom
    r"(?<!if(?=\s+anything(?:\s*,|\s+(?:the|a|an|it|this|that|they|he|she|we)\b)))"
    r"(?<!if(?=\s+ever\s+there\s+(?:was|were|is)\b))"
    r"[^.;]*",
    re.IGNORECASE,
)
# "if" after these asks a question ("unclear if", "asked if"): no condition
_QUESTION_IF = re.compile(
    r"\b(?:uncertain|unclear|unknown|unsure|sure|ask|asks|asked|asking|wonder|wonders|"
    r"wondered|wondering|see|know|knows|knew|check|checking|determine|decide|tell|question)"
    r"\s+(?:\w+\s+){0,2}$|"
    # "asked Attorney General Sessions if": a name between the verb and the "if"
    r"\b(?:ask|asks|asked|asking)\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){1,4}$",
    re.IGNORECASE,
)


_REPORTING = re.compile(
    r"\b(said|says|say|told|tells|added|adds|insists?|insisted|claims?|claimed|stated|states|"
    r"according\s+to|announced|argued|argues|warned|warns|emphasi[sz]ed|stressed|noted|"
    r"explained|predicted|confident)\b",
    re.IGNORECASE,
)


_WHETHER = re.compile(
    r"\b(whether|in\s+the\s+event|depending\s+on|once|when|whenever|"
    r"(?:following|these|those|certain)\s+(?:conditions|criteria))\b",
    re.I,
)
# "..., else there is cause for concern": a condition said the other way round
_OTHERWISE = r"[,;]\s*(?:or\s+)?(?:else|otherwise)\b"
_ANY_CONDITION = re.compile(f"{_CONDITION.pattern}|{_WHETHER.pattern}|{_OTHERWISE}", re.IGNORECASE)
# who said it, after the comma that ends the quote: "Harris", "UBS economist Maury Harris"
_SPEAKER_NAME = (
    # not a clause of time or cause (", after Apple reported record sales")
    r"(?:(?:[A-Z][\w.'’-]*|(?!(?:after|while|when|because|since|before|until|if|though|"
    r"although|where|once|unless)\b)[a-z]+)\s+){0,4}?[A-Z][\w.'’-]*"
)
ATTRIBUTION = re.compile(
    r"(,\s*)?\b[Aa]ccording\s+to\s+[^,.;]+|"
    r"(,\s*)?\b([Aa]s\s+)?(reported|announced|stated|confirmed)\s+by\s+[^,.;]+|"
    r"\bobtained\s+by\s+(?:[Tt]he\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|"
    rf"[,][\"”’']?\s*{_SPEAKER_NAME}\s+"
    r"(said|says|told\s+\w+|tells\s+\w+|added|reported)\b[^.;,]*|"
    # the other way round: ', said a Google spokesperson', '," says Dr Smith'
    r"[,][\"”’']?\s*(?:said|says|added)\s+(?:(?:a|an|the)\s+)?[A-Z][\w.'’-]*"
    r"(?:\s+(?!(?:on|in|at|after|before|during|last|this|when|while|as)\b)[\w.'’-]+){0,3}",
)

_MODAL = re.compile(
    r"\b(can|could|may|might|would|should|must|likely|perhaps|possibly|probably|potentially|"
    r"reportedly|allegedly|seems?|appears?|suggests?|some)\b",
    re.IGNORECASE,
)
# the words right after a cue, most of them kept
_TIGHT_WINDOW = 6
_TIGHT_SHARE = 0.6
_RAISED_SHARE = 0.5


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


# "did not know", "not sure", "unclear", "no clarity", "uncertain", "confusion" say one thing
_KNOWING = {"sure": "know", "clear": "know", "clari": "know", "certa": "know", "confu": "know"}


# what a negative verb denies: "rejected" says "did not accept"
_DENIES = {
    "rejec": frozenset({"accep", "appro", "adopt", "agree"}),
    "dismi": frozenset({"accep", "belie"}),
    "fail": frozenset({"pass", "succe", "manag"}),
    "failu": frozenset({"pass", "succe", "manag"}),
}


def _stem(word: str) -> str:
    """Five letters of a word without its inflection: "washed" and "wash" are one."""
    return (re.sub(r"(?:ing|ed|s)$", "", word) if len(word) > 4 else word)[:5]


# words that join clauses: no evidence two texts negate the same thing
_JOINERS = frozenset({"and", "but", "nor", "yet"})


def _said_with_a_word(text: str, cue_end: int, other: str) -> bool:
    """Does ``other`` negate the same thing with a word ("asymptomatic" for "do not show
    symptoms", "sleep deprivation" for "lack of sleep")? The negative word, or a word next to
    it on either side, must share a stem with the three words after the particle in ``text``."""
    negated = {
        _KNOWING.get(_stem(w), _stem(w))
        for w in re.findall(r"[a-z]+", text[cue_end:].lower())[:3]
        if len(w) > 2
    }
    negated -= _FUNCTION_STEMS
    if _NEGATIVE_WORD.search(" ".join(re.findall(r"[A-Za-z'’-]+", text[cue_end:])[:3])):
        return False  # "not avoid", "no confusion": a double negative no single word says
    for match in _NEGATIVE_WORD.finditer(other):
        word = re.sub(r"^(?:un|in|im|il|ir|non-?|dis|a)(?=[a-z]{4})", "", match.group().lower())
        before = re.findall(r"[a-z]+", other[: match.start()].lower())[-1:]
        after = [w for w in re.findall(r"[a-z]+", other[match.end() :].lower())[:3] if len(w) > 2]
        after = after[:1]
        if negated & {
            _KNOWING.get(_stem(w), _stem(w))
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
) -> list[Change]:
    """A claim flipped: the suspect negates what its source asserts, or drops its negation.

    ``beside``: the source sentences next to these; a negation the suspect carries over from
    one of them ("this guidance is not for carers. for carers who ...") is no flip.
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
            _expresses_around(suspect_stems, b.text, m.start(), m.end())
            for b in beside
            for m in _negations(b.text, suspect.text)
        )
    ):
        return []
    if (
        s_neg
        and not t_neg
        and not _expresses(
            stems(joined), suspect.text, s_neg.end(), window=_TIGHT_WINDOW, share=_TIGHT_SHARE
        )
    ):
        s_neg = None  # the suspect negates something the source does not say at all
    t_neg_scoped = [
        (s, m) for s, m in t_neg if _expresses_around(suspect_stems, s.text, m.start(), m.end())
    ]
    if not s_neg and not t_neg_scoped:
        t_neg = []
    if bool(s_neg) == bool(t_neg):
        return []
    if s_neg:
        lexical = _said_with_a_word(suspect.text, s_neg.end(), joined)
    else:
        src, m = t_neg_scoped[0]
        lexical = _said_with_a_word(src.text, m.end(), suspect.text)
    if lexical:
        return []
    if s_neg:
        return [
            Change(
                "negation",
                match_span(suspect.start, s_neg),
                None,
                f"suspect negates ('{s_neg.group()}'); the source does not",
            )
        ]
    src, m = t_neg_scoped[0]  # the negation whose claim the suspect repeats
    return [
        Change("negation", None, match_span(src.start, m), f"the source's '{m.group()}' is gone")
    ]


_ALTERNATIVE = re.compile(r"rather\s+than|instead\s+of", re.IGNORECASE)
_CONTRAST = re.compile(
    r"\b(?:versus|vs|compared\s+(?:with|to)|as\s+opposed\s+to|unlike)\b",
    re.IGNORECASE,
)


def _asserts_negated(text: str, cue_end: int, other: str) -> bool:
    """Does ``other`` use the first content word that the negation at ``cue_end`` denies?"""
    words = re.findall(r"[a-z]+", text[cue_end:].lower())
    head = next((w for w in words if len(w) > 3 and w[:5] not in _FUNCTION_STEMS), None)
    said = {_stem(w) for w in re.findall(r"[a-z]+", other.lower())}
    return head is not None and _stem(head) in said


def _said_fewer_times(cue: str, suspect: str, source: str, suspect_stems: Set[str]) -> bool:
    """Does the suspect use this modal ("may", "might"), but fewer times than its source
    sentence uses it on what the suspect carries? ("likely" is as often a comparison, "less
    likely to"; "could" what one was able to do; "May" a name.)"""
    if cue.lower() not in ("may", "might"):
        return False
    word = re.compile(rf"\b{cue.lower()}\b")  # lower case: not "Mrs May"
    carried = [
        m
        for m in word.finditer(source)
        if _expresses(suspect_stems, source, m.end(), window=_TIGHT_WINDOW, share=_TIGHT_SHARE)
    ]
    return 0 < len(word.findall(suspect)) < len(carried)


def _kept(cue: str, suspect: str, sources: str) -> bool:
    """Does the suspect use this hedge word as often as its source sentences do (so no
    hedge was dropped)?"""
    word = re.compile(rf"\b{re.escape(cue)}\b", re.IGNORECASE)
    return len(word.findall(suspect)) >= len(word.findall(sources))


_EVIDENTIAL = re.compile(
    r"\b(?:suggest(?:s|ed)?|indicat(?:es?|ed)|(?:appear|seem)(?:s|ed)?\s+to)\b", re.IGNORECASE
)
_CLAIM_THAT = re.compile(r"(?:claims?|claimed)\s+(?:that|to)|alleged", re.IGNORECASE)
# ... and what keeps such a claim someone's: "according to", a verb of claim
_CLAIMED = re.compile(
    r"\baccording\s+to\b|\b(?:claim(?:s|ed)?|alleg(?:es|ed)|accus(?:es|ed))\b", re.IGNORECASE
)
_REPORTED_BELIEF = re.compile(
    r"\b(suggests?|suggested|believes?|believed|reportedly|allegedly|speculates?|"
    r"(?:claims?|claimed)\s+that)\b",
    re.IGNORECASE,
)


def _reported_as_belief(text: str, certain_at: int, sources: str) -> bool:
    """Is the "will" at ``certain_at`` hedged by a verb of report or belief earlier in its
    clause ("reports suggest the plan will ...")? Not the sources' own verb, not an adjective
    ("the expected storm"), not "believed to be"."""
    return any(
        m.end() <= certain_at
        and not re.search(r"[,;:.]|\band\b", text[m.end() : certain_at])
        and not re.search(rf"\b{re.escape(m.group())}\b", sources, re.IGNORECASE)
        and not re.search(r"\b(?:the|a|an|its|their|his|her)\s+$", text[: m.start()], re.I)
        and not re.match(r"\s+to\b", text[m.end() :])
        for m in _REPORTED_BELIEF.finditer(text)
    )


def _same_verb_after(
    source: str, hedge: re.Match[str], suspect: str, certain: re.Match[str] | None
) -> bool:
    """Does the suspect's word of certainty govern the verb the source's hedge did?"""
    verb = re.match(r"\s+(\w+)", source[hedge.end() :])
    return (
        certain is not None
        and verb is not None
        and bool(re.match(rf"\s+{re.escape(verb.group(1))}\b", suspect[certain.end() :], re.I))
    )


def hedging_changes(
    suspect: Sentence, sources: list[Sentence], suspect_stems: Set[str]
) -> list[Change]:
    """Certainty raised: "may" became "will", "probably" became fact.

    A dropped hedge counts only when the suspect keeps the hedged words and either asserts
    them ("will", "confirmed") or carries no modal at all; "May" the month is no hedge, and a
    lone "would" (reported speech, counterfactuals) is too weak to stand on its own.
    """
    # "the study points to ..." keeps a finding tentative; not a hedge a source can drop
    # ("critics point to the delays" cites them)
    s_hedge = _HEDGE.search(suspect.text) or _POINTS_TO.search(suspect.text)
    # "if future research confirms the results, ...": a certainty only supposed
    s_certain = next(
        (
            m
            for m in _CERTAIN.finditer(suspect.text)
            if m.group().lower() in ("will", "would") or not _supposed(suspect.text, m.start())
        ),
        None,
    )
    joined = " ".join(s.text for s in sources)
    raised = (
        s_certain is not None
        and not _CERTAIN.search(joined)
        and not _reported_as_belief(suspect.text, s_certain.start(), joined)
    )
    t_hedge = [
        (src, m)
        for src in sources
        # "points to" is a hedge only where the suspect turns it to certainty ("proves")
        for m in (*_HEDGE.finditer(src.text), *(_POINTS_TO.finditer(src.text) if raised else ()))
        if m.group() != "May"
        and not (  # "updated may 19": the month
            m.group().lower() == "may"
            and re.match(r"\s+\d{1,2}\b(?!\s*(?:%|percent|per\s+cent))", src.text[m.end() :])
        )
        # "would" and "should" hedge only against a word of certainty ("should deliver" to
        # "will deliver"); alone they are tense, advice or obligation
        and (raised or m.group().lower() not in _WEAK_HEDGES)
        # "should deliver" to "will deliver"; not advice made a need ("will need to avoid")
        and (
            m.group().lower() != "should" or _same_verb_after(src.text, m, suspect.text, s_certain)
        )
        and not _kept(m.group(), suspect.text, joined)
        # "indicates that" for "suggests that": another word for the same tentative finding
        and not (
            _EVIDENTIAL.fullmatch(m.group())
            and len(_EVIDENTIAL.findall(suspect.text)) >= len(_EVIDENTIAL.findall(src.text))
        )
        # "unclear whether the drug may work" asks: "no one is certain whether it works"
        and not (
            re.search(r"\bwhether\b(?:(?!\b(?:but|and)\b)[^.;,])*$", src.text[: m.start()], re.I)
            and re.search(r"\bwhether\b", suspect.text, re.IGNORECASE)
        )
        # "X claims that ..." told as "according to X, ...", "X alleged" as "X claimed":
        # still someone's claim
        and not (_CLAIM_THAT.fullmatch(m.group()) and _CLAIMED.search(suspect.text))
        # "charged with allegedly running": the charge already says it is alleged
        and not (
            m.group().lower() in ("allegedly", "alleged")
            and _CHARGED_JUST_BEFORE.search(src.text[: m.start()])
            and _CHARGED.search(suspect.text)
        )
        # a hedge swapped for a word of certainty needs less of its clause kept ("would",
        # the tense of a plan described, is too weak a hedge for that)
        and _expresses_around(
            suspect_stems,
            src.text,
            m.start(),
            m.end(),
            _RAISED_SHARE if raised and m.group().lower() not in _WEAK_HEDGES else _TIGHT_SHARE,
        )
    ][:1]
    reported = (
        bool(t_hedge)
        and t_hedge[0][1].group().lower() == "would"
        and s_certain is not None
        and s_certain.group().lower() == "will"
        and bool(_REPORTING.search(suspect.text))
        and bool(_REPORTING.search(t_hedge[0][0].text))
    )  # "X said it would" is "X insists it will": the tense of reported speech, not a hedge
    question = _asks(suspect.text, s_certain.start() if s_certain and raised else None)
    if (
        t_hedge
        and not reported
        and not question
        and (
            raised
            or not (s_hedge or _MODAL.search(suspect.text))
            # "it may not be right for all, but it is better for some" for "... but it may
            # be better": the hedge kept in one clause, dropped from the other
            or _said_fewer_times(
                t_hedge[0][1].group(), suspect.text, t_hedge[0][0].text, suspect_stems
            )
        )
    ):
        src, m = t_hedge[0]
        return [
            Change(
                "hedging",
                match_span(suspect.start, s_certain) if s_certain and raised else None,
                match_span(src.start, m),
                f"the source hedges ('{m.group()}'); the suspect states it as certain",
            )
        ]
    return []


def _supposed(text: str, at: int) -> bool:
    """Is the word at ``at`` inside an "if" (or "unless", "until") clause?"""
    clause = re.split(r"[,;:.]\s", text[:at])[-1]
    return bool(re.search(r"\b(?:if|unless|until)\b", clause, re.IGNORECASE))


def _asks(text: str, at: int | None = None) -> bool:
    """Is the sentence a question (which asserts nothing), as far as the words at ``at``
    go? "It will solve an old problem: how can we get to them?" asserts its first clause."""
    if not text.rstrip(" \"'”’").endswith("?"):
        return False
    if at is None:
        return True
    clauses = [m.end() for m in re.finditer(r"[:;]\s", text)]
    return not clauses or at >= clauses[-1]


def condition_changes(
    suspect: Sentence, sources: list[Sentence], suspect_stems: Set[str], source_text: str
) -> list[Change]:
    """An "if" or "unless" of the source dropped, or one added that the source lacks."""
    t_cond = [
        (s, m)
        for s in sources
        for m in [_condition(s.text)]
        if m
        and _expresses(suspect_stems, s.text[: m.start()], _clause_start(s.text, m.start()))
        and not _expresses(suspect_stems, s.text, m.end(), window=_TIGHT_WINDOW, share=_TIGHT_SHARE)
    ]
    s_cond = _condition(suspect.text)
    if not s_cond and not _WHETHER.search(suspect.text):
        dropped = [match_span(src.start, m) for src, m in t_cond] or [
            span
            for src in sources
            if (span := _leading_condition(src, suspect.text, suspect_stems))
        ]
        if dropped:
            return [
                Change(
                    "condition",
                    None,
                    dropped[0],
                    f"the source's condition '{dropped[0].text.strip()}' is dropped",
                )
            ]
    if (
        s_cond
        and not t_cond
        and not any(_ANY_CONDITION.search(x.text) for x in sources)
        and not _condition_elsewhere(s_cond, source_text)
        and not re.match(r"if\s+you\b", s_cond.group(), re.IGNORECASE)  # the reader, no fact
    ):
        return [
            Change(
                "condition",
                match_span(suspect.start, s_cond),
                None,
                "the suspect adds a condition the source does not have",
            )
        ]
    return []


# a condition said another way, at the head of a sentence
_OTHER_CONDITION = re.compile(
    r"\W*(?:Should|Were|Had|Unless|Provided|Providing|Failing|Without|Once|"
    r"In\s+(?:that|which|this)\s+case|In\s+the\s+event)\b"
)


def _leading_condition(source: Sentence, suspect: str, suspect_stems: Set[str]) -> Span | None:
    """An "if" clause opening the source sentence ("If, as expected, his party gains seats,
    he intends to ...") that the suspect leaves off while carrying what follows it: the
    clause runs to the first comma after which the suspect says the rest. Not when the
    suspect opens with a condition of its own ("Should that happen, ...", "Without a deal,
    ..."), nor for an "if" that contrasts ("If 2020 was a year of crisis, 2021 was ...")."""
    m = _condition(source.text)
    if m is None or source.text[: m.start()].strip() or _OTHER_CONDITION.match(suspect):
        return None
    for comma in re.finditer(r",\s+", source.text[: m.end()]):
        clause = source.text[m.start() : comma.start()]
        if len(stems(clause) - _FUNCTION_STEMS) < 2:
            continue  # "If, as expected, ...": the clause has not begun
        if re.search(r"\bwas\b", clause):
            return None  # "If 2020 was a year of crisis, ...": a contrast, not a condition
        if _expresses(suspect_stems, source.text, comma.end()) and not _expresses(
            suspect_stems, clause, len(m.group(1)), window=_TIGHT_WINDOW, share=_TIGHT_SHARE
        ):
            start = source.start + m.start()
            return Span(start, start + len(clause), clause)
        return None
    return None


def attribution_changes(
    suspect: Sentence, sources: list[Sentence], article_stems: Set[str], swaps: bool = False
) -> list[Change]:
    """A different party named as the one who said it: "according to ..." a party the
    source never names; or, when the sentence follows its source closely (``swaps``),
    another named speaker ("said Ledley King" for the source's "said Jermaine Jenas")."""
    s_attr = _attributor(suspect.text)
    t_attr = [(s, a) for s in sources for a in [_attributor(s.text)] if a]
    if not (s_attr and t_attr):
        s_attr = _speaker(suspect.text) if swaps else None
        t_attr = [(s, a) for s in sources for a in _speakers(s.text)]
        # a quote or claim moved to another named speaker: none of the source's is named
        if not (s_attr and t_attr) or any(stems(s_attr[2]) & stems(a[2]) for _, a in t_attr):
            return []
        article_stems = set()
    src, (t_start, t_end, t_words) = t_attr[0]
    a_start, a_end, a_words = s_attr
    if stems(a_words) & stems(t_words) or stems(a_words) <= article_stems:
        return []
    return [
        Change(
            "attribution",
            Span(suspect.start + a_start, suspect.start + a_end, a_words),
            Span(src.start + t_start, src.start + t_end, t_words),
            f"attributed to '{a_words}' where the source says '{t_words}'",
        )
    ]


@dataclass(frozen=True)
class Attribution:
    """An "according to X" or "X said" of a sentence: offsets in its text, the phrase and
    the stems of the parties it names (the speaker; an outlet that heard it too)."""

    start: int
    end: int
    phrase: str
    parties: frozenset[str]
    #: what a party of several capitalised words may be written as ("the International
    #: Monetary Fund": IMF; "Ireland's Health Service Executive": HSE, IHSE)
    acronyms: frozenset[str] = frozenset()

    def named_in(self, said: Set[str]) -> bool:
        """Does a text name a party of it? ``said``: its :func:`stems` and :func:`acronyms`."""
        return bool(self.parties & said or self.acronyms & said)


def attributions(text: str) -> Iterator[Attribution]:
    """Every attribution of a sentence with the parties it names ("according to Russia's
    Tass": Tass; "UBS economist Maury Harris told Reuters": Harris and Reuters; "according
    to researchers": researchers)."""
    found = list(ATTRIBUTION.finditer(text))
    if m := _LEADING_ATTRIBUTION.match(text):
        found.append(m)
    for m in found:
        phrase = m.group().lstrip(", \"”’'").strip().rstrip(".")
        names = [
            n.group()
            for n in re.finditer(r"[^\W\d_][\w’'-]*", phrase)
            if n.group()[0].isupper()
            and len(n.group()) > 2
            and n.group().lower() not in _NOT_NAMES
            # "on Monday", "in May": when, not who ("Theresa May" is who)
            and not (calendar_names(n.group()) and _WHEN.search(phrase[: n.start()]))
        ]
        told = re.search(r"\b(?:told|tells)\b", phrase)
        if names:  # the named party, e.g. the agency in "according to Russia's Tass"
            # "X told Reuters" names two: the speaker and the outlet that heard it
            named = [names[-1]]
            if told:
                named += [n for n in names if phrase.find(n) < told.start()][-1:]
            # "Russia's": Russia; "O'Brien": Brien, as :func:`stems` reads it
            parties = {max(re.split(r"[’']", n), key=len).lower()[:5] for n in named}
        else:
            words = set(re.findall(r"[^\W\d_]{4,}", phrase.lower())) - _NOT_A_PARTY
            parties = {w[:5] for w in words} - _SAY_WORDS
        # "the International Monetary Fund" is also "the IMF"
        initials = "".join(n[0] for n in names)
        written = {
            initials[i:j] for i in range(len(initials)) for j in range(i + 3, len(initials) + 1)
        }
        start = m.start() + m.group().index(phrase)
        yield Attribution(
            start, start + len(phrase), phrase, frozenset(parties), frozenset(written)
        )


def dropped_attribution(
    suspect: Sentence, sources: list[Sentence], said_beside: Set[str]
) -> list[Change]:
    """The source gives a forecast or estimate "according to" someone; the suspect states
    it as its own. (A reported fact whose "according to" was dropped is listed among the
    omissions only: on the train half of news_consistency and f3, summaries and faithful
    paraphrases drop those routinely, and the farm cases' labels keep them `supported`.)

    ``said_beside``: stems and acronyms of the suspect sentences next to this one. A party
    named there
    ("Dr Oken led the study. The benefit may be hard to measure.") still attributes it; a
    suspect sentence with a reporting verb of its own is left to ``attribution_changes``.
    """
    if suspect.role != "body" or _REPORTING.search(suspect.text) or _HEARSAY.search(suspect.text):
        return []
    suspect_stems = stems(suspect.text)
    said = suspect_stems | acronyms(suspect.text) | said_beside
    for src in sources:
        for a in attributions(src.text):
            if not a.phrase.lower().startswith("according") or not a.parties or a.named_in(said):
                continue
            clause = _attributed_clause(src.text, a)
            cue = _FORECAST.search(clause)
            if cue is None or not _expresses(suspect_stems, clause, cue.end()):
                continue  # a reported fact keeps its source in the omissions list
            claim = stems(clause) - _FUNCTION_STEMS
            if len(claim & suspect_stems) < _CLAIM_SHARE * len(claim):
                continue  # the suspect drew on another part of a long sentence
            return [
                Change(
                    "attribution",
                    None,
                    Span(src.start + a.start, src.start + a.end, a.phrase),
                    f"the source attributes this ('{a.phrase}'); the suspect states it "
                    "without saying who",
                )
            ]
    return []


def _attributed_clause(text: str, attribution: Attribution) -> str:
    """The clause an attribution governs, the attribution itself left out."""
    cuts = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(text)), len(text)]
    start = max(c for c in cuts if c <= attribution.start)
    end = min(c for c in cuts if c >= attribution.end)
    return text[start : attribution.start] + " " + text[attribution.end : end]


# a forecast or estimate: someone's judgement, which unattributed reads as the writer's
# ("would" is mostly reported speech; "May" is mostly the month)
_FORECAST = re.compile(
    r"\b(?:(?i:will|could|might|expects?|expected|likely|predicts?|predicted|forecasts?|"
    r"projected|estimates?|estimated|set\s+to|going\s+to)|may)\b"
)


_CLAUSE_BREAK = re.compile(r"[;:]\s|,\s+(?=(?:but|though|although|while|whereas|and)\b)")
# a claim still said to come from someone, if not whom: "reportedly", "sources say"
_HEARSAY = re.compile(
    r"\b(?:reportedly|allegedly|purportedly|reports?|reported|sources?|rumou?red)\b",
    re.IGNORECASE,
)
# the share of an attributed claim's words a suspect sentence must carry to have dropped
# its attribution (below it, the sentence drew on another part of its source sentence)
_CLAIM_SHARE = 0.5
_SAY_WORDS = {"accor", "said", "says", "added", "told", "repor", "state", "annou", "confi"}
# what an "according to" may follow that is nobody ("according to plan")
_NOT_A_PARTY = frozenset(
    "plan plans planned schedule scheduled tradition custom rules rule law laws script design "
    "protocol procedure procedures instructions expectations guidelines regulations terms".split()
)
# capitalised words of an attribution that name nobody ("According to", "As reported by")
_NOT_NAMES = frozenset(
    "according as reported announced stated confirmed obtained said says told added the".split()
)
_WHEN = re.compile(r"\b(?:on|in|at|since|until|last|this|next|early|late)\s+$", re.IGNORECASE)
# A source sentence that names who said it at its start: "Dr. Oken said the study ...",
# "Professor Dautenhahn told BBC News Online ..."
_LEADING_ATTRIBUTION = re.compile(
    r"^(?!(?:He|She|They|It|We|I|You|This|That)\s)(?:(?:Dr|Mr|Mrs|Ms|Prof)\.\s+)?"
    r"(?:[A-Z][\w’'-]*\s+){1,4}(?:said|says|told\s+(?:[A-Z][\w’'-]*\s*){1,4}|added|noted|"
    r"explained)\b"
)


def _condition(text: str) -> re.Match[str] | None:
    """The first conditional clause ("if", "unless", ...) that is not a question's "if"."""
    for match in _CONDITION.finditer(text):
        if not _QUESTION_IF.search(text, 0, match.start()):
            return match
    return None


def _condition_elsewhere(cond: re.Match[str], source_text: str) -> bool:
    """Does the source state this condition in a sentence the alignment did not pair (a
    rewrite that merges two source sentences)? Same cue, and a content word of the clause."""
    cue = " ".join(cond.group(1).lower().split())
    wanted = stems(cond.group()[len(cond.group(1)) :]) - _FUNCTION_STEMS
    for match in _CONDITION.finditer(source_text):
        shared = wanted & stems(match.group())
        if " ".join(match.group(1).lower().split()) == cue and len(shared) >= 0.5 * len(wanted):
            return True
    return False


def _expresses(
    suspect_stems: Set[str], source_text: str, at: int, window: int = 10, share: float = 0.5
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
    return sum(_carried(w, suspect_stems) for w in words) >= share * len(words)


def _carried(stem: str, suspect_stems: Set[str]) -> bool:
    """Is this word's stem among the suspect's, give or take the inflection a word of four
    letters keeps in its stem ("face" and "faces", "rise" and "rises")?"""
    return (
        stem in suspect_stems
        or len(stem) == 4
        and f"{stem}s" in suspect_stems
        or len(stem) == 5
        and stem.endswith("s")
        and stem[:4] in suspect_stems
    )


def _clause_start(text: str, cue: int) -> int:
    """Start of the clause a condition qualifies: the words just before the cue."""
    before = text[:cue]
    stops = [m.end() - 2 for m in re.finditer(r"[.?!][\"'”’)]*\s", before)]
    stop = stops[-1] if stops else -1
    cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"))
    start = cut + 1 if cut >= 0 and cue - cut > 30 else max(0, cue - 120)
    return max(start, stop + 2 if stop >= 0 else 0)


def _expresses_around(
    suspect_stems: Set[str], text: str, start: int, end: int, share: float = _TIGHT_SHARE
) -> bool:
    """Does the suspect carry the words on both sides of a cue in the source?

    After the cue: the qualified proposition (see ``_expresses``). Before it, within its
    sentence: the subject it qualifies; when the suspect shares none of the few content
    words just before the cue, it drew on another part of a long source sentence.
    """
    if not _expresses(suspect_stems, text, end, window=_TIGHT_WINDOW, share=share):
        return False
    before = text[_clause_start(text, start) : start]
    words = [w[:5] for w in re.findall(r"\w+", before.lower()) if len(w) > 3]
    words = [w for w in words if w not in _FUNCTION_STEMS][-4:]
    return (
        len(words) < 2
        or any(w in suspect_stems for w in words)
        # "the results suggest" and "the findings show" name one subject
        or bool(_EVIDENCE & set(words) and _EVIDENCE & suspect_stems)
    )


# words for what a study found, one subject whichever is used
_EVIDENCE = frozenset({"resul", "findi", "data", "study", "studi", "resea", "evide", "trial"})


def speaker_spans(text: str) -> list[tuple[int, int]]:
    """Where a sentence names who said it: the speaker of "X said" or "..., said X", and the
    party of "according to X" up to what qualifies it ("a Pew survey", not "of Samsung
    users")."""
    spans = [(a, b) for a, b, _ in _speakers(text)]
    for pattern in (_ACCORDING_HEAD, _SAID_BY, _BY_WHO_SAID):
        spans += [(m.start(1), m.end(1)) for m in pattern.finditer(text)]
    return spans


# "..., said SEC chairman William Donaldson." and "accountancy firm KPMG said that ..."
_SAID_BY = re.compile(
    r"\b(?:said|says)\s+([A-Z][\w&’'.-]*(?:\s+(?:[A-Z][\w&’'.-]*|of|the|for|and|chairman|"
    r"chairwoman|spokesman|spokeswoman|spokesperson|director|chief|executive|president|"
    r"minister|secretary|head|leader|professor|analyst|economist))*)(?=\s*(?:[,;:]|\.?$))"
)
_BY_WHO_SAID = re.compile(
    r"((?:[A-Z][\w&’'.-]*)(?:\s+(?:&\s+)?[A-Z][\w&’'.-]*)*)\s+(?:said|says|told)\b"
)
_ACCORDING_HEAD = re.compile(
    r"\baccording\s+to\s+(.+?)(?=\s+(?:of|who|which|that|in|on|at|for|from|published)\b|"
    r"[,.;:]|$)",
    re.IGNORECASE,
)


def _attributor(text: str) -> tuple[int, int, str] | None:
    """The party after "according to": its offsets in ``text`` and its words."""
    m = re.search(r"\baccording\s+to\s+([^,.;]+)", text, re.IGNORECASE)
    if m:
        return m.start(1), m.end(1), m.group(1)
    return None


def _speaker(text: str) -> tuple[int, int, str] | None:
    """The first named speaker of the sentence (see ``_speakers``)."""
    return next(iter(_speakers(text)), None)


def _speakers(text: str) -> list[tuple[int, int, str]]:
    """Every named speaker of "X said ..." or "..., said X": offsets in ``text`` and words.
    A name, not a pronoun, a group ("Critics said"), a day or a possessive; words before it
    that name nothing ("But Smith said") are left out."""
    found = []
    for pattern in _SPEAKERS_NAMED:
        for m in pattern.finditer(text):
            start, words = m.start("name"), m.group("name").split()
            while words and words[0].lower().rstrip(".") in _NOT_A_NAME:
                start = text.index(words[1], start) if len(words) > 1 else start
                words = words[1:]
            name = " ".join(words)
            if name and stems(name) and not re.search(r"['’]s$", name):
                found.append((start, start + len(name), name))
    return found


_NAME = (
    r"(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Prof|Sen|Gov|Rep)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})"
)
# a job title before a name ("WWF Scotland director Lang Banks said", "economist Maury
# Harris told Reuters")
_ROLE = (
    r"(?:director|spokesman|spokeswoman|spokesperson|chief|executive|secretary|minister|"
    r"president|chairman|chairwoman|economist|analyst|professor|officer|head|leader|manager|"
    r"founder|author|researcher|coach|captain|governor|senator|mayor|lawyer|attorney)"
)
# "..., said Jane Smith", and "Jane Smith said ...", "..., Jane Smith told reporters"
_SPEAKERS_NAMED = (
    re.compile(
        rf"[,\"”'’]\s*(?:said|says|added|explained)\s+{_NAME}(?=\s*(?:[,.;]|$)|\s+(?:after|on|in|at|of|who|during|before|when|as)\b)"
    ),
    re.compile(
        rf"(?:^|[,;\"”'’]\s*|\b(?:while|and|but|as|whereas)\s+|\b{_ROLE}\s+)"
        rf"{_NAME}\s+(?:said|says|told)\b"
    ),
)
_NOT_A_NAME = (
    frozenset(
        "officials police experts researchers scientists doctors analysts critics opponents "
        "supporters residents locals sources others many some everyone nobody one both "
        "authorities campaigners fans witnesses observers insiders neighbours neighbors "
        "parents teachers students workers economists investigators yesterday today "
        "monday tuesday wednesday thursday friday saturday sunday january february march "
        "april may june july august september october november december".split()
    )
    | STOPWORDS
)
