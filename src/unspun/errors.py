"""Exceptions raised by unspun.

Every error a user can cause carries enough context to fix it in one line: the file, the
record (line number or id) and the problem. The CLI prints ``str(error)`` and exits non-zero;
it never shows a traceback for these.

The whole tree::

    UnspunError
    ├── InputError           bad input: empty, binary, not UTF-8, too large, malformed record
    ├── StoreError           the corpus database is missing, corrupt, from another version, or empty
    └── ModelError           a packaged model could not be loaded
"""

from __future__ import annotations

__all__ = ["InputError", "ModelError", "StoreError", "UnspunError"]


class UnspunError(Exception):
    """Base class of every error unspun raises on purpose."""


class InputError(UnspunError):
    """An input file or record cannot be read; names the file, record and problem."""

    def __init__(self, path: str, problem: str, *, record: str | int | None = None) -> None:
        self.path = path
        self.problem = problem
        self.record = record
        where = path if record is None else f"{path}:{record}"
        super().__init__(f"{where}: {problem}")


class StoreError(UnspunError):
    """The corpus database cannot be opened or written."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class ModelError(UnspunError):
    """A packaged model is missing or damaged."""
