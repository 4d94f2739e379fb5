"""Feedback on answers, kept durably in SQLite (WAL, synchronous=FULL: an acknowledged entry
survives a killed process) and exported to CSV for staff."""

from __future__ import annotations

import csv
import json
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
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10)
        db.execute("PRAGMA synchronous=FULL")
        return db

    def add(self, *, rating: str, question: str, answer: str, status: str, citations: list[dict], comment: str = "") -> int:
        """Store one entry; returns its id once it is on disk."""
        row = (
            time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            rating,
            comment[:MAX_COMMENT],
            question,
            answer,
            status,
            json.dumps(citations, ensure_ascii=False),
        )
        with self._lock, self._connect() as db:
            cur = db.execute(
                "INSERT INTO feedback (created_at, rating, comment, question, answer, status, citations) VALUES (?, ?, ?, ?, ?, ?, ?)", row
            )
            return int(cur.lastrowid)

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
