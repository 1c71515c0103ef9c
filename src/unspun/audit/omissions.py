"""Omissions: source passages the suspect leaves out, attributions and credits included."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..align import Alignment, AlignOptions
from ..documents import Sentence
from ..results import Finding, Omission, OmissionKind
from .qualifiers import ATTRIBUTION
from .text import stems

__all__ = ["find_omissions", "used_source_sentences"]

# --- omissions ---------------------------------------------------------------------------

_SAY_WORDS = {"accor", "said", "says", "added", "told", "repor", "state", "annou", "confi"}
_OMISSION_KIND: dict[str, OmissionKind] = {
    "credit": "credit",
    "byline": "byline",
    "dateline": "dateline",
}


def find_omissions(
    source_id: str,
    source_sentences: list[Sentence],
    used: Iterable[int],
    findings: list[Finding],
    suspect_text: str,
) -> list[Omission]:
    """Source sentences the suspect never draws on, and attributions it dropped."""
    used_set = set(used)
    suspect_stems = stems(suspect_text)
    omissions: list[Omission] = []
    for sentence in source_sentences:
        if sentence.index not in used_set:
            omissions.append(
                Omission(
                    source_id,
                    sentence.index,
                    sentence.start,
                    sentence.end,
                    sentence.text,
                    _OMISSION_KIND.get(sentence.role, "content"),
                )
            )
        # attributions are called out on their own, whether the sentence went or stayed
        for m in ATTRIBUTION.finditer(sentence.text):
            phrase = m.group().lstrip(", ").strip()
            names = [w for w in re.findall(r"[A-Z][\w’'-]*", phrase)[1:] if len(w) > 2]
            if names:  # the named party, e.g. the agency in "according to Russia's Tass"
                words = {re.sub(r"[’'].*$", "", names[-1]).lower()[:5]}
            else:
                words = {w[:5] for w in re.findall(r"[a-z]{4,}", phrase.lower())} - _SAY_WORDS
            if words and not words <= suspect_stems:
                start = sentence.start + m.start() + (len(m.group()) - len(m.group().lstrip(", ")))
                omissions.append(
                    Omission(
                        source_id,
                        sentence.index,
                        start,
                        start + len(phrase),
                        phrase,
                        "attribution",
                    )
                )
    omissions.sort(key=lambda o: (o.index, o.start, o.kind == "attribution"))
    return omissions


def used_source_sentences(alignment: Alignment, options: AlignOptions) -> set[int]:
    """Source sentences the suspect draws on: aligned, or as close as an aligned one."""
    used = set(alignment.used_source)
    if alignment.matrix.size:
        used |= {int(j) for j in (alignment.matrix.max(axis=0) >= options.match).nonzero()[0]}
    return used
