"""QA_* settings and the corpus folder an index remembers: fast, with the fake embedder."""

import pytest

from qa.config import Settings
from qa.errors import QAError


@pytest.mark.parametrize(
    "name, raw, message",
    [
        ("QA_TOP_K", "abc", "QA_TOP_K must be a whole number, such as 30, not 'abc'."),
        ("QA_MIN_DENSE", "high", "QA_MIN_DENSE must be a number, such as 0.15, not 'high'."),
        ("QA_LOG_QUESTIONS", "maybe", "QA_LOG_QUESTIONS must be 1 or 0 (true or false), not 'maybe'."),
        ("QA_INDEX_DIR", " ", "QA_INDEX_DIR is empty; set it to a folder or unset it."),
    ],
)
def test_a_bad_setting_is_one_line_naming_the_variable(monkeypatch, name, raw, message):
    monkeypatch.setenv(name, raw)
    with pytest.raises(QAError) as caught:
        Settings.from_env()
    assert str(caught.value) == message


def test_good_settings_are_read_as_their_type(monkeypatch):
    monkeypatch.setenv("QA_TOP_K", " 12 ")
    monkeypatch.setenv("QA_LOG_QUESTIONS", "yes")
    s = Settings.from_env()
    assert s.top_k == 12 and s.log_questions is True


def test_the_index_remembers_its_corpus_folder_and_reading_commands_use_it(tiny_settings, tiny_assistant, tmp_path, monkeypatch):
    from qa.cli import with_recorded_corpus
    from qa.index import recorded_corpus

    monkeypatch.delenv("QA_CORPUS_DIR", raising=False)
    assert recorded_corpus(tiny_settings.index_dir) == tiny_settings.corpus_dir.resolve()
    elsewhere = Settings(corpus_dir=tmp_path / "default-corpus", index_dir=tiny_settings.index_dir)
    assert with_recorded_corpus(elsewhere, corpus_given=False).corpus_dir == tiny_settings.corpus_dir.resolve()
    assert with_recorded_corpus(elsewhere, corpus_given=True).corpus_dir == tmp_path / "default-corpus"
    monkeypatch.setenv("QA_CORPUS_DIR", str(tmp_path))
    assert with_recorded_corpus(elsewhere, corpus_given=False).corpus_dir == tmp_path / "default-corpus"
    assert recorded_corpus(tmp_path / "no-index") is None
