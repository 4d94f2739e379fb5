# Checks questions.jsonl against the extracted text of the four papers.
import json, re, sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from extract import get
ROOT = "/work/trials_new/trial22/"
docs = {}
def text(f):
    if f not in docs: docs[f] = get(f)
    return docs[f]
def nums(t):
    return [x.replace(",", "") for x in re.findall(r"\d[\d,]*(?:\.\d+)?", t)]
# computed answers: operands that must be present in the cited doc
COMPUTED = {"638": ["3,850", "3,212"], "974": ["4,386", "3,412"], "8.7": ["121,310", "131,842"],
            "2,951": ["2,315", "636"], "194": ["656", "462"], "16.3": ["68.40", "52.10"]}
L = [json.loads(l) for l in open(ROOT + "questions.jsonl")]
ok = True
for x in L:
    if not x["answerable"]:
        assert x["expect"] == [] and x["cite"] is None; continue
    t = text(x["cite"]["doc"])
    c = x["cite"]["contains"]
    if c.lower() not in t.lower():
        ok = False; print("CONTAINS MISSING", x["id"], repr(c))
    for e in x["expect"]:
        if re.fullmatch(r"[\d,\.]+", e):
            if e in COMPUTED:
                for op in COMPUTED[e]:
                    if op not in t: ok = False; print("OPERAND MISSING", x["id"], op)
            elif e.replace(",", "") not in nums(t) and not any(n.startswith(e.replace(",", "") + ".") for n in nums(t)) and not any(float(n) == float(e.replace(",", "")) for n in nums(t) if n.replace('.', '', 1).isdigit()):
                ok = False; print("NUMBER MISSING", x["id"], e)
        elif e.lower() in ("yes", "no"):
            pass
        elif e.lower() not in t.lower():
            ok = False; print("FRAGMENT MISSING", x["id"], e)
print("ALL OK" if ok else "PROBLEMS")
