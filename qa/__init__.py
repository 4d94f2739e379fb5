"""Cited answers from the plans and board reports in a corpus folder.

    from qa import Assistant, Settings, build_index
    build_index(Settings.from_env())
    answer = Assistant.load().ask("How much was invested in the falls service?")

Heavy libraries (torch, faiss, llama-index, gradio) load only when a function needs them.
"""

from typing import TYPE_CHECKING

from qa.config import Settings
from qa.errors import QAError
from qa.types import Answer, Block, BuildReport, Citation, Document, Hit, Table, Unit

if TYPE_CHECKING:
    from qa.pipeline import Assistant, build_index

__all__ = [
    "Answer",
    "Assistant",
    "Block",
    "BuildReport",
    "Citation",
    "Document",
    "Hit",
    "QAError",
    "Settings",
    "Table",
    "Unit",
    "build_index",
]


def __getattr__(name: str) -> object:
    # Importing the pipeline pulls in numpy and the retrieval code; do it only when asked for.
    if name in {"Assistant", "build_index"}:
        from qa import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
