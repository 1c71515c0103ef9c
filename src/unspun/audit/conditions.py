"""Conditions: an "if", "unless" or "provided that" dropped or added, including an
opening "if" clause left off the front of a carried sentence.
"""

from __future__ import annotations

import re
from collections.abc import Set

from ..documents import Sentence
from ..models import parsed
from ..results import Change, Span
from .clauses import (
    FUNCTION_STEMS,
    RHETORICAL_IF,
    TIGHT_SHARE,
    TIGHT_WINDOW,
    clause_start,
    expresses,
    leading_stems,
)
from .text import match_span, stems

__all__ = ["condition_changes"]


_CONDITION = re.compile(
    # "as long as 20 years" and "for as long as I can remember" are lengths of time, not
    # conditions
    r"\b(if|unless|provided\s+that|(?<!\bfor\s)as\s+long\s+as(?!\s+(?:\d+|an?|one|two|three|four|five|"
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
    r"\b(?:uncertain|unclear|unknown|unsure|sure|clear|ask|asks|asked|asking|wonder|wonders|"
    r"wondered|wondering|see|know|knows|knew|check|checking|determine|decide|tell|question|"
    # "a test to confirm if the device is placed properly": whether
    r"confirm|confirms|confirmed|confirming|verify|verifies|verified|verifying|assess|"
    r"assessing|establish|establishing|find\s+out|finding\s+out|investigate|investigating)"
    r"\s+(?:\w+\s+){0,2}$|"
    # "when or if they will be restocked", "whether he was a bad driver or if he was
    # targeted": the "if" goes on with the question
    r"\bwhether\b[^.;!?]*\bor\s+$|\bwhen\s+or\s+$|"
    # "asked Attorney General Sessions if": a name between the verb and the "if"
    r"\b(?:ask|asks|asked|asking)\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){1,4}$",
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


def condition_changes(
    suspect: Sentence, sources: list[Sentence], suspect_stems: Set[str], source_text: str
) -> list[Change]:
    """An "if" or "unless" of the source dropped, or one added that the source lacks."""
    t_cond = [
        (s, m)
        for s in sources
        for m in [_condition(s.text)]
        if m
        and expresses(suspect_stems, s.text[: m.start()], clause_start(s.text, m.start()))
        and not expresses(suspect_stems, s.text, m.end(), window=TIGHT_WINDOW, share=TIGHT_SHARE)
        and _conditioned_said(s.text, m, suspect_stems)
        and not _said_as_restriction(suspect.text, s.text, m)
    ]
    waived = _condition_waived(suspect, sources) or _condition_imposed(suspect, sources)
    if waived:
        return waived
    s_cond = _condition(suspect.text)
    if not s_cond and not _WHETHER.search(suspect.text) and not _inverted(suspect.text):
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
        asserted = _condition_asserted(suspect.text, sources, suspect_stems)
        if asserted is not None:
            return [
                Change(
                    "condition",
                    None,
                    asserted,
                    f"the source's condition '{asserted.text.strip()}' is stated as a fact",
                )
            ]
    if (
        s_cond
        and not t_cond
        and not any(_ANY_CONDITION.search(x.text) or _inverted(x.text) for x in sources)
        and not _condition_elsewhere(s_cond, source_text)
        and not re.match(r"if\s+you\b", s_cond.group(), re.IGNORECASE)  # the reader, no fact
        and not _purpose_said_as_condition(s_cond, sources)
        and not _hypothetical_said_as_condition(s_cond, sources)
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


# an "if" clause about anyone at all ("if you smoke", "if a patient has"): "smokers" and
# "patients with" say it without an "if", and assert nothing
_GENERIC_CASE = re.compile(
    r"\s*(?:you|we|one|someone|anyone|somebody|anybody|everyone|people|a|an|any|no|nobody)\b",
    re.IGNORECASE,
)
# a consequence said as a possibility keeps it hypothetical ("would", "could", "may")
_HYPOTHETICAL = re.compile(r"\b(?:would|could|might|may|can)\b|\b(?:wo|ca)n['’]t\b", re.I)


def _condition_asserted(text: str, sources: list[Sentence], suspect_stems: Set[str]) -> Span | None:
    """An "if" clause of the source whose words the suspect carries as a plain statement:
    "Technology is going to be part of clothing, so there needs to be serious thinking" for
    "If technology is going to be part of clothing, there needs to be serious thinking".
    The suspect must say the rest of the source sentence too, and hold no condition, no
    hypothetical modal and no "when"; an "even if", a contrast ("if 2020 was a year of
    crisis") or a case about anyone ("if you smoke") is no claim the suspect could assert."""
    if (
        _HYPOTHETICAL.search(text)
        or _UNCONDITIONAL.search(text)
        or _ANY_CONDITION.search(text)
        or _OTHER_CONDITION.match(text)
    ):
        return None
    for src in sources:
        m = _condition(src.text)
        if m is None or m.group(1).lower() != "if":
            continue
        cue_end = m.start() + len(m.group(1))
        clause = re.split(r"[,;:]", src.text[m.start() :])[0].rstrip()
        if (
            re.search(r"\beven\s+$", src.text[: m.start()], re.IGNORECASE)
            or _GENERIC_CASE.match(src.text, cue_end)
            or re.search(r"\bwas\b", clause)
            or len(stems(clause) - FUNCTION_STEMS) < 3
            or not expresses(suspect_stems, clause, len(m.group(1)), share=0.85)
        ):
            continue
        after = m.start() + len(clause)
        rest_said = (
            expresses(suspect_stems, src.text, after + 1)  # past the clause's comma
            if re.search(r"\w", src.text[after:])
            else expresses(suspect_stems, src.text[: m.start()], clause_start(src.text, m.start()))
        )
        if rest_said and _stated(src.text, m.start(), text):
            return Span(src.start + m.start(), src.start + after, clause)
    return None


# where a word says its clause as a restriction, not a statement: "an eardrum that is red",
# "for taxable income between ...", "people who quit"
_RESTRICTING_DEPS = frozenset(
    "relcl acl advcl prep pobj pcomp csubj amod compound nmod appos".split()
)


# forms of "be" and "have" the parser may leave without a lemma
_LINKING = frozenset("is are was were be been being am has have had".split())


def _stated(source: str, cue_at: int, suspect: str) -> bool:
    """Does the suspect say the "if" clause at ``cue_at`` of the source as a statement of its
    own? The clause's predicate (its verb; for "be" or "have", the word it links: "red" of
    "is red"; else its subject) is looked up in the suspect's parse, which must hang it from
    the sentence's root by no relative clause, modifier or preposition."""
    cue = next((t for t in parsed(source) if t.idx == cue_at), None)
    if cue is None or cue.dep_ != "mark":
        return False
    verb = cue.head
    heads = [verb]
    if verb.lemma_.lower() in _LIGHT_VERBS or verb.lower_ in _LINKING:
        heads = [c for c in verb.children if c.dep_ in ("acomp", "attr", "dobj")] or [
            c for c in verb.children if c.dep_ == "nsubj"
        ]
    wanted = {t.lower_[:5] for t in heads if t.is_alpha and len(t.text) > 2}
    for token in parsed(suspect):
        if token.lower_[:5] in wanted:
            path = [token, *token.ancestors]
            return not any(t.dep_ in _RESTRICTING_DEPS for t in path)
    return False


# what holds whatever the case: "whether or not the government rethinks", "regardless of
# whether the findings are confirmed", "even when the diagnosis is uncertain", "whichever
# printer you choose"
_UNCONDITIONAL = re.compile(
    r"\b(?:whether\s+or\s+not|(?:regardless|irrespective)\s+of\s+whether|"
    r"no\s+matter\s+(?:whether|if|which|what)|even\s+(?:if|when)|whichever|whatever)\b",
    re.IGNORECASE,
)
_RESTRICTING = re.compile(
    rf"{_CONDITION.pattern}|\b(?:only|specifically|just)\s+(?:when|if|where)\b[^.;]*",
    re.IGNORECASE,
)


# "determining whether or not they plan to": a question asked, not a case waived
_ASKED = re.compile(
    r"\b(?:determin|decid|know|knew|see|saw|ask|question|check|assess|wonder|unclear|clear|"
    r"sure|tell|told|find|found|learn|investigat|establish|confirm|verif|doubt)\w*\s+"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def _condition_waived(suspect: Sentence, sources: list[Sentence]) -> list[Change]:
    """A condition of the source said to hold whatever the case: "whether or not the
    government rethinks" where the source has "unless there was a government rethink",
    "regardless of whether the findings are confirmed" for "if the findings are confirmed".
    The suspect's words after its "whether or not" must be the condition's own (two content
    words of its first six). "Deciding whether or not to ..." asks, and waives nothing."""
    said = _UNCONDITIONAL.search(suspect.text)
    if said is None or _ASKED.search(suspect.text, 0, said.start()):
        return []
    waived = leading_stems(suspect.text[said.end() :], 6)
    for src in sources:
        if _UNCONDITIONAL.search(src.text):
            continue
        if (found := _condition_about(waived, src.text)) is not None:
            at, clause = found
            start = src.start + at
            return [
                Change(
                    "condition",
                    match_span(suspect.start, said),
                    Span(start, start + len(clause), clause),
                    f"the source's condition '{clause}' is said to hold whatever the "
                    f"case ('{said.group()}')",
                )
            ]
    return []


def _condition_about(wanted: Set[str], text: str) -> tuple[int, str] | None:
    """The first restricting condition of ``text`` about ``wanted`` (two of them among the
    first six content words after its cue): where it starts, and its clause up to a comma.
    A question's "what would happen if" supposes, and sets no condition."""
    for cond in _RESTRICTING.finditer(text):
        cue = re.match(r"[\w\s]+?(?=\s|$)", cond.group())
        rest = cond.group()[cue.end() :] if cue else cond.group()
        clause = re.split(r"[,;:]", cond.group())[0].rstrip()
        if len(wanted & leading_stems(rest, 6)) >= 2 and not clause.endswith("?"):
            return cond.start(), clause
    return None


def _condition_imposed(suspect: Sentence, sources: list[Sentence]) -> list[Change]:
    """The other way round: what the source says holds whatever the case ("even if the
    likelihood of completion is low") made a condition ("as long as the course is likely to
    be completed"). The suspect's condition must be about the same thing (two content words
    of its first six after the source's cue)."""
    if _UNCONDITIONAL.search(suspect.text):
        return []
    for src in sources:
        said = _UNCONDITIONAL.search(src.text)
        if said is None or _ASKED.search(src.text, 0, said.start()):
            continue
        whatever = leading_stems(src.text[said.end() :], 6)
        if (found := _condition_about(whatever, suspect.text)) is not None:
            at, clause = found
            start = suspect.start + at
            return [
                Change(
                    "condition",
                    Span(start, start + len(clause), clause),
                    match_span(src.start, said),
                    f"the source says it holds whatever the case ('{said.group()}'); "
                    f"the suspect makes it a condition ('{clause}')",
                )
            ]
    return []


# a condition said by inverting its verb: "... on their behalf should they become too ill",
# "had they known", "were it not for the rain", "Should it become a firm offer"; not a
# question ("what should they do?")
_INVERTED = re.compile(
    r"\b(?:(?:should|had)\s+(?:they|he|she|it|we|you|there)|were\s+(?:it|they|he|she|we|you)"
    r"\s+(?:not|to))\s+(?!\w+\s*\?)\w+",
    re.IGNORECASE,
)
# what may stand before a question's inverted verb: nothing, a quote, the end of a sentence
_QUESTION_OPENS = re.compile(r"(?:^|[.!?:;]|\b(?:and|but|or|so))[\s\"“‘'(]*$", re.IGNORECASE)
_WH_WORD = re.compile(r"\b(?:what|why|how|when|where|who|whom|which|whose)\s+$", re.IGNORECASE)


def _inverted(text: str) -> bool:
    """Does the text hold a condition said by inverting its verb ("should they become too
    ill", "had he known")? Not a question, which inverts its verb too: one that opens with
    it and runs to its question mark with no clause after a comma ("Should they become
    citizens?", "Were they to blame?"), or one after a question word ("What should they
    do with it?"). "What would happen, should they fall ill?" still holds a condition."""
    for m in _INVERTED.finditer(text):
        before = text[: m.start()]
        rest = re.match(r"[^.!?]*[.!?]?", text[m.start() :])
        asked = rest is not None and rest.group().endswith("?") and "," not in rest.group()
        if _WH_WORD.search(before) or asked and _QUESTION_OPENS.search(before):
            continue
        return True
    return False


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
        if len(stems(clause) - FUNCTION_STEMS) < 2:
            continue  # "If, as expected, ...": the clause has not begun
        if re.search(r"\bwas\b", clause):
            return None  # "If 2020 was a year of crisis, ...": a contrast, not a condition
        if (
            _opened_said(suspect_stems, source.text, comma.end())
            and not expresses(
                suspect_stems, clause, len(m.group(1)), window=TIGHT_WINDOW, share=TIGHT_SHARE
            )
            and not _said_as_restriction(suspect, source.text, m)
        ):
            start = source.start + m.start()
            return Span(start, start + len(clause), clause)
        return None
    return None


# verbs that say little of their own ("there would be 10,000 fewer" is "will mean 10,000
# fewer"): the condition's clause is judged by its other words
_LIGHT_VERBS = frozenset("be have do get make mean".split())


def _conditioned_said(text: str, cond: re.Match[str], suspect_stems: Set[str]) -> bool:
    """Does the suspect say the verb the condition hangs from (by spaCy's parse: the verb
    its clause qualifies)? "After lung cancer, colon cancer is the second-leading cause"
    restates the other half of "The second-leading cause ... after lung cancer, colon cancer
    can be prevented if polyps are removed" and drops no condition: it never says "prevented".
    True where the parse names no such verb."""
    cue = next((t for t in parsed(text) if t.idx == cond.start()), None)
    if cue is None or cue.dep_ != "mark" or cue.head.dep_ != "advcl":
        return True
    verb = cue.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in _LIGHT_VERBS:
        return True
    # the verb and the verbs it carries ("would continue recommending DHA": "keep
    # recommending" says it)
    verbs = [
        verb,
        *(c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c is not cue.head),
    ]
    return any((_inflections(v.text) | _inflections(v.lemma_)) & suspect_stems for v in verbs)


def _opened_said(suspect_stems: Set[str], source: str, at: int) -> bool:
    """Does the suspect say the clause an opening condition qualifies, which starts at
    ``at``? Up to its comma, when that holds two content words or more: "According to draft
    advice" does not say "If they are at high risk, they're doing the right thing, according
    to draft advice"."""
    main = re.split(r"[,;]", source[at:], maxsplit=1)[0]
    if len(stems(main) - FUNCTION_STEMS) >= 2:
        return expresses(suspect_stems, main, 0)
    return expresses(suspect_stems, source, at)


def _said_as_restriction(suspect: str, source: str, cond: re.Match[str]) -> bool:
    """Does the suspect say the condition as a restriction on whom it concerns ("weekend
    warriors who also met the target saw benefits" for "... saw benefits if they met the
    target")? The condition's verb (by spaCy's parse of the source) is in a restrictive
    relative clause of the suspect (no comma before it)."""
    cue = next((t for t in parsed(source) if t.idx == cond.start()), None)
    if cue is None or cue.dep_ != "mark" or cue.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = cue.head
    if verb.lemma_.lower() in _LIGHT_VERBS:
        return False
    wanted = _inflections(verb.text) | _inflections(verb.lemma_)
    doc = parsed(suspect)
    return any(
        wanted & {t.lower_[:5] for t in token.subtree}
        for token in doc
        # restrictive: "the cycle, which runs until March" states it as a fact
        if token.dep_ == "relcl" and doc[max(token.left_edge.i - 1, 0)].text != ","
    )


_WOULD = re.compile(r"\bwould\b|\bwouldn['’]t\b|['’]d\s+(?:be|mean|have)\b", re.IGNORECASE)


def _hypothetical_said_as_condition(cond: re.Match[str], sources: list[Sentence]) -> bool:
    """Is an added condition the case a source sentence puts hypothetically ("Applications
    would be rejected in the event of a positive test" for "A positive test would mean
    applications being turned down")? That source sentence holds a "would", the mood of a
    consequence whose case goes unsaid, and most of the condition's content words."""
    clause = re.split(r"[,;]", cond.group()[len(cond.group(1)) :], maxsplit=1)[0]
    wanted = stems(clause) - FUNCTION_STEMS
    return len(wanted) >= 2 and any(
        _WOULD.search(s.text) and len(wanted & stems(s.text)) >= 0.6 * len(wanted) for s in sources
    )


def _inflections(verb: str) -> set[str]:
    """The stems (``text.stems``) of a verb's inflected forms: "faces" and "faced" say "face",
    though a short verb's five-letter stem differs from theirs."""
    verb = verb.lower()
    return {(verb + ending)[:5] for ending in ("", "s", "es", "d", "ed", "ing")} if verb else set()


def _condition(text: str) -> re.Match[str] | None:
    """The first conditional clause ("if", "unless", ...) that is not a question's "if", a
    comparison's "as if" ("as if they need his approval": how, not on what condition) nor a
    rhetorical "if that wasn't enough" (more to come, on no condition)."""
    for match in _CONDITION.finditer(text):
        if (
            _QUESTION_IF.search(text, 0, match.start())
            or _AS_IF.search(text, 0, match.start())
            or RHETORICAL_IF.match(text, match.start())
        ):
            continue
        return match
    return None


_AS_IF = re.compile(r"\bas\s+$", re.IGNORECASE)

# "if his side are to have any chance": what must happen for something to follow
_BE_TO = re.compile(r"if\s+(?:[\w'’-]+\s+){1,4}?(?:is|are|was|were|am)\s+to\s+", re.IGNORECASE)
# a purpose: "to" before a verb, not a place or a thing ("to the shops", "to his side")
_PURPOSE = re.compile(
    r"\b(?:in\s+order\s+to|so\s+as\s+to|so\s+that|"
    r"to(?!\s+(?:the|a|an|his|her|their|its|this|that|these|those|my|our|your)\b))\s+[^.;]*",
    re.IGNORECASE,
)


def _purpose_said_as_condition(cond: re.Match[str], sources: list[Sentence]) -> bool:
    """Is an added "if X is to ..." the source's purpose said the other way ("must recall
    him if his side are to have any chance" for "must recall him to give his side any
    chance")? It names what something is needed for, not a case in which it holds."""
    be_to = _BE_TO.match(cond.group())
    if be_to is None:
        return False
    wanted = stems(cond.group()[be_to.end() :]) - FUNCTION_STEMS
    return bool(wanted) and any(
        len(wanted & stems(m.group())) >= 0.5 * len(wanted)
        for s in sources
        for m in _PURPOSE.finditer(s.text)
    )


def _condition_elsewhere(cond: re.Match[str], source_text: str) -> bool:
    """Does the source state this condition in a sentence the alignment did not pair (a
    rewrite that merges two source sentences)? Same cue, and a content word of the clause."""
    cue = " ".join(cond.group(1).lower().split())
    wanted = stems(cond.group()[len(cond.group(1)) :]) - FUNCTION_STEMS
    for match in _CONDITION.finditer(source_text):
        shared = wanted & stems(match.group())
        if " ".join(match.group(1).lower().split()) == cue and len(shared) >= 0.5 * len(wanted):
            return True
    return False
