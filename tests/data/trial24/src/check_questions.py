# Verifies every cite.contains phrase occurs in its document's extracted text and every expected fragment
# (or, for computed answers, its operands) occurs in the document.
import json, re, sys
import pdfplumber
from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph
from bs4 import BeautifulSoup
D = "/work/trials_new/trial24/"
def norm(s): return re.sub(r"\s+", " ", s).strip().lower()
def pdf_text(p):
    with pdfplumber.open(p) as f: return "\n".join(pg.extract_text() or "" for pg in f.pages)
def docx_text(p):
    d = Document(p); out = []
    for el in d.element.body.iterchildren():
        if el.tag.endswith("}p"): out.append(Paragraph(el, d).text)
        elif el.tag.endswith("}tbl"):
            for row in Table(el, d).rows:
                out.append(" | ".join(c.text for c in row.cells))
    return "\n".join(out)
def html_text(p, sep=""):
    return BeautifulSoup(open(p, encoding="utf-8").read(), "html.parser").get_text(sep)
texts = {}
for fn in ["t24_capital_programme_q2_2025-26.pdf", "t24_maternity_early_years_2024-25.docx",
           "t24_cancer_waiting_times_sep2025.html", "t24_air_quality_env_health_2024-25.md"]:
    p = D + fn
    if fn.endswith(".pdf"): t = pdf_text(p); tn = t
    elif fn.endswith(".docx"): t = docx_text(p); tn = t
    elif fn.endswith(".html"): t = html_text(p); tn = html_text(p, " ")
    else: t = open(p, encoding="utf-8").read(); tn = t
    texts[fn] = (norm(t), norm(tn))
ops = json.load(open("/tmp/t24_operands.json"))
NUM = re.compile(r"^[£(]?[\d,]+(\.\d+)?[%m)]?$")
def has_num(text, frag):
    core = frag.strip("£%m()")
    return re.search(r"(?<![\d.,])" + re.escape(core.lower()) + r"(?![\d]|[.,]\d)", text) is not None
bad = 0; ids = set()
for line in open(D + "questions.jsonl", encoding="utf-8"):
    q = json.loads(line); ids.add(q["id"])
    if q.get("follows"): assert q["follows"] in ids, q
    if not q["answerable"]:
        assert q["expect"] == [] and q["cite"] is None; continue
    doc = q["cite"]["doc"]; t, tn = texts[doc]
    c = norm(q["cite"]["contains"])
    if c not in t:
        print("CONTAINS MISSING", q["id"], q["cite"]["contains"]); bad += 1
    nw = len(q["cite"]["contains"].split())
    if not (2 <= nw <= 8): print("contains length", q["id"], nw)
    if q["id"] in ops:
        for o in ops[q["id"]]:
            if not has_num(tn, o): print("OPERAND MISSING", q["id"], o); bad += 1
        continue
    for e in q["expect"]:
        if e.lower() in ("yes", "no"): continue
        if NUM.match(e):
            if not has_num(tn, e): print("NUMBER MISSING", q["id"], e); bad += 1
        elif norm(e) not in tn:
            print("FRAGMENT MISSING", q["id"], e); bad += 1
print("problems:", bad)
