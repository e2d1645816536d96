"""Answer backends: the LLM answerer with LangChain's fake chat model (a paid LLM cannot run here)."""

from __future__ import annotations

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from assistant import Assistant
from assistant.answerers import LLMAnswerer, load_answerer


@pytest.fixture(scope="module")
def grounded(index_settings) -> Assistant:
    return Assistant(index_settings, notify=None)


def with_llm(grounded: Assistant, replies: list[str]) -> Assistant:
    llm = FakeListChatModel(responses=replies)
    return Assistant(grounded.settings, notify=None, answerer=LLMAnswerer(llm, grounded.composer))


def test_llm_answer_with_supported_figure_is_kept_and_cited(grounded):
    a = with_llm(grounded, ["The Department of Defense had funded 8 institutes by 2017 [1]."])
    ans = a.ask("How many institutes did the Pentagon fund?")
    assert ans.answer.startswith("The Department of Defense had funded 8")
    assert ans.citations[0].marker == 1 and "8 Innovation Institutes" in ans.citations[0].quote


def test_llm_answer_with_an_invented_figure_falls_back_to_grounded(grounded):
    a = with_llm(grounded, ["The Department of Defense funded 12 institutes [1]."])
    ans = a.ask("How many institutes did the Pentagon fund?")
    assert "12" not in ans.answer and "8" in ans.answer
    assert ans.answer == grounded.ask("How many institutes did the Pentagon fund?").answer


def test_llm_answer_without_citations_is_not_accepted(grounded):
    a = with_llm(grounded, ["Eight, I believe."])
    ans = a.ask("How many institutes did the Pentagon fund?")
    assert ans.answer == grounded.ask("How many institutes did the Pentagon fund?").answer


def test_llm_cannot_answer_what_the_paper_does_not_say(grounded):
    a = with_llm(grounded, ["Brazil's GDP is 2 trillion dollars [1]."])
    ans = a.ask("What is the GDP of Brazil?")
    assert ans.refused and "trillion" not in ans.answer


def test_unknown_answerer_name_is_a_clear_error(grounded):
    with pytest.raises(ValueError, match="unknown answerer 'nope'; available: grounded"):
        load_answerer("nope", grounded)
