"""A rebuild reads unchanged files from the parse cache and parses only what changed."""

import json

import pytest

from qa.parse import load_corpus
from qa.parse.cache import ParseCache


@pytest.fixture
def corpus(tmp_path):
    c = tmp_path / "corpus"
    c.mkdir()
    (c / "a.md").write_text("# Roads\n\n| Item | Cost |\n| --- | --- |\n| Potholes | £5m |\n", encoding="utf-8")
    (c / "b.md").write_text("# Parks\n\nThe parks open at dawn.\n", encoding="utf-8")
    return c


def test_a_second_load_reads_every_unchanged_file_from_the_cache(corpus, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    first, _ = load_corpus(corpus, cache_dir=cache)
    assert len(list(cache.glob("*.json"))) == 2

    def no_parsing(*args, **kwargs):
        raise AssertionError("parsed again")

    monkeypatch.setattr("qa.parse.parse_file", no_parsing)
    again, skipped = load_corpus(corpus, cache_dir=cache)
    assert again == first and skipped == []


def test_a_changed_file_is_parsed_again_and_its_old_entry_removed(corpus, tmp_path):
    cache = tmp_path / "cache"
    load_corpus(corpus, cache_dir=cache)
    (corpus / "b.md").write_text("# Parks\n\nThe parks open at 7am.\n", encoding="utf-8")
    docs, _ = load_corpus(corpus, cache_dir=cache)
    parks = next(d for d in docs if d.name == "b.md")
    assert "7am" in parks.blocks[-1].text
    assert len(list(cache.glob("*.json"))) == 2  # the entry of the old b.md is gone


def test_a_title_from_sources_json_applies_to_a_cached_file(corpus, tmp_path):
    cache = tmp_path / "cache"
    load_corpus(corpus, cache_dir=cache)
    (corpus / "sources.json").write_text(json.dumps({"a.md": {"title": "Highways budget"}}), encoding="utf-8")
    docs, _ = load_corpus(corpus, cache_dir=cache)
    assert {d.name: d.source.title for d in docs} == {"a.md": "Highways budget", "b.md": "Parks"}


def test_a_damaged_entry_is_ignored(corpus, tmp_path):
    cache = tmp_path / "cache"
    first, _ = load_corpus(corpus, cache_dir=cache)
    for entry in cache.glob("*.json"):
        entry.write_text("{not json", encoding="utf-8")
    again, _ = load_corpus(corpus, cache_dir=cache)
    assert again == first


def test_an_unwritable_cache_folder_changes_nothing(corpus, tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    docs, skipped = load_corpus(corpus, cache_dir=blocked / "cache")
    assert len(docs) == 2 and skipped == []
    assert ParseCache(blocked / "cache").get("0" * 64) is None
