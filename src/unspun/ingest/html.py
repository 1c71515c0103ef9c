"""HTML pages: main text and metadata through trafilatura."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..documents import Article
from ..errors import InputError
from ._files import read_text_file

__all__ = ["article_from_html", "read_html"]


def read_html(path: Path, article_id: str | None = None) -> Iterator[Article]:
    yield article_from_html(
        read_text_file(path), article_id or path.stem, where=str(path), source_file=str(path)
    )


def article_from_html(
    html: str, article_id: str, *, where: str = "<html>", source_file: str | None = None
) -> Article:
    """The article in an HTML page: main text, title, publisher, URL, date and authors
    (``unspun.check`` reads plain text, so a page goes through this first)."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, favor_precision=True
    )
    doc = extracted if extracted is None or isinstance(extracted, dict) else extracted.as_dict()
    if not isinstance(doc, dict) or not (doc.get("text") or "").strip():
        raise InputError(where, "no article text found in the HTML page")
    authors = tuple(a.strip() for a in (doc.get("author") or "").split(";") if a.strip())
    return Article(
        id=article_id,
        text=doc["text"].strip(),
        title=doc.get("title") or None,
        publisher=doc.get("sitename") or doc.get("hostname") or None,
        url=doc.get("url") or None,
        date=doc.get("date") or None,
        authors=authors,
        extra={"source_file": source_file} if source_file else {},
    )
