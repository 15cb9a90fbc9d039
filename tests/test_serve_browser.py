"""End to end: `parkcrawler serve` on the fixture archive, driven in headless Chromium (Debian's, through
Playwright): search a two-character word, open an article, apply a facet, run canned queries, draw the
trends. Screenshots go to test-artifacts/."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Without network, Chromium waits on background connections unless told not to make them.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"

# A developer without chromium gets a skip that says how to get it; CI (.ci/run sets
# PARKCRAWLER_REQUIRE_BROWSER) installs it and must never pass by skipping.
pytestmark = pytest.mark.skipif(
    not os.access(CHROMIUM, os.X_OK) and not os.environ.get("PARKCRAWLER_REQUIRE_BROWSER"),
    reason="needs Debian's chromium: run scripts/ci-system-deps.sh",
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_serving(url: str, process: subprocess.Popen, log: Path, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"parkcrawler serve exited with {process.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"parkcrawler serve did not answer {url} within {timeout} s:\n{log.read_text()}")


@pytest.fixture(scope="module")
def site(fixture_archive, tmp_path_factory):
    """Base URL of a running `parkcrawler serve`, started as the user would (a subprocess)."""
    port = free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    command = [sys.executable, "-c", "from parkcrawler.cli import main; main()", "serve"]
    with log.open("w") as out:
        process = subprocess.Popen(
            [*command, "--db", str(fixture_archive), "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(f"{base}/-/versions.json", process, log)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser_page(tmp_path_factory):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),  # a fresh user-data dir
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport={"width": 1280, "height": 900},
        )
        page = context.new_page()
        page.set_default_timeout(15_000)
        yield page
        context.close()


@pytest.fixture
def page(browser_page, request):
    """The browser page; a screenshot of where the test ended is saved either way."""
    ARTIFACTS.mkdir(exist_ok=True)
    yield browser_page
    name = request.node.name.removeprefix("test_")
    browser_page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_search_box_finds_two_character_word_then_open_article(page, site):
    page.goto(f"{site}/archive/articles")
    page.fill("#_search", "医药")  # only inside 生物医药 in the archive
    page.press("#_search", "Enter")
    page.wait_for_url("**_search=*")
    assert "1 row where search matches" in page.inner_text("h3")
    link = page.locator("td.col-url a")
    assert link.all_inner_texts() == ["http://www.shcfck.com/index.php/post/102.html"]
    page.screenshot(path=str(ARTIFACTS / "search_box.png"), full_page=True)

    link.click()
    page.wait_for_url("**/archive/articles/http*")
    assert "post/102.html" in page.inner_text("h1")
    assert page.locator("td.col-title").inner_text() == "泗泾镇生物医药产业园规划发布"
    assert "泗泾镇将建设生物医药产业园" in page.locator("td.col-body").inner_text()


def test_facets_on_search_results(page, site):
    page.goto(f"{site}/archive/article_details")
    page.fill("#_search", "园区")
    page.press("#_search", "Enter")
    page.wait_for_url("**_search=*")
    facets = {page.locator(".facet-info").nth(i).get_attribute("data-column") for i in range(4)}
    assert facets == {"month", "category", "tags", "source"}
    assert "3 rows" in page.inner_text("h3")

    page.locator("#facet-tags a", has_text="厂房出租").click()  # the JSON-array facet
    page.wait_for_url("**tags__arraycontains=*")
    assert "2 rows" in page.inner_text("h3")
    page.locator("#facet-month a", has_text="2026-05").click()
    page.wait_for_url("**month=2026-05*")
    assert "2 rows" in page.inner_text("h3")
    titles = page.locator("td.col-title").all_inner_texts()
    assert sorted(titles) == ["厂房信息汇总", "松江工业园区"]


def test_canned_search_highlights_hits(page, site):
    page.goto(f"{site}/archive/search")
    page.fill("input[name=q]", "松江")
    page.fill("input[name=category]", "区域经济")
    page.click("input[type=submit]")
    page.wait_for_url("**q=*")
    assert page.locator("td.col-snippet mark").all_inner_texts() == ["松江"]  # <mark> rendered, not escaped
    assert page.locator("td.col-title_highlighted mark").all_inner_texts() == ["松江"]
    titles = page.locator("td.col-title_highlighted a").all_inner_texts()  # linked to the article
    assert titles == ["松江区举行产业经济发展形势报告会"]


def test_canned_search_is_ranked_with_snippets_and_readable_titles(page, site, fixture_archive):
    import sqlite3
    from urllib.parse import quote

    from parkcrawler.query import search as fulltext

    conn = sqlite3.connect(fixture_archive)
    ranked = fulltext.search(conn, "松江", limit=None, width=120)  # the canned query's snippet width
    conn.close()
    # Relevance is not date order here (title hits first, then the body hit), so the test tells them apart.
    by_date = sorted(ranked, key=lambda r: r["published_at"], reverse=True)
    assert [r["url"] for r in ranked] != [r["url"] for r in by_date]

    page.goto(f"{site}/archive/search?q={quote('松江')}")
    rows = page.locator("table.rows-and-columns tbody tr")
    assert rows.count() == len(ranked) == 4
    assert page.locator("td.col-url").all_inner_texts() == [r["url"] for r in ranked]
    snippets = page.locator("td.col-snippet")
    for i, row in enumerate(ranked):
        assert snippets.nth(i).inner_text() == row["snippet"].replace("[", "").replace("]", "")
        # every result shows where it matched: in the snippet, or (108: 松江 in the title only) the title
        marks = rows.nth(i).locator("td.col-snippet mark, td.col-title_highlighted mark").all_inner_texts()
        assert marks and set(marks) == {"松江"}
    assert snippets.nth(0).locator("mark").count() == 1 and snippets.nth(3).locator("mark").count() == 1
    assert page.locator("pre#sql-query").count() == 0  # the SQL is hidden: results first
    # Titles a line of words wide, not three characters; the first columns are title and snippet.
    title = page.locator("td.col-title_highlighted").first
    font_px = float(title.evaluate("e => getComputedStyle(e).fontSize").removesuffix("px"))
    assert title.bounding_box()["width"] >= 12 * font_px
    assert page.locator("td.col-snippet").first.bounding_box()["width"] >= 20 * font_px
    headers = page.locator("table.rows-and-columns thead th").all_inner_texts()
    assert headers[:2] == ["title_highlighted", "snippet"]
    assert not page.locator("th.col-title").is_visible()  # the plain title repeats the highlighted one


def test_table_search_links_the_ranked_search(page, site):
    page.goto(f"{site}/archive/article_details")
    page.fill("#_search", "松江")
    page.press("#_search", "Enter")
    page.wait_for_url("**_search=*")
    title = page.locator("td.col-title").first
    font_px = float(title.evaluate("e => getComputedStyle(e).fontSize").removesuffix("px"))
    assert title.bounding_box()["width"] >= 12 * font_px
    page.locator(".parkcrawler-ranked a").click()
    page.wait_for_url("**/archive/search?q=*")
    assert page.locator("input[name=q]").input_value() == "松江"
    assert page.locator("table.rows-and-columns tbody tr").count() == 4  # the same 4 articles, ranked


def test_canned_query_most_viewed_by_category(page, site):
    page.goto(f"{site}/archive")
    page.click("text=Most viewed articles by category")
    page.wait_for_url("**/archive/most_viewed_by_category*")
    rows = page.locator("table.rows-and-columns tbody tr")
    assert rows.count() == 10  # all ten articles: no category has more than five
    first = rows.first.locator("td")
    assert first.nth(0).inner_text() == "上海厂房招商" and first.nth(3).inner_text() == "150"


def test_trends_page_draws_charts(page, site):
    page.goto(f"{site}/-/parkcrawler/trends")
    page.wait_for_selector("#chart-months rect.bar")
    assert page.locator("#chart-months rect.bar").count() == 12  # 2025-12 to 2026-11, empty months as 0
    page.wait_for_selector("#chart-views circle.dot")
    assert page.locator("#chart-views circle.dot").count() == 2  # two days with gains
    assert page.locator("#chart-views polyline.line").count() == 1
