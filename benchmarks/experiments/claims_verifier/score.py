"""Score ``WORK/rows.jsonl``'s pairs with the trained verifier: ``WORK/scores.jsonl``.

MINILM_DIR=... python benchmarks/experiments/claims_verifier/score.py   # the torch venv
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import torch
from transformers import AutoTokenizer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import WORK  # noqa: E402
from train import BASE, MAXLEN, CrossEncoder  # noqa: E402


def main() -> None:
    torch.set_num_threads(2)
    model = CrossEncoder()
    model.load_state_dict(torch.load(WORK / "model.pt"))
    model.eval()
    tokenizer = AutoTokenizer.from_pretrained(BASE)
    rows = [json.loads(x) for x in (WORK / "rows.jsonl").open()]
    flat = [(i, p) for i, r in enumerate(rows) for p in r["pairs"]]
    order = sorted(range(len(flat)), key=lambda k: len(flat[k][1]["a"]) + len(flat[k][1]["b"]))
    scores = [0.0] * len(flat)
    with torch.no_grad():
        for start in range(0, len(order), 64):
            part = order[start : start + 64]
            enc = tokenizer(
                [flat[k][1]["a"] for k in part],
                [flat[k][1]["b"] for k in part],
                truncation="only_second",
                max_length=MAXLEN,
                padding=True,
                return_tensors="pt",
            )
            for k, v in zip(part, torch.sigmoid(model(**enc)).tolist(), strict=True):
                scores[k] = v
    per: list[list[float]] = [[] for _ in rows]
    for (i, _), v in zip(flat, scores, strict=True):
        per[i].append(round(v, 4))
    with (WORK / "scores.jsonl").open("w") as out:
        for p in per:
            out.write(json.dumps(p) + "\n")


if __name__ == "__main__":
    main()
