"""``unspun serve``: the HTTP API and the web page, a thin layer over ``check`` and ``compare``.

A newsroom runs one service over its archive; fact-checkers use the page, other tools the
API. Every route calls the same library functions the command line does and renders the same
:class:`~unspun.results.Report`::

    GET  /                the page: paste an article or upload a saved .txt / .html page
    POST /check           the page's form: the HTML report (the page again, with the error,
                          on bad input: the text typed is kept)
    GET  /api/health      {"status": "ok", "articles": N, "version": ..., "schema_version": ...}
    GET  /api/schema      the report's JSON schema (src/unspun/report/schema.json)
    POST /api/check       {"text": ...} or {"html": ...}, with "id", "title", "options":
                          the report as JSON, exactly what ``unspun check -f json`` writes
    POST /api/compare     {"suspect": ..., "source": ...}: the report against a known source

``options`` may hold ``max_sources``, ``detect`` and ``fpr``, as on the command line. Bad
input is answered with one line, ``{"error": "..."}``, and status 400 (413 for a body over
:data:`~unspun.ingest.MAX_DOCUMENT_BYTES` plus room for the JSON around it, 415 for a body
that is not JSON). The corpus is opened once and never written; an article added to it by
``unspun index`` meanwhile is found by the next check. One process runs one check at a time
(they share the corpus's connection and the models, and a check keeps a core busy); run
``--workers N`` for N processes. Needs the ``serve`` extra (``pip install "unspun[serve]"``).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from .. import __version__
from .._text import one_line
from ..core import CheckOptions, check, compare
from ..corpus import Corpus
from ..documents import Article
from ..errors import InputError, UnspunError
from ..ingest import MAX_DOCUMENT_BYTES, article_from_html, article_from_text
from ..ingest._files import decode, text_from_bytes
from ..ingest.html import declared_encoding
from ..report import render_html, render_json, schema
from ..results import SCHEMA_VERSION, Report

__all__ = ["Service", "create_app", "run"]

#: room for the JSON or form around a document of MAX_DOCUMENT_BYTES (a compare carries two)
MAX_BODY_BYTES = 2 * MAX_DOCUMENT_BYTES + 64 * 1024
_TEMPLATES = Path(__file__).with_name("templates")
_OPTION_KEYS = {"max_sources", "detect", "fpr"}


class Service:
    """The library calls behind the routes: one corpus, one check at a time."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self._lock = threading.Lock()
        self._articles = len(corpus)

    def warm_up(self) -> None:
        """Load the models now, so the first request is not the one that waits for them."""
        compare("Warm up.", "Warm up.", CheckOptions(detect=True))

    def health(self) -> dict[str, Any]:
        """The service's state, at once: during a check, the article count it last read
        (``busy``: a check is running), so a load balancer's probe never waits."""
        busy = not self._lock.acquire(blocking=False)
        if not busy:
            try:
                self._articles = len(self.corpus)
            finally:
                self._lock.release()
        return {
            "status": "ok",
            "busy": busy,
            "articles": self._articles,
            "corpus": self.corpus.store.path.name,
            "version": __version__,
            "schema_version": SCHEMA_VERSION,
        }

    def check(self, article: Article, options: CheckOptions) -> Report:
        with self._lock:
            return check(article, self.corpus, options, suspect_id=article.id)

    def compare(self, suspect: Article, source: Article, options: CheckOptions) -> Report:
        with self._lock:
            return compare(suspect, source, options)


def check_options(given: Any, where: str = "options") -> CheckOptions:
    """The CheckOptions a request asks for: ``max_sources``, ``detect`` and ``fpr``."""
    if given is None:
        return CheckOptions()
    if not isinstance(given, Mapping):
        raise InputError(where, f"must be an object, not {_json_type(given)}")
    unknown = sorted(set(given) - _OPTION_KEYS)
    if unknown:
        raise InputError(
            where, f"unknown option {unknown[0]!r} (known: {', '.join(sorted(_OPTION_KEYS))})"
        )
    kwargs: dict[str, Any] = {}
    if "max_sources" in given:
        kwargs["max_sources"] = given["max_sources"]
    if "detect" in given:
        kwargs["detect"] = given["detect"]
    if "fpr" in given:
        kwargs["false_positive_rate"] = given["fpr"]
    try:
        return CheckOptions(**kwargs)
    except (TypeError, ValueError) as error:  # the library names the field it refused
        message = str(error).replace("CheckOptions.false_positive_rate", "fpr")
        raise InputError(where, message.replace("CheckOptions.", "")) from None


_ARTICLE_KEYS = {"text", "html", "id", "title"}


def suspect_article(data: Mapping[str, Any], where: str = "<request>") -> Article:
    """The article a request gives: plain ``text`` or an HTML page (``html``), with an
    optional ``id`` (default "suspect") and ``title`` (the report's title when the text
    has no headline line of its own, as for ``unspun check``)."""
    unknown = sorted(set(data) - _ARTICLE_KEYS - {"options"})
    if unknown:
        raise InputError(where, f"unknown field {unknown[0]!r}")
    article_id = _optional_str(data, "id", where) or "suspect"
    title = _optional_str(data, "title", where)
    text, html = _optional_str(data, "text", where), _optional_str(data, "html", where)
    if (text is None) == (html is None):
        raise InputError(where, 'give the article as "text" or as "html" (one of them)')
    for key, value in (("text", text), ("html", html), ("id", article_id), ("title", title)):
        if value is not None and "\x00" in value:
            raise InputError(where, f'"{key}" holds binary data (a NUL character)')
        if value is not None and len(value.encode("utf-8", "surrogatepass")) > MAX_DOCUMENT_BYTES:
            raise InputError(where, f'"{key}" is over {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB')
    if html is not None:
        article = article_from_html(html, article_id, where=f"{where}: html")
    else:
        assert text is not None
        if not text.strip():
            raise InputError(where, '"text" is empty')
        article = article_from_text(text, article_id)
    return _titled(article, title)


def _titled(article: Article, title: str | None) -> Article:
    return article if title is None else replace(article, title=title)


def _optional_str(data: Mapping[str, Any], key: str, where: str) -> str | None:
    value = data.get(key)
    if value is None or isinstance(value, str):
        return value
    raise InputError(where, f'"{key}" must be a string, not {_json_type(value)}')


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", bool: "a boolean", str: "a string"}
    if value is None:
        return "null"
    return names.get(type(value), "a number")


def create_app(service: Service) -> Any:
    """The Starlette application over ``service``: the page and the JSON API."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from starlette.applications import Starlette
    from starlette.concurrency import run_in_threadpool
    from starlette.exceptions import HTTPException
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, JSONResponse, Response
    from starlette.routing import Route

    pages = Environment(loader=FileSystemLoader(_TEMPLATES), autoescape=select_autoescape())

    def page(
        error: str | None = None, form: Mapping[str, str] | None = None, status: int = 400
    ) -> HTMLResponse:
        html = pages.get_template("index.html").render(
            health=service.health(),
            error=error,
            form=form or {},
            limit_mb=MAX_DOCUMENT_BYTES // (1024 * 1024),
        )
        return HTMLResponse(html, status_code=status if error else 200)

    def error(status: int, message: str) -> JSONResponse:
        return JSONResponse({"error": one_line(message)}, status_code=status)

    def report_json(report: Report) -> Response:
        return Response(render_json(report, indent=None), media_type="application/json")

    async def json_body(request: Request) -> dict[str, Any]:
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind != "application/json":
            raise _Refused(415, f"send the request as application/json, not {kind or 'nothing'}")
        raw = await _body_within_limit(request)
        try:
            data = json.loads(decode(raw, "<request>"))
        except InputError as bad:
            raise _Refused(400, str(bad)) from None
        except json.JSONDecodeError as bad:
            raise _Refused(400, f"<request>: not JSON ({bad.msg} at line {bad.lineno})") from None
        except RecursionError:
            raise _Refused(400, "<request>: JSON nested too deeply") from None
        if not isinstance(data, dict):
            raise _Refused(400, f"<request>: must be a JSON object, not {_json_type(data)}")
        return data

    async def index(request: Request) -> Response:
        return await run_in_threadpool(page)

    async def check_form(request: Request) -> Response:
        try:
            # the whole body is held to the limit as it streams in (_BodyLimit), the form
            # to a few fields and one file
            async with request.form(
                max_files=1, max_fields=8, max_part_size=MAX_BODY_BYTES
            ) as form:
                text = str(form.get("text") or "")
                upload = form.get("file")
                data, name = b"", ""
                if upload is not None and not isinstance(upload, str):
                    # one byte over the limit is enough to refuse it
                    data = await upload.read(MAX_DOCUMENT_BYTES + 1)
                    name = upload.filename or ""
                detect = form.get("detect") is not None
        except _Refused as refused:
            return await run_in_threadpool(page, refused.message, None, refused.status)
        except HTTPException as refused:  # a form the parser cannot read
            return await run_in_threadpool(page, str(refused.detail), None, refused.status_code)
        kept = {"text": text}
        try:
            if data:
                article = _uploaded(data, name)
            elif text.strip():
                article = suspect_article({"text": text}, "<form>")
            else:
                raise InputError("<form>", "paste an article or choose a file to check")
            options = CheckOptions(detect=detect)
            report = await run_in_threadpool(service.check, article, options)
        except UnspunError as bad:
            return await run_in_threadpool(page, str(bad), kept)
        return HTMLResponse(render_html(report))

    async def api_check(request: Request) -> Response:
        data = await json_body(request)
        article = suspect_article(data)
        options = check_options(data.get("options"))
        return report_json(await run_in_threadpool(service.check, article, options))

    async def api_compare(request: Request) -> Response:
        data = await json_body(request)
        unknown = sorted(set(data) - {"suspect", "source", "options"})
        if unknown:
            return error(400, f"<request>: unknown field {unknown[0]!r}")
        sides = []
        for side in ("suspect", "source"):
            given = data.get(side)
            if isinstance(given, str):
                given = {"text": given, "id": side}
            if not isinstance(given, Mapping) or "options" in given:
                return error(400, f'<request>: "{side}" must be a string or an article object')
            sides.append(suspect_article({"id": side, **given}, f"<request>: {side}"))
        options = check_options(data.get("options"))
        suspect, source = sides
        return report_json(await run_in_threadpool(service.compare, suspect, source, options))

    async def api_health(request: Request) -> Response:
        return JSONResponse(await run_in_threadpool(service.health))

    async def api_schema(request: Request) -> Response:
        return JSONResponse(schema())

    def api_errors(handler: Callable[[Request], Awaitable[Response]]) -> Any:
        async def handle(request: Request) -> Response:
            try:
                return await handler(request)
            except _Refused as refused:
                return error(refused.status, refused.message)
            except UnspunError as bad:
                return error(400, str(bad))
            except Exception as bug:  # the client gets one line; the log, the traceback
                logging.getLogger("unspun.serve").exception("%s failed", request.url.path)
                return error(500, f"internal error ({type(bug).__name__}): please report it")

        return handle

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        detail = str(exc.detail)
        if request.url.path.startswith("/api/"):
            return error(exc.status_code, detail)
        return Response(detail + "\n", status_code=exc.status_code, media_type="text/plain")

    routes = [
        Route("/", index, methods=["GET"]),
        Route("/check", check_form, methods=["POST"]),
        Route("/api/health", api_health, methods=["GET"]),
        Route("/api/schema", api_schema, methods=["GET"]),
        Route("/api/check", api_errors(api_check), methods=["POST"]),
        Route("/api/compare", api_errors(api_compare), methods=["POST"]),
    ]
    app = Starlette(routes=routes, exception_handlers={HTTPException: http_error})
    app.add_middleware(_BodyLimit)
    return app


_TOO_LARGE = f"the request is over {MAX_BODY_BYTES // (1024 * 1024)} MB"


class _BodyLimit:
    """Every request body held to MAX_BODY_BYTES as it streams in (chunked or not): reading
    past it raises :class:`_Refused` in the route, which answers in its own way (JSON for
    the API, the page for the form). Starlette's own limit answers in plain text."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _declared_length(scope)
        seen = 0

        async def limited() -> Any:
            nonlocal seen
            if declared > MAX_BODY_BYTES:
                raise _Refused(413, _TOO_LARGE)
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > MAX_BODY_BYTES:
                raise _Refused(413, _TOO_LARGE)
            return message

        await self.app(scope, limited, send)


def _declared_length(scope: Any) -> int:
    for key, value in scope.get("headers", []):
        if key == b"content-length":
            try:
                return int(value)
            except ValueError:
                return 0
    return 0


async def _body_within_limit(request: Any) -> bytes:
    """The request's body (:class:`_BodyLimit` refuses one over the limit as it comes)."""
    return b"".join([chunk async for chunk in request.stream()])


class _Refused(Exception):
    """A request refused before it reaches the library: its status and one line."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _uploaded(data: bytes, name: str) -> Article:
    """The article in an uploaded file: a saved page (.html, .htm) or plain text, read as
    ``unspun check`` reads the file (an HTML page in the encoding it declares)."""
    where = name or "<upload>"
    stem = Path(name).stem or "suspect"
    if Path(name).suffix.lower() in (".html", ".htm"):
        return article_from_html(text_from_bytes(data, where, declared_encoding), stem, where=where)
    return article_from_text(text_from_bytes(data, where), stem)


def run(
    db: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    workers: int = 1,
    ready: Callable[[int], None] | None = None,
) -> None:
    """Serve the corpus at ``db`` until stopped (Ctrl-C or SIGTERM). Refuses a missing or
    empty corpus before it listens; ``ready`` is told the number of articles then."""
    import os

    import uvicorn

    corpus = Corpus.open(db, create=False)
    if corpus.is_empty():
        corpus.close()
        raise InputError(str(db), "the corpus has no articles to trace from (run unspun index)")
    _port_free(host, port)
    if ready is not None:
        ready(len(corpus))
    if workers > 1:
        corpus.close()
        os.environ["UNSPUN_SERVE_DB"] = str(db)
        uvicorn.run(
            "unspun.serve:_app_from_environment",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level="warning",
        )
        return
    service = Service(corpus)
    service.warm_up()
    try:
        uvicorn.run(create_app(service), host=host, port=port, log_level="warning")
    finally:
        corpus.close()


def _port_free(host: str, port: int) -> None:
    """Refuse a port another program listens on, before the models load (uvicorn would
    find out only after, and say so in a log line of its own)."""
    import socket

    try:
        with socket.create_server((host, port)):
            pass
    except OSError as error:
        raise InputError(f"{host}:{port}", f"cannot listen there ({error.strerror})") from None


def _app_from_environment() -> Any:
    """The application of one worker process (``--workers N``), over the corpus in
    ``UNSPUN_SERVE_DB``."""
    import os

    from tqdm import tqdm

    # model2vec's encode makes a tqdm bar, and tqdm a process-shared lock for it; uvicorn
    # ends a worker by its signal's default action, which left that lock to the resource
    # tracker's "leaked semaphore" warning at every stop. A thread lock does here.
    tqdm.set_lock(threading.RLock())
    service = Service(Corpus.open(os.environ["UNSPUN_SERVE_DB"], create=False))
    service.warm_up()
    return create_app(service)
