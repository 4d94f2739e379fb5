"""Extract text of the four papers the way the brief describes (for checking)."""
import sys, pdfplumber, docx
from bs4 import BeautifulSoup
D="/work/trials_new/trial25/"
def pdf_text(f):
    with pdfplumber.open(D+f) as p:
        return "\n".join(pg.extract_text() or "" for pg in p.pages)
def docx_text(f):
    d=docx.Document(D+f); out=[]
    body=d.element.body
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    for el in body.iterchildren():
        if el.tag.endswith('}p'): out.append(Paragraph(el,d).text)
        elif el.tag.endswith('}tbl'):
            t=Table(el,d)
            for r in t.rows:
                cells=[]; seen=[]
                for c in r.cells:
                    if c._tc in seen: continue
                    seen.append(c._tc); cells.append(c.text)
                out.append(" | ".join(cells))
    return "\n".join(out)
def html_text(f):
    return BeautifulSoup(open(D+f,encoding="utf-8").read(),"html.parser").get_text("\n")
def md_text(f):
    return open(D+f,encoding="utf-8").read()
def text(f):
    if f.endswith(".pdf"): return pdf_text(f)
    if f.endswith(".docx"): return docx_text(f)
    if f.endswith(".html"): return html_text(f)
    return md_text(f)
if __name__=="__main__":
    print(text(sys.argv[1]))
