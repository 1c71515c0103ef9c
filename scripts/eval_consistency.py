"""Evaluate the audit on news_consistency (claims) and f3 (rewrites); write the results file.

    python scripts/eval_consistency.py [--limit N] [--workers 2]

A claim is predicted consistent when every one of its sentences is ``supported``; a rewrite
is flagged when at least one sentence is ``altered`` or ``added``. Every row is audited with
``unspun.compare`` against its own source. The held-out split is the half of the source
documents whose sha1 is odd (``split_of``); anything fitted in scripts/train_consistency.py
uses only the even ("train") half, so each source article is in one half only.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import multiprocessing as mp
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("UNSPUN_DATA", ROOT.parent / "shared" / "data"))
CONSISTENCY = {
    "aggrefact": DATA / "news_consistency" / "aggrefact_cliff_goyal21.jsonl.gz",
    "summedits": DATA / "news_consistency" / "summedits_news.jsonl.gz",
}
F3 = DATA / "news_rewrite_pairs" / "f3.jsonl.gz"
OUT = ROOT / "benchmarks" / "results" / "consistency.md"
LABELS_DIR = ROOT / "benchmarks" / "labels"


# The same script run on the audit as of commit f8e1e7c (before issue 3's changes), kept
# here for comparison; p50 measured the same way, idle machine, one process.
BEFORE = """## Before (audit.py at f8e1e7c, same script and split)

| measure | held-out | all |
|---|---|---|
| aggrefact balanced acc (TPR / TNR) | 0.678 (0.646 / 0.709) | 0.658 (0.640 / 0.676) |
| summedits balanced acc (TPR / TNR) | 0.580 (0.358 / 0.802) | 0.619 (0.460 / 0.779) |
| f3 critical flagged | 0.990 | 0.982 |
| f3 major flagged | 0.995 | 0.993 |
| f3 minor flagged | 0.952 | 0.962 |
| f3 paraphrase flagged | 0.680 | 0.661 |
| p50 audit ms (600-1000-word rewrites) | 264 | |
"""


# The same script at commit 5da47b6 (the previous session's last commit, before the
# sentence-splitter fixes and the rule reviews that followed it), held-out.
PREVIOUS = """## Previous run (audit at 5da47b6, same script and split)

| measure | held-out |
|---|---|
| aggrefact balanced acc (TPR / TNR) | 0.667 (0.497 / 0.837) |
| summedits balanced acc (TPR / TNR) | 0.593 (0.275 / 0.912) |
| f3 critical / major / minor flagged | 0.905 / 0.946 / 0.914 |
| f3 paraphrase flagged (without filler) | 0.198 (0.179) |
"""


def split_of(source_key: str) -> str:
    """Deterministic document-level split: 'train' or 'test' by the source's sha1."""
    digest = hashlib.sha1(source_key.encode("utf-8")).digest()
    return "test" if digest[-1] % 2 else "train"


def load(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def consistency_rows() -> list[dict]:
    rows = []
    for name, path in CONSISTENCY.items():
        for r in load(path):
            rows.append(
                {
                    "set": name,
                    "id": r["id"],
                    "suspect": r["claim_text"],
                    "source": r["source_text"],
                    "gold": r["label"] == "inconsistent",  # True: should be flagged
                    "split": split_of(r["source_text"]),
                }
            )
    return rows


def f3_rows() -> list[dict]:
    rows = []
    for r in load(F3):
        kind = r["rewrite_kind"]
        group = "paraphrase" if kind == "paraphrase" else r["rewrite_detail"].split(":")[0]
        rows.append(
            {
                "set": "f3",
                "group": group,
                "id": r["id"],
                "suspect": r["rewrite_text"],
                "source": r["source_text"],
                "gold": kind != "paraphrase",
                "split": split_of(r["source_id"] or r["source_text"]),
            }
        )
    return rows


def _init() -> None:
    import unspun
    from unspun import models

    models.embedder()
    models.nlp()
    unspun.compare("Warm up.", "Warm up.", unspun.CheckOptions(detect=False))


def audit_row(row: dict) -> dict:
    import unspun

    t0 = time.perf_counter()
    report = unspun.compare(row["suspect"], row["source"], unspun.CheckOptions(detect=False))
    ms = report.timings_ms.get("audit", 0.0)
    labels = [f.label for f in report.findings]
    return {
        **{k: v for k, v in row.items() if k not in ("suspect", "source")},
        "labels": labels,
        "changes": sorted({c.type for f in report.findings for c in f.changes}),
        "added_types": sorted({f.added_type for f in report.findings if f.added_type}),
        "flagged": any(lab != "supported" for lab in labels),
        # the same without `added: filler` (padding, not a factual change)
        "flagged_facts": any(
            f.label == "altered" or (f.label == "added" and f.added_type != "filler")
            for f in report.findings
        ),
        # which sentences were flagged, keyed as in benchmarks/labels/ (no text kept)
        "flag_keys": [sentence_key(f.text) for f in report.findings if f.label != "supported"],
        "audit_ms": ms,
        "words": len(row["suspect"].split()),
        "total_ms": (time.perf_counter() - t0) * 1000,
    }


def sentence_key(text: str) -> str:
    """A flagged sentence's key in the label file: sha1 of its normalised text."""
    from unspun.documents import normalise

    return hashlib.sha1(normalise(text).encode("utf-8")).hexdigest()[:16]


def load_labels(path: Path) -> tuple[dict[tuple[str, str], list[str]], set[str]]:
    """(row id, sentence key) -> the annotators' verdicts ("real", "partly" or "false"), and
    the ids of the rows the file covers."""
    if not path.exists():
        return {}, set()
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    flags = {(r["row"], r["sentence_key"]): r["verdicts"] for r in rows if "sentence_key" in r}
    return flags, {r["row"] for r in rows}


def judged(verdicts: list[str]) -> str:
    """A flag is right when every annotator found a real change (``partly``: real change,
    other type), wrong when every annotator found none, else disputed."""
    right = [v in ("real", "partly") for v in verdicts]
    return "right" if all(right) else "wrong" if not any(right) else "disputed"


def _labelled_row(label: str, rs: list[dict], labels: dict[tuple[str, str], list[str]]) -> str:
    counts = {"right": 0, "disputed": 0, "wrong": 0, "unlabelled": 0}
    with_right = with_wrong = only_wrong = 0
    for r in rs:
        kinds = [
            judged(labels[(r["id"], k)]) if (r["id"], k) in labels else "unlabelled"
            for k in r["flag_keys"]
        ]
        for kind in kinds:
            counts[kind] += 1
        with_right += "right" in kinds
        with_wrong += "wrong" in kinds
        only_wrong += bool(kinds) and "right" not in kinds
    n = max(1, len(rs))
    return (
        f"| {label} | {len(rs)} | {sum(r['flagged'] for r in rs) / n:.3f} | "
        f"{with_right / n:.3f} | {with_wrong / n:.3f} | {only_wrong / n:.3f} | "
        + " / ".join(str(counts[k]) for k in ("right", "disputed", "wrong", "unlabelled"))
        + " |"
    )


def labelled_lines(results: list[dict]) -> list[str]:
    """Are the flags right? Scored against the hand labels of benchmarks/labels/."""
    para, _ = load_labels(LABELS_DIR / "f3_paraphrase_flags.jsonl")
    crit, crit_rows = load_labels(LABELS_DIR / "f3_critical_sample.jsonl")
    if not para and not crit:
        return []
    f3 = [r for r in results if r["set"] == "f3"]
    lines = [
        "## f3: are the flags right?\n",
        "A rewrite counts as flagged above whatever its flags say. Here each flag is checked "
        "against hand labels (`benchmarks/labels/`, which says who labelled and how): every "
        "flag the audit at commit aeaee17 raised on an f3 paraphrase, both halves, and on a "
        "random sample of 40 held-out `critical` perturbations. A flag is `real` when the "
        "sentence says something the source does not support, `partly` when it does but the "
        "change is of another type than the one given, `false` when the source supports it. "
        "A flag is *right* when every annotator found a real change, *wrong* when none did; "
        "flags raised now on sentences nobody labelled count as unlabelled.\n",
        "The f3 paraphrases are LLM output and not always faithful, so the issue's \"at most "
        '10% of paraphrases flagged" counts right flags as false alarms; the column *with a '
        "wrong flag* is the false-alarm rate.\n",
        "| rows | n | flagged | with a right flag | with a wrong flag | flagged, no right "
        "flag | flags: right / disputed / wrong / unlabelled |",
        "|---|---|---|---|---|---|---|",
    ]
    for split, sel in (("held-out", "test"), ("train", "train")):
        rs = [r for r in f3 if r["group"] == "paraphrase" and r["split"] == sel]
        lines.append(_labelled_row(f"paraphrase, {split}", rs, para))
    rs = [r for r in f3 if r["id"] in crit_rows]
    lines.append(_labelled_row("critical, held-out sample", rs, crit))
    lines.append("")
    return lines


def run(rows: list[dict], workers: int) -> list[dict]:
    if workers <= 1:
        _init()
        return [audit_row(r) for r in rows]
    with mp.get_context("fork").Pool(workers, initializer=_init) as pool:
        return pool.map(audit_row, rows, chunksize=8)


def balanced(results: list[dict]) -> tuple[float, float, float, int]:
    pos = [r for r in results if r["gold"]]
    neg = [r for r in results if not r["gold"]]
    tpr = sum(r["flagged"] for r in pos) / max(1, len(pos))
    tnr = sum(not r["flagged"] for r in neg) / max(1, len(neg))
    return (tpr + tnr) / 2, tpr, tnr, len(results)


def audit_p50(workers: int) -> tuple[float, int]:
    """p50 audit ms for ~800-word rewrites (f3 rewrites of 600-1000 words), one process."""
    import unspun

    _init()
    rows = [r for r in f3_rows() if 600 <= len(r["suspect"].split()) <= 1000][:40]
    times = []
    for r in rows:
        rep = unspun.compare(r["suspect"], r["source"], unspun.CheckOptions(detect=False))
        times.append(rep.timings_ms.get("audit", 0.0))
    return (statistics.median(times) if times else float("nan")), len(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0, help="rows per file (0 = all)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--dump", type=Path, default=None, help="write per-row results (jsonl)")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)

    cons = consistency_rows()
    f3 = f3_rows()
    if args.limit:
        cons = [r for name in CONSISTENCY for r in cons if r["set"] == name][:0] or [
            r for name in CONSISTENCY for r in [x for x in cons if x["set"] == name][: args.limit]
        ]
        f3 = f3[:: max(1, len(f3) // args.limit)]
    t0 = time.time()
    results = run(cons + f3, args.workers)
    elapsed = time.time() - t0
    if args.dump:
        with open(args.dump, "w") as fh:
            for r in results:
                fh.write(json.dumps(r) + "\n")

    lines = []
    cmd = "python scripts/eval_consistency.py" + (" " + " ".join(argv or sys.argv[1:])).rstrip()
    lines.append("# Audit consistency benchmark\n")
    lines.append(
        f"Command: `{cmd.strip()}` ({elapsed:.0f} s, {args.workers} workers); "
        f"date {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}\n"
    )
    lines.append(
        "Split: each row goes to `train` or `held-out` by the sha1 of its source document "
        "(news_consistency: `source_text`; f3: `source_id`), so no source article is in both "
        "halves. Anything fitted (scripts/train_consistency.py) saw only the train half; "
        "the held-out columns are the ones to quote.\n"
    )
    lines.append(
        "Fitted on the train half by `python scripts/train_consistency.py` (grid printed there): "
        "`AuditOptions.added_similarity` = 0.30 (refitted 2026-11-26 after the rule changes; "
        "was 0.25) and `qualifier_similarity` = 0.85 (objective: "
        "f3 critical ≥ 0.90 and major ≥ 0.80 flagged, then fewest paraphrases flagged, then "
        "news_consistency BA). Set by reasoning, not fitted: `swap_similarity` = 0.7, "
        "`filler_content` = 0.6. Nothing was fitted on the seed/examples.\n"
    )
    lines.append(
        "The word rules of the audit (idioms that deny nothing, numbers in words, names the "
        "source gives in another form, ...) were written from flags seen on the train half of "
        "f3 and news_consistency and on meaning-preserving rewrite pairs of news_rewrite_pairs "
        "(llmfake paraphrase and rewrite, sheepdog, mixset; train half of source ids), which "
        "are not scored here; the held-out rows were only counted.\n"
    )
    lines.append("## news_consistency: claim consistent iff every sentence is `supported`\n")
    lines.append("| file | split | n | balanced acc | TPR (inconsistent flagged) | TNR |")
    lines.append("|---|---|---|---|---|---|")
    for name in CONSISTENCY:
        for split, sel in (("held-out", "test"), ("train", "train"), ("all", None)):
            rs = [r for r in results if r["set"] == name and (sel is None or r["split"] == sel)]
            ba, tpr, tnr, n = balanced(rs)
            lines.append(f"| {name} | {split} | {n} | {ba:.3f} | {tpr:.3f} | {tnr:.3f} |")
    lines.append("")
    lines.append("## f3: share of rewrites with at least one `altered` or `added` sentence\n")
    lines.append("| group | target | held-out | n | train | n | all | n |")
    lines.append("|---|---|---|---|---|---|---|---|")
    targets = {"critical": "≥ 0.90", "major": "≥ 0.80", "minor": "—", "paraphrase": "≤ 0.10"}
    for group, target in targets.items():
        cells = []
        for sel in ("test", "train", None):
            rs = [
                r
                for r in results
                if r["set"] == "f3" and r["group"] == group and (sel is None or r["split"] == sel)
            ]
            rate = sum(r["flagged"] for r in rs) / max(1, len(rs))
            cells += [f"{rate:.3f}", str(len(rs))]
        lines.append(f"| {group} | {target} | " + " | ".join(cells) + " |")
    cells = []
    for sel in ("test", "train", None):
        rs = [
            r
            for r in results
            if r["set"] == "f3"
            and r["group"] == "paraphrase"
            and (sel is None or r["split"] == sel)
        ]
        cells += [f"{sum(r['flagged_facts'] for r in rs) / max(1, len(rs)):.3f}", str(len(rs))]
    lines.append("| paraphrase, `filler` not counted | — | " + " | ".join(cells) + " |")
    lines.append(
        '\nThe f3 paraphrases are LLM output: many carry closing padding ("It is crucial to '
        'stay vigilant ..."), which unspun reports as `added: filler` by design. The last row '
        "shows how many paraphrases get a factual flag (`altered`, or `added` other than filler).\n"
    )
    lines += labelled_lines(results)
    p50, n = audit_p50(args.workers)
    lines.append(
        f"## Speed\n\np50 audit time (the `audit` lap of `compare`, one process) over {n} f3 "
        f"rewrites of 600-1000 words: **{p50:.1f} ms**.\n"
    )
    lines.append(PREVIOUS)
    lines.append(BEFORE)
    text = "\n".join(lines)
    print(text)
    if not args.no_write:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
