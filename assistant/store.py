"""The one module that talks to Chroma: embedded (PersistentClient) or a server (HttpClient).

Everything else goes through ``VectorStore`` so the same code serves both. Our own embeddings are
always passed in: Chroma's default embedding function would download a model and fail offline.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from .settings import Settings  # noqa: E402


class StoreError(RuntimeError):
    """The vector store cannot be opened or reached; the message says what to do."""


@dataclass
class StoredItem:
    id: str
    text: str
    metadata: dict[str, Any]


def _client(settings: Settings) -> Any:
    # imported here, not at the top: chromadb takes ~0.8 s to import, which the Assistant overlaps with
    # loading the embedding model, and `assistant --help` never pays
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_host:
        try:
            client = chromadb.HttpClient(
                host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings
            )
            client.heartbeat()
        except Exception as e:  # any transport error means the same thing to the user
            raise StoreError(
                f"cannot reach the Chroma server at {settings.chroma_host}:{settings.chroma_port} ({e}). "
                "Start it with `chroma run --path DIR --port PORT`, or unset ASSISTANT_CHROMA_HOST "
                "to use the embedded store."
            ) from e
        return client
    path = Path(settings.data_dir) / "chroma"
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / ".write-probe"
        probe.write_text("ok")
        probe.unlink()
    except OSError as e:
        raise StoreError(
            f"cannot write the index folder {path}: {e.strerror}. "
            "Set ASSISTANT_DATA_DIR (or --data-dir) to a writable folder."
        ) from e
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


class VectorStore:
    """A Chroma collection of passages and facts, with cosine distance."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.client = _client(settings)
        self.location = (
            f"chroma server {settings.chroma_host}:{settings.chroma_port}"
            if settings.chroma_host
            else str(Path(settings.data_dir) / "chroma")
        )
        try:
            self.collection = self.client.get_or_create_collection(
                settings.collection, metadata={"hnsw:space": "cosine"}, embedding_function=None
            )
        except Exception as e:
            raise StoreError(f"cannot open collection {settings.collection!r} at {self.location}: {e}") from e

    def ids(self) -> set[str]:
        return set(self.collection.get(include=[])["ids"])

    def count(self) -> int:
        return self.collection.count()

    def add(self, ids: list[str], texts: list[str], embeddings: list[list[float]],
            metadatas: list[dict[str, Any]], batch: int = 256) -> None:
        for i in range(0, len(ids), batch):
            self.collection.add(
                ids=ids[i:i + batch], documents=texts[i:i + batch],
                embeddings=embeddings[i:i + batch], metadatas=metadatas[i:i + batch],
            )

    def delete(self, ids: list[str]) -> None:
        if ids:
            self.collection.delete(ids=ids)

    def all_items(self) -> list[StoredItem]:
        got = self.collection.get(include=["documents", "metadatas"])
        rows = zip(got["ids"], got["documents"], got["metadatas"], strict=True)
        return [StoredItem(i, d or "", m or {}) for i, d, m in rows]

    def query(self, embedding: list[float], n: int) -> list[tuple[str, float]]:
        """Nearest items as (id, cosine similarity), best first."""
        n = min(n, max(1, self.count()))
        got = self.collection.query(query_embeddings=[embedding], n_results=n, include=["distances"])
        return [(i, 1.0 - d) for i, d in zip(got["ids"][0], got["distances"][0], strict=False)]
