"""Changes between two periods stated in a sentence (qa/answerers/prose_change.py), on sentences
whose right answers can be checked by hand."""

from qa.answer import unsupported_numbers
from qa.answerers import prose_change
from qa.types import Hit, Unit


def hit(text: str) -> Hit:
    return Hit(unit=Unit(id="p", doc="d", kind="passage", text=text), score=1.0)


def test_how_many_more_is_the_later_figure_less_the_earlier():
    draft = prose_change.answer(
        "How many more people were housed in 24-25 than in 23-24?", [hit("People housed rose (1583 in 23-24, 2160 in 24-25).")]
    )
    assert draft is not None and draft.value == 577 and "2,160 − 1,583 = 577" in draft.text
    # every figure is the source's (periods as it writes them) or computed: the answer survives verification
    assert unsupported_numbers(draft.text, [u.text for u in draft.cited], draft.computed) == []


def test_a_percentage_change_works_in_the_scale_the_figures_are_written_in():
    draft = prose_change.answer(
        "What was the percentage change in revenue from 2018 to 2019?",
        [hit("Revenue was $5.2 million in 2019 against $4.1 million in 2018.")],
    )
    assert draft is not None and draft.value == 26.8 and "5.2 − 4.1 = 1.1 million" in draft.text


def test_no_answer_without_a_change_asked_or_without_both_periods():
    sentence = [hit("Revenue was $5.2 million in 2019 against $4.1 million in 2018.")]
    assert prose_change.answer("What was revenue in 2019?", sentence) is None
    assert prose_change.answer("What was the change in revenue from 2017 to 2019?", sentence) is None
