"""The ``unspun`` command: a thin typer layer over the library.

Errors a user can cause (bad input, a missing or corrupt database) print one line naming
the file, record and problem, and exit non-zero; never a traceback.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import itertools
import json
import os
import re
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from functools import wraps
from pathlib import Path
from types import FrameType
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

from . import __version__
from ._text import counted, one_line
from .core import CheckOptions, check
from .corpus import AddResult, Corpus
from .documents import Article
from .errors import InputError, UnspunError
from .ingest import iter_input_files, read_articles, read_html, read_txt, unknown_type_files
from .ingest._files import decode
from .ingest.jsonl import read_jsonl_lines, record_lines
from .results import Report
from .store import remove_if_unused

__all__ = ["app", "main"]

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Trace rewritten news back to its source and show, sentence by sentence, what changed.",
)
err = Console(stderr=True)
out = Console()

F = TypeVar("F", bound=Callable[..., Any])


def _print_version(value: bool) -> None:
    """``--version``: the installed version, for a bug report or a check of what is on PATH."""
    if value:
        out.print(f"unspun {__version__}", highlight=False, markup=False)
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            "-V",
            callback=_print_version,
            is_eager=True,
            help="Print the version and exit.",
        ),
    ] = False,
) -> None:
    """Trace rewritten news back to its source and show, sentence by sentence, what changed."""


class Format(StrEnum):
    terminal = "terminal"
    json = "json"
    html = "html"


class _Terminated(KeyboardInterrupt):
    """SIGTERM (``kill``, a container or service stopping), stopped the way Ctrl-C stops."""


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise _Terminated


_EXIT_GRACE = 5.0  # seconds an interrupted command may take to shut down


def _exit_within(seconds: float, code: int) -> None:
    """End the process with ``code`` if its shutdown takes longer than ``seconds``.

    After an interrupt the worker pool's processes were stopped mid-batch, and the
    interpreter's exit joins the pool's manager thread. That join hung when a worker died
    half-way through writing a result, until ``corpus._stop_now`` learned to end the
    thread's read; this stays as the last guard. Every committed batch is already on disk,
    so ending the process is safe; one that exits in time never gets here.
    """

    def end() -> None:
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        os._exit(code)

    sys.stdout.flush()
    sys.stderr.flush()
    timer = threading.Timer(seconds, end)
    timer.daemon = True
    timer.start()


def _friendly(func: F) -> F:
    """Turn unspun's errors, Ctrl-C and SIGTERM into one line and an exit code."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except UnspunError as error:
            err.print(Text("error: ", style="red") + Text(str(error)), soft_wrap=True)
            raise typer.Exit(1) from None
        except KeyboardInterrupt as interrupt:
            resumable = (
                ": every batch committed before the interrupt is kept; run the same command "
                "again to continue"
                if func.__name__ == "index"
                else ""
            )
            err.print(f"interrupted{resumable}", soft_wrap=True)
            # the shell's codes: 128 + the signal number
            code = 143 if isinstance(interrupt, _Terminated) else 130
            _exit_within(_EXIT_GRACE, code)
            raise typer.Exit(code) from None

    return wrapper  # type: ignore[return-value]


def _count_records(paths: list[Path]) -> int | None:
    """Best-effort record count for the progress bar (None when unknown)."""
    try:
        total = 0
        for path, kind, _ in iter_input_files(list(paths), on_error=lambda _: None):
            if kind == "jsonl":
                opener = gzip.open if path.name.lower().endswith(".gz") else open
                with opener(path, "rb") as handle:
                    total += sum(1 for line in record_lines(handle) if line.strip())
            else:
                total += 1
        return total
    except Exception:  # the real read reports any problem properly
        return None


def _progress(label: str, *, disable: bool) -> Progress:
    """A progress bar on stderr, shown only where a person is watching."""
    return Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=disable,
    )


class EvaluateFormat(StrEnum):
    terminal = "terminal"
    json = "json"


DbOption = Annotated[Path, typer.Option("--db", help="Corpus database file.")]


@app.command()
@_friendly
def index(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help=".jsonl(.gz), .txt or .html files, or folders of these (other files in a "
            "folder are passed over, and counted after the run).",
            metavar="PATH",
        ),
    ],
    db: DbOption = Path("news.unspun"),
    workers: Annotated[
        int,
        typer.Option(
            min=1, help="Worker processes for splitting and embedding (at most one per core)."
        ),
    ] = 2,
    skip_bad: Annotated[
        bool,
        typer.Option(
            "--skip-bad",
            help="Report each bad file or record in one line and index the rest "
            "(the exit code is still 1 if any was skipped).",
        ),
    ] = False,
) -> None:
    """Add articles to a corpus (created if missing). Re-adding an id replaces it."""
    # every path must exist and hold input before a database is created for it
    # (with --skip-bad, a folder that cannot be read is reported as the files are read)
    ignore = (lambda _: None) if skip_bad else None
    if not list(iter_input_files(list(paths), on_error=ignore)):
        raise InputError(", ".join(map(str, paths)), "no .jsonl, .txt or .html files here")
    total = _count_records(paths) if err.is_terminal else None  # only a bar needs the total
    unknown = unknown_type_files(list(paths))  # said after the run: passed over, not bad
    skipped: list[InputError] = []

    def skip(error: InputError) -> None:
        skipped.append(error)
        err.print(Text("skipped: ", style="yellow") + Text(str(error)), soft_wrap=True)

    records: Iterator[Article] = iter(
        read_articles(list(paths), on_error=skip if skip_bad else None)
    )
    # A database that is not there yet is made only for a record to add (a bad first record
    # is reported before it, and with --skip-bad all of them may be): a run that adds
    # nothing leaves no new database behind. One there already is opened first, so that a
    # database that cannot be used is reported before the input is read.
    new_path = str(db) != ":memory:" and not os.path.lexists(db)
    if not db.exists() or (db.is_file() and db.stat().st_size == 0):
        try:
            first = next(records, None)
        except InputError as error:
            raise _stopped_at(error, 0, skip_bad) from None
        if first is None:
            where = f"{db} not created" if new_path else f"{db} left as it was"
            _index_summary(AddResult(0, 0, 0), len(skipped), f"nothing to add, so {where}")
            _unknown_types_note(unknown)
            raise typer.Exit(1 if skipped else 0)
        records = itertools.chain([first], records)
    corpus = Corpus.open(db, create=True)
    size = 0
    kept = 0  # records committed: all of them read before a bad one stops the run

    def committed(n: int) -> None:
        nonlocal kept
        kept += n
        progress.advance(task, n)

    try:
        with _progress("indexing", disable=not err.is_terminal) as progress:
            task = progress.add_task("index", total=total)
            try:
                result = corpus.add(records, workers=workers, progress=committed)
            except InputError as error:
                raise _stopped_at(error, kept, skip_bad) from None
            finally:
                size = len(corpus)
                corpus.close()
    finally:
        # stopped (Ctrl-C, a write refused) before its first batch was committed: the
        # database this run made is empty, and goes unless another run has it open
        if new_path and size == 0:
            remove_if_unused(db)
    _index_summary(result, len(skipped), f"{counted(size, 'article')} in {db}")
    _unknown_types_note(unknown)
    if skipped:
        raise typer.Exit(1)


def _stopped_at(error: InputError, kept: int, skip_bad: bool) -> InputError:
    """A bad input's error, saying what the run it stopped kept (still one line): every
    record read before it is indexed, and ``--skip-bad`` indexes the rest."""
    said = (
        f"{counted(kept, 'record')} before it {'was' if kept == 1 else 'were'} indexed"
        if kept
        else "nothing was indexed"
    )
    if not skip_bad:
        said += " (run again with --skip-bad to index the rest)"
    return InputError(error.path, f"{error.problem}; {said}", record=error.record)


_TYPES_SHOWN = 5  # file types named in the note on files passed over, then "..."


def _unknown_types_note(unknown: list[tuple[Path, list[Path]]]) -> None:
    """One line per folder given that held files no reader takes ("skipped 2 files of
    unknown type in arch/ (.md, .json)"): they were passed over, so the count of articles
    alone would leave a user wondering where they went."""
    for folder, files in unknown:
        labels: dict[str, int] = {}
        for file in files:
            label = file.suffix.lower() or file.name  # "README", ".DS_Store"
            labels[label] = labels.get(label, 0) + 1
        ordered = sorted(labels, key=lambda label: (-labels[label], label))
        shown = ", ".join(ordered[:_TYPES_SHOWN]) + (", ..." if len(ordered) > _TYPES_SHOWN else "")
        name = str(folder) if str(folder).endswith(os.sep) else f"{folder}{os.sep}"
        err.print(
            one_line(f"skipped {counted(len(files), 'file')} of unknown type in {name} ({shown})"),
            highlight=False,
            markup=False,
            soft_wrap=True,
        )


def _index_summary(result: AddResult, skipped: int, where: str) -> None:
    bad = f"; {counted(skipped, 'bad input')} skipped" if skipped else ""
    err.print(
        f"{result.added} added, {result.replaced} replaced, {result.unchanged} unchanged{bad}; "
        f"{where}",
        highlight=False,
        markup=False,
        soft_wrap=True,
    )


def _stdin_article() -> Article:
    """The article given on standard input (``-``), with id "stdin".

    Read as bytes and decoded as a file is: text mode let a NUL through and turned a byte
    that is not UTF-8 into a lone surrogate, refused later as "<text>: ... Unicode"."""
    text = decode(sys.stdin.buffer.read(), "<stdin>")
    if not text.strip():
        raise InputError("<stdin>", "empty input")
    return Article(id="stdin", text=text)


def _suspects(
    path: Path, on_error: Callable[[InputError], None] | None = None
) -> Iterator[tuple[Article, str]]:
    """Each suspect article and the file it came from, for the header over its report.

    An id given again with other text is bad input, as in ``index``. With ``on_error``, a
    bad file or record is handed to it and skipped, as ``index --skip-bad`` does; without,
    it raises."""
    if str(path) == "-":
        yield _stdin_article(), "<stdin>"
        return

    def fail(error: InputError) -> None:
        if on_error is None:
            raise error
        on_error(error)

    first: dict[str, tuple[str, int]] = {}  # id -> where it was first given, its text's hash
    for file, kind, article_id in iter_input_files([path], on_error):
        located: Iterable[tuple[int | None, Article]]
        if kind == "jsonl":
            located = read_jsonl_lines(file, on_error)
        else:
            try:
                read = read_txt if kind == "txt" else read_html
                located = [(None, article) for article in read(file, article_id)]
            except InputError as error:
                fail(error)
                continue
        for line, article in located:
            place = str(file) if line is None else f"{file}:{line}"
            seen = first.setdefault(article.id, (place, hash(article.text)))
            if seen[1] != hash(article.text):
                problem = (
                    f"id {article.id!r} was already given, with other text, by {seen[0]}; "
                    "two reports with one id could not be told apart"
                )
                fail(InputError(str(file), problem, record=line))
                continue
            yield article, str(file)


def _print_summary(report: Report, where: str, position: int, total: int, console: Console) -> None:
    """The terminal summary of one report, under a header naming the suspect when several."""
    from .report import render_terminal

    if total > 1:
        if position > 1:
            console.print()
        header = (
            f"── suspect {position} of {total}: {one_line(report.suspect_id)} ({one_line(where)})"
        )
        console.print(Text(header, style="bold"), soft_wrap=True)  # a long path stays whole
    render_terminal(report, console)


@contextmanager
def _interrupts_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM for a moment; one that came meanwhile is acted on after."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


@contextmanager
def _streamed(output: Path | None, ends: list[int]) -> Iterator[Callable[[str], None]]:
    """A writer of whole pieces (report lines, summaries) to ``output`` or standard output,
    each on disk as soon as it is written; ``ends`` gets where each whole piece ends, one
    entry per piece, written and counted with interrupts held. An interrupt leaves the file
    ending after the last whole piece, so a JSON Lines file of reports stays valid and
    ``len(ends)`` says how many it keeps."""
    if output is None:

        def to_stdout(text: str) -> None:
            # out.file, not sys.stdout: that is the progress bar's proxy onto stderr
            out.file.write(text)
            out.file.flush()
            ends.append(0)

        yield to_stdout
        return
    try:
        handle = output.open("wb")
    except OSError as error:
        raise InputError(str(output), f"cannot write the report ({error.strerror})") from None

    def to_file(text: str) -> None:
        with _interrupts_held():  # written and counted together, or neither
            handle.write(text.encode("utf-8"))
            handle.flush()
            ends.append(handle.tell())

    with handle:
        try:
            yield to_file
        except BaseException:
            handle.truncate(ends[-1] if ends else 0)
            raise


@app.command("check")
@_friendly
def check_command(
    suspect: Annotated[
        Path,
        typer.Argument(
            help="A .txt or .html article, a .jsonl(.gz) of article records, a folder of "
            "these, or - for stdin; one report per article.",
            metavar="SUSPECT",
        ),
    ],
    db: DbOption = Path("news.unspun"),
    format: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            help="Output format (default: from -o's extension, json for -o -, else terminal).",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the report here (- for standard output)."),
    ] = None,
    fpr: Annotated[
        float, typer.Option("--fpr", help="False-positive rate for the machine-text flag.")
    ] = 0.01,
    detect: Annotated[
        bool, typer.Option("--detect/--no-detect", help="Compute the machine-text signal.")
    ] = True,
    max_sources: Annotated[
        int,
        typer.Option(
            "--max-sources",
            help="Name at most this many sources per suspect (the report says when it "
            "stopped at the limit with sentences unexplained).",
        ),
    ] = CheckOptions.max_sources,
    skip_bad: Annotated[
        bool,
        typer.Option(
            "--skip-bad",
            help="Report each bad file or record in one line and check the rest "
            "(the exit code is still 1 if any was skipped).",
        ),
    ] = False,
) -> None:
    """Check suspect articles against the corpus and report what changed in each.

    Several reports are written as each is done (a .jsonl line, a summary), so an
    interrupted batch keeps every report finished before it."""
    from .report import render_html, render_json

    if output is not None and str(output) == "-":
        output = None  # "-o -": standard output, as for the suspect
        format = format or Format.json
    if output is not None and output.is_dir():
        raise InputError(str(output), "is a folder; give a file name for the report")
    if output is not None and not output.parent.is_dir():
        # a .json or .html report is written at the end: refused then, the checks were lost
        raise InputError(str(output), f"cannot write the report: no folder {output.parent}")
    by_suffix = {
        ".html": Format.html,
        ".htm": Format.html,
        ".json": Format.json,
        ".jsonl": Format.json,
    }
    named = by_suffix.get(output.suffix.lower()) if output else None
    if format is not None and named is not None and named is not format:
        raise InputError(str(output), f"the name says {named.value} but --format is {format.value}")
    if format is None:
        suffix = output.suffix.lower() if output else ""
        format = by_suffix.get(suffix)
        if format is None and output is not None:
            raise InputError(
                str(output),
                "cannot tell the report format from this name: use .json, .jsonl or .html, or give "
                "--format (terminal writes the summary as plain text)",
            )
        format = format or Format.terminal
    if not 0.0 < fpr < 1.0:
        raise typer.BadParameter("--fpr must be strictly between 0 and 1, e.g. 0.01")
    try:
        options = CheckOptions(detect=detect, false_positive_rate=fpr, max_sources=max_sources)
    except ValueError as error:  # the library checks the value; named here as the option
        raise typer.BadParameter(
            str(error).replace("CheckOptions.max_sources", "--max-sources")
        ) from None
    skipped: list[InputError] = []

    def skip(error: InputError) -> None:
        skipped.append(error)
        err.print(Text("skipped: ", style="yellow") + Text(str(error)), soft_wrap=True)

    # bad input is reported before any work is done
    suspects = list(_suspects(suspect, skip if skip_bad else None))
    if not suspects:
        problem = (
            f"nothing to check: {counted(len(skipped), 'bad input')} skipped"
            if skipped
            else "no .jsonl, .txt or .html files here"
        )
        raise InputError(str(suspect), problem)
    total = len(suspects)
    if total > 1 and format is Format.html:
        raise InputError(str(suspect), "HTML output takes one suspect article")
    if total > 1 and output is not None and output.suffix.lower() == ".json":
        raise InputError(
            str(output),
            f"a .json file holds one report and {suspect} has {total} articles: "
            "write them to a .jsonl file (one report per line)",
        )
    corpus = Corpus.open(db, create=False)
    if corpus.is_empty():
        corpus.close()
        raise InputError(str(db), "the corpus has no articles; add some with `unspun index`")
    # JSON Lines and summaries are written report by report; one JSON or HTML report at the end
    lines = format is Format.json and (
        total > 1 or (output is not None and output.suffix.lower() == ".jsonl")
    )
    streamed = lines or format is Format.terminal
    summaries = format is Format.terminal or output is not None  # printed on standard output
    # a bar on stderr only where it does not cut into summaries on the same screen
    quiet = total < 2 or not err.is_terminal or (summaries and out.is_terminal)
    last: Report | None = None
    done = 0
    ends: list[int] = []  # where each report written so far ends
    try:
        with (
            _streamed(output if streamed else None, ends) as write,
            _progress("checking", disable=quiet) as progress,
        ):
            task = progress.add_task("check", total=total)
            for position, (article, where) in enumerate(suspects, start=1):
                last = check(article, corpus, options)
                # the file first: a closed pipe on the summary below must not cost the report
                if lines:
                    write(render_json(last, indent=None) + "\n")
                elif format is Format.terminal and output is not None:  # as plain text
                    plain = Console(record=True, width=100, file=io.StringIO())
                    _print_summary(last, where, position, total, plain)
                    write(plain.export_text())
                if summaries and streamed:
                    _print_summary(last, where, position, total, out)
                done += 1
                progress.advance(task)
    except KeyboardInterrupt:
        if streamed and output is not None and ends:
            kept = f"{counted(len(ends), 'report')} of {total} kept in {output}"
            err.print(kept, highlight=False, markup=False, soft_wrap=True)
        raise
    finally:
        corpus.close()
    if not streamed and last is not None:
        text = render_html(last) if format is Format.html else render_json(last)
        if output is None:
            sys.stdout.write(text if text.endswith("\n") else text + "\n")
        else:
            try:
                output.write_text(text, encoding="utf-8")
            except OSError as error:
                raise InputError(
                    str(output), f"cannot write the report ({error.strerror})"
                ) from None
            _print_summary(last, str(suspect), 1, 1, out)
    if output is not None:
        err.print(f"wrote {output}", highlight=False, markup=False, soft_wrap=True)
    if str(suspect) != "-":
        _unknown_types_note(unknown_type_files([suspect]))
    if skipped:
        err.print(
            f"{counted(done, 'report')}; {counted(len(skipped), 'bad input')} skipped",
            highlight=False,
            soft_wrap=True,
        )
        raise typer.Exit(1)


_UNKNOWN_SOURCES_SHOWN = 10  # warnings about cases naming ids the corpus lacks, then a count


def _warn(message: str) -> None:
    err.print(Text("warning: ", style="yellow") + Text(message), soft_wrap=True)


def _score(value: float | None) -> str:
    """A metric as shown: "n/a" where no case measures it (JSON keeps null)."""
    return "n/a" if value is None else str(value)


@app.command()
@_friendly
def evaluate(
    cases: Annotated[
        Path, typer.Argument(help="Audit cases or claims (.jsonl[.gz])", metavar="CASES")
    ],
    corpus_path: Annotated[
        Path | None, typer.Option("--corpus", help="Corpus records to check against (.jsonl[.gz]).")
    ] = None,
    db: Annotated[
        Path | None,
        typer.Option(
            "--db",
            help="An existing corpus database, instead of --corpus; given both, --corpus "
            "is indexed into this database (made if missing) and stays there.",
        ),
    ] = None,
    format: Annotated[EvaluateFormat, typer.Option("--format", "-f")] = EvaluateFormat.terminal,
) -> None:
    """Score unspun on audit cases, or on claim files (source_text, claim_text, label)."""
    from .evaluate import (
        evaluate_cases,
        evaluate_claims,
        is_claim_record,
        quotes_not_in_sources,
        read_numbered_cases,
        source_quote_problems,
        unknown_source_ids,
    )

    numbered = list(read_numbered_cases(cases))
    records = [record for _, record in numbered]
    if not records:
        raise InputError(str(cases), "no cases or claims in this file")
    claims = [r for r in records if is_claim_record(r) and "suspect_text" not in r]
    if claims and len(claims) != len(records):
        raise InputError(str(cases), "mixes audit cases and claims; give one kind per file")
    if claims:
        result = evaluate_claims(claims)
        if format is EvaluateFormat.json:
            sys.stdout.write(json.dumps(result, indent=2) + "\n")
            return
        for key, value in result.items():
            if isinstance(value, dict):
                shown = ", ".join(f"{k} {v}" for k, v in value.items()) or "none"
                out.print(f"{key}: {shown}", highlight=False, markup=False)
            else:
                out.print(f"{key}: {_score(value)}", highlight=False, markup=False)
        return
    if corpus_path is None and db is None:
        raise typer.BadParameter("give --corpus, --db or both")
    # --db alone must name a corpus there already; with --corpus it is made if missing
    corpus = Corpus.open(db if db is not None else ":memory:", create=corpus_path is not None)
    if corpus_path is not None:
        corpus.add(read_articles([corpus_path]))
    for number, record in numbered:
        # wrong gold: refused before any case is scored, as a malformed case is
        if problems := source_quote_problems(record, corpus):
            corpus.close()
            raise InputError(str(cases), problems[0], record=number)
    unknown = [(n, ids) for n, record in numbered if (ids := unknown_source_ids(record, corpus))]
    for number, ids in unknown[:_UNKNOWN_SOURCES_SHOWN]:
        _warn(f"{cases}:{number}: ids not in the corpus, so never found: {', '.join(ids)}")
    if len(unknown) > _UNKNOWN_SOURCES_SHOWN:
        _warn(f"{cases}: {len(unknown) - _UNKNOWN_SOURCES_SHOWN} more cases name such ids")
    unquoted = [(n, q) for n, record in numbered if (q := quotes_not_in_sources(record, corpus))]
    for number, quotes in unquoted[:_UNKNOWN_SOURCES_SHOWN]:
        shown = "; ".join(repr(q[:60]) for q in quotes)
        _warn(f"{cases}:{number}: omitted quotes in none of their sources, so never met: {shown}")
    if len(unquoted) > _UNKNOWN_SOURCES_SHOWN:
        _warn(f"{cases}: {len(unquoted) - _UNKNOWN_SOURCES_SHOWN} more cases quote such passages")
    evaluation = evaluate_cases(records, corpus)
    metrics = evaluation.metrics()
    corpus.close()
    if format is EvaluateFormat.json:
        sys.stdout.write(json.dumps(metrics, indent=2) + "\n")
        return
    out.print(f"cases: {metrics['n_cases']}  sentences scored: {metrics['n_sentences']}")
    for key in (
        "label_accuracy",
        "macro_f1",
        "change_accuracy",
        "omission_recall",
        "source_recall_at_1",
        "false_derived",
    ):
        out.print(f"{key}: {_score(metrics[key])}", highlight=False, markup=False)
    for label, row in metrics["per_label"].items():
        out.print(
            f"  {label}: precision {_score(row['precision'])} recall {_score(row['recall'])} "
            f"(n={row['support']})",
            highlight=False,
        )
    for kind, row in metrics["per_change_type"].items():
        out.print(
            f"  change {kind}: flagged {_score(row['flagged'])} (n={row['labelled']}); "
            f"typed right: recall {_score(row['recall'])} precision "
            f"{_score(row['precision'])} (n={row['support']})",
            highlight=False,
            soft_wrap=True,
        )
    for case in evaluation.cases:
        for miss in case.misses:
            out.print(f"  miss [{case.case_id}] {miss}", highlight=False, markup=False)


class DetectFormat(StrEnum):
    terminal = "terminal"
    jsonl = "jsonl"


@app.command()
@_friendly
def detect(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help=".txt or .html articles, .jsonl(.gz) records with id and text, folders of "
            "these, or - for stdin (given alone).",
            metavar="PATH",
        ),
    ],
    format: Annotated[DetectFormat, typer.Option("--format", "-f")] = DetectFormat.terminal,
    fpr: Annotated[float, typer.Option("--fpr", help="False-positive rate for the flag.")] = 0.01,
    skip_bad: Annotated[
        bool,
        typer.Option(
            "--skip-bad",
            help="Report each bad file or record in one line and score the rest "
            "(the exit code is still 1 if any was skipped).",
        ),
    ] = False,
) -> None:
    """Score texts for machine writing, without a corpus. The score is evidence, not a verdict."""
    from .detect import Detector

    if not 0.0 < fpr < 1.0:
        raise typer.BadParameter("--fpr must be strictly between 0 and 1, e.g. 0.01")
    stdin = [str(path) for path in paths].count("-")
    if stdin and len(paths) > 1:
        raise typer.BadParameter("- (standard input) is read as one article: give it alone")
    total = _count_records(paths) if err.is_terminal and not stdin else None
    detector = Detector.load()
    skipped: list[InputError] = []

    def skip(error: InputError) -> None:
        skipped.append(error)
        err.print(Text("skipped: ", style="yellow") + Text(str(error)), soft_wrap=True)

    articles: Iterable[Article] = (
        [_stdin_article()]
        if stdin
        else read_articles(list(paths), on_error=skip if skip_bad else None)
    )
    with _progress("scoring", disable=total is None or total < 2) as progress:
        task = progress.add_task("detect", total=total)
        for article in articles:
            score = detector.score(article.text, false_positive_rate=fpr)
            progress.advance(task)
            if format is DetectFormat.jsonl:
                row = {
                    "id": article.id,
                    "machine_probability": score.probability,
                    **score.to_dict(),
                }
                out.file.write(json.dumps(row, ensure_ascii=False) + "\n")
                continue
            if score.too_short:
                verdict = f"too short to judge ({counted(score.word_count, 'word')})"
            else:
                above = "above" if score.flagged else "below"
                verdict = (
                    f"{score.probability:.2f} ({above} the {score.threshold:.2f} threshold "
                    f"at {fpr:.1%} false positives)"
                )
            out.print(f"{one_line(article.id)}: {verdict}", highlight=False, markup=False)
            for reason in [e for e in score.evidence if not e.startswith("calibrated")][:3]:
                out.print(f"  - {one_line(reason)}", highlight=False, markup=False)
    if not stdin:
        _unknown_types_note(unknown_type_files(list(paths)))
    if skipped:
        err.print(f"{counted(len(skipped), 'bad input')} skipped", highlight=False)
        raise typer.Exit(1)


def _spark_session(master: str | None) -> Any:
    from .batch import spark_session

    try:
        return spark_session(master)
    except ImportError:
        raise InputError(
            "unspun", 'Spark jobs need the spark extra (pyspark): pip install "unspun[spark]"'
        ) from None


_MASTER = re.compile(r"local(\[(\d+|\*)(,\d+)?\])?|yarn|(spark|k8s|mesos)://\S+")


def _spark_master(master: str | None) -> None:
    """Refuse a Spark master URL Spark would refuse, before its JVM starts and says so."""
    if master is not None and not _MASTER.fullmatch(master):
        raise typer.BadParameter(
            f"{master!r} is no Spark master: local[N], local[*], yarn, spark://HOST:PORT, k8s://..."
        )


def _spark_failure(error: Exception) -> InputError:
    """A failed Spark job in one line: the Python error a task died of if one did, else the
    Java one (without its package), else the first line Spark gave."""
    text = str(error)
    found = re.findall(
        r"^\s*(?:Caused by: )?((?:[\w$]+\.)*)([\w$]+(?:Error|Exception): .+)$", text, re.M
    )
    python = [message for package, message in found if not package]
    java = [message for package, message in found if package and "Py4J" not in message]
    cause = (python or java or [one_line(text)])[-1 if python else 0]
    return InputError("Spark job", f"failed: {one_line(cause)[:300]}")


@app.command()
@_friendly
def batch(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="JSON Lines records of the suspects (.jsonl or .jsonl.gz files, folders or "
            "globs, local or any address Spark reads).",
            metavar="INPUT",
        ),
    ],
    db: DbOption = Path("news.unspun"),
    out_dir: Annotated[
        str, typer.Option("--out", help="A new folder for the reports (Spark's part files).")
    ] = "reports",
    master: Annotated[
        str | None,
        typer.Option(
            "--master",
            help="Spark master (local[4], spark://host:7077, yarn); default: spark-submit's, "
            "else every core here.",
        ),
    ] = None,
    partitions: Annotated[
        int | None, typer.Option("--partitions", min=1, help="At least this many tasks.")
    ] = None,
    texts: Annotated[
        bool, typer.Option("--texts", help="Keep the article texts in each report.")
    ] = False,
    detect: Annotated[
        bool, typer.Option("--detect/--no-detect", help="Compute the machine-text signal.")
    ] = False,
) -> None:
    """Check many suspects on Apache Spark: one JSON report per line, a bad record an
    {"error": ...} line. Every executor reads a copy of the corpus file."""
    from .batch import check_on_spark, require_new_output, require_servable

    _spark_master(master)
    require_servable(db)  # before Spark starts, which takes seconds
    require_new_output(out_dir)
    try:
        spark = _spark_session(master)
    except Exception as error:  # no Java, a master that does not answer
        raise _spark_failure(error) from None
    try:
        summary = check_on_spark(
            spark,
            inputs,
            db,
            out_dir,
            CheckOptions(detect=detect),
            texts=texts,
            partitions=partitions,
        )
    except UnspunError:
        raise
    except Exception as error:  # Py4JJavaError and kin: the job, not the input
        raise _spark_failure(error) from None
    finally:
        spark.stop()
    verdicts = ", ".join(f"{n} {kind}" for kind, n in sorted(summary.verdicts.items()))
    out.print(
        f"{counted(summary.rows - summary.errors, 'report')} written to {summary.output}"
        + (f" ({verdicts})" if verdicts else ""),
        highlight=False,
        markup=False,
    )
    if summary.errors:
        err.print(
            f"{counted(summary.errors, 'record')} could not be checked: see the rows with "
            f'"error" in {summary.output}',
            highlight=False,
            markup=False,
        )
        raise typer.Exit(1)


@app.command()
@_friendly
def copies(
    db: DbOption = Path("news.unspun"),
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Write the groups here, one JSON line each.")
    ] = Path("copies.jsonl"),
    spark: Annotated[
        str | None,
        typer.Option(
            "--spark",
            help="Run on Spark, on this master (local[4], yarn, ...); default: on this "
            "machine, one article after another.",
        ),
    ] = None,
) -> None:
    """Which articles of the corpus are copies of which, and who published first: each
    article checked against the rest, the copies joined into groups by story."""
    from .batch import CopyEdge, copies_of, copies_on_spark, group_copies, require_servable

    if output.is_dir() or not output.parent.is_dir():
        raise InputError(str(output), "cannot write there: give a file in an existing folder")
    require_servable(db)
    _spark_master(spark)
    options = CheckOptions(detect=False)
    edges: list[CopyEdge]
    if spark is not None:
        try:
            session = _spark_session(spark)
        except Exception as error:
            raise _spark_failure(error) from None
        try:
            edges = copies_on_spark(session, db, options)
        except UnspunError:
            raise
        except Exception as error:
            raise _spark_failure(error) from None
        finally:
            session.stop()
    else:
        with Corpus.open(db, create=False) as corpus:
            ids = list(corpus.ids())
            edges = []
            with _progress("checking", disable=not err.is_terminal) as progress:
                task = progress.add_task("copies", total=len(ids))
                for article_id in ids:
                    edges.extend(copies_of([article_id], corpus, options))
                    progress.advance(task)
    groups = group_copies(edges)
    with output.open("w", encoding="utf-8") as handle:
        for group in groups:
            handle.write(json.dumps(group.to_dict(), ensure_ascii=False) + "\n")
    articles = sum(len(group.members) for group in groups)
    early = sum(len(group.dated_before_source) for group in groups)
    out.print(
        f"{counted(len(groups), 'group')} of copies ({counted(articles, 'article')}) written "
        f"to {output}"
        + (f"; {counted(early, 'copy', 'copies')} dated before its source" if early else ""),
        highlight=False,
        markup=False,
    )


@app.command()
@_friendly
def serve(
    db: DbOption = Path("news.unspun"),
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (0.0.0.0: every interface).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", help="Port to listen on.")] = 8000,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            help="Processes serving requests; each runs one check at a time.",
            min=1,
        ),
    ] = 1,
) -> None:
    """Serve the corpus over HTTP: a web page to check an article, and a JSON API
    (POST /api/check, /api/compare; GET /api/health, /api/schema). Ctrl-C or SIGTERM
    stops it after the requests in flight."""
    try:
        from .serve import run
    except ImportError as missing:
        raise InputError(
            "unspun serve",
            f'needs the serve extra ({missing.name} is not installed): pip install "unspun[serve]"',
        ) from None
    if not 0 < port < 65536:
        raise typer.BadParameter("--port must be between 1 and 65535")

    def ready(articles: int) -> None:
        err.print(
            f"serving {db} ({counted(articles, 'article')}) on http://{host}:{port}/ "
            "(Ctrl-C to stop)",
            highlight=False,
            markup=False,
        )

    with contextlib.suppress(KeyboardInterrupt):  # uvicorn stopped on it, requests answered
        run(db, host=host, port=port, workers=workers, ready=ready)
    err.print("stopped", highlight=False)


def main() -> None:
    # SIGTERM's default ends the process at once: worker processes are orphaned and the
    # resource tracker reports leaked semaphores. As an exception it unwinds like Ctrl-C.
    signal.signal(signal.SIGTERM, _terminate)
    app()


if __name__ == "__main__":
    main()
