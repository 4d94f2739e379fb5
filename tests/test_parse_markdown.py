from qa.parse.markdown import parse_markdown
from qa.parse.tables import build_tables, clean_cell, inherit_leading_blanks, split_merged_rows


def tables(blocks):
    return [b.table for b in blocks if b.kind == "table"]


def test_tsv_table_takes_nearest_heading_as_title_and_first_row_as_headers():
    blocks = parse_markdown("## Priority 1: Prevention\n\nActivity\tCost\nFalls team\t£5\n\nWalks\t£6\n")
    (t,) = tables(blocks)
    assert t.title == "Priority 1: Prevention"
    assert t.headers == ("Activity", "Cost")
    assert t.rows == (("Falls team", "£5"), ("Walks", "£6"))  # the blank line inside the table is not its end


def test_caption_row_becomes_title_and_blank_leading_cells_inherit_from_above():
    text = "Priority 1: Need\t\t\nPriority\tCommitment\tStream\nNeed\tWe will ask\t1\n\t<p>We will listen</p>\t5\n"
    (t,) = tables(parse_markdown(text))
    assert t.title == "Priority 1: Need"
    assert t.rows[1] == ("Need", "We will listen", "5")


def test_a_blank_cell_after_a_filled_one_is_not_inherited():
    assert inherit_leading_blanks([["A", "x", "1"], ["", "y", ""]]) == [["A", "x", "1"], ["A", "y", ""]]


def test_new_header_row_mid_table_starts_a_second_table_with_its_own_headers():
    grid = [["Area", "Activity", "Spend 24-25"], ["MH", "Team", "£1"], ["Area", "Activity", "Spend 23-24"], ["HI", "Units", "£2"]]
    first, second = build_tables(grid, "Cross-cutting")
    assert first.headers[2] == "Spend 24-25" and second.headers[2] == "Spend 23-24"
    assert second.rows == (("HI", "Units", "£2"),)


def test_html_inside_cells_is_stripped_and_list_items_kept_apart():
    assert clean_cell("<p><b>Reducing</b> inequalities</p><ul><li>• one</li><li>• two</li></ul>") == "Reducing inequalities one two"


def test_separator_rows_are_dropped():
    (t,) = tables(parse_markdown("A\tB\n1x\tfoo\n--\t---\n"))
    assert t.rows == (("1x", "foo"),)


def test_pipe_tables_are_read():
    (t,) = tables(parse_markdown("# T\n\n| Name | Cost |\n|---|---|\n| Falls | £5 |\n"))
    assert t.headers == ("Name", "Cost") and t.rows == (("Falls", "£5"),)


def test_embedded_html_table_is_read():
    html = "<table><tr><th>Name</th><th>Cost</th></tr><tr><td>Falls</td><td>£5</td></tr></table>"
    (t,) = tables(parse_markdown(f"## Money\n\n{html}\n"))
    assert t.title == "Money" and t.rows == (("Falls", "£5"),)


def test_bold_headings_split_on_quadruple_stars_and_rejoined_across_lines():
    blocks = parse_markdown("**BOARD: 29 MAY****REPORT OF X  \nON Y****Purpose**\n\n1. To update.\n")
    assert blocks[0].heading_path == ("Purpose",)
    assert blocks[0].text == "1. To update."


def test_list_items_carry_their_lead_in():
    blocks = parse_markdown("12. We saw these changes:\n\n- Capacity up by 40%;\n- Waits down;\n")
    items = [b for b in blocks if b.lead]
    assert [b.text for b in items] == ["Capacity up by 40%;", "Waits down;"]
    assert items[0].lead == "12. We saw these changes:"


def test_a_list_right_after_a_paragraph_is_led_by_it():
    blocks = parse_markdown("11. Delivery is supported by workstreams.\n\n- Workstream 1: Equity\n- Workstream 2: Data\n\nLater text.\n")
    assert [b.lead for b in blocks] == ["", "11. Delivery is supported by workstreams.", "11. Delivery is supported by workstreams.", ""]


def test_a_numbered_list_under_a_lead_in_is_a_list_but_numbered_paragraphs_are_not():
    text = "## 9. Priorities\n\n9.1 We propose these priorities:\n\n1. Treat more adults;\n2. Cut deaths.\n\nLater text.\n\n8. A numbered paragraph.\n"
    blocks = parse_markdown(text)
    assert [(b.text, b.lead) for b in blocks] == [
        ("9.1 We propose these priorities:", ""),
        ("1. Treat more adults;", "9.1 We propose these priorities:"),
        ("2. Cut deaths.", "9.1 We propose these priorities:"),
        ("Later text.", ""),
        ("8. A numbered paragraph.", ""),
    ]
    report = parse_markdown("1. Purpose of this report:\n\n2. Background and the numbers below.\n")
    assert [b.lead for b in report] == ["", ""]


def test_plain_text_headings_and_boilerplate():
    text = (
        "Our Plan\n\nChapter 5 - Our finances\n\nIn this chapter money is aligned.\n\nFor more information click here.\n\nSkip to content\n"
    )
    blocks = parse_markdown(text)
    assert [(b.heading_path, b.text) for b in blocks] == [(("Chapter 5 - Our finances",), "In this chapter money is aligned.")]


def test_merged_rows_split_only_when_line_counts_agree():
    assert split_merged_rows(["A\nB", "1\n2"]) == [["A", "1"], ["B", "2"]]
    assert split_merged_rows(["A\nB", "one line"]) == [["A\nB", "one line"]]
