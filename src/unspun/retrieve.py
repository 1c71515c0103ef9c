"""Candidate sources for a suspect article.

Three views of the corpus, each strong where the others are weak on an LLM paraphrase:
BM25 over the suspect's rarest words (exact names and terms survive rewording), cosine of
static document embeddings (meaning survives when every word changed), and IDF-weighted
overlap of name keys (who and where survive both). The views only propose a small pool;
the pool is ranked by how much of the suspect each candidate's sentences actually cover
(:mod:`unspun.core`), by BM25 of the whole suspect against each pool member, and by the
phrasing each shares with the suspect (:mod:`unspun.index.overlap`: rare words, bigrams,
trigrams, figures kept; a rewrite that changes the facts keeps them, independent coverage of
the same event does not). On the rewrite pairs, reciprocal-rank fusion of the three views
scored below BM25 alone, and alignment-based reranking above both (see BENCHMARKS.md).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import numpy as np

from ._options import require_number
from .corpus import Corpus, document_vector
from .documents import Sentence
from .index import (
    DERIVATION_FEATURES,
    SuspectPhrases,
    candidate_names,
    name_keys,
    name_overlap,
)
from .models import embedder

__all__ = [
    "ACCEPT_FEATURES",
    "CHANCE_LIFT",
    "SOURCE_FEATURES",
    "STRETCH_SENTENCES",
    "TYPICAL_SENTENCES",
    "Candidate",
    "RetrieveOptions",
    "SourceModel",
    "add_margins",
    "chance_corrected",
    "chance_lift",
    "find_candidates",
    "source_features",
]


@dataclass(frozen=True)
class RetrieveOptions:
    """How wide each view looks and how many fused candidates come back."""

    lexical_k: int = 15
    dense_k: int = 5
    exclude: frozenset[str] = frozenset()  # ids never to propose (the suspect itself, say)

    def __post_init__(self) -> None:
        require_number(self, "lexical_k", 0, integer=True)
        require_number(self, "dense_k", 0, integer=True)
        if isinstance(self.exclude, str | bytes):
            raise TypeError("RetrieveOptions.exclude must be a set of article ids (strings)")
        exclude = frozenset(self.exclude)  # once: a generator can be read only once
        if not all(isinstance(i, str) for i in exclude):
            raise TypeError("RetrieveOptions.exclude must be a set of article ids (strings)")
        object.__setattr__(self, "exclude", exclude)


@dataclass(frozen=True)
class Candidate:
    """A possible source and the evidence for it."""

    article_id: str
    rowid: int
    score: float  # normalised BM25 until ranked by the source model (see SourceModel)
    lexical: float  # BM25 score over the best BM25 score of the pool (0 when not retrieved)
    dense: float  # cosine of document vectors
    names: float  # IDF-weighted share of the suspect's name keys it mentions (0..1)
    bm25: float = 0.0  # BM25 of the whole suspect over the best such score in the pool
    #: shared phrasing with the suspect (:data:`unspun.index.DERIVATION_FEATURES`)
    derivation: dict[str, float] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, float | str]:
        return {
            "id": self.article_id,
            "score": round(self.score, 5),
            "lexical": round(self.lexical, 4),
            "dense": round(self.dense, 4),
            "names": round(self.names, 4),
            "bm25": round(self.bm25, 4),
            **{name: round(value, 4) for name, value in self.derivation.items()},
        }


def find_candidates(
    text: str,
    sentences: list[Sentence],
    corpus: Corpus,
    options: RetrieveOptions | None = None,
    *,
    sentence_vectors: np.ndarray | None = None,
) -> list[Candidate]:
    """Ranked candidate sources for ``text`` (best first)."""
    options = options or RetrieveOptions()
    n = len(corpus)
    if n == 0 or not sentences:
        return []
    if sentence_vectors is None:
        sentence_vectors = embedder().encode([s.text for s in sentences])
    query_vector = document_vector(sentences, sentence_vectors)

    excluded = {r for r in map(corpus.store.rowid_of, options.exclude) if r is not None}
    lexical = [
        x
        for x in corpus.lexical.search(text, options.lexical_k + len(excluded))
        if x[0] not in excluded
    ][: options.lexical_k]
    dense = [
        x
        for x in corpus.vectors.search(query_vector, options.dense_k + len(excluded))
        if x[0] not in excluded
    ][: options.dense_k]
    top_bm25 = max((score for _, score in lexical), default=1.0) or 1.0
    lexical_scores = {rowid: score / top_bm25 for rowid, score in lexical}
    dense_scores = dict(dense)
    pool = list(dict.fromkeys([r for r, _ in lexical] + [r for r, _ in dense]))
    missing_dense = [r for r in pool if r not in dense_scores]
    if missing_dense:
        dense_scores.update(_dense_for(corpus, missing_dense, query_vector))

    keys = name_keys(text)
    stored = corpus.store.names_by_rowid(pool)
    df = corpus.store.document_frequencies(keys)
    ids, documents = _ids_and_texts(corpus, pool)
    whole = corpus.lexical.pool_scores(text, documents)
    top_whole = max(whole.values(), default=1.0) or 1.0
    phrases = SuspectPhrases(text, corpus.lexical.term_frequencies(text), n)
    candidates = [
        Candidate(
            article_id=ids[rowid],
            rowid=rowid,
            score=lexical_scores.get(rowid, 0.0),
            lexical=lexical_scores.get(rowid, 0.0),
            dense=dense_scores.get(rowid, 0.0),
            names=name_overlap(
                keys, candidate_names(documents.get(rowid, ""), stored.get(rowid, [])), df, n
            ),
            bm25=whole.get(rowid, 0.0) / top_whole,
            derivation=phrases.against(documents.get(rowid, "")),
        )
        for rowid in pool
    ]
    return sorted(candidates, key=lambda c: -c.score)


def _ids_and_texts(corpus: Corpus, rowids: list[int]) -> tuple[dict[int, str], dict[int, str]]:
    """Each rowid's article id, and its title and text (what the full-text index holds)."""
    if not rowids:
        return {}, {}
    marks = ",".join("?" * len(rowids))
    ids, texts = {}, {}
    for rowid, article_id, title, body in corpus.store.execute(
        f"SELECT rowid, id, title, text FROM articles WHERE rowid IN ({marks})", tuple(rowids)
    ):
        ids[rowid] = article_id
        texts[rowid] = f"{title or ''}\n{body}"
    return ids, texts


def _dense_for(corpus: Corpus, rowids: list[int], query: np.ndarray) -> dict[int, float]:
    marks = ",".join("?" * len(rowids))
    out = {}
    for rowid, blob in corpus.store.execute(
        f"SELECT rowid, vector FROM articles WHERE rowid IN ({marks})", tuple(rowids)
    ):
        vector = np.frombuffer(blob, dtype=np.float16).astype(np.float32)
        out[rowid] = float(vector @ query)
    return out


#: shared phrasing and its lead over the best other candidate (both models read these)
_DERIVATION = (*DERIVATION_FEATURES, *(f"{name}_margin" for name in DERIVATION_FEATURES))

#: alignment and retrieval evidence both models read
_EVIDENCE = (
    "mean",
    "coverage",
    "top_half",
    "lexical",
    "names",
    "dense",
    "mean_margin",  # added by add_margins: lead over the best other candidate
    "lexical_margin",
)

#: what ranks the candidates of one suspect (which of them is the source)
SOURCE_FEATURES = (*_EVIDENCE, "bm25", "bm25_margin", *_DERIVATION)

#: what decides whether the best-ranked candidate was used at all ("no source" otherwise).
#: Only what the suspect and the candidate say of each other: nothing scaled by, or measured
#: against, the other candidates. In a small archive the one article on a story has no rival,
#: so a lead over the rest says nothing about whether it was used (those features made a
#: three-article demo corpus name a source for independent coverage); on news_corpus they add
#: nothing to the decision either (train half, cross-validated: scripts/fit_source_model.py).
ACCEPT_FEATURES = (
    "mean",
    "coverage",
    "top_half",
    "names",
    "dense",
    "aligned_40",  # log(1 + suspect sentences at similarity >= 0.40), a bar below align's match
    "share_40",
    "aligned_35",
    "share_35",
    "top3",  # mean of the three best sentence similarities
    "top1",
    *DERIVATION_FEATURES,
)

_MARGINS = ("mean", "lexical", "bm25", *DERIVATION_FEATURES)


#: a source this many sentences long or shorter (nine in ten news_corpus articles) is read
#: as it is; a longer one has its similarities lowered by CHANCE_LIFT per doubling beyond it
TYPICAL_SENTENCES = 40
#: how much the best similarity of an unrelated suspect sentence rises per doubling of the
#: source: against random news sentences its 98th percentile goes 0.44 (40 sentences), 0.49
#: (160), 0.59 (640), 0.63 (1,280), so a 1,300-sentence transcript "matched" 14% of the
#: sentences of an unrelated suspect at align's 0.46 bar (40 sentences: 1%)
CHANCE_LIFT = 0.04


def chance_lift(source_sentences: int) -> float:
    """What a source's length alone adds to a suspect sentence's best similarity to it: the
    best of more sentences is higher by chance (zero up to :data:`TYPICAL_SENTENCES`)."""
    if source_sentences <= TYPICAL_SENTENCES:
        return 0.0
    return CHANCE_LIFT * math.log2(source_sentences / TYPICAL_SENTENCES)


#: the stretch of a long source that a rewrite of one of its stories draws on
STRETCH_SENTENCES = 64
#: ... holds at least this many of the suspect's sentences at align's match bar
STRETCH_MATCHES = 3


def chance_corrected(matrix: np.ndarray, match: float) -> np.ndarray:
    """Each suspect sentence's best similarity to a source (``matrix``: suspect x source
    sentences), less what the source's length alone gives it (:func:`chance_lift`).

    The lift is for matches found anywhere in a long source. A rewrite of one story of a
    transcript or a live blog draws on one stretch of it, and a match there is no chance of
    the whole length: in the stretch of :data:`STRETCH_SENTENCES` sentences that explains
    the suspect best, a sentence is lifted only as much as in an article of that length,
    when :data:`STRETCH_MATCHES` of them reach the ``match`` bar there. An unrelated
    suspect's chance matches are strewn over the whole source (against 1,300 sentences of
    random news, as many pass the match bar as with the whole length's lift); a rewrite of
    a story in a transcript was otherwise lifted out of its source (0.2 at 1,300 sentences,
    more than a paraphrase clears the bar by)."""
    best = matrix.max(axis=1) if matrix.size else np.zeros(len(matrix), dtype=np.float32)
    sentences = matrix.shape[1] if matrix.ndim == 2 else 0
    lift = chance_lift(sentences)
    if not lift:
        return best
    corrected = np.maximum(best - lift, 0.0)
    if sentences <= STRETCH_SENTENCES:
        return corrected
    # stretch[:, s]: the best similarity among source sentences s .. s + STRETCH - 1
    stretch, width = matrix, 1
    while width < STRETCH_SENTENCES:
        stretch = np.maximum(stretch[:, :-width], stretch[:, width:])
        width *= 2
    used = stretch[:, int(stretch.sum(axis=0).argmax())] - chance_lift(STRETCH_SENTENCES)
    if (used >= match).sum() < STRETCH_MATCHES:
        return corrected  # no stretch a rewrite draws on: chance matches, strewn
    return np.maximum(corrected, used)


def source_features(candidate: Candidate, best: np.ndarray, match: float) -> dict[str, float]:
    """What says a candidate was used: how well its sentences explain the suspect's
    (``best``: each content sentence's best similarity to it, less what the source's
    length alone lifts it by, see :func:`chance_corrected`) and the retrieval evidence.
    The ``*_margin`` features need the other candidates: see :func:`add_margins`."""
    if len(best) == 0:
        best = np.zeros(1, dtype=np.float32)
    ordered = np.sort(best)
    n = len(best)
    at_40 = int((best >= 0.40).sum())
    at_35 = int((best >= 0.35).sum())
    return {
        "mean": float(best.mean()),
        "coverage": float((best >= match).mean()),
        "top_half": float(ordered[n // 2 :].mean()),
        "lexical": candidate.lexical,
        "names": candidate.names,
        "dense": candidate.dense,
        "bm25": candidate.bm25,
        "aligned_40": math.log1p(at_40),
        "share_40": at_40 / n,
        "aligned_35": math.log1p(at_35),
        "share_35": at_35 / n,
        "top3": float(ordered[-3:].mean()),
        "top1": float(ordered[-1]),
        **{name: candidate.derivation.get(name, 0.0) for name in DERIVATION_FEATURES},
    }


def add_margins(features: list[dict[str, float]]) -> None:
    """A source stands out from the other candidates; same-story coverage comes in crowds.
    Sets each candidate's lead over the best *other* candidate of the same pool."""
    for name in _MARGINS:
        values = [f[name] for f in features]
        for i, f in enumerate(features):
            best_other = max((v for j, v in enumerate(values) if j != i), default=0.0)
            f[f"{name}_margin"] = f[name] - best_other


@dataclass(frozen=True)
class SourceModel:
    """Two logistic models: one over :data:`SOURCE_FEATURES` ranks the candidates (which
    is likeliest the source), one over :data:`ACCEPT_FEATURES` decides whether the best of
    them was used at all.

    Fitted by ``scripts/fit_source_model.py`` on half of the public rewrite pairs (split by
    source id). The acceptance model learns true sources against texts with no source in
    the corpus: the same rewrites with their source removed (their best other candidate,
    usually coverage of the same story) and machine-written news that rewrote nothing;
    ``threshold`` is the acceptance probability only a fixed share of those reach (see the
    artefact's ``fitted`` notes).
    """

    weights: tuple[float, ...]
    bias: float
    accept_weights: tuple[float, ...]
    accept_bias: float
    threshold: float

    @classmethod
    def load(cls, path: str | None = None) -> SourceModel:
        return _load_source_model(path)

    def probability(self, features: dict[str, float]) -> float:
        """How likely this candidate, rather than another of the pool, is the source."""
        return _logistic(self.bias, self.weights, SOURCE_FEATURES, features)

    def accept_probability(self, features: dict[str, float]) -> float:
        """How likely a best-ranked candidate was used at all (compare with threshold)."""
        return _logistic(self.accept_bias, self.accept_weights, ACCEPT_FEATURES, features)


def _logistic(
    bias: float, weights: tuple[float, ...], names: tuple[str, ...], features: dict[str, float]
) -> float:
    z = bias + sum(w * features[name] for w, name in zip(weights, names, strict=True))
    return 1.0 / (1.0 + math.exp(-max(min(z, 500.0), -500.0)))


@lru_cache(maxsize=4)
def _load_source_model(path: str | None) -> SourceModel:
    if path is None:
        text = (resources.files("unspun") / "resources" / "source_model.json").read_text("utf-8")
    else:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    data = json.loads(text)
    if tuple(data["features"]) != SOURCE_FEATURES:
        raise ValueError(f"source model features {data['features']} != {SOURCE_FEATURES}")
    if tuple(data.get("accept_features", ())) != ACCEPT_FEATURES:
        raise ValueError(
            f"source model at {path or 'package'} has no acceptance model for {ACCEPT_FEATURES}"
            " (refit with scripts/fit_source_model.py)"
        )
    return SourceModel(
        tuple(data["weights"]),
        float(data["bias"]),
        tuple(data["accept_weights"]),
        float(data["accept_bias"]),
        float(data["threshold"]),
    )
