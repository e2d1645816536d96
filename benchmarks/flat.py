"""Does the warm answer time stay flat as the corpus grows? (issue #9: p50 grows less than 1.5x with SQuAD added)

Two assistants in one process: the paper's index, and the paper with the SQuAD articles added (the scratch index
`assistant eval --squad` builds and reuses). The dev questions are asked of each, alternately, round by round,
so that both see the same load on a shared machine. Prints JSON.

    PYTHONPATH=. .venv/bin/python benchmarks/flat.py [--rounds 3] [--squad FILE]

(FILE defaults to ../shared/external/squad2-dev-3-articles.json.)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def timed_answers(assistant, questions: list[dict]) -> list[float]:
    """Wall milliseconds of each answer, the query-embedding cache cleared first (every question new)."""
    assistant.embeddings._query.cache_clear()
    out = []
    for q in questions:
        t = time.perf_counter()
        assistant.ask(q["question"], q.get("history", []), suggest=False)
        out.append((time.perf_counter() - t) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds over the dev questions")
    parser.add_argument("--squad", type=Path, default=ROOT.parent / "shared/external/squad2-dev-3-articles.json")
    args = parser.parse_args()

    from assistant import Assistant
    from assistant.evaluation.squad import load_squad, scratch_knowledge
    from assistant.settings import Settings

    settings = Settings()
    key = hashlib.sha1(args.squad.read_bytes()).hexdigest()[:10]  # the same scratch index as `eval --squad`
    scratch = Path(settings.data_dir) / f"squad-{key}"
    knowledge = scratch_knowledge(load_squad(args.squad), Path(settings.knowledge_dir), scratch / "knowledge")
    corpora = {
        "paper": Assistant(settings, notify=None),
        "paper+squad": Assistant(settings.model_copy(update={"knowledge_dir": knowledge,
                                                             "data_dir": scratch / "data"}), notify=None),
    }
    questions = [json.loads(line) for line in (ROOT / "evals/questions.jsonl").read_text().splitlines() if line]
    for a in corpora.values():
        a.ask(questions[0]["question"], suggest=False)  # warm-up
    load_at_start = os.getloadavg()
    times: dict[str, list[float]] = {name: [] for name in corpora}
    per_round: dict[str, list[float]] = {name: [] for name in corpora}
    for _ in range(args.rounds):
        for name, a in corpora.items():
            got = timed_answers(a, questions)
            times[name] += got
            per_round[name].append(round(statistics.median(got), 1))
    results: dict[str, object] = {"load_average_at_start": load_at_start, "questions": len(questions),
                                  "rounds": args.rounds}
    for name, a in corpora.items():
        r = a.retriever
        results[name] = {"index_items": len(r.items) + len(r.sentence_items), "passages_and_facts": len(r.items),
                         "characters": sum(len(it.text) for it in r.items),
                         "answer_p50_ms": round(pct(times[name], 50), 1),
                         "answer_p95_ms": round(pct(times[name], 95), 1),
                         "p50_per_round_ms": per_round[name]}
    paper, both = results["paper"], results["paper+squad"]
    results["corpus_ratio_items"] = round(both["index_items"] / paper["index_items"], 2)
    results["corpus_ratio_characters"] = round(both["characters"] / paper["characters"], 2)
    results["p50_ratio"] = round(both["answer_p50_ms"] / paper["answer_p50_ms"], 2)
    results["load_average_at_end"] = os.getloadavg()
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
