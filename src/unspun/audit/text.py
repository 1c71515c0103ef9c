"""Normal forms the change checks compare text in: keys, stems, and spans of matches.

Shared by the entity, direction and qualifier checks and by omissions, so each compares
words the same way.
"""

from __future__ import annotations

import re
import unicodedata

from ..results import Span

__all__ = ["DENYING", "acronyms", "denies", "key", "match_span", "stems", "unaccented"]

#: words that deny what follows them: "not", "never", "failed to", "refused to"
DENYING = frozenset(
    "not no never nor without fail fails failed refuse refuses refused decline declines "
    "declined".split()
)


def denies(words: list[str], also: frozenset[str] = frozenset()) -> bool:
    """Do these lower-case words hold a denial ("not", "never", "wasn’t", "failed")?"""
    return bool((DENYING | also) & set(words)) or any(w.endswith(("n't", "n’t")) for w in words)


def key(text: str) -> str:
    """Lower-case words separated by single spaces: 'The U.S.' -> 'the u s'."""
    return re.sub(r"[^\w]+", " ", text.lower()).strip()


def stems(text: str) -> set[str]:
    """The first five letters of every word longer than two letters, accents dropped
    ("Erdoğan" and "Erdogan" are one word)."""
    return {w[:5] for w in re.findall(r"\w+", unaccented(text).lower()) if len(w) > 2}


def unaccented(text: str) -> str:
    """The text without its accents: "Sánchez" -> "Sanchez" (letters with no plain form,
    such as "ø", stay)."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def acronyms(text: str) -> set[str]:
    """Words of three or more capitals ("IMF", "CDC"), as written: they never equal a
    :func:`stems` word, so the two sets can be joined."""
    return set(re.findall(r"\b[A-Z]{3,}\b", text))


def match_span(base: int, match: re.Match[str]) -> Span:
    """A match in a sentence as a span of its article; ``base`` is the sentence's start."""
    return Span(base + match.start(), base + match.end(), match.group())
