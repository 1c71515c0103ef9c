"""Typed changes between a suspect sentence and the source sentences it draws on.

Runs the checks in turn: entities, figures and dates (``entities``), how much of a
group (``quantities``), direction
(``direction``), a word, figure or party swapped in shared wording, or two parties that
changed places (``substitutions``, with ``roles``), then negation, hedging, condition and
attribution (``negation``, ``hedging``, ``conditions``, ``attribution``).
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from datetime import date

from ..documents import Sentence
from ..results import Change
from .attribution import (
    attribution_changes,
    dropped_attribution,
    speaker_retyped,
    speaker_swapped,
)
from .conditions import condition_changes
from .direction import direction_changes
from .entities import entity_changes
from .forms import article_forms
from .hedging import certainty_lowered, hedging_changes, planned_as_done
from .negation import negation_changes
from .numbers import hedged_figure_changes
from .quantities import quantity_changes
from .substitutions import substitution_changes
from .tagging import EntityTagger
from .text import stems

__all__ = ["find_changes"]


def find_changes(
    suspect: Sentence,
    sources: list[Sentence],
    *,
    tagger: EntityTagger,
    source_text: str,
    entities: bool | None = None,
    swaps: bool = False,
    published: date | None = None,
    beside: Sequence[Sentence] = (),
    said_beside: Set[str] | None = None,
    article_sentences: Sequence[Sentence] = (),
) -> list[Change]:
    """Typed differences between a suspect sentence and the source sentences it draws on.

    ``entities`` says whether to tag entities at all (None: when the sentence has a
    capitalised word, figure or time word the source lacks, see ``may_name_new``).
    ``swaps``: also report a name or figure found elsewhere in the source but not in these
    source sentences, in place of one they have (who did it swapped with another party);
    for sentences that follow their source closely. ``published``: the source's publication
    day, which gives its "yesterday" and "last November" a calendar date. ``beside``: the
    source sentences next to these (a negation carried over from one of them is no flip, nor
    is a name or figure one of them says, unless it stands where these sentences have
    another).
    ``said_beside``: stems of the suspect sentences next to this one, where a speaker the
    source names may still be named; None: do not judge a dropped attribution.
    ``article_sentences``: every sentence of the source, where a speaker named before the
    source sentences ("he said") is found, and a denial of the same thing another sentence
    makes (no flip).
    """
    article = article_forms(source_text)
    changes = entity_changes(
        suspect,
        sources,
        tagger=tagger,
        article=article,
        entities=entities,
        swaps=swaps,
        published=published,
        beside=beside,
    )
    if "number" not in {c.type for c in changes}:
        changes += hedged_figure_changes(suspect, sources)
    if "number" not in {c.type for c in changes}:
        changes += quantity_changes(suspect, sources)
    changes += direction_changes(suspect, sources)
    # a swap the checks above typed already (the same words, or a change of that type)
    typed = {c.type for c in changes}
    swapped = [
        c
        for c in substitution_changes(suspect, sources, close=swaps, source_text=source_text)
        if c.type not in typed and not any(_overlap(c, other) for other in changes)
    ]
    changes += swapped
    if suspect.role == "headline":
        # headlines are telegraphic: dropping a hedge or a clause there is compression
        return changes
    suspect_stems = stems(suspect.text)
    changes += negation_changes(suspect, sources, suspect_stems, beside, article_sentences)
    hedged = hedging_changes(suspect, sources, suspect_stems)
    changes += (
        hedged
        or planned_as_done(suspect, sources, suspect_stems)
        or certainty_lowered(suspect, sources)
    )
    changes += condition_changes(suspect, sources, suspect_stems, source_text)
    moved = attribution_changes(
        suspect, sources, article.stems, swaps, source_text
    ) or speaker_swapped(suspect, sources, article_sentences)
    if moved:  # a speaker swapped is an attribution change, not also an entity one
        said = moved[0].suspect
        changes = [
            c
            for c in changes
            if not (
                c.type == "entity"
                and c.suspect
                and said
                and c.suspect.start < said.end
                and said.start < c.suspect.end
            )
        ]
    changes += moved
    if not moved and said_beside is not None:
        changes += dropped_attribution(suspect, sources, said_beside)
    if not any(c.type == "attribution" for c in changes):
        changes = speaker_retyped(suspect, changes)
    # "able" for "unable" is one swap, not also the source's "unable" gone
    return [
        c
        for c in changes
        if c in swapped or not (c.type == "negation" and any(_overlap(c, s) for s in swapped))
    ]


def _overlap(a: Change, b: Change) -> bool:
    """Do two changes point at overlapping words, of the suspect or of the source?"""
    return any(
        x is not None and y is not None and x.start < y.end and y.start < x.end
        for x, y in ((a.suspect, b.suspect), (a.source, b.source))
    )
