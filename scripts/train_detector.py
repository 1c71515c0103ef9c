"""Train the machine-text detector and write src/unspun/resources/detector/model.json.

Data (read-only, never bundled): ../shared/data/news_rewrite_pairs/*.jsonl.gz (source_text =
human, rewrite_text = machine; rows with any flag dropped) and ../shared/data/news_corpus
(extra human news; the `xsum_bbc` part is excluded because it is the DetectRL test set).
DetectRL is never read here. Splits are by article (source_id / corpus id), 80/20 by hash:
train for the weights, validation for C, Platt calibration and the thresholds per
false-positive rate (quantiles of validation human scores).

Long texts are scored as the mean feature vector of ~300-word sentence windows (--window); in
training each window of a long text is an example weighted 1/(its text's windows).

Model selection on validation only: C and the stylometric group weight (and, across runs, the
window) are picked by the sum of in-distribution AUROC, typo-augmented AUROC, TPR at 1% FPR,
length-matched AUROC, and AUROC + TPR at 1% FPR with human texts cropped to machine-like
lengths, both on validation and on a domain-shift fold (fit without BBC texts, test MixSet BBC
rewrites vs cropped BBC humans).

Run:  python scripts/train_detector.py [--data ../shared/data] [--out DIR] [--seed 13]
(about 4 minutes on 2 cores; deterministic for a given seed)
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
    STYLE_FEATURES,
    Detector,
    _grams,
    normalize_text,
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


def _is_bbc(e: dict) -> bool:
    return e["origin"].startswith("mixset") or e["origin"] == "corpus:bbc_2004_2005"


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

    ranked = [g for g, _ in tot.most_common() if ok(g)]
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
    ap.add_argument("--style-weights", type=float, nargs="+", default=[1.0, 3.0])
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
    names = list(STYLE_FEATURES) + [f"w:{w}" for w in vocab] + [f"b:{g}" for g in bigrams]
    dummy = {
        "version": "tmp",
        "feature_names": names,
        "vocab": vocab,
        "bigrams": bigrams,
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

    # Length is not the signal: machine rewrites are shorter than their sources, so most human
    # training texts are cut (from the start, at a sentence end) to a length drawn from the
    # machine texts' word counts; both classes then have about the same length distribution.
    m_lens = [len(e["norm"].split()) for e in tr if e["label"] == 1]
    for e in tr:
        if e["label"] == 0 and rng.random() < args.crop:
            e["norm"] = crop(e["norm"], rng.choice(m_lens))
    tr_texts = [e["norm"] for e in tr]
    tr_y = list(ytr)
    tr_bbc = [_is_bbc(e) for e in tr]
    tr_wt = [e.get("wt", 1.0) if args.window_train == "weighted" else 1.0 for e in tr]
    for i, e in enumerate(tr):
        if rng.random() < args.aug:
            tr_texts.append(normalize_text(augment(e["norm"], rng)))
            tr_y.append(e["label"])
            tr_bbc.append(_is_bbc(e))
            tr_wt.append(tr_wt[i])
    # optional extra copies of both classes cut to the same random length (100-350 words)
    rng2 = random.Random(args.seed + 1)
    for e in tr:
        if rng2.random() < args.crop_copy:
            n = rng2.randint(100, 350)
            if len(e["norm"].split()) > n + 50:
                tr_texts.append(crop(e["norm"], n))
                tr_y.append(e["label"])
                tr_bbc.append(_is_bbc(e))
                tr_wt.append(1.0)
    tr_bbc_arr = np.array(tr_bbc)
    Xtr = feats(tr_texts)
    ytr = np.array(tr_y)
    va_texts = [e["norm"] for e in va]
    yva = np.array([e["label"] for e in va])
    va_len = np.array([len(t.split()) for t in va_texts])
    Xva = feats(va_texts)
    # typo-augmented validation copy, to choose C for robustness as well
    Xva_aug = feats([normalize_text(augment(t, rng)) for t in va_texts])
    mean = Xtr.mean(0)
    scale = Xtr.std(0) + 1e-6
    Ztr, Zva, Zva_aug = (Xtr - mean) / scale, (Xva - mean) / scale, (Xva_aug - mean) / scale
    wt = np.array(tr_wt)
    w = wt * np.where(ytr == 1, 0.5 / wt[ytr == 1].sum(), 0.5 / wt[ytr == 0].sum()) * len(ytr)
    # Domain-shift fold for model selection: fit without any BBC text (MixSet rewrites, BBC
    # corpus humans) and test on all MixSet rewrites (GPT-4, Llama-2 on BBC 2004-05 news) vs
    # validation BBC humans: closest proxy, inside the training sources, for a new news outlet.
    shift_tr = ~tr_bbc_arr
    shift_m = [e["norm"] for e in ex if e["origin"].startswith("mixset")]
    shift_h = [e["norm"] for e in va if e["origin"] == "corpus:bbc_2004_2005"]
    Zsh = (feats(shift_m + shift_h) - mean) / scale
    ysh = np.array([1] * len(shift_m) + [0] * len(shift_h))
    # Length-matched versions (machine rewrites are much shorter than human articles, so the
    # plain figures partly reward length): every human validation text is also cut, from its
    # start at a sentence end, to a length drawn from the machine texts it is compared with.
    rng3 = random.Random(args.seed + 2)
    va_m_lens = [len(t.split()) for t, y in zip(va_texts, yva, strict=True) if y == 1]
    sh_m_lens = [len(t.split()) for t in shift_m]
    va_h_crop = [
        crop(t, rng3.choice(va_m_lens)) for t, y in zip(va_texts, yva, strict=True) if y == 0
    ]
    Zva_c = np.vstack([Zva[yva == 1], (feats(va_h_crop) - mean) / scale])
    yva_c = np.array([1] * int((yva == 1).sum()) + [0] * len(va_h_crop))
    sh_h_crop = [crop(t, rng3.choice(sh_m_lens)) for t in shift_h]
    Zsh_c = np.vstack([Zsh[ysh == 1], (feats(sh_h_crop) - mean) / scale])
    ysh_c = np.array([1] * len(shift_m) + [0] * len(sh_h_crop))
    wsh = w[shift_tr]
    best = None
    n_style = len(STYLE_FEATURES)
    for sw in args.style_weights:
        # style_w > 1 lightens the L2 penalty on the 22 stylometric features relative to the
        # 2,500 lexical ones (fit on z * sw; the stored coefficients absorb sw)
        gw = np.ones(Ztr.shape[1])
        gw[:n_style] = sw
        for C in (3e-5, 1e-4, 3e-4, 1e-3):
            clf = LogisticRegression(C=C, max_iter=3000)
            clf.fit(Ztr * gw, ytr, sample_weight=w)
            s, sa = clf.decision_function(Zva * gw), clf.decision_function(Zva_aug * gw)
            auc, auc_a = roc_auc_score(yva, s), roc_auc_score(yva, sa)
            t1 = tpr_at(yva, s, 0.01)
            csh = LogisticRegression(C=C, max_iter=3000).fit(
                Ztr[shift_tr] * gw, ytr[shift_tr], sample_weight=wsh
            )
            ssh = csh.decision_function(Zsh * gw)
            auc_s, t1_s = roc_auc_score(ysh, ssh), tpr_at(ysh, ssh, 0.01)
            auc_l = lm_auc(yva, s, va_len)
            sc, ssc = clf.decision_function(Zva_c * gw), csh.decision_function(Zsh_c * gw)
            auc_c, t1_c = roc_auc_score(yva_c, sc), tpr_at(yva_c, sc, 0.01)
            auc_sc, t1_sc = roc_auc_score(ysh_c, ssc), tpr_at(ysh_c, ssc, 0.01)
            old_key = auc + auc_a + t1 + auc_s + t1_s + auc_l
            key = auc + auc_a + t1 + auc_l + auc_c + t1_c + auc_sc + t1_sc
            print(
                f"style_w={sw} C={C}: val len-matched {auc_l:.4f}  val AUROC {auc:.4f}  "
                f"typo-val AUROC {auc_a:.4f}  TPR@1% {t1:.3f}  "
                f"BBC-shift AUROC {auc_s:.4f} TPR@1% {t1_s:.3f} | cropped-human val AUROC "
                f"{auc_c:.4f} TPR@1% {t1_c:.3f}  cropped BBC-shift AUROC {auc_sc:.4f} "
                f"TPR@1% {t1_sc:.3f} | key {key:.4f} (old key {old_key:.4f})",
                flush=True,
            )
            if best is None or key > best[0]:
                best = (key, (C, sw), clf, gw)
    _, (C, style_w), clf, gw = best
    clf.coef_ = clf.coef_ * gw  # fold the group weights into the stored coefficients
    s_va = clf.decision_function(Zva)
    platt = LogisticRegression(C=1e6, max_iter=1000).fit(s_va[:, None], yva)
    a, b = float(platt.coef_[0, 0]), float(platt.intercept_[0])
    p_va = 1 / (1 + np.exp(-(a * s_va + b)))
    thresholds = {str(f): float(np.quantile(p_va[yva == 0], 1 - f)) for f in FPR_GRID}
    origins = Counter(
        e["origin"].split(":")[0] + ":" + ("machine" if e["label"] else "human") for e in ex
    )
    today = dt.date.today().isoformat()
    model = {
        "version": f"unspun-detect-lr-{today}",
        "trained": today,
        "min_words": MIN_WORDS,
        "feature_names": names,
        "vocab": vocab,
        "bigrams": bigrams,
        "mean": mean.tolist(),
        "scale": scale.tolist(),
        "coef": clf.coef_[0].tolist(),
        "intercept": float(clf.intercept_[0]),
        "calibration": {"a": a, "b": b},
        "thresholds": thresholds,
        "window": args.window,
        "training": {
            "C": C,
            "style_weight": style_w,
            "n_train": int(len(tr)),
            "n_train_augmented": int(len(tr_texts)),
            "n_val": int(len(va)),
            "val_auroc": float(roc_auc_score(yva, s_va)),
            "val_tpr_at_1pct": tpr_at(yva, s_va, 0.01),
            "val_len_matched_auroc": lm_auc(yva, s_va, va_len),
            "counts": dict(origins),
            "seed": args.seed,
        },
    }
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "model.json").write_text(json.dumps(model, separators=(",", ":")), encoding="utf-8")
    top = np.argsort(clf.coef_[0])
    print("most human:", [names[i] for i in top[:25]])
    print("most machine:", [names[i] for i in top[::-1][:25]])
    print("thresholds:", thresholds)
    print(f"wrote {out / 'model.json'}")


if __name__ == "__main__":
    main()
