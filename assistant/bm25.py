"""Okapi BM25 scored with numpy from precomputed postings: rank_bm25's ``BM25Okapi``, exactly, without its loop.

``BM25Okapi.get_scores`` builds, for every query token, a Python list over every document (``doc.get(q)``),
about 2 ms a question on the paper and linear in the corpus. Here each term's score contribution is computed
once, at build, for the documents that hold it, with the same formula and the same floating-point operations;
a query adds those contributions in the query's order. So the scores are bit for bit rank_bm25's (a test holds
them to it) and the idf table is the same dict. The tables are plain arrays, so they can be saved and loaded
(``state`` / ``from_state``) instead of being rebuilt by every process.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np


class BM25:
    """BM25Okapi (k1=1.5, b=0.75, epsilon=0.25: rank_bm25's defaults) over tokenised documents."""

    def __init__(self, corpus: Sequence[Sequence[str]], k1: float = 1.5, b: float = 0.75,
                 epsilon: float = 0.25) -> None:
        self.k1, self.b, self.epsilon = k1, b, epsilon
        self.corpus_size = len(corpus)
        doc_freqs: list[dict[str, int]] = []
        nd: dict[str, int] = {}  # word -> number of documents holding it (insertion order as rank_bm25's)
        total = 0
        for document in corpus:
            total += len(document)
            frequencies: dict[str, int] = {}
            for word in document:
                frequencies[word] = frequencies.get(word, 0) + 1
            doc_freqs.append(frequencies)
            for word in frequencies:
                nd[word] = nd.get(word, 0) + 1
        self.doc_len = np.array([len(d) for d in corpus])
        self.avgdl = total / self.corpus_size
        # rank_bm25's _calc_idf: log-odds idf, a negative idf floored at epsilon times the average idf
        self.idf: dict[str, float] = {}
        idf_sum = 0.0
        negative = []
        for word, freq in nd.items():
            idf = math.log(self.corpus_size - freq + 0.5) - math.log(freq + 0.5)
            self.idf[word] = idf
            idf_sum += idf
            if idf < 0:
                negative.append(word)
        self.average_idf = idf_sum / len(self.idf)
        eps = self.epsilon * self.average_idf
        for word in negative:
            self.idf[word] = eps
        # postings: for each term, the documents that hold it and its score contribution to each
        docs_of: dict[str, list[int]] = {w: [] for w in nd}
        freq_of: dict[str, list[int]] = {w: [] for w in nd}
        for i, frequencies in enumerate(doc_freqs):
            for word, f in frequencies.items():
                docs_of[word].append(i)
                freq_of[word].append(f)
        # the same expression as get_scores, evaluated once: k1 * (1 - b + b * doc_len / avgdl)
        norm = self.k1 * (1 - self.b + self.b * self.doc_len / self.avgdl)
        self.postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for word, idx in docs_of.items():
            at = np.array(idx, dtype=np.int64)
            q_freq = np.array(freq_of[word])
            self.postings[word] = (at, (self.idf.get(word) or 0) * (q_freq * (self.k1 + 1) / (q_freq + norm[at])))

    def get_scores(self, query: Sequence[str]) -> np.ndarray:
        """One score per document, as ``BM25Okapi.get_scores(query)`` gives (a repeated token counts again)."""
        score = np.zeros(self.corpus_size)
        for q in query:
            posting = self.postings.get(q)
            if posting is not None:  # elsewhere the term adds exactly 0.0, which changes no score
                at, contribution = posting
                score[at] += contribution
        return score

    def state(self) -> dict[str, Any]:
        """The tables as plain values and arrays (what ``from_state`` reads back)."""
        words = list(self.postings)
        lengths = np.array([len(self.postings[w][0]) for w in words], dtype=np.int64)
        return {"k1": self.k1, "b": self.b, "epsilon": self.epsilon, "corpus_size": self.corpus_size,
                "avgdl": self.avgdl, "average_idf": self.average_idf, "doc_len": self.doc_len,
                "idf_words": list(self.idf), "idf_values": np.array(list(self.idf.values())), "words": words,
                "lengths": lengths,
                "at": np.concatenate([self.postings[w][0] for w in words]) if words else np.zeros(0, np.int64),
                "contribution": (np.concatenate([self.postings[w][1] for w in words]) if words
                                 else np.zeros(0))}

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> BM25:
        self = cls.__new__(cls)
        self.k1, self.b, self.epsilon = float(state["k1"]), float(state["b"]), float(state["epsilon"])
        self.corpus_size, self.avgdl = int(state["corpus_size"]), float(state["avgdl"])
        self.average_idf = float(state["average_idf"])
        self.doc_len = np.asarray(state["doc_len"])
        self.idf = dict(zip(state["idf_words"], (float(v) for v in state["idf_values"]), strict=True))
        ends = np.cumsum(state["lengths"])
        starts = ends - state["lengths"]
        at, contribution = np.asarray(state["at"]), np.asarray(state["contribution"])
        self.postings = {w: (at[s:e], contribution[s:e])
                         for w, s, e in zip(state["words"], starts.tolist(), ends.tolist(), strict=True)}
        return self
