#!/usr/bin/env bash
# Set up (virtualenv, packages, Debian's Chromium for browser tests) and run the whole test suite:
# lint and types first (seconds), then unit tests, integration tests on the real model, FAISS index
# and corpus, the real server and browser.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export HF_HUB_OFFLINE=1 TOKENIZERS_PARALLELISM=false
.venv/bin/ruff check qa tests benchmarks app.py
# Formatting is checked on the files already formatted; the list grows as modules are reformatted.
.venv/bin/ruff format --check qa/embed.py qa/index.py tests/test_embed.py tests/test_index.py \
    qa/hashing.py tests/test_index_robustness.py benchmarks/scale.py benchmarks/startup_build.py \
    qa/draft.py qa/answerers/lists.py qa/answerers/sections.py qa/answerers/yesno.py qa/answerers/summary.py \
    qa/answerers/define.py tests/test_answerers.py qa/text.py benchmarks/llama_write.py
.venv/bin/mypy  # the files and strictness are set in pyproject.toml [tool.mypy]
exec .venv/bin/python -m pytest "$@"
