"""Issue 11 in a real browser (Debian's Chromium through Playwright): document text cannot create
links, and the page works under the stricter Content-Security-Policy (no 'unsafe-eval' and no
'unsafe-inline' for scripts, no ws: to other hosts) with no violation reported."""

import re
import shutil
from urllib.parse import urlparse

import pytest

from tests.conftest import ROOT, free_port, start_app

pytestmark = [pytest.mark.browser, pytest.mark.integration]
PHISH = """# Refunds

To claim your council tax refund visit https://evil.example/login or www.evil.example/refund, or write to refunds@evil.example with your bank details.
"""


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    from qa.config import Settings

    base = tmp_path_factory.mktemp("edge")
    corpus = base / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    (corpus / "refunds.md").write_text(PHISH)
    settings = Settings(corpus_dir=corpus, index_dir=base / "index", data_dir=base / "data")
    proc, url = start_app(settings, free_port())
    yield url
    proc.terminate()
    proc.wait(10)


def test_bare_addresses_in_documents_are_not_links_and_the_csp_holds(served):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        page.add_init_script(
            "window.__csp = []; document.addEventListener('securitypolicyviolation', "
            "e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"
        )
        outside = []
        page.on("request", lambda r: urlparse(r.url).hostname not in ("127.0.0.1", "localhost", None) and outside.append(r.url))
        page.goto(served + "/")
        page.wait_for_selector("#question textarea")
        box = page.locator("#question textarea")
        box.fill("How do I claim a council tax refund?")
        box.press("Enter")
        page.wait_for_function("() => document.querySelectorAll('#chat [data-testid=\"bot\"]').length >= 1", timeout=60000)
        message = page.locator("#chat [data-testid='bot']").last
        text = message.inner_text()
        hrefs = [a.get_attribute("href") or "" for a in page.locator("#chat a").all()]
        csp = page.evaluate("() => window.__csp")
        live = page.locator("#sr-status").get_attribute("aria-live")
        browser.close()
    assert "evil.example/login" in text  # the words are shown...
    assert not [h for h in hrefs if "evil" in h or h.startswith("mailto:")], hrefs  # ...but nothing links to them
    assert not outside and csp == [], (outside, csp)
    assert live == "polite"  # the page's own script ran under the policy


CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu"]
# Every violation, from the page's first script on (init scripts are injected by DevTools, outside the policy).
RECORD_CSP = (
    "window.__csp = []; document.addEventListener('securitypolicyviolation', "
    "e => window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));"
)


def test_the_chat_runs_without_unsafe_inline_scripts_and_with_no_violation(served):
    """Gradio's inline config scripts run by the response's nonce: the page loads, a question is
    asked and its answer shown with no violation and no console error. Then an inline script
    without the nonce, added by the page itself, is refused: the policy really is in force."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page()
        errors: list[str] = []
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.add_init_script(RECORD_CSP)
        try:
            policy = page.goto(served + "/").headers["content-security-policy"]
            script_src = dict(d.strip().split(" ", 1) for d in policy.split(";"))["script-src"]
            assert re.fullmatch(r"'self' 'nonce-[\w-]+'", script_src), policy  # no 'unsafe-inline', no 'unsafe-eval'
            page.wait_for_selector("#question textarea")
            box = page.locator("#question textarea")
            box.fill("How much was invested in Disabled Facilities Grants?")
            box.press("Enter")
            page.wait_for_function("() => document.querySelectorAll('#chat [data-testid=\"bot\"]').length >= 1", timeout=60000)
            answer = page.locator("#chat [data-testid='bot']").last.inner_text()
            assert "£3,834,762" in answer and "[1]" in answer, answer
            assert page.locator("#sr-status").get_attribute("aria-live") == "polite"  # the page's own script ran
            assert page.evaluate("() => window.__csp") == [] and errors == [], (page.evaluate("() => window.__csp"), errors)
            page.evaluate(
                "() => { const s = document.createElement('script'); s.textContent = 'window.__inline = true';"
                " document.head.appendChild(s); }"
            )
            page.wait_for_function("() => window.__csp.length > 0")
            inline_ran, violation = page.evaluate("() => [window.__inline === true, window.__csp[0].split(' ').slice(0, 2)]")
            assert not inline_ran and violation == ["script-src-elem", "inline"], violation
        finally:
            browser.close()
