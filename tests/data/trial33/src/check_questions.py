"""Check questions.jsonl against the four trial 33 papers.

- every "contains" phrase must occur within one text unit (line / paragraph / cell / row) of its document;
- every non-computed "expect" item must occur in the document text;
- computed answers (arithmetic, aggregates) are recomputed from operands found in the document;
- for refusals, keyword hits across all papers are printed for a manual review.
Exit code 1 on any failure.
"""
import json
import os
import re
import sys

import docx
import pdfplumber
from bs4 import BeautifulSoup

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DOCS = ["t33_bht_finance_report_m8.pdf", "t33_bsab_annual_report_2024-25.docx",
        "t33_immunisation_screening_dashboard_q2.html", "t33_libraries_leisure_culture_review.md"]


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


PDF_LINES = []


def units_pdf(path):
    units = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            lines = [norm(x) for x in (page.extract_text() or "").split("\n") if x.strip()]
            units += lines
            PDF_LINES.extend(lines)
            # wrapped paragraphs / cells: a unit may run over two consecutive lines
            units += [lines[i] + " " + lines[i + 1] for i in range(len(lines) - 1)]
    return units


def units_docx(path):
    d = docx.Document(path)
    units = [norm(p.text) for p in d.paragraphs if p.text.strip()]
    for t in d.tables:
        for r in t.rows:
            cells = [norm(c.text) for c in r.cells]
            units += cells
            units.append(" | ".join(cells))
    return units


def units_html(path):
    soup = BeautifulSoup(open(path, encoding="utf-8").read(), "html.parser")
    units = []
    for el in soup.find_all(["title", "h1", "h2", "h3", "p", "li", "td", "th", "tr", "caption", "dt", "dd"]):
        t = norm(el.get_text(" "))
        if t:
            units.append(t)
    return units


def strip_md(s):
    return s.replace("**", "").replace("*", "")


def units_md(path):
    raw = open(path, encoding="utf-8").read()
    units = []
    for line in raw.split("\n"):
        if line.strip():
            units.append(norm(strip_md(line)))
            if line.strip().startswith("|"):
                units += [norm(strip_md(c)) for c in line.strip().strip("|").split("|") if c.strip()]
    for block in re.split(r"\n\s*\n", raw):
        if not block.strip().startswith("|"):
            units.append(norm(strip_md(block)))
    return units


EXTRACT = {".pdf": units_pdf, ".docx": units_docx, ".html": units_html, ".md": units_md}
UNITS = {d: EXTRACT[os.path.splitext(d)[1]](os.path.join(ROOT, d)) for d in DOCS}
FULL = {d: " \n ".join(u) for d, u in UNITS.items()}


def unit_with(doc, *phrases):
    """Return the first unit of doc that contains every phrase (case-insensitive)."""
    for u in UNITS[doc]:
        lu = u.lower()
        if all(p.lower() in lu for p in phrases):
            return u
    return None


def f(s):
    return float(s.replace(",", "").replace("(", "-").replace(")", "").replace("%", "").replace("+", ""))


# ------------------------------------------------------------------ structured readers for aggregates
def pdf_cip_rag_counts():
    counts = {}
    for u in PDF_LINES:
        m = re.match(r"^CIP\d\d .* (Green|Amber|Red)$", u)
        if m:
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    return counts


def docx_table_rows(idx):
    d = docx.Document(os.path.join(ROOT, DOCS[1]))
    return [[norm(c.text) for c in r.cells] for r in d.tables[idx].rows]


def html_table(tid):
    soup = BeautifulSoup(open(os.path.join(ROOT, DOCS[2]), encoding="utf-8").read(), "html.parser")
    t = soup.find("table", id=tid)
    rows = []
    for tr in t.find("tbody") and t.find_all("tbody") or []:
        for r in tr.find_all("tr"):
            rows.append([norm(c.get_text(" ")) for c in r.find_all(["th", "td"])])
    return rows


def md_table(caption):
    raw = open(os.path.join(ROOT, DOCS[3]), encoding="utf-8").read()
    i = raw.index(caption)
    rows = []
    started = False
    for line in raw[i:].split("\n")[1:]:
        if line.startswith("|"):
            started = True
            rows.append([norm(strip_md(c)) for c in line.strip().strip("|").split("|")])
        elif started:
            break
    return rows[2:]


def agg_019():
    return str(pdf_cip_rag_counts().get("Green", 0))


def agg_046():
    rows = docx_table_rows(0)[2:]
    rows = [r for r in rows if r[6] not in ("n/a", "") and "total" not in r[0].lower()]
    best = max(rows, key=lambda r: f(r[6]))
    return [best[0], best[6]]


def agg_069():
    rows = html_table("table2")
    best = min(rows, key=lambda r: f(r[3]))
    return [best[0], best[3]]


def agg_071():
    rows = html_table("table1")
    return str(sum(1 for r in rows if r and r[-1] == "Red"))


def agg_097():
    rows = md_table("Table 2: Library loans")
    static = [r for r in rows if r[0].endswith("Library") and r[1]]
    worst = min(static, key=lambda r: f(r[4]))
    return [worst[0].replace(" Library", ""), f"{abs(f(worst[4])):.1f}"]


# ------------------------------------------------------------------ computed answers from operands
# id: (doc index, [(row phrase, [operand strings that must co-occur with it])], function of floats, rounding)
COMPUTED = {
    "T33_016": (0, [("Medical and dental 812", ["812", "589"])], lambda a, b: a - b, 0),
    "T33_017": (0, [("Total CIP", ["15,266", "11,772"])], lambda p, a: 100 * a / p, 1),
    "T33_044": (1, [("Brackenshire total", ["5,938", "6,328"])], lambda a, b: 100 * (b - a) / a, 1),
    "T33_045": (1, [("Financial or material abuse", ["276", "318"])], lambda a, b: b - a, 0),
    "T33_068": (2, [("Wychbarrow", ["88.4", "85.9"])], lambda a, b: a - b, 1),
    "T33_094": (3, [("Orrindale Pools", ["538"]), ("Sallowby Lido", ["196"])], lambda a, b: a + b, 0),
    "T33_095": (3, [("| Total | 378 | 312", ["378", "312"])], lambda a, b: 100 * (a - b) / a, 1),
}
AGGREGATES = {"T33_019": agg_019, "T33_046": agg_046, "T33_069": agg_069, "T33_071": agg_071,
              "T33_097": agg_097}

# keywords to search for each refusal (manual review of the hits)
REFUSAL_KEYS = {
    "T33_005": ["March"], "T33_009": ["pharmacy", "outsourc"], "T33_012": ["Month 7", "M7"],
    "T33_015": ["MRI"], "T33_018": ["shifts"], "T33_022": ["2024/25", "outturn"], "T33_025": ["ERF"],
    "T33_027": ["Hillside"],
    "T33_030": ["Elsmere"], "T33_033": ["2022-23", "2022"], "T33_036": ["cuckoo"], "T33_040": ["ethnic"],
    "T33_043": ["DoLS", "Deprivation of Liberty"], "T33_047": ["Adult J"], "T33_051": ["Hospitals NHS Trust"],
    "T33_055": ["HPV", "year 8"], "T33_058": ["Q2 2024-25", "2024-25"], "T33_061": ["Fenmarch"],
    "T33_064": ["flu", "influenza"], "T33_067": ["whooping", "pertussis"], "T33_070": ["Q4", "NIPE", "NP1"],
    "T33_073": ["Rotavirus"], "T33_076": ["GP practice", "practices"],
    "T33_080": ["2021-22", "2021"], "T33_083": ["Westgate"], "T33_086": ["Subsidy per visit", "2023-24"],
    "T33_090": ["archive"], "T33_093": ["Summer Reading"], "T33_096": ["computer"],
    "T33_099": ["Open Access", "self-service"],
}


def rnd(x, dp):
    from decimal import Decimal, ROUND_HALF_UP
    return Decimal(str(x)).quantize(Decimal(1).scaleb(-dp), rounding=ROUND_HALF_UP)


def main():
    qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
    errors = []
    ids = [q["id"] for q in qs]
    assert len(qs) == 100 and len(set(ids)) == 100, "need 100 unique questions"
    n_ans = sum(q["answerable"] for q in qs)
    if n_ans != 70:
        errors.append(f"answerable count {n_ans} != 70")
    for i, q in enumerate(qs):
        qid = q["id"]
        if q.get("follows") and (i == 0 or qs[i - 1]["id"] != q["follows"]):
            errors.append(f"{qid}: follow-up not placed right after {q['follows']}")
        if not q["answerable"]:
            if q["expect"] or q["type"] != "refusal":
                errors.append(f"{qid}: refusal must have empty expect and type refusal")
            continue
        doc = q["cite"]["doc"]
        if doc not in UNITS:
            errors.append(f"{qid}: unknown doc {doc}")
            continue
        if not unit_with(doc, q["cite"]["contains"]):
            errors.append(f"{qid}: contains phrase not in one unit: {q['cite']['contains']!r}")
        if qid in COMPUTED:
            di, parts, fn, dp = COMPUTED[qid]
            vals = []
            for row, ops in parts:
                u = unit_with(DOCS[di], row, *ops)
                if not u:
                    errors.append(f"{qid}: operands {ops} not found with row {row!r}")
                    break
                vals += [f(o) for o in ops]
            else:
                res = rnd(fn(*vals), dp)
                exp = q["expect"][0].replace(",", "")
                ok = str(res) == exp
                print(f"  computed {qid}: {vals} -> {res} (expect {q['expect'][0]}) {'OK' if ok else 'MISMATCH'}")
                if not ok:
                    errors.append(f"{qid}: computed {res} != expect {q['expect'][0]}")
            continue
        if qid in AGGREGATES:
            res = AGGREGATES[qid]()
            res = res if isinstance(res, list) else [res]
            ok = all(any(r.lower() in e.lower() or e.lower() in r.lower() for r in res) for e in q["expect"])
            print(f"  aggregate {qid}: recomputed {res} (expect {q['expect']}) {'OK' if ok else 'MISMATCH'}")
            if not ok:
                errors.append(f"{qid}: aggregate {res} != {q['expect']}")
            continue
        for e in q["expect"]:
            if q["type"] == "yesno" and e in ("Yes", "No"):
                continue
            if e.lower() not in FULL[doc].lower():
                errors.append(f"{qid}: expected {e!r} not found in {doc}")

    print("\nREFUSAL keyword hits (review by hand):")
    for q in qs:
        if q["answerable"]:
            continue
        keys = REFUSAL_KEYS.get(q["id"], [])
        print(f"\n{q['id']}: {q['question']}\n   why unanswerable: {q['note']}")
        for d in DOCS:
            hits = [u for u in UNITS[d] if any(k.lower() in u.lower() for k in keys) and len(u) < 400]
            hits = list(dict.fromkeys(hits))
            if hits:
                print(f"   {d}: {len(hits)} unit(s)")
                for h in hits[:4]:
                    print(f"      - {h[:160]}")

    print()
    if errors:
        print("FAILED:")
        for e in errors:
            print("  ", e)
        sys.exit(1)
    print(f"ALL CHECKS PASSED: {len(qs)} questions, {n_ans} answerable, {100 - n_ans} refusals")


if __name__ == "__main__":
    main()
