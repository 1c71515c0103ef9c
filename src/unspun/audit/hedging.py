"""Hedging dropped: certainty raised. A source's "may", "reportedly" or "alleged" dropped,
or turned into "will", "confirms" or "shows"; the suspect's own hedges only excuse a flag.
And the reverse, certainty lowered: a "confirmed" or "will" of the source hedged.

Counted only where the suspect carries the clause the hedge governs (``clauses``).
"""

from __future__ import annotations

import re
from collections.abc import Set

from ..documents import Sentence
from ..results import Change
from .attribution import REPORTING
from .clauses import (
    FUNCTION_STEMS,
    TIGHT_SHARE,
    TIGHT_WINDOW,
    clause_rest,
    expresses,
    expresses_around,
    expresses_before,
    leading_stems,
    short_claim_carried,
)
from .text import match_span, stems

__all__ = ["certainty_lowered", "hedging_changes", "planned_as_done"]


_HEDGE = re.compile(
    r"\b(may|might|could|possibly|possible|possibility|probably|likely|likelihood|"
    r"unlikely|reportedly|allegedly|purportedly|apparently|speculates?|"
    # "suspected" hedges a claim ("is suspected of"), not a noun ("suspected cases")
    r"suspects?\s+(?:that|of)|(?:is|are|was|were|be|been|being)\s+(?:(?:all|also|both|still|"
    r"now|widely|strongly)\s+)?suspected|"
    r"suspected\s+(?:of|to|that)|being\s+considered|under\s+consideration|"
    r"speculated|believed|believes|theori[sz](?:es?|ed)|hypothesi[sz]ed|"
    # what those who study it believe, not an opinion or a value ("I believe it is wrong")
    r"(?<=researchers\s)believe|(?<=scientists\s)believe|(?<=experts\s)believe|"
    r"(?<=investigators\s)believe|(?<=authors\s)believe|"
    r"tipped\s+(?:to|as|for)|thought\s+to|appears?\s+to|seems?\s+to|appeared\s+to|"
    r"seemed\s+to|considering|"
    r"considers?|plans\s+to|planning\s+to|expected\s+to|would|should|potentially|suggests?|"
    r"suggested|"
    r"unconfirmed|rumou?red|(?:claims?|claimed)\s+(?:that|to)|alleged|"
    # sure, but only so far: "fairly certain", "evidence of moderate certainty"
    # an open question: "it is unclear whether he told them", "it was not known if"
    r"(?:unclear|uncertain|unknown|not\s+(?:yet\s+)?(?:clear|known|certain))\s+(?:whether|if)|"
    r"(?:fairly|reasonably|relatively|moderately|somewhat|pretty|almost|nearly)\s+"
    r"(?:certain|sure|confident)|(?:moderate|low)\s+certainty|"
    # nearly the same: "almost equal to", "nearly as effective as"
    r"(?:almost|nearly)\s+(?:equal|identical|the\s+same|as\s+\w+\s+as))\b",
    re.IGNORECASE,
)
_WEAK_HEDGES = frozenset({"would", "should", "can"})
# other forms of a hedge, which keep a claim tentative in the suspect ("prosecutors allege"
# for "have alleged", "over allegations that they missed" for "for allegedly missing",
# "research suggesting" for "research that suggested"), though not ones a source drops
_HEDGE_KEPT = re.compile(
    r"\b(?:alleges?|allegations?|suggesting|suggestions?|speculation|rumou?rs?|"
    # "Roberts thinks the study could" for "believes", "it is reported that" for "reportedly",
    # "the apparent disrespect" for "the disrespect apparently shown"
    r"thinks?|apparent|(?:is|are|was|were)\s+(?:also\s+)?reported\s+(?:that|to)|"
    # "are fancied to claim" for "are tipped to claim": another word for a forecast
    r"fancied\s+(?:to|for))\b",
    re.IGNORECASE,
)
# hedges that say something is planned or weighed, not done ...
_PLAN_CUE = re.compile(
    r"plans\s+to|planning\s+to|expected\s+to|considering|considers?|being\s+considered|"
    r"under\s+consideration",
    re.IGNORECASE,
)
# ... and the other words for a plan, which keep it one (not "will": that makes it certain)
_PLANNED = re.compile(
    r"\b(?:plans?|planned|planning|intends?|intending|intention|aims?|aiming|hop(?:es|ing)\s+to|"
    r"set\s+to|due\s+to|expected|scheduled|poised|proposed|proposals?|upcoming|forthcoming|"
    r"considering|considers?|consideration|weighing)\b",
    re.IGNORECASE,
)
# a plan the suspect keeps, described by what it "will" do: "plans that will see waste stored"
# (what the plan is, not that it is certain)
_PLAN_DESCRIBED = re.compile(
    r"\b(?:plans?|proposals?|schemes?)\s+(?:that|which)\s+$",
    re.IGNORECASE,
)
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
# what may be done, not what will: "the government can appeal" (lower case: not "Can")
_CAN = re.compile(r"\bcan\b")
_CERTAIN = re.compile(
    r"\b(will|confirmed|confirms|definitely|certainly|clearly|proves|proved|proven|undeniably|"
    # "their results prove", not "hopes to prove", "may (also) prove effective"
    r"(?<!\bto\s)(?<!\bcan\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\balso\s)"
    r"(?<!\bwould\s)(?<!\bshould\s)(?<!\bwill\s)prove|"
    r"is\s+set\s+to|has\s+been\s+confirmed|(?<!\bnot\s)just\s+as\s+\w+\s+as|exactly\s+as\s+\w+\s+as|"
    r"(?<!\bthere\s)(?<!no\sone\s)(?<!no-one\s)(?<!nobody\s)(?:is|are|was|were|now)\s+"
    r"(?:also\s+)?certain"
    r"(?!\s+(?:whether|if|how|what|kinds?|types?|number|amount|people|cases)\b)|"
    r"high\s+certainty|been\s+(?:shown|proven|proved|demonstrated|established)\s+to|"
    # a finding stated as shown ("a new study published Monday in Cancer shows that", "...,
    # new research shows.", "the researchers concluded the gap was due to")
    r"(?:study|studies|research|researchers|scientists|authors|team|review|data|evidence|"
    r"findings|results|trial|trials|analysis)"
    r"(?:[\s,]+\w+){0,6}?[\s,]+(?:(?:(?:has|have)\s+(?:now\s+)?)?(?:shown|proven|established)|"
    r"shows?|showed|proves?|proved|demonstrates?|demonstrated|concluded)"
    r"(?=\s+(?:that|the|this|these|those|it|they)\b|[.!?\"'”’]*$))\b",
    re.IGNORECASE,
)

_MODAL = re.compile(
    r"\b(can|could|may|might|would|should|must|likely|perhaps|possibly|probably|potentially|"
    r"reportedly|allegedly|seems?|appears?|suggests?|some)\b",
    re.IGNORECASE,
)

# the share of the hedged clause a suspect must keep when it turned the hedge into a word of
# certainty ("may" into "will"), rather than dropping it (clauses.TIGHT_SHARE)
_RAISED_SHARE = 0.5


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
        if expresses(suspect_stems, source, m.end(), window=TIGHT_WINDOW, share=TIGHT_SHARE)
    ]
    return 0 < len(word.findall(suspect)) < len(carried)


def _own_hedge(suspect: str, sources: str, source: str, hedge: re.Match[str]) -> bool:
    """Does the suspect keep a hedge for the source's ``hedge`` (in ``source``)? One of its
    own (a hedge or modal its source sentences say fewer times: "the study points to ..."
    keeps a finding tentative), the same word, one said with it ("could potentially offer"
    to "could offer"), or one that governs the same words in the suspect ("some reports
    suggest that they began" for "some reports suggest they may have begun"). Another one,
    copied from another clause of the source ("should be made available" where the source
    has it too), keeps no hedge it dropped."""
    start, end = max(0, hedge.start() - 20), hedge.end() + 20
    if _closing_evidential_kept(suspect, source, hedge):
        return True
    # "research suggests that social isolation may raise the risk": the claim an evidential
    # hedge reports carries a hedge of its own, which a suspect may keep alone ("isolation
    # may raise the risk, according to research")
    if _EVIDENTIAL.fullmatch(hedge.group()):
        end = hedge.end() + len(_CLAUSE_STOP.split(source[hedge.end() :])[0])
    said_with = {hedge.group().lower()} | {
        m.group().lower()
        for pattern in (_HEDGE, _MODAL)
        for m in pattern.finditer(source, start, end)
        # in its clause: no stop between them
        if not re.search(
            r"[,;:.!?()]", source[min(m.end(), hedge.start()) : max(m.start(), hedge.end())]
        )
    }
    for pattern in (_HEDGE, _POINTS_TO, _MODAL):
        for m in pattern.finditer(suspect):
            word = re.compile(rf"\b{re.escape(m.group())}\b", re.IGNORECASE)
            if (
                m.group().lower() in said_with
                or len(word.findall(suspect)) > len(word.findall(sources))
                or expresses(
                    stems(_CLAUSE_STOP.split(suspect[m.end() :])[0]),
                    source,
                    hedge.end(),
                    window=TIGHT_WINDOW,
                    share=TIGHT_SHARE,
                )
            ):
                return True
    return False


_CLAUSE_STOP = re.compile(r"[,;:.!?()]")


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
    r"\baccording\s+to\b|"
    r"\b(?:claim(?:s|ed|ing)?|alleg(?:es|ed|ing)|accus(?:es|ed|ing)|assert(?:s|ed|ing)?)\b",
    re.IGNORECASE,
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
    them ("will", "confirmed") or keeps no hedge for it (``_own_hedge``); "May" the month
    is no hedge, and a lone "would" (reported speech, counterfactuals) is too weak to stand
    on its own.
    """
    # "if future research confirms the results, ...": a certainty only supposed
    s_certain = next(
        (
            m
            for m in _certain_words(suspect.text)
            if (m.group().lower() in ("will", "would") or not _supposed(suspect.text, m.start()))
            and not _PLAN_DESCRIBED.search(suspect.text, 0, m.start())
        ),
        None,
    )
    joined = " ".join(s.text for s in sources)
    raised = (
        s_certain is not None
        and not _certain_words(joined)
        and not _reported_as_belief(suspect.text, s_certain.start(), joined)
    )
    if not raised:
        # "TMS will be key to improving lives" for "TMS could be a key to improving lives",
        # though the source says "will" of something else
        local = _certain_over_a_hedge(suspect.text, sources)
        if local is not None:
            s_certain, raised = local, True
    t_hedge = [
        (src, m)
        for src in sources
        # "points to" and "can" hedge only where the suspect turns them to certainty
        # ("proves", "will appeal")
        for m in (
            *_HEDGE.finditer(src.text),
            *(m for p in (_POINTS_TO, _CAN) for m in p.finditer(src.text) if raised),
        )
        if not _in_a_heading(src.text, m)
        # "has not ruled out the possibility of offering" says "has not ruled out offering",
        # where the suspect keeps the "ruled out" that hedges; not "will offer"
        and not (
            re.search(r"\brul\w*\s+out\s+(?:the\s+|any\s+)?$", src.text[: m.start()], re.I)
            and re.search(r"\brul\w*\s+(?:\w+\s+)?out\b", suspect.text, re.I)
        )
        and _hedge_dropped(m, src, suspect, joined, suspect_stems, s_certain, raised)
    ][:1]
    reported = (
        bool(t_hedge)
        and t_hedge[0][1].group().lower() == "would"
        and s_certain is not None
        and s_certain.group().lower() == "will"
        and bool(REPORTING.search(suspect.text))
        and bool(REPORTING.search(t_hedge[0][0].text))
    )  # "X said it would" is "X insists it will": the tense of reported speech, not a hedge
    question = _asks(suspect.text, s_certain.start() if s_certain and raised else None)
    if (
        t_hedge
        and not reported
        and not question
        and (
            raised
            or not (
                _own_hedge(suspect.text, joined, t_hedge[0][0].text, t_hedge[0][1])
                or _kept_over(suspect.text, t_hedge[0][0].text, t_hedge[0][1])
            )
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
    return [] if question else _modal_made_plain(suspect, sources)


# "it may be worth it": a modal before "be" and the word it hedges
_MODAL_BE = re.compile(r"\b(may|might|could)\s+(?:well\s+|also\s+|still\s+)?be\s+([a-z]{4,})\b")
_ANY_HEDGE = re.compile(
    r"\b(?:may|might|could|can|possibly|probably|likely|perhaps|maybe|seems?|appears?|"
    r"suggests?|would|should|if|whether|unclear|uncertain|questions?|claims?|speculat\w*|"
    r"rumou?r\w*|reported\w*|alleged\w*|believed?|thought)\b",
    re.IGNORECASE,
)


def _modal_made_plain(suspect: Sentence, sources: list[Sentence]) -> list[Change]:
    """A "may be X" of the source said as "is X" ("for a young patient it may be worth
    it" for "the procedure is worth it"): the same word after the copula, no hedge anywhere in
    the suspect, and no source sentence saying "is X" itself. The check above reads the words
    a hedge governs, and one word ("worth") is too few for it."""
    if _ANY_HEDGE.search(suspect.text):
        return []
    for src in sources:
        for m in _MODAL_BE.finditer(src.text):
            word = m.group(2)
            if word in _NOT_A_STATE:
                continue
            plain = rf"\b(?:is|are|was|were)\s+(?:\w+\s+)?{word}\b"
            said = re.search(plain, suspect.text, re.IGNORECASE)
            if said and not any(re.search(plain, s.text, re.IGNORECASE) for s in sources):
                return [
                    Change(
                        "hedging",
                        match_span(suspect.start, said),
                        match_span(src.start, m),
                        f"the source hedges ('{m.group(1)} be {word}'); the suspect states "
                        f"it as certain",
                    )
                ]
    return []


# after "may be": a verb's participle or a word that is no state ("may be able to")
_NOT_A_STATE = frozenset({"able", "used", "made", "done", "given", "seen", "taken", "there"})


# hedges a suspect may put on what its source states as certain
_LOWERING = frozenset(
    {"may", "might", "could", "possibly", "probably", "likely", "suggests", "suggested"}
)


def certainty_lowered(suspect: Sentence, sources: list[Sentence]) -> list[Change]:
    """Certainty lowered: "the tax chief suggested that growth may have topped 9%" for
    "confirmed that growth had topped 9%". A hedge of the suspect's own (one its source
    sentences never say) on the words a word of certainty of the source governs."""
    joined = " ".join(s.text for s in sources)
    if _certain_words(suspect.text) or _asks(suspect.text):
        return []
    for hedge in _HEDGE.finditer(suspect.text):
        cue = hedge.group().lower()
        if cue not in _LOWERING or re.search(rf"\b{re.escape(cue)}\b", joined, re.IGNORECASE):
            continue
        after = leading_stems(suspect.text[hedge.end() :], 4)
        for src in sources:
            if _HEDGE.search(src.text):
                continue  # hedged itself somewhere: no plain certainty to lower
            for certain in _certain_words(src.text):
                if len(after & leading_stems(src.text[certain.end() :], 4)) >= 2:
                    return [
                        Change(
                            "hedging",
                            match_span(suspect.start, hedge),
                            match_span(src.start, certain),
                            f"the source is certain ('{certain.group()}'); the suspect "
                            f"hedges ('{hedge.group()}')",
                        )
                    ]
    return []


# what is still to happen, or only tried: "plans to open", "is to sponsor", "hope to involve",
# "is trying to negotiate", "has filed for a patent", "was shortlisted for", "would close"
_PROSPECT = re.compile(
    r"\b(?:plans?\s+to|planning(?:\s+to)?|hop(?:es?|ing)\s+to|tr(?:ying|ies)\s+to|"
    r"attempting\s+to|seeks?\s+to|seeking\s+to|aims?\s+to|aiming\s+to|intends?\s+to|"
    r"(?:is|are)\s+to|will|would|(?:is|are|was|were)\s+(?:set|due|expected|scheduled|poised)\s+to|"
    r"(?:has|have|had)\s+(?:filed|applied)\s+for|(?:shortlisted|nominated)\s+for|"
    r"(?:has|have|had)\s+yet\s+to|before\s+(?:\w+\s+){0,3}(?:is|are)\s+approved|"
    r"mired\s+in|pending)\b",
    re.IGNORECASE,
)
# a suspect that keeps anything still to come says no more than its source
_STILL_TO_COME = re.compile(
    r"\b(?:plans?|planned|planning|hopes?|hoping|trying|tries|attempt\w*|seeks?|aims?|"
    r"intends?|will|would|could|may|might|set\s+to|due|expected|scheduled|poised|upcoming|"
    r"next|future|proposed|proposal|pending|yet|filed|applied|application|shortlisted|"
    r"nominated|bid|try|to\s+be)\b|['’]ll\b",
    re.IGNORECASE,
)
# done, said so: "already" (a perfect tense alone is how a rewrite reports what the source
# said would happen as said: "has announced its intention")
# (not a state someone is in already: "people who already had memory problems")
_DONE = re.compile(
    r"\balready\b"
    r"(?!\s+(?:have|has|had|having|own|owns|owned|know|knows|knew|live|lives|lived)\b)",
    re.IGNORECASE,
)
# ... nor what describes someone or something: "residents who have already left"
# (or "women whose cancer has already spread")
_DESCRIBED = re.compile(
    r"\b(?:who|which|that|whose(?:\s+[a-z]+){1,3})\s+(?:(?:has|have|had)\s+)?$", re.IGNORECASE
)


def planned_as_done(
    suspect: Sentence, sources: list[Sentence], suspect_stems: Set[str]
) -> list[Change]:
    """A plan, a hope or an attempt reported as done: "have already secured a commercial
    partner" for "hope to involve a commercial partner", "have already closed" for "would
    close" (not "has secured" without "already": a perfect tense alone is not checked).
    The suspect says it is done ("already"), keeps what the source's cue governs, and says
    nothing of it still to come."""
    if _STILL_TO_COME.search(suspect.text) or _asks(suspect.text):
        return []
    done = next(
        (
            m
            for m in _DONE.finditer(suspect.text)
            if not _DESCRIBED.search(suspect.text[max(0, m.start() - 40) : m.start()])
        ),
        None,
    )
    if done is None:
        return _same_verb_done(suspect, sources)
    for src in sources:
        if re.search(r"\balready\b", src.text, re.IGNORECASE):
            continue  # done, by the source's own word ("which has already closed two")
        for cue in _PROSPECT.finditer(src.text):
            if expresses(suspect_stems, src.text, cue.end(), window=TIGHT_WINDOW, share=0.5):
                return [_reported_done(suspect, done, src, cue, "still to come or only tried")]
    return []


# the verb a plan or expectation is of ("will be released", "is to be renamed"), and the
# same verb said as done ("has been released"); not "are being warned", which a rewrite
# may say as "have been warned"
_PLANNED_VERB = re.compile(
    r"\b(?:will|(?:is|are)\s+(?:to|set\s+to|due\s+to|expected\s+to|scheduled\s+to)|"
    r"(?:plans?|hopes?|intends?|aims?|seeks?)\s+to)"
    r"\s+(?:be\s+)?(?!not\b|never\b)([a-z]{3,})\b",
    re.IGNORECASE,
)
_PERFECT = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+|just\s+|finally\s+)?(?:been\s+)?"
    r"(?!not\b|never\b)([a-z]{3,}(?<!ing))\b",
    re.IGNORECASE,
)


def _same_verb_done(suspect: Sentence, sources: list[Sentence]) -> list[Change]:
    """A plan or expectation of the source said as done with its own verb: "has been released"
    for "will be released", "has been renamed" for "is to be renamed". The same verb, so no
    other event the rewrite reports."""
    for done in _PERFECT.finditer(suspect.text):
        if _DESCRIBED.search(suspect.text[max(0, done.start() - 40) : done.start()]):
            continue  # "residents who have left": who they are, not what happened
        verb = _verb_root(done.group(1))
        for src in sources:
            for cue in _PLANNED_VERB.finditer(src.text):
                if (
                    _verb_root(cue.group(1)) == verb
                    and verb not in _AUX_ROOTS
                    and _around(suspect.text, done) & _around(src.text, cue)
                ):
                    return [_reported_done(suspect, done, src, cue, "still to come")]
    return []


def _reported_done(
    suspect: Sentence, done: re.Match[str], source: Sentence, cue: re.Match[str], still: str
) -> Change:
    """The change for something the source has ``still`` to happen that the suspect reports
    done."""
    return Change(
        "hedging",
        match_span(suspect.start, done),
        match_span(source.start, cue),
        f"the source has it {still} ('{cue.group()}'); the suspect reports it done "
        f"('{done.group()}')",
    )


def _around(text: str, verb: re.Match[str]) -> set[str]:
    """Stems of the content words on either side of a verb phrase (six each way): what the
    event is of, whether the sentence says it before the verb (a passive) or after."""
    before = re.findall(r"[a-z]+", text[: verb.start()].lower())[-6:]
    after = re.findall(r"[a-z]+", text[verb.end() :].lower())[:6]
    return {w[:5] for w in before + after if len(w) > 3} - FUNCTION_STEMS


# verbs that say no event of their own ("has been", "will have")
_AUX_ROOTS = frozenset({"be", "been", "hav", "had", "do", "don", "get", "got"})


def _verb_root(word: str) -> str:
    """A verb without its inflection: "released", "releases" and "release" are one, as are
    "developed" and "developing"."""
    return re.sub(r"(?:ing|ed|es|e|s|d)$", "", word.lower())[:6]


# the clause a hedge takes with "that" ("allegations that they missed"), unless the sentence
# opens with a phrase put before its main clause, where the hedge may stand ("Amid
# speculation that he may go, the team faces ...": what follows the comma is not what is
# speculated); a sentence opening "On Tuesday, ..." is read the same careful way
_THAT_CLAUSE = re.compile(r"\s+that\b", re.IGNORECASE)
_FRONTED = re.compile(
    r"\W*(?:amid|with|despite|after|following|over|among|against|in|on|given|as)\b",
    re.IGNORECASE,
)


def _closing_evidential_kept(suspect: str, source: str, hedge: re.Match[str]) -> bool:
    """Does the suspect keep the hedge of the claim a closing evidential reports ("MRI scans
    may help predict dementia, new research suggests" said as "... may help predict dementia,
    according to new research")? A hedge of a main clause (not "though it may cause
    nausea"), said before the same word (not "research that may change advice" for "coffee
    may cut the risk")."""
    if not _EVIDENTIAL.fullmatch(hedge.group()) or not re.fullmatch(
        r"[\s.\"'”’)]*", source[hedge.end() :]
    ):
        return False
    return any(
        _hedge_before_same_word(m, source, suspect) and not _in_a_subordinate_clause(source, m)
        for pattern in (_HEDGE, _MODAL)
        for m in pattern.finditer(source, 0, hedge.start())
    )


def _hedge_before_same_word(hedge: re.Match[str], source: str, suspect: str) -> bool:
    """Does the suspect say the source's ``hedge`` before the word that follows it there
    ("may help" for "may help"), a word or two apart at most?"""
    after = re.search(r"[A-Za-z]{3,}", source[hedge.end() :])
    if after is None:
        return False
    return bool(
        re.search(
            rf"\b{re.escape(hedge.group())}\s+(?:[\w'’-]+\s+){{0,2}}{re.escape(after.group()[:4])}",
            suspect,
            re.IGNORECASE,
        )
    )


def _in_a_subordinate_clause(text: str, hedge: re.Match[str]) -> bool:
    """Does the clause ``hedge`` stands in open with a word that subordinates it ("though it
    may cause nausea"): it hedges that clause, not the sentence's claim."""
    start = max(text.rfind(mark, 0, hedge.start()) for mark in ",;:") + 1
    return bool(
        re.match(
            r"\s*(?:though|although|even\s+though|while|whereas|but|if|unless|which|who|that|as)\b",
            text[start : hedge.start()],
            re.IGNORECASE,
        )
    )


def _in_a_heading(text: str, cue: re.Match[str]) -> bool:
    """Is the hedge part of a heading in capitals run into the sentence ("THE PEOPLE IT
    MIGHT HELP People who need ...")? It hedges the heading, not the sentence."""
    if not cue.group().isupper() or len(cue.group()) < 2:
        return False
    before = re.findall(r"[A-Za-z]+", text[: cue.start()])[-2:]
    after = re.findall(r"[A-Za-z]+", text[cue.end() :])[:1]
    if sum(w.isupper() and len(w) > 1 for w in before + after) < 2:
        return False
    # the sentence starts after the capitals, with a capital ("... MIGHT HELP People who"):
    # a sentence all in capitals ("TRUMP MAY BE INDICTED, sources say") is no heading
    rest = re.search(r"\b(?![A-Z]+\b)[A-Za-z]+", text[cue.end() :])
    return bool(rest and rest.group()[0].isupper())


def _kept_over(suspect: str, source: str, hedge: re.Match[str]) -> bool:
    """Does another form of a hedge in the suspect ("over allegations that they missed",
    "..., prosecutors allege") qualify the words the source's ``hedge`` does, in its own
    clause ("amid speculation over his future, the team faces" keeps no "may face")?"""
    for kept in _HEDGE_KEPT.finditer(suspect):
        clause = re.split(r"[,;:.!?]", suspect[kept.end() :])[0]
        if _THAT_CLAUSE.match(suspect, kept.end()) and not _FRONTED.match(suspect):
            # "allege that Mr Ebbers, 63, directed ...": the clause a verb or noun takes
            # with "that" runs past an aside in commas, to the end of the clause
            clause = max(clause, clause_rest(suspect, kept.end()), key=len)
        if not re.search(r"\w", clause):  # "..., prosecutors allege.": what it follows
            clause = suspect[: kept.start()]
        if expresses(stems(clause), source, hedge.end(), window=TIGHT_WINDOW, share=TIGHT_SHARE):
            return True
    return False


# what could not be done, said another way
_INABILITY = re.compile(
    r"\b(?:unable|(?:was|were)\s+not\s+able|could\s*(?:not|n['’]t)|fail(?:ed|s)?\s+to)\b",
    re.IGNORECASE,
)


_LETS = r"\b(?:let|lets|letting|allow\w*|enabl\w*|permit\w*)\s+(?:[\w'’-]+\s+){0,3}?(?:to\s+)?"


def _made_possible(source: str, hedge: re.Match[str], suspect: str) -> bool:
    """Is the "could" or "can" of the source one of what is possible, the suspect letting
    or allowing someone do its verb ("people could watch" told as "let people watch")?"""
    verb = re.match(r"\s+([a-z]{3,})", source[hedge.end() :])
    return bool(verb and re.search(_LETS + re.escape(verb[1][:4]), suspect, re.IGNORECASE))


_MODAL_HEDGE = re.compile(r"\b(?:may|might|could|possibly|perhaps|probably|likely)\b", re.I)


def _evidence_cited(source: str, hedge: re.Match[str], suspect: str) -> bool:
    """Does the suspect cite as its source ("according to the latest figures") what the
    source's evidential verb has as its subject ("latest figures suggest")? Only where that
    verb is the source's one hedge: "coffee may cut the risk, research suggests" has a "may"
    that "according to research" does not say."""
    if not _EVIDENTIAL.fullmatch(hedge.group()) or _MODAL_HEDGE.search(source):
        return False
    subject = re.search(r"([a-z]{4,})\s+$", source[: hedge.start()], re.IGNORECASE)
    return bool(
        subject
        and re.search(
            rf"\baccording\s+to\s+(?:[\w'’-]+\s+){{0,3}}{re.escape(subject[1][:5])}",
            suspect,
            re.IGNORECASE,
        )
    )


def _hedge_dropped(
    m: re.Match[str],
    src: Sentence,
    suspect: Sentence,
    joined: str,
    suspect_stems: Set[str],
    s_certain: re.Match[str] | None,
    raised: bool,
) -> bool:
    """Did the suspect drop the source's hedge ``m`` (in ``src``; ``joined``: all the
    source sentences) from words it keeps? ``raised``: the suspect states them with a word
    of certainty (``s_certain``) the source lacks."""
    return (
        m.group() != "May"
        and not (  # "updated may 19": the month
            m.group().lower() == "may"
            and re.match(r"\s+\d{1,2}\b(?!\s*(?:%|percent|per\s+cent))", src.text[m.end() :])
        )
        # "as (previously) believed" contrasts a former belief; it hedges nothing
        and not (
            re.fullmatch(r"believed|thought\s+to|speculated|rumou?red", m.group(), re.I)
            and re.search(r"\bas\s+(?:\w+\s+)?$", src.text[: m.start()], re.IGNORECASE)
        )
        # a plan told in other words ("intends to add" for "plans to add") is still a plan,
        # unless the suspect makes it certain ("will be stepping down" for "plans to")
        and not (not raised and _PLAN_CUE.fullmatch(m.group()) and _PLANNED.search(suspect.text))
        # "would" and "should" hedge only against a word of certainty ("should deliver" to
        # "will deliver"); alone they are tense, advice or obligation
        and (raised or m.group().lower() not in _WEAK_HEDGES)
        # "should deliver" to "will deliver"; not advice made a need ("will need to avoid")
        and (
            m.group().lower() not in ("should", "can")
            or _same_verb_after(src.text, m, suspect.text, s_certain)
        )
        and not _kept(m.group(), suspect.text, joined)
        # "meant that people could watch" for "will let people watch": a thing made possible
        and not (
            m.group().lower() in ("could", "can") and _made_possible(src.text, m, suspect.text)
        )
        # "latest figures suggest it has sold" for "according to the latest figures, it has
        # sold": the evidence still says it, not the writer
        and not _evidence_cited(src.text, m, suspect.text)
        # "could not catch him" is what happened: "was unable to catch him"
        and not (
            m.group().lower() == "could"
            and re.match(r"\s*(?:not\b|n['’]t\b|never\b)", src.text[m.end() :], re.IGNORECASE)
            and _INABILITY.search(suspect.text)
        )
        # "less likely to experience side effects" compares how often, it does not hedge;
        # unless the suspect makes it certain ("will experience side effects")
        and not (
            not raised
            and m.group().lower() == "likely"
            and re.search(r"\b(?:less|more|most|least|as|equally)\s+$", src.text[: m.start()], re.I)
        )
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
        # an open question kept one: "did not say whether he told them" for "it is unclear
        # whether he told them"
        and not (
            re.search(r"\b(?:whether|if)$", m.group(), re.IGNORECASE)
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
        and any(
            carries(
                suspect_stems,
                src.text,
                m.start(),
                m.end(),
                _RAISED_SHARE if raised and m.group().lower() not in _WEAK_HEDGES else TIGHT_SHARE,
            )
            # "..., a new study suggests.": what a verb of report or belief closes
            for carries in (
                (expresses_around, expresses_before)
                if _REPORTED_BELIEF.fullmatch(m.group())
                else (expresses_around, _short_claim)
                if m.group().lower() in _HEDGING_ADVERBS
                else (expresses_around,)
            )
        )
    )


# adverbs that hedge a one-word predicate as well as a clause: "was probably safe"
_HEDGING_ADVERBS = frozenset(
    "probably possibly likely perhaps apparently reportedly allegedly presumably".split()
)


def _short_claim(suspect_stems: Set[str], text: str, start: int, end: int, _share: float) -> bool:
    """``clauses.short_claim_carried`` in the shape of the other carriers."""
    return short_claim_carried(suspect_stems, text, start, end)


def _certain_over_a_hedge(suspect: str, sources: list[Sentence]) -> re.Match[str] | None:
    """A "will" or other word of certainty in the suspect before the same verb and words
    that a hedge of the source governs ("will be key to improving" where the source has
    "could be a key to improving"), the source not certain about them itself."""
    for certain in _certain_words(suspect):
        if certain.group().lower() not in ("will", "prove", "proves", "proved"):
            continue
        if _supposed(suspect, certain.start()) or _asks(suspect, certain.start()):
            continue
        before = re.findall(
            r"[a-z]+", suspect[max(0, certain.start() - 30) : certain.start()].lower()
        )
        if _MODAL.search(" ".join(before[-2:])) or "to" in before[-1:]:
            continue  # "may also prove effective" keeps its hedge
        after = _content_after(suspect, certain.end())
        if _said_certain(certain, after, sources):
            continue  # the source's own "will" ("will help create jobs"), said of these words
        for src in sources:
            for hedge in _HEDGE.finditer(src.text):
                if hedge.group().lower() not in _OVERRULED:
                    continue
                if len(after & _content_after(src.text, hedge.end())) >= 2 and not any(
                    c.start() < hedge.start() and _content_after(src.text, c.end()) & after
                    for c in _certain_words(src.text)
                ):
                    return certain
    return None


def _said_certain(certain: re.Match[str], after: set[str], sources: list[Sentence]) -> bool:
    """Does a source sentence say the suspect's word of certainty itself, before the same
    words (a quote that "will help create jobs" where another sentence "could create" them)?"""
    word = certain.group().lower()
    return any(
        c.group().lower() == word and len(after & _content_after(src.text, c.end())) >= 2
        for src in sources
        for c in _certain_words(src.text)
    )


# hedges a suspect's "will" overrules when it is said before the words they governed
_OVERRULED = frozenset({"may", "might", "could", "possibly", "probably", "likely", "unlikely"})
# a "will" a hedge qualifies: "will likely work", "will probably be"
_HEDGED_AFTER = re.compile(r"\s+(?:likely|probably|possibly|perhaps)\b", re.IGNORECASE)


def _certain_words(text: str) -> list[re.Match[str]]:
    """The words of certainty in ``text``, but not a "will" a hedge qualifies ("will
    likely work")."""
    return [
        m
        for m in _CERTAIN.finditer(text)
        if not (m.group().lower() == "will" and _HEDGED_AFTER.match(text, m.end()))
    ]


def _content_after(text: str, at: int) -> set[str]:
    """Stems of the first four content words after ``at``, in its clause."""
    clause = re.split(r"[,;:.]\s", text[at:])[0]
    words = [w for w in re.findall(r"[a-z]+", clause.lower()) if len(w) > 3][:4]
    return {w[:5] for w in words}


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
