"""Compare two per-row dumps of the same benchmark, row by row: did a change alter behaviour?

For refactors that must change nothing, and for rule changes whose every effect should be
read. Rows are matched by ``id``; fields ending in ``_ms`` (timings) are ignored.

    python scripts/eval_consistency.py --no-write --dump before.jsonl   # on the old code
    python scripts/eval_consistency.py --no-write --dump after.jsonl    # on the new code
    python scripts/compare_dumps.py before.jsonl after.jsonl

``benchmarks/bench_audit_cases.py --no-write --dump`` writes the same kind of file for the
labelled content-farm cases (whole reports: findings, omissions, verdicts).

Held-out rows (a ``split`` of ``test...``, or a content-farm case of a ``test`` split in
benchmarks/labels/farm_cases.jsonl) are counted but never printed: rules are revised on what
development rows show, and held-out ones are only ever scored in aggregate.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

_FARM_CASES = Path(__file__).resolve().parents[1] / "benchmarks" / "labels" / "farm_cases.jsonl"


def _rows(path: Path) -> dict[str, dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return {str(r["id"]): {k: v for k, v in r.items() if not k.endswith("_ms")} for r in rows}


def _case_splits() -> dict[str, str]:
    """The split of each labelled content-farm case, by id (their dumps do not carry it)."""
    if not _FARM_CASES.exists():
        return {}
    with _FARM_CASES.open(encoding="utf-8") as handle:
        return {str(c["id"]): str(c["split"]) for c in map(json.loads, handle) if c}


def _held_out(row_id: str, row: dict[str, Any], case_splits: dict[str, str]) -> bool:
    split = str(row.get("split") or case_splits.get(row_id, ""))
    return split.startswith("test")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    ap.add_argument("--show", type=int, default=10, help="differing rows to print")
    args = ap.parse_args(argv)
    before, after = _rows(args.before), _rows(args.after)
    missing = sorted(before.keys() ^ after.keys())
    differ = [i for i in before if i in after and before[i] != after[i]]
    splits = _case_splits()
    shown = [i for i in differ if not _held_out(i, before[i], splits)]
    print(
        f"{len(before)} rows before, {len(after)} after; {len(missing)} in one only; "
        f"{len(differ)} differ ({len(differ) - len(shown)} of them held out, not shown)"
    )
    for row_id in shown[: args.show]:
        fields = sorted(
            k
            for k in before[row_id].keys() | after[row_id].keys()
            if before[row_id].get(k) != after[row_id].get(k)
        )
        print(f"  {row_id}:")
        for key in fields:
            print(f"    {key}: {before[row_id].get(key)!r}")
            print(f"    {' ' * len(key)}  -> {after[row_id].get(key)!r}")
    return 1 if differ or missing else 0


if __name__ == "__main__":
    sys.exit(main())
