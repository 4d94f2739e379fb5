"""Lexical knowledge as data, and definitions mined from the corpus; the learned gate's arithmetic."""

from __future__ import annotations

import re

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from qa.glossary import expansions
from qa.lexicon import (
    corpus_abbreviations,
    glossary,
    long_form,
    long_forms_to_show,
    mine_definitions,
    phrase_initials,
    spell_out,
    words,
    written_out,
)
from qa.rank import GATE_FEATURES, GateModel, best_threshold, fit_logistic
from qa.values import numbers_in


def test_long_forms_are_found_letter_by_letter_from_the_right():
    assert long_form("ICB", "the Integrated Care Board") == "Integrated Care Board"
    assert long_form("VCSE", "with the Voluntary, Community and Social Enterprise") == "Voluntary, Community and Social Enterprise"
    assert long_form("ABC", "nothing to see") is None


def test_a_short_form_defined_two_ways_is_left_out():
    texts = ["the Primary Care Network (PCN) met", "the Patient Care Navigator (PCN) role"]
    assert "pcn" not in mine_definitions(texts)
    assert mine_definitions(["the Better Care Fund (BCF) pays"]) == {"bcf": "Better Care Fund"}


def test_an_undefined_capitalised_short_form_takes_the_one_phrase_with_its_initials():
    texts = ["Improving Anticipatory Medication access", "Pilot a new approach to AM"]
    assert phrase_initials(texts) == {"am": "Anticipatory Medication"}
    # two different phrases with the same initials: a guess, so nothing
    assert phrase_initials(["Adult Mental health", "Anticipatory Medication", "AM pilot"]) == {}


def test_bracketed_definitions_win_over_initials():
    texts = ["Home Based Care", "Health Board Committee (HBC) met", "HBC minutes"]
    assert corpus_abbreviations(texts)["hbc"] == "Health Board Committee"


def test_expansions_use_the_shipped_glossary_and_the_corpus_definitions():
    assert "integrated care board" in expansions("The ICB agreed")
    assert expansions("The XQZ agreed", {"xqz": "Extra Quiet Zone"}) == "extra quiet zone"
    assert expansions("an am meeting") == ""  # lower-case words are not short forms


def test_the_shipped_data_loads_and_names_no_document():
    g = glossary()
    assert g["nhs"] == "national health service" and not any(k.startswith("_") for k in g)
    assert "much" in words("frame_words")


def test_logistic_fit_separates_answerable_from_not():
    rng = np.random.default_rng(0)
    cover = np.concatenate([rng.uniform(0.6, 1.0, 50), rng.uniform(0.0, 0.4, 50)])
    y = np.concatenate([np.ones(50), np.zeros(50)])
    w, b = fit_logistic(cover[:, None], y)
    p = 1 / (1 + np.exp(-(cover * w[0] + b)))
    assert ((p >= best_threshold(p, y)) == (y == 1)).mean() == 1.0


def test_gate_probability_rises_with_coverage():
    model = GateModel((2.0,) + (0.0,) * (len(GATE_FEATURES) - 1), 0.0, 0.5, (0.5,) * len(GATE_FEATURES), (0.25,) * len(GATE_FEATURES))
    assert model.probability({"cover_top": 0.9}) > 0.5 > model.probability({"cover_top": 0.1})


# -- abbreviations spelled out in answers (issue 10) --------------------------------------------
LONG = {"dfg": "Disabled Facilities Grants", "bcf": "Better Care Fund", "a&e": "Accident and Emergency", "am": "Anticipatory Medication"}


def test_an_abbreviation_is_spelled_out_once_at_its_first_use():
    assert (
        spell_out("DFGs helped 385 people; DFGs cost £3.8m [1].", LONG)
        == "DFGs (Disabled Facilities Grants) helped 385 people; DFGs cost £3.8m [1]."
    )
    assert spell_out("A&E waits fell [1].", LONG) == "A&E (Accident and Emergency) waits fell [1]."
    assert spell_out("The XYZ board met [1].", LONG) == "The XYZ board met [1]."  # unknown: never guessed


def test_nothing_is_spelled_out_twice_or_where_it_would_mislead():
    assert (
        spell_out("Disabled Facilities Grant (DFG) spend [1].", LONG) == "Disabled Facilities Grant (DFG) spend [1]."
    )  # written out already
    assert spell_out("DFG (see table) [1].", LONG) == "DFG (see table) [1]."  # a bracket follows
    assert spell_out("Clinics open at 10 AM [1].", LONG) == "Clinics open at 10 AM [1]."  # a time, not a name
    assert spell_out("dfg and Bcf [1].", LONG) == "dfg and Bcf [1]."  # only capitals are short forms
    assert spell_out("DFG [1].", {"dfg": "Grant 2"}) == "DFG [1]."  # a long form with a figure would add a figure


def test_inside_a_quotation_the_long_form_is_the_editors_square_brackets():
    assert spell_out("“The BCF pays.” [1] BCF again", LONG) == "“The BCF [Better Care Fund] pays.” [1] BCF again"


def test_the_corpus_definition_wins_and_the_glossary_is_capitalised_only_for_names():
    shown = written_out({"dfg": "Disabled Facilities Grants"}, glossary())
    assert shown["dfg"] == "Disabled Facilities Grants" and shown["bcf"] == "Better Care Fund"
    assert shown["fte"] == "full time equivalent staff"  # its initials are not "FTE"'s letters: not a name
    assert shown["nhse"] == "NHS England"
    assert not {"nhs", "gp"} & set(long_forms_to_show({}))  # well known: never spelled out


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["DFG's", "BCF", "A&E", "AM", "10", "£3,834,762", "24-25", "(", ")", "“", "”", "[1]", "and", "Grants", "—", ":", "."]
        ),
        max_size=30,
    )
)
def test_spelling_out_only_adds_bracketed_words_and_never_touches_a_figure(tokens):
    text = " ".join(tokens)
    out = spell_out(text, LONG)
    assert numbers_in(out) == numbers_in(text)
    assert (
        re.sub(r" [(\[](Disabled Facilities Grants|Better Care Fund|Accident and Emergency|Anticipatory Medication)[)\]]", "", out) == text
    )


def test_the_form_answerers_read_their_fitted_thresholds_from_data():
    from qa.answerers import lists, sections, yesno
    from qa.lexicon import thresholds

    fitted = thresholds("forms")
    assert set(fitted) == {"named_list", "support", "named_heading", "place_support", "row_share"} and all(
        0 < v <= 1 for v in fitted.values()
    )
    assert (fitted["named_list"], fitted["support"], fitted["named_heading"], fitted["place_support"], fitted["row_share"]) == (
        lists.NAMED_LIST,
        yesno.SUPPORT,
        sections.NAMED_HEADING,
        sections.PLACE_SUPPORT,
        lists.ROW_SHARE,
    )
