"""The audit's findings on every news_consistency and f3 row, and for each ``supported``
sentence the (sentence, context) pair the verifier would read: ``WORK/rows.jsonl``.

    python benchmarks/experiments/claims_verifier/pairs.py      # unspun's venv
"""

from __future__ import annotations

import json
import multiprocessing as mp
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
import eval_consistency as ec  # noqa: E402
from common import CONTEXT, WORK, context  # noqa: E402


def work(row: dict) -> dict:
    import unspun

    report = unspun.compare(row["suspect"], row["source"], unspun.CheckOptions(detect=False))
    pairs = []
    for f in report.findings:
        if f.label == "supported" and f.role in ("body", "headline") and len(f.text.split()) >= 4:
            aligned = [s.text for s in f.source_sentences][:CONTEXT]
            nearest = context(f.text, row["source"]) if len(aligned) < CONTEXT else None
            pairs.append({"a": f.text, "b": " ".join(aligned + ([nearest] if nearest else []))})
    flagged = any(f.label != "supported" for f in report.findings)
    kept = {k: v for k, v in row.items() if k not in ("suspect", "source")}
    return kept | {"flagged": flagged, "pairs": pairs}


def main() -> None:
    rows = ec.consistency_rows() + ec.f3_rows()
    WORK.mkdir(parents=True, exist_ok=True)
    with mp.Pool(2, initializer=ec._init) as pool, (WORK / "rows.jsonl").open("w") as out:
        for r in pool.imap(work, rows, chunksize=4):
            out.write(json.dumps(r) + "\n")


if __name__ == "__main__":
    main()
