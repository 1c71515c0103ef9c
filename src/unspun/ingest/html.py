"""HTML pages: main text and metadata through trafilatura."""

from __future__ import annotations

import codecs
import contextlib
import re
from collections.abc import Iterator
from pathlib import Path

from ..documents import Article
from ..errors import InputError
from ._files import read_text_file

__all__ = ["article_from_html", "read_html"]


# <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">
_META_CHARSET = re.compile(rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
# what browsers read these labels as (the WHATWG Encoding Standard)
_AS_BROWSERS_READ = {"iso8859-1": "cp1252", "ascii": "cp1252"}


def declared_encoding(data: bytes) -> str | None:
    """The encoding a page's ``<meta>`` declares in its first 1024 bytes (where browsers
    look), as a Python codec name; None when it declares UTF-8, none, or one Python does not
    decode text with.
    Older news sites serve windows-1252 or ISO-8859-1 pages so, and a saved page keeps it."""
    found = _META_CHARSET.search(data[:1024])
    if found is None:
        return None
    try:
        name = codecs.lookup(found.group(1).decode("ascii")).name
        _probe(name)  # a text encoding, not a transform such as "base64" or "rot13"
    except LookupError:
        return None
    return None if name == "utf-8" else _AS_BROWSERS_READ.get(name, name)


def _probe(name: str) -> None:
    """Raise LookupError unless ``name`` decodes bytes to text (an empty input is not tried)."""
    with contextlib.suppress(UnicodeDecodeError):  # a text encoding ("utf-16" needs two bytes)
        b"a".decode(name)


def read_html(path: Path, article_id: str | None = None) -> Iterator[Article]:
    """The article in an HTML file: UTF-8, or, when it is not, the encoding it declares."""
    yield article_from_html(
        read_text_file(path, declared_encoding),
        article_id or path.stem,
        where=str(path),
        source_file=str(path),
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
