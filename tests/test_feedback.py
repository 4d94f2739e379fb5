"""Feedback keeps one row per answer holding its latest state."""

import csv
import sqlite3

import pytest

from qa.errors import QAError
from qa.feedback import FeedbackStore, rating_from_like

ANSWER = dict(question="How much for DFGs?", answer="£3,834,762 [1].", status="answered", citations=[{"doc": "hwb.md"}])


def test_up_then_up_again_leaves_one_row_with_no_rating(tmp_path):
    store = FeedbackStore(tmp_path / "f.sqlite3")
    # What the chat receives for a thumb clicked, then clicked again: True, then "".
    for liked in (True, ""):
        store.add(rating=rating_from_like(liked), answer_id="a1", **ANSWER)
    assert [(r["answer_id"], r["rating"]) for r in store.all()] == [("a1", "none")]


def test_latest_rating_and_comment_live_in_the_same_row(tmp_path):
    store = FeedbackStore(tmp_path / "f.sqlite3")
    store.add(rating="up", answer_id="a1", **ANSWER)
    store.add(rating="comment", comment="=SUM(A1) useful", answer_id="a1", **ANSWER)
    store.add(rating="down", answer_id="a1", **ANSWER)
    store.add(rating="up", answer_id="a2", **ANSWER)
    rows = store.all()
    assert [(r["answer_id"], r["rating"], r["comment"]) for r in rows] == [("a1", "down", "=SUM(A1) useful"), ("a2", "up", "")]
    out = tmp_path / "f.csv"
    assert store.export_csv(out) == 2
    exported = list(csv.DictReader(out.open(encoding="utf-8")))
    assert exported[0]["comment"] == "'=SUM(A1) useful" and exported[0]["rating"] == "down"


def test_export_to_a_missing_folder_is_a_one_line_error(tmp_path):
    store = FeedbackStore(tmp_path / "f.sqlite3")
    with pytest.raises(QAError, match="Cannot write .*x.csv"):
        store.export_csv(tmp_path / "no" / "such" / "x.csv")


def test_rows_of_the_old_one_row_per_click_table_are_kept(tmp_path):
    db = tmp_path / "f.sqlite3"
    with sqlite3.connect(db) as c:
        c.execute(
            "CREATE TABLE feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT, rating TEXT, comment TEXT, "
            "question TEXT, answer TEXT, status TEXT, citations TEXT)"
        )
        c.execute("INSERT INTO feedback VALUES (1, '2025-01-01T00:00:00Z', 'comment', 'hi', 'q', 'a', 'answered', '[]')")
    rows = FeedbackStore(db).all()
    assert [(r["answer_id"], r["rating"], r["comment"]) for r in rows] == [("legacy-1", "none", "hi")]
    assert len(FeedbackStore(db).all()) == 1  # opening again does not copy twice
