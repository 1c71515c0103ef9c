"""Shared phrasing: evidence that a candidate was *used*, not merely about the same story.

Independent coverage of an event shares the topic and a few names with the suspect; a
rewrite, even one that changes the facts, keeps many of its source's specific words,
phrases and figures. These features measure the second: the IDF-weighted share of the
suspect's rare words, word bigrams and trigrams that occur in the candidate, how many
trigrams and figures it shares, the longest shared run of words, and the share of the
candidate's content words the suspect repeats. All come from plain word lists, so a pool
of twenty candidates costs a few milliseconds.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from .lexical import _STOP, _words
from .names import name_keys

__all__ = ["DERIVATION_FEATURES", "SuspectPhrases"]

#: what :meth:`SuspectPhrases.against` returns, in this order
DERIVATION_FEATURES = (
    "d_uni",  # IDF-weighted share of the suspect's content words in the candidate
    "d_bi",  # ... of its word bigrams that hold a content word
    "d_tri",  # ... of its word trigrams that hold a content word
    "d_long",  # log(1 + longest run of suspect words found in the candidate, in trigrams)
    "d_ntri",  # log(1 + distinct suspect trigrams found in the candidate)
    "d_back",  # share of the candidate's distinct content words the suspect uses
    "d_num",  # share of the suspect's figures (name keys with a digit) in the candidate
    "d_nnum",  # log(1 + those figures)
)


def _content(word: str) -> bool:
    return len(word) > 2 and word not in _STOP


class SuspectPhrases:
    """The suspect's words and phrases with their weights, prepared once per check.

    ``document_frequency`` maps folded content words to the number of corpus articles
    holding them (words it lacks count as unseen); ``n`` is the corpus size."""

    def __init__(self, text: str, document_frequency: Mapping[str, int], n: int) -> None:
        words = _words(text)
        unseen = math.log(1.0 + (n + 0.5) / 0.5)
        weights = []
        for word in words:
            if not _content(word):
                weights.append(0.0)
                continue
            df = document_frequency.get(word, 0)
            weights.append(math.log(1.0 + (n - df + 0.5) / (df + 0.5)) if df > 0 else unseen)
        self._words = words
        self._unigrams = {w: v for w, v in zip(words, weights, strict=True) if v > 0.0}
        self._bigrams = _grams(words, weights, 2)
        self._trigrams = _grams(words, weights, 3)
        self._figures = [k for k in name_keys(text) if any(c.isdigit() for c in k)]
        self._totals = (
            sum(self._unigrams.values()) or 1.0,
            sum(self._bigrams.values()) or 1.0,
            sum(self._trigrams.values()) or 1.0,
        )

    def against(self, document: str) -> dict[str, float]:
        """The :data:`DERIVATION_FEATURES` of one candidate (its title and text)."""
        words = _words(document)
        vocabulary = set(words)
        bigrams = set(zip(words, words[1:], strict=False))
        trigrams = set(zip(words, words[1:], words[2:], strict=False))
        uni_total, bi_total, tri_total = self._totals
        shared_trigrams = [g for g in self._trigrams if g in trigrams]
        held = set(name_keys(document))  # whole figures: "40" is not in "1940" or "400"
        figures = sum(1 for k in self._figures if k in held)
        content = {w for w in vocabulary if _content(w)}
        return {
            "d_uni": sum(v for w, v in self._unigrams.items() if w in vocabulary) / uni_total,
            "d_bi": sum(v for g, v in self._bigrams.items() if g in bigrams) / bi_total,
            "d_tri": sum(self._trigrams[g] for g in shared_trigrams) / tri_total,
            "d_long": math.log1p(self._longest_run(trigrams)),
            "d_ntri": math.log1p(len(shared_trigrams)),
            "d_back": len(content & self._unigrams.keys()) / max(len(content), 1),
            "d_num": figures / len(self._figures) if self._figures else 0.0,
            "d_nnum": math.log1p(figures),
        }

    def _longest_run(self, trigrams: set[tuple[str, str, str]]) -> int:
        """Words in the longest stretch of the suspect whose every trigram the candidate
        holds (0 when it holds none)."""
        words = self._words
        best = run = 0
        for i in range(len(words) - 2):
            if (words[i], words[i + 1], words[i + 2]) in trigrams:
                run += 1
                best = max(best, run)
            else:
                run = 0
        return best + 2 if best else 0


def _grams(words: list[str], weights: list[float], n: int) -> dict[tuple[str, ...], float]:
    """Each distinct n-gram holding a content word, weighted by its rarest word's IDF."""
    out: dict[tuple[str, ...], float] = {}
    for i in range(len(words) - n + 1):
        weight = max(weights[i : i + n])
        if weight > 0.0:
            out[tuple(words[i : i + n])] = weight
    return out
