"""Rule-development scan: what an audit rule change adds or removes, on train data only.

Two sets, both allowed for deciding on a rule (neither is a held-out figure):

- ``pairs``: the 2,039 meaning-preserving rewrite pairs of the train half (source id hashing
  to the train half, no skip flag, ``label_expected_content == "preserved"``; llmfake
  paraphrase and rewrite, sheepdog_politifact, mixset_bbc). Every ``altered`` flag here is a
  false flag or a real slip of the rewriting model; a new rule should add next to none.
- ``claims``: the ``dev`` claims of benchmarks/labels/claims.jsonl (writers P-S); the
  changed ones a rule should catch, the faithful ones it must leave alone.
- ``faithful``: benchmarks/labels/faithful_rewrites.jsonl, whole-article rewrites written to
  keep every fact (see the labels README); every flag on them is a false flag or a slip of
  the writer, to be read by hand.

    python scripts/scan_flags.py pairs /tmp/before.json [--workers 2]
    python scripts/scan_flags.py claims /tmp/before_claims.json [--workers 2]
    python scripts/scan_flags.py faithful /tmp/before_faithful.json
    ...change a rule...
    python scripts/scan_flags.py pairs /tmp/after.json
    python scripts/scan_flags.py diff /tmp/before.json /tmp/after.json

``diff`` prints every flag one file has and the other has not, then the counts. Needs
../shared/data (or UNSPUN_DATA).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import multiprocessing as mp
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("UNSPUN_DATA", ROOT.parent / "shared" / "data"))
SKIP = {"source_boilerplate", "source_short", "very_short_rewrite", "prompt_echo"}
PAIR_FILES = ("llmfake", "sheepdog_politifact", "mixset_bbc")


def train_half(key: str) -> bool:
    return int(hashlib.sha1(key.encode()).hexdigest(), 16) % 2 == 0


def pair_rows() -> list[dict[str, str]]:
    rows = []
    for name in PAIR_FILES:
        with gzip.open(DATA / "news_rewrite_pairs" / f"{name}.jsonl.gz", "rt") as handle:
            for line in handle:
                r = json.loads(line)
                if (
                    r["label_expected_content"] == "preserved"
                    and train_half(r["source_id"])
                    and not SKIP & set(r["flags"] or [])
                ):
                    rows.append(
                        {"id": r["id"], "suspect": r["rewrite_text"], "source": r["source_text"]}
                    )
    return rows


def _corpus_texts() -> dict[str, str]:
    with gzip.open(DATA / "news_corpus" / "corpus.jsonl.gz", "rt") as handle:
        return {r["id"]: r["text"] for r in map(json.loads, handle)}


def claim_rows() -> list[dict[str, str]]:
    texts = _corpus_texts()
    rows = []
    for line in (ROOT / "benchmarks" / "labels" / "claims.jsonl").read_text("utf-8").splitlines():
        c = json.loads(line)
        if c["split"] == "dev":
            rows.append(
                {
                    "id": c["id"],
                    "suspect": c["claim"],
                    "source": texts[c["article_id"]],
                    "label": c["label"],
                    "change_type": c.get("change_type") or "",
                }
            )
    return rows


def faithful_rows() -> list[dict[str, str]]:
    """The ``dev6`` to ``dev13`` faithful rewrites (``test6`` is held out:
    bench_faithful.py only)."""
    texts = _corpus_texts()
    path = ROOT / "benchmarks" / "labels" / "faithful_rewrites.jsonl"
    return [
        {"id": r["id"], "suspect": r["rewrite_text"], "source": texts[r["article_id"]]}
        for r in map(json.loads, path.read_text("utf-8").splitlines())
        if r["split"] in ("dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13")
    ]


def _init() -> None:
    import unspun

    unspun.compare("Warm up.", "Warm up.", unspun.CheckOptions(detect=False))


def audit(row: dict[str, str]) -> dict[str, Any]:
    import unspun

    report = unspun.compare(row["suspect"], row["source"], unspun.CheckOptions(detect=False))
    flags = []
    for f in report.findings:
        if f.label == "altered":
            for c in f.changes:
                flags.append(f"altered:{c.type} | {f.text[:160]}")
        elif f.label == "added":
            flags.append(f"added:{f.added_type} | {f.text[:160]}")
    return {**{k: v for k, v in row.items() if k not in ("suspect", "source")}, "flags": flags}


def run(rows: list[dict[str, str]], workers: int) -> list[dict[str, Any]]:
    if workers <= 1:
        _init()
        return [audit(r) for r in rows]
    with mp.get_context("spawn").Pool(workers, initializer=_init) as pool:
        return pool.map(audit, rows, chunksize=8)


def summary(results: list[dict[str, Any]]) -> str:
    altered = Counter(
        f.split(" | ")[0] for r in results for f in r["flags"] if f.startswith("altered")
    )
    with_altered = sum(any(f.startswith("altered") for f in r["flags"]) for r in results)
    lines = [f"{len(results)} texts, {with_altered} with an altered flag; {dict(altered)}"]
    if results and "label" in results[0]:
        by = Counter()
        total = Counter()
        for r in results:
            key = r["change_type"] if r["label"] == "changed" else "faithful"
            total[key] += 1
            by[key] += bool(r["flags"])
        lines.append(", ".join(f"{k} {by[k]}/{total[k]}" for k in sorted(total)))
        changed = sum(by[k] for k in total if k != "faithful")
        lines.append(f"changed caught {changed}/{sum(total.values()) - total['faithful']}")
    return "\n".join(lines)


def diff(a_path: Path, b_path: Path) -> None:
    a = {r["id"]: r for r in json.loads(a_path.read_text())}
    b = {r["id"]: r for r in json.loads(b_path.read_text())}
    for key in sorted(a.keys() | b.keys()):
        fa = set(a.get(key, {}).get("flags", []))
        fb = set(b.get(key, {}).get("flags", []))
        for f in sorted(fb - fa):
            print(f"NEW  {key}: {f}")
        for f in sorted(fa - fb):
            print(f"GONE {key}: {f}")
    print("before:", summary(list(a.values())))
    print("after: ", summary(list(b.values())))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("what", choices=("pairs", "claims", "faithful", "diff"))
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if args.what == "diff":
        if len(args.paths) != 2:
            parser.error("diff needs two result files: BEFORE AFTER")
        diff(*args.paths)
        return 0
    rows = {"pairs": pair_rows, "claims": claim_rows, "faithful": faithful_rows}[args.what]()
    results = run(rows, args.workers)
    args.paths[0].write_text(json.dumps(results, indent=0), encoding="utf-8")
    print(summary(results), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
