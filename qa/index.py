"""Build, save and load the index folder. The only module that imports llama_index and faiss.

Layout of the index folder:

    index/
      CURRENT               name of the live version folder, replaced atomically
      v-<time>-<hash>/      one complete build
        manifest.json       format, model, dimension, unit settings, corpus fingerprint, file hashes
        units.jsonl         the units, one JSON object a line, in vector order
        vectors.faiss       the FAISS index, written by llama-index's FaissVectorStore
        bm25/               the bm25s index over the same units

A build writes a new version folder under a temporary name and switches CURRENT only when the
folder is complete, so a crash or kill mid-build leaves the previous index loadable.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from qa.errors import IndexCorruptError, IndexMismatchError, IndexMissingError
from qa.text import tokenize
from qa.types import Unit

FORMAT_VERSION = 1
CURRENT = "CURRENT"
MANIFEST = "manifest.json"
UNITS = "units.jsonl"
VECTORS = "vectors.faiss"
BM25_DIR = "bm25"
KEYS = "embedding_keys.txt"  # per vector: hash of the model and the text embedded, for reuse by the next build
BUILD_CMD = "python -m qa build"
_FULL_HASH_LIMIT = 64 * 1024 * 1024


def _import_bm25s():
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)  # it sets itself to DEBUG on import
    return bm25s


@dataclass(frozen=True)
class Manifest:
    format: int
    package_version: str
    model: str
    dimension: int
    units: int
    unit_settings: dict
    corpus_fingerprint: str
    documents: dict[str, dict]  # file name -> title, date, publisher, url
    faiss_index: str
    files: dict[str, str]
    built_at: str
    corpus_dir: str = ""  # the folder the index was built from, used when none is given


def package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("llr-plan-assistant")
    except PackageNotFoundError:
        return "0+unknown"


def _hash_file(path: Path) -> str:
    """SHA-256 of a file; for a very large file, of its size, head and tail (a cheap damage check)."""
    h = hashlib.sha256()
    size = path.stat().st_size
    with path.open("rb") as f:
        if size <= _FULL_HASH_LIMIT:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
        else:
            h.update(str(size).encode())
            h.update(f.read(1 << 20))
            f.seek(size - (1 << 20))
            h.update(f.read())
    return h.hexdigest()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


EXACT_LIMIT = 200_000  # exact search stays under ~30 ms per question up to here on 2 cores


def _faiss_index_for(vectors: np.ndarray):
    """Exact inner-product search while it is fast enough; beyond that HNSW over 8-bit scalar-
    quantised vectors (a quarter of the memory of float32, recall@10 measured in docs/performance.md)."""
    import faiss

    n, dim = vectors.shape
    if n <= EXACT_LIMIT:
        return faiss.IndexFlatIP(dim), "flat-ip"
    index = faiss.IndexHNSWSQ(dim, faiss.ScalarQuantizer.QT_8bit, 32, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efConstruction = 64
    sample = vectors[np.random.default_rng(0).choice(n, min(n, 100_000), replace=False)]
    index.train(np.ascontiguousarray(sample, dtype=np.float32))
    index.hnsw.efSearch = 128
    return index, "hnsw32-sq8-ip"


class SearchIndex:
    """A loaded index: units, FAISS vectors (through llama-index's FaissVectorStore) and BM25."""

    def __init__(self, folder: Path, manifest: Manifest, units: list[Unit], store, bm25) -> None:
        self.folder = folder
        self.manifest = manifest
        self.units = units
        self._store = store
        self._bm25 = bm25
        self.vocabulary: dict[str, int] = dict(bm25.vocab_dict) if bm25 is not None else {}
        self._doc_ranges: dict[str, tuple[int, int]] = {}
        for i, u in enumerate(units):
            start, _ = self._doc_ranges.get(u.doc, (i, i))
            self._doc_ranges[u.doc] = (start, i + 1)
        self._doc_freq = self._document_frequencies()

    # -- searching -----------------------------------------------------------------
    @property
    def documents(self) -> list[str]:
        return list(self._doc_ranges)

    def doc_range(self, doc: str) -> tuple[int, int] | None:
        return self._doc_ranges.get(doc)

    def dense_search(self, vector: np.ndarray, k: int, doc: str | None = None) -> list[tuple[int, float]]:
        """(position, cosine) of the k nearest units, optionally within one document."""
        from llama_index.core.vector_stores.types import VectorStoreQuery

        n = len(self.units)
        if n == 0:
            return []
        k = min(k, n)
        if doc is None:
            result = self._store.query(VectorStoreQuery(query_embedding=vector.tolist(), similarity_top_k=k))
            return [(int(i), float(s)) for i, s in zip(result.ids, result.similarities)]
        import faiss

        rng = self._doc_ranges.get(doc)
        if rng is None:
            return []
        params = faiss.SearchParameters(sel=faiss.IDSelectorRange(rng[0], rng[1]))
        scores, ids = self._store.client.search(vector.reshape(1, -1).astype(np.float32), min(k, rng[1] - rng[0]), params=params)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]

    def cosine(self, vector: np.ndarray, positions: list[int]) -> list[float]:
        if not positions:
            return []
        stored = np.vstack([self._store.client.reconstruct(int(p)) for p in positions])
        return (stored @ vector.astype(np.float32)).tolist()

    def bm25_scores(self, tokens: list[str]) -> np.ndarray:
        """BM25 score of every unit for the query tokens (zeros when none is in the vocabulary)."""
        known = [t for t in tokens if t in self.vocabulary]
        if not known or self._bm25 is None:
            return np.zeros(len(self.units), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(known), dtype=np.float32)

    def document_frequency(self, token: str) -> int:
        return self._doc_freq.get(token, 0)

    def _document_frequencies(self) -> dict[str, int]:
        if self._bm25 is None:
            return {}
        # bm25s stores per-token score columns; a token's document frequency is its nonzero count.
        scores = self._bm25.scores
        indptr = np.asarray(scores["indptr"])
        counts = np.diff(indptr)
        inv = {v: k for k, v in self.vocabulary.items()}
        return {inv[i]: int(c) for i, c in enumerate(counts) if i in inv}

    def embedding_keys(self) -> list[str]:
        path = self.folder / KEYS
        if not path.is_file():
            return []
        keys = path.read_text(encoding="utf-8").split()
        return keys if len(keys) == len(self.units) else []

    def vectors(self) -> np.ndarray:
        n = len(self.units)
        if n == 0:
            return np.zeros((0, self.manifest.dimension), dtype=np.float32)
        return self._store.client.reconstruct_n(0, n)


# -- writing -----------------------------------------------------------------------
def write_index(
    index_dir: Path,
    units: list[Unit],
    vectors: np.ndarray,
    *,
    model: str,
    unit_settings: dict,
    corpus_fingerprint: str,
    documents: dict[str, dict],
    embedding_keys: list[str] | None = None,
    corpus_dir: str = "",
) -> Path:
    """Write a complete version folder, then point CURRENT at it. Returns the new folder."""
    from llama_index.vector_stores.faiss import FaissVectorStore

    bm25s = _import_bm25s()
    index_dir.mkdir(parents=True, exist_ok=True)
    clean_debris(index_dir)
    tmp = index_dir / f".tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir()
    try:
        with (tmp / UNITS).open("w", encoding="utf-8") as f:
            for u in units:
                f.write(json.dumps(asdict(u), ensure_ascii=False) + "\n")
        if embedding_keys is not None:
            (tmp / KEYS).write_text("".join(k + "\n" for k in embedding_keys), encoding="utf-8")
        faiss_index, kind = _faiss_index_for(vectors)
        store = FaissVectorStore(faiss_index=faiss_index)
        if len(units):
            faiss_index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        store.persist(persist_path=str(tmp / VECTORS))
        bm25 = bm25s.BM25()
        bm25.index([tokenize(u.search_text) or [""] for u in units] or [[""]], show_progress=False)
        bm25.save(str(tmp / BM25_DIR))
        files = {p.relative_to(tmp).as_posix(): _hash_file(p) for p in sorted(tmp.rglob("*")) if p.is_file()}
        manifest = Manifest(
            format=FORMAT_VERSION,
            package_version=package_version(),
            model=model,
            dimension=int(vectors.shape[1]),
            units=len(units),
            unit_settings=unit_settings,
            corpus_fingerprint=corpus_fingerprint,
            documents=documents,
            faiss_index=kind,
            files=files,
            built_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            corpus_dir=corpus_dir,
        )
        (tmp / MANIFEST).write_text(json.dumps(asdict(manifest), indent=2), encoding="utf-8")
        for p in tmp.rglob("*"):
            if p.is_file():
                with p.open("rb") as f:
                    os.fsync(f.fileno())
        final = index_dir / f"v-{time.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:6]}"
        os.replace(tmp, final)
        pointer = index_dir / f".{CURRENT}.{os.getpid()}"
        pointer.write_text(final.name + "\n", encoding="utf-8")
        with pointer.open("rb") as f:
            os.fsync(f.fileno())
        os.replace(pointer, index_dir / CURRENT)
        _fsync_dir(index_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    clean_debris(index_dir)
    return final


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_debris(index_dir: Path) -> None:
    """Remove what killed builds left behind and versions no longer current."""
    current = read_current(index_dir)
    for p in index_dir.iterdir():
        if p.name.startswith(".tmp-") or (p.name.startswith(f".{CURRENT}.") and p.is_file()):
            pid = p.name.split("-")[1] if p.name.startswith(".tmp-") else p.name.rsplit(".", 1)[-1]
            if pid.isdigit() and _pid_alive(int(pid)) and int(pid) != os.getpid():
                continue
            shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)
        elif p.is_dir() and p.name.startswith("v-") and current is not None and p.name != current:
            shutil.rmtree(p, ignore_errors=True)


def read_current(index_dir: Path) -> str | None:
    try:
        name = (index_dir / CURRENT).read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError:
        return None
    return name or None


# -- reading -----------------------------------------------------------------------
def _bad_file(path: Path, problem: str = "is damaged") -> IndexCorruptError:
    return IndexCorruptError(f"The index file {path} {problem}. Run `{BUILD_CMD}` to rebuild the index.")


def read_manifest(folder: Path) -> Manifest:
    try:
        raw = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        return Manifest(**raw)
    except FileNotFoundError as exc:
        raise _bad_file(folder / MANIFEST, "is missing") from exc
    except (ValueError, TypeError, UnicodeDecodeError) as exc:
        raise _bad_file(folder / MANIFEST) from exc


def recorded_corpus(index_dir: Path) -> Path | None:
    """The corpus folder the current index was built from, when it recorded one."""
    try:
        corpus = read_manifest(current_folder(index_dir)).corpus_dir
    except (IndexMissingError, IndexCorruptError):
        return None
    return Path(corpus) if corpus else None


def current_folder(index_dir: Path) -> Path:
    name = read_current(index_dir)
    if name is None:
        raise IndexMissingError(str(index_dir))
    folder = index_dir / name
    if "/" in name or not folder.is_dir():
        raise IndexCorruptError(
            f"The index in {index_dir} points to a version that is not there ({name}). Run `{BUILD_CMD}` to rebuild it."
        )
    return folder


def verify_files(folder: Path, manifest: Manifest) -> None:
    """Every file listed in the manifest is present and unchanged; name the first that is not."""
    for rel, expected in manifest.files.items():
        path = folder / rel
        if not path.is_file():
            raise _bad_file(path, "is missing")
        if _hash_file(path) != expected:
            raise _bad_file(path, "is damaged (its checksum does not match)")


def check_compatible(manifest: Manifest, *, model: str, unit_settings: dict, corpus_fingerprint: str | None) -> None:
    if manifest.format != FORMAT_VERSION:
        raise IndexMismatchError(
            f"The index was written in format {manifest.format}; this version of the assistant reads format {FORMAT_VERSION}. Run `{BUILD_CMD}`."
        )
    if manifest.model != model:
        raise IndexMismatchError(f"The index was built with the model {manifest.model!r}, not {model!r}. Run `{BUILD_CMD}`.")
    if manifest.unit_settings != unit_settings:
        raise IndexMismatchError(f"The index was built with other unit settings ({manifest.unit_settings}). Run `{BUILD_CMD}`.")
    if corpus_fingerprint is not None and manifest.corpus_fingerprint != corpus_fingerprint:
        raise IndexMismatchError(f"The corpus has changed since the index was built. Run `{BUILD_CMD}` to update it.")


def load_index(index_dir: Path, *, verify: bool = True) -> SearchIndex:
    """Load the current version; IndexMissingError / IndexCorruptError say what to run."""
    from llama_index.vector_stores.faiss import FaissVectorStore

    bm25s = _import_bm25s()
    folder = current_folder(index_dir)
    manifest = read_manifest(folder)
    if verify:
        verify_files(folder, manifest)
    try:
        units = [Unit.from_dict(json.loads(line)) for line in (folder / UNITS).read_text(encoding="utf-8").splitlines() if line]
    except (ValueError, TypeError, UnicodeDecodeError, OSError) as exc:
        raise _bad_file(folder / UNITS) from exc
    try:
        store = FaissVectorStore.from_persist_path(str(folder / VECTORS))
    except Exception as exc:  # faiss raises RuntimeError with C++ text
        raise _bad_file(folder / VECTORS) from exc
    try:
        bm25 = bm25s.BM25.load(str(folder / BM25_DIR), mmap=False)
    except Exception as exc:
        raise _bad_file(folder / BM25_DIR) from exc
    if not (len(units) == manifest.units == store.client.ntotal):
        raise IndexCorruptError(f"The index in {folder} is inconsistent (unit and vector counts differ). Run `{BUILD_CMD}`.")
    return SearchIndex(folder, manifest, units, store, bm25)
