"""Training pairs for the verifier: (claim sentence, its nearest source sentences) -> changed?

Train data only: news_consistency rows of scripts/eval_consistency.py's train half (a
quarter of it, by source, kept for validation); 250 f3 train-half paraphrases (every
sentence read as supported); the labelled claims of benchmarks/labels/claims.jsonl, writers
P, Q, R, S for training and T for validation (U is not used; T and U are the claims' test
split, so the verifier's validation figures on T are not a held-out score of the audit).

    python benchmarks/experiments/claims_verifier/build.py      # unspun's venv
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
import eval_consistency as ec  # noqa: E402
from common import ROOT, WORK, articles, context  # noqa: E402

from unspun.documents import split_sentences  # noqa: E402


def _validation(key: str) -> bool:
    return hashlib.sha1(("val:" + key).encode()).digest()[0] % 4 == 0


def main() -> None:
    rows = []
    for r in ec.consistency_rows():
        if r["split"] != "train":
            continue
        sentences = split_sentences(r["suspect"])
        if r["gold"] and len(sentences) != 1:
            continue  # which sentence of a longer inconsistent claim is wrong is unknown
        for s in sentences:
            ctx = context(s.text, r["source"])
            if ctx:
                val = _validation(r["source"][:2000])
                rows.append(
                    {"a": s.text, "b": ctx, "y": int(r["gold"]), "origin": r["set"], "val": val}
                )
    paraphrases = [r for r in ec.f3_rows() if r["split"] == "train" and not r["gold"]]
    random.Random(1).shuffle(paraphrases)
    for r in paraphrases[:250]:
        for s in split_sentences(r["suspect"])[:8]:
            ctx = context(s.text, r["source"]) if len(s.text.split()) >= 6 else None
            if ctx:
                val = _validation(r["source"][:2000])
                rows.append({"a": s.text, "b": ctx, "y": 0, "origin": "f3para", "val": val})
    claims = [json.loads(x) for x in (ROOT / "benchmarks/labels/claims.jsonl").open()]
    claims = [c for c in claims if c["writer"] in "PQRST"]
    texts = articles({c["article_id"] for c in claims})
    for c in claims:
        ctx = context(c["claim"], texts[c["article_id"]])
        if ctx:
            y = int(c["label"] == "changed")
            rows.append(
                {"a": c["claim"], "b": ctx, "y": y, "origin": "claims", "val": c["writer"] == "T"}
            )
    WORK.mkdir(parents=True, exist_ok=True)
    for name, part in (
        ("train", [r for r in rows if not r["val"]]),
        ("val", [r for r in rows if r["val"]]),
    ):
        with (WORK / f"{name}.jsonl").open("w") as out:
            for r in part:
                out.write(json.dumps(r) + "\n")
        print(name, sorted(Counter((r["origin"], r["y"]) for r in part).items()))


if __name__ == "__main__":
    main()
