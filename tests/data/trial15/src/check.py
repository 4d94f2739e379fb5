"""Check questions.jsonl against the text extracted from the four papers.

Extraction: pdfplumber (PDF), python-docx paragraphs + table cells (DOCX), BeautifulSoup get_text (HTML),
raw text (Markdown).  Checks:
  * every line has the required fields, ids are unique, follow-ups point to an earlier answerable question;
  * every cite phrase appears in its document;
  * every expected figure appears in the cited document as a whole number token (not inside a longer
    number), and every expected word/phrase appears (case-insensitive); "yes"/"no" are skipped;
  * for computed answers (src/computed.json) the operands appear instead, and the formula applied to the
    operands rounds to the expected value;
  * for refusals with an 'absent' list, none of those strings appears in the document.
Run: /tmp/t15venv/bin/python src/check.py   (from the trial15 directory)
"""
import json
import os
import re
import sys

import docx
import pdfplumber
from bs4 import BeautifulSoup

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TYPES = {"lookup", "compare", "arithmetic", "aggregate", "list", "definition", "summary", "section",
         "yesno", "followup", "refusal"}


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", s).strip()


def extract(path):
    if path.endswith(".pdf"):
        with pdfplumber.open(path) as pdf:
            return "\n".join(pg.extract_text() or "" for pg in pdf.pages)
    if path.endswith(".docx"):
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                seen = []
                for c in row.cells:
                    if c.text not in seen:  # merged cells repeat their text
                        seen.append(c.text)
                parts.append(" ".join(seen))
        return "\n".join(parts)
    if path.endswith(".html"):
        with open(path, encoding="utf-8") as f:
            return BeautifulSoup(f.read(), "html.parser").get_text(" ")
    with open(path, encoding="utf-8") as f:
        return f.read()


NUMLIKE = re.compile(r"^[\u00a3(]?-?[\d,]+(\.\d+)?%?\)?m?$")


def has_token(text, s):
    """Figure s occurs in text, not as part of a longer number."""
    pat = r"(?<![\d.,])" + re.escape(s) + r"(?!\d|[.,]\d)"
    return re.search(pat, text) is not None


def present(text, s):
    if NUMLIKE.match(s):
        return has_token(text, s)
    return s.lower() in text.lower()


def num(s):
    s = s.strip().replace(",", "").replace("\u00a3", "").replace("%", "")
    neg = s.startswith("(") and s.endswith(")")
    v = float(s.strip("()"))
    return -v if neg else v


def main():
    qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
    extra = json.load(open(os.path.join(HERE, "computed.json"), encoding="utf-8"))
    computed, absent = extra["computed"], extra["absent"]
    docs = {}
    for name in sorted({q["cite"]["doc"] for q in qs if q["cite"]} | {v["doc"] for v in absent.values()}):
        p = os.path.join(ROOT, name)
        if not os.path.exists(p):
            print("MISSING DOCUMENT", name)
            sys.exit(1)
        docs[name] = norm(extract(p))
    problems = []
    ids = [q["id"] for q in qs]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    pos = {q["id"]: i for i, q in enumerate(qs)}
    byid = {q["id"]: q for q in qs}
    n_checked = 0
    for q in qs:
        qid = q["id"]
        for k in ("id", "question", "type", "answerable", "expect", "cite", "note"):
            if k not in q:
                problems.append(f"{qid}: missing field {k}")
        if q["type"] not in TYPES:
            problems.append(f"{qid}: bad type {q['type']}")
        if "follows" in q:
            f = q["follows"]
            if f not in byid or pos[f] >= pos[qid] or not byid[f]["answerable"]:
                problems.append(f"{qid}: bad follows {f}")
            if q["type"] != "followup":
                problems.append(f"{qid}: has follows but type {q['type']}")
        elif q["type"] == "followup":
            problems.append(f"{qid}: followup without follows")
        if not q["answerable"]:
            if q["expect"] or q["cite"] is not None or q["type"] != "refusal":
                problems.append(f"{qid}: refusal must have empty expect, null cite, type refusal")
            if qid in absent:
                text = docs[absent[qid]["doc"]]
                for s in absent[qid]["absent"]:
                    n_checked += 1
                    if s.lower() in text.lower():
                        problems.append(f"{qid}: near-miss string {s!r} unexpectedly present")
            continue
        if q["type"] == "refusal":
            problems.append(f"{qid}: answerable question typed refusal")
        doc = q["cite"]["doc"]
        text = docs[doc]
        n_checked += 1
        if norm(q["cite"]["contains"]).lower() not in text.lower():
            problems.append(f"{qid}: cite phrase not found in {doc}: {q['cite']['contains']!r}")
        if not q["expect"]:
            problems.append(f"{qid}: empty expect")
        if q["type"] == "yesno" and not ({"yes", "no"} & {e.lower() for e in q["expect"]}):
            problems.append(f"{qid}: yes/no question without yes or no in expect")
        if qid in computed:
            c = computed[qid]
            vals = []
            for o in c["operands"]:
                n_checked += 1
                if not has_token(text, o):
                    problems.append(f"{qid}: operand {o!r} not found in {doc}")
                vals.append(num(o))
            env = dict(zip("abcdefgh", vals))
            result = eval(c["formula"], {"__builtins__": {}}, env)
            exp = c["expect"]
            dec = len(exp.split(".")[1]) if "." in exp else 0
            if round(abs(result), dec) != abs(num(exp)):
                problems.append(f"{qid}: computed {result:.4f} does not round to expected {exp}")
            rest = [e for e in q["expect"] if e != exp]
        else:
            rest = q["expect"]
        for e in rest:
            if e.lower() in ("yes", "no"):
                continue
            n_checked += 1
            if not present(text, e):
                problems.append(f"{qid}: expected {e!r} not found in {doc}")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(qs)} questions, {n_checked} checks, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
