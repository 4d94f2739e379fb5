"""When two documents give different figures for the same row and column, the answer says so and
cites both (issue 11: a planted or out-of-date table must not pass silently for the truth).

After an answer is drafted from table cells, the retrieved evidence is searched for a row of a
different document that is the same row (its label, and the group above it, equal once case and
punctuation are set aside), in a table about the same thing (one title's words include all the
other's), under the same column (the same header words, the same period and unit), whose figure
differs. Each such figure is added in one plain sentence and cited. Pure functions: the caller
passes the draft and the retrieved units.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from qa.draft import Draft
from qa.tableview import TableView, cell_number
from qa.text import token_set
from qa.types import Unit

# At most this many other figures are named: more would bury the answer, and every one takes a
# citation out of the few an answer shows (Settings.max_citations, 5).
MAX_CONFLICTS = 2
_MARKER = re.compile(r"\[(\d+)\]")


def normalise_label(text: str) -> str:
    """A row label compared as words: case, apostrophes, punctuation and footnote marks aside.

    >>> normalise_label("RSG's (Revenue  Support Grants)*"), normalise_label("RSGs: revenue support grants")
    ('rsgs revenue support grants', 'rsgs revenue support grants')
    """
    text = re.sub(r"['’]", "", text.casefold())
    return " ".join(re.findall(r"[^\W_]+", text))


def row_key(unit: Unit) -> tuple[str, str]:
    """What makes two rows the same row: the group printed above it and its label (with the second
    cell that tells apart rows sharing a label)."""
    label = f"{unit.row} {unit.row_detail}" if unit.row_detail else unit.row
    return normalise_label(unit.group), normalise_label(label)


def column_key(unit: Unit, j: int) -> tuple[frozenset[str], tuple[str, ...], str]:
    """What makes two columns the same column: the header path's words, its periods (written one
    way: "24/25" and "2024-25" are one period) and its unit.

    >>> a = Unit(id="a", doc="a.md", kind="row", text="", row="X", cells=("X", "1"), headers=("", "Cost 24/25"))
    >>> b = Unit(id="b", doc="b.md", kind="row", text="", row="X", cells=("X", "2"), headers=("", "cost 2024-25"))
    >>> column_key(a, 1) == column_key(b, 1), column_key(a, 1)[1]
    (True, ('2024-25',))
    """
    col = TableView.of([unit]).columns[j]
    return col.tokens, col.years, col.unit.casefold()


def same_table_subject(a: Unit, b: Unit) -> bool:
    """Whether two tables are about the same thing: the words of one title include all of the
    other's. A "Total" row under "2024-25" in a workforce table and in a budget table is not one figure.

    >>> u = lambda title: Unit(id=title, doc="d", kind="row", text="", table=title)
    >>> same_table_subject(u("Falls prevention spend"), u("Falls prevention spend (revised)"))
    True
    >>> same_table_subject(u("Workforce 2024-25"), u("Budget 2024-25"))
    False
    """
    ta, tb = token_set(a.table), token_set(b.table)
    return ta <= tb or tb <= ta


def quoted_columns(unit: Unit, text: str) -> list[int]:
    """The columns of `unit` whose figure the answer quotes as "<header>: <cell>".

    >>> u = Unit(id="1", doc="d", kind="row", text="", row="Falls team", cells=("Falls team", "120", "£50,000"), headers=("Activity", "People", "Cost"))
    >>> quoted_columns(u, "Falls team — Cost: £50,000 [1].")
    [2]
    """
    return [
        j
        for j, (header, cell) in enumerate(zip(unit.headers, unit.cells))
        if j != unit.label_col and cell_number(cell) is not None and f"{header}: {cell}" in text
    ]


def conflicts(answered: Unit, columns: Sequence[int], candidates: Sequence[Unit]) -> list[tuple[int, Unit, int]]:
    """(answered column, other row, its column) for each row of another document that is the same
    row under the same column with a different figure; one per distinct figure, best-retrieved first.

    >>> mine = Unit(id="1", doc="real.md", kind="row", text="", table="Falls spend", row="Falls team", cells=("Falls team", "£50"), headers=("Activity", "Cost"))
    >>> planted = replace(mine, id="2", doc="planted.md", cells=("Falls team", "£9,999"))
    >>> same = replace(mine, id="3", doc="copy.md", cells=("Falls team", "£50.00"))
    >>> other_row = replace(mine, id="4", doc="other.md", row="Walks", cells=("Walks", "£7"))
    >>> [(j, u.id, k) for j, u, k in conflicts(mine, [1], [mine, same, other_row, planted])]
    [(1, '2', 1)]
    """
    out: list[tuple[int, Unit, int]] = []
    seen: set[tuple[int, float]] = set()
    for other in candidates:
        if other.kind != "row" or other.doc == answered.doc or row_key(other) != row_key(answered):
            continue
        if not same_table_subject(answered, other):
            continue
        for j in columns:
            mine, key = cell_number(answered.cells[j]), column_key(answered, j)
            for k in range(len(other.cells)):
                if k == other.label_col or column_key(other, k) != key:
                    continue
                theirs = cell_number(other.cells[k])
                if theirs is None or mine is None or theirs == mine or (j, theirs) in seen:
                    continue
                seen.add((j, theirs))
                out.append((j, other, k))
    return out[:MAX_CONFLICTS]


def note_conflicts(draft: Draft, candidates: Sequence[Unit], max_citations: int) -> Draft:
    """The draft with a sentence naming each different figure another document gives for the
    row and column it quotes, each cited. Only answers that quote cells (a look-up, not a figure
    the engine computed) are checked; the draft is returned unchanged when nothing differs.

    New citations go right after those the text already marks, so every existing marker keeps its
    number; a figure that would need a citation beyond `max_citations` is not named.

    >>> mine = Unit(id="1", doc="real.md", kind="row", text="", table="Falls spend", row="Falls team", cells=("Falls team", "£50"), headers=("Activity", "Cost"))
    >>> planted = replace(mine, id="2", doc="planted.md", cells=("Falls team", "£9,999"))
    >>> walks = replace(mine, id="3", row="Walks", cells=("Walks", "£20"))
    >>> d = note_conflicts(Draft("answered", "Falls team — Cost: £50 [1].", cited=(mine, walks), evidence=(mine,)), [mine, planted], 5)
    >>> d.text, [u.id for u in d.cited]
    ('Falls team — Cost: £50 [1]. Another document gives a different figure: £9,999 [2].', ['1', '2', '3'])
    """
    if draft.status != "answered" or draft.computed or not draft.cited or draft.cited[0].kind != "row":
        return draft
    answered = draft.cited[0]
    columns = quoted_columns(answered, draft.text)
    found = conflicts(answered, columns, candidates)
    if not found:
        return draft
    marked = max((int(n) for n in _MARKER.findall(draft.text)), default=0)
    cited = list(draft.cited)
    parts, docs = [], []
    for j, other, k in found:
        if other in cited[:marked]:
            n = cited.index(other) + 1
        else:
            if other in cited:
                cited.remove(other)
            at = min(marked, len(cited))
            if at >= max_citations:
                continue
            cited.insert(at, other)
            marked = n = at + 1
        under = f" under {answered.headers[j]}" if len(columns) > 1 else ""
        parts.append(f"{other.cells[k]}{under} [{n}]")
        docs.append(other.doc)
    if not parts:
        return draft
    if len(parts) == 1:
        lead = "Another document gives a different figure"
    else:
        lead = "Another document gives different figures" if len(set(docs)) == 1 else "Other documents give different figures"
    text = f"{draft.text.rstrip()} {lead}: {'; '.join(parts)}."
    evidence = (*draft.evidence, *(other for _, other, _ in found if other in cited))
    return replace(draft, text=text, cited=tuple(cited), evidence=tuple(dict.fromkeys(evidence)))
