"""The index folder: atomic builds, incremental embedding, damage and mismatch detection."""

import json
import os
from pathlib import Path

import numpy as np
import pytest

from qa.errors import IndexCorruptError, IndexMismatchError, IndexMissingError
from qa.index import CURRENT, load_index
from qa.pipeline import Assistant, build_index


def test_build_writes_a_version_and_points_current_at_it(tiny_settings, fake_embedder):
    report = build_index(tiny_settings, embedder=fake_embedder)
    assert report.documents == 1 and report.rows == 3 and report.passages >= 3
    index = load_index(tiny_settings.index_dir)
    assert len(index.units) == report.rows + report.passages
    assert (tiny_settings.index_dir / CURRENT).read_text().strip() == Path(report.index_dir).name
    manifest = json.loads((Path(report.index_dir) / "manifest.json").read_text())
    assert manifest["model"] == fake_embedder.name and manifest["dimension"] == 64 and manifest["corpus_fingerprint"]


def test_rebuild_reuses_vectors_of_unchanged_units_and_removes_deleted_ones(tiny_settings, fake_embedder, tiny_corpus):
    first = build_index(tiny_settings, embedder=fake_embedder)
    assert first.embedded == first.rows + first.passages
    (tiny_corpus / "extra.md").write_text("# Extra\n\nA new paragraph about hospices.\n")
    second = build_index(tiny_settings, embedder=fake_embedder)
    assert second.embedded == 1
    (tiny_corpus / "extra.md").unlink()
    third = build_index(tiny_settings, embedder=fake_embedder)
    assert third.embedded == 0
    assert {u.doc for u in load_index(tiny_settings.index_dir).units} == {"tiny-report.md"}
    # only the live version remains on disk
    assert len([p for p in tiny_settings.index_dir.iterdir() if p.name.startswith("v-")]) == 1


def test_a_failed_build_leaves_the_previous_index_loadable(tiny_settings, fake_embedder, monkeypatch):
    build_index(tiny_settings, embedder=fake_embedder)
    before = [u.id for u in load_index(tiny_settings.index_dir).units]
    (tiny_settings.corpus_dir / "more.md").write_text("# More\n\nMore text.\n")

    class Boom(RuntimeError):
        pass

    def explode(*a, **k):
        raise Boom("disk full")

    monkeypatch.setattr("bm25s.BM25.save", explode)
    with pytest.raises(Boom):
        build_index(tiny_settings, embedder=fake_embedder)
    assert [u.id for u in load_index(tiny_settings.index_dir).units] == before
    assert not [p for p in tiny_settings.index_dir.iterdir() if p.name.startswith(".tmp-")]


def test_missing_index_says_what_to_run(tiny_settings, fake_embedder):
    with pytest.raises(IndexMissingError, match="python -m qa build"):
        Assistant.load(tiny_settings, embedder=fake_embedder)


@pytest.mark.parametrize("damage", ["truncate", "flip", "delete"])
@pytest.mark.parametrize("name", ["manifest.json", "units.jsonl", "vectors.faiss", "embedding_keys.txt", "bm25/params.index.json"])
def test_each_damaged_file_is_named_and_a_rebuild_repairs_it(tiny_settings, fake_embedder, name, damage):
    report = build_index(tiny_settings, embedder=fake_embedder)
    path = Path(report.index_dir) / name
    if damage == "delete":
        path.unlink()
    elif damage == "truncate":
        path.write_bytes(path.read_bytes()[: max(1, path.stat().st_size // 2)])
    else:
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0xFF
        path.write_bytes(bytes(data))
    with pytest.raises(IndexCorruptError) as err:
        Assistant.load(tiny_settings, embedder=fake_embedder)
    message = str(err.value)
    assert "python -m qa build" in message
    assert name.split("/")[-1] in message or "manifest.json" in message
    build_index(tiny_settings, embedder=fake_embedder)
    assert Assistant.load(tiny_settings, embedder=fake_embedder).ask("How much was invested in the falls team?").status == "answered"


def test_changed_corpus_or_model_is_reported_as_a_mismatch(tiny_settings, fake_embedder, tiny_corpus):
    from qa.embed import HashingEmbedder

    build_index(tiny_settings, embedder=fake_embedder)
    with pytest.raises(IndexMismatchError, match="model"):
        Assistant.load(tiny_settings, embedder=HashingEmbedder(32))
    (tiny_corpus / "tiny-report.md").write_text("# Changed\n\nNew text.\n")
    with pytest.raises(IndexMismatchError, match="corpus has changed"):
        Assistant.load(tiny_settings, embedder=fake_embedder)


def test_debris_from_killed_builds_is_cleaned(tiny_settings, fake_embedder):
    build_index(tiny_settings, embedder=fake_embedder)
    dead = tiny_settings.index_dir / ".tmp-999999-deadbeef"
    dead.mkdir()
    (dead / "units.jsonl").write_text("{}")
    stale = tiny_settings.index_dir / "v-19990101000000-old"
    stale.mkdir()
    build_index(tiny_settings, embedder=fake_embedder)
    assert not dead.exists() and not stale.exists()


def test_document_filter_searches_one_file(tiny_settings, fake_embedder, tiny_corpus):
    (tiny_corpus / "other.md").write_text("# Other\n\nThe falls team also appears here with a budget.\n")
    build_index(tiny_settings, embedder=fake_embedder)
    a = Assistant.load(tiny_settings, embedder=fake_embedder)
    ans = a.ask("falls team", document="other.md")
    assert {c.doc for c in ans.citations} <= {"other.md"}


def test_vectors_are_unit_length(tiny_settings, fake_embedder):
    build_index(tiny_settings, embedder=fake_embedder)
    v = load_index(tiny_settings.index_dir).vectors()
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)


def test_units_are_read_from_disk_and_behave_as_a_sequence(tiny_settings, fake_embedder):
    from qa.index import UnitFile

    build_index(tiny_settings, embedder=fake_embedder)
    units = load_index(tiny_settings.index_dir).units
    assert isinstance(units, UnitFile)  # not a list held in memory
    listed = list(units)
    assert len(units) == len(listed) > 3
    assert units[0] == listed[0] and units[-1] == listed[-1] and list(units[1:3]) == listed[1:3]
    assert list(units[2:][:2]) == listed[2:4] and len(units[1:]) == len(listed) - 1
    assert [units[i].id for i in range(len(units))] == [u.id for u in listed]
    with pytest.raises(IndexError):
        units[len(units)]


def test_document_frequencies_are_counted_at_build_time_and_stored(tiny_settings, fake_embedder):
    from qa.index import DOC_FREQ
    from qa.text import tokenize

    report = build_index(tiny_settings, embedder=fake_embedder)
    stored = json.loads((Path(report.index_dir) / DOC_FREQ).read_text())
    index = load_index(tiny_settings.index_dir)
    # By hand: the units whose search text holds the stem of "falls".
    falls = sum("fall" in tokenize(u.search_text) for u in index.units)
    assert falls >= 2 and stored["fall"] == index.document_frequency("fall") == falls
    assert index.document_frequency("nowhere-in-the-corpus") == 0
    assert set(stored) == set(index.vocabulary) - {""}


def test_index_code_uses_no_private_library_attributes():
    source = (Path(__file__).resolve().parent.parent / "qa" / "index.py").read_text()
    for private in ("indptr", "_store", ".client", "llama_index"):
        assert private not in source, private


def test_a_loaded_index_keeps_serving_after_a_rebuild_removes_its_folder(tiny_settings, fake_embedder, tiny_corpus):
    build_index(tiny_settings, embedder=fake_embedder)
    index = load_index(tiny_settings.index_dir)
    expected = [u.id for u in index.units]
    (tiny_corpus / "extra.md").write_text("# Extra\n\nA new paragraph about hospices.\n")
    build_index(tiny_settings, embedder=fake_embedder)  # removes the version `index` was loaded from
    assert not index.folder.exists()
    assert [u.id for u in index.units] == expected and index.units[len(expected) - 1].id == expected[-1]


def test_the_approximate_index_searches_and_filters_by_document(tiny_settings, fake_embedder, tiny_corpus, monkeypatch):
    monkeypatch.setattr("qa.index.EXACT_LIMIT", 5)  # the tiny corpus takes the HNSW path of a large one
    (tiny_corpus / "other.md").write_text("# Other\n\nThe falls team also appears here with a budget.\n")
    build_index(tiny_settings, embedder=fake_embedder)
    index = load_index(tiny_settings.index_dir)
    assert index.manifest.faiss_index.startswith("hnsw")
    query = fake_embedder.encode(["falls team budget"])[0]
    assert len(index.dense_search(query, 5)) == 5
    start, end = index.doc_range("other.md")
    hits = index.dense_search(query, 5, doc="other.md")
    assert hits and all(start <= p < end for p, _ in hits)
    assert abs(index.cosine(query, [hits[0][0]])[0] - hits[0][1]) < 0.05  # 8-bit codes: close, not equal


def test_cosine_gives_each_position_its_stored_vectors_similarity_in_the_order_asked(tiny_settings, fake_embedder):
    build_index(tiny_settings, embedder=fake_embedder)
    index = load_index(tiny_settings.index_dir)
    query = fake_embedder.encode(["falls team budget"])[0]
    vectors = index.vectors()
    positions = [2, 0, 2, len(index.units) - 1]  # out of order and repeated
    assert index.cosine(query, positions) == pytest.approx([float(vectors[p] @ query) for p in positions], rel=1e-6)
    assert index.cosine(query, []) == []


def test_units_are_found_by_id_and_table_rows_by_table_without_a_scan(tiny_settings, fake_embedder):
    build_index(tiny_settings, embedder=fake_embedder)
    index = load_index(tiny_settings.index_dir)
    units = list(index.units)
    assert [index.position_of(u.id) for u in units] == list(range(len(units)))
    assert index.position_of("tiny-report.md#999-00000000") is None and index.position_of("nowhere#0-x") is None
    assert index.position_of(units[0].id.rsplit("-", 1)[0] + "-ffffffff") is None  # right place, wrong content
    rows = [u for u in units if u.kind == "row"]
    assert [u.row for u in index.table_rows(rows[0].table_id)] == ["Falls team", "Walking club", "Befriending"]
    assert index.table_rows("no-such-table") == []


def test_start_up_reads_no_unit_and_finds_acronyms_stored_at_build_time(tiny_settings, fake_embedder, tiny_corpus, monkeypatch):
    from qa.index import TERMS, UnitFile
    from qa.units import corpus_terms

    (tiny_corpus / "more.md").write_text("# Home First Service\n\nThe Royal Voluntary Service (RVS) visits people.\n")
    report = build_index(tiny_settings, embedder=fake_embedder)

    def refuse(*args, **kwargs):
        raise AssertionError("start-up read a unit")

    monkeypatch.setattr(UnitFile, "_read", refuse)
    monkeypatch.setattr(UnitFile, "__iter__", refuse)
    index = load_index(tiny_settings.index_dir)
    assistant = Assistant(index, fake_embedder, tiny_settings)  # would raise if it walked the units
    monkeypatch.undo()
    # By hand: "RVS" is defined in brackets; "HFS" is the initials of a heading, which nothing defines.
    assert assistant.abbreviations == {"rvs": "Royal Voluntary Service"}
    assert index.acronyms["hfs"] == "Home First Service" and "hfs" not in assistant.abbreviations
    assert json.loads((Path(report.index_dir) / TERMS).read_text()) == corpus_terms(list(load_index(tiny_settings.index_dir).units))


def test_a_search_runs_on_one_faiss_thread_and_leaves_the_thread_setting_as_it_was(tiny_settings, fake_embedder):
    import faiss

    build_index(tiny_settings, embedder=fake_embedder)
    index = load_index(tiny_settings.index_dir)
    seen = []

    class Recording:
        def __init__(self, inner):
            self.inner = inner

        def search(self, *args, **kwargs):
            seen.append(faiss.omp_get_max_threads())
            return self.inner.search(*args, **kwargs)

    exact = index.dense_search(fake_embedder.encode(["falls team"])[0], 3)
    index._vectors = Recording(index._vectors)
    faiss.omp_set_num_threads(2)
    try:
        assert index.dense_search(fake_embedder.encode(["falls team"])[0], 3) == exact
        assert seen == [1] and faiss.omp_get_max_threads() == 2
    finally:
        faiss.omp_set_num_threads(os.cpu_count() or 1)
