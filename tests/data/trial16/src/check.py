"""Check questions.jsonl against the text extracted from the four papers.

Extraction: pdfplumber (PDF), python-docx paragraphs + table cells in body order (DOCX), BeautifulSoup get_text
(HTML), raw text (Markdown).

Checks for every question:
  * JSON format: id, question, type, answerable, expect, cite, note (+ follows for follow-ups); ids unique;
    follows points at an earlier question; refusals have cite null and empty expect.
  * answerable: the cited document exists and the cite phrase appears in its text; every expected string appears
    in that text (for arithmetic, the operands from question_bank.py must appear instead; "yes"/"no" are skipped);
    for lookups and follow-ups the expected figure must also appear near (within the same row/passage window as)
    an occurrence of the cite phrase.
  * refusals: each 'absent' string from question_bank.py must NOT appear (whole word) in the named document.
Also checks PDF structure: page count 4-6, bullet characters present, key-fact 'Label: value' lines, and that
Table 2 continues onto the next page without a repeated header.

Prints every problem and finishes with 'N problems'.
"""
import json
import os
import re
import sys

import pdfplumber
from bs4 import BeautifulSoup
from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

from common import DOCX_NAME, HTML_NAME, MD_NAME, OUT, PDF_NAME
from question_bank import Q

YESNO = {"yes", "no"}
TYPES = {"lookup", "compare", "arithmetic", "aggregate", "list", "definition", "summary", "section", "yesno",
         "followup", "refusal"}


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("**", "").replace("*", "")  # markdown emphasis
    return re.sub(r"\s+", " ", s).strip().lower()


def pdf_text(path):
    with pdfplumber.open(path) as pdf:
        pages = [p.extract_text() or "" for p in pdf.pages]
    return pages


def docx_text(path):
    doc = Document(path)
    out = []
    for el in doc.element.body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag == "p":
            out.append(Paragraph(el, doc).text)
        elif tag == "tbl":
            for row in Table(el, doc).rows:
                cells, seen = [], set()
                for cell in row.cells:
                    if cell._tc in seen:
                        continue
                    seen.add(cell._tc)
                    cells.append(cell.text)
                out.append(" | ".join(cells))
    return "\n".join(out)


def html_text(path):
    with open(path, encoding="utf-8") as fh:
        return BeautifulSoup(fh.read(), "html.parser").get_text(" ")


def html_lines(path):
    """One line per table row (cells joined by spaces) and per paragraph / list item."""
    with open(path, encoding="utf-8") as fh:
        soup = BeautifulSoup(fh.read(), "html.parser")
    return [el.get_text(" ") for el in soup.find_all(["tr", "p", "li", "h1", "h2", "caption"])]


def md_text(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def main():
    problems = []
    P = problems.append
    texts = {}
    lines = {}  # doc -> list of normalised lines (table rows stay on one line)
    pdf_pages = None
    for name, fn in [(PDF_NAME, None), (DOCX_NAME, docx_text), (HTML_NAME, html_text), (MD_NAME, md_text)]:
        path = os.path.join(OUT, name)
        if not os.path.exists(path):
            P(f"missing document {name}")
            continue
        if name == PDF_NAME:
            pdf_pages = pdf_text(path)
            raw = "\n".join(pdf_pages)
        else:
            raw = fn(path)
        texts[name] = norm(raw)
        src_lines = html_lines(path) if name == HTML_NAME else raw.split("\n")
        lines[name] = [norm(x) for x in src_lines if x.strip()]

    # ---- document structure checks
    if pdf_pages is not None:
        if not 4 <= len(pdf_pages) <= 6:
            P(f"PDF has {len(pdf_pages)} pages (want 4-6)")
        full = "\n".join(pdf_pages)
        if full.count("\u2022") < 4:
            P("PDF: fewer than 4 bullet characters extracted")
        if "(cid:" in full:
            P("PDF: unmapped glyphs '(cid:' in extracted text")
        for line in ["Lowmere General Hospital: 1,112", "Fenwick Cross Community Hospital: 287",
                     "Kestleby Treatment Centre: 64"]:
            if line not in full:
                P(f"PDF: key-fact line missing: {line}")
        # Table 2 split: header on one page, continuation rows on the next page without the header
        start = next((i for i, p in enumerate(pdf_pages) if "Table 2: RTT waiting list" in p), None)
        if start is None or start + 1 >= len(pdf_pages):
            P("PDF: Table 2 not found or on last page")
        else:
            nxt = pdf_pages[start + 1]
            if "Neurology" not in nxt or "Trust total 48,540" not in nxt:
                P("PDF: Table 2 does not continue on the next page")
            if "Specialty" in nxt or "Oct-25 Nov-25" in nxt:
                P("PDF: Table 2 header repeated on continuation page")
    if DOCX_NAME in texts:
        d = Document(os.path.join(OUT, DOCX_NAME))
        if len(d.tables) < 5:
            P(f"DOCX has only {len(d.tables)} Word tables")
    if HTML_NAME in texts:
        raw = open(os.path.join(OUT, HTML_NAME), encoding="utf-8").read()
        for feat in ["<caption>", "<thead>", "colspan=", "rowspan="]:
            if feat not in raw:
                P(f"HTML lacks {feat}")

    # ---- questions.jsonl format
    recs = []
    with open(os.path.join(OUT, "questions.jsonl"), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            try:
                recs.append(json.loads(line))
            except json.JSONDecodeError as e:
                P(f"questions.jsonl line {i}: bad JSON {e}")
    if len(recs) != 100:
        P(f"questions.jsonl has {len(recs)} lines (want 100)")
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        P("duplicate ids")
    seen_ids = set()
    by_text = {}
    for r in recs:
        for k in ["id", "question", "type", "answerable", "expect", "cite", "note"]:
            if k not in r:
                P(f"{r.get('id')}: missing key {k}")
        if r["type"] not in TYPES:
            P(f"{r['id']}: bad type {r['type']}")
        if r["type"] == "followup":
            if r.get("follows") not in seen_ids:
                P(f"{r['id']}: follows {r.get('follows')} which is not an earlier id")
        elif "follows" in r:
            P(f"{r['id']}: has follows but is not a followup")
        if r["type"] == "refusal":
            if r["answerable"] or r["cite"] is not None or r["expect"]:
                P(f"{r['id']}: refusal must have answerable false, cite null, expect []")
        else:
            if not r["answerable"] or not r["cite"] or not r["expect"]:
                P(f"{r['id']}: answerable question lacks cite/expect")
        for tok in re.findall(r"[A-Za-z&]+", r["question"]):
            if tok != tok.lower() and tok != tok.upper():
                P(f"{r['id']}: mixed-case word {tok!r} (questions are lower-case apart from acronyms)")
        seen_ids.add(r["id"])
        by_text[r["question"]] = r

    # ---- content checks (against the bank, which carries operands / absent lists)
    for q in Q:
        r = by_text.get(q["question"])
        qid = r["id"] if r else q["key"]
        if r is None:
            P(f"{q['key']}: not found in questions.jsonl")
            continue
        if q["type"] == "refusal":
            for doc, s in q.get("absent", []):
                if re.search(r"(?<!\w)" + re.escape(norm(s)) + r"(?!\w)", texts.get(doc, "")):
                    P(f"{qid}: near-miss string '{s}' unexpectedly appears in {doc}")
            continue
        doc = r["cite"]["doc"]
        t = texts.get(doc)
        if t is None:
            P(f"{qid}: cited doc {doc} missing")
            continue
        phrase = norm(r["cite"]["contains"])
        if phrase not in t:
            P(f"{qid}: cite phrase not found in {doc}: {r['cite']['contains']!r}")
        if q["type"] == "arithmetic":
            for op in q.get("operands", []):
                if norm(op) not in t:
                    P(f"{qid}: operand {op!r} not found in {doc}")
            if not q.get("operands"):
                P(f"{qid}: arithmetic question without operands")
            continue
        for e in r["expect"]:
            if e.lower() in YESNO:
                continue
            if norm(e) not in t:
                P(f"{qid}: expected {e!r} not found in {doc}")
        if q["type"] in ("lookup", "followup"):
            # the answer must sit on the same table row / text line as the cite phrase
            cand = [ln for ln in lines[doc] if phrase in ln]
            for e in r["expect"]:
                if cand and not any(re.search(r"(?<![\w.,])" + re.escape(norm(e)) + r"(?![\w%]|[.,]\d)", ln)
                                    for ln in cand):
                    P(f"{qid}: expected {e!r} not on the same row/line as cite phrase {r['cite']['contains']!r}")
                if not cand:
                    P(f"{qid}: cite phrase {r['cite']['contains']!r} not within a single row/line")

    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problems")
    return len(problems)


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
