"""Plain, immutable result objects: what a check found.

A :class:`Report` is the contract between the library and everything that shows it: its
``to_dict()`` is the JSON form described by ``unspun/report/schema.json`` (versioned by
``SCHEMA_VERSION``); the terminal and HTML outputs render that.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

__all__ = [
    "SCHEMA_VERSION",
    "AddedType",
    "Change",
    "ChangeType",
    "Finding",
    "Label",
    "Omission",
    "OmissionKind",
    "Report",
    "SourceLimit",
    "SourceUse",
    "Span",
    "Verdict",
    "VerdictKind",
]

SCHEMA_VERSION = "1.5"

Label = Literal["supported", "altered", "added"]
ChangeType = Literal[
    "entity",
    "number",
    "date",
    "direction",
    "negation",
    "hedging",
    "condition",
    "attribution",
    "location",
]
AddedType = Literal[
    "fabricated_fact", "fabricated_quote", "filler", "caption", "camera_line", "unsourced"
]
OmissionKind = Literal["content", "detail", "attribution", "credit", "byline", "dateline"]
VerdictKind = Literal["derived", "near_copy", "independent", "unrelated", "too_short", "empty"]


@dataclass(frozen=True)
class Span:
    """A stretch of text with its character offsets in its article."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Change:
    """One typed difference between a suspect sentence and its source sentence(s)."""

    type: ChangeType
    suspect: Span | None  # the suspect's words (None when the suspect dropped something)
    source: Span | None  # the source words it contradicts or drops
    explanation: str


@dataclass(frozen=True)
class Finding:
    """The audit of one suspect sentence."""

    index: int
    start: int
    end: int
    text: str
    role: str
    label: Label
    similarity: float  # best similarity to any source sentence (0..1)
    source_id: str | None = None
    source_sentences: tuple[Span, ...] = ()
    source_indices: tuple[int, ...] = ()
    changes: tuple[Change, ...] = ()
    added_type: AddedType | None = None
    note: str = ""


@dataclass(frozen=True)
class Omission:
    """A source passage the suspect leaves out."""

    source_id: str
    index: int  # source sentence index
    start: int
    end: int
    text: str
    kind: OmissionKind
    #: in a sentence left out whole, the attributions ("AFP said") and photo credits it takes
    #: with it: called out here rather than listed again as omissions of their own
    parts: tuple[Omission, ...] = ()


@dataclass(frozen=True)
class SourceUse:
    """A source article and how the suspect used it."""

    id: str
    title: str | None
    publisher: str | None
    url: str | None
    date: str | None
    score: float  # probability that this candidate, rather than another found, is the source
    coverage: float  # share of the suspect's content sentences drawn from this source
    reused: float  # share of the source's sentences (its boilerplate not counted) drawn on
    order_kept: float  # 1.0 = suspect follows the source's order, 0.5 = unrelated order
    evidence: dict[str, float] = field(default_factory=dict)  # lexical, dense, names


@dataclass(frozen=True)
class SourceLimit:
    """The source search stopped at ``max_sources`` sources while ``unexplained`` of the
    suspect's content sentences (labelled added) were left that no named source explains:
    enough for a further source, so they may come from one rather than be invented."""

    max_sources: int
    unexplained: int


@dataclass(frozen=True)
class Verdict:
    kind: VerdictKind
    summary: str


@dataclass(frozen=True)
class Report:
    """Everything a check found about one suspect article."""

    suspect_id: str
    suspect_title: str | None
    word_count: int
    verdict: Verdict
    sources: tuple[SourceUse, ...]
    related: tuple[SourceUse, ...]
    findings: tuple[Finding, ...]
    omissions: tuple[Omission, ...]
    machine_text: dict[str, Any] | None
    timings_ms: dict[str, float]
    #: each source's text and sentence spans ``{"text": str, "sentences": [[start, end, role]]}``
    source_texts: dict[str, dict[str, Any]] = field(default_factory=dict, compare=False)
    suspect_text: str = ""
    #: what the input says of the suspect itself: who published it, where and when
    suspect_publisher: str | None = None
    suspect_url: str | None = None
    suspect_date: str | None = None
    #: set when the search stopped at the ``max_sources`` limit with sentences unexplained
    source_limit: SourceLimit | None = None
    schema_version: str = SCHEMA_VERSION

    @property
    def derived(self) -> bool:
        return self.verdict.kind in ("derived", "near_copy")

    @property
    def sources_limited(self) -> bool:
        """True when more sources may exist than the ``max_sources`` limit let it name."""
        return self.source_limit is not None

    def counts(self) -> dict[str, int]:
        out = {"supported": 0, "altered": 0, "added": 0}
        for finding in self.findings:
            out[finding.label] += 1
        out["omitted"] = len(self.omissions)
        return out

    def to_dict(self, *, include_texts: bool = True) -> dict[str, Any]:
        """The JSON form (see ``report/schema.json``)."""
        data: dict[str, Any] = {
            "schema_version": self.schema_version,
            "suspect": {
                "id": self.suspect_id,
                "title": self.suspect_title,
                "word_count": self.word_count,
                "publisher": self.suspect_publisher,
                "url": self.suspect_url,
                "date": self.suspect_date,
                **({"text": self.suspect_text} if include_texts else {}),
            },
            "verdict": asdict(self.verdict),
            "counts": self.counts(),
            "sources": [asdict(s) for s in self.sources],
            "source_limit": asdict(self.source_limit) if self.source_limit else None,
            "related": [asdict(s) for s in self.related],
            "findings": [asdict(f) for f in self.findings],
            "omissions": [asdict(o) for o in self.omissions],
            "machine_text": self.machine_text,
            "timings_ms": self.timings_ms,
        }
        if include_texts:
            data["source_texts"] = self.source_texts
        return _plain(data)


def _plain(value: Any) -> Any:
    """A copy made of JSON's types (a tuple becomes a list), so the dict validates against
    the schema as it is and changing it leaves the report alone."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value
