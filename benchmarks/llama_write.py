"""What writing the index's vectors through llama-index would cost (issue 12): the same vectors
added to the same FAISS index (exact, and the HNSW + 8-bit index used beyond 200,000 units) by
FAISS directly, as qa/index.py does, and through llama-index's public vector-store API
(`FaissVectorStore.add` with one `TextNode` per unit, then `persist`), plus the time to import
llama-index in a fresh process. Needs the `bench` extra (`pip install -e ".[bench]"`).

    .venv/bin/python benchmarks/llama_write.py --n 30000 [--json benchmarks/results-llama-write.json]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import faiss
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa.index import HNSW_EF_CONSTRUCTION, HNSW_NEIGHBOURS  # noqa: E402

BATCH = 5_000  # nodes made and added at a time, so their Python objects do not pile up


def empty_index(kind: str, dim: int, sample: np.ndarray) -> faiss.Index:
    if kind == "flat-ip":
        return faiss.IndexFlatIP(dim)
    index = faiss.IndexHNSWSQ(dim, faiss.ScalarQuantizer.QT_8bit, HNSW_NEIGHBOURS, faiss.METRIC_INNER_PRODUCT)  # type: ignore[arg-type]
    index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
    index.train(sample)
    return index


def direct(index: faiss.Index, vectors: np.ndarray, path: Path) -> None:
    index.add(vectors)
    faiss.write_index(index, str(path))


def through_llama_index(index: faiss.Index, vectors: np.ndarray, path: Path) -> None:
    from llama_index.core.schema import TextNode
    from llama_index.vector_stores.faiss import FaissVectorStore

    store = FaissVectorStore(faiss_index=index)
    for start in range(0, len(vectors), BATCH):
        end = min(len(vectors), start + BATCH)
        store.add([TextNode(id_=str(i), text="", embedding=vectors[i].tolist()) for i in range(start, end)])
    store.persist(persist_path=str(path))


def import_seconds() -> float:
    code = (
        "import time; t = time.perf_counter(); from llama_index.vector_stores.faiss import FaissVectorStore; print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=30_000, help="vectors written")
    ap.add_argument("--json")
    args = ap.parse_args()
    rng = np.random.default_rng(0)
    vectors = rng.standard_normal((args.n, 384), dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    sample = vectors[: min(args.n, 10_000)]
    imports = sorted(import_seconds() for _ in range(3))
    results: dict[str, object] = {"vectors": args.n, "import_llama_index_s_median_of_3": round(imports[1], 2)}
    with tempfile.TemporaryDirectory() as tmp:
        for kind in ("flat-ip", "hnsw32-sq8-ip"):
            row = {}
            for name, write in (("faiss_s", direct), ("llama_index_s", through_llama_index)):
                index = empty_index(kind, vectors.shape[1], sample)
                path = Path(tmp) / f"{kind}-{name}.faiss"
                t = time.perf_counter()
                write(index, vectors, path)
                row[name] = round(time.perf_counter() - t, 2)
                row[f"{name}_file_mb"] = round(path.stat().st_size / 1e6, 1)
            results[kind] = row
            print(kind, json.dumps(row), flush=True)
    print(json.dumps(results, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
