#!/usr/bin/env bash
# Create .venv and install the product (and, with --test, what the test suite needs).
# Safe to run again: every step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
VPY=.venv/bin/python

# torch first, pinned: this takes the CPU build already on disk instead of a
# multi-gigabyte CUDA build pulled in by sentence-transformers.
if ! "$VPY" -c "import torch" 2>/dev/null; then
  "$VPY" -m pip install --quiet --upgrade pip
  "$VPY" -m pip install --quiet torch==2.13.0
fi

EXTRAS=""
if [ "${1:-}" = "--test" ]; then EXTRAS="[test]"; fi
"$VPY" -m pip install --quiet -e ".${EXTRAS}"

if [ "${1:-}" = "--test" ] && [ ! -x /usr/bin/chromium ]; then
  # Browser tests drive Debian's Chromium; Playwright's own browser download is not available here.
  SUDO=""; [ "$(id -u)" != 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
