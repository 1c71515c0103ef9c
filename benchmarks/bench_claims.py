"""Benchmark the audit alone on labelled one-sentence claims, next to a fuzzy-match baseline.

The claims (benchmarks/labels/claims.jsonl, see the README there) were written by six helper
sessions about 180 news_corpus articles (BBC 2004-2005 and FakeHealth), 12 per article: 6
``faithful`` (every fact supported: close rewrites, summary-style claims joining 2-3
sentences, loose paraphrases such as "half" for 50%) and 6 ``changed`` (exactly one subtle
planted error, each of another ``change_type``). They are stored without publisher text:
the article sentences each claim draws on are spans into news_corpus, checked here.

Each claim is audited against its own article, the source being given (``unspun.compare(claim,
article, CheckOptions(detect=False))``): no retrieval, so this measures the audit alone. A
claim is flagged when any of its sentences is not ``supported``. Reported per split: faithful
claims flagged (false alarms), changed claims caught, and per change type the share caught
and the share caught with a fitting type, i.e. some sentence of the claim carries a change
(or, for ``added_detail``, an ``added`` type) the mapping below accepts. The mapping is a
judgement, not a definition: the writers' types are finer than unspun's and some overlap.

    entity -> entity            noun -> entity             verb -> direction | negation | entity
    antonym -> negation | direction                        number -> number
    date -> date                roles -> direction         negation -> negation
    hedging -> hedging          status -> hedging          condition -> condition
    attribution -> attribution  location -> location       quantifier -> number
    added_detail -> added (fabricated_fact | fabricated_quote) | entity | number

The same claims also give a balanced accuracy (changed caught + faithful passed, halved), the
figure scripts/eval_consistency.py reports on news_consistency. Splits, fixed by writer
before any rule was scored against them: ``dev`` (writers P, Q, R, S) and ``test`` (T, U),
held out: only ever scored in aggregate (``--dump`` writes ``dev`` rows only).

Baseline, same claims and run: a fuzzy-match checker. A claim's score is the rapidfuzz
token-set ratio to its best-matching article sentence (unspun's sentence split); it is
flagged below a bar, the one that maximises balanced accuracy on ``dev``. It never types a
change, so its typed columns are empty.

    python benchmarks/bench_claims.py [--workers 2] [--limit N] [--dump FILE] [--no-write]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import multiprocessing as mp
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from statistics import median
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("UNSPUN_DATA", ROOT.parent / "shared" / "data"))
CLAIMS = ROOT / "benchmarks" / "labels" / "claims.jsonl"
OUT = ROOT / "benchmarks" / "results" / "claims.md"
SPLITS = ("dev", "test")
BARS = range(50, 101)

#: the writers' change types -> what unspun may call them (see the module docstring)
FITTING: dict[str, set[str]] = {
    "entity": {"entity"},
    "noun": {"entity"},
    "verb": {"direction", "negation", "entity"},
    "antonym": {"negation", "direction"},
    "number": {"number"},
    "date": {"date"},
    "roles": {"direction"},
    "negation": {"negation"},
    "hedging": {"hedging"},
    "status": {"hedging"},
    "condition": {"condition"},
    "attribution": {"attribution"},
    "location": {"location"},
    "quantifier": {"number"},
    "added_detail": {"entity", "number", "added:fabricated_fact", "added:fabricated_quote"},
}


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def corpus_texts() -> dict[str, str] | None:
    """news_corpus's texts by id, or None (said on stderr) when the data is not there."""
    corpus_path = DATA / "news_corpus" / "corpus.jsonl.gz"
    if not corpus_path.exists():
        print(f"{corpus_path}: not found (set UNSPUN_DATA)", file=sys.stderr)
        return None
    with gzip.open(corpus_path, "rt", encoding="utf-8") as fh:
        return {r["id"]: r["text"] for r in map(json.loads, fh)}


def corpus_titles() -> dict[str, str | None]:
    """news_corpus's titles by id (call after corpus_texts has found the data)."""
    with gzip.open(DATA / "news_corpus" / "corpus.jsonl.gz", "rt", encoding="utf-8") as fh:
        return {r["id"]: r.get("title") for r in map(json.loads, fh)}


def load_claims(texts: dict[str, str]) -> list[dict[str, Any]]:
    """The claims, each with its article text; every span checked against the corpus."""
    claims = []
    for n, line in enumerate(CLAIMS.read_text(encoding="utf-8").splitlines(), 1):
        c = json.loads(line)
        text = texts.get(c["article_id"])
        if text is None:
            raise SystemExit(f"{CLAIMS}:{n}: article {c['article_id']} not in news_corpus")
        spans = c["based_on_spans"] + ([c["source_words_span"]] if c["source_words_span"] else [])
        if not c["based_on_spans"] or any(not 0 <= a < b <= len(text) for a, b in spans):
            raise SystemExit(f"{CLAIMS}:{n}: a span is outside article {c['article_id']}")
        claims.append({**c, "source": text})
    return claims


def _init() -> None:
    import unspun
    from unspun import models

    models.embedder()
    models.nlp()
    unspun.compare("Warm up.", "Warm up.", unspun.CheckOptions(detect=False))


def audit_claim(claim: dict[str, Any]) -> dict[str, Any]:
    """What the audit says about one claim (no text kept)."""
    import unspun

    report = unspun.compare(claim["claim"], claim["source"], unspun.CheckOptions(detect=False))
    return {
        "id": claim["id"],
        "labels": [f.label for f in report.findings],
        "types": sorted(
            {c.type for f in report.findings for c in f.changes}
            | {f"added:{f.added_type}" for f in report.findings if f.added_type}
        ),
        "audit_ms": report.timings_ms.get("audit", 0.0),
    }


def fuzzy_score(claim: dict[str, Any], sentences: dict[str, list[str]]) -> float:
    """The baseline's score: token-set ratio of the claim to its best article sentence."""
    from rapidfuzz import fuzz

    return max(
        (fuzz.token_set_ratio(claim["claim"], s) for s in sentences[claim["article_id"]]),
        default=0.0,
    )


def rates(claims: list[dict[str, Any]], flagged: Callable[[dict], bool]) -> dict[str, float]:
    faithful = [c for c in claims if c["label"] == "faithful"]
    changed = [c for c in claims if c["label"] == "changed"]
    fpr = sum(map(flagged, faithful)) / max(1, len(faithful))
    tpr = sum(map(flagged, changed)) / max(1, len(changed))
    return {
        "faithful": len(faithful),
        "changed": len(changed),
        "fpr": fpr,
        "tpr": tpr,
        "ba": (tpr + 1 - fpr) / 2,
    }


def typed_right(claim: dict[str, Any], said: dict[str, Any]) -> bool:
    return bool(FITTING[claim["change_type"]] & set(said["types"]))


def commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(
            ["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=False
        ).stdout.strip()

    head = git("rev-parse", "--short", "HEAD") or "unknown"
    return head + (" (with uncommitted changes)" if git("status", "--porcelain", "src") else "")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument(
        "--limit", type=int, default=0, help="claims per split and label (0 = all; a trial)"
    )
    ap.add_argument("--dump", type=Path, default=None, help="write dev rows (jsonl, no text)")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    texts = corpus_texts()
    if texts is None:
        return 1
    t_start = time.time()
    claims = load_claims(texts)
    if args.limit:
        claims = [
            c
            for s in SPLITS
            for label in ("faithful", "changed")
            for c in [c for c in claims if c["split"] == s and c["label"] == label][: args.limit]
        ]
    log(f"auditing {len(claims)} claims, {args.workers} workers")
    if args.workers <= 1:
        _init()
        said_list = [audit_claim(c) for c in claims]
    else:
        with mp.get_context("fork").Pool(args.workers, initializer=_init) as pool:
            said_list = pool.map(audit_claim, claims, chunksize=8)
    said = {s["id"]: s for s in said_list}
    audit_min = (time.time() - t_start) / 60

    def ours(c: dict[str, Any]) -> bool:
        return any(label != "supported" for label in said[c["id"]]["labels"])

    from unspun.documents import split_sentences

    sentences = {
        a: [s.text for s in split_sentences(texts[a])] for a in {c["article_id"] for c in claims}
    }
    fuzzy = {c["id"]: fuzzy_score(c, sentences) for c in claims}
    dev = [c for c in claims if c["split"] == "dev"]
    bar = max(BARS, key=lambda b: rates(dev, lambda c: fuzzy[c["id"]] < b)["ba"])
    log(f"baseline bar {bar}")

    def theirs(c: dict[str, Any]) -> bool:
        return fuzzy[c["id"]] < bar

    if args.dump:
        rows = [{**said[c["id"]], "fuzzy": fuzzy[c["id"]]} for c in dev]
        args.dump.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")

    by_split = {s: [c for c in claims if c["split"] == s] for s in SPLITS}
    lines = [
        "### Audit on labelled claims, source given (`benchmarks/bench_claims.py`)",
        "",
        "Command: `python benchmarks/bench_claims.py --workers 2`  ",
        f"Date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC; commit {commit()}; "
        f"{len(claims)} claims audited in {audit_min:.1f} min ({args.workers} workers); audit "
        f"p50 {sorted(s['audit_ms'] for s in said_list)[len(said_list) // 2]:.0f} ms; load "
        f"average {'/'.join(f'{x:.2f}' for x in os.getloadavg())}.  ",
        f"Claims: `benchmarks/labels/claims.jsonl` ({len(claims)} on "
        f"{len({c['article_id'] for c in claims})} news_corpus articles; see the README there), "
        "each audited against its own article with `unspun.compare(claim, article, "
        "CheckOptions(detect=False))`; a claim is flagged when any sentence is not `supported`. "
        "`dev` = writers P-S, `test` = writers T-U, held out (only ever scored in aggregate). "
        "The audit's rules were revised once on `dev` errors (session 15: a scale of quantifiers, "
        "a plan reported as already done, a source sentence's words given another named "
        "speaker), each checked against 2,039 meaning-preserving train-half rewrite pairs for "
        "new false flags; `test` was scored before (commit 863e25b: balanced accuracy dev "
        "0.678 / test 0.692, changed caught 0.412 / 0.422, false alarms 0.057 / 0.039) and "
        "after, in aggregate only. Revised again on `dev` in session 17 (who says a source "
        "sentence, named before it for a 'he said'; certainty raised or lowered; a qualifier "
        "dropped from a clause said word for word; a surname swapped; 'for all' as an amount), "
        "with the same check; before them (commit 1003a82): balanced accuracy dev 0.693 / "
        "test 0.701, changed caught 0.443 / 0.442, false alarms 0.057 / 0.039. Revised again "
        "in session 18 on `dev`'s false alarms (a share in words or an amount in other units; "
        "a span in other words; a bound is no negation; initials of a body; a merged claim's "
        "figure or word read from the source sentence that says it; a rule for misses, a noun "
        "WordNet finds no kin of, was reverted), with the same check; before them (commit "
        "8a717a8): balanced accuracy dev 0.731 / test 0.719, changed caught 0.518 / 0.483, "
        "false alarms 0.056 / 0.044. Revised again in session 19 on `dev`'s false alarms (a "
        "figure a reader can work out from the source's: a hedged ratio, a multiple for a rise "
        "in percent, a count of a stated total; 'cheaper' for 'less expensive'; an age bound; "
        "a limit said with a negation; a name or figure the next source sentence says), with "
        "the same check; before them (commit 78ef969): balanced accuracy dev 0.751 / test "
        "0.728, changed caught 0.519 / 0.481, false alarms 0.018 / 0.025. Revised again in "
        "session 20 on the false flags of fresh faithful whole-article rewrites (dev8-dev13 of "
        "faithful_rewrites.jsonl) and on `dev`'s missed negations (a loose paraphrase that "
        "asserts the very word the source denies; twenty more negative words), with the same "
        "check; before them (commit 02091a1): balanced accuracy dev 0.757 / test 0.732, "
        "changed caught 0.518 / 0.481, false alarms 0.003 / 0.017. Revised again in session "
        "21 on `dev`'s missed changes and a new user's finds (an 'if' clause stated as a fact; "
        "a count where the source says none; a quantity made to go the other way; two parties "
        "swapped around the very same words; an expected event said as done with its own "
        "verb; a 'not' put before the source's own words; winner and loser swapped), with the "
        "same check; before them (commit 5b4d56f): balanced accuracy dev "
        "0.763 / test 0.732, changed caught 0.529 / 0.483, false alarms 0.003 / 0.019. "
        "Session 22 wrote no claim rule: it changed the sentence splitter (quotes, two-space "
        "paragraph joins) and fixed three false flags of the train pairs (a pronoun opening "
        "a quote as a name, 'each one' as a count), which left the dev claims as they were "
        "(388 of 720 caught, 2 false alarms).",
        "",
        "unspun in bold, the fuzzy-match baseline in brackets (flagged when the rapidfuzz "
        f"token-set ratio of the claim to its best article sentence is below {bar}, the bar "
        "that maximises balanced accuracy on `dev`). Balanced accuracy is the figure "
        "`scripts/eval_consistency.py` reports on news_consistency (results/consistency.md). "
        "The writers kept the changed claims close to the article's wording and wrote the "
        "faithful ones more freely: on `dev` the median ratio is "
        f"{median(fuzzy[c['id']] for c in dev if c['label'] == 'faithful'):.0f} for faithful "
        f"and {median(fuzzy[c['id']] for c in dev if c['label'] == 'changed'):.0f} for changed "
        "claims, so no bar does better than chance.",
        "",
        "| split | faithful / changed | faithful flagged (false alarms) | changed caught | "
        "balanced acc | changed caught, fitting type |",
        "|---|---|---|---|---|---|",
    ]
    for split, cs in by_split.items():
        m, b = rates(cs, ours), rates(cs, theirs)
        changed = [c for c in cs if c["label"] == "changed"]
        typed = sum(ours(c) and typed_right(c, said[c["id"]]) for c in changed)
        lines.append(
            f"| {split} | {m['faithful']} / {m['changed']} | **{m['fpr']:.3f}** ({b['fpr']:.3f}) "
            f"| **{m['tpr']:.3f}** ({b['tpr']:.3f}) | **{m['ba']:.3f}** ({b['ba']:.3f}) | "
            f"**{typed / max(1, len(changed)):.3f}** |"
        )
    lines += [
        "",
        "By how many article sentences the claim draws on (`based_on`; 2+ is mostly the "
        "summary-style claims):",
        "",
        "| split | sentences | faithful / changed | faithful flagged | changed caught |",
        "|---|---|---|---|---|",
    ]
    for split, cs in by_split.items():
        for name, keep in (
            ("1", lambda c: len(c["based_on_spans"]) == 1),
            ("2+", lambda c: len(c["based_on_spans"]) > 1),
        ):
            sub = [c for c in cs if keep(c)]
            m, b = rates(sub, ours), rates(sub, theirs)
            lines.append(
                f"| {split} | {name} | {m['faithful']} / {m['changed']} | **{m['fpr']:.3f}** "
                f"({b['fpr']:.3f}) | **{m['tpr']:.3f}** ({b['tpr']:.3f}) |"
            )
    lines += [
        "",
        "Per change type (writers' types; fitting unspun types as in the module docstring, a "
        "judgement): share caught (baseline in brackets) and share caught with a fitting type.",
        "",
        "| change type | fitting unspun type | dev n | dev caught | dev typed | test n | "
        "test caught | test typed |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for kind, fits in FITTING.items():
        cells = []
        for cs in by_split.values():
            sub = [c for c in cs if c["change_type"] == kind]
            n = max(1, len(sub))
            caught = sum(map(ours, sub)) / n
            base = sum(map(theirs, sub)) / n
            typed = sum(ours(c) and typed_right(c, said[c["id"]]) for c in sub) / n
            cells.append(f"{len(sub)} | **{caught:.3f}** ({base:.3f}) | {typed:.3f}")
        lines.append(f"| {kind} | {' / '.join(sorted(fits))} | {' | '.join(cells)} |")
    lines.append("")
    text = "\n".join(lines)
    print(text)
    if not args.no_write and not args.limit:
        OUT.write_text(text, encoding="utf-8")
        log(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
