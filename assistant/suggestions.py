"""Suggested follow-ups: two or three questions the knowledge answers, related to an answer.

Candidates come from the knowledge itself, nearest first: the structured facts (``facts.yaml``) of the
paragraphs the answer cites, then those of the same section, then of the neighbouring sections; each
fact's subject and attribute are turned into a question by a few grammatical patterns. A section title
("What does the document say about <title>?") is the fallback for knowledge without facts.

A candidate is offered only when the assistant itself answers it, on its own, without refusing, and
with other information than the answer it follows (a different fact, or other sentences); the verdict
is cached per question, so each candidate is asked at most once per process. Nothing here names a
document's contents: the phrasing rules are plain English grammar.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .knowledge import KnowledgeBase
from .types import Answer, Citation, Fact

MAX_SUGGESTIONS = 3
MAX_CHECKS = 10  # candidates asked (uncached) per answer, to bound the extra latency

_PRONOUN = re.compile(r"\b(it|they|its|their)\b", re.I)
_COUNT_UNITS_NOT = re.compile(r"\b(percent|fraction|share|postcode|code|year|date)\b", re.I)
# third-person verbs that sometimes stand as an attribute ("includes"): "What does X include?"
_VERB_ATTRIBUTES = {"includes", "contains", "comprises", "covers", "means", "offers", "provides", "requires"}


@dataclass(frozen=True)
class Candidate:
    question: str
    fact_id: str | None
    paragraph: str  # doc_id:paragraph_id the candidate comes from
    group: str  # candidates of one group say similar things (the same attribute): one per group first


def _with_article(subject: str) -> str:
    """'Office of Parks' -> 'the Office of Parks'; 'report' -> 'the report'; names stay bare."""
    s = subject.strip()
    if re.match(r"(?i)(the|a|an)\s", s) or "'" in s.split()[0]:
        return s
    first = s.split()[0]
    if first[:1].islower() and " and " not in s and not (len(s.split()) == 1 and s.endswith("ing")):
        return f"the {s}"
    if first[:1].isupper() and re.search(r"\s(of|for)\s", s) and " and " not in s.split(" of ")[0]:
        return f"the {s}"
    return s


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _be(attribute: str) -> str:
    last = attribute.split(" of ")[0].split()[-1]
    return "are" if last.endswith("s") and not last.endswith(("ss", "us", "is")) else "is"


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def fact_question(fact: Fact) -> str:
    """A question whose answer is ``fact``, built from its subject and attribute only."""
    subject = _with_article(fact.subject)
    attribute = re.sub(r"\s+", " ", fact.attribute.strip())
    words = attribute.split()
    when = ""
    if fact.as_of and fact.as_of not in f"{fact.subject} {attribute}":
        when = f" in {fact.as_of}"
    # "what it connects", "what they can do", "what it authorized"
    m = re.match(r"(?i)what (?:it|they) (\w+)(?: (.*))?$", attribute)
    if m:
        verb, rest = m.group(1), (m.group(2) or "")
        if verb.lower() in {"can", "could", "should", "must", "will", "would", "may"}:
            return f"What {verb} {subject} {rest}{when}?".replace(" ?", "?")
        if verb.endswith("ed"):
            base = verb[:-1] if verb[:-2].endswith(("iz", "is", "at", "uc", "ag", "ov")) else verb[:-2]
            return f"What did {subject} {base} {rest}{when}?".replace(" ?", "?")
        base = verb[:-1] if verb.endswith("s") and not verb.endswith("ss") else verb
        return f"What does {subject} {base} {rest}{when}?".replace(" ?", "?")
    if attribute.lower() in _VERB_ATTRIBUTES:
        return f"What does {subject} {attribute[:-1]}{when}?"
    # "drafted by" -> "Who drafted the plan?"
    if len(words) == 2 and words[1].lower() == "by":
        return f"Who {words[0]} {subject}{when}?"
    # "strategy it implements", "areas where it leads": the pronoun is the subject
    if _PRONOUN.search(attribute):
        phrase = _PRONOUN.sub(lambda p: subject if p.group(1).lower() in ("it", "they")
                              else f"{subject}'s", attribute, count=1)
        return f"What {_be(words[0])} the {phrase}{when}?"
    if fact.kind == "date" and words[-1].endswith("ed"):
        return f"When was {subject} {attribute}{when}?"
    if fact.kind == "figure":
        counted = _number(fact.value) and not _COUNT_UNITS_NOT.search(f"{fact.unit or ''} {attribute}")
        if counted and words[-1].endswith("ed") and len(words) > 1:  # "Innovation Institutes funded"
            return f"How many {' '.join(words[:-1])} were {words[-1]} by {subject}{when}?"
        if counted:
            return f"How many {attribute} did {subject} have{when}?"
        return f"What is the {attribute} for {subject}{when}?"
    return f"What {_be(attribute)} the {attribute} of {subject}{when}?"


def section_question(title: str) -> str:
    title = re.sub(r"^\s*\d+(\.\d+)*\.?\s+", "", title).strip()
    return f"What does the document say about {title[:1].lower() + title[1:] if title[1:2].islower() else title}?"


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


class Suggester:
    """Finds follow-up questions near an answer's sources; ``ask`` answers one question on its own."""

    def __init__(self, kb: KnowledgeBase, ask: Callable[[str], Answer], limit: int = MAX_SUGGESTIONS,
                 max_checks: int = MAX_CHECKS) -> None:
        self.kb = kb
        self.ask = ask
        self.limit = limit
        self.max_checks = max_checks
        self._verdicts: dict[str, Answer | None] = {}  # question -> its answer (None: refused or failed)
        self._order: dict[str, tuple[int, int, int]] = {}  # paragraph key -> (doc, section, paragraph) index
        self._facts: dict[str, list[Fact]] = {}  # paragraph key -> its facts
        for d, doc in enumerate(kb.documents):
            for s, section in enumerate(doc.sections):
                for p, para in enumerate(section.paragraphs):
                    self._order[para.key] = (d, s, p)
        self._fact_by_id = {fact.id: fact for fact in kb.facts}
        for fact in kb.facts:
            self._facts.setdefault(f"{fact.doc_id}:{fact.paragraph}", []).append(fact)

    # -- candidates, nearest first ---------------------------------------------------------------
    def candidates(self, sources: list[Citation]) -> list[Candidate]:
        anchors = [self._order[k] for k in dict.fromkeys(f"{c.doc_id}:{c.paragraph_id}" for c in sources)
                   if k in self._order]
        if not anchors:
            return []

        def distance(key: str) -> tuple[int, int] | None:
            d, s, p = self._order[key]
            best = None
            for ad, as_, ap in anchors:
                if ad != d or abs(as_ - s) > 1:
                    continue
                dist = (0 if (s, p) == (as_, ap) else 1 if s == as_ else 2, abs(p - ap) if s == as_ else p)
                best = dist if best is None or dist < best else best
            return best

        near = sorted((dist, key) for key in self._order if (dist := distance(key)) is not None)
        out: list[Candidate] = []
        for _, key in near:
            for fact in self._facts.get(key, []):
                out.append(Candidate(fact_question(fact), fact.id, key, _norm(fact.attribute)))
        sections = sorted({(d, s) for key in (k for _, k in near) for d, s, _ in [self._order[key]]})
        for d, s in sections:
            section = self.kb.documents[d].sections[s]
            if section.paragraphs and section.title:
                out.append(Candidate(section_question(section.title), None, section.paragraphs[0].key,
                                     f"section:{section.section_id}"))
        seen: set[str] = set()
        unique = []
        for c in out:
            if _norm(c.question) not in seen:
                seen.add(_norm(c.question))
                unique.append(c)
        return unique

    # -- a candidate is kept when the assistant answers it with something new -----------------------------
    def _answer(self, question: str) -> Answer | None:
        if question not in self._verdicts:
            try:
                ans = self.ask(question)
            except Exception:  # a candidate that cannot be asked is simply not offered
                ans = None
            self._verdicts[question] = None if ans is None or ans.refused or not ans.citations else ans
        return self._verdicts[question]

    def _new_information(self, candidate: Candidate, got: Answer, answer: Answer) -> bool:
        if candidate.fact_id is not None:
            fact = self._fact_by_id[candidate.fact_id]
            # answered, but not with the fact the question was written for: a poor phrasing or a reading
            # that contradicts the question (a number in a name taken for a figure)
            if fact.id not in got.facts_used or _norm(fact.statement) not in _norm(got.answer):
                return False
        if got.facts_used and set(got.facts_used) <= set(answer.facts_used):
            return False
        if _norm(got.answer) == _norm(answer.answer):
            return False
        quotes = {c.quote for c in answer.citations}
        return bool(got.facts_used) or any(c.quote not in quotes for c in got.citations)

    def suggest(self, answer: Answer, asked: Iterable[str] = ()) -> list[str]:
        """Up to ``limit`` questions related to ``answer``, none of them one already ``asked``."""
        if answer.refused and answer.support <= 0:
            return []  # nothing in the knowledge matched: its "related" passages are not related to anything
        asked_norm = {_norm(q) for q in [*asked, answer.question, answer.standalone_question] if q}
        sources = answer.citations or answer.related
        chosen: list[Candidate] = []
        deferred: list[Candidate] = []
        groups: set[str] = set()
        budget = [self.max_checks]  # verdicts not yet cached that may still be asked for, across both passes

        def offered(c: Candidate) -> bool:
            """Whether the engine answers ``c`` with something new (a cached verdict costs nothing)."""
            if c.question not in self._verdicts:
                if budget[0] <= 0:
                    return False
                budget[0] -= 1
            got = self._answer(c.question)
            return got is not None and self._new_information(c, got, answer)

        for c in self.candidates(sources):
            if len(chosen) >= self.limit:
                break
            if _norm(c.question) in asked_norm:
                continue
            if c.group in groups:  # one question per kind of information first
                deferred.append(c)
                continue
            if offered(c):
                chosen.append(c)
                groups.add(c.group)
        for c in deferred:
            if len(chosen) >= self.limit:
                break
            if offered(c):
                chosen.append(c)
        return [c.question for c in chosen]
