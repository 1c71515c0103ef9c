"""Boilerplate: a site's standing lines are not evidence that one article was drawn from
another, while a syndicated story, printed by several papers each with a line of its own,
is still a story."""

from __future__ import annotations

import sqlite3

import pytest
from helpers import make_read_only

import unspun
from unspun.core import boilerplate_sentences
from unspun.documents import split_sentences
from unspun.index import boilerplate_keys, sentence_key

# the three lines a health site prints under every story, and its copyright line
DISCLAIMER = (
    "All data and statistics are based on publicly available data at the time of publication. "
    "Some information may be out of date. "
    "Visit our coronavirus hub and follow our live updates page for the most recent information."
)
COPYRIGHT = "© 2024 Health Daily Ltd. All rights reserved."

HEALTH_STORIES = {
    "hd-sleep": "Teenagers who sleep fewer than seven hours a night report twice as many "
    "headaches, a survey of 4,000 pupils in Ohio found. Screens in the bedroom were the "
    "commonest reason they gave for staying up. Girls slept 20 minutes less than boys on "
    "school nights. The survey was run by Ohio State University in the spring. Its authors "
    "want schools to start an hour later.",
    "hd-coffee": "Drinking three cups of coffee a day was linked to a lower risk of liver "
    "disease in a Danish study of 90,000 adults. Decaffeinated coffee showed the same link, "
    "which points to something other than caffeine. The volunteers were followed for twelve "
    "years. Heavy drinkers of alcohol gained the most. The study appears in the Journal of "
    "Hepatology.",
    "hd-walking": "A brisk 20-minute walk after dinner lowered blood sugar spikes in older "
    "adults with type 2 diabetes, researchers in Leeds reported. The effect lasted about "
    "three hours. Walking before the meal did far less. The 45 volunteers wore glucose "
    "monitors for two weeks. The team now plans a trial with 300 patients.",
    "hd-masks": "Hospital staff in Lyon who wore fitted respirators caught the flu half as "
    "often as colleagues in surgical masks over two winters. The trial followed 1,200 nurses "
    "and doctors. Respirators were worn for whole shifts. Staff found them hot but kept them "
    "on. The hospital will issue them every winter from now on.",
    "hd-vitamin": "Vitamin D tablets did not prevent broken bones in healthy adults over 50, "
    "according to a five-year trial of 25,000 volunteers in Boston. Calcium levels made no "
    "difference either. Half the volunteers took a dummy pill. Falls were as common in both "
    "groups. The researchers say tablets still help people who lack the vitamin.",
}

# a new story of the same site, in no archive yet
NEW_STORY = (
    "Eating oily fish twice a week cut the risk of a second heart attack by a fifth, "
    "cardiologists in Oslo reported. The benefit was largest in men over 60. " + DISCLAIMER
)

# a wire story each paper prints with a line of its own
WIRE = (
    "Flooding closed the main railway line between Exeter and Plymouth on Tuesday. "
    "Network Rail said the sea wall at Dawlish had been breached for the second time in a "
    "month. Engineers expect the line to reopen on Friday at the earliest. "
    "Passengers have been told to travel by replacement buses from Newton Abbot."
)
PAPERS = {
    "paper-exeter": "Our reporter saw waves breaking over the station platform at dawn.",
    "paper-torbay": "Torquay hotels reported a wave of cancelled weekend bookings.",
    "paper-cornwall": "Cornish commuters face a second week of long bus journeys.",
    "paper-bristol": "The Bristol line is not affected, the operator said.",
}


@pytest.fixture()
def site_corpus(tmp_path) -> unspun.Corpus:
    records = [
        {"id": i, "text": f"{text} {DISCLAIMER}\n\n{COPYRIGHT}"}
        for i, text in HEALTH_STORIES.items()
    ]
    records += [{"id": i, "text": f"{WIRE} {own}"} for i, own in PAPERS.items()]
    corpus = unspun.Corpus.open(tmp_path / "site.unspun")
    corpus.add(records, workers=1)
    yield corpus
    corpus.close()


def _check(text: str, corpus: unspun.Corpus, **kwargs) -> unspun.Report:
    return unspun.check(text, corpus, unspun.CheckOptions(detect=False), **kwargs)


def test_a_line_keys_on_its_content_words_only():
    key = sentence_key("All data and statistics are based on publicly available data.")
    assert key == sentence_key("all data, statistics based on publicly-available data")
    assert key != sentence_key("All data and statistics are based on private data.")
    assert sentence_key("Sign up now.") is None  # too short to tell from a common phrase


def test_a_line_unrelated_articles_share_is_boilerplate_and_a_syndicated_story_is_not(
    site_corpus,
):
    disclaimer = {sentence_key(s.text) for s in split_sentences(DISCLAIMER)}
    wire = {sentence_key(s.text) for s in split_sentences(WIRE)}
    assert boilerplate_keys(site_corpus.store, disclaimer | wire) == disclaimer


def test_the_suspect_itself_is_not_counted_among_the_articles_holding_a_line(site_corpus):
    sentences = split_sentences(f"{HEALTH_STORIES['hd-sleep']} {DISCLAIMER}")
    assert [sentences[i].text for i in sorted(boilerplate_sentences(sentences, site_corpus))] == [
        s.text for s in split_sentences(DISCLAIMER)
    ]
    # five articles hold each line: without three of them, too few are left to tell
    assert not boilerplate_sentences(sentences, site_corpus, ["hd-sleep", "hd-coffee", "hd-masks"])


def test_a_new_story_under_the_site_s_standing_lines_has_no_source(site_corpus):
    report = _check(NEW_STORY, site_corpus)
    assert not report.sources
    assert report.verdict.kind != "derived"
    notes = [f.note for f in report.findings]
    assert [n.startswith("boilerplate:") for n in notes] == [False, False, True, True, True]


def test_an_archived_story_is_not_its_own_source_nor_its_site_s(site_corpus):
    archived = site_corpus.get("hd-walking")
    assert archived is not None
    report = _check(archived.text, site_corpus, suspect_id="hd-walking")
    assert not report.sources


def test_a_rewrite_keeping_the_standing_lines_is_traced_by_its_story(site_corpus):
    rewrite = (
        DISCLAIMER + " A Danish study of 90,000 adults found that people who drink three cups "
        "of coffee daily have a lower risk of liver disease. The same link held for decaf, "
        "which suggests caffeine is not the reason."
    )
    report = _check(rewrite, site_corpus)
    assert [s.id for s in report.sources] == ["hd-coffee"]
    assert report.sources[0].coverage == 1.0  # the site's lines, first here, not counted


def test_a_wire_rewrite_under_another_site_s_standing_lines_is_all_wire(site_corpus):
    rewrite = (
        "The Exeter to Plymouth railway was shut by floods on Tuesday after the Dawlish sea "
        "wall was breached again, Network Rail said. Engineers think it could reopen on "
        "Friday. Replacement buses run from Newton Abbot. " + DISCLAIMER
    )
    report = _check(rewrite, site_corpus)
    assert report.sources and report.sources[0].id.startswith("paper-")
    assert report.sources[0].coverage == 1.0  # 3 of 6 if the disclaimer counted


def test_the_site_s_lines_a_rewrite_drops_are_still_listed_as_left_out(site_corpus):
    # they do not count toward tracing it, but a credit among them is what a reader of the
    # omissions looks for (the labelled content-farm rewrites list such lines)
    rewrite = (
        "People who drink three cups of coffee a day had a lower risk of liver disease, a "
        "Danish study of 90,000 adults found. Decaf showed the same link, so caffeine may "
        "not be the reason. The adults were followed for twelve years, and heavy drinkers "
        "gained most. The Journal of Hepatology published the study."
    )
    report = _check(rewrite, site_corpus)
    assert [s.id for s in report.sources] == ["hd-coffee"]
    assert report.sources[0].reused == 1.0  # every line of the story; the site's are not it
    assert ("credit", COPYRIGHT) in [(o.kind, o.text) for o in report.omissions]
    assert len(report.omissions) == 4


def test_a_syndicated_copy_with_a_paper_s_own_line_is_still_traced(site_corpus):
    report = _check(f"{WIRE} Services resume on Friday, weather permitting.", site_corpus)
    assert report.sources and report.sources[0].id.startswith("paper-")


def test_one_line_of_a_story_under_the_site_s_lines_is_too_short_to_trace(site_corpus):
    first = split_sentences(HEALTH_STORIES["hd-coffee"])[0].text
    report = _check(f"{first} {DISCLAIMER}", site_corpus)
    assert report.verdict.kind == "too_short"
    assert "1 sentence of its own story" in report.verdict.summary


def test_nothing_but_the_site_s_lines_finds_nothing_related(site_corpus):
    report = _check(DISCLAIMER, site_corpus)
    assert report.verdict.kind == "too_short" and not report.related


def test_replacing_or_removing_an_article_drops_its_lines(site_corpus):
    site_corpus.add([{"id": "hd-sleep", "text": HEALTH_STORIES["hd-sleep"]}], workers=1)
    rowid = site_corpus.store.rowid_of("hd-sleep")
    assert rowid is not None
    (keys,) = site_corpus.store.keys_of({rowid}).values()
    assert keys == {sentence_key(s.text) for s in split_sentences(HEALTH_STORIES["hd-sleep"])}
    stale = site_corpus.store.execute(
        "SELECT COUNT(*) FROM sentence_keys WHERE article NOT IN (SELECT rowid FROM articles)"
    ).fetchone()[0]
    assert stale == 0


def _as_version_1(path) -> None:
    """Make a database what unspun wrote before sentence keys (store schema 1)."""
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE sentence_keys")
        db.execute("DROP TRIGGER articles_ad_keys")
        db.execute("PRAGMA user_version = 1")
        db.execute("PRAGMA journal_mode = DELETE")


def _site_records() -> list[dict]:
    return [{"id": i, "text": f"{t} {DISCLAIMER}"} for i, t in HEALTH_STORIES.items()]


def test_a_version_1_database_is_upgraded_when_opened(tmp_path):
    path = tmp_path / "old.unspun"
    with unspun.Corpus.open(path) as corpus:
        corpus.add(_site_records(), workers=1)
    _as_version_1(path)
    with unspun.Corpus.open(path, create=False) as corpus:
        assert len(boilerplate_sentences(split_sentences(NEW_STORY), corpus)) == 3
        assert corpus.store.execute("PRAGMA user_version").fetchone()[0] == 2


def test_a_version_1_database_with_damaged_sentences_is_refused_in_one_line(tmp_path):
    path = tmp_path / "old.unspun"
    with unspun.Corpus.open(path) as corpus:
        corpus.add(_site_records(), workers=1)
    _as_version_1(path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE articles SET sentences = '[[0, 5' WHERE id = 'hd-masks'")
    with pytest.raises(unspun.StoreError, match="'hd-masks' has damaged sentence spans"):
        unspun.Corpus.open(path, create=False)
    with sqlite3.connect(path) as db:  # left as it was
        assert db.execute("PRAGMA user_version").fetchone()[0] == 1


def test_a_version_2_database_without_its_sentence_keys_is_refused(tmp_path):
    path = tmp_path / "damaged.unspun"
    with unspun.Corpus.open(path) as corpus:
        corpus.add(_site_records(), workers=1)
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE sentence_keys")
    with pytest.raises(unspun.StoreError, match="schema version 2"):
        unspun.Corpus.open(path, create=False)


def test_a_read_only_version_1_database_is_read_as_it_is(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "old.unspun"
    with unspun.Corpus.open(path) as corpus:
        corpus.add(_site_records(), workers=1)
    _as_version_1(path)
    undo = make_read_only([path, folder])
    if undo is None:
        pytest.skip("cannot make a file read-only here")
    try:
        with unspun.Corpus.open(path, create=False) as corpus:
            assert not boilerplate_sentences(split_sentences(NEW_STORY), corpus)
            report = unspun.check(HEALTH_STORIES["hd-coffee"], corpus)
            assert [s.id for s in report.sources] == ["hd-coffee"]
            assert corpus.store.execute("PRAGMA user_version").fetchone()[0] == 1
    finally:
        for step in reversed(undo):
            step()
