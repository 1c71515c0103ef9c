"""Benchmark the batch jobs on Spark: copies found across a corpus, and check throughput, each
next to a baseline run in the same command.

Corpus: ``--articles`` news_corpus articles (seed 0) holding the sources of ``--rewrites``
rewrites of news_rewrite_pairs (held-out half of source ids, rows without the excluded
flags; f3, llmfake paraphrase and rewrite, sheepdog_politifact, mixset_bbc in equal shares),
the rewrites added to the corpus themselves, each dated three days after its source (a
source without a date is given one). This is the archive of a site and the content farms
that copy it.

(a) Copies: ``unspun.batch.copies_on_spark`` (Spark local[2]) and ``group_copies``, against
datasketch's MinHash LSH (word 5-gram shingles, 128 permutations, Jaccard threshold 0.5,
groups by connected components), the standard near-duplicate finder. Per method: rewrites
grouped with their source, groups whose first published member is the source, and member
pairs no known relation explains (not a rewrite and its source, not two rewrites of one
source, not identical texts by duplicate_texts.json, not two scrapes of one page by 5-gram
containment >= 0.5).

(b) Throughput: ``--suspects`` rewrites (other rows of the same half) checked against the
corpus in one process, one after another (what ``unspun check suspects.jsonl`` does), and by
``check_on_spark`` on local[2]; same verdicts expected.

    python benchmarks/bench_batch.py [--articles 1500] [--rewrites 300] [--suspects 200]
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import datetime as dt
import json
import os
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_retrieval import clean, load_jsonl, log  # noqa: E402

import unspun  # noqa: E402
from unspun.batch import (  # noqa: E402
    CopyEdge,
    check_on_spark,
    copies_on_spark,
    group_copies,
    spark_session,
)

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("UNSPUN_DATA", ROOT.parent / "shared" / "data"))
OUT = ROOT / "benchmarks" / "results" / "batch.md"
FILES = ("f3", "llmfake", "sheepdog_politifact", "mixset_bbc")
KINDS = {"llmfake": ("paraphrase", "rewrite")}


def in_half(source_id: str, half: str) -> bool:
    """The held-out half of source ids (sha1 odd) or the train half (even, for development)."""
    import hashlib

    return int(hashlib.sha1(source_id.encode()).hexdigest(), 16) % 2 == (half == "held-out")


def grams(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def containment(a: set, b: set) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def minhash_groups(texts: dict[str, str]) -> list[list[str]]:
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    hashes = {}
    for i, text in texts.items():
        m = MinHash(num_perm=128)
        for g in grams(text):
            m.update(" ".join(g).encode("utf-8"))
        hashes[i] = m
        lsh.insert(i, m)
    parent = {i: i for i in texts}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, m in hashes.items():
        for j in lsh.query(m):
            if j != i:
                parent[root(i)] = root(j)
    comps = collections.defaultdict(list)
    for i in texts:
        comps[root(i)].append(i)
    return [sorted(c) for c in comps.values() if len(c) > 1]


def explained(a: str, b: str, source_of, identical, texts, shingles) -> bool:
    """Do a and b have a known relation: a rewrite and its source, two rewrites of one
    source, identical texts, or two scrapes of one page?"""
    if (
        source_of.get(a) == b
        or source_of.get(b) == a
        or (a in source_of and source_of.get(a) == source_of.get(b))
        or b in identical.get(a, ())
    ):
        return True
    for x in (a, b):
        if x not in shingles:
            shingles[x] = grams(texts[x])
    return containment(shingles[a], shingles[b]) >= 0.5


def score_edges(edges, source_of, texts, identical) -> tuple[int, int, list]:
    """Edges (copy, source) found, how many a known relation explains, the others."""
    shingles: dict = {}
    pairs = {tuple(sorted((e.copy, e.source))) for e in edges}
    wrong = [p for p in sorted(pairs) if not explained(*p, source_of, identical, texts, shingles)]
    return len(pairs), len(pairs) - len(wrong), wrong


def score_groups(groups, source_of, texts, identical, dates) -> dict:
    """Rewrites grouped with their source, first-published right, unexplained pairs."""
    group_of = {m: k for k, g in enumerate(groups) for m in g}
    found = sum(1 for r, s in source_of.items() if r in group_of and group_of.get(s) == group_of[r])
    first_right = 0
    for r, s in source_of.items():
        if r in group_of and group_of.get(s) == group_of[r]:
            members = groups[group_of[r]]
            dated = sorted((dates[m], m) for m in members if dates.get(m))
            first = dated[0][1] if dated else None
            first_right += first == s or (first is not None and first in identical.get(s, ()))
    shingles = {}
    unexplained = []
    pairs = 0
    for g in groups:
        for a_i, a in enumerate(g):
            for b in g[a_i + 1 :]:
                pairs += 1
                if not explained(a, b, source_of, identical, texts, shingles):
                    unexplained.append((a, b))
    return {
        "groups": len(groups),
        "members": sum(len(g) for g in groups),
        "found": found,
        "first_right": first_right,
        "pairs": pairs,
        "unexplained": unexplained,
    }


def rescore(path: Path, source_of, texts, identical, dates, min_score=None) -> int:
    """Group and score the edges an earlier run wrote (development: the grouping's bars)."""
    edges = [
        CopyEdge(**{k: v for k, v in json.loads(line).items() if k != "explained"})
        for line in path.open(encoding="utf-8")
    ]
    grouped = group_copies(edges, **({} if min_score is None else {"min_score": min_score}))
    res = score_groups([list(g.members) for g in grouped], source_of, texts, identical, dates)
    n_kept, n_kept_right, _ = score_edges(
        [e for g in grouped for e in g.edges], source_of, texts, identical
    )
    print(
        f"rewrite with its source {res['found']} / {len(source_of)}, first published right "
        f"{res['first_right']}, groups {res['groups']} of {res['members']} articles, "
        f"unexplained pairs {len(res['unexplained'])} of {res['pairs']}; edges past the bars "
        f"{n_kept}, explained {n_kept_right}"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1500)
    ap.add_argument("--rewrites", type=int, default=300)
    ap.add_argument("--suspects", type=int, default=200)
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument(
        "--half",
        choices=("held-out", "train"),
        default="held-out",
        help="which half of the rewrite pairs (train: for development, never written)",
    )
    ap.add_argument("--edges", type=Path, help="write unspun's copy edges here (jsonl)")
    ap.add_argument(
        "--edges-from",
        type=Path,
        help="score the copy edges an earlier run wrote with --edges (same --half, --articles "
        "and --rewrites) instead of finding them again; no throughput run, never written",
    )
    ap.add_argument(
        "--min-score",
        type=float,
        default=None,
        help="with --edges-from: group at this source score bar, not unspun.batch.MIN_SCORE",
    )
    args = ap.parse_args(argv)
    corpus_path = DATA / "news_corpus" / "corpus.jsonl.gz"
    if not corpus_path.exists():
        print(f"{corpus_path}: not found (set UNSPUN_DATA)", file=sys.stderr)
        return 1
    t_start = time.time()
    articles = {r["id"]: r for r in load_jsonl(corpus_path)}
    groups = json.loads((corpus_path.parent / "duplicate_texts.json").read_text())["groups"]
    identical = {i: set(g) - {i} for g in groups for i in g}
    rng = random.Random(0)
    rows = []
    for name in FILES:
        data = [
            r
            for r in load_jsonl(DATA / "news_rewrite_pairs" / f"{name}.jsonl.gz")
            if clean(r)
            and in_half(r["source_id"], args.half)
            and r["source_id"] in articles
            and r["rewrite_kind"] in KINDS.get(name, (r["rewrite_kind"],))
        ]
        rng.shuffle(data)
        per = (args.rewrites + args.suspects) // len(FILES)
        rows += [dict(r, _file=name) for r in data[:per]]
    rng.shuffle(rows)
    in_corpus, suspects = rows[: args.rewrites], rows[args.rewrites :]
    chosen = {r["source_id"] for r in rows}
    others = sorted(set(articles) - chosen)
    rng.shuffle(others)
    ids = sorted(chosen) + others[: max(0, args.articles - len(chosen))]

    def day(i: str) -> str:
        return (articles[i].get("date") or "2020-01-01")[:10]

    records = [{**articles[i], "date": day(i)} for i in ids]
    source_of, texts, dates = {}, {i: articles[i]["text"] for i in ids}, {i: day(i) for i in ids}
    for n, r in enumerate(in_corpus):
        rid = f"copy-{n}"
        later = dt.date.fromisoformat(day(r["source_id"])) + dt.timedelta(days=3)
        records.append({"id": rid, "text": r["rewrite_text"], "date": later.isoformat()})
        source_of[rid], texts[rid], dates[rid] = (
            r["source_id"],
            r["rewrite_text"],
            later.isoformat(),
        )
    if args.edges_from:
        return rescore(args.edges_from, source_of, texts, identical, dates, args.min_score)
    work = Path(tempfile.mkdtemp(prefix="unspun-bench-batch-"))
    db = work / "corpus.unspun"
    log(f"indexing {len(records)} articles ({len(in_corpus)} rewrites)")
    with unspun.Corpus.open(db) as corpus:
        corpus.add(records, workers=2)

    spark = spark_session("local[2]", app_name="unspun-bench", ui=False)
    options = unspun.CheckOptions(detect=False)
    try:
        log("copies on Spark local[2]")
        t0 = time.perf_counter()
        edges = copies_on_spark(spark, db, options)
        ours_s = time.perf_counter() - t0
        n_edges, n_right, _ = score_edges(edges, source_of, texts, identical)
        grouped = group_copies(edges)
        kept = [e for g in grouped for e in g.edges]
        n_kept, n_kept_right, wrong_edges = score_edges(kept, source_of, texts, identical)
        by_pair = {
            frozenset((e.copy, e.source)): e for e in sorted(kept, key=lambda e: e.coverage)
        }  # the stronger direction last, so kept
        if args.edges:
            shingles: dict = {}
            args.edges.write_text(
                "".join(
                    json.dumps(
                        {
                            **dataclasses.asdict(e),
                            "explained": explained(
                                e.copy, e.source, source_of, identical, texts, shingles
                            ),
                        }
                    )
                    + "\n"
                    for e in edges
                ),
                encoding="utf-8",
            )
        ours = score_groups([list(g.members) for g in grouped], source_of, texts, identical, dates)
        log("MinHash LSH")
        t0 = time.perf_counter()
        lsh = score_groups(minhash_groups(texts), source_of, texts, identical, dates)
        lsh_s = time.perf_counter() - t0

        suspects_file = work / "suspects.jsonl"
        suspects_file.write_text(
            "".join(
                json.dumps({"id": f"s{n}", "text": r["rewrite_text"]}) + "\n"
                for n, r in enumerate(suspects)
            ),
            encoding="utf-8",
        )
        log(f"{len(suspects)} suspects in one process")
        with unspun.Corpus.open(db, create=False) as corpus:
            unspun.check("Warm up. The models load now.", corpus, options)
            t0 = time.perf_counter()
            one = {
                f"s{n}": unspun.check(r["rewrite_text"], corpus, options).verdict.kind
                for n, r in enumerate(suspects)
            }
            one_s = time.perf_counter() - t0
        log("... and on Spark local[2]")
        t0 = time.perf_counter()
        summary = check_on_spark(spark, [str(suspects_file)], db, str(work / "reports"), options)
        spark_s = time.perf_counter() - t0
        on_spark = {}
        for part in sorted((work / "reports").glob("part-*")):
            for line in part.open(encoding="utf-8"):
                row = json.loads(line)
                on_spark[row["suspect"]["id"]] = row["verdict"]["kind"]
    finally:
        spark.stop()
    agree = sum(on_spark.get(k) == v for k, v in one.items())
    n_pairs = len(source_of)

    def cells(res: dict, seconds: float) -> str:
        return (
            f"{res['found']} / {n_pairs} ({res['found'] / n_pairs:.1%}) | "
            f"{res['first_right']} | {res['groups']} / {res['members']} | "
            f"{len(res['unexplained'])} of {res['pairs']} | {seconds:.0f} s"
        )

    load = "/".join(f"{x:.2f}" for x in os.getloadavg())
    lines = [
        "### Batch jobs on Spark (`benchmarks/bench_batch.py`)",
        "",
        "Command: `python benchmarks/bench_batch.py "
        f"--articles {args.articles} --rewrites {args.rewrites} --suspects {args.suspects}`  ",
        f"Date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC; run time "
        f"{(time.time() - t_start) / 60:.1f} min; 2 cores; load average at the end {load}.  ",
        f"Corpus: {len(records)} articles: {len(ids)} news_corpus articles and {n_pairs} "
        "rewrites of some of them (held-out half of news_rewrite_pairs, clean rows; f3, llmfake "
        "paraphrase and rewrite, sheepdog_politifact, mixset_bbc), each rewrite dated three "
        "days after its source.",
        "",
        "**Copies across the corpus.** unspun: `copies_on_spark` on Spark local[2] (each "
        "article checked against the rest) and `group_copies`; baseline: datasketch MinHash "
        "LSH (word 5-grams, 128 permutations, threshold 0.5), groups by connected components. "
        "*Rewrite with its source*: the rewrite in the same group as the article it was written "
        "from. *First published right*: ... and the group's earliest-dated member is that "
        "source (or an identical text). *Unexplained pairs*: grouped members that are not a "
        "rewrite and its source, two rewrites of one source, identical texts or two scrapes of "
        "one page (5-gram containment >= 0.5): other coverage of the same story, or a false "
        "match.",
        "",
        "| method | rewrite with its source | first published right | groups / articles in "
        "them | unexplained pairs | time |",
        "|---|--:|--:|--:|--:|--:|",
        f"| **unspun copies** (Spark local[2]) | {cells(ours, ours_s)} |",
        f"| MinHash LSH | {cells(lsh, lsh_s)} |",
        "",
        f"**Check throughput.** {len(suspects)} other rewrites of the same half checked against "
        "this corpus, `CheckOptions(detect=False)`:",
        "",
        "| how | time | checks / s |",
        "|---|--:|--:|",
        f"| one process, one after another (`unspun check suspects.jsonl`) | {one_s:.1f} s | "
        f"{len(suspects) / one_s:.2f} |",
        f"| `check_on_spark`, local[2] (Spark start-up and the corpus shipped included) | "
        f"{spark_s:.1f} s | {len(suspects) / spark_s:.2f} |",
        "",
        f"Same verdict in both: {agree} of {len(one)}; the Spark job wrote {summary.rows} rows, "
        f"{summary.errors} of them errors.",
        "",
        f"unspun's copy edges (an article and the one a check names as its source, either way "
        f"round): {n_edges}, of which a known relation explains {n_right} "
        f"({n_right / max(n_edges, 1):.1%}); past the bars that join a group "
        "(`unspun.batch.MIN_COVERAGE`, `MIN_SIMILARITY`, `MIN_SCORE`): "
        f"{n_kept}, of which {n_kept_right} ({n_kept_right / max(n_kept, 1):.1%}). A group "
        "joins every article such an edge reaches, so one edge between two stories on the same "
        "topic joins their groups: the unexplained pairs above are mostly such joins.",
        "",
    ]
    if wrong_edges:
        lines.append(
            "Unexplained edges past the bars (first 12, for reading; coverage / similarity of "
            "the stronger direction):"
        )
        lines.append("")
        for a, b in wrong_edges[:12]:
            e = by_pair[frozenset((a, b))]
            lines.append(f"- `{a}` / `{b}`: {e.coverage:.2f} / {e.similarity:.2f}")
        lines.append("")
    text = "\n".join(lines)
    print(text)
    if not args.no_write and args.half == "held-out":
        OUT.write_text(text, encoding="utf-8")
        log(f"wrote {OUT}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
