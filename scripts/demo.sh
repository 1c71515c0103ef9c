#!/usr/bin/env bash
# The README's first command: set up, index the example corpus, check the seed rewrite,
# print the summary and write report.html.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
rm -f demo.unspun demo.unspun-wal demo.unspun-shm
.venv/bin/unspun index examples/corpus.jsonl --db demo.unspun
.venv/bin/unspun check examples/000_001142e31bd2ee9d.txt --db demo.unspun -o report.html
