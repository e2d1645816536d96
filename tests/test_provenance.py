"""Who made a document: its front matter read at any document (authors, affiliation, contact), and the questions
that ask for it, in several wordings, on a document written for the test (no facts, no glossary)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answering.plans.provenance import asked_about_makers
from assistant.front_matter import front_matter, person_names
from assistant.reading import parse_markdown

BRIDGES = """# Timber Bridges of the Northern Valleys

Maria Lindqvist^a, Jonas Berg, Petra Holm

Department of Civil Engineering, Nordvik Technical University, Umea, 90187, Sweden
^a maria.lindqvist@ntu.se

Keywords: timber, bridges, maintenance

## Abstract

This study surveys 120 timber bridges built in the northern valleys between 1950 and 2010.

## 1. Introduction

Timber bridges are cheap to build but need regular inspection. The valley councils own 84 of the bridges.

## 2. Findings

The oldest bridge, at Storvik, was built in 1952. Most bridges fail at the joints, where water collects. The study
recommends inspecting every joint each spring. Engineers from Oslo compared the joints with steel ones.
"""

NO_FRONT = """# Harbour Notes

## Overview

The harbour of Kessel was dredged in 1988. Its pilots guide 40 ships a week.
"""


def test_front_matter_is_read_from_the_lines_before_the_first_heading():
    fm = front_matter(parse_markdown(BRIDGES, "bridges", Path("bridges.md")))
    assert fm.authors == ["Maria Lindqvist", "Jonas Berg", "Petra Holm"]
    assert fm.affiliation is not None and fm.affiliation.text.startswith("Department of Civil Engineering")
    assert fm.email == "maria.lindqvist@ntu.se"
    assert fm.corresponding == "Maria Lindqvist"  # her mark ^a opens the contact line
    assert fm.keywords == ["timber", "bridges", "maintenance"]
    assert front_matter(parse_markdown(NO_FRONT, "harbour", Path("harbour.md"))).empty


@pytest.mark.parametrize("line, names", [
    ("Maria Lindqvist^a, Jonas Berg and Petra Holm", ["Maria Lindqvist", "Jonas Berg", "Petra Holm"]),
    ("J. Smith*, A. van der Berg1,2", ["J. Smith", "A. van der Berg"]),
    ("Department of Civil Engineering, Nordvik Technical University", []),  # an organisation
    ("The harbour was dredged in 1988.", []),  # a sentence
    ("Keywords: timber, bridges", []),
])
def test_a_line_of_personal_names_and_nothing_else(line, names):
    assert person_names(line) == names


@pytest.mark.parametrize("question, asked", [
    ("Who wrote this study?", (True, False, False)),
    ("Who are the authors?", (True, False, False)),
    ("Name the authors of the paper.", (True, False, False)),
    ("Where are the authors based?", (False, True, False)),
    ("Which university do the writers work for?", (False, True, False)),
    ("What organisation are the authors from?", (False, True, False)),
    ("Which institution is behind this study?", (False, True, False)),
    ("Who wrote this, and where are they from?", (True, True, False)),
    ("who wrote this and where are they from?", (True, True, False)),
    ("How can I contact the authors?", (False, False, True)),
    ("What is the authors' e-mail address?", (False, False, True)),
    ("Who's the corresponding author?", (True, False, False)),
    ("作者是谁？", (True, False, False)),
    ("作者的单位在哪里？", (False, True, False)),
    # the authors as speakers: the question asks what the document says
    ("What do the authors recommend?", (False, False, False)),
    ("Which city do the authors pick for the first highland?", (False, False, False)),
    ("What lessons do the authors draw from the US?", (False, False, False)),
    ("What conclusion do the authors reach?", (False, False, False)),
    ("What methods do the authors employ?", (False, False, False)),
    ("Who wrote the novel Dream of the Red Chamber?", (False, False, False)),
    ('Who wrote the paper "Reducibility Among Combinatorial Problems" in 1974?', (False, False, False)),
    ("Who wrote the paper titled Timber Bridges?", (False, False, False)),
    ("Who wrote the paper Reducibility Among Combinatorial Problems?", (False, False, False)),
])
def test_which_questions_ask_about_the_makers(question, asked):
    assert asked_about_makers(question) == asked


@pytest.mark.parametrize("question, previous, asked", [
    ("Where are they from?", "Who wrote this?", (False, True, False)),
    ("And how can I reach them?", "Who are the authors?", (False, False, True)),
    ("Where are they from?", "Which companies joined the network?", (False, False, False)),
    ("At which organization do they work?", "Who wrote it?", (False, True, False)),
    ("Which company are they with?", "Who are the authors?", (False, True, False)),
    ("What institution employs them?", "Who wrote this study?", (False, True, False)),
    ("Which company are they with?", "Which firms lead the platforms?", (False, False, False)),
    # the body they work for, pointed at ("that company", "该公司")
    ("where is that company located?", "Who wrote this paper?", (False, True, False)),
    ("Where is that firm based?", "Who are the authors?", (False, True, False)),
    ("那家公司在哪里？", "作者是谁？", (False, True, False)),
    ("where is that company located?", "Which firms lead the platforms?", (False, False, False)),
])
def test_a_follow_up_asks_of_the_makers_named_before(question, previous, asked):
    assert asked_about_makers(question, previous) == asked


# this document named with words of its topic ("this timber bridges study"), and a firm behind it
@pytest.mark.parametrize("question, asked", [
    ("Who wrote this timber bridges study?", (True, False, False)),
    ("Which company is behind this bridge maintenance paper?", (False, True, False)),
    ("Which engineering firm (the consultancy) is behind this timber study?", (False, True, False)),
    ("Who's behind this Nordic bridges report?", (True, False, False)),
    ("What does this timber bridges study recommend?", (False, False, False)),
])
def test_this_document_named_with_words_of_its_topic(question, asked):
    assert asked_about_makers(question) == asked


def test_the_body_the_makers_belong_to_asked_in_the_same_message():
    assert asked_about_makers("Who wrote the paper, and at which organization do they work?") == (True, True, False)


@pytest.fixture(scope="module")
def bridges(tmp_path_factory, settings_factory):
    from assistant import Assistant

    folder = tmp_path_factory.mktemp("knowledge")
    (folder / "bridges.md").write_text(BRIDGES, encoding="utf-8")
    (folder / "harbour.md").write_text(NO_FRONT, encoding="utf-8")
    return Assistant(settings_factory(knowledge_dir=folder), notify=None)


@pytest.mark.parametrize("question", ["Who wrote this study?", "who are the authors of the timber bridges paper?",
                                      "Name the writers, please.", "作者是谁？"])
def test_the_authors_are_named_and_cited(bridges, question):
    answer = bridges.ask(question, [])
    assert not answer.refused
    assert all(name in answer.answer for name in ("Maria Lindqvist", "Jonas Berg", "Petra Holm"))
    assert any("Maria Lindqvist^a, Jonas Berg, Petra Holm" in c.quote for c in answer.citations)


@pytest.mark.parametrize("question", ["Who wrote this study?", "Name the writers, please.", "作者是谁？"])
def test_who_wrote_it_is_told_with_where_they_work_as_a_byline_does(bridges, question):
    answer = bridges.ask(question, [])
    assert "Maria Lindqvist" in answer.answer and "Nordvik Technical University" in answer.answer, answer.answer
    assert any(c.quote.startswith("Department of Civil Engineering") for c in answer.citations)


@pytest.mark.parametrize("question", ["Where are the authors based?", "Which university do the writers work for?",
                                      "Which institution and city are behind this study?",
                                      "what is the authors' affiliation?"])
def test_the_affiliation_is_quoted(bridges, question):
    answer = bridges.ask(question, [])
    assert "Nordvik Technical University" in answer.answer
    assert any(c.quote.startswith("Department of Civil Engineering") for c in answer.citations)


@pytest.mark.parametrize("question", ["How can I contact the authors?", "What is the authors' email?",
                                      "Who's the corresponding author?"])
def test_the_contact_address_is_given(bridges, question):
    answer = bridges.ask(question, [])
    assert "maria.lindqvist@ntu.se" in answer.answer


def test_a_follow_up_on_the_makers(bridges):
    first = bridges.ask("Who wrote this?", [])
    history = [{"role": "user", "content": "Who wrote this?"}, {"role": "assistant", "content": first.answer}]
    answer = bridges.ask("where are they from?", history)
    assert "Nordvik Technical University" in answer.answer


@pytest.mark.parametrize("question", ["What does the study recommend?", "Who compared the joints with steel ones?",
                                      "When was the oldest bridge built?"])
def test_questions_about_the_content_are_not_answered_with_the_makers(bridges, question):
    answer = bridges.ask(question, [])
    assert "Lindqvist" not in answer.answer


@pytest.mark.parametrize("question", ["Do you think the authors are biased because they work for a university?",
                                      "In your opinion, are the authors credible given where they work?"])
def test_an_opinion_about_the_makers_is_not_answered_with_their_affiliation(bridges, question):
    answer = bridges.ask(question, [])
    assert "Nordvik" not in answer.answer


@pytest.mark.parametrize("question", [
    "How large a slice of the economy comes from farming, per the authors?",
    "Where does the funding come from, according to the authors?",
    "In the authors' view, which firms are based in Ohio?",
    "which agency is the programme affiliated with, according to the writers?"])
def test_the_makers_named_only_as_speakers_are_not_asked_about(question):
    assert asked_about_makers(question) == (False, False, False)


@pytest.mark.parametrize("question", [
    # a work of the makers that frames the question ("in the authors' classification", "by the writers' tally")
    "In the authors' classification, how many of the firms are industry-based?",
    "By the writers' tally, which hubs are Ohio-based?",
    "On the authors' reckoning, how many members are based abroad?",
    "Going by the authors' breakdown, which agencies are located in Ohio?"])
def test_a_work_of_the_makers_that_frames_the_question_is_no_question_about_them(question):
    assert asked_about_makers(question) == (False, False, False)


@pytest.mark.parametrize("question", ["In the authors' affiliation, which company is named?",
                                      "what is the authors' home base?", "From the writers' university, where?"])
def test_the_makers_place_after_their_possessive_is_still_asked_about(question):
    assert asked_about_makers(question)[1]


@pytest.mark.parametrize("question", ["Where do the authors come from?", "which company are the authors from?",
                                      "where are the writers based, per the title page?"])
def test_where_the_makers_come_from_is_still_asked_about(question):
    assert asked_about_makers(question) == (False, True, False)


@pytest.mark.parametrize("question", [
    # "this" / "that" before a noun of their own point at another text or thing, not at the document
    "who was behind that architecture 2.0 doc in China?", "Who made this network plan?",
    "Who produced that architecture?"])
def test_this_or_that_before_another_noun_is_not_the_document(question):
    assert asked_about_makers(question) == (False, False, False)


@pytest.mark.parametrize("question", ["Who wrote that?", "who is behind this?", "who prepared that report?",
                                      "Who wrote this in 2020?"])
def test_this_or_that_alone_or_before_a_document_word_is_the_document(question):
    assert asked_about_makers(question)[0]


@pytest.mark.parametrize("question", [
    # a preface names the thing "it" stands for: the question is about that thing, not about the document's makers
    "the Chicago one - which university's behind it?", "About the Detroit institute: which organisation is behind it?",
    "Re the Architecture 2.0, who is behind it?"])
def test_it_after_a_preface_that_names_a_thing_is_that_thing(question):
    assert asked_about_makers(question) == (False, False, False)


@pytest.mark.parametrize("question", ["Quick question: who wrote this?", "The paper - who wrote it?",
                                      "On NNMI: who are the authors?"])
def test_a_preface_naming_nothing_or_the_document_leaves_the_makers_asked_about(question):
    assert asked_about_makers(question)[0]


@pytest.mark.parametrize("question", [
    "The paper was written by researchers from which company?", "Which organisation produced this analysis?",
    "Which institution published this study?", "Which company is the paper from?",
    "From which organisation does this report come?"])
def test_the_body_a_document_comes_from_is_asked_without_naming_its_makers(question):
    assert asked_about_makers(question) == (False, True, False)


@pytest.mark.parametrize("question", [
    # a body that made something else: a thing named, "it" after a thing, a document of its own
    "Which organisation produced the Architecture 2.0?", "Which company produced it?",
    "Which organisation released the report on platforms in 2019?", "Which organisation released this architecture?",
    "Which company prepared the report?"])
def test_the_body_behind_another_thing_is_no_question_about_the_document(question):
    assert asked_about_makers(question) == (False, False, False)


def test_the_body_a_document_comes_from_is_answered_with_the_affiliation(bridges):
    answer = bridges.ask("Which organisation produced this study?", [])
    assert "Nordvik" in answer.answer and not answer.refused, answer.answer


HARBOUR = """# Harbour Logistics in the Age of Autonomous Shipping

## 1. Introduction

Ports handle most of the world's trade. Autonomous shipping is changing how harbours plan their berths and cranes.

After the pandemic, harbour logistics has become the backbone of regional supply chains and a main support for
recovering exports.

## 2. Findings

The port of Kessel runs 12 automated cranes. Its operator, Brightwater Terminals, plans 20 more by 2030.
"""
HARBOUR_TITLE = "Harbour Logistics in the Age of Autonomous Shipping"


@pytest.fixture(scope="module")
def harbour(tmp_path_factory, settings_factory):
    from assistant import Assistant

    folder = tmp_path_factory.mktemp("knowledge")
    (folder / "harbour.md").write_text(HARBOUR, encoding="utf-8")
    return Assistant(settings_factory(knowledge_dir=folder), notify=None)


@pytest.mark.parametrize("question, asked", [
    ("What is the title?", True), ("What is this document called?", True), ("title of the article", True),
    ("what's the study's full title", True), ("Name of this report?", True), ("这篇文章的题目是什么？", True),
    ("What is the title of the architecture released in 2020?", False),  # another text, by its title
    ("Which platform did the company build, and what is its name?", False),  # the name of a thing named before
    ("What is the paper about?", False), ("What is the paper called X about?", False)])
def test_which_questions_ask_what_the_document_is_called(question, asked):
    from assistant.answering.lexicon import ASKS_TITLE

    assert bool(ASKS_TITLE.search(question)) is asked


@pytest.mark.parametrize("question", ["What is the title?", "What is this document called?", "title of the article",
                                      "这篇文章的题目是什么？"])
def test_the_title_is_given_from_the_title_line(harbour, question):
    answer = harbour.ask(question, [])
    assert not answer.refused
    assert HARBOUR_TITLE in answer.answer
    assert [c.quote for c in answer.citations] == [HARBOUR_TITLE]


def test_each_document_is_named_when_several_are_loaded(bridges):
    answer = bridges.ask("What is the title of this paper?", [])
    assert not answer.refused
    assert sorted(c.quote for c in answer.citations) == ["Harbour Notes", "Timber Bridges of the Northern Valleys"]


@pytest.mark.parametrize("question", ["What role does harbour logistics play now?",
                                      "Harbour logistics: what role does it play?",
                                      "What does harbour logistics do in the age of autonomous shipping?"])
def test_the_title_line_states_nothing_and_answers_no_other_question(harbour, question):
    answer = harbour.ask(question, [])
    assert not answer.refused
    assert HARBOUR_TITLE not in [c.quote for c in answer.citations]
    assert "backbone" in answer.answer or "Autonomous shipping is changing" in answer.answer
