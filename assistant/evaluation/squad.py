"""A second corpus: SQuAD 2.0 articles added as documents, asked as they stand (`assistant eval --squad FILE`).

Each article becomes a Markdown document in a scratch copy of the knowledge folder (the paper stays, no
facts or glossary are written for the articles), so it measures what a user who adds a document gets.
An answerable question passes when an official answer (normalised the SQuAD way) stands in an answer of
at most 700 characters; an unanswerable one passes when the assistant refuses. The sentence baseline
(dense + BM25 fused by reciprocal rank, best sentence, never refuses) runs in the same pass.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import string
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MAX_ANSWER_CHARS = 700
THRESHOLDS = [round(0.05 * i, 2) for i in range(0, 21)]


@dataclass
class SquadQuestion:
    id: str
    article: str
    question: str
    answers: list[str]
    impossible: bool


@dataclass
class SquadArticle:
    title: str
    paragraphs: list[str]
    questions: list[SquadQuestion] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return "squad-" + (re.sub(r"[^a-z0-9]+", "-", self.title.lower()).strip("-") or "article")


def load_squad(path: Path) -> list[SquadArticle]:
    """The articles of a SQuAD 2.0 JSON file, with their questions."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    articles = []
    for art in data["data"]:
        title = art["title"].replace("_", " ")
        a = SquadArticle(title, [p["context"].strip() for p in art["paragraphs"]])
        for p in art["paragraphs"]:
            for qa in p["qas"]:
                a.questions.append(SquadQuestion(qa["id"], title, qa["question"].strip(),
                                                 [x["text"] for x in qa.get("answers", [])],
                                                 bool(qa.get("is_impossible"))))
        articles.append(a)
    return articles


def article_markdown(article: SquadArticle) -> str:
    """The article as a document: its title, then its paragraphs (no headings, as a pasted article)."""
    return f"# {article.title}\n\n" + "\n\n".join(article.paragraphs) + "\n"


def scratch_knowledge(articles: list[SquadArticle], base: Path, target: Path) -> Path:
    """A copy of the knowledge folder ``base`` with every article added as a document."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(base, target)
    for a in articles:
        (target / f"{a.slug}.md").write_text(article_markdown(a), encoding="utf-8")
    return target


def _punctuation(ch: str) -> bool:
    # SQuAD's script drops ASCII punctuation only; a quote in curly marks (‘often damaging’) holds its words too
    return ch in string.punctuation or unicodedata.category(ch).startswith("P")


def normalise(text: str) -> str:
    """SQuAD's answer normalisation: lower case, no punctuation (any script's), no articles, single spaces. A
    punctuation mark becomes a space, not nothing: the answer is looked for inside a whole sentence, where
    "Dyrrachium—one of ..." holds "Dyrrachium" (SQuAD's own script, comparing spans, drops it)."""
    text = text.lower()
    text = "".join(" " if _punctuation(ch) else ch for ch in text)
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


def holds_answer(answer_text: str, answers: list[str]) -> bool:
    if len(answer_text) > MAX_ANSWER_CHARS:
        return False
    got = normalise(re.sub(r"\[\d+\]", " ", answer_text))
    return any(normalise(a) and f" {normalise(a)} " in f" {got} " for a in answers)


@dataclass
class SquadResult:
    question: SquadQuestion
    answer: str
    refused: bool
    support: float
    passed: bool
    baseline_answer: str
    baseline_passed: bool


def tradeoff(results: list[SquadResult]) -> list[dict[str, float]]:
    """Answerable pass against unanswerable refused as the refusal threshold moves (from one run at threshold 0:
    an answer whose support is below t counts as refused)."""
    answerable = [r for r in results if not r.question.impossible]
    impossible = [r for r in results if r.question.impossible]
    rows = []
    for t in THRESHOLDS:
        ok = sum(1 for r in answerable if not r.refused and r.support >= t and r.passed)
        refused = sum(1 for r in impossible if r.refused or r.support < t)
        rows.append({"threshold": t, "answerable_pass": ok / max(1, len(answerable)),
                     "unanswerable_refused": refused / max(1, len(impossible))})
    return rows


def summarise(results: list[SquadResult], threshold: float) -> dict[str, Any]:
    """Per article and overall figures at ``threshold`` (the engine's own, when the run used it)."""
    def figures(rs: list[SquadResult]) -> dict[str, Any]:
        ans = [r for r in rs if not r.question.impossible]
        imp = [r for r in rs if r.question.impossible]
        refused = [r for r in imp if r.refused or r.support < threshold]
        return {
            "questions": len(rs), "answerable": len(ans), "unanswerable": len(imp),
            "answerable_pass": sum(r.passed and not r.refused and r.support >= threshold for r in ans)
            / max(1, len(ans)),
            "unanswerable_refused": len(refused) / max(1, len(imp)),
            "baseline_answerable_pass": sum(r.baseline_passed for r in ans) / max(1, len(ans)),
            "baseline_unanswerable_refused": 0.0,
        }

    by_article: dict[str, list[SquadResult]] = {}
    for r in results:
        by_article.setdefault(r.question.article, []).append(r)
    return {"threshold": threshold, "overall": figures(results),
            "articles": {a: figures(rs) for a, rs in by_article.items()}, "tradeoff": tradeoff(results)}


class SentenceBaseline:
    """The best sentence by dense + BM25 rankings fused by reciprocal rank, over the assistant's own index."""

    def __init__(self, assistant: Any) -> None:
        from rank_bm25 import BM25Okapi

        from ..text import content_tokens

        self.assistant = assistant
        self.tokens = content_tokens
        self.items = assistant.retriever.sentence_items or assistant.retriever.items
        self.bm25 = BM25Okapi([content_tokens(it.text) or ["_"] for it in self.items])
        self.ids = {it.id: n for n, it in enumerate(self.items)}

    def ask(self, question: str) -> str:
        r = self.assistant.retriever
        vec = r.embeddings.embed_query(question)
        dense = [i for i, _ in r.nearest(vec, 60) if i in self.ids][:30]
        scores = self.bm25.get_scores(self.tokens(question) or ["_"])
        sparse = sorted(range(len(self.items)), key=lambda i: -scores[i])[:30]
        fused: dict[int, float] = {}
        for rank, n in enumerate([self.ids[i] for i in dense], 1):
            fused[n] = fused.get(n, 0.0) + 1 / (60 + rank)
        for rank, n in enumerate(sparse, 1):
            fused[n] = fused.get(n, 0.0) + 1 / (60 + rank)
        return self.items[max(fused, key=fused.__getitem__)].text if fused else ""


def run_squad(path: Path, settings: Any, progress: Callable[[int, int], None] | None = None,
              refusal_threshold: float | None = None) -> tuple[list[SquadResult], dict[str, Any]]:
    """Add the articles of ``path`` to a scratch copy of the knowledge folder, ask every question, score.

    The scratch index lives in the data folder, keyed by the articles and the knowledge, so a re-run reuses it.
    """
    from ..assistant import Assistant

    articles = load_squad(path)
    base = Path(settings.knowledge_dir)
    key = hashlib.sha1(Path(path).read_bytes()).hexdigest()[:10]
    scratch_root = Path(settings.data_dir) / f"squad-{key}"
    knowledge = scratch_knowledge(articles, base, scratch_root / "knowledge")
    t0 = time.perf_counter()
    # the curve needs every answer's support, so the run refuses only by the gates (threshold 0)
    assistant = Assistant(settings.model_copy(update={"knowledge_dir": knowledge, "data_dir": scratch_root / "data",
                                                      "refusal_threshold": 0.0}), notify=None)
    # the threshold the engine would use (a setting, else the weights file's), applied to the recorded supports
    from ..answering.weights import DEFAULT_WEIGHTS, load_weights

    threshold = next(t for t in (refusal_threshold, settings.refusal_threshold,
                                 load_weights(settings.weights_file or DEFAULT_WEIGHTS).refusal_threshold)
                     if t is not None)
    baseline = SentenceBaseline(assistant)
    questions = [q for a in articles for q in a.questions]
    results = []
    for n, q in enumerate(questions, 1):
        ans = assistant.ask(q.question, suggest=False)
        base_answer = baseline.ask(q.question)
        results.append(SquadResult(q, ans.answer, ans.refused, ans.support,
                                   (not q.impossible) and holds_answer(ans.answer, q.answers),
                                   base_answer, (not q.impossible) and holds_answer(base_answer, q.answers)))
        if progress:
            progress(n, len(questions))
    summary = summarise(results, threshold)
    summary["seconds"] = round(time.perf_counter() - t0, 1)
    summary["file"] = str(path)
    return results, summary


def squad_markdown(summary: dict[str, Any]) -> str:
    """The SQuAD report as Markdown: per article, then the trade-off curve."""
    lines = [f"# Second corpus: {summary.get('file', '')}", "",
             f"Refusal threshold {summary['threshold']:.2f}. An answerable question passes when an official answer "
             f"stands in an answer of at most {MAX_ANSWER_CHARS} characters; an unanswerable one when it is refused.",
             "", "| article | questions | answerable pass | unanswerable refused | baseline answerable | "
             "baseline refused |", "|---|---|---|---|---|---|"]
    rows = [*summary["articles"].items(), ("**overall**", summary["overall"])]
    for name, f in rows:
        lines.append(f"| {name} | {f['questions']} | {f['answerable_pass']:.1%} | {f['unanswerable_refused']:.1%} | "
                     f"{f['baseline_answerable_pass']:.1%} | {f['baseline_unanswerable_refused']:.1%} |")
    lines += ["", "Trade-off as the refusal threshold moves:", "",
              "| threshold | answerable pass | unanswerable refused |", "|---|---|---|"]
    lines += [f"| {r['threshold']:.2f} | {r['answerable_pass']:.1%} | {r['unanswerable_refused']:.1%} |"
              for r in summary["tradeoff"]]
    return "\n".join(lines) + "\n"
