"""Killed builds, killed writers: nothing acknowledged is lost and the previous index keeps working."""

import json
import os
import random
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.integration


def test_sigkill_during_build_never_breaks_the_previous_index(real_settings, real_assistant):
    """20 builds killed at random moments: the index always loads, answers as before, and no debris piles up."""
    from qa.index import load_index
    from qa.pipeline import Assistant

    # the chat's examples (corpus/chat.json) and a question the documents do not answer
    examples = json.loads((real_settings.corpus_dir / "chat.json").read_text(encoding="utf-8"))["examples"]
    questions = [*examples, "What is the budget for dental services in Rutland?"]
    before = [real_assistant.ask(q).to_dict() for q in questions]
    # Touch the corpus so each build really rewrites the index (and would break it if not atomic).
    extra = real_settings.corpus_dir / "zz-extra.md"
    rng = random.Random(1234)
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    args = [
        sys.executable,
        "-m",
        "qa",
        "build",
        "--quiet",
        "--corpus",
        str(real_settings.corpus_dir),
        "--index",
        str(real_settings.index_dir),
    ]
    killed_at = []
    # Kill within the time one such build takes here, measured first: a fixed range would leave
    # most kills after the end on a fast machine (or with a faster build) and test nothing.
    extra.write_text("# Extra note\n\nA short note about nothing in particular.\n")
    started = time.monotonic()
    subprocess.run(args, cwd=ROOT, env=env, check=True, capture_output=True)
    full_build = time.monotonic() - started
    try:
        for trial in range(20):
            extra.write_text(f"# Extra note {trial}\n\nA short note number {trial} about nothing in particular.\n")
            proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            delay = rng.uniform(0.1, 0.9) * full_build
            time.sleep(delay)
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                killed_at.append(round(delay, 1))
            proc.wait()
            index = load_index(real_settings.index_dir)  # verifies every file's checksum
            assert len(index.units) > 100
            debris = [p.name for p in real_settings.index_dir.iterdir() if p.name.startswith((".tmp-", "v-"))]
            assert len(debris) <= 2, debris  # the live version and at most one killed build's folder
    finally:
        extra.unlink(missing_ok=True)
    assert len(killed_at) >= 10, f"too few builds were killed mid-way: {killed_at}"
    subprocess.run(args, cwd=ROOT, env=env, check=True, capture_output=True)
    after = Assistant.load(real_settings, embedder=real_assistant.embedder)
    assert [after.ask(q).to_dict()["answer"] for q in questions] == [b["answer"] for b in before]
    print("killed at seconds:", killed_at)


WRITER = """
import sys
from qa.feedback import FeedbackStore
store = FeedbackStore(sys.argv[1])
for i in range(100000):
    n = store.add(rating="up", question=f"q{i}", answer="a", status="answered", citations=[])
    print(n, flush=True)
"""


def test_acknowledged_feedback_survives_sigkill(tmp_path):
    from qa.feedback import FeedbackStore

    db = tmp_path / "feedback.sqlite3"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    acknowledged = []
    deadline = time.time() + 30
    while len(acknowledged) < 200 and time.time() < deadline:
        acknowledged.append(int(proc.stdout.readline()))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stored = {r["id"] for r in FeedbackStore(db).all()}
    assert acknowledged and set(acknowledged) <= stored
