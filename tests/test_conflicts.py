"""qa/conflicts.py on tiny rows whose right answers can be checked by hand: when is a row of another
document the same row under the same column, and how the answer names its different figure."""

from dataclasses import replace

from qa.conflicts import conflicts, note_conflicts, quoted_columns, row_key
from qa.draft import Draft
from qa.types import Unit

MINE = Unit(
    id="m",
    doc="plan.md",
    kind="row",
    text="",
    table="Falls prevention spend",
    row="Falls team",
    cells=("Falls team", "120", "£50,000"),
    headers=("Activity", "People", "Cost 2024-25"),
    table_id="t1",
)
LOOKUP = Draft("answered", "Falls team — Cost 2024-25: £50,000 [1].", cited=(MINE,), evidence=(MINE,))


def other(**changes) -> Unit:
    return replace(MINE, **{"id": "o", "doc": "other.md", "table_id": "t2", "cells": ("Falls team", "120", "£9,999"), **changes})


def ids(found):
    return [(j, u.id, k) for j, u, k in found]


def test_the_same_row_and_column_in_another_document_with_another_figure_conflicts():
    assert ids(conflicts(MINE, [2], [other()])) == [(2, "o", 2)]
    # the label written with other case and punctuation, the period written another way
    assert ids(conflicts(MINE, [2], [other(row="FALLS TEAM:", headers=("Activity", "People", "Cost 24/25"))])) == [(2, "o", 2)]
    # the column found by its header, wherever it is
    moved = other(cells=("Falls team", "£9,999", "120"), headers=("Activity", "Cost 2024-25", "People"))
    assert ids(conflicts(MINE, [2], [moved])) == [(2, "o", 1)]


def test_what_is_not_a_conflict():
    assert conflicts(MINE, [2], [other(doc="plan.md")]) == []  # the same document (issue 11 asks across documents)
    assert conflicts(MINE, [2], [other(cells=("Falls team", "120", "£50,000.00"))]) == []  # the same figure
    assert conflicts(MINE, [2], [other(row="Walks", cells=("Walks", "120", "£9,999"))]) == []  # another row
    assert conflicts(MINE, [2], [other(group="Children", cells=("Falls team", "120", "£9,999"))]) == []  # another group
    assert conflicts(MINE, [2], [other(headers=("Activity", "People", "Cost 2023-24"))]) == []  # another period
    assert conflicts(MINE, [2], [other(units=("", "", "£000s"))]) == []  # another unit
    assert conflicts(MINE, [2], [other(table="Workforce costs")]) == []  # a table about something else
    assert conflicts(MINE, [2], [other(cells=("Falls team", "120", "to be confirmed"))]) == []  # no figure
    assert conflicts(MINE, [2], [other(kind="passage")]) == []


def test_row_key_compares_words_not_spelling():
    assert row_key(MINE) == row_key(other(row="falls  team.")) != row_key(other(row="Falls teams"))


def test_quoted_columns_are_those_the_answer_shows_as_header_and_cell():
    assert quoted_columns(MINE, LOOKUP.text) == [2]
    assert quoted_columns(MINE, "Falls team — People: 120; Cost 2024-25: £50,000 [1].") == [1, 2]
    assert quoted_columns(MINE, "“Falls team helped 120 people.” [1]") == []


def test_the_answer_keeps_its_figure_and_cites_the_other():
    planted = other()
    d = note_conflicts(LOOKUP, [MINE, planted], max_citations=5)
    assert d.text == "Falls team — Cost 2024-25: £50,000 [1]. Another document gives a different figure: £9,999 [2]."
    assert d.cited == (MINE, planted) and planted in d.evidence


def test_existing_markers_keep_their_numbers_and_related_sources_move_down():
    related = replace(MINE, id="r", row="Walks", cells=("Walks", "45", "£20"))
    d = note_conflicts(replace(LOOKUP, cited=(MINE, related)), [other()], max_citations=5)
    assert [u.id for u in d.cited] == ["m", "o", "r"] and d.text.endswith("£9,999 [2].")
    # the other row already cited as a related source is moved up to its marker
    d = note_conflicts(replace(LOOKUP, cited=(MINE, related, other())), [other()], max_citations=5)
    assert [u.id for u in d.cited] == ["m", "o", "r"]


def test_two_figures_from_two_documents_and_several_columns():
    a, b = other(), other(id="p", doc="third.md", cells=("Falls team", "99", "£1"))
    text = "Falls team — People: 120; Cost 2024-25: £50,000 [1]."
    d = note_conflicts(Draft("answered", text, cited=(MINE,), evidence=(MINE,)), [a, b], max_citations=5)
    # at most MAX_CONFLICTS (2) figures, best-retrieved first; the column is named when the answer shows several
    assert d.text == f"{text} Other documents give different figures: £9,999 under Cost 2024-25 [2]; 99 under People [3]."


def test_unchanged_when_there_is_nothing_to_compare_or_no_room_to_cite():
    planted = other()
    assert note_conflicts(LOOKUP, [MINE], 5) == LOOKUP
    computed = replace(LOOKUP, computed=frozenset({"£70,000"}))  # a figure the engine computed, not a cell
    assert note_conflicts(computed, [planted], 5) == computed
    refused = Draft("no_answer", "The documents do not answer this question.")
    assert note_conflicts(refused, [planted], 5) == refused
    assert note_conflicts(LOOKUP, [planted], max_citations=1) == LOOKUP
