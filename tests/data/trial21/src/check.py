# Checks questions.jsonl against the four documents
import json, re, sys, os
import pdfplumber, docx
from docx.table import Table
from docx.text.paragraph import Paragraph
from bs4 import BeautifulSoup
os.chdir(os.path.dirname(os.path.abspath(__file__)) + "/..")
units = {}
with pdfplumber.open("t21_budget_monitoring_m8.pdf") as p:
    units["t21_budget_monitoring_m8.pdf"] = [l for pg in p.pages for l in (pg.extract_text() or "").split("\n")]
d = docx.Document("t21_public_health_outcomes_2025.docx")
u = []
for el in d.element.body.iterchildren():
    if el.tag.endswith('}p'): u.append(Paragraph(el, d).text)
    elif el.tag.endswith('}tbl'):
        for row in Table(el, d).rows:
            for c in row.cells: u.append(c.text)
units["t21_public_health_outcomes_2025.docx"] = u
soup = BeautifulSoup(open("t21_workforce_report_m7.html", encoding="utf-8").read(), "html.parser")
units["t21_workforce_report_m7.html"] = [e.get_text(" ", strip=True) for e in soup.find_all(["p", "li", "th", "td", "caption", "h1", "h2"])]
units["t21_domestic_abuse_csp_update_q2.md"] = open("t21_domestic_abuse_csp_update_q2.md", encoding="utf-8").read().split("\n")
full = {k: "\n".join(v) for k, v in units.items()}

sys.path.insert(0, "src")
import make_questions as MQ
bad = 0
NUM = re.compile(r"^[£]?[\d,]+(\.\d+)?[%m]?$")
for o in MQ.Q:
    if not o["answerable"]:
        assert o["expect"] == [] and o["cite"] is None; continue
    doc, c = o["cite"]["doc"], o["cite"]["contains"]
    if not any(c.lower() in x.lower() for x in units[doc]):
        print("CONTAINS MISSING", o["id"], doc, repr(c)); bad += 1
    for e in o["expect"]:
        if o["type"] == "yesno": continue
        if o.get("_operands"):
            for op in o["_operands"]:
                if op not in full[doc]: print("OPERAND MISSING", o["id"], op); bad += 1
            continue
        if NUM.match(e):
            if not re.search(r"(?<![\d.,])" + re.escape(e) + r"(?![\d]|\.\d|,\d)", full[doc]):
                print("NUMBER MISSING", o["id"], e); bad += 1
        elif e.lower() not in full[doc].lower():
            print("WORD MISSING", o["id"], e); bad += 1
print("problems:", bad)
