"""Speed benchmarks, run on demand (`make bench` or `python benchmarks/bench.py`); figures go to RESULTS.md.

Measures: the one-time ONNX export, model loads, embedding throughput (ONNX and sentence-transformers, on
the paper's real text), index build from scratch (model load apart), warm retrieval and answer latency over
the eval set, one query embedding, and the cold `assistant ask` (median wall time and peak resident memory
of whole processes) and `assistant --help`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))]


def machine() -> str:
    cpu = "unknown cpu"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GiB, Python {platform.python_version()}, {platform.system()}"


# A small parent for the measured process: Linux carries a parent's peak memory into its child's ru_maxrss
# (fork, then exec), so the benchmark itself (torch loaded) must not be the parent.
_MEASURE = """
import json, os, subprocess, sys, time
t = time.perf_counter()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
_, status, usage = os.wait4(proc.pid, 0)
wall = time.perf_counter() - t
print(json.dumps({"code": os.waitstatus_to_exitcode(status), "wall": wall, "rss_mib": usage.ru_maxrss / 1024,
                  "stderr": proc.stderr.read().decode()[-2000:]}))
"""


def run_measured(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MiB) of one whole process."""
    r = subprocess.run([sys.executable, "-c", _MEASURE, *cmd], env=env, capture_output=True, text=True, check=True)
    got = json.loads(r.stdout)
    if got["code"]:
        raise RuntimeError(f"{cmd} failed: {got['stderr']}")
    return got["wall"], got["rss_mib"]


def warm(settings, questions: list[dict], results: dict[str, object]) -> None:
    """Warm latencies: retrieval, whole answers and one query embedding, over the eval questions."""
    from assistant import Assistant

    assistant = Assistant(settings, notify=None)
    # warm-up, then every question once with a cold query-embedding cache (a new question each time)
    assistant.ask("How many members does NNMI have?")
    assistant.embeddings._query.cache_clear()
    # CPU time beside wall time: on a shared machine the wall time is mostly waiting for a core
    retrieval, answers, retrieval_cpu, answers_cpu = [], [], [], []
    for q in questions:
        t, c = time.perf_counter(), time.process_time()
        assistant.retrieve(q["question"], 5)
        retrieval.append((time.perf_counter() - t) * 1000)
        retrieval_cpu.append((time.process_time() - c) * 1000)
    assistant.embeddings._query.cache_clear()
    for q in questions:
        t, c = time.perf_counter(), time.process_time()
        assistant.ask(q["question"], q.get("history", []), suggest=False)  # the answer itself (as in the eval)
        answers.append((time.perf_counter() - t) * 1000)
        answers_cpu.append((time.process_time() - c) * 1000)
    results["retrieval_ms"] = {"p50": round(pct(retrieval, 50), 1), "p95": round(pct(retrieval, 95), 1),
                               "mean": round(statistics.fmean(retrieval), 1), "n": len(retrieval)}
    results["answer_ms"] = {"p50": round(pct(answers, 50), 1), "p95": round(pct(answers, 95), 1),
                            "mean": round(statistics.fmean(answers), 1), "n": len(answers)}
    results["retrieval_cpu_ms"] = {"p50": round(pct(retrieval_cpu, 50), 1), "p95": round(pct(retrieval_cpu, 95), 1)}
    results["answer_cpu_ms"] = {"p50": round(pct(answers_cpu, 50), 1), "p95": round(pct(answers_cpu, 95), 1)}
    embed, embed_cpu = [], []
    for q in questions:
        t, c = time.perf_counter(), time.process_time()
        assistant.embeddings._embed_query_uncached(q["question"])
        embed.append((time.perf_counter() - t) * 1000)
        embed_cpu.append((time.process_time() - c) * 1000)
    results["query_embedding_ms"] = {"p50": round(pct(embed, 50), 1), "p95": round(pct(embed, 95), 1)}
    results["query_embedding_cpu_ms"] = {"p50": round(pct(embed_cpu, 50), 1), "p95": round(pct(embed_cpu, 95), 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cold-runs", type=int, default=5, help="cold `assistant ask` processes (median)")
    parser.add_argument("--warm-only", metavar="DATA_DIR", type=Path,
                        help="only the warm latencies, on the current index in DATA_DIR (nothing built or exported)")
    args = parser.parse_args()
    questions = [json.loads(line) for line in (ROOT / "evals/questions.jsonl").read_text().splitlines() if line]
    results: dict[str, object] = {"machine": machine(), "load_average_at_start": os.getloadavg()}

    t = time.perf_counter()
    from assistant.embedding import load_embeddings, load_query_embeddings
    from assistant.settings import Settings

    import_s = time.perf_counter() - t
    settings = Settings(data_dir=args.warm_only or Path(tempfile.mkdtemp(prefix="bench-")))
    if args.warm_only:
        warm(settings, questions, results)
        print(json.dumps(results, indent=2))
        return
    model = settings.resolved_model_path()
    results["import_s"] = round(import_s, 2)

    # The one-time ONNX export (what the first ingest does), in its own process: it imports torch.
    wall, rss = run_measured([sys.executable, "-m", "assistant.onnx_export"],
                             {**os.environ, "ASSISTANT_DATA_DIR": str(settings.data_dir), "PYTHONPATH": str(ROOT)})
    results["onnx_export_once_s"] = round(wall, 2)
    t = time.perf_counter()
    onnx = load_query_embeddings(model, settings.data_dir)
    results["onnx_model_load_s"] = round(time.perf_counter() - t, 2)

    from assistant.index import build_items, ingest
    from assistant.knowledge import load_knowledge

    kb = load_knowledge(settings.knowledge_dir)
    texts = [it.text for it in build_items(kb, settings)]
    t = time.perf_counter()
    onnx.embed_documents(texts)
    results["embed_throughput_onnx_items_per_s"] = round(len(texts) / (time.perf_counter() - t), 1)
    t = time.perf_counter()
    st = load_embeddings(model)  # sentence-transformers, for comparison (imports torch)
    results["st_model_load_s"] = round(time.perf_counter() - t, 2)
    t = time.perf_counter()
    st.embed_documents(texts)
    results["embed_throughput_st_items_per_s"] = round(len(texts) / (time.perf_counter() - t), 1)

    # Index from scratch: an empty store, the model already loaded (ingest embeds with the ONNX export).
    t = time.perf_counter()
    report = ingest(settings, kb, progress=False)
    results["index_build_s"] = round(time.perf_counter() - t, 2)
    results["index_items"] = report.added

    warm(settings, questions, results)

    # The package's bytecode, as an installed package has it: with PYTHONDONTWRITEBYTECODE set (as in some
    # sandboxes) Python would otherwise compile every module of ours from source in every process (~0.3 s of CPU).
    import compileall

    results["bytecode_compiled"] = bool(compileall.compile_dir(ROOT / "assistant", quiet=1))
    cold, peak = [], []
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(settings.data_dir), "PYTHONPATH": str(ROOT)}
    for _ in range(args.cold_runs):
        wall, rss = run_measured([sys.executable, "-m", "assistant", "ask", "How many institutes did DoD fund?"],
                                 env)
        cold.append(wall)
        peak.append(rss)
    results["cold_ask_s"] = {"median": round(statistics.median(cold), 2), "runs": [round(c, 2) for c in cold]}
    results["cold_ask_peak_rss_mib"] = {"median": round(statistics.median(peak)), "max": round(max(peak))}
    help_runs = [run_measured([sys.executable, "-m", "assistant", "--help"], env)[0] for _ in range(3)]
    results["help_s"] = round(statistics.median(help_runs), 2)
    results["load_average_at_end"] = os.getloadavg()
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
