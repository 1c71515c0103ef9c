"""Helpers the audit's test files share: the typed changes between two sentences."""

from unspun.audit import EntityTagger, find_changes
from unspun.documents import Sentence
from unspun.models import nlp


def _changes_list(suspect: str, source: str) -> list:
    s = Sentence("s", 0, 0, len(suspect), suspect, "body")
    t = Sentence("t", 0, 0, len(source), source, "body")
    return find_changes(s, [t], tagger=EntityTagger(nlp()), source_text=source)


def _changes(suspect: str, source: str) -> dict:
    return {c.type: c for c in _changes_list(suspect, source)}
