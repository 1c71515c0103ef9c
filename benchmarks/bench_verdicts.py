"""Benchmark the source verdict where a rewrite's source is missing, or is two articles.

bench_retrieval.py scores rewrites whose source is in the corpus. Two other cases a user
meets are measured here, on the held-out half of news_rewrite_pairs (clean rows whose
source id hashes odd; scripts/fit_source_model.py fits on the even half), and the result
goes to benchmarks/results/verdicts.md:

1. **Source left out** (the rewrite is, for this corpus, coverage of an event by someone
   else): the corpus is indexed again without the sampled rewrites' sources (and their
   identical copies of ``duplicate_texts.json``, and other scrapes of the same page:
   benchmarks/gold.py). A correct report names no source; the
   figure is how often one is named anyway. The same rows are also checked against the full
   corpus, so the table shows both sides of the trade-off on one sample.
2. **Two-source blends**: the first half of one rewrite's sentences followed by the first
   half of another's (different sources). A correct report names both sources.

Baseline, same rows and run: BM25 (bm25s over title+text, English stopwords, the whole
text as the query). For (1) BM25 needs a "no source" rule: its top score must reach a bar,
set so that on the full corpus BM25 names a source for as many rows as unspun does (the same
operating point); the figure is then how often that bar is met with the source left out.
For (2): both sources among BM25's top 2, and among its top 3.

    python benchmarks/bench_verdicts.py [--per-file 100] [--db PATH] [--reuse-db]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_retrieval import (  # noqa: E402
    build_index,
    clean,
    load_jsonl,
    log,
    pct,
    sample_rows,
)
from gold import SameArticle  # noqa: E402

import unspun  # noqa: E402
from unspun.documents import split_sentences  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def half(row: dict) -> str:
    """'test' (held out: the source model never saw it) or 'train', by the source id's hash."""
    return "test" if int(hashlib.sha1(row["source_id"].encode()).hexdigest(), 16) % 2 else "train"


def bm25_index(records: list[dict]):
    import bm25s

    docs = [((r.get("title") or "") + "\n" + r["text"]).strip() for r in records]
    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenize(docs, stopwords="en", show_progress=False), show_progress=False)
    return retriever, [r["id"] for r in records]


def bm25_top(index, queries: list[str], k: int) -> tuple[list[list[str]], np.ndarray]:
    import bm25s

    retriever, ids = index
    tokens = bm25s.tokenize(queries, stopwords="en", show_progress=False)
    results, scores = retriever.retrieve(tokens, k=k, show_progress=False, n_threads=1)
    return [[ids[int(j)] for j in row] for row in results], np.asarray(scores)


def blend_text(a: str, b: str) -> str:
    """The first half of ``a``'s sentences, then the first half of ``b``'s."""

    def lead(text: str) -> str:
        sentences = [s.text for s in split_sentences(text)]
        return " ".join(sentences[: max(1, (len(sentences) + 1) // 2)])

    return lead(a) + "\n\n" + lead(b)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    ap.add_argument("--db", type=Path, default=Path("/tmp/unspun_bench_verdicts/full.unspun"))
    ap.add_argument("--reuse-db", action="store_true", help="reuse --db if it exists")
    ap.add_argument("--per-file", type=int, default=100, help="held-out rows per file")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--half", choices=("test", "train"), default="test", help="train: for development only"
    )
    ap.add_argument("--rows-out", type=Path, default=None, help="write per-row results (jsonl)")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/verdicts.md")
    args = ap.parse_args()
    started = dt.datetime.now(dt.UTC)
    t_run = time.perf_counter()
    command = " ".join(["python benchmarks/bench_verdicts.py", *sys.argv[1:]])
    options = unspun.CheckOptions(detect=False)

    corpus_path = args.data / "news_corpus/corpus.jsonl.gz"
    groups = json.loads((args.data / "news_corpus/duplicate_texts.json").read_text())["groups"]
    group_of = {i: set(g) for g in groups for i in g}
    records = load_jsonl(corpus_path)
    # the source, its identical copies and other scrapes of it (benchmarks/gold.py): naming
    # any of them names the source, and leaving the source out leaves them all out
    same = SameArticle({r["id"]: r["text"] for r in records}, group_of)
    copies: dict[str, set[str]] = {}

    def gold(row: dict) -> set[str]:
        if row["source_id"] not in copies:
            copies[row["source_id"]] = same.copies_of(row["source_id"])
        return copies[row["source_id"]]

    # the held-out clean rows, per file (llmfake: paraphrase and rewrite only, the kinds that
    # keep their source's story)
    rows = [
        r
        for r in sample_rows(args.data / "news_rewrite_pairs", 10**6, None, args.seed)
        if clean(r)
        and half(r) == args.half
        and (r["_file"] != "llmfake" or r["rewrite_kind"] in ("paraphrase", "rewrite"))
    ]
    picked: list[dict] = []
    for name in ("f3", "llmfake", "sheepdog_politifact", "mixset_bbc"):
        mine = [r for r in rows if r["_file"] == name]
        picked += random.Random(f"{args.seed}:{name}").sample(mine, min(args.per_file, len(mine)))
    rows = picked
    log(f"{len(rows)} rows of the {args.half} half")

    left_out = set().union(*(gold(r) for r in rows))
    reduced = [r for r in records if r["id"] not in left_out]
    reduced_path = args.db.parent / "reduced.jsonl"
    reduced_path.parent.mkdir(parents=True, exist_ok=True)
    with open(reduced_path, "w", encoding="utf-8") as fh:
        for r in reduced:
            fh.write(json.dumps(r) + "\n")
    reduced_db = args.db.parent / "reduced.unspun"
    build_index(corpus_path, args.db, args.reuse_db, args.workers)
    build_index(reduced_path, reduced_db, False, args.workers)
    log(f"corpus {len(records)} articles; without the sampled sources: {len(reduced)}")

    # 1. with the source, and with it left out
    full = unspun.Corpus.open(args.db, create=False)
    less = unspun.Corpus.open(reduced_db, create=False)
    texts = [r["rewrite_text"] for r in rows]
    named_full, right_full, named_less, verdicts_less = [], [], [], []
    extra_full: list[bool] = []
    for i, (row, text) in enumerate(zip(rows, texts, strict=True), 1):
        a = unspun.check(text, full, options)
        b = unspun.check(text, less, options)
        named_full.append(bool(a.sources))
        right_full.append(bool(a.sources) and a.sources[0].id in gold(row))
        extra_full.append(any(s.id not in gold(row) for s in a.sources[1:]))
        named_less.append(bool(b.sources))
        verdicts_less.append(b.verdict.kind)
        if i % 100 == 0:
            log(f"{i}/{len(rows)} rows checked twice")

    bm_full = bm25_index(records)
    bm_less = bm25_index(reduced)
    top_full, score_full = bm25_top(bm_full, texts, 3)
    _, score_less = bm25_top(bm_less, texts, 3)
    # the BM25 bar that names a source for as many rows as unspun does on the full corpus
    share = float(np.mean(named_full))
    bar = float(np.quantile(score_full[:, 0], 1 - share)) if share < 1 else -np.inf
    bm_named_full = score_full[:, 0] >= bar
    bm_right_full = [
        bool(n) and top[0] in gold(r)
        for n, top, r in zip(bm_named_full, top_full, rows, strict=True)
    ]
    bm_named_less = score_less[:, 0] >= bar

    # 2. blends of two rewrites with different sources
    order = list(range(len(rows)))
    random.Random(args.seed).shuffle(order)
    pairs = []
    for i, j in zip(order[::2], order[1::2], strict=False):
        if not gold(rows[i]) & gold(rows[j]):
            pairs.append((rows[i], rows[j]))
    blends = [blend_text(a["rewrite_text"], b["rewrite_text"]) for a, b in pairs]
    both = one = extra = 0
    dump = []
    for (a, b), text in zip(pairs, blends, strict=True):
        named = [s.id for s in unspun.check(text, full, options).sources]
        found = sum(any(x in gold(r) for x in named) for r in (a, b))
        dump.append(
            {
                "a": a["id"],
                "b": b["id"],
                "gold": [a["source_id"], b["source_id"]],
                "named": named,
                "found": found,
            }
        )
        both += found == 2
        one += found == 1
        extra += any(not any(x in gold(r) for r in (a, b)) for x in named)
    bm_blend, _ = bm25_top(bm_full, blends, 3)
    bm_both2 = sum(
        all(any(x in gold(r) for x in top[:2]) for r in pair)
        for pair, top in zip(pairs, bm_blend, strict=True)
    )
    bm_both3 = sum(
        all(any(x in gold(r) for x in top[:3]) for r in pair)
        for pair, top in zip(pairs, bm_blend, strict=True)
    )

    n, m = len(rows), max(len(pairs), 1)
    kinds = {k: verdicts_less.count(k) for k in sorted(set(verdicts_less))}
    per_file = []
    for name in ("f3", "llmfake", "sheepdog_politifact", "mixset_bbc"):
        sel = [i for i, r in enumerate(rows) if r["_file"] == name]
        if sel:
            per_file.append(
                f"| {name} | {len(sel)} | {pct(np.mean([right_full[i] for i in sel]))} | "
                f"{pct(np.mean([named_less[i] for i in sel]))} | "
                f"{pct(np.mean([bm_right_full[i] for i in sel]))} | "
                f"{pct(np.mean([bm_named_less[i] for i in sel]))} |"
            )
    lines = [
        "## Source verdicts: source left out, and two-source blends "
        "(`benchmarks/bench_verdicts.py`)\n",
        f"Command: `{command}`  ",
        f"Date: {started:%Y-%m-%d %H:%M} UTC; run time "
        f"{(time.perf_counter() - t_run) / 60:.1f} min; load average at the end "
        f"{os.getloadavg()[0]:.2f}.  ",
        f"Rows: {n} clean rewrites of the {'held-out' if args.half == 'test' else 'TRAIN'} half "
        f"(source id hash {'odd' if args.half == 'test' else 'even'}), up to {args.per_file} "
        "per file (llmfake: paraphrase and rewrite). Corpus: news_corpus "
        f"({len(records)} articles); with the sampled sources, their identical copies and other "
        f"scrapes of them (benchmarks/gold.py) left out: {len(reduced)}. A source's other "
        "scrape counts as the source. unspun `CheckOptions(detect=False)` defaults.\n",
        "### 1. The source is not in the corpus\n",
        "A report that names a source for a rewrite whose source was left out names the wrong "
        "one: typically another outlet's article on the same event. BM25's bar is the top "
        f"score above which it names a source for as many rows as unspun does with the full "
        f"corpus ({pct(share)}%), so both are compared at one operating point.\n",
        "| rows | n | unspun: right source, full corpus | unspun: a source named, source "
        "left out | BM25 at the same bar: right source, full corpus | BM25: a source named, "
        "source left out |",
        "|---|--:|--:|--:|--:|--:|",
        f"| **all** | {n} | **{pct(np.mean(right_full))}** | **{pct(np.mean(named_less))}** | "
        f"{pct(np.mean(bm_right_full))} | {pct(np.mean(bm_named_less))} |",
        *per_file,
        "",
        f"unspun's verdicts with the source left out: {kinds}. With the source in the "
        f"corpus, a second source that is not the rewrite's was named for "
        f"{pct(np.mean(extra_full))}% of these single-source rewrites.\n",
        "### 2. Two-source blends\n",
        f"{len(pairs)} blends: the first half of one rewrite's sentences, a blank line, then "
        "the first half of another's (a different source).\n",
        "| measure | unspun | BM25 top 2 | BM25 top 3 |",
        "|---|--:|--:|--:|",
        f"| both sources found | **{pct(both / m)}** | {pct(bm_both2 / m)} | {pct(bm_both3 / m)} |",
        f"| exactly one found | {pct(one / m)} | | |",
        f"| a source named that is neither | {pct(extra / m)} | | |",
        "",
    ]
    if args.rows_out:
        with open(args.rows_out, "w", encoding="utf-8") as fh:
            for i, row in enumerate(rows):
                fh.write(
                    json.dumps(
                        {
                            "id": row["id"],
                            "gold": row["source_id"],
                            "named_full": named_full[i],
                            "named_left_out": named_less[i],
                            "verdict_left_out": verdicts_less[i],
                        }
                    )
                    + "\n"
                )
            for item in dump:
                fh.write(json.dumps({"blend": item}) + "\n")
    text = "\n".join(lines)
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
