"""`python -m qa ask --json` batch mode with input that cannot be encoded: each bad line becomes
one JSON error line and the rest are answered (issue 11: a lone surrogate gave a traceback)."""

import io
import json
import sys

import pytest

from qa import cli


@pytest.fixture
def batch(tiny_assistant, tiny_settings, monkeypatch, capsys):
    from qa.pipeline import Assistant

    monkeypatch.setattr(Assistant, "load", classmethod(lambda cls, settings, **kw: tiny_assistant))

    def run(stdin: bytes):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
        code = cli.main(["ask", "--json", "--index", str(tiny_settings.index_dir)])
        return code, [json.loads(line) for line in capsys.readouterr().out.splitlines()]

    return run


def test_a_lone_surrogate_is_a_json_error_line_and_the_next_question_is_answered(batch):
    code, lines = batch(b'{"question": "\\ud800 falls"}\nHow much was invested in the falls team?\n')
    assert code == 1 and len(lines) == 2
    assert "surrogate" in lines[0]["error"] and lines[1]["status"] == "answered" and "50,000" in lines[1]["answer"]


def test_bytes_that_are_not_utf8_are_a_json_error_line(batch):
    code, lines = batch(b"falls \xff\xfe team\nHow much was invested in the falls team?\n")
    assert code == 1 and "error" in lines[0] and lines[1]["status"] == "answered"
