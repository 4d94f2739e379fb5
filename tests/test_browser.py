"""The chat in a real browser: Debian's Chromium driven by Playwright, against the real app."""

import csv
import os
import subprocess
import sys
from urllib.parse import urlparse

import pytest

from tests.conftest import ROOT

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"
# No skip when Chromium is missing: scripts/setup.sh --test installs it, and a browser test that
# silently does not run would check nothing.
pytestmark = [pytest.mark.browser, pytest.mark.integration]
WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--disable-quic"],
        )
        yield b
        b.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(viewport={"width": 1100, "height": 1300})
    page = context.new_page()
    page.dialogs = []
    page.outside = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: urlparse(r.url).hostname not in ("127.0.0.1", "localhost", None) and urlparse(r.url).scheme in ("http", "https") and page.outside.append(r.url))
    page.goto(live_server + "/")
    page.wait_for_selector("#question textarea")
    yield page
    context.close()


def ask(page, question):
    box = page.locator("#question textarea")
    box.fill(question)
    box.press("Enter")


def last_answer(page):
    return page.locator("#chat .message-row").last  # the newest bot message


def wait_answers(page, n, timeout=30000):
    # Functions, not expression strings: Playwright evals a string in the page, which the CSP (no 'unsafe-eval') refuses.
    page.wait_for_function(f"() => document.querySelectorAll('#chat [data-testid=\"bot\"]').length >= {n}", timeout=timeout)
    return page.locator('#chat [data-testid="bot"]').nth(n - 1)


def axe_serious(page):
    from axe_playwright_python.sync_playwright import Axe

    result = Axe().run(page, options=WCAG)
    return [(v["id"], v["impact"], v["nodes"][0]["target"]) for v in result.response["violations"] if v["impact"] in ("serious", "critical")]


def test_question_answer_and_cited_row_with_headers(page):
    ask(page, "How much was invested in Disabled Facilities Grants?")
    bot = wait_answers(page, 1)
    text = bot.inner_text()
    assert "DFG's — BCF Investment 24-25: £3,834,762" in text
    table = bot.locator("table")
    assert table.count() >= 1
    cells = table.first.inner_text()
    assert "Activity" in cells and "DFG's" in cells and "BCF Investment 24-25" in cells and "£3,834,762" in cells
    assert "JHSW Priority 1: Upscaling Prevention and Self-Care" in text and "2025-05-29" in text
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "answered.png"), full_page=True)
    # the conversation is not kept in the browser (shared library computers)
    assert "Disabled" not in page.evaluate("JSON.stringify(Object.assign({}, localStorage))")
    assert not page.outside


def test_example_click_and_follow_up(page):
    page.get_by_role("button", name="Which Priority 1 activity had the most beneficiaries?").click()
    first = wait_answers(page, 1)
    assert "Urgent Care Centres" in first.inner_text() and "144,000" in first.inner_text()
    ask(page, "How much was invested in Disabled Facilities Grants?")
    wait_answers(page, 2)
    ask(page, "And how many people did it help?")
    third = wait_answers(page, 3)
    assert "385" in third.inner_text() and "DFG's" in third.inner_text()


def test_refusal_offers_clickable_suggestions(page):
    ask(page, "What is the budget for dental services in Rutland?")
    bot = wait_answers(page, 1)
    assert "do not answer" in bot.inner_text() and "Sources" not in bot.inner_text()
    suggestion = page.locator(".suggestion-btn").first
    suggestion.wait_for(state="visible")
    suggestion.click()
    wait_answers(page, 2)


def test_feedback_is_stored_and_exported(page, real_settings, tmp_path):
    ask(page, "How much was invested in nursing care?")
    wait_answers(page, 1)
    page.get_by_role("button", name="Like").last.click()
    page.wait_for_selector("#feedback-status >> text=saved")
    page.get_by_text("Comment on the last answer (optional)").click()
    page.locator("#comment textarea").fill("=HYPERLINK(\"http://evil\") very useful")
    page.locator("#send-comment").click()
    page.wait_for_function("() => document.querySelector('#feedback-status').innerText.includes('saved')")
    out = tmp_path / "feedback.csv"
    env = {**os.environ, "QA_DATA_DIR": str(real_settings.data_dir)}
    done = subprocess.run([sys.executable, "-m", "qa", "feedback", "export", str(out)], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    mine = [r for r in rows if r["question"] == "How much was invested in nursing care?"]
    assert {r["rating"] for r in mine} >= {"up", "comment"}
    comment = [r for r in mine if r["rating"] == "comment"][0]
    assert comment["comment"].startswith("'=HYPERLINK") and "£4.8 million" in comment["answer"] and "Nursing care" in comment["citations"]


def test_hostile_text_renders_inert(page):
    for n, q in enumerate(["<img src=x onerror=alert(1)>", "<script>alert(2)</script> How much was invested in DFGs?",
                           "[click me](javascript:alert(3)) ![pic](https://evil.example/x.png)"], 1):
        ask(page, q)
        wait_answers(page, n)
    page.wait_for_timeout(500)
    assert page.dialogs == [] and page.outside == []
    assert page.locator("#chat img[src='x']").count() == 0 and page.locator("#chat a[href^='javascript']").count() == 0
    assert "<img src=x onerror=alert(1)>" in page.locator("#chat").inner_text()


def test_accessibility_no_serious_violations_before_and_after_an_answer(page):
    assert axe_serious(page) == []
    ask(page, "How much was invested in Disabled Facilities Grants?")
    wait_answers(page, 1)
    assert axe_serious(page) == []
    status = page.locator("#sr-status")
    assert status.get_attribute("aria-live") == "polite" and "£3,834,762" in status.inner_text()


def test_keyboard_only_journey(page):
    page.keyboard.press("Tab")
    for _ in range(40):
        if page.evaluate("document.activeElement && document.activeElement.closest('#question') !== null"):
            break
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('#question') !== null")
    page.keyboard.type("What is First Contact Plus?")
    page.keyboard.press("Enter")
    assert "online tool" in wait_answers(page, 1).inner_text()
    for _ in range(40):
        page.keyboard.press("Tab")
        label = page.evaluate("document.activeElement.innerText || ''")
        if label.startswith("What is Chapter 5"):
            break
    page.keyboard.press("Enter")
    assert "financial strategy" in wait_answers(page, 2).inner_text()


def test_narrow_screen_and_zoom_keep_the_answer_readable(browser, live_server):
    context = browser.new_context(viewport={"width": 320, "height": 800}, device_scale_factor=2)
    page = context.new_page()
    page.goto(live_server + "/")
    ask(page, "How much was invested in Disabled Facilities Grants?")
    bot = wait_answers(page, 1)
    assert "£3,834,762" in bot.inner_text()
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    page.screenshot(path=str(ARTIFACTS / "answered-320px.png"), full_page=True)
    context.close()
    assert overflow <= 4


def test_feedback_the_app_acknowledged_survives_a_sigkill_of_the_app(browser, real_settings, real_assistant, tmp_path):
    """A second app instance with its own data folder: give feedback, see it acknowledged, kill -9."""
    import signal

    from qa.config import Settings
    from qa.feedback import FeedbackStore
    from tests.conftest import free_port, start_app

    settings = Settings(corpus_dir=real_settings.corpus_dir, index_dir=real_settings.index_dir, data_dir=tmp_path / "data")
    settings.data_dir.mkdir()
    proc, url = start_app(settings, free_port())
    try:
        page = browser.new_page()
        page.goto(url + "/")
        ask(page, "How much was invested in residential respite?")
        wait_answers(page, 1)
        page.get_by_role("button", name="Dislike").last.click()
        page.wait_for_selector("#feedback-status >> text=saved")
        page.close()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    rows = FeedbackStore(settings.data_dir / "feedback.sqlite3").all()
    assert [(r["rating"], r["question"]) for r in rows] == [("down", "How much was invested in residential respite?")]
    assert "£976,170" in rows[0]["answer"]
