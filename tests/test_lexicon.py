"""Lexical knowledge as data, and definitions mined from the corpus; the learned gate's arithmetic."""

from __future__ import annotations

import numpy as np

from qa.glossary import expansions
from qa.lexicon import corpus_abbreviations, glossary, long_form, mine_definitions, phrase_initials, words
from qa.rank import GATE_FEATURES, GateModel, best_threshold, fit_logistic


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
