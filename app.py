"""Start the LLR Plan Assistant web chat and HTTP API: `python app.py [--host H] [--port P] [--index DIR]`.

Builds the index first if it is missing or out of date. Settings also come from QA_* environment variables.
The same as `python -m qa serve`.
"""

import argparse
import logging
import sys
from pathlib import Path

from qa.cli import with_recorded_corpus
from qa.config import Settings
from qa.errors import QAError
from qa.server import serve

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", help="address to listen on (default 127.0.0.1, QA_HOST)")
    parser.add_argument("--port", type=int, help="port (default 7860, QA_PORT)")
    parser.add_argument("--index", type=Path, help="index folder (default index/, QA_INDEX_DIR)")
    parser.add_argument(
        "--corpus", type=Path, help="corpus folder (default: the one the index was built from, else corpus/; QA_CORPUS_DIR)"
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        settings = with_recorded_corpus(Settings.from_env(index_dir=args.index, corpus_dir=args.corpus), args.corpus is not None)
        serve(settings, host=args.host, port=args.port)
    except QAError as exc:
        print(f"error: {' '.join(str(exc).split())}", file=sys.stderr)
        sys.exit(1)
