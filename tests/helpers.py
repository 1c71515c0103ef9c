"""Helpers test files share: the typed changes between two sentences, what a comparison
lists as omitted, and files made read-only."""

import os
import subprocess

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


def make_read_only(paths) -> list:
    """Make files and folders unwritable (by permissions, or for root, which they do not
    bind, by the immutable flag); the undo steps, or None where neither works."""
    undo = []
    for path in paths:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        undo.append(lambda path=path, mode=mode: path.chmod(mode))
    if all(not os.access(path, os.W_OK) for path in paths):
        return undo
    for path in paths:
        if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
            for step in undo:
                step()
            return None
        undo.append(lambda path=path: subprocess.run(["chattr", "-i", str(path)], check=True))
    return undo
