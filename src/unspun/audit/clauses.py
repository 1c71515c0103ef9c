"""What a qualifier governs, and whether a suspect sentence carries it.

A hedge, negation or condition qualifies the words after it and the subject just before it;
a suspect sentence that shares only another part of a long source sentence dropped nothing.
Shared by the negation, hedging, condition and attribution checks.
"""

from __future__ import annotations

import re
from collections.abc import Set

__all__ = [
    "FUNCTION_STEMS",
    "RHETORICAL_IF",
    "TIGHT_SHARE",
    "TIGHT_WINDOW",
    "clause_rest",
    "clause_start",
    "closely_carried",
    "expresses",
    "expresses_around",
    "expresses_before",
    "leading_stems",
    "short_claim_carried",
]


# the words right after a cue, most of them kept
TIGHT_WINDOW = 6
TIGHT_SHARE = 0.6


FUNCTION_STEMS = {
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


# "And if that wasn't enough, she left with the cash": a rhetorical "there is more", which
# neither denies nor conditions what follows. In the past tense always; in the present only
# when said at the reader ("if that's not enough to make your blood boil"), since "if that is
# not enough, the council will raise taxes" is a condition.
RHETORICAL_IF = re.compile(
    r"\bif\s+(?:all\s+(?:of\s+)?)?(?:that|this|these|those|it)"
    r"(?:\s+(?:was|were)(?:n['’]t|\s+not)(?:\s+[a-z]+)?\s+enough\b|"
    r"(?:['’]s\s+not|\s+(?:is|are)(?:n['’]t|\s+not))(?:\s+[a-z]+)?\s+enough\s+to\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:you|your)\b)",
    re.IGNORECASE,
)


# where the words a cue governs end: the sentence's end, a dash, or a comma before a new
# clause ("will not be allowed to be removed, as every president is allowed to ...", "..., and
# said he would not apologise")
_CLAUSE_END = re.compile(
    r"[.;!?]\s|[.;!?]$|\s[-–—]\s|\)|"
    r",\s+(?:as(?!\s+(?:well|much|many|long|far|soon|of|part|such)\b)|because|while|whereas|but|"
    r"since|although|though)\s|"
    # a second statement of the same speaker: "may have been offensive, and said he would not"
    r",\s+and\s+(?:said|says|added|adds|told|tells|insisted|insists)\s"
)


def clause_rest(text: str, at: int) -> str:
    """The words of ``text`` from ``at`` to the end of their clause, past any aside in
    commas ("that Mr Ebbers, 63, directed ...")."""
    return _CLAUSE_END.split(text[at:], maxsplit=1)[0]


def _content_prefixes(text: str) -> list[str]:
    """The first five letters of each content word of ``text`` (longer than three letters,
    no function word), in order: the form in which clauses are compared."""
    words = [w[:5] for w in re.findall(r"\w+", text.lower()) if len(w) > 3]
    return [w for w in words if w not in FUNCTION_STEMS]


def _subject_before(text: str, start: int) -> list[str]:
    """The last few content words before ``start`` in its clause: what a cue there
    qualifies."""
    return _content_prefixes(text[clause_start(text, start) : start])[-4:]


def expresses(
    suspect_stems: Set[str], source_text: str, at: int, window: int = 10, share: float = 0.5
) -> bool:
    """Does the suspect carry the proposition that follows a cue in the source?

    A hedge or condition qualifies the words after it; a suspect sentence that only shares
    another part of the source sentence did not drop the qualifier.
    """
    rest = clause_rest(source_text, at)
    words = _content_prefixes(rest)[:window]
    if len(words) < 2:  # a cue with nothing after it in its own clause qualifies nothing
        return False
    return sum(_carried(w, suspect_stems) for w in words) >= share * len(words)


def _carried(stem: str, suspect_stems: Set[str]) -> bool:
    """Is this word's stem among the suspect's, give or take the inflection a word of four
    letters keeps in its stem ("face" and "faces", "rise" and "rises")?"""
    return (
        stem in suspect_stems
        or len(stem) == 4
        and bool({f"{stem}s", f"{stem}d"} & suspect_stems)  # "rules", "ruled" for "rule"
        or len(stem) == 5
        and stem.endswith("s")
        and stem[:4] in suspect_stems
    )


def clause_start(text: str, cue: int) -> int:
    """Start of the clause a condition qualifies: the words just before the cue."""
    before = text[:cue]
    stops = [m.end() - 2 for m in re.finditer(r"[.?!][\"'”’)]*\s", before)]
    stop = stops[-1] if stops else -1
    cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"))
    start = cut + 1 if cut >= 0 and cue - cut > 30 else max(0, cue - 120)
    return max(start, stop + 2 if stop >= 0 else 0)


def expresses_around(
    suspect_stems: Set[str], text: str, start: int, end: int, share: float = TIGHT_SHARE
) -> bool:
    """Does the suspect carry the words on both sides of a cue in the source?

    After the cue: the qualified proposition (see ``expresses``). Before it, within its
    sentence: the subject it qualifies; when the suspect shares none of the few content
    words just before the cue, it drew on another part of a long source sentence.
    """
    if not expresses(suspect_stems, text, end, window=TIGHT_WINDOW, share=share):
        return False
    words = _subject_before(text, start)
    return (
        len(words) < 2
        or any(w in suspect_stems for w in words)
        # "the results suggest" and "the findings show" name one subject
        or bool(_EVIDENCE & set(words) and _EVIDENCE & suspect_stems)
    )


def short_claim_carried(suspect_stems: Set[str], text: str, start: int, end: int) -> bool:
    """Does the suspect carry a claim a cue qualifies with one word ("the drug was not
    approved", "the plan has yet to be confirmed"): that word, and at least two of the few
    content words of the subject before the cue? ``expresses`` needs two words after a cue;
    this is the sentence-final predicate it leaves out."""
    after = _content_prefixes(clause_rest(text, end))
    if len(after) != 1 or not _carried(after[0], suspect_stems):
        return False
    return sum(_carried(w, suspect_stems) for w in _subject_before(text, start)) >= 2


def expresses_before(
    suspect_stems: Set[str], text: str, start: int, end: int, share: float = TIGHT_SHARE
) -> bool:
    """Does the suspect carry what a cue that closes its sentence qualifies: the clause
    before the cue's own subject ("Bans led to fewer heart attacks, a new study suggests.")?
    False for a cue with words after it, or with no clause before it."""
    if re.search(r"\w", text[end:]):
        return False
    cut = text.rfind(",", 0, start)
    if cut < 0:
        return False
    words = _content_prefixes(text[:cut])[-2 * TIGHT_WINDOW :]
    if len(words) < 2:
        return False
    return sum(_carried(w, suspect_stems) for w in words) >= share * len(words)


# words for what a study found, one subject whichever is used
_EVIDENCE = frozenset({"resul", "findi", "data", "study", "studi", "resea", "evide", "trial"})


# a source clause "closely carried" by a clause of the suspect: nearly all its content words
# there, and the suspect clause little besides them
CLOSE_SOURCE_SHARE = 0.85
CLOSE_SUSPECT_SHARE = 0.85
_CLAUSE_CUT = re.compile(
    r"[,;:()]|\s[-–—]\s|\s(?:and|but|while|whereas|although|though|because|adding|which)\s"
)


def _clauses(text: str) -> list[tuple[int, str]]:
    out, start = [], 0
    for m in _CLAUSE_CUT.finditer(text):
        out.append((start, text[start : m.start()]))
        start = m.end()
    out.append((start, text[start:]))
    return out


def _content(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 3} - FUNCTION_STEMS


def closely_carried(suspect_text: str, source_text: str, at: int, cue: str) -> bool:
    """Does one clause of the suspect say the source clause around ``at`` nearly word for word
    (its qualifier ``cue`` aside)? Then a qualifier the suspect drops there is dropped, however
    loosely the rest of the sentence follows its source."""
    clause = next((c for start, c in reversed(_clauses(source_text)) if start <= at), source_text)
    words = _content(clause) - _content(cue)
    if len(words) < 3:
        return False
    for _, mine in _clauses(suspect_text):
        said = _content(mine)
        shared = sum(_carried(w, said) for w in words)
        if shared >= CLOSE_SOURCE_SHARE * len(words) and len(said & words) >= (
            CLOSE_SUSPECT_SHARE * len(said)
        ):
            return True
    return False


def leading_stems(text: str, count: int) -> set[str]:
    """Stems of the first ``count`` content words of the clause ``text`` opens (function
    words and words of three letters or fewer aside): what a cue just before it governs."""
    clause = re.split(r"[,;:.]\s", text)[0]
    words = [w[:5] for w in re.findall(r"[a-z]+", clause.lower()) if len(w) > 3]
    return set([w for w in words if w not in FUNCTION_STEMS][:count])
