"""Hybrid retrieval: dense (Chroma) + BM25 rankings fused by reciprocal rank, glossary-expanded.

The BM25 side is built from what the store holds, so it follows the index wherever it lives
(embedded or a Chroma server) and never disagrees with it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np

from .bm25 import BM25
from .knowledge import Glossary
from .store import StoredItem, VectorStore
from .text import content_tokens, has_cjk
from .types import GlossaryTerm, Hit


@dataclass
class ExpandedQuery:
    original: str
    dense_text: str  # what is embedded
    sparse_tokens: list[str]  # what BM25 scores
    terms: list[GlossaryTerm]


def expand_query(query: str, glossary: Glossary) -> ExpandedQuery:
    """Add the glossary's names for every term the query mentions; render Chinese terms in English."""
    matched = glossary.matches(query)
    terms = [t for t, _ in matched]
    english_variants = [v for t in terms for v in (t.term, *t.abbreviations, *t.synonyms)]
    # each expansion word counts once: ten synonyms of NNMI must not drown the rest of the question
    own = content_tokens(query)
    tokens = own + [t for t in dict.fromkeys(content_tokens(" ".join(english_variants))) if t not in own]
    if has_cjk(query):
        # A Chinese question: embed an English rendering built from glossary terms and question words.
        qwords = [en for zh, en in glossary.question_words.items() if zh in query]
        latin = " ".join(re.findall(r"[A-Za-z0-9][A-Za-z0-9.%&-]*", query))
        dense_text = " ".join([*qwords, *(t.term for t in terms), latin]).strip() or query
        tokens += content_tokens(" ".join(qwords))
    else:
        # Spell out abbreviations and synonyms the user chose, so the embedding sees the paper's words.
        # (names and abbreviations only: a generic term's wording would pull the embedding off the question)
        extra = [t.term for t, v in matched if v.lower() != t.term.lower() and (t.is_entity or v in t.abbreviations)]
        dense_text = query + (" (" + "; ".join(extra) + ")" if extra else "")
    return ExpandedQuery(query, dense_text, [t for t in tokens if not has_cjk(t)], terms)


@dataclass
class RetrievalResult:
    hits: list[Hit]
    dense_sims: dict[str, float]  # item id -> cosine similarity with the query (the pool's items only)
    pool: set[str] = field(default_factory=set)  # ids the answerer may draw units from (dense and BM25 tops)


class HybridRetriever:
    """Retrieves passages and facts for a question."""

    def __init__(self, store: VectorStore, embeddings, glossary: Glossary, candidates: int = 30,
                 rrf_k: int = 60, pool: int = 100, items: list[StoredItem] | None = None) -> None:
        """``items``: what the caller has just read from the store (``store.all_items()``), or None to read it."""
        self.store = store
        self.embeddings = embeddings
        self.glossary = glossary
        self.candidates = candidates
        self.rrf_k = rrf_k
        self.pool_size = pool
        everything = store.all_items(vectors=True) if items is None or any(it.vector is None for it in items) \
            else items
        if not everything:
            raise ValueError("the index is empty")
        # The dense ranking is exact: every stored vector against the query (a product and a sort: 0.03 ms for the
        # paper's 246 items, 0.2 ms for 2,500, 14 ms for 100,000). Chroma's HNSW search is approximate, and its graph
        # differs from one build of the index to the next: the same question drew another pool after a rebuild (for
        # 23 % of 600 questions the pool of 100 differed from the exact one), and so, now and then, another answer.
        self._ids = [it.id for it in everything]
        matrix = np.array([it.vector for it in everything], dtype=np.float32)
        matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), np.finfo(np.float32).tiny)
        self._matrix = matrix
        for it in everything:
            it.vector = None  # the vectors live in the matrix now: one copy of them, not two
        self.by_id = {it.id: it for it in everything}
        # Passages and facts compete in the ranking; sentence vectors only sharpen the answerer's choice.
        self.items: list[StoredItem] = [it for it in everything if it.metadata.get("kind") != "sentence"]
        self.sentence_items = [it for it in everything if it.metadata.get("kind") == "sentence"]
        self._rankable = {it.id for it in self.items}
        tokens = [content_tokens(self._searchable(it)) for it in self.items]
        self._bm25 = BM25([toks or ["_"] for toks in tokens])
        self.vocabulary = {tok for toks in tokens for tok in toks}

    @staticmethod
    def _searchable(item: StoredItem) -> str:
        md = item.metadata
        # the section title helps questions that name a part of the paper ("the recommendations")
        return f"{item.text} {md.get('section', '')}"

    def idf(self, token: str) -> float:
        return max(0.0, self._bm25.idf.get(token, math.log(len(self.items) + 1)))

    def search(self, query: ExpandedQuery, k: int) -> RetrievalResult:
        vec = self.embeddings.embed_query(query.dense_text)
        # The answerer draws its units from the nearest items only (passages, facts and sentences), so its cost
        # does not grow with the corpus (the ranking itself does, by the product above).
        dense_all = self.nearest(vec, max(self.candidates, self.pool_size))
        dense_sim = dict(dense_all)
        dense = [(i, sim) for i, sim in dense_all if i in self._rankable]
        dense_rank = {i: r for r, (i, _) in enumerate(dense[: self.candidates], 1)}
        scores = self._bm25.get_scores(query.sparse_tokens) if query.sparse_tokens else np.zeros(len(self.items))
        # best first, ties in item order: what heapq.nlargest (a stable sort) gave
        order = np.argsort(-scores, kind="stable")[: max(self.candidates, self.pool_size)].tolist()
        scores = scores.tolist()  # Python floats: cheaper to index one by one below
        bm25_rank = {self.items[i].id: r for r, i in enumerate(order[: self.candidates], 1) if scores[i] > 0}
        pool = set(dense_sim) | {self.items[i].id for i in order if scores[i] > 0}
        fused: dict[str, float] = {}
        for ranks in (dense_rank, bm25_rank):
            for item_id, r in ranks.items():
                fused[item_id] = fused.get(item_id, 0.0) + 1.0 / (self.rrf_k + r)
        best = sorted(fused, key=lambda i: -fused[i])[:k]
        hits = []
        for item_id in best:
            it = self.by_id[item_id]
            md = it.metadata
            hits.append(Hit(
                id=item_id, kind=md.get("kind", "passage"), text=it.text, doc_id=md.get("doc_id", "paper"),
                paragraph_id=md.get("paragraph_id", ""), label=md.get("label", ""),
                section=md.get("section", ""), score=fused[item_id], dense=dense_sim.get(item_id),
                bm25_rank=bm25_rank.get(item_id), dense_rank=dense_rank.get(item_id),
                fact_id=md.get("fact_id"),
            ))
        return RetrievalResult(hits, dense_sim, pool)

    def nearest(self, vector: list[float], n: int) -> list[tuple[str, float]]:
        """The ``n`` stored items nearest ``vector`` as (id, cosine similarity), best first, ties in store order."""
        query = np.asarray(vector, dtype=np.float32)
        norm = float(np.linalg.norm(query))
        sims = self._matrix @ (query / norm if norm > 0 else query)
        order = np.argsort(-sims, kind="stable")[:n].tolist()
        return [(self._ids[i], float(sims[i])) for i in order]

    def retrieve(self, query: str, k: int = 5) -> list[Hit]:
        """The k best passages and facts for ``query``, fused from dense and BM25 rankings."""
        return self.search(expand_query(query, self.glossary), k).hits
