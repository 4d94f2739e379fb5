"""Check questions.jsonl against the four trial-34 papers.

- extracts text units from each paper (PDF lines via pdfplumber; DOCX paragraphs, table cells and table rows;
  HTML block elements, cells and table rows; Markdown lines)
- every cite.contains must occur inside one text unit of the cited document
- every non-computed expected phrase must occur in the cited document (whitespace-normalised, case-insensitive)
- computed answers (src/computed.json) are recomputed from operands; each operand must co-occur with its
  context phrase (row label or sentence) in one text unit
- counts of question types; follow-ups placed right after their predecessor
- for refusals, prints keyword hits across all papers for manual review
"""
import json
import os
import re
import sys

import pdfplumber
import docx
from docx.table import Table
from docx.text.paragraph import Paragraph
from bs4 import BeautifulSoup

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = {
    "t34_elective_cancer_waits.pdf": "pdf",
    "t34_children_sufficiency_update.docx": "docx",
    "t34_highways_asset_management.html": "html",
    "t34_unpaid_carers_progress.md": "md",
}


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\xa0", " ").replace("\u2003", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def units_pdf(path):
    u = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            u += [ln for ln in (pg.extract_text() or "").split("\n") if ln.strip()]
    return u


def units_docx(path):
    d = docx.Document(path)
    u = []
    for el in d.element.body.iterchildren():
        if el.tag.endswith("}p"):
            u.append(Paragraph(el, d).text)
        elif el.tag.endswith("}tbl"):
            t = Table(el, d)
            for row in t.rows:
                cells = []
                for c in row.cells:
                    if not cells or c.text != cells[-1]:
                        cells.append(c.text)
                u += cells
                u.append(" | ".join(cells))
    return [x for x in u if x.strip()]


def units_html(path):
    s = BeautifulSoup(open(path, encoding="utf-8").read(), "html.parser")
    u = []
    for el in s.find_all(["p", "li", "td", "th", "caption", "h1", "h2", "h3", "dt", "dd", "title"]):
        u.append(el.get_text(" ", strip=True))
    for tr in s.find_all("tr"):
        u.append(" | ".join(c.get_text(" ", strip=True) for c in tr.find_all(["th", "td"])))
    return [x for x in u if x.strip()]


def units_md(path):
    return [ln for ln in open(path, encoding="utf-8").read().split("\n") if ln.strip()]


UNITS = {}
for f, kind in DOCS.items():
    p = os.path.join(ROOT, f)
    UNITS[f] = [norm(x) for x in {"pdf": units_pdf, "docx": units_docx, "html": units_html, "md": units_md}[kind](p)]
FULL = {f: " ".join(u) for f, u in UNITS.items()}


def num(s):
    s = s.strip().replace(",", "").replace("%", "")
    if s in ("–", "-", ""):
        return 0.0
    neg = s.startswith("(") and s.endswith(")")
    v = float(s.strip("()"))
    return -v if neg else v


def cooccur(doc, ctx, val):
    """True if one text unit contains the context phrase and, elsewhere in the unit, the value."""
    c, v = norm(ctx), norm(val)
    pat = re.compile(r"(?<![\d,.])" + re.escape(v) + r"(?![\d])")
    return any(c in u and pat.search(u.replace(c, " ", 1)) for u in UNITS[doc])


errors = []
Q = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
CALC = json.load(open(os.path.join(ROOT, "src", "computed.json"), encoding="utf-8"))

if len(Q) != 100:
    errors.append(f"expected 100 questions, got {len(Q)}")
ids = [q["id"] for q in Q]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")

from collections import Counter
cnt = Counter(q["type"] for q in Q)
print("types:", dict(cnt))
print("answerable:", sum(q["answerable"] for q in Q), " refusals:", sum(not q["answerable"] for q in Q))
want = {"lookup": 31, "compare": 8, "arithmetic": 7, "aggregate": 5, "list": 5, "define": 3, "section": 3,
        "yesno": 4, "followup": 4, "refusal": 30}
for k, v in want.items():
    if cnt.get(k, 0) != v:
        errors.append(f"type {k}: {cnt.get(k, 0)} != {v}")

for i, q in enumerate(Q):
    qid = q["id"]
    if q["type"] == "followup":
        if q.get("follows") != Q[i - 1]["id"]:
            errors.append(f"{qid}: follows {q.get('follows')} but previous is {Q[i-1]['id']}")
    if not q["answerable"]:
        if q["expect"] or q["type"] != "refusal":
            errors.append(f"{qid}: refusal must have empty expect")
        continue
    doc = q["cite"]["doc"]
    if doc not in DOCS:
        errors.append(f"{qid}: unknown doc {doc}")
        continue
    c = norm(q["cite"]["contains"])
    if not any(c in u for u in UNITS[doc]):
        errors.append(f"{qid}: cite phrase not in one unit: {q['cite']['contains']!r}")
    if qid in CALC:
        spec = CALC[qid]
        op = spec["op"]
        if op in ("argmax", "argmin", "count_in"):
            for lab, val in spec["operands"]:
                if not cooccur(doc, lab, val):
                    errors.append(f"{qid}: operand {lab!r}={val!r} not found together")
            if op == "count_in":
                res = str(sum(1 for lab, val in spec["operands"] if val in spec["set"]))
                got = res
                ok = q["expect"][0] == res
            else:
                vals = [(num(v), lab) for lab, v in spec["operands"]]
                best = (max if op == "argmax" else min)(vals)
                got = f"{best[1]} = {best[0]}"
                ok = norm(q["expect"][0]) in norm(best[1]) and abs(num(q["expect"][1]) - abs(best[0])) < 1e-9
        else:
            env = {}
            for k, (ctx, val) in spec["operands"].items():
                if not cooccur(doc, ctx, val):
                    errors.append(f"{qid}: operand {k}: {ctx!r} with {val!r} not found in one unit")
                env[k] = num(val)
            res = eval(op, {}, env)
            got = f"{res:.{spec['dp']}f}"
            ok = f"{num(q['expect'][0]):.{spec['dp']}f}" == got
        print(f"  computed {qid}: {op} -> {got}  expect {q['expect']}  {'OK' if ok else 'MISMATCH'}")
        if not ok:
            errors.append(f"{qid}: computed {got} != expect {q['expect']}")
        continue
    for e in q["expect"]:
        if q["type"] == "yesno" and e in ("Yes", "No"):
            continue
        if norm(e) not in FULL[doc]:
            errors.append(f"{qid}: expected {e!r} not in {doc}")

# ------------------------------------------------------------------ refusal review
KEYWORDS = {
    "march 2025": ["march 2025", "52+ week waiters"],
    "cardiothoracic": ["cardiothoracic", "cardiac surgery", "thoracic"],
    "31 day": ["31-day", "31 day"],
    "arnbury park": ["arnbury park"],
    "62-day performance in october": ["62-day", "october 2025"],
    "2023-24": ["2023-24", "elective inpatients"],
    "sarcoma": ["sarcoma"],
    "median wait for ent": ["ent)", "median"],
    "from pellbridge": ["pellbridge"],
    "2021/22": ["2021-22", "2021/22", "31 march 2022"],
    "weekly cost": ["weekly cost", "per week", "unit cost"],
    "q1 2024-25": ["q1", "2024-25"],
    "staying put": ["staying put"],
    "oakdene": ["oakdene"],
    "adopters": ["adopt"],
    "2020-21": ["2020-21", "2020"],
    "kestlow in october": ["october", "oct"],
    "holmbrook": ["holmbrook"],
    "footways": ["footway"],
    "led street lighting": ["led", "street light"],
    "claims": ["claim"],
    "relief road": ["relief road", "bypass", "mardle heath"],
    "gullies": ["gull"],
    "q2 2024-25": ["2024-25 q2", "q2"],
    "brindlecombe": ["brindlecombe"],
    "2022-23": ["2022-23"],
    "2021 survey": ["2021", "quality of life"],
    "young carers assessments": ["young carers"],
    "bcf goes on respite": ["bcf", "better care fund"],
    "gp practice carers registers": ["register"],
}
print("\n=== refusal keyword hits (manual review) ===")
for q in Q:
    if q["answerable"]:
        continue
    ql = q["question"].lower()
    keys = [k for k in KEYWORDS if all(w in ql for w in k.split())]
    if not keys:
        errors.append(f"{q['id']}: no keyword set for refusal review")
        continue
    print(f"\n{q['id']}: {q['question']}   [{q['note']}]")
    for w in KEYWORDS[keys[0]]:
        for f in DOCS:
            hits = [u for u in UNITS[f] if w in u]
            for h in hits[:4]:
                print(f"   {w!r} @ {f[:12]}: {h[:150]}")
            if len(hits) > 4:
                print(f"   {w!r} @ {f[:12]}: ... {len(hits) - 4} more")

print()
if errors:
    print("FAIL")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("PASS: 100 questions, all cite phrases, expected figures and computed answers verified")
