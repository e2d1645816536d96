"""What a policymaker's question asks beyond one sentence (issue #10): a sentence that only points at a figure is no
answer; a fact that only begins a sentence brings the list the sentence goes on with; a topic that is a section's
title gets that section's summary; "what role does the paper see for X" and "how does it view X" are questions
about a topic; a critique is a weakness; a Chinese part that drops its subject leans on the part before it; a
follow-up with a predicate of its own keeps its own answer type. Real model, real Chroma, the real knowledge base.

Each class is shown by at least three differently worded questions."""

from __future__ import annotations

import re

import pytest

from assistant import Assistant
from assistant.answering.intent import depends_on_history
from assistant.answering.lexicon import POINTS_TO_FIGURE
from assistant.answering.verify import verify_numbers
from assistant.text import has_cjk


@pytest.fixture(scope="module")
def assistant(index_settings) -> Assistant:
    return Assistant(index_settings, notify=None)


def cited(ans) -> set[str]:
    return {c.paragraph_id for c in ans.citations}


def turns(question: str, answer: str = "") -> list[dict[str, str]]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]


# ---------------------------------------------------------------- a sentence that only points at a figure


@pytest.mark.parametrize("sentence,points", [
    ("The overall architecture of NNMI is shown in the figure below.", True),
    ("As shown Fig 1.", True),
    ("The results are shown in Table 3.", True),
    ("The market analysis of the top 40 in 2019, and the results are shown in the following figure 2:", False),
    ("The bottom layer mainly includes three parts: 1, Product design.", False),
])
def test_a_pointer_to_a_figure_is_recognised(sentence, points):
    assert bool(POINTS_TO_FIGURE.search(sentence)) == points


@pytest.mark.parametrize("question", [
    "Describe the overall architecture of the NNMI as the paper presents it.",
    "What does the NNMI's architecture look like?",
    "NNMI网络架构的底层包括哪三个部分？",
])
def test_where_a_figure_is_does_not_answer_what_it_shows(assistant, question):
    ans = assistant.ask(question)
    assert not ans.refused and "shown in the figure" not in ans.answer, ans.answer
    assert "s2.1-p3" in cited(ans)
    assert ("Product design" in ans.answer) or ("产品设计" in ans.answer)


def test_a_question_about_the_figure_itself_is_still_answered(assistant):
    ans = assistant.ask("What does Figure 1 show?")
    assert not ans.refused and "architecture" in ans.answer


# ---------------------------------------------------------------- a fact that only begins its sentence


@pytest.mark.parametrize("question", [
    "What is the NNMI's vision according to the paper?",
    "What vision does the NNMI have for US industry?",
    "NNMI的愿景是什么？",
])
def test_a_sentence_that_goes_on_with_a_list_is_answered_whole(assistant, question):
    ans = assistant.ask(question)
    assert not ans.refused
    if has_cjk(question):
        assert "投资" in ans.answer and "人才" in ans.answer
    else:
        assert "investment" in ans.answer and "talent" in ans.answer
    assert verify_numbers(ans.answer, ans.citations) == []


@pytest.mark.parametrize("question", [
    "NNMI的愿景是什么？",
    "NNMI网络架构的底层包括哪三个部分？",
    "2019年中国工业互联网前40强中，以研发管理为重点的平台有哪些？",
])
def test_a_chinese_list_is_not_followed_by_its_english_items(assistant, question):
    ans = assistant.ask(question)
    assert not ans.refused
    english_bullets = [line for line in ans.answer.splitlines() if line.startswith("- ") and not has_cjk(line)]
    assert english_bullets == [], ans.answer


# ---------------------------------------------------------------- a topic that is a section's title


@pytest.mark.parametrize("question", [
    "What does the paper say about the current state of China's industrial Internet?",
    "What does the paper have to say about the current situation of China's industrial Internet?",
    "What does the document say about China's industrial Internet current situation?",
])
def test_a_topic_that_is_a_sections_title_gets_its_summary(assistant, question):
    ans = assistant.ask(question)
    assert not ans.refused
    assert "in brief" in ans.answer.splitlines()[0]
    assert cited(ans) and all(p.startswith("s3-") for p in cited(ans)), cited(ans)
    assert "40" in ans.answer


# ---------------------------------------------------------------- the paper's view of a topic


@pytest.mark.parametrize("question", [
    "What role does the paper see for local governments?",
    "What part do the authors give to local governments?",
    "How does the paper view local governments?",
])
def test_the_papers_view_of_a_topic_is_a_topic_summary(assistant, question):
    ans = assistant.ask(question)
    assert not ans.refused, ans.answer
    head = ans.answer.splitlines()[0]
    assert head.endswith("about local governments:"), head
    assert "local government" in ans.answer.lower()


# ---------------------------------------------------------------- a critique is a weakness


@pytest.mark.parametrize("question", [
    "What should policymakers take from the paper's critique of the China Industrial Internet System Architecture "
    "2.0?",
    "What does the paper criticise about the Architecture 2.0?",
    "What is wrong with the Architecture 2.0, according to the paper?",
])
def test_a_critique_of_a_named_thing_is_its_weakness_first(assistant, question):
    ans = assistant.ask(question)
    assert not ans.refused
    lines = ans.answer.splitlines()
    assert "weaknesses" in lines[0]
    assert "Architecture 2.0" in lines[1] and "R&D" in lines[1]  # the bullet about what was named comes first
    assert "s3-p11" in cited(ans)


def test_a_critique_asked_as_a_second_part(assistant):
    ans = assistant.ask("When was the China Industrial Internet System Architecture 2.0 released, and what does the "
                        "paper criticise about it?")
    assert "April 2020" in ans.answer and "weaknesses" in ans.answer


# ---------------------------------------------------------------- a Chinese part that drops its subject


@pytest.mark.parametrize("question", ["包括多少家企业？", "何时正式公布？", "有多少所大学和实验室？", "是谁提出的？"])
def test_a_chinese_question_opening_with_its_verb_leans_on_the_conversation(question):
    assert depends_on_history(question, 1)


@pytest.mark.parametrize("question,figure", [
    ("底特律的轻质金属制造创新研究院由谁牵头？包括多少家企业？", "34"),
    ("芝加哥的数字制造与设计创新研究院由谁牵头？有多少家企业？", "41"),
    ("NNMI是谁提出的？何时正式公布？", "2012"),
])
def test_a_chinese_second_part_without_a_subject_is_about_the_first(assistant, question, figure):
    ans = assistant.ask(question)
    assert not ans.refused and figure in ans.answer, ans.answer
    assert "11" not in re.sub(r"\[\d+\]", "", ans.answer)  # not another group's count of companies


# ---------------------------------------------------------------- a follow-up with a predicate of its own


@pytest.mark.parametrize("previous,question,wanted", [
    ("When was the China Industrial Internet System Architecture 2.0 released?",
     "What does the paper criticise about it?", "weaknesses"),
    ("When was the Architecture 2.0 released?", "What are its weaknesses, according to the paper?", "weaknesses"),
    ("How many institutes did the Department of Defense fund?", "And Energy?", "5"),
])
def test_a_follow_up_asks_what_its_own_words_ask(assistant, previous, question, wanted):
    """"What does the paper criticise about it?" after a when-question wants a critique, not a date; a fragment
    ("And Energy?") still asks what the question before it asked."""
    ans = assistant.ask(question, history=turns(previous))
    assert not ans.refused and wanted in ans.answer, ans.answer


# ---------------------------------------------------------------- "the three X named in the paper" lists X


@pytest.mark.parametrize("question,asks_name", [
    ("What are the 'three core forces' of the US named in the paper?", False),
    ("What are the two institutes named in the paper?", False),
    ("What are the 3 parts called?", False),
    ("What is the plan called?", True),
    ("What is the 2.0 architecture called?", True),  # a version number is no count
])
def test_things_counted_and_named_are_a_list_not_a_name(question, asks_name):
    from assistant.answering.lexicon import ASKS_NAME

    assert bool(ASKS_NAME.search(question)) == asks_name


@pytest.mark.parametrize("question", [
    "What are the 'three core forces' of the US named in the paper, and which companies does it cite as R&D giants?",
    "What are the three core forces of the US named in the paper?",
    "Which three core forces of the United States are named in the paper?",
])
def test_the_things_a_count_names_are_answered(assistant, question):
    ans = assistant.ask(question)
    assert not ans.refused and "military" in ans.answer and "dollar" in ans.answer, ans.answer
    assert "does not answer" not in ans.answer


# ---------------------------------------------------------------- a Chinese shorthand naming two things at once


@pytest.mark.parametrize("question,first", [
    ("中美两国工业互联网的发展重点有什么不同？", "中国："),
    ("中美工业互联网发展思路有何区别？", "中国："),
    ("美中两国在工业互联网上的做法有什么差异？", "美国："),
])
def test_a_chinese_pair_shorthand_is_compared_side_by_side(assistant, question, first):
    """The glossary's shorthands spell out "中美" (China and the United States): a comparison of the two, in
    Chinese, one side after the other in the question's order, each bullet cited."""
    ans = assistant.ask(question)
    assert not ans.refused
    lines = ans.answer.splitlines()
    assert lines[0] == first and "中国：" in lines and "美国：" in lines, ans.answer
    assert all(re.search(r"\[\d+\]$", line) for line in lines if line.startswith("- "))


@pytest.mark.parametrize("question,absent", [
    ("germany france industrial network name", "Smart Society"),
    ("What's Japan's equivalent program called in the paper?", "Industry 4.0"),
    ("What does the paper consider the heart of manufacturing innovation in the network's design?", "quality"),
])
def test_one_item_of_a_list_sentence_does_not_bring_the_whole_list(assistant, question, absent):
    """Only a sentence that goes on from the fact with a colon ("... to: 1) ...") brings its list; a fact that is
    one item of a longer sentence stays alone."""
    ans = assistant.ask(question)
    assert not ans.refused and absent not in ans.answer, ans.answer
