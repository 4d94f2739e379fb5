"""Extract text units (lines / paragraphs / cells / rows) from each paper format."""
import os
import re

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", s).strip()


def units_pdf(path):
    import pdfplumber
    units = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            txt = page.extract_text() or ""
            units += [l for l in txt.split("\n") if l.strip()]
    return units


def units_docx(path):
    import docx
    d = docx.Document(path)
    units = [p.text for p in d.paragraphs if p.text.strip()]
    for t in d.tables:
        for row in t.rows:
            cells = []
            for c in row.cells:
                if not cells or c.text != cells[-1]:
                    cells.append(c.text)
            units += [c for c in cells if c.strip()]
            units.append(" | ".join(cells))
    return units


def units_html(path):
    from bs4 import BeautifulSoup
    soup = BeautifulSoup(open(path, encoding="utf-8").read(), "html.parser")
    units = []
    for el in soup.find_all(["p", "li", "td", "th", "h1", "h2", "h3", "h4", "caption", "dt", "dd", "title"]):
        units.append(el.get_text(" "))
    for tr in soup.find_all("tr"):
        units.append(" | ".join(c.get_text(" ") for c in tr.find_all(["td", "th"])))
    return units


def units_md(path):
    units = []
    for line in open(path, encoding="utf-8"):
        if line.strip():
            units.append(line.rstrip("\n"))
            if line.strip().startswith("|"):
                units += [c for c in line.strip().strip("|").split("|") if c.strip()]
    return units


def units(doc):
    path = os.path.join(ROOT, doc)
    ext = doc.rsplit(".", 1)[1]
    fn = {"pdf": units_pdf, "docx": units_docx, "html": units_html, "md": units_md}[ext]
    return [norm(u) for u in fn(path)]


def papers():
    return sorted(f for f in os.listdir(ROOT) if f.startswith("t32_") and f.rsplit(".", 1)[-1] in
                  ("pdf", "docx", "html", "md"))


if __name__ == "__main__":
    import sys
    for p in (sys.argv[1:] or papers()):
        print("=" * 20, p)
        for u in units(p):
            print(u)
