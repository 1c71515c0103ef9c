"""Sentence labels: supported, altered or added, from an alignment and its changes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from ..align import Alignment, SentenceMatch, content_stems
from ..documents import STOPWORDS, Sentence, normalise
from ..results import AddedType, ChangeType, Finding, Span
from .added import CAPTION_START, CLAIM_FRAME, EMPHASIS, FILLER, QUOTE, added_type, padding
from .changes import find_changes
from .dates import publication_day
from .entities import EntityTagger, TextForms, article_forms, may_name_new, new_specifics
from .numbers import numbers_in

__all__ = ["AuditOptions", "audit_sentences", "change_types"]


@dataclass(frozen=True)
class AuditOptions:
    """Thresholds for the labels; like alignment, fitted on data other than the test cases."""

    # On the similarity scale of align.similarity_matrix (containment-based, see
    # scripts/fit_alignment.py): near-verbatim is about 0.88, a close paraphrase about 0.66.
    keep_caption_similarity: float = 0.88  # a caption this close to a source line was kept
    filler_max_similarity: float = 0.66  # padding phrases below this are filler, not facts
    # An unaligned sentence (below AlignOptions.match) is ``added`` when it is this far from
    # every source sentence, or names a person, place or figure the source never mentions, or
    # quotes speech. Otherwise it is a loose paraphrase of the source (often several of its
    # sentences merged): ``supported``, with its nearest source sentences and a note.
    # Fitted by scripts/train_consistency.py on the train half of f3 + news_consistency.
    added_similarity: float = 0.30
    # a filler phrase around content: the rest of the sentence this much in the source
    filler_content: float = 0.6
    # a dropped hedge, negation or condition is judged only on sentences at least this
    # similar to their source (a loose paraphrase of a long source sentence drops much)
    qualifier_similarity: float = 0.85
    # a name or figure swapped for another one of the same source is judged only on
    # sentences at least this similar to their source sentence(s)
    swap_similarity: float = 0.7


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
    source_date: str | None = None,
) -> list[Finding]:
    """One Finding per suspect sentence against one source (``source_date``: when it was
    published, if known; its relative dates are then read as calendar dates)."""
    options = options or AuditOptions()
    published = publication_day(source_date)
    article = article_forms(source_text)
    to_tag = [
        (s, m)
        for s, m in zip(suspect, alignment.matches, strict=True)
        if m is not None
        and s.role not in _METADATA_ROLES
        and (
            may_name_new(s.text, article)
            or (
                m.score >= options.swap_similarity
                and may_name_new(
                    s.text,
                    TextForms.of(" ".join(source_sentences[j].text for j in m.source_indices)),
                )
            )
        )
    ]
    tagger.prepare([s for s, _ in to_tag])
    tagger.prepare([source_sentences[j] for s, m in to_tag if tagger(s) for j in m.source_indices])
    findings: list[Finding] = []
    for sentence, match in zip(suspect, alignment.matches, strict=True):
        similarity = float(alignment.best[sentence.index]) if len(alignment.best) else 0.0
        kind = added_type(sentence)
        forced_added = (
            # a caption *line* (not a sentence that merely credits a photo) is never the article
            (kind == "camera_line" or kind == "caption" and _caption_line(sentence))
            and similarity < options.keep_caption_similarity
        ) or (
            # padding, or a claim said with it ("..., which could have serious implications")
            (kind == "filler" or padding(sentence.text))
            and sentence.role != "headline"  # a headline's "raises concerns" is style
            and similarity < options.filler_max_similarity
            # stock emphasis on a statement near the source ("it's important to wash ...")
            and not (
                _emphasis_only(sentence.text)
                and (match is not None or similarity >= options.added_similarity)
            )
            and not _framed_content(sentence, alignment, source_sentences, options)
        )
        note = ""
        if match is None and not forced_added and source_sentences:
            loose = _loose_match(
                sentence, similarity, kind, alignment, article, options, source_sentences
            )
            if loose is not None:
                match, note = loose, "loosely supported: paraphrases its nearest source sentences"
        if match is None or forced_added:
            if (
                kind == "fabricated_fact"
                and source_sentences
                and (_commentary(sentence, article) or _aside(sentence, article))
            ):
                kind = "filler"
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
                swaps=match.score >= options.swap_similarity,
                published=published,
                beside=[
                    source_sentences[j]
                    for j in sorted({i + d for i in match.source_indices for d in (-1, 1)})
                    if 0 <= j < len(source_sentences) and j not in match.source_indices
                ],
            )
        )
        if match.score < options.qualifier_similarity:
            # a dropped qualifier is only judged where the sentence follows its source closely
            changes = [c for c in changes if not (c.type in _QUALIFIERS and c.suspect is None)]
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
                note=note if not changes else "",
            )
        )
    return findings


_QUALIFIERS = ("hedging", "negation", "condition")


def _caption_line(sentence: Sentence) -> bool:
    return sentence.role == "caption" or bool(CAPTION_START.match(sentence.text))


def _emphasis_only(text: str) -> bool:
    """Is every filler phrase in the sentence mere emphasis on advice ("it is important to
    wash ...")? Not when it frames a claim ("it's important to note that ...")."""
    return (
        bool(EMPHASIS.search(text))
        and not FILLER.search(EMPHASIS.sub(" ", text))
        and not CLAIM_FRAME.search(text)
    )


def _framed_content(
    sentence: Sentence,
    alignment: Alignment,
    source_sentences: list[Sentence],
    options: AuditOptions,
) -> bool:
    """Is this a source statement wrapped in a stock phrase ("It is important to wash ...")?

    Without its filler phrase, the sentence's content words are mostly in its two nearest
    source sentences: then it is content, not padding.
    """
    rest = FILLER.sub(" ", sentence.text)
    if len(content_stems(rest)) < 3:
        return False
    return _nearest_share(sentence, alignment, source_sentences, rest) >= options.filler_content


def _nearest_share(
    sentence: Sentence,
    alignment: Alignment,
    source_sentences: list[Sentence],
    text: str | None = None,
) -> float:
    """Share of the sentence's content words (or of ``text``'s) in its two nearest source
    sentences."""
    wanted = content_stems(sentence.text if text is None else text)
    if not wanted or not source_sentences or not alignment.matrix.size:
        return 0.0
    row = alignment.matrix[sentence.index]
    near = set().union(
        *(content_stems(source_sentences[int(j)].text) for j in np.argsort(-row)[:2])
    )
    return len(wanted & near) / len(wanted)


def _loose_match(
    sentence: Sentence,
    similarity: float,
    kind: AddedType,
    alignment: Alignment,
    article: TextForms,
    options: AuditOptions,
    source_sentences: list[Sentence],
) -> SentenceMatch | None:
    """An unaligned sentence that says nothing the source lacks: its nearest source lines."""
    if (
        similarity < options.added_similarity
        or not (
            kind == "fabricated_fact"
            or kind == "filler"
            and _emphasis_only(sentence.text)
            # a quoted term the source has too ("robotiquette") is no invented speech
            or kind == "fabricated_quote"
            and all(
                " " not in q.strip() and normalise(q) in normalise(article.text)
                for q in _quoted(sentence.text)
            )
        )
        or sentence.role in _METADATA_ROLES
        or new_specifics(_sentence_case(sentence, article), article)
        # the writer's aside to the reader is no paraphrase of the story; advice the source
        # gives ("If you feel ill, let the nurses know") is
        or sentence.role == "body"
        and _aside(sentence, article)
        and _nearest_share(sentence, alignment, source_sentences) < options.filler_content
    ):
        return None
    row = alignment.matrix[sentence.index]
    order = [int(j) for j in np.argsort(-row)[:2] if row[j] >= options.added_similarity]
    return SentenceMatch(sentence.index, tuple(order), float(row[order[0]]))


def _quoted(text: str) -> list[str]:
    return [m.group()[1:-1] for m in QUOTE.finditer(text)]


# the verbs headlines hang a story on ("Experts Say ...", "Minister Warns ...")
_HEADLINE_VERBS = frozenset(
    "say says said tell tells told warn warns warned reveal reveals revealed claim claims "
    "claimed call calls urge urges vow vows slam slams back backs".split()
)
_TITLE_WORD = re.compile(r"\b[A-Z][a-z]+(?:['’-][A-Za-z]+)*\b")


def _sentence_case(sentence: Sentence, article: TextForms) -> str:
    """A headline in Title Case With Every Word Capitalised, with the capitals that are only
    its style lowered: a word the source writes in lower case ("Shakes", "Test") or a
    headline's verb ("Say", "Warns") names no one; a word it never has ("Airbnb") may. (A
    word whose first five letters the source has is no new name anyway: ``new_specifics``.)
    A headline in capitals has no case to read, and on f3 it is where fabrications shout
    ("BREAKING NEWS: ..."): its capitals stay."""
    text = sentence.text
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    if sentence.role != "headline" or sum(w[0].isupper() for w in words) < 0.6 * len(words):
        return text
    lower = set(re.findall(r"\b[a-z][\w'’-]*", article.text)) | STOPWORDS | _HEADLINE_VERBS
    return _TITLE_WORD.sub(
        lambda m: m.group().lower() if m.group().lower() in lower else m.group(), text
    )


def _commentary(sentence: Sentence, article: TextForms) -> bool:
    """Is an added sentence the writer's commentary rather than a new fact? It speculates or
    weighs ("could shape the club's fortunes", "the stakes are high") about what the source
    reports, naming no one and nothing the source does not, with no figure, quote or speaker.
    """
    text = sentence.text
    if (
        not article.text
        or re.search(r"[\"“”]", text)
        or numbers_in(text)
        or _SPEAKER.search(text)
        or not _WEIGHING.search(text)
    ):
        return False
    return not new_specifics(_sentence_case(sentence, article), article)


def _aside(sentence: Sentence, article: TextForms) -> bool:
    """Is the sentence the writer speaking to the reader ("Here's everything you need to
    know", "So what went wrong?", "Watch this space!")? That paraphrases nothing, however
    many of the story's words it repeats. Stricter than commentary: "could" and "may" are
    in claims too."""
    text = sentence.text
    # a figure, quote or speaker makes it a claim; "I" a quote that lost its marks
    if re.search(r"\d|[\"“”]|\bI\b", text) or _SPEAKER.search(text):
        return False
    # a question the source does not ask ("So what went wrong?"); not "E?" or "Yahoo!"
    asks = re.search(r"[a-z]\?$", text.rstrip("'\"”’ ")) and "?" not in article.text
    if not (_READER.search(text) or asks):
        return False
    return not new_specifics(_sentence_case(sentence, article), article)


# speculation and weighing: the words of commentary
# ("may", "likely", "concerns" are in claims too: "The buildings may be sold")
_WEIGHING = re.compile(
    r"\b(significant(?:ly)?|crucial|vital|essential|pivotal|implications?|landscape|broader|"
    r"underscores?|highlights?|reminder|lesson|era|chapter|fortunes|generation|reshape|"
    r"transform|upend|stakes|life-changing|game-?changer|remarkable|nothing\s+short\s+of|"
    r"all\s+eyes|(?:could|may|might|will|would)\s+(?:well\s+)?(?:shape|change|define|redefine))\b",
    re.IGNORECASE,
)
# the writer turning to the reader ("Here's everything you need to know"): a formula, not
# any "you" ("With it, you can order medicines" reports what an app does)
_READER = re.compile(
    r"\b(?:here(?:'s|’s|\s+is|\s+are)\s+(?:what|everything|why|how|a\s+look|the\s+lowdown)|"
    r"(?:you|we)\s+need\s+to\s+know|you\s+read\s+that\s+right|stay\s+tuned|"
    r"watch\s+this\s+space|keep\s+you\s+(?:posted|updated)|let\s+us\s+know|"
    r"you\s+(?:might|may)\s+be\s+wondering|you\s+won['’]t\s+believe|brace\s+yourselves?|"
    r"buckle\s+up|read\s+on\s+(?:for|to)|(?:dear|fellow)\s+readers?|hear\s+us\s+out|"
    r"welcome\s+to\s+(?:today's|today’s|this\s+week's|this\s+week’s|our))\b",
    re.IGNORECASE,
)
_SPEAKER = re.compile(
    r"\b(said|says|told|tells|according\s+to|argued|arguing|announced|reported|insisted|"
    r"recommended|claimed|warned)\b",
    re.IGNORECASE,
)


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


def change_types(findings: Iterable[Finding]) -> set[ChangeType]:
    return {c.type for f in findings for c in f.changes}
