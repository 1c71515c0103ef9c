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


#: six short articles on unrelated stories, for a suspect stitched from several of them
SIX_STORIES = [
    (
        "harbour",
        "A container crane collapsed at the Muuga harbour in Tallinn on Monday morning. "
        "Port director Kaarel Sepp said two dock workers were taken to hospital with minor "
        "injuries. The 60-metre crane fell across a berth where the freighter Baltic Star was "
        "unloading timber. Engineers from the Estonian Maritime Administration began inspecting "
        "the other cranes. Shipping lines were told to expect delays of up to three days.",
    ),
    (
        "orchid",
        "Botanists have found a ghost orchid growing in a beech wood in the Elan Valley. "
        "The plant had not been recorded in Wales since 1986, said Dr Megan Pryce of Plantlife "
        "Cymru. Ghost orchids have no leaves and live off fungi in the soil beneath the trees. "
        "The exact location is being kept secret to protect the single flowering stem. "
        "Volunteers spent eleven summers searching the valley before the discovery.",
    ),
    (
        "chess",
        "Sixteen-year-old Ingrid Halvorsen won the Reykjavik Open chess tournament on Saturday. "
        "The Norwegian scored eight points from nine games and finished a full point clear. "
        "In the final round she beat grandmaster Viktor Samsonov with the black pieces. "
        "Her victory earns her a place in the next Grand Swiss qualifier in Douglas. "
        "Organisers said 270 players from 41 countries took part this year.",
    ),
    (
        "bakery",
        "The bakery chain Kornhaus has recalled 40,000 rye loaves sold in Bavaria. "
        "Inspectors found fragments of blue plastic in loaves baked at its Augsburg plant. "
        "Customers can return the bread to any of the chain's 85 shops for a full refund. "
        "Kornhaus chief executive Lena Brandt apologised and blamed a faulty conveyor belt. "
        "No injuries have been reported, the Bavarian food safety office said.",
    ),
    (
        "comet",
        "An amateur astronomer in Namibia has discovered a new comet from his farm near "
        "Windhoek. Pieter Louw spotted the faint smudge with a 30-centimetre telescope on "
        "Tuesday night. The Minor Planet Center has named it Comet Louw and confirmed its orbit. "
        "Astronomers expect it to pass closest to the Sun in February next year. "
        "Louw has been scanning the sky from his farm for more than twenty years.",
    ),
    (
        "tram",
        "Lisbon has reopened its historic tram line 24 after a closure of 29 years. "
        "The yellow trams run from Praca Luis de Camoes to the Campolide depot. "
        "The city council spent 6.5 million euros restoring the tracks and overhead wires. "
        "Mayor Carlos Moedas rode the first tram with pupils from a local school. "
        "Trams will run every 20 minutes from seven in the morning.",
    ),
]


@pytest.fixture(scope="session")
def six_stories_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A corpus file of the six short stories."""
    path = tmp_path_factory.mktemp("six") / "six.unspun"
    with unspun.Corpus.open(path) as corpus:
        corpus.add([{"id": i, "text": text} for i, text in SIX_STORIES], workers=1)
    return path


@pytest.fixture(scope="session")
def six_stories(six_stories_db: Path) -> unspun.Corpus:
    return unspun.Corpus.open(six_stories_db)


@pytest.fixture(scope="session")
def five_story_copy() -> str:
    """A suspect copying the first three sentences of five of the stories: two more
    sources than the default ``max_sources`` of 3."""
    stories = [unspun.split_sentences(text, i) for i, text in SIX_STORIES[:5]]
    return "\n\n".join(" ".join(s.text for s in sentences[:3]) for sentences in stories)


@pytest.fixture(scope="session")
def limited_report(six_stories, five_story_copy) -> unspun.Report:
    """The five-story copy checked with the default limit of 3 sources."""
    return unspun.check(five_story_copy, six_stories, unspun.CheckOptions(detect=False))
