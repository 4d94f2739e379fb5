"""Learn which sentence of a passage to quote (qa/data/sentences.json, read by qa/draft.py
`best_sentences`).

For each tuning question whose expected answer is written in one of its best passages, every
sentence of such a passage is described by qa/draft.py SENTENCE_FEATURES and labelled 1 when it
holds every expected fragment of the answer, else 0. A pairwise logistic model (as in
scripts/train_rerank.py) learns the weights; the regularisation is chosen by questions whose
document the model never saw, and the report compares the share of passages whose answer
sentence is chosen with the sentence sharing the most words with the question.

Data: the tuning parts of the question sets (tests/data/splits.json; the frozen parts are never
read; unseen2.jsonl is left for choosing between variants) and the LLR gold set, asked over the
mixed corpus of benchmarks/questionsets.py; and the span questions of TAT-QA's tuning half whose
answer is in a paragraph, each asked of its own report (benchmarks/tatqa.py).

    .venv/bin/python scripts/train_sentences.py            # writes qa/data/sentences.json
    .venv/bin/python scripts/train_sentences.py --dry-run  # reports only
"""

from __future__ import annotations

import argparse
import json
import sys
from functools import partial
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))

PASSAGE_DEPTH = 5  # best hits searched for passages writing the answer


def collect(assistant, cases) -> list[dict]:  # type: ignore[no-untyped-def]
    """One record a passage that writes a question's answer in some sentences and not in others."""
    from qa.draft import SENTENCE_FEATURES, sentence_features
    from qa.units import SENTENCE_END

    out = []
    for case in cases:
        got = assistant.gather(case.question, document=case.document)
        if got.medical:
            continue
        for hit in got.hits[:PASSAGE_DEPTH]:
            if hit.unit.kind != "passage":
                continue
            sentences = [s for s in SENTENCE_END.split(hit.unit.text.strip()) if s.strip()]
            labels = [case.holds(s) for s in sentences]
            if len(sentences) < 2 or not any(labels) or all(labels):
                continue
            feats = sentence_features(got.question, sentences, assistant._evidence)
            out.append(
                {
                    "id": case.question,
                    "doc": case.group,
                    "x": np.array([[f[n] for n in SENTENCE_FEATURES] for f in feats]),
                    "y": np.array(labels, dtype=float),
                }
            )
            break  # the best passage that writes it: the one an answer would quote
    return out


def expected_cases(items) -> list:  # type: ignore[no-untyped-def]
    """Question-set items: a sentence holds the answer when it holds every expected fragment."""
    from train_rerank import Case

    return [Case(i.question, (i.cite or {}).get("doc") or "", partial(_holds_all, i.expect)) for i in items]


def _holds_all(expect: tuple[str, ...], text: str) -> bool:
    from qa.evaluate import _norm, fragment_in

    return all(fragment_in(e, _norm(text)) for e in expect)


def main(argv: list[str] | None = None) -> int:
    from questionsets import SETS, WORK, mixed_corpus, part_of
    from train_rerank import VALIDATION_ONLY, first_positive, fit_reported, shares, tatqa_cases

    from qa.config import Settings
    from qa.draft import SENTENCE_FEATURES
    from qa.evaluate import load_gold
    from qa.pipeline import Assistant, build_index
    from qa.rank import SENTENCE_WEIGHTS

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dry-run", action="store_true", help="report, do not write qa/data/sentences.json")
    args = parser.parse_args(argv)

    settings = Settings(corpus_dir=mixed_corpus(WORK / "corpus"), index_dir=WORK / "index", data_dir=WORK / "data")
    build_index(settings)
    sets = [path for path in SETS if path.name not in VALIDATION_ONLY]
    items = [i for path in sets for i in part_of(path, "tune") if i.answerable and i.expect and not i.follows]
    items += [i for i in load_gold(ROOT / "tests" / "data" / "gold.jsonl") if i.answerable and i.expect]
    records = collect(Assistant.load(settings), expected_cases(items))
    tatqa_settings, cases = tatqa_cases()
    build_index(tatqa_settings)
    from_tatqa = collect(Assistant.load(tatqa_settings), cases)
    print(f"{len(records)} set passages and {len(from_tatqa)} TAT-QA passages write the answer in some sentences only", file=sys.stderr)
    records += from_tatqa

    overlap = SENTENCE_FEATURES.index("overlap")
    most_words = shares([first_positive(r["x"][:, overlap], r["y"]) for r in records])
    print(f"sentence sharing most words: {most_words}", file=sys.stderr)
    fitted = fit_reported(records, SENTENCE_FEATURES, lambda s: s["first"])
    if args.dry_run:
        return 0
    out = {
        "about": "Weights of the learned sentence chooser (qa/draft.py best_sentences, qa/rank.py RankModel) over "
        "standardised SENTENCE_FEATURES, fitted by `python scripts/train_sentences.py` on the tuning parts of the "
        "question sets, the LLR gold set and TAT-QA's tuning half; do not edit by hand.",
        **fitted,
        "passages": len(records),
        "of_which_tatqa": len(from_tatqa),
        "sentence_sharing_most_words": most_words,
    }
    SENTENCE_WEIGHTS.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {SENTENCE_WEIGHTS.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
