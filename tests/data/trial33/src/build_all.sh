#!/bin/sh
# Rebuild the four trial 33 papers and the question set, then run the checks.
set -e
cd "$(dirname "$0")/.."
PY=.venv/bin/python
$PY src/make_pdf.py
$PY src/make_docx.py
$PY src/make_html.py > /dev/null
$PY src/make_md.py
$PY src/make_questions.py
$PY src/check_questions.py
