"""``check``: the whole path from suspect text to Report.

suspect text ─► sentences ─► candidate sources ─► alignment per candidate ─► sources used
─► audit (labels, changes, omissions) ─► verdict ─► machine-text score ─► Report.

The CLI and the report renderers call this; none holds logic of its own.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from . import models
from ._options import require_flag, require_number
from ._text import counted
from .align import Alignment, AlignOptions, align, similarity_matrix
from .audit import (
    AuditOptions,
    EntityTagger,
    audit_sentences,
    find_omissions,
    used_source_sentences,
)
from .corpus import Corpus
from .documents import Article, Sentence, split_sentences, word_count
from .errors import InputError, StoreError
from .index import boilerplate_keys, sentence_key
from .ingest import invalid_unicode
from .results import Finding, Omission, Report, SourceLimit, SourceUse, Verdict
from .retrieve import (
    Candidate,
    RetrieveOptions,
    SourceModel,
    add_margins,
    chance_corrected,
    find_candidates,
    source_features,
)

__all__ = ["CheckOptions", "check", "compare"]

_CONTENT_ROLES = ("body", "headline", "caption")
_NO_SOURCE = "no source found: nothing to compare it with"
_BOILERPLATE = (
    "boilerplate: a line the corpus holds in unrelated articles (a site's standing text); "
    "not counted as evidence of a source"
)
_BEYOND_LIMIT = (
    "may come from a source beyond the limit: the search stopped at max_sources with this "
    "sentence unexplained"
)


@dataclass(frozen=True)
class CheckOptions:
    """Everything that tunes a check, grouped by stage (one object, not 27 keywords)."""

    retrieve: RetrieveOptions = field(default_factory=RetrieveOptions)
    align: AlignOptions = field(default_factory=AlignOptions)
    audit: AuditOptions = field(default_factory=AuditOptions)
    max_sources: int = 3
    #: acceptance probability (SourceModel.accept_probability) the best-ranked candidate
    #: needs to be called a source; None = the packaged model's fitted threshold
    source_threshold: float | None = None
    #: ... and it must explain at least this many of the suspect's content sentences at
    #: align's match bar. 0: the acceptance model alone decides. A rewrite that changed
    #: the narrative of a short source (CoAID's are 70-odd words, lower-cased) may keep no
    #: sentence at the bar and still be plainly drawn from it; with the bar at 1 such
    #: rewrites were turned away whatever the model said (train half, grouped
    #: cross-validation: more sources accepted, no more false sources; experiments.md)
    min_source_sentences: int = 0
    #: a suspect with fewer content sentences than this is too short to trace
    min_suspect_sentences: int = 2
    #: a further source (a blend) must itself pass the acceptance threshold, and explain
    #: better than the sources before it this many of the suspect's sentences ...
    blend_min_sentences: int = 2
    #: ... and this share of the suspect's content sentences ...
    blend_min_share: float = 0.15
    #: ... counting a sentence it matches at this similarity (below align's match bar: each
    #: part of a blend is rewritten, and the acceptance threshold already vouches for it)
    blend_similarity: float = 0.40
    #: mean similarity of aligned sentences above which a derived article is a near copy:
    #: on the train half of news_rewrite_pairs, 0.88 keeps 18 of the 20 rows the data flags
    #: as near copies (>= 90% of 5-grams copied) and 1.7% of other clean rows (0.9: 17 of 20)
    near_copy_similarity: float = 0.88
    #: a non-source candidate is coverage of the same event when it is this close (document
    #: cosine) *and* shares this much of the suspect's names. Closeness alone says "same
    #: topic": every story about a council budget is close to every other. On train halves,
    #: names >= 0.3 keeps 75% of llmfake open-ended articles' sources (written from their
    #: first sentence only) and gives 14% of unrelated CNN/DailyMail articles a related one
    #: (closeness alone: 96% and 97%)
    related_dense: float = 0.75
    related_names: float = 0.3
    detect: bool = True
    false_positive_rate: float = 0.01

    def __post_init__(self) -> None:
        stages = (("retrieve", RetrieveOptions), ("align", AlignOptions), ("audit", AuditOptions))
        for name, kind in stages:
            value = getattr(self, name)
            if not isinstance(value, kind):
                raise TypeError(
                    f"CheckOptions.{name} must be a {kind.__name__}, not {type(value).__name__}"
                )
        require_number(self, "max_sources", 1, integer=True)
        for name in ("min_source_sentences", "min_suspect_sentences", "blend_min_sentences"):
            require_number(self, name, 0, integer=True)
        if self.source_threshold is not None:
            require_number(self, "source_threshold", 0.0, 1.0)
        for name in ("blend_min_share", "blend_similarity", "near_copy_similarity"):
            require_number(self, name, 0.0, 1.0)
        require_number(self, "related_dense", -1.0, 1.0)
        require_number(self, "related_names", 0.0, 1.0)
        require_flag(self, "detect")
        require_number(self, "false_positive_rate", 0.0, 1.0, open_low=True, open_high=True)


@dataclass
class _Scored:
    candidate: Candidate
    article: Article
    sentences: list[Sentence]
    alignment: Alignment
    score: float  # probability it is the source rather than another candidate (SourceModel)
    features: dict[str, float] = field(default_factory=dict)
    accept: float = 0.0  # probability it was used at all, if it is the best-ranked one
    #: each suspect sentence's best similarity to it, less what its length gives by chance
    corrected: np.ndarray | None = None
    #: its sentences that are a site's boilerplate (set for the sources chosen)
    boilerplate: set[int] = field(default_factory=set)


def check(
    text: str | Article,
    corpus: Corpus,
    options: CheckOptions | None = None,
    *,
    suspect_id: str = "suspect",
) -> Report:
    """Trace ``text`` to its source(s) in ``corpus`` and audit every sentence.

    Raises :class:`~unspun.errors.StoreError` if the corpus has no articles: "no source
    found" would then say nothing about the suspect."""
    options = _options(options)
    article = _article(text, suspect_id, "text")
    if corpus.is_empty():
        raise StoreError(str(corpus.store.path), "the corpus has no articles to trace from")
    clock = _Clock()
    sentences = split_sentences(article.text, article.id)
    title = next((s.text for s in sentences if s.role == "headline"), article.title)
    if not sentences:
        return _empty_report(article, title, clock)

    vectors = models.embedder().encode([s.text for s in sentences])
    retrieve = options.retrieve
    archived = corpus.get(article.id)
    if archived is not None and archived.text.strip() == article.text.strip():
        # the suspect itself is in the archive: it is not its own source
        retrieve = replace(retrieve, exclude=retrieve.exclude | {article.id})
    boilerplate = boilerplate_sentences(sentences, corpus, retrieve.exclude)
    candidates = story_candidates(article.text, sentences, vectors, corpus, retrieve, boilerplate)
    clock.lap("retrieve")

    content = content_sentences(sentences, boilerplate)
    scored = rank_sources(sentences, vectors, candidates, corpus, content, options)
    chosen = _choose_sources(scored, content, options)
    # where the limit cuts: _choose_sources stops at it, and at 1 the residual search below
    # is skipped; that search adds at most one partner anyway, so reaching the limit through
    # it cut nothing short
    at_limit = len(chosen) >= options.max_sources
    if len(chosen) == 1 and options.max_sources > 1:
        partner = _residual_source(sentences, vectors, content, chosen, corpus, retrieve, options)
        if partner is not None:
            chosen.append(partner)
            scored = [s for s in scored if s.article.id != partner.article.id] + [partner]
    for item in chosen:
        item.boilerplate = boilerplate_sentences(item.sentences, corpus, [item.article.id])
    clock.lap("align")

    findings, omissions, source_uses = _audit(article, sentences, chosen, content, options)
    limit = _source_limit(chosen, findings, content, options) if at_limit else None
    if limit is not None:
        findings = _beyond_limit(findings, content, chosen, options)
    findings = [
        replace(f, note=_BOILERPLATE)
        if f.index in boilerplate and f.note in ("", _NO_SOURCE)
        else f
        for f in findings
    ]
    clock.lap("audit")

    used_ids = {s.article.id for s in chosen}
    nearby = [
        s
        for s in scored
        if s.article.id not in used_ids
        and s.candidate.dense >= options.related_dense
        and s.candidate.names >= options.related_names
    ][:5]
    for item in nearby if not chosen else []:  # listed only when no source was named
        item.boilerplate = boilerplate_sentences(item.sentences, corpus, [item.article.id])
    related = [_source_use(s, content) for s in nearby]
    verdict = _verdict(chosen, source_uses, related, findings, content, options)

    machine = None
    if options.detect:
        machine = _machine_text(article.text, options.false_positive_rate)
        clock.lap("detect")

    return _report(
        article,
        title,
        verdict,
        chosen,
        source_uses,
        related if not chosen else [],
        findings,
        omissions,
        machine,
        clock,
        limit,
    )


def content_sentences(
    sentences: list[Sentence], boilerplate: AbstractSet[int] = frozenset()
) -> list[int]:
    """The suspect sentences that tell its story, which a source must explain: body,
    headline and caption lines (every line when it has none), less ``boilerplate``."""
    content = [s.index for s in sentences if s.role in _CONTENT_ROLES] or [
        s.index for s in sentences
    ]
    return [i for i in content if i not in boilerplate]


def boilerplate_sentences(
    sentences: list[Sentence], corpus: Corpus, exclude: Iterable[str] = ()
) -> set[int]:
    """The indices of ``sentences`` that ``corpus`` shows to be a site's boilerplate
    (:mod:`unspun.index.boilerplate`), not counting the archived articles ``exclude``
    names (the suspect itself)."""
    keys = {s.index: sentence_key(s.text) for s in sentences}
    excluded = [r for r in map(corpus.store.rowid_of, exclude) if r is not None]
    found = boilerplate_keys(corpus.store, {k for k in keys.values() if k is not None}, excluded)
    return {i for i, key in keys.items() if key in found}


def story_candidates(
    text: str,
    sentences: list[Sentence],
    vectors: np.ndarray,
    corpus: Corpus,
    retrieve: RetrieveOptions,
    boilerplate: AbstractSet[int] = frozenset(),
) -> list[Candidate]:
    """Candidate sources for the suspect's story: retrieved, and their shared phrasing
    measured, by its sentences less its ``boilerplate`` lines (a site's standing lines
    would find, and tie it to, every article of that site)."""
    if not boilerplate:
        return find_candidates(text, sentences, corpus, retrieve, sentence_vectors=vectors)
    story = [s for s in sentences if s.index not in boilerplate]
    if not story:
        return []  # nothing but a site's standing lines: nothing to trace
    rows = [s.index for s in story]
    story_text = "\n".join(s.text for s in story)
    return find_candidates(story_text, story, corpus, retrieve, sentence_vectors=vectors[rows])


def rank_sources(
    sentences: list[Sentence],
    vectors: np.ndarray,
    candidates: list[Candidate],
    corpus: Corpus,
    content: list[int],
    options: CheckOptions,
) -> list[_Scored]:
    """Align the suspect with every candidate and rank them by the source model."""
    model = SourceModel.load()
    scored = align_candidates(sentences, vectors, candidates, corpus, content, options)
    for item in scored:
        item.score = model.probability(item.features)
        item.accept = model.accept_probability(item.features)
    scored.sort(key=lambda s: -s.score)
    return scored


def align_candidates(
    sentences: list[Sentence],
    vectors: np.ndarray,
    candidates: list[Candidate],
    corpus: Corpus,
    content: list[int],
    options: CheckOptions,
) -> list[_Scored]:
    """Align the suspect with every candidate and collect the source model's features
    (unscored, in the candidates' order; scripts/fit_source_model.py fits on these)."""
    loaded = corpus.prepared_sentences([c.rowid for c in candidates])
    scored: list[_Scored] = []
    for cand in candidates:
        source, source_sentences, _ = loaded[cand.rowid]
        matrix = similarity_matrix(
            sentences,
            source_sentences,
            suspect_vectors=vectors,
            embed_weight=options.align.embed_weight,
        )
        alignment = align(sentences, source_sentences, options.align, matrix=matrix)
        corrected = chance_corrected(alignment.matrix, options.align.match)
        features = source_features(cand, corrected[content], options.align.match)
        scored.append(
            _Scored(cand, source, source_sentences, alignment, 0.0, features, corrected=corrected)
        )
    add_margins([item.features for item in scored])
    return scored


def compare(
    suspect: str | Article,
    source: str | Article,
    options: CheckOptions | None = None,
) -> Report:
    """Audit ``suspect`` against one given ``source``, with no corpus and no retrieval.

    For when the source is already known: a claim against its article, a rewrite against
    the original a reader pointed to. The verdict is ``unrelated`` when no sentence of the
    suspect comes from it (every one ``added``); the findings and omissions stay.
    """
    options = _options(options)
    article = _article(suspect, "suspect", "suspect")
    original = _article(source, "source", "source")
    clock = _Clock()
    sentences = split_sentences(article.text, article.id)
    title = next((s.text for s in sentences if s.role == "headline"), article.title)
    source_sentences = split_sentences(original.text, original.id)
    if not sentences:
        return _empty_report(article, title, clock)
    alignment = align(sentences, source_sentences, options.align)
    content = [s.index for s in sentences if s.role in _CONTENT_ROLES] or [
        s.index for s in sentences
    ]
    candidate = Candidate(original.id, -1, 0.0, 0.0, 0.0, 0.0)
    item = _Scored(candidate, original, source_sentences, alignment, 0.0)
    clock.lap("align")
    findings, omissions, uses = _audit(article, sentences, [item], content, options)
    clock.lap("audit")
    verdict = _verdict([item], uses, [], findings, content, options)
    if not uses[0].coverage:
        # the source was given, not found: say so when the suspect draws on none of it
        verdict = Verdict("unrelated", f"none of its sentences comes from {original.id}")
    machine = _machine_text(article.text, options.false_positive_rate) if options.detect else None
    return _report(article, title, verdict, [item], uses, [], findings, omissions, machine, clock)


def _options(options: CheckOptions | None) -> CheckOptions:
    if options is None:
        return CheckOptions()
    if not isinstance(options, CheckOptions):
        raise TypeError(f"options must be a CheckOptions, not {type(options).__name__}")
    return options


def _article(text: str | Article, article_id: str, name: str) -> Article:
    """The text to check as an Article (a str is given ``article_id``)."""
    if not isinstance(text, str | Article):
        raise TypeError(f"{name} must be a str or an Article, not {type(text).__name__}")
    article = text if isinstance(text, Article) else Article(id=article_id, text=text)
    if problem := invalid_unicode(article.text):
        raise InputError(f"<{name}>", problem)
    return article


def _report(
    article: Article,
    title: str | None,
    verdict: Verdict,
    chosen: list[_Scored],
    uses: list[SourceUse],
    related: list[SourceUse],
    findings: list[Finding],
    omissions: list[Omission],
    machine: dict[str, Any] | None,
    clock: _Clock,
    limit: SourceLimit | None = None,
) -> Report:
    return Report(
        suspect_id=article.id,
        suspect_title=title,
        word_count=word_count(article.text),
        verdict=verdict,
        sources=tuple(uses),
        related=tuple(related),
        findings=tuple(findings),
        omissions=tuple(omissions),
        machine_text=machine,
        timings_ms=clock.laps,
        suspect_publisher=article.publisher,
        suspect_url=article.url,
        suspect_date=article.date,
        source_texts={
            s.article.id: {
                "text": s.article.text,
                "sentences": [[x.start, x.end, x.role] for x in s.sentences],
            }
            for s in chosen
        },
        suspect_text=article.text,
        source_limit=limit,
    )


def _choose_sources(
    scored: list[_Scored], content: list[int], options: CheckOptions
) -> list[_Scored]:
    """The likeliest source if the acceptance model says it was used, then candidates that
    explain enough further sentences of their own (blends)."""
    covered: set[int] = set()
    chosen: list[_Scored] = []
    threshold = _acceptance_threshold(options)
    if len(content) < options.min_suspect_sentences:
        return chosen
    need = options.min_source_sentences
    for item in scored:
        best = _chance_corrected(item, options)
        mine = {i for i in content if best[i] >= options.blend_similarity}
        if not chosen:
            aligned = sum(item.alignment.matches[i] is not None for i in content)
            if item.accept < threshold or aligned < need:
                break
            chosen.append(item)
            # every sentence it explains at the blend bar is its own: covering only its
            # matches let same-story articles in as partners (train half of bench_verdicts:
            # a wrong second source on 10.4% instead of 8.3% of single-source rewrites)
            covered |= mine
            if len(chosen) >= options.max_sources:
                break
            continue
        if item.accept < threshold:
            continue  # a partner must look used in its own right
        # ... and supply sentences it explains better than the sources before it
        new = {
            i
            for i in mine - covered
            if all(best[i] > _chance_corrected(c, options)[i] for c in chosen)
        }
        if len(new) >= _blend_need(content, options):
            chosen.append(item)
            covered |= new
        if len(chosen) >= options.max_sources:
            break
    return chosen


def _chance_corrected(item: _Scored, options: CheckOptions) -> np.ndarray:
    """Each suspect sentence's best similarity to a candidate, less what the candidate's
    length alone gives (:func:`unspun.retrieve.chance_corrected`): among the 1,300 sentences
    of a transcript, something is always close to a sentence no source explains."""
    if item.corrected is None:
        item.corrected = chance_corrected(item.alignment.matrix, options.align.match)
    return item.corrected


def _acceptance_threshold(options: CheckOptions) -> float:
    """The acceptance probability a candidate needs to be named a source."""
    if options.source_threshold is not None:
        return options.source_threshold
    return SourceModel.load().threshold


def _residual_source(
    sentences: list[Sentence],
    vectors: np.ndarray,
    content: list[int],
    chosen: list[_Scored],
    corpus: Corpus,
    retrieve: RetrieveOptions,
    options: CheckOptions,
) -> _Scored | None:
    """The source of what the first source leaves unexplained (the other half of a blend),
    traced like a suspect of its own.

    Retrieval over the whole suspect favours its first source: the second one's words are
    a minority of the query, and its acceptance features are diluted by sentences it never
    wrote. Here the unexplained sentences are the query, and a candidate is accepted on them
    alone, then must explain them better than the sources already chosen.
    """
    left = _unexplained(content, chosen, options)
    need = _blend_need(content, options)
    if len(left) < need:
        return None
    rest = [replace(sentences[i], index=k) for k, i in enumerate(left)]
    rest_vectors = vectors[left]
    known = {c.article.id for c in chosen}
    candidates = find_candidates(
        " ".join(s.text for s in rest),
        rest,
        corpus,
        replace(retrieve, exclude=retrieve.exclude | known),
        sentence_vectors=rest_vectors,
    )
    if not candidates:
        return None
    ranked = rank_sources(rest, rest_vectors, candidates, corpus, list(range(len(rest))), options)
    best = ranked[0]
    explained = sum(
        _chance_corrected(best, options)[k] >= options.blend_similarity for k in range(len(rest))
    )
    if best.accept < _acceptance_threshold(options) or explained < need:
        return None
    # aligned again over the whole suspect, for the audit and the share of it reused
    (whole,) = align_candidates(sentences, vectors, [best.candidate], corpus, content, options)
    whole.score, whole.accept = best.score, best.accept
    return whole


def _unexplained(content: list[int], chosen: list[_Scored], options: CheckOptions) -> list[int]:
    """The content sentences no chosen source explains at the blend bar."""
    return [
        i
        for i in content
        if all(_chance_corrected(c, options)[i] < options.blend_similarity for c in chosen)
    ]


def _blend_need(content: list[int], options: CheckOptions) -> float:
    """How many sentences a further source must explain to be named (a blend partner)."""
    return max(options.blend_min_sentences, options.blend_min_share * len(content))


def _source_limit(
    chosen: list[_Scored], findings: list[Finding], content: list[int], options: CheckOptions
) -> SourceLimit | None:
    """For a search stopped at ``max_sources``: the added sentences no chosen source
    explains, when there are enough of them for a further source to be named."""
    left = [i for i in _unexplained(content, chosen, options) if findings[i].label == "added"]
    if not left or len(left) < _blend_need(content, options):
        return None
    return SourceLimit(max_sources=options.max_sources, unexplained=len(left))


def _beyond_limit(
    findings: list[Finding], content: list[int], chosen: list[_Scored], options: CheckOptions
) -> list[Finding]:
    """The findings with a note on each added sentence no chosen source explains, when the
    search stopped at the limit: a sentence copied from a further source would otherwise
    read as invented, with only a line of the report to say why it may not be."""
    left = {i for i in _unexplained(content, chosen, options) if findings[i].label == "added"}
    return [
        replace(f, note=_BEYOND_LIMIT) if i in left and not f.note else f
        for i, f in enumerate(findings)
    ]


def _audit(
    article: Article,
    sentences: list[Sentence],
    chosen: list[_Scored],
    content: list[int],
    options: CheckOptions,
) -> tuple[list[Finding], list[Omission], list[SourceUse]]:
    if not chosen:
        empty = Alignment(
            matches=tuple(None for _ in sentences),
            best=np.zeros(len(sentences), dtype=np.float32),
            matrix=np.zeros((len(sentences), 0), dtype=np.float32),
        )
        findings = audit_sentences(
            sentences,
            empty,
            [],
            "",
            tagger=EntityTagger(None),
            source_text="",
            options=options.audit,
        )
        # with no source nothing was compared: a sentence is not "fabricated", only unsourced
        # (a caption, camera line or padding is still what it is)
        unsourced = [
            replace(f, added_type="unsourced", note=_NO_SOURCE)
            if f.added_type in ("fabricated_fact", "fabricated_quote")
            else f
            for f in findings
        ]
        return unsourced, [], []
    tagger = EntityTagger(models.nlp())
    per_source: list[list[Finding]] = []
    for item in chosen:
        per_source.append(
            audit_sentences(
                sentences,
                item.alignment,
                item.sentences,
                item.article.id,
                tagger=tagger,
                source_text=item.article.text,
                options=options.audit,
                source_date=item.article.date,
                other_sources=[c.article.text for c in chosen if c is not item],
                source_title=item.article.title,
            )
        )
    # each suspect sentence is judged against the source that explains it best
    findings = []
    for i in range(len(sentences)):
        best = max(range(len(chosen)), key=lambda k: chosen[k].alignment.best[i])
        aligned = [k for k in range(len(chosen)) if chosen[k].alignment.matches[i] is not None]
        pick = best if best in aligned or not aligned else aligned[0]
        findings.append(per_source[pick][i])
    omissions: list[Omission] = []
    uses: list[SourceUse] = []
    for item in chosen:
        mine = [f for f in findings if f.source_id == item.article.id]
        used = used_source_sentences(item.alignment, options.align, item.sentences, sentences)
        used |= {j for f in mine for j in f.source_indices}  # loosely supported ones too
        omissions.extend(find_omissions(item.article.id, item.sentences, used, mine, article.text))
        uses.append(_source_use(item, content, used=used, own=mine))
    return findings, omissions, uses


def _source_use(
    item: _Scored,
    content: list[int],
    *,
    used: set[int] | None = None,
    own: list[Finding] | None = None,
) -> SourceUse:
    aligned = [i for i in content if item.alignment.matches[i] is not None]
    if own is not None:
        aligned = [f.index for f in own if f.index in content]
    used = used if used is not None else item.alignment.used_source
    body = [
        s
        for s in item.sentences
        if s.role not in ("credit", "dateline", "byline") and s.index not in item.boilerplate
    ]
    a = item.article
    return SourceUse(
        id=a.id,
        title=a.title,
        publisher=a.publisher,
        url=a.url,
        date=a.date,
        score=round(item.score, 4),
        coverage=round(len(aligned) / max(len(content), 1), 4),
        reused=round(len([s for s in body if s.index in used]) / max(len(body), 1), 4),
        order_kept=round(item.alignment.order_kept(), 4),
        evidence={
            "lexical": round(item.candidate.lexical, 4),
            "dense": round(item.candidate.dense, 4),
            "names": round(item.candidate.names, 4),
            "mean_similarity": round(float(item.alignment.best.mean()), 4),
        },
    )


def _verdict(
    chosen: list[_Scored],
    uses: list[SourceUse],
    related: list[SourceUse],
    findings: list[Finding],
    content: list[int],
    options: CheckOptions,
) -> Verdict:
    if chosen:
        aligned = [f.similarity for f in findings if f.label != "added"]
        mean = float(np.mean(aligned)) if aligned else 0.0
        first = uses[0]
        names = " and ".join(u.id for u in uses)
        if mean >= options.near_copy_similarity and first.coverage >= 0.9:
            # a copy that changes a fact is still a copy: say so, or it reads as "unchanged"
            altered = sum(f.label == "altered" for f in findings)
            changed = f", with {counted(altered, 'sentence')} altered" if altered else ""
            return Verdict("near_copy", f"near-verbatim copy of {names}{changed}")
        if first.coverage == 0:
            # accepted on what the texts share though no sentence follows the source closely
            # (min_source_sentences 0): say that, not "0% of its sentences come from it"
            return Verdict(
                "derived",
                f"derived from {names}: no sentence follows {first.id} closely, but the two "
                "share names, figures and wording that independent coverage would not: every "
                "sentence was rewritten",
            )
        order = "in the same order" if first.order_kept >= 0.8 else "reordered"
        return Verdict(
            "derived",
            f"derived from {names}: {first.coverage:.0%} of its sentences come from "
            f"{first.id}, which it reuses {first.reused:.0%} of, {order}",
        )
    if len(content) < options.min_suspect_sentences:
        # what a source must explain: not its bylines, credits or a site's boilerplate
        return Verdict(
            "too_short",
            f"too short to trace: {counted(len(content), 'sentence')} of its own story; "
            f"tracing needs at least {options.min_suspect_sentences}",
        )
    if related:
        return Verdict(
            "independent",
            f"no source found; {counted(len(related), 'related article')} "
            f"{'covers' if len(related) == 1 else 'cover'} the same story but "
            f"{'was' if len(related) == 1 else 'were'} not used to write it",
        )
    return Verdict("unrelated", "no source found in the corpus")


def _machine_text(text: str, false_positive_rate: float) -> dict[str, Any]:
    from .detect import score_text

    return score_text(text, false_positive_rate=false_positive_rate).to_dict()


def _empty_report(article: Article, title: str | None, clock: _Clock) -> Report:
    return Report(
        suspect_id=article.id,
        suspect_title=title,
        word_count=0,
        verdict=Verdict("empty", "the suspect has no text"),
        sources=(),
        related=(),
        findings=(),
        omissions=(),
        machine_text=None,
        timings_ms=clock.laps,
        suspect_text=article.text,
        suspect_publisher=article.publisher,
        suspect_url=article.url,
        suspect_date=article.date,
    )


class _Clock:
    def __init__(self) -> None:
        self._start = self._last = time.perf_counter()
        self.laps: dict[str, float] = {}

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = round((now - self._last) * 1000, 2)
        self.laps["total"] = round((now - self._start) * 1000, 2)
        self._last = now
