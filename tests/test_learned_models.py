"""The learned reranker and sentence chooser: the shipped weights match the features the code computes, a unit holding
the question's words outranks a closer-sounding one that does not, and without weights the fused
order stands."""

from __future__ import annotations

import json
from pathlib import Path

from qa.intent import read_intent
from qa.rank import RERANK_WEIGHTS, rank_model
from qa.relevance import RANK_FEATURES, Evidence, rerank
from qa.types import Hit, Unit

EVIDENCE = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 1, n_units=100, vocabulary=frozenset())


def _hits() -> list[Hit]:
    near = Unit(id="near", doc="a.pdf", kind="passage", text="The council sets its budget for adult services every year.")
    right = Unit(id="right", doc="a.pdf", kind="passage", text="Training for members was last held on 23 November 2023.")
    return [Hit(near, 1.0, dense=0.62, bm25=2.0), Hit(right, 0.9, dense=0.55, bm25=6.0)]


def test_shipped_weights_are_for_the_features_the_code_computes() -> None:
    fitted = json.loads(RERANK_WEIGHTS.read_text(encoding="utf-8"))
    assert tuple(fitted["features"]) == RANK_FEATURES
    assert len(fitted["weights"]) == len(fitted["mean"]) == len(fitted["scale"]) == len(RANK_FEATURES)
    assert rank_model() is not None


def test_the_unit_holding_the_questions_words_comes_first() -> None:
    question = "when was training for members last held"
    order = [h.unit.id for h in rerank(question, read_intent(question), _hits(), EVIDENCE)]
    assert order == ["right", "near"]


def test_weights_for_other_features_leave_the_fused_order(tmp_path: Path) -> None:
    stale = tmp_path / "rerank.json"
    stale.write_text(json.dumps({"features": ["dense"], "weights": [1.0], "mean": [0.0], "scale": [1.0]}))
    assert rank_model(stale) is None


def test_shipped_sentence_weights_are_for_the_features_the_code_computes() -> None:
    from qa.draft import SENTENCE_FEATURES
    from qa.rank import SENTENCE_WEIGHTS, sentence_model

    fitted = json.loads(SENTENCE_WEIGHTS.read_text(encoding="utf-8"))
    assert tuple(fitted["features"]) == SENTENCE_FEATURES
    assert sentence_model() is not None


def test_the_sentence_giving_what_is_asked_is_quoted() -> None:
    """Asked how much, the sentence stating the amount for the year asked is quoted, though the
    first shares as many of the question's words."""
    from qa.draft import best_sentences

    text = (
        "The social care grant was first introduced in 2019-20 following an announcement in the national budget. "
        "The Council's social care grant allocation for 2019-20 was £10.5m based on a formula."
    )
    quote = best_sentences("how much was the social care grant in 2019-20?", text, EVIDENCE, max_chars=120)
    assert quote.startswith("The Council's social care grant allocation") and "£10.5m" in quote


def test_document_and_table_shares_count_the_first_ten_hits() -> None:
    from qa.relevance import hit_features

    def row(i: int, doc: str, table: str) -> Hit:
        return Hit(Unit(id=f"{doc}#{i}", doc=doc, kind="row", text=f"Row {i} | 5", table_id=table), 1.0 - i / 100, dense=0.5, bm25=1.0)

    # by hand: of the first ten, six from a.pdf (four in table a#t), four from b.pdf (none in a table);
    # the eleventh hit is not among the ten it is compared with
    hits = [
        *(row(i, "a.pdf", "a#t") for i in range(4)),
        row(4, "a.pdf", ""),
        row(5, "a.pdf", ""),
        *(row(i, "b.pdf", "") for i in range(6, 11)),
    ]
    features = hit_features("how many rows", read_intent("how many rows"), hits, EVIDENCE)
    assert [f["doc_share"] for f in features] == [0.6] * 6 + [0.4] * 5
    assert [f["table_share"] for f in features] == [0.4] * 4 + [0.0] * 7


def test_a_file_name_word_no_unit_prints_covers_the_question_for_each_evidence_apart() -> None:
    from qa.relevance import coverage

    unit = Unit(id="1", doc="warn-report.pdf", kind="row", text="Acme | 120 jobs")
    printed = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 3, n_units=100)  # "warn" printed elsewhere
    unprinted = Evidence(rows_of=lambda t: [], doc_freq=lambda t: 0 if t == "warn" else 3, n_units=100)
    # asked twice each, so the second answer comes from the per-document cache
    assert [coverage("acme warn notices", unit, e) for e in (printed, unprinted, printed, unprinted)] == [
        coverage("acme warn notices", unit, printed),
        coverage("acme warn notices", unit, unprinted),
    ] * 2
    assert coverage("acme warn", unit, printed) < 1.0 == coverage("acme warn", unit, unprinted)
