"""Issue 11 in a real browser (Debian's Chromium through Playwright): document text cannot create
links, and the page works under the stricter Content-Security-Policy (no 'unsafe-eval', no ws:
to other hosts) with no violation reported."""

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
        page.add_init_script("window.__csp = []; document.addEventListener('securitypolicyviolation', "
                             "e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));")
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
