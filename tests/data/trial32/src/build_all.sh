#!/bin/sh
# Regenerate the four papers and the question set, then run the checks.
set -e
cd "$(dirname "$0")"
PY=../.venv/bin/python
$PY make_t32_workforce_pdf.py
$PY make_t32_pod_docx.py
$PY make_t32_waste_html.py
$PY make_t32_send_md.py
$PY make_questions.py
$PY check_questions.py
