"""The HTML report in a real browser: it renders, and hovering a suspect sentence lights up
the source sentences it was drawn from. Needs Chromium (.ci/run installs Debian's)."""

import os
import shutil

import pytest

from unspun.report import render_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None and not os.environ.get("CI"):
    pytest.skip("Chromium is not installed (CI installs it)", allow_module_level=True)

playwright = pytest.importorskip("playwright.sync_api")


def test_hover_highlights_the_source_sentences(seed_report, tmp_path):
    page_path = tmp_path / "report.html"
    page_path.write_text(render_html(seed_report), encoding="utf-8")
    altered = next(f for f in seed_report.findings if f.label == "altered" and f.changes)
    errors: list[str] = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
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
