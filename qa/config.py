"""Settings: paths, model and retrieval parameters, each overridable by a QA_* environment variable."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from qa.errors import QAError

ROOT = Path(__file__).resolve().parent.parent


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def _env(name: str, default: Any) -> Any:
    """The value of QA_<NAME>, read as the type of its default; a value that is not one is a
    QAError naming the variable, so people see one line instead of a traceback."""
    var = f"QA_{name.upper()}"
    raw = os.environ.get(var)
    if raw is None:
        return default
    text = raw.strip()
    if isinstance(default, bool):
        if text.lower() not in _TRUE | _FALSE:
            raise QAError(f"{var} must be 1 or 0 (true or false), not {raw!r}.")
        return text.lower() in _TRUE
    try:
        if isinstance(default, int):
            return int(text)
        if isinstance(default, float):
            return float(text)
    except ValueError:
        kind = "a whole number" if isinstance(default, int) else "a number"
        raise QAError(f"{var} must be {kind}, such as {default}, not {raw!r}.") from None
    if isinstance(default, Path):
        if not text:
            raise QAError(f"{var} is empty; set it to a folder or unset it.")
        return Path(text)
    return raw


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path = ROOT / "corpus"
    index_dir: Path = ROOT / "index"
    data_dir: Path = ROOT / "data"  # feedback and other state written at run time
    model: str = "all-MiniLM-L6-v2"
    batch_size: int = 64
    top_k: int = 30  # candidates taken from each retriever before fusion
    max_citations: int = 5
    max_question_chars: int = 1000
    # Relevance gates, set from the gold set (see docs/evaluation.md).
    min_dense: float = 0.15  # below this nothing is related, whatever the words
    min_coverage: float = 0.5  # share of the question's subject the best units must mention...
    rescue_dense: float = 0.5  # ...unless one is this close in meaning (a paraphrase)
    # The gate fitted by scripts/train_weights.py (qa/data/weights.json) refuses more near misses but
    # also 10 answerable gold questions (docs/evaluation.md); the rules stay the default until it does better.
    learned_gate: bool = False
    passage_max_chars: int = 600
    # Serving
    host: str = "127.0.0.1"
    port: int = 7860
    concurrency: int = 2  # answers computed at once (one per core)
    queue_size: int = 64  # waiting requests beyond which callers are told the service is busy
    rate_limit_per_minute: int = 120  # questions one client address may ask per minute
    log_questions: bool = False  # questions may hold personal details: not logged unless an operator asks
    # Edge limits (see docs/reliability.md). Proxy headers are believed only from these addresses
    # (comma-separated IPs or CIDR networks); empty means the connecting address is the client.
    trusted_proxies: str = ""
    # Host names the app answers to (comma-separated); empty means this machine's loopback names
    # and the --host address. Stops a forged Host header from reaching the page's root URL.
    allowed_hosts: str = ""
    max_body_bytes: int = 1024 * 1024  # the largest request: a question plus the chat history the page sends back
    header_timeout: float = 10.0  # seconds to send a request's headers
    body_timeout: float = 10.0  # seconds to send its body
    keepalive_timeout: int = 5  # seconds an idle kept-alive connection is held
    max_connections: int = 500  # open connections at once; well below the usual 1,024 descriptors
    parse_timeout: float = 120.0  # seconds to parse one corpus file before it is skipped
    parse_memory_mb: int = 2048  # address space of the parsing worker; a file needing more is skipped

    @classmethod
    def from_env(cls, **overrides: Any) -> "Settings":
        """Defaults, then QA_* environment variables, then explicit keyword overrides."""
        base = cls()
        values = {f.name: _env(f.name, getattr(base, f.name)) for f in fields(cls)}
        values.update({k: v for k, v in overrides.items() if v is not None})
        for key in ("corpus_dir", "index_dir", "data_dir"):
            values[key] = Path(values[key])
        return cls(**values)

    def with_(self, **changes: Any) -> "Settings":
        return replace(self, **changes)
