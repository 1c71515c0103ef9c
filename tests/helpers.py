"""Helpers the audit's test files share: the typed changes between two sentences, and
what a comparison lists as omitted."""

import unspun
from unspun.audit import EntityTagger, find_changes
from unspun.documents import Sentence
from unspun.models import nlp


def changes_list(suspect: str, source: str) -> list:
    """The changes `find_changes` finds in one suspect sentence against one source sentence."""
    s = Sentence("s", 0, 0, len(suspect), suspect, "body")
    t = Sentence("t", 0, 0, len(source), source, "body")
    return find_changes(s, [t], tagger=EntityTagger(nlp()), source_text=source)


def changes_by_type(suspect: str, source: str) -> dict:
    """The same, keyed by change type."""
    return {c.type: c for c in changes_list(suspect, source)}


def omitted(suspect: str, source: str) -> list[tuple[str, str]]:
    """The (kind, text) of every omission `unspun.compare` lists for a suspect against
    its source."""
    return [(o.kind, o.text) for o in unspun.compare(suspect, source).omissions]
