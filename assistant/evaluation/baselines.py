"""Naive peers scored by the same suite, so the lift is measured, not claimed.

- ``naive``: a plain LangChain RAG: RecursiveCharacterTextSplitter (800/100) into Chroma with the same
  embedding model; the top chunk is the answer and its citation.
- ``bm25``: the top BM25 chunk of the same split.
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rank_bm25 import BM25Okapi

from ..text import content_tokens


@dataclass
class BaselineAnswer:
    answer: str
    citations: list[dict[str, Any]]
    refused: bool
    latency_ms: float


class _Chunks:
    def __init__(self, paper: Path) -> None:
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        splitter = RecursiveCharacterTextSplitter(chunk_size=800, chunk_overlap=100)
        self.chunks = splitter.split_text(paper.read_text(encoding="utf-8"))


class NaiveRAG(_Chunks):
    name = "naive"

    def __init__(self, paper: Path, embeddings: Any) -> None:
        super().__init__(paper)
        import chromadb
        from chromadb.config import Settings as ChromaSettings
        from langchain_chroma import Chroma

        from ..embedding import register_with_langchain

        register_with_langchain()  # our embeddings are LangChain Embeddings (virtual subclasses: see embedding.py)

        self._tmp = tempfile.TemporaryDirectory(prefix="naive-rag-")
        client = chromadb.PersistentClient(self._tmp.name, settings=ChromaSettings(anonymized_telemetry=False))
        self.store = Chroma(client=client, collection_name="naive", embedding_function=embeddings)
        self.store.add_texts(self.chunks, ids=[f"c{i}" for i in range(len(self.chunks))])

    def ask(self, question: str, history: list[Any]) -> BaselineAnswer:
        t = time.perf_counter()
        doc = self.store.similarity_search(question, k=1)[0]
        return BaselineAnswer(doc.page_content, [{"marker": 1, "quote": doc.page_content, "paragraph_id": ""}],
                              False, (time.perf_counter() - t) * 1000)


class BM25Top(_Chunks):
    name = "bm25"

    def __init__(self, paper: Path) -> None:
        super().__init__(paper)
        self.bm25 = BM25Okapi([content_tokens(c) or ["_"] for c in self.chunks])

    def ask(self, question: str, history: list[Any]) -> BaselineAnswer:
        t = time.perf_counter()
        scores = self.bm25.get_scores(content_tokens(question))
        best = max(range(len(self.chunks)), key=lambda i: scores[i])
        text = self.chunks[best]
        return BaselineAnswer(text, [{"marker": 1, "quote": text, "paragraph_id": ""}], False,
                              (time.perf_counter() - t) * 1000)


def make_baselines(which: str | None, paper: Path, embeddings: Any) -> list[Any]:
    if not which:
        return []
    names = ["naive", "bm25"] if which == "all" else [which]
    out: list[Any] = []
    for n in names:
        out.append(NaiveRAG(paper, embeddings) if n == "naive" else BM25Top(paper))
    return out
