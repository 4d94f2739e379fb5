import sys, re, pdfplumber, docx
from bs4 import BeautifulSoup
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
D = "/work/trials_new/trial22/"
def pdf_text(f):
    with pdfplumber.open(D+f) as p: return "\n".join(pg.extract_text() or "" for pg in p.pages)
def docx_text(f):
    d = docx.Document(D+f); out = []
    for el in d.element.body.iterchildren():
        if el.tag == qn('w:p'): out.append(Paragraph(el, d).text)
        elif el.tag == qn('w:tbl'):
            for r in Table(el, d).rows: out.append(" | ".join(c.text for c in r.cells))
    return "\n".join(out)
def html_text(f):
    return BeautifulSoup(open(D+f, encoding="utf-8").read(), "html.parser").get_text("\n")
def md_text(f): return open(D+f, encoding="utf-8").read()
def get(f):
    return {"pdf": pdf_text, "docx": docx_text, "html": html_text, "md": md_text}[f.rsplit(".",1)[1]](f)
if __name__ == "__main__":
    for f in sys.argv[1:]:
        open("/tmp/t22/"+f+".txt","w").write(get(f))
