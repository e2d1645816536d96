"""Suggested follow-ups (Answer.suggestions): real Assistant, real index, no mocks."""

from __future__ import annotations

import dataclasses
import re

import pytest

from assistant import Assistant
from assistant.suggestions import Suggester, fact_question, section_question
from assistant.types import Fact

QUESTIONS = [
    "How many institutes did the Department of Defense fund?",
    "What is the NNMI network?",
    "What does the paper recommend for China?",
    "How do the US and China differ?",
    "Who leads the Chicago institute?",
    "What is the GDP of Brazil?",  # refused: the suggestions come from the related passages
]


@pytest.fixture(scope="module")
def assistant(index_settings) -> Assistant:
    return Assistant(index_settings, notify=None)


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


@pytest.mark.parametrize("question", QUESTIONS)
def test_every_suggestion_is_answered_by_the_assistant(assistant, question):
    ans = assistant.ask(question)
    assert 2 <= len(ans.suggestions) <= 3, ans.suggestions
    assert len({_norm(s) for s in ans.suggestions}) == len(ans.suggestions), "no duplicates"
    assert _norm(question) not in {_norm(s) for s in ans.suggestions}
    assert "suggest" in ans.timings_ms
    for s in ans.suggestions:
        got = assistant.ask(s, suggest=False)
        assert not got.refused, (question, s, got.answer)
        assert got.citations, (question, s)
        assert _norm(got.answer) != _norm(ans.answer), f"{s!r} only repeats the answer to {question!r}"


def test_suggestions_are_near_the_cited_paragraphs(assistant):
    ans = assistant.ask("How many institutes did the Department of Defense fund?")
    cited_sections = {c.paragraph_id.split("-")[0] for c in ans.citations}
    for s in ans.suggestions:
        got = assistant.ask(s, suggest=False)
        assert {c.paragraph_id.split("-")[0] for c in got.citations} & cited_sections, (s, got.citations)


def test_a_follow_up_never_suggests_what_was_already_asked(assistant):
    first = assistant.ask("How many institutes did the Department of Defense fund?")
    asked = first.suggestions[0]
    history = [{"role": "user", "content": first.question}, {"role": "assistant", "content": first.answer},
               {"role": "user", "content": asked},
               {"role": "assistant", "content": assistant.ask(asked, suggest=False).answer}]
    later = assistant.ask("And the Department of Commerce?", history)
    assert later.suggestions
    assert _norm(asked) not in {_norm(s) for s in later.suggestions}


def test_nothing_is_suggested_when_nothing_matched(assistant):
    ans = assistant.ask("hi")  # small talk: a short reply, nothing of the knowledge matched, nothing suggested
    assert ans.kind == "smalltalk" and not ans.refused and ans.suggestions == []


def test_suggest_false_skips_the_work(assistant):
    ans = assistant.ask("What is the NNMI network?", suggest=False)
    assert ans.suggestions == [] and "suggest" not in ans.timings_ms


def test_questions_are_built_from_subject_and_attribute_only():
    def fact(**kw) -> Fact:
        base = {"id": "x", "statement": "s", "subject": "S", "attribute": "a", "value": "v", "paragraph": "p",
                "quote": "q"}
        return Fact(**{**base, **kw})

    assert fact_question(fact(kind="figure", subject="Widget Agency", attribute="members", value=12,
                              as_of="2020")) == "How many members did Widget Agency have in 2020?"
    assert fact_question(fact(kind="figure", subject="Office of Parks", attribute="rangers hired", value=3)) \
        == "How many rangers were hired by the Office of Parks?"
    assert fact_question(fact(kind="entity", subject="the plan", attribute="drafted by")) == "Who drafted the plan?"
    assert fact_question(fact(kind="date", subject="Treaty", attribute="officially signed")) \
        == "When was Treaty officially signed?"
    assert fact_question(fact(kind="list", subject="council", attribute="what it can do")) \
        == "What can the council do?"
    assert fact_question(fact(kind="list", subject="council", attribute="goals")) \
        == "What are the goals of the council?"
    assert fact_question(fact(kind="figure", subject="Farming", attribute="share of GDP", value=4, unit="percent")) \
        == "What is the share of GDP for Farming?"
    assert section_question("3. Analysis of Rivers") == "What does the document say about analysis of Rivers?"


def test_no_word_of_the_knowledge_is_written_in_the_code(repo_root, kb):
    """The module phrases questions by grammar only: no subject, term or name of the knowledge appears in it."""
    source = (repo_root / "assistant" / "suggestions.py").read_text()
    literals = " ".join(re.findall(r"\"[^\"\n]*\"|'[^'\n]*'", source)).lower()
    names = {f.subject for f in kb.facts} | {t.term for t in kb.glossary.terms}
    names |= {v for t in kb.glossary.terms for v in t.abbreviations}
    found = sorted(n for n in names if len(n) > 3 and re.search(rf"\b{re.escape(n.lower())}\b", literals))
    assert not found, found


def test_knowledge_without_facts_falls_back_on_section_titles(assistant):
    suggester = Suggester(dataclasses.replace(assistant.kb, facts=[]), lambda q: assistant.ask(q, suggest=False))
    ans = assistant.ask("What does the paper recommend for China?", suggest=False)
    suggestions = suggester.suggest(ans)
    assert suggestions and all(s.startswith("What does the document say about") for s in suggestions)
    for s in suggestions:
        assert not assistant.ask(s, suggest=False).refused
