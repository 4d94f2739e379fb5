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


def test_every_ask_command_in_the_readme_parses():
    import shlex

    from qa.cli import make_parser

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"-m qa (ask [^|#\n\\]*)", readme)
    assert any("--previous" in c for c in commands), "the README shows a follow-up on the command line"
    for command in commands:
        parts = [p for p in shlex.split(command) if not p.startswith("[")]
        args, unknown = make_parser().parse_known_args(parts)
        assert not unknown and args.command == "ask", command


def test_the_readme_documents_conversations_for_the_cli_and_the_api():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Conversations", 1)[1].split("\n### ", 1)[0]
    assert '"previous":' in section and "--previous" in section and "/api/ask" in section and 'api_name="/ask"' in section
