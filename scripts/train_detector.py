"""Train the machine-text detector and write src/unspun/resources/detector/model.json.

Data (read-only, never bundled): ../shared/data/news_rewrite_pairs/*.jsonl.gz (source_text =
human, rewrite_text = machine; rows with any flag dropped) and ../shared/data/news_corpus
(extra human news; the `xsum_bbc` part is excluded because it is the DetectRL test set).
DetectRL is never read here. Splits are by article (source_id / corpus id), 80/20 by hash:
train for the weights, validation for C, Platt calibration and the thresholds per
false-positive rate (quantiles of validation human scores).

Long texts are scored as the mean feature vector of ~300-word sentence windows (--window); in
training each window of a long text is an example weighted 1/(its text's windows).

Two logistic regressions, one per view of the text, are fitted on the same standardised
features and mixed (each score normalised by validation human texts, then weighted) into one
linear model: "words" (22 stylometric rates + word and word-pair rates) and "structure" (the
22 rates + sentence-structure features + sentence-skeleton grams, i.e. syntax with the
vocabulary abstracted away). Model selection on validation only: C of each view and the mix
weight are picked by the sum of validation AUROC, typo-augmented AUROC, AUROC and TPR at 1% FPR
with human texts cropped to machine-like lengths, and twice the mean AUROC and TPR at 1% FPR
over four leave-one-source-out folds (fit without Llama-2/Vicuna rewrites, without SheepDog,
without F3, without any BBC text; test the left-out machine texts vs cropped validation humans).

Run:  python scripts/train_detector.py [--data ../shared/data] [--out DIR] [--seed 13]
(about 5 minutes on 2 cores; deterministic for a given seed)
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import json
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from unspun.detect import (  # noqa: E402
    _ALPHA,
    MIN_WORDS,
    STRUCT_FEATURES,
    STYLE_FEATURES,
    Detector,
    _grams,
    normalize_text,
    skeleton,
    skeleton_grams,
    split_sentences,
    window_sentences,
)

FPR_GRID = (0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2)
PAIR_FILES = ("f3", "llmfake", "mixset_bbc", "sheepdog_politifact")


def _read(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _is_val(key: str, frac: float = 0.2) -> bool:
    h = int(hashlib.sha1(key.encode()).hexdigest()[:8], 16)
    return (h % 1000) < frac * 1000


def _ok(text: str) -> bool:
    words = text.split()
    if len(words) < 60:
        return False
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters) / max(len(letters), 1)
    return 0.01 < upper < 0.2  # drop lower-cased (MixSet upstream) and shouting texts


def load_examples(data: Path, max_extra: int = 1000) -> list[dict]:
    """Rows {text, label (1 machine), group, split, origin}."""
    ex: list[dict] = []
    seen: set[str] = set()
    for f in PAIR_FILES:
        for r in _read(data / "news_rewrite_pairs" / f"{f}.jsonl.gz"):
            if r.get("flags"):
                continue
            sid = r["source_id"]
            split = "val" if _is_val(sid) else "train"
            src = r["source_text"]
            if sid not in seen and _ok(src) and f != "mixset_bbc":
                seen.add(sid)
                ex.append(
                    {"text": src, "label": 0, "group": sid, "split": split, "origin": f"{f}:source"}
                )
            if _ok(r["rewrite_text"]):
                ex.append(
                    {
                        "text": r["rewrite_text"],
                        "label": 1,
                        "group": sid,
                        "split": split,
                        "origin": f"{f}:{r['generator']}",
                    }
                )
    corpus = _read(data / "news_corpus" / "corpus.jsonl.gz")
    rng = random.Random(7)
    rng.shuffle(corpus)
    quota = {"bbc_2004_2005": 0, "fakehealth": 0}
    for r in corpus:
        part = r["corpus_part"]
        if part not in quota or r["id"] in seen or not _ok(r["text"]):
            continue  # xsum_bbc (= DetectRL humans) and pair sources are never taken here
        seen.add(r["id"])
        split = "val" if _is_val(r["id"], 0.5) else "train"
        if split == "train":
            if quota[part] >= max_extra:
                continue  # keep the human side from being dominated by one outlet's topics
            quota[part] += 1
        ex.append(
            {
                "text": r["text"],
                "label": 0,
                "group": r["id"],
                "split": split,
                "origin": f"corpus:{part}",
            }
        )
    return ex


# -- augmentation: typos applied to BOTH classes so that typos carry no label --------------------
_KEYS = "abcdefghijklmnopqrstuvwxyz"


def _typo_word(w: str, rng: random.Random) -> str:
    if len(w) < 3:
        return w
    i = rng.randrange(len(w))
    op = rng.randrange(4)
    if op == 0:
        return w[:i] + w[i + 1 :]
    if op == 1:
        return w[:i] + rng.choice(_KEYS) + w[i:]
    if op == 2 and i < len(w) - 1:
        return w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    return w[:i] + rng.choice(_KEYS) + w[i + 1 :]


_INFLECT = (("s", ""), ("", "s"), ("ed", "ing"), ("ing", "ed"), ("ly", ""), ("es", ""))


def augment(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    rate = rng.uniform(0.03, 0.12)
    out = []
    for w in words:
        if rng.random() < rate and w.isalpha():
            if rng.random() < 0.6:
                w = _typo_word(w, rng)
            else:
                for a, b in _INFLECT:
                    if w.endswith(a) and len(w) > len(a) + 2:
                        w = w[: len(w) - len(a)] + b if a else w + b
                        break
        out.append(w)
    return " ".join(out)


def crop(text: str, n_words: int) -> str:
    """The text's first sentences up to about n_words words (at least 60)."""
    n_words = max(n_words, 60)
    out: list[str] = []
    n = 0
    for s in split_sentences(text):
        out.append(s)
        n += len(s.split())
        if n >= n_words:
            break
    return " ".join(out)


def build_skeleton_vocab(texts: list[str], labels: np.ndarray, size: int, min_df: int) -> list[str]:
    """Sentence-skeleton pairs and triples present in both classes (at least min_df documents
    each), most frequent first (document frequency averaged over the two classes)."""
    df: list[Counter] = [Counter(), Counter()]
    for t, y in zip(texts, labels, strict=True):
        seen: set[str] = set()
        for sent in split_sentences(t):
            seen.update(skeleton_grams(skeleton(sent)))
        df[int(y)].update(seen)
    n = [max((labels == k).sum(), 1) for k in (0, 1)]
    tot = {
        g: df[0][g] / n[0] + df[1][g] / n[1]
        for g in set(df[0]) & set(df[1])
        if df[0][g] >= min_df and df[1][g] >= min_df
    }
    return [g for g, _ in sorted(tot.items(), key=lambda p: (-p[1], p[0]))[:size]]


def build_vocab(
    texts: list[str], labels: np.ndarray, size: int, n_bigrams: int, min_df: int
) -> tuple[list[str], list[str]]:
    """Frequent words and within-sentence word pairs present in both classes. Proper nouns
    (mostly capitalised mid-sentence: names, outlets such as 'BBC', 'Mr') are left out, so the
    vocabulary carries style rather than who or what the news is about."""
    df: list[Counter] = [Counter(), Counter()]
    cap, low = Counter(), Counter()
    for t, y in zip(texts, labels, strict=True):
        seen: set[str] = set()
        for sent in split_sentences(t):
            toks = _ALPHA.findall(sent)
            for w in toks[1:]:  # mid-sentence occurrences only
                (cap if w[0].isupper() else low)[w.lower()] += 1
            seen.update(_grams([w.lower() for w in toks]))
        df[int(y)].update(seen)
    n = [max((labels == k).sum(), 1) for k in (0, 1)]
    tot: Counter = Counter()
    for k in (0, 1):
        for w, c in df[k].items():
            tot[w] += c / n[k]

    def ok(g: str) -> bool:
        return (
            df[0][g] >= min_df
            and df[1][g] >= min_df
            and all(cap[w] <= low[w] for w in g.split(" "))
        )

    # ties broken by the gram itself, so the vocabulary does not depend on set order
    ranked = [g for g, _ in sorted(tot.items(), key=lambda p: (-p[1], p[0])) if ok(g)]
    words = [g for g in ranked if " " not in g][:size]
    pairs = [g for g in ranked if " " in g][:n_bigrams]
    return words, pairs


def lm_auc(y: np.ndarray, s: np.ndarray, n_words: np.ndarray, width: int = 25) -> float:
    """AUROC on a subsample with equal class counts per 25-word bin."""
    r = np.random.default_rng(0)
    keep: list[int] = []
    b = n_words // width
    for v in np.unique(b):
        h, m = np.flatnonzero((b == v) & (y == 0)), np.flatnonzero((b == v) & (y == 1))
        k = min(len(h), len(m))
        keep += list(r.choice(h, k, replace=False)) + list(r.choice(m, k, replace=False))
    keep_a = np.array(keep)
    return float(roc_auc_score(y[keep_a], s[keep_a]))


def tpr_at(y: np.ndarray, s: np.ndarray, fpr: float) -> float:
    thr = np.quantile(s[y == 0], 1 - fpr)
    return float((s[y == 1] > thr).mean())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--out", default=str(ROOT / "src" / "unspun" / "resources" / "detector"))
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--vocab", type=int, default=1500)
    ap.add_argument("--bigrams", type=int, default=1000)
    ap.add_argument("--min-df", type=int, default=10, help="documents per class for the vocabulary")
    ap.add_argument("--skeleton", type=int, default=3000, help="sentence-skeleton grams kept")
    ap.add_argument("--c-words", type=float, nargs="+", default=[1e-4, 3e-4, 1e-3])
    ap.add_argument("--c-structure", type=float, nargs="+", default=[3e-4, 1e-3, 3e-3])
    ap.add_argument(
        "--alpha",
        type=float,
        nargs="+",
        default=[0.2, 0.35, 0.5],
        help="weight of the structure view in the mix (normalised scores)",
    )
    ap.add_argument(
        "--max-extra",
        type=int,
        default=1000,
        help="at most this many training texts from each news_corpus part",
    )
    ap.add_argument(
        "--crop",
        type=float,
        default=0.0,
        help="share of human train texts cut to a machine-like length",
    )
    ap.add_argument(
        "--crop-copy",
        type=float,
        default=0.0,
        help="share of train texts (both classes) given an extra same-length cut copy",
    )
    ap.add_argument(
        "--window",
        type=int,
        default=300,
        help="score long texts as the mean of ~N-word sentence windows (0: whole text); "
        "long training texts are split into such windows",
    )
    ap.add_argument(
        "--window-train",
        choices=("all", "first", "weighted"),
        default="weighted",
        help="which windows of a long training text are examples (weighted: all, each 1/k)",
    )
    ap.add_argument("--aug", type=float, default=0.5, help="share of train texts given a typo copy")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    ex = load_examples(Path(args.data), args.max_extra)
    for e in ex:
        e["norm"] = normalize_text(e["text"])
    tr = [e for e in ex if e["split"] == "train"]
    va = [e for e in ex if e["split"] == "val"]
    print(
        f"train {len(tr)} (machine {sum(e['label'] for e in tr)}), "
        f"val {len(va)} (machine {sum(e['label'] for e in va)})",
        flush=True,
    )
    if args.window:
        # each window of a long training text becomes its own example, so that both classes
        # are learned at the length the detector scores (validation texts stay whole and are
        # scored as at inference: mean over windows)
        split_tr = []
        for e in tr:
            gs = window_sentences(split_sentences(e["norm"]), args.window)
            if args.window_train == "first":
                gs = gs[:1]
            for g in gs:
                split_tr.append({**e, "norm": " ".join(g), "wt": 1.0 / len(gs)})
        tr = split_tr
        print(f"train windows {len(tr)} (machine {sum(e['label'] for e in tr)})", flush=True)
    ytr = np.array([e["label"] for e in tr])
    vocab, bigrams = build_vocab(
        [e["norm"] for e in tr], ytr, args.vocab, args.bigrams, args.min_df
    )
    skel_vocab = build_skeleton_vocab([e["norm"] for e in tr], ytr, args.skeleton, args.min_df)
    names = (
        list(STYLE_FEATURES)
        + [f"w:{w}" for w in vocab]
        + [f"b:{g}" for g in bigrams]
        + [f"s:{g}" for g in skel_vocab]
    )
    dummy = {
        "version": "tmp",
        "feature_names": names,
        "vocab": vocab,
        "bigrams": bigrams,
        "skeleton": skel_vocab,
        "mean": [0.0] * len(names),
        "scale": [1.0] * len(names),
        "coef": [0.0] * len(names),
        "intercept": 0.0,
        "calibration": {"a": 1.0, "b": 0.0},
        "thresholds": {"0.01": 0.5},
        "window": args.window,
    }
    det = Detector(dummy)

    def feats(texts: list[str]) -> np.ndarray:
        return np.array([det.featurize(t)[0] for t in texts])

    # Length is not the signal: machine rewrites are shorter than their sources, so (with
    # --crop) human training texts can be cut (from the start, at a sentence end) to a length
    # drawn from the machine texts' word counts.
    m_lens = [len(e["norm"].split()) for e in tr if e["label"] == 1]
    for e in tr:
        if e["label"] == 0 and rng.random() < args.crop:
            e["norm"] = crop(e["norm"], rng.choice(m_lens))
    tr_texts = [e["norm"] for e in tr]
    tr_y = list(ytr)
    tr_origin = [e["origin"] for e in tr]
    tr_is_aug = [False] * len(tr)
    tr_wt = [e.get("wt", 1.0) if args.window_train == "weighted" else 1.0 for e in tr]
    for i, e in enumerate(tr):
        if rng.random() < args.aug:
            tr_texts.append(normalize_text(augment(e["norm"], rng)))
            tr_y.append(e["label"])
            tr_origin.append(e["origin"])
            tr_is_aug.append(True)
            tr_wt.append(tr_wt[i])
    # optional extra copies of both classes cut to the same random length (100-350 words)
    rng2 = random.Random(args.seed + 1)
    for e in tr:
        if rng2.random() < args.crop_copy:
            n = rng2.randint(100, 350)
            if len(e["norm"].split()) > n + 50:
                tr_texts.append(crop(e["norm"], n))
                tr_y.append(e["label"])
                tr_origin.append(e["origin"])
                tr_is_aug.append(True)
                tr_wt.append(1.0)
    Xtr = feats(tr_texts)
    ytr = np.array(tr_y)
    otr = np.array(tr_origin)
    aug_tr = np.array(tr_is_aug)
    va_texts = [e["norm"] for e in va]
    yva = np.array([e["label"] for e in va])
    ova = np.array([e["origin"] for e in va])
    va_len = np.array([len(t.split()) for t in va_texts])
    Xva = feats(va_texts)
    # typo-augmented validation copy, to choose for robustness as well
    Xva_aug = feats([normalize_text(augment(t, rng)) for t in va_texts])
    # Length-matched validation: machine rewrites are much shorter than human articles, so
    # every human validation text is also cut, from its start at a sentence end, to a length
    # drawn from the machine validation texts.
    rng3 = random.Random(args.seed + 2)
    va_m_lens = [int(n) for n, y in zip(va_len, yva, strict=True) if y == 1]
    Xva_crop = feats(
        [
            crop(t, rng3.choice(va_m_lens)) if y == 0 else t
            for t, y in zip(va_texts, yva, strict=True)
        ]
    )
    mean = Xtr.mean(0)
    scale = Xtr.std(0) + 1e-6
    Ztr, Zva = (Xtr - mean) / scale, (Xva - mean) / scale
    Zva_aug, Zva_crop = (Xva_aug - mean) / scale, (Xva_crop - mean) / scale
    wt = np.array(tr_wt)

    def balanced(mask: np.ndarray) -> np.ndarray:
        w0, y0 = wt[mask], ytr[mask]
        return w0 * np.where(y0 == 1, 0.5 / w0[y0 == 1].sum(), 0.5 / w0[y0 == 0].sum()) * len(y0)

    # Two views of a text, each a logistic regression on its own columns, then mixed:
    #   words: the 22 stylometric rates + word and word-pair rates (LLM-favoured wording);
    #   structure: the 22 rates + sentence-structure features + sentence-skeleton grams
    #   (syntax with the vocabulary abstracted away, which survives back-translation).
    # Both are linear in the same standardised features, so the mix is stored as one
    # coefficient vector.
    n_style = len(STYLE_FEATURES)
    n_base = n_style - len(STRUCT_FEATURES)
    n_lex = len(vocab) + len(bigrams)
    cols_words = np.r_[np.arange(n_base), np.arange(n_style, n_style + n_lex)]
    cols_struct = np.r_[np.arange(n_style), np.arange(n_style + n_lex, len(names))]
    # Leave-one-source-out folds: fit without one source (its machine texts and, for BBC, its
    # humans too) and test its machine texts vs cropped validation humans of other sources
    # (BBC: cropped BBC humans). The honest proxy, inside the training sources, for a new
    # generator, prompt or outlet.
    folds = {
        "llama/vicuna": lambda o: "llama" in o or "vicuna" in o,
        "sheepdog": lambda o: o.startswith("sheepdog"),
        "f3": lambda o: o.startswith("f3"),
        "bbc": lambda o: o.startswith("mixset") or o == "corpus:bbc_2004_2005",
    }
    fold_data = []
    for fname, fn in folds.items():
        out_tr = np.array([fn(o) for o in otr])
        in_va = np.array([fn(o) for o in ova])
        bbc_h = (ova == "corpus:bbc_2004_2005") & (yva == 0)
        h = bbc_h if fname == "bbc" else (yva == 0) & ~in_va
        Zt = np.vstack([Ztr[out_tr & (ytr == 1) & ~aug_tr], Zva[in_va & (yva == 1)], Zva_crop[h]])
        yt = np.r_[np.ones(len(Zt) - int(h.sum())), np.zeros(int(h.sum()))]
        fold_data.append((fname, ~out_tr, Zt, yt))

    def fit(cols: np.ndarray, C: float, mask: np.ndarray) -> LogisticRegression:
        return LogisticRegression(C=C, max_iter=3000).fit(
            Ztr[mask][:, cols], ytr[mask], sample_weight=balanced(mask)
        )

    everything = np.ones(len(ytr), dtype=bool)
    views = {"words": cols_words, "structure": cols_struct}
    grids = {"words": args.c_words, "structure": args.c_structure}
    # per view and C: (model, per-fold models); scores are normalised by validation humans
    fitted: dict[tuple[str, float], tuple[LogisticRegression, list[LogisticRegression]]] = {}
    for v, cols in views.items():
        for C in grids[v]:
            fitted[(v, C)] = (
                fit(cols, C, everything),
                [fit(cols, C, m) for _, m, _, _ in fold_data],
            )
            print(f"fitted {v} C={C}", flush=True)

    def norm_score(clf: LogisticRegression, cols: np.ndarray, Z: np.ndarray) -> np.ndarray:
        s = clf.decision_function(Z[:, cols])
        h = clf.decision_function(Zva[yva == 0][:, cols])
        return (s - h.mean()) / h.std()

    best = None
    for Cw in grids["words"]:
        for Cs in grids["structure"]:
            (mw, fw), (ms, fs) = fitted[("words", Cw)], fitted[("structure", Cs)]
            for alpha in args.alpha:

                def mix(
                    Z: np.ndarray, a: LogisticRegression, b: LogisticRegression, al: float = alpha
                ) -> np.ndarray:
                    return (1 - al) * norm_score(a, cols_words, Z) + al * norm_score(
                        b, cols_struct, Z
                    )

                s, sa, sc = mix(Zva, mw, ms), mix(Zva_aug, mw, ms), mix(Zva_crop, mw, ms)
                r = {
                    "val AUROC": roc_auc_score(yva, s),
                    "TPR@1%": tpr_at(yva, s, 0.01),
                    "typo AUROC": roc_auc_score(yva, sa),
                    "cropped AUROC": roc_auc_score(yva, sc),
                    "cropped TPR@1%": tpr_at(yva, sc, 0.01),
                }
                lo_auc, lo_tpr = [], []
                for (_, _, Zt, yt), a, b in zip(fold_data, fw, fs, strict=True):
                    st = mix(Zt, a, b)
                    lo_auc.append(roc_auc_score(yt, st))
                    lo_tpr.append(tpr_at(yt, st, 0.01))
                r["LOSO AUROC"] = float(np.mean(lo_auc))
                r["LOSO TPR@1%"] = float(np.mean(lo_tpr))
                key = (
                    r["val AUROC"]
                    + r["typo AUROC"]
                    + r["cropped AUROC"]
                    + r["cropped TPR@1%"]
                    + 2 * r["LOSO AUROC"]
                    + 2 * r["LOSO TPR@1%"]
                )
                print(
                    f"C_words={Cw} C_structure={Cs} alpha={alpha}: "
                    + "  ".join(f"{k} {x:.4f}" for k, x in r.items())
                    + "  folds "
                    + " ".join(
                        f"{f[0]} {x:.3f}/{t:.2f}"
                        for f, x, t in zip(fold_data, lo_auc, lo_tpr, strict=True)
                    )
                    + f" | key {key:.4f}",
                    flush=True,
                )
                if best is None or key > best[0]:
                    best = (key, (Cw, Cs, alpha), r)
    assert best is not None
    _, (Cw, Cs, alpha), best_r = best
    # fold the normalised mix into one linear model over all columns
    coef = np.zeros(len(names))
    intercept = 0.0
    for v, C, wgt in (("words", Cw, 1 - alpha), ("structure", Cs, alpha)):
        clf = fitted[(v, C)][0]
        cols = views[v]
        h = clf.decision_function(Zva[yva == 0][:, cols])
        coef[cols] += wgt * clf.coef_[0] / h.std()
        intercept += wgt * (float(clf.intercept_[0]) - h.mean()) / h.std()
    s_va = Zva @ coef + intercept
    platt = LogisticRegression(C=1e6, max_iter=1000).fit(s_va[:, None], yva)
    a, b = float(platt.coef_[0, 0]), float(platt.intercept_[0])
    p_va = 1 / (1 + np.exp(-(a * s_va + b)))
    thresholds = {str(f): float(np.quantile(p_va[yva == 0], 1 - f)) for f in FPR_GRID}
    origins = Counter(
        e["origin"].split(":")[0] + ":" + ("machine" if e["label"] else "human") for e in ex
    )
    today = dt.date.today().isoformat()
    model = {
        "version": f"unspun-detect-lr2-{today}",
        "trained": today,
        "min_words": MIN_WORDS,
        "feature_names": names,
        "vocab": vocab,
        "bigrams": bigrams,
        "skeleton": skel_vocab,
        "mean": mean.tolist(),
        "scale": scale.tolist(),
        "coef": coef.tolist(),
        "intercept": intercept,
        "calibration": {"a": a, "b": b},
        "thresholds": thresholds,
        "window": args.window,
        "training": {
            "C_words": Cw,
            "C_structure": Cs,
            "alpha_structure": alpha,
            "n_train": int(len(tr)),
            "n_train_augmented": int(len(tr_texts)),
            "n_val": int(len(va)),
            "val_auroc": float(roc_auc_score(yva, s_va)),
            "val_tpr_at_1pct": tpr_at(yva, s_va, 0.01),
            "val_len_matched_auroc": lm_auc(yva, s_va, va_len),
            "selection": {k: round(float(x), 4) for k, x in best_r.items()},
            "counts": dict(origins),
            "seed": args.seed,
        },
    }
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "model.json").write_text(json.dumps(model, separators=(",", ":")), encoding="utf-8")
    top = np.argsort(coef)
    print("most human:", [names[i] for i in top[:25]])
    print("most machine:", [names[i] for i in top[::-1][:25]])
    print("thresholds:", thresholds)
    print(f"wrote {out / 'model.json'}")


if __name__ == "__main__":
    main()
