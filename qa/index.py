"""Build, save and load the index folder. The only module that imports faiss and bm25s.

Layout of the index folder:

    index/
      CURRENT                    name of the live version folder, replaced atomically
      .build.lock                held by the one build running (flock; released if it dies)
      v-<time>-<hash>/           one complete build
        manifest.json            format, model, dimension, unit settings, corpus fingerprint, file hashes
        manifest.json.sha256     SHA-256 of manifest.json, so an edited manifest cannot switch checks off
        units.jsonl              the units, one JSON object a line, in vector order
        units.offsets.npy        byte offset of each line, so one unit is read without the rest
        vectors.faiss            the FAISS index
        bm25/                    the bm25s index over the same units
        document_frequencies.json  units holding each BM25 token, counted at build time
        words.json               each word as written (lower-cased, not stemmed) and how often the units use it
        document_ranges.json     each document's [start, end) positions (units are stored by document)
        tables.json              each table's row positions, so its rows are found without a scan
        terms.json               acronyms of row and section names, abbreviations the units define, names
        embedding_keys.txt       per vector: hash of the model and the text embedded, for reuse by the next build

A build writes a new version folder under a temporary name and switches CURRENT only when the
folder is complete, so a crash or kill mid-build leaves the previous index loadable. Builds take
an exclusive lock on the index folder, so two at once cannot remove each other's versions.

FAISS is used directly, to write and to search; llama-index is not imported by the product. Its
FaissVectorStore only wraps `faiss.write_index`, `add` and `search`: at query time it has no
public way to search part of the index or read stored vectors back, and importing it costs about
a second of start-up; at build time its `add` takes one vector at a time, which costs about 0.1 ms
a unit beside FAISS's own batch `add` and 1.3 s to import, and brings 25 more packages
(benchmarks/llama_write.py, docs/performance.md "llama-index").
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import re
import shutil
import threading
import time
import uuid
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

import numpy as np

from qa.errors import IndexBusyError, IndexCorruptError, IndexMismatchError, IndexMissingError
from qa.hashing import sha256_file
from qa.text import tokenize_all, words
from qa.types import Unit

if TYPE_CHECKING:
    import bm25s
    import faiss

# 2: units read from disk, manifest checksum, stored document frequencies; 3: word counts;
# 4: acronyms and defined abbreviations (qa.units.corpus_terms), so start-up reads no unit; BM25
#    tokens from bm25s.tokenize with its stop words (qa.text)
FORMAT_VERSION = 4
CURRENT = "CURRENT"
LOCK = ".build.lock"
MANIFEST = "manifest.json"
MANIFEST_SUM = "manifest.json.sha256"
UNITS = "units.jsonl"
OFFSETS = "units.offsets.npy"
VECTORS = "vectors.faiss"
BM25_DIR = "bm25"
DOC_FREQ = "document_frequencies.json"
DOC_RANGES = "document_ranges.json"
TABLES = "tables.json"
KEYS = "embedding_keys.txt"
WORDS = "words.json"
TERMS = "terms.json"
# Files every version must list in its manifest: emptying the list must not skip their checks.
REQUIRED = (UNITS, OFFSETS, VECTORS, DOC_FREQ, DOC_RANGES, TABLES, WORDS, TERMS, f"{BM25_DIR}/params.index.json")
BUILD_CMD = "python -m qa build"
VERSION_NAME = re.compile(r"v-\d{14}-[0-9a-f]{6}")
_FULL_HASH_LIMIT = 64 * 1024 * 1024
UNIT_CACHE = 4096  # decoded units kept per index: a question touches at most a few hundred
EXACT_LIMIT = 200_000  # exact search stays under ~30 ms per question up to here on 2 cores
# HNSW beyond EXACT_LIMIT; recall@10 0.972 at 1M units with these (docs/performance.md).
HNSW_NEIGHBOURS = 32  # graph links per vector (faiss's M)
HNSW_EF_CONSTRUCTION = 64
HNSW_EF_SEARCH = 128
SQ_TRAINING_SAMPLE = 100_000  # vectors the 8-bit quantiser learns its ranges from
# FAISS's OpenMP threads for one question's search. A question is one vector, which more threads do
# not speed up; on this busy 2-core machine their waiting made an exact search of 100k vectors 2-3x
# slower (40 against 13.5 ms p50, docs/performance.md). Builds keep every core.
SEARCH_THREADS = 1


def _import_bm25s() -> Any:
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
    unit_settings: dict[str, Any]
    corpus_fingerprint: str
    documents: dict[str, dict[str, Any]]  # file name -> title, date, publisher, url
    faiss_index: str
    files: dict[str, str]
    built_at: str
    corpus_dir: str = ""  # the folder the index was built from, used when none is given


def package_version() -> str:
    """The installed version of the distribution that holds this package (pyproject's name is not
    repeated here), "0+unknown" when it runs from a source tree that was never installed."""
    from importlib.metadata import PackageNotFoundError, packages_distributions, version

    names = packages_distributions().get(__name__.split(".")[0], [])  # scans the installed packages: about 0.3 s, once a build
    try:
        return version(names[0]) if names else "0+unknown"
    except PackageNotFoundError:
        return "0+unknown"


def _hash_file(path: Path) -> str:
    return sha256_file(path, sample_over=_FULL_HASH_LIMIT)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def _faiss_threads(n: int) -> Iterator[None]:
    """Run FAISS with `n` OpenMP threads in this thread (OpenMP keeps the setting per thread), then
    put the previous number back."""
    import faiss

    before = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(n)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(before)


def _faiss_index_for(vectors: np.ndarray) -> tuple[faiss.Index, str]:
    """Exact inner-product search while it is fast enough; beyond that HNSW over 8-bit scalar-
    quantised vectors (a quarter of the memory of float32, recall@10 measured in docs/performance.md)."""
    import faiss

    n, dim = vectors.shape
    if n <= EXACT_LIMIT:
        return faiss.IndexFlatIP(dim), "flat-ip"
    # faiss's stubs type this argument as a ScalarQuantizer; the C++ constructor takes its QuantizerType.
    index = faiss.IndexHNSWSQ(dim, faiss.ScalarQuantizer.QT_8bit, HNSW_NEIGHBOURS, faiss.METRIC_INNER_PRODUCT)  # type: ignore[arg-type]
    index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
    sample = vectors[np.random.default_rng(0).choice(n, min(n, SQ_TRAINING_SAMPLE), replace=False)]
    index.train(np.ascontiguousarray(sample, dtype=np.float32))
    index.hnsw.efSearch = HNSW_EF_SEARCH
    return index, "hnsw32-sq8-ip"


def document_frequencies(token_lists: Sequence[Sequence[str]]) -> dict[str, int]:
    """How many units hold each token.

    >>> document_frequencies([["falls", "team", "falls"], ["team"]])
    {'falls': 1, 'team': 2}
    """
    counts: Counter[str] = Counter()
    for tokens in token_lists:
        counts.update(set(tokens))
    return dict(sorted(counts.items()))


def word_counts(texts: Iterable[str]) -> dict[str, int]:
    """How often each word is written, as the speller compares them: lower-cased, not stemmed,
    letters only (numbers are never corrected), most frequent first.

    >>> word_counts(["Accessible transport", "accessible aids for 385 people"])
    {'accessible': 2, 'aids': 1, 'for': 1, 'people': 1, 'transport': 1}
    """
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(w for w in words(text) if w.isalpha())
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _tables_by_document(doc_ranges: dict[str, tuple[int, int]], tables: dict[str, list[int]]) -> dict[str, list[str]]:
    """Each document's table ids in document order, placed by the position of each table's first row.

    >>> _tables_by_document({"a.md": (0, 5), "b.md": (5, 9)}, {"b.md#t2": [6, 7], "a.md#t1": [1, 2], "b.md#t9": [8]})
    {'a.md': ['a.md#t1'], 'b.md': ['b.md#t2', 'b.md#t9']}
    """
    starts = sorted((start, doc) for doc, (start, _) in doc_ranges.items())
    firsts = [start for start, _ in starts]
    out: dict[str, list[str]] = {}
    for table, positions in sorted(((t, p) for t, p in tables.items() if p), key=lambda tp: tp[1][0]):
        at = bisect_right(firsts, positions[0]) - 1
        if at >= 0:
            out.setdefault(starts[at][1], []).append(table)
    return out


class UnitFile(Sequence[Unit]):
    """The units of one version, read from disk on demand: `len`, indexing and iteration work as on
    a list, but only the units asked for are decoded (and the most recent few thousand kept).
    Reads use `os.pread`, so many threads can share one open file."""

    def __init__(self, path: Path, offsets: np.ndarray) -> None:
        self.path = path
        self._offsets = offsets
        self._fd = -1  # so that __del__ is safe if the open below fails
        self._fd = os.open(path, os.O_RDONLY)
        self._cached = lru_cache(maxsize=UNIT_CACHE)(self._read)

    def __len__(self) -> int:
        return len(self._offsets) - 1

    @overload
    def __getitem__(self, i: int) -> Unit: ...

    @overload
    def __getitem__(self, i: slice) -> UnitSlice: ...

    def __getitem__(self, i: int | slice) -> Unit | UnitSlice:
        if isinstance(i, slice):
            return UnitSlice(self, range(len(self))[i])
        n = len(self)
        position = int(i) + n if i < 0 else int(i)
        if not 0 <= position < n:
            raise IndexError(f"unit position {i} out of range ({n} units)")
        return self._cached(position)

    def __iter__(self) -> Iterator[Unit]:
        # A sequential pass reads the file as a stream instead of one pread per unit. Through the
        # open descriptor, not the path: a later build may have removed this version's folder.
        with os.fdopen(os.dup(self._fd), "rb") as f:
            f.seek(0)
            for position, line in enumerate(f):
                if position >= len(self):
                    break
                yield self._decode(line, position)

    def _read(self, position: int) -> Unit:
        start, end = int(self._offsets[position]), int(self._offsets[position + 1])
        return self._decode(os.pread(self._fd, end - start, start), position)

    def _decode(self, line: bytes, position: int) -> Unit:
        try:
            return Unit.from_dict(json.loads(line))
        except (ValueError, TypeError) as exc:
            raise _bad_file(self.path, f"is damaged at unit {position}") from exc

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def __del__(self) -> None:
        self.close()


class UnitSlice(Sequence[Unit]):
    """A slice of a UnitFile that reads its units only when they are asked for, so that
    `for u in units[i:]: ... break` reads only as far as the loop goes."""

    def __init__(self, units: UnitFile, positions: range) -> None:
        self._units = units
        self._positions = positions

    def __len__(self) -> int:
        return len(self._positions)

    @overload
    def __getitem__(self, i: int) -> Unit: ...

    @overload
    def __getitem__(self, i: slice) -> UnitSlice: ...

    def __getitem__(self, i: int | slice) -> Unit | UnitSlice:
        if isinstance(i, slice):
            return UnitSlice(self._units, self._positions[i])
        return self._units[self._positions[i]]

    def __iter__(self) -> Iterator[Unit]:
        return (self._units[p] for p in self._positions)


class SearchIndex:
    """A loaded index: units (on disk), FAISS vectors and BM25, with counts made at build time."""

    def __init__(
        self,
        folder: Path,
        manifest: Manifest,
        units: Sequence[Unit],
        vectors: faiss.Index,
        bm25: bm25s.BM25 | None,
        *,
        doc_freq: dict[str, int],
        doc_ranges: dict[str, tuple[int, int]],
        tables: dict[str, list[int]],
        words_raw: bytes = b"{}",
        terms: dict[str, dict[str, str]] | None = None,
    ) -> None:
        self.folder = folder
        self.manifest = manifest
        self.units = units
        self._vectors = vectors
        self._bm25 = bm25
        self.vocabulary: dict[str, int] = dict(bm25.vocab_dict) if bm25 is not None else {}
        self._doc_freq = doc_freq
        self._doc_ranges = doc_ranges
        self._tables = tables
        self._doc_tables = _tables_by_document(doc_ranges, tables)
        self._words: dict[str, int] | None = None
        self._words_raw = words_raw  # read at load: a later build may remove this version's folder
        self._words_lock = threading.Lock()
        terms = terms or {}
        # Counted over every unit at build time (qa.units.corpus_terms), lower-case short form -> name.
        self.acronyms: dict[str, str] = dict(terms.get("acronyms", {}))
        self.defined: dict[str, str] = dict(terms.get("defined", {}))
        self.names: dict[str, str] = dict(terms.get("names", {}))  # words the passages write as names

    # -- searching -----------------------------------------------------------------
    @property
    def documents(self) -> list[str]:
        return list(self._doc_ranges)

    def doc_range(self, doc: str) -> tuple[int, int] | None:
        return self._doc_ranges.get(doc)

    def position_of(self, unit_id: str) -> int | None:
        """Where a unit is, from its id (`document#position-hash`, see qa.units.unit_id), or None."""
        doc, _, rest = unit_id.rpartition("#")
        rng = self._doc_ranges.get(doc)
        offset = rest.split("-", 1)[0]
        if rng is None or not offset.isdigit() or not rng[0] + int(offset) < rng[1]:
            return None
        position = rng[0] + int(offset)
        return position if self.units[position].id == unit_id else None

    def table_rows(self, table_id: str) -> list[Unit]:
        """The row units of one table, in order (read from disk when asked for)."""
        return [self.units[p] for p in self._tables.get(table_id, ())]

    def table_positions(self, table_id: str) -> list[int]:
        """Where the rows of one table are, in order (stored at build time: no unit is read)."""
        return list(self._tables.get(table_id, ()))

    def tables_of(self, doc: str) -> list[str]:
        """The ids of one document's tables, in document order (no unit is read)."""
        return list(self._doc_tables.get(doc, ()))

    def dense_search(self, vector: np.ndarray, k: int, doc: str | None = None) -> list[tuple[int, float]]:
        """(position, cosine) of the k nearest units, optionally within one document."""
        import faiss

        n = len(self.units)
        query = np.ascontiguousarray(vector, dtype=np.float32).reshape(1, -1)
        with _faiss_threads(SEARCH_THREADS):
            if doc is None:
                scores, ids = self._vectors.search(query, min(k, n)) if n else (np.zeros((1, 0)), np.zeros((1, 0)))
            else:
                rng = self._doc_ranges.get(doc)
                if rng is None:
                    return []
                selector = faiss.IDSelectorRange(rng[0], rng[1])  # kept in a local: params only borrows it
                params = faiss.SearchParameters()
                params.sel = selector
                scores, ids = self._vectors.search(query, min(k, rng[1] - rng[0]), params=params)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]

    def cosine(self, vector: np.ndarray, positions: list[int]) -> list[float]:
        if not positions:
            return []
        stored = self._vectors.reconstruct_batch(np.asarray(positions, dtype=np.int64))  # one call, not one a position
        scores: list[float] = (stored @ vector.astype(np.float32)).tolist()
        return scores

    def bm25_scores(self, tokens: list[str]) -> np.ndarray:
        """BM25 score of every unit for the query tokens (zeros when none is in the vocabulary)."""
        known = [t for t in tokens if t in self.vocabulary]
        if not known or self._bm25 is None:
            return np.zeros(len(self.units), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(known), dtype=np.float32)

    def document_frequency(self, token: str) -> int:
        return self._doc_freq.get(token, 0)

    def word_counts(self) -> dict[str, int]:
        """Each word the units write (lower-cased, not stemmed) and how often: the speller's
        vocabulary. Decoded on first use, so a question whose words are all known never pays for it."""
        with self._words_lock:
            if self._words is None:
                try:
                    self._words = {str(w): int(n) for w, n in json.loads(self._words_raw).items()}
                except (ValueError, TypeError, AttributeError) as exc:
                    raise _bad_file(self.folder / WORDS) from exc
                self._words_raw = b""
            return self._words

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
        stored: np.ndarray = self._vectors.reconstruct_n(0, n)
        return stored


# -- writing -----------------------------------------------------------------------
@contextmanager
def build_lock(index_dir: Path, *, timeout: float | None = None) -> Iterator[None]:
    """Hold the index folder's build lock for the length of a build.

    A second build waits for the first (saying so in the log); with `timeout` it gives up after
    that many seconds with IndexBusyError. The lock is an flock, so the kernel releases it when the
    holder exits or is killed: a stale lock file never blocks anyone.
    """
    index_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(index_dir / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            if timeout is not None and timeout <= 0:
                raise IndexBusyError(index_dir, holder) from None
            logging.getLogger(__name__).warning("Another build (process %s) is writing %s; waiting for it to finish.", holder, index_dir)
            _wait_for_lock(fd, index_dir, holder, timeout)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _wait_for_lock(fd: int, index_dir: Path, holder: str, timeout: float | None) -> None:
    if timeout is None:
        fcntl.flock(fd, fcntl.LOCK_EX)
        return
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise IndexBusyError(index_dir, holder) from None
            time.sleep(0.1)


def write_index(
    index_dir: Path,
    units: list[Unit],
    vectors: np.ndarray,
    *,
    model: str,
    unit_settings: dict[str, Any],
    corpus_fingerprint: str,
    documents: dict[str, dict[str, Any]],
    embedding_keys: list[str] | None = None,
    corpus_dir: str = "",
) -> Path:
    """Write a complete version folder, then point CURRENT at it. Returns the new folder.

    Callers that may run at the same time as another build hold `build_lock` around this."""
    import faiss

    from qa.units import corpus_terms

    bm25s = _import_bm25s()
    index_dir.mkdir(parents=True, exist_ok=True)
    clean_debris(index_dir)
    tmp = index_dir / f".tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir()
    try:
        offsets = np.zeros(len(units) + 1, dtype=np.int64)
        ranges: dict[str, list[int]] = {}
        tables: dict[str, list[int]] = {}
        with (tmp / UNITS).open("wb") as f:
            for i, u in enumerate(units):
                line = (json.dumps(asdict(u), ensure_ascii=False) + "\n").encode("utf-8")
                f.write(line)
                offsets[i + 1] = offsets[i] + len(line)
                if u.doc in ranges and ranges[u.doc][1] != i:
                    raise ValueError(f"units of {u.doc} are not contiguous; the index stores them by document")
                ranges.setdefault(u.doc, [i, i])[1] = i + 1
                if u.kind == "row" and u.table_id:
                    tables.setdefault(u.table_id, []).append(i)
        np.save(tmp / OFFSETS, offsets)
        (tmp / DOC_RANGES).write_text(json.dumps(ranges, ensure_ascii=False), encoding="utf-8")
        (tmp / TABLES).write_text(json.dumps(tables, ensure_ascii=False), encoding="utf-8")
        if embedding_keys is not None:
            (tmp / KEYS).write_text("".join(k + "\n" for k in embedding_keys), encoding="utf-8")
        faiss_index, kind = _faiss_index_for(vectors)
        if len(units):
            faiss_index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        faiss.write_index(faiss_index, str(tmp / VECTORS))
        tokens = [t or [""] for t in tokenize_all([u.search_text for u in units])]  # bm25s's mark of an empty unit
        (tmp / DOC_FREQ).write_text(json.dumps(document_frequencies(tokens), ensure_ascii=False), encoding="utf-8")
        (tmp / WORDS).write_text(json.dumps(word_counts(u.search_text for u in units), ensure_ascii=False), encoding="utf-8")
        (tmp / TERMS).write_text(json.dumps(corpus_terms(units), ensure_ascii=False), encoding="utf-8")
        bm25 = bm25s.BM25()
        bm25.index(tokens or [[""]], show_progress=False)
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
        raw = json.dumps(asdict(manifest), indent=2).encode("utf-8")
        (tmp / MANIFEST).write_bytes(raw)
        (tmp / MANIFEST_SUM).write_text(hashlib.sha256(raw).hexdigest() + "\n", encoding="utf-8")
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
    """Remove what killed builds left behind and versions no longer current. While CURRENT is
    damaged no version is removed: which one was live is unknown until a build writes it again."""
    try:
        current = read_current(index_dir)
    except IndexCorruptError:
        current = None
    for p in index_dir.iterdir():
        if p.name.startswith(".tmp-") or (p.name.startswith(f".{CURRENT}.") and p.is_file()):
            pid = p.name.split("-")[1] if p.name.startswith(".tmp-") else p.name.rsplit(".", 1)[-1]
            if pid.isdigit() and _pid_alive(int(pid)) and int(pid) != os.getpid():
                continue
            if p.is_dir():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink(missing_ok=True)
        elif p.is_dir() and p.name.startswith("v-") and current is not None and p.name != current:
            shutil.rmtree(p, ignore_errors=True)


def read_current(index_dir: Path) -> str | None:
    """The live version's folder name; None when there is no index yet. Anything in CURRENT that
    is not a version name this code writes (random bytes, a path) is IndexCorruptError."""
    try:
        raw = (index_dir / CURRENT).read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:
        raise _bad_file(index_dir / CURRENT, "cannot be read") from exc
    name = raw.decode("ascii", "replace").strip()
    if not raw.strip():
        return None
    if not VERSION_NAME.fullmatch(name):
        raise _bad_file(index_dir / CURRENT, "is damaged (it does not name an index version)")
    return name


# -- reading -----------------------------------------------------------------------
def _bad_file(path: Path, problem: str = "is damaged") -> IndexCorruptError:
    return IndexCorruptError(f"The index file {path} {problem}. Run `{BUILD_CMD}` to rebuild the index.")


def read_manifest(folder: Path) -> Manifest:
    """The manifest, after checking it against the checksum stored beside it."""
    try:
        raw = (folder / MANIFEST).read_bytes()
    except FileNotFoundError as exc:
        raise _bad_file(folder / MANIFEST, "is missing") from exc
    try:
        recorded = (folder / MANIFEST_SUM).read_text(encoding="ascii").strip()
    except FileNotFoundError:
        recorded = None
    except (OSError, UnicodeDecodeError):
        recorded = ""
    if recorded is None:
        _reject_older_format(raw)
        raise _bad_file(folder / MANIFEST, f"has no checksum ({MANIFEST_SUM} is missing)")
    if hashlib.sha256(raw).hexdigest() != recorded:
        raise _bad_file(folder / MANIFEST, f"is damaged (it does not match {MANIFEST_SUM})")
    try:
        manifest = Manifest(**json.loads(raw))
    except (ValueError, TypeError, UnicodeDecodeError) as exc:
        raise _bad_file(folder / MANIFEST) from exc
    missing = [name for name in REQUIRED if name not in manifest.files]
    if manifest.format == FORMAT_VERSION and missing:
        raise _bad_file(folder / MANIFEST, f"does not list {missing[0]}")
    return manifest


def _reject_older_format(raw: bytes) -> None:
    """An index written before manifests had checksums: say so plainly instead of 'damaged'."""
    try:
        written = json.loads(raw).get("format")
    except (ValueError, AttributeError):
        return
    if isinstance(written, int) and written < FORMAT_VERSION:
        raise IndexMismatchError(
            f"The index was written in format {written}; this version of the assistant reads format {FORMAT_VERSION}. Run `{BUILD_CMD}`."
        )


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
    if not folder.is_dir():
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


def check_compatible(manifest: Manifest, *, model: str, unit_settings: dict[str, Any], corpus_fingerprint: str | None) -> None:
    if manifest.format != FORMAT_VERSION:
        raise IndexMismatchError(
            f"The index was written in format {manifest.format}; this version of the assistant reads format {FORMAT_VERSION}. Run `{BUILD_CMD}`."
        )
    if manifest.model != model:
        raise IndexMismatchError(f"The index was built with the model {manifest.model!r}, not {model!r}. Run `{BUILD_CMD}`.")
    if manifest.unit_settings != unit_settings:
        raise IndexMismatchError(
            f"The index was built by another version of the assistant ({changed_settings(manifest.unit_settings, unit_settings)} changed). "
            f"Run `{BUILD_CMD}`, with the same --corpus and --index if you gave them, to rebuild it."
        )
    if corpus_fingerprint is not None and manifest.corpus_fingerprint != corpus_fingerprint:
        raise IndexMismatchError(f"The corpus has changed since the index was built. Run `{BUILD_CMD}` to update it.")


def changed_settings(old: dict[str, Any], new: dict[str, Any]) -> str:
    """The names of the settings that differ, for a message.

    >>> changed_settings({"units_format": 20, "lexicon": "a", "chunk": 600}, {"units_format": 21, "lexicon": "b", "chunk": 600})
    'lexicon, units_format'
    """
    return ", ".join(sorted(k for k in {*old, *new} if old.get(k) != new.get(k))) or "nothing"


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise _bad_file(path, "is missing") from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise _bad_file(path) from exc


def load_index(index_dir: Path, *, verify: bool = True) -> SearchIndex:
    """Load the current version; IndexMissingError / IndexCorruptError say what to run."""
    import faiss

    bm25s = _import_bm25s()
    folder = current_folder(index_dir)
    manifest = read_manifest(folder)
    if verify:
        verify_files(folder, manifest)
    try:
        offsets = np.load(folder / OFFSETS, mmap_mode="r")  # 8 bytes a unit, paged in as read
        units = UnitFile(folder / UNITS, offsets)
    except (ValueError, OSError) as exc:
        raise _bad_file(folder / UNITS) from exc
    try:
        vectors = faiss.read_index(str(folder / VECTORS))
    except Exception as exc:  # faiss raises RuntimeError with C++ text
        raise _bad_file(folder / VECTORS) from exc
    try:
        # Memory-mapped: a question reads only its tokens' columns, so at a million units most of
        # the matrix stays on disk (the page cache) instead of in the process.
        bm25 = bm25s.BM25.load(str(folder / BM25_DIR), mmap=True)
    except Exception as exc:
        raise _bad_file(folder / BM25_DIR) from exc
    doc_freq = _read_json(folder / DOC_FREQ)
    ranges = {doc: (int(a), int(b)) for doc, (a, b) in _read_json(folder / DOC_RANGES).items()}
    if not (len(units) == manifest.units == vectors.ntotal) or offsets[-1] != (folder / UNITS).stat().st_size:
        raise IndexCorruptError(f"The index in {folder} is inconsistent (unit and vector counts differ). Run `{BUILD_CMD}`.")
    tables = {table: [int(p) for p in positions] for table, positions in _read_json(folder / TABLES).items()}
    try:
        words_raw = (folder / WORDS).read_bytes()
    except OSError as exc:
        raise _bad_file(folder / WORDS, "is missing") from exc
    terms = _read_json(folder / TERMS)
    if not (isinstance(terms, dict) and all(isinstance(terms.get(k), dict) for k in ("acronyms", "defined"))):
        raise _bad_file(folder / TERMS)
    return SearchIndex(
        folder, manifest, units, vectors, bm25, doc_freq=doc_freq, doc_ranges=ranges, tables=tables, words_raw=words_raw, terms=terms
    )
