"""The public entry point: ``Assistant.ask(question, history) -> Answer``.

The CLI, the Streamlit UI and the evaluation runner all call this; none of them touches the store.
The pipeline: read the question -> retrieve -> choose evidence -> compose -> verify numbers; its steps are
also a LangChain runnable (``Assistant.chain``).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .answerers import load_answerer
from .answering import EvidenceChooser, GroundedComposer, QuestionReader, strip_unsupported, verify_numbers
from .answering.render import Localiser, titles_in
from .answering.weights import DEFAULT_WEIGHTS, load_weights
from .cache import code_digest, load_table, save_table
from .index import IndexStatus, ensure_index, index_status
from .knowledge import KnowledgeBase, load_knowledge_cached
from .reading import Document, Paragraph
from .retrieval import HybridRetriever
from .settings import Settings
from .store import StoredItem, VectorStore
from .suggestions import Suggester
from .text import add_tokens, clean_text, token_table
from .types import Answer, Citation, Turn

if TYPE_CHECKING:
    from langchain_core.runnables import Runnable


class QuestionError(ValueError):
    """The question (or its history) cannot be answered as given; the message says why."""


def _stderr(msg: str) -> None:
    print(msg, file=sys.stderr)


def parse_history(history: Sequence[Any] | None) -> list[Turn]:
    """Accept a list of Turn objects or {"role", "content"} dicts; raise QuestionError naming the fault."""
    if history is None:
        return []
    # A string or a mapping is iterable too, but never a list of turns; a number or a bool is not iterable.
    if isinstance(history, str | bytes | Mapping) or not isinstance(history, Iterable):
        raise QuestionError(f"history must be a list of turns, got {type(history).__name__}")
    turns: list[Turn] = []
    for i, t in enumerate(history, 1):
        if isinstance(t, Turn):
            turns.append(Turn(role=t.role, content=clean_text(t.content)))
            continue
        if not isinstance(t, dict) or t.get("role") not in ("user", "assistant") or not isinstance(
                t.get("content"), str):
            raise QuestionError(f"history turn {i}: expected {{\"role\": \"user\"|\"assistant\", \"content\": str}}")
        turns.append(Turn(role=t["role"], content=clean_text(t["content"])))
    return turns


def _as_text(question: Any) -> Any:
    """A question with undecodable bytes (lone surrogates) made U+FFFD and control characters made spaces:
    the tokenizer rejects them. Callers that want to warn use ``text.not_text`` on what they were given.
    Anything but a string is left for ``_run`` to reject."""
    return clean_text(question) if isinstance(question, str) else question


class Assistant:
    """Answers questions about the knowledge base, with citations, offline."""

    def __init__(self, settings: Settings | None = None, notify: Callable[[str], None] | None = _stderr,
                 answerer: Any = None, **overrides: Any) -> None:
        t0 = time.perf_counter()
        self.settings = settings or Settings(**overrides)
        from .embedding import load_query_embeddings, preload_query_embeddings

        # onnxruntime, not torch: a current index means this process never imports torch. The model loads
        # in the background while the knowledge files are read and the store is opened.
        model_path = self.settings.resolved_model_path()
        preload = preload_query_embeddings(model_path, self.settings.data_dir)
        self.kb: KnowledgeBase = load_knowledge_cached(Path(self.settings.knowledge_dir), self.settings.data_dir)
        tokens_key = self._take_token_table()
        self.store = VectorStore(self.settings)
        # one read of the store serves the index check and the retriever (~40 ms each)
        items: list[StoredItem] | None = self.store.all_items(vectors=True)
        self.index_status: IndexStatus = index_status(self.store, self.kb, self.settings, items)
        if not self.index_status.current:  # build or repair it (says so), then check again
            self.index_status = ensure_index(self.settings, self.kb, self.store, notify=notify)
            items = None  # the store changed: the retriever reads it again
        if preload is not None:
            preload.join()
        self.embeddings = load_query_embeddings(model_path, self.settings.data_dir, notify)
        self.retriever = HybridRetriever(self.store, self.embeddings, self.kb.glossary, self.settings.candidates,
                                         self.settings.rrf_k, self.settings.pool, items)
        self.weights = load_weights(self.settings.weights_file or DEFAULT_WEIGHTS)
        if self.settings.refusal_threshold is not None:
            self.weights = self.weights.model_copy(update={"refusal_threshold": self.settings.refusal_threshold})
        self.reader = QuestionReader(self.kb, self.retriever, self.weights.reading)
        self.chooser = EvidenceChooser(self.kb, self.retriever, self.weights)
        self.composer = GroundedComposer(self.kb, self.chooser, self.weights.refusal_threshold)
        # the backend that writes answers: given directly, or named by the settings (built-in or plugin)
        self.answerer = answerer if answerer is not None else load_answerer(self.settings.answerer, self)
        self.suggester = Suggester(self.kb, lambda q: self.ask(q, suggest=False))
        self.localise = Localiser(self.kb)  # the answer in the question's language (the reader's edition)
        self._keep_token_table(tokens_key)
        self.load_seconds = time.perf_counter() - t0

    # The tokens of the corpus's texts, which every table above is built from, kept in the data folder: stemming
    # them again is ~0.2 s of a cold start. Keyed by the code and the knowledge (whose texts they are).
    def _take_token_table(self) -> str:
        key = f"{code_digest()}-{self.kb.fingerprint}"
        table = load_table(self.settings.data_dir, "tokens", key)
        if isinstance(table, dict):
            add_tokens(table)
            self._tokens_loaded = len(table)
        else:
            self._tokens_loaded = -1
        return key

    def _keep_token_table(self, key: str) -> None:
        table = token_table()
        if len(table) > self._tokens_loaded:  # something was tokenised that the stored table lacks
            save_table(self.settings.data_dir, "tokens", key, table)

    # The pipeline's steps, in order; each takes and returns a dict of the state so far.
    @property
    def steps(self) -> list[tuple[str, Callable[[dict[str, Any]], dict[str, Any]]]]:
        return [("understand", self._understand), ("retrieve", self._retrieve), ("compose", self._compose),
                ("verify", self._verify)]

    @cached_property
    def chain(self) -> Runnable:
        """The same steps as a LangChain runnable, for composing with other LangChain code.

        Built on first use: ``RunnableLambda`` pulls in LangChain's tracing stack (langsmith, ~0.4 s to
        import on 2 cores) and its callback machinery costs ~1 ms per step, so ``ask`` runs the steps
        directly and gives the same answer."""
        from langchain_core.runnables import RunnableLambda

        from .embedding import register_with_langchain

        register_with_langchain()  # LangChain code composed with this runnable may check isinstance(..., Embeddings)
        first, *rest = [RunnableLambda(fn, name=name) for name, fn in self.steps]
        runnable: Runnable = first
        for step in rest:
            runnable = runnable | step
        return runnable

    # -- the steps ----------------------------------------------------------------------------------
    def _understand(self, state: dict[str, Any]) -> dict[str, Any]:
        t = time.perf_counter()
        state["understanding"] = self.reader.read(state["question"], state["history"])
        state["timings"]["understand"] = (time.perf_counter() - t) * 1000
        return state

    def _retrieve(self, state: dict[str, Any]) -> dict[str, Any]:
        t = time.perf_counter()
        u = state["understanding"]
        if u.smalltalk:  # "hi", "thanks", "help": nothing to look up
            state["hits"], state["sims"], state["pool"], state["all_hits"] = [], {}, set(), []
            state["timings"]["retrieve"] = 0.0
            return state
        result = self.retriever.search(u.expanded, max(state["k"], 8))
        state["hits"], state["sims"], state["pool"] = result.hits[: state["k"]], result.dense_sims, result.pool
        state["all_hits"] = result.hits
        state["timings"]["retrieve"] = (time.perf_counter() - t) * 1000
        return state

    def _compose(self, state: dict[str, Any]) -> dict[str, Any]:
        t = time.perf_counter()
        u = state["understanding"]
        candidates = state["candidates"] = [] if u.smalltalk else self.chooser.candidates(u, state["sims"],
                                                                                          state["pool"])
        state["composition"] = self.localise(self.answerer.compose(u, candidates, state["all_hits"]), u.language)
        state["timings"]["compose"] = (time.perf_counter() - t) * 1000
        return state

    def _verify(self, state: dict[str, Any]) -> dict[str, Any]:
        comp = strip_unsupported(state["composition"], self.document_names)
        if comp is None:  # no honest way to state it with its sources: say so rather than guess
            u = state["understanding"]
            comp = self.localise(self.answerer.refuse(u, state["all_hits"], 0.0), u.language)
        state["composition"] = comp
        return state

    # -- public API ---------------------------------------------------------------------------------
    def _run(self, question: str, history: Sequence[Any] | None, k: int | None) -> dict[str, Any]:
        if not isinstance(question, str):
            raise QuestionError(f"The question must be text, got {type(question).__name__}.")
        if not question.strip():
            raise QuestionError("The question is empty: type a question about the documents.")
        if len(question) > self.settings.max_question_chars:
            raise QuestionError(
                f"The question is {len(question):,} characters long; the limit is "
                f"{self.settings.max_question_chars:,}. Please shorten it."
            )
        turns = parse_history(history)[-2 * self.settings.history_turns:] if self.settings.history_turns else []
        state: dict[str, Any] = {"question": question.strip(), "history": turns, "k": k or self.settings.k,
                                 "timings": {}}
        for _, step in self.steps:
            state = step(state)
        return state

    @cached_property  # the knowledge base is loaded once, in __init__: its titles are fixed
    def document_names(self) -> list[str]:
        """The documents' titles, in English and as a Chinese answer names them: a number in one names a document."""
        return sorted({*titles_in(self.kb, "en"), *titles_in(self.kb, "zh")})

    def ask(self, question: str, history: Sequence[Any] | None = None, k: int | None = None,
            suggest: bool = True) -> Answer:
        """Answer ``question`` in the light of ``history`` (earlier turns), citing the documents.

        ``suggest``: also find follow-up questions (``Answer.suggestions``; ``timings_ms["suggest"]``)."""
        t0 = time.perf_counter()
        question = _as_text(question)
        state = self._run(question, history, k)
        comp = state["composition"]
        u = state["understanding"]
        if verify_numbers(comp.answer, comp.citations, self.document_names):  # the invariant, checked once more
            raise AssertionError("unsupported number in answer")
        timings = {key: round(v, 2) for key, v in state["timings"].items()}
        answer = Answer(question=question, standalone_question=u.standalone, answer=comp.answer,
                        citations=comp.citations, refused=comp.refused,
                        kind=comp.kind or ("refusal" if comp.refused else "answer"), facts_used=comp.facts_used,
                        related=comp.related, hits=state["hits"], support=round(comp.support, 4),
                        timings_ms=timings)
        timings["total"] = round((time.perf_counter() - t0) * 1000, 2)
        if suggest:
            self.suggest(answer, state["history"])
            answer.timings_ms["total"] = round((time.perf_counter() - t0) * 1000, 2)
        return answer

    def suggest(self, answer: Answer, history: Sequence[Any] | None = None) -> list[str]:
        """Fill ``answer.suggestions``: follow-up questions near its sources that the knowledge answers,
        none already asked in ``history``. ``ask`` does this unless ``suggest=False``; the UI calls it
        after showing the answer, so that the answer does not wait for them."""
        t = time.perf_counter()
        asked = [x.content for x in parse_history(history) if x.role == "user"]
        answer.suggestions = self.suggester.suggest(answer, asked)
        answer.timings_ms["suggest"] = round((time.perf_counter() - t) * 1000, 2)
        return answer.suggestions

    def explain(self, question: str, history: Sequence[Any] | None = None, top: int = 8) -> dict[str, Any]:
        """How ``question`` was answered: the reading of it, the top candidates with their feature values
        and score, and every gate's verdict on each, so a wrong answer can be understood without a debugger."""
        question = _as_text(question)
        state = self._run(question, history, None)
        u = state["understanding"]
        gates = self.composer.gates
        rows = []
        candidates = state.get("candidates", [])
        for rank, c in enumerate(candidates[:top]):
            support = self.composer.support(u, c, rank, candidates[0].score)
            answerability = self.composer.answerability_features(u, c, rank, candidates[0].score)
            rows.append({
                "kind": c.kind, "score": round(c.score, 4), "support": round(support, 4), "doc_id": c.doc_id,
                "paragraph_id": c.paragraph_id, "text": c.text, "fact_id": c.fact.id if c.fact else None,
                "features": {k: round(v, 4) for k, v in c.features.items() if v},
                "contributions": {k: round(v * self._weight_of(c.kind, k), 4) for k, v in c.features.items() if v},
                "answerability": {k: round(v, 4) for k, v in answerability.items()},
                "gates": [{"gate": name, "passed": ok, "checks": doc}
                          for name, ok, doc in gates.decisions(u, c, support)],
            })
        comp = state["composition"]
        return {
            "question": question, "standalone": u.standalone, "answer_type": u.answer_type,
            "follow_up": u.dependent, "concepts": [{"name": c.name, "weight": round(c.weight, 3),
                                                    "from_history": c.from_history, "entity": c.is_entity}
                                                   for c in u.concepts],
            "refusal_threshold": self.weights.refusal_threshold, "candidates": rows,
            "answer": comp.answer, "refused": comp.refused, "plan": comp.plan,
        }

    def _weight_of(self, kind: str, feature: str) -> float:
        weights = self.weights.fact if kind == "fact" else self.weights.sentence
        return weights.get(feature, 0.0)

    @property
    def documents(self) -> list[Document]:
        """The documents of the knowledge base, in order (the paper first)."""
        return self.kb.documents

    def paragraph(self, doc_id: str, paragraph_id: str) -> Paragraph:
        """One paragraph by its citation address (raises KeyError when there is none)."""
        return self.kb.document(doc_id).paragraph(paragraph_id)

    def locate(self, evidence: str, paragraph_id: str = "") -> str | None:
        """The paragraph id holding ``evidence`` (verbatim), preferring ``paragraph_id`` when it does."""
        for doc in self.kb.documents:
            ids = [p.paragraph_id for p in doc.paragraphs]
            if paragraph_id in ids and evidence in self.kb.paragraph_text(doc.doc_id, paragraph_id):
                return paragraph_id
            for pid in ids:
                if evidence in self.kb.paragraph_text(doc.doc_id, pid):
                    return pid
        return None

    def retrieve(self, query: str, k: int | None = None):
        """Hybrid retrieval only (for evaluation and inspection)."""
        return self.retriever.retrieve(query, k or self.settings.k)

    def describe(self) -> dict[str, Any]:
        """What the sidebar and `assistant status` show: documents, counts, index state."""
        s = self.index_status
        return {
            "documents": [{"doc_id": d.doc_id, "title": d.title, "paragraphs": len(d.paragraphs)}
                          for d in self.kb.documents],
            "passages": s.counts.get("passages", 0), "facts": s.counts.get("facts", 0),
            "built_at": s.built_at, "state": s.state, "fingerprint": s.fingerprint,
            "store": self.store.location, "model": Path(self.settings.resolved_model_path()).name,
            "read_only": self.store.read_only, "warnings": list(self.kb.warnings),
        }


__all__ = ["Answer", "Assistant", "Citation", "QuestionError", "parse_history"]
