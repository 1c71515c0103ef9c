"""Paths and the context a claim is read with, shared by the verifier experiment's scripts."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DATA = Path(os.environ.get("UNSPUN_DATA", ROOT.parent / "shared" / "data"))
WORK = Path(os.environ.get("VERIFIER_WORK", "/tmp/claims_verifier"))
CONTEXT = 3  # source sentences a claim is read with


def articles(ids: set[str]) -> dict[str, str]:
    """The news_corpus texts of these ids."""
    found = {}
    with gzip.open(DATA / "news_corpus" / "corpus.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] in ids:
                found[record["id"]] = record["text"]
    return found


_cache: dict[str, tuple] = {}


def context(claim: str, source_text: str) -> str | None:
    """The claim's nearest source sentences (unspun's similarity), in the source's order."""
    from unspun import models
    from unspun.align import similarity_matrix
    from unspun.documents import split_sentences

    digest = hashlib.sha1(source_text.encode()).hexdigest()
    if digest not in _cache:
        sentences = [s for s in split_sentences(source_text) if len(s.text.split()) >= 4]
        vectors = models.embedder().encode([s.text for s in sentences]) if sentences else None
        _cache[digest] = (sentences, vectors)
    sentences, vectors = _cache[digest]
    claim_sentences = split_sentences(claim)
    if not sentences or not claim_sentences:
        return None
    best = similarity_matrix(claim_sentences, sentences, source_vectors=vectors).max(0)
    nearest = sorted(best.argsort()[::-1][:CONTEXT])
    return " ".join(sentences[i].text for i in nearest)
