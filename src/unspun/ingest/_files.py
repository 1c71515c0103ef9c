"""File discovery, size and encoding checks shared by the readers."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from ..documents import Article
from ..errors import InputError

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "invalid_unicode",
    "iter_input_files",
    "read_articles",
    "read_text_file",
    "text_from_bytes",
    "unknown_type_files",
]

#: One article (a .txt or .html file, or one JSONL record) larger than this is not news.
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024

SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".txt", ".html", ".htm")


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    for suffix in SUFFIXES:
        if name.endswith(suffix):
            return {"ndjson": "jsonl", "jsonl.gz": "jsonl", "htm": "html"}.get(
                suffix[1:], suffix[1:]
            )
    return None


def _id_for(path: Path, root: Path | None) -> str:
    """A document's id: its path under the folder given, without the suffix ("a/index"),
    so same-named files in different folders stay apart; a file given alone: its stem."""
    if root is None:
        return path.stem
    return path.relative_to(root).with_suffix("").as_posix()


def iter_input_files(
    paths: list[str | os.PathLike[str]],
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[tuple[Path, str, str]]:
    """Yield (file, kind, id) for each input path; folders are walked in sorted order.

    A folder's links to folders are followed (each real folder walked once, so a link back
    up is no loop). A subfolder that cannot be read, or a link to an input file that does
    not exist, raises :class:`InputError`, or with ``on_error`` is handed to it; a path
    given that does not exist always raises."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in _walk(path, on_error):
                kind = _kind(child)
                if kind is None:
                    continue
                if not child.exists():
                    _fail(on_error, InputError(str(child), _broken_link(child)))
                elif child.is_file():  # not a pipe or a device, whose read could block
                    yield child, kind, _id_for(child, path)
        elif path.is_file():
            kind = _kind(path)
            if kind is None:
                raise InputError(str(path), "unknown file type (expected .jsonl, .txt or .html)")
            yield path, kind, _id_for(path, None)
        else:
            raise InputError(str(path), "no such file or folder")


def unknown_type_files(paths: list[str | os.PathLike[str]]) -> list[tuple[Path, list[Path]]]:
    """Each folder among ``paths`` that holds files of a type no reader takes (.md, .json),
    with those files: :func:`iter_input_files` passes them over, so a caller can say so
    rather than leave a user to wonder where they went. A file given by itself is refused
    instead; a folder that cannot be read is reported by the read itself."""
    found: list[tuple[Path, list[Path]]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            unknown = [child for child in _walk(path, lambda _: None) if _kind(child) is None]
            if unknown:
                found.append((path, unknown))
    return found


def _walk(root: Path, on_error: Callable[[InputError], None] | None) -> list[Path]:
    """Every entry under ``root`` that is not a folder, sorted. ``Path.rglob`` left out a
    linked folder's files and a folder it could not read without a word."""

    def unreadable(error: OSError) -> None:
        where = str(error.filename or root)
        _fail(on_error, InputError(where, f"cannot read the folder ({error.strerror})"))

    walked: set[str] = set()
    found: list[Path] = []
    for folder, subfolders, names in os.walk(root, onerror=unreadable, followlinks=True):
        real = os.path.realpath(folder)
        if real in walked:  # a link back up, or a second link to one folder
            subfolders.clear()
            continue
        walked.add(real)
        found += (Path(folder) / name for name in names)
    return sorted(found)


def _broken_link(path: Path) -> str:
    try:
        return f"a link to {os.readlink(path)}, which does not exist"
    except OSError as error:
        return error.strerror or "cannot be read"


def _fail(on_error: Callable[[InputError], None] | None, error: InputError) -> None:
    if on_error is None:
        raise error
    on_error(error)


def invalid_unicode(text: str) -> str | None:
    """Why ``text`` is not valid Unicode (a lone surrogate, such as JSON's "\\ud800" or a
    ``surrogateescape`` decoding leaves), or None when it is."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        return (
            f"text is not valid Unicode (a lone surrogate {text[err.start]!r} "
            f"at character {err.start})"
        )
    return None


# byte-order marks of the other Unicode encodings (UTF-32's first: it begins with UTF-16's)
_OTHER_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def decode(
    data: bytes, where: str, record: int | None = None, *, declared: str | None = None
) -> str:
    """Decode UTF-8 input (or the ``declared`` encoding, an HTML page's), refusing binary
    data with a clear message.

    A NUL byte anywhere is refused, not only near the start: one past the first few KB of a
    page was stored (a JSON record's "\\u0000" is refused too), or refused later by
    ``Corpus.add`` under a made-up place ("<records>:1") instead of the file."""
    for bom, name in _OTHER_BOMS:
        if data.startswith(bom):  # Notepad's "Unicode": text, but not UTF-8
            raise InputError(where, f"{name} text, not UTF-8 (save it as UTF-8)", record=record)
    nul = data.find(b"\x00")
    if nul >= 0:
        problem = "binary data, not text" + (f" (a NUL byte at offset {nul})" if nul else "")
        raise InputError(where, problem, record=record)
    try:
        text = data.decode(declared or "utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        expected = f"{declared} as the page declares" if declared else "UTF-8"
        raise InputError(
            where,
            f"not {expected} (byte 0x{data[err.start]:02x} at offset {err.start})",
            record=record if record is not None else line,
        ) from None
    return text


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    return True


def read_text_file(path: Path, encoding_of: Callable[[bytes], str | None] | None = None) -> str:
    """Read one document-sized file as UTF-8 text, with the size, binary and empty checks;
    ``encoding_of`` names the encoding to read a file in that is not UTF-8 (None: refused)."""
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise InputError(str(path), _too_large(size))
        data = path.read_bytes()
    except OSError as err:
        raise InputError(str(path), err.strerror or str(err)) from None
    return text_from_bytes(data, str(path), encoding_of)


def text_from_bytes(
    data: bytes, where: str, encoding_of: Callable[[bytes], str | None] | None = None
) -> str:
    """A document's bytes (a file's, an upload's) as text, with the checks of
    :func:`read_text_file`: size, binary, encoding, empty."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise InputError(where, _too_large(len(data)))
    declared = encoding_of(data) if encoding_of is not None and not _utf8(data) else None
    text = decode(data, where, declared=declared)
    if not text.strip():
        raise InputError(where, "empty file")
    return text


def _too_large(size: int) -> str:
    return (
        f"file is {size / 1e6:.0f} MB; one article may be at most "
        f"{MAX_DOCUMENT_BYTES // (1024 * 1024)} MB"
    )


def read_articles(
    paths: list[str | os.PathLike[str]], on_error: Callable[[InputError], None] | None = None
) -> Iterator[Article]:
    """Read every supported file under ``paths`` and yield its articles.

    A bad file or record raises :class:`InputError`; with ``on_error``, it is handed to it
    and skipped instead, so one bad page does not stop a crawl (a path that does not exist
    still raises).

    An id given twice in one run with different content is bad input, naming both places:
    two files named alike in different folders (given one by one, or as two folders) would
    otherwise be stored as one article, the first silently replaced. An exact copy (a
    record repeated in a crawl, a file given twice) is passed on: storing it changes
    nothing."""
    from .html import read_html
    from .jsonl import read_jsonl_lines
    from .text import read_txt

    def fail(error: InputError) -> None:
        if on_error is None:
            raise error
        on_error(error)

    inputs = list(iter_input_files(paths, on_error))
    clashing = _clashing_files(inputs, fail)  # before anything is read, so nothing is stored
    files: list[Path] = []
    # id -> (file, line, content hash): small, for runs of millions of records
    first_seen: dict[str, tuple[int, int | None, int]] = {}
    for path, kind, article_id in inputs:
        if path in clashing:
            continue
        files.append(path)
        located: Iterator[tuple[int | None, Article]]
        if kind == "jsonl":
            located = read_jsonl_lines(path, on_error)
        else:
            try:
                read = read_txt if kind == "txt" else read_html
                located = iter([(None, article) for article in read(path, article_id)])
            except InputError as error:
                fail(error)
                continue
        for line, article in located:
            content = _content_key(article)
            seen = first_seen.setdefault(article.id, (len(files) - 1, line, content))
            if seen[2] != content:
                first = str(files[seen[0]]) + (f":{seen[1]}" if seen[1] is not None else "")
                advice = (
                    "; ids are paths under the folder given, so index a folder that holds both "
                    "files (or rename one)"
                    if line is None
                    else ""
                )
                fail(
                    InputError(
                        str(path),
                        f"id {article.id!r} was already given, with other content, by "
                        f"{first}{advice}",
                        record=line,
                    )
                )
                continue
            yield article


def _clashing_files(
    inputs: list[tuple[Path, str, str]], fail: Callable[[InputError], None]
) -> set[Path]:
    """Text and HTML files that would take an id another file of this run already has, with
    other bytes: refused before any is read (``fail`` raises, or reports and they are
    skipped), so the first is not stored before the second is found."""
    first: dict[str, Path] = {}
    clashing: set[Path] = set()
    for path, kind, article_id in inputs:
        if kind == "jsonl":
            continue
        other = first.setdefault(article_id, path)
        if other.resolve() == path.resolve() or _same_bytes(other, path):
            continue
        fail(
            InputError(
                str(path),
                f"its id {article_id!r} is also the id of {other}, which has other content; ids "
                "are paths under the folder given, so index a folder that holds both files (or "
                "rename one)",
            )
        )
        clashing.add(path)
    return clashing


def _same_bytes(a: Path, b: Path) -> bool:
    try:
        return a.stat().st_size == b.stat().st_size and a.read_bytes() == b.read_bytes()
    except OSError:
        return False  # reported when the file is read


def _content_key(article: Article) -> int:
    """Every field of an article, hashed: two records alike in all of them are one (where
    a file was read from is no field of its article: the same file given twice is one)."""
    metadata = {k: v for k, v in article.extra.items() if k != "source_file"}
    extra = json.dumps(metadata, sort_keys=True, default=str)
    fields = (article.text, article.title, article.publisher, article.url, article.date)
    return hash((*fields, article.authors, extra))
