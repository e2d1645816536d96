"""Arithmetic on the figures a question names (plans/arithmetic.py, issue #10): two figures that are not two named
things of one kind (two parts of one whole, two subjects in one unit), what remains of a plan, a group against
another, the share a part makes up of a whole the question gives; derived counts in Chinese with their measure
word. Real model, real Chroma, the real knowledge base; no mocks.

Each class is shown by at least three differently worded questions."""

from __future__ import annotations

import re

import pytest

from assistant import Assistant
from assistant.answering.verify import verify_numbers
from assistant.reading import plain


@pytest.fixture(scope="module")
def assistant(index_settings) -> Assistant:
    return Assistant(index_settings, notify=None)


def check(a: Assistant, ans) -> None:
    """Every derived answer: answered, every quote verbatim, every number backed (working shown)."""
    assert not ans.refused, ans.answer
    for c in ans.citations:
        assert c.quote in plain(a.kb.document(c.doc_id).paragraph(c.paragraph_id).text), c.quote
    assert verify_numbers(ans.answer, ans.citations) == []


def working_line(ans, working: str) -> str:
    line = next((line for line in ans.answer.splitlines() if working in line), None)
    assert line is not None, ans.answer
    assert re.search(r"\[\d+\]$", line), "the derived figure cites its operands"
    return line


# ---------------------------------------------------------------- two figures the facts do not pair as sides


@pytest.mark.parametrize("question,working,larger", [
    # two parts of one whole (the members of a network)
    ("How many more small businesses than universities did the NNMI count in 2016?", "341 − 177 = 164",
     "small businesses"),
    ("By how many did the NNMI's university and research members outnumber its government and non-profit members?",
     "177 − 105 = 72", "universities"),
    # two percentages of one whole: a gap in percentage points
    ("What's the gap in percentage points between the small-business share and the university share of NNMI "
     "members?", "33 − 21 = 12", "small businesses"),
    # two groups of one ranking
    ("How many more platforms in the 2019 top 40 serve manufacturing than R&D management?", "23 − 4 = 19",
     "manufacturing"),
    # two subjects in one unit, one of them named by what it lacks ("an ordinary ... job")
    ("Does a high-end manufacturing job create more jobs than an ordinary manufacturing job, and how many more?",
     "5 − 1.6 = 3.4", "high-end"),
])
def test_figures_of_one_whole_or_one_unit_are_compared_with_working(assistant, question, working, larger):
    ans = assistant.ask(question)
    check(assistant, ans)
    line = working_line(ans, working)
    assert larger in line.split(":")[0], line  # the larger figure is named before its working


def test_percentage_gap_is_in_percentage_points(assistant):
    ans = assistant.ask("By how many percentage points did the share of small businesses among NNMI members exceed "
                        "that of universities and research institutions?")
    check(assistant, ans)
    assert "33 − 21 = 12 percentage points" in ans.answer


@pytest.mark.parametrize("question", [
    "How many more institutes did NASA fund than the Department of Defense?",
    "How many more jobs will China's industrial Internet create than the US's by 2030?",
    "How many more members did the Chicago institute have than the NNMI's small businesses had employees?",
])
def test_a_figure_nobody_gives_is_not_derived(assistant, question):
    ans = assistant.ask(question)
    assert " − " not in ans.answer and " = " not in ans.answer, ans.answer
    assert verify_numbers(ans.answer, ans.citations) == []


# ---------------------------------------------------------------- a plan and its progress


@pytest.mark.parametrize("question", [
    "How many of the planned institutes were still to be built after 2017?",
    "How many more institutes does the NNMI plan beyond those funded by 2017?",
    "How does the number of institutes funded by 2017 compare with the number the NNMI plans?",
    # what is done so far goes unnamed: the stated total is the progress
    "How many of the planned NNMI institutes remain to be built?",
    "How far short of the planned institutes was NNMI?",
    "By how much did NNMI fall short of its planned institutes?",
])
def test_what_remains_of_a_plan(assistant, question):
    ans = assistant.ask(question)
    check(assistant, ans)
    working_line(ans, "45 − 14 = 31")
    assert {"s2.1-p2", "s3-p12"} <= {c.paragraph_id for c in ans.citations}  # both operands cited


@pytest.mark.parametrize("question", [
    # the shortfall asked of the country whose network it is (the figures' section names it), or "how far off / behind"
    "How far short of its 45-institute target was the US by 2017?",
    "How far short of its target of 45 institutes was the US by 2017?",
    "How far behind its institute target was NNMI in 2017?",
    # "planned total" asks what remains of it, not a sum
    "How far off its planned total of institutes was the US network in 2017?",
])
def test_the_shortfall_of_a_plan_in_other_words(assistant, question):
    ans = assistant.ask(question)
    check(assistant, ans)
    working_line(ans, "45 − 14 = 31")
    assert "59" not in ans.answer


@pytest.mark.parametrize("question", [
    # the shortfall named as a noun, or what is still missing, lacking, not yet done
    "How many of the planned institutes were still missing in 2017?",
    "What was the shortfall in institutes versus the plan by 2017?",
    "How big was the shortfall against the 45-institute target in 2017?",
    "How many institutes was the programme lacking compared with its plan in 2017?",
    "How many planned institutes had not been funded by 2017?",
    # in Chinese: what is still lacking ("还差", "差多少") or the gap ("缺口") of a plan
    "到2017年，距离计划还差多少个研究院？",
    "按计划，研究院的缺口有多少个？",
    "还差几个研究院才能达到计划的数量？",
    # how many more are needed to reach, meet or complete a plan
    "How many more institutes would be needed to reach the planned total?",
    "How many extra institutes are needed to meet the plan, counting from 2017?",
    "How many additional institutes must be built to complete the NNMI plan?",
])
def test_a_shortfall_or_what_a_plan_still_needs_is_what_remains(assistant, question):
    ans = assistant.ask(question)
    check(assistant, ans)
    working_line(ans, "45 − 14 = 31")


def test_what_remains_of_a_plan_is_never_taken_from_a_figure_of_another_unit():
    from assistant.answering.derive import derive
    from assistant.types import Fact

    plan = Fact(id="p", statement="It plans 45 institutes.", subject="X", attribute="planned", value=45,
                unit="institutes", paragraph="p1", quote="q")
    aspects = Fact(id="a", statement="It works on three aspects.", subject="X", attribute="aspects", value=3,
                   unit="aspects", paragraph="p1", quote="q")
    done = Fact(id="d", statement="It has built 14 institutes.", subject="X", attribute="built", value=14,
                unit="institutes", paragraph="p1", quote="q")
    check_any = lambda a, b: True  # noqa: E731 - the unit rule is derive's own, whatever the caller accepts
    assert derive(plan, aspects, "how far is it from its target?", check=check_any) is None
    assert derive(plan, done, "how far is it from its target?", check=check_any).working == "45 − 14 = 31"
    assert derive(plan, done, "how far off its planned total is it?", check=check_any).operation == "remaining"


# ---------------------------------------------------------------- a group against another


@pytest.mark.parametrize("question,steps", [
    ("Did Energy and Commerce together fund more or fewer institutes than Defense alone?", ("5 + 1 = 6", "8 − 6 = 2")),
    ("How many more institutes did Defense fund than Energy and Commerce combined?", ("5 + 1 = 6", "8 − 6 = 2")),
    ("Did the Departments of Energy and Commerce between them fund more institutes than the Department of Defense?",
     ("5 + 1 = 6", "8 − 6 = 2")),
])
def test_a_group_is_summed_then_compared(assistant, question, steps):
    ans = assistant.ask(question)
    check(assistant, ans)
    for working in steps:
        working_line(ans, working)
    assert "Department of Defense has the larger figure" in ans.answer


# ---------------------------------------------------------------- a part of a whole the question gives


@pytest.mark.parametrize("question,working", [
    ("What percentage of the 40 platforms focus on R&D management?", "4 / 40 = 10%"),
    ("What proportion of the 14 institutes funded by 2017 did the Department of Defense fund?", "8 / 14 ≈ 57%"),
    ("What share of the top 40 do the platforms centred on enterprise operation and production management make up?",
     "7 / 40 = 17.5%"),
])
def test_share_of_a_whole_the_question_gives(assistant, question, working):
    ans = assistant.ask(question)
    check(assistant, ans)
    working_line(ans, working)


def test_a_share_the_paper_states_is_quoted_not_computed(assistant):
    ans = assistant.ask("What share of the 830 NNMI members were small businesses?")
    check(assistant, ans)
    assert "33%" in ans.answer and " / " not in ans.answer  # the paper's 33%, not 341 / 830


# ---------------------------------------------------------------- Chinese: the measure word of a derived count


@pytest.mark.parametrize("question,result", [
    ("国防部比商务部多资助了几个研究院？", "多7个"),
    ("芝加哥研究院比底特律研究院多几家企业？", "多7家"),
    ("能源部和商务部哪个资助的研究院更多？多几个？", "多4个"),
])
def test_chinese_derived_count_keeps_the_measure_word(assistant, question, result):
    ans = assistant.ask(question)
    check(assistant, ans)
    assert result in ans.answer
    assert ans.answer.count(" − ") == 1, "one working, not repeated by a second part"


# ---------------------------------------------------------------- totals of two things over the parts listed


@pytest.mark.parametrize("question,totals", [
    ("Counting companies, universities/labs and other organizations, which of the two example institutes is larger "
     "in total?", ("41 + 23 = 64, 64 + 9 = 73", "34 + 9 = 43, 43 + 17 = 60", "73 − 60 = 13")),
    ("Adding up companies, universities and laboratories, and other organizations, which institute is bigger "
     "overall, Detroit's or Chicago's?", ("64 + 9 = 73", "43 + 17 = 60", "73 − 60 = 13")),
    ("Which of the two institutes has more companies and universities combined?",
     ("41 + 23 = 64", "34 + 9 = 43", "64 − 43 = 21")),
])
def test_totals_over_the_listed_parts_are_compared(assistant, question, totals):
    ans = assistant.ask(question)
    check(assistant, ans)
    for working in totals:
        working_line(ans, working)
    assert "Digital Manufacturing and Design Innovation Institute has the larger figure" in ans.answer


@pytest.mark.parametrize("question", [
    "Which has more members in total, the Detroit institute or the Chicago one?",
    "In total, is the Chicago institute or the Detroit institute bigger, and by how many members?",
    "Compare the total membership of the Detroit and Chicago institutes.",
])
def test_two_named_things_counting_the_same_parts_are_totalled(assistant, question):
    """No parts listed: the two institutes' figures count the very same parts, so their sums are like totals."""
    ans = assistant.ask(question)
    check(assistant, ans)
    for working in ("34 + 9 = 43, 43 + 17 = 60", "41 + 23 = 64, 64 + 9 = 73", "73 − 60 = 13"):
        working_line(ans, working)


# ---------------------------------------------------------------- a whole the question names, and the rest of it


@pytest.mark.parametrize("question,working", [
    ("What proportion of all institutes funded by 2017 did Energy fund?", "5 / 14 ≈ 36%"),
    ("Of all the institutes funded by 2017, what percentage came from Commerce?", "1 / 14 ≈ 7%"),
    ("What share of the total institutes by 2017 were funded by the Pentagon?", "8 / 14 ≈ 57%"),
])
def test_share_of_a_whole_the_question_names(assistant, question, working):
    ans = assistant.ask(question)
    check(assistant, ans)
    working_line(ans, working)


@pytest.mark.parametrize("question,working", [
    ("Apart from small businesses, how many members did the NNMI have in 2016?", "830 − 341 = 489"),
    ("How many of the NNMI's members in 2016 were something other than small businesses?", "830 − 341 = 489"),
    ("Excluding universities and research institutions, how many members did the NNMI have in 2016?",
     "830 − 177 = 653"),
])
def test_the_rest_of_a_whole(assistant, question, working):
    ans = assistant.ask(question)
    check(assistant, ans)
    working_line(ans, working)


@pytest.mark.parametrize("question,working,owner", [
    # the rest of a total its own sentence sums over several subjects ("8 by Defense, 5 by Energy and 1 by Commerce,
    # with a total of 14"): the other subjects' share
    ("How many institutes were not funded by DoD?", "14 − 8 = 6", "Department of Defense"),
    ("Of all institutes funded by 2017, how many were not Defense-funded?", "14 − 8 = 6", "Department of Defense"),
    ("Excluding Commerce, how many institutes had been funded by 2017?", "14 − 1 = 13", "Department of Commerce"),
])
def test_the_rest_of_a_total_over_several_subjects(assistant, question, working, owner):
    ans = assistant.ask(question)
    check(assistant, ans)
    working_line(ans, working)
    assert f"are not {owner}'s" in ans.answer, ans.answer


# ---------------------------------------------------------------- a figure the question misstates


@pytest.mark.parametrize("question,working", [
    ("NNMI plans 100 institutes, so how many remain to be built after the first 14?", "45 − 14 = 31"),
    ("Since the Department of Defense funded 12 of the innovation institutes by 2017, what share of the total does "
     "that represent?", "8 / 14 ≈ 57%"),
    ("How many more institutes did DoD fund than the 3 Energy funded?", "8 − 5 = 3"),
])
def test_arithmetic_on_a_misstated_figure_says_so_and_uses_the_documents(assistant, question, working):
    ans = assistant.ask(question)
    check(assistant, ans)
    assert ans.answer.startswith("The question's figure does not match"), ans.answer
    working_line(ans, working)


def test_a_figure_of_a_thing_the_question_does_not_name_is_not_used(assistant):
    """The question names NNMI; a figure of another named thing (one department's institutes) is not a stand-in
    for the network's progress."""
    ans = assistant.ask("NNMI计划建设100个研究院，2017年之后还要建多少个？")
    assert "45 − 1 =" not in ans.answer and "45 − 8 =" not in ans.answer
    assert verify_numbers(ans.answer, ans.citations) == []


@pytest.mark.parametrize("question", [
    "How does the number of institutes funded by 2017 compare with the number the NNMI plans, and how many remained "
    "to be built?",
    "What is the percentage-point gap between the small-business and university shares of NNMI members, and which "
    "is larger?",
    "能源部和商务部哪个资助的研究院更多？多几个？",
])
def test_a_later_part_says_only_what_is_new(assistant, question):
    """Parts answered from the same figures: a line an earlier part already gave is not repeated, and side-by-side
    markers read in order."""
    ans = assistant.ask(question)
    check(assistant, ans)
    lines = [line for line in ans.answer.splitlines() if line.strip()]
    assert len(lines) == len(set(lines)), ans.answer
    for run in re.findall(r"(?:\[\d+\])+", ans.answer):
        numbers = [int(n) for n in re.findall(r"\d+", run)]
        assert numbers == sorted(numbers), run


@pytest.mark.parametrize("question", [
    "How many of the 45 planned institutes were still unfunded in 2017?",
    "How many planned institutes were not yet funded by 2017?",
    "How many of the planned institutes were still unbuilt by 2017?",
])
def test_what_a_plan_still_lacks_is_the_rest_of_it(assistant, question):
    ans = assistant.ask(question)
    assert not ans.refused and "45 − 14 = 31" in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "What's the difference between the planned 45 institutes and the 14 funded by 2017?",
    "What is the gap between the 45 planned institutes and the 14 funded by 2017?",
    "Compare the 45 institutes planned with the 14 funded by 2017.",
])
def test_two_figures_the_question_states_are_compared_not_called_a_mismatch(assistant, question):
    ans = assistant.ask(question)
    assert not ans.refused and "45 − 14 = 31" in ans.answer and "does not match" not in ans.answer, ans.answer


@pytest.mark.parametrize("question, history", [
    # "占比" (the share a part takes) is no comparison, though "比" opens one ("A比B多多少")
    ("占比多少?", [{"role": "user", "content": "2016年NNMI成员里小企业大约有多少家"},
                 {"role": "assistant", "content": "截至2016年，NNMI的830家成员中约有341家是小企业。"}]),
    ("2016年NNMI成员里小企业大约有多少家?占比多少?", []),
    ("NNMI 2016年有多少小企业成员，占比多少？", []),
])
def test_a_share_asked_in_chinese_is_no_comparison(assistant, question, history):
    ans = assistant.ask(question, history, suggest=False)
    assert not ans.refused and "33%" in ans.answer and "比较" not in ans.answer, ans.answer


def test_the_chinese_comparative_is_told_from_a_share():
    from assistant.answering.plans.compare import COMPARE_ZH

    assert COMPARE_ZH.search("国防部比能源部多资助了多少个？")
    assert not COMPARE_ZH.search("小企业占比多少？")


# ---------------------------------------------------------------- what is left of a plan counts what the plan counts

@pytest.mark.parametrize("question", [
    "How far short of its planned number of institutes was the US network as of 2017?",
    "How far short of its target number of institutes was the network in 2017?",
    "How far off its planned number of institutes was the national network in 2017?",
])
def test_what_is_left_of_a_plan_is_taken_from_a_count_of_the_same_thing(assistant, question):
    ans = assistant.ask(question, suggest=False)
    # the plan's 45 institutes less the 14 funded, not less the network's "three aspects"
    assert not ans.refused and "45 − 14 = 31" in ans.answer, ans.answer


# ---------------------------------------------------------------- a verb of doing more than another ("out-fund")

@pytest.mark.parametrize("question, working", [
    ("By how many institutes did DoD out-fund DoE as of 2017?", "8 − 5 = 3"),
    ("Did the Defense Department outfund Energy, and by how much?", "8 − 5 = 3"),
    ("Did DoD out-fund the Department of Energy?", "8 − 5 = 3"),
    ("By how much did Chicago outdo Detroit in universities and labs?", "23 − 9 = 14"),
])
def test_a_verb_of_doing_more_than_another_compares_the_two(assistant, question, working):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and working in ans.answer, ans.answer


@pytest.mark.parametrize("question", ["Did DoD out-fund DoE?", "which department outspent the other?",
                                      "Did Chicago outperform Detroit?"])
def test_an_out_verb_is_a_comparison(question):
    from assistant.answering.plans.compare import COMPARE

    assert COMPARE.search(question)
