"""Check questions.jsonl against the extracted text of the four papers."""
import json
import re
import pdfplumber
import docx
from bs4 import BeautifulSoup

D = "/work/trials_new/trial18/"


def pdf_units(path):
    with pdfplumber.open(path) as p:
        text = "\n".join(pg.extract_text() for pg in p.pages)
    return text, text.split("\n")


def docx_units(path):
    d = docx.Document(path)
    units = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            seen = []
            for c in row.cells:
                if c.text not in seen:
                    seen.append(c.text)
            units.append(" | ".join(seen))
            units.extend(seen)
    return "\n".join(units), units


def html_units(path):
    s = BeautifulSoup(open(path, encoding="utf-8").read(), "html.parser")
    text = s.get_text()
    units = [el.get_text(" ") for el in s.find_all(["p", "li", "tr", "dt", "dd", "h1", "h2", "caption"])]
    return text + "\n" + "\n".join(units), units


def md_units(path):
    text = open(path, encoding="utf-8").read()
    return text, text.split("\n")


docs = {
    "t18_childrens_scorecard.pdf": pdf_units(D + "t18_childrens_scorecard.pdf"),
    "t18_adult_care_fee_rates.docx": docx_units(D + "t18_adult_care_fee_rates.docx"),
    "t18_immunisation_screening.html": html_units(D + "t18_immunisation_screening.html"),
    "t18_housing_homelessness_q3.md": md_units(D + "t18_housing_homelessness_q3.md"),
}
NUM = re.compile(r"^[£(]?-?[\d,]*\.?\d+[%m)]?$")


NUMS = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")


def num_in(fr, text):
    f = fr.strip("£%m()").replace(",", "")
    dp = len(f.split(".")[1]) if "." in f else 0
    target = round(float(f), dp)
    for m in NUMS.finditer(text):
        try:
            v = float(m.group().replace(",", ""))
        except ValueError:
            continue
        if abs(round(v, dp) - target) < 1e-9:
            return True
    return False


qs = [json.loads(l) for l in open(D + "questions.jsonl", encoding="utf-8")]
assert len(qs) == 100 and [q["id"] for q in qs] == [f"T18_{i:03d}" for i in range(1, 101)]
problems = 0
for q in qs:
    if not q["answerable"]:
        assert q["expect"] == [] and q["cite"] is None and q["type"] == "refusal"
        continue
    doc = q["cite"]["doc"]
    text, units = docs[doc]
    c = q["cite"]["contains"]
    ok_c = c.lower() in text.lower()
    in_unit = [u for u in units if c.lower() in u.lower()]
    msgs = []
    if not ok_c:
        msgs.append(f"CONTAINS NOT FOUND: {c!r}")
    for fr in q["expect"]:
        if NUM.match(fr):
            found = num_in(fr, text)
            same = any(num_in(fr, u) for u in in_unit)
            if q["type"] == "arithmetic":
                msgs.append(f"computed {fr} (in doc: {found})")
            elif not found:
                msgs.append(f"FIGURE NOT IN DOC: {fr}")
            elif not same:
                msgs.append(f"figure {fr} not in same unit as contains")
        elif q["type"] != "yesno":
            if fr.lower() not in text.lower():
                msgs.append(f"TEXT FRAGMENT NOT IN DOC: {fr}")
    bad = [m for m in msgs if m.isupper() or m.startswith(("CONTAINS", "FIGURE", "TEXT"))]
    problems += len(bad)
    if msgs:
        print(q["id"], q["type"], "|", "; ".join(msgs))
    if q["type"] == "followup":
        assert q["follows"] == f"T18_{int(q['id'][4:]) - 1:03d}"

# refusal sanity: make sure some key near-miss terms really are absent
alltext = "\n".join(t for t, _ in docs.values()).lower()
for term in ["kelmsby", "march 2025", "2023-24", "sexual abuse", "adoption order", "lung", "occupational therap",
             "out of borough", "outside the borough", "fnc", "sickness", "looked after", "gypsy"]:
    hits = [m.start() for m in re.finditer(re.escape(term), alltext)]
    print(f"term {term!r}: {len(hits)} hits", [alltext[max(0, h - 60):h + 60].replace("\n", " ") for h in hits[:4]])
print("PROBLEMS:", problems)
