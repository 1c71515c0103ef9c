"""unspun: trace rewritten news back to its source and show what was changed.

>>> import unspun
>>> corpus = unspun.Corpus.open("news.unspun")         # doctest: +SKIP
>>> report = unspun.check(suspect_text, corpus)        # doctest: +SKIP
>>> report.verdict.kind, report.counts()               # doctest: +SKIP

The names below are imported when first used, so ``import unspun`` (and the command's
start, which installs its Ctrl-C handling first) does not wait for numpy and the models.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .core import CheckOptions, check, compare
    from .corpus import AddResult, Corpus
    from .documents import Article, Sentence, split_sentences
    from .errors import InputError, ModelError, StoreError, UnspunError
    from .results import (
        SCHEMA_VERSION,
        Change,
        Finding,
        Omission,
        Report,
        SourceLimit,
        SourceUse,
        Verdict,
    )

__version__ = "0.1.0"

#: each public name and the module that defines it
_HOMES = {
    "CheckOptions": "core",
    "check": "core",
    "compare": "core",
    "AddResult": "corpus",
    "Corpus": "corpus",
    "Article": "documents",
    "Sentence": "documents",
    "split_sentences": "documents",
    "InputError": "errors",
    "ModelError": "errors",
    "StoreError": "errors",
    "UnspunError": "errors",
    "SCHEMA_VERSION": "results",
    "Change": "results",
    "Finding": "results",
    "Omission": "results",
    "Report": "results",
    "SourceLimit": "results",
    "SourceUse": "results",
    "Verdict": "results",
}

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
    "SourceLimit",
    "SourceUse",
    "StoreError",
    "UnspunError",
    "Verdict",
    "__version__",
    "check",
    "compare",
    "split_sentences",
]


#: the stages, reachable as ``unspun.ingest`` and so on without importing them first
_MODULES = frozenset(
    "align audit batch cli core corpus detect documents errors evaluate index ingest models report "
    "results retrieve serve store".split()
)


def __getattr__(name: str) -> Any:
    if name in _MODULES:
        return import_module(f".{name}", __name__)  # the import binds it here
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'unspun' has no attribute {name!r}")
    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value  # imported once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
