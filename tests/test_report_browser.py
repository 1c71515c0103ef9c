"""The HTML report in a real browser: it renders, and hovering a suspect sentence lights up
the source sentences it was drawn from. Needs Chromium (.ci/run installs Debian's)."""

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

import unspun
from unspun.report import render_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None and not os.environ.get("CI"):
    pytest.skip("Chromium is not installed (CI installs it)", allow_module_level=True)

playwright = pytest.importorskip("playwright.sync_api")


ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@contextmanager
def opened(report: unspun.Report, tmp_path: Path, **context: Any) -> Iterator[Any]:
    """The report's page in Chromium; fails if the page loads anything but itself."""
    page_path = tmp_path / "report.html"
    page_path.write_text(render_html(report), encoding="utf-8")
    requests: list[str] = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(**context)
        page.on("request", lambda request: requests.append(request.url))
        page.goto(page_path.as_uri())
        yield page
        browser.close()
    assert requests == [page_path.as_uri()]


def test_hover_highlights_the_source_sentences(seed_report, tmp_path):
    page_path = tmp_path / "report.html"
    page_path.write_text(render_html(seed_report), encoding="utf-8")
    altered = next(f for f in seed_report.findings if f.label == "altered" and f.changes)
    errors: list[str] = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(page_path.as_uri())
        assert page.inner_text("#verdict").startswith("DERIVED")
        page.hover(f"#s-{altered.index}")
        lit = page.eval_on_selector_all(".hl", "els => els.map(e => e.id)")
        assert lit == [f"src-0-{j}" for j in sorted(altered.source_indices)]
        page.mouse.move(0, 0)
        page.hover("h1")
        assert page.eval_on_selector_all(".hl", "els => els.length") == 0
        browser.close()
    assert errors == []


def test_a_phone_shows_the_columns_one_under_the_other_without_sideways_scrolling(
    seed_report, tmp_path
):
    with opened(seed_report, tmp_path, viewport={"width": 390, "height": 844}) as page:
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        suspect = page.locator("#suspect").bounding_box()
        source = page.locator("#source").bounding_box()
        assert suspect and source and source["y"] >= suspect["y"] + suspect["height"]


def test_print_keeps_the_label_colours_and_fits_an_a4_page(seed_report, tmp_path):
    with opened(seed_report, tmp_path, viewport={"width": 718, "height": 1000}) as page:
        page.emulate_media(media="print")
        assert page.evaluate("document.documentElement.scrollWidth") <= 718
        adjust = page.eval_on_selector(".s.altered", "e => getComputedStyle(e).printColorAdjust")
        assert adjust == "exact"
        position = page.eval_on_selector(".col h3", "e => getComputedStyle(e).position")
        assert position != "sticky"


def test_the_keyboard_reaches_the_source_sentence_and_back_and_shows_where_it_landed(
    seed_report, tmp_path
):
    finding = next(f for f in seed_report.findings if f.source_indices)
    j = finding.source_indices[0]
    with opened(seed_report, tmp_path, viewport={"width": 1280, "height": 800}) as page:
        link = page.locator(f'#s-{finding.index} a[href="#src-0-{j}"]')
        link.focus()
        assert page.evaluate("document.activeElement.getAttribute('href')") == f"#src-0-{j}"
        # focusing a sentence's link lights up its source sentences, as hovering does
        assert page.eval_on_selector(f"#src-0-{j}", "e => e.classList.contains('hl')")
        page.keyboard.press("Enter")
        page.wait_for_function(f"location.hash === '#src-0-{j}'")
        # the sentence it landed on is marked and is not hidden under the sticky heading
        assert page.eval_on_selector(
            f"#src-0-{j}", "e => getComputedStyle(e).outlineStyle"
        ) not in ("none", "")
        visible = page.evaluate(
            f"""() => {{
                const r = document.getElementById('src-0-{j}').getBoundingClientRect();
                const hit = document.elementFromPoint(r.left + 20, r.top + 4);
                return r.top >= 0 && r.top < innerHeight && hit !== null &&
                    hit.closest('#src-0-{j}') !== null;
            }}"""
        )
        assert visible
        back = page.locator(f'#src-0-{j} a[href="#s-{finding.index}"]')
        back.focus()
        page.keyboard.press("Enter")
        page.wait_for_function(f"location.hash === '#s-{finding.index}'")
