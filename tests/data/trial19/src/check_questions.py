"""Check questions.jsonl against the extracted text of the four papers."""
import json, os, re, sys
import pdfplumber
from docx import Document
from bs4 import BeautifulSoup

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)

def pdf_units(path):
    with pdfplumber.open(path) as p:
        text = "\n".join(pg.extract_text() or "" for pg in p.pages)
    return text, text.split("\n")

def docx_units(path):
    d = Document(path); units = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                units.append(c.text)
    for s in d.sections:
        units += [p.text for p in s.header.paragraphs]
    return "\n".join(units), units

def html_units(path):
    soup = BeautifulSoup(open(path, encoding="utf-8").read(), "html.parser")
    text = soup.get_text()
    units = [el.get_text() for el in soup.find_all(["p", "li", "td", "th", "caption", "h1", "h2", "h3", "dt", "dd", "title"])]
    return text, units

def md_units(path):
    text = open(path, encoding="utf-8").read()
    units = text.split("\n")
    # table cells as units too
    for line in units[:]:
        if line.startswith("|"):
            units += [c.strip() for c in line.strip("|").split("|")]
    return text, units

DOCS = {}
for f in os.listdir(ROOT):
    p = os.path.join(ROOT, f)
    if f.endswith(".pdf"): DOCS[f] = pdf_units(p)
    elif f.endswith(".docx"): DOCS[f] = docx_units(p)
    elif f.endswith(".html"): DOCS[f] = html_units(p)
    elif f.endswith(".md") and f.startswith("t19_"): DOCS[f] = md_units(p)

NUM = re.compile(r"^[£]?[\d,]+(\.\d+)?%?[mk]?$")
def norm(s): return re.sub(r"\s+", " ", s).lower()

qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"))]
ops = {d["id"]: d.get("_operands") for d in json.load(open(os.path.join(HERE, "questions_with_operands.json")))}
bad = 0
ids = [q["id"] for q in qs]
assert ids == [f"T19_{i:03d}" for i in range(1, 101)], "ids"
for q in qs:
    if not q["answerable"]:
        assert q["expect"] == [] and q["cite"] is None and q["type"] == "refusal", q["id"]
        continue
    doc = q["cite"]["doc"]; text, units = DOCS[doc]
    c = q["cite"]["contains"].lower()
    in_unit = any(c in norm(u) for u in units)
    if not in_unit:
        print("CONTAINS NOT IN ONE UNIT:", q["id"], repr(c), "(in full text: %s)" % (c in norm(text))); bad += 1
    nw = len(c.split())
    if nw > 8: print("contains long:", q["id"], nw)
    for e in q["expect"]:
        if NUM.match(e):
            if ops.get(q["id"]):
                continue
            if not re.search(r"(?<![\d.,])" + re.escape(e) + r"(?![\d]|,\d|\.\d)", text):
                print("EXPECT NUMBER NOT IN DOC:", q["id"], e); bad += 1
        else:
            if q["type"] in ("yesno",):
                continue
            if e.lower() not in norm(text):
                print("EXPECT WORD NOT IN DOC:", q["id"], e); bad += 1
    if ops.get(q["id"]):
        for o in ops[q["id"]]:
            if o not in text:
                print("OPERAND MISSING:", q["id"], o); bad += 1
    if q.get("follows"):
        assert q["follows"] in ids[:ids.index(q["id"])]
# arithmetic recomputation
def n(s): return float(s.replace(",", ""))
calc = {
 "by how much did a&e attendances change": lambda: n("15,655") - n("15,284"),
 "combined waiting list cardiology": lambda: n("3,876") + n("2,245"),
 "total falls prevention budget": lambda: n("1,530") + n("1,580"),
 "how many more calls in sept": lambda: n("3,894") - n("3,412"),
 "how much of the ED expansion forecast": lambda: n("25,380") - n("11,940"),
 "% increase in high risk backlog": lambda: round(100 * (n("19,850") - n("17,640")) / n("17,640"), 1),
}
for q in qs:
    for k, f in calc.items():
        if q["question"].startswith(k):
            v = f(); e = n(q["expect"][0])
            print("calc", q["id"], v, "expect", e, "OK" if abs(v - e) < 1e-9 else "MISMATCH")
            if abs(v - e) > 1e-9: bad += 1
import collections
print(collections.Counter(q["type"] for q in qs))
print("answerable", sum(q["answerable"] for q in qs), "refusals", sum(not q["answerable"] for q in qs))
print("PROBLEMS:", bad)
