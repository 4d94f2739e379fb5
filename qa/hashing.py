"""SHA-256 of files, in one place: model files, index files and corpus files are all checked with it."""

from __future__ import annotations

import hashlib
from pathlib import Path

CHUNK = 1 << 20


def sha256_file(path: Path, *, sample_over: int | None = None) -> str:
    """Hex SHA-256 of a file's bytes. With `sample_over`, a file larger than that many bytes is
    hashed by its size, first and last MiB instead: a cheap check that still notices truncation
    and damage at either end of a very large index file.

    >>> import tempfile, os
    >>> with tempfile.NamedTemporaryFile(delete=False) as f:
    ...     _ = f.write(b"abc")
    >>> sha256_file(Path(f.name))[:16]
    'ba7816bf8f01cfea'
    >>> os.unlink(f.name)
    """
    h = hashlib.sha256()
    size = path.stat().st_size
    with path.open("rb") as f:
        if sample_over is not None and size > sample_over:
            h.update(str(size).encode())
            h.update(f.read(CHUNK))
            f.seek(size - CHUNK)
            h.update(f.read())
        else:
            for chunk in iter(lambda: f.read(CHUNK), b""):
                h.update(chunk)
    return h.hexdigest()
