"""Shared fixtures: the example corpus and the worked example the repository ships."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import unspun

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="session")
def examples() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def seed_rewrite() -> str:
    return (EXAMPLES / "000_001142e31bd2ee9d.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_source() -> str:
    return (EXAMPLES / "002_bfd5cbc101d0c76f.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def example_records() -> list[dict]:
    lines = (EXAMPLES / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="session")
def example_corpus(tmp_path_factory: pytest.TempPathFactory, example_records) -> unspun.Corpus:
    path = tmp_path_factory.mktemp("corpus") / "examples.unspun"
    corpus = unspun.Corpus.open(path)
    corpus.add(example_records, workers=1)
    return corpus


@pytest.fixture(scope="session")
def seed_report(example_corpus, seed_rewrite) -> unspun.Report:
    return unspun.check(seed_rewrite, example_corpus, unspun.CheckOptions(detect=False))
