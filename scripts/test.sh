#!/usr/bin/env bash
# Set up (virtualenv, packages, Debian's Chromium for browser tests) and run the whole test suite:
# lint and types first (seconds), then unit tests, integration tests on the real model, FAISS index
# and corpus, the real server and browser.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export HF_HUB_OFFLINE=1 TOKENIZERS_PARALLELISM=false
.venv/bin/ruff check qa tests benchmarks scripts app.py
.venv/bin/ruff format --check qa tests benchmarks scripts app.py
.venv/bin/mypy  # the files and strictness are set in pyproject.toml [tool.mypy]
exec .venv/bin/python -m pytest "$@"
