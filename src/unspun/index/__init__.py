"""Indexes over the corpus, each behind one small interface.

- :mod:`.lexical`: full-text search (SQLite FTS5, BM25 over the rarest query terms)
- :mod:`.vectors`: dense document vectors (exact in-memory search)
- :mod:`.names`: name keys and their IDF-weighted overlap
- :mod:`.overlap`: shared phrasing between the suspect and one candidate
- :mod:`.boilerplate`: lines a site prints on unrelated articles (sentence keys)
"""

from __future__ import annotations

from .boilerplate import boilerplate_keys, sentence_key, sentence_keys
from .lexical import LexicalIndex, query_terms
from .names import candidate_names, name_keys, name_overlap
from .overlap import DERIVATION_FEATURES, SuspectPhrases
from .vectors import ExactVectorIndex, VectorIndex

__all__ = [
    "DERIVATION_FEATURES",
    "ExactVectorIndex",
    "LexicalIndex",
    "SuspectPhrases",
    "VectorIndex",
    "boilerplate_keys",
    "candidate_names",
    "name_keys",
    "name_overlap",
    "query_terms",
    "sentence_key",
    "sentence_keys",
]
