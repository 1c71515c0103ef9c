"""``Corpus``: the archive of original reporting a suspect article is checked against.

A Corpus is a :class:`~unspun.store.Store` (one SQLite file, or memory) plus the indexes
retrieval reads. Adding articles splits them into sentences, embeds them and extracts name
keys (in worker processes for large batches), then writes each batch in one transaction.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .documents import SPLITTER_VERSION, Article, Sentence, split_sentences
from .errors import InputError, StoreError
from .index import ExactVectorIndex, LexicalIndex, VectorIndex, name_keys, sentence_keys
from .ingest import article_from_record
from .models import EMBEDDER_ID, embedder
from .store import PreparedArticle, Store

__all__ = ["AddResult", "Corpus", "prepare_article"]

BATCH_SIZE = 256


@dataclass(frozen=True)
class AddResult:
    """What one :meth:`Corpus.add` call did."""

    added: int
    replaced: int
    unchanged: int

    @property
    def total(self) -> int:
        return self.added + self.replaced + self.unchanged


def content_hash(article: Article) -> str:
    """What an article's stored index data was computed from: its fields, the embedder and
    the sentence splitter (a newer one makes the article stale, so re-indexing replaces it)."""
    payload = json.dumps(
        [
            EMBEDDER_ID,
            SPLITTER_VERSION,
            article.text,
            article.title,
            article.publisher,
            article.url,
            article.date,
            list(article.authors),
            article.extra,
        ],
        ensure_ascii=False,
        sort_keys=True,
        default=str,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def document_vector(sentences: list[Sentence], vectors: np.ndarray) -> np.ndarray:
    """Mean of the body-sentence vectors (credit and dateline lines carry no topic)."""
    keep = [i for i, s in enumerate(sentences) if s.role not in ("credit", "dateline", "byline")]
    if not keep:
        keep = list(range(len(sentences)))
    if not keep:
        return np.zeros(vectors.shape[1] if vectors.ndim == 2 else 1, dtype=np.float32)
    mean = vectors[keep].mean(axis=0)
    return mean / max(float(np.linalg.norm(mean)), 1e-9)


#: what is computed for one article's text: its sentence spans, name keys, document vector
#: and sentence keys
_IndexData = tuple[list[tuple[int, int, str]], list[str], np.ndarray, list[int]]


def _index_data(article_id: str, text: str) -> _IndexData:
    sentences = split_sentences(text, article_id)
    vectors = embedder().encode([s.text for s in sentences])
    spans: list[tuple[int, int, str]] = [(s.start, s.end, s.role) for s in sentences]
    keys = sentence_keys(s.text for s in sentences)
    return spans, name_keys(text), document_vector(sentences, vectors), keys


def prepare_article(article: Article, digest: str | None = None) -> PreparedArticle:
    """Everything the store indexes for one article."""
    return PreparedArticle(
        article, digest or content_hash(article), *_index_data(article.id, article.text)
    )


def _index_many(texts: list[tuple[str, str]]) -> list[_IndexData]:
    """:func:`_index_data` for (id, text) pairs, in a worker: it is sent only these, never
    a caller's objects (an ``extra`` value of a class defined in a script could not be
    unpickled without importing that script)."""
    return [_index_data(article_id, text) for article_id, text in texts]


def _prepare_many(items: list[tuple[Article, str]]) -> list[PreparedArticle]:
    return [prepare_article(a, d) for a, d in items]


def _assemble(items: list[tuple[Article, str]], data: list[_IndexData]) -> list[PreparedArticle]:
    return [
        PreparedArticle(article, digest, *computed)
        for (article, digest), computed in zip(items, data, strict=True)
    ]


@contextmanager
def _main_not_rerun() -> Iterator[None]:
    """Spawn workers that do not import the caller's ``__main__``.

    A spawned process imports the parent's main script (or module) before it runs
    anything, so a script that calls :meth:`Corpus.add` at top level, without an
    ``if __name__ == "__main__":`` guard, would run again in every worker (printing,
    opening the corpus and adding to it) and then fail to start workers of its own. The
    workers need nothing from it: they are sent ids and texts and run unspun's code.

    ``__main__`` is the whole process's: one lock keeps two threads adding at once from
    restoring each other's half-edited copy (the second would save the first's ``None`` and
    put it back last, leaving a ``python -m`` program without its ``__spec__``).
    """
    with _MAIN_EDITED:
        main = sys.modules.get("__main__")
        if main is None:
            yield
            return
        saved: dict[str, Any] = {
            key: main.__dict__[key] for key in ("__spec__", "__file__") if key in main.__dict__
        }
        main.__spec__ = None
        main.__dict__.pop("__file__", None)
        try:
            yield
        finally:
            main.__dict__.update(saved)


_MAIN_EDITED = threading.Lock()


def _as_article(record: Article | Mapping[str, Any], position: int) -> Article:
    """A record or an Article, checked as a corpus record is (an Article's fields too: an
    unreadable date, or authors given as one string, would be stored as they are)."""
    if isinstance(record, Article):
        authors = record.authors
        fields = {
            **record.extra,
            **record.to_dict(),
            "text": record.text,
            "authors": authors if isinstance(authors, str) else list(authors),
        }
        fields.pop("extra", None)
        return article_from_record(fields, "<records>", position)
    if not isinstance(record, Mapping):
        raise InputError(
            "<records>",
            f"record is not an Article or a dict but {type(record).__name__}",
            record=position,
        )
    return article_from_record(dict(record), "<records>", position)


@contextmanager
def _ctrl_c_held() -> Iterator[None]:
    """Hold Ctrl-C while a worker may be spawned (it starts with it held) and act on it
    after, so none reaches a worker before :func:`_start_worker` has run."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _start_worker() -> None:
    """Make a worker quiet when stopped with its whole process group (a terminal's Ctrl-C,
    ``timeout``, a service manager's SIGTERM); the parent stops handing out batches.

    Ctrl-C is ignored: it would print the worker's own traceback. SIGTERM still ends the
    worker, so tqdm (the embedder's progress bars, though off) gets a thread lock instead
    of the semaphore it would make, which a killed process leaves for the resource tracker
    to report as leaked.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a Ctrl-C held since spawn is dropped
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    try:
        import tqdm
    except ImportError:  # a model2vec without tqdm makes no such semaphore
        return
    tqdm.tqdm.set_lock(threading.RLock())


def _stop_now(pool: ProcessPoolExecutor) -> None:
    """End a pool's workers without waiting for the batches they hold."""
    if hasattr(pool, "terminate_workers"):  # Python 3.14+
        pool.terminate_workers()
        return
    # before 3.14 the executor keeps no public handle on its processes
    processes = list((getattr(pool, "_processes", None) or {}).values())
    writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)  # gone after shutdown
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(timeout=5)
    # A worker ended while writing its result leaves half a message in the result pipe, and
    # the executor's manager thread, which the interpreter joins at exit, waits for the rest
    # for ever. With every worker gone, closing the parent's own end of that pipe for writing
    # ends its read, so the thread finds the pool broken and stops.
    if writer is not None and not any(process.is_alive() for process in processes):
        with contextlib.suppress(OSError):
            writer.close()


def _pool_size(workers: int | None) -> int:
    """The worker processes to start for ``workers`` asked for (None: up to two): at most one
    per core, as each loads the models and more only share the cores and the memory (two
    are always allowed)."""
    cores = os.cpu_count() or 1
    asked = workers if workers is not None else min(2, cores)
    return max(1, min(asked, max(cores, 2)))


class Corpus:
    """An archive of articles with full-text, vector and name indexes.

    >>> corpus = Corpus.open("news.unspun")          # created if missing
    >>> corpus.add([{"id": "a1", "text": "..."}])    # doctest: +SKIP
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.lexical = LexicalIndex(store)
        self._vectors: VectorIndex | None = None
        self._vectors_generation = -1
        self._size = 0
        self._size_generation = -1

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = True) -> Corpus:
        """Open a corpus file (``":memory:"`` for a throwaway one); create it if allowed."""
        store = Store.open(Path(path), create=create)
        store.check_meta("embedder", EMBEDDER_ID)
        return cls(store)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        """How many articles: counted again only when the store has changed (every check
        reads it, and counting a large corpus's rows takes a while)."""
        generation = self.store.generation()
        if generation != self._size_generation:
            self._size, self._size_generation = len(self.store), generation
        return self._size

    def is_empty(self) -> bool:
        """No articles yet (cheaper than ``len`` on a large corpus)."""
        return self.store.is_empty()

    def __contains__(self, article_id: object) -> bool:
        return isinstance(article_id, str) and self.store.rowid_of(article_id) is not None

    def __iter__(self) -> Iterator[str]:
        """The ids, in the order they were added (``corpus.get(id)`` gives the Article)."""
        return self.store.ids()

    def get(self, article_id: str) -> Article | None:
        return self.store.article(article_id)

    def ids(self) -> Iterator[str]:
        return self.store.ids()

    @property
    def vectors(self) -> VectorIndex:
        """The in-memory vector index, rebuilt when the store has changed since."""
        generation = self.store.generation()
        if self._vectors is None or generation != self._vectors_generation:
            rowids, matrix = self.store.vectors()
            self._vectors = ExactVectorIndex(rowids, matrix)
            self._vectors_generation = generation
        return self._vectors

    def add(
        self,
        records: Iterable[Article | Mapping[str, Any]],
        *,
        workers: int | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> AddResult:
        """Add or replace articles, committing every batch as it is done.

        An exception from ``records`` (a bad input line, say) or an interrupt stops the
        run after the batches already committed, plus every record read before the bad one.
        Articles whose id and content are already stored are skipped. An interrupt
        (Ctrl-C, or SIGTERM in the CLI) loses only the batches in flight (at most
        ``workers`` + 1), and the workers are stopped at once. ``workers`` is capped at the
        machine's cores (see :func:`_pool_size`).
        """
        if isinstance(records, Mapping | Article):
            raise TypeError(
                f"give a list of records, not one {type(records).__name__}: add([record])"
            )
        if self.store.read_only:
            self.store.transaction()  # refuses, before any article is prepared
        workers = _pool_size(workers)
        counts = {"added": 0, "replaced": 0, "unchanged": 0}
        pool: ProcessPoolExecutor | None = None
        # batches being prepared, written in the order they were read
        in_flight: deque[tuple[Future[list[_IndexData]] | list[PreparedArticle], int, list[Any]]]
        in_flight = deque()
        pending: list[Article] = []

        def write_oldest() -> None:
            work, size, items = in_flight.popleft()
            prepared = _assemble(items, work.result()) if isinstance(work, Future) else work
            # the store decides under its write lock: another run may have written these
            # ids since content_hashes() was read
            added, replaced, unchanged = self.store.write(prepared)
            counts["added"] += added
            counts["replaced"] += replaced
            counts["unchanged"] += unchanged
            if progress is not None:
                progress(size)

        def submit(parallel: bool = True) -> None:
            nonlocal pool
            if not pending:
                return
            stored = self.store.content_hashes(a.id for a in pending)
            todo: dict[str, tuple[Article, str]] = {}
            for article in pending:
                digest = content_hash(article)
                if stored.get(article.id) == digest:
                    counts["unchanged"] += 1
                else:
                    todo[article.id] = (article, digest)  # the last copy of an id wins
            items = list(todo.values())
            if parallel and pool is None and workers > 1 and len(items) >= BATCH_SIZE:
                pool = ProcessPoolExecutor(
                    max_workers=workers,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_start_worker,
                )
            if parallel and pool is not None:
                texts = [(a.id, a.text) for a, _ in items]
                with _ctrl_c_held(), _main_not_rerun():  # submit may spawn a worker
                    in_flight.append((pool.submit(_index_many, texts), len(pending), items))
            else:
                in_flight.append((_prepare_many(items), len(pending), items))
            pending.clear()
            ahead = workers if pool is not None and parallel else 0
            while len(in_flight) > ahead:
                write_oldest()

        try:
            for position, record in enumerate(records, start=1):
                pending.append(_as_article(record, position))
                if len(pending) >= BATCH_SIZE:
                    submit()
            submit()
            while in_flight:
                write_oldest()
        except StoreError:
            raise  # the database refused a write: nothing more can be written
        except Exception:
            # A bad record or a failing reader: keep every record read before it, then raise.
            while in_flight:
                write_oldest()
            submit(parallel=False)
            raise
        finally:
            if pool is not None:
                stopping = sys.exc_info()[1]
                if stopping is None or isinstance(stopping, Exception):
                    pool.shutdown(cancel_futures=True)
                else:
                    # an interrupt (even one during the wait above): the batches in flight
                    # are given up, so stop now rather than wait for them (a worker stuck on
                    # a pathological article would hold the exit)
                    _stop_now(pool)
        added, replaced, unchanged = counts["added"], counts["replaced"], counts["unchanged"]
        return AddResult(added, replaced, unchanged)

    def prepared_sentences(
        self, rowids: list[int]
    ) -> dict[int, tuple[Article, list[Sentence], list[str]]]:
        return self.store.articles_by_rowid(rowids)
