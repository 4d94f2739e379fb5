# Checks questions against the extracted text of the four papers.
import json, re, sys, os, importlib.util
import pdfplumber, docx
from bs4 import BeautifulSoup
D = sys.argv[1] if len(sys.argv) > 1 else "."
def units_pdf(p):
    L = []
    with pdfplumber.open(p) as pdf:
        for pg in pdf.pages: L += (pg.extract_text() or "").split("\n")
    return L
def units_docx(p):
    d = docx.Document(p); L = [x.text for x in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            for c in r.cells: L.append(c.text)
    for s in d.sections: L += [x.text for x in s.footer.paragraphs]
    return L
def units_html(p):
    s = BeautifulSoup(open(p, encoding="utf-8").read(), "html.parser")
    return [e.get_text(" ", strip=True) for e in s.find_all(["p","li","td","th","caption","dd","dt","h1","h2"])]
def units_md(p): return open(p, encoding="utf-8").read().split("\n")
U = {}
for f in os.listdir(D):
    p = os.path.join(D, f)
    if f.endswith(".pdf"): U[f] = units_pdf(p)
    elif f.endswith(".docx"): U[f] = units_docx(p)
    elif f.endswith(".html"): U[f] = units_html(p)
    elif f.endswith(".md") and f.startswith("t23_"): U[f] = units_md(p)
FULL = {f: "\n".join(u) for f, u in U.items()}
NUM = re.compile(r"^[£$]?\(?-?[\d,]+(\.\d+)?\)?(%|m|k)?$")
def numtoks(text):
    return set(m.group(0).replace(",", "") for m in re.finditer(r"\d[\d,]*(?:\.\d+)?", text))
spec = importlib.util.spec_from_file_location("mq", os.path.join(D, "src", "make_questions.py")); mq = importlib.util.module_from_spec(spec)
sys.argv = ["x", "/dev/null"]; spec.loader.exec_module(mq)
qs = mq.Q
bad = 0; ids = set()
for q in qs:
    ids.add(q["id"])
    if not q["answerable"]:
        assert q["expect"] == [] and q["cite"] is None; continue
    doc = q["cite"]["doc"]; c = q["cite"]["contains"]
    units = U[doc]
    if not any(c.lower() in u.lower() for u in units):
        print("CITE MISSING", q["id"], doc, repr(c)); bad += 1
    nw = len(c.split())
    toks = numtoks(FULL[doc])
    for e in q["expect"]:
        if e.lower() in ("yes", "no"): continue
        if NUM.match(e):
            n = re.sub(r"[£$(),%mk]", "", e)
            if q.get("ops"):
                for o in q["ops"]:
                    if o.replace(",", "") not in toks: print("OPERAND MISSING", q["id"], o); bad += 1
            elif n not in toks:
                print("NUM MISSING", q["id"], e); bad += 1
        else:
            if e.lower() not in FULL[doc].lower(): print("TEXT MISSING", q["id"], repr(e)); bad += 1
    if q.get("follows"): assert q["follows"] in ids, q["id"]
print("checked", len(qs), "problems", bad)
