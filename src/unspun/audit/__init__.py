"""The audit: label every suspect sentence, type what changed, list what was left out.

Given an alignment of suspect sentences to source sentences:

- an aligned sentence is ``supported`` unless a typed change is found against its source
  sentence(s), then ``altered``; each change carries the suspect words and the source words;
- an unaligned sentence is ``added`` and typed: ``camera_line`` (image-generator residue),
  ``caption`` (an invented photo caption), ``filler`` (editorial padding),
  ``fabricated_quote`` (quoted speech) or ``fabricated_fact``; except that one still close to
  the source (``AuditOptions.added_similarity``) that names no person, place or figure the
  source lacks is a loose paraphrase: ``supported`` against its nearest source sentences,
  with a note, and checked for changes like any aligned sentence;
- every source sentence the suspect does not draw on is ``omitted``, and so is every
  attribution ("according to ...", "... said") dropped from a sentence it did draw on.

Changes come from the text: spaCy entities for who/where/when/how-many (tagged only for
sentences with a capitalised word, figure or time word their source lacks, which keeps the
audit fast), acronyms and short forms matched to their expansions, names swapped for another
of the same source on closely matched sentences, word patterns and a lexicon of opposites
for direction, negation, hedging, conditions and attribution, and the dependency parse for
two parties that changed places (``roles``); who says a source sentence, named in it or
before it, for words given another speaker (``speakers``). A dropped qualifier (hedge,
negation, condition) is only reported where the sentence, or the clause of it that says the
qualified clause, follows its source closely (``clauses.closely_carried``). The
thresholds are fitted on the train half of news data (scripts/train_consistency.py); none
of it knows any particular article.
"""

from __future__ import annotations

from .added import added_type
from .attribution import ATTRIBUTION
from .changes import find_changes
from .labels import AuditOptions, audit_sentences, change_types
from .mentions import new_specifics
from .omissions import find_omissions, used_source_sentences
from .tagging import EntityTagger

__all__ = [
    "ATTRIBUTION",
    "AuditOptions",
    "EntityTagger",
    "added_type",
    "audit_sentences",
    "change_types",
    "find_changes",
    "find_omissions",
    "new_specifics",
    "used_source_sentences",
]
