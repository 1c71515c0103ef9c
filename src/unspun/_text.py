"""Wording shared by every output: the verdicts, the terminal, the HTML page and the CLI."""

from __future__ import annotations

__all__ = ["counted"]


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` and the noun that agrees with it: "1 article", "2 articles", "0 articles"."""
    return f"{n} {singular if n == 1 else plural or singular + 's'}"
