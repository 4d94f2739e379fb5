# Text extraction used by the checker: pdfplumber / python-docx (incl. tables) / BeautifulSoup / raw markdown
import sys, pdfplumber, docx
from bs4 import BeautifulSoup

def pdf_text(path):
    with pdfplumber.open(path) as pdf:
        return "\n".join(pg.extract_text() or "" for pg in pdf.pages)

def docx_text(path):
    d = docx.Document(path)
    out = []
    body = d.element.body
    for child in body.iterchildren():
        tag = child.tag.split('}')[1]
        if tag == 'p':
            out.append("".join(t.text or "" for t in child.iter() if t.tag.endswith('}t')))
        elif tag == 'tbl':
            t = docx.table.Table(child, d)
            for row in t.rows:
                cells = []
                for c in row.cells:
                    if not cells or c.text != cells[-1]:
                        cells.append(c.text)
                out.append(" | ".join(cells))
    return "\n".join(out)

def html_text(path):
    return BeautifulSoup(open(path, encoding="utf-8").read(), "html.parser").get_text(" ")

def md_text(path):
    return open(path, encoding="utf-8").read()

def text(path):
    if path.endswith(".pdf"): return pdf_text(path)
    if path.endswith(".docx"): return docx_text(path)
    if path.endswith(".html"): return html_text(path)
    return md_text(path)

if __name__ == "__main__":
    print(text(sys.argv[1]))
