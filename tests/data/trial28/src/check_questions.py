"""Check questions.jsonl against the four generated papers.

- each 'contains' phrase must occur inside one text unit of the cited document
  (PDF: one extracted line; DOCX: one paragraph or table cell; HTML: one element's text; MD: one line)
- each expected figure must occur in the document text (computed answers: operands must occur and the
  computation is re-done here)
- non-numeric expected fragments (other than yes/no) must occur in the document text
- refusal questions: print keyword hits across all papers for manual review
"""
import json
import re
import sys

import pdfplumber
from bs4 import BeautifulSoup
from docx import Document

BASE = "/work/trials_new/trial28/"
PDF = "t28_pension_treasury_investments.pdf"
DOCX = "t28_winter_plan_discharge.docx"
HTML = "t28_community_safety_report.html"
MD = "t28_carers_strategy_update.md"


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip().lower()


def units_pdf():
    out = []
    with pdfplumber.open(BASE + PDF) as p:
        for pg in p.pages:
            out += (pg.extract_text() or "").split("\n")
    return out


def units_docx():
    d = Document(BASE + DOCX)
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                out.append(c.text)
    return out


def units_html():
    s = BeautifulSoup(open(BASE + HTML, encoding="utf-8").read(), "html.parser")
    out = [e.get_text(" ") for e in s.find_all(["p", "li", "td", "th", "caption", "h1", "h2", "h3", "title"])]
    out.append(s.get_text(" "))
    return out


def units_md():
    return open(BASE + MD, encoding="utf-8").read().split("\n")


UNITS = {PDF: units_pdf(), DOCX: units_docx(), HTML: units_html(), MD: units_md()}
FULL = {k: norm(" \n ".join(v)) for k, v in UNITS.items()}

NUM = re.compile(r"^[£(]?-?[\d,]+(\.\d+)?[%)]?m?k?$")


def num_in_text(frag, text):
    f = frag.strip("£%()mk").replace(",", "")
    dp = len(f.split(".")[1]) if "." in f else 0
    target = float(f)
    for m in re.finditer(r"\d[\d,]*(?:\.\d+)?", text):
        v = float(m.group().replace(",", ""))
        if round(v, dp) == round(target, dp):
            return True
    return False


COMPUTE = {
    "T28_028": lambda: round(12.0 + 14.5 + 9.0, 1),
    "T28_040": lambda: round(298 / 5907 * 100, 1),
    "T28_047": lambda: round((1278 - 1194) / 1194 * 100, 1),
    "T28_064": lambda: 3286 + 4377,
    "T28_079": lambda: 2365 - 1196,
    "T28_093": lambda: round((397 - 352) / 352 * 100, 1),
}

qs = json.load(open("/tmp/t28_questions_full.json"))
bad = 0
for q in qs:
    if not q["answerable"]:
        continue
    doc = q["cite"]["doc"]
    c = norm(q["cite"]["contains"])
    nwords = len(q["cite"]["contains"].split())
    if not any(c in norm(u) for u in UNITS[doc]):
        print("CONTAINS NOT IN A SINGLE UNIT:", q["id"], q["cite"]["contains"]); bad += 1
    if nwords > 8:
        print("CONTAINS TOO LONG:", q["id"], nwords)
    for e in q["expect"]:
        if e.lower() in ("yes", "no"):
            continue
        if q["type"] == "arithmetic":
            for op in q.get("_ops", []):
                if not num_in_text(op, FULL[doc]):
                    print("OPERAND MISSING:", q["id"], op); bad += 1
            val = COMPUTE[q["id"]]()
            if not num_in_text(e, f"{val}"):
                print("COMPUTE MISMATCH:", q["id"], e, val); bad += 1
            continue
        if NUM.match(e):
            if not num_in_text(e, FULL[doc]):
                print("NUMBER MISSING:", q["id"], e); bad += 1
        elif e.lower() not in FULL[doc]:
            print("TEXT MISSING:", q["id"], e); bad += 1
    if q["type"] == "followup":
        assert any(x["id"] == q["follows"] for x in qs)

# refusal review: keywords that must NOT have a figure in the papers
REFUSAL_TERMS = {
    "T28_004": ["2022-23", "2022/23"], "T28_008": ["december 2024", "31 dec"], "T28_014": ["q3 2025", "oct–dec 2025", "2025-26 q3"],
    "T28_017": ["10 year", "ten year", "10-year"], "T28_020": ["april 2025"], "T28_023": ["22 dec"],
    "T28_026": ["knife"], "T28_030": ["4-hour", "four-hour", "4 hour", "a&e", "emergency department"],
    "T28_033": ["fee"], "T28_036": ["2024-25"], "T28_039": ["handover"], "T28_042": ["hate crime"],
    "T28_045": ["funding level", "funded", "valuation"], "T28_048": ["2017"], "T28_051": ["sickness"],
    "T28_054": ["kestlow"], "T28_057": ["carbon"], "T28_059": ["mental health"], "T28_062": ["ashgrove fold"],
    "T28_065": ["tullerby"], "T28_068": ["borrowing"], "T28_071": ["sep 2025", "september"],
    "T28_075": ["allowance"], "T28_078": ["fly-tipping", "fly tipping"], "T28_081": ["q3"],
    "T28_084": ["emergency card"], "T28_087": ["dunmarch"], "T28_090": ["collision", "road traffic"],
    "T28_092": ["2023"],
}
if "-v" in sys.argv:
    for q in qs:
        if q["answerable"]:
            continue
        print(f"\n## {q['id']} {q['question']}  [{q['_doc']}]")
        for t in REFUSAL_TERMS.get(q["id"], []):
            for doc, units in UNITS.items():
                for u in units:
                    if t in u.lower() and len(u) < 2000:
                        print(f"   {doc[:8]} '{t}': {u.strip()[:200]}")
print("problems:", bad)
