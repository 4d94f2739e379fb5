import pytest

from qa.intent import read_intent
from qa.text import tokenize
from qa.values import format_value, numbers_in, parse_value


@pytest.mark.parametrize(
    "cell,total",
    [
        ("£3,834,762", 3834762),
        ("£2.65 million", 2650000),
        ("£985k", 985000),
        ("1381 approx", 1381),
        ("4436 HART 19,000 Therapy", 23436),
        ("4105 people 623,483 hours", 4105),
        ("£1.7 million HART £5.4 million Therapy", 7100000),
        ("125 staff", 125),
    ],
)
def test_cell_values_are_understood(cell, total):
    assert parse_value(cell).total == pytest.approx(total)


@pytest.mark.parametrize("cell", ["N/A", "Core funding", "", "All", "03/25/2016", "19.5 FTE"])
def test_cells_without_a_quantity(cell):
    assert parse_value(cell) is None


def test_format_and_find_numbers():
    assert format_value(9941735, "£") == "£9,941,735"
    assert numbers_in("£2.65 million and 40% [1]") == ["£2.65 million", "40%"]


@pytest.mark.parametrize(
    "question,measure,aggregate",
    [
        ("How much was invested in DFGs?", "money", None),
        ("How many people did it help?", "count", None),
        ("Which activity had the largest investment?", "money", "max"),
        ("Which scheme helped the fewest people?", "count", "min"),
        ("What was the total BCF investment in Priority 1?", "money", "total"),
        ("How many activities are listed under Priority 2?", "count", "rows"),
        ("What is First Contact Plus?", None, None),
    ],
)
def test_intent(question, measure, aggregate):
    intent = read_intent(question)
    assert (intent.measure, intent.aggregate) == (measure, aggregate)


def test_tokenizer_joins_hyphenated_words_and_strips_acronym_plurals():
    assert "coordin" in tokenize("Care Co-ordination")
    assert tokenize("DFGs") == tokenize("DFG's") == ["dfg"]


def test_tokens_come_from_bm25s_with_its_stop_words_and_nothing_else_in_qa_tokenizes():
    from pathlib import Path

    from qa.text import tokenize_all

    # By hand: "it" and NLTK's "doesn" and "themselves" are bm25s's stop words; "before" is kept.
    assert tokenize("It doesn't help themselves") == ["help"]
    assert tokenize("the year before") == ["year", "befor"]
    assert tokenize_all(["Walking clubs", "the"]) == [["walk", "club"], []]
    for path in (Path(__file__).resolve().parent.parent / "qa").rglob("*.py"):
        if path.name != "text.py":
            source = path.read_text(encoding="utf-8")
            assert "import Stemmer" not in source and "STOPWORDS" not in source, path


def test_one_text_is_tokenized_as_the_index_tokenizes_it():
    """tokenize() (one text, at question time) must give the tokens tokenize_all() (the index
    build, through bm25s) gives, or BM25 and coverage would disagree about the same words."""
    from qa.text import tokenize, tokenize_all

    texts = [
        "Our People: 30-Sep-24 balances of £1,250,000 for PCN's self-care and 10yr PWLB loans (2024/25).",
        "The Council’s RSG has decreased from circa £161m in 2015-16; Health & Wellbeing – A&E, D2A.",
        "Ürgent café services: don't stop—restart!",
        "",
    ]
    assert [tokenize(t) for t in texts] == tokenize_all(texts)


def _every_pattern(text: str) -> tuple[str, str]:
    """canonical_dates and normalise with every pattern run on every text: what the character
    checks in qa.text (a digit, a month, a comma, a hyphen, a dot, a slash or a dash) must not change."""
    import qa.text as t

    dates = t._DAY_MONTH_YEAR.sub(
        lambda m: t._date(m.group(1), t.MONTH_NUMBERS[m.group(2)[:3]], m.group(3)) if 1 <= int(m.group(1)) <= 31 else m.group(0), text
    )
    dates = t._MONTH_DAY_YEAR.sub(lambda m: t._date(m.group(2), t.MONTH_NUMBERS[m.group(1)[:3]], m.group(3)), dates)
    dates = t._NUMERIC_DATE.sub(
        lambda m: (
            t._date(int(m.group(1)), int(m.group(2)), m.group(3))
            if 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12
            else m.group(0)
        ),
        dates,
    )
    dates = t._MONTH_YEAR.sub(lambda m: t._date("", t.MONTH_NUMBERS[m.group(1)[:3]], m.group(2) or m.group(3)), dates)
    dates = t._FINANCIAL_YEAR.sub(
        lambda m: f"20{int(m.group(1)):02d}-{int(m.group(2)):02d}" if int(m.group(2)) == (int(m.group(1)) + 1) % 100 else m.group(0), dates
    )
    lowered = t._THOUSANDS.sub("", text.lower())
    joined = [a + b for a, b in t._HYPHENATED.findall(lowered)]
    glued = [w for n, unit in t._GLUED.findall(lowered) for w in (n, t._short_words().get(unit, unit))]
    return dates, " ".join([lowered, *joined, *glued])


DATE_LIKE = [
    "30-sep-24 | 31.3.24 | march 25, 2024 | sept 2024",
    "budget 24-25, 2024/25 and 2025-2026",
    "31/3/2024 then march 2024",
    "1.4.24 – 31.3.25 and 2024–25",
    "no figure here, may and june",
    "self-care for 1,250 people over 10yr",
    "ten-year plan from apr 2025",
    "",
]


@pytest.mark.parametrize("text", DATE_LIKE)
def test_dates_and_normal_forms_are_those_every_pattern_gives(text):
    from qa.text import canonical_dates, normalise

    assert (canonical_dates(text), normalise(text)) == _every_pattern(text)


def test_dates_and_normal_forms_are_those_every_pattern_gives_on_random_text():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from qa.text import canonical_dates, normalise

    pieces = st.sampled_from(
        ["3", "24", "2024", "31", "-", "/", ".", ",", "–", " ", "sep", "march", "may", "yr", "self", "care", "1,250", "th"]
    )

    @settings(max_examples=400, deadline=None)
    @given(st.lists(pieces, max_size=12).map("".join))
    def check(text: str) -> None:
        assert (canonical_dates(text), normalise(text)) == _every_pattern(text)

    check()


def test_two_lines_tokenized_apart_give_the_set_of_both_together():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from qa.text import lines_token_set, token_set

    pieces = st.sampled_from(
        ["3", "24", "2024", "-", "/", ".", ",", "–", " ", "\t", "sep", "march", "yr", "self", "care", "1,250", "years"]
    )
    line = st.lists(pieces, max_size=8).map("".join)

    @settings(max_examples=400, deadline=None)
    @given(line, line)
    def check(first: str, second: str) -> None:
        assert lines_token_set(first, second) == token_set(f"{first}\n{second}")

    check()
    # by hand: across a space "24 -25" is a financial year, across a line break it is not
    assert "2024" in token_set("budget 24 -25") and "2024" not in lines_token_set("budget 24", "-25")


def test_a_superlative_typed_as_a_search_asks_for_the_extreme_row():
    from qa.intent import operation

    assert operation("most active ward back in 2022-23?") == "extreme"
    assert operation("lowest smoking prevalence 2024 by district") == "extreme"
    assert operation("most recent figures for delayed discharges") is None
    assert operation("most of the budget goes where?") is None
