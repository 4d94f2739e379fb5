import json, docx, pdfplumber
from bs4 import BeautifulSoup
D="/work/trials_new/trial17/"
rows={}
with pdfplumber.open(D+"t17_uec_ambulance_ucr_performance.pdf") as p:
    rows["pdf"]=[l for pg in p.pages for l in (pg.extract_text() or "").split("\n")]
d=docx.Document(D+"t17_public_health_grant_outcomes.docx")
rows["docx"]=[" | ".join(c.text for c in r.cells) for t in d.tables for r in t.rows]+[p.text for p in d.paragraphs]
soup=BeautifulSoup(open(D+"t17_corporate_risk_register_q3.html").read(),"html.parser")
rows["html"]=[" | ".join(c.get_text(" ",strip=True) for c in tr.find_all(["td","th"])) for tr in soup.find_all("tr")]+[x.get_text(" ",strip=True) for x in soup.find_all(["p","li"])]
rows["md"]=open(D+"t17_unpaid_carers_strategy_update.md").read().split("\n")
ext={"pdf":"pdf","docx":"docx","html":"html","md":"md"}
for line in open(D+"questions.jsonl"):
    q=json.loads(line)
    if not q["answerable"] or q["type"] in ("arithmetic","yesno","list","section","summary","aggregate","define"): continue
    k=q["cite"]["doc"].rsplit(".",1)[1]
    c=q["cite"]["contains"].lower()
    hits=[r for r in rows[k] if c in r.lower()]
    good=[r for r in hits if all(e.lower() in r.lower() for e in q["expect"])]
    print(("OK  " if good else "MISS"), q["id"], q["question"][:50], "|", q["expect"], "|", (good or hits or ["-"])[0][:150])
