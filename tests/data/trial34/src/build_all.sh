#!/bin/sh
# Rebuild the four papers, the question set, and run the checker.
set -e
cd "$(dirname "$0")"
PY=../.venv/bin/python
$PY build_pdf.py && $PY build_docx.py && $PY build_html.py && $PY build_md.py
$PY make_questions.py
$PY check_questions.py
