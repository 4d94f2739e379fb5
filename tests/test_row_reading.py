"""Reading one row of a register-style table (long prose cells beside figure columns): which
column a question names, and which sentence of the prose gives a figure the columns lack.
Tiny inline rows whose right answers can be checked by hand."""

from qa.answer import prose_giving
from qa.answerers.table import pick_columns
from qa.columns import column_kinds, pick_column
from qa.intent import read_intent
from qa.relevance import Evidence
from qa.tableview import TableView
from qa.text import token_set
from qa.types import Unit

EV = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 1, n_units=10)
RISK_HEADERS = ("Risk Title", "Risk Event", "Estimated Annual Financial Exposure")


def risk(title: str, event: str, exposure: str, uid: str = "1") -> Unit:
    return Unit(id=uid, doc="d", kind="row", text="", table_id="t", row=title, cells=(title, event, exposure), headers=RISK_HEADERS)


def test_prose_mentioning_money_is_not_a_money_column():
    rows = [
        ("Savings", "Savings of £12m may not be delivered on time", "120.9"),
        ("Inflation", "Prices may rise by £3m more than planned", "14.0"),
    ]
    assert column_kinds(RISK_HEADERS, rows) == ["text", "text", "count"]


def test_a_money_question_reads_the_exposure_column_not_the_prose():
    u = risk("Savings", "Savings of £12m may not be delivered on time", "120.9")
    kinds = column_kinds(u.headers, [u.cells])
    question = "savings risk annual exposure £m"
    assert pick_column(question, read_intent(question), u.headers, kinds, 0, token_set(u.row)) == 2


def test_words_naming_the_row_do_not_name_a_column():
    headers = ("Issuer", "Bond Type", "Maturity Date")
    u = Unit(
        id="1", doc="d", kind="row", text="", table_id="t", row="Leeds Bonds", cells=("Leeds Bonds", "Covered", "15/05/27"), headers=headers
    )
    question = "What is the maturity of the Leeds bonds?"
    # "bonds" names the row; without that rule "Bond Type" ties with "Maturity Date" and, named
    # last, wins the tie
    assert pick_column(question, read_intent(question), headers, ["text"] * 3, 0, token_set(u.row)) == 2
    assert pick_column(question, read_intent(question), headers, ["text"] * 3, 0) == 1


def test_period_columns_are_chosen_by_words_other_than_the_rows_name():
    headers = ("", "2025 Plan", "2025 Actual")
    u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="Actual spend", cells=("Actual spend", "5", "6"), headers=headers)
    view = TableView.of([u])
    # "actual" is the row's own word and does not also name the Actual column; without that rule
    # both 2025 columns would score one word each and both be read
    (col,) = pick_columns(view, ("2025",), token_set("actual spend plan 2025"), view.rows[0])
    assert col.index == 1


def test_prose_gives_the_figure_the_columns_lack():
    u = risk("Investment income", "Rates may fall. The budget for investment income is £10.2m for 2025-26.", "")
    giver, column, sentence = prose_giving("What investment income is budgeted?", "number", [u], EV)
    assert (giver.id, column) == ("1", 1)
    assert sentence == "The budget for investment income is £10.2m for 2025-26."


def test_prose_of_the_row_that_names_the_subject_wins_a_tie_and_the_shorter_sentence_another():
    a = risk(
        "Capital programmes",
        "Steady state principles need money; the works cost 29% more than in 2023 and budgets do not keep up.",
        "",
        "a",
    )
    b = risk("Highways defects", "Steady state principles need £170m a year.", "", "b")
    c = risk("Rights of way", "Steady state principles need £2.5m more.", "", "c")
    giver, _, sentence = prose_giving("How much do steady state principles say highways need?", "number", [a, c, b], EV)
    assert giver.id == "b" and "£170m" in sentence


def test_no_prose_sentence_without_the_kind_asked_for():
    u = risk("Inflation", "Prices may rise faster than planned.", "14.0")
    assert prose_giving("When will prices rise?", "date", [u], EV) is None


def test_a_cell_of_two_figures_is_added_up_when_the_combined_amount_is_asked():
    from qa.answer import cell_sum, unsupported_numbers

    cell = "£1.7 million HART £5.4 million Therapy"
    working, total = cell_sum(cell)
    assert working == "£1.7 million + £5.4 million = £7.1 million"
    assert unsupported_numbers(f"Teams — Investment: {cell}; together {working} [1].", [cell], frozenset({total})) == []
    assert cell_sum("£100-£200") is None and cell_sum("2023 cohort: 140") is None  # a range, a year: not amounts to add


def test_two_columns_asked_one_blank_gives_the_other_and_says_which_is_blank():
    from qa.answer import row_answer

    headers = ("Risk Title", "Annual Exposure", "Lifetime Exposure")
    u = Unit(id="1", doc="d", kind="row", text="", table_id="t", row="High Needs", cells=("High Needs", "", "165.0"), headers=headers)
    question = "what annual exposure is put against high needs, and is it lifetime?"
    draft = row_answer(question, read_intent(question), u, [], EV)
    # before: the first column's blank cell refused the question, though the second answers it
    assert draft.status == "answered"
    assert "Annual Exposure: blank" in draft.text and "Lifetime Exposure: 165.0" in draft.text


def test_a_month_asked_reads_its_own_column_not_a_range_ending_in_it():
    headers = ("Level of harm", "Quarter 2 › Aug", "Quarter 2 › Sep", "Total Apr–Sep")
    unit = Unit(
        id="1", doc="d", kind="row", text="", table_id="t", row="Severe harm", cells=("Severe harm", "6", "2", "22"), headers=headers
    )
    view = TableView.of([unit])
    (col,) = pick_columns(view, (), token_set("severe harm incidents in september"), view.rows[0], "severe harm incidents in september")
    assert col.name == "Quarter 2 › Sep"
