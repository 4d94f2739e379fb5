"""Parsing hostile files safely: each PDF, Word or HTML file is parsed in a separate worker
process with a cap on its memory (RLIMIT_AS) and a deadline per file. A file that exhausts
either is skipped with a reason; the worker is replaced and the build goes on.

Plain text and Markdown are parsed in the building process: they do not inflate, and the
20 MB file limit already bounds them.
"""

from __future__ import annotations

import logging
import multiprocessing
from pathlib import Path

from qa.errors import ParseError
from qa.types import Document, Source

log = logging.getLogger(__name__)

# The most table cells one document may yield: ~20 times the largest real report in corpus/
# and tests/data/realdocs, so only a machine-made file reaches it.
MAX_CELLS = 500_000
MAX_PDF_PAGES = 1000  # board packs run to a few hundred pages


def _limit_memory(memory_mb: int) -> None:
    import resource

    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _count_cells(doc: Document) -> int:
    return sum(len(b.table.headers) * (1 + len(b.table.rows)) for b in doc.blocks if getattr(b, "table", None) is not None)


def parse_bounded(path: Path, name: str, source: Source | None) -> Document:
    """parse_file with the checks that need the file opened: pages and cells."""
    from qa.parse import parse_file

    if path.suffix.lower() == ".pdf":
        _check_pages(path)
    doc = parse_file(path, name, source)
    cells = _count_cells(doc)
    if cells > MAX_CELLS:
        raise ParseError(f"too many table cells ({cells:,}; the limit is {MAX_CELLS:,})")
    return doc


def _check_pages(path: Path) -> None:
    try:
        import pdfplumber

        with pdfplumber.open(str(path)) as pdf:
            pages = len(pdf.pages)
    except Exception:
        return  # an unreadable PDF: parse_file says why
    if pages > MAX_PDF_PAGES:
        raise ParseError(f"too many pages ({pages:,}; the limit is {MAX_PDF_PAGES:,})")


def _caused_by_memory(exc: BaseException) -> bool:
    """True when a MemoryError lies anywhere under exc: parser libraries wrap it in their own errors."""
    seen, todo = set(), [exc]
    while todo:
        e = todo.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, MemoryError):
            return True
        todo += [e.__cause__, e.__context__, *(a for a in e.args if isinstance(a, BaseException))]
    return False


def _serve(conn, memory_mb: int) -> None:
    """The worker's loop: (path, name, source) in, ("ok", Document) or ("error", reason) out."""
    _limit_memory(memory_mb)
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        if request is None:
            return
        path, name, source = request
        try:
            conn.send(("ok", parse_bounded(Path(path), name, source)))
        except ParseError as exc:
            if not _caused_by_memory(exc):
                conn.send(("error", str(exc)))
                continue
            conn.send(("error", f"needs more than {memory_mb} MB of memory to parse"))
            return
        except MemoryError:
            conn.send(("error", f"needs more than {memory_mb} MB of memory to parse"))
            return  # the heap may be in a poor state; a fresh worker takes the next file
        except Exception as exc:
            conn.send(("error", f"could not be read ({type(exc).__name__})"))


class ParseWorker:
    """One worker process, started on first use and replaced after a file kills or stalls it.

    Use as a context manager so the process is stopped when the build is done."""

    def __init__(self, *, timeout: float, memory_mb: int) -> None:
        self.timeout, self.memory_mb = timeout, memory_mb
        self._proc = None
        self._conn = None

    def __enter__(self) -> "ParseWorker":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _start(self) -> None:
        # spawn, not fork: the building process may hold model threads that a fork would copy mid-state.
        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe()
        self._proc = ctx.Process(target=_serve, args=(child, self.memory_mb), daemon=True, name="qa-parse")
        self._proc.start()
        child.close()
        self._conn = parent

    def _stop(self) -> None:
        if self._proc is not None:
            self._proc.kill()
            self._proc.join(5)
        if self._conn is not None:
            self._conn.close()
        self._proc = self._conn = None

    def close(self) -> None:
        if self._proc is not None and self._proc.is_alive():
            try:
                self._conn.send(None)
                self._proc.join(2)
            except OSError:
                pass
        self._stop()

    def parse(self, path: Path, name: str, source: Source | None) -> Document:
        if self._proc is None or not self._proc.is_alive():
            self._stop()
            self._start()
        try:
            self._conn.send((str(path), name, source))
            ready = self._conn.poll(self.timeout)
            reply = self._conn.recv() if ready else None
        except (EOFError, OSError):
            reply = ("died", None)
        if reply is None:
            self._stop()
            raise ParseError(f"took longer than {self.timeout:.0f} s to parse")
        if reply[0] == "died":
            if self._proc is not None:
                self._proc.join(5)
            code = self._proc.exitcode if self._proc is not None else None
            self._stop()
            raise ParseError(f"the parser stopped on this file (exit code {code}); it may need more than {self.memory_mb} MB of memory")
        if reply[0] == "error":
            raise ParseError(reply[1])
        return reply[1]
