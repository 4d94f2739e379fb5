"""Start-up and build speed.

- cold `python -m qa ask "..."` from a shell under `/usr/bin/time -v`: wall time and peak memory,
  median of N runs, each beside `python -c "import numpy, faiss"` (the floor) in the same run;
- where that time goes (import, index, model, first answer);
- the candidate encoders, cold (load the model and embed one question, in a fresh process) and warm
  (units per second at build time): the ONNX export in use, sentence-transformers on torch, and a
  TorchScript trace of the same model (the cheapest torch start-up found);
- build time of the seed corpus, cold and with nothing changed; with --full also a 10,000-unit
  synthetic corpus and an incremental build at 100,000 units.

    .venv/bin/python benchmarks/startup_build.py [--runs 5] [--ask-only | --full] [--json out.json]

The machine is shared, so every timing is a median of several runs; expect a spread of 20-50 %.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
PY = sys.executable
ENV = {**os.environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false", "PYTHONPATH": str(ROOT)}
QUESTION = "How much was invested in Disabled Facilities Grants?"

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
from qa.embed import default_embedder
e = default_embedder()
t3 = time.perf_counter()
from qa.pipeline import Assistant
a = Assistant(idx, e, s)
a.ask("How much was invested in Disabled Facilities Grants?")
t4 = time.perf_counter()
print(json.dumps({"import_qa_s": t1 - t0, "index_load_s": t2 - t1, "model_load_s": t3 - t2, "first_answer_s": t4 - t3}))
"""

# Each loads one encoder and embeds one question, as a cold `ask` would.
ENCODERS = {
    "onnx (in use)": "from qa.embed import default_embedder\ndefault_embedder().encode([{q!r}])",
    "sentence-transformers, torch": "from qa.embed import load_sentence_transformer\nload_sentence_transformer().encode([{q!r}])",
    "torchscript trace, torch": (
        "import torch, numpy as np\nfrom tokenizers import Tokenizer\nfrom qa.embed import model_dir\n"
        "m = torch.jit.load({path!r})\nt = Tokenizer.from_file(str(model_dir() / 'tokenizer.json'))\n"
        "e = t.encode({q!r})\nids = torch.tensor([e.ids])\n"
        "with torch.inference_mode(): m(ids, torch.ones_like(ids), torch.zeros_like(ids))"
    ),
}

TRACE = """
import sys, torch
from qa.embed import load_sentence_transformer
m = load_sentence_transformer()
class Pipeline(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.m = m
    def forward(self, input_ids, attention_mask, token_type_ids):
        return self.m({"input_ids": input_ids, "attention_mask": attention_mask, "token_type_ids": token_type_ids})["sentence_embedding"]
f = m.tokenizer(["a sample", "a longer sample sentence"], padding=True, return_tensors="pt")
with torch.inference_mode():
    torch.jit.trace(Pipeline(), (f["input_ids"], f["attention_mask"], f["token_type_ids"]), strict=False).save(sys.argv[1])
"""


def timed(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, peak resident MB) of one run, from GNU time's -v report."""
    out = subprocess.run(["/usr/bin/time", "-v", *cmd], cwd=ROOT, env=ENV, check=True, capture_output=True, text=True).stderr
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", out)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", out)
    assert wall and rss, out[-500:]
    hours, minutes, seconds = int(wall.group(1) or 0), int(wall.group(2)), float(wall.group(3))
    return hours * 3600 + minutes * 60 + seconds, int(rss.group(1)) / 1024


def median_of(runs: int, commands: dict[str, list[str]]) -> dict[str, dict[str, float]]:
    """Interleave the commands run by run, so load from other users falls on all of them alike."""
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            samples[name].append(timed(cmd))
    return {
        name: {
            "wall_s_median": round(statistics.median(w for w, _ in s), 2),
            "wall_s_min": round(min(w for w, _ in s), 2),
            "wall_s_max": round(max(w for w, _ in s), 2),
            "peak_rss_mb_median": round(statistics.median(m for _, m in s)),
        }
        for name, s in samples.items()
    }


def encoders_cold(runs: int) -> dict[str, dict[str, float]]:
    tmp = Path(tempfile.mkdtemp())
    try:
        trace = tmp / "model.pt"
        subprocess.run([PY, "-c", TRACE, str(trace)], cwd=ROOT, env=ENV, check=True, capture_output=True)
        commands = {name: [PY, "-c", code.format(q=QUESTION, path=str(trace))] for name, code in ENCODERS.items()}
        commands["floor: import numpy, faiss"] = [PY, "-c", "import numpy, faiss"]
        return median_of(runs, commands)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def encoders_warm(n: int = 1000) -> dict[str, float]:
    """Units per second at build time (batch 64), on synthetic report units."""
    import numpy as np
    from scale import synthetic_units

    from qa.embed import default_embedder, load_sentence_transformer
    from qa.units import embedding_text

    texts = [embedding_text(u) for u in synthetic_units(n)]
    onnx, torch_model = default_embedder(), load_sentence_transformer()
    out: dict[str, float] = {}
    for name, encode in {
        "onnx (in use)": lambda t: onnx.encode(t, batch_size=64),
        "sentence-transformers, torch": lambda t: torch_model.encode(t, batch_size=64, normalize_embeddings=True),
    }.items():
        encode(texts[:64])
        rates = []
        for _ in range(3):
            t = time.perf_counter()
            encode(texts)
            rates.append(len(texts) / (time.perf_counter() - t))
        out[name + " units/s"] = round(statistics.median(rates), 1)
    a = onnx.encode(texts[:200])
    b = torch_model.encode(texts[:200], normalize_embeddings=True)
    out["max abs difference onnx vs torch"] = float(np.abs(a - b).max())
    return out


def build_rate(corpus: Path) -> dict[str, object]:
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
        return {
            "units": units,
            "cold_build_s": round(cold, 1),
            "units_per_s": round(units / cold, 1),
            "rebuild_unchanged_s": round(again, 1),
            "line": out.strip(),
        }
    finally:
        shutil.rmtree(idx, ignore_errors=True)


def incremental(units: int = 100_000) -> dict[str, object]:
    """Add one report to a corpus of `units` units and rebuild: only the new units are embedded.
    The hashing embedder stands in for the model so that the 100k first build takes minutes."""
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
    text, _ = report(random.Random(99), 99999, 150)
    (corpus / "new-report.md").write_text(text)
    t = time.perf_counter()
    second = build_index(settings, embedder=emb)
    add_s = time.perf_counter() - t
    shutil.rmtree(base, ignore_errors=True)
    return {
        "units": first.passages + first.rows,
        "first_build_s": round(first.seconds, 1),
        "add_one_report_s": round(add_s, 1),
        "embedded_on_add": second.embedded,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--ask-only", action="store_true", help="only the cold ask and its breakdown")
    ap.add_argument("--full", action="store_true", help="also the 10k synthetic build and the 100k incremental build")
    ap.add_argument("--json")
    args = ap.parse_args()

    results: dict[str, object] = {}
    subprocess.run([PY, "-m", "qa", "build", "--quiet"], cwd=ROOT, env=ENV, check=True, capture_output=True)
    results["cold_ask"] = median_of(
        args.runs,
        {"python -m qa ask": [PY, "-m", "qa", "ask", QUESTION], "floor: import numpy, faiss": [PY, "-c", "import numpy, faiss"]},
    )
    print(json.dumps(results["cold_ask"]), flush=True)
    breakdowns = [
        json.loads(
            subprocess.run([PY, "-c", BREAKDOWN], cwd=ROOT, env=ENV, check=True, capture_output=True, text=True).stdout.splitlines()[-1]
        )
        for _ in range(args.runs)
    ]
    results["ask_breakdown_median_s"] = {k: round(statistics.median(b[k] for b in breakdowns), 2) for k in breakdowns[0]}
    if args.ask_only:
        print(json.dumps(results, indent=2))
        if args.json:
            Path(args.json).write_text(json.dumps(results, indent=2) + "\n")
        return
    results["encoders_cold"] = encoders_cold(args.runs)
    print(json.dumps(results["encoders_cold"]), flush=True)
    results["encoders_warm"] = encoders_warm()
    results["seed_corpus_build"] = build_rate(ROOT / "corpus")
    if args.full:
        from synth import write_corpus

        synth = Path(tempfile.mkdtemp())
        write_corpus(synth, 10_000)
        try:
            results["synthetic_10k_build"] = build_rate(synth)
        finally:
            shutil.rmtree(synth, ignore_errors=True)
        results["incremental_100k"] = incremental()
    print(json.dumps(results, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
