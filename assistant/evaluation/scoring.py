"""Deterministic metrics: pass/fail per item with reasons, citations, invented numbers, refusals, retrieval."""

from __future__ import annotations

import random
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from ..numbers import digits_in, unsupported_numbers, without_names
from ..text import content_tokens
from .dataset import EvalItem

# A cited quote supports the item's evidence when it holds at least this share of the evidence's
# content words (or either text contains the other).
CITATION_OVERLAP = 0.5


@dataclass
class ItemResult:
    id: str
    category: str
    question: str
    answer: str
    refused: bool
    expect_refusal: bool
    passed: bool
    reasons: list[str]
    citations: list[dict[str, Any]]
    supporting_citations: int
    invented_numbers: list[str]
    numeric: bool
    gold_paragraph: str | None
    gold_rank: int | None
    latency_ms: float
    source: str = ""
    system: str = "assistant"
    fact: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def supports(quote: str, evidence: str) -> bool:
    if not evidence or not quote:
        return False
    q, e = quote.lower(), evidence.lower()
    if e in q or q in e:
        return True
    ev = set(content_tokens(evidence))
    if not ev:
        return False
    return len(ev & set(content_tokens(quote))) / len(ev) >= CITATION_OVERLAP


def judge(item: EvalItem, answer_text: str, refused: bool, kind: str = "") -> list[str]:
    """Why the answer fails the item (empty when it passes). ``kind`` is the answer's kind (answer, refusal,
    smalltalk) when the system reports one."""
    reasons: list[str] = []
    low = answer_text.lower()
    if item.expect_smalltalk and kind != "smalltalk":
        reasons.append(f"expected a short conversational reply, got {kind or 'an answer'}")
    elif not item.expect_smalltalk and kind == "smalltalk":
        reasons.append("answered a question as small talk")
    if item.expect_refusal:
        if not refused:
            reasons.append("expected a refusal (the paper does not cover it), got an answer")
    elif refused:
        reasons.append("refused an answerable question")
    for s in item.must_include:
        if s.lower() not in low:
            reasons.append(f"missing {s!r}")
    for group in item.any_of:
        if group and not any(s.lower() in low for s in group):
            reasons.append(f"missing one of {group!r}")
    for s in item.must_not_include:
        if s and s.lower() in low:
            reasons.append(f"contains forbidden {s!r}")
    return reasons


def score_item(item: EvalItem, answer_text: str, refused: bool, citations: list[dict[str, Any]],
               ranked_paragraphs: list[str], gold_paragraph: str | None, latency_ms: float,
               system: str = "assistant", kind: str = "", names: Sequence[str] = ()) -> ItemResult:
    """``names``: the documents' titles; a number in one ("Annual Report 2023") names the document searched, no
    figure an answer or a refusal invents."""
    reasons = judge(item, answer_text, refused, kind)
    quotes = [c.get("quote", "") for c in citations]
    stated = without_names(answer_text, names)
    invented = unsupported_numbers(stated, quotes)
    if refused:
        # a refusal must not slip in a figure of its own
        invented = [n for n in digits_in(stated) if n not in digits_in(item.question)]
    if invented:
        reasons.append(f"numbers not in any cited quote: {invented}")
    support = sum(1 for q in quotes if supports(q, item.evidence))
    rank = None
    if gold_paragraph:
        for i, pid in enumerate(dict.fromkeys(ranked_paragraphs), 1):
            if pid == gold_paragraph:
                rank = i
                break
    numeric = item.category == "figure" or any(digits_in(s) for s in item.expected_strings)
    return ItemResult(item.id, item.category, item.question, answer_text, refused, item.expect_refusal,
                      not reasons, reasons, citations, support, invented, numeric, gold_paragraph, rank,
                      round(latency_ms, 2), item.source, system, item.fact)


def bootstrap_interval(values: list[bool], n: int = 2000, seed: int = 7) -> tuple[float, float]:
    """95% percentile bootstrap interval of a pass rate (fixed seed: reports are reproducible)."""
    if not values:
        return (0.0, 0.0)
    rng = random.Random(seed)
    k = len(values)
    means = sorted(sum(rng.choices(values, k=k)) / k for _ in range(n))
    return (means[int(0.025 * n)], means[int(0.975 * n) - 1])


def percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))]


def summarise(results: list[ItemResult], k: int = 5) -> dict[str, Any]:
    def rate(rs: list[ItemResult]) -> dict[str, Any]:
        vals = [r.passed for r in rs]
        lo, hi = bootstrap_interval(vals)
        return {"n": len(rs), "passed": sum(vals), "pass_rate": sum(vals) / len(vals) if vals else 0.0,
                "ci95": [lo, hi]}

    categories = sorted({r.category for r in results})
    answerable = [r for r in results if not r.expect_refusal]
    cited = [c for r in answerable for c in r.citations]
    with_evidence = [r for r in answerable if r.gold_paragraph or r.citations]
    support_total = sum(r.supporting_citations for r in answerable)
    predicted_refusals = [r for r in results if r.refused]
    expected_refusals = [r for r in results if r.expect_refusal]
    true_refusals = [r for r in results if r.refused and r.expect_refusal]
    numeric = [r for r in results if r.numeric and not r.expect_refusal]
    gold = [r for r in results if r.gold_paragraph]
    lat = [r.latency_ms for r in results]
    facts: dict[str, list[bool]] = {}
    for r in results:
        if r.fact:
            facts.setdefault(r.fact, []).append(r.passed)
    return {
        # the same fact in other words: the share of facts whose every wording passes
        "consistency": ({"facts": len(facts), "consistent": sum(all(v) for v in facts.values()),
                         "rate": sum(all(v) for v in facts.values()) / len(facts)} if facts else None),
        "overall": rate(results),
        "categories": {c: rate([r for r in results if r.category == c]) for c in categories},
        "figure_accuracy": rate(numeric)["pass_rate"] if numeric else None,
        "figure_items": len(numeric),
        "citation_precision": support_total / len(cited) if cited else None,
        "citation_recall": (sum(1 for r in with_evidence if r.supporting_citations) / len(with_evidence)
                            if with_evidence else None),
        "invented_numbers": [{"id": r.id, "numbers": r.invented_numbers} for r in results if r.invented_numbers],
        "refusal_precision": len(true_refusals) / len(predicted_refusals) if predicted_refusals else None,
        "refusal_recall": len(true_refusals) / len(expected_refusals) if expected_refusals else None,
        "retrieval": {
            "k": k,
            "recall_at_k": (sum(1 for r in gold if r.gold_rank and r.gold_rank <= k) / len(gold)) if gold else None,
            "mrr": (sum(1 / r.gold_rank for r in gold if r.gold_rank) / len(gold)) if gold else None,
            "items": len(gold),
        },
        "latency_ms": {"p50": percentile(lat, 50), "p95": percentile(lat, 95),
                       "mean": statistics.fmean(lat) if lat else 0.0, "max": max(lat, default=0.0)},
    }
