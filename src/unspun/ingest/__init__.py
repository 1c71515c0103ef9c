"""Readers that turn input files into Articles, one module per input kind.

Every reader yields :class:`~unspun.documents.Article` objects lazily and raises
:class:`~unspun.errors.InputError` naming the file, the record and the problem. Records read
before an error have already been yielded, so a caller that commits as it goes loses nothing.
"""

from __future__ import annotations

from ._files import (
    MAX_DOCUMENT_BYTES,
    invalid_unicode,
    iter_input_files,
    read_articles,
    read_text_file,
    unknown_type_files,
)
from .html import article_from_html, read_html
from .jsonl import article_from_record, read_jsonl
from .text import article_from_text, read_txt

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "article_from_html",
    "article_from_record",
    "article_from_text",
    "invalid_unicode",
    "iter_input_files",
    "read_articles",
    "read_html",
    "read_jsonl",
    "read_text_file",
    "read_txt",
    "unknown_type_files",
]
