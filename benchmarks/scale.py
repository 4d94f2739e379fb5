"""Index and search at scale: synthetic report units with random unit vectors (the embedding cost
is measured by benchmarks/startup_build.py), for each size: build time, index size on disk,
resident memory (after loading the index, with the model, and with the answering layer ready),
dense / BM25 / whole-answer latency, and for an approximate (HNSW) index its recall@10 against
exact search.

    .venv/bin/python benchmarks/scale.py --sizes 10000 100000 1000000 [--json out.json]

Each size is measured in a fresh child process so that resident memory is its own.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

QUESTIONS = [
    "How much was invested in falls prevention in Leicester?",
    "How many people did home care support?",
    "Which activity had the largest investment?",
    "What did the reablement team improve in Rutland?",
    "How much was spent on dementia support?",
    "What happened to waiting times for urgent care?",
    "How many beneficiaries did social prescribing have?",
    "What is the budget for virtual wards?",
]


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def synthetic_units(n: int, seed: int = 11):
    from synth import PLACES, SERVICES, THINGS, VERBS, money, sentence

    from qa.types import Unit

    rng = random.Random(seed)
    units, table = [], 0
    headers = ("Activity", "Detail", "Beneficiaries", "Investment 24-25", "Commitments")
    for i in range(n):
        doc = f"report-{i // 200:05d}.md"
        if i % 3 == 0:
            text = sentence(rng)
            units.append(Unit(id=f"{doc}#{i}", doc=doc, kind="passage", text=text, section=f"Priority {i % 7}"))
            continue
        if i % 10 == 1:
            table += 1
        svc = rng.choice(SERVICES)
        cells = (
            f"{svc.title()} {rng.randint(1, 99)}",
            f"Support for {svc} in {rng.choice(PLACES)}",
            str(rng.randint(10, 20000)),
            money(rng),
            f"{rng.choice(VERBS).capitalize()} {rng.choice(THINGS)}",
        )
        title = f"Priority {table % 7}: {svc.title()}"
        text = "Table: " + title + " | " + " | ".join(f"{h}: {c}" for h, c in zip(headers, cells, strict=True))
        units.append(
            Unit(
                id=f"{doc}#{i}",
                doc=doc,
                kind="row",
                text=text,
                section=title,
                table=title,
                headers=headers,
                cells=cells,
                row=cells[0],
                table_id=f"{doc}#t{table}",
            )
        )
    return units


def pct(xs, p):
    xs = sorted(xs)
    return round(xs[min(len(xs) - 1, int(p * len(xs)))], 3)


def synthetic_vectors(units, base_size: int = 10_000):
    """Real embeddings of the first `base_size` units; the rest are those vectors with a little
    noise added (board papers repeat themselves a lot). Random vectors would have no neighbourhood
    structure at all and make every approximate index look broken."""
    import numpy as np

    from qa.embed import default_embedder

    base = default_embedder().encode([u.text for u in units[:base_size]], batch_size=128)
    n = len(units)
    if n <= len(base):
        return base
    rng = np.random.default_rng(5)
    vectors = base[np.arange(n) % len(base)] + rng.standard_normal((n, base.shape[1]), dtype=np.float32) * 0.02
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def build(n: int, folder: Path, base_size: int) -> dict:
    from qa.index import write_index

    units = synthetic_units(n)
    t0 = time.perf_counter()
    vectors = synthetic_vectors(units, base_size)
    embed_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    out = write_index(
        folder,
        units,
        vectors,
        model="all-MiniLM-L6-v2",
        unit_settings={"units_format": 2, "passage_max_chars": 600},
        corpus_fingerprint="synthetic",
        documents={},
    )
    seconds = time.perf_counter() - t0
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    return {"build_s": round(seconds, 1), "disk_mb": round(size / 1e6, 1), "embed_base_s": round(embed_s, 1)}


def measure(folder: Path) -> dict:
    import numpy as np

    from qa.config import Settings
    from qa.embed import default_embedder
    from qa.index import load_index
    from qa.pipeline import Assistant
    from qa.text import tokenize

    base = rss_mb()
    t0 = time.perf_counter()
    index = load_index(folder, verify=False)
    load_s = time.perf_counter() - t0
    after_load = rss_mb()
    embedder = default_embedder()
    qvecs = embedder.encode(QUESTIONS)
    index_and_model = rss_mb()
    t0 = time.perf_counter()
    assistant = Assistant(index, embedder, Settings(index_dir=folder))
    assistant_s = time.perf_counter() - t0
    rss_ready = rss_mb()
    dense, lexical, whole = [], [], []
    for _ in range(5):
        for q, v in zip(QUESTIONS, qvecs, strict=True):
            t = time.perf_counter()
            index.dense_search(v, 30)
            dense.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            index.bm25_scores(tokenize(q))
            lexical.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            assistant.ask(q)
            whole.append((time.perf_counter() - t) * 1000)
    result = {
        "units": len(index.units),
        "faiss_index": index.manifest.faiss_index,
        "load_s": round(load_s, 2),
        "rss_python_baseline_mb": round(base),
        "rss_after_load_mb": round(after_load),
        "rss_index_and_model_mb": round(index_and_model),
        "assistant_init_s": round(assistant_s, 2),
        "rss_ready_mb": round(rss_ready),
        "rss_peak_mb": round(peak_rss_mb()),
        "dense_ms": {"p50": pct(dense, 0.5), "p95": pct(dense, 0.95)},
        "bm25_ms": {"p50": pct(lexical, 0.5), "p95": pct(lexical, 0.95)},
        "answer_ms": {"p50": pct(whole, 0.5), "p95": pct(whole, 0.95)},
    }
    if index.manifest.faiss_index.startswith("hnsw") or os.environ.get("QA_BENCH_RECALL"):
        vectors = index.vectors()
        rng = np.random.default_rng(9)
        queries = np.vstack(
            [
                embedder.encode(QUESTIONS),
                embedder.encode([f"{q} in Leicester" for q in QUESTIONS]),
                vectors[rng.choice(len(vectors), 84, replace=False)],
            ]
        )
        hits = 0
        for q in queries:
            exact = set(np.argpartition(-(vectors @ q), 10)[:10].tolist())
            approx = {p for p, _ in index.dense_search(q, 10)}
            hits += len(exact & approx)
        result["recall_at_10"] = round(hits / (10 * len(queries)), 3)
    return result


def floor() -> dict:
    """The physical floor: memory bandwidth and a brute-force float32 scan of 1M x 384."""
    import numpy as np

    a = np.ones(1_000_000 * 384, dtype=np.float32)
    a.sum()
    t = time.perf_counter()
    a.sum()
    bw = a.nbytes / (time.perf_counter() - t) / 1e9
    m = a.reshape(1_000_000, 384)
    q = np.ones(384, dtype=np.float32)
    scans = []
    for _ in range(5):
        t = time.perf_counter()
        m @ q
        scans.append((time.perf_counter() - t) * 1000)
    return {"memory_read_gb_s": round(bw, 1), "bruteforce_1m_scan_ms": round(min(scans), 1)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--base", type=int, default=10_000, help="units embedded with the real model; the rest are noisy copies")
    ap.add_argument("--json")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(measure(Path(args.child))))
        return
    results = {"floor": floor(), "sizes": {}}
    for n in args.sizes:
        tmp = Path(tempfile.mkdtemp(prefix=f"scale-{n}-"))
        try:
            b = build(n, tmp, args.base)
            out = subprocess.run([sys.executable, __file__, "--child", str(tmp)], capture_output=True, text=True, check=True)
            m = json.loads(out.stdout.strip().splitlines()[-1])
            results["sizes"][n] = {**b, **m}
            print(n, json.dumps(results["sizes"][n]), flush=True)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps(results, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
