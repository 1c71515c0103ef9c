"""Plain-text articles: one file, one article, id from the file name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..documents import Article
from ._files import read_text_file

__all__ = ["read_txt"]


def read_txt(path: Path, article_id: str | None = None) -> Iterator[Article]:
    text = read_text_file(path)
    first = text.strip().splitlines()[0].strip()
    title = first if len(first) < 200 and not first.endswith((".", "!", "?")) else None
    yield Article(
        id=article_id or path.stem, text=text.strip(), title=title, extra={"source_file": str(path)}
    )
