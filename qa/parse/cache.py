"""Parsed documents kept between builds, so that a rebuild reparses only the files that changed.

Each entry is one file's blocks as JSON, named by the hash of the file's content and of the
package's code and data: editing a file, or any of the code (a new release), misses the cache, and
the file is parsed again. Entries a build did not use are removed at its end. A cache
that cannot be read or written is ignored: the files are parsed as if it were empty.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from qa.types import Block, Table

log = logging.getLogger(__name__)

_QA = Path(__file__).resolve().parent.parent
# Everything a parse result may depend on besides the file itself: all of the package, to be sure.
_PARSER_FILES = ("**/*.py", "data/*.json")


@lru_cache(maxsize=1)
def parser_version() -> str:
    """A hash of the parsing code: a cached parse is used only by the code that made it."""
    h = hashlib.sha256()
    for pattern in _PARSER_FILES:
        for path in sorted(_QA.glob(pattern)):
            h.update(path.relative_to(_QA).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


class ParseCache:
    """Blocks of parsed files in `folder`, by content hash."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.used: set[str] = set()

    def _entry(self, content_hash: str) -> Path:
        return self.folder / f"{content_hash[:32]}-{parser_version()}.json"

    def get(self, content_hash: str) -> tuple[tuple[Block, ...], str] | None:
        """The blocks and the title a file with this content was parsed into before, or None."""
        path = self._entry(content_hash)
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
            found = blocks_from_json(entry["blocks"]), str(entry["title"])
        except (OSError, ValueError, KeyError, TypeError):
            return None
        self.used.add(path.name)
        return found

    def put(self, content_hash: str, blocks: tuple[Block, ...], title: str) -> None:
        """Keep a file's blocks and the title its parser found (before any sources.json title)."""
        path = self._entry(content_hash)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump({"title": title, "blocks": [asdict(b) for b in blocks]}, f, ensure_ascii=False)
            os.replace(tmp, path)
            self.used.add(path.name)
        except OSError as exc:
            log.debug("parse cache not written (%s)", exc)

    def prune(self) -> None:
        """Remove the entries this build did not use (files since changed or removed)."""
        try:
            for path in self.folder.glob("*.json"):
                if path.name not in self.used:
                    path.unlink(missing_ok=True)
            for path in self.folder.glob("*.tmp"):
                path.unlink(missing_ok=True)
        except OSError as exc:
            log.debug("parse cache not pruned (%s)", exc)


def blocks_from_json(items: list[dict[str, Any]]) -> tuple[Block, ...]:
    """Blocks as `dataclasses.asdict` wrote them, with their tuples and tables rebuilt.

    >>> b = Block(kind="table", heading_path=("Money",), table=Table("T", ("A", "B"), (("x", "1"),)), page=2, bbox=(0.0, 1.0, 2.0, 3.0))
    >>> blocks_from_json(json.loads(json.dumps([asdict(b)]))) == (b,)
    True
    """
    out = []
    for d in items:
        t = d.get("table")
        table = (
            Table(
                title=t["title"],
                headers=tuple(t["headers"]),
                rows=tuple(tuple(r) for r in t["rows"]),
                header_paths=tuple(tuple(p) for p in t.get("header_paths", ())),
                units=tuple(t.get("units", ())),
                groups=tuple(t.get("groups", ())),
            )
            if t
            else None
        )
        bbox = d.get("bbox")
        out.append(
            Block(
                kind=d["kind"],
                heading_path=tuple(d["heading_path"]),
                text=d.get("text", ""),
                table=table,
                page=d.get("page"),
                lead=d.get("lead", ""),
                bbox=tuple(bbox) if bbox is not None else None,
            )
        )
    return tuple(out)
