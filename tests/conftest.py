"""Fixtures: a deterministic fake embedder and tiny corpora for fast tests, and (separately)
the real model, real FAISS index and real corpus for integration tests."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Public PDFs with hard tables and broken PDFs (copied from shared/realdocs; see its README).
REALDOCS = ROOT / "tests" / "data" / "realdocs"

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


@pytest.fixture
def fake_embedder():
    from qa.embed import HashingEmbedder

    return HashingEmbedder(64)


TINY_REPORT = """# Tiny Board Report

**Purpose of report**

1. This report updates the board on the falls service.

## Priority 1: Staying Well

Activity\tDetail\tBeneficiaries\tInvestment 24-25
Falls team\tHelps people who have fallen at home\t120\t£50,000
Walking club\tWeekly walks in parks\t45\t£2.5k
Befriending\tPhone calls to lonely people\tN/A\tCore funding

2. Across the year we saw these changes:
- Falls admissions fell by 12%;
- Waiting times were stable;
"""


@pytest.fixture
def tiny_corpus(tmp_path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "tiny-report.md").write_text(TINY_REPORT, encoding="utf-8")
    return corpus


@pytest.fixture
def tiny_settings(tmp_path, tiny_corpus):
    from qa.config import Settings

    return Settings(corpus_dir=tiny_corpus, index_dir=tmp_path / "index", data_dir=tmp_path / "data")


@pytest.fixture
def tiny_assistant(tiny_settings, fake_embedder):
    from qa.pipeline import Assistant, build_index

    build_index(tiny_settings, embedder=fake_embedder)
    return Assistant.load(tiny_settings, embedder=fake_embedder)


@pytest.fixture
def assistant_over(tmp_path, fake_embedder):
    """An assistant over a corpus of the given files ({name: text}), with the fake embedder."""
    from qa.config import Settings
    from qa.pipeline import Assistant, build_index

    def make(files: dict[str, str]):
        corpus = tmp_path / "corpus"
        corpus.mkdir(exist_ok=True)
        for name, text in files.items():
            (corpus / name).write_text(text, encoding="utf-8")
        settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", data_dir=tmp_path / "data")
        build_index(settings, embedder=fake_embedder)
        return Assistant.load(settings, embedder=fake_embedder)

    return make


# -- integration: the real model and the client's corpus ---------------------------------
@pytest.fixture(scope="session")
def real_settings(tmp_path_factory):
    from qa.config import Settings

    base = tmp_path_factory.mktemp("real")
    corpus = base / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    return Settings(corpus_dir=corpus, index_dir=base / "index", data_dir=base / "data")


@pytest.fixture(scope="session")
def real_assistant(real_settings):
    from qa.pipeline import Assistant, build_index

    build_index(real_settings)
    return Assistant.load(real_settings)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app(settings, port: int, extra_env: dict | None = None):
    """Start `python app.py` as a real server; returns (process, base_url) once /api/health answers."""
    import subprocess
    import sys
    import time
    import urllib.request

    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "QA_CORPUS_DIR": str(settings.corpus_dir),
        "QA_INDEX_DIR": str(settings.index_dir),
        "QA_DATA_DIR": str(settings.data_dir),
        **(extra_env or {}),
    }
    log = open(Path(settings.data_dir).parent / f"app-{port}.log", "w")
    proc = subprocess.Popen([sys.executable, "app.py", "--port", str(port)], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"app exited with {proc.returncode}; see {log.name}")
        try:
            with urllib.request.urlopen(url + "/api/health", timeout=2) as r:
                if r.status == 200:
                    return proc, url
        except OSError:
            time.sleep(0.5)
    proc.kill()
    raise RuntimeError("app did not start in time")


@pytest.fixture(scope="session")
def live_server(real_settings, real_assistant):
    """The real app over HTTP on a free port, using the index the real_assistant fixture built."""
    proc, url = start_app(real_settings, free_port())
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except Exception:
        proc.kill()
