import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import unspun
from unspun.cli import app

runner = CliRunner()


def test_index_check_json_and_html(tmp_path, examples):
    db = tmp_path / "news.unspun"
    result = runner.invoke(app, ["index", str(examples / "corpus.jsonl"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "6 added" in result.output
    suspect = str(examples / "000_001142e31bd2ee9d.txt")
    result = runner.invoke(
        app, ["check", suspect, "--db", str(db), "--format", "json", "--no-detect"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["sources"][0]["id"] == "seed:002_bfd5cbc101d0c76f"
    html = tmp_path / "report.html"
    result = runner.invoke(app, ["check", suspect, "--db", str(db), "-o", str(html), "--no-detect"])
    assert result.exit_code == 0
    assert "Verdict: derived" in result.stdout
    assert html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["check", "{examples}/000_001142e31bd2ee9d.txt", "--db", "{tmp}/missing.unspun"],
            "no such corpus database",
        ),
        (["index", "{tmp}/bad.jsonl", "--db", "{tmp}/x.unspun"], "bad.jsonl:2: not valid JSON"),
        (["index", "{tmp}/empty.txt", "--db", "{tmp}/x.unspun"], "empty.txt: empty file"),
        (["check", "{tmp}/empty.txt", "--db", "{tmp}/x.unspun"], "empty.txt: empty file"),
        (["check", "{tmp}/nothing", "--db", "{tmp}/x.unspun"], "nothing: no .jsonl, .txt"),
        (["index", "{tmp}/nothing", "--db", "{tmp}/x.unspun"], "nothing: no .jsonl, .txt"),
        (["check", "{tmp}/a.txt", "--db", "{tmp}/empty.txt"], "an empty file, not a corpus"),
        (["check", "{tmp}/a.txt", "--db", "{tmp}/none.unspun"], "the corpus has no articles"),
        (["check", "{tmp}/a.txt", "--db", "{tmp}/none.unspun", "-o", "{tmp}/r.txt"], "r.txt"),
        (["check", "{tmp}/a.txt", "--db", "{tmp}/none.unspun", "-o", "{tmp}"], "is a folder"),
        (["index", "{tmp}/a.txt", "--db", "{tmp}/no/such/x.unspun"], "no folder"),
        (
            [
                "check",
                "{tmp}/a.txt",
                "--db",
                "{tmp}/none.unspun",
                "-f",
                "json",
                "-o",
                "{tmp}/r.html",
            ],
            "the name says html but --format is json",
        ),
        (["evaluate", "{tmp}/empty.jsonl", "--corpus", "{tmp}/bad.jsonl"], "no cases or claims"),
        (["evaluate", "{tmp}/gone.jsonl", "--corpus", "{tmp}/bad.jsonl"], "no such file"),
        (["evaluate", "{tmp}/case.jsonl", "--corpus", "{tmp}/bad.jsonl"], "case.jsonl:1: quote"),
        (
            ["evaluate", "{tmp}/changes.jsonl", "--corpus", "{tmp}/bad.jsonl"],
            "changes.jsonl:2: 'name' is not a change type",
        ),
        (
            ["evaluate", "{tmp}/added.jsonl", "--corpus", "{tmp}/bad.jsonl"],
            "added.jsonl:1: 'invented_fact' is not an added type",
        ),
    ],
)
def test_bad_input_is_one_line_and_non_zero(tmp_path, examples, args, message):
    (tmp_path / "bad.jsonl").write_text('{"id": "a", "text": "fine"}\n{oops\n', encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "empty.jsonl").write_text("\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A bridge was shut. Traffic was slow.", encoding="utf-8")
    (tmp_path / "nothing").mkdir()
    (tmp_path / "case.jsonl").write_text(
        json.dumps(
            {
                "id": "c",
                "suspect_text": "A bridge was shut.",
                "suspect_expectations": [{"quote": "not in the text", "label": "added"}],
            }
        )
        + "\n",
        encoding="utf-8",
    )

    def case(label: str, change: str | None) -> str:
        expectation = {"quote": "A bridge was shut.", "label": label, "change": change}
        record = {"id": "c", "suspect_text": "A bridge was shut.", "source_ids": ["a"]}
        return json.dumps({**record, "suspect_expectations": [expectation]}) + "\n"

    (tmp_path / "changes.jsonl").write_text(
        case("altered", "entity") + case("altered", "name"), encoding="utf-8"
    )
    (tmp_path / "added.jsonl").write_text(case("added", "invented_fact"), encoding="utf-8")
    unspun.Corpus.open(tmp_path / "none.unspun").close()
    argv = [a.format(tmp=tmp_path, examples=examples) for a in args]
    proc = subprocess.run(
        [sys.executable, "-m", "unspun.cli", *argv], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip() and "error" in line]
    assert len(lines) == 1 and message in lines[0], proc.stderr


def test_a_failed_index_leaves_no_empty_database(tmp_path, examples):
    db = tmp_path / "x.unspun"
    result = runner.invoke(app, ["index", str(tmp_path / "gone.jsonl"), "--db", str(db)])
    assert result.exit_code == 1
    assert not db.exists()
    good = str(examples / "corpus.jsonl")
    result = runner.invoke(app, ["index", good, str(tmp_path / "gone.jsonl"), "--db", str(db)])
    assert result.exit_code == 1
    assert not db.exists()


def test_an_index_of_only_bad_input_creates_no_database(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    db = tmp_path / "new.unspun"
    for argv in ([str(empty)], [str(empty), "--skip-bad"], [str(bad), str(empty), "--skip-bad"]):
        result = runner.invoke(app, ["index", *argv, "--db", str(db)])
        assert result.exit_code == 1, result.output
        assert "Traceback" not in result.output
        assert list(tmp_path.glob("new.unspun*")) == []
    assert "nothing to add, so" in result.stderr and "not created" in result.stderr
    # a database there already, even an empty one, is left as it was
    unspun.Corpus.open(db).close()
    before = db.read_bytes()
    result = runner.invoke(app, ["index", str(bad), "--skip-bad", "--db", str(db)])
    assert result.exit_code == 1 and db.read_bytes() == before
    assert unspun.Corpus.open(db, create=False).is_empty()


def test_an_index_stopped_before_its_first_commit_leaves_no_new_database(tmp_path, monkeypatch):
    story = tmp_path / "story.txt"
    story.write_text("A bridge was shut on Monday. Traffic was slow.", encoding="utf-8")
    db = tmp_path / "new.unspun"

    def refused(self, batch):
        raise unspun.StoreError(str(self.path), "cannot write to the database (disk full)")

    monkeypatch.setattr("unspun.store.Store.write", refused)
    result = runner.invoke(app, ["index", str(story), "--db", str(db)])
    assert result.exit_code == 1 and "disk full" in result.stderr
    assert list(tmp_path.glob("new.unspun*")) == []
    # what a database already held stays, whatever stops the run
    monkeypatch.undo()
    assert runner.invoke(app, ["index", str(story), "--db", str(db)]).exit_code == 0
    monkeypatch.setattr("unspun.store.Store.write", refused)
    story.write_text("A bridge was opened on Tuesday. Traffic was fast.", encoding="utf-8")
    assert runner.invoke(app, ["index", str(story), "--db", str(db)]).exit_code == 1
    assert unspun.Corpus.open(db, create=False).get("story").text.startswith("A bridge was shut")


def test_an_interrupted_index_into_a_new_database_keeps_what_it_committed(tmp_path):
    # Ctrl-C before the first batch is committed: no database; after: the database stays
    records = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": f"a{i}", "text": f"Story {i} about a bridge."}) for i in range(300)]
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    script = (
        "import sys, unspun.store as store\n"
        "write, after = store.Store.write, int(sys.argv[1])\n"
        "def interrupted(self, batch):\n"
        "    if after == 0 or not self.is_empty():\n"
        "        raise KeyboardInterrupt\n"
        "    return write(self, batch)\n"
        "store.Store.write = interrupted\n"
        "sys.argv = ['unspun', 'index', sys.argv[2], '--db', sys.argv[3], '--workers', '1']\n"
        "from unspun.cli import main\n"
        "main()\n"
    )
    for after, left in ((0, []), (1, ["new.unspun"])):
        db = tmp_path / "new.unspun"
        proc = subprocess.run(
            [sys.executable, "-c", script, str(after), str(records), str(db)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 130, proc.stderr
        assert "Traceback" not in proc.stderr
        assert sorted(p.name for p in tmp_path.glob("new.unspun*")) == left
    assert len(unspun.Corpus.open(db, create=False)) == 256  # the first batch


def test_check_writes_a_plain_text_summary_with_format_terminal(tmp_path, examples):
    db = tmp_path / "news.unspun"
    runner.invoke(app, ["index", str(examples / "corpus.jsonl"), "--db", str(db)])
    summary = tmp_path / "summary.txt"
    suspect = str(examples / "000_001142e31bd2ee9d.txt")
    argv = ["check", suspect, "--db", str(db), "-f", "terminal", "-o", str(summary)]
    result = runner.invoke(app, [*argv, "--no-detect"])
    assert result.exit_code == 0, result.output
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("Verdict: derived") and "\x1b[" not in text


def test_output_dash_is_standard_output(tmp_path, examples, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "news.unspun"
    runner.invoke(app, ["index", str(examples / "corpus.jsonl"), "--db", str(db)])
    suspect = str(examples / "000_001142e31bd2ee9d.txt")
    result = runner.invoke(app, ["check", suspect, "--db", str(db), "-o", "-", "--no-detect"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["verdict"]["kind"] == "derived"
    assert not (tmp_path / "-").exists()


def test_check_help_says_what_output_dash_defaults_to():
    result = runner.invoke(app, ["check", "--help"])
    words = " ".join(result.output.replace("│", " ").split())
    assert "json for -o -" in words


def test_bad_line_keeps_earlier_records(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "A story about a bridge."}\n{oops\n', encoding="utf-8")
    db = tmp_path / "x.unspun"
    assert runner.invoke(app, ["index", str(bad), "--db", str(db)]).exit_code == 1
    import unspun

    assert list(unspun.Corpus.open(db, create=False).ids()) == ["a"]


def _skipped_places(stderr: str) -> list[str]:
    """The file (and line) of each "skipped: ..." line a --skip-bad run prints."""
    return [line.split(": ", 2)[1] for line in stderr.splitlines() if line.startswith("skipped: ")]


def test_skip_bad_reports_each_bad_input_and_indexes_the_rest(tmp_path):
    folder = tmp_path / "crawl"
    folder.mkdir()
    (folder / "a.txt").write_text("Bridge\n\nThe harbour bridge reopened.", encoding="utf-8")
    (folder / "b.txt").write_text("  \n", encoding="utf-8")
    (folder / "c.jsonl").write_text(
        '{"id": "c1", "text": "The ferry ran late."}\n{oops\n'
        '{"id": "c3", "text": "The tram was on time.", "date": "last week"}\n'
        '{"id": "c4", "text": "The bus was cancelled."}\n',
        encoding="utf-8",
    )
    db = tmp_path / "x.unspun"
    result = runner.invoke(app, ["index", str(folder), "--db", str(db), "--skip-bad"])
    assert result.exit_code == 1
    assert _skipped_places(result.stderr) == [
        f"{folder / 'b.txt'}",
        f"{folder / 'c.jsonl'}:2",
        f"{folder / 'c.jsonl'}:3",
    ]
    assert "3 added, 0 replaced, 0 unchanged; 3 bad inputs skipped; " in result.stderr
    assert sorted(unspun.Corpus.open(db, create=False).ids()) == ["a", "c1", "c4"]
    # without --skip-bad the first bad input stops the run, keeping what came before it
    db2 = tmp_path / "y.unspun"
    result = runner.invoke(app, ["index", str(folder), "--db", str(db2)])
    assert result.exit_code == 1 and "b.txt: empty file" in result.stderr
    assert list(unspun.Corpus.open(db2, create=False).ids()) == ["a"]


def test_evaluate_json_keys(tmp_path, examples):
    result = runner.invoke(
        app,
        [
            "evaluate",
            str(examples / "cases.jsonl"),
            "--corpus",
            str(examples / "corpus.jsonl"),
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)
    for key in (
        "label_accuracy",
        "macro_f1",
        "per_label",
        "change_accuracy",
        "omission_recall",
        "source_recall_at_1",
        "false_derived",
        "n_cases",
    ):
        assert key in metrics
    assert metrics["n_cases"] == 1


def test_evaluate_claims_gives_balanced_accuracy(tmp_path):
    source = (
        "The council approved a $42 million plan to repair the harbour bridge on Tuesday. "
        "Work will start in March and last two years."
    )
    claims = [
        {
            "source_text": source,
            "claim_text": "The council approved a $42 million bridge repair plan.",
            "label": "consistent",
        },
        {
            "source_text": source,
            "claim_text": "The council rejected a $42 million bridge repair plan.",
            "label": "inconsistent",
        },
        {
            "source_text": source,
            "claim_text": "The council approved a $90 million bridge repair plan.",
            "label": "inconsistent",
        },
    ]
    path = tmp_path / "claims.jsonl"
    path.write_text("".join(json.dumps(c) + "\n" for c in claims), encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)
    assert metrics["n_claims"] == 3
    assert metrics["consistent_recall"] == 1.0
    assert metrics["inconsistent_recall"] >= 0.5


def test_square_brackets_in_ids_are_printed_as_text(tmp_path):
    bad = tmp_path / "ids.jsonl"
    bad.write_text('{"id": "wire[/]2023", "text": "ok", "authors": 5}\n', encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "unspun.cli", "index", str(bad), "--db", str(tmp_path / "x.unspun")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "wire[/]2023" in proc.stderr


def test_detect_writes_one_json_line_per_input(tmp_path, examples):
    short = tmp_path / "short.txt"
    short.write_text("A two-line note.\n\nNothing more to say here.", encoding="utf-8")
    result = runner.invoke(
        app, ["detect", str(examples / "000_001142e31bd2ee9d.txt"), str(short), "-f", "jsonl"]
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["000_001142e31bd2ee9d", "short"]
    assert 0.0 <= rows[0]["machine_probability"] <= 1.0 and rows[0]["evidence"]
    assert rows[1]["machine_probability"] is None and rows[1]["too_short"]


def test_detect_skip_bad_reports_each_bad_record_and_scores_the_rest(tmp_path, examples):
    records = tmp_path / "texts.jsonl"
    text = (examples / "000_001142e31bd2ee9d.txt").read_text(encoding="utf-8")
    rows = [{"id": "a", "text": text}, {"id": "blank", "text": " "}, {"id": "b", "text": text}]
    records.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    result = runner.invoke(app, ["detect", str(records), "-f", "jsonl", "--skip-bad"])
    assert result.exit_code == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a", "b"]
    assert f"skipped: {records}:2: record 'blank' has no 'text'" in result.stderr
    assert "1 bad input skipped" in result.stderr


@pytest.mark.parametrize("workers", ["0", "-3"])
def test_index_refuses_fewer_than_one_worker(tmp_path, examples, workers):
    db = tmp_path / "x.unspun"
    argv = ["index", str(examples / "corpus.jsonl"), "--db", str(db), "--workers", workers]
    result = runner.invoke(app, argv)
    assert result.exit_code == 2
    assert "--workers" in result.output
    assert not db.exists()


def test_index_counts_one_article_in_the_singular(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("A bridge was shut on Monday. Traffic was slow.", encoding="utf-8")
    db = tmp_path / "x.unspun"
    result = runner.invoke(app, ["index", str(story), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert f"1 article in {db}" in result.output


def test_detect_says_one_word_in_the_singular(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("Hello.", encoding="utf-8")
    result = runner.invoke(app, ["detect", str(note)])
    assert result.exit_code == 0, result.output
    assert "note: too short to judge (1 word)" in result.stdout


def test_detect_prints_a_records_id_on_one_line(tmp_path):
    records = tmp_path / "texts.jsonl"
    records.write_text(json.dumps({"id": "a\x1b[2J\nb", "text": "Hello."}) + "\n")
    result = runner.invoke(app, ["detect", str(records)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "a [2J b: too short to judge (1 word)"


@pytest.mark.parametrize("command", ["check", "detect", "index"])
def test_help_names_every_kind_of_input_the_command_takes(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    words = " ".join(result.output.replace("│", " ").split())
    for kind in (
        ".txt",
        ".html",
        ".jsonl(.gz)",
        "folders of these" if command != "check" else "a folder",
    ):
        assert kind in words, (kind, words)
    if command == "check":
        assert "- for stdin" in words


def test_detect_reads_html_files_and_folders(tmp_path, examples):
    folder = tmp_path / "pages"
    folder.mkdir()
    body = (examples / "000_001142e31bd2ee9d.txt").read_text(encoding="utf-8")
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip())
    (folder / "page.html").write_text(
        f"<html><head><title>A page</title></head><body><article>{paragraphs}</article>"
        "</body></html>",
        encoding="utf-8",
    )
    (folder / "note.txt").write_text("A short note.", encoding="utf-8")
    result = runner.invoke(app, ["detect", str(folder), "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["note", "page"]


def _two_suspects(tmp_path, examples):
    """A corpus of the examples, and a rewrite of one of them plus an unrelated note."""
    db = tmp_path / "news.unspun"
    assert (
        runner.invoke(app, ["index", str(examples / "corpus.jsonl"), "--db", str(db)]).exit_code
        == 0
    )
    rewrite = (examples / "000_001142e31bd2ee9d.txt").read_text(encoding="utf-8")
    note = "A cat sat on a mat in the sun all afternoon. Then it went to sleep."
    return db, [("rewrite", rewrite), ("note", note)]


def _as_jsonl(path, suspects):
    """The (id, text) pairs as a .jsonl of records."""
    lines = (json.dumps({"id": name, "text": text}) + "\n" for name, text in suspects)
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_check_heads_each_report_from_a_folder_with_its_suspect_and_file(tmp_path, examples):
    db, suspects = _two_suspects(tmp_path, examples)
    folder = tmp_path / "suspects"
    folder.mkdir()
    for name, text in suspects:
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["check", str(folder), "--db", str(db), "--no-detect"])
    assert result.exit_code == 0, result.output
    headers = [line for line in result.stdout.splitlines() if line.startswith("── suspect ")]
    assert headers == [
        f"── suspect 1 of 2: note ({folder / 'note.txt'})",
        f"── suspect 2 of 2: rewrite ({folder / 'rewrite.txt'})",
    ]
    assert result.stdout.count("Verdict: ") == 2
    assert "unknown type" not in result.stderr


def test_check_and_detect_say_how_many_files_of_a_folder_they_passed_over(tmp_path, examples):
    # a .md and a .docx among the suspects were passed over without a word
    db, suspects = _two_suspects(tmp_path, examples)
    folder = tmp_path / "suspects"
    folder.mkdir()
    name, text = suspects[0]
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / "notes.md").write_text("# notes", "utf-8")
    (folder / "draft.docx").write_bytes(b"PK\x03\x04")
    note = f"skipped 2 files of unknown type in {folder}{os.sep} (.docx, .md)"
    result = runner.invoke(app, ["check", str(folder), "--db", str(db), "--no-detect"])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1] == note
    assert result.stdout.count("Verdict: ") == 1
    result = runner.invoke(app, ["detect", str(folder)])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1] == note


def test_check_heads_each_report_from_a_jsonl_file_and_in_the_text_file(tmp_path, examples):
    db, suspects = _two_suspects(tmp_path, examples)
    records = _as_jsonl(tmp_path / "suspects.jsonl", suspects)
    summary = tmp_path / "summary.txt"
    argv = ["check", str(records), "--db", str(db), "--no-detect", "-f", "terminal"]
    result = runner.invoke(app, [*argv, "-o", str(summary)])
    assert result.exit_code == 0, result.output
    for shown in (result.stdout, summary.read_text(encoding="utf-8")):
        assert f"── suspect 1 of 2: rewrite ({records})\n" in shown
        assert f"── suspect 2 of 2: note ({records})\n" in shown


def test_check_heads_a_report_on_one_line_whatever_its_suspects_id_holds(tmp_path, examples):
    db, suspects = _two_suspects(tmp_path, examples)
    spoof = "rewrite\x1b[2J\nVerdict: unrelated"
    records = _as_jsonl(tmp_path / "suspects.jsonl", [(spoof, suspects[0][1]), suspects[1]])
    result = runner.invoke(app, ["check", str(records), "--db", str(db), "--no-detect"])
    assert result.exit_code == 0, result.output
    assert f"── suspect 1 of 2: rewrite [2J Verdict: unrelated ({records})\n" in result.stdout
    assert "\x1b[2J" not in result.stdout


def test_check_json_lines_for_several_suspects_carry_their_ids(tmp_path, examples):
    db, suspects = _two_suspects(tmp_path, examples)
    records = _as_jsonl(tmp_path / "suspects.jsonl", suspects)
    result = runner.invoke(
        app, ["check", str(records), "--db", str(db), "--no-detect", "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["suspect"]["id"] for r in rows] == ["rewrite", "note"]
    # to a file: a .jsonl takes them all, a .json only one
    lines = tmp_path / "reports.jsonl"
    argv = ["check", str(records), "--db", str(db), "--no-detect"]
    assert runner.invoke(app, [*argv, "-o", str(lines)]).exit_code == 0
    rows = [json.loads(line) for line in lines.read_text(encoding="utf-8").splitlines()]
    assert [r["suspect"]["id"] for r in rows] == ["rewrite", "note"]
    single = tmp_path / "reports.json"
    result = runner.invoke(app, [*argv, "-o", str(single)])
    assert result.exit_code == 1 and not single.exists()
    assert "write them to a .jsonl file" in result.stderr
    # a .jsonl of one report is still one line
    one = tmp_path / "one.txt"
    one.write_text(suspects[0][1], encoding="utf-8")
    lines = tmp_path / "one.JSONL"
    assert (
        runner.invoke(
            app, ["check", str(one), "--db", str(db), "--no-detect", "-o", str(lines)]
        ).exit_code
        == 0
    )
    assert lines.read_text(encoding="utf-8").count("\n") == 1  # one line, ended


def test_check_skip_bad_reports_each_bad_record_and_checks_the_rest(tmp_path, examples):
    db, suspects = _two_suspects(tmp_path, examples)
    folder = tmp_path / "crawl"
    folder.mkdir()
    good = [json.dumps({"id": name, "text": text}) for name, text in suspects]
    (folder / "a.jsonl").write_text(
        "\n".join([good[0], '{"id": "blank", "text": ""}', '{"id": "cut', good[1]]) + "\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_bytes(b"\x00\x01binary")
    reports = tmp_path / "reports.jsonl"
    argv = ["check", str(folder), "--db", str(db), "--no-detect", "-o", str(reports)]
    result = runner.invoke(app, [*argv, "--skip-bad"])
    assert result.exit_code == 1
    assert _skipped_places(result.stderr) == [
        f"{folder / 'a.jsonl'}:2",
        f"{folder / 'a.jsonl'}:3",
        f"{folder / 'b.txt'}",
    ]
    assert "2 reports; 3 bad inputs skipped" in result.stderr
    rows = [json.loads(line) for line in reports.read_text(encoding="utf-8").splitlines()]
    assert [row["suspect"]["id"] for row in rows] == ["rewrite", "note"]
    # without it, the first bad record stops the batch before any work, naming its line
    result = runner.invoke(app, argv)
    assert result.exit_code == 1 and f"{folder / 'a.jsonl'}:2: record 'blank'" in result.stderr


def test_check_refuses_a_suspect_id_given_again_with_other_text(tmp_path, examples):
    db, suspects = _two_suspects(tmp_path, examples)
    (rewrite, text), (_, note) = suspects
    records = _as_jsonl(tmp_path / "s.jsonl", [(rewrite, text), (rewrite, text), (rewrite, note)])
    argv = ["check", str(records), "--db", str(db), "--no-detect", "-f", "json"]
    result = runner.invoke(app, argv)
    assert result.exit_code == 1 and not result.stdout
    assert (
        f"{records}:3: id 'rewrite' was already given, with other text, by {records}:1"
        in result.stderr
    )
    # with --skip-bad the exact copy is checked, the clash skipped
    result = runner.invoke(app, [*argv, "--skip-bad"])
    assert result.exit_code == 1
    assert [json.loads(line)["suspect"]["id"] for line in result.stdout.splitlines()] == [
        "rewrite",
        "rewrite",
    ]


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_check_json_lines_go_to_stdout_while_a_progress_bar_is_on_the_terminal(tmp_path, examples):
    import pty

    db, suspects = _two_suspects(tmp_path, examples)
    records = _as_jsonl(tmp_path / "suspects.jsonl", suspects)
    argv = [sys.executable, "-m", "unspun", "check", str(records), "--db", str(db)]
    terminal, stderr = pty.openpty()  # a person watching stderr: the bar is shown there
    shown: list[bytes] = []

    def watch() -> None:  # read the screen, so a full pseudo-terminal never blocks the bar
        with contextlib.suppress(OSError):
            while data := os.read(terminal, 4096):
                shown.append(data)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        proc = subprocess.run(
            [*argv, "--no-detect", "-f", "json"],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            timeout=120,
        )
    finally:
        os.close(stderr)
        watcher.join(timeout=10)
        os.close(terminal)
    assert proc.returncode == 0
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [row["suspect"]["id"] for row in rows] == ["rewrite", "note"]
    assert b"checking" in b"".join(shown)


def test_check_refuses_an_unwritable_report_file_before_any_check(tmp_path, examples, monkeypatch):
    db, suspects = _two_suspects(tmp_path, examples)
    records = _as_jsonl(tmp_path / "suspects.jsonl", suspects)

    def never(*args, **kwargs):
        raise AssertionError("checked before the report file was known to be writable")

    monkeypatch.setattr("unspun.cli.check", never)
    reports = tmp_path / "no-such-folder" / "reports.jsonl"
    result = runner.invoke(app, ["check", str(records), "--db", str(db), "-o", str(reports)])
    assert result.exit_code == 1
    assert f"{reports}: cannot write the report" in result.stderr


@pytest.mark.slow
def test_sigterm_during_a_check_batch_keeps_the_finished_reports_as_json_lines(tmp_path, examples):
    db, suspects = _two_suspects(tmp_path, examples)
    rewrite = suspects[0][1]
    records = _as_jsonl(tmp_path / "many.jsonl", [(f"s{n}", rewrite) for n in range(400)])
    reports = tmp_path / "reports.jsonl"
    argv = [sys.executable, "-m", "unspun", "check", str(records), "--db", str(db)]
    proc = subprocess.Popen(
        [*argv, "--no-detect", "-o", str(reports)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # deadlines bound a hang, not speed (20 s ones failed once on a loaded machine); the
        # batch is some 40 s of work after its first report, so SIGTERM still lands mid-run
        deadline = time.monotonic() + 60
        while not (reports.is_file() and b"\n" in reports.read_bytes()):
            assert proc.poll() is None and time.monotonic() < deadline, "no report written"
            time.sleep(0.05)
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=60)
        assert proc.returncode == 143, stderr
        text = reports.read_text(encoding="utf-8")
        assert text.endswith("\n")
        rows = [json.loads(line) for line in text.splitlines()]
        assert 1 <= len(rows) < 400
        assert [row["suspect"]["id"] for row in rows] == [f"s{n}" for n in range(len(rows))]
        kept, rest = stderr.split(" ", 1)
        assert (int(kept), rest.split(" of ", 1)[1]) == (
            len(rows),
            f"400 kept in {reports}\ninterrupted\n",
        )
    finally:
        with contextlib.suppress(ProcessLookupError):
            proc.kill()


def _bridge_case_files(tmp_path, source_ids):
    """A one-article corpus and a case whose padding sentence is filler but labelled a
    fabricated fact, so 'altered' has no cases and the change type 'filler' no gold."""
    source = (
        "The council approved a $42 million plan to repair the harbour bridge on Tuesday. "
        "Work will start in March and last two years. "
        "The mayor said the bridge carries 40,000 cars a day."
    )
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "bridge", "text": source}) + "\n", encoding="utf-8")
    case = {
        "id": "c1",
        "source_ids": source_ids,
        "suspect_text": source + " By taking these steps, we can all help keep our roads safe.",
        "suspect_expectations": [
            {"quote": "Work will start in March", "label": "supported"},
            {"quote": "By taking these steps", "label": "added", "change": "fabricated_fact"},
        ],
    }
    cases = tmp_path / "cases.jsonl"
    cases.write_text("\n" + json.dumps(case) + "\n", encoding="utf-8")
    return cases, corpus


def test_evaluate_shows_n_a_where_no_case_measures_a_score(tmp_path):
    cases, corpus = _bridge_case_files(tmp_path, ["bridge"])
    result = runner.invoke(app, ["evaluate", str(cases), "--corpus", str(corpus)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "  altered: precision n/a recall n/a (n=0)" in lines
    # the padding sentence is flagged (added), but typed filler, not the labelled fact
    assert (
        "  change filler: flagged n/a (n=0); typed right: recall n/a precision 0.0 (n=0)" in lines
    )
    assert (
        "  change fabricated_fact: flagged 1.0 (n=1); typed right: recall 0.0 precision n/a "
        "(n=1)" in lines
    )
    assert "None" not in result.stdout
    result = runner.invoke(app, ["evaluate", str(cases), "--corpus", str(corpus), "-f", "json"])
    metrics = json.loads(result.stdout)
    assert metrics["per_label"]["altered"] == {
        "precision": None,
        "recall": None,
        "f1": None,
        "support": 0,
    }
    assert metrics["per_change_type"]["filler"]["recall"] is None
    assert metrics["per_change_type"]["filler"]["flagged"] is None
    assert metrics["per_change_type"]["fabricated_fact"]["flagged"] == 1.0
    assert metrics["omission_recall"] is None and metrics["macro_f1"] == 1.0


def test_evaluate_indexes_corpus_into_a_new_db_given_both(tmp_path):
    """--corpus with --db indexes the records into that database (made if missing), as the
    option's help says, and a second run reuses it with --db alone."""
    cases, corpus = _bridge_case_files(tmp_path, ["bridge"])
    db = tmp_path / "eval.unspun"
    args = ["evaluate", str(cases), "--corpus", str(corpus), "--db", str(db)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert list(unspun.Corpus.open(db, create=False).ids()) == ["bridge"]
    result = runner.invoke(app, ["evaluate", str(cases), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "cases: 1" in result.stdout


def _evaluate_in_a_process(cases, corpus) -> subprocess.CompletedProcess[str]:
    """`unspun evaluate` as a user runs it: its warnings on a real stderr, apart from stdout."""
    return subprocess.run(
        [sys.executable, "-m", "unspun.cli", "evaluate", str(cases), "--corpus", str(corpus)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_evaluate_warns_of_source_ids_the_corpus_lacks(tmp_path):
    cases, corpus = _bridge_case_files(tmp_path, ["bridge", "brdige"])
    proc = _evaluate_in_a_process(cases, corpus)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.splitlines() == [
        f"warning: {cases}:2: ids not in the corpus, so never found: brdige"
    ]
    assert "cases: 1" in proc.stdout


def test_evaluate_warns_of_an_omitted_quote_none_of_its_sources_holds(tmp_path):
    cases, corpus = _bridge_case_files(tmp_path, ["bridge"])
    case = json.loads(cases.read_text(encoding="utf-8"))
    case["omitted_expectations"] = [
        {"quote": "The mayor said the bridge carries 40,000 cars a day."},
        {"quote": "The mayor said the bridge carries 40,000 cars  a day."},  # two spaces
    ]
    cases.write_text(json.dumps(case) + "\n", encoding="utf-8")
    proc = _evaluate_in_a_process(cases, corpus)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.splitlines() == [
        f"warning: {cases}:1: omitted quotes in none of their sources, so never met: "
        "'The mayor said the bridge carries 40,000 cars  a day.'"
    ]


def test_evaluate_refuses_a_source_quote_its_source_does_not_hold(tmp_path):
    cases, corpus = _bridge_case_files(tmp_path, ["bridge"])
    case = json.loads(cases.read_text(encoding="utf-8"))
    expectation = case["suspect_expectations"][0]
    expectation.update(source_id="bridge", source_quote="Work will start in March")
    cases.write_text("\n" + json.dumps(case) + "\n", encoding="utf-8")
    assert _evaluate_in_a_process(cases, corpus).returncode == 0  # as written: scored
    expectation["source_quote"] = "Work will start in May"
    cases.write_text("\n" + json.dumps(case) + "\n", encoding="utf-8")
    proc = _evaluate_in_a_process(cases, corpus)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.splitlines() == [
        f"error: {cases}:2: 'source_quote' 'Work will start in May' (for 'Work will start "
        "in March') is not in the text of source 'bridge'"
    ]
    assert proc.stdout == ""  # nothing scored
    expectation["source_quote"] = 42
    cases.write_text(json.dumps(case) + "\n", encoding="utf-8")
    proc = _evaluate_in_a_process(cases, corpus)
    assert proc.returncode == 1
    assert "cases.jsonl:1: an item of 'suspect_expectations' has a 'source_quote' that is " in (
        proc.stderr
    )


def test_evaluate_warns_of_the_first_ten_cases_with_unknown_ids_then_counts(tmp_path):
    cases, corpus = _bridge_case_files(tmp_path, ["gone"])
    one_case = cases.read_text(encoding="utf-8").strip()
    # on lines 1 to 12, each under its own id
    lines = [one_case.replace('"id": "c1"', f'"id": "c{n}"') for n in range(1, 13)]
    cases.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = _evaluate_in_a_process(cases, corpus)
    assert proc.returncode == 0, proc.stderr
    warnings = proc.stderr.splitlines()
    assert len(warnings) == 11 and warnings[0].startswith(f"warning: {cases}:1: ids not in")
    assert warnings[-1] == f"warning: {cases}: 2 more cases name such ids"


def _articles_committed(db) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as connection:
            return int(connection.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0


@pytest.mark.slow
@pytest.mark.parametrize("whole_group", [False, True], ids=["kill", "kill-group"])
def test_sigterm_during_index_stops_like_ctrl_c(tmp_path, whole_group):
    """``kill`` (the process) or ``timeout`` and service managers (its whole group, workers
    too): one line, committed batches kept, exit 143, no worker left, nothing leaked."""
    rng = random.Random(0)
    words = "council bridge harbour mayor budget repair traffic police school storm".split()
    records = tmp_path / "big.jsonl"
    with records.open("w", encoding="utf-8") as handle:
        for number in range(6000):  # some 8 s of work with two workers
            text = " ".join(
                " ".join(rng.choices(words, k=12)).capitalize() + "." for _ in range(10)
            )
            handle.write(json.dumps({"id": f"a{number}", "text": text}) + "\n")
    db = tmp_path / "big.unspun"
    argv = [sys.executable, "-m", "unspun.cli", "index", str(records), "--db", str(db)]
    proc = subprocess.Popen(
        [*argv, "--workers", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, to signal as timeout does
    )
    try:
        # the limits leave room for a machine busy with other jobs: they catch a hang
        deadline = time.monotonic() + 30
        while (committed := _articles_committed(db)) == 0:
            assert proc.poll() is None and time.monotonic() < deadline, "no batch committed"
            time.sleep(0.05)
        (os.killpg if whole_group else os.kill)(proc.pid, signal.SIGTERM)
        _, stderr = proc.communicate(timeout=20)
        assert proc.returncode == 143
        assert [line for line in stderr.splitlines() if line.strip()] == [
            "interrupted: every batch committed before the interrupt is kept; run the same "
            "command again to continue"
        ]
        assert committed <= _articles_committed(db) < 6000
        deadline = time.monotonic() + 10
        while True:  # the workers and the resource tracker are gone with the parent
            try:
                os.killpg(proc.pid, 0)
            except ProcessLookupError:
                break
            assert time.monotonic() < deadline, "a worker outlived the interrupted index"
            time.sleep(0.05)
    finally:
        with contextlib.suppress(ProcessLookupError):  # whatever a failure left running
            os.killpg(proc.pid, signal.SIGKILL)


def _catches_sigterm(pid: int) -> bool:
    """Has the process installed a handler for SIGTERM (as unspun's launcher does first)?"""
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("SigCgt:"):
                return bool(int(line.split()[1], 16) >> (signal.SIGTERM - 1) & 1)
    return False


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="needs /proc")
def test_ctrl_c_while_the_command_loads_ends_it_quietly(tmp_path):
    launch = "import sys; from unspun._launch import main; sys.argv[0] = 'unspun'; main()"
    proc = subprocess.Popen(
        [sys.executable, "-c", launch, "check", "-", "--db", str(tmp_path / "none.unspun")],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while not _catches_sigterm(proc.pid):  # the launcher is up; the command is loading
            assert proc.poll() is None and time.monotonic() < deadline, "the launcher never ran"
            time.sleep(0.001)
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=20)
        assert (proc.returncode, stderr) == (130, "interrupted\n")
    finally:
        with contextlib.suppress(ProcessLookupError):
            proc.kill()


def test_python_dash_m_unspun_runs_the_command():
    # where the venv's scripts are not on PATH (a checkout run with PYTHONPATH=src)
    proc = subprocess.run(
        [sys.executable, "-m", "unspun", "check", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "--db" in proc.stdout


def test_an_interrupted_command_whose_shutdown_hangs_still_ends_with_its_code():
    # a shutdown that never finishes (as a worker pool's join has after a SIGTERM to the
    # whole group): the interrupted command ends anyway, with the interrupt's exit code
    script = (
        "import atexit, threading\n"
        "from unspun import cli\n"
        "cli._EXIT_GRACE = 0.5\n"
        "atexit.register(threading.Event().wait)\n"
        "@cli._friendly\n"
        "def index():\n"
        "    raise KeyboardInterrupt\n"
        "try:\n"
        "    index()\n"
        "except cli.typer.Exit as done:\n"
        "    raise SystemExit(done.exit_code)\n"
    )
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=30
    )
    assert proc.returncode == 130, proc.stderr
    assert "interrupted: every batch committed" in proc.stderr
    assert time.monotonic() - started < 20


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b"Caf\xe9 society is back. The mayor said so.",
            "<stdin>:1: not UTF-8 (byte 0xe9 at offset 3)",
        ),
        (
            b"Hello\x00world. More text here.",
            "<stdin>: binary data, not text (a NUL byte at offset 5)",
        ),
    ],
)
def test_a_suspect_on_stdin_is_decoded_as_a_file_is(tmp_path, examples, data, message):
    # stdin was read as text: a NUL was checked as text, and a byte that is not UTF-8 came
    # out as "<text>: text is not valid Unicode (a lone surrogate '\udce9' ...)"
    db = tmp_path / "news.unspun"
    with unspun.Corpus.open(db) as corpus:
        corpus.add([{"id": "a", "text": "The mayor said so. Taxes will rise."}], workers=1)
    result = runner.invoke(app, ["check", "-", "--db", str(db)], input=data)
    assert result.exit_code == 1
    assert result.output.strip() == f"error: {message}"


def test_a_report_path_in_a_missing_folder_is_refused_before_any_check(tmp_path, monkeypatch):
    # a .json or .html report is written when the check is done: it was refused only then
    import unspun.cli

    def no_check(*args, **kwargs):
        raise AssertionError("checked before the report path was looked at")

    monkeypatch.setattr(unspun.cli, "check", no_check)
    suspect = tmp_path / "a.txt"
    suspect.write_text("The mayor said so. Taxes will rise.", encoding="utf-8")
    db = tmp_path / "news.unspun"
    with unspun.Corpus.open(db) as corpus:
        corpus.add([{"id": "a", "text": "The mayor said so. Taxes will rise."}], workers=1)
    for name in ("r.json", "r.html", "r.jsonl"):
        report = tmp_path / "no" / "such" / name
        result = runner.invoke(app, ["check", str(suspect), "--db", str(db), "-o", str(report)])
        assert result.exit_code == 1
        assert result.output.strip() == (
            f"error: {report}: cannot write the report: no folder {report.parent}"
        )


def test_check_says_when_it_stopped_at_the_source_limit_and_max_sources_raises_it(
    tmp_path, six_stories_db, five_story_copy
):
    suspect = tmp_path / "five.txt"
    suspect.write_text(five_story_copy, encoding="utf-8")
    argv = ["check", str(suspect), "--db", str(six_stories_db), "--no-detect"]
    result = runner.invoke(app, argv)
    assert result.exit_code == 0, result.output
    assert "Stopped at 3 sources: 6 sentences may come from further sources" in result.stdout
    result = runner.invoke(app, [*argv, "--max-sources", "5", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data["sources"]) == 5 and data["source_limit"] is None


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("0", "--max-sources must be an integer in [1, inf), not 0"),
        ("-2", "not -2"),
        ("two", "valid integer"),
    ],
)
def test_check_refuses_a_max_sources_below_one_or_not_an_integer(tmp_path, value, message):
    db = tmp_path / "x.unspun"
    with unspun.Corpus.open(db) as corpus:
        corpus.add([{"id": "a", "text": "The mayor said so. Taxes will rise."}], workers=1)
    (tmp_path / "a.txt").write_text("The mayor said so. Taxes will rise.", encoding="utf-8")
    result = runner.invoke(
        app, ["check", str(tmp_path / "a.txt"), "--db", str(db), "--max-sources", value]
    )
    assert result.exit_code == 2
    assert "--max-sources" in result.output and message in result.output
    assert "Traceback" not in result.output and "Verdict" not in result.output


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version_prints_the_package_version_and_exits_0(flag):
    result = runner.invoke(app, [flag])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"unspun {unspun.__version__}\n"


def test_detect_reads_a_text_from_stdin_as_check_does():
    # it was "error: -: no such file or folder"
    text = "The minister said on Tuesday that the port would open next year. Talks went on."
    result = runner.invoke(app, ["detect", "-", "-f", "jsonl"], input=text.encode("utf-8"))
    assert result.exit_code == 0, result.output
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["id"] == "stdin" and row["too_short"]
    # refused as check refuses it: decoded as a file is
    result = runner.invoke(app, ["detect", "-"], input=b"Hello\x00world. More text here.")
    assert result.exit_code == 1
    assert result.output.strip() == "error: <stdin>: binary data, not text (a NUL byte at offset 5)"


def test_detect_takes_stdin_only_alone(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("A bridge was shut on Monday. Traffic was slow.", encoding="utf-8")
    result = runner.invoke(app, ["detect", "-", str(story)], input=b"A note.")
    assert result.exit_code == 2 and "give it alone" in result.output


def test_an_index_stopped_by_a_bad_record_says_what_it_kept(tmp_path):
    # the error named the bad line only, after 3 records had been indexed
    path = tmp_path / "mid.jsonl"
    good = [json.dumps({"id": f"a{i}", "text": f"Story {i} about a bridge."}) for i in range(3)]
    path.write_text("\n".join([*good, '{"id": "x", "text": }', good[0]]) + "\n", encoding="utf-8")
    db = tmp_path / "x.unspun"
    result = runner.invoke(app, ["index", str(path), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {path}:4: not valid JSON at column 21 (Expecting value); 3 records before it "
        "were indexed (run again with --skip-bad to index the rest)\n"
    )
    assert len(unspun.Corpus.open(db, create=False)) == 3


def test_an_index_stopped_by_its_first_record_says_nothing_was_indexed(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text("{oops\n", encoding="utf-8")
    db = tmp_path / "x.unspun"
    result = runner.invoke(app, ["index", str(path), "--db", str(db)])
    assert result.exit_code == 1
    assert result.stderr.endswith(
        "; nothing was indexed (run again with --skip-bad to index the rest)\n"
    )
    assert not db.exists()


def test_index_says_how_many_files_of_a_folder_it_passed_over(tmp_path):
    # .md and .json files in a folder were skipped without a word
    folder = tmp_path / "arch"
    folder.mkdir()
    (folder / "a.txt").write_text("A bridge was shut on Monday. Traffic was slow.", "utf-8")
    (folder / "notes.md").write_text("# notes", "utf-8")
    (folder / "b.md").write_text("# more", "utf-8")
    (folder / "meta.json").write_text("{}", "utf-8")
    db = tmp_path / "x.unspun"
    result = runner.invoke(app, ["index", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert lines[-1] == f"skipped 3 files of unknown type in {folder}{os.sep} (.md, .json)"
    assert "1 added" in lines[-2]
    # a folder of input files only: no such line
    (folder / "notes.md").unlink()
    (folder / "b.md").unlink()
    (folder / "meta.json").unlink()
    result = runner.invoke(app, ["index", str(folder), "--db", str(db)])
    assert "unknown type" not in result.stderr
