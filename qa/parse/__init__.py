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
CHAT_FILE = "chat.json"  # what the chat shows for this corpus (qa/ui.py load_chat_page); not a document
MAX_FILE_BYTES = 20_000_000  # in decimal megabytes, as the message states it
# Formats whose parsers can be driven to huge memory or time by a small file (compressed
# streams, ZIP members, deep markup): parsed in a worker process under limits (qa/parse/worker.py).
ISOLATED_SUFFIXES = {".pdf", ".docx", ".html", ".htm"}


def _mb(n: int) -> str:
    """Bytes as decimal megabytes, one decimal place when it matters.

    >>> _mb(20_000_000), _mb(20_500_000)
    ('20', '20.5')
    """
    return f"{n / 1e6:.1f}".rstrip("0").rstrip(".")


def safe_url(url: str) -> str:
    """A source URL fit to render as a link: http or https, a host, no whitespace or control
    characters (a newline in sources.json could otherwise start new Markdown); else ''.

    >>> safe_url("https://example.org/a b"), safe_url("javascript:alert(1)"), safe_url("https://x.org/p?q=1")
    ('', '', 'https://x.org/p?q=1')
    """
    from urllib.parse import urlsplit

    if not url or any(c.isspace() or not c.isprintable() for c in url) or any(c in url for c in '<>"`\\'):
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return url if parts.scheme in ("http", "https") and parts.hostname else ""


def printable(text: str) -> str:
    r"""A file name safe to print to a terminal or log: control characters (ANSI escapes,
    newlines) shown as escapes.

    >>> printable("evil\x1b[2J.md")
    'evil\\x1b[2J.md'
    """
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


def corpus_entries(corpus_dir: Path) -> tuple[list[Path], list[Skipped]]:
    """Every regular file in the corpus folder except the sources list, the chat's page text and
    hidden files, sorted;
    and the entries refused because they are symbolic links or lead outside the folder (a link
    to /etc/passwd would otherwise put that file into answers)."""
    root = corpus_dir.resolve()
    files, refused = [], []
    for p in sorted(corpus_dir.rglob("*")):
        rel = p.relative_to(corpus_dir)
        if any(part.startswith(".") for part in rel.parts) or p.name in (SOURCES_FILE, CHAT_FILE) or p.name.lower() == "readme.md":
            continue
        if p.is_symlink():
            refused.append(Skipped(rel.as_posix(), "a symbolic link (links are not followed)"))
            continue
        if not p.is_file():
            continue
        if not p.resolve().is_relative_to(root):
            refused.append(Skipped(rel.as_posix(), "outside the corpus folder"))
            continue
        files.append(p)
    return files, refused


def corpus_files(corpus_dir: Path) -> list[Path]:
    """The corpus files that will be parsed (see corpus_entries)."""
    return corpus_entries(corpus_dir)[0]


def load_sources(corpus_dir: Path) -> dict[str, Source]:
    path = corpus_dir / SOURCES_FILE
    if not path.exists():
        return {}
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("%s: cannot read (%s); titles will come from the files themselves", path, exc)
        return {}
    if not isinstance(raw, dict):
        log.warning("%s: not a JSON object; titles will come from the files themselves", path)
        return {}
    fields = ("title", "date", "publisher", "url")
    out = {}
    for name, v in raw.items():
        if not isinstance(v, dict):
            continue
        values = {k: str(v.get(k, "")) for k in fields}
        if values["url"] and not safe_url(values["url"]):
            log.warning("%s: the url of %s is not a plain http(s) address; it is left out", path, printable(name))
            values["url"] = ""
        out[name] = Source(**values)
    return out


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
        raise ParseError(f"too large ({_mb(size)} MB; the limit is {_mb(MAX_FILE_BYTES)} MB)")
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


def load_corpus(
    corpus_dir: Path, *, timeout: float | None = None, memory_mb: int | None = None, cache_dir: Path | None = None
) -> tuple[list[Document], list[Skipped]]:
    """Parse every file; a file that cannot be read, or that needs more than `timeout` seconds or
    `memory_mb` of memory (defaults: QA_PARSE_TIMEOUT, QA_PARSE_MEMORY_MB), is skipped with a
    warning and reported. With `cache_dir`, a file parsed by an earlier build is read from there
    (qa/parse/cache.py) instead of parsed again."""
    from qa.config import Settings
    from qa.parse.cache import ParseCache
    from qa.parse.worker import ParseWorker

    if not corpus_dir.is_dir():
        raise QAError(f"Corpus folder {corpus_dir} does not exist. Put documents there or pass --corpus DIR.")
    settings = Settings.from_env()
    sources = load_sources(corpus_dir)
    paths, skipped = corpus_entries(corpus_dir)
    for s in skipped:
        log.warning("skipped %s: %s", printable(s.path), s.reason)
    docs = []
    cache = ParseCache(cache_dir) if cache_dir is not None else None
    with ParseWorker(timeout=timeout or settings.parse_timeout, memory_mb=memory_mb or settings.parse_memory_mb) as worker:
        for path in paths:
            name = path.relative_to(corpus_dir).as_posix()
            source = sources.get(name) or Source(title="")
            try:
                content = file_hash(path) if cache is not None else ""
                found = cache.get(content) if cache is not None else None
                if found is None:
                    # parsed untitled, so that the title the file itself gives is what is kept
                    untitled = replace(source, title="")
                    isolated = path.suffix.lower() in ISOLATED_SUFFIXES and path.stat().st_size <= MAX_FILE_BYTES
                    parsed = worker.parse(path, name, untitled) if isolated else parse_file(path, name, untitled)
                    found = parsed.blocks, parsed.source.title
                    if cache is not None:
                        cache.put(content, *found)
                blocks, own_title = found
                docs.append(Document(name=name, source=replace(source, title=source.title or own_title), blocks=blocks))
            except ParseError as exc:
                log.warning("skipped %s: %s", printable(name), exc)
                skipped.append(Skipped(name, str(exc)))
            except OSError as exc:
                log.warning("skipped %s: cannot be opened (%s)", printable(name), exc.strerror or exc)
                skipped.append(Skipped(name, f"cannot be opened ({exc.strerror or exc})"))
    if cache is not None:
        cache.prune()
    return docs, sorted(skipped, key=lambda s: s.path)
