"""Fit unspun's source model: which retrieved candidate was the source, and was any?

For rewrites from the public rewrite pairs (half of them, split by a hash of the source id;
the other half is left for benchmarks), unspun retrieves candidates from the news corpus and
aligns each with the rewrite exactly as ``unspun.check`` does. A logistic regression over
:data:`unspun.retrieve.SOURCE_FEATURES` learns to tell the true source (or an identical copy)
from the other candidates. The decision threshold is the probability that the best
*non-source* candidate of a rewrite exceeds in only ``--negatives`` of rewrites. Those
candidates are often same-story articles, so this is a conservative bar.

    python scripts/fit_source_model.py --db /tmp/full.unspun

Needs ../shared/data, scikit-learn (dev extra) and a corpus built from news_corpus
(``unspun index ../shared/data/news_corpus/corpus.jsonl.gz --db /tmp/full.unspun``).
Writes src/unspun/resources/source_model.json.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

import unspun
from unspun import core, models
from unspun.documents import split_sentences
from unspun.retrieve import SOURCE_FEATURES, find_candidates

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
SKIP = {"source_boilerplate", "source_short", "very_short_rewrite", "prompt_echo"}
SAMPLE = {"f3": 200, "llmfake": 300, "sheepdog_politifact": 150, "mixset_bbc": 150}


def train_half(source_id: str) -> bool:
    """The rows this script may fit on; benchmarks report the other half separately."""
    return int(hashlib.sha1(source_id.encode()).hexdigest(), 16) % 2 == 0


def rows(seed: int) -> list[dict]:
    out = []
    for name, n in SAMPLE.items():
        with gzip.open(DATA / "news_rewrite_pairs" / f"{name}.jsonl.gz", "rt") as handle:
            pool = [json.loads(line) for line in handle]
        pool = [r for r in pool if not SKIP & set(r["flags"] or []) and train_half(r["source_id"])]
        random.Random(seed).shuffle(pool)
        out += pool[:n]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--negatives", type=float, default=0.10)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--out", default=str(ROOT / "src/unspun/resources/source_model.json"))
    args = parser.parse_args()

    groups = json.loads((DATA / "news_corpus" / "duplicate_texts.json").read_text())["groups"]
    group = {i: set(g) for g in groups for i in g}
    corpus = unspun.Corpus.open(args.db, create=False)
    options = unspun.CheckOptions(detect=False)
    features, labels, per_row = [], [], []
    started = time.time()
    sample = rows(args.seed)
    for row in sample:
        text, gold = row["rewrite_text"], group.get(row["source_id"], {row["source_id"]})
        sentences = split_sentences(text)
        if not sentences:
            continue
        vectors = models.embedder().encode([s.text for s in sentences])
        candidates = find_candidates(
            text, sentences, corpus, options.retrieve, sentence_vectors=vectors
        )
        content = [s.index for s in sentences if s.role in ("body", "headline", "caption")] or [
            s.index for s in sentences
        ]
        scored = core.rank_sources(sentences, vectors, candidates, corpus, content, options)
        start = len(labels)
        for item in scored:
            features.append([item.features[name] for name in SOURCE_FEATURES])
            labels.append(item.article.id in gold)
        per_row.append((start, len(labels)))
    x, y = np.array(features), np.array(labels)
    model = LogisticRegression(C=1.0, max_iter=2000).fit(x, y)
    z = model.decision_function(x)
    best_non, best_gold, top_is_gold = [], [], []
    for start, end in per_row:
        if end == start:
            continue
        zs, ys = z[start:end], y[start:end]
        top_is_gold.append(bool(ys[int(np.argmax(zs))]))
        if (~ys).any():
            best_non.append(zs[~ys].max())
        if ys.any():
            best_gold.append(zs[ys].max())
    cut = float(np.quantile(best_non, 1 - args.negatives))
    threshold = float(1 / (1 + np.exp(-cut)))
    result = {
        "features": list(SOURCE_FEATURES),
        "weights": [round(float(w), 6) for w in model.coef_[0]],
        "bias": round(float(model.intercept_[0]), 6),
        "threshold": round(threshold, 6),
        "fitted": {
            "script": "scripts/fit_source_model.py",
            "date": time.strftime("%Y-%m-%d"),
            "rows": len(per_row),
            "data": "news_rewrite_pairs (f3, llmfake, sheepdog_politifact, mixset_bbc), unflagged"
            " rows whose source id hashes to the train half; candidates from news_corpus",
            "negatives_passing": args.negatives,
            "top_candidate_is_source": round(float(np.mean(top_is_gold)), 4),
            "sources_passing": round(float(np.mean(np.array(best_gold) >= cut)), 4),
        },
    }
    for level in (0.05, 0.10, 0.20, 0.30):
        level_cut = float(np.quantile(best_non, 1 - level))
        print(
            f"non-sources passing {level:.0%}: threshold {1 / (1 + np.exp(-level_cut)):.3f}, "
            f"sources passing {np.mean(np.array(best_gold) >= level_cut):.3f}"
        )
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2), f"\n{time.time() - started:.0f} s")


if __name__ == "__main__":
    main()
