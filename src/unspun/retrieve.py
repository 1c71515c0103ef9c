"""Candidate sources for a suspect article.

Three views of the corpus, each strong where the others are weak on an LLM paraphrase:
BM25 over the suspect's rarest words (exact names and terms survive rewording), cosine of
static document embeddings (meaning survives when every word changed), and IDF-weighted
overlap of name keys (who and where survive both). The views only propose a small pool;
the pool is ranked by how much of the suspect each candidate's sentences actually cover
(:mod:`unspun.core`), with BM25 as a tie-breaker. On the rewrite pairs, reciprocal-rank fusion
of the three views scored below BM25 alone, and alignment-based reranking above both
(see BENCHMARKS.md).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from .corpus import Corpus, document_vector
from .documents import Sentence
from .index import name_keys, name_overlap
from .models import embedder

__all__ = [
    "SOURCE_FEATURES",
    "Candidate",
    "RetrieveOptions",
    "SourceModel",
    "find_candidates",
    "source_features",
]


@dataclass(frozen=True)
class RetrieveOptions:
    """How wide each view looks and how many fused candidates come back."""

    lexical_k: int = 15
    dense_k: int = 5
    exclude: frozenset[str] = frozenset()  # ids never to propose (the suspect itself, say)


@dataclass(frozen=True)
class Candidate:
    """A possible source and the evidence for it."""

    article_id: str
    rowid: int
    score: float  # normalised BM25 until ranked by the source model (see SourceModel)
    lexical: float  # BM25 score over the best BM25 score of the pool (0 when not retrieved)
    dense: float  # cosine of document vectors
    names: float  # IDF-weighted share of the suspect's name keys it mentions (0..1)

    def to_dict(self) -> dict[str, float | str]:
        return {
            "id": self.article_id,
            "score": round(self.score, 5),
            "lexical": round(self.lexical, 4),
            "dense": round(self.dense, 4),
            "names": round(self.names, 4),
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
    ids = _ids_for(corpus, pool)
    candidates = [
        Candidate(
            article_id=ids[rowid],
            rowid=rowid,
            score=lexical_scores.get(rowid, 0.0),
            lexical=lexical_scores.get(rowid, 0.0),
            dense=dense_scores.get(rowid, 0.0),
            names=name_overlap(keys, stored.get(rowid, []), df, n),
        )
        for rowid in pool
    ]
    return sorted(candidates, key=lambda c: -c.score)


def _ids_for(corpus: Corpus, rowids: list[int]) -> dict[int, str]:
    if not rowids:
        return {}
    marks = ",".join("?" * len(rowids))
    return dict(
        corpus.store.execute(
            f"SELECT rowid, id FROM articles WHERE rowid IN ({marks})", tuple(rowids)
        )
    )


def _dense_for(corpus: Corpus, rowids: list[int], query: np.ndarray) -> dict[int, float]:
    marks = ",".join("?" * len(rowids))
    out = {}
    for rowid, blob in corpus.store.execute(
        f"SELECT rowid, vector FROM articles WHERE rowid IN ({marks})", tuple(rowids)
    ):
        vector = np.frombuffer(blob, dtype=np.float16).astype(np.float32)
        out[rowid] = float(vector @ query)
    return out


SOURCE_FEATURES = (
    "mean",
    "coverage",
    "top_half",
    "lexical",
    "names",
    "dense",
    "mean_margin",  # added by core.rank_sources: lead over the best other candidate
    "lexical_margin",
)


def source_features(candidate: Candidate, best: np.ndarray, match: float) -> dict[str, float]:
    """What says a candidate was used: how well its sentences explain the suspect's
    (``best``: each content sentence's best similarity to it) and the retrieval evidence."""
    if len(best) == 0:
        best = np.zeros(1, dtype=np.float32)
    ordered = np.sort(best)
    return {
        "mean": float(best.mean()),
        "coverage": float((best >= match).mean()),
        "top_half": float(ordered[len(ordered) // 2 :].mean()),
        "lexical": candidate.lexical,
        "names": candidate.names,
        "dense": candidate.dense,
    }


@dataclass(frozen=True)
class SourceModel:
    """A logistic model over :data:`SOURCE_FEATURES`: ranks candidates and decides "source".

    Fitted by ``scripts/fit_source_model.py`` on half of the public rewrite pairs (split by
    source id); ``threshold`` is the probability the best *non-source* candidate of a
    rewrite reaches in only a fixed share of cases (see the artefact's ``fitted`` notes).
    """

    weights: tuple[float, ...]
    bias: float
    threshold: float

    @classmethod
    def load(cls, path: str | None = None) -> SourceModel:
        return _load_source_model(path)

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(
            w * features[name] for w, name in zip(self.weights, SOURCE_FEATURES, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-z))


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
    return SourceModel(tuple(data["weights"]), float(data["bias"]), float(data["threshold"]))
