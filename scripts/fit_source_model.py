"""Fit unspun's source model: which retrieved candidate was the source, and was any?

Two logistic regressions, fitted on half of the data (split by a hash of the source id for
the public rewrite pairs, of the text id for DetectRL's machine-written news; the benchmark
reports the other half):

1. **Ranking** (:data:`unspun.retrieve.SOURCE_FEATURES`): for each rewrite, unspun retrieves
   candidates from the news corpus and aligns each with the rewrite exactly as
   ``unspun.check`` does; the model learns to tell the true source (or an identical copy)
   from the other candidates.
2. **Acceptance** (:data:`unspun.retrieve.ACCEPT_FEATURES`): was the best-ranked candidate
   used at all? Positives: rewrites whose best-ranked candidate is their source. Negatives:
   texts whose source is *not* in the corpus: (a) the same rewrites with their source (its
   identical copies and other scrapes of it too: benchmarks/gold.py) left out of the pool,
   margins recomputed, so the best remaining candidate is mostly coverage of the same
   story; (b) DetectRL machine-written news, which rewrote no corpus article. The threshold
   is the acceptance probability that only ``--negatives`` of those negative texts reach (a
   text whose best candidate aligns fewer than ``min_source_sentences`` sentences never
   passes), or the one that only ``--machine-negatives`` of the machine texts alone reach,
   whichever is stricter.

Both models read the alignment and retrieval evidence and the shared phrasing of
:mod:`unspun.index.overlap` (rare words, bigrams, trigrams, figures, longest shared run, and
each one's lead over the best other candidate), which tells a rewrite that changed the facts
but kept its source's details from independent coverage of the same event.

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
import os
import pickle
import random
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

import unspun
from unspun import core, models
from unspun.documents import split_sentences
from unspun.retrieve import ACCEPT_FEATURES, SOURCE_FEATURES, add_margins

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from gold import SameArticle  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("UNSPUN_DATA", ROOT.parent / "shared" / "data"))
SKIP = {"source_boilerplate", "source_short", "very_short_rewrite", "prompt_echo"}
SAMPLE = {"f3": 400, "llmfake": 600, "sheepdog_politifact": 300, "mixset_bbc": 150}
MACHINE = DATA / "mgt_detection_news" / "detectrl_xsum.normalized.jsonl.gz"
_POOL_RELATIVE = ("lexical", "bm25")  # features scaled by the best of the pool


def train_half(key: str) -> bool:
    """The rows this script may fit on; benchmarks report the other half separately."""
    return int(hashlib.sha1(key.encode()).hexdigest(), 16) % 2 == 0


def rows(seed: int) -> list[dict]:
    out = []
    for name, n in SAMPLE.items():
        with gzip.open(DATA / "news_rewrite_pairs" / f"{name}.jsonl.gz", "rt") as handle:
            pool = [json.loads(line) for line in handle]
        pool = [r for r in pool if not SKIP & set(r["flags"] or []) and train_half(r["source_id"])]
        random.Random(seed).shuffle(pool)
        out += pool[:n]
    return out


def machine_rows() -> list[dict]:
    with gzip.open(MACHINE, "rt") as handle:
        pool = [json.loads(line) for line in handle]
    return [r for r in pool if r["label"] == "machine" and train_half(r["id"])]


def pools(texts: list[str], corpus: unspun.Corpus, options: unspun.CheckOptions) -> list[list]:
    """Per text: [(features, article id, sentences aligned at the match bar)] per candidate."""
    out = []
    for text in texts:
        sentences = split_sentences(text)
        if not sentences:
            out.append([])
            continue
        vectors = models.embedder().encode([s.text for s in sentences])
        boilerplate = core.boilerplate_sentences(sentences, corpus)
        candidates = core.story_candidates(
            text, sentences, vectors, corpus, options.retrieve, boilerplate
        )
        content = core.content_sentences(sentences, boilerplate)
        scored = core.align_candidates(sentences, vectors, candidates, corpus, content, options)
        if len(content) < options.min_suspect_sentences:
            out.append([])  # too short to trace: never given a source
            continue
        out.append(
            [
                (
                    dict(item.features),
                    item.article.id,
                    sum(item.alignment.matches[i] is not None for i in content),
                )
                for item in scored
            ]
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True)
    # 0.2693: the share of these training negatives the model packaged before session 18 let
    # through once another scrape of the source no longer counts as a negative (0.29 when it
    # did, itself the rate of the single-model bar before it): each new model is held to the
    # same false-source rate on training data and spends any gain on recall. The benchmark's
    # trade-off table shows other operating points.
    parser.add_argument("--negatives", type=float, default=0.2693)
    # 0.0932: the share of these training machine texts the model before session 19 let
    # through (0.134 before the shared-phrasing features); a new model may not name a source
    # for more of them.
    parser.add_argument("--machine-negatives", type=float, default=0.0932)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--out", default=str(ROOT / "src/unspun/resources/source_model.json"))
    parser.add_argument(
        "--cache", help="pickle of the aligned candidate pools, reused if present (same db)"
    )
    args = parser.parse_args()

    groups = json.loads((DATA / "news_corpus" / "duplicate_texts.json").read_text())["groups"]
    group = {i: set(g) for g in groups for i in g}
    with gzip.open(DATA / "news_corpus" / "corpus.jsonl.gz", "rt") as handle:
        texts = {r["id"]: r["text"] for r in map(json.loads, handle)}
    same = SameArticle(texts, group)

    def gold_of(row: dict, pool: list) -> set[str]:
        """The source, its identical copies and the other scrapes of it in the pool: naming
        one names the source, and a corpus without the source has none of them."""
        return same.group(row["source_id"]) | {i for _, i, _ in pool if same(row["source_id"], i)}

    corpus = unspun.Corpus.open(args.db, create=False)
    options = unspun.CheckOptions(detect=False)
    need = options.min_source_sentences
    started = time.time()
    sample = rows(args.seed)
    machine = machine_rows()
    cache = Path(args.cache) if args.cache else None
    if cache is not None and cache.exists():
        rewrite_pools, machine_pools = pickle.loads(cache.read_bytes())
    else:
        rewrite_pools = pools([r["rewrite_text"] for r in sample], corpus, options)
        machine_pools = pools([r["text"] for r in machine], corpus, options)
        if cache is not None:
            cache.write_bytes(pickle.dumps((rewrite_pools, machine_pools)))
    print(f"{len(sample)} rewrites, {len(machine)} machine texts, {time.time() - started:.0f} s")

    # 1. ranking
    x, y = [], []
    for row, pool in zip(sample, rewrite_pools, strict=True):
        gold = gold_of(row, pool)
        for features, article_id, _ in pool:
            x.append([features[name] for name in SOURCE_FEATURES])
            y.append(article_id in gold)
    ranker = LogisticRegression(C=1.0, max_iter=5000).fit(np.array(x), np.array(y))

    def best(pool: list) -> tuple[dict, str, int] | None:
        if not pool:
            return None
        z = ranker.decision_function(
            np.array([[f[n] for n in SOURCE_FEATURES] for f, _, _ in pool])
        )
        return pool[int(np.argmax(z))]

    # 2. acceptance
    positives, left_out, machine_top, top_is_gold = [], [], [], []
    for row, pool in zip(sample, rewrite_pools, strict=True):
        gold = gold_of(row, pool)
        top = best(pool)
        if top is None:
            continue
        top_is_gold.append(top[1] in gold)
        if top[1] in gold and top[2] >= need:
            positives.append(top[0])
        rest = [(dict(f), i, n) for f, i, n in pool if i not in gold]
        for name in _POOL_RELATIVE:  # as if the source had never been in the corpus
            top_value = max((f[name] for f, _, _ in rest), default=0.0)
            for f, _, _ in rest:
                f[name] = f[name] / top_value if top_value > 0 else 0.0
        add_margins([f for f, _, _ in rest])
        other = best(rest)
        left_out.append(other if other is not None and other[2] >= need else None)
    for pool in machine_pools:
        top = best(pool)
        machine_top.append(top if top is not None and top[2] >= need else None)
    negatives = [t[0] for t in left_out + machine_top if t is not None]
    ax = np.array([[f[n] for n in ACCEPT_FEATURES] for f in positives + negatives])
    ay = np.array([1] * len(positives) + [0] * len(negatives))
    accept = LogisticRegression(C=1.0, max_iter=5000, class_weight="balanced").fit(ax, ay)

    def z_of(items: list) -> np.ndarray:
        return accept.decision_function(np.array([[f[n] for n in ACCEPT_FEATURES] for f in items]))

    z_neg = z_of(negatives)
    z_pos = z_of(positives)
    n_neg_texts = len(left_out) + len(machine_top)

    machine_found = [t[0] for t in machine_top if t is not None]
    z_machine = z_of(machine_found) if machine_found else np.zeros(0)

    def cut_for(share: float, machine_share: float = 1.0) -> float:
        q = max(0.0, 1.0 - share * n_neg_texts / max(len(z_neg), 1))
        cut = float(np.quantile(z_neg, q))
        if len(z_machine) and machine_share < 1.0:
            q = max(0.0, 1.0 - machine_share * len(machine_top) / len(z_machine))
            cut = max(cut, float(np.quantile(z_machine, q)))
        return cut

    def passing(tops: list, cut: float) -> float:
        return float(np.mean([t is not None and z_of([t[0]])[0] >= cut for t in tops]))

    n_gold_top = len(top_is_gold)
    for level in (0.05, 0.10, 0.15, 0.20, 0.25, 0.29):
        c = cut_for(level)
        print(
            f"no-source texts passing {level:.0%}: threshold {1 / (1 + np.exp(-c)):.3f}; "
            f"left-out-source rewrites {passing(left_out, c):.3f}, machine texts "
            f"{passing(machine_top, c):.3f}; rewrites whose source is found and accepted "
            f"{float((z_pos >= c).sum()) / n_gold_top:.3f}"
        )
    cut = cut_for(args.negatives, args.machine_negatives)
    result = {
        "features": list(SOURCE_FEATURES),
        "weights": [round(float(w), 6) for w in ranker.coef_[0]],
        "bias": round(float(ranker.intercept_[0]), 6),
        "accept_features": list(ACCEPT_FEATURES),
        "accept_weights": [round(float(w), 6) for w in accept.coef_[0]],
        "accept_bias": round(float(accept.intercept_[0]), 6),
        "threshold": round(float(1 / (1 + np.exp(-cut))), 6),
        "fitted": {
            "script": "scripts/fit_source_model.py",
            "date": time.strftime("%Y-%m-%d"),
            "rows": len(sample),
            "machine_texts": len(machine),
            "data": "news_rewrite_pairs (f3, llmfake, sheepdog_politifact, mixset_bbc), unflagged"
            " rows whose source id hashes to the train half; DetectRL xsum machine texts whose"
            " id hashes to the train half; candidates from news_corpus",
            "negatives_passing": args.negatives,
            "machine_negatives_passing_at_most": args.machine_negatives,
            "top_candidate_is_source": round(float(np.mean(top_is_gold)), 4),
            "sources_accepted": round(float((z_pos >= cut).sum()) / n_gold_top, 4),
            "left_out_source_passing": round(passing(left_out, cut), 4),
            "machine_texts_passing": round(passing(machine_top, cut), 4),
        },
    }
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2), f"\n{time.time() - started:.0f} s")


if __name__ == "__main__":
    main()
