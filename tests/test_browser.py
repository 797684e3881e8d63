"""The web app in headless Chromium (Playwright driving Debian's /usr/bin/chromium) on a demo database.

Screenshots go to $WARTA_SCREENSHOTS (CI keeps them) or to the test's tmp folder.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.conftest import shared_path

CHROMIUM = os.environ.get("WARTA_CHROMIUM", "/usr/bin/chromium")
pytestmark = pytest.mark.browser

if not Path(CHROMIUM).exists():
    pytest.skip(
        f"browser tests need Chromium at {CHROMIUM} (.ci/run installs Debian's chromium)",
        allow_module_level=True,
    )
sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need playwright (dev extra)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    seed = shared_path("examples", "seed-000.txt")
    tmp = tmp_path_factory.mktemp("browser")
    db = str(tmp / "demo.db")
    warta = [sys.executable, "-m", "warta"]
    subprocess.run(warta + ["ingest", "--examples", "--db", db], check=True, capture_output=True)
    subprocess.run(
        warta + ["ingest", str(seed), "--published", "2025-03-16", "--db", db],
        check=True,
        capture_output=True,
    )
    port = _free_port()
    proc = subprocess.Popen(
        warta + ["serve", "--db", db, "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/api/stats", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        raise RuntimeError(proc.stderr.read().decode())
    yield base
    proc.terminate()
    proc.wait(10)


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    out = Path(os.environ.get("WARTA_SCREENSHOTS") or tmp_path_factory.mktemp("shots"))
    out.mkdir(parents=True, exist_ok=True)
    return out


@pytest.fixture
def page(server):
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        pg = browser.new_page(viewport={"width": 1280, "height": 800})
        problems: list[str] = []
        pg.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text}"))
        pg.on("pageerror", lambda e: problems.append(f"page error: {e}"))
        pg.on(
            "request",
            lambda r: (
                urlparse(r.url).hostname not in ("127.0.0.1", "localhost", None)
                and not r.url.startswith("data:")
                and problems.append(f"external request: {r.url}")
            ),
        )
        yield pg
        browser.close()
        assert problems == [], problems


def _seed_article_url(server) -> str:
    import json

    with urllib.request.urlopen(server + "/api/articles?q=Witkoff") as r:
        items = json.load(r)["items"]
    return f"{server}/articles/{items[0]['id']}"


def test_article_page_highlights_the_seed(page, server, shots):
    page.goto(_seed_article_url(server))
    assert page.locator(".hl.quote").count() >= 10
    assert page.locator(".hl.ent").count() >= 10
    assert page.locator("#quote-list li").count() >= 8
    texts = " ".join(page.locator(".hl.ent").all_inner_texts())
    for name in ("Witkoff", "Putin", "Trump"):
        assert name in texts
    page.screenshot(path=str(shots / "article-seed.png"), full_page=True)


def test_clicking_a_quote_scrolls_to_its_span(page, server, shots):
    page.set_viewport_size({"width": 1280, "height": 420})
    page.goto(_seed_article_url(server))
    last = page.locator("#quote-list a.jump").last
    target = last.get_attribute("data-target")
    last.click()
    page.wait_for_timeout(900)
    span = page.locator(f"#{target} + span")
    box = span.bounding_box()
    assert box is not None and 0 <= box["y"] <= 420, box
    assert page.evaluate("window.scrollY") > 0
    page.screenshot(path=str(shots / "article-scrolled.png"))


def test_search_finds_witkoffs_quotes(page, server, shots):
    page.goto(server + "/search?kind=quotes")
    page.fill("form.filters input[name=q]", "Witkoff")
    page.click("form.filters button")
    page.wait_for_load_state()
    results = page.locator("#results li")
    assert results.count() >= 3
    assert all("Witkoff" in t for t in results.all_inner_texts())
    page.screenshot(path=str(shots / "search-witkoff.png"), full_page=True)


def test_actor_page_shows_a_timeline(page, server, shots):
    page.goto(server + "/search?kind=actors&q=Witkoff")
    page.locator("#results a").first.click()
    page.wait_for_load_state()
    assert "Witkoff" in page.locator("h1").inner_text()
    assert page.locator("svg.timeline rect.bar").count() >= 1
    page.screenshot(path=str(shots / "actor-witkoff.png"), full_page=True)


def test_network_page_renders_nodes(page, server, shots):
    page.goto(server + "/network")
    assert page.locator("#network .node circle").count() >= 2
    assert page.locator("#network line.edge").count() >= 1
    page.screenshot(path=str(shots / "network.png"), full_page=True)
