"""The one module that talks to Chroma: embedded (PersistentClient) or a server (HttpClient).

Everything else goes through ``VectorStore`` so the same code serves both. Our own embeddings are
always passed in: Chroma's default embedding function would download a model and fail offline.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from .settings import Settings  # noqa: E402

if TYPE_CHECKING:
    from chromadb.config import Settings as ChromaSettings


class StoreError(RuntimeError):
    """The vector store cannot be opened or reached; the message says what to do."""


@dataclass
class StoredItem:
    id: str
    text: str
    metadata: dict[str, Any]
    vector: Any = None  # its embedding (a numpy row), when read with ``all_items(vectors=True)``


def rebuild_command(settings: Settings) -> str:
    """The command that rebuilds the index from knowledge/, for messages."""
    where = (f" --chroma-host {settings.chroma_host} --chroma-port {settings.chroma_port}" if settings.chroma_host
             else f" --data-dir {settings.data_dir}")
    return "assistant ingest --rebuild" + where


def _chroma_settings() -> ChromaSettings:
    # chromadb is imported on first use, not at the top: it takes ~0.8 s to import, which the Assistant
    # overlaps with loading the embedding model, and `assistant --help` never pays
    from chromadb.config import Settings as ChromaSettings

    return ChromaSettings(anonymized_telemetry=False, allow_reset=False)


def _server_client(settings: Settings, chroma_settings: ChromaSettings) -> Any:
    import chromadb

    try:
        client = chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings)
        client.heartbeat()
    except Exception as e:  # any transport error means the same thing to the user
        raise StoreError(
            f"cannot reach the Chroma server at {settings.chroma_host}:{settings.chroma_port} ({e}). "
            "Start it with `chroma run --path DIR --port PORT`, or unset ASSISTANT_CHROMA_HOST "
            "to use the embedded store."
        ) from e
    return client


def _write_fault(path: Path) -> str | None:
    """Why ``path`` cannot be created or written (the OS's words), or None when it can."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / ".write-probe"
        probe.write_text("ok")
        probe.unlink()
    except OSError as e:
        return e.strerror or str(e)
    return None


def _private_copy(path: Path) -> Path:
    """A writable copy of a read-only store, removed at exit: Chroma's embedded store writes to its
    SQLite file when it opens, so a valid index in a read-only folder (or an immutable file) is
    served from a copy. Files only (no modes, no flags), so the copy is writable by us."""
    tmp = Path(tempfile.mkdtemp(prefix="assistant-index-"))
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)
    for root, _, files in os.walk(path):
        target = tmp / Path(root).relative_to(path)
        target.mkdir(parents=True, exist_ok=True)
        for name in files:
            if name != ".write-probe":
                shutil.copyfile(Path(root) / name, target / name)
    return tmp


def _is_read_only_error(e: Exception) -> bool:
    return "readonly" in str(e).lower() or "read-only" in str(e).lower()


def _embedded_client(settings: Settings, chroma_settings: ChromaSettings) -> tuple[Any, bool]:
    """(client, read_only): the embedded store in data_dir/chroma, or a private copy of it when the
    folder or its files cannot be written but hold an index."""
    import chromadb

    path = Path(settings.data_dir) / "chroma"
    fault = _write_fault(path)
    read_only = fault is not None
    if read_only and not (path / "chroma.sqlite3").is_file():
        raise StoreError(
            f"cannot write the index folder {path}: {fault}, and it holds no index to read. "
            "Set ASSISTANT_DATA_DIR (or --data-dir) to a writable folder."
        )
    try:
        return chromadb.PersistentClient(path=str(_private_copy(path) if read_only else path),
                                         settings=chroma_settings), read_only
    except Exception as e:
        if not read_only and _is_read_only_error(e):  # a writable folder, but the file itself is not
            try:
                return chromadb.PersistentClient(path=str(_private_copy(path)), settings=chroma_settings), True
            except Exception as e2:
                e = e2
        raise StoreError(
            f"the index at {path} is damaged or unreadable ({type(e).__name__}: {e}). Rebuild it from "
            f"knowledge/ with `{rebuild_command(settings)}` (or delete the data folder {settings.data_dir}; "
            "the index is rebuilt on the next start)."
        ) from e


class VectorStore:
    """A Chroma collection of passages and facts, with cosine distance.

    Every call to Chroma goes through ``_guard``: a failure (a corrupt file, a server that went away
    mid-session) becomes a StoreError that says what to do, never a raw driver exception.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        chroma_settings = _chroma_settings()
        self.read_only = False  # True when serving a private copy of a read-only index: nothing is written back
        if settings.chroma_host:
            self.client = _server_client(settings, chroma_settings)
            self.location = f"chroma server {settings.chroma_host}:{settings.chroma_port}"
        else:
            self.client, self.read_only = _embedded_client(settings, chroma_settings)
            self.location = str(Path(settings.data_dir) / "chroma")
        with self.guard(f"opening collection {settings.collection!r}"):
            self.collection = self.client.get_or_create_collection(
                settings.collection, metadata={"hnsw:space": "cosine"}, embedding_function=None
            )

    @contextmanager
    def guard(self, action: str) -> Iterator[None]:
        try:
            yield
        except StoreError:
            raise
        except Exception as e:
            if self.settings.chroma_host:
                hint = ("Is the server still running? Start it with `chroma run --path DIR --port PORT`, or unset "
                        "ASSISTANT_CHROMA_HOST to use the embedded store.")
            else:
                hint = f"Rebuild the index with `{rebuild_command(self.settings)}`."
            raise StoreError(f"the vector store at {self.location} failed while {action} "
                             f"({type(e).__name__}: {e}). {hint}") from e

    def collection_named(self, name: str) -> Any:
        """Another collection of the same store (the manifest's), guarded like the main one."""
        with self.guard(f"opening collection {name!r}"):
            return self.client.get_or_create_collection(name, embedding_function=None)

    def ids(self) -> set[str]:
        with self.guard("listing the index"):
            return set(self.collection.get(include=[])["ids"])

    def kinds(self) -> dict[str, str]:
        """Item id -> kind (passage, sentence, fact), from what the store actually holds."""
        with self.guard("listing the index"):
            got = self.collection.get(include=["metadatas"])
        return {i: str((m or {}).get("kind", "?")) for i, m in zip(got["ids"], got["metadatas"], strict=True)}

    def count(self) -> int:
        with self.guard("counting the index"):
            return self.collection.count()

    def add(self, ids: list[str], texts: list[str], embeddings: list[list[float]],
            metadatas: list[dict[str, Any]], batch: int = 256) -> None:
        with self.guard("adding to the index"):
            for i in range(0, len(ids), batch):
                self.collection.add(
                    ids=ids[i:i + batch], documents=texts[i:i + batch],
                    embeddings=embeddings[i:i + batch], metadatas=metadatas[i:i + batch],
                )

    def delete(self, ids: list[str]) -> None:
        if ids:
            with self.guard("deleting from the index"):
                self.collection.delete(ids=ids)

    def all_items(self, vectors: bool = False) -> list[StoredItem]:
        """Every stored item; ``vectors``: with its embedding (one read, ~5 ms more for the paper)."""
        with self.guard("reading the index"):
            got = self.collection.get(include=["documents", "metadatas", *(["embeddings"] if vectors else [])])
        embedded = got["embeddings"] if vectors else None
        rows = zip(got["ids"], got["documents"], got["metadatas"], strict=True)
        return [StoredItem(i, d or "", m or {}, None if embedded is None else embedded[k])
                for k, (i, d, m) in enumerate(rows)]

    def query(self, embedding: list[float], n: int, size: int | None = None) -> list[tuple[str, float]]:
        """Nearest items as (id, cosine similarity), best first, by Chroma's approximate search (the answer engine
        ranks the vectors it read at start exactly; ``benchmarks/scale.py`` times this). ``size``: how many items
        the caller knows the store holds, which spares a count (a round trip to Chroma, 1-2 ms)."""
        with self.guard("searching the index"):
            n = min(n, max(1, self.collection.count() if size is None else size))
            got = self.collection.query(query_embeddings=[embedding], n_results=n, include=["distances"])
        return [(i, 1.0 - d) for i, d in zip(got["ids"][0], got["distances"][0], strict=False)]


def delete_store(settings: Settings) -> str:
    """Remove the index (for ``assistant ingest --rebuild``), without opening it: a corrupt file cannot
    be opened. The embedded store's folder is deleted; on a server, its two collections. Returns what
    was removed, for the message."""
    if settings.chroma_host:
        client = _server_client(settings, _chroma_settings())
        removed = []
        for name in (settings.collection, settings.collection + "__manifest"):
            try:
                client.delete_collection(name)
                removed.append(name)
            except Exception as e:  # a collection that does not exist is already gone
                if "does not exist" not in str(e).lower() and "not found" not in str(e).lower():
                    raise StoreError(f"cannot delete collection {name!r} on the Chroma server: {e}") from e
        return f"collections {', '.join(removed) or '(none)'} on chroma server {settings.chroma_host}"
    path = Path(settings.data_dir) / "chroma"
    try:
        shutil.rmtree(path)
    except FileNotFoundError:
        pass
    except OSError as e:
        raise StoreError(f"cannot delete the index folder {path}: {e.strerror or e}. Delete it by hand, "
                         "or set ASSISTANT_DATA_DIR (or --data-dir) to another folder.") from e
    return str(path)
