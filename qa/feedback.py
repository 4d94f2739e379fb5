"""Feedback on answers, kept durably in SQLite (WAL, synchronous=FULL: an acknowledged entry
survives a killed process) and exported to CSV for staff.

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
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    rating TEXT NOT NULL CHECK (rating IN ('up', 'down', 'comment')),
    comment TEXT NOT NULL DEFAULT '',
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    status TEXT NOT NULL,
    citations TEXT NOT NULL
)
"""
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MAX_COMMENT = 2000
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

    def add(self, *, rating: str, question: str, answer: str, status: str, citations: list[dict], comment: str = "") -> int:
        """Store one entry; returns its id once it is on disk. FeedbackUnavailable when it cannot be."""
        if not self.available:
            raise FeedbackUnavailable(UNAVAILABLE)
        row = (
            time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            rating,
            comment[:MAX_COMMENT],
            question,
            answer,
            status,
            json.dumps(citations, ensure_ascii=False),
        )
        try:
            with self._lock, self._connect() as db:
                cur = db.execute(
                    "INSERT INTO feedback (created_at, rating, comment, question, answer, status, citations) VALUES (?, ?, ?, ?, ?, ?, ?)", row
                )
                return int(cur.lastrowid)
        except (OSError, sqlite3.OperationalError) as exc:
            # A full disk or a folder made read-only while running will not mend itself: switch off.
            # A busy lock might, so only this entry is lost.
            if not isinstance(exc, sqlite3.OperationalError) or "locked" not in str(exc):
                self._disable(exc)
            raise FeedbackUnavailable(UNAVAILABLE) from None

    def all(self) -> list[dict]:
        with self._connect() as db:
            db.row_factory = sqlite3.Row
            return [dict(r) for r in db.execute("SELECT * FROM feedback ORDER BY id")]

    def export_csv(self, path: Path) -> int:
        rows = self.all()
        fields = ["id", "created_at", "rating", "comment", "question", "answer", "status", "citations"]
        with Path(path).open("w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(fields)
            for r in rows:
                writer.writerow([neutralise(str(r[k])) for k in fields])
        return len(rows)
