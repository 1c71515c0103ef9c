"""HTML pages: main text and metadata through trafilatura."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..documents import Article
from ..errors import InputError
from ._files import read_text_file

__all__ = ["read_html"]


def read_html(path: Path) -> Iterator[Article]:
    import trafilatura

    html = read_text_file(path)
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, favor_precision=True
    )
    if doc is None or not (getattr(doc, "text", None) or "").strip():
        raise InputError(str(path), "no article text found in the HTML page")
    authors = tuple(a.strip() for a in (doc.author or "").split(";") if a.strip())
    yield Article(
        id=path.stem,
        text=doc.text.strip(),
        title=doc.title or None,
        publisher=doc.sitename or doc.hostname or None,
        url=doc.url or None,
        date=doc.date or None,
        authors=authors,
        extra={"source_file": str(path)},
    )
