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
