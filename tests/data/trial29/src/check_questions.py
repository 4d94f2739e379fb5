"""Checks questions.jsonl against the four trial-29 papers.
- every cite.contains occurs inside one text unit (line / cell / paragraph) of the cited document
- every non-computed expected figure/phrase occurs in the cited document
- computed answers (arithmetic) are recomputed from operands that must occur in the document
- aggregates are recomputed from the generator facts files
- refusals: prints keyword hits across all papers for manual review
"""
import json, os, re, sys
from collections import Counter
import pdfplumber, docx
from bs4 import BeautifulSoup

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SRC = os.path.dirname(os.path.abspath(__file__))

def norm(s):
    s = s.replace("\u00a0", " ").replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", s).strip()

def units_pdf(p):
    u = []
    with pdfplumber.open(p) as pdf:
        for page in pdf.pages:
            t = page.extract_text() or ""
            lines = t.split("\n")
            u += lines
            # paragraphs: numbered paragraphs / bullets wrap across lines; join runs of lines
            para = []
            for ln in lines:
                if re.match(r"^(\d+\.\d+ |• |- |Table \d|\d+\. )", ln) and para:
                    u.append(" ".join(para)); para = []
                para.append(ln)
            if para:
                u.append(" ".join(para))
    return [norm(x) for x in u if x.strip()]

def units_docx(p):
    d = docx.Document(p); u = [x.text for x in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            seen = []; 
            for c in row.cells:
                if c._tc not in [s._tc for s in seen]:
                    seen.append(c)
            u += [c.text for c in seen]
            u.append(" ".join(c.text for c in seen))
    return [norm(x) for x in u if x.strip()]

def units_html(p):
    s = BeautifulSoup(open(p, encoding="utf-8").read(), "html.parser")
    u = []
    for tag in s.find_all(["p", "li", "td", "th", "tr", "caption", "h1", "h2", "h3", "dt", "dd", "title"]):
        u.append(tag.get_text(" ", strip=True))
    return [norm(x) for x in u if x.strip()]

def units_md(p):
    return [norm(x) for x in open(p, encoding="utf-8").read().split("\n") if x.strip()]

LOAD = {".pdf": units_pdf, ".docx": units_docx, ".html": units_html, ".md": units_md}
DOCS = {}
for f in sorted(os.listdir(ROOT)):
    if f.startswith("t29_"):
        DOCS[f] = LOAD[os.path.splitext(f)[1]](os.path.join(ROOT, f))
FULL = {k: " \n ".join(v) for k, v in DOCS.items()}

def num(s):
    return float(s.replace(",", "").replace("£", "").replace("%", ""))

# arithmetic: question prefix -> (operands as printed in doc, function, expected)
COMPUTED = {
    "how much more a week is a standard res care bed": (["856.00", "812.00"], lambda a, b: f"{a - b:.0f}", "44"),
    "combined overspend on residential and nursing": (["2,815", "1,472"], lambda a, b: f"{a + b:,.0f}", "4,287"),
    "by what % has the total number": (["10,061", "9,724"], lambda a, b: f"{(a - b) / b * 100:.1f}", "3.5"),
    "how much have we spent on the two D2A": (["3,388", "2,731"], lambda a, b: f"{a + b:,.0f}", "6,119"),
    "whats the difference in female HLE": (["68.1", "61.4"], lambda a, b: f"{a - b:.1f}", "6.7"),
    "avg number of GP appointments per month": (["947,545"], lambda a: f"{int(a / 3):,}", "315,848"),
    "how many UDAs has kestlow still got": (["412,000", "181,280"], lambda a, b: f"{a - b:,.0f}", "230,720"),
}

# aggregates recomputed from generator facts
fp = json.load(open(os.path.join(SRC, "facts_pdf.json"))); fd = json.load(open(os.path.join(SRC, "facts_docx.json")))
fh = json.load(open(os.path.join(SRC, "facts_html.json"))); fm = json.load(open(os.path.join(SRC, "facts_md.json")))
DIST = ["Kestlow", "Hallbeck", "Dunmere", "Ashcombe Vale", "Thornsey"]
sch = {k: v for k, v in fd["schemes"].items() if not k.startswith("Subtotal") and k != "TOTAL"}
pf7 = {k: v for k, v in fm["t5"].items() if "(" in k}
AGG = {
    "how many of the savings proposals are green": [str(sum(1 for v in fp["savings"].values() if v[4] == "Green"))],
    "which BCF scheme is most underspent": [min(sch, key=lambda k: sch[k][5]), f"{-min(v[5] for v in sch.values()):,}"],
    "which district has the lowest female healthy": [min(DIST, key=lambda d: fh["table1"][d][4]), f"{min(fh['table1'][d][4] for d in DIST):.1f}"],
    "which district has the most appointments per 1000": [max(DIST, key=lambda d: fm["t2"][d][3]), f"{max(fm['t2'][d][3] for d in DIST):.1f}"],
    "which pharmacy first condition had the fewest": [min(pf7, key=lambda k: pf7[k][3]).split(" (")[0], f"{min(v[3] for v in pf7.values()):,}"],
}

STOP = set("what whats what's much many were there does have with this that from year last about into which have been will your over under they their them than then also each per more less most the and for how did was are is in of to a an on at by it its q1 q2 q3 q4 like".split())

qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
errors = []
ids = [q["id"] for q in qs]
assert len(qs) == 100, len(qs)
assert len(set(ids)) == 100
tc = Counter(q["type"] for q in qs)
print("types:", dict(tc), "answerable:", sum(q["answerable"] for q in qs))
for i, q in enumerate(qs):
    if q.get("follows"):
        if i == 0 or qs[i - 1]["id"] != q["follows"]:
            errors.append(f"{q['id']}: follows {q['follows']} is not the previous question")
    if not q["answerable"]:
        if q["type"] != "refusal" or q["expect"]:
            errors.append(f"{q['id']}: refusal malformed")
        continue
    doc = q["cite"]["doc"]; contains = norm(q["cite"]["contains"])
    if doc not in DOCS:
        errors.append(f"{q['id']}: unknown doc {doc}"); continue
    if not any(contains in u for u in DOCS[doc]):
        errors.append(f"{q['id']}: contains '{contains}' not in one unit of {doc}")
    key = next((k for k in COMPUTED if q["question"].startswith(k)), None)
    if q["type"] == "arithmetic":
        if key is None:
            errors.append(f"{q['id']}: arithmetic question without recomputation"); continue
        ops, fn, exp = COMPUTED[key]
        for o in ops:
            if o not in FULL[doc]:
                errors.append(f"{q['id']}: operand {o} not in {doc}")
        got = fn(*[num(o) for o in ops])
        if got != exp or exp not in q["expect"]:
            errors.append(f"{q['id']}: recomputed {got}, expected {exp}, expect field {q['expect']}")
        continue
    for e in q["expect"]:
        if e in ("Yes", "No"):
            continue
        if norm(e) not in FULL[doc]:
            errors.append(f"{q['id']}: expect '{e}' not found in {doc}")
    akey = next((k for k in AGG if q["question"].startswith(k)), None)
    if q["type"] == "aggregate":
        if akey is None:
            errors.append(f"{q['id']}: aggregate without recomputation")
        elif [x for x in AGG[akey]] != q["expect"]:
            errors.append(f"{q['id']}: aggregate recomputed {AGG[akey]} vs expect {q['expect']}")

print("\n=== refusal review: keyword hits across all papers ===")
for q in qs:
    if q["answerable"]:
        continue
    words = [w for w in re.findall(r"[a-z0-9][a-z0-9\-]+", q["question"].lower()) if w not in STOP and len(w) > 2]
    hits = []
    for d, us in DOCS.items():
        for u in us:
            lu = u.lower(); n = sum(1 for w in set(words) if w in lu)
            if n:
                hits.append((n, d, u[:150]))
    hits.sort(key=lambda x: -x[0])
    print(f"\n{q['id']}: {q['question']}\n  keywords={words}\n  reason: {q['note']}")
    for n, d, u in hits[:3]:
        print(f"   [{n}] {d}: {u}")

print("\n=== RESULT ===")
if errors:
    print(f"{len(errors)} ERRORS"); [print(" -", e) for e in errors]; sys.exit(1)
print("PASS: 100 questions, all cites/expects/computations verified")
