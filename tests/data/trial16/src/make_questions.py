"""Shuffle the question bank with a fixed seed and write ../questions.jsonl.

Follow-up questions are placed immediately after the question they follow, and their "follows" field is set to
that question's final id.
"""
import json
import os
import random
from collections import Counter

from common import OUT
from question_bank import Q

SEED = 16


def build():
    parents = [q for q in Q if q["type"] != "followup"]
    children = {q["follows"]: q for q in Q if q["type"] == "followup"}
    random.Random(SEED).shuffle(parents)
    order = []
    for q in parents:
        order.append(q)
        if q["key"] in children:
            order.append(children[q["key"]])
    assert len(order) == len(Q) == 100, len(order)
    ids = {q["key"]: f"T16_{i:03d}" for i, q in enumerate(order, 1)}
    lines = []
    for q in order:
        ans = q["type"] != "refusal"
        rec = {"id": ids[q["key"]], "question": q["question"], "type": q["type"], "answerable": ans,
               "expect": q.get("expect", []) if ans else [], "cite": q.get("cite") if ans else None,
               "note": q["note"]}
        if q["type"] == "followup":
            rec["follows"] = ids[q["follows"]]
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(OUT, "questions.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print("wrote", len(lines), "questions")
    print(Counter(q["type"] for q in Q))
    print("answerable:", sum(q["type"] != "refusal" for q in Q))
    return ids


if __name__ == "__main__":
    build()
