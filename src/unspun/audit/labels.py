"""Sentence labels: supported, altered or added, from an alignment and its changes."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import partial

import numpy as np

from ..align import Alignment, SentenceMatch, content_stems, similarity_matrix
from ..documents import STOPWORDS, Sentence, normalise
from ..results import AddedType, Change, ChangeType, Finding, Span
from .added import (
    CAPTION_START,
    CLAIM_FRAME,
    EMPHASIS,
    FILLER,
    QUOTE,
    added_type,
    aside,
    commentary,
    framing,
    names_someone,
    nothing_to_check,
    padding,
    reader_formula,
    states_something,
    subhead,
    weighs_only,
)
from .changes import find_changes
from .clauses import closely_carried
from .datelines import dateline_changes
from .dates import publication_day
from .entities import may_change_entities
from .forms import TextForms, article_forms, everyday_word, sentence_case
from .mentions import new_specifics
from .negation import denial_reversed, zero_made_a_count
from .tagging import EntityTagger
from .text import acronyms, stems

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
_QUALIFIERS = ("hedging", "negation", "condition")
_ARTICLE_BODY = 4  # body sentences that make an article, whose closing line may be padding
_SUMMED_LINES = 3  # source lines a title or standfirst may sum up together
_SIGNPOST_WORDS = 3  # content words of a heading that signposts ("Spending by the Numbers")


@dataclass(frozen=True)
class _Reading:
    """A suspect read against one source: what every sentence's label needs of both."""

    suspect: list[Sentence]
    alignment: Alignment
    source_sentences: list[Sentence]
    source_id: str
    article: TextForms  # the source, in every form
    known: TextForms  # ... with the other sources of a blend
    tagger: EntityTagger
    options: AuditOptions
    published: date | None
    #: the words the suspect itself writes in lower case: in its title-case lines, style
    written_lower: frozenset[str]
    #: a heading before the first prose is the article's title block, not a section heading
    first_body: int
    #: the last sentence of the article and of each section, where machine rewrites pad
    #: (none in an article of fewer than ``_ARTICLE_BODY`` body sentences)
    closing: frozenset[int]
    #: the source's own headline, when it is kept apart from its text (a corpus record's
    #: title): what a suspect's headline most often restates
    title: str | None = None

    def sums_up(self, sentence: Sentence) -> TextForms:
        """What a sentence may paraphrase: a headline that sums up a blend may name what
        each of its sources gives."""
        return self.known if sentence.role == "headline" else self.article


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
    other_sources: Sequence[str] = (),
    source_title: str | None = None,
) -> list[Finding]:
    """One Finding per suspect sentence against one source (``source_date``: when it was
    published, if known; its relative dates are then read as calendar dates;
    ``source_title``: its headline, if its text does not hold it, which a suspect's
    headline may restate).

    ``other_sources``: the texts of the other sources of a blend. A sentence that sums up
    several of them ("Roundup: X signs for Y, and a new test for Z") names what none of them
    gives alone; it is a loose paraphrase if every name in it is in one of them."""
    options = options or AuditOptions()
    article = article_forms(source_text)
    body = [s.index for s in suspect if s.role == "body"]
    titled = (source_title,) if source_title and source_title.strip() not in source_text else ()
    reading = _Reading(
        suspect=suspect,
        alignment=alignment,
        source_sentences=source_sentences,
        source_id=source_id,
        article=article,
        known=(
            article_forms("\n".join((*titled, source_text, *other_sources)))
            if other_sources or titled
            else article
        ),
        tagger=tagger,
        options=options,
        published=publication_day(source_date),
        written_lower=frozenset(
            w for x in suspect if x.role == "body" for w in re.findall(r"\b[a-z][\w'’-]*", x.text)
        ),
        first_body=body[0] if body else len(suspect),
        closing=frozenset(
            {s.index - 1 for s in suspect if s.role == "headline"} | set(body[-1:])
            if len(body) >= _ARTICLE_BODY
            else ()
        ),
        title=titled[0] if titled else None,
    )
    _tag_ahead(reading)
    return [
        _label(sentence, match, reading)
        for sentence, match in zip(suspect, alignment.matches, strict=True)
    ]


def _tag_ahead(reading: _Reading) -> None:
    """Tag, in two batches, the aligned sentences that may name something new and the
    source sentences they align to (tagging one sentence at a time is slower)."""
    tagger, options, sources = reading.tagger, reading.options, reading.source_sentences
    to_tag = [
        (s, m)
        for s, m in zip(reading.suspect, reading.alignment.matches, strict=True)
        if m is not None
        and s.role not in _METADATA_ROLES
        and may_change_entities(
            s.text,
            reading.article,
            partial(_joined_forms, sources, m.source_indices),
            swaps=m.score >= options.swap_similarity,
        )
    ]
    tagger.prepare([s for s, _ in to_tag])
    tagger.prepare([sources[j] for s, m in to_tag if tagger(s) for j in m.source_indices])


def _joined_forms(sentences: Sequence[Sentence], indices: Sequence[int]) -> TextForms:
    """The forms of some sentences read as one text."""
    return TextForms.of(" ".join(sentences[j].text for j in indices))


def _label(sentence: Sentence, match: SentenceMatch | None, reading: _Reading) -> Finding:
    """The finding for one suspect sentence: added (and why), altered (and how) or
    supported, closely or loosely."""
    alignment = reading.alignment
    similarity = float(alignment.best[sentence.index]) if len(alignment.best) else 0.0
    if sentence.role == "dateline" and (dated := _dateline(sentence, similarity, reading)):
        return dated
    kind = added_type(sentence)
    forced_added = _forced_added(sentence, kind, similarity, match, reading)
    signpost = _signpost(sentence, similarity, reading)
    if signpost and match is None:
        forced_added, kind = True, "filler"
    note = ""
    framed = False
    if match is None and not forced_added and reading.source_sentences:
        loose = _loose_match(sentence, similarity, kind, reading)
        if loose is not None and _title_changed(sentence, reading, needed=True):
            loose = None
        if loose is not None:
            match, note = loose, "loosely supported: paraphrases its nearest source sentences"
            framed = kind == "fabricated_fact" and (
                framing(
                    sentence,
                    closing=sentence.index in reading.closing,
                    near=" ".join(reading.source_sentences[j].text for j in match.source_indices),
                )
                or weighs_only(sentence, reading.article)
            )
        elif (
            restated := _restates_title(sentence, kind, reading)
        ) is not None and not _title_changed(sentence, reading):
            match, note = restated, f"restates the source's headline: {reading.title}"
    if match is None or forced_added:
        return _added(sentence, similarity, _added_kind(sentence, kind, reading))
    sources = [reading.source_sentences[j] for j in match.source_indices]
    changes = _changes(sentence, match, sources, bool(note), reading)
    if (framed or signpost) and not changes:
        # names nothing new, changes nothing it is near, and frames or signposts: padding
        return _added(sentence, similarity, "filler")
    return _compared(sentence, similarity, reading, sources, changes, note)


def _compared(
    sentence: Sentence,
    similarity: float,
    reading: _Reading,
    sources: Sequence[Sentence],
    changes: Sequence[Change],
    note: str = "",
) -> Finding:
    """An aligned sentence's finding: altered if it changes its source sentences, else
    supported (with ``note`` saying how loosely)."""
    return Finding(
        index=sentence.index,
        start=sentence.start,
        end=sentence.end,
        text=sentence.text,
        role=sentence.role,
        label="altered" if changes else "supported",
        similarity=round(similarity, 4),
        source_id=reading.source_id,
        source_sentences=tuple(Span(s.start, s.end, s.text) for s in sources),
        source_indices=tuple(s.index for s in sources),
        changes=tuple(changes),
        note=note if not changes else "",
    )


def _dateline(sentence: Sentence, similarity: float, reading: _Reading) -> Finding | None:
    """A dateline read against the source's own dateline, part by part (the sentence
    checks cannot judge a line of three words); None if the source has none to compare."""
    for source in reading.source_sentences:
        if source.role != "dateline":
            continue
        changes = dateline_changes(sentence, source)
        if changes is not None:
            return _compared(sentence, similarity, reading, [source], changes)
    return None


def _forced_added(
    sentence: Sentence,
    kind: AddedType,
    similarity: float,
    match: SentenceMatch | None,
    reading: _Reading,
) -> bool:
    """Added whatever it aligns to: a caption line or camera line, or a formula addressed
    to the reader, unless near-verbatim from the source; padding (or a claim said with it:
    "..., which could have serious implications") unless close to the source, a headline,
    stock emphasis on a statement near the source, or a source statement in a stock
    phrase."""
    options = reading.options
    if (
        # a caption *line* (not a sentence that merely credits a photo) is never the article
        (kind == "camera_line" or kind == "caption" and _caption_line(sentence))
        and similarity < options.keep_caption_similarity
    ):
        return True
    if (
        (kind == "filler" or padding(sentence.text))
        and sentence.role != "headline"  # a headline's "raises concerns" is style
        and similarity < options.filler_max_similarity
        # stock emphasis on a statement near the source ("it's important to wash ...")
        and not (
            _emphasis_only(sentence.text)
            and (match is not None or similarity >= options.added_similarity)
        )
        # a claim the source makes, framed ("it's important to note that ..."): drawn from
        # the source as a whole sentence, it is read against it like any other
        and not (match is not None and _claim_frame_only(sentence.text))
        and not _framed_content(sentence, reading)
    ):
        return True
    return (
        sentence.role == "body"
        and similarity < options.keep_caption_similarity
        and reader_formula(sentence)
    )


def _signpost(sentence: Sentence, similarity: float, reading: _Reading) -> bool:
    """A heading inside the article that states nothing and names no one ("The Catch"): it
    only signposts, unless the source has the same heading or it changes a source line."""
    article = reading.article
    return (
        sentence.index > reading.first_body
        and subhead(sentence, article)
        and similarity < reading.options.keep_caption_similarity
        # a few words: "Listing Decision by Year End" restates the story
        and len(content_stems(sentence.text)) <= _SIGNPOST_WORDS
        and not states_something(sentence)
        # a word that is no everyday word, or one the source writes only capitalised,
        # names someone: the tagger misses "Arsenal" in title case
        and not any(
            not everyday_word(w) or w[:5] in article.capital_only
            for w in re.findall(r"[a-z][a-z'’-]{2,}", sentence.text.lower())
            if w not in STOPWORDS
        )
    )


def _added_kind(sentence: Sentence, kind: AddedType, reading: _Reading) -> AddedType:
    """An added sentence's type: a "fact" that only comments, speaks to the reader, says
    nothing checkable or is a heading that names no one is filler."""
    article = reading.article
    if (
        kind == "fabricated_fact"
        and reading.source_sentences
        and (
            commentary(sentence, article)
            or aside(sentence, article)
            or nothing_to_check(sentence, article)
            or subhead(sentence, article)
            and not states_something(sentence)
            and not names_someone((e.text for e in reading.tagger(sentence)), article)
        )
    ):
        return "filler"
    return kind


def _changes(
    sentence: Sentence,
    match: SentenceMatch,
    sources: list[Sentence],
    loose: bool,
    reading: _Reading,
) -> list[Change]:
    """What an aligned sentence changes in its source sentences. A ``loose`` paraphrase
    may name what the whole of ``reading.sums_up`` gives, and is not judged for a dropped
    speaker."""
    if sentence.role in _METADATA_ROLES:
        return []
    options, source_sentences = reading.options, reading.source_sentences
    changes = find_changes(
        sentence,
        sources,
        tagger=reading.tagger,
        # a headline may name what the source's title or a blend's other source gives
        source_text=(
            reading.sums_up(sentence).text
            if loose or sentence.role == "headline"
            else reading.article.text
        ),
        swaps=match.score >= options.swap_similarity,
        published=reading.published,
        beside=[
            source_sentences[j]
            for j in sorted({i + d for i in match.source_indices for d in (-1, 1)})
            if 0 <= j < len(source_sentences) and j not in match.source_indices
        ],
        said_beside=None if loose else _said_beside(reading.suspect, sentence.index),
        article_sentences=source_sentences,
    )
    if match.score < options.qualifier_similarity:
        # a dropped qualifier is only judged where the sentence, or the clause of it that says
        # the qualified clause, follows its source closely
        changes = [
            c
            for c in changes
            if not (c.type in _QUALIFIERS and c.suspect is None)
            or _clause_follows(sentence, sources, c)
        ]
    return changes


def _clause_follows(sentence: Sentence, sources: list[Sentence], change: Change) -> bool:
    """Does a clause of the suspect sentence say the source clause that ``change`` dropped a
    qualifier from, nearly word for word?"""
    span = change.source
    if span is None:
        return False
    for source in sources:
        if source.start <= span.start < source.end:
            at = span.start - source.start
            return closely_carried(sentence.text, source.text, at, span.text) or (
                change.type == "negation"
                and (
                    denial_reversed(sentence.text, source.text, at, at + len(span.text))
                    or zero_made_a_count(sentence.text, source.text, at, at + len(span.text))
                )
            )
    return False


def _said_beside(suspect: list[Sentence], index: int) -> set[str]:
    """Stems and acronyms of the suspect sentences just before and after ``index``."""
    near = [suspect[i].text for i in (index - 1, index + 1) if 0 <= i < len(suspect)]
    return set().union(*(stems(text) | acronyms(text) for text in near))


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


def _claim_frame_only(text: str) -> bool:
    """Is every filler phrase in the sentence a frame around a claim ("it's important to
    note that ...")?"""
    return bool(CLAIM_FRAME.search(text)) and not FILLER.search(CLAIM_FRAME.sub(" ", text))


def _framed_content(sentence: Sentence, reading: _Reading) -> bool:
    """Is this a source statement wrapped in a stock phrase ("It is important to wash ...")?

    Without its filler phrase, the sentence's content words are mostly in its two nearest
    source sentences: then it is content, not padding.
    """
    rest = FILLER.sub(" ", sentence.text)
    if len(content_stems(rest)) < 3:
        return False
    share = _nearest_share(sentence, reading.alignment, reading.source_sentences, rest)
    return share >= reading.options.filler_content


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
    sentence: Sentence, similarity: float, kind: AddedType, reading: _Reading
) -> SentenceMatch | None:
    """An unaligned sentence that says nothing the source lacks (for a headline, the
    blend's sources together): its nearest source lines."""
    article, known, options = reading.article, reading.sums_up(sentence), reading.options
    alignment, source_sentences = reading.alignment, reading.source_sentences
    if sentence.role == "headline" and sentence.index < reading.first_body:
        similarity = max(similarity, _summed_up(sentence, reading))
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
        or new_specifics(sentence_case(sentence, known, reading.written_lower), known)
        # a heading inside the article says what it says with few words: one the source
        # never uses ("Dein Quits Next Week") is a claim of its own, not a paraphrase
        or subhead(sentence, article)
        and bool({w[:5] for w in content_stems(sentence.text)} - known.stems)
        # the writer's aside to the reader is no paraphrase of the story; advice the source
        # gives ("If you feel ill, let the nurses know") is
        or sentence.role == "body"
        and aside(sentence, article)
        and _nearest_share(sentence, alignment, source_sentences) < options.filler_content
    ):
        return None
    row = alignment.matrix[sentence.index]
    ranked = [int(j) for j in np.argsort(-row)]
    order = [j for j in ranked[:2] if row[j] >= options.added_similarity] or ranked[:1]
    return SentenceMatch(sentence.index, tuple(order), float(row[order[0]]))


def _summed_up(sentence: Sentence, reading: _Reading) -> float:
    """How closely a title or standfirst sums up its nearest source lines read together:
    a headline draws on several sentences of the story, and no one of them says it all."""
    row = reading.alignment.matrix[sentence.index]
    nearest = sorted(int(j) for j in np.argsort(-row)[:_SUMMED_LINES])
    joined = " ".join(reading.source_sentences[j].text for j in nearest)
    together = Sentence(sentence.article_id, 0, 0, len(joined), joined, "body")
    return float(similarity_matrix([sentence], [together])[0, 0])


def _restates_title(sentence: Sentence, kind: AddedType, reading: _Reading) -> SentenceMatch | None:
    """A suspect headline that restates the source's own headline (kept apart from its
    text, as a corpus record's title is), naming nothing the source lacks: "Conservatives
    oppose plans for 24-hour drinking" for "Tories opposing 24-hour drinking". Shown with
    its nearest source line, the title being no line of the text."""
    if (
        reading.title is None
        or sentence.role != "headline"
        or kind != "fabricated_fact"
        or new_specifics(
            sentence_case(sentence, reading.known, reading.written_lower), reading.known
        )
    ):
        return None
    title = Sentence(sentence.article_id, 0, 0, len(reading.title), reading.title, "headline")
    if similarity_matrix([sentence], [title])[0, 0] < reading.options.added_similarity:
        return None
    row = reading.alignment.matrix[sentence.index]
    nearest = int(np.argmax(row))
    return SentenceMatch(sentence.index, (nearest,), float(row[nearest]))


def _title_changed(sentence: Sentence, reading: _Reading, needed: bool = False) -> bool:
    """Does a headline that draws on the source's own headline change what it says
    ("Tories back 24-hour drinking" for "Tories will not back 24-hour drinking")? Its names
    are then the title's, its claim is not: no paraphrase of the source. ``needed``: only
    where the headline names what the text alone lacks."""
    if (
        reading.title is None
        or sentence.role != "headline"
        or needed
        and not new_specifics(
            sentence_case(sentence, reading.article, reading.written_lower), reading.article
        )
    ):
        return False
    title = Sentence(sentence.article_id, 0, 0, len(reading.title), reading.title, "headline")
    return bool(
        find_changes(
            # two headlines: what one drops of the other (a "not") is no compression
            replace(sentence, role="body"),
            [title],
            tagger=reading.tagger,
            source_text=reading.known.text,
            published=reading.published,
        )
    )


def _quoted(text: str) -> list[str]:
    return [m.group()[1:-1] for m in QUOTE.finditer(text)]


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
