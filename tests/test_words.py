"""Question words: misspellings corrected against the corpus vocabulary, requests for personal
medical advice recognised from meaning, and refusals naming the question's own words."""

from __future__ import annotations

import json

import numpy as np
import pytest

from qa.medical import fit_medical
from qa.relevance import not_mentioned, surface_forms
from qa.spelling import Speller, SpellingParams, correct_text, looks_like_acronym, max_distance, nearest
from qa.types import Answer

PARAMS = SpellingParams(min_length=4, long_word=99, known_zipf=2.5)
VOCAB = {"assistive": 3, "technology": 5, "support": 40, "sport": 2, "carers": 7, "enablement": 2, "the": 90, "for": 50}
ENGLISH = {"shingles": 3.1, "wether": 2.8, "support": 5.3, "the": 7.7}


def speller(**kw) -> Speller:
    return Speller(lambda: VOCAB, zipf=lambda w: ENGLISH.get(w, 0.0), params=kw.pop("params", PARAMS), **kw)


# -- spelling --------------------------------------------------------------------------
def test_a_misspelt_word_becomes_the_nearest_corpus_word_and_ties_go_to_the_more_frequent():
    assert nearest("suport", VOCAB, 1) == "support"  # "sport" is one edit away too, but rarer
    assert nearest("asistive", VOCAB, 1) == "assistive"
    assert nearest("tehcnology", VOCAB, 1) == "technology"  # a swap of two letters is one edit
    assert nearest("zzzz", VOCAB, 1) is None


def test_the_question_is_corrected_word_by_word_keeping_capitals():
    fix = speller().correct("Asistive tecnology and suport for carers?")
    assert fix is not None
    assert fix.text == "Assistive technology and support for carers?"
    assert fix.changes == (("Asistive", "Assistive"), ("tecnology", "technology"), ("suport", "support"))


def test_known_words_numbers_short_words_and_acronyms_are_left_alone():
    s = speller(protected=frozenset({"bcfs"}))
    assert s.correct("support for the carers") is None  # in the corpus
    assert s.correct("shingles") is None  # not in the corpus, but a real English word
    assert s.correct("wether") is None  # a real word too, however likely a typo of another
    assert s.correct("the spt in 2024 and 24-25") is None  # "spt" is too short; numbers are never words
    assert s.correct("TECNOLOGY and SUPORT") is None  # written like acronyms
    assert s.correct("bcfs") is None  # an abbreviation the glossary or corpus defines
    assert s.correct("café suport2") is None  # no part of a word is offered
    assert looks_like_acronym("DFGs") and not looks_like_acronym("Dfgs")
    assert [max_distance(w, SpellingParams(4, 8, 2.5)) for w in ("sup", "supp", "assistiv")] == [0, 1, 2]


def test_the_vocabulary_is_read_once_and_only_when_a_word_is_long_enough_to_doubt():
    reads = []

    def counts():
        reads.append(1)
        return VOCAB

    s = Speller(counts, zipf=lambda w: 0.0, params=PARAMS)
    assert s.correct("who? why?") is None and reads == []
    s.correct("suport")
    s.correct("carers")
    assert reads == [1]


def test_correct_text_offers_only_whole_words():
    seen = []
    correct_text("peóple self-care 24-25 2x4 DFG's", lambda w: seen.append(w))
    assert seen == ["self", "care", "DFG", "s"]


def test_a_corrected_question_is_answered_and_says_so(tiny_assistant):
    a = tiny_assistant.ask("How many people did the Befriendng service help?")
    assert a.corrected == "How many people did the Befriending service help?"
    assert a.question == "How many people did the Befriendng service help?"
    assert a.to_dict()["corrected"] == a.corrected
    plain = tiny_assistant.ask("How many people did the Befriending service help?")
    assert plain.corrected is None and plain.to_dict()["corrected"] is None
    assert (a.status, a.answer) == (plain.status, plain.answer)


def test_the_correction_is_shown_above_the_answer_in_the_terminal_and_the_chat():
    from qa.cli import format_answer
    from qa.ui import answer_to_markdown, answer_to_text

    a = Answer("asistive technology", "answered", "Assistive Technology — 1,000 people [1].", corrected="assistive technology")
    assert format_answer(a).splitlines()[0] == "Showing results for “assistive technology”."
    assert answer_to_text(a).splitlines()[0] == "Showing results for “assistive technology”."
    md = answer_to_markdown(a)
    assert md.index("Showing results for") < md.index("1,000 people")
    assert "Showing results" not in format_answer(Answer("q", "answered", "x"))


def test_the_index_stores_the_words_it_was_built_from(tiny_assistant):
    counts = tiny_assistant.index.word_counts()
    assert counts["falls"] >= 2 and "befriending" in counts
    assert all(w.isalpha() for w in counts)


# -- refusals in the question's own words --------------------------------------------------
def test_a_refusal_names_whole_words_as_typed_never_fragments():
    # a letter the search folds ("café" is "cafe") or cannot read ("Ł" of "Łódź") is named as typed
    assert surface_forms("Is the crisis café open?", ["cafe"]) == ["café"]
    assert surface_forms("Is there a clinic in Łódź?", ["odz"]) == ["Łódź"]
    assert surface_forms("Is the GP-led triple-lock in Hinckley?", ["gp", "triple", "lock", "hinckley"]) == [
        "GP-led",
        "triple-lock",
        "Hinckley",
    ]
    assert not_mentioned("Vaccination in 2019?", ["2019"]) == "they do not mention “2019”"


def test_refusals_of_the_assistant_name_the_question_words(tiny_assistant):
    a = tiny_assistant.ask("How many peóple had dental check-ups in Hinckley?")
    assert a.status == "no_answer"
    assert "ple”" not in a.answer.replace("peóple”", "")
    assert "Hinckley" in a.answer or "dental" in a.answer or "peóple" in a.answer


# -- medical advice ------------------------------------------------------------------------
ADVICE = [
    "I have chest pain what should I do",
    "should I take ibuprofen for my headache",
    "my child has a fever and a rash",
    "do I have flu or a cold",
    "can I take paracetamol with my tablets",
    "I feel dizzy and sick",
]
PLANS = [
    "how many people did the falls team help",
    "what is the investment in the walking club",
    "what does the report say about waiting times",
    "how much funding does befriending get",
    "what changed in falls admissions",
    "what is the purpose of the report",
]


def test_medical_advice_is_recognised_by_a_classifier_over_the_question_embedding(tiny_assistant, fake_embedder, monkeypatch):
    x = fake_embedder.encode(ADVICE + PLANS)
    model = fit_medical(x, np.array([1] * len(ADVICE) + [0] * len(PLANS)), model=fake_embedder.name, l2=0.1)
    monkeypatch.setattr(tiny_assistant, "medical", model)
    calls = []
    encode = fake_embedder.encode
    monkeypatch.setattr(fake_embedder, "encode", lambda texts, **kw: calls.append(texts) or encode(texts, **kw))
    a = tiny_assistant.ask("I have chest pain, what should I do?")
    assert a.status == "no_answer" and "111" in a.answer and "999" in a.answer and "GP" in a.answer
    assert len(calls) == 1  # the question is embedded once, for the classifier and retrieval alike
    assert tiny_assistant.ask("How many people did the falls team help?").status == "answered"


def test_without_a_classifier_for_the_model_nothing_is_called_medical(tmp_path):
    from qa.medical import medical_model

    path = tmp_path / "medical.json"
    path.write_text(json.dumps({"classifier": {"model": "other", "weights": [1.0], "bias": 0.0, "threshold": 0.5}}))
    assert medical_model("hashing-64", path) is None
    assert medical_model("other", path) is not None


# -- on the real model and corpus ------------------------------------------------------------
@pytest.mark.integration
@pytest.mark.parametrize(
    "typed, corrected, expect",
    [
        ("asistive technology", "assistive technology", "Assistive Technology"),
        ("enablment", "enablement", "Enablement"),
        ("what is suport for carers", "what is support for carers", None),
    ],
)
def test_misspelt_questions_are_corrected_and_answered(real_assistant, typed, corrected, expect):
    a = real_assistant.ask(typed)
    assert a.corrected == corrected and a.status == "answered", a
    assert expect is None or expect in a.answer


@pytest.mark.integration
@pytest.mark.parametrize(
    "question",
    [
        "Do I have shingles?",
        "I fell at home, who do I call?",
        "should I take ibuprofen for my back",
        "my child has a rash and a fever what do I do",
    ],
)
def test_personal_medical_questions_get_nhs_111(real_assistant, question):
    a = real_assistant.ask(question)
    assert a.status == "no_answer" and "111" in a.answer and "999" in a.answer, a.answer


@pytest.mark.integration
@pytest.mark.parametrize(
    "question",
    ["how many people had falls prevention support?", "what is the plan for GP access?", "what does the plan say about cancer screening?"],
)
def test_plan_questions_on_health_topics_are_not_medical_advice(real_assistant, question):
    assert "medical advice" not in real_assistant.ask(question).answer


def test_informal_short_forms_are_written_out_unless_the_documents_use_them():
    from qa.spelling import Speller

    speller = Speller(lambda: {"people": 5, "helped": 3, "info": 2})
    fix = speller.correct("how many ppl were helped")
    assert fix is not None and fix.text == "how many people were helped"
    assert speller.correct("what info is there") is None  # the documents write "info" themselves


def test_an_apostrophe_put_in_is_not_announced_as_a_correction(tiny_assistant):
    a = tiny_assistant.ask("whats the investment in the falls team?")
    assert a.corrected is None and a.status == "answered", (a.corrected, a.answer)
    assert tiny_assistant.ask("whats the investmnt in the falls team?").corrected == "what's the investment in the falls team?"
