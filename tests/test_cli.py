"""The command-line contract, through real subprocesses, on the real model and corpus."""

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.integration
KEYS = {"question", "corrected", "status", "answer", "value", "citations", "timings_ms"}
CITATION_KEYS = {"doc", "title", "page", "section", "table", "row", "text", "score", "unit_id"}


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


def test_a_two_turn_conversation_on_stdin_sends_the_first_answer_back_as_printed(built, tmp_path):
    from tests.test_server import figures_are_cells_of

    follow_up = "And how many people did it help?"
    out = run("ask", *built, "--json", stdin="How much was invested in nursing care?\n")
    assert out.returncode == 0, out.stderr
    printed = out.stdout.strip()  # the first turn's line, sent back exactly as printed
    lines = [
        '{"question": ' + json.dumps(follow_up) + ', "previous": ' + printed + "}",
        follow_up,  # the same question on its own
        json.dumps({"question": follow_up, "previous": {"question": "q", "status": "answered"}}),
        json.dumps({"question": follow_up, "previous": json.loads(printed) | {"citations": [{"doc": "x"}]}}),
    ]
    out = run("ask", *built, "--json", stdin="\n".join(lines) + "\n")
    assert out.returncode == 1, out.stderr  # the bad previous answers are reported in their place
    second, alone, missing, wrong = [json.loads(line) for line in out.stdout.splitlines()]
    first = json.loads(printed)
    row, cited = first["citations"][0], second["citations"][0]
    assert second["status"] == "answered" and cited["unit_id"] == row["unit_id"] and cited["row"] == row["row"]
    assert figures_are_cells_of(second, cited), (second["answer"], cited["text"])
    assert alone["citations"][0]["unit_id"] != row["unit_id"], "asked alone, the question must not land on that row by chance"
    assert missing == {"question": follow_up, "error": '"previous" is not an answer as this service returns it: answer is missing.'}
    assert wrong["error"] == '"previous" is not an answer as this service returns it: citations[0].title is missing.'
    assert "Traceback" not in out.stderr
    # single-question mode reads the previous answer from a file
    (tmp_path / "turn1.json").write_text(printed + "\n", encoding="utf-8")
    out = run("ask", *built, "--json", "--previous", str(tmp_path / "turn1.json"), follow_up)
    assert out.returncode == 0, out.stderr
    again = json.loads(out.stdout)
    assert (again["answer"], again["citations"]) == (second["answer"], second["citations"])
    (tmp_path / "bad.json").write_text("not json", encoding="utf-8")
    for args in (["--previous", str(tmp_path / "bad.json")], ["--previous", str(tmp_path / "none.json")], ["--previous", str(tmp_path)]):
        out = run("ask", *built, *args, follow_up)
        assert out.returncode == 1 and out.stderr.startswith("error: ") and out.stderr.count("\n") == 1 and "Traceback" not in out.stderr


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


def test_with_json_an_unknown_document_is_the_same_json_line_on_the_command_line_and_in_a_batch(built):
    single = run("ask", *built, "--json", "--document", "nope.pdf", "How much?")
    batch = run("ask", *built, "--json", stdin=json.dumps({"question": "How much?", "document": "nope.pdf"}) + "\n")
    assert single.returncode == batch.returncode == 1
    assert single.stdout.strip().count("\n") == 0 and single.stdout == batch.stdout
    line = json.loads(single.stdout)
    assert line["question"] == "How much?" and line["error"].startswith("Unknown document 'nope.pdf'")
    assert "Traceback" not in single.stderr + batch.stderr


def test_bad_paths_and_bad_settings_are_one_line_errors_in_text_and_json(tmp_path, built):
    out = run("feedback", "export", "/no/such/dir/x.csv", "--data", str(tmp_path))
    assert out.returncode == 1 and out.stderr.startswith("error: Cannot write /no/such/dir/x.csv")
    assert out.stderr.strip().count("\n") == 0 and "Traceback" not in out.stderr
    for args in (["ask", *built, "Anything?"], ["ask", *built, "--json", "Anything?"]):
        out = run(*args, env_extra={"QA_TOP_K": "abc"})
        shown = out.stdout if "--json" in args else out.stderr
        assert out.returncode == 1 and "QA_TOP_K must be a whole number" in shown and "Traceback" not in out.stderr
        assert shown.strip().count("\n") == 0
    assert json.loads(out.stdout) == {"error": "QA_TOP_K must be a whole number, such as 30, not 'abc'."}
    out = run("ask", "--json", "--index", str(tmp_path / "none"), "Anything?")
    assert out.returncode == 1 and "python -m qa build" in json.loads(out.stdout)["error"]
    out = run("eval", "/no/such/gold.jsonl", *built)
    assert out.returncode == 1 and out.stderr.count("\n") == 1 and "Traceback" not in out.stderr


def test_ask_uses_the_corpus_folder_the_index_was_built_from(tmp_path):
    from tests.conftest import TINY_REPORT

    other = tmp_path / "other"
    other.mkdir()
    (other / "tiny-report.md").write_text(TINY_REPORT, encoding="utf-8")
    index = tmp_path / "idx"
    out = run("build", "--corpus", str(other), "--index", str(index), "--quiet")
    assert out.returncode == 0, out.stderr
    # run from the repository, whose corpus/ differs: the index's own corpus is the one checked
    out = run("ask", "--index", str(index), "--json", "How much was invested in the falls team?")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "£50,000" in json.loads(out.stdout)["answer"]
    out = run("ask", "--index", str(index), "--corpus", str(ROOT / "corpus"), "Anything?")
    assert out.returncode == 1 and "corpus has changed" in out.stderr  # told otherwise, it checks that folder


def test_serve_starts_the_chat_and_the_api(real_settings, real_assistant):
    import time
    import urllib.request

    from tests.conftest import free_port

    port = free_port()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "QA_DATA_DIR": str(real_settings.data_dir)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "qa", "serve", "--port", str(port), "--index", str(real_settings.index_dir)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline, health = time.time() + 120, None
        while time.time() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2) as r:
                    health = json.loads(r.read())
                    break
            except OSError:
                time.sleep(0.5)
        assert health is not None, proc.stdout.read() if proc.poll() is not None else "no answer"
        assert health["status"] == "ok" and health["documents"] == 2
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as r:
            assert r.status == 200
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_garbage_in_current_is_one_line_for_ask_and_a_build_or_the_server_repairs_it(tmp_path, real_settings, built):
    """Issue 11, finding 9: random bytes in index/CURRENT made `ask`, `app.py` and `build` end in
    tracebacks. Now `ask` says what to run in one line, and `build` and the server's start repair it."""
    import shutil
    from dataclasses import replace

    from qa.server import load_or_build

    question = "How much was invested in Disabled Facilities Grants?"
    for name in ("cli", "server"):
        shutil.copytree(real_settings.index_dir, tmp_path / name)
        (tmp_path / name / "CURRENT").write_bytes(bytes(range(256)))
    args = ["--index", str(tmp_path / "cli"), "--corpus", str(real_settings.corpus_dir)]
    out = run("ask", *args, question)
    assert out.returncode == 1 and out.stderr.count("\n") == 1 and "python -m qa build" in out.stderr and "Traceback" not in out.stderr, (
        out.stderr
    )
    out = run("build", *args, "--quiet")
    assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
    out = run("ask", *args, "--json", question)
    assert out.returncode == 0 and "£3,834,762" in json.loads(out.stdout)["answer"], out.stderr
    assistant = load_or_build(replace(real_settings, index_dir=tmp_path / "server"))  # what app.py does first
    assert "£3,834,762" in assistant.ask(question).answer
