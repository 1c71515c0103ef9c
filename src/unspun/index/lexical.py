"""Full-text search over the store's FTS5 index.

A rewrite shares few phrases with its source but many rare words (names, places, figures,
topic words). Ranked OR-queries over every word are slow and noisy, so the query is the
suspect's rarest words that occur in the corpus at all, chosen by their document frequency.
"""

from __future__ import annotations

import re
import unicodedata

from ..documents import STOPWORDS
from ..store import Store

__all__ = ["LexicalIndex", "query_terms"]

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STOP = STOPWORDS | frozenset("said says say new one two".split())


def _fold(text: str) -> str:
    """Lower-case and drop accents, as the index's tokenizer (remove_diacritics) does."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def query_terms(text: str) -> list[str]:
    """Distinct folded content words of ``text``, in order of first use."""
    seen: dict[str, None] = {}
    for word in _WORD.findall(_fold(text)):
        if len(word) > 2 and word not in _STOP:
            seen.setdefault(word, None)
    return list(seen)


class LexicalIndex:
    """BM25 over the rarest terms of the query text."""

    def __init__(self, store: Store, max_terms: int = 100) -> None:
        self._store = store
        self.max_terms = max_terms

    def search(self, text: str, k: int) -> list[tuple[int, float]]:
        terms = query_terms(text)[:2000]
        df = self._store.document_frequencies(terms)
        usable = sorted((t for t in terms if df.get(t, 0) > 0), key=lambda t: df[t])
        chosen = usable[: self.max_terms]
        if not chosen:
            return []
        match = " OR ".join(f'"{t}"' for t in chosen)
        return self._store.full_text_search(match, k)
