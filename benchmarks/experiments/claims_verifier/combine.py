"""Rules and verifier together: a row is flagged when the audit flags it or some supported
sentence scores at or above a threshold. Balanced accuracy on news_consistency and f3 rows
flagged, per split of scripts/eval_consistency.py; the threshold is chosen on ``train``.

    python benchmarks/experiments/claims_verifier/combine.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import WORK  # noqa: E402

THRESHOLDS = (1.01, 0.8, 0.75, 0.7, 0.65, 0.6, 0.5)


def main() -> None:
    rows = [json.loads(x) for x in (WORK / "rows.jsonl").open()]
    scores = [json.loads(x) for x in (WORK / "scores.jsonl").open()]

    def flagged(row: dict, s: list[float], t: float) -> bool:
        return row["flagged"] or max(s, default=0.0) >= t

    for split in ("train", "test"):
        print("==", split)
        for t in THRESHOLDS:
            out = []
            for name in ("aggrefact", "summedits"):
                part = [(r, s) for r, s in zip(rows, scores, strict=True) if r["set"] == name]
                part = [(r, s) for r, s in part if r["split"] == split]
                tpr = np.mean([flagged(r, s, t) for r, s in part if r["gold"]])
                tnr = 1 - np.mean([flagged(r, s, t) for r, s in part if not r["gold"]])
                out.append(f"{name} {(tpr + tnr) / 2:.3f} ({tpr:.2f}/{tnr:.2f})")
            for group in ("critical", "major", "paraphrase"):
                part = [
                    (r, s)
                    for r, s in zip(rows, scores, strict=True)
                    if r["set"] == "f3" and r.get("group") == group and r["split"] == split
                ]
                out.append(f"{group} {np.mean([flagged(r, s, t) for r, s in part]):.3f}")
            print(f"t={t}", " | ".join(out))


if __name__ == "__main__":
    main()
