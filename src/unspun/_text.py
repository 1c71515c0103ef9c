"""Wording shared by every output: the verdicts, the terminal, the HTML page and the CLI."""

from __future__ import annotations

import unicodedata

__all__ = ["counted", "one_line", "source_limit_line"]


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` and the noun that agrees with it: "1 article", "2 articles", "0 articles"."""
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


def source_limit_line(limit: dict[str, int]) -> str:
    """What a report's ``source_limit`` means, in one line a reader can act on."""
    return (
        f"Stopped at {counted(limit['max_sources'], 'source')}: "
        f"{counted(limit['unexplained'], 'sentence')} may come from further sources; "
        "raise --max-sources to look for more"
    )


def one_line(text: str) -> str:
    """``text`` on one line without control characters: a publisher, id, title or sentence
    that a record or page gives cannot start a line of its own ("...\\nVerdict: unrelated")
    nor send the terminal an escape sequence."""
    return " ".join("".join(" " if unicodedata.category(c) == "Cc" else c for c in text).split())
