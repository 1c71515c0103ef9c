"""The on-disk corpus: one SQLite file holding articles, their sentences and index data.

One file, no server. Articles, sentence spans, the full-text index (SQLite FTS5, kept in step
by triggers) and the document vectors are written in the same transaction, so an interrupted
run keeps every batch it committed and never leaves an article half-indexed. Re-adding an id
replaces it; re-adding the same text under the same id is skipped, which is what lets an
interrupted ``unspun index`` simply be run again.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .documents import Article, Sentence
from .errors import StoreError

__all__ = ["SCHEMA_VERSION", "PreparedArticle", "Store", "remove_if_unused"]

SCHEMA_VERSION = 2  # 2: sentence_keys (version 1 files are upgraded when opened writable)
#: an upgrade of a database with more articles than this says so on stderr (it takes a while)
_UPGRADE_NOTICE = 10_000
_log = logging.getLogger(__name__)
#: seconds a write waits for another process's write to end before it gives up
BUSY_TIMEOUT = 30.0
_MAGIC = b"SQLite format 3\x00"

#: which articles hold each sentence (by its content-word key, :mod:`.index.boilerplate`):
#: a line many unrelated articles hold is a site's boilerplate, not reporting
_KEYS_SCHEMA = """
CREATE TABLE IF NOT EXISTS sentence_keys(
    key INTEGER NOT NULL, article INTEGER NOT NULL, PRIMARY KEY (key, article)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sentence_keys_article ON sentence_keys(article);
CREATE TRIGGER IF NOT EXISTS articles_ad_keys AFTER DELETE ON articles BEGIN
    DELETE FROM sentence_keys WHERE article = old.rowid;
END;
"""

_SCHEMA = (
    """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles(
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    title TEXT, publisher TEXT, url TEXT, date TEXT,
    authors TEXT NOT NULL DEFAULT '[]',
    extra TEXT NOT NULL DEFAULT '{}',
    content_hash TEXT NOT NULL,
    sentences TEXT NOT NULL,   -- JSON [[start, end, role], ...] into text
    names TEXT NOT NULL,       -- JSON list of name keys (people, places, organisations, numbers)
    vector BLOB NOT NULL       -- float16 document vector
);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    title, text, content='articles', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE IF NOT EXISTS fts_vocab USING fts5vocab(fts, 'row');
CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO fts(fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
"""
    + _KEYS_SCHEMA
)


@dataclass(frozen=True)
class PreparedArticle:
    """An article with everything the store indexes, computed outside the write lock."""

    article: Article
    content_hash: str
    spans: list[tuple[int, int, str]]
    names: list[str]
    vector: np.ndarray
    keys: list[int]  # its sentences' keys (index.boilerplate)


class Store:
    """SQLite-backed article store. Use :meth:`open`; one writer at a time."""

    def __init__(
        self, path: Path, connection: sqlite3.Connection, *, read_only: bool = False
    ) -> None:
        self.path = path
        self._db = connection
        #: opened from a file or folder this process cannot write: it can be read, not added to
        self.read_only = read_only
        #: the sentence keys of index.boilerplate are stored (not in a read-only version 1 file)
        self.has_sentence_keys = True

    # -- opening --------------------------------------------------------------------------
    @classmethod
    def open(
        cls, path: str | Path, *, create: bool = False, dim: int | None = None, _again: bool = False
    ) -> Store:
        path = Path(path)
        where = str(path)
        if path.is_dir():
            raise StoreError(where, "is a folder, not a corpus database")
        exists = path.exists() and path.stat().st_size > 0
        if not exists and not create:
            if path.exists():
                raise StoreError(
                    where, "an empty file, not a corpus database (build one with `unspun index`)"
                )
            raise StoreError(where, "no such corpus database (create it with `unspun index`)")
        if not exists and str(path) != ":memory:" and not path.parent.is_dir():
            raise StoreError(where, f"cannot create the database: no folder {path.parent}")
        if exists:
            with open(path, "rb") as handle:
                if handle.read(16) != _MAGIC:
                    raise StoreError(where, "not an unspun corpus database (or it is corrupt)")
        if exists and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            return cls._open_read_only(path)
        db = None
        try:
            before = _file_id(path) if exists else None
            db = sqlite3.connect(
                path, timeout=BUSY_TIMEOUT, check_same_thread=False, isolation_level=None
            )
            store = cls(path, db)
            if exists:
                try:
                    store._check_schema()  # before anything is set: a refused file is left
                    refused: BaseException | None = None
                except (StoreError, sqlite3.DatabaseError) as error:
                    refused = error
                if _file_id(path) != before and not _again:
                    # deleted by remove_if_unused() as this opened it (it waited for that
                    # lock): what it opened is no longer the file at ``path``; open that
                    db.close()
                    return cls.open(path, create=create, dim=dim, _again=True)
                if refused is not None:
                    raise refused
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            if not exists:
                store._create(dim)
            elif store._version() < SCHEMA_VERSION:
                store._upgrade()
        except BaseException as err:  # a refused database leaves no connection open
            if db is not None:
                db.close()
            if isinstance(err, sqlite3.DatabaseError):
                raise StoreError(where, f"corrupt or unreadable database ({err})") from None
            raise
        return store

    @classmethod
    def _open_read_only(cls, path: Path) -> Store:
        """Open a database this process cannot write (its file or its folder). SQLite needs
        to make a -wal and -shm file beside a WAL database to read it; where it cannot, the
        file is read as immutable (nothing can write it from here, so it cannot change under
        this reader unless another user has the rights this one lacks)."""
        uri = path.absolute().as_uri()
        problem = ""
        for mode in ("mode=ro", "immutable=1"):
            db = None
            try:
                db = sqlite3.connect(
                    f"{uri}?{mode}", uri=True, check_same_thread=False, isolation_level=None
                )
                store = cls(path, db, read_only=True)
                store._check_schema()
                store.has_sentence_keys = store._version() >= 2
                return store
            except BaseException as err:
                if db is not None:
                    db.close()
                if not isinstance(err, sqlite3.DatabaseError):
                    raise
                problem = str(err)
        raise StoreError(str(path), f"read-only, and it cannot be read ({problem})")

    def _create(self, dim: int | None) -> None:
        with self.transaction():
            for statement in _split_script(_SCHEMA):
                self._db.execute(statement)
            self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self._db.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )
            if dim is not None:
                self._db.execute("INSERT OR REPLACE INTO meta VALUES ('dim', ?)", (str(dim),))

    def check_meta(self, key: str, expected: str) -> None:
        """Refuse a corpus built with another model; record it in a new one."""
        found = self.meta(key)
        if found is None and self.read_only:
            return  # nothing written by this version yet; nothing can be recorded either
        if found is None:
            with self.transaction():
                self.set_meta(key, expected)
        elif found != expected:
            raise StoreError(
                str(self.path),
                f"built with {key} {found!r}, this unspun uses {expected!r}: index it again "
                "into a new database",
            )

    def _version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _check_schema(self) -> None:
        version = self._version()
        tables = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master")}
        needed = {"meta", "articles", "fts"} | ({"sentence_keys"} if version >= 2 else set())
        if version not in (1, SCHEMA_VERSION) or not needed <= tables:
            raise StoreError(
                str(self.path),
                f"not an unspun corpus of schema version {SCHEMA_VERSION} (found {version})",
            )

    def _upgrade(self) -> None:
        """Version 1 to 2: the sentence keys of every stored article (its stored sentence
        spans, so no model is needed). Another process may have done it meanwhile. One
        transaction: an upgrade stopped halfway leaves the file at version 1."""
        from .index.boilerplate import sentence_keys  # the index package imports this

        with self.transaction():
            if self._version() >= SCHEMA_VERSION:
                return
            (count,) = self._db.execute("SELECT COUNT(*) FROM articles").fetchone()
            if count > _UPGRADE_NOTICE:
                _log.warning(
                    "%s: adding the sentence keys of %d articles (a database of an earlier "
                    "unspun, upgraded once; older versions cannot read it after)",
                    self.path,
                    count,
                )
            for statement in _split_script(_KEYS_SCHEMA):
                self._db.execute(statement)
            rows = self._db.execute("SELECT rowid, id, text, sentences FROM articles")
            while batch := rows.fetchmany(1000):  # a large archive is not held in memory
                pairs = []
                for rowid, article_id, text, spans in batch:
                    try:
                        lines = [text[start:end] for start, end, _ in json.loads(spans)]
                    except (ValueError, TypeError) as err:
                        raise StoreError(
                            str(self.path),
                            f"article {article_id!r} has damaged sentence spans ({err}); "
                            "index it again into a new database",
                        ) from None
                    pairs += [(key, rowid) for key in sentence_keys(lines)]
                self._db.executemany(
                    "INSERT OR IGNORE INTO sentence_keys(key, article) VALUES (?, ?)", pairs
                )
            self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self._db.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )

    def close(self) -> None:
        self._db.close()

    def transaction(self) -> _Transaction:
        if self.read_only:
            raise StoreError(
                str(self.path), "read-only (this user cannot write the file or its folder)"
            )
        return _Transaction(self._db, str(self.path))

    # -- meta -----------------------------------------------------------------------------
    def meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    # -- writing --------------------------------------------------------------------------
    def content_hashes(self, ids: Iterable[str]) -> dict[str, str]:
        ids = list(ids)
        found: dict[str, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for rid, digest in self._db.execute(
                f"SELECT id, content_hash FROM articles WHERE id IN ({marks})", chunk
            ):
                found[rid] = digest
        return found

    def write(self, batch: list[PreparedArticle]) -> tuple[int, int, int]:
        """Insert or replace a batch in one transaction; returns (added, replaced, unchanged).

        What each article is is decided inside the transaction, under the write lock: an id
        another process stored since this one read :meth:`content_hashes` (two ``unspun
        index`` runs of the same records at once) is found here, and a copy with the same
        content is counted unchanged and left as it is, not replaced."""
        added = replaced = unchanged = 0
        if not batch:
            return 0, 0, 0  # nothing changed: the generation (and every cache) stays
        with self.transaction():
            for item in batch:
                a = item.article
                row = self._db.execute(
                    "SELECT content_hash FROM articles WHERE id = ?", (a.id,)
                ).fetchone()
                if row is not None and row[0] == item.content_hash:
                    unchanged += 1
                    continue
                if row is not None:
                    self._db.execute("DELETE FROM articles WHERE id = ?", (a.id,))
                    replaced += 1
                else:
                    added += 1
                cursor = self._db.execute(
                    "INSERT INTO articles(id, text, title, publisher, url, date, authors, extra,"
                    " content_hash, sentences, names, vector)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        a.id,
                        a.text,
                        a.title,
                        a.publisher,
                        a.url,
                        a.date,
                        json.dumps(list(a.authors), ensure_ascii=False),
                        json.dumps(a.extra, ensure_ascii=False, default=str),
                        item.content_hash,
                        json.dumps(item.spans),
                        json.dumps(item.names, ensure_ascii=False),
                        item.vector.astype(np.float16).tobytes(),
                    ),
                )
                self._db.executemany(
                    "INSERT OR IGNORE INTO sentence_keys(key, article) VALUES (?, ?)",
                    [(key, cursor.lastrowid) for key in item.keys],
                )
            if added or replaced:
                self._db.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('generation', CAST(COALESCE("
                    "(SELECT value FROM meta WHERE key = 'generation'), 0) + 1 AS TEXT))"
                )
        return added, replaced, unchanged

    # -- reading --------------------------------------------------------------------------
    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def is_empty(self) -> bool:
        return self._db.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None

    def generation(self) -> int:
        return int(self.meta("generation") or 0)

    def ids(self) -> Iterator[str]:
        for (rid,) in self._db.execute("SELECT id FROM articles ORDER BY rowid"):
            yield rid

    def rowid_of(self, article_id: str) -> int | None:
        row = self._db.execute("SELECT rowid FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def article(self, article_id: str) -> Article | None:
        row = self._db.execute(
            "SELECT id, text, title, publisher, url, date, authors, extra FROM articles"
            " WHERE id = ?",
            (article_id,),
        ).fetchone()
        return _article(row) if row else None

    def articles_by_rowid(
        self, rowids: list[int]
    ) -> dict[int, tuple[Article, list[Sentence], list[str]]]:
        """Articles with their sentences and name keys, for a small candidate set."""
        if not rowids:
            return {}
        marks = ",".join("?" * len(rowids))
        out: dict[int, tuple[Article, list[Sentence], list[str]]] = {}
        for row in self._db.execute(
            "SELECT rowid, id, text, title, publisher, url, date, authors, extra, sentences, names"
            f" FROM articles WHERE rowid IN ({marks})",
            rowids,
        ):
            article = _article(row[1:9])
            sentences = [
                Sentence(article.id, i, start, end, article.text[start:end], role)
                for i, (start, end, role) in enumerate(json.loads(row[9]))
            ]
            out[row[0]] = (article, sentences, json.loads(row[10]))
        return out

    def names_by_rowid(self, rowids: list[int]) -> dict[int, list[str]]:
        if not rowids:
            return {}
        marks = ",".join("?" * len(rowids))
        return {
            r: json.loads(n)
            for r, n in self._db.execute(
                f"SELECT rowid, names FROM articles WHERE rowid IN ({marks})", rowids
            )
        }

    def vectors(self) -> tuple[np.ndarray, np.ndarray]:
        """All (rowids, float32 document vectors) for building the in-memory vector index."""
        rowids: list[int] = []
        blobs: list[bytes] = []
        for rowid, blob in self._db.execute("SELECT rowid, vector FROM articles ORDER BY rowid"):
            rowids.append(rowid)
            blobs.append(blob)
        if not blobs:
            return np.zeros(0, dtype=np.int64), np.zeros((0, 0), dtype=np.float32)
        matrix = np.frombuffer(b"".join(blobs), dtype=np.float16).reshape(len(blobs), -1)
        return np.asarray(rowids, dtype=np.int64), matrix.astype(np.float32)

    def document_frequencies(self, terms: list[str]) -> dict[str, int]:
        if not terms:
            return {}
        marks = ",".join("?" * len(terms))
        return dict(
            self._db.execute(f"SELECT term, doc FROM fts_vocab WHERE term IN ({marks})", terms)
        )

    def full_text_search(self, match: str, limit: int) -> list[tuple[int, float]]:
        """(rowid, score) pairs for an FTS5 MATCH expression, best first (higher is better)."""
        rows = self._db.execute(
            "SELECT rowid, bm25(fts, 0.5, 1.0) AS rank FROM fts WHERE fts MATCH ?"
            " ORDER BY rank LIMIT ?",
            (match, limit),
        ).fetchall()
        return [(rowid, -rank) for rowid, rank in rows]

    def key_holders(self, keys: set[int], at_least: int, limit: int) -> dict[int, list[int]]:
        """The rowids (at most ``limit``, first by rowid) of the articles holding each of
        ``keys`` that at least ``at_least`` articles hold (index.boilerplate). One bounded
        lookup per key: a line a million articles hold costs no more than a rare one."""
        if not self.has_sentence_keys:
            return {}
        out = {}
        for key in keys:
            rowids = [
                r
                for (r,) in self._db.execute(
                    "SELECT article FROM sentence_keys WHERE key = ? ORDER BY article LIMIT ?",
                    (key, limit),
                )
            ]
            if len(rowids) >= at_least:
                out[key] = rowids
        return out

    def keys_of(self, rowids: set[int]) -> dict[int, set[int]]:
        """Each article's sentence keys."""
        out: dict[int, set[int]] = {}
        if not self.has_sentence_keys:
            return out
        ordered = sorted(rowids)
        for chunk in (ordered[i : i + 500] for i in range(0, len(ordered), 500)):
            marks = ",".join("?" * len(chunk))
            for rowid, key in self._db.execute(
                f"SELECT article, key FROM sentence_keys WHERE article IN ({marks})", chunk
            ):
                out.setdefault(rowid, set()).add(key)
        return out

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> sqlite3.Cursor:
        return self._db.execute(sql, params)

    def revision(self) -> tuple[int, int]:
        """Changes so far, by this connection and by others: caches of query statistics
        compare it to know the corpus has not changed under them."""
        (other,) = self._db.execute("PRAGMA data_version").fetchone()
        return self._db.total_changes, int(other)


def _file_id(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except FileNotFoundError:
        return None
    return status.st_dev, status.st_ino


#: the tables of an unspun database (those FTS5 makes for its index included)
_OWN_TABLES = frozenset(
    "meta articles fts fts_vocab fts_data fts_idx fts_docsize fts_config sentence_keys".split()
)


def remove_if_unused(path: str | Path) -> bool:
    """Delete the corpus file at ``path`` (and its -wal and -shm files) if it holds no
    article and no other connection has it open; returns whether it was deleted.

    For a database a run created and then added nothing to (every input bad, or stopped
    before its first batch was committed). It is decided under an exclusive lock, which
    SQLite refuses while any other connection has the file open (a second run writing to
    it), and the files are deleted before that lock is let go; a run that was waiting to
    open it then finds it gone (see :meth:`Store.open`). A file with any article, or one
    that cannot be read as a database, is left as it is."""
    path = Path(path)
    if str(path) == ":memory:" or not path.is_file():
        return False
    try:
        db = sqlite3.connect(f"{path.absolute().as_uri()}?mode=rw", uri=True, timeout=0)
    except sqlite3.Error:
        return False
    try:
        db.isolation_level = None
        db.execute("PRAGMA locking_mode=EXCLUSIVE")  # held until closed, once taken
        db.execute("BEGIN EXCLUSIVE")
        tables = {
            name
            for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not name.startswith("sqlite_")
        }
        if not tables <= _OWN_TABLES:
            return False  # not a file unspun made
        if "articles" in tables and db.execute("SELECT 1 FROM articles LIMIT 1").fetchone():
            return False
        db.execute("COMMIT")  # the exclusive lock stays (locking_mode)
        # Out of WAL mode while the lock is held: SQLite deletes the -wal and -shm now,
        # when no other database can be at this path, and not by name as it closes (by
        # then a new database may be). Its journal in memory leaves no -journal file.
        db.execute("PRAGMA journal_mode=MEMORY")
        for suffix in ("-wal", "-shm", "-journal", ""):  # the database itself last
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return True
    except sqlite3.Error:
        return False  # in use (locked), or not a database: left alone
    finally:
        db.close()


def _article(row: tuple[Any, ...]) -> Article:
    rid, text, title, publisher, url, date, authors, extra = row
    return Article(
        id=rid,
        text=text,
        title=title,
        publisher=publisher,
        url=url,
        date=date,
        authors=tuple(json.loads(authors)),
        extra=json.loads(extra),
    )


def _split_script(script: str) -> list[str]:
    """Split the schema into statements, keeping trigger bodies whole."""
    statements, current = [], []
    for line in script.strip().splitlines():
        line = line.split("--", 1)[0].rstrip() if "--" in line and "'" not in line else line
        current.append(line)
        joined = "\n".join(current).strip()
        if joined.endswith(";") and (
            not joined.upper().startswith("CREATE TRIGGER") or joined.endswith("END;")
        ):
            statements.append(joined)
            current = []
    return statements


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception (Ctrl-C included).

    A write SQLite refuses (another process holding the write lock past
    :data:`BUSY_TIMEOUT`, a full disk) is a :class:`StoreError` naming the database; what
    was committed before it stays."""

    def __init__(self, db: sqlite3.Connection, where: str) -> None:
        self._db = db
        self._where = where

    def __enter__(self) -> None:
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as err:
            raise self._refused(err) from None

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            try:
                self._db.execute("COMMIT")
                return
            except sqlite3.OperationalError as err:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise self._refused(err) from None
        if self._db.in_transaction:  # SQLite has already rolled back after some errors
            self._db.execute("ROLLBACK")
        if isinstance(exc, sqlite3.OperationalError):
            raise self._refused(exc) from None

    def _refused(self, err: sqlite3.OperationalError) -> StoreError:
        if "locked" in str(err) or "busy" in str(err):
            problem = (
                f"another process is writing to this database and held it for over "
                f"{BUSY_TIMEOUT:g} s; nothing more was written (what was committed before is "
                "kept): run again when that process is done"
            )
        else:
            problem = (
                f"cannot write to the database ({err}); nothing more was written (what was "
                "committed before is kept)"
            )
        return StoreError(self._where, problem)
