"""Feedback on answers, kept durably in SQLite (WAL, synchronous=FULL: an acknowledged entry
survives a killed process) and exported to CSV for staff.

One row per answer, holding its latest state: a thumb clicked and clicked again leaves rating
`none`, a thumb changed from up to down leaves `down`, and a comment sits beside the rating.
So the export is what people meant, not the clicks they made on the way.

Feedback is optional to the service: when the data folder cannot be written (read-only, full,
missing permissions) the store switches itself off with a reason, and answering goes on.
"""

from __future__ import annotations

import csv
import json
import logging
import sqlite3
import threading
import time
import uuid
from pathlib import Path
from typing import Any

from qa.errors import QAError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS answer_feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    answer_id TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    rating TEXT NOT NULL DEFAULT 'none' CHECK (rating IN ('up', 'down', 'none')),
    comment TEXT NOT NULL DEFAULT '',
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    status TEXT NOT NULL,
    citations TEXT NOT NULL
)
"""
# Databases written before one row per answer kept one row per click in `feedback`; each old row
# becomes an answer of its own, so nothing people said is lost.
_MIGRATE = """
INSERT OR IGNORE INTO answer_feedback (answer_id, created_at, updated_at, rating, comment, question, answer, status, citations)
SELECT 'legacy-' || id, created_at, created_at, CASE rating WHEN 'comment' THEN 'none' ELSE rating END,
       comment, question, answer, status, citations FROM feedback
"""
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MAX_COMMENT = 2000
RATINGS = ("up", "down", "none")
FIELDS = ["id", "answer_id", "created_at", "updated_at", "rating", "comment", "question", "answer", "status", "citations"]
UNAVAILABLE = "Feedback is switched off for now (the server cannot save it); answers still work."
log = logging.getLogger(__name__)


class FeedbackUnavailable(Exception):
    """The store cannot save entries; `str()` is the notice for the person giving feedback."""


def neutralise(cell: str) -> str:
    """Stop a spreadsheet reading a cell as a formula.

    >>> neutralise("=HYPERLINK(1)")
    "'=HYPERLINK(1)"
    """
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def rating_from_like(liked: object) -> str:
    """The rating a click on the chat's thumbs means: Gradio sends True (up), False (down) and an
    empty value when the selected thumb is clicked again (no rating).

    >>> [rating_from_like(x) for x in (True, False, "", None)]
    ['up', 'down', 'none', 'none']
    """
    if liked is True:
        return "up"
    if liked is False:
        return "down"
    return "none"


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


class FeedbackStore:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self.disabled_reason = ""  # empty while feedback can be saved
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._connect() as db:
                db.execute("PRAGMA journal_mode=WAL")
                db.execute(_SCHEMA)
                if db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='feedback'").fetchone():
                    db.execute(_MIGRATE)
        except (OSError, sqlite3.Error) as exc:
            self._disable(exc)

    @property
    def available(self) -> bool:
        return not self.disabled_reason

    def _disable(self, exc: BaseException) -> None:
        self.disabled_reason = f"{type(exc).__name__}: {exc}"
        log.warning("feedback switched off: %s cannot be written (%s)", self.path, self.disabled_reason)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10)
        db.execute("PRAGMA synchronous=FULL")
        return db

    def add(
        self,
        *,
        rating: str,
        question: str,
        answer: str,
        status: str,
        citations: list[dict[str, Any]],  # Citation.to_dict() of each source
        comment: str | None = None,
        answer_id: str | None = None,
    ) -> int:
        """Set the latest state of one answer's feedback; returns its row id once it is on disk.

        `rating` is up, down or none, or `comment` to change only the comment. Without an
        `answer_id` the entry is an answer of its own."""
        if not self.available:
            raise FeedbackUnavailable(UNAVAILABLE)
        if rating not in (*RATINGS, "comment"):
            raise ValueError(f"rating must be one of {RATINGS} or 'comment', not {rating!r}")
        answer_id = answer_id or uuid.uuid4().hex
        now = _now()
        new_rating = "none" if rating == "comment" else rating
        new_comment = (comment or "")[:MAX_COMMENT]
        sets = ["updated_at = excluded.updated_at"]
        if rating != "comment":
            sets.append("rating = excluded.rating")
        if comment is not None:
            sets.append("comment = excluded.comment")
        row = (answer_id, now, now, new_rating, new_comment, question, answer, status, json.dumps(citations, ensure_ascii=False))
        try:
            with self._lock, self._connect() as db:
                db.execute(
                    "INSERT INTO answer_feedback (answer_id, created_at, updated_at, rating, comment, question, answer, status, citations) "
                    f"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(answer_id) DO UPDATE SET {', '.join(sets)}",
                    row,
                )
                return int(db.execute("SELECT id FROM answer_feedback WHERE answer_id = ?", (answer_id,)).fetchone()[0])
        except (OSError, sqlite3.OperationalError) as exc:
            # A full disk or a folder made read-only while running will not mend itself: switch off.
            # A busy lock might, so only this entry is lost.
            if not isinstance(exc, sqlite3.OperationalError) or "locked" not in str(exc):
                self._disable(exc)
            raise FeedbackUnavailable(UNAVAILABLE) from None

    def all(self) -> list[dict[str, str | int]]:
        """Every entry, oldest first: `id` is an integer, every other field text (see _SCHEMA)."""
        with self._connect() as db:
            db.row_factory = sqlite3.Row
            return [dict(r) for r in db.execute(f"SELECT {', '.join(FIELDS)} FROM answer_feedback ORDER BY id")]

    def export_csv(self, path: Path) -> int:
        rows = self.all()
        try:
            with Path(path).open("w", newline="", encoding="utf-8") as f:
                writer = csv.writer(f)
                writer.writerow(FIELDS)
                for r in rows:
                    writer.writerow([neutralise(str(r[k])) for k in FIELDS])
        except OSError as exc:
            raise QAError(
                f"Cannot write {path}: {exc.strerror or exc}. Choose a file in a folder that exists and you can write to."
            ) from None
        return len(rows)
