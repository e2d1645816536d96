"""Answerability: how likely it is that a candidate answers the question, as a learned probability.

A question a document does not answer usually has a near-miss in it: the same words with a negation the
evidence lacks ("which machines are *not* equally powerful?"), an antonym ("lost" for "gained"), a name or a
number the evidence does not hold, or evidence of the wrong type. Each such sign is a named feature below; a
logistic regression over them and the evidence's scores (fitted with cross-validation by
``evals/fit_answerability.py``, stored in ``weights.json``) gives the probability that the candidate answers
the question. Below the refusal threshold, the answer is a refusal.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from ..numbers import digits_in
from ..text import content_tokens
from .candidates import Candidate, EvidenceChooser
from .lexicon import DATE_TEXT, NEGATION, opposed_word, question_words
from .understanding import Understanding

# words of a question that are not its content: "how big" asks a size, it does not claim one
_NAME = re.compile(r"\b[A-Z][\w-]+")
_ASKS_DATE = re.compile(r"^\W*(?:\w+\W+)?(?:when|what year|in what year|which year)\b", re.I)
_ASKS_COUNT = re.compile(r"\bhow (?:many|much)\b", re.I)
_ASKS_WHO = re.compile(r"^\W*(?:\w+,?\s+)?(?:who|whom|whose)\b", re.I)


@dataclass
class QuestionSide:
    """What the features need of the question, computed once per question."""

    u: Understanding
    idf: Callable[[str], float]
    tokens: dict[str, float] = field(init=False)  # the question's own words, with their IDF
    names: list[set[str]] = field(init=False)  # capitalised names past the first word
    numbers: set[str] = field(init=False)
    negated: bool = field(init=False)
    plain_words: set[str] = field(init=False)  # lower case, unstemmed: "unavailable" is no stem of "available"

    def __post_init__(self) -> None:
        # a follow-up ("and Energy?") is judged as the question it stands for
        text = self.u.standalone if self.u.dependent else (self.u.asked or self.u.english)
        # "Where are they based?" after "Who wrote this paper?": what "they" stands for is what is asked about
        carried = " ".join(c.name for c in self.u.concepts if c.from_history) if self.u.dependent else ""
        self.tokens = {t: self.idf(t) for t in content_tokens(f"{text} {carried}")}
        first = re.match(r"\W*\w+", text)
        start = first.end() if first else 0
        self.names = [set(content_tokens(m.group(0))) for m in _NAME.finditer(text, start)]
        self.names = [n for n in self.names if n]
        self.numbers = set(digits_in(text))  # "3,222,000" is one number, not 3, 222 and 000
        self.negated = bool(NEGATION.search(text))
        self.plain_words = question_words(text)


@dataclass
class EvidenceSide:
    """The candidate, its rank among the candidates, and the words of its sentence and paragraph."""

    c: Candidate
    rank: int
    top_score: float
    coverage_support: float
    sentence: set[str]
    paragraph: set[str]
    paragraph_text: str


def _idf_share(q: QuestionSide, tokens: set[str]) -> float:
    total = sum(q.tokens.values())
    return sum(v for t, v in q.tokens.items() if t in tokens) / total if total else 0.0


def _rarest_missing(q: QuestionSide, e: EvidenceSide) -> float:
    missing = [v for t, v in q.tokens.items() if t not in e.paragraph]
    return max(missing) / max(q.tokens.values()) if missing else 0.0


def _names_missing(q: QuestionSide, tokens: set[str]) -> float:
    return sum(1 for n in q.names if not n <= tokens) / len(q.names) if q.names else 0.0


def _numbers_missing(q: QuestionSide, e: EvidenceSide) -> float:
    if not q.numbers:
        return 0.0
    held = set(digits_in(e.paragraph_text))
    return sum(1 for n in q.numbers if n not in held) / len(q.numbers)


def _entities_missing(q: QuestionSide, e: EvidenceSide) -> float:
    entities = [c for c in q.u.concepts if c.is_entity and not c.from_history]
    return sum(1 for c in entities if not c.matched(e.paragraph)) / len(entities) if entities else 0.0


def _concept_coverage(q: QuestionSide, e: EvidenceSide) -> float:
    # a follow-up with no concept of its own ("where are they based?") asks about its history's
    own = [c for c in q.u.concepts if not c.from_history] or q.u.concepts
    total = sum(c.weight for c in own)
    return sum(c.weight for c in own if c.matched(e.sentence)) / total if total else 0.0


def _type_match(q: QuestionSide, e: EvidenceSide) -> float:
    """1 when the evidence holds what the question's type asks for (a year, a number, a new name), 0 when
    not, 0.5 when the type asks for nothing in particular."""
    text, u = e.c.text, q.u
    if u.answer_type == "date" or _ASKS_DATE.search(u.question):
        return float(bool(DATE_TEXT.search(text)))
    if u.answer_type == "figure" or _ASKS_COUNT.search(u.question):
        return float(bool(re.search(r"\d", text)))
    if u.answer_type in ("entity", "place") or _ASKS_WHO.search(u.question):
        return float(any(not set(content_tokens(m.group(0))) <= set(q.tokens) for m in _NAME.finditer(text)))
    return 0.5


def _novelty(q: QuestionSide, e: EvidenceSide) -> float:
    return len(e.sentence - set(q.tokens)) / len(e.sentence) if e.sentence else 0.0


def _antonym_clash(q: QuestionSide, e: EvidenceSide) -> float:
    return float(opposed_word(q.plain_words, f"{e.c.quote} {e.c.text}") is not None)


FEATURES: dict[str, tuple[Callable[[QuestionSide, EvidenceSide], float], str]] = {
    "coverage_support": (lambda q, e: e.coverage_support,
                         "the question's weighted concepts found in the evidence's paragraph, blended with similarity"),
    "score": (lambda q, e: e.c.score, "the candidate's evidence score"),
    "gap": (lambda q, e: e.top_score - e.c.score, "how far below the best candidate it scores"),
    "rank": (lambda q, e: 1 / (1 + e.rank), "1 / (1 + its rank among the candidates)"),
    "dense": (lambda q, e: e.c.dense, "embedding similarity of question and evidence"),
    "idf_coverage_sentence": (lambda q, e: _idf_share(q, e.sentence),
                              "share of the question's words (by IDF) in the sentence"),
    "idf_coverage_paragraph": (lambda q, e: _idf_share(q, e.paragraph), "the same, in its paragraph"),
    "concept_coverage_sentence": (_concept_coverage, "share of the question's concepts (by weight) in the sentence"),
    "rarest_missing": (_rarest_missing, "IDF of the rarest question word the paragraph lacks, over the rarest's"),
    "names_missing_paragraph": (lambda q, e: _names_missing(q, e.paragraph),
                                "share of the question's names not in the paragraph"),
    "names_missing_sentence": (lambda q, e: _names_missing(q, e.sentence),
                               "share of the question's names not in the sentence"),
    "numbers_missing": (_numbers_missing, "share of the question's numbers not in the paragraph"),
    "entities_missing": (_entities_missing, "share of the question's named things not in the paragraph"),
    "type_match": (_type_match, "the evidence holds the kind of thing asked (year, number, new name)"),
    "novelty": (_novelty, "share of the sentence's words that the question lacks (an answer adds something)"),
    "negation_unmatched": (lambda q, e: float(q.negated and not NEGATION.search(f"{e.c.quote} {e.c.text}")),
                           "the question negates, the evidence does not"),
    "antonym_clash": (_antonym_clash, "a question word is missing and its antonym stands in the evidence"),
    "question_length": (lambda q, e: min(len(q.tokens), 15) / 10, "how many content words the question has"),
    "is_fact": (lambda q, e: float(e.c.kind == "fact"), "the evidence is a structured fact"),
}


class AnswerabilityModel:
    """The fitted logistic model over ``FEATURES``, with the document statistics the features need."""

    def __init__(self, chooser: EvidenceChooser, weights: dict[str, float], bias: float,
                 mean: dict[str, float], scale: dict[str, float]) -> None:
        self.chooser = chooser
        self.weights, self.bias, self.mean, self.scale = weights, bias, mean, scale
        df: Counter[str] = Counter()
        for toks in chooser.paragraph_tokens.values():
            df.update(toks)
        n = len(chooser.paragraph_tokens)
        self._idf = {t: math.log((n + 1) / (d + 0.5)) for t, d in df.items()}
        self._unseen = math.log((n + 1) / 0.5)
        self._question: tuple[int, QuestionSide] | None = None

    def idf(self, token: str) -> float:
        return self._idf.get(token, self._unseen)

    def question_side(self, u: Understanding) -> QuestionSide:
        if self._question is None or self._question[0] != id(u):  # once per question, not per candidate
            self._question = (id(u), QuestionSide(u, self.idf))
        return self._question[1]

    def features(self, u: Understanding, c: Candidate, coverage_support: float, rank: int = 0,
                 top_score: float | None = None) -> dict[str, float]:
        """Every feature's value for candidate ``c`` of question ``u``."""
        key = (c.doc_id, c.paragraph_id)
        sentences = self.chooser.sentences.get(key, [])
        sentence = set(content_tokens(f"{c.text} {c.quote}"))
        e = EvidenceSide(c, rank, c.score if top_score is None else top_score, coverage_support, sentence,
                         sentence | self.chooser.paragraph_tokens.get(key, set()), " ".join(s for s, _ in sentences))
        q = self.question_side(u)
        return {name: float(fn(q, e)) for name, (fn, _) in FEATURES.items()}

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(w * (features.get(n, 0.0) - self.mean.get(n, 0.0)) / (self.scale.get(n, 1.0) or 1.0)
                            for n, w in self.weights.items())
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
