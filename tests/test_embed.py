"""The embedding model: one path (an ONNX export of the bundled sentence-transformers model) for
questions and documents, equal to sentence-transformers itself, checked on load."""

import numpy as np
import pytest

from qa.errors import ModelError

TEXTS = [
    "How much was invested in Disabled Facilities Grants?",
    "x",
    "🙂 émoji and ünïcode",
    "Table: JHSW Priority 1 | Activity: DFG's | " + "long text that will be truncated " * 100,
]


@pytest.mark.integration
def test_onnx_graph_gives_the_same_vectors_as_sentence_transformers():
    from qa.embed import default_embedder, load_sentence_transformer

    ours = default_embedder().encode(TEXTS, batch_size=3)  # batches of mixed lengths, and a lone text
    reference = load_sentence_transformer().encode(TEXTS, normalize_embeddings=True, convert_to_numpy=True)
    assert ours.shape == reference.shape == (4, 384)
    assert np.abs(ours - reference).max() < 1e-5
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    # A text's vector does not depend on what it is batched with.
    assert np.abs(default_embedder().encode(TEXTS[:1]) - ours[:1]).max() < 1e-5


@pytest.mark.integration
def test_the_runtime_threads_do_not_spin_after_a_run():
    from qa.embed import default_embedder

    # Spinning threads took the cores from the search that follows each question (docs/performance.md).
    options = default_embedder()._session.get_session_options()
    assert options.get_session_config_entry("session.intra_op.allow_spinning") == "0"


@pytest.mark.integration
def test_questions_and_documents_are_embedded_by_the_same_model_object(tiny_settings, monkeypatch):
    from qa import embed
    from qa.pipeline import Assistant, build_index

    model = embed.default_embedder()
    assert embed.query_encoder() is model
    calls = []
    original = type(model).encode

    def spy(self, texts, **kw):
        calls.append((id(self), len(texts)))
        return original(self, texts, **kw)

    monkeypatch.setattr(type(model), "encode", spy)
    build_index(tiny_settings)  # no embedder passed: the build uses the shared model
    assistant = Assistant.load(tiny_settings)
    assert assistant.embedder is model
    assistant.ask("How much was invested in the falls team?")
    assert {who for who, _ in calls} == {id(model)}
    assert len(calls) >= 2  # at least one batch of units and one question


def test_a_changed_exported_graph_is_refused(tmp_path):
    from qa.embed import OnnxEmbedder

    graph = tmp_path / "model.onnx"
    graph.write_bytes(b"not a graph")
    (tmp_path / "model.onnx.sha256").write_text("0" * 64 + "\n")
    with pytest.raises(ModelError, match="export it again"):
        OnnxEmbedder(graph)
    (tmp_path / "model.onnx.sha256").unlink()
    with pytest.raises(ModelError, match="damaged"):
        OnnxEmbedder(graph)


def test_tampered_model_files_are_refused(tmp_path):
    from qa.embed import PINNED_SHA256, verify_model_files

    for rel in PINNED_SHA256:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    with pytest.raises(ModelError, match="pinned SHA-256"):
        verify_model_files(tmp_path)
