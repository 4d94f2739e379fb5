"""Checks questions.jsonl against the four t31 papers.

- every answerable question's cite.contains occurs within ONE text unit of the cited doc
  (PDF line, DOCX paragraph / table cell / table row, HTML block element / table row, Markdown line)
- every non-computed expected figure/phrase occurs in the cited doc
- computed answers (arithmetic and computed aggregates) are recomputed from operands read from the doc
- structural checks on the papers (split tables, bullets, merged cells, thead/tfoot ...)
- prints keyword hits across all papers for each refusal, for manual review
"""
import json, os, re, sys
import pdfplumber, docx
from bs4 import BeautifulSoup

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
P = "t31_mtfs_update_cabinet.pdf"
W = "t31_quality_safety_report_board.docx"
H = "t31_sexual_health_drugs_alcohol_dashboard.html"
M = "t31_community_safety_plan_update.md"


def norm(s):
    s = s.replace("\u00a0", " ").replace("*", "")
    return re.sub(r"\s+", " ", s).strip().lower()


# ------------------------------------------------------------------ extraction
def units_pdf(path):
    units, pages = [], []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            t = pg.extract_text() or ""
            pages.append(t)
            units.extend(l for l in t.split("\n") if l.strip())
    return units, pages


def units_docx(path):
    d = docx.Document(path)
    units = [p.text for p in d.paragraphs if p.text.strip()]
    tables = []
    for t in d.tables:
        rows = []
        for row in t.rows:
            cells, prev = [], None
            for c in row.cells:
                if c._tc is prev:
                    continue
                prev = c._tc
                cells.append(c.text)
                units.append(c.text)
            rows.append(cells)
            units.append(" | ".join(cells))
        tables.append(rows)
    return units, tables, d


def units_html(path):
    soup = BeautifulSoup(open(path, encoding="utf-8").read(), "html.parser")
    units = []
    for el in soup.find_all(["title", "h1", "h2", "h3", "p", "li", "td", "th", "caption", "dt", "dd"]):
        units.append(el.get_text(" ", strip=True))
    tables = []
    for t in soup.find_all("table"):
        rows = []
        for tr in t.find_all("tr"):
            cells = [c.get_text(" ", strip=True) for c in tr.find_all(["td", "th"])]
            rows.append(cells)
            units.append(" | ".join(cells))
        tables.append(rows)
    return units, tables, soup


def units_md(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    return [l for l in lines if l.strip()]


pdf_units, pdf_pages = units_pdf(os.path.join(ROOT, P))
docx_units, docx_tables, docx_doc = units_docx(os.path.join(ROOT, W))
html_units, html_tables, soup = units_html(os.path.join(ROOT, H))
md_units = units_md(os.path.join(ROOT, M))
UNITS = {P: pdf_units, W: docx_units, H: html_units, M: md_units}
FULL = {k: norm(" ".join(v)) for k, v in UNITS.items()}
NUNITS = {k: [norm(u) for u in v] for k, v in UNITS.items()}

errors = []


def err(msg):
    errors.append(msg)
    print("  FAIL:", msg)


def unit_with(doc, phrase):
    ph = norm(phrase)
    return [u for u in NUNITS[doc] if ph in u]


def num(s):
    s = s.strip().replace(",", "").replace("£", "").replace("%", "")
    neg = s.startswith("(") and s.endswith(")")
    s = s.strip("()")
    v = float(s)
    return -v if neg else v


def operand(doc, row_phrase, value, also=None):
    """Return float(value) after checking a single unit contains row_phrase and value (and 'also')."""
    cands = [u for u in unit_with(doc, row_phrase) if norm(value) in u and (also is None or norm(also) in u)]
    if not cands:
        err(f"operand {value!r} not found in a unit with {row_phrase!r} in {doc}")
    return num(value)


# ------------------------------------------------------------------ computed answers
def c014():
    a = operand(P, "would rise from", "£1,742.18")
    b = operand(P, "£1,829.11", "£1,829.11")
    return f"{(b - a) / 12:.2f}"


def c017():
    q1 = operand(W, "Prone restraint | 58", "58")
    q2 = operand(W, "Prone restraint", "42", also="| 42 |")
    return f"{(q1 - q2) / q1 * 100:.1f}"


def c026():
    reds = [u for u in pdf_units if re.match(r"^(AC|CF|ET|CR|CE)\d\b.* Red$", u)]
    print("    red rows:", reds)
    return str(len(reds))


def c027():
    reds = [u for u in pdf_units if re.match(r"^(AC|CF|ET|CR|CE)\d\b.* Red$", u)]
    tot = sum(num(u.split()[-2]) for u in reds)  # Total column sits before RAG
    return f"{tot:,.0f}"


def c033():
    t = [tb for tb in docx_tables if tb and tb[0][0] == "Site"][0]
    rows = [r for r in t[2:] if r[0] != "Trust average" and "Ward" in " ".join(r)]
    best = min(rows, key=lambda r: float(r[-5]))  # Day HCA column
    print("    min day HCA:", best)
    return [best[1].split()[0], best[-5]]


def c057():
    a = operand(P, "Cumulative budget gap", "62.5")
    b = operand(P, "budget gap of £48.2m", "48.2")
    return f"{a - b:.1f}"


def c064():
    rows = []
    for u in md_units:
        cells = [c.strip() for c in u.strip("|").split("|")]
        if len(cells) == 7 and not cells[0].startswith(("*", "Crime", ":")) and cells[6].replace(",", "").isdigit():
            rows.append((cells[0], cells[6]))
    best = max(rows, key=lambda r: num(r[1]))
    print("    crime rows:", rows)
    return [best[0], best[1]]


def c065():
    a = operand(M, "| Violence with injury |", "905")
    b = operand(M, "| Violence without injury |", "1,284")
    return f"{a + b:,.0f}"


def c077():
    a = operand(W, "No harm |", "2,569")
    b = operand(W, "All incidents | 686", "4,290")
    return f"{a / b * 100:.1f}"


def c086():
    a = operand(H, "All people in treatment", "3,512")
    b = operand(H, "All people in treatment", "3,631")
    return f"{b - a:,.0f}"


def c090():
    bud = operand(H, "Bridgeway Residential | Inpatient", "600")
    act = operand(H, "Bridgeway Residential | Inpatient", "689")
    return f"{(act - bud) / bud * 100:.1f}"


def c091():
    t = [tb for tb in html_tables if tb and tb[0][0] == "Indicator"][0]
    greens = [r[0] for r in t if len(r) == 8 and r[6] == "Green"]
    print("    green KPIs:", greens)
    return str(len(greens))


COMPUTED = {"T31_014": c014, "T31_017": c017, "T31_026": c026, "T31_027": c027, "T31_033": c033,
            "T31_057": c057, "T31_064": c064, "T31_065": c065, "T31_077": c077, "T31_086": c086,
            "T31_090": c090, "T31_091": c091}

# ------------------------------------------------------------------ refusal keywords
REFUSAL_KW = {
    "T31_004": ["2030-31", "2030"],
    "T31_008": ["chlamydia", "tests"],
    "T31_012": ["Stavenley"],
    "T31_018": ["Birch Ward"],
    "T31_021": ["Recovery Hub", "Brindlemoor"],
    "T31_028": ["librar"],
    "T31_031": ["Budget Equalisation", "2028"],
    "T31_034": ["Oak"],
    "T31_038": ["PrEP"],
    "T31_041": ["HIV test uptake", "Q1"],
    "T31_044": ["2023"],
    "T31_047": ["hate crime"],
    "T31_050": ["knife crime"],
    "T31_053": ["Band D", "2024-25"],
    "T31_056": ["foster"],
    "T31_059": ["bypass", "Kelbeck Vale"],
    "T31_063": ["highway"],
    "T31_069": ["slavery"],
    "T31_070": ["first-time entrants", "Q3"],
    "T31_072": ["agency"],
    "T31_078": ["March 2025", "Mar"],
    "T31_082": ["December", "out of area"],
    "T31_083": ["turnover"],
    "T31_084": ["CQC", "Care Quality"],
    "T31_088": ["naloxone"],
    "T31_094": ["18-24", "18 to 24", "young adult"],
    "T31_097": ["gonorrhoea", "gonorrhea"],
    "T31_098": ["Needle exchange", "Q3"],
    "T31_099": ["Public Health Grant", "public health grant"],
    "T31_100": ["Mental Health Act", "detain", "detention"],
}


# ------------------------------------------------------------------ structural checks
def structure():
    print("== structural checks")
    # PDF: savings table header repeated on next page; reserves table split without header
    pg_ac1 = [i for i, t in enumerate(pdf_pages) if re.search(r"^AC1 ", t, re.M)]
    pg_ce2 = [i for i, t in enumerate(pdf_pages) if "CE2 Communications team restructure" in t]
    hdr_pages = [i for i, t in enumerate(pdf_pages) if "Ref Proposal Saving (£000) Deliverability" in t]
    if not (pg_ac1 and pg_ce2 and pg_ce2[0] == pg_ac1[0] + 1 and len(hdr_pages) == 2):
        err(f"savings table should split over two pages with header repeated: {pg_ac1} {pg_ce2} {hdr_pages}")
    pg_cap = [i for i, t in enumerate(pdf_pages) if "Table 4: Forecast reserves" in t]
    pg_net = [i for i, t in enumerate(pdf_pages) if "Total reserves net of DSG deficit 88,170" in t]
    if not (pg_cap and pg_net and pg_net[0] == pg_cap[0] + 1):
        err(f"reserves table should run onto the next page: {pg_cap} {pg_net}")
    else:
        top = pdf_pages[pg_net[0]].split("\n")[0]
        if "Reserve" in top and "Balance" in top:
            err("reserves table header repeated - should not be")
        print("  reserves table continues on page", pg_net[0] + 1, "starting with:", top)
    if not any(u.startswith("• ") for u in pdf_units) or not any(u.startswith("- ") for u in pdf_units):
        err("PDF should contain both '•' and '- ' bullets")
    if "(£000s)" not in pdf_pages[pg_cap[0]] or "£000" in " ".join(
            l for l in pdf_pages[pg_cap[0]].split("\n") if l.startswith("Reserve") or "Balance" in l):
        err("reserves units should be in the caption only")
    print("  PDF pages:", len(pdf_pages))
    # DOCX merged cells
    xml = docx_doc.element.xml
    if "w:gridSpan" not in xml or "w:vMerge" not in xml:
        err("DOCX should have merged header cells")
    if not any("£000" in u for u in docx_units):
        err("DOCX units note missing")
    # HTML
    for tag in ("thead", "tfoot"):
        if not soup.find(tag):
            err(f"HTML missing {tag}")
    if not soup.find(attrs={"colspan": True}) or not soup.find(attrs={"rowspan": True}):
        err("HTML needs colspan and rowspan")
    # lead-in lists
    for d, phrase in [(P, "as follows:"), (P, "include:"), (W, "as follows:"), (W, "include:"),
                      (H, "as follows:"), (H, "include:"), (M, "as follows:"), (M, "include:")]:
        if not unit_with(d, phrase):
            err(f"{d}: no lead-in '{phrase}'")


# ------------------------------------------------------------------ main
def main():
    qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
    assert len(qs) == 100, len(qs)
    ids = [q["id"] for q in qs]
    assert len(set(ids)) == 100
    from collections import Counter
    print("types:", Counter(q["type"] for q in qs), "answerable:", sum(q["answerable"] for q in qs))
    structure()
    print("== answerable questions")
    for i, q in enumerate(qs):
        if not q["answerable"]:
            continue
        doc, cont = q["cite"]["doc"], q["cite"]["contains"]
        ok_cite = bool(unit_with(doc, cont))
        if not ok_cite:
            err(f"{q['id']}: cite phrase {cont!r} not within one unit of {doc}")
        if q["type"] == "followup":
            if q.get("follows") != qs[i - 1]["id"]:
                err(f"{q['id']}: follows should be {qs[i-1]['id']}")
        if q["id"] in COMPUTED:
            got = COMPUTED[q["id"]]()
            got = got if isinstance(got, list) else [got]
            exp = [e for e in q["expect"]]
            match = all(any(norm(g) == norm(e) or norm(e) in norm(g) for g in got) for e in exp)
            print(f"  {q['id']} computed {got} expect {exp} -> {'OK' if match else 'MISMATCH'}")
            if not match:
                err(f"{q['id']}: computed {got} != expect {exp}")
        else:
            for e in q["expect"]:
                if e in ("Yes", "No"):
                    continue
                if norm(e) not in FULL[doc]:
                    err(f"{q['id']}: expected {e!r} not in {doc}")
    print("== refusals: keyword hits across all papers (review by hand)")
    for q in qs:
        if q["answerable"]:
            continue
        if q["expect"] or q["type"] != "refusal":
            err(f"{q['id']}: refusal must have empty expect and type refusal")
        print(f"\n  {q['id']}: {q['question']}")
        print(f"     note: {q['note']}")
        for kw in REFUSAL_KW.get(q["id"], []):
            for d, us in UNITS.items():
                hits = [u for u in us if norm(kw) in norm(u)]
                for h in hits[:4]:
                    print(f"     [{kw}] {d[:8]}: {h[:150]}")
                if len(hits) > 4:
                    print(f"     [{kw}] {d[:8]}: ... {len(hits) - 4} more")
    print("\n== RESULT:", "PASS" if not errors else f"{len(errors)} FAILURES")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
