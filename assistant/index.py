"""Ingest: knowledge base -> passages and facts -> embeddings -> Chroma, idempotently.

Ids are content hashes, so a second ingest adds nothing and a change re-embeds only what changed.
A manifest (fingerprint of knowledge/ + model + chunking) says whether the index is current.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .knowledge import KnowledgeBase, load_knowledge
from .reading import make_passages, plain, split_sentences
from .settings import Settings
from .store import StoredItem, StoreError, VectorStore

Notify = Callable[[str], None]
MANIFEST_VERSION = 3  # bump when build_items changes what is indexed


@dataclass
class IndexItem:
    id: str
    text: str
    metadata: dict[str, Any]


@dataclass
class IngestReport:
    added: int
    removed: int
    kept: int
    seconds: float
    fingerprint: str

    def __str__(self) -> str:
        return (f"index: {self.added} added, {self.removed} removed, {self.kept} unchanged "
                f"in {self.seconds:.1f} s (fingerprint {self.fingerprint})")


@dataclass
class IndexStatus:
    state: str  # current | stale | missing | damaged
    built_at: str | None
    fingerprint: str | None
    expected: str
    counts: dict[str, int]  # what the store holds, by kind (documents: as the manifest recorded)
    damage: str | None = None  # what is wrong with a damaged index, for the message

    @property
    def current(self) -> bool:
        return self.state == "current"


def fact_text(fact: Any) -> str:
    """What a fact is embedded and searched as: its statement, plus list items spelled out."""
    text = fact.statement
    if isinstance(fact.value, list):
        text += " " + "; ".join(map(str, fact.value))
    return text


def build_items(kb: KnowledgeBase, settings: Settings) -> list[IndexItem]:
    items: list[IndexItem] = []
    for doc in kb.documents:
        for p in make_passages(doc, settings.max_passage_words, settings.overlap_sentences):
            para = p.paragraph
            items.append(IndexItem(
                id=f"p:{p.content_hash}",
                text=p.text,
                metadata={"kind": "passage", "doc_id": doc.doc_id, "doc_title": doc.title,
                          "paragraph_id": para.paragraph_id, "label": para.label,
                          "section": para.section_title, "section_id": para.section_id,
                          "para_kind": para.kind, "start": p.start, "end": p.end},
            ))
        # Sentences of multi-sentence paragraphs get vectors of their own: the answerer picks the
        # sentence that answers, and a sentence's meaning is sharper than its paragraph's.
        for para in doc.paragraphs:
            text = plain(para.text)
            spans = split_sentences(text)
            if len(spans) < 2:
                continue
            for a, b in spans:
                sentence = text[a:b]
                digest = hashlib.sha1(f"{para.key}|{a}|{sentence}".encode()).hexdigest()[:16]
                items.append(IndexItem(
                    id=f"s:{digest}", text=sentence,
                    metadata={"kind": "sentence", "doc_id": doc.doc_id, "paragraph_id": para.paragraph_id,
                              "label": para.label, "section": para.section_title, "section_id": para.section_id,
                              "para_kind": para.kind, "start": a, "end": b},
                ))
    for f in kb.facts:
        doc = kb.document(f.doc_id)
        para = doc.paragraph(f.paragraph)
        payload = json.dumps(f.model_dump(), sort_keys=True, ensure_ascii=False)
        items.append(IndexItem(
            id="f:" + hashlib.sha1(payload.encode()).hexdigest()[:16],
            text=fact_text(f),
            metadata={"kind": "fact", "fact_id": f.id, "doc_id": f.doc_id, "doc_title": doc.title,
                      "paragraph_id": f.paragraph, "label": para.label, "section": para.section_title,
                      "section_id": para.section_id, "para_kind": para.kind},
        ))
    return items


def expected_fingerprint(kb: KnowledgeBase, settings: Settings) -> str:
    model = Path(settings.resolved_model_path()).name
    config = f"{MANIFEST_VERSION}|{model}|{settings.max_passage_words}|{settings.overlap_sentences}"
    return hashlib.sha256(f"{kb.fingerprint}|{config}".encode()).hexdigest()[:16]


def ids_digest(ids: set[str]) -> str:
    """A short digest of a set of item ids: the manifest records the index's, status compares."""
    return hashlib.sha256("\n".join(sorted(ids)).encode()).hexdigest()[:16]


class Manifest:
    """The index's manifest, kept in a small side collection so it travels with the store."""

    def __init__(self, store: VectorStore) -> None:
        self._store = store
        self._col = store.collection_named(store.settings.collection + "__manifest")

    def read(self) -> dict[str, Any] | None:
        with self._store.guard("reading the manifest"):
            got = self._col.get(ids=["manifest"], include=["documents"])
        if not got["ids"]:
            return None
        try:
            data = json.loads(got["documents"][0])
        except (TypeError, json.JSONDecodeError):
            return None
        return data if isinstance(data, dict) else None

    def write(self, data: dict[str, Any]) -> None:
        with self._store.guard("writing the manifest"):
            self._col.upsert(ids=["manifest"], documents=[json.dumps(data)], embeddings=[[0.0]])


_KIND_PLURAL = {"passage": "passages", "fact": "facts", "sentence": "sentences"}


def _describe_damage(missing: dict[str, int], extra: dict[str, int]) -> str:
    parts = [f"{n} {_KIND_PLURAL.get(k, k)} missing" for k, n in sorted(missing.items())]
    parts += [f"{n} unexpected {_KIND_PLURAL.get(k, k)}" for k, n in sorted(extra.items())]
    return ", ".join(parts)


def index_status(store: VectorStore, kb: KnowledgeBase, settings: Settings,
                 items: list[StoredItem] | None = None) -> IndexStatus:
    """Compare the store with the manifest and with what knowledge/ should give: missing, stale
    (knowledge or settings changed), damaged (items lost or added behind our back) or current.
    Counts are what the store holds, not what the manifest once recorded. ``items``: what the caller has just
    read from the store (``store.all_items()``), which spares reading it again."""
    manifest = Manifest(store).read()
    expected = expected_fingerprint(kb, settings)
    held = store.kinds() if items is None else {it.id: str(it.metadata.get("kind", "?")) for it in items}
    if not manifest or not held:
        return IndexStatus("missing", None, None, expected, {})
    counts = {"documents": int(manifest.get("counts", {}).get("documents", 0))}
    for kind in held.values():
        key = _KIND_PLURAL.get(kind, kind)
        counts[key] = counts.get(key, 0) + 1
    for key in _KIND_PLURAL.values():
        counts.setdefault(key, 0)
    built_at, fingerprint = manifest.get("built_at"), manifest.get("fingerprint")
    if fingerprint != expected:
        return IndexStatus("stale", built_at, fingerprint, expected, counts)
    # The fingerprint says knowledge/ is unchanged since the build: the store must hold exactly the
    # items knowledge/ gives (their ids are content hashes), as the manifest recorded them.
    wanted = {it.id: it.metadata["kind"] for it in build_items(kb, settings)}
    missing: dict[str, int] = {}
    extra: dict[str, int] = {}
    for i, kind in wanted.items():
        if i not in held:
            missing[kind] = missing.get(kind, 0) + 1
    for i, kind in held.items():
        if i not in wanted:
            extra[kind] = extra.get(kind, 0) + 1
    recorded = manifest.get("ids_digest")
    if missing or extra:
        damage = _describe_damage(missing, extra)
    elif recorded is not None and recorded != ids_digest(set(held)):
        damage = "the items differ from those the manifest recorded"
    else:
        return IndexStatus("current", built_at, fingerprint, expected, counts)
    return IndexStatus("damaged", built_at, fingerprint, expected, counts, damage)


def ingest(settings: Settings, kb: KnowledgeBase | None = None, store: VectorStore | None = None,
           notify: Notify | None = None, progress: bool = True) -> IngestReport:
    """Bring the index in line with knowledge/: add new items, remove stale ones."""
    from .embedding import load_query_embeddings

    t0 = time.perf_counter()
    kb = kb or load_knowledge(Path(settings.knowledge_dir))  # validates before touching the store
    if notify:
        for warning in kb.warnings:
            notify(f"warning: {warning}")
    items = build_items(kb, settings)
    store = store or VectorStore(settings)
    if store.read_only:
        raise StoreError(f"the index at {store.location} cannot be written (a read-only folder or file), so it "
                         "cannot be built or updated. Run ingest where it is writable, or set "
                         "ASSISTANT_DATA_DIR (or --data-dir) to a writable folder.")
    wanted = {it.id: it for it in items}
    existing = store.ids()
    new = [it for it in items if it.id not in existing]
    stale = sorted(existing - set(wanted))
    if new:
        # The ONNX export embeds passages as it embeds questions (the same vectors as sentence-transformers,
        # cosine >= 0.9999); the first ingest makes it, so asking later never imports torch.
        emb = load_query_embeddings(settings.resolved_model_path(), settings.data_dir, notify, expected=True)
        bar = None
        if progress:
            from tqdm import tqdm

            bar = tqdm(total=len(new), desc="embedding", unit="item", leave=False)
        # all at once: the embedder batches texts of like length together, which pads far less than batches
        # taken in the items' order (passages, then sentences, then facts)
        vectors = emb.embed_documents([it.text for it in new], progress=bar.update if bar else None)
        if bar:
            bar.close()
        store.add([it.id for it in new], [it.text for it in new], vectors, [it.metadata for it in new])
    store.delete(stale)
    fp = expected_fingerprint(kb, settings)
    counts = {
        "documents": len(kb.documents),
        "passages": sum(1 for it in items if it.metadata["kind"] == "passage"),
        "facts": sum(1 for it in items if it.metadata["kind"] == "fact"),
        "sentences": sum(1 for it in items if it.metadata["kind"] == "sentence"),
    }
    Manifest(store).write({"fingerprint": fp, "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
                           "counts": counts, "model": Path(settings.resolved_model_path()).name,
                           "ids_digest": ids_digest(set(wanted))})
    report = IngestReport(len(new), len(stale), len(items) - len(new), time.perf_counter() - t0, fp)
    if notify:
        notify(str(report))
    return report


def ensure_index(settings: Settings, kb: KnowledgeBase, store: VectorStore,
                 notify: Notify | None = None) -> IndexStatus:
    """Build the index when it is missing, update it when stale; say so through ``notify``."""
    status = index_status(store, kb, settings)
    if not status.current:
        reason = {"missing": "missing", "damaged": f"damaged ({status.damage})"}.get(
            status.state, "out of date (knowledge/ or settings changed)")
        if store.read_only:  # a read-only index can be asked only as it is
            raise StoreError(f"the index at {store.location} is {reason} and cannot be rebuilt there: its folder "
                             "or files are read-only. Run `assistant ingest` where it is writable, or set "
                             "ASSISTANT_DATA_DIR (or --data-dir) to a writable folder.")
        if notify:
            action = "repairing" if status.state == "damaged" else "building"
            notify(f"The index at {store.location} is {reason}: {action} it now.")
        # ingest adds what is missing and removes what should not be there: it repairs damage too
        ingest(settings, kb, store, notify=notify, progress=notify is not None)
        status = index_status(store, kb, settings)
    return status
