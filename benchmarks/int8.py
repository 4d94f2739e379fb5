"""Does an int8 model speed up embedding without losing answers? Dynamic int8 quantisation of
MiniLM's linear layers with torch (made locally from the bundled model, nothing downloaded),
compared with float32 on embedding throughput and on the gold set, each with its own index.

    .venv/bin/python benchmarks/int8.py [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


class TorchEmbedder:
    """sentence-transformers on torch, optionally with int8 linear layers (benchmark only: the
    product embeds with the ONNX export in qa/embed.py)."""

    def __init__(self, *, int8: bool = False) -> None:
        import torch

        from qa.embed import DIMENSION, MODEL_NAME, load_sentence_transformer

        self._model = load_sentence_transformer()
        if int8:
            self._model = torch.quantization.quantize_dynamic(self._model, {torch.nn.Linear}, dtype=torch.qint8)
        self.name, self.dimension = MODEL_NAME + ("-int8" if int8 else ""), DIMENSION

    def encode(self, texts, *, batch_size: int = 64, progress: bool = False):
        return self._model.encode(list(texts), batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True)


def throughput(embedder, texts) -> float:
    embedder.encode(texts[:64])
    t = time.perf_counter()
    embedder.encode(texts, batch_size=64)
    return round(len(texts) / (time.perf_counter() - t), 1)


def gold(embedder) -> dict:
    from qa.config import Settings
    from qa.evaluate import evaluate, load_gold
    from qa.pipeline import Assistant, build_index

    tmp = Path(tempfile.mkdtemp())
    settings = Settings(corpus_dir=ROOT / "corpus", index_dir=tmp / "index", data_dir=tmp / "data")
    build_index(settings, embedder=embedder)
    assistant = Assistant.load(settings, embedder=embedder)
    s = evaluate(load_gold(ROOT / "tests/data/gold.jsonl"), assistant.ask).summary()
    return {k: s[k] for k in ("answer_accuracy", "citation_accuracy", "refusal_accuracy", "false_refusals", "overall_accuracy")}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json")
    args = ap.parse_args()
    from scale import synthetic_units

    from qa.units import embedding_text

    texts = [embedding_text(u) for u in synthetic_units(2000)]
    fp32, int8 = TorchEmbedder(), TorchEmbedder(int8=True)
    a, b = fp32.encode(texts[:200]), int8.encode(texts[:200])
    results = {
        "float32": {"units_per_s": throughput(fp32, texts), **gold(fp32)},
        "int8_dynamic": {"units_per_s": throughput(int8, texts), **gold(int8)},
        "mean_cosine_int8_vs_float32": round(float((a * b).sum(1).mean()), 4),
    }
    print(json.dumps(results, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
