"""unspun: trace rewritten news back to its source and show what was changed.

>>> import unspun
>>> corpus = unspun.Corpus.open("news.unspun")         # doctest: +SKIP
>>> report = unspun.check(suspect_text, corpus)        # doctest: +SKIP
>>> report.verdict.kind, report.counts()               # doctest: +SKIP
"""

from __future__ import annotations

from .core import CheckOptions, check, compare
from .corpus import AddResult, Corpus
from .documents import Article, Sentence, split_sentences
from .errors import InputError, ModelError, StoreError, UnspunError
from .results import SCHEMA_VERSION, Change, Finding, Omission, Report, SourceUse, Verdict

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "AddResult",
    "Article",
    "Change",
    "CheckOptions",
    "Corpus",
    "Finding",
    "InputError",
    "ModelError",
    "Omission",
    "Report",
    "Sentence",
    "SourceUse",
    "StoreError",
    "UnspunError",
    "Verdict",
    "__version__",
    "check",
    "compare",
    "split_sentences",
]
