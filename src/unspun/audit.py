"""The audit: label every suspect sentence, type what changed, list what was left out.

Given an alignment of suspect sentences to source sentences:

- an aligned sentence is ``supported`` unless a typed change is found against its source
  sentence(s), then ``altered``; each change carries the suspect words and the source words;
- an unaligned sentence is ``added`` and typed: ``camera_line`` (image-generator residue),
  ``caption`` (an invented photo caption), ``filler`` (editorial padding),
  ``fabricated_quote`` (quoted speech) or ``fabricated_fact``;
- every source sentence the suspect does not draw on is ``omitted``, and so is every
  attribution ("according to ...", "... said") dropped from a sentence it did draw on.

Changes come from the text: spaCy entities for who/where/when/how-many, word patterns for
direction (from/to, buy/sell), negation, hedging, conditions and attribution. None of it
knows any particular article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .align import Alignment, AlignOptions
from .documents import Sentence
from .results import AddedType, Change, ChangeType, Finding, Omission, OmissionKind, Span

__all__ = [
    "AuditOptions",
    "EntityTagger",
    "added_type",
    "audit_sentences",
    "find_changes",
    "find_omissions",
]


@dataclass(frozen=True)
class AuditOptions:
    """Thresholds for the labels; like alignment, fitted on data other than the test cases."""

    # On the similarity scale of align.similarity_matrix (containment-based, see
    # scripts/fit_alignment.py): near-verbatim is about 0.88, a close paraphrase about 0.66.
    keep_caption_similarity: float = 0.88  # a caption this close to a source line was kept
    filler_max_similarity: float = 0.66  # padding phrases below this are filler, not facts


# --- added sentences ---------------------------------------------------------------------

CAMERA_LINE = re.compile(
    r"\b(taken|shot|captured|photographed)\s+(with|on|using)\s+an?\s+[^.]{1,60}?"
    r"\b(camera|lens|dslr|mirrorless)\b|\b(canon|nikon|sony alpha|fujifilm|leica|hasselblad)"
    r"\b[^.]{0,30}\bcamera\b",
    re.IGNORECASE,
)
CAPTION_START = re.compile(
    r"^\s*((a|an|the)\s+(\w+\s+)?(photo|photograph|image|picture|snapshot|shot|still|"
    r"illustration|file photo)\s+(of|shows|showing|capturing|depicting|taken)\b|"
    r"(photo|image|picture|pictured|caption|above|below)\s*[:\-–]|pictured\b|"
    r"(an?\s+)?(image|photo|picture)\s+(capturing|showing|depicting)\b)",
    re.IGNORECASE,
)
FILLER = re.compile(
    r"\b(it\s+remains\s+to\s+be\s+seen|only\s+time\s+will\s+tell|time\s+will\s+tell|"
    r"given\s+the\s+(gravity|seriousness|significance|importance)|"
    r"it\s+is\s+(crucial|essential|important|vital|imperative|worth\s+noting)|"
    r"(raises?|raising)\s+(significant|serious|important|grave)?\s*(concerns|questions)|"
    r"(significant|far-reaching|profound|major|serious|geopolitical)\s+(geopolitical\s+)?"
    r"(implications|consequences|ramifications)|closely\s+monitor|"
    r"as\s+the\s+situation\s+(unfolds|develops|evolves)|stay\s+tuned|in\s+conclusion|"
    r"all\s+eyes\s+(are|will\s+be)\s+on|the\s+world\s+(is\s+)?watch(es|ing)|"
    r"needless\s+to\s+say|one\s+thing\s+is\s+(certain|clear)|serves?\s+as\s+a\s+reminder|"
    r"underscores?\s+the\s+(need|importance)|highlights?\s+the\s+(need|importance)|"
    r"(implications|consequences)\s+for\s+(global|regional|international)|"
    r"balance\s+of\s+power|in\s+the\s+(days|weeks|months)\s+(ahead|to\s+come)|"
    r"how\s+the\s+international\s+community\s+will|remains\s+unclear\s+how|"
    r"let\s+us\s+know\s+in\s+the\s+comments|what\s+do\s+you\s+think)\b",
    re.IGNORECASE,
)
QUOTE = re.compile(r"[\"“][^\"”]{12,}[\"”]|(?<!\w)['‘][^'’]{20,}['’](?!\w)")


def added_type(sentence: Sentence) -> AddedType:
    """Why a sentence with no source counterpart is there."""
    text = sentence.text
    if CAMERA_LINE.search(text):
        return "camera_line"
    if sentence.role == "caption" or CAPTION_START.match(text):
        return "caption"
    if FILLER.search(text):
        return "filler"
    if QUOTE.search(text):
        return "fabricated_quote"
    return "fabricated_fact"


# --- typed changes -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Ent:
    start: int
    end: int
    text: str
    label: str


_KIND = {
    "PERSON": "entity",
    "ORG": "entity",
    "NORP": "entity",
    "GPE": "location",
    "LOC": "location",
    "FAC": "location",
    "DATE": "date",
    "TIME": "date",
    "CARDINAL": "number",
    "MONEY": "number",
    "PERCENT": "number",
    "QUANTITY": "number",
}
_NUMBER_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "twenty": "20",
    "hundred": "100",
    "thousand": "1000",
    "million": "1000000",
    "billion": "1000000000",
}
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")  # "3,000" and "11.9" stay whole


def _key(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.lower()).strip()


def _numbers(text: str) -> set[str]:
    found = {d.replace(",", "") for d in _DIGITS.findall(text)}
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in _NUMBER_WORDS:
            found.add(_NUMBER_WORDS[word])
    return found


class EntityTagger:
    """spaCy entities per sentence, tagged in one batch and remembered.

    Tagging only the sentences that are compared (not whole articles) keeps the audit
    inside its time budget.
    """

    def __init__(self, nlp: Any) -> None:
        self._nlp = nlp
        self._cache: dict[tuple[str, int], list[_Ent]] = {}

    def prepare(self, sentences: Iterable[Sentence]) -> None:
        todo = [s for s in sentences if (s.article_id, s.index) not in self._cache]
        todo = list({(s.article_id, s.index): s for s in todo}.values())
        if self._nlp is None:
            for s in todo:
                self._cache[(s.article_id, s.index)] = []
            return
        for sentence, doc in zip(todo, self._nlp.pipe([s.text for s in todo]), strict=True):
            self._cache[(sentence.article_id, sentence.index)] = [
                _Ent(sentence.start + e.start_char, sentence.start + e.end_char, e.text, e.label_)
                for e in doc.ents
                if e.label_ in _KIND
            ]

    def __call__(self, sentence: Sentence) -> list[_Ent]:
        key = (sentence.article_id, sentence.index)
        if key not in self._cache:
            self.prepare([sentence])
        return self._cache[key]


@dataclass(frozen=True)
class _Text:
    """A text in the forms entity matching compares: words, stems and figures."""

    key: str
    stems: frozenset[str]
    numbers: frozenset[str]

    @classmethod
    def of(cls, text: str) -> _Text:
        return cls(_key(text), frozenset(_stems(text)), frozenset(_numbers(text)))


def _mentioned(ent: _Ent, other: _Text) -> bool:
    """Is this entity (or a recognisable form of it) in the other text?"""
    kind = _KIND[ent.label]
    if kind in ("number", "date"):
        numbers = _numbers(ent.text)
        if numbers:
            return numbers <= other.numbers
        words = [w for w in _key(ent.text).split() if len(w) > 2]
        return all(w[:5] in other.stems for w in words) if words else True
    key = _key(ent.text)
    if f" {key} " in f" {other.key} ":
        return True
    words = [w for w in key.split() if len(w) > 2 and w not in ("the", "and")]
    return bool(words) and any(w[:5] in other.stems for w in words[-1:] + words[:1])


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"\w+", text.lower()) if len(w) > 2}


_DIRECTION_PREP = re.compile(
    r"\b(from|out of|to|into|towards?|for)\s+((?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})"
)
_PREP_CLASS = {
    "from": "from",
    "out of": "from",
    "to": "to",
    "into": "to",
    "toward": "to",
    "towards": "to",
    "for": "to",
}
_ANTONYMS = [
    ("buy", "sell"),
    ("bought", "sold"),
    ("buyer", "seller"),
    ("import", "export"),
    ("win", "lose"),
    ("won", "lost"),
    ("winner", "loser"),
    ("lend", "borrow"),
    ("lent", "borrowed"),
    ("give", "receive"),
    ("gave", "received"),
    ("send", "receive"),
    ("sent", "received"),
    ("increase", "decrease"),
    ("rise", "fall"),
    ("rose", "fell"),
    ("raise", "cut"),
    ("higher", "lower"),
    ("more", "fewer"),
    ("gain", "loss"),
    ("attack", "defend"),
    ("acquit", "convict"),
    ("approve", "reject"),
    ("approved", "rejected"),
    ("support", "oppose"),
    ("supported", "opposed"),
]
_NEGATION = re.compile(
    r"\b(not|no|never|none|neither|nor|without|cannot|n't|denied|denies|deny|refused|"
    r"refuses|false|unable|failed to|fails to|lack of|nobody|nothing|rather than|"
    r"instead of)\b|n't\b",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    r"\b(may|might|could|possibly|possible|possibility|probably|probable|likely|likelihood|"
    r"unlikely|reportedly|allegedly|purportedly|apparently|suspects?|suspected|speculates?|"
    r"speculated|believed|believes|thought\s+to|appears?\s+to|seems?\s+to|considering|"
    r"considers?|plans?\s+to|expected\s+to|would|potential|potentially|suggests?|suggested|"
    r"unconfirmed|rumou?red|(?:claims?|claimed)\s+(?:that|to)|alleged)\b",
    re.IGNORECASE,
)
_CERTAIN = re.compile(
    r"\b(will|confirmed|confirms|definitely|certainly|clearly|proved|proven|undeniably|"
    r"is\s+set\s+to|has\s+been\s+confirmed)\b",
    re.IGNORECASE,
)
_CONDITION = re.compile(
    r"\b(if|unless|provided\s+that|as\s+long\s+as|in\s+case|only\s+when|on\s+condition)\b"
    r"[^.;]*",
    re.IGNORECASE,
)
ATTRIBUTION = re.compile(
    r"(,\s*)?\baccording\s+to\s+[^,.;]+|"
    r"(,\s*)?\b(as\s+)?(reported|announced|stated|confirmed)\s+by\s+[^,.;]+|"
    r"[,]\s*(?:[A-Z][\w.'’-]*\s*){1,5}\s+(said|says|told\s+\w+|added|reported)\b[^.;]*",
)


def _span(base: int, match: re.Match[str], group: int = 0) -> tuple[int, int, str]:
    return base + match.start(group), base + match.end(group), match.group(group)


def find_changes(
    suspect: Sentence,
    sources: list[Sentence],
    *,
    tagger: EntityTagger,
    source_text: str,
) -> list[Change]:
    """Typed differences between a suspect sentence and the source sentences it draws on."""
    changes: list[Change] = []
    joined = " ".join(s.text for s in sources)
    article = _Text.of(source_text)
    suspect_text = _Text.of(suspect.text)
    suspect_stems = set(suspect_text.stems)

    # who, where, when, how many: something the source never says, against what it says here
    s_ents = tagger(suspect)
    t_ents = [e for s in sources for e in tagger(s)]
    seen_types: set[str] = set()
    for ent in s_ents:
        kind = _KIND[ent.label]
        if _mentioned(ent, article):
            continue
        rivals = [t for t in t_ents if _KIND[t.label] == kind and not _mentioned(t, suspect_text)]
        if kind in seen_types:
            continue
        seen_types.add(kind)
        rival = rivals[0] if rivals else None
        changes.append(
            Change(
                type=kind,  # type: ignore[arg-type]
                suspect=Span(ent.start, ent.end, ent.text),
                source=Span(rival.start, rival.end, rival.text) if rival else None,
                explanation=(
                    f"'{ent.text}' where the source has '{rival.text}'"
                    if rival
                    else f"'{ent.text}' does not appear in the source"
                ),
            )
        )

    # direction: the same party on the other side of from/to, or a verb turned around
    changes.extend(_direction_changes(suspect, sources))
    if suspect.role == "headline":
        # headlines are telegraphic: dropping a hedge or a clause there is compression
        return changes

    # negation: a claim flipped
    s_neg = _NEGATION.search(suspect.text)
    t_neg = [(s, m) for s in sources for m in [_NEGATION.search(s.text)] if m]
    source_stems = _stems(joined)
    if s_neg and not t_neg and not _expresses(source_stems, suspect.text, s_neg.end()):
        s_neg = None  # the suspect negates something the source does not say at all
    t_neg_scoped = [(s, m) for s, m in t_neg if _expresses(suspect_stems, s.text, m.end())]
    if not s_neg and not t_neg_scoped:
        t_neg = []
    if bool(s_neg) != bool(t_neg):
        if s_neg:
            changes.append(
                Change(
                    "negation",
                    Span(*_span(suspect.start, s_neg)),
                    None,
                    f"suspect negates ('{s_neg.group()}'); the source does not",
                )
            )
        else:
            src, m = t_neg[0]
            changes.append(
                Change(
                    "negation",
                    None,
                    Span(*_span(src.start, m)),
                    f"the source's '{m.group()}' is gone",
                )
            )

    # hedging: certainty raised ("may" became "will", "probably" became fact)
    t_hedge = [(s, m) for s in sources for m in [_HEDGE.search(s.text)] if m]
    s_hedge = _HEDGE.search(suspect.text)
    s_certain = _CERTAIN.search(suspect.text)
    t_hedge = [(src, m) for src, m in t_hedge if _expresses(suspect_stems, src.text, m.end())]
    if t_hedge and (not s_hedge or (s_certain and not _CERTAIN.search(joined))):
        src, m = t_hedge[0]
        changes.append(
            Change(
                "hedging",
                Span(*_span(suspect.start, s_certain)) if s_certain else None,
                Span(*_span(src.start, m)),
                f"the source hedges ('{m.group()}'); the suspect states it as certain",
            )
        )

    # condition: an "if"/"unless" dropped or added
    t_cond = [
        (s, m)
        for s in sources
        for m in [_CONDITION.search(s.text)]
        if m and _expresses(suspect_stems, s.text[: m.start()], _clause_start(s.text, m.start()))
    ]
    s_cond = _CONDITION.search(suspect.text)
    if t_cond and not s_cond:
        src, m = t_cond[0]
        changes.append(
            Change(
                "condition",
                None,
                Span(*_span(src.start, m)),
                f"the source's condition '{m.group().strip()}' is dropped",
            )
        )
    elif s_cond and not t_cond:
        changes.append(
            Change(
                "condition",
                Span(*_span(suspect.start, s_cond)),
                None,
                "the suspect adds a condition the source does not have",
            )
        )

    # attribution: a different party named as the one who said it
    s_attr = _attributor(suspect.text)
    t_attr = [(s, a) for s in sources for a in [_attributor(s.text)] if a]
    if s_attr and t_attr:
        src, (t_start, t_end, t_words) = t_attr[0]
        a_start, a_end, a_words = s_attr
        if not _stems(a_words) & _stems(t_words) and not _stems(a_words) <= article.stems:
            changes.append(
                Change(
                    "attribution",
                    Span(suspect.start + a_start, suspect.start + a_end, a_words),
                    Span(src.start + t_start, src.start + t_end, t_words),
                    f"attributed to '{a_words}' where the source says '{t_words}'",
                )
            )
    return changes


def _expresses(suspect_stems: set[str], source_text: str, at: int, window: int = 10) -> bool:
    """Does the suspect carry the proposition that follows a cue in the source?

    A hedge or condition qualifies the words after it; a suspect sentence that only shares
    another part of the source sentence did not drop the qualifier.
    """
    words = [w[:5] for w in re.findall(r"\w+", source_text[at:].lower()) if len(w) > 3]
    words = [w for w in words if w not in _FUNCTION_STEMS][:window]
    if not words:
        return False
    return sum(w in suspect_stems for w in words) >= 0.5 * len(words)


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


def _clause_start(text: str, cue: int) -> int:
    """Start of the clause a condition qualifies: the words just before the cue."""
    before = text[:cue]
    cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"))
    return cut + 1 if cut >= 0 and cue - cut > 30 else max(0, cue - 120)


def _attributor(text: str) -> tuple[int, int, str] | None:
    m = re.search(r"\baccording\s+to\s+([^,.;]+)", text, re.IGNORECASE)
    if m:
        return m.start(1), m.end(1), m.group(1)
    return None


def _direction_changes(suspect: Sentence, sources: list[Sentence]) -> list[Change]:
    out: list[Change] = []
    s_dirs = {
        _key(m.group(2)): (m, _PREP_CLASS[m.group(1).lower()])
        for m in _DIRECTION_PREP.finditer(suspect.text)
    }
    for src in sources:
        for m in _DIRECTION_PREP.finditer(src.text):
            party = _key(m.group(2))
            if party in s_dirs:
                s_match, s_class = s_dirs[party]
                t_class = _PREP_CLASS[m.group(1).lower()]
                if s_class != t_class and "for" not in (
                    s_match.group(1).lower(),
                    m.group(1).lower(),
                ):
                    out.append(
                        Change(
                            "direction",
                            Span(*_span(suspect.start, s_match)),
                            Span(*_span(src.start, m)),
                            f"'{s_match.group()}' where the source has '{m.group()}'",
                        )
                    )
                    return out
    s_words = set(re.findall(r"[a-z]+", suspect.text.lower()))
    for src in sources:
        t_words = set(re.findall(r"[a-z]+", src.text.lower()))
        for a, b in _ANTONYMS:
            for x, y in ((a, b), (b, a)):
                if x in s_words and y in t_words and x not in t_words and y not in s_words:
                    sm = re.search(rf"\b{x}\b", suspect.text, re.IGNORECASE)
                    tm = re.search(rf"\b{y}\b", src.text, re.IGNORECASE)
                    if sm and tm:
                        out.append(
                            Change(
                                "direction",
                                Span(*_span(suspect.start, sm)),
                                Span(*_span(src.start, tm)),
                                f"'{sm.group()}' where the source has '{tm.group()}'",
                            )
                        )
                        return out
    return out


# --- sentence labels ---------------------------------------------------------------------

_METADATA_ROLES = ("dateline", "byline", "credit")


def audit_sentences(
    suspect: list[Sentence],
    alignment: Alignment,
    source_sentences: list[Sentence],
    source_id: str,
    *,
    tagger: EntityTagger,
    source_text: str,
    options: AuditOptions | None = None,
) -> list[Finding]:
    """One Finding per suspect sentence against one source."""
    options = options or AuditOptions()
    tagger.prepare(
        [s for s, m in zip(suspect, alignment.matches, strict=True) if m is not None]
        + [
            source_sentences[j]
            for m in alignment.matches
            if m is not None
            for j in m.source_indices
        ]
    )
    findings: list[Finding] = []
    for sentence, match in zip(suspect, alignment.matches, strict=True):
        similarity = float(alignment.best[sentence.index]) if len(alignment.best) else 0.0
        kind = added_type(sentence)
        forced_added = (
            kind in ("camera_line", "caption") and similarity < options.keep_caption_similarity
        ) or (
            kind == "filler"
            and sentence.role != "headline"  # a headline's "raises concerns" is style
            and similarity < options.filler_max_similarity
        )
        if match is None or forced_added:
            findings.append(_added(sentence, similarity, kind))
            continue
        sources = [source_sentences[j] for j in match.source_indices]
        changes = (
            []
            if sentence.role in _METADATA_ROLES
            else find_changes(
                sentence,
                sources,
                tagger=tagger,
                source_text=source_text,
            )
        )
        findings.append(
            Finding(
                index=sentence.index,
                start=sentence.start,
                end=sentence.end,
                text=sentence.text,
                role=sentence.role,
                label="altered" if changes else "supported",
                similarity=round(similarity, 4),
                source_id=source_id,
                source_sentences=tuple(Span(s.start, s.end, s.text) for s in sources),
                source_indices=match.source_indices,
                changes=tuple(changes),
            )
        )
    return findings


def _added(sentence: Sentence, similarity: float, kind: AddedType) -> Finding:
    metadata = sentence.role in _METADATA_ROLES
    return Finding(
        index=sentence.index,
        start=sentence.start,
        end=sentence.end,
        text=sentence.text,
        role=sentence.role,
        label="added",
        similarity=round(similarity, 4),
        added_type=None if metadata else kind,
        note="metadata line" if metadata else "",
    )


# --- omissions ---------------------------------------------------------------------------

_SAY_WORDS = {"accor", "said", "says", "added", "told", "repor", "state", "annou", "confi"}
_OMISSION_KIND: dict[str, OmissionKind] = {
    "credit": "credit",
    "byline": "byline",
    "dateline": "dateline",
}


def find_omissions(
    source_id: str,
    source_sentences: list[Sentence],
    used: Iterable[int],
    findings: list[Finding],
    suspect_text: str,
) -> list[Omission]:
    """Source sentences the suspect never draws on, and attributions it dropped."""
    used_set = set(used)
    suspect_stems = _stems(suspect_text)
    omissions: list[Omission] = []
    for sentence in source_sentences:
        if sentence.index not in used_set:
            omissions.append(
                Omission(
                    source_id,
                    sentence.index,
                    sentence.start,
                    sentence.end,
                    sentence.text,
                    _OMISSION_KIND.get(sentence.role, "content"),
                )
            )
        # attributions are called out on their own, whether the sentence went or stayed
        for m in ATTRIBUTION.finditer(sentence.text):
            phrase = m.group().lstrip(", ").strip()
            names = [w for w in re.findall(r"[A-Z][\w’'-]*", phrase)[1:] if len(w) > 2]
            if names:  # the named party, e.g. the agency in "according to Russia's Tass"
                words = {re.sub(r"[’'].*$", "", names[-1]).lower()[:5]}
            else:
                words = {w[:5] for w in re.findall(r"[a-z]{4,}", phrase.lower())} - _SAY_WORDS
            if words and not words <= suspect_stems:
                start = sentence.start + m.start() + (len(m.group()) - len(m.group().lstrip(", ")))
                omissions.append(
                    Omission(
                        source_id,
                        sentence.index,
                        start,
                        start + len(phrase),
                        phrase,
                        "attribution",
                    )
                )
    omissions.sort(key=lambda o: (o.index, o.start, o.kind == "attribution"))
    return omissions


def used_source_sentences(alignment: Alignment, options: AlignOptions) -> set[int]:
    """Source sentences the suspect draws on: aligned, or as close as an aligned one."""
    used = set(alignment.used_source)
    if alignment.matrix.size:
        used |= {int(j) for j in (alignment.matrix.max(axis=0) >= options.match).nonzero()[0]}
    return used


def change_types(findings: Iterable[Finding]) -> set[ChangeType]:
    return {c.type for f in findings for c in f.changes}
