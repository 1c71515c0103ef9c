"""A short terminal summary of a report, with rich."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from .._text import counted, one_line, source_limit_line
from ..results import Report

__all__ = ["counted", "render_terminal"]

_STYLE = {"supported": "green", "altered": "yellow", "added": "red"}
_METADATA_ROLES = ("dateline", "byline", "credit")


def _clip(text: str, limit: int) -> str:
    """``text`` cut at a word before ``limit`` characters, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _printable(value: Any) -> Any:
    """``value`` (a report's JSON form) with every string in it made :func:`one_line`:
    source ids, titles and sentences come from the corpus or the suspect, as untrusted as
    the suspect's publisher."""
    if isinstance(value, str):
        return one_line(value)
    if isinstance(value, dict):
        return {key: _printable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_printable(item) for item in value]
    return value


def render_terminal(report: Report, console: Console | None = None, *, limit: int = 60) -> None:
    console = console or Console()
    data: dict[str, Any] = _printable(report.to_dict(include_texts=False))
    verdict = data["verdict"]
    said = [data["suspect"].get(k) or "" for k in ("publisher", "date", "url")]
    if said := [part for part in said if part]:
        console.print(Text(f"Suspect: {' · '.join(said)}"))
    console.print(Text(f"Verdict: {verdict['kind']}", style="bold"), "-", Text(verdict["summary"]))
    for source in data["sources"]:
        title = f" ({escape(source['title'])})" if source.get("title") else ""
        console.print(
            f"  source [bold]{escape(source['id'])}[/]{title}: covers "
            f"{source['coverage']:.0%} of the suspect, reuses {source['reused']:.0%} of the "
            f"source, order kept {source['order_kept']:.0%}",
            highlight=False,
        )
    if data.get("source_limit"):
        console.print(Text(source_limit_line(data["source_limit"]), style="yellow"))
    for related in data["related"]:
        console.print(Text(f"  related (not a source): {related['id']}"))
    counts = data["counts"]
    metadata = sum(
        1 for f in data["findings"] if f["label"] == "added" and f["role"] in _METADATA_ROLES
    )
    kinds = "dateline, byline or credit line"
    of_which = f" ({metadata} of them {'a ' + kinds if metadata == 1 else kinds + 's'})"
    of_which = of_which if metadata else ""
    if data["sources"]:
        omitted = counted(counts["omitted"], "source passage")
        console.print(
            f"Sentences: [green]{counts['supported']} supported[/], [yellow]{counts['altered']} "
            f"altered[/], [red]{counts['added']} added[/]{of_which}; {omitted} omitted"
        )
        flagged = [f for f in data["findings"] if f["label"] != "supported"]
    else:
        # nothing was compared: list only what a sentence is whatever its source (captions,
        # camera lines, padding)
        console.print(f"Sentences: {len(data['findings'])}, not compared (no source)")
        flagged = [f for f in data["findings"] if f["added_type"] not in (None, "unsourced")]
    if flagged:
        table = Table(show_header=True, header_style="bold", show_lines=False, expand=True)
        table.add_column("#", justify="right", width=3)
        table.add_column("label", width=16)
        table.add_column("suspect sentence", ratio=3)
        table.add_column("evidence", ratio=2)
        for f in flagged[:limit]:
            kind = f.get("added_type") or (f["role"] if f["role"] in _METADATA_ROLES else None)
            label = f["label"] + (f" / {kind}" if kind else "")
            evidence = "; ".join(f"{c['type']}: {c['explanation']}" for c in f["changes"])
            table.add_row(
                str(f["index"] + 1),  # people count sentences from 1
                Text(label, style=_STYLE[f["label"]]),
                Text(f["text"]),
                Text(evidence),
            )
        console.print(table)
    if data["omissions"]:
        console.print("[bold]Omitted from the source:[/]")
        for o in data["omissions"][:limit]:
            line = Text(f"  [{o['kind']}] ", style="dim") + Text(_clip(o["text"], 160))
            for part in o.get("parts", []):  # an attribution or credit it takes with it
                line += Text(f" ({part['kind']} dropped with it: ", style="dim")
                line += Text(_clip(part["text"], 80)) + Text(")", style="dim")
            console.print(line)
    machine = data.get("machine_text")
    if machine:
        if machine.get("too_short"):
            console.print("Machine-text score: too short to judge")
        else:
            console.print(
                f"Machine-text score: {machine['probability']:.2f} (threshold "
                f"{machine['threshold']:.2f} at {machine['false_positive_rate']:.0%} false "
                "positives): evidence, not a verdict",
                highlight=False,
            )
            # the detector's first line restates the score for standalone use
            reasons = [e for e in machine.get("evidence", []) if not e.startswith("calibrated")]
            for reason in reasons[:4]:
                console.print(Text(f"  - {reason}"))
