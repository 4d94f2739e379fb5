#!/bin/sh
# Rebuild the four papers and questions.jsonl, then run the check.
# Needs: python3 -m venv /tmp/t16venv && /tmp/t16venv/bin/pip install reportlab python-docx pdfplumber beautifulsoup4
set -e
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")"
PY=${PY:-/tmp/t16venv/bin/python}
$PY make_pdf.py
$PY make_docx.py
$PY make_html.py
$PY make_md.py
$PY make_questions.py
$PY check.py
