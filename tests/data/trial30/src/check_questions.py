"""Check questions.jsonl against the four t30 papers."""
import json, os, re, sys
from collections import Counter
import pdfplumber, docx
from bs4 import BeautifulSoup
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')

def norm(s):
    return re.sub(r'\s+', ' ', s.replace('\u00a0', ' ')).strip()

def units_pdf(p):
    u = []
    with pdfplumber.open(p) as pdf:
        for pg in pdf.pages:
            u += (pg.extract_text() or '').split('\n')
    return u
def units_docx(p):
    d = docx.Document(p); u = [x.text for x in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            cells = [c.text for c in r.cells]
            u += cells; u.append(' | '.join(cells))
    return u
def units_html(p):
    s = BeautifulSoup(open(p, encoding='utf-8').read(), 'html.parser')
    u = [x.get_text(' ') for x in s.find_all(['p', 'li', 'td', 'th', 'dt', 'dd', 'caption', 'h1', 'h2', 'h3'])]
    u += [' | '.join(c.get_text(' ') for c in tr.find_all(['td', 'th'])) for tr in s.find_all('tr')]
    return u
def units_md(p):
    return open(p, encoding='utf-8').read().split('\n')

DOCS = {}
for f in sorted(os.listdir(ROOT)):
    if f.startswith('t30_'):
        fn = {'.pdf': units_pdf, '.docx': units_docx, '.html': units_html, '.md': units_md}[os.path.splitext(f)[1]]
        DOCS[f] = [norm(x) for x in fn(os.path.join(ROOT, f)) if norm(x)]
FULL = {f: '\n'.join(u) for f, u in DOCS.items()}

Qs = [json.loads(l) for l in open(os.path.join(ROOT, 'questions.jsonl'))]
CALC = json.load(open(os.path.join(ROOT, 'src', 'calcs.json')))
errors, warns = [], []
ids = [q['id'] for q in Qs]
if len(Qs) != 100: errors.append('need 100 questions, got %d' % len(Qs))
if len(set(ids)) != len(ids): errors.append('duplicate ids')
ans = [q for q in Qs if q['answerable']]
if len(ans) != 70: errors.append('need 70 answerable, got %d' % len(ans))
print('types:', dict(Counter(q['type'] for q in Qs)))

def num(s):
    return float(s.replace(',', '').replace('£', '').replace('%', ''))

for i, q in enumerate(Qs):
    if 'follows' in q:
        if i == 0 or Qs[i - 1]['id'] != q['follows']:
            errors.append(q['id'] + ': follows does not point to previous question')
    if not q['answerable']:
        if q['type'] != 'refusal' or q['expect']:
            errors.append(q['id'] + ': refusal malformed')
        continue
    doc = q['cite']['doc']; c = norm(q['cite']['contains'])
    if doc not in DOCS:
        errors.append(q['id'] + ': unknown doc ' + doc); continue
    units = DOCS[doc]
    hit = [u for u in units if c.lower() in u.lower()]
    if not hit:
        errors.append('%s: contains %r not found in a single unit of %s' % (q['id'], c, doc)); continue
    if q['id'] in CALC:
        cal = CALC[q['id']]
        for op in cal['operands']:
            if op.lower() not in FULL[doc].lower():
                errors.append('%s: operand %r not in %s' % (q['id'], op, doc))
        v = eval(cal['expr'])
        got = round(v, cal['dp'])
        want = num(q['expect'][0])
        if abs(got - want) > 1e-9:
            errors.append('%s: computed %s (%s) != expect %s' % (q['id'], got, cal['expr'], q['expect'][0]))
        else:
            print('  calc ok %s: %s = %s' % (q['id'], cal['expr'], got))
        rest = q['expect'][1:]
    else:
        rest = q['expect']
    for e in rest:
        if q['type'] == 'yesno' and e in ('Yes', 'No'):
            continue
        if e.lower() not in FULL[doc].lower():
            errors.append('%s: expect %r not in %s' % (q['id'], e, doc))
    # soft check: a value should sit in the same unit as the cited phrase
    if q['id'] not in CALC and q['type'] in ('lookup', 'followup'):
        if not any(all(e.lower() in u.lower() for e in q['expect']) for u in hit):
            warns.append('%s: expect %s not in same unit as %r' % (q['id'], q['expect'], c))

print('\n=== refusal keyword hits (review by hand) ===')
KW = CALC.get('_refusal_keywords', {})
for q in Qs:
    if q['answerable']: continue
    print('\n%s  %s\n   note: %s' % (q['id'], q['question'], q['note']))
    for kw in KW.get(q['id'], []):
        for f, units in DOCS.items():
            hs = [u for u in units if kw.lower() in u.lower()]
            for h in hs[:4]:
                print('   [%s] %s: %s' % (kw, f[:14], h[:150]))
            if len(hs) > 4: print('   [%s] %s: ... %d more' % (kw, f[:14], len(hs) - 4))

print('\n=== warnings ===')
for w in warns: print(' ', w)
print('\n=== errors ===')
for e in errors: print(' ', e)
print('RESULT:', 'PASS' if not errors else 'FAIL (%d errors)' % len(errors))
sys.exit(1 if errors else 0)
