"""Classes of wordings that ask a fact of the paper in other words (the paraphrase work): each class is shown by at
least three differently worded questions of our own, through the real assistant (real model, real Chroma)."""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.answering.features import FEATURES, QuestionView, Unit
from assistant.text import content_tokens


@pytest.fixture(scope="module")
def assistant(index_settings) -> Assistant:
    return Assistant(index_settings, notify=None)


# ---------------------------------------------------------------- the month of a date


@pytest.mark.parametrize("question,month", [
    ("The China Industrial Internet System Architecture 2.0 came out in which month?", "April 2020"),
    ("On which month was the Architecture 2.0 of China's industrial internet made public?", "April 2020"),
    ("In what month and year was the NNMI plan officially disclosed?", "March 2012"),
])
def test_which_month_asks_for_a_date(assistant, question, month):
    ans = assistant.ask(question)
    assert not ans.refused and month in ans.answer, ans.answer


# ---------------------------------------------------------------- "... by whom?"


@pytest.mark.parametrize("question,name", [
    ("The China Industrial Internet System Architecture 2.0 was published by whom?", "Alliance"),
    ("By whom was the System Architecture 2.0 officially released?", "Alliance"),
    ("The Detroit light metal manufacturing institute is led by whom?", "Edison Welding Institute"),
])
def test_by_whom_asks_for_the_doer_not_the_date(assistant, question, name):
    ans = assistant.ask(question)
    assert not ans.refused and name in ans.answer, ans.answer


# ---------------------------------------------------------------- a name the question already asks about


def _new_name(a: Assistant, question: str, text: str) -> float:
    u = a.reader.read(question, [])
    q = QuestionView(u, {}, False)
    unit = Unit("sentence", text, set(content_tokens(text)), text, "body", 0.0, 0.0)
    return FEATURES["new_name"][0](q, unit)


@pytest.mark.parametrize("question,same,news", [
    # the acronym of the network the question spells out is no news; the agencies are
    ("Which agencies guide the national manufacturing innovation network?",
     "Organizations in the NNMI network can share best practices.",
     "The network receives guidance from the Department of Energy and NASA."),
    # a word of the full name the question shortens ("China") is no news; the Alliance is
    ("By whom was the System Architecture 2.0 officially released?",
     'The "China Industrial Internet System Architecture 2.0" was officially released in April 2020.',
     "In April 2020, China Industrial Internet Industry Alliance officially released it."),
    # a month is capitalised but names no one
    ("Who disclosed the manufacturing innovation network plan?",
     "The innovation network plan was officially disclosed in March 2012.",
     "The innovation network plan was proposed by Obama."),
])
def test_a_name_the_question_already_asks_about_or_a_month_is_no_new_name(assistant, question, same, news):
    assert _new_name(assistant, question, same) == -1.0
    assert _new_name(assistant, question, news) == 1.0


# ---------------------------------------------------------------- a place word that only begins a longer name


@pytest.mark.parametrize("question", [
    "Where is the Commerce-funded institute located?",
    "Where is the institute that Energy funded located?",
    "In which city is the institute funded by the Department of Commerce?",
])
def test_a_place_word_inside_a_name_does_not_answer_where(assistant, question):
    # "the US Department of Defense" says whose the department is, not where an institute stands
    assert assistant.ask(question).refused
