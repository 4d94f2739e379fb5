"""The command-line contract, through real subprocesses, on the real model and corpus."""

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.integration
KEYS = {"question", "status", "answer", "citations", "timings_ms"}
CITATION_KEYS = {"doc", "title", "page", "section", "table", "row", "text", "score"}


def run(*args, stdin=None, env_extra=None):
    env = {**os.environ, "HF_HUB_OFFLINE": "1", **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "qa", *args], input=stdin, capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)


@pytest.fixture(scope="module")
def built(real_settings, real_assistant):
    # real_assistant has built the index in real_settings.index_dir
    return ["--index", str(real_settings.index_dir), "--corpus", str(real_settings.corpus_dir)]


def test_build_prints_counts_and_time(tmp_path, real_settings):
    out = run("build", "--corpus", str(real_settings.corpus_dir), "--index", str(tmp_path / "idx"), "--quiet")
    assert out.returncode == 0, out.stderr
    assert "Indexed 2 documents" in out.stdout and "table rows" in out.stdout and "skipped 0 file(s)" in out.stdout


def test_ask_json_contract_and_the_dfg_answer(built):
    out = run("ask", *built, "--json", "How much was invested in Disabled Facilities Grants?")
    assert out.returncode == 0, out.stderr
    answer = json.loads(out.stdout)
    assert set(answer) == KEYS and set(answer["timings_ms"]) == {"retrieve", "answer", "total"}
    assert answer["status"] == "answered" and "£3,834,762" in answer["answer"]
    first = answer["citations"][0]
    assert set(first) == CITATION_KEYS and 1 <= len(answer["citations"]) <= 5
    assert first["doc"] == "leicestershire-hwb-2025-05-29-living-supported-well-dying-well.md"
    assert first["row"] == "DFG's" and "Activity: DFG's" in first["text"] and "BCF Investment 24-25: £3,834,762" in first["text"]
    assert first["table"] == "JHSW Priority 1: Upscaling Prevention and Self-Care"


def test_ask_reads_questions_from_stdin_plain_and_json_with_document(built):
    lines = "\n".join(
        [
            "How many people did DFGs help?",
            json.dumps({"question": "What is Chapter 5 about?", "document": "llr-icb-5-year-joint-forward-plan.txt"}),
            "What is the budget for dental services in Rutland?",
        ]
    )
    out = run("ask", *built, "--json", stdin=lines + "\n")
    assert out.returncode == 0, out.stderr
    answers = [json.loads(line) for line in out.stdout.splitlines()]
    assert [a["status"] for a in answers] == ["answered", "answered", "no_answer"]
    assert "385" in answers[0]["answer"]
    assert {c["doc"] for c in answers[1]["citations"]} == {"llr-icb-5-year-joint-forward-plan.txt"}
    assert answers[2]["citations"] == []


def test_human_output_lists_numbered_sources(built):
    out = run("ask", *built, "How much was invested in nursing care?")
    assert out.returncode == 0 and "£4.8 million" in out.stdout and "Sources:" in out.stdout and "[1] " in out.stdout


def test_expected_errors_are_one_line_with_exit_code_1(tmp_path, built):
    out = run("ask", "--index", str(tmp_path / "none"), "Anything?")
    assert out.returncode == 1 and out.stderr.strip().count("\n") == 0
    assert "python -m qa build" in out.stderr and "Traceback" not in out.stderr
    out = run("ask", *built, "--document", "nope.pdf", "How much?")
    assert out.returncode == 1 and "Unknown document" in out.stderr and "Traceback" not in out.stderr
    out = run("ask", *built, "x" * 1500)
    assert out.returncode == 1 and "too long" in out.stderr


def test_eval_prints_metrics_as_json(built):
    out = run("eval", *built, "--json", str(ROOT / "tests/data/heldout.jsonl"))
    assert out.returncode == 0, out.stderr
    summary = json.loads(out.stdout)
    assert {"answer_accuracy", "citation_accuracy", "refusal_accuracy", "false_refusals", "latency_ms"} <= set(summary)
