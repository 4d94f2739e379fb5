#!/usr/bin/env bash
# Set up (virtualenv, packages, Debian's Chromium for browser tests) and run the whole test suite:
# unit tests, integration tests on the real model, FAISS index and corpus, the real server and browser.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export HF_HUB_OFFLINE=1 TOKENIZERS_PARALLELISM=false
exec .venv/bin/python -m pytest "$@"
