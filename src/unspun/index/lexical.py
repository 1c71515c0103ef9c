"""Full-text search over the store's FTS5 index.

A rewrite shares few phrases with its source but many rare words (names, places, figures,
topic words). Ranked OR-queries over every word are slow and noisy, so the query is the
suspect's rarest words that occur in the corpus at all, chosen by their document frequency.
Once a small pool of candidates is known, :meth:`LexicalIndex.pool_scores` scores each of
them against the *whole* suspect (Okapi BM25 from the index's own document frequencies and
length statistics), which no FTS5 query can afford over the full corpus.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter

from ..documents import STOPWORDS
from ..store import Store

__all__ = ["LexicalIndex", "query_terms"]

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STOP = STOPWORDS | frozenset("said says say new one two".split())


def _fold(text: str) -> str:
    """Lower-case and drop accents, as the index's tokenizer (remove_diacritics) does."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words(text: str) -> list[str]:
    """All folded words of ``text`` (as :func:`_fold` then the word pattern, but folding
    only the few words that are not plain ASCII)."""
    words = _WORD.findall(text.lower())
    if text.isascii():
        return words
    return [w if w.isascii() else _fold(w) for w in words]


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
        self._last: tuple[tuple[str, tuple[int, int]], list[str], dict[str, int]] | None = None

    def _terms(self, text: str) -> tuple[list[str], dict[str, int]]:
        """The query terms of ``text`` and their document frequencies (the vocabulary
        lookup is the slow part; search and pool_scores of one suspect share it, as long as
        the corpus has not changed in between)."""
        key = (text, self._store.revision())
        last = self._last  # one read: another thread may replace it meanwhile
        if last is None or last[0] != key:
            terms = query_terms(text)[:2000]
            last = (key, terms, self._store.document_frequencies(terms))
            self._last = last
        return last[1], last[2]

    def term_frequencies(self, text: str) -> dict[str, int]:
        """Corpus document frequency of each content word of ``text`` that occurs at all."""
        return self._terms(text)[1]

    def search(self, text: str, k: int) -> list[tuple[int, float]]:
        terms, df = self._terms(text)
        usable = sorted((t for t in terms if df.get(t, 0) > 0), key=lambda t: df[t])
        chosen = usable[: self.max_terms]
        if not chosen:
            return []
        match = " OR ".join(f'"{t}"' for t in chosen)
        return self._store.full_text_search(match, k)

    def pool_scores(
        self, text: str, documents: dict[int, str], *, k1: float = 1.5, b: float = 0.75
    ) -> dict[int, float]:
        """Okapi BM25 of all of ``text`` against each of ``documents`` (rowid -> title and
        text): every content word of the query, counted as often as it occurs, with the
        corpus's document frequencies and mean length (FTS5's averages record)."""
        terms, df = self._terms(text)
        wanted = set(terms)
        counts = Counter(w for w in _words(text) if w in wanted)
        n_docs, mean_length = self._averages()
        if not counts or not documents or n_docs == 0:
            return dict.fromkeys(documents, 0.0)
        weight = {
            t: q * math.log(1.0 + (n_docs - df[t] + 0.5) / (df[t] + 0.5))
            for t, q in counts.items()
            if df.get(t, 0) > 0
        }
        out = {}
        for rowid, doc in documents.items():
            words = _words(doc)
            norm = k1 * (1.0 - b + b * len(words) / mean_length)
            tf = Counter(filter(weight.__contains__, words))
            out[rowid] = sum((weight[t] * f * (k1 + 1.0) / (f + norm) for t, f in tf.items()), 0.0)
        return out

    def _averages(self) -> tuple[int, float]:
        """(documents, mean tokens per document over all columns), read from FTS5's averages
        record (``fts_data`` row 1: varints for the row count, then each column's total)."""
        row = self._store.execute("SELECT block FROM fts_data WHERE id = 1").fetchone()
        if row is None or not row[0]:
            return 0, 1.0
        values = _varints(bytes(row[0]))
        if len(values) < 2 or values[0] == 0:
            return 0, 1.0
        return values[0], max(sum(values[1:]) / values[0], 1.0)


def _varints(block: bytes) -> list[int]:
    """SQLite's big-endian varints (7 bits a byte, the ninth byte whole)."""
    out: list[int] = []
    i = 0
    while i < len(block):
        value = 0
        for k in range(9):
            if i >= len(block):
                return out
            byte = block[i]
            i += 1
            if k == 8:
                value = (value << 8) | byte
                break
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
        out.append(value)
    return out
