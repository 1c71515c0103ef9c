"""``unspun serve``: the JSON API and the web page, over a real uvicorn server on a free port.

The API must say what the library says (it is a thin layer), refuse bad requests in one line,
and the page must take a pasted article or an uploaded file to its HTML report."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import httpx
import jsonschema
import pytest
import uvicorn

import unspun
from unspun.report import schema
from unspun.serve import MAX_BODY_BYTES, Service, create_app

SEED_SOURCE_ID = "seed:002_bfd5cbc101d0c76f"


@pytest.fixture(scope="module")
def server(example_corpus) -> Iterator[str]:
    """The service over the example corpus (its own connection), at http://127.0.0.1:PORT."""
    corpus = unspun.Corpus.open(example_corpus.store.path, create=False)
    service = Service(corpus)
    config = uvicorn.Config(create_app(service), host="127.0.0.1", port=0, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.02)
    port = running.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=30)
    corpus.close()


@pytest.fixture(scope="module")
def client(server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, timeout=60) as http:
        yield http


def _without_timings(data: dict) -> dict:
    return {k: v for k, v in data.items() if k != "timings_ms"}


def test_health_says_how_many_articles_the_corpus_holds(client, example_corpus):
    reply = client.get("/api/health")
    assert reply.status_code == 200
    data = reply.json()
    assert data["status"] == "ok"
    assert data["articles"] == len(example_corpus)
    assert data["schema_version"] == unspun.SCHEMA_VERSION


def test_api_check_returns_the_report_the_library_gives(client, example_corpus, seed_rewrite):
    options = unspun.CheckOptions(detect=False)
    reply = client.post("/api/check", json={"text": seed_rewrite, "options": {"detect": False}})
    assert reply.status_code == 200
    assert reply.headers["content-type"].startswith("application/json")
    data = reply.json()
    jsonschema.validate(data, schema())
    expected = unspun.check(seed_rewrite, example_corpus, options).to_dict()
    assert _without_timings(data) == _without_timings(expected)
    assert data["verdict"]["kind"] == "derived"
    assert [s["id"] for s in data["sources"]] == [SEED_SOURCE_ID]


def test_api_check_reads_an_html_page_and_takes_the_id_and_options(client, seed_rewrite):
    body = "".join(f"<p>{line}</p>" for line in seed_rewrite.splitlines() if line.strip())
    page = f"<html><head><title>Naval drills</title></head><body><article>{body}</article></body></html>"
    reply = client.post(
        "/api/check",
        json={"html": page, "id": "page-1", "options": {"detect": False, "max_sources": 1}},
    )
    assert reply.status_code == 200, reply.text
    data = reply.json()
    assert data["suspect"]["id"] == "page-1"
    assert data["machine_text"] is None  # detect: false
    assert [s["id"] for s in data["sources"]] == [SEED_SOURCE_ID]


def test_api_compare_types_a_changed_date_against_the_source_given(client):
    source = "The council approved the budget on Tuesday. It will cut road spending by 5%."
    suspect = "The council approved the budget on Monday. It will cut road spending by 5%."
    reply = client.post(
        "/api/compare",
        json={"suspect": suspect, "source": {"text": source, "id": "minutes"}, "options": {}},
    )
    assert reply.status_code == 200, reply.text
    data = reply.json()
    assert [s["id"] for s in data["sources"]] == ["minutes"]
    altered = [f for f in data["findings"] if f["label"] == "altered"]
    assert [c["type"] for f in altered for c in f["changes"]] == ["date"]


@pytest.mark.parametrize(
    ("body", "headers", "status", "message"),
    [
        (b'{"text": "  "}', {}, 400, '"text" is empty'),
        (b'{"text": "a", "html": "<p>a</p>"}', {}, 400, 'as "text" or as "html"'),
        (b"{}", {}, 400, 'as "text" or as "html"'),
        (b'{"text": 5}', {}, 400, '"text" must be a string, not a number'),
        (b'{"text": "a", "lang": "en"}', {}, 400, "unknown field 'lang'"),
        (b'{"text": "a", "options": {"max_sources": 0}}', {}, 400, "max_sources"),
        (b'{"text": "a", "options": {"fpr": 2}}', {}, 400, "options: fpr"),
        (b'{"text": "a", "options": {"speed": 1}}', {}, 400, "unknown option 'speed'"),
        (b'{"text": "a", "options": []}', {}, 400, "options: must be an object"),
        (b'["a"]', {}, 400, "must be a JSON object, not an array"),
        (b'{"text": ', {}, 400, "not JSON"),
        (b'{"text": "caf\xe9"}', {}, 400, "not UTF-8 (byte 0xe9"),
        (b'{"text": "a\\u0000b"}', {}, 400, "NUL"),
        (b'{"html": "<html><body></body></html>"}', {}, 400, "no article text found"),
        (b"text=a", {"content-type": "text/plain"}, 415, "application/json, not text/plain"),
    ],
)
def test_a_bad_request_gets_one_line_naming_the_problem(client, body, headers, status, message):
    headers = {"content-type": "application/json", **headers}
    reply = client.post("/api/check", content=body, headers=headers)
    assert reply.status_code == status
    error = reply.json()["error"]
    assert message in error and "\n" not in error and "Traceback" not in error


def test_a_request_over_the_size_limit_is_refused_without_reading_it_all(client):
    body = b'{"text": "' + b"a" * (MAX_BODY_BYTES + 1) + b'"}'
    reply = client.post("/api/check", content=body, headers={"content-type": "application/json"})
    assert reply.status_code == 413
    assert "MB" in reply.json()["error"]


def test_a_request_over_the_size_limit_sent_in_chunks_is_refused_as_it_comes(client):
    def chunks():  # no Content-Length
        yield b'{"text": "'
        for _ in range(MAX_BODY_BYTES // (1024 * 1024) + 2):
            yield b"a" * (1024 * 1024)
        yield b'"}'

    reply = client.post(
        "/api/check", content=chunks(), headers={"content-type": "application/json"}
    )
    assert reply.status_code == 413
    assert reply.json()["error"].startswith("the request is over")


def test_a_compare_side_of_the_wrong_type_is_named(client):
    reply = client.post("/api/compare", json={"suspect": "A bridge was shut.", "source": 3})
    assert reply.status_code == 400
    assert reply.json()["error"] == '<request>: "source" must be a string or an article object'


def test_the_page_shows_the_corpus_and_a_form(client, example_corpus):
    reply = client.get("/")
    assert reply.status_code == 200
    assert f"<b>{len(example_corpus)}</b> articles" in reply.text
    assert '<form method="post" action="/check"' in reply.text


def test_the_form_turns_a_pasted_article_into_the_html_report(client, seed_rewrite):
    reply = client.post("/check", data={"text": seed_rewrite})
    assert reply.status_code == 200
    assert reply.headers["content-type"].startswith("text/html")
    assert 'id="verdict"' in reply.text and "<b>derived</b>" in reply.text


def test_the_form_takes_an_uploaded_page(client, seed_rewrite):
    body = "".join(f"<p>{line}</p>" for line in seed_rewrite.splitlines() if line.strip())
    page = f"<html><body><article>{body}</article></body></html>".encode()
    reply = client.post(
        "/check", data={"text": ""}, files={"file": ("saved.html", page, "text/html")}
    )
    assert reply.status_code == 200
    assert "<b>derived</b>" in reply.text


def test_the_form_answers_bad_input_on_the_page_and_keeps_what_was_typed(client):
    reply = client.post("/check", data={"text": "   "})
    assert reply.status_code == 400
    assert "paste an article or choose a file" in reply.text
    binary = client.post(
        "/check",
        data={"text": "kept <b>"},
        files={"file": ("scan.txt", b"\x00\x01", "text/plain")},
    )
    assert binary.status_code == 400
    assert "scan.txt: binary data, not text" in binary.text
    assert ">kept &lt;b&gt;</textarea>" in binary.text  # kept, and escaped


def test_an_upload_over_the_limit_is_refused_as_it_streams_in(client):
    def chunks():  # no Content-Length: the size is known only as it arrives
        boundary = b"--x\r\n"
        yield boundary + b'Content-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n'
        block = b"a" * (1024 * 1024)
        for _ in range(MAX_BODY_BYTES // len(block) + 2):
            yield block
        yield b"\r\n--x--\r\n"

    reply = client.post(
        "/check", content=chunks(), headers={"content-type": "multipart/form-data; boundary=x"}
    )
    assert reply.status_code == 413
    assert "the request is over" in reply.text and '<form method="post"' in reply.text


def test_deep_json_and_unknown_fields_of_a_side_are_refused_in_one_line(client):
    deep = client.post(
        "/api/check",
        content=b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        headers={"content-type": "application/json"},
    )
    assert deep.status_code == 400 and deep.json()["error"] == "<request>: JSON nested too deeply"
    side = client.post("/api/compare", json={"suspect": {"text": "a", "lang": "en"}, "source": "b"})
    assert side.status_code == 400
    assert side.json()["error"] == "<request>: suspect: unknown field 'lang'"


def test_health_answers_at_once_while_a_check_runs(example_corpus):
    corpus = unspun.Corpus.open(example_corpus.store.path, create=False)
    service = Service(corpus)
    with service._lock:  # as during a check
        started = time.monotonic()
        health = service.health()
    assert time.monotonic() - started < 1
    assert health["busy"] and health["articles"] == len(example_corpus)
    assert not service.health()["busy"]
    corpus.close()


def test_an_article_indexed_while_serving_is_found_by_the_next_check(tmp_path):
    db = tmp_path / "live.unspun"
    writer = unspun.Corpus.open(db)
    writer.add([{"id": "old", "text": "A bakery in Leeds closed after forty years of trade."}])
    service = Service(unspun.Corpus.open(db, create=False))
    story = (
        "The ferry to Arran was cancelled on Tuesday because of gales. CalMac said the "
        "crossing from Ardrossan would resume on Thursday. Passengers were told to book again."
    )
    suspect = unspun.Article(id="s", text=story.replace("Tuesday", "Wednesday"))
    options = unspun.CheckOptions(detect=False)
    assert service.check(suspect, options).sources == ()
    writer.add([{"id": "ferry", "text": story}])
    assert [s.id for s in service.check(suspect, options).sources] == ["ferry"]
    assert service.health()["articles"] == 2
    writer.close()
    service.corpus.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.slow
def test_the_command_serves_until_sigterm_and_stops_cleanly(example_corpus):
    port = _free_port()
    argv = [sys.executable, "-m", "unspun", "serve", "--db", str(example_corpus.store.path)]
    proc = subprocess.Popen(
        [*argv, "--port", str(port)], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True
    )
    try:
        deadline = time.monotonic() + 60  # bounds a hang, not speed
        while True:
            assert proc.poll() is None and time.monotonic() < deadline, "no server"
            try:
                reply = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=5)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert reply.json()["articles"] == len(example_corpus)
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=60)
        assert proc.returncode == 0, stderr
        assert stderr.splitlines()[-1] == "stopped"
        assert "Traceback" not in stderr and "leaked" not in stderr
    finally:
        if proc.poll() is None:
            proc.kill()


@pytest.mark.parametrize("kind", ["missing", "empty", "port taken"])
def test_the_command_refuses_what_it_cannot_serve_in_one_line(tmp_path, example_corpus, kind):
    db = tmp_path / "x.unspun"
    if kind == "empty":
        unspun.Corpus.open(db).close()
    elif kind == "port taken":
        db = example_corpus.store.path
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1] if kind == "port taken" else _free_port()
        proc = subprocess.run(
            [sys.executable, "-m", "unspun", "serve", "--db", str(db), "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1, proc.stderr
    where = f"127.0.0.1:{port}: cannot listen there" if kind == "port taken" else str(db)
    assert proc.stderr.startswith(f"error: {where}")


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"), reason="Chromium is not installed"
)
def test_a_reader_pastes_an_article_in_a_browser_and_gets_the_report(server, seed_rewrite):
    playwright = pytest.importorskip("playwright.sync_api")
    errors: list[str] = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(server + "/")
        page.fill("#text", seed_rewrite)
        page.uncheck("#detect")
        page.click("#submit")
        page.wait_for_selector("#verdict")
        assert page.inner_text("#verdict").startswith("DERIVED")
        assert page.locator(".s.altered").count() >= 1
        page.go_back()
        page.fill("#text", "")
        page.click("#submit")
        assert "paste an article" in page.inner_text("#error")
        browser.close()
    assert errors == []


def test_a_request_becomes_an_article_and_options_as_the_command_line_makes_them():
    from unspun.serve import check_options, suspect_article

    article = suspect_article({"text": "Bridge Shut\n\nA bridge was shut.", "id": "b"})
    assert (article.id, article.title) == ("b", "Bridge Shut")
    titled = suspect_article({"text": "A bridge was shut.", "title": "Closure"})
    assert (titled.id, titled.title) == ("suspect", "Closure")
    options = check_options({"fpr": 0.05, "detect": False, "max_sources": 2})
    assert (options.false_positive_rate, options.detect, options.max_sources) == (0.05, False, 2)
    assert check_options(None) == unspun.CheckOptions()
