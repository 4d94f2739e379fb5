"""Fixtures: a deterministic fake embedder and tiny corpora for fast tests, and (separately)
the real model, real FAISS index and real corpus for integration tests."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REALDOCS = Path(os.environ.get("QA_REALDOCS", SHARED / "realdocs"))

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
