"""Scale benchmark: the assistant on seeded corpora of growing size, embedded Chroma and a `chroma run` server.

    python benchmarks/scale.py --sizes 1000,10000                   # both stores, answers up to 10k
    python benchmarks/scale.py --sizes 100000 --answers-up-to 0     # the store alone at 100k

A corpus of N index items (passages, sentences and facts, as ingest makes them) is a knowledge folder: the
paper with its facts and glossary, the SQuAD articles in ../shared/external, then documents of passages made
from shuffled sentences of both (seeded, so every run builds the same corpus). For each size and store it
reports: ingest throughput (embedding on real text, adding to the store), size on disk, resident memory (the
querying process; the server too), retrieval and whole-answer latency p50/p95.

Vectors: up to --real-up-to items, every item is embedded with the model (the ONNX path ingest uses).
Beyond that, embedding would take hours on 2 cores, so the paper's own items get real vectors and the rest
seeded random unit vectors: the store's timings are those of a real store of that size, but the dense
ranking of the filler is meaningless (RESULTS.md says so next to the figures).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SQUAD = ROOT.parent / "shared" / "external" / "squad2-dev-3-articles.json"
SEED = 11


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))]


def summary(values: list[float]) -> dict[str, float]:
    return {"p50": round(pct(values, 50), 1), "p95": round(pct(values, 95), 1), "n": len(values)}


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def rss_of(pid: int) -> dict[str, float]:
    """Resident memory of a running process (MiB): now and its peak."""
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = round(int(value.split()[0]) / 1024, 1)
    return out


# -- the corpus -------------------------------------------------------------------------------------------


def make_corpus(target: Path, n_items: int, max_words: int = 120) -> None:
    """A knowledge folder whose index holds at least ``n_items`` items (the caller keeps the first n)."""
    from assistant.reading import plain, split_sentences

    target.mkdir(parents=True)
    for name in ("paper.md", "facts.yaml", "glossary.yaml"):
        shutil.copy(ROOT / "knowledge" / name, target / name)
    squad = json.loads(SQUAD.read_text(encoding="utf-8"))["data"]
    sentences: list[str] = []
    for i, article in enumerate(squad, 1):
        paragraphs = [p["context"].strip() for p in article["paragraphs"]]
        text = f"# {article['title']}\n\n## Article\n\n" + "\n\n".join(paragraphs) + "\n"
        (target / f"squad-{i}.md").write_text(text, encoding="utf-8")
        for p in paragraphs:
            sentences += [p[a:b] for a, b in split_sentences(p)]
    for block in (ROOT / "knowledge" / "paper.md").read_text(encoding="utf-8").split("\n\n"):
        if not block.startswith("#"):
            text = plain(block.strip())
            sentences += [text[a:b] for a, b in split_sentences(text)]
    sentences = [s for s in dict.fromkeys(sentences) if 4 <= len(s.split()) <= 40]
    rng = random.Random(SEED)
    # a paragraph of three sentences is indexed as 4 items (the passage and its sentences)
    have = 600  # the paper and the SQuAD articles make about 870 items: too much filler is cut, too little fails
    doc = 0
    while have < n_items * 1.02:  # a margin for the repeats that dedupe away
        doc += 1
        lines = [f"# Synthetic document {doc}"]
        for section in range(1, 5):
            lines.append(f"## Part {section}")
            for _ in range(10):
                para = rng.sample(sentences, 3)
                while len(" ".join(para).split()) > max_words:
                    para = rng.sample(sentences, 3)
                lines.append(" ".join(para))
                have += 4
        (target / f"synthetic-{doc:05d}.md").write_text("\n\n".join(lines) + "\n", encoding="utf-8")


def corpus_items(knowledge: Path, n_items: int, settings: Any) -> tuple[Any, list[Any]]:
    from assistant.index import build_items
    from assistant.knowledge import load_knowledge

    kb = load_knowledge(knowledge)
    items = list({it.id: it for it in build_items(kb, settings)}.values())  # a shuffled repeat is one item
    # the paper and its facts first (build_items puts facts last): a cut must keep what the questions ask about
    items.sort(key=lambda it: it.metadata.get("doc_id") != "paper")
    if len(items) < n_items:
        raise SystemExit(f"corpus too small: {len(items)} < {n_items}")
    return kb, items[:n_items]


# -- the store --------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(path: Path) -> tuple[subprocess.Popen, int]:
    port = free_port()
    chroma = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    proc = subprocess.Popen([chroma, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
                            env={**os.environ, "ANONYMIZED_TELEMETRY": "False"})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=2):
                return proc, port
        except OSError:
            time.sleep(0.3)
    stop_server(proc)
    raise SystemExit("chroma server did not start")


def stop_server(proc: subprocess.Popen) -> None:
    from assistant.processes import stop_process_group

    stop_process_group(proc, timeout=20)


def fill_store(settings: Any, kb: Any, items: list[Any], vectors: list[list[float]]) -> float:
    """Add every item to the store (as ingest does) and mark the index current; returns the seconds."""
    from datetime import UTC, datetime

    from assistant.index import Manifest, expected_fingerprint
    from assistant.store import VectorStore

    store = VectorStore(settings)
    t = time.perf_counter()
    store.add([it.id for it in items], [it.text for it in items], vectors, [it.metadata for it in items])
    seconds = time.perf_counter() - t
    Manifest(store).write({"fingerprint": expected_fingerprint(kb, settings),
                           "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
                           "counts": {"passages": sum(it.metadata["kind"] == "passage" for it in items)},
                           "model": Path(settings.resolved_model_path()).name})
    return seconds


# -- the measuring worker (a fresh process, so its memory is the store's and the app's) ------------------


def worker(spec: dict[str, Any]) -> dict[str, Any]:
    from assistant.settings import Settings

    settings = Settings(**spec["settings"])
    questions = [json.loads(x) for x in (ROOT / "evals/questions.jsonl").read_text().splitlines() if x]
    questions = questions[: spec["questions"]]
    out: dict[str, Any] = {}
    t = time.perf_counter()
    if spec["answers"]:
        from assistant import Assistant

        a = Assistant(settings, notify=None)
        store, emb = a.store, a.embeddings
    else:
        from assistant.embedding import load_query_embeddings
        from assistant.store import VectorStore

        store = VectorStore(settings)
        emb = load_query_embeddings(settings.resolved_model_path(), settings.data_dir)
    out["load_s"] = round(time.perf_counter() - t, 2)
    out["rss_after_load_mib"] = rss_of(os.getpid())["VmHWM"]
    vectors = [emb.embed_query(q["question"]) for q in questions]
    store.query(vectors[0], settings.candidates)  # warm-up
    dense = []
    for v in vectors:
        t = time.perf_counter()
        store.query(v, settings.candidates)
        dense.append((time.perf_counter() - t) * 1000)
    out["store_query_ms"] = summary(dense)  # the dense top-`candidates` alone (query embedded beforehand)
    if spec["answers"]:
        a.ask("How many members does NNMI have?")  # warm-up
        emb._query.cache_clear()
        retrieval, answers = [], []
        for q in questions:
            t = time.perf_counter()
            a.retrieve(q["question"], settings.k)
            retrieval.append((time.perf_counter() - t) * 1000)
        emb._query.cache_clear()
        for q in questions:
            t = time.perf_counter()
            a.ask(q["question"], q.get("history", []))
            answers.append((time.perf_counter() - t) * 1000)
        out["retrieval_ms"] = summary(retrieval)  # hybrid, as the app retrieves: embedding + Chroma + BM25 + RRF
        out["answer_ms"] = summary(answers)
    # VmHWM, not ru_maxrss: Linux carries the parent's peak into a child's ru_maxrss across fork and exec
    out["worker_peak_rss_mib"] = rss_of(os.getpid())["VmHWM"]
    out["torch_imported"] = "torch" in sys.modules
    return out


def run_worker(spec: dict[str, Any]) -> dict[str, Any]:
    r = subprocess.run([sys.executable, __file__, "--worker", json.dumps(spec)], capture_output=True, text=True,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
    if r.returncode:
        raise SystemExit(f"worker failed:\n{r.stderr[-3000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


# -- the run ----------------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000", help="index items per corpus, comma-separated")
    parser.add_argument("--stores", default="embedded,server", help="embedded, server or both")
    parser.add_argument("--real-up-to", type=int, default=1000,
                        help="embed every item with the model up to this size; beyond, random unit vectors")
    parser.add_argument("--answers-up-to", type=int, default=10000,
                        help="load the whole Assistant and time answers up to this size; beyond, the store only")
    parser.add_argument("--questions", type=int, default=60, help="questions from evals/questions.jsonl")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folders")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(json.loads(args.worker))))
        return

    import numpy as np

    from assistant.embedding import load_query_embeddings
    from assistant.settings import Settings

    base = Path(tempfile.mkdtemp(prefix="scale-"))
    print(f"# work folder {base}; load average {os.getloadavg()}", file=sys.stderr)
    model = Settings().resolved_model_path()
    # the export in the project's data folder (made by `assistant ingest`), linked into each store's folder
    onnx = load_query_embeddings(model, Settings().data_dir, notify=lambda m: print(m, file=sys.stderr))
    results = []
    try:
        for n in [int(x) for x in args.sizes.split(",")]:
            knowledge = base / f"knowledge-{n}"
            make_corpus(knowledge, n)
            settings = Settings(knowledge_dir=knowledge, data_dir=base / "tmp")
            kb, items = corpus_items(knowledge, n, settings)
            row: dict[str, Any] = {"items": len(items),
                                   "passages": sum(it.metadata["kind"] == "passage" for it in items),
                                   "documents": len(kb.documents)}
            texts = [it.text for it in items]
            if n <= args.real_up_to:
                t = time.perf_counter()
                vectors = onnx.embed_documents(texts)
                row["vectors"] = "model"
                row["embed_items_per_s"] = round(n / (time.perf_counter() - t), 1)
            else:
                rng = np.random.default_rng(SEED)
                v = rng.standard_normal((n, 384)).astype(np.float32)
                v /= np.linalg.norm(v, axis=1, keepdims=True)
                vectors = v.tolist()
                paper = [i for i, it in enumerate(items) if it.metadata.get("doc_id") == "paper"]
                for i, vec in zip(paper, onnx.embed_documents([texts[i] for i in paper]), strict=True):
                    vectors[i] = vec
                row["vectors"] = f"model for the paper's {len(paper)} items, random unit vectors for the rest"
            for kind in args.stores.split(","):
                data = base / f"data-{n}-{kind}"
                overrides: dict[str, Any] = {"knowledge_dir": str(knowledge), "data_dir": str(data)}
                server = None
                if kind == "server":
                    server, port = start_server(base / f"server-{n}")
                    overrides.update(chroma_host="127.0.0.1", chroma_port=port)
                try:
                    settings = Settings(**overrides)
                    load_query_embeddings(model, data)  # the export, linked into this data folder
                    add_s = fill_store(settings, kb, items, vectors)
                    spec = {"settings": overrides, "questions": args.questions, "answers": n <= args.answers_up_to}
                    measured = run_worker(spec)
                    entry = {**row, "store": kind, "add_items_per_s": round(n / add_s, 1),
                             "disk_mib": round(du(base / f"server-{n}" if server else data / "chroma") / 2**20, 1),
                             **measured}
                    if server:
                        entry["server_rss_mib"] = rss_of(server.pid)
                finally:
                    if server:
                        stop_server(server)
                results.append(entry)
                print(json.dumps(entry), flush=True)
                shutil.rmtree(data, ignore_errors=True)
                shutil.rmtree(base / f"server-{n}", ignore_errors=True)
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    print(f"# load average at the end {os.getloadavg()}", file=sys.stderr)


if __name__ == "__main__":
    main()
