"""JSON Lines corpus records (see docs/FORMATS.md): one article per line, optionally gzip'd."""

from __future__ import annotations

import gzip
import json
import re
import zlib
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from ..documents import Article
from ..errors import InputError
from ._files import MAX_DOCUMENT_BYTES, decode, invalid_unicode

__all__ = [
    "article_from_line",
    "article_from_record",
    "gzip_damage",
    "cr_ends_a_line",
    "json_problem",
    "mixed_line_ends",
    "read_jsonl",
    "read_jsonl_lines",
    "record_lines",
]

_KNOWN = {"id", "text", "title", "publisher", "date", "url", "authors"}


def _opt_str(record: Mapping[str, Any], key: str, where: str, line: int | None) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value or None
    rid = record.get("id")
    raise InputError(
        where,
        f"record {rid!r}: '{key}' must be a string or null, not {_json_type(value)}",
        record=line,
    )


def _json_type(value: Any) -> str:
    """What a JSON value is, as its file shows it: "a number", "a list"."""
    if isinstance(value, bool):
        return "true or false"
    names = {int: "a number", float: "a number", list: "a list", dict: "an object"}
    return names.get(type(value), type(value).__name__)


def _date(record: Mapping[str, Any], rid: str, where: str, line: int | None) -> str | None:
    """The record's publication date, which must be ISO 8601 ("2024-03-05", or a timestamp
    such as "2024-03-05T09:30:00Z"): a source's "yesterday" is read from it, so a date
    that cannot be read would silently turn correct relative dates into flags."""
    value = _opt_str(record, "date", where, line)
    if value is None:
        return None
    try:
        # fromisoformat alone also takes "20240305" and "2024-W10-2", which nothing reads
        if not _ISO_DAY.match(value.strip()):
            raise ValueError
        datetime.fromisoformat(value.strip())
    except ValueError:
        raise InputError(
            where, f"record {rid!r}: 'date' {value!r} is not an ISO date (YYYY-MM-DD)", record=line
        ) from None
    return value.strip()


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:$|[T ])")


def article_from_record(record: Any, where: str = "<record>", line: int | None = None) -> Article:
    """Validate one corpus record and turn it into an Article."""
    if not isinstance(record, dict):
        raise InputError(where, "record is not a JSON object", record=line)
    rid = record.get("id")
    if isinstance(rid, int) and not isinstance(rid, bool):
        rid = str(rid)
    if rid is not None and not isinstance(rid, str):
        wrong = f"record's 'id' must be a non-empty string, not {_json_type(rid)}"
        raise InputError(where, wrong, record=line)
    if not isinstance(rid, str) or not rid.strip():
        raise InputError(where, "record has no 'id' (a non-empty string)", record=line)
    text = record.get("text")
    if text is not None and not isinstance(text, str):
        wrong = f"record {rid!r}: 'text' must be a non-empty string, not {_json_type(text)}"
        raise InputError(where, wrong, record=line)
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, f"record {rid!r} has no 'text' (a non-empty string)", record=line)
    if "\x00" in text:
        raise InputError(where, f"record {rid!r}: text holds binary data", record=line)
    if problem := invalid_unicode(text):
        raise InputError(where, f"record {rid!r}: {problem}", record=line)
    authors = record.get("authors") or ()
    if isinstance(authors, str):
        authors = (authors,)
    if not isinstance(authors, list | tuple) or not all(isinstance(a, str) for a in authors):
        raise InputError(where, f"record {rid!r}: 'authors' must be a list of strings", record=line)
    return Article(
        id=rid.strip(),
        text=text.strip(),
        title=_opt_str(record, "title", where, line),
        publisher=_opt_str(record, "publisher", where, line),
        url=_opt_str(record, "url", where, line),
        date=_date(record, rid.strip(), where, line),
        authors=tuple(authors),
        extra={k: v for k, v in record.items() if k not in _KNOWN},
    )


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"not valid JSON ({name} is not a JSON number)")


def read_jsonl(path: Path) -> Iterator[Article]:
    """Yield one Article per line; blank lines are skipped, a bad line raises with its number."""
    for _, article in read_jsonl_lines(path):
        yield article


def read_jsonl_lines(
    path: Path, on_error: Callable[[InputError], None] | None = None
) -> Iterator[tuple[int, Article]]:
    """As :func:`read_jsonl`, with the line number of each record. With ``on_error``, a
    bad line is handed to it and skipped, and a file that cannot be read further ends."""

    def fail(error: InputError) -> None:
        if on_error is None:
            raise error
        on_error(error)

    where = str(path)
    number = 0
    gzipped = path.name.lower().endswith(".gz")
    opener = gzip.open if gzipped else open
    seen_any = False
    try:
        damage = gzip_damage(path) if gzipped else None
        if damage is not None:
            fail(InputError(where, f"damaged .gz file ({damage}); none of its records was read"))
            return
        with opener(path, "rb") as handle:
            for number, raw in enumerate(record_lines(handle), start=1):
                try:
                    article = article_from_line(raw, where, number)
                except InputError as error:
                    fail(error)
                    seen_any = True
                    continue
                if article is not None:
                    seen_any = True
                    yield number, article
    except (EOFError, gzip.BadGzipFile, zlib.error) as err:
        # a damaged .gz fails on the line after the last one read
        fail(InputError(where, f"cannot read file ({err})", record=number + 1))
        return
    except OSError as err:
        fail(InputError(where, f"cannot read file ({err})"))
        return
    if not seen_any:
        fail(InputError(where, "empty file: no records"))


_PEEK = 1 << 16  # bytes read at a time while looking for the first line end


class BinaryLines(Protocol):
    """A file open for reading bytes (a plain or a gzip one)."""

    def read(self, size: int = -1, /) -> bytes: ...
    def readline(self, size: int = -1, /) -> bytes: ...
    def __iter__(self) -> Iterator[bytes]: ...


def record_lines(handle: BinaryLines) -> Iterator[bytes]:
    """The lines of a JSON Lines file, each with its line end.

    Lines end at LF (CRLF included); in a file whose first line ends with a CR alone (old
    Mac line ends), at CR. Both are read as written: JSON allows no raw CR or LF inside a
    string, so in valid JSON Lines a CR is a line end or whitespace between tokens, never
    part of a value, and such a file's records and line numbers are what an editor shows.
    A file that mixes the two is refused where a line holds two records (see
    :func:`_record`)."""
    head = b""
    while True:  # up to the first line end (a CR needs the byte after it too)
        piece = handle.readline(_PEEK)
        head += piece
        cr = head.find(b"\r")
        if not piece or head.endswith(b"\n") or 0 <= cr < len(head) - 1:
            break
        if len(head) > MAX_DOCUMENT_BYTES:
            break  # one record too big: refused as it is read, whatever its line end
    lf = head.find(b"\n")
    if (
        cr < 0
        or 0 <= lf < cr
        or head[cr + 1 : cr + 2] == b"\n"
        or not cr_ends_a_line(head[:cr].decode("utf-8", "replace"))
    ):
        if head and not head.endswith(b"\n"):
            head += handle.readline()  # the rest of a long first line
        if head:
            yield head
        yield from handle  # readline by readline: a .gz cut short fails on the line it cut
        return
    pending: list[bytes] = []
    data = head
    while data:
        *ended, rest = data.split(b"\r")
        if ended:
            yield b"".join([*pending, ended[0]]) + b"\r"
            pending.clear()
            yield from (line + b"\r" for line in ended[1:])
        pending.append(rest)
        data = handle.read(_PEEK)
    last = b"".join(pending)
    if last:
        yield last


def cr_ends_a_line(before: str) -> bool:
    """Is a file's first CR alone, after ``before``, a line end? Not where ``before`` is a
    record cut short at its end ('{"id": "a",'): that CR is whitespace between the tokens
    of a record whose line ends with LF, as JSON allows."""
    text = before.lstrip("\ufeff").strip()
    if not text:
        return True
    try:
        json.loads(text)
    except ValueError as err:
        return not (isinstance(err, json.JSONDecodeError) and err.pos >= len(text))
    return True


def gzip_damage(path: Path) -> str | None:
    """Why a .gz file's contents cannot be trusted, or None. It is read through once before
    any record is taken from it: gzip checks its CRC only at the end, and a damaged block can
    decode to plausible but wrong text before that. A file that merely ends early is not
    refused: what comes before the cut is sound, and the read names the line it stopped at."""
    try:
        with gzip.open(path, "rb") as handle:
            while handle.read(1 << 20):
                pass
    except EOFError:
        return None
    except (gzip.BadGzipFile, zlib.error) as err:
        return str(err)
    return None


def article_from_line(raw: bytes, where: str, number: int | None = None) -> Article | None:
    """The article on one JSON Lines line, as bytes (None for a blank line); ``number`` is
    its line number where known (a Spark task reading a shard knows only the file)."""
    if len(raw) > MAX_DOCUMENT_BYTES:
        raise InputError(
            where,
            f"record is {len(raw) / 1e6:.0f} MB; one article may be at most "
            f"{MAX_DOCUMENT_BYTES // (1024 * 1024)} MB",
            record=number,
        )
    try:
        line = decode(raw, where, number).rstrip("\r\n")
    except InputError as error:
        if number is not None:
            raise
        raise InputError(where, error.problem) from None  # not "FILE:1": the line is unknown
    if not line.strip():
        return None
    try:
        record = json.loads(line, parse_constant=_refuse_constant)
    except json.JSONDecodeError as err:
        raise InputError(where, json_problem(line, err), record=number) from None
    except ValueError as err:
        raise InputError(where, str(err), record=number) from None
    return article_from_record(record, where, number)


def json_problem(line: str, err: json.JSONDecodeError) -> str:
    """Why ``line`` is not a JSON record, in the words every JSON Lines reader uses (corpus
    records, audit cases, claims): a second record after the other kind of line end, or
    where the JSON goes wrong."""
    if mixed := mixed_line_ends(line, err):
        return mixed
    problem = err.msg.removesuffix(" starting at").removesuffix(" at")
    return f"not valid JSON at column {err.colno} ({problem})"


def mixed_line_ends(line: str, err: json.JSONDecodeError) -> str | None:
    """Why a line holds a second record after a line end of the other kind (a file whose
    lines end with LF, and one with CR alone, or the reverse), or None."""
    if err.msg != "Extra data":
        return None
    gap = line[: err.pos][len(line[: err.pos].rstrip(" \t\r\n")) :]
    if "\r" not in gap and "\n" not in gap:
        return None
    at = f"a second record at column {err.pos + 1}"
    if "\n" in gap:
        return (
            f"{at} after an LF line end, in a file whose first line ends with CR only (old "
            "Mac line ends): save it with one kind of line end"
        )
    return (
        f"{at} after a CR-only line end (old Mac line ends), in a file whose first line "
        "ends with LF: save it with one kind of line end"
    )
