"""Table structure and table answering, each rule on a tiny table whose right answer can be
checked by hand. The question sets measure the reader; these tests specify it."""

from __future__ import annotations

import pytest

from qa.answerers.table import answer_from_table, list_periods, list_rows, pick_columns, row_scores, total_of_alike
from qa.intent import operation, without_operation
from qa.parse.tables import build_tables, header_band, is_group_row, is_total_label, read_header, unglue_figures
from qa.tableview import TableView, cell_number, period_names
from qa.text import token_set
from qa.types import Unit
from qa.units import build_units
from qa.types import Block, Document, Source


def view_of(grid: list[list[str]]) -> TableView:
    """Parse a grid as a report table and read it the way the answerers do."""
    (table,) = build_tables(grid, "T")
    doc = Document("d.md", Source("D"), (Block("table", ("T",), table=table),))
    return TableView.of([u for u in build_units([doc]) if u.kind == "row"])


def ask(view: TableView, question: str):
    op = operation(question)
    about = token_set(without_operation(question, op)) - {t for p in period_names(question) for t in token_set(p)}
    return answer_from_table(question, about, op, view, lambda t: 1.0)


# -- header band ------------------------------------------------------------------------------
def test_years_in_a_second_row_under_a_spanning_label_are_the_header():
    grid = [["", "Years ended", ""], ["", "2019", "2018"], ["Sales", "532.0", "470.0"]]
    (t,) = build_tables(grid, "T")
    assert t.headers == ("Column 1", "Years ended › 2019", "Years ended › 2018")
    assert t.rows == (("Sales", "532.0", "470.0"),)


def test_units_row_attaches_to_its_columns_and_is_not_a_header_word():
    (t,) = build_tables([["", "2019", "2018"], ["", "$ million", "$ million"], ["Sales", "5", "4"]], "T")
    assert t.headers[1] == "2019" and t.units[1:] == ("$ million", "$ million")


def test_group_headers_span_their_sub_columns():
    paths, _ = read_header([["", "Year to date", "", "Forecast", ""], ["", "Plan", "Actual", "Plan", "Actual"]], 5)
    assert paths[2] == ("Year to date", "Actual") and paths[4] == ("Forecast", "Actual")


def test_unit_glued_to_a_header_is_split_off():
    (t,) = build_tables([["Item", "2025-26 £000's"], ["Pay", "9,361.1"]], "T")
    assert t.headers == ("Item", "2025-26") and t.units == ("", "£000's")


def test_a_units_label_with_years_under_a_spanning_label_is_the_header():
    (t,) = build_tables([["", "Fiscal Year", ""], ["($ in millions)", "2019", "2018"], ["Net sales", "2,380.2", "2,157.7"]], "T")
    assert t.headers[1:] == ("Fiscal Year › 2019", "Fiscal Year › 2018") and t.units[1] == "$ in millions"
    assert t.rows == (("Net sales", "2,380.2", "2,157.7"),)


def test_a_labelled_row_of_years_under_the_first_header_row_joins_it():
    grid = [["", "Pension plans", ""], ["For the year ended December 31", "2019", "2018"], ["Discount rate", "3.1%", "3.8%"]]
    (t,) = build_tables(grid, "T")
    assert t.headers[1:] == ("Pension plans › 2019", "Pension plans › 2018") and len(t.rows) == 1


def test_a_labelled_row_of_years_below_years_is_data():
    grid = [["Plan", "Adopted", "Expires"], ["Plan A", "2015", "2025"], ["Plan B", "2016", "2026"]]
    assert header_band(grid) == 1


def test_a_units_caption_alone_on_the_first_row_heads_the_table():
    (t,) = build_tables([["($ in millions)", "", ""], ["At December 31:", "2019", "2018"], ["Debt", "$54,102", "$35,605"]], "T")
    assert t.headers[1:] == ("2019", "2018") and t.units[1] == "$ in millions"


def test_a_year_with_a_percent_sign_is_a_header_not_a_figure():
    grid = [["", "Year ended", "", "2019 %"], ["(In thousands)", "2019", "2018", "Change"], ["Gain", "5", "4", "25%"]]
    (t,) = build_tables(grid, "T")
    assert t.headers[1] == "Year ended › 2019" and t.rows[0][0] == "Gain"


def test_a_footnote_digit_after_a_year_leaves_it_a_header():
    grid = [["", "Years ended", "Years ended"], ["(In millions)", "2018 1", "2017 1"], ["Wireless", "9,200", "8,569"]]
    (t,) = build_tables(grid, "T")
    assert t.rows == (("Wireless", "9,200", "8,569"),)


def test_a_header_band_of_five_rows_with_a_units_row_is_read_whole():
    grid = [["", "Year ended 31 December", "", "", ""], ["", "2019", "", "2018", ""], ["", "", "% of total", "", "% of total"]]
    grid += [
        ["", "Amount", "revenues", "Amount", "revenues"],
        ["", "(RMB in millions)", "", "", ""],
        ["VAS", "199,991", "53%", "176,646", "56%"],
    ]
    (t,) = build_tables(grid, "T")
    assert t.rows == (("VAS", "199,991", "53%", "176,646", "56%"),) and t.units[1] == "RMB in millions"


def test_a_year_with_a_footnote_digit_glued_to_it_among_years_is_a_header():
    (t,) = build_tables([["", "2017", "20181", "2019"], ["Net income", "$1,225", "$1,265", "$1,917"]], "T")
    assert t.headers[1:] == ("2017", "2018", "2019") and len(t.rows) == 1


def test_a_table_without_a_header_row_gets_none():
    assert header_band([["Falls", "£5"], ["Walks", "£6"]]) == 0


def test_a_text_table_keeps_only_its_first_row_as_header():
    assert header_band([["Commitment", "Intervention"], ["We will ask", "Surveys"], ["We will act", "Plans"]]) == 1


# -- rows -------------------------------------------------------------------------------------
def test_group_row_gives_its_members_a_row_path_and_is_not_a_row():
    (t,) = build_tables([["Item", "2019"], ["Current liabilities", ""], ["Accrued", "691.6"], ["Other", "1.0"]], "T")
    assert [r[0] for r in t.rows] == ["Accrued", "Other"] and t.groups == ("Current liabilities", "Current liabilities")


def test_a_total_under_a_groups_subtotal_stands_outside_the_group():
    grid = [["Scheme", "Plan"], ["Recurrent schemes", ""], ["Theatres", "5"], ["Wards", "3"], ["Recurrent total", "8"]]
    grid += [["Non-recurrent schemes", ""], ["Estates", "2"], ["Non-recurrent total", "2"], ["Total CIP", "10"]]
    (t,) = build_tables(grid, "T")
    assert t.groups[-2:] == ("Non-recurrent schemes", "")
    assert t.groups[:3] == ("Recurrent schemes",) * 3


def test_a_dated_label_alone_on_its_row_heads_the_rows_below():
    grid = [["", "Level 1", "Level 2"], ["As at 31 December 2019", "", ""], ["FVPL", "14,766", "5,091"]]
    grid += [["As at 31 December 2018", "", ""], ["FVPL", "10,875", "5,009"]]
    (t,) = build_tables(grid, "T")
    assert t.groups == ("As at 31 December 2019", "As at 31 December 2018")


def test_a_year_no_column_has_picks_the_rows_it_heads():
    grid = [["", "Level 1", "Level 2"], ["As at 31 December 2019", "", ""], ["FVPL", "14,766", "5,091"]]
    grid += [["As at 31 December 2018", "", ""], ["FVPL", "10,875", "5,009"]]
    d = ask(view_of(grid), "What was the change in level 1 FVPL from 2018 to 2019?")
    assert d.value == pytest.approx(14766 - 10875)
    grid = [grid[0], *grid[3:], *grid[1:3]]  # the earlier year printed first
    d = ask(view_of(grid), "How much did the level 1 FVPL change by from 2018 year end to 2019 year end?")
    assert d.value == pytest.approx(14766 - 10875)


def test_a_label_with_a_footnote_number_alone_on_its_row_is_a_group():
    grid = [
        ["", "2018", "2017"],
        ["Revenue", "", ""],
        ["Wireless", "9,200", "8,569"],
        ["Adjusted EBITDA 3", "", ""],
        ["Wireless", "4,090", "3,726"],
    ]
    (t,) = build_tables(grid, "T")
    assert t.groups == ("Revenue", "Adjusted EBITDA 3")


def test_a_change_column_under_a_period_is_not_that_periods_figure():
    view = view_of(
        [["", "F19", "F18", "F18"], ["", "53 weeks", "52 weeks", "Change"], ["Sales per square metre", "16,626", "15,621", "6.4%"]]
    )
    assert ask(view, "What is the average sales per square metre for both F18 and F19?").value == pytest.approx(16123.5)


def test_a_label_alone_with_figures_in_it_is_not_a_group():
    assert not is_group_row(["TOTAL PAY 21,845.7 12,524.5", "", ""], ["Pay", "1", "2"])


def test_figures_printed_into_a_total_label_go_back_to_their_columns():
    rows = unglue_figures([["Pay", "1.0", "2.0", "Core"], ["TOTAL PAY 3.0 4.0", "", "", ""]])
    assert rows[1] == ["TOTAL PAY", "3.0", "4.0", ""]


@pytest.mark.parametrize("label, total", [("Total", True), ("Sub-total", True), ("Total current assets", True), ("Net assets", False)])
def test_total_rows_are_known(label, total):
    assert is_total_label(label) is total


def test_a_blank_label_before_figures_is_an_unlabelled_total_not_a_continuation():
    (t,) = build_tables([["Item", "2019"], ["Sales", "5"], ["", "12"]], "T")
    assert t.rows[1] == ("", "12")


def test_footnote_marks_do_not_count_against_a_row_as_unnamed_words():
    view = view_of([["", "Aug 2019"], ["Net revenue", "6,573"], ["Net income(1)(2)(3)(4)(5)", "53"]])
    assert row_scores(view, token_set("net income august"), lambda t: 1.0)[0][1] == 1


def test_footnote_marks_on_labels_still_match():
    view = view_of([["Item", "2019", "2018"], ["Accruals1", "49.3", "43.2"], ["Payables", "1.0", "2.0"]])
    assert row_scores(view, token_set("accruals"), lambda t: 1.0)[0][1] == 0


# -- values -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "cell, value",
    [
        ("(5.0)", -5.0),
        ("−5.0", -5.0),
        ("-5.0", -5.0),
        ("$(8,280)", -8280.0),
        ("12%", 12.0),
        ("N/A", None),
        ("–", None),
        ("100-200", None),
        ("2023 cohort: 140", None),
        ("£2.5m", 2_500_000.0),
    ],
)
def test_cell_values(cell, value):
    assert cell_number(cell) == value


# -- answering ------------------------------------------------------------------------------
SALES = [
    ["", "2019", "2018", "2017"],
    ["Sales", "532.0", "470.0", "400.0"],
    ["Costs", "(12.5)", "10.0", "8.0"],
    ["Total", "519.5", "480.0", "408.0"],
]


def test_between_rows_matching_alike_the_one_the_question_writes_in_full_is_read():
    view = view_of([["", "2019", "2018"], ["Other revenue", "2,694", "1,260"], ["Revenue", "172,752", "140,368"]])
    d = answer_from_table("What was revenue in 2019?", token_set("revenue"), None, view, lambda t: 1.0, preferred=view.rows[0].unit)
    assert d.value == 172752.0


def test_cell_lookup_by_row_and_period():
    d = ask(view_of(SALES), "What were sales in 2018?")
    assert "470.0" in d.text and d.value == 470.0 and d.rows[0].row == "Sales"


def test_change_is_later_minus_earlier_with_working_shown():
    d = ask(view_of(SALES), "What was the change in sales from 2018 to 2019?")
    assert d.value == pytest.approx(62.0) and "532.0 − 470.0 = 62" in d.text


def test_percentage_change_divides_by_the_earlier_figure():
    d = ask(view_of(SALES), "What is the percentage change in sales between 2019 and 2018?")
    assert d.value == pytest.approx(13.19, abs=0.01) and "÷ 470.0 × 100" in d.text


def test_percentage_change_divides_by_the_signed_earlier_figure():
    view = view_of([["", "2019", "2018"], ["Investing activities", "(26,936)", "(4,913)"], ["Operating activities", "9", "8"]])
    d = ask(view, "What was the percentage change in investing activities from 2018 to 2019?")
    assert d.value == pytest.approx((-26936 + 4913) / -4913 * 100)


def test_change_in_one_named_year_is_from_the_year_before():
    d = ask(view_of(SALES), "What was the change in sales in 2019?")
    assert d.value == pytest.approx(62.0) and "532.0 − 470.0" in d.text


def test_financial_year_columns_written_fy_are_periods():
    view = view_of([["", "FY19", "FY18"], ["Adjusted operating profit", "109.0", "58.3"], ["Depreciation", "(11.6)", "(11.6)"]])
    d = ask(view, "What was the change in adjusted operating profit in 2019 from 2018?")
    assert d.value == pytest.approx(50.7)


def test_a_percentage_change_quotes_the_change_the_table_prints():
    view = view_of([["", "2019", "2018", "Change %"], ["Cash", "84,725", "211,185", "(59.9)"], ["Debt", "5", "4", "25.0"]])
    d = ask(view, "What was the percentage change in cash from 2018 to 2019?")
    assert d.value == pytest.approx(-59.88, abs=0.01) and "The table prints (59.9) under Change %" in d.text


def test_a_change_quotes_the_change_in_amount_the_table_prints_not_the_percentage():
    view = view_of(
        [
            ["", "2019", "2018", "$ Change", "% Change"],
            ["Bell Wireless", "697", "664", "(33)", "(5.0%)"],
            ["Media", "108", "114", "6", "5.3%"],
        ]
    )
    d = ask(view, "What was the change in Bell Wireless from 2018 to 2019?")
    assert d.value == pytest.approx(33.0) and "The table prints (33) under $ Change" in d.text and "5.0%" not in d.text


def test_a_growth_rate_quotes_the_growth_row_the_table_prints():
    view = view_of([["", "2019", "2018"], ["Revenue", "576,523", "537,891"], ["Revenue growth", "7.2%", "11.6%"]])
    d = ask(view, "What was the revenue growth rate in 2019?")
    assert d.value == pytest.approx(7.18, abs=0.01) and "7.2%" in d.text


def test_average_over_a_range_of_years_takes_every_year_in_it():
    d = ask(view_of(SALES), "What is the average sales for 2017 to 2019?")
    assert d.value == pytest.approx((532 + 470 + 400) / 3)


def test_an_average_of_a_named_column_over_unnamed_rows_takes_every_row():
    view = view_of(
        [
            ["Name", "Age", "Position"],
            ["Avi Katz", "61", "Counsel"],
            ["John Capogrossi", "66", "Treasurer"],
            ["Ravi Girgla", "56", "Controller"],
        ]
    )
    assert ask(view, "What is the average age of the company's officers?").value == pytest.approx(61.0)


def test_a_column_with_figures_written_in_words_is_not_summed_by_the_table_reader():
    view = view_of([["Activity", "Beneficiaries"], ["Falls", "4436 adults 19,000 children"], ["Care", "385"], ["Walks", "69"]])
    assert ask(view, "What is the total number of beneficiaries?") is None


def test_ratio_of_two_periods():
    assert ask(view_of(SALES), "What is the ratio of sales in 2019 to 2018?").value == pytest.approx(532 / 470)


def test_year_with_the_larger_figure():
    d = ask(view_of(SALES), "In which year were costs the highest?")
    assert "highest in 2018" in d.text


def test_the_total_row_is_looked_up_not_summed_again():
    d = ask(view_of(SALES), "What was the total in 2017?")
    assert d.value == 408.0


def test_share_of_the_total_row():
    d = ask(view_of(SALES), "What percentage of the total were sales in 2019?")
    assert d.value == pytest.approx(532 / 519.5 * 100)


def test_share_of_a_total_row_the_question_names_in_full():
    view = view_of([["", "2018"], ["Subscriptions", "254"], ["Services", "18"], ["Total revenue", "272"], ["Total costs", "100"]])
    d = ask(view, "What is the value of subscriptions as a percentage of the total revenue?")
    assert d.value == pytest.approx(254 / 272 * 100)


def test_share_of_the_total_the_question_names_over_another_total_it_matches():
    grid = [["", "2019"], ["Wireless", "9.96"], ["Internet", "3.56"], ["Total growth services: internet and wireless", "16.29"]]
    grid += [["Telephone", "2.70"], ["Total", "18.98"]]
    d = ask(view_of(grid), "What is the percentage of Wireless subscribers out of the total subscribers for 2019?")
    assert d.value == pytest.approx(9.96 / 18.98 * 100)


def test_a_column_of_percentages_is_read_only_when_a_percentage_is_asked_for():
    grid = [["", "2017", "2017"], ["", "Amount", "% to Net Sales"], ["Net sales", "$182,228", ""], ["Cost of sales", "100", "55%"]]
    view = view_of(grid)
    assert ask(view, "What was the amount of net sales in 2017?").value == 182228.0
    assert "55%" in ask(view, "What was the cost of sales in 2017 in percent?").text


def test_share_of_an_unlabelled_total_row():
    view = view_of([["", "Amortized cost"], ["Municipal bonds", "44,802"], ["Corporate bonds", "48,499"], ["", "93,301"]])
    d = ask(view, "What is the municipal bonds amortized cost as a percentage of the total amortized cost?")
    assert d.value == pytest.approx(44802 / 93301 * 100)


def test_an_unlabelled_row_of_figures_is_the_total():
    d = ask(
        view_of([["", "2019", "2018"], ["Current", "53.2", "55.2"], ["Non-current", "13.6", "14.4"], ["", "66.8", "69.6"]]),
        "What is the total in 2019?",
    )
    assert d.value == 66.8


def test_difference_between_two_rows_in_one_period():
    d = ask(view_of(SALES), "What is the difference between sales and costs in 2018?")
    assert d.value == pytest.approx(460.0)


def test_a_difference_between_two_rows_is_how_far_apart_they_are():
    d = ask(view_of(SALES), "What is the difference between costs and sales in 2018?")
    assert d.value == pytest.approx(460.0) and "470.0 − 10.0" in d.text


def test_a_difference_between_two_years_is_at_least_zero_a_change_has_a_direction():
    assert ask(view_of(SALES), "What is the difference in costs between 2018 and 2019?").value == pytest.approx(22.5)
    assert ask(view_of(SALES), "What was the change in costs from 2018 to 2019?").value == pytest.approx(-22.5)


def test_a_row_named_in_full_is_an_operand_however_short_its_name():
    grid = [["", "2019"], ["Television(1)", "2.77"], ["Local residential telephone services(1)", "2.70"], ["Wireless", "9.96"]]
    d = ask(view_of(grid), "What is the total number of subscribers for Television and Local residential telephone services in 2019?")
    assert d.value == pytest.approx(5.47)


def test_which_of_two_rows_is_larger():
    d = ask(view_of(SALES), "Which was larger in 2017, sales or costs?")
    assert d.text.startswith("Sales is larger")


def test_the_largest_item_of_a_table_by_year_is_read_in_the_latest_year():
    view = view_of(
        [["", "2018", "2019"], ["Personnel", "32,636", "45,318"], ["Advances", "25,382", "47,601"], ["Total", "58,018", "92,919"]]
    )
    d = ask(view, "What is the component that contributes the most to the total?")
    assert d.text.startswith("Advances has the highest 2019")


def test_a_column_named_with_years_is_not_a_which_year_question():
    grid = [
        ["", "Total", "Less than 1 year", "1-5 years"],
        ["Payables", "119", "119", "—"],
        ["Leases", "24", "7", "14"],
        ["Purchase obligations:", "", "", ""],
    ]
    grid += [["Suppliers", "100", "99", "1"], ["Capital", "43", "40", "2"]]
    d = ask(view_of(grid), "What is the component that has the highest obligation in 1-5 years?")
    assert d.text.startswith("Leases has the highest 1-5 years")


def test_a_blank_cell_is_not_an_answer():
    d = ask(view_of([["Item", "2019", "2018"], ["Sales", "", "4"], ["Fees", "1", "2"]]), "What were sales in 2019?")
    assert d.blank and "blank" in d.text


def test_columns_sharing_a_year_are_told_apart_by_their_words():
    view = view_of([["Item", "2019 actual", "2019 target"], ["Profit", "277.3", "270.3"], ["Cash", "1", "2"]])
    (col,) = pick_columns(view, ("2019",), token_set("target profit"))
    assert col.name == "2019 target"


def test_list_of_rows_under_a_group_leaves_out_totals():
    view = view_of(
        [["Item", "2019"], ["Revenue", ""], ["Licences", "1"], ["Services", "2"], ["Total revenue", "3"], ["Costs", ""], ["Rent", "4"]]
    )
    d = list_rows(view, token_set("types of revenue"))
    assert "Licences; Services" in d.text and "Total" not in d.text and "Rent" not in d.text


def test_periods_the_table_covers():
    assert list_periods(view_of(SALES)).text == "The table covers 2019, 2018, 2017 [1]."


def test_an_operation_on_a_row_named_only_by_its_group_is_no_answer():
    view = view_of([["", "2019", "2018"], ["Obligations", "", ""], ["Discount rate", "3.1", "3.8"], ["Indexation", "1.6", "1.6"]])
    assert ask(view, "What is the weighted average duration of the obligations?") is None


def test_an_operation_needs_a_row_the_question_names():
    assert ask(view_of(SALES), "What was the change in headcount from 2018 to 2019?") is None


def test_a_month_named_in_the_question_picks_its_column_among_one_year():
    from qa.answerers.table import pick_columns
    from qa.tableview import TableView
    from qa.text import tokenize

    u = Unit(
        id="1",
        doc="d",
        kind="row",
        text="",
        table_id="t",
        row="Bank Rate",
        cells=("Bank Rate", "4.50", "4.25", "4.00"),
        headers=("", "Mar-25", "Jun-25", "Sep-25"),
    )
    view = TableView.of([u])
    chosen = pick_columns(view, ("2025",), frozenset(tokenize("Bank Rate forecast for September 2025")))
    assert [c.name for c in chosen] == ["Sep-25"]


def test_count_over_counts_periods_beyond_the_questions_figure_in_the_columns_unit():
    from qa.answerers.table import count_over
    from qa.tableview import TableView

    u = Unit(
        id="1",
        doc="d",
        kind="row",
        text="",
        table_id="t",
        row="Spend",
        cells=("Spend", "2,500", "1,500", "900"),
        headers=("", "2024-25", "2023-24", "2022-23"),
        units=("", "£000s", "£000s", "£000s"),
    )
    view = TableView.of([u])
    above = count_over(view, view.rows[0], "In how many years was spend more than £1m?", ())
    assert above is not None and above.value == 2.0 and "2024-25: 2,500; 2023-24: 1,500" in above.text
    below = count_over(view, view.rows[0], "How many years was spend below 1,000?", ())
    assert below is not None and below.value == 1.0


# -- periods printed down the side, dashes, units over one column (branch tatqa) -----------------
def test_a_percentage_change_between_two_rows_of_years_reads_the_column_named():
    grid = [["Year", "Dividend €", "Dividend US$"], ["2015", "1.15", "1.30"], ["2016", "1.25", "1.37"]]
    d = ask(view_of(grid), "What was the percentage change in the dividend in € in 2016 from 2015?")
    assert d.value == pytest.approx((1.25 - 1.15) / 1.15 * 100)
    d = ask(view_of(grid), "What was the change in the dividend in US$ in 2016 from 2015?")
    assert d.value == pytest.approx(1.37 - 1.30)


def test_a_question_naming_two_dated_rows_reads_the_column_its_words_name():
    grid = [["", "Gains", "Pension", "Total"], ["Balance at March 31, 2017", "0.3", "(5.3)", "(14.4)"]]
    grid += [["Net loss", "1.6", "(4.8)", "(3.2)"], ["Balance at March 31, 2018", "1.9", "(10.1)", "(17.6)"]]
    d = ask(view_of(grid), "What was the percentage change in the total balance between 2017 and 2018?")
    assert d.value == pytest.approx((-17.6 + 14.4) / -14.4 * 100)


def test_a_month_day_year_label_alone_on_its_row_heads_the_rows_below():
    grid = [["", "High", "Low"], ["Fiscal Year Ended April 27, 2019", "", ""], ["First Quarter", "45.45", "37.70"]]
    grid += [["Fiscal Year Ended April 28, 2018", "", ""], ["First Quarter", "44.95", "36.05"]]
    (t,) = build_tables(grid, "T")
    assert t.groups == ("Fiscal Year Ended April 27, 2019", "Fiscal Year Ended April 28, 2018")
    d = ask(view_of(grid), "What is the change in First Quarter High price from 2018 to 2019?")
    assert d.value == pytest.approx(45.45 - 44.95)


def test_which_year_of_a_table_with_a_row_per_year_is_the_highest():
    grid = [["Year", "Dividend"], ["2015", "1.15"], ["2016", "1.25"], ["2017 (proposed)", "1.40"]]
    d = ask(view_of(grid), "In which year was the dividend the largest?")
    assert d.text.startswith("2017 (proposed) has the highest Dividend")


def test_a_dash_is_nothing_in_a_change():
    grid = [["", "2019", "2018"], ["Impairment", "—", "(149,389)"], ["Other", "5", "4"]]
    d = ask(view_of(grid), "What was the percentage change in impairment from 2018 to 2019?")
    assert d.value == pytest.approx(-100.0)


def test_fy_with_a_footnote_digit_is_the_year():
    d = ask(
        view_of([["", "FY19", "FY181"], ["Adjusted operating profit", "109.0", "58.3"]]),
        "What was the change in adjusted operating profit in 2019 from 2018?",
    )
    assert d.value == pytest.approx(109.0 - 58.3)


def test_a_unit_over_one_column_is_that_columns_alone():
    grid = [["", "2019", "", "2018", ""], ["", "", "% of total", "", "% of total"], ["", "Amount", "revenues", "Amount", "revenues"]]
    grid += [["VAS", "199,991", "53%", "176,646", "56%"], ["Other", "7,566", "2%", "4,831", "2%"]]
    view = view_of(grid)
    assert [c.unit for c in view.columns[1:]] == ["", "% of total", "", "% of total"]
    assert ask(view, "What is the year-on-year change in VAS revenue?").value == pytest.approx(199991 - 176646)


def test_the_change_in_an_average_between_two_spans_of_years():
    grid = [["", "2019", "2018", "2017"], ["Total bookings", "3,401.2", "3,011.5", "2,618.2"]]
    d = ask(view_of(grid), "What is the change in the average total bookings between 2017-2018, and 2018-2019?")
    assert d.value == pytest.approx((3401.2 + 3011.5) / 2 - (3011.5 + 2618.2) / 2)


def test_a_row_named_only_by_small_words_is_found_when_nothing_else_is_named():
    grid = [["", "2019", "2018"], ["Europe", "179,009", "142,688"], ["Other", "1,319", "26,438"]]
    d = ask(view_of(grid), "What was the percentage change in the revenue from Other regions between 2018 and 2019?")
    assert d.value == pytest.approx((1319 - 26438) / 26438 * 100)


def test_a_figure_in_thousands_is_also_said_in_millions():
    grid = [["", "2018", "2017"], ["", "(dollars in thousands)", ""], ["Research and development", "$ 41,305", "$ 22,241"]]
    d = ask(view_of(grid), "What was the increase in the research and development in 2018?")
    assert d.value == pytest.approx(19064) and "that is $19.1 million" in d.text and "$19.1 million" in d.computed


def test_two_rows_named_in_full_are_the_operands_before_a_longer_row():
    grid = [["", "2019", "2018"], ["Wireless", "9.96", "9.61"], ["High-speed Internet(1)", "3.56", "3.41"]]
    grid += [["Total growth services, subscribers: retail Internet, IPTV and wireless", "16.29", "15.79"]]
    d = ask(view_of(grid), "What is the difference in the number of retail subscribers between Wireless and High-speed Internet in 2018?")
    assert d.value == pytest.approx(9.61 - 3.41)


def test_a_total_asked_of_words_spread_over_rows_is_the_total_row():
    grid = [["", "2019", "2018"], ["Accrued Interest", "163", "1,598"], ["Accrued Expenses", "11,569", "7,362"]]
    grid += [["Settlement Deferred Compensation Liabilities", "3,830", "-"], ["Total as of December 31,", "15,562", "8,960"]]
    d = ask(view_of(grid), "What is the average total accrued liabilities in 2018 and 2019?")
    assert d.value == pytest.approx((15562 + 8960) / 2)


def test_a_total_naming_a_column_is_not_the_total_row():
    grid = [["Fund", "Income", "Total"], ["Aegon Diversified", "2.1%", "3.9%"], ["Ninety One Diversified", "2.5%", "3.1%"]]
    grid += [["Total External Investments", "2.49%", "3.85%"]]
    view = view_of(grid)
    q = token_set("aegon diversified fund ninety one fund total return")
    assert (
        total_of_alike(
            view,
            row_scores(view, q, lambda t: 1.0),
            q,
            "Did the Aegon diversified fund or the Ninety One fund make the better total return?",
        )
        is None
    )


def test_words_of_the_title_do_not_name_a_row_when_the_rest_names_one():
    grid = [
        ["", "2019", "2018"],
        ["Wireless", "9.96", "9.61"],
        ["Total growth services, subscribers: retail Internet and wireless", "16.29", "15.79"],
    ]
    (table,) = build_tables(grid, "BCE retail subscribers")
    doc = Document("d.md", Source("D"), (Block("table", ("T",), table=table),))
    view = TableView.of([u for u in build_units([doc]) if u.kind == "row"])
    d = ask(view, "What is the percentage change in BCE retail subscribers for Wireless?")
    assert d.value == pytest.approx((9.96 - 9.61) / 9.61 * 100)


def test_a_change_in_one_year_runs_from_the_restated_year_before_and_reads_amounts():
    grid = [["", "2019", "", "2018", ""], ["", "", "% of total", "", "% of total"], ["", "Amount", "revenues", "Amount", "revenues"]]
    grid += [["", "", "", "(Restated)", "(Restated)"], ["VAS", "199,991", "53%", "176,646", "56%"], ["Other", "7,566", "2%", "4,831", "2%"]]
    d = ask(view_of(grid), "What was the 2019 year-on-year percentage change in VAS revenues?")
    assert d.value == pytest.approx((199991 - 176646) / 176646 * 100)


def test_a_header_band_printed_again_starts_the_next_block_as_its_own_table():
    grid = [
        ["", "", "Year Ended December 31, 2019", ""],
        ["", "Activision", "Blizzard", "Total"],
        ["Operating income", "$850", "$464", "$2,054"],
    ]
    grid += [
        ["", "", "Year Ended December 31, 2018", ""],
        ["", "Activision", "Blizzard", "Total"],
        ["Operating income", "$1,011", "$685", "$2,446"],
    ]
    first, second = build_tables(grid, "T")
    assert first.rows == (("Operating income", "$850", "$464", "$2,054"),)
    assert second.header_paths[2] == ("Year Ended December 31, 2018", "Blizzard") and second.rows[0][2] == "$685"


def test_a_group_ends_at_its_own_subtotal_and_a_named_member_is_a_share_of_the_total():
    grid = [["", "Gross carrying value"], ["Computer software", "9.4"], ["Other intangible assets:", ""], ["Client relationships", "19.1"]]
    grid += [["Trade names", "2.3"], ["Other intangible assets", "21.4"], ["Total gross carrying value", "30.8"]]
    (t,) = build_tables(grid, "T")
    assert t.groups[-1] == "" and t.groups[-2] == "Other intangible assets"
    d = ask(
        view_of(grid), "What was the gross carrying value of other intangible assets as a percentage of the total gross carrying value?"
    )
    assert d.value == pytest.approx(21.4 / 30.8 * 100)


def test_the_total_asked_as_a_sum_over_two_years_is_the_total_row():
    grid = [["", "2019", "2018"], ["Accrued Interest", "163", "1,598"], ["Accrued Expenses", "11,569", "7,362"]]
    grid += [["Settlement Deferred Compensation Liabilities", "3,830", "-"], ["Total as of December 31,", "15,562", "8,960"]]
    assert ask(view_of(grid), "What is the total accrued liabilities in 2018 and 2019?").value == pytest.approx(15562 + 8960)


def test_an_average_annual_figure_is_over_the_years_of_one_row():
    grid = [["", "2019", "2018", "2017"], ["Other charges (recoveries)", "983", "6,766", "14,193"], ["Total", "35,719", "29,211", "63,618"]]
    d = ask(view_of(grid), "What is the average annual total charges?")
    assert d.value == pytest.approx((35719 + 29211 + 63618) / 3)


def test_the_label_header_names_the_first_of_repeated_blocks():
    grid = [
        ["", "June 30,", ""],
        ["Core", "2019", "2018"],
        ["Beginning balance", "$195,956", "$195,956"],
        ["Ending balance", "$199,956", "$195,956"],
    ]
    grid += [["Payments", "", ""], ["Beginning balance", "$325,204", "$234,106"], ["Ending balance", "$325,326", "$325,204"]]
    (t,) = build_tables(grid, "T")
    assert t.groups == ("Core", "Core", "Payments", "Payments")


def test_a_deduction_as_a_share_of_a_positive_whole_is_a_share_of_its_size():
    grid = [["", "F19"], ["EBITDA", "425"], ["Depreciation and amortisation", "(129)"], ["EBIT", "296"]]
    d = ask(view_of(grid), "What is the percentage of depreciation and amortisation in EBITDA during F19?")
    assert d.value == pytest.approx(129 / 425 * 100) and "a deduction" in d.text


def test_a_change_label_centred_over_the_band_heads_only_the_columns_of_no_period():
    grid = [
        ["", "", "", "Year Ended May 31,", ""],
        ["", "", "", "Percent Change", ""],
        ["(Dollars in millions)", "2019", "Actual", "Constant", "2018"],
    ]
    grid += [["Restructuring expenses", "$443", "-25%", "-22%", "$588"]]
    view = view_of(grid)
    assert [c.path for c in view.columns[1:]] == [
        ("Year Ended May 31,", "2019"),
        ("Year Ended May 31,", "Percent Change", "Actual"),
        ("Year Ended May 31,", "Percent Change", "Constant"),
        ("Year Ended May 31,", "2018"),
    ]
    assert ask(view, "What was the change in restructuring expenses from 2018 to 2019?").value == pytest.approx(443 - 588)


def test_a_row_under_a_header_naming_every_column_apart_is_data():
    # the top-left cell is blank, and the first row's cells are words, not figures
    grid = [
        ["", "Time limit", "Counterparty limit", "Sector limit"],
        ["The UK Government", "50 years", "unlimited", ""],
        ["UK Local Authorities", "3 years", "£10m", ""],
    ]
    (table,) = build_tables(grid, "Counterparty limits")
    assert table.headers[1:] == ("Time limit", "Counterparty limit", "Sector limit")
    assert table.rows[0][:2] == ("The UK Government", "50 years")


def test_a_row_printed_above_its_members_with_their_sum_is_a_subtotal_and_their_group():
    from qa.answerers.table import extreme

    rows = [
        ("Adults and Communities", "276.1", "4.8"),
        ("Older People", "148.2", "3.7"),
        ("Working Age Adults", "96.5", "1.6"),
        ("Public Health", "31.4", "(0.5)"),
        ("Children and Families", "125.7", "8.8"),
        ("Placements", "72.8", "6.8"),
        ("Early Help", "18.3", "(0.6)"),
        ("Home to School Transport", "34.6", "2.6"),
    ]
    units = [
        Unit(
            id=str(i),
            doc="d",
            kind="row",
            text="",
            table="Revenue monitoring",
            table_id="t",
            row=r[0],
            cells=r,
            headers=("Service", "Budget", "Variance"),
        )
        for i, r in enumerate(rows)
    ]
    view = TableView.of(units)
    # 148.2 + 96.5 + 31.4 = 276.1 and 3.7 + 1.6 - 0.5 = 4.8; 72.8 + 18.3 + 34.6 = 125.7 and 6.8 - 0.6 + 2.6 = 8.8
    assert [r.total for r in view.rows] == [True, False, False, False, True, False, False, False]
    assert view.rows[5].group == "Children and Families"
    # before: the directorate's 8.8 was the biggest variance of a "service"
    assert extreme(view, "which service has the biggest variance", frozenset({"servic", "varianc"}), (), lambda t: 1.0).text.startswith(
        "Children and Families › Placements has the highest Variance"
    )


def test_two_rows_compared_the_second_named_in_part():
    headers = ("Service", "2025-26 › Budget", "2025-26 › Forecast", "2025-26 › Variance")
    rows = [
        ("Highways Maintenance", "41.9", "41.2", "(0.7)"),
        ("Waste Management", "38.7", "39.4", "0.7"),
        ("Libraries", "6.1", "6.0", "(0.1)"),
    ]
    view = TableView.of(
        [
            Unit(id=str(i), doc="d", kind="row", text="", table="Revenue", table_id="t", row=r[0], cells=r, headers=headers)
            for i, r in enumerate(rows)
        ]
    )
    q = "is the highways forecast higher or lower than waste management's"
    op = operation(q)
    draft = answer_from_table(q, token_set(without_operation(q, op)), op, view, lambda t: 1.0)
    # before: Waste Management's 39.4 alone, "highways" naming only part of its row's label; and
    # Budget, Forecast and Variance of one year were compared as if periods. 39.4 < 41.2 by hand.
    assert draft is not None and "Waste Management is smaller in 2025-26 › Forecast: 39.4" in draft.text and "41.2" in draft.text


def test_a_change_between_two_named_rows_stays_in_the_one_column_asked():
    grid = [
        ["Ward", "Life expectancy Female", "Life expectancy Male"],
        ["Quayside", "83.0", "79.6"],
        ["Tanyard", "79.2", "75.1"],
        ["Fennick", "81.0", "77.7"],
    ]
    d = ask(view_of(grid), "what's the gap in female life expectancy between quayside and tanyard")
    assert "3.8" in d.text and "79.6" not in d.text, d.text


def test_a_last_row_adding_up_the_rows_above_is_a_total_whatever_its_label():
    grid = [
        ["Locality", "Hours delivered", "Unmet need", "Hourly rate"],
        ["Northfield", "9,850", "440", "26.10"],
        ["Southgate", "5,200", "140", "27.35"],
        ["Eastmoor", "8,000", "550", "24.60"],
        ["Whole borough", "23,050", "1,130", "25.90"],
    ]
    d = ask(view_of(grid), "which locality has the most unmet need")
    assert d.text.startswith("Eastmoor has the highest Unmet need"), d.text
    assert view_of(grid).rows[-1].total and not view_of(grid).rows[0].total
