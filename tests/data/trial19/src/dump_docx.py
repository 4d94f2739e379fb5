import sys
from docx import Document
d = Document(sys.argv[1])
from docx.table import Table
from docx.text.paragraph import Paragraph
for el in d.element.body.iterchildren():
    tag = el.tag.split('}')[1]
    if tag == 'p':
        p = Paragraph(el, d)
        if p.text.strip(): print(p.text)
    elif tag == 'tbl':
        t = Table(el, d)
        for row in t.rows:
            cells=[]; prev=None
            for c in row.cells:
                if c._tc is prev: continue
                prev=c._tc; cells.append(c.text)
            print(' | '.join(cells))
