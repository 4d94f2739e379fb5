"""corpus/ files -> Documents. One module per format; this one picks the parser and reads sources.json."""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import replace
from pathlib import Path

from qa.errors import ParseError, QAError
from qa.types import Block, Document, Skipped, Source

log = logging.getLogger(__name__)

SUFFIXES = {".md", ".markdown", ".txt", ".html", ".htm", ".pdf", ".docx"}
SOURCES_FILE = "sources.json"
MAX_FILE_BYTES = 20 * 1024 * 1024


def corpus_files(corpus_dir: Path) -> list[Path]:
    """Every file in the corpus folder except the sources list and hidden files, sorted."""
    return sorted(
        p
        for p in corpus_dir.rglob("*")
        if p.is_file() and p.name != SOURCES_FILE and p.name.lower() != "readme.md"
        and not any(part.startswith(".") for part in p.relative_to(corpus_dir).parts)
    )


def load_sources(corpus_dir: Path) -> dict[str, Source]:
    path = corpus_dir / SOURCES_FILE
    if not path.exists():
        return {}
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("%s: cannot read (%s); titles will come from the files themselves", path, exc)
        return {}
    fields = ("title", "date", "publisher", "url")
    return {name: Source(**{k: str(v.get(k, "")) for k in fields}) for name, v in raw.items() if isinstance(v, dict)}


def fingerprint(corpus_dir: Path) -> str:
    """A hash of every corpus file's name and content (and sources.json): changes when the corpus does."""
    h = hashlib.sha256()
    paths = corpus_files(corpus_dir) + ([corpus_dir / SOURCES_FILE] if (corpus_dir / SOURCES_FILE).exists() else [])
    for p in paths:
        h.update(p.relative_to(corpus_dir).as_posix().encode())
        h.update(file_hash(p).encode())
    return h.hexdigest()[:16]


def file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_text(path: Path) -> str:
    """Text of a file, refusing binary data; UTF-8 first, then Windows-1252 (old council exports)."""
    data = path.read_bytes()
    if not data.strip():
        raise ParseError("empty file")
    sample = data[:8192]
    if b"\x00" in sample or sum(b < 9 or 13 < b < 32 for b in sample) > len(sample) * 0.05:
        raise ParseError("binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        log.warning("%s: not UTF-8, read as Windows-1252", path.name)
        return data.decode("cp1252", errors="replace")


def parse_file(path: Path, name: str, source: Source | None = None) -> Document:
    """Parse one file into a Document; raises ParseError with a reason a person can act on."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ParseError(f"unsupported file type '{suffix or path.name}' (supported: {', '.join(sorted(SUFFIXES))})")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ParseError(f"too large ({size / 1e6:.0f} MB; the limit is {MAX_FILE_BYTES / 1e6:.0f} MB)")
    doc_title = ""
    try:
        if suffix == ".pdf":
            from qa.parse.pdf import parse_pdf

            blocks, doc_title = parse_pdf(path)
        elif suffix == ".docx":
            from qa.parse.docx import parse_docx

            blocks, doc_title = parse_docx(path)
        elif suffix in {".html", ".htm"}:
            from qa.parse.html import parse_html

            blocks, doc_title = parse_html(read_text(path))
        else:
            from qa.parse.markdown import parse_markdown

            blocks = parse_markdown(read_text(path))
    except ParseError:
        raise
    except Exception as exc:  # a parser library failing on a damaged file
        raise ParseError(f"could not be read ({type(exc).__name__}: {exc})") from exc
    if not blocks:
        raise ParseError("no text found")
    src = source or Source(title="")
    title = src.title or doc_title or _first_heading(blocks) or path.stem
    return Document(name=name, source=replace(src, title=title), blocks=blocks)


def _first_heading(blocks: tuple[Block, ...]) -> str:
    for b in blocks:
        if b.heading_path:
            return b.heading_path[0]
    return ""


def load_corpus(corpus_dir: Path) -> tuple[list[Document], list[Skipped]]:
    """Parse every file; a file that cannot be read is skipped with a warning and reported."""
    if not corpus_dir.is_dir():
        raise QAError(f"Corpus folder {corpus_dir} does not exist. Put documents there or pass --corpus DIR.")
    sources = load_sources(corpus_dir)
    docs, skipped = [], []
    for path in corpus_files(corpus_dir):
        name = path.relative_to(corpus_dir).as_posix()
        try:
            docs.append(parse_file(path, name, sources.get(name)))
        except ParseError as exc:
            log.warning("skipped %s: %s", name, exc)
            skipped.append(Skipped(name, str(exc)))
        except OSError as exc:
            log.warning("skipped %s: cannot be opened (%s)", name, exc.strerror or exc)
            skipped.append(Skipped(name, f"cannot be opened ({exc.strerror or exc})"))
    return docs, skipped
