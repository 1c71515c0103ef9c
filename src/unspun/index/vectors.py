"""Dense document vectors and nearest-neighbour search."""

from __future__ import annotations

from typing import Protocol

import numpy as np

__all__ = ["ExactVectorIndex", "VectorIndex"]


class VectorIndex(Protocol):
    """What retrieval needs from a vector index: top-k (rowid, cosine) for a unit query."""

    def search(self, query: np.ndarray, k: int) -> list[tuple[int, float]]: ...

    def __len__(self) -> int: ...


class ExactVectorIndex:
    """Brute-force cosine search over an in-memory matrix of unit vectors.

    Exact and fast for archives up to a few hundred thousand articles (one matrix-vector
    product). Larger archives need an approximate index (usearch) or sharding; not built yet.
    """

    def __init__(self, rowids: np.ndarray, matrix: np.ndarray) -> None:
        self._rowids = rowids
        self._matrix = np.ascontiguousarray(matrix, dtype=np.float32)

    def __len__(self) -> int:
        return len(self._rowids)

    def search(self, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        if len(self._rowids) == 0:
            return []
        scores = self._matrix @ query.astype(np.float32)
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        return [(int(self._rowids[i]), float(scores[i])) for i in top]
