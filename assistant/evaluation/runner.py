"""Runs the suite: every item through ``Assistant.ask`` (and optional baselines), scored, reported."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from ..settings import PROJECT_ROOT, Settings
from .dataset import DatasetError, EvalItem, load_items, load_many
from .scoring import ItemResult, score_item, summarise

DEFAULT_QUESTIONS = PROJECT_ROOT / "evals" / "questions.jsonl"
DEFAULT_RETRIEVAL = PROJECT_ROOT / "evals" / "retrieval_dev.jsonl"


def _citation_dicts(answer: Any) -> list[dict[str, Any]]:
    return [{"marker": c.marker, "paragraph_id": c.paragraph_id, "label": c.label, "quote": c.quote}
            for c in answer.citations]


def run_items(assistant: Any, items: list[EvalItem], progress: bool = True,
              on_item: Any = None) -> list[ItemResult]:
    """Ask every item through the public API and score it."""
    results: list[ItemResult] = []
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(items), desc="evaluating", unit="q", file=sys.stderr)
    for i, item in enumerate(items):
        gold = assistant.locate(item.evidence, item.section) if item.evidence else None
        t = time.perf_counter()
        answer = assistant.ask(item.question, item.history, suggest=False)  # suggestions are not scored
        latency = (time.perf_counter() - t) * 1000
        ranked = [h.paragraph_id for h in answer.hits]
        results.append(score_item(item, answer.answer, answer.refused, _citation_dicts(answer), ranked, gold,
                                  latency, kind=answer.kind, names=assistant.document_names))
        if bar:
            bar.update(1)
        if on_item:
            on_item(i + 1, len(items))
    if bar:
        bar.close()
    return results


def run_baseline(baseline: Any, assistant: Any, items: list[EvalItem]) -> list[ItemResult]:
    out = []
    for item in items:
        gold = assistant.locate(item.evidence, item.section) if item.evidence else None
        a = baseline.ask(item.question, item.history)
        out.append(score_item(item, a.answer, a.refused, a.citations, [], gold, a.latency_ms, baseline.name,
                              names=assistant.document_names))
    return out


def run_retrieval(assistant: Any, path: Path, k: int = 5) -> dict[str, Any]:
    """Recall@k and MRR@10 of gold paragraph ids on the retrieval dev set."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    hits_at_k, rr, misses = 0, 0.0, []
    for row in rows:
        ranked = list(dict.fromkeys(h.paragraph_id for h in assistant.retrieve(row["question"], 10)))
        gold = set(row["gold"])
        rank = next((i for i, pid in enumerate(ranked, 1) if pid in gold), None)
        if rank and rank <= k:
            hits_at_k += 1
        else:
            misses.append({"id": row["id"], "question": row["question"], "gold": row["gold"], "got": ranked[:k]})
        rr += 1 / rank if rank else 0.0
    return {"n": len(rows), "k": k, "recall_at_k": hits_at_k / len(rows), "mrr": rr / len(rows), "misses": misses}


def evaluate(assistant: Any, question_files: list[Path], baselines: list[Any] | None = None,
             retrieval_file: Path | None = None, progress: bool = True, on_item: Any = None) -> dict[str, Any]:
    items = load_many(question_files)
    t0 = time.perf_counter()
    results = run_items(assistant, items, progress, on_item)
    report: dict[str, Any] = {
        "created": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "questions": [str(p) for p in question_files],
        "seconds": round(time.perf_counter() - t0, 2),
        "settings": {"k": assistant.settings.k, "refusal_threshold": assistant.weights.refusal_threshold},
        "summary": summarise(results, assistant.settings.k),
        "items": [r.to_dict() for r in results],
        "baselines": {},
    }
    for b in baselines or []:
        b_results = run_baseline(b, assistant, items)
        report["baselines"][b.name] = {"summary": summarise(b_results), "items": [r.to_dict() for r in b_results]}
    if retrieval_file and retrieval_file.exists():
        report["retrieval_dev"] = run_retrieval(assistant, retrieval_file, assistant.settings.k)
    return report


def compare(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Item by item: what got better and what regressed between two reports."""
    before = {i["id"]: i for i in old.get("items", [])}
    better, worse = [], []
    for item in new.get("items", []):
        prev = before.get(item["id"])
        if prev is None:
            continue
        if item["passed"] and not prev["passed"]:
            better.append({"id": item["id"], "question": item["question"]})
        elif prev["passed"] and not item["passed"]:
            worse.append({"id": item["id"], "question": item["question"], "reasons": item["reasons"]})
    o, n = old["summary"]["overall"]["pass_rate"], new["summary"]["overall"]["pass_rate"]
    return {"old_pass_rate": o, "new_pass_rate": n, "improved": better, "regressed": worse}


def run_cli(args: Any, settings: Settings) -> int:
    from ..assistant import Assistant
    from .baselines import make_baselines
    from .report import print_summary, write_reports

    if getattr(args, "squad", None):
        return run_squad_cli(args, settings)
    files = [Path(p) for p in (args.questions or [DEFAULT_QUESTIONS])]
    try:
        for f in files:
            load_items(f)  # validate everything before loading the model or writing anything
    except DatasetError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    assistant = Assistant(settings, notify=lambda m: print(m, file=sys.stderr))
    baselines = make_baselines(args.baseline, Path(settings.knowledge_dir) / "paper.md", assistant.embeddings)
    retrieval = Path(args.retrieval) if args.retrieval else (DEFAULT_RETRIEVAL if not args.questions else None)
    report = evaluate(assistant, files, baselines, retrieval, progress=not args.no_progress)
    out_dir = Path(args.report)
    write_reports(report, out_dir)
    print_summary(report)
    print(f"\nreports: {out_dir}/report.json, report.md, report.html")
    status = 0
    if args.compare:
        old = json.loads(Path(args.compare).read_text(encoding="utf-8"))
        diff = compare(old, report)
        print(f"\ncompared with {args.compare}: pass rate {diff['old_pass_rate']:.1%} -> {diff['new_pass_rate']:.1%}")
        for d in diff["improved"]:
            print(f"  + {d['id']}: {d['question']}")
        for d in diff["regressed"]:
            print(f"  - {d['id']}: {d['question']}  ({'; '.join(d['reasons'])})")
    s = report["summary"]
    if args.min_pass is not None and s["overall"]["pass_rate"] < args.min_pass:
        print(f"FAIL: pass rate {s['overall']['pass_rate']:.1%} < --min-pass {args.min_pass:.1%}", file=sys.stderr)
        status = 1
    cp = s["citation_precision"]
    if args.min_citation_precision is not None and (cp or 0) < args.min_citation_precision:
        print(f"FAIL: citation precision {cp or 0:.1%} < {args.min_citation_precision:.1%}", file=sys.stderr)
        status = 1
    return status


def run_squad_cli(args: Any, settings: Settings) -> int:
    """`assistant eval --squad FILE`: the second corpus, per article, with the trade-off curve."""
    from .squad import run_squad, squad_markdown

    path = Path(args.squad)
    if not path.is_file():
        print(f"error: {path}: no such file", file=sys.stderr)
        return 2

    def progress(n: int, total: int) -> None:
        if not args.no_progress and (n % 50 == 0 or n == total):
            print(f"  {n}/{total}", file=sys.stderr)

    results, summary = run_squad(path, settings, progress)
    out_dir = Path(args.report)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "squad.json").write_text(json.dumps({"summary": summary, "items": [
        {"id": r.question.id, "article": r.question.article, "question": r.question.question,
         "impossible": r.question.impossible, "answers": r.question.answers, "answer": r.answer,
         "refused": r.refused, "support": round(r.support, 4), "passed": r.passed,
         "baseline_answer": r.baseline_answer, "baseline_passed": r.baseline_passed} for r in results]},
        ensure_ascii=False, indent=1), encoding="utf-8")
    md = squad_markdown(summary)
    (out_dir / "squad.md").write_text(md, encoding="utf-8")
    print(md)
    print(f"reports: {out_dir}/squad.json, squad.md")
    o = summary["overall"]
    if args.min_pass is not None and o["answerable_pass"] < args.min_pass:
        print(f"FAIL: answerable pass {o['answerable_pass']:.1%} < --min-pass {args.min_pass:.1%}", file=sys.stderr)
        return 1
    return 0
