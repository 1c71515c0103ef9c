"""Batch jobs: checks over many records and the search for copies across a corpus, on this
machine and on a real Spark (local mode, two cores)."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SIX_STORIES

import unspun
from unspun.batch import (
    CopyEdge,
    check_lines,
    check_on_spark,
    copies_of,
    copies_on_spark,
    group_copies,
    spark_session,
)

# the harbour story retold by a content farm a day later, and the tram story copied as is
HARBOUR_RETOLD = (
    "Terror at the Docks: Giant Crane Crashes Down in Estonia\n\n"
    "Dock workers in Estonia had a lucky escape at the start of the week. "
    "Two of them needed hospital treatment for minor injuries after a huge container crane "
    "toppled over at Muuga harbour near Tallinn, according to port boss Kaarel Sepp. "
    "The 60-metre structure crashed onto a berth where the freighter Baltic Star was being "
    "unloaded of its timber cargo. "
    "It remains to be seen what caused the collapse. "
    "Inspectors from the Estonian Maritime Administration are now examining the port's "
    "remaining cranes, and shipping companies have been told to brace for hold-ups lasting "
    "as long as three days."
)


def _story(name: str) -> str:
    return dict(SIX_STORIES)[name]


@pytest.fixture(scope="module")
def copies_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The six stories with dates, a content farm's retelling of one and a copy of another
    dated before the story it copies."""
    path = tmp_path_factory.mktemp("copies") / "copies.unspun"
    records = [
        {"id": name, "text": text, "date": f"2024-05-0{n + 1}"}
        for n, (name, text) in enumerate(SIX_STORIES)
    ]
    records += [
        {"id": "farm-harbour", "text": HARBOUR_RETOLD, "date": "2024-05-02"},
        {"id": "tram-copy", "text": _story("tram"), "date": "2024-04-20"},
    ]
    with unspun.Corpus.open(path) as corpus:
        corpus.add(records, workers=1)
    return path


def test_copies_of_names_the_story_each_copy_is_drawn_from(copies_db):
    with unspun.Corpus.open(copies_db, create=False) as corpus:
        edges = list(copies_of(list(corpus.ids()), corpus, unspun.CheckOptions(detect=False)))
    pairs = {(e.copy, e.source) for e in edges}
    assert ("farm-harbour", "harbour") in pairs
    assert {("tram-copy", "tram"), ("tram", "tram-copy")} <= pairs  # identical: each other's
    assert not {e.copy for e in edges} & {"orchid", "chess", "bakery", "comet"}
    farm = next(e for e in edges if e.copy == "farm-harbour")
    assert (farm.copy_date, farm.source_date, farm.near_copy) == ("2024-05-02", "2024-05-01", False)
    assert farm.reused == 1.0 and farm.coverage < 1.0  # all of the story, and padding
    assert next(e for e in edges if e.copy == "tram-copy").near_copy


def test_groups_name_the_original_who_published_first_and_copies_dated_too_early():
    def edge(copy: str, source: str, copy_date: str | None, source_date: str | None):
        return CopyEdge(copy, source, copy_date, source_date, 0.9, 0.8, False, 0.7, 1.0, 1.0)

    groups = group_copies(
        [
            edge("farm-1", "wire", "2024-05-03T10:00:00Z", "2024-05-02"),
            edge("farm-2", "farm-1", "2024-05-01", "2024-05-03"),  # dated before its source
            edge("blog", "other", None, None),
        ]
    )
    story, undated = groups
    assert story.members == ("farm-2", "wire", "farm-1")  # by date
    assert story.originals == ("wire",)
    assert (story.first_published, story.first_date) == ("farm-2", "2024-05-01")
    assert story.dated_before_source == (("farm-2", "farm-1"),)
    assert len(story.edges) == 2
    assert (undated.first_published, undated.originals) == (None, ("other",))
    assert undated.to_dict()["undated"] == ["blog", "other"]


def test_articles_drawn_each_from_the_other_are_told_apart_only_by_date():
    (group,) = group_copies(
        [
            CopyEdge("a", "b", "2024-01-02", "2024-01-01", 1.0, 1.0, True, 0.95, 1.0, 1.0),
            CopyEdge("b", "a", "2024-01-01", "2024-01-02", 1.0, 1.0, True, 0.95, 1.0, 1.0),
        ]
    )
    assert group.originals == ("b", "a")
    assert group.first_published == "b"
    assert group.dated_before_source == ()


def test_check_lines_gives_a_report_or_a_one_line_error_per_record(six_stories):
    lines = [
        json.dumps({"id": "s1", "text": HARBOUR_RETOLD}).encode(),
        b"",
        b'{"id": "s2", "text": ',
        json.dumps({"id": "s3", "text": "caf\u00e9"}).encode()[:-3] + b'\xe9"}',
        json.dumps({"id": "s4", "text": 5}).encode(),
    ]
    rows = [
        json.loads(row)
        for row in check_lines(enumerate(lines, 1), six_stories, _options(), where="in.jsonl")
    ]
    assert len(rows) == 4  # the blank line is no record
    assert rows[0]["suspect"]["id"] == "s1"
    assert [s["id"] for s in rows[0]["sources"]] == ["harbour"]
    assert "text" not in rows[0]["suspect"]  # texts left out unless asked for
    errors = [row["error"] for row in rows[1:]]
    assert [e.split(" ", 1)[0] for e in errors] == ["in.jsonl:3:", "in.jsonl:4:", "in.jsonl:5:"]
    assert [row["line"] for row in rows[1:]] == [3, 4, 5]
    assert not any("\n" in e for e in errors)
    assert "not valid JSON" in errors[0] and "not UTF-8" in errors[1]
    assert "'text' must be a non-empty string" in errors[2]


def _options() -> unspun.CheckOptions:
    return unspun.CheckOptions(detect=False)


# --- on Spark --------------------------------------------------------------------------------

needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs Java")


@pytest.fixture(scope="module")
def spark() -> Iterator[object]:
    pytest.importorskip("pyspark")
    session = spark_session("local[2]", app_name="unspun-tests", ui=False)
    yield session
    session.stop()


@needs_java
def test_a_spark_job_writes_what_the_library_says_of_each_record(spark, six_stories_db, tmp_path):
    suspects = tmp_path / "suspects.jsonl"
    records = [{"id": "farm", "text": HARBOUR_RETOLD}, {"id": "tram-copy", "text": _story("tram")}]
    lines = [json.dumps(r) for r in records] + ["{not json"]
    suspects.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "reports"
    summary = check_on_spark(spark, [str(suspects)], six_stories_db, str(out), _options())
    rows = [json.loads(line) for part in sorted(out.glob("part-*")) for line in part.open()]
    assert (summary.rows, summary.errors) == (3, 1)
    assert summary.verdicts == {"derived": 1, "near_copy": 1}
    reports = {row["suspect"]["id"]: row for row in rows if "suspect" in row}
    with unspun.Corpus.open(six_stories_db, create=False) as corpus:
        for record in records:
            expected = unspun.check(record["text"], corpus, _options(), suspect_id=record["id"])
            got = reports[record["id"]]
            assert got["verdict"] == expected.to_dict()["verdict"]
            assert got["findings"] == expected.to_dict(include_texts=False)["findings"]
    (error,) = [row for row in rows if "error" in row]
    assert error["file"] == str(suspects) and "not valid JSON" in error["error"]


@needs_java
def test_copies_on_spark_finds_what_a_local_run_finds(spark, copies_db):
    on_spark = copies_on_spark(spark, copies_db, _options(), partitions=3)
    with unspun.Corpus.open(copies_db, create=False) as corpus:
        local = list(copies_of(list(corpus.ids()), corpus, _options()))
    assert sorted(on_spark, key=str) == sorted(local, key=str)


def test_the_batch_command_refuses_an_existing_output_before_spark_starts(tmp_path, six_stories_db):
    (tmp_path / "reports").mkdir()
    proc = subprocess.run(
        [sys.executable, "-m", "unspun", "batch", str(tmp_path / "in.jsonl")]
        + ["--db", str(six_stories_db), "--out", str(tmp_path / "reports")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1
    assert (
        proc.stderr
        == f"error: {tmp_path / 'reports'}: already exists; give a new folder for the job's output\n"
    )


def test_the_copies_command_writes_one_group_per_line(copies_db, tmp_path):
    output = tmp_path / "copies.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "unspun", "copies", "--db", str(copies_db), "-o", str(output)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    groups = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    by_members = {tuple(sorted(g["members"])): g for g in groups}
    assert set(by_members) == {("farm-harbour", "harbour"), ("tram", "tram-copy")}
    assert by_members["farm-harbour", "harbour"]["first_published"] == "harbour"
    # dated 2024-04-20, before the story it copies word for word
    assert by_members["tram", "tram-copy"]["first_published"] == "tram-copy"
    assert proc.stdout.startswith("2 groups of copies (4 articles) written to")


def test_a_weak_edge_joins_no_group():
    strong = CopyEdge("farm", "wire", None, None, 0.8, 0.6, False, 0.6, 1.0, 0.98)
    little = CopyEdge("other", "wire", None, None, 0.3, 0.9, False, 0.6, 1.0, 0.98)  # one topic
    loose = CopyEdge("third", "wire", None, None, 0.9, 0.9, False, 0.35, 1.0, 0.98)  # reworded
    rival = CopyEdge("fourth", "wire", None, None, 0.9, 0.9, False, 0.6, 1.0, 0.45)  # siblings
    (group,) = group_copies([strong, little, loose, rival])
    assert group.members == ("farm", "wire")
    weak = [little, loose, rival]
    assert len(group_copies(weak, min_coverage=0.1, min_similarity=0.1, min_score=0.1)) == 1


@needs_java
def test_a_spark_job_over_a_folder_names_each_bad_record_by_file_and_line(
    spark, six_stories_db, tmp_path
):
    crawl = tmp_path / "crawl"
    (crawl / "day1").mkdir(parents=True)
    good = json.dumps({"id": "farm", "text": HARBOUR_RETOLD})
    (crawl / "day1" / "a.jsonl").write_text(good + "\n{oops\n", encoding="utf-8")
    with gzip.open(crawl / "b.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "tram-copy", "text": _story("tram")}) + "\n")
    (crawl / "cut.jsonl.gz").write_bytes(gzip.compress(b'{"id": "c", "text": "x"}\n')[:15])
    (crawl / "notes.md").write_text("not a record", encoding="utf-8")
    out = tmp_path / "out"
    summary = check_on_spark(spark, [str(crawl)], six_stories_db, str(out), _options())
    rows = [json.loads(line) for part in sorted(out.glob("part-*")) for line in part.open()]
    errors = sorted((row["file"], row["line"]) for row in rows if "error" in row)
    assert errors == [(str(crawl / "cut.jsonl.gz"), None), (str(crawl / "day1" / "a.jsonl"), 2)]
    assert summary.verdicts == {"derived": 1, "near_copy": 1}
    with pytest.raises(unspun.InputError, match="no such file or folder"):
        check_on_spark(spark, [str(tmp_path / "gone")], six_stories_db, str(tmp_path / "o2"))


@needs_java
def test_a_spark_job_over_empty_inputs_writes_no_rows(spark, six_stories_db, tmp_path):
    (tmp_path / "quiet-day.jsonl").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    summary = check_on_spark(spark, [str(tmp_path / "quiet-day.jsonl")], six_stories_db, str(out))
    assert (summary.rows, summary.errors, summary.verdicts) == (0, 0, {})
    assert out.is_dir() and not [line for p in out.glob("part-*") for line in p.open()]


def test_the_batch_command_refuses_a_master_spark_would_refuse(tmp_path, six_stories_db):
    proc = subprocess.run(
        [sys.executable, "-m", "unspun", "batch", "in.jsonl", "--db", str(six_stories_db)]
        + ["--out", str(tmp_path / "out"), "--master", "bogus"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert "is no Spark master" in proc.stderr and "Traceback" not in proc.stderr
