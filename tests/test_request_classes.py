"""Classes of requests whose framing words are no topic (session 20): each class is shown by at least three
differently worded requests of our own, through the real assistant (real model, real Chroma), plus fast checks of
the patterns that load no model."""

from __future__ import annotations

import pytest

from assistant import Assistant


@pytest.fixture(scope="module")
def assistant(index_settings) -> Assistant:
    return Assistant(index_settings, notify=None)


# ------------------------------------------------------- "a briefing note on X", "a memo about X": a summary of X

@pytest.mark.parametrize("question", [
    "I need a short briefing note on the Linden Valley Cooperative.",
    "Could you draft a memo about the Linden Valley Cooperative?",
    "A quick write-up of the Linden Valley Cooperative, please.",
])
def test_a_briefing_note_on_a_topic_is_a_summary_of_it(with_orchard, question):
    ans = with_orchard.ask(question, suggest=False)
    # a summary of several points, not the one sentence that matches best
    assert not ans.refused and "1952" in ans.answer and ans.answer.count("\n- ") >= 2, ans.answer


# ------------------------------------------- "where X stands today", "how X is faring": the current state of X

@pytest.mark.parametrize("question", [
    "Summarise where China's industrial internet stands today.",
    "Where does China's industrial internet stand now? Brief me.",
    "We'd like an overview of how China's industrial internet is faring.",
])
def test_where_a_thing_stands_asks_its_current_state(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "current situation" in ans.answer and "23" in ans.answer, ans.answer


def test_the_frame_of_a_current_state():
    from assistant.answering.lexicon import as_current_state
    assert as_current_state("Where does the cooperative stand now?") == "the current state of the cooperative?"
    assert as_current_state("How is the orchard faring?") == "the current state of the orchard?"
    assert as_current_state("how the harbour is doing these days") == "the current state of the harbour"
    # a stance, an acronym, a verb with its object: no state asked
    kept = ["Where does the paper stand on R&D?", "What does NNMI stand for?", "How are firms doing R&D?"]
    assert [as_current_state(q) for q in kept] == kept


# ---------------------------------------------------- "I need ...", "keep it to one paragraph": no topic words

def test_who_wants_it_and_how_long_are_no_topic():
    from assistant.answering.lexicon import PRESENTATION_FRAME, WANTER_FRAME
    assert WANTER_FRAME.sub("", "I need a briefing note on X") == "a briefing note on X"
    assert WANTER_FRAME.sub("", "We'd like an overview of X") == "an overview of X"
    assert WANTER_FRAME.sub("", "I want to see a summary of X") == "a summary of X"
    assert WANTER_FRAME.sub("", "I need to know who leads X") == "I need to know who leads X"
    assert PRESENTATION_FRAME.search("Please keep it to one paragraph.")
    assert PRESENTATION_FRAME.search("limit it to two sentences")


# ------------------------------------------------ a slip of the asking word ("wen was ...?", "hw many ...?")

@pytest.mark.parametrize("question, answer_type", [
    ("wen was the cold store built?", "date"),
    ("hw many growers founded the cooperative?", "figure"),
    ("ok, wat year did the cooperative win a prize?", "date"),
])
def test_a_slip_of_the_asking_word_asks_as_the_word_does(with_orchard, question, answer_type):
    assert with_orchard.reader.read(question, []).answer_type == answer_type


@pytest.mark.parametrize("question, said", [
    ("wen was china industrial internet sytem architecture 2.0 relesed?", "2020"),
    ("wat year was the NNMI plan disclosed", "2012"),
    ("hw many institutes had Energy funded by 2017?", "5"),
])
def test_a_slip_of_the_asking_word_is_answered(assistant, question, said):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and said in ans.answer, ans.answer


def test_a_slip_is_read_only_where_a_question_opens():
    from assistant.answering.lexicon import QUESTION_WORD_SLIP
    assert QUESTION_WORD_SLIP.search("wen was it built?") and QUESTION_WORD_SLIP.search("ok, wat year?")
    # a name, and a word inside a sentence, are kept
    assert not QUESTION_WORD_SLIP.search("Wen Jiabao said so.") and not QUESTION_WORD_SLIP.search("the wat temple")


# ------------------------------------------ a short name inside another word ("US" in "focus") is not the name

@pytest.mark.parametrize("question", [
    "How does the focus of China's industrial internet differ from the US approach?",
    "How does the business focus of China's platforms differ from the US?",
    "How does the industrial focus of China differ from that of the US?",
])
def test_a_comparison_finds_its_sides_as_words(assistant, question):
    # "the focus of China": the "us" inside "focus" is no side standing before China, so the two are set side by side
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and ans.answer.startswith("China:") and "United States" in ans.answer, ans.answer


def test_a_word_is_found_as_a_word():
    from assistant.text import word_position as _word_at
    assert _word_at("the focus of the us", "us") == len("the focus of the ")
    assert _word_at("thus", "us") == -1 and _word_at("united states'", "unit", whole=False) == 0
    assert _word_at("nnmi成员中小企业占比", "中小企业") == 6  # no spaces between Chinese words


# ------------------------------------- "(section 2.2)": a section's number in brackets numbers no question

@pytest.mark.parametrize("question", [
    "Summarise the authors' analysis of the US NNMI network (section 2.2) in a few bullet points for a policy memo.",
    "Give me the gist of the NNMI analysis (section 2.2) in three bullets.",
    "Briefly, what does the analysis part (section 2.2) argue? Summarise it.",
])
def test_a_section_number_in_brackets_names_the_section(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert ans.answer.startswith("Section \u201cAnalysis of the US NNMI network\u201d"), ans.answer


def test_only_a_question_number_is_an_enumerator():
    from assistant.answering.intent import without_enumerators
    assert without_enumerators("1) who proposed it? 2) when?") == "Who proposed it? When?"
    assert without_enumerators("The analysis (section 2.2) in brief.") == "The analysis (section 2.2) in brief."
