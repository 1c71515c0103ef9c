import contextlib
import json
import multiprocessing
import os
import sqlite3
import subprocess
import sys
import threading
import time
import types
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from helpers import make_read_only

import unspun
from unspun.corpus import _main_not_rerun, _stop_now
from unspun.errors import InputError, StoreError
from unspun.ingest import read_articles


def _records(n, prefix="a", text="Story number {i} about the harbour bridge and its repair costs."):
    return [{"id": f"{prefix}{i}", "text": text.format(i=i)} for i in range(n)]


def test_add_replace_and_skip_unchanged(tmp_path):
    corpus = unspun.Corpus.open(tmp_path / "c.unspun")
    assert corpus.add(_records(3), workers=1) == unspun.AddResult(3, 0, 0)
    assert corpus.add(_records(3), workers=1) == unspun.AddResult(0, 0, 3)
    changed = [{"id": "a1", "text": "A different story about a museum."}]
    assert corpus.add(changed, workers=1) == unspun.AddResult(0, 1, 0)
    assert len(corpus) == 3
    assert corpus.get("a1").text == "A different story about a museum."
    # the full-text index follows the replacement
    assert not [
        r
        for r, _ in corpus.store.full_text_search('"harbour"', 10)
        if r == corpus.store.rowid_of("a1")
    ]
    corpus.close()


def test_bad_line_keeps_everything_before_it(tmp_path):
    path = tmp_path / "in.jsonl"
    good = [json.dumps(r) for r in _records(300)]
    path.write_text("\n".join(good[:290] + ["{broken"] + good[290:]) + "\n", encoding="utf-8")
    corpus = unspun.Corpus.open(tmp_path / "c.unspun")
    with pytest.raises(InputError, match=r"in.jsonl:291: not valid JSON"):
        corpus.add(read_articles([path]), workers=1)
    assert len(corpus) == 290
    corpus.close()
    reopened = unspun.Corpus.open(tmp_path / "c.unspun", create=False)
    assert len(reopened) == 290


def test_interrupt_keeps_committed_batches_and_rerun_continues(tmp_path):
    def interrupted():
        yield from _records(600)
        raise KeyboardInterrupt

    corpus = unspun.Corpus.open(tmp_path / "c.unspun")
    with pytest.raises(KeyboardInterrupt):
        corpus.add(interrupted(), workers=1)
    kept = len(corpus)
    assert kept == 512  # two full batches of 256 were committed; the batch in flight was not
    result = corpus.add(_records(600), workers=1)
    assert (result.unchanged, result.added) == (512, 88)


def test_parallel_workers_give_the_same_index(tmp_path):
    records = _records(600, text="Report {i}: the council met on Tuesday to vote on the budget.")
    one = unspun.Corpus.open(tmp_path / "one.unspun")
    one.add(records, workers=1)
    two = unspun.Corpus.open(tmp_path / "two.unspun")
    two.add(records, workers=2)
    rows_one, vectors_one = one.store.vectors()
    rows_two, vectors_two = two.store.vectors()
    assert len(rows_one) == len(rows_two) == 600
    assert abs(vectors_one - vectors_two).max() < 1e-3


def test_missing_and_corrupt_databases(tmp_path):
    with pytest.raises(StoreError, match="no such corpus database"):
        unspun.Corpus.open(tmp_path / "none.unspun", create=False)
    junk = tmp_path / "junk.unspun"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="not an unspun corpus database"):
        unspun.Corpus.open(junk)
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t(x)").connection.commit()
    with pytest.raises(StoreError, match="schema version"):
        unspun.Corpus.open(other)


def test_truncated_database_is_reported(tmp_path, example_records):
    path = tmp_path / "c.unspun"
    corpus = unspun.Corpus.open(path)
    corpus.add(example_records, workers=1)
    corpus.store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    corpus.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(StoreError):
        reopened = unspun.Corpus.open(path, create=False)
        list(reopened.ids())
        reopened.store.execute("SELECT text FROM articles").fetchall()


def test_a_corpus_from_another_embedding_model_is_refused(tmp_path):
    path = tmp_path / "c.unspun"
    corpus = unspun.Corpus.open(path)
    corpus.store.set_meta("embedder", "some-other-model")
    corpus.close()
    with pytest.raises(StoreError, match="some-other-model"):
        unspun.Corpus.open(path)


def test_accented_words_reach_the_full_text_index(tmp_path):
    from unspun.index import query_terms

    assert query_terms("Le ministère de l'Économie") == ["ministere", "economie"]
    corpus = unspun.Corpus.open(tmp_path / "c.unspun")
    corpus.add(
        [{"id": "fr", "text": "Le ministère de l'économie a présenté la réforme."}], workers=1
    )
    assert corpus.lexical.search("ministère réforme", 5)


def test_lexical_search_sees_articles_added_after_the_same_query(tmp_path):
    from unspun.documents import Article

    corpus = unspun.Corpus.open(tmp_path / "c.unspun")
    corpus.add([Article(id="a", text="Bakers in Lyon argued about croissants and butter.")])
    query = "The zeppelin festival in Friedrichshafen drew record crowds of airship fans."
    assert corpus.lexical.search(query, 5) == []
    corpus.add([Article(id="b", text="The zeppelin festival in Friedrichshafen drew crowds.")])
    assert len(corpus.lexical.search(query, 5)) == 1


def test_checking_against_an_empty_corpus_is_an_error_not_a_verdict():
    corpus = unspun.Corpus.open(":memory:")
    assert corpus.is_empty()
    with pytest.raises(StoreError, match="the corpus has no articles"):
        unspun.check("The mayor opened a library. It has 40,000 books.", corpus)
    corpus.add([{"id": "a", "text": "The mayor opened a library on Monday."}])
    assert not corpus.is_empty()


def test_the_article_count_follows_every_change_to_the_store(tmp_path):
    db = tmp_path / "c.unspun"
    corpus = unspun.Corpus.open(db)
    corpus.add(_records(3))
    assert len(corpus) == 3
    # another process adding to the same file
    other = unspun.Corpus.open(db, create=False)
    other.add(_records(2, prefix="b"))
    other.close()
    assert len(corpus) == 5


def test_re_adding_unchanged_articles_leaves_the_store_generation_alone(tmp_path):
    corpus = unspun.Corpus.open(tmp_path / "c.unspun")
    corpus.add(_records(3))
    generation = corpus.store.generation()
    assert corpus.add(_records(3)).unchanged == 3
    assert corpus.store.generation() == generation


def test_a_script_without_a_main_guard_can_add_with_workers(tmp_path):
    # The README's library example in a plain script: spawned workers must not run the
    # script again (each would print, open the corpus and add, then fail to spawn its own)
    script = tmp_path / "build.py"
    script.write_text(
        "import unspun\n"
        "print('script body ran')\n"
        f"corpus = unspun.Corpus.open({str(tmp_path / 'c.unspun')!r})\n"
        "records = [{'id': f'a{i}', 'text': f'Report {i}: the council voted on the budget.'}"
        " for i in range(300)]\n"
        "print(corpus.add(records, workers=2).added)\n",
        encoding="utf-8",
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split("\n") == ["script body ran", "300", ""]


def test_a_read_only_corpus_can_be_checked_but_not_added_to(tmp_path, example_records):
    # an archive on a read-only share, or a colleague's file: it was refused as "corrupt or
    # unreadable" (SQLite cannot set WAL mode or make its -wal and -shm files there)
    folder = tmp_path / "shared"
    folder.mkdir()
    with unspun.Corpus.open(folder / "news.unspun") as corpus:
        corpus.add(example_records, workers=1)
    undo = make_read_only([folder / "news.unspun", folder])
    if undo is None:
        pytest.skip("cannot make a file read-only here")
    try:
        with unspun.Corpus.open(folder / "news.unspun", create=False) as corpus:
            assert len(corpus) == len(example_records)
            text = example_records[0]["text"]
            report = unspun.check(text, corpus, unspun.CheckOptions(detect=False))
            assert report.findings
            with pytest.raises(StoreError, match="read-only"):
                corpus.add([{"id": "new", "text": "A new story. It has two sentences."}])
    finally:
        for step in reversed(undo):
            step()


def test_text_that_is_not_valid_unicode_is_refused_naming_the_record(tmp_path):
    # JSON's "\ud800" is a lone surrogate, which no file can hold: SQLite's UTF-8 encoder
    # raised a bare UnicodeEncodeError, with no record named
    path = tmp_path / "in.jsonl"
    path.write_text(
        '{"id": "a1", "text": "A story. It goes on."}\n'
        '{"id": "a2", "text": "A story \\ud800 of mine. It goes on."}\n',
        encoding="utf-8",
    )
    corpus = unspun.Corpus.open(tmp_path / "c.unspun")
    with pytest.raises(InputError, match=r"in.jsonl:2: record 'a2': text is not valid Unicode"):
        corpus.add(read_articles([path]), workers=1)
    assert list(corpus.ids()) == ["a1"]
    article = unspun.Article(id="a3", text="Another \udcff story. It goes on.")
    with pytest.raises(InputError, match=r"<records>:1: record 'a3': text is not valid Unicode"):
        corpus.add([article], workers=1)


def test_article_objects_are_checked_like_records(tmp_path):
    corpus = unspun.Corpus.open(tmp_path / "c.unspun")
    text = "  The council met on Tuesday. It voted on the budget.\n"
    article = unspun.Article(id="a1", text=text, authors="Jo Smith")  # type: ignore[arg-type]
    corpus.add([article], workers=1)
    stored = corpus.get("a1")
    assert stored.authors == ("Jo Smith",)  # not ('J', 'o', ...)
    assert stored.text == text.strip()  # as a record's text is
    assert corpus.add([{"id": "a1", "text": text, "authors": ["Jo Smith"]}]).unchanged == 1
    for bad, message in (
        (unspun.Article(id="a2", text="A story. More.", date="last week"), "not an ISO date"),
        (unspun.Article(id=None, text="A story. More."), "has no .id."),  # type: ignore[arg-type]
        (unspun.Article(id="a3", text=None), "has no 'text'"),  # type: ignore[arg-type]
        ("just a string", "not an Article or a dict"),
    ):
        with pytest.raises(InputError, match=message):
            corpus.add([bad], workers=1)


def test_one_record_not_in_a_list_is_refused_clearly(tmp_path):
    corpus = unspun.Corpus.open(tmp_path / "c.unspun")
    with pytest.raises(TypeError, match=r"give a list of records, not one dict"):
        corpus.add({"id": "a1", "text": "A story. More."})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"give a list of records, not one Article"):
        corpus.add(unspun.Article(id="a1", text="A story. More."))  # type: ignore[arg-type]


def test_a_corpus_iterates_over_its_ids_like_a_mapping(tmp_path):
    corpus = unspun.Corpus.open(tmp_path / "c.unspun")
    corpus.add(_records(3), workers=1)
    assert list(corpus) == ["a0", "a1", "a2"] == list(corpus.ids())
    assert all(article_id in corpus for article_id in corpus)


def test_threads_spawning_workers_at_once_leave_main_as_it_was(monkeypatch):
    # two threads adding at once: the second saved the first's edited __main__ (no
    # __spec__) and, leaving last, put that back for good
    main = types.ModuleType("__main__")
    spec = object()
    main.__spec__, main.__file__ = spec, "script.py"
    monkeypatch.setitem(sys.modules, "__main__", main)
    first_in, second_trying, first_out = threading.Event(), threading.Event(), threading.Event()

    def first() -> None:
        with _main_not_rerun():
            first_in.set()
            second_trying.wait(5)
            time.sleep(0.05)  # the second enters now unless it is held back
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        second_trying.set()
        with _main_not_rerun():
            first_out.wait(5)  # and leaves after the first

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert main.__spec__ is spec and main.__file__ == "script.py"


def _open_paths() -> set[str]:
    fds = Path("/proc/self/fd")
    paths = set()
    for fd in fds.iterdir():
        with contextlib.suppress(OSError):
            paths.add(os.readlink(fd))
    return paths


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_a_refused_database_is_not_left_open(tmp_path):
    other = tmp_path / "other.sqlite"
    with contextlib.closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE t(x)")
        connection.commit()
    with pytest.raises(StoreError, match="schema version") as caught:
        unspun.Corpus.open(other)
    # the traceback (kept by `caught`) holds the frames that opened it
    assert caught.value is not None and str(other) not in _open_paths()


@pytest.mark.skipif(sys.version_info >= (3, 14), reason="3.14 stops workers itself")
def test_stopping_a_pool_that_holds_half_a_result_lets_the_process_exit():
    # a worker killed while writing its result leaves half a message in the result pipe; the
    # executor's manager thread, which the interpreter joins at exit, then waited for the rest
    # for ever (an interrupted `unspun index` hung until its watchdog ended it)
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    assert pool.submit(int, "1").result() == 1
    manager = pool._executor_manager_thread
    writer = pool._result_queue._writer
    os.write(writer.fileno(), (1000).to_bytes(4, "big") + b"half")  # 1,000 bytes promised
    time.sleep(0.5)  # the manager thread is reading the rest
    _stop_now(pool)
    manager.join(timeout=10)
    assert not manager.is_alive()


def test_a_database_another_process_is_writing_is_refused_clearly_and_kept(tmp_path, monkeypatch):
    # a second `unspun index` (or any writer) holding the database: SQLite's bare
    # "database is locked" came out as a traceback, and the records read after the refused
    # batch were still tried, each waiting out the timeout again
    from unspun import store

    path = tmp_path / "c.unspun"
    with unspun.Corpus.open(path) as corpus:
        corpus.add(_records(3), workers=1)
    monkeypatch.setattr(store, "BUSY_TIMEOUT", 0.2)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with unspun.Corpus.open(path, create=False) as corpus:
            started = time.monotonic()
            with pytest.raises(StoreError, match=r"c.unspun: another process is writing"):
                corpus.add(_records(300, prefix="b"), workers=1)
            assert time.monotonic() - started < 5
    finally:
        other.execute("ROLLBACK")
        other.close()
    with unspun.Corpus.open(path, create=False) as corpus:
        assert sorted(corpus) == ["a0", "a1", "a2"]
        assert corpus.add(_records(300, prefix="b"), workers=1) == unspun.AddResult(300, 0, 0)


def test_a_full_disk_is_a_store_error_and_keeps_what_was_committed(tmp_path):
    path = tmp_path / "c.unspun"
    with unspun.Corpus.open(path) as corpus:
        corpus.add(_records(3), workers=1)
        pages = corpus.store.execute("PRAGMA page_count").fetchone()[0]
        corpus.store.execute(f"PRAGMA max_page_count = {pages + 2}")  # as if the disk filled up
        big = [{"id": f"big{i}", "text": f"Story {i} about the harbour. " * 2000} for i in range(5)]
        with pytest.raises(StoreError, match=r"c.unspun: cannot write to the database \(data"):
            corpus.add(big, workers=1)
    with unspun.Corpus.open(path, create=False) as corpus:
        assert sorted(corpus) == ["a0", "a1", "a2"]
        assert corpus.get("a1").text == _records(3)[1]["text"]


def test_a_database_of_another_program_is_refused_untouched(tmp_path):
    # it was switched to WAL mode (which lasts) before its tables were looked at
    path = tmp_path / "other.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE t(x)")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="not an unspun corpus"):
        unspun.Corpus.open(path, create=False)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    db.close()


def test_the_worker_pool_is_at_most_one_process_per_core(monkeypatch):
    from unspun import corpus as corpus_module

    monkeypatch.setattr(corpus_module.os, "cpu_count", lambda: 4)
    assert corpus_module._pool_size(500) == 4
    assert corpus_module._pool_size(3) == 3
    assert corpus_module._pool_size(None) == 2
    monkeypatch.setattr(corpus_module.os, "cpu_count", lambda: 1)
    assert corpus_module._pool_size(2) == 2  # two are always allowed
    assert corpus_module._pool_size(None) == 1


def test_articles_split_by_an_older_splitter_are_replaced_when_indexed_again(tmp_path, monkeypatch):
    # their stored sentence spans came from the old splitter: "unchanged" would keep them
    import unspun.corpus as corpus_module

    corpus = unspun.Corpus.open(tmp_path / "c.unspun")
    assert corpus.add(_records(2), workers=1) == unspun.AddResult(2, 0, 0)
    monkeypatch.setattr(corpus_module, "SPLITTER_VERSION", corpus_module.SPLITTER_VERSION + 1)
    assert corpus.add(_records(2), workers=1) == unspun.AddResult(0, 2, 0)
    assert corpus.add(_records(2), workers=1) == unspun.AddResult(0, 0, 2)
    corpus.close()


def test_ids_another_run_wrote_meanwhile_are_counted_there_not_replaced(tmp_path):
    # Two `unspun index` runs of the same new records at once: both read the stored hashes
    # before either writes. The second writer must find the first's rows under its write
    # lock and count them unchanged (the content ends right either way; the counts did not).
    path = tmp_path / "c.unspun"
    first, second = unspun.Corpus.open(path), unspun.Corpus.open(path)
    stored_before = first.store.content_hashes

    def read_then_race(ids):
        found = stored_before(ids)  # nothing yet
        assert second.add(_records(3), workers=1) == unspun.AddResult(3, 0, 0)
        return found

    first.store.content_hashes = read_then_race
    assert first.add(_records(3), workers=1) == unspun.AddResult(0, 0, 3)
    changed = [{"id": "a1", "text": "A different story about a museum."}]
    first.store.content_hashes = lambda ids: {}  # as if read before a1 was stored
    assert first.add(changed, workers=1) == unspun.AddResult(0, 1, 0)
    assert len(first) == 3 and first.get("a1").text == changed[0]["text"]
    first.close()
    second.close()


def test_an_unused_empty_database_is_removed_and_one_in_use_or_holding_articles_kept(tmp_path):
    from unspun.store import remove_if_unused

    path = tmp_path / "c.unspun"
    unspun.Corpus.open(path).close()
    other = subprocess.Popen(  # another run with the database open
        [
            sys.executable,
            "-c",
            f"import unspun, sys; c = unspun.Corpus.open({str(path)!r}); "
            "print(len(c), flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout.readline().strip() == "0"
        assert not remove_if_unused(path) and path.exists()
    finally:
        other.communicate("", timeout=60)
    with unspun.Corpus.open(path) as corpus:
        corpus.add(_records(1), workers=1)
    assert not remove_if_unused(path) and len(unspun.Corpus.open(path, create=False)) == 1
    mine = tmp_path / "mine.db"  # a database of another program is not unspun's to remove
    with contextlib.closing(sqlite3.connect(mine)) as db:
        db.execute("CREATE TABLE notes(x)")
    assert not remove_if_unused(mine) and mine.exists()
    empty = tmp_path / "e.unspun"
    unspun.Corpus.open(empty).close()
    assert remove_if_unused(empty)
    assert list(tmp_path.glob("e.unspun*")) == []  # its -wal and -shm too


def test_a_database_removed_while_it_was_being_opened_is_opened_afresh(tmp_path):
    # A run opening the database waits for the lock remove_if_unused holds as it deletes
    # the files; what it then reads is no longer at the path, so it must not write there.
    from unspun.store import Store

    path = tmp_path / "c.unspun"
    Store.open(path, create=True).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    opened: list[Store] = []
    opening = threading.Thread(target=lambda: opened.append(Store.open(path, create=True)))
    opening.start()
    time.sleep(0.5)  # it is waiting for the lock
    holder.execute("COMMIT")
    holder.execute("PRAGMA journal_mode=MEMORY")
    for suffix in ("-wal", "-shm", ""):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    holder.close()
    opening.join(timeout=60)
    with unspun.Corpus(opened[0]) as corpus:
        corpus.add(_records(2), workers=1)
    assert len(unspun.Corpus.open(path, create=False)) == 2
