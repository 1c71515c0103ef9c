import gzip
import json

import pytest

import unspun
from unspun.errors import InputError
from unspun.ingest import read_articles


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


def test_jsonl_records_keep_metadata(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": "Body.", "title": "T", "authors": ["X"], "section": "s"})
        + "\n\n",
        encoding="utf-8",
    )
    (article,) = list(read_articles([path]))
    assert (article.id, article.title, article.authors) == ("a", "T", ("X",))
    assert article.extra == {"section": "s"}


def test_gzip_jsonl(tmp_path):
    path = tmp_path / "c.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "a", "text": "Body."}) + "\n")
    assert [a.id for a in read_articles([path])] == ["a"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"id": "a", "text": "ok"}\n{"id": "b", "text": \n', "c.jsonl:2: not valid JSON"),
        (b'{"id": "a", "text": "ok"}\n{"text": "no id"}\n', "c.jsonl:2: record has no 'id'"),
        (b'{"id": "a", "text": ""}\n', "c.jsonl:1: record 'a' has no 'text'"),
        (b'{"id": "a", "text": "ok"}\n[1, 2]\n', "c.jsonl:2: record is not a JSON object"),
        (b"", "c.jsonl: empty file"),
        (b'{"id": "a", "text": "caf\xe9"}\n', "c.jsonl:1: not UTF-8"),
        (
            b'{"id": "a", "text": "ok"}\n{"id": "b", "text": "x\n',
            "c.jsonl:2: not valid JSON at column 21 (Unterminated string)",
        ),
        (
            b'{"id": "a", "text": "ok", "date": "2024-13-45"}\n',
            "c.jsonl:1: record 'a': 'date' '2024-13-45' is not an ISO date (YYYY-MM-DD)",
        ),
        (b'{"id": "a", "text": "ok", "date": "last Tuesday"}\n', "c.jsonl:1: record 'a': 'date'"),
        # ISO 8601 forms that Python reads but no reader of a day would
        (b'{"id": "a", "text": "ok", "date": "20240305"}\n', "c.jsonl:1: record 'a': 'date'"),
        (b'{"id": "a", "text": "ok", "date": "2024-W10-2"}\n', "c.jsonl:1: record 'a': 'date'"),
        # the column counts from the line as written, indentation included
        (b'   {"id": "b", "text": "x\n', "c.jsonl:1: not valid JSON at column 24"),
        (
            b'{"id": "a", "text": "one"}\n{"id": "b", "text": "two"}\n{"id": "a", "text": "3"}\n',
            "c.jsonl:3: id 'a' was already given, with other content, by ",
        ),
    ],
)
def test_bad_jsonl_names_file_and_line(tmp_path, content, message):
    path = _write(tmp_path / "c.jsonl", content)
    with pytest.raises(InputError) as info:
        list(read_articles([path]))
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_bad_documents(tmp_path):
    cases = {
        "empty.txt": (b"  \n", "empty file"),
        "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary data"),
        "latin1.txt": ("Caf\u00e9 news".encode("latin-1"), "not UTF-8"),
        # Notepad's "Unicode" is UTF-16 with a byte-order mark: text, not binary data
        "notepad.txt": ("Caf\u00e9 news".encode("utf-16"), "UTF-16 text, not UTF-8"),
        "wide.txt": ("Caf\u00e9 news".encode("utf-32"), "UTF-32 text, not UTF-8"),
        "notes.pdf": (b"%PDF-1.4", "unknown file type"),
    }
    for name, (data, message) in cases.items():
        path = _write(tmp_path / name, data)
        with pytest.raises(InputError, match=message):
            list(read_articles([path]))


def test_fifty_megabyte_file_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(InputError, match="huge.txt: file is 52 MB"):
        list(read_articles([path]))


def test_a_record_over_the_size_limit_is_refused_naming_the_limit(tmp_path):
    path = tmp_path / "crawl.jsonl"
    huge = json.dumps({"id": "huge", "text": "word " * (11 * 1024 * 1024 // 5)})
    path.write_text(json.dumps({"id": "a", "text": "A story."}) + "\n" + huge + "\n")
    with pytest.raises(
        InputError, match=r"crawl.jsonl:2: record is 12 MB; one article may be at most 10 MB$"
    ):
        list(read_articles([path]))


def test_missing_path(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(read_articles([tmp_path / "nope.jsonl"]))


PORT_PAGE = """<!DOCTYPE html><html><head><title>Port deal signed | Example News</title>
    <meta name="author" content="Jane Doe"><meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2023-09-05"></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Port deal signed</h1>
    <p>The two governments signed a port agreement on Tuesday after months of talks in the capital.</p>
    <p>Officials said the deal would double the number of container ships that can dock each week.</p>
    <p>Critics said the agreement had been negotiated without public consultation or oversight.</p>
    </article><footer>Subscribe to our newsletter</footer></body></html>"""


def test_html_goes_through_trafilatura(tmp_path):
    path = tmp_path / "port.html"
    path.write_text(PORT_PAGE, encoding="utf-8")
    (article,) = list(read_articles([path]))
    assert article.id == "port"
    assert "port agreement on Tuesday" in article.text
    assert "Subscribe" not in article.text
    assert article.date == "2023-09-05"
    assert article.authors == ("Jane Doe",)


@pytest.mark.parametrize(
    ("meta", "codec"),
    [
        ('<meta charset="windows-1252">', "cp1252"),
        ("<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'>", "latin-1"),
    ],
)
def test_an_html_page_in_the_encoding_its_meta_declares_is_read_so(tmp_path, meta, codec):
    # an older site's page saved as it was served: refused before as "not UTF-8"
    page = PORT_PAGE.replace("<head>", "<head>" + meta).replace(
        "in the capital", "in the caf\u00e9s of S\u00e3o Paulo"
    )
    path = tmp_path / "port.html"
    path.write_bytes(page.encode(codec))
    (article,) = list(read_articles([path]))
    assert "in the caf\u00e9s of S\u00e3o Paulo" in article.text


@pytest.mark.parametrize("meta", ["", '<meta charset="utf-8">', '<meta charset="base64">'])
def test_an_html_page_not_in_utf8_nor_in_an_encoding_it_declares_is_refused(tmp_path, meta):
    page = PORT_PAGE.replace("<head>", "<head>" + meta).replace("capital", "caf\u00e9")
    path = tmp_path / "port.html"
    path.write_bytes(page.encode("latin-1"))
    with pytest.raises(InputError, match=r"port.html:6: not UTF-8 \(byte 0xe9 at offset"):
        list(read_articles([path]))


def test_an_html_page_not_in_the_encoding_it_declares_is_refused_naming_it(tmp_path):
    page = PORT_PAGE.replace("<head>", '<head><meta charset="shift_jis">')
    path = tmp_path / "port.html"
    path.write_bytes(page.encode("utf-8") + b"\x81\x20")
    with pytest.raises(
        InputError, match=r"port.html:9: not shift_jis as the page declares \(byte 0x81"
    ):
        list(read_articles([path]))


def test_an_html_page_in_memory_becomes_an_article_check_can_read():
    article = unspun.ingest.article_from_html(PORT_PAGE, "port")
    assert (article.id, article.title, article.date) == ("port", "Port deal signed", "2023-09-05")
    assert "<p>" not in article.text and "Subscribe" not in article.text
    report = unspun.compare(article, article.text)
    assert {f.label for f in report.findings} == {"supported"}
    with pytest.raises(InputError, match="<html>: no article text"):
        unspun.ingest.article_from_html("<html><body></body></html>", "empty")


def test_folder_is_walked(tmp_path, examples):
    (tmp_path / "a.txt").write_text("Headline\n\nOne. Two.", encoding="utf-8")
    (tmp_path / "skip.png").write_bytes(b"\x89PNG")
    assert [a.id for a in read_articles([tmp_path])] == ["a"]


def test_same_file_name_in_two_folders_keeps_both(tmp_path):
    for part in ("a", "b"):
        (tmp_path / part).mkdir()
        (tmp_path / part / "index.txt").write_text(
            f"Story {part}.\n\nBody {part}.", encoding="utf-8"
        )
    assert sorted(a.id for a in read_articles([tmp_path])) == ["a/index", "b/index"]


def test_iso_dates_and_timestamps_are_kept(tmp_path):
    lines = [
        {"id": "a", "text": "One.", "date": "2024-03-05"},
        {"id": "b", "text": "Two.", "date": "2024-03-05T09:30:00Z"},
        {"id": "c", "text": "Three.", "date": None},
    ]
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    assert [a.date for a in read_articles([path])] == ["2024-03-05", "2024-03-05T09:30:00Z", None]


def test_a_non_utf8_text_file_names_the_line(tmp_path):
    path = _write(tmp_path / "story.txt", b"Headline\n\nFirst line.\nCaf\xe9 society.\n")
    with pytest.raises(InputError, match=r"story.txt:4: not UTF-8"):
        list(read_articles([path]))


@pytest.mark.parametrize("gzipped", [False, True])
def test_jsonl_with_old_mac_line_ends_is_read_line_by_line(tmp_path, gzipped):
    # lines ended by CR alone: JSON allows no raw CR inside a string, so each CR is a line end
    lines = [json.dumps({"id": f"a{i}", "text": f"Story {i}."}) for i in range(3)]
    data = "\r".join(lines[:2] + ["", lines[2]]).encode() + b"\r"  # a blank line, too
    name = "mac.jsonl.gz" if gzipped else "mac.jsonl"
    path = _write(tmp_path / name, gzip.compress(data) if gzipped else data)
    assert [a.id for a in read_articles([path])] == ["a0", "a1", "a2"]
    # a bad line is named by its number as an editor counts these lines
    path = _write(tmp_path / "bad.jsonl", data.replace(b'"id": "a2", ', b""))
    with pytest.raises(InputError, match=r"bad.jsonl:4: record has no 'id'"):
        list(read_articles([path]))


@pytest.mark.parametrize("ending", [b"\n", b"\r\n"])
def test_a_cr_between_the_tokens_of_a_first_record_is_no_old_mac_line_end(tmp_path, ending):
    # JSON allows a CR as whitespace between tokens: the first line's CR, where the record
    # before it is not finished, does not make a file of old Mac line ends
    data = b'{"id": "a",\r "text": "A bridge was shut."}' + ending + b'{"id": "b", "text": "x"}'
    path = _write(tmp_path / "c.jsonl", data + ending)
    assert [a.id for a in read_articles([path])] == ["a", "b"]
    # a whole record, or a blank line, before the first CR: the CR ends it
    path = _write(tmp_path / "mac.jsonl", b'\r{"id": "a", "text": "x"}\r{"id": "b", "text": "y"}\r')
    assert [a.id for a in read_articles([path])] == ["a", "b"]


@pytest.mark.parametrize("ending", [b"\n", b"\r\n", b"\r"])
def test_record_lines_split_long_lines_at_their_own_line_ends(ending):
    import io

    from unspun.ingest.jsonl import record_lines

    long = b"x" * 100_000  # longer than the first read for a line end
    lines = [long, b"short", b"", long + b"y"]
    data = ending.join(lines) + ending
    assert [line.removesuffix(ending) for line in record_lines(io.BytesIO(data))] == lines
    # the last line without its line end, and a CR that is the last byte of a read
    cut = b"a" * ((1 << 16) - 1) + ending + b"b"
    assert b"".join(record_lines(io.BytesIO(cut))) == cut
    assert len(list(record_lines(io.BytesIO(cut)))) == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b'{"id": "a", "text": "ok"}\n{"id": "b", "text": "ok"}\r{"id": "c", "text": "x"}\n',
            "c.jsonl:2: a second record at column 27 after a CR-only line end (old Mac line "
            "ends), in a file whose first line ends with LF: save it with one kind of line end",
        ),
        (
            b'{"id": "a", "text": "ok"}\r{"id": "b", "text": "ok"}\n{"id": "c", "text": "x"}\r',
            "c.jsonl:2: a second record at column 27 after an LF line end, in a file whose "
            "first line ends with CR only (old Mac line ends)",
        ),
    ],
)
def test_mixed_line_ends_that_join_two_records_are_named(tmp_path, content, message):
    path = _write(tmp_path / "c.jsonl", content)
    with pytest.raises(InputError) as info:
        list(read_articles([path]))
    assert message in str(info.value) and "Extra data" not in str(info.value)


def test_a_truncated_gzip_names_the_line_it_stopped_at(tmp_path):
    path = tmp_path / "c.jsonl.gz"
    body = "".join(json.dumps({"id": str(i), "text": "x" * 200}) + "\n" for i in range(200))
    data = gzip.compress(body.encode())
    path.write_bytes(data[: len(data) // 2])
    read = []
    with pytest.raises(InputError, match=r"c.jsonl.gz:\d+: cannot read file") as info:
        read.extend(read_articles([path]))
    assert info.value.record == len(read) + 1


@pytest.mark.parametrize("as_folders", [False, True])
def test_two_files_with_one_id_are_refused_not_merged(tmp_path, as_folders):
    for part in ("jan", "feb"):
        (tmp_path / part).mkdir()
        (tmp_path / part / "story.txt").write_text(f"Story {part}.\n\nBody.", encoding="utf-8")
    given = [tmp_path / "jan", tmp_path / "feb"]
    if not as_folders:
        given = [path / "story.txt" for path in given]
    read = []
    with pytest.raises(InputError) as info:
        read.extend(read_articles(given))
    assert read == []  # refused before anything is read, so nothing is stored
    assert str(info.value) == (
        f"{tmp_path / 'feb' / 'story.txt'}: its id 'story' is also the id of "
        f"{tmp_path / 'jan' / 'story.txt'}, which has other content; ids are paths under the "
        "folder given, so index a folder that holds both files (or rename one)"
    )
    # with --skip-bad's handler the clashing file is reported and the other read
    skipped = []
    assert [a.text for a in read_articles(given, on_error=skipped.append)] == [
        "Story jan.\n\nBody."
    ]
    assert len(skipped) == 1


def test_an_exact_copy_of_a_record_or_a_file_given_twice_is_no_error(tmp_path):
    record = json.dumps({"id": "a", "text": "One story.", "date": "2024-03-05"}) + "\n"
    path = tmp_path / "c.jsonl"
    path.write_text(record + record, encoding="utf-8")
    assert [a.id for a in read_articles([path, path])] == ["a", "a", "a", "a"]


def test_a_corrupt_gzip_is_one_line_and_skippable(tmp_path):
    path = tmp_path / "c.jsonl.gz"
    body = "".join(json.dumps({"id": str(i), "text": "x" * 50}) + "\n" for i in range(50))
    data = bytearray(gzip.compress(body.encode()))
    data[12] ^= 0xFF  # a damaged deflate block header
    path.write_bytes(bytes(data))
    with pytest.raises(InputError, match=r"c.jsonl.gz: damaged .gz file \(.+\); none of its"):
        list(read_articles([path]))
    skipped = []
    assert list(read_articles([path], on_error=skipped.append)) == []
    assert len(skipped) == 1


def test_a_gzip_that_fails_its_checksum_is_refused_before_any_record_is_read(tmp_path):
    path = tmp_path / "c.jsonl.gz"
    body = "".join(
        json.dumps({"id": str(i), "text": f"Text number {i}."}) + "\n" for i in range(50)
    )
    data = bytearray(gzip.compress(body.encode(), compresslevel=0))  # stored: bytes as written
    data[data.index(b"Text number 30")] ^= 0x01  # 'T' -> 'U': valid JSON, wrong text
    path.write_bytes(bytes(data))
    read = []
    with pytest.raises(InputError, match=r"c.jsonl.gz: damaged .gz file \(CRC check failed"):
        read.extend(read_articles([path]))
    assert read == []  # the records before the damage are not trusted either


def test_a_repeated_id_differing_only_in_its_publisher_is_a_clash(tmp_path):
    lines = [
        {"id": "a", "text": "One story.", "publisher": "Daily Bugle"},
        {"id": "a", "text": "One story.", "publisher": "Daily Planet"},
    ]
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    with pytest.raises(InputError, match="c.jsonl:2: id 'a' was already given, with other"):
        list(read_articles([path]))


def test_the_same_text_file_given_twice_is_one_article(tmp_path):
    for part in ("a", "b"):
        (tmp_path / part).mkdir()
        (tmp_path / part / "x.txt").write_text("Same story.\n\nSame body.", encoding="utf-8")
    given = [tmp_path / "a" / "x.txt", tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt"]
    assert [a.id for a in read_articles(given)] == ["x", "x", "x"]


def test_a_nul_byte_past_the_first_kilobytes_is_refused_naming_the_file(tmp_path):
    # only the first 8 KB were looked at: `detect` scored the page, and `index` refused it
    # from Corpus.add as "<records>:1: record 'late': text holds binary data"
    text = "The council met on Monday. " * 400
    path = _write(tmp_path / "late.txt", (text[:9000] + "\x00" + text[9000:]).encode())
    with pytest.raises(
        InputError, match=r"late.txt: binary data, not text \(a NUL byte at offset 9000\)$"
    ):
        list(read_articles([path]))


def test_linked_folders_are_walked_once_and_a_link_loop_ends(tmp_path):
    # rglob left out the files of a linked folder without a word (a crawl whose shards are
    # links); a link back up must not loop
    shard = tmp_path / "shard"
    shard.mkdir()
    _write(shard / "b.txt", b"A story from the linked shard. It has two sentences.")
    crawl = tmp_path / "crawl"
    (crawl / "sub").mkdir(parents=True)
    _write(crawl / "a.txt", b"A story in the crawl itself. It has two sentences.")
    (crawl / "linked").symlink_to(shard)
    (crawl / "sub" / "up").symlink_to(crawl)
    assert sorted(a.id for a in read_articles([crawl])) == ["a", "linked/b"]


def test_a_broken_link_or_an_unreadable_folder_is_reported_not_skipped(tmp_path, monkeypatch):
    import os

    crawl = tmp_path / "crawl"
    (crawl / "locked").mkdir(parents=True)
    _write(crawl / "a.txt", b"A story in the crawl. It has two sentences.")
    (crawl / "gone.txt").symlink_to(tmp_path / "moved.txt")
    with pytest.raises(InputError, match=r"gone.txt: a link to .*moved.txt, which does not exist"):
        list(read_articles([crawl]))
    (crawl / "gone.txt").unlink()
    # permissions do not bind root, so the folder's listing is refused as it would be
    scandir = os.scandir

    def refuse(path=".", *args):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path, *args)

    monkeypatch.setattr(os, "scandir", refuse)
    with pytest.raises(InputError, match=r"locked: cannot read the folder \(Permission denied\)"):
        list(read_articles([crawl]))
    skipped = []
    assert [a.id for a in read_articles([crawl], on_error=skipped.append)] == ["a"]
    assert [str(e) for e in skipped] == [
        f"{crawl / 'locked'}: cannot read the folder (Permission denied)"
    ]


@pytest.mark.parametrize(
    ("record", "message"),
    [
        # each said the field was missing ("record has no 'id'") or named no record
        (
            {"id": 1.5, "text": "A story."},
            "c.jsonl:1: record's 'id' must be a non-empty string, not a number",
        ),
        (
            {"id": ["a"], "text": "A story."},
            "c.jsonl:1: record's 'id' must be a non-empty string, not a list",
        ),
        (
            {"id": "a", "text": 42},
            "c.jsonl:1: record 'a': 'text' must be a non-empty string, not a number",
        ),
        (
            {"id": "a", "text": ["A", "story."]},
            "c.jsonl:1: record 'a': 'text' must be a non-empty string, not a list",
        ),
        (
            {"id": "a", "text": "A story.", "title": 5},
            "c.jsonl:1: record 'a': 'title' must be a string or null, not a number",
        ),
        (
            {"id": "a", "text": "A story.", "date": 20240305},
            "c.jsonl:1: record 'a': 'date' must be a string or null, not a number",
        ),
        (
            {"id": "a", "text": "A story.", "url": {"href": "x"}},
            "c.jsonl:1: record 'a': 'url' must be a string or null, not an object",
        ),
    ],
)
def test_a_field_of_the_wrong_type_is_named_with_its_type(tmp_path, record, message):
    path = _write(tmp_path / "c.jsonl", json.dumps(record).encode())
    with pytest.raises(InputError) as info:
        list(read_articles([path]))
    assert str(info.value).endswith(message)


def test_files_no_reader_takes_are_listed_by_folder(tmp_path):
    from unspun.ingest import unknown_type_files

    (tmp_path / "a.txt").write_text("One. Two.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "notes.md").write_text("# x", encoding="utf-8")
    (tmp_path / "skip.png").write_bytes(b"\x89PNG")
    assert unknown_type_files([tmp_path, tmp_path / "a.txt"]) == [
        (tmp_path, [tmp_path / "skip.png", tmp_path / "sub" / "notes.md"])
    ]
    assert unknown_type_files([tmp_path / "a.txt"]) == []
