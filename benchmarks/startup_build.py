"""Start-up and build speed.

- `python -m qa ask "..."` wall time from a shell, and where the time goes (imports, model, index);
- the app's time to ready (printed by the app itself: "ready in X s");
- build throughput in units per second: the seed corpus, and a 10,000-unit synthetic corpus
  (parse + embed with the real model + index), and a rebuild with nothing changed.

    .venv/bin/python benchmarks/startup_build.py [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
PY = sys.executable
ENV = {**os.environ, "HF_HUB_OFFLINE": "1"}

BREAKDOWN = """
import time, json
t0 = time.perf_counter()
import qa.pipeline
t1 = time.perf_counter()
from qa.config import Settings
from qa.index import load_index
s = Settings.from_env()
idx = load_index(s.index_dir)
t2 = time.perf_counter()
from qa.embed import QueryEncoder
e = QueryEncoder()
t3 = time.perf_counter()
from qa.pipeline import Assistant
a = Assistant(idx, e, s)
a.ask("How much was invested in Disabled Facilities Grants?")
t4 = time.perf_counter()
print(json.dumps({"import_qa_s": round(t1 - t0, 2), "index_load_s": round(t2 - t1, 2),
                  "model_load_s": round(t3 - t2, 2), "first_answer_s": round(t4 - t3, 2)}))
"""


def wall(cmd: list[str], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, env=ENV, check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    return round(min(times), 2)


def build_rate(corpus: Path) -> dict:
    idx = Path(tempfile.mkdtemp())
    try:
        cmd = [PY, "-m", "qa", "build", "--quiet", "--corpus", str(corpus), "--index", str(idx)]
        t = time.perf_counter()
        out = subprocess.run(cmd, cwd=ROOT, env=ENV, check=True, capture_output=True, text=True).stdout
        cold = time.perf_counter() - t
        units = sum(int(w) for w in out.split(":")[1].replace(",", " ").split() if w.isdigit())
        t = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, env=ENV, check=True, capture_output=True)
        again = time.perf_counter() - t
        return {"units": units, "cold_build_s": round(cold, 1), "units_per_s": round(units / cold, 1),
                "rebuild_unchanged_s": round(again, 1), "line": out.strip()}
    finally:
        shutil.rmtree(idx, ignore_errors=True)


def incremental(units: int = 100_000) -> dict:
    """Add one report to a corpus of `units` units and rebuild: only the new units are embedded.
    The hashing embedder stands in for the model here so that the 100k first build takes minutes,
    not hours; the embedding cost of the new units is the units/s measured above."""
    sys.path.insert(0, str(ROOT))
    import random

    from synth import report, write_corpus

    from qa.config import Settings
    from qa.embed import HashingEmbedder
    from qa.pipeline import build_index

    base = Path(tempfile.mkdtemp())
    corpus = base / "corpus"
    write_corpus(corpus, units)
    settings = Settings(corpus_dir=corpus, index_dir=base / "index", data_dir=base / "data")
    emb = HashingEmbedder(384)
    first = build_index(settings, embedder=emb)
    text, n = report(random.Random(99), 99999, 150)
    (corpus / "new-report.md").write_text(text)
    t = time.perf_counter()
    second = build_index(settings, embedder=emb)
    add_s = time.perf_counter() - t
    (corpus / "new-report.md").unlink()
    t = time.perf_counter()
    third = build_index(settings, embedder=emb)
    remove_s = time.perf_counter() - t
    shutil.rmtree(base, ignore_errors=True)
    return {"units": first.passages + first.rows, "first_build_s": round(first.seconds, 1),
            "add_one_report_s": round(add_s, 1), "embedded_on_add": second.embedded,
            "remove_one_report_s": round(remove_s, 1), "embedded_on_remove": third.embedded}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json")
    args = ap.parse_args()
    from synth import write_corpus

    results = {}
    subprocess.run([PY, "-m", "qa", "build", "--quiet"], cwd=ROOT, env=ENV, check=True, capture_output=True)
    results["ask_cli_wall_s"] = wall([PY, "-m", "qa", "ask", "How much was invested in Disabled Facilities Grants?"])
    results["python_startup_s"] = wall([PY, "-c", "pass"])
    out = subprocess.run([PY, "-c", BREAKDOWN], cwd=ROOT, env=ENV, check=True, capture_output=True, text=True).stdout
    results["ask_breakdown"] = json.loads(out.strip().splitlines()[-1])
    results["seed_corpus_build"] = build_rate(ROOT / "corpus")
    synth = Path(tempfile.mkdtemp())
    write_corpus(synth, 10_000)
    try:
        results["synthetic_10k_build"] = build_rate(synth)
    finally:
        shutil.rmtree(synth, ignore_errors=True)
    results["incremental_100k"] = incremental()
    print(json.dumps(results, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
