"""Scoring unspun against audit cases (docs/FORMATS.md) and claim files.

An audit case gives a suspect text, its gold sources and expectations for key sentences
and omitted passages. A case is checked against a corpus exactly as a user would check it;
the scores are label accuracy and macro-F1 over supported/altered/added, per-label
precision and recall, change-type accuracy, omission recall, source recall@1 and the number
of false "derived" calls on cases that have no source.
"""

from __future__ import annotations

import gzip
import json
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args

from .core import CheckOptions, check, compare
from .corpus import Corpus
from .errors import InputError
from .ingest._files import decode
from .ingest.jsonl import cr_ends_a_line, json_problem
from .results import AddedType, ChangeType, Finding, Report

__all__ = [
    "CaseResult",
    "Evaluation",
    "evaluate_claims",
    "evaluate_cases",
    "is_claim_record",
    "read_cases",
    "read_numbered_cases",
    "score_case",
    "quotes_not_in_sources",
    "source_quote_problems",
    "unknown_source_ids",
]

LABELS = ("supported", "altered", "added")
_OMISSION_COVERED = 0.5  # share of an expected omitted passage the reported omissions cover
# omissions of a phrase, not a passage: one that opens or closes an expected passage meets it
_SHORT_KINDS = frozenset({"attribution", "credit", "byline", "dateline"})
_EDGE = " \t\n,.;:!?\"'“”‘’()-–—"


@dataclass
class CaseResult:
    case_id: str
    derived_gold: bool
    predicted_sources: list[str]
    gold_sources: list[str]
    label_pairs: list[tuple[str, str, list[str]]] = field(default_factory=list)
    change_pairs: list[tuple[str, str | None]] = field(default_factory=list)
    #: (gold change type, predicted label) for every labelled change, found or not (unless
    #: the prediction is a label the case also accepts)
    change_labels: list[tuple[str, str]] = field(default_factory=list)
    omissions_met: list[bool] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)


@dataclass
class Evaluation:
    cases: list[CaseResult]

    def metrics(self) -> dict[str, Any]:
        pairs = [p for c in self.cases for p in c.label_pairs]
        correct = [pred == gold or pred in accept for gold, pred, accept in pairs]
        # a prediction the case also accepts is scored as that label, so that an accepted
        # "supported" does not count as a recalled "altered"
        scored = [(pred if pred in accept else gold, pred) for gold, pred, accept in pairs]
        # None where a score is undefined: precision of a label never predicted, recall and
        # F1 of a label no case has
        per_label: dict[str, dict[str, float | None]] = {}
        f1s = []
        for label in LABELS:
            tp = sum(1 for g, p in scored if g == p == label)
            predicted = sum(1 for g, p in scored if p == label)
            actual = sum(1 for g, p in scored if g == label)
            precision = tp / predicted if predicted else None
            recall = tp / actual if actual else None
            f1 = None
            if recall is not None:
                f1 = 2 * precision * recall / (precision + recall) if precision and recall else 0.0
                f1s.append(f1)
            per_label[label] = {
                "precision": _rounded(precision),
                "recall": _rounded(recall),
                "f1": _rounded(f1),
                "support": actual,
            }
        changes = [p for c in self.cases for p in c.change_pairs]
        omissions = [m for c in self.cases for m in c.omissions_met]
        derived = [c for c in self.cases if c.derived_gold]
        return {
            "n_cases": len(self.cases),
            "n_sentences": len(pairs),
            "label_accuracy": round(sum(correct) / len(pairs), 4) if pairs else None,
            "macro_f1": round(sum(f1s) / len(f1s), 4) if f1s else None,
            "per_label": per_label,
            "change_accuracy": (
                round(sum(g == p for g, p in changes) / len(changes), 4) if changes else None
            ),
            "per_change_type": _per_change_type(
                changes, [p for c in self.cases for p in c.change_labels]
            ),
            "omission_recall": round(sum(omissions) / len(omissions), 4) if omissions else None,
            "source_recall_at_1": (
                round(
                    sum(
                        bool(c.predicted_sources) and c.predicted_sources[0] in c.gold_sources
                        for c in derived
                    )
                    / len(derived),
                    4,
                )
                if derived
                else None
            ),
            "false_derived": sum(
                1 for c in self.cases if not c.derived_gold and c.predicted_sources
            ),
        }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _per_change_type(
    pairs: list[tuple[str, str | None]], labelled: list[tuple[str, str]]
) -> dict[str, dict[str, float | None]]:
    """Per change type: ``recall`` and ``precision`` of the type among sentences given the
    right label (``support`` of them), and ``flagged``: the share of all ``labelled``
    sentences with that change that got the case's label at all (`altered`, or `added` for
    the added types), whatever type the audit named. ``flagged`` says how often a kind of
    change is caught; ``recall`` how often, once caught, it is named right."""
    added_types = set(get_args(AddedType))
    out: dict[str, dict[str, float | None]] = {}
    kinds = {g for g, _ in pairs} | {p for _, p in pairs if p} | {g for g, _ in labelled}
    for kind in sorted(kinds):
        tp = sum(1 for g, p in pairs if g == kind and p == kind)
        gold = sum(1 for g, _ in pairs if g == kind)
        pred = sum(1 for _, p in pairs if p == kind)
        label = "added" if kind in added_types else "altered"
        of_kind = [p for g, p in labelled if g == kind]
        out[kind] = {
            "recall": round(tp / gold, 4) if gold else None,
            "precision": round(tp / pred, 4) if pred else None,
            "support": gold,
            "flagged": round(of_kind.count(label) / len(of_kind), 4) if of_kind else None,
            "labelled": len(of_kind),
        }
    return out


def read_cases(path: str | Path) -> Iterator[dict[str, Any]]:
    """Audit cases from a JSON Lines file, with a clear error for a bad line."""
    for _, case in read_numbered_cases(path):
        yield case


def read_numbered_cases(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Each case of :func:`read_cases` with its line number, for messages that name it."""
    path = Path(path)
    try:
        raw = path.read_bytes()
        if path.name.lower().endswith(".gz"):
            raw = gzip.decompress(raw)
    except (gzip.BadGzipFile, zlib.error) as err:
        raise InputError(str(path), f"damaged .gz file ({err})") from None
    except FileNotFoundError:
        raise InputError(str(path), "no such file or folder") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a folder; give a .jsonl file of cases or claims") from None
    except (OSError, EOFError) as err:
        raise InputError(str(path), getattr(err, "strerror", None) or str(err)) from None
    text = decode(raw, str(path))
    seen: dict[str, int] = {}  # case id -> its line
    # records end at "\n" alone: str.splitlines() also breaks at U+2028, U+2029 and U+0085,
    # which JSON strings may hold as they are (a text copied from a web page); in a file
    # whose first line ends with "\r" alone (old Mac line ends), at "\r" (as corpus files
    # are read: ingest.jsonl.record_lines)
    first_end = re.search(r"\r\n?|\n", text)
    ending = (
        "\r"
        if first_end is not None
        and first_end.group() == "\r"
        and cr_ends_a_line(text[: first_end.start()])
        else "\n"
    )
    for number, line in enumerate(text.split(ending), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        try:
            case = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(str(path), json_problem(line, err), record=number) from None
        if not isinstance(case, dict) or not (
            isinstance(case.get("suspect_text"), str) or is_claim_record(case)
        ):
            raise InputError(
                str(path),
                "record is neither an audit case (a 'suspect_text' string) nor a claim "
                "('source_text', 'claim_text' and 'label' strings)",
                record=number,
            )
        _check_case(case, str(path), number)
        if "suspect_text" in case:
            # a case's misses are shown by its id: two cases under one id cannot be told apart
            case_id = case["id"]
            if case_id in seen:
                raise InputError(
                    str(path), f"id {case_id!r} is also on line {seen[case_id]}", record=number
                )
            seen[case_id] = number
        yield number, case


_LABELS = {"supported", "altered", "added"}
_CLAIM_LABELS = {"consistent", "inconsistent"}
#: what an expectation's "change" may name, by its label (the report schema's enums)
_CHANGES: dict[str, tuple[str, ...]] = {
    "altered": get_args(ChangeType),
    "added": get_args(AddedType),
    "supported": (),
}


def _check_case(case: dict[str, Any], where: str, number: int) -> None:
    """Refuse a malformed case or claim with its line number, before any work."""
    if "suspect_text" not in case:
        if case["label"] not in _CLAIM_LABELS:
            raise InputError(
                where, f"claim label must be one of {sorted(_CLAIM_LABELS)}", record=number
            )
        for key in ("source_text", "claim_text"):
            if not case[key].strip():
                raise InputError(where, f"'{key}' is empty", record=number)
        return
    case["id"] = _as_id(case.get("id"))
    if not isinstance(case["id"], str) or not case["id"]:
        raise InputError(where, "'id' must be a non-empty string", record=number)
    for key in ("source_ids", "same_event_as"):
        if isinstance(case.get(key), list):
            case[key] = [_as_id(i) for i in case[key]]
        ids = case.get(key)
        if ids is not None and not (isinstance(ids, list) and all(isinstance(i, str) for i in ids)):
            raise InputError(where, f"'{key}' must be a list of corpus ids", record=number)
    if not isinstance(case.get("derived", False), bool):
        # bool("false") is True: a string here would be scored as the opposite
        raise InputError(where, "'derived' must be true or false", record=number)
    for key in ("suspect_expectations", "omitted_expectations"):
        items = case.get(key, [])
        if not isinstance(items, list) or not all(isinstance(x, dict) for x in items):
            raise InputError(where, f"'{key}' must be a list of objects", record=number)
        for item in items:
            if item.get("source_id") is not None:
                item["source_id"] = _as_id(item["source_id"])
            if not isinstance(item.get("quote"), str):
                raise InputError(where, f"an item of '{key}' has no 'quote'", record=number)
            if not item["quote"].strip():
                # an empty quote is in every text: it would be met by anything
                raise InputError(where, f"an item of '{key}' has an empty 'quote'", record=number)
            if not isinstance(item.get("source_id"), str | None):
                raise InputError(where, "'source_id' must be a corpus id or null", record=number)
            if not isinstance(item.get("metadata", False), bool):
                raise InputError(where, "'metadata' must be true or false", record=number)
            source_quote = item.get("source_quote")
            if source_quote is not None and not (
                isinstance(source_quote, str) and source_quote.strip()
            ):
                # checked against its source once the corpus is open (source_quote_problems)
                raise InputError(
                    where,
                    f"an item of '{key}' has a 'source_quote' that is not text",
                    record=number,
                )
            if key == "suspect_expectations":
                _check_expectation(item, where, number)
            if key == "suspect_expectations" and item["quote"] not in case["suspect_text"]:
                raise InputError(
                    where, f"quote not in suspect_text: {item['quote'][:60]!r}", record=number
                )


def _as_id(value: Any) -> Any:
    """An id as a corpus record's id is read: a whole number as its digits, a string
    stripped; anything else as it is, to be refused."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value.strip() if isinstance(value, str) else value


def _check_expectation(item: dict[str, Any], where: str, number: int) -> None:
    """A suspect expectation's label, accepted labels and change type must be known ones."""
    label = item.get("label")
    if label not in _LABELS:
        raise InputError(
            where, f"expectation label must be one of {sorted(_LABELS)}", record=number
        )
    accept = item.get("also_accept") or []
    if not isinstance(accept, list) or any(a not in _LABELS for a in accept):
        raise InputError(
            where, f"'also_accept' must be a list of labels from {sorted(_LABELS)}", record=number
        )
    change = item.get("change")
    if change is None or change in _CHANGES[label]:
        return
    quote = repr(item["quote"][:40])
    if not _CHANGES[label]:
        problem = f"a supported sentence has no change, but {quote} gives {change!r}"
    else:
        kinds = "a change type" if label == "altered" else "an added type"
        problem = (
            f"{change!r} is not {kinds} (at {quote}); use one of "
            f"{', '.join(_CHANGES[label])} or null"
        )
    raise InputError(where, problem, record=number)


def unknown_source_ids(case: dict[str, Any], corpus: Corpus) -> list[str]:
    """The corpus ids a case names that the corpus does not hold: its gold ``source_ids``
    and ``same_event_as``, and the ``source_id`` of each expectation (none can be found)."""
    named = [*(case.get("source_ids") or []), *(case.get("same_event_as") or [])]
    for key in ("suspect_expectations", "omitted_expectations"):
        named += [e["source_id"] for e in case.get(key) or [] if e.get("source_id")]
    return sorted({sid for sid in named if isinstance(sid, str) and sid not in corpus})


def quotes_not_in_sources(case: dict[str, Any], corpus: Corpus) -> list[str]:
    """The ``omitted_expectations`` quotes that none of their sources in the corpus holds
    as written (a typo, or other whitespace): such an omission can never be met."""
    missing = []
    for item in case.get("omitted_expectations") or []:
        sids = [item["source_id"]] if item.get("source_id") else case.get("source_ids") or []
        texts = [a.text for sid in sids if (a := corpus.get(sid)) is not None]
        if texts and not any(item["quote"] in text for text in texts):
            missing.append(item["quote"])
    return missing


def source_quote_problems(case: dict[str, Any], corpus: Corpus) -> list[str]:
    """Why a suspect expectation's ``source_quote`` is wrong: not in the text of its
    ``source_id`` (or, with none, of any of the case's ``source_ids``), as written. Such a
    case's gold is wrong (a typo, a quote from another article), and would be scored as if
    it were right. A source the corpus does not hold is not judged here (those ids are
    reported by :func:`unknown_source_ids`)."""
    problems = []
    for item in case.get("suspect_expectations") or []:
        quote = item.get("source_quote")
        if quote is None:
            continue
        sids = [item["source_id"]] if item.get("source_id") else case.get("source_ids") or []
        texts = [a.text for sid in sids if (a := corpus.get(sid)) is not None]
        if texts and not any(quote in text for text in texts):
            named = f"source {sids[0]!r}" if len(sids) == 1 else f"sources {', '.join(sids)}"
            problems.append(
                f"'source_quote' {quote[:60]!r} (for {item['quote'][:40]!r}) is not in the text "
                f"of {named}"
            )
    return problems


def _sentence_for(quote: str, text: str, findings: list[Finding]) -> Finding | None:
    at = text.find(quote)
    if at < 0 or not findings:
        return None
    end = at + len(quote)
    overlaps = [(min(end, f.end) - max(at, f.start), f) for f in findings]
    best = max(overlaps, key=lambda x: x[0])
    return best[1] if best[0] > 0 else None


def score_case(
    case: dict[str, Any], report: Report, identical: dict[str, set[str]] | None = None
) -> CaseResult:
    """Compare one report with one case's expectations."""
    identical = identical or {}
    gold_sources = set(case.get("source_ids") or [])
    for sid in list(gold_sources):
        gold_sources |= identical.get(sid, set())
    result = CaseResult(
        case_id=str(case.get("id")),
        derived_gold=bool(case.get("derived", bool(gold_sources))),
        predicted_sources=[s.id for s in report.sources],
        gold_sources=sorted(gold_sources),
    )
    if not result.derived_gold:
        # the right report names no source, and then every sentence is "added" and nothing
        # "omitted": labels drawn against a same-event article cannot be met, so only the
        # verdict (false_derived) is scored
        return result
    findings = list(report.findings)
    for exp in case.get("suspect_expectations", []):
        if exp.get("metadata"):
            continue
        finding = _sentence_for(exp["quote"], case["suspect_text"], findings)
        predicted = finding.label if finding else "added"
        gold = exp["label"]
        accept = list(exp.get("also_accept") or [])
        result.label_pairs.append((gold, predicted, accept))
        if predicted != gold and predicted not in accept:
            result.misses.append(f"{gold} -> {predicted}: {exp['quote'][:70]}")
        if gold in ("altered", "added") and exp.get("change") and predicted not in accept:
            # (a label the case also accepts is scored as that label: no change to find)
            result.change_labels.append((exp["change"], predicted))
        if gold in ("altered", "added") and exp.get("change") and predicted == gold:
            got = None
            if finding is not None:
                got = (
                    finding.added_type
                    if gold == "added"
                    else (finding.changes[0].type if finding.changes else None)
                )
                if gold == "altered" and any(c.type == exp["change"] for c in finding.changes):
                    got = exp["change"]
            result.change_pairs.append((exp["change"], got))
    source_text = {sid: data["text"] for sid, data in report.source_texts.items()}
    for exp in case.get("omitted_expectations", []):
        met = False
        for sid, text in source_text.items():
            at = text.find(exp["quote"])
            if at < 0:
                continue
            end = at + len(exp["quote"])
            covered = bytearray(end - at)
            credited = False
            for o in report.omissions:
                if o.source_id == sid and o.start < end and at < o.end:
                    lo, hi = max(o.start, at) - at, min(o.end, end) - at
                    covered[lo:hi] = b"\x01" * (hi - lo)
                    # a dropped "NIESR said" or photo credit is a short phrase, quoted with
                    # the words on one side of it ("The main cloud on the horizon, NIESR
                    # said", "According to TMZ, the salon owner")
                    credited |= o.kind in _SHORT_KINDS and (
                        at <= o.start
                        and not text[at : o.start].strip(_EDGE)
                        or o.end <= end
                        and not text[o.end : end].strip(_EDGE)
                    )
            # met when what is reported omitted covers most of the passage (a clause left
            # out of it, a 'detail', does not make the whole passage omitted), or is an
            # attribution, credit, byline or dateline at one end of it
            if credited or sum(covered) >= _OMISSION_COVERED * len(covered):
                met = True
                break
        result.omissions_met.append(met)
        if not met:
            result.misses.append(f"omission not reported: {exp['quote'][:70]}")
    return result


def evaluate_cases(
    cases: Iterable[dict[str, Any]],
    corpus: Corpus,
    options: CheckOptions | None = None,
    identical: dict[str, set[str]] | None = None,
) -> Evaluation:
    options = options or CheckOptions(detect=False)
    results = []
    for case in cases:
        report = check(case["suspect_text"], corpus, options, suspect_id=str(case.get("id")))
        results.append(score_case(case, report, identical))
    return Evaluation(results)


def is_claim_record(record: dict[str, Any]) -> bool:
    """A claim record: a short text, the article it should be consistent with, a label."""
    return all(isinstance(record.get(k), str) for k in ("source_text", "claim_text", "label"))


def evaluate_claims(
    records: Iterable[dict[str, Any]], options: CheckOptions | None = None
) -> dict[str, Any]:
    """Balanced accuracy of "consistent = every sentence supported" on labelled claims."""
    options = options or CheckOptions(detect=False)
    tp = fn = tn = fp = 0
    flagged_types: Counter[str] = Counter()
    for record in records:
        report = compare(record["claim_text"], record["source_text"], options)
        flagged = [f for f in report.findings if f.label != "supported"]
        for finding in flagged:
            if finding.label == "added":
                flagged_types[f"added:{finding.added_type}"] += 1
            for change in finding.changes:
                flagged_types[f"altered:{change.type}"] += 1
        inconsistent = record["label"] != "consistent"
        if inconsistent:
            tp += bool(flagged)
            fn += not flagged
        else:
            fp += bool(flagged)
            tn += not flagged
    tpr = tp / (tp + fn) if tp + fn else None
    tnr = tn / (tn + fp) if tn + fp else None
    return {
        "n_claims": tp + fn + tn + fp,
        "balanced_accuracy": (
            round((tpr + tnr) / 2, 4) if tpr is not None and tnr is not None else None
        ),
        "inconsistent_recall": round(tpr, 4) if tpr is not None else None,
        "consistent_recall": round(tnr, 4) if tnr is not None else None,
        "flags": dict(flagged_types.most_common()),
    }
