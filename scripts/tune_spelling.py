"""Fit the speller's limits in qa/data/spelling.json (read by qa/spelling.py).

Data: tests/data/spelling.jsonl, words as a person might type them into a question, each with the
word meant: a misspelling of a word the documents use ("suport" -> "support"), or a real word the
documents do not use that must be left alone ("shingles", "hinckley"). The vocabulary is the mixed
corpus of benchmarks/questionsets.py (corpus/ and the board papers) without the documents whose
questions are frozen (tests/data/splits.json), counted as the index counts it. A correction to
another form of the word meant ("outcome" for "outcomes") is right: retrieval stems both alike.

Every combination of the limits is scored: a word left as it should be or corrected to the word
meant scores 1; a correction missed costs nothing more; a wrong correction (a real word changed,
or a misspelling changed into another word) costs WRONG_COST, because it answers a question the
person did not ask, while a missed one is refused naming the word, which they can retype. Ties go
to the more cautious limits (longer words only, fewer two-edit corrections, fewer words doubted,
real words corrected only for a far commoner one).

    .venv/bin/python scripts/tune_spelling.py            # writes qa/data/spelling.json
"""

from __future__ import annotations

import itertools
import json
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

DATA = ROOT / "tests" / "data" / "spelling.jsonl"
WRONG_COST = 2.0
MIN_LENGTHS = (3, 4, 5, 6, 7)
LONG_WORDS = (5, 6, 7, 8, 9, 10, 99)
KNOWN_ZIPFS = tuple(round(0.5 + 0.25 * i, 2) for i in range(17))  # 0.5 .. 4.5
COMMONER_BYS = (1.5, 2.0, 2.5, 3.0, 99.0)  # 99: a real word is never corrected, however common the documents' word


def vocabulary() -> dict[str, int]:
    from questionsets import WORK, mixed_corpus

    from qa.index import word_counts
    from qa.parse import load_corpus
    from qa.units import build_units

    frozen = set(json.loads((ROOT / "tests" / "data" / "splits.json").read_text())["frozen_docs"])
    docs, _ = load_corpus(mixed_corpus(WORK / "corpus"))
    return word_counts(u.search_text for u in build_units([d for d in docs if d.name not in frozen]))


def main() -> int:
    from qa.glossary import ABBREVIATIONS
    from qa.spelling import PARAMS, Speller, SpellingParams, english_zipf
    from qa.text import stem

    counts = vocabulary()
    pairs = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    unusable = [p for p in pairs if p["typed"] != p["want"] and p["want"] not in counts]
    pairs = [p for p in pairs if p not in unusable]
    zipf = lru_cache(maxsize=None)(english_zipf)

    def outcomes(params: SpellingParams) -> dict[str, list[str]]:
        speller = Speller(lambda: counts, protected=frozenset(ABBREVIATIONS), params=params, zipf=zipf)
        out: dict[str, list[str]] = {"right": [], "missed": [], "wrong": []}
        for p in pairs:
            got = speller.suggest(p["typed"]) or p["typed"]
            kind = "right" if stem(got) == stem(p["want"]) else ("missed" if got == p["typed"] else "wrong")
            out[kind].append(f"{p['typed']} -> {got}" + ("" if kind == "right" else f" (meant {p['want']})"))
        return out

    scored = []
    for min_length, long_word, known, commoner in itertools.product(MIN_LENGTHS, LONG_WORDS, KNOWN_ZIPFS, COMMONER_BYS):
        if long_word < min_length and long_word != 99:
            continue
        params = SpellingParams(min_length, long_word, known, commoner)
        o = outcomes(params)
        score = len(o["right"]) - WRONG_COST * len(o["wrong"])
        scored.append(((score, min_length, long_word, -known, commoner), params, o))
    _, best, o = max(scored, key=lambda s: s[0])
    misspelt = sum(p["typed"] != p["want"] for p in pairs)
    report = {
        "pairs": len(pairs),
        "misspellings": misspelt,
        "real_words": len(pairs) - misspelt,
        "not_in_vocabulary": [f"{p['typed']} -> {p['want']}" for p in unusable],
        "right": len(o["right"]),
        "missed": o["missed"],
        "wrong": o["wrong"],
    }
    out = {
        "about": "Fitted by `python scripts/tune_spelling.py` on tests/data/spelling.jsonl over the mixed corpus; do not edit by hand.",
        "params": {
            "min_length": best.min_length,
            "long_word": best.long_word,
            "known_zipf": best.known_zipf,
            "commoner_by": best.commoner_by,
        },
        "measured": report,
    }
    PARAMS.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
