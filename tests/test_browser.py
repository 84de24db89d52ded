"""The HTML report in a real browser (headless Chromium via Playwright): structure, no console errors, no
network, the severity filter, the findings on the first screen. Saves ``reports/report-screenshot.png``.

Needs Debian's ``/usr/bin/chromium`` (``.ci/install-chromium``); Playwright never downloads a browser here.
Without it the test fails in CI (``CI=true``) and is skipped locally.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from compare.render.html import render_html

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "sample_report.json"
SAMPLE_DIFF = ROOT / "tests" / "data" / "sample_diff.json"
SCREENSHOT = ROOT / "reports" / "report-screenshot.png"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1280, "height": 800}
SECTION_IDS = ["summary", "findings", "facts", "coverage", "unique", "sources"]
DIFF_SECTION_IDS = ["summary", "findings", "pairs", "facts", "coverage", "unique", "sources"]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{reason} (CI: run .ci/install-chromium first)")
    pytest.skip(f"{reason}; install it with .ci/install-chromium to run the browser tests")


@dataclass
class Loaded:
    """An open page plus what happened while it loaded."""

    page: Any
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def data() -> dict[str, Any]:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium, shared by the module's pages."""
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is missing")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def _open(browser: Any, data: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Loaded:
    """The rendered report open in a new page, with console errors and requests recorded."""
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(render_html(data), encoding="utf-8")
    out = Loaded(browser.new_page(viewport=VIEWPORT))
    out.page.on("console", lambda m: out.errors.append(m.text) if m.type == "error" else None)
    out.page.on("pageerror", lambda e: out.errors.append(str(e)))
    out.page.on("request", lambda r: out.requests.append(r.url))
    out.page.goto(path.as_uri(), wait_until="load")
    return out


@pytest.fixture(scope="module")
def loaded(browser: Any, data: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Loaded]:
    """The rendered sample report open in headless Chromium."""
    out = _open(browser, data, tmp_path_factory)
    yield out
    out.page.close()


@pytest.fixture
def page(loaded: Loaded) -> Any:
    return loaded.page


def test_sections_in_order(page: Any) -> None:
    ids = page.eval_on_selector_all("main > section", "els => els.map(e => e.id)")
    assert ids == SECTION_IDS
    tops = [page.eval_on_selector(f"#{sid}", "e => e.getBoundingClientRect().top") for sid in SECTION_IDS]
    assert tops == sorted(tops)
    for sid in SECTION_IDS:
        assert page.locator(f"#{sid} > h2").count() == 1


def test_every_finding_rendered_and_visible(page: Any, data: dict[str, Any]) -> None:
    assert page.locator("article.finding").count() == len(data["findings"])
    assert page.locator("article.finding:visible").count() == len(data["findings"])


def test_no_console_errors_and_no_network(loaded: Loaded) -> None:
    assert loaded.errors == []
    assert [u for u in loaded.requests if not u.startswith(("file:", "data:"))] == []


def test_findings_on_first_screen_and_screenshot(page: Any) -> None:
    page.evaluate("window.scrollTo(0, 0)")
    top = page.eval_on_selector("#findings", "e => e.getBoundingClientRect().top")
    first = page.eval_on_selector("article.finding", "e => e.getBoundingClientRect().top")
    assert 0 <= top < VIEWPORT["height"]
    assert first < VIEWPORT["height"], "the first finding starts on the first screen"
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000


def test_severity_filter(page: Any, data: dict[str, Any]) -> None:
    from playwright.sync_api import expect

    assert page.locator("#filters").is_visible(), "the script reveals the filters"
    high = sum(1 for f in data["findings"] if f["severity"] == "high")
    page.select_option("#filter-severity", "high")
    visible = page.locator("article.finding:visible")
    expect(visible).to_have_count(high)
    assert set(visible.evaluate_all("els => els.map(e => e.dataset.severity)")) <= {"high"}
    assert (
        page.locator("#filter-status").inner_text() == f"Showing {high} of {len(data['findings'])} findings"
    )
    page.select_option("#filter-severity", "")
    expect(page.locator("article.finding:visible")).to_have_count(len(data["findings"]))


def test_source_filter(page: Any, data: dict[str, Any]) -> None:
    from playwright.sync_api import expect

    sid = data["sources"][-1]["id"]
    expected = sum(1 for f in data["findings"] if any(st["source"] == sid for st in f["statements"]))
    page.select_option("#filter-source", sid)
    expect(page.locator("article.finding:visible")).to_have_count(expected)
    page.click("#filters button[type=reset]")
    # The page's CSP forbids eval, so poll with a locator rather than wait_for_function.
    expect(page.locator("article.finding[hidden]")).to_have_count(0)


def test_sentence_links_resolve(page: Any) -> None:
    missing = page.evaluate(
        """() => Array.from(document.querySelectorAll('a[href^="#"]'))
              .map(a => a.getAttribute('href').slice(1))
              .filter(id => !document.getElementById(id))"""
    )
    assert missing == []


def test_diff_page(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> None:
    """A diff: its aligned pairs after the findings, styled (the CSP hash covers the extra CSS), links resolve."""
    data = json.loads(SAMPLE_DIFF.read_text(encoding="utf-8"))
    out = _open(browser, data, tmp_path_factory)
    page = out.page
    assert page.eval_on_selector_all("main > section", "els => els.map(e => e.id)") == DIFF_SECTION_IDS
    assert page.locator("#pairs table.pairs tbody tr").count() == len(data["pairs"])
    assert page.locator("#only ul.only-list li").count() == sum(len(v) for v in data["only"].values())
    colour = page.eval_on_selector("#pairs td.rel-conflicts", "e => getComputedStyle(e).color")
    assert colour == "rgb(180, 35, 24)", "the diff CSS is applied, so the CSP allows it"
    missing = page.evaluate(
        """() => Array.from(document.querySelectorAll('a[href^="#"]'))
              .map(a => a.getAttribute('href').slice(1))
              .filter(id => !document.getElementById(id))"""
    )
    assert missing == []
    assert out.errors == []
    assert [u for u in out.requests if not u.startswith(("file:", "data:"))] == []
    page.close()
