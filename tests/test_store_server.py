"""The same store code against a real `chroma run` server (HttpClient)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from assistant.index import build_items, index_status, ingest
from assistant.retrieval import HybridRetriever
from assistant.store import StoreError, VectorStore

pytestmark = pytest.mark.server

CHROMA = Path(sys.executable).parent / "chroma"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_heartbeat(port: int, proc: subprocess.Popen, log: Path, timeout: float = 60.0) -> None:
    url = f"http://127.0.0.1:{port}/api/v2/heartbeat"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"chroma run exited with {proc.returncode}:\n{log.read_text(errors='replace')[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"chroma server on port {port} did not answer {url} within {timeout} s:\n"
                f"{log.read_text(errors='replace')[-2000:]}")


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory):
    """A real Chroma server on a free port, stopped when the module is done."""
    if not CHROMA.exists():
        pytest.skip(f"no chroma executable at {CHROMA}")
    root = tmp_path_factory.mktemp("chroma-server")
    port = free_port()
    log = root / "server.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([str(CHROMA), "run", "--path", str(root / "db"), "--host", "127.0.0.1",
                                 "--port", str(port)], stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_for_heartbeat(port, proc, log)
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


def test_ingest_and_retrieve_through_a_chroma_server(chroma_server: int, settings_factory, kb, embeddings) -> None:
    settings = settings_factory(chroma_host="127.0.0.1", chroma_port=chroma_server)
    store = VectorStore(settings)
    assert store.location == f"chroma server 127.0.0.1:{chroma_server}"
    assert index_status(store, kb, settings).state == "missing"

    report = ingest(settings, kb, store, progress=False)
    items = build_items(kb, settings)
    assert report.added == len(items) and report.removed == 0
    assert store.count() == len(items)
    assert store.ids() == {i.id for i in items}
    assert index_status(store, kb, settings).state == "current"
    # nothing was written locally: the data dir holds no embedded store
    assert not (Path(settings.data_dir) / "chroma").exists()

    # a second client sees the same index; a second ingest is a no-op
    again = VectorStore(settings)
    assert again.count() == len(items)
    report2 = ingest(settings, kb, again, progress=False)
    assert (report2.added, report2.removed) == (0, 0)

    retriever = HybridRetriever(again, embeddings, kb.glossary, settings.candidates, settings.rrf_k)
    hits = retriever.retrieve("How many institutes did the Pentagon fund?", 5)
    assert "s2.1-p2" in [h.paragraph_id for h in hits]
    assert all(h.doc_id == "paper" and h.label for h in hits)


def test_unreachable_server_says_how_to_start_one(settings_factory) -> None:
    port = free_port()  # nothing listens here
    settings = settings_factory(chroma_host="127.0.0.1", chroma_port=port)
    t0 = time.monotonic()
    with pytest.raises(StoreError) as err:
        VectorStore(settings)
    msg = str(err.value)
    assert f"127.0.0.1:{port}" in msg
    assert "chroma run" in msg and "ASSISTANT_CHROMA_HOST" in msg
    assert time.monotonic() - t0 < 30, "an unreachable server must fail fast"
