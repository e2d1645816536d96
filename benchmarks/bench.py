"""Speed benchmarks, run on demand (`make bench` or `python benchmarks/bench.py`); figures go to RESULTS.md.

Measures: model load, index build from scratch (model load apart), warm retrieval latency, warm answer
latency over the eval set, and the cold `assistant ask` command from start to answer.
"""

from __future__ import annotations

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


def main() -> None:
    questions = [json.loads(line) for line in (ROOT / "evals/questions.jsonl").read_text().splitlines() if line]
    results: dict[str, object] = {"machine": machine()}

    t = time.perf_counter()
    from assistant.embedding import load_embeddings
    from assistant.settings import Settings

    import_s = time.perf_counter() - t
    settings = Settings(data_dir=Path(tempfile.mkdtemp(prefix="bench-")))
    t = time.perf_counter()
    load_embeddings(settings.resolved_model_path())
    results["import_s"] = round(import_s, 2)
    results["model_load_s"] = round(time.perf_counter() - t, 2)

    from assistant.index import ingest
    from assistant.knowledge import load_knowledge

    kb = load_knowledge(settings.knowledge_dir)
    t = time.perf_counter()
    report = ingest(settings, kb, progress=False)
    results["index_build_s"] = round(time.perf_counter() - t, 2)
    results["index_items"] = report.added

    from assistant import Assistant

    assistant = Assistant(settings, notify=None)
    # warm-up, then every question once with a cold query-embedding cache (a new question each time)
    assistant.ask("How many members does NNMI have?")
    assistant.embeddings._query.cache_clear()
    retrieval, answers = [], []
    for q in questions:
        t = time.perf_counter()
        assistant.retrieve(q["question"], 5)
        retrieval.append((time.perf_counter() - t) * 1000)
    assistant.embeddings._query.cache_clear()
    for q in questions:
        t = time.perf_counter()
        assistant.ask(q["question"], q.get("history", []), suggest=False)  # the answer itself (as in the eval)
        answers.append((time.perf_counter() - t) * 1000)
    results["retrieval_ms"] = {"p50": round(pct(retrieval, 50), 1), "p95": round(pct(retrieval, 95), 1),
                               "mean": round(statistics.fmean(retrieval), 1), "n": len(retrieval)}
    results["answer_ms"] = {"p50": round(pct(answers, 50), 1), "p95": round(pct(answers, 95), 1),
                            "mean": round(statistics.fmean(answers), 1), "n": len(answers)}

    cold = []
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(settings.data_dir)}
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "assistant", "ask", "How many institutes did DoD fund?"],
                       env=env, capture_output=True, check=True)
        cold.append(time.perf_counter() - t)
    results["cold_ask_s"] = {"median": round(statistics.median(cold), 2), "runs": [round(c, 2) for c in cold]}
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
