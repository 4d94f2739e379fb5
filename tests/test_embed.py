"""The embedding model: offline, pinned, and the fast question encoder equal to sentence-transformers."""

import numpy as np
import pytest

pytestmark = pytest.mark.integration


def test_question_encoder_gives_the_same_vectors_as_sentence_transformers():
    from qa.embed import QueryEncoder, SentenceTransformerEmbedder

    texts = ["How much was invested in Disabled Facilities Grants?", "x", "🙂 émoji and ünïcode",
             "Table: JHSW Priority 1 | Activity: DFG's | " + "long text that will be truncated " * 100]
    fast, reference = QueryEncoder().encode(texts), SentenceTransformerEmbedder().encode(texts)
    assert fast.shape == reference.shape == (4, 384)
    assert np.abs(fast - reference).max() < 1e-4
    assert np.allclose(np.linalg.norm(fast, axis=1), 1.0, atol=1e-5)
