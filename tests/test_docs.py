"""The documentation points at things that exist."""

import re

from tests.conftest import ROOT


def headings(markdown: str) -> set[str]:
    return {m.group(1).strip() for m in re.finditer(r"^#+\s+(.+)$", markdown, re.M)}


def test_every_readme_section_named_in_a_readme_exists():
    readme = headings((ROOT / "README.md").read_text(encoding="utf-8"))
    for path in [ROOT / "index" / "README.md"]:
        for name in re.findall(r'README\.md, "([^"]+)"', path.read_text(encoding="utf-8")):
            assert name in readme, f"{path.relative_to(ROOT)} points to a README section that does not exist: {name!r}"


def test_every_image_the_readme_shows_is_in_the_repository():
    shown = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", (ROOT / "README.md").read_text(encoding="utf-8"))
    assert {"docs/screenshot-answer.png", "docs/screenshot-viewer-pdf.png", "docs/screenshot-phone-390px.png"} <= set(shown)
    assert [s for s in shown if not (ROOT / s).is_file()] == []


def test_the_readme_shows_how_to_start_the_chat_with_the_cli():
    assert "python -m qa serve" in (ROOT / "README.md").read_text(encoding="utf-8")
