#!/usr/bin/env bash
# Set up, build the index if it is missing or out of date, and start the chat on http://127.0.0.1:7860
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export HF_HUB_OFFLINE=1 TOKENIZERS_PARALLELISM=false
exec .venv/bin/python app.py "$@"
