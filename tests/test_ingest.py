"""Ingest: real embeddings into a real embedded Chroma; idempotence, staleness, failures, passages."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from assistant.index import build_items, ensure_index, index_status, ingest
from assistant.knowledge import KnowledgeError, load_knowledge
from assistant.reading import make_passages, plain, split_sentences
from assistant.retrieval import HybridRetriever
from assistant.store import StoreError, VectorStore

DOD_QUESTION = "How many institutes did the Pentagon fund?"


def _report_numbers(messages: list[str]) -> tuple[int, int, int]:
    for m in messages:
        got = re.search(r"(\d+) added, (\d+) removed, (\d+) unchanged", m)
        if got:
            return int(got.group(1)), int(got.group(2)), int(got.group(3))
    raise AssertionError(f"no ingest report among {messages}")


# -- the session index (the whole knowledge base) --------------------------------------------------------


def test_ingest_counts_match_items(built_index, kb, index_store) -> None:
    settings, report = built_index
    items = build_items(kb, settings)
    kinds = Counter(i.metadata["kind"] for i in items)
    assert kinds["fact"] == len(kb.facts)
    assert kinds["passage"] >= len(kb.document("paper").paragraphs)
    assert report.added == len(items) and report.removed == 0 and report.kept == 0
    assert index_store.count() == len(items)
    assert index_store.ids() == {i.id for i in items}
    status = index_status(index_store, kb, settings)
    assert status.state == "current" and status.current
    assert status.counts["documents"] == len(kb.documents) == 1
    assert status.counts["passages"] == kinds["passage"]
    assert status.counts["facts"] == kinds["fact"]
    for kind, n in kinds.items():  # any other kind of item the index learns to hold is counted right too
        assert status.counts.get(kind + "s", n) == n, kind
    assert status.built_at


def test_second_ingest_is_a_no_op(index_settings, kb, index_store) -> None:
    before = index_store.ids()
    messages: list[str] = []
    report = ingest(index_settings, kb, index_store, notify=messages.append, progress=False)
    assert (report.added, report.removed) == (0, 0)
    assert report.kept == len(before)
    assert index_store.ids() == before
    assert _report_numbers(messages) == (0, 0, len(before))
    assert index_status(index_store, kb, index_settings).state == "current"


def test_item_ids_are_content_hashes(kb, index_settings) -> None:
    first = build_items(kb, index_settings)
    again = build_items(load_knowledge(Path(index_settings.knowledge_dir)), index_settings)
    assert [i.id for i in first] == [i.id for i in again]
    assert len({i.id for i in first}) == len(first), "two items share an id"


def test_chunking_settings_make_the_index_stale(index_settings, kb, index_store) -> None:
    other = index_settings.model_copy(update={"max_passage_words": 60})
    assert index_status(index_store, kb, other).state == "stale"


# -- passages --------------------------------------------------------------------------------------------


def _assert_passages_well_cut(paragraph_texts: dict[str, str], passages, max_words: int) -> None:
    by_paragraph: dict[str, list] = {}
    for p in passages:
        by_paragraph.setdefault(p.paragraph.paragraph_id, []).append(p)
    assert set(by_paragraph) == set(paragraph_texts), "every paragraph must have at least one passage"
    for pid, windows in by_paragraph.items():
        text = plain(paragraph_texts[pid])
        spans = split_sentences(text)
        for w in windows:
            assert w.text == text[w.start:w.end], (pid, w.start, w.end)
            n = len(w.text.split())
            single_sentence = (w.start, w.end) in spans
            assert n <= max_words or single_sentence, f"{pid} window of {n} words > {max_words}"
        if len(windows) > 1:  # windows of whole sentences that, together, cover every sentence
            covered = {s for w in windows for s in spans if w.start <= s[0] and s[1] <= w.end}
            assert covered == set(spans), pid
            assert [w.start for w in windows] == sorted(w.start for w in windows)


def test_stored_passages_match_their_paragraphs(kb, index_settings, index_store) -> None:
    doc = kb.document("paper")
    texts = {p.paragraph_id: p.text for p in doc.paragraphs}
    everything = index_store.all_items()
    stored = [it for it in everything if it.metadata.get("kind") == "passage"]
    assert stored
    # every item cut from a paragraph (passages, and sentences if the index holds them) is its exact span
    for it in everything:
        md = it.metadata
        if "start" in md:
            assert it.text == plain(doc.paragraph(md["paragraph_id"]).text)[md["start"]:md["end"]], it.id
    for it in stored:
        md = it.metadata
        for key in ("paragraph_id", "label", "section", "start", "end", "doc_id", "section_id"):
            assert key in md, (it.id, key)
        para = doc.paragraph(md["paragraph_id"])
        assert md["label"] == para.label and md["section"] == para.section_title
        assert it.text == plain(para.text)[md["start"]:md["end"]], it.id
        assert len(it.text.split()) <= index_settings.max_passage_words or (md["start"], md["end"]) in \
            split_sentences(plain(para.text))
    assert {it.metadata["paragraph_id"] for it in stored} == set(texts)
    facts = [it for it in everything if it.metadata.get("kind") == "fact"]
    assert {it.metadata["fact_id"] for it in facts} == {f.id for f in kb.facts}
    assert all(it.metadata["paragraph_id"] in texts for it in facts)


@pytest.mark.parametrize("max_words, overlap", [(120, 1), (40, 1), (25, 0), (20, 2)])
def test_make_passages_windows(kb, max_words: int, overlap: int) -> None:
    doc = kb.document("paper")
    passages = make_passages(doc, max_words, overlap)
    _assert_passages_well_cut({p.paragraph_id: p.text for p in doc.paragraphs}, passages, max_words)
    assert len({p.passage_id for p in passages}) == len(passages)
    if max_words < 120:
        assert len(passages) > len(doc.paragraphs), "short windows must split long paragraphs"


@pytest.mark.parametrize("max_words, overlap", [(120, 1), (80, 1), (60, 2)])
def test_windows_overlap_by_whole_sentences(kb, max_words: int, overlap: int) -> None:
    doc = kb.document("paper")
    windows = make_passages(doc, max_words, overlap)
    checked = 0
    for a, b in zip(windows, windows[1:], strict=False):
        if a.paragraph is not b.paragraph:
            continue
        starts = [s[0] for s in split_sentences(plain(a.paragraph.text))]
        ends = [s[1] for s in split_sentences(plain(a.paragraph.text))]
        i_a, j_a = starts.index(a.start), ends.index(a.end) + 1  # sentences [i_a, j_a) are in window a
        assert b.start in starts and b.end in ends, "windows are made of whole sentences"
        # the next window repeats up to `overlap` of the last sentences of this one (fewer, or none, when
        # more would leave no room for a new sentence), and always brings at least one new sentence
        allowed = starts[max(i_a + 1, j_a - overlap):j_a + 1]
        assert b.start in allowed, (a.passage_id, b.passage_id)
        assert b.end > a.end, "every window brings a new sentence"
        checked += b.start < a.end
    assert checked >= 3, "some windows must actually overlap"


@pytest.mark.parametrize("max_words, overlap", [(120, 1), (80, 1), (60, 1)])
def test_no_window_is_contained_in_the_previous_one(kb, max_words: int, overlap: int) -> None:
    windows = make_passages(kb.document("paper"), max_words, overlap)
    redundant = [(a.passage_id, (a.start, a.end), b.passage_id, (b.start, b.end))
                 for a, b in zip(windows, windows[1:], strict=False)
                 if a.paragraph is b.paragraph and a.start <= b.start and b.end <= a.end]
    assert not redundant, f"windows that add no new sentence: {redundant}"


# -- changes, a missing index, broken knowledge ----------------------------------------------------------


def test_missing_index_is_built_by_ensure_index(mini_knowledge, settings_factory, embeddings) -> None:
    settings = settings_factory(knowledge_dir=mini_knowledge)
    kb = load_knowledge(mini_knowledge)
    store = VectorStore(settings)
    assert index_status(store, kb, settings).state == "missing"
    messages: list[str] = []
    status = ensure_index(settings, kb, store, notify=messages.append)
    assert status.state == "current"
    assert "missing" in messages[0] and str(store.location) in messages[0]
    items = build_items(kb, settings)
    assert _report_numbers(messages) == (len(items), 0, 0)
    assert store.count() == len(items)
    # nothing to do the second time, and nothing said
    quiet: list[str] = []
    assert ensure_index(settings, kb, store, notify=quiet.append).current
    assert quiet == []


def _ingested(mini_knowledge, settings_factory):
    """A fresh store holding the mini knowledge base: (settings, kb, store)."""
    settings = settings_factory(knowledge_dir=mini_knowledge)
    kb = load_knowledge(mini_knowledge)
    store = VectorStore(settings)
    ingest(settings, kb, store, progress=False)
    return settings, kb, store


def test_changed_paragraph_makes_index_stale_and_rebuilds_only_it(mini_knowledge, settings_factory, embeddings) -> None:
    settings, kb, store = _ingested(mini_knowledge, settings_factory)
    before = store.ids()

    paper = mini_knowledge / "paper.md"
    old = "to build a unified NNMI network."
    assert old in paper.read_text(encoding="utf-8")
    paper.write_text(paper.read_text(encoding="utf-8").replace(old, old + " A sentence added by the test."),
                     encoding="utf-8")
    kb2 = load_knowledge(mini_knowledge)
    assert kb2.fingerprint != kb.fingerprint
    assert index_status(store, kb2, settings).state == "stale"

    old_items = {i.id: i for i in build_items(kb, settings)}
    new_items = {i.id: i for i in build_items(kb2, settings)}
    fresh = set(new_items) - set(old_items)
    gone = set(old_items) - set(new_items)
    # only items of the edited paragraph differ; everything else keeps its id (and its vector)
    assert fresh and gone
    assert {new_items[i].metadata["paragraph_id"] for i in fresh} == {"s2.1-p1"}
    assert {old_items[i].metadata["paragraph_id"] for i in gone} == {"s2.1-p1"}

    messages: list[str] = []
    status = ensure_index(settings, kb2, store, notify=messages.append)
    assert status.state == "current"
    assert "out of date" in messages[0]
    added, removed, kept = _report_numbers(messages)
    assert (added, removed) == (len(fresh), len(gone))
    assert added <= 5 and added < len(new_items) // 10, "a one-paragraph edit must not re-embed everything"
    assert kept == len(before) - removed
    after = store.ids()
    assert after == set(new_items)
    assert after - before == fresh and before - after == gone
    texts = [it.text for it in store.all_items() if it.id in fresh]
    assert any(t.endswith("A sentence added by the test.") for t in texts)


def test_broken_facts_leave_the_index_usable(mini_knowledge, settings_factory, embeddings) -> None:
    settings, kb, store = _ingested(mini_knowledge, settings_factory)
    count = store.count()

    facts = mini_knowledge / "facts.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace("quote: By 2017", "quote: By 2018", 1),
                     encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        ingest(settings, progress=False)
    assert "facts.yaml" in str(err.value) and "not verbatim" in str(err.value)

    reopened = VectorStore(settings)
    assert reopened.count() == count
    assert index_status(reopened, kb, settings).state == "current"
    hits = HybridRetriever(reopened, embeddings, kb.glossary).retrieve(DOD_QUESTION, 5)
    assert len(hits) == 5
    assert "s2.1-p2" in [h.paragraph_id for h in hits]


# -- an unwritable data dir ------------------------------------------------------------------------------


@pytest.fixture
def bad_data_dir(tmp_path: Path) -> Path:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    return blocker / "data"  # its parent is a regular file: cannot be created, even by root


def test_unwritable_data_dir_raises_store_error(bad_data_dir: Path, settings_factory) -> None:
    settings = settings_factory(data_dir=bad_data_dir)
    with pytest.raises(StoreError) as err:
        VectorStore(settings)
    msg = str(err.value)
    assert str(bad_data_dir / "chroma") in msg
    assert "cannot write" in msg and "ASSISTANT_DATA_DIR" in msg
    with pytest.raises(StoreError):
        ingest(settings, progress=False)


def test_cli_ingest_into_unwritable_dir(bad_data_dir: Path, repo_root: Path) -> None:
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False", "HF_HUB_OFFLINE": "1"}
    proc = subprocess.run([sys.executable, "-m", "assistant", "ingest", "--data-dir", str(bad_data_dir)],
                          cwd=repo_root, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode != 0
    assert "error:" in proc.stderr
    assert "cannot write the index folder" in proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
