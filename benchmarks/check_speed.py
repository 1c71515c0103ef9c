"""Time ``unspun.check`` on a fixed sample of rewrites, to compare two versions of the code.

Run it alternately with each version on ``PYTHONPATH`` (each against a database that
version built), so both meet the same load, and compare the medians and the CPU time:

    git archive OLD | tar -x -C /tmp/old && git archive NEW | tar -x -C /tmp/new
    for i in 1 2; do
        PYTHONPATH=/tmp/old/src python benchmarks/check_speed.py --db old.unspun --label old
        PYTHONPATH=/tmp/new/src python benchmarks/check_speed.py --db new.unspun --label new
    done

Sample: the first ``--per-file`` rewrites of each news_rewrite_pairs file after a seeded
shuffle (f3, llmfake, sheepdog_politifact, mixset_bbc), ``CheckOptions(detect=False)``,
after one warm-up check.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import statistics
import time
from pathlib import Path

import unspun

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("UNSPUN_DATA", ROOT.parent / "shared" / "data"))
FILES = ("f3", "llmfake", "sheepdog_politifact", "mixset_bbc")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--label", default="")
    ap.add_argument("--per-file", type=int, default=40)
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()
    texts = []
    for name in FILES:
        with gzip.open(DATA / "news_rewrite_pairs" / f"{name}.jsonl.gz", "rt") as handle:
            pool = [json.loads(line)["rewrite_text"] for line in handle]
        random.Random(args.seed).shuffle(pool)
        texts += pool[: args.per_file]
    options = unspun.CheckOptions(detect=False)
    with unspun.Corpus.open(args.db, create=False) as corpus:
        unspun.check("Warm up. The models load now.", corpus, options)
        times, cpu = [], time.process_time()
        for text in texts:
            start = time.perf_counter()
            unspun.check(text, corpus, options)
            times.append((time.perf_counter() - start) * 1000)
        cpu = time.process_time() - cpu
    print(
        f"{args.label}: p50 {statistics.median(times):.0f} ms, mean {statistics.mean(times):.0f}"
        f" ms, CPU {cpu:.1f} s over {len(times)} checks (load {os.getloadavg()[0]:.2f})"
    )


if __name__ == "__main__":
    main()
