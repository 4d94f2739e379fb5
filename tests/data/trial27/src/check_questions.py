"""Check questions.jsonl against extracted document text."""
import json, re, pdfplumber, docx
from bs4 import BeautifulSoup
D = "/work/trials_new/trial27/"
def norm(t):
    return re.sub(r"\s+", " ", t.replace("\u2019", "'")).lower()
txt = {}
with pdfplumber.open(D + "t27_budget_monitoring_q3.pdf") as p:
    txt["t27_budget_monitoring_q3.pdf"] = "\n".join(pg.extract_text() for pg in p.pages)
d = docx.Document(D + "t27_public_health_outcomes.docx")
parts = [p.text for p in d.paragraphs]
for t in d.tables:
    for row in t.rows:
        parts.append(" | ".join(c.text for c in row.cells))
        parts += [c.text for c in row.cells]
txt["t27_public_health_outcomes.docx"] = "\n".join(parts)
txt["t27_mental_health_performance.html"] = BeautifulSoup(open(D + "t27_mental_health_performance.html").read(), "html.parser").get_text(" ")
txt["t27_send_update.md"] = open(D + "t27_send_update.md").read()
N = {k: norm(v) for k, v in txt.items()}
ALL = " ".join(N.values())
COMPUTED = {"T27_020", "T27_057", "T27_063", "T27_066", "T27_075", "T27_082", "T27_100", "T27_011"}
qs = [json.loads(l) for l in open(D + "questions.jsonl")]
ids = {q["id"] for q in qs}
bad = 0
for q in qs:
    if "follows" in q:
        assert q["follows"] in ids and q["follows"] < q["id"], q["id"]
    if not q["answerable"]:
        assert q["expect"] == [] and q["cite"] is None, q["id"]
        continue
    doc = q["cite"]["doc"]; c = norm(q["cite"]["contains"])
    if c not in N[doc]:
        print("CONTAINS MISSING", q["id"], q["cite"]); bad += 1
    for e in q["expect"]:
        en = norm(e)
        if en not in N[doc]:
            if q["id"] in COMPUTED or q["type"] == "yesno" or en in ("yes", "no"):
                continue
            # number without commas
            print("EXPECT NOT IN DOC", q["id"], e); bad += 1
print("checked", len(qs), "problems", bad)
