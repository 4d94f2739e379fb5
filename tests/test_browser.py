"""The chat in a real browser: Debian's Chromium driven by Playwright, against the real app."""

import contextlib
import csv
import json
import os
import subprocess
import sys
import time
from urllib.parse import urlparse

import pytest

from tests.conftest import ROOT

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"
# No skip when Chromium is missing: scripts/setup.sh --test installs it, and a browser test that
# silently does not run would check nothing.
pytestmark = [pytest.mark.browser, pytest.mark.integration]
ARTIFACTS.mkdir(exist_ok=True)
# The chat's example buttons come from the corpus (corpus/chat.json), not from the code.
EXAMPLES = json.loads((ROOT / "corpus" / "chat.json").read_text(encoding="utf-8"))["examples"]
WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
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
    page.on(
        "request",
        lambda r: (
            urlparse(r.url).hostname not in ("127.0.0.1", "localhost", None)
            and urlparse(r.url).scheme in ("http", "https")
            and page.outside.append(r.url)
        ),
    )
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
    return [
        (v["id"], v["impact"], v["nodes"][0]["target"], v["nodes"][0].get("failureSummary", "")[:300])
        for v in result.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_question_answer_and_cited_row_with_headers(page):
    ask(page, "How much was invested in Disabled Facilities Grants?")
    bot = wait_answers(page, 1)
    text = bot.inner_text()
    # the abbreviations spelled out at first use (the corpus defines DFG; BCF is in the glossary)
    assert "DFG's (Disabled Facilities Grants) — BCF (Better Care Fund) Investment 24-25: £3,834,762" in text
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
    example = "Which Priority 1 activity had the most beneficiaries?"
    assert example in EXAMPLES
    page.get_by_role("button", name=example).click()
    first = wait_answers(page, 1)
    assert "Urgent Care Centres" in first.inner_text() and "144,000" in first.inner_text()
    ask(page, "How much was invested in Disabled Facilities Grants?")
    wait_answers(page, 2)
    ask(page, "And how many people did it help?")
    third = wait_answers(page, 3)
    assert "385" in third.inner_text() and "DFG's" in third.inner_text()


def figures(text: str) -> set[str]:
    """The figures of an answer, its [n] markers left out."""
    import re

    return set(re.findall(r"\d[\d,.]*\d|\d", re.sub(r"\[\d+\]", "", text)))


def post_ask(base_url: str, body: dict) -> dict:
    import json
    import urllib.request

    req = urllib.request.Request(base_url + "/api/ask", data=json.dumps(body).encode(), headers={"content-type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read())


@pytest.mark.parametrize("reset", ["the chat's bin icon", "Clear conversation"])
def test_every_reset_forgets_the_previous_answer(page, live_server, reset):
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    first, follow_up = "How much was invested in nursing care?", "And how many people did it help?"
    # What the follow-up-shaped question says on its own, and read after the first answer.
    alone = post_ask(live_server, {"question": follow_up})
    after = post_ask(live_server, {"question": follow_up, "previous": post_ask(live_server, {"question": first})})
    assert figures(alone["answer"]) != figures(after["answer"]), "these questions no longer tell the two readings apart; choose others"
    ask(page, first)
    wait_answers(page, 1)
    if reset == "Clear conversation":
        page.locator("#clear").click()
    else:
        # The page hides the Chatbot's own top panel (its bin icon covered the answer's first line);
        # shown again here, its bin must forget the answers as the button does.
        bin_icon = page.locator('#chat button[aria-label="Clear"]')
        bin_icon.evaluate("(el) => el.closest('.top-panel').style.setProperty('display', 'flex', 'important')")
        bin_icon.click()
    page.wait_for_function("() => document.querySelectorAll('#chat [data-testid=\"bot\"]').length === 0")
    with contextlib.suppress(PlaywrightTimeout):  # the reset's own event first; without one, the check below says what is wrong
        page.wait_for_function("() => document.querySelector('#sr-status').textContent.includes('Conversation cleared')", timeout=10_000)
    ask(page, follow_up)
    bot = wait_answers(page, 1)
    # read on its own: the figure and the row of the answer to the question alone (the chat spells
    # out abbreviations, so the words may differ from the API's)
    assert figures(bot.locator(".qa-text").inner_text()) == figures(alone["answer"])
    assert alone["citations"][0]["row"] in bot.locator(".qa-source").first.inner_text()


def test_clear_conversation_searches_every_document_again(page):
    """A new user's report: after "Clear conversation" the "Search in" list stayed on the document
    chosen before, and the next question was refused for a document nobody had asked about."""
    page.locator("#document input").click()
    options = page.get_by_role("option")
    options.nth(1).wait_for()
    chosen = options.nth(1).inner_text()
    options.nth(1).click()
    page.wait_for_function("(name) => document.querySelector('#document input').value === name", arg=chosen)
    page.locator("#clear").click()
    page.wait_for_function("() => document.querySelector('#document input').value === 'All documents'", timeout=10_000)


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
    page.get_by_role("button", name="Like", exact=True).last.click()
    page.wait_for_selector("#feedback-status >> text=saved")
    page.get_by_text("Comment on the last answer (optional)").click()
    page.locator("#comment textarea").fill('=HYPERLINK("http://evil") very useful')
    page.locator("#send-comment").click()
    page.wait_for_function("() => document.querySelector('#feedback-status').innerText.includes('saved')")
    out = tmp_path / "feedback.csv"
    env = {**os.environ, "QA_DATA_DIR": str(real_settings.data_dir)}
    done = subprocess.run([sys.executable, "-m", "qa", "feedback", "export", str(out)], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    mine = [r for r in rows if r["question"] == "How much was invested in nursing care?"]
    assert len(mine) == 1 and mine[0]["rating"] == "up"  # one row per answer: its rating and its comment
    comment = mine[0]
    assert comment["comment"].startswith("'=HYPERLINK") and "£4.8 million" in comment["answer"] and "Nursing care" in comment["citations"]


def test_hostile_text_renders_inert(page):
    for n, q in enumerate(
        [
            "<img src=x onerror=alert(1)>",
            "<script>alert(2)</script> How much was invested in DFGs?",
            "[click me](javascript:alert(3)) ![pic](https://evil.example/x.png)",
        ],
        1,
    ):
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
    (example,) = [q for q in EXAMPLES if q.startswith("What is Chapter 5")]
    for _ in range(40):
        page.keyboard.press("Tab")
        label = page.evaluate("document.activeElement.innerText || ''")
        if label == example:
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
        page.get_by_role("button", name="Dislike", exact=True).last.click()
        page.wait_for_selector("#feedback-status >> text=saved")
        page.close()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    rows = FeedbackStore(settings.data_dir / "feedback.sqlite3").all()
    assert [(r["rating"], r["question"]) for r in rows] == [("down", "How much was invested in residential respite?")]
    assert "£976,170" in rows[0]["answer"]


# -- the chat as staff and the public use it (issue 10) --------------------------------------
WIDTHS = {320: 640, 390: 844, 1280: 800}
HOME_FIRST = "what's the beneficiaries figure for Home First?"
DFG = "How much was invested in Disabled Facilities Grants?"


@pytest.fixture(params=sorted(WIDTHS), ids=lambda w: f"{w}px")
def sized(request, browser, live_server):
    width = request.param
    context = browser.new_context(viewport={"width": width, "height": WIDTHS[width]}, permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(live_server + "/")
    page.wait_for_selector("#question textarea")
    page.width = width
    yield page
    context.close()


def first_line_in_view(page, locator) -> dict:
    """Where an element's first line is: inside the chat's visible box and the window, and how far below the box's top."""
    return locator.evaluate(
        """(el) => {
          const r = el.getBoundingClientRect();
          let box = el.parentElement;
          while (box && box !== document.body) {
            const s = getComputedStyle(box);
            if (/(auto|scroll)/.test(s.overflowY) && box.scrollHeight > box.clientHeight) break;
            box = box.parentElement;
          }
          const c = (box && box !== document.body ? box : document.documentElement).getBoundingClientRect();
          const line = 18;
          const covered = [r.left + 4, (r.left + r.right) / 2, r.right - 4].some((x) => {
            const hit = document.elementFromPoint(x, r.top + line / 2); return !hit || !el.contains(hit); });
          return {in_chat: r.top >= c.top - 1 && r.top + line <= c.bottom, in_window: r.top >= 0 && r.top + line <= innerHeight,
                  below_top: Math.round(r.top - c.top), covered};
        }"""
    )


def test_the_question_box_is_in_view_on_load(sized):
    box = sized.locator("#question textarea").bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= WIDTHS[sized.width], box
    if sized.width == 1280:  # on a desk screen the examples are in view too
        example = sized.locator(".example-btn").first.bounding_box()
        assert example["y"] + example["height"] <= WIDTHS[sized.width], example


def second_answer_in_view(page):
    """Ask two questions; the second answer's first line must be in view. Returns it and where it is."""
    ask(page, DFG)
    wait_answers(page, 1)
    ask(page, HOME_FIRST)
    bot = wait_answers(page, 2)
    page.wait_for_timeout(600)  # the scroll runs after the message renders
    where = first_line_in_view(page, bot.locator(".qa-text"))
    assert where["in_chat"] and where["in_window"] and where["below_top"] <= 40, where
    return bot, where


def test_each_new_answer_opens_at_its_first_line_with_further_sources_collapsed(sized):
    bot, where = second_answer_in_view(sized)
    assert not where["covered"], where
    assert "Home first teams" in bot.locator(".qa-text").inner_text()
    more = bot.locator("details.qa-more")
    assert more.count() == 1 and more.get_attribute("open") is None
    assert bot.locator(".qa-sources > .qa-source").count() == 1  # only the primary source is open
    assert not more.locator(".qa-source").first.is_visible()
    more.locator("summary").focus()
    sized.keyboard.press("Enter")  # a native <details>: opens by keyboard
    assert more.locator(".qa-source").first.is_visible()
    more.locator(".qa-show-btn").first.click()  # each source opens the viewer too
    sized.locator(".qa-viewer").wait_for(state="visible")
    assert sized.locator("#qa-viewer-title").inner_text() == "Source [2] in its document"


# Every Content-Security-Policy violation, recorded from the page's first script on.
RECORD_CSP = (
    "window.__csp = []; document.addEventListener('securitypolicyviolation', "
    "(e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));"
)


def test_the_chat_works_under_a_policy_without_unsafe_eval(browser, live_server):
    """Issue 11: the policy allows no 'unsafe-eval', and nothing on the page needs it. Violations
    and console errors are collected while the page loads, answers twice (the new answer opens at
    its first line), opens the source viewer from a marker, counts a long question, shows the
    documents panel and answers an example; then a string is given to a timer, to show eval is refused."""
    context = browser.new_context(viewport={"width": 1100, "height": 800})
    page = context.new_page()
    errors = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.add_init_script(RECORD_CSP)
    try:
        policy = page.goto(live_server + "/").headers["content-security-policy"]
        assert "'unsafe-eval'" not in policy and "ws:" not in policy and "connect-src 'self';" in policy
        assert "'unsafe-inline'" not in policy.split("script-src", 1)[1].split(";", 1)[0]  # inline scripts run by nonce
        page.wait_for_selector("#question textarea")
        bot, _ = second_answer_in_view(page)
        viewer = open_viewer_by_mouse_and_keyboard(page, bot)
        assert "Home first teams" in viewer.locator("tr.qa-cited").inner_text() and viewer.locator("tr.qa-cited").is_visible()
        page.keyboard.press("Escape")
        page.locator("#question textarea").fill("How much " * 95)
        assert page.locator("#qa-count").inner_text() == "855 of 1,000 characters"
        page.get_by_text("Documents in the index (for staff)").click()
        page.locator("#documents table").wait_for(state="visible")
        page.locator(".example-btn").first.click()
        wait_answers(page, 3)
        assert page.locator("#sr-status").get_attribute("aria-live") == "polite"  # the page's own script ran
        assert page.evaluate("() => window.__csp") == [] and errors == []
        # Playwright's own evaluations may compile strings (DevTools allows it); a timer's string is the page's own.
        page.evaluate("() => { setTimeout('window.__evaluated = true', 0); }")
        page.wait_for_function("() => window.__csp.length > 0")
        evaluated, violation = page.evaluate("() => [window.__evaluated === true, window.__csp[0].split(' ').slice(0, 2)]")
        assert not evaluated and violation == ["script-src", "eval"]
    finally:
        context.close()


def open_viewer_by_mouse_and_keyboard(page, bot):
    marker = bot.locator(".qa-text .qa-cite").first
    assert marker.inner_text() == "[1]"
    marker.click()
    viewer = page.locator(".qa-viewer")
    viewer.wait_for(state="visible")
    assert page.evaluate("document.activeElement.id") == "qa-viewer-title"
    page.keyboard.press("Escape")
    viewer.wait_for(state="hidden")
    assert page.evaluate("document.activeElement.classList.contains('qa-cite')")  # focus back on the marker
    page.keyboard.press("Enter")  # the same marker, from the keyboard
    page.wait_for_function(
        "() => document.querySelector('.qa-viewer') && !document.querySelector('.qa-viewer').hidden && "
        "document.activeElement.id === 'qa-viewer-title'"
    )
    return viewer


def test_a_marker_opens_the_row_inside_its_whole_table(sized):
    ask(sized, HOME_FIRST)
    bot = wait_answers(sized, 1)
    viewer = open_viewer_by_mouse_and_keyboard(sized, bot)
    headers = viewer.locator("thead th").all_inner_texts()
    assert headers[:3] == ["Activity", "Detail", "Beneficiaries"]
    assert viewer.locator("tbody tr").count() > 3  # the whole table, not the one row
    cited = viewer.locator("tbody tr.qa-cited")
    assert cited.count() == 1 and "Home first teams" in cited.inner_text() and "6421" in cited.inner_text()
    assert cited.is_visible() and viewer.locator("thead th").first.is_visible()
    assert "Frailty & Complex Care" in viewer.inner_text()
    assert axe_serious(sized) == []  # with the viewer open
    if sized.width < 700:  # a modal dialog on a phone: Tab stays inside it
        assert viewer.get_attribute("aria-modal") == "true"
        for _ in range(6):
            sized.keyboard.press("Tab")
            assert sized.evaluate("!!document.activeElement.closest('.qa-viewer')")
    if sized.width == 390:
        sized.screenshot(path=str(ARTIFACTS / "viewer-phone.png"))
    viewer.locator(".qa-viewer-close").click()
    viewer.wait_for(state="hidden")


def test_table_headers_never_break_inside_a_word(sized):
    ask(sized, HOME_FIRST)
    bot = wait_answers(sized, 1)
    bot.locator(".qa-text .qa-cite").first.click()
    sized.locator(".qa-viewer").wait_for(state="visible")
    broken = sized.evaluate(
        """() => {
          const out = [];
          for (const cell of document.querySelectorAll('#chat th, .qa-viewer th')) {
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const re = /\\S+/g; let m;
              while ((m = re.exec(node.data))) {
                const range = document.createRange(); range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
                const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                if (tops.size > 1) out.push(m[0]);
              }
            }
          }
          return out;
        }"""
    )
    assert broken == []
    if sized.width == 320:
        overflow = sized.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 4  # wide tables scroll inside their own box, not the page


def test_every_control_is_at_least_24_px(sized):
    ask(sized, HOME_FIRST)
    bot = wait_answers(sized, 1)
    bot.locator("details.qa-more summary").click()
    small = sized.evaluate(
        """() => [...document.querySelectorAll('button, a[href], summary, input, textarea, select, [role=button], [tabindex="0"]')]
          .filter(el => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
                          return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && !el.closest('.visually-hidden'); })
          .map(el => { const r = el.getBoundingClientRect(); return [el.tagName, (el.innerText || el.getAttribute('aria-label') || el.className || '').slice(0, 30), Math.round(r.width), Math.round(r.height)]; })
          .filter(([, , w, h]) => w < 24 || h < 24)"""
    )
    assert small == [], "\n".join(map(str, small))


def test_a_thumb_clicked_twice_then_the_other_stores_one_final_state(page, real_settings):
    from qa.feedback import FeedbackStore

    question = "How much was invested in residential respite?"
    ask(page, question)
    wait_answers(page, 1)
    page.get_by_role("button", name="Like", exact=True).last.click()
    page.wait_for_selector("#feedback-status >> text=saved")
    page.get_by_role("button", name="Liked", exact=True).last.click()  # clicked again: no rating
    page.wait_for_selector("#feedback-status >> text=removed")
    store = FeedbackStore(real_settings.data_dir / "feedback.sqlite3")
    assert [r["rating"] for r in store.all() if r["question"] == question] == ["none"]
    page.get_by_role("button", name="Dislike", exact=True).last.click()
    page.wait_for_selector("#feedback-status >> text=saved")
    assert [r["rating"] for r in store.all() if r["question"] == question] == ["down"]


def test_copy_puts_plain_text_of_the_answer_and_its_sources_on_the_clipboard(sized):
    ask(sized, HOME_FIRST)
    bot = wait_answers(sized, 1)
    bot.locator(".qa-copy").click()
    sized.wait_for_function("() => document.querySelector('.qa-copy').innerText === 'Copied'")
    text = sized.evaluate("navigator.clipboard.readText()")
    assert text.startswith("Home first teams") and "\nSources\n[1] " in text and "Frailty & Complex Care" in text
    assert not any(x in text for x in ("**", "&amp;", "&#", "<", "> ", "\\"))


def test_a_counter_near_1000_characters_and_a_message_instead_of_a_silent_cut(page):
    box = page.locator("#question textarea")
    box.fill("How much " * 95)  # 855 characters
    assert page.locator("#qa-count").inner_text() == "855 of 1,000 characters"
    box.fill("x" * 1200)
    assert "the limit is 1,000" in page.locator("#qa-count").inner_text()
    assert len(box.input_value()) == 1200  # nothing cut silently
    box.press("Enter")
    assert "too long" in wait_answers(page, 1).inner_text()


def test_the_documents_panel_lists_every_document_with_counts(page):
    page.get_by_text("Documents in the index (for staff)").click()
    panel = page.locator("#documents table")
    panel.wait_for(state="visible")
    text = panel.inner_text()
    assert "Leicestershire Health and Wellbeing Board" in text and "llr-icb-5-year-joint-forward-plan.txt" in text
    assert "Every file in the corpus folder is in the index." in page.locator("#documents").inner_text()
    assert axe_serious(page) == []


# -- a PDF in the corpus: the page image with the cited row boxed ------------------------------
PDF = "nics-background-checks-2015-11.pdf"
PDF_URL = "https://example.org/reports/nics-background-checks-2015-11.pdf"


@pytest.fixture(scope="module")
def pdf_server(tmp_path_factory):
    import json
    import shutil

    from qa.config import Settings
    from qa.pipeline import build_index
    from tests.conftest import REALDOCS, free_port, start_app

    base = tmp_path_factory.mktemp("pdf")
    corpus = base / "corpus"
    corpus.mkdir()
    shutil.copy(REALDOCS / PDF, corpus / PDF)
    shutil.copy(REALDOCS / "empty.pdf", corpus / "empty.pdf")
    (corpus / "sources.json").write_text(
        json.dumps({PDF: {"title": "NICS firearm checks, November 2015", "date": "2015-11", "publisher": "FBI", "url": PDF_URL}})
    )
    settings = Settings(corpus_dir=corpus, index_dir=base / "index", data_dir=base / "data")
    settings.data_dir.mkdir()
    build_index(settings)
    proc, url = start_app(settings, free_port())
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.mark.parametrize("width", sorted(WIDTHS))
def test_a_pdf_source_shows_its_page_with_the_row_boxed_and_links_to_that_page(browser, pdf_server, width):
    context = browser.new_context(viewport={"width": width, "height": WIDTHS[width]})
    page = context.new_page()
    try:
        page.goto(pdf_server + "/")
        ask(page, "Totals for Kentucky?")
        bot = wait_answers(page, 1)
        viewer = open_viewer_by_mouse_and_keyboard(page, bot)
        assert "Kentucky" in viewer.locator("tr.qa-cited").inner_text()
        image = viewer.locator(".qa-page img")
        image.scroll_into_view_if_needed()
        page.wait_for_function(
            "() => document.querySelector('.qa-page img').complete && document.querySelector('.qa-page img').naturalWidth > 0"
        )
        img, box = image.bounding_box(), viewer.locator(".qa-box").bounding_box()
        assert img["x"] - 1 <= box["x"] and box["x"] + box["width"] <= img["x"] + img["width"] + 1
        assert img["y"] <= box["y"] and box["y"] + box["height"] <= img["y"] + img["height"]
        assert box["width"] > img["width"] * 0.5 and 0 < box["height"] < img["height"] * 0.05  # one row, not the table
        assert "with the cited row outlined" in image.get_attribute("alt")
        link = viewer.get_by_role("link", name="Open the public document at page 1")
        assert link.get_attribute("href") == PDF_URL + "#page=1"
        assert axe_serious(page) == []
        if width == 1280:
            viewer.locator("tr.qa-cited").scroll_into_view_if_needed()
            page.screenshot(path=str(ARTIFACTS / "viewer-pdf.png"))
        # staff see the file that was skipped and why
        page.keyboard.press("Escape")
        page.locator(".qa-viewer").wait_for(state="hidden")
        page.get_by_text("Documents in the index (for staff)").click()
        page.locator("#documents .qa-file", has_text="empty.pdf").wait_for()
        assert "empty.pdf: empty file" in page.locator("#documents").inner_text()
    finally:
        context.close()


def test_a_page_opened_after_a_new_build_lists_the_new_document(browser, tmp_path):
    """The trial's defect: a paper added and built while the chat ran answered, but the 'Search in'
    list and the documents panel showed the old corpus until a restart."""
    from qa.config import Settings
    from qa.pipeline import build_index
    from tests.conftest import free_port, start_app

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "libraries.md").write_text("# Library hours\n\nThe library opens at 9am on weekdays.\n", encoding="utf-8")
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", data_dir=tmp_path / "data")
    settings.data_dir.mkdir()
    build_index(settings)
    proc, url = start_app(settings, free_port())
    context = browser.new_context(viewport={"width": 1100, "height": 1300})
    page = context.new_page()
    try:
        page.goto(url + "/")
        page.wait_for_selector("#question textarea")
        (corpus / "leisure.md").write_text("# Leisure centre\n\nThe swimming pool opens at 7am every day.\n", encoding="utf-8")
        build_index(settings)
        time.sleep(2.5)  # the server looks for a newer index every 2 s
        page.reload()
        page.wait_for_selector("#question textarea")
        page.locator("#document input").click()
        page.get_by_role("option", name="Leisure centre").wait_for(timeout=15000)
        page.keyboard.press("Escape")
        page.get_by_text("Documents in the index (for staff)").click()
        page.wait_for_function("() => document.querySelector('#documents').innerText.includes('leisure.md')", timeout=15000)
        assert "2 documents in the index" in page.locator("#documents").inner_text()
    finally:
        context.close()
        proc.terminate()
        proc.wait(timeout=10)
