"""Machine-written-text signal: a calibrated, explained probability that a text was machine-written.

What: :func:`score_text` (or :meth:`Detector.score`) returns a :class:`MachineTextScore` with a
calibrated probability, the decision threshold for a chosen false-positive rate (default 1%),
named feature values, short evidence strings and the sentences that drive the score.

Why this design: zero-shot likelihood scores from a small LM are near chance on news and invert
under typo attacks, and text length alone separates most benchmark sets. So the detector is a
logistic model over length-independent, typo-tolerant features of normalised text
(unicode/homoglyph/quote/dash/whitespace repair first), in two views mixed into one linear score:
- wording: stylometry (sentence-length burstiness, punctuation and digit rates, vocabulary
  richness over a fixed window) plus square-rooted rates of a learned vocabulary of frequent
  words and word pairs (function words, attribution such as "said the", LLM-favoured wording
  such as "despite the"; proper nouns excluded);
- structure: the same stylometry plus sentence-structure features (shape of the sentence-length
  distribution, how sentences open, where commas fall) and rates of sentence-skeleton grams:
  each sentence with function words kept and every other word replaced by a placeholder
  ("[start] however , …"), so syntax is measured without the vocabulary. Back-translation and
  paraphrase swap an LLM's favourite words but keep its sentence structure, which this view sees.
Rule-based prompt residue (image-generation prompts such as "Taken with a Nikon D850 camera",
chat template phrases) adds a fixed prior. Weights, standardisation, Platt calibration and
thresholds per false-positive rate are plain arrays in ``resources/detector/model.json``
(trained by ``scripts/train_detector.py`` on news rewrite pairs and human news, never on the
DetectRL benchmark set; the mix of the two views is chosen on validation and leave-one-source-out
folds of those sources).
Texts longer than 1.5 windows (``window`` in the model, 300 words) are scored as the mean
feature vector of consecutive ~300-word sentence windows, so length itself is not the signal.
It is evidence, not a verdict; texts under 150 words are reported as too short to judge.
"""

from __future__ import annotations

import json
import math
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .documents import split_sentences as news_sentences

__all__ = ["MachineTextScore", "SentenceSignal", "Detector", "score_text"]

MIN_WORDS = 150
DEFAULT_PATH = Path(__file__).parent / "resources" / "detector" / "model.json"

# ---------------------------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------------------------

# Non-Latin letters that look like Latin ones (homoglyph obfuscation): Cyrillic, Greek,
# Armenian, Coptic and a few others, mapped to their Latin twin.
_HOMOGLYPHS = {
    "а": "a",
    "в": "b",
    "е": "e",
    "ё": "e",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "р": "p",
    "с": "c",
    "т": "t",
    "у": "y",
    "х": "x",
    "ѕ": "s",
    "і": "i",
    "ї": "i",
    "ј": "j",
    "ԁ": "d",
    "ԛ": "q",
    "ԝ": "w",
    "ɡ": "g",
    "һ": "h",
    "ӏ": "l",
    "ү": "y",
    "ь": "b",
    "г": "r",
    "п": "n",
    "А": "A",
    "В": "B",
    "Е": "E",
    "К": "K",
    "М": "M",
    "Н": "H",
    "О": "O",
    "Р": "P",
    "С": "C",
    "Т": "T",
    "У": "Y",
    "Х": "X",
    "Ѕ": "S",
    "І": "I",
    "Ј": "J",
    "Ԁ": "D",
    "Ԍ": "G",
    "Һ": "H",
    "α": "a",
    "ο": "o",
    "ν": "v",
    "ρ": "p",
    "τ": "t",
    "υ": "u",
    "ι": "i",
    "κ": "k",
    "χ": "x",
    "ε": "e",
    "η": "n",
    "ω": "w",
    "β": "b",
    "γ": "y",
    "Α": "A",
    "Β": "B",
    "Ε": "E",
    "Ζ": "Z",
    "Η": "H",
    "Ι": "I",
    "Κ": "K",
    "Μ": "M",
    "Ν": "N",
    "Ο": "O",
    "Ρ": "P",
    "Τ": "T",
    "Υ": "Y",
    "Χ": "X",
    "ո": "n",
    "ս": "u",
    "օ": "o",
    "ց": "g",
    "հ": "h",
    "ա": "w",
    "զ": "q",
    "ⅼ": "l",
    "ⲅ": "r",
    "ⲟ": "o",
    "ⲣ": "p",
    "ⲥ": "c",
    "ⲭ": "x",
    "ⲁ": "a",
    "ⲏ": "h",
    "ⲓ": "i",
    "ⲕ": "k",
    "ⲙ": "m",
    "ⲛ": "n",
    "ⲧ": "t",
    "ⲩ": "y",
    "ɑ": "a",
    "ɩ": "i",
    "ʏ": "y",
    "ᴠ": "v",
    "ꮃ": "w",
    "ς": "c",
    "ѵ": "v",
    "Ь": "b",
    "ϳ": "j",
    "ԍ": "g",
    "ɪ": "i",
    "ʀ": "r",
    "ѡ": "w",
    "ʜ": "h",
}
_HOMOGLYPH_TABLE = str.maketrans(_HOMOGLYPHS)
_PUNCT_TABLE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u2026": "...",
        "\u00a0": " ",
        "\u200b": "",
        "\u200c": "",
        "\u200d": "",
        "\ufeff": "",
        "\u00ad": "",
        "\u200e": "",
        "\u200f": "",
        "\u02d7": "-",
    }
)
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122]{1,3}"
)
_GLUED = re.compile(r"([a-z0-9][.!?][\"')\]]?)([A-Z])")
_WS = re.compile(r"[ \t\r\f\v]+")
_NL = re.compile(r"\s*\n\s*")
_MIXED_WORD = re.compile(r"\b(?=\w*[A-Za-z])(?=\w*[^\x00-\x7F\W])\w+\b")


def _fix_mojibake(text: str) -> str:
    """Decode UTF-8 that was read as cp1252 ("Â£" -> "£"), one run at a time."""

    def fix(m: re.Match[str]) -> str:
        try:
            return m.group(0).encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return m.group(0)

    return _MOJIBAKE.sub(fix, text)


def count_homoglyph_words(text: str) -> int:
    """Words that mix Latin letters with look-alike letters of another script."""
    n = 0
    for m in _MIXED_WORD.finditer(text):
        w = m.group(0)
        if any(ch in _HOMOGLYPHS for ch in w):
            n += 1
    return n


def normalize_text(text: str) -> str:
    """Repair encoding and typography so that scores do not depend on formatting quirks."""
    text = _fix_mojibake(text)
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_HOMOGLYPH_TABLE).translate(_PUNCT_TABLE)
    text = _GLUED.sub(r"\1 \2", text)
    text = _WS.sub(" ", text)
    text = _NL.sub("\n", text)
    return text.strip()


# ---------------------------------------------------------------------------------------------
# Tokenisation and features
# ---------------------------------------------------------------------------------------------

_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|\n+")
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*|\d+(?:[.,]\d+)*")
_ALPHA = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")

# Prompt / template residue: strong, human-readable evidence of an unedited machine output.
_RESIDUE: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "image-prompt residue",
        re.compile(
            r"\b(?:taken|shot|captured|photographed) (?:with|on|using) (?:an? |the )?"
            r"(?:canon|nikon|sony|fuji(?:film)?|leica|olympus|panasonic|pentax|hasselblad|iphone|"
            r"pixel|samsung|gopro|dslr|mirrorless)\b[^.\n]{0,40}",
            re.I,
        ),
    ),
    (
        "image-prompt residue",
        re.compile(
            r"\b(?:\d{2,3}\s?mm (?:lens|f/)|f/\d(?:\.\d)?\b|iso ?\d{3,4}\b|"
            r"\b[48]k (?:resolution|uhd)|"
            r"ultra[- ]realistic|photorealistic|hyper[- ]?realistic|unreal engine|octane render|"
            r"trending on artstation|--ar \d+:\d+|--v \d)",
            re.I,
        ),
    ),
    (
        "chat-template phrase",
        re.compile(
            r"\b(?:as an ai(?: language model)?|i'm sorry,? but i can(?:no|')t|i cannot (?:fulfil|"
            r"fulfill|comply|assist)|certainly[!,] here(?:'s| is)|sure[!,] here(?:'s| is)|"
            r"here(?:'s| is) (?:a|the|your) "
            r"(?:rewritten|revised|paraphrased|polished|news|fictional)|"
            r"i hope this helps|let me know if you|as of my (?:last )?knowledge cutoff|"
            r"\[(?:your name|insert [^\]]{1,30}|name|date|location)\])",
            re.I,
        ),
    ),
    (
        "template label",
        re.compile(
            r"(?:^|\n)\s*(?:title|headline|rewritten (?:article|text)|paraphrased (?:article|text)|"
            r"misinformation|note)\s*:",
            re.I,
        ),
    ),
)

_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours"})
_SECOND_PERSON = frozenset({"you", "your", "yours"})

# Names of the stylometric features; the first nine are the baseline set.
BASELINE_FEATURES = (
    "sent_len_mean",
    "sent_len_std",
    "word_len_mean",
    "ttr_100",
    "comma_rate",
    "quote_rate",
    "digit_rate",
    "dash_paren_rate",
    "colon_semi_rate",
)
STYLE_FEATURES: tuple[str, ...] = BASELINE_FEATURES + (
    "sent_len_cv",
    "sent_len_lag",
    "word_len_std",
    "long_word_rate",
    "hapax_200",
    "question_rate",
    "exclaim_rate",
    "cap_word_rate",
    "said_rate",
    "first_person_rate",
    "second_person_rate",
    "sent_start_div",
    "adjacent_sim",
)
# Sentence-structure features that survive a change of wording (back-translation, paraphrase):
# the shape of the sentence-length distribution, how sentences open, where commas fall.
STRUCT_FEATURES = (
    "sl_short",
    "sl_long",
    "sl_lt10",
    "sl_gt35",
    "sl_skew",
    "sl_maxratio",
    "sl_minratio",
    "open_the",
    "open_pron",
    "open_conn",
    "open_prep",
    "open_comma5",
    "open_quote",
    "quote_sent",
    "comma_sent_cv",
    "comma_sent_zero",
    "oxford_and",
    "poss_rate",
)
STYLE_FEATURES = STYLE_FEATURES + STRUCT_FEATURES

# Function words kept as themselves in a sentence's "skeleton"; every other word becomes W
# (N when capitalised mid-sentence), numbers 0. Word pairs and triples of skeleton tokens
# describe syntax without the vocabulary, so they survive back-translation and paraphrase.
_SKELETON_WORDS = frozenset(
    """the a an this that these those each every some any no another such all both either
    neither of in on at to for with by from about into over after before under between through
    during without against among within along across behind since until upon amid towards toward
    via per than like he she it they we i you him her them us me his its their our my your who
    which whom whose what there here and but or nor yet so because although though while if when
    whereas unless as whether once where how why is are was were be been being has have had do
    does did will would can could may might must should shall not never also however
    additionally furthermore moreover meanwhile then now still just even only very more most
    already further overall ultimately too well much many few said says told according added
    say""".split()
)
_PRONOUNS = frozenset(
    "he she it they we i you him her them us me his its their our my your who which whom "
    "whose".split()
)
_CONNECTIVES = frozenset(
    "and but or nor yet because although though while if when whereas unless as whether once "
    "also however additionally furthermore moreover meanwhile then now still just even only very "
    "more most already further overall ultimately".split()
)
_PREPOSITIONS = frozenset(
    "of in on at to for with by from about into over after before under between through during "
    "without against among within along across behind since until upon amid towards toward via "
    "per".split()
)
_SKEL_TOKEN = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*|\d+(?:[.,]\d+)*|[,.\"():;!?-]")


def split_sentences(text: str) -> list[str]:
    """The sentences the features are counted over: the splitter the model was trained
    with, so kept as it is even where it cuts a sentence short ("as C.J." | "Smith
    said ..."); changing it moves the scores. The sentences quoted as evidence are the
    package's news sentences (:func:`quoted_sentences`)."""
    return [s.strip() for s in _SENT_SPLIT.split(text) if s and s.strip()]


def quoted_sentences(text: str) -> list[str]:
    """Whole sentences to quote as evidence: :func:`unspun.documents.split_sentences`, which
    does not end a sentence at an initial, a title or an abbreviation."""
    return [s.text.strip() for s in news_sentences(text) if s.text.strip()]


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def style_features(text: str, sentences: list[str] | None = None) -> dict[str, float]:
    """Length-independent stylometric rates of a normalised text."""
    sents = sentences if sentences is not None else split_sentences(text)
    words = _words(text)
    n = max(len(words), 1)
    alpha = [w.lower() for w in words if w[0].isalpha()]
    na = max(len(alpha), 1)
    lens = np.array([len(_words(s)) for s in sents] or [0], dtype=float)
    lens = lens[lens > 0] if (lens > 0).any() else np.array([0.0])
    wl = np.array([len(w) for w in alpha] or [0], dtype=float)
    first = alpha[:100]
    first200 = alpha[:200]
    c200 = Counter(first200)
    starts = [(_ALPHA.findall(s) or [""])[0].lower() for s in sents]
    # Similarity of adjacent sentence lengths: machine text is rhythmically uniform.
    lag = float(np.mean(np.abs(np.diff(lens))) / (lens.mean() + 1e-9)) if len(lens) > 1 else 0.0
    # Word overlap between adjacent sentences (repetition/cohesion).
    sets = [set(w.lower() for w in _ALPHA.findall(s)) for s in sents]
    sims = [len(a & b) / (len(a | b) or 1) for a, b in zip(sets, sets[1:], strict=False)]
    caps = sum(1 for s in sents for w in _ALPHA.findall(s)[1:] if w[0].isupper())
    f = {
        "sent_len_mean": float(lens.mean()),
        "sent_len_std": float(lens.std()),
        "word_len_mean": float(wl.mean()),
        "ttr_100": len(set(first)) / max(len(first), 1),
        "comma_rate": text.count(",") / n,
        "quote_rate": text.count('"') / n,
        "digit_rate": sum(ch.isdigit() for ch in text) / n,
        "dash_paren_rate": (text.count("-") + text.count("(")) / n,
        "colon_semi_rate": (text.count(":") + text.count(";")) / n,
        "sent_len_cv": float(lens.std() / (lens.mean() + 1e-9)),
        "sent_len_lag": lag,
        "word_len_std": float(wl.std()),
        "long_word_rate": float((wl >= 8).mean()),
        "hapax_200": sum(1 for v in c200.values() if v == 1) / max(len(first200), 1),
        "question_rate": text.count("?") / max(len(sents), 1),
        "exclaim_rate": text.count("!") / max(len(sents), 1),
        "cap_word_rate": caps / na,
        "said_rate": sum(1 for w in alpha if w in ("said", "says", "told")) / na,
        "first_person_rate": sum(1 for w in alpha if w in _FIRST_PERSON) / na,
        "second_person_rate": sum(1 for w in alpha if w in _SECOND_PERSON) / na,
        "sent_start_div": len(set(starts)) / max(len(starts), 1),
        "adjacent_sim": float(np.mean(sims)) if sims else 0.0,
    }
    f.update(_struct_features(text, sents, lens, n))
    return f


def _struct_features(
    text: str, sents: list[str], lens: np.ndarray, n_words: int
) -> dict[str, float]:
    m = float(lens.mean()) or 1.0
    sd = float(lens.std()) + 1e-9
    ns = max(len(sents), 1)
    firsts = [(_ALPHA.findall(s) or [""])[0].lower() for s in sents]
    commas = np.array([s.count(",") for s in sents] or [0], dtype=float)
    return {
        "sl_short": float((lens < 0.5 * m).mean()),
        "sl_long": float((lens > 1.5 * m).mean()),
        "sl_lt10": float((lens < 10).mean()),
        "sl_gt35": float((lens > 35).mean()),
        "sl_skew": float(((lens - m) ** 3).mean() / sd**3) if len(lens) > 2 else 0.0,
        "sl_maxratio": float(lens.max() / m),
        "sl_minratio": float(lens.min() / m),
        "open_the": sum(1 for w in firsts if w == "the") / ns,
        "open_pron": sum(1 for w in firsts if w in _PRONOUNS) / ns,
        "open_conn": sum(1 for w in firsts if w in _CONNECTIVES) / ns,
        "open_prep": sum(1 for w in firsts if w in _PREPOSITIONS) / ns,
        "open_comma5": sum(1 for s in sents if "," in " ".join(s.split()[:5])) / ns,
        "open_quote": sum(1 for s in sents if s.startswith('"')) / ns,
        "quote_sent": sum(1 for s in sents if '"' in s) / ns,
        "comma_sent_cv": float(commas.std() / commas.mean()) if commas.mean() > 0 else 0.0,
        "comma_sent_zero": float((commas == 0).mean()),
        "oxford_and": text.count(", and ") / max(text.count(" and "), 1),
        "poss_rate": text.count("'s") / max(n_words, 1),
    }


def skeleton(sentence: str) -> list[str]:
    """The sentence as function words, W (other word), N (mid-sentence capitalised word),
    0 (number) and punctuation, between <s> and </s>."""
    out = ["<s>"]
    for i, t in enumerate(_SKEL_TOKEN.findall(sentence)):
        c = t[0]
        if c.isalpha():
            low = t.lower()
            if low in _SKELETON_WORDS:
                out.append(low)
            elif c.isupper() and i > 0:
                out.append("N")
            else:
                out.append("W")
        elif c.isdigit():
            out.append("0")
        else:
            out.append(t)
    out.append("</s>")
    return out


def skeleton_grams(seq: list[str]) -> Iterable[str]:
    """Pairs and triples of consecutive skeleton tokens."""
    for a, b in zip(seq, seq[1:], strict=False):
        yield f"{a} {b}"
    for a, b, c in zip(seq, seq[1:], seq[2:], strict=False):
        yield f"{a} {b} {c}"


def _distinct(grams: list[str], k: int = 3) -> list[str]:
    """The first k grams, shown for readers, skipping any that overlaps one already taken
    ("[start] however" after "[start] however ,")."""
    out: list[str] = []
    for g in grams:
        if any(f" {g} " in f" {h} " or f" {h} " in f" {g} " for h in out):
            continue
        out.append(g)
        if len(out) == k:
            break
    return [show_skeleton(g) for g in out]


_SKEL_SHOW = {"<s>": "[start]", "</s>": "[end]", "W": "…", "N": "[Name]", "0": "[number]"}


def show_skeleton(gram: str) -> str:
    """A skeleton gram as readers see it: "<s> however ," -> "[start] however ,"."""
    return " ".join(_SKEL_SHOW.get(t, t) for t in gram.split(" "))


def _grams(words: list[str]) -> Iterable[str]:
    """Words and within-sentence word pairs ("w1 w2") of one sentence."""
    yield from words
    for a, b in zip(words, words[1:], strict=False):
        yield f"{a} {b}"


def window_sentences(sents: list[str], window: int) -> list[list[str]]:
    """Consecutive sentence groups of about `window` words each (one group when the text is
    under 1.5 windows long)."""
    lens = [len(_words(s)) for s in sents]
    total = sum(lens)
    k = int(round(total / window)) if window > 0 else 1
    if total < 1.5 * window or k < 2:
        return [sents]
    target = total / k
    out: list[list[str]] = []
    cur: list[str] = []
    n = 0
    for s, m in zip(sents, lens, strict=True):
        cur.append(s)
        n += m
        if n >= target and len(out) < k - 1:
            out.append(cur)
            cur, n = [], 0
    if cur:
        if out and n < target / 2:
            out[-1].extend(cur)
        else:
            out.append(cur)
    return out


def residue_hits(text: str) -> list[tuple[str, str]]:
    """(kind, matched text) for every prompt/template residue in the text."""
    hits: list[tuple[str, str]] = []
    for kind, pat in _RESIDUE:
        for m in pat.finditer(text):
            hits.append((kind, m.group(0).strip()))
    return hits


# ---------------------------------------------------------------------------------------------
# Public result types
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SentenceSignal:
    index: int
    text: str
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class MachineTextScore:
    probability: float | None
    threshold: float
    false_positive_rate: float
    flagged: bool
    too_short: bool
    word_count: int
    features: dict[str, float] = field(default_factory=dict)
    evidence: tuple[str, ...] = ()
    sentences: tuple[SentenceSignal, ...] = ()
    model_version: str = ""

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["evidence"] = list(self.evidence)
        d["sentences"] = [{**asdict(s), "reasons": list(s.reasons)} for s in self.sentences]
        return d


# ---------------------------------------------------------------------------------------------
# Detector
# ---------------------------------------------------------------------------------------------

_RESIDUE_LOGIT = (
    4.0  # prior added to the logit per residue hit (rule, not learned), capped at 2 hits
)

# feature -> (reading when high, reading when low)
_FEATURE_LABELS = {
    "sent_len_cv": (
        "varied sentence lengths (bursty)",
        "uniform sentence lengths (low burstiness)",
    ),
    "sent_len_lag": ("uneven rhythm between sentences", "even rhythm between sentences"),
    "sent_len_std": ("wide spread of sentence lengths", "narrow spread of sentence lengths"),
    "sent_len_mean": ("long sentences", "short sentences"),
    "quote_rate": ("many direct quotations", "few direct quotations"),
    "said_rate": ("frequent attribution ('said', 'told')", "little attribution ('said', 'told')"),
    "digit_rate": ("many specific numbers", "few specific numbers"),
    "comma_rate": ("many commas", "few commas"),
    "word_len_mean": ("long, formal words", "short, plain words"),
    "long_word_rate": ("many long words", "few long words"),
    "ttr_100": ("rich vocabulary in the first 100 words", "repetitive vocabulary early on"),
    "hapax_200": ("many one-off words", "few one-off words"),
    "cap_word_rate": ("many names and proper nouns", "few names and proper nouns"),
    "adjacent_sim": ("adjacent sentences repeat each other's words", "little repetition"),
    "sent_start_div": ("varied sentence openings", "repetitive sentence openings"),
    "first_person_rate": ("first-person voice", "no first-person voice"),
    "dash_paren_rate": ("many dashes/parentheses", "few dashes/parentheses"),
    "colon_semi_rate": ("many colons/semicolons", "few colons/semicolons"),
    "sl_lt10": ("many very short sentences", "few very short sentences"),
    "sl_gt35": ("many very long sentences", "few very long sentences"),
    "sl_short": ("some sentences far shorter than the rest", "no sentence far shorter"),
    "sl_long": ("some sentences far longer than the rest", "no sentence far longer"),
    "open_the": ("many sentences open with 'The'", "few sentences open with 'The'"),
    "open_pron": ("many sentences open with a pronoun", "few sentences open with a pronoun"),
    "open_conn": (
        "many sentences open with a connective ('However', 'Additionally')",
        "few sentences open with a connective",
    ),
    "open_prep": (
        "many sentences open with a preposition",
        "few sentences open with a preposition",
    ),
    "open_comma5": (
        "many sentences open with an introductory clause",
        "few sentences open with an introductory clause",
    ),
    "quote_sent": ("many sentences carry quotation", "few sentences carry quotation"),
    "comma_sent_zero": ("many sentences without a comma", "few sentences without a comma"),
    "oxford_and": ("frequent ', and'", "rare ', and'"),
    "poss_rate": ("many possessives ('s)", "few possessives ('s)"),
}


class Detector:
    """A trained linear detector read from plain JSON arrays."""

    _default: Detector | None = None
    _lock = threading.Lock()

    def __init__(self, model: dict[str, Any]):
        self.version: str = model["version"]
        self.feature_names: list[str] = list(model["feature_names"])
        # lexical features: words, then within-sentence word pairs ("it is")
        self.n_unigrams = len(model["vocab"])
        self.vocab: list[str] = list(model["vocab"]) + list(model.get("bigrams", []))
        self.mean = np.asarray(model["mean"], dtype=np.float64)
        self.scale = np.asarray(model["scale"], dtype=np.float64)
        self.coef = np.asarray(model["coef"], dtype=np.float64)
        self.intercept = float(model["intercept"])
        self.platt_a = float(model["calibration"]["a"])
        self.platt_b = float(model["calibration"]["b"])
        grid = sorted((float(k), float(v)) for k, v in model["thresholds"].items())
        self.fpr_grid = np.array([g[0] for g in grid])
        self.thr_grid = np.array([g[1] for g in grid])
        self.min_words = int(model.get("min_words", MIN_WORDS))
        # long texts are scored as the mean feature vector of ~window-word sentence windows
        # (0 = whole text), so a score does not depend on how long the text is
        self.window = int(model.get("window", 0))
        self._vocab_index = {w: i for i, w in enumerate(self.vocab)}
        # sentence-skeleton grams ("<s> however ,", "the W of"): syntax without vocabulary
        self.skeleton: list[str] = list(model.get("skeleton", []))
        self._skel_index = {g: i for i, g in enumerate(self.skeleton)}
        n_style = len(self.feature_names) - len(self.vocab) - len(self.skeleton)
        self._style_names = self.feature_names[:n_style]

    # -- loading -------------------------------------------------------------------------------
    @classmethod
    def load(cls, path: str | None = None) -> Detector:
        if path is None:
            with cls._lock:
                if cls._default is None:
                    cls._default = cls(json.loads(DEFAULT_PATH.read_text(encoding="utf-8")))
                return cls._default
        p = Path(path)
        if p.is_dir():
            p = p / "model.json"
        return cls(json.loads(p.read_text(encoding="utf-8")))

    # -- features ------------------------------------------------------------------------------
    def featurize(self, text: str) -> tuple[np.ndarray, dict[str, Any]]:
        """Feature vector of an already normalised text, plus intermediate pieces. With a
        window, a long text's vector is the mean over its windows (counts are summed)."""
        sents = split_sentences(text)
        groups = window_sentences(sents, self.window) if self.window else [sents]
        if len(groups) == 1:
            return self._featurize_one(text, sents)
        parts = [self._featurize_one(" ".join(g), g) for g in groups]
        x = np.mean([p[0] for p in parts], axis=0)
        style = {k: float(np.mean([p[1]["style"][k] for p in parts])) for k in parts[0][1]["style"]}
        counts = np.sum([p[1]["counts"] for p in parts], axis=0)
        skel_counts = np.sum([p[1]["skel_counts"] for p in parts], axis=0)
        n_alpha = sum(p[1]["n_alpha"] for p in parts)
        return x, {
            "sentences": sents,
            "style": style,
            "n_alpha": n_alpha,
            "counts": counts,
            "skel_counts": skel_counts,
        }

    def _featurize_one(self, text: str, sents: list[str]) -> tuple[np.ndarray, dict[str, Any]]:
        style = style_features(text, sents)
        alpha = [w.lower() for w in _ALPHA.findall(text)]
        na = max(len(alpha), 1)
        lex = np.zeros(len(self.vocab))
        n_pairs = 0
        for sent in sents:
            ws = [w.lower() for w in _ALPHA.findall(sent)]
            n_pairs += max(len(ws) - 1, 0)
            for t in _grams(ws):
                j = self._vocab_index.get(t)
                if j is not None:
                    lex[j] += 1.0
        counts = lex.copy()
        denom = np.full(len(self.vocab), 100.0 / na)
        denom[self.n_unigrams :] = 100.0 / max(n_pairs, 1)
        lex = np.sqrt(lex * denom)  # sqrt of percent rates: damps very frequent words
        skel = np.zeros(len(self.skeleton))
        if self.skeleton:
            n_tok = 0
            for sent in sents:
                seq = skeleton(sent)
                n_tok += len(seq)
                for g in skeleton_grams(seq):
                    j = self._skel_index.get(g)
                    if j is not None:
                        skel[j] += 1.0
        else:
            n_tok = 1
        skel_counts = skel.copy()
        skel = np.sqrt(skel * 100.0 / max(n_tok, 1))
        x = np.concatenate([[style[k] for k in self._style_names], lex, skel])
        return x, {
            "sentences": sents,
            "style": style,
            "n_alpha": na,
            "counts": counts,
            "skel_counts": skel_counts,
        }

    def _logit(self, x: np.ndarray) -> float:
        z = (x - self.mean) / self.scale
        return float(z @ self.coef + self.intercept)

    def _calibrate(self, logit: float) -> float:
        z = self.platt_a * logit + self.platt_b
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)

    def threshold_for(self, false_positive_rate: float) -> float:
        """Probability threshold at a false-positive rate (log-interpolated over the grid)."""
        f = min(max(false_positive_rate, self.fpr_grid[0]), self.fpr_grid[-1])
        return float(np.interp(math.log(f), np.log(self.fpr_grid), self.thr_grid))

    def raw_probability(self, text: str) -> float:
        """Calibrated probability with no minimum-length gate (for benchmarks)."""
        t = normalize_text(text)
        x, _ = self.featurize(t)
        logit = self._logit(x) + _RESIDUE_LOGIT * min(len(residue_hits(t)), 2)
        return self._calibrate(logit)

    # -- scoring -------------------------------------------------------------------------------
    def score(self, text: str, *, false_positive_rate: float = 0.01) -> MachineTextScore:
        if not 0.0 < false_positive_rate < 1.0:
            raise ValueError("false_positive_rate must be in (0, 1)")
        raw = text or ""
        homoglyphs = count_homoglyph_words(raw)
        t = normalize_text(raw)
        x, aux = self.featurize(t)
        n_words = len(_words(t))
        thr = self.threshold_for(false_positive_rate)
        feats = {k: round(float(v), 5) for k, v in aux["style"].items()}
        hits = residue_hits(t)
        feats["residue_hits"] = float(len(hits))
        feats["homoglyph_words"] = float(homoglyphs)
        if n_words < self.min_words:
            return MachineTextScore(
                probability=None,
                threshold=thr,
                false_positive_rate=false_positive_rate,
                flagged=False,
                too_short=True,
                word_count=n_words,
                features=feats,
                evidence=(
                    f"too short to judge ({n_words} {'word' if n_words == 1 else 'words'}; needs "
                    f"{self.min_words})",
                )
                + tuple(f'{k}: "{m}"' for k, m in hits[:3]),
                sentences=(),
                model_version=self.version,
            )
        z = (x - self.mean) / self.scale
        contrib = z * self.coef
        logit = float(contrib.sum() + self.intercept)
        logit += _RESIDUE_LOGIT * min(len(hits), 2)
        prob = self._calibrate(logit)
        feats["logit"] = round(logit, 4)
        evidence = self._evidence(contrib, aux, hits, homoglyphs, prob, thr)
        sentences = self._sentence_signals(aux, contrib, quoted_sentences(t))
        return MachineTextScore(
            probability=prob,
            threshold=thr,
            false_positive_rate=false_positive_rate,
            flagged=prob >= thr,
            too_short=False,
            word_count=n_words,
            features=feats,
            evidence=evidence,
            sentences=sentences,
            model_version=self.version,
        )

    def score_many(
        self, texts: Iterable[str], *, false_positive_rate: float = 0.01
    ) -> list[MachineTextScore]:
        return [self.score(t, false_positive_rate=false_positive_rate) for t in texts]

    # -- explanation ---------------------------------------------------------------------------
    def _evidence(
        self,
        contrib: np.ndarray,
        aux: dict[str, Any],
        hits: list[tuple[str, str]],
        homoglyphs: int,
        prob: float,
        thr: float,
    ) -> tuple[str, ...]:
        out: list[tuple[float, str]] = []
        for kind, m in hits[:3]:
            out.append((10.0, f'{kind}: "{m}"'))
        if homoglyphs:
            out.append(
                (
                    5.0,
                    f"{homoglyphs} word(s) mix Latin with look-alike letters of another "
                    "script (homoglyph obfuscation)",
                )
            )
        n_style = len(self._style_names)
        for i, name in enumerate(self._style_names):
            c = float(contrib[i])
            if abs(c) < 0.15 or name not in _FEATURE_LABELS:
                continue
            high, low = _FEATURE_LABELS[name]
            label = high if aux["style"][name] >= self.mean[i] else low
            out.append(
                (
                    abs(c),
                    f"{label} ({'machine' if c > 0 else 'human'}-like, "
                    f"{name}={aux['style'][name]:.3g})",
                )
            )
        # contribution of each vocabulary word relative to an average text, in logit units
        n_lex = len(self.vocab)
        lex = contrib[n_style : n_style + n_lex] * (aux["counts"] > 0)
        up = float(lex[lex > 0].sum())
        down = float(-lex[lex < 0].sum())
        order = np.argsort(lex)
        top_m = [self.vocab[j] for j in order[::-1][:4] if lex[j] > 0.05]
        top_h = [self.vocab[j] for j in order[:4] if lex[j] < -0.05]
        if top_m and up > 0.3:
            out.append(
                (
                    up / 2,
                    "word choice typical of generated text: " + ", ".join(f"'{w}'" for w in top_m),
                )
            )
        if top_h and down > 0.3:
            out.append(
                (
                    down / 2,
                    "word choice typical of human news writing: "
                    + ", ".join(f"'{w}'" for w in top_h),
                )
            )
        sk = contrib[n_style + n_lex :] * (aux["skel_counts"] > 0)
        if len(sk):
            up_s, down_s = float(sk[sk > 0].sum()), float(-sk[sk < 0].sum())
            order = np.argsort(sk)
            top_ms = _distinct([self.skeleton[j] for j in order[::-1][:12] if sk[j] > 0.05])
            top_hs = _distinct([self.skeleton[j] for j in order[:12] if sk[j] < -0.05])
            if top_ms and up_s > 0.3:
                out.append(
                    (
                        up_s / 2,
                        "sentence patterns typical of generated text (… = any word): "
                        + ", ".join(f"'{g}'" for g in top_ms),
                    )
                )
            if top_hs and down_s > 0.3:
                out.append(
                    (
                        down_s / 2,
                        "sentence patterns typical of human news writing (… = any word): "
                        + ", ".join(f"'{g}'" for g in top_hs),
                    )
                )
        out.sort(key=lambda p: -p[0])
        head = f"calibrated P(machine) = {prob:.2f} vs threshold {thr:.2f}: evidence, not a verdict"
        return (head,) + tuple(s for _, s in out[:6])

    def _sentence_signals(
        self, aux: dict[str, Any], contrib: np.ndarray, sentences: list[str]
    ) -> tuple[SentenceSignal, ...]:
        """Each word or skeleton-gram occurrence carries an equal share of its feature's logit
        contribution; a sentence's score is the sum over its words and skeleton grams plus
        residue. Top five by score, of ``sentences`` (whole ones, :func:`quoted_sentences`:
        the features' own splitter can cut one at an initial)."""
        n_style = len(self._style_names)
        n_lex = len(self.vocab)
        counts = aux["counts"]
        per_occ = np.where(
            counts > 0, contrib[n_style : n_style + n_lex] / np.maximum(counts, 1), 0.0
        )
        sk_counts = aux["skel_counts"]
        per_sk = np.where(sk_counts > 0, contrib[n_style + n_lex :] / np.maximum(sk_counts, 1), 0.0)
        sig: list[SentenceSignal] = []
        for i, s in enumerate(sentences):
            if not _WORD.search(s):
                continue
            ws: dict[str, float] = {}
            for t in _grams([w.lower() for w in _ALPHA.findall(s)]):
                j = self._vocab_index.get(t)
                if j is not None:
                    ws[t] = ws.get(t, 0.0) + float(per_occ[j])
            gs: dict[str, float] = {}
            if self.skeleton:
                for g in skeleton_grams(skeleton(s)):
                    j = self._skel_index.get(g)
                    if j is not None:
                        gs[g] = gs.get(g, 0.0) + float(per_sk[j])
            score = sum(ws.values()) + sum(gs.values())
            reasons: list[str] = []
            for kind, pat in _RESIDUE:
                m = pat.search(s)
                if m:
                    score += _RESIDUE_LOGIT
                    reasons.append(f'{kind}: "{m.group(0).strip()}"')
            tw = [w for w, v in sorted(ws.items(), key=lambda p: -p[1])[:3] if v > 0.02]
            if tw:
                reasons.append("generated-text wording: " + ", ".join(f"'{w}'" for w in tw))
            tg = _distinct([g for g, v in sorted(gs.items(), key=lambda p: -p[1]) if v > 0.02], 2)
            if tg:
                reasons.append(
                    "generated-text sentence pattern: " + ", ".join(f"'{g}'" for g in tg)
                )
            sig.append(
                SentenceSignal(index=i, text=s, score=round(score, 4), reasons=tuple(reasons))
            )
        sig.sort(key=lambda g: -g.score)
        return tuple(g for g in sig[:5] if g.score > 0)


def score_text(text: str, *, false_positive_rate: float = 0.01) -> MachineTextScore:
    """Score one text with the packaged default detector (loaded once, then cached)."""
    return Detector.load().score(text, false_positive_rate=false_positive_rate)
