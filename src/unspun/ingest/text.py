"""Plain-text articles: one file, one article, id from the file name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..documents import Article
from ._files import read_text_file

__all__ = ["article_from_text", "read_txt"]


def read_txt(path: Path, article_id: str | None = None) -> Iterator[Article]:
    yield article_from_text(read_text_file(path), article_id or path.stem, source_file=str(path))


def article_from_text(text: str, article_id: str, *, source_file: str | None = None) -> Article:
    """A plain-text article; a first line that reads as a headline (short, no full stop) is
    its title."""
    first = text.strip().splitlines()[0].strip() if text.strip() else ""
    title = first if first and len(first) < 200 and not first.endswith((".", "!", "?")) else None
    return Article(
        id=article_id,
        text=text.strip(),
        title=title,
        extra={"source_file": source_file} if source_file else {},
    )
