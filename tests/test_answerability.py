"""The answerability model's mismatch features, on hand-made questions and evidence (no model, no index)."""

from __future__ import annotations

import math
import re

import pytest

from assistant.answering.answerability import FEATURES, EvidenceSide, QuestionSide
from assistant.answering.candidates import Candidate
from assistant.answering.understanding import Understanding
from assistant.answering.weights import DEFAULT_WEIGHTS, load_weights
from assistant.text import content_tokens


def _understanding(question: str, answer_type: str = "general") -> Understanding:
    return Understanding(question=question, standalone=question, expanded=None, concepts=[],
                         answer_type=answer_type, asserted_numbers=[], unknown_names=[], injection=False,
                         dependent=False, asked=question)


def feature(name: str, question: str, evidence: str, answer_type: str = "general",
            paragraph: str = "") -> float:
    q = QuestionSide(_understanding(question, answer_type), lambda t: 1.0 + len(t) / 10)
    c = Candidate(kind="sentence", score=1.0, coverage=1.0, dense=0.5, doc_id="d", paragraph_id="p1",
                  text=evidence, quote=evidence)
    sentence = set(content_tokens(evidence))
    e = EvidenceSide(c, 0, 1.0, 0.5, sentence, sentence | set(content_tokens(paragraph)), f"{paragraph} {evidence}")
    return FEATURES[name][0](q, e)


@pytest.mark.parametrize(("question", "evidence"), [
    ("Which machines are not equally powerful in principle?", "They are all equally powerful in principle."),
    ("What did the agency never fund?", "The agency funded five institutes in 2015."),
    ("Which company didn't agree to end the court proceedings?",
     "Both companies agreed to end all court proceedings against each other."),
])
def test_a_negated_question_against_evidence_without_negation(question: str, evidence: str) -> None:
    assert feature("negation_unmatched", question, evidence) == 1.0


@pytest.mark.parametrize(("question", "evidence"), [
    ("Which machines are not equally powerful?", "Some machines are not equally powerful."),
    ("Which machines are equally powerful?", "They are all equally powerful in principle."),
    ("Who never joined the network?", "Three members never joined the network."),
])
def test_no_negation_mismatch_when_both_or_neither_negate(question: str, evidence: str) -> None:
    assert feature("negation_unmatched", question, evidence) == 0.0


@pytest.mark.parametrize(("question", "evidence"), [
    ("How many subscribers were lost within two months?", "Within two months, the company gained 400,000 subscribers."),
    ("What is the smallest institute?", "The largest institute has 70 members."),
    ("When did the prices decrease?", "In 2007 the prices increased sharply."),
])
def test_an_antonym_in_place_of_the_question_word(question: str, evidence: str) -> None:
    assert feature("antonym_clash", question, evidence) == 1.0


@pytest.mark.parametrize(("question", "evidence"), [
    ("How big is the membership?", "It has 830 members, 341 of them small businesses."),  # "how big" asks a size
    ("What is the largest institute?", "The largest institute has 70 members, the smallest 20."),
    ("How many subscribers were gained?", "The company gained 400,000 subscribers."),
])
def test_no_antonym_clash_when_the_question_word_stands_or_only_asks_a_size(question: str, evidence: str) -> None:
    assert feature("antonym_clash", question, evidence) == 0.0


@pytest.mark.parametrize(("question", "evidence"), [
    ("When was the bridge unofficially opened?", "The bridge was officially opened in 1932."),
    ("Which roads were available to trucks?", "The mountain roads were unavailable to trucks in winter."),
    ("What makes the court dependent on parliament?", "The constitution makes the court independent of parliament."),
])
def test_a_negating_prefix_in_place_of_the_question_word(question: str, evidence: str) -> None:
    assert feature("antonym_clash", question, evidence) == 1.0


@pytest.mark.parametrize(("question", "evidence"), [
    # "outside of manufacturing" states what "non-manufacturing" asks
    ("How many non-manufacturing jobs does one factory job support?",
     "A factory job supports 1.6 jobs outside of manufacturing."),
    ("What information does the form need?", "The form needs a signature."),  # "in-" is no negation here
    ("Who discovered the comet?", "Clouds covered the sky when the comet was found."),
])
def test_a_prefix_that_negates_nothing_is_no_clash(question: str, evidence: str) -> None:
    assert feature("antonym_clash", question, evidence) == 0.0


@pytest.mark.parametrize(("question", "evidence", "expected"), [
    ("When did the total reach 3,222,000?", "On 31 March the total reached 4,222,000.", 1.0),
    ("When did the total reach 4,222,000?", "On 31 March the total reached 4,222,000.", 0.0),
    ("What was sold for 1,200 dollars?", "A horse was sold for 1,200 dollars in 1812.", 0.0),
])
def test_a_number_with_thousands_separators_is_one_number(question: str, evidence: str, expected: float) -> None:
    assert feature("numbers_missing", question, evidence) == expected


@pytest.mark.parametrize(("question", "evidence", "expected"), [
    ("What principality did William found?", "Their prince Bohemond founded the Principality of Antioch.", 1.0),
    ("What did Obama and Congress propose?", "Obama proposed a network of institutes.", 0.5),
    ("Which institute did Ohio host?", "Ohio hosts the additive manufacturing institute.", 0.0),
])
def test_names_of_the_question_missing_from_the_sentence(question: str, evidence: str, expected: float) -> None:
    assert feature("names_missing_sentence", question, evidence) == expected


@pytest.mark.parametrize(("question", "evidence", "answer_type", "expected"), [
    ("When was the network proposed?", "The network was proposed in 2012.", "date", 1.0),
    ("In what year did the merger happen?", "The merger created the largest company.", "date", 0.0),
    ("How many members does it have?", "It has many members.", "figure", 0.0),
    ("Who founded the principality?", "Bohemond founded the principality.", "entity", 1.0),
    ("Who founded the principality?", "The principality was founded long ago.", "entity", 0.0),
])
def test_the_evidence_holds_the_type_asked(question: str, evidence: str, answer_type: str, expected: float) -> None:
    assert feature("type_match", question, evidence, answer_type) == expected


def test_every_feature_has_a_description_and_a_finite_value() -> None:
    for name, (_, doc) in FEATURES.items():
        assert doc, name
        assert math.isfinite(feature(name, "Who founded the principality in 1096?", "Bohemond founded it."))


def test_the_fitted_model_reads_a_mismatch_as_a_sign_against_an_answer() -> None:
    model = load_weights(DEFAULT_WEIGHTS).answerability
    if model is None:
        pytest.skip("no answerability model fitted")
    assert set(model.weights) <= set(FEATURES)
    for sign in ("negation_unmatched", "names_missing_paragraph", "numbers_missing"):
        assert model.weights.get(sign, 0.0) < 0, sign


@pytest.mark.parametrize(("question", "negated"), [
    ("Which companies never agreed to end the proceedings?", True),
    ("How are complexity measures generally not defined?", True),
    ("What did the agency not fund?", True),
    ("Which company didn't sign?", True),
    ("The study is mainly about Germany, doesn't it?", False),  # a tag question checks, it does not negate
    ("Number of other organisations (not companies, not universities)?", False),  # a negated noun
    ("Is it not only a network but a strategy?", False),
    ("Whether or not the plan passed, who funded it?", False),
])
def test_a_negated_verb_is_told_from_other_negations(question: str, negated: bool) -> None:
    from assistant.answering.lexicon import NEGATED_VERB, TAG_QUESTION

    assert bool(NEGATED_VERB.search(TAG_QUESTION.sub("?", question))) is negated


@pytest.mark.parametrize(("question", "expected"), [
    ("Who led the troops when the island was conquered?", "entity"),
    ("How many institutes had the agency funded when the network was reviewed?", "figure"),
    ("What did the authors recommend when they compared the two countries?", "general"),
    ("When was the network proposed?", "date"),
    ("And when did it start?", "date"),
    ("network proposed when", "date"),
    ("In what century did the duchy form?", "date"),
    ("这个网络是什么时候提出的？", "date"),
    ("该联盟何时发布了新架构？", "date"),
])
def test_when_asks_a_date_only_as_the_question_word(question: str, expected: str) -> None:
    from assistant.answering.intent import answer_type

    assert answer_type(question) == expected


@pytest.mark.parametrize(("question", "place"), [
    # a word of place before an organisation, a document or a person is its modifier: no place is asked
    ("Which State Council guidance set off the construction wave?", False),
    ("which state agencies fund the institutes?", False),
    ("What city government backs the hub?", False),
    ("Which province leadership approved the plan?", False),
    ("which state council document kicked off the boom?", False),
    # the word of place as the head, or before a verb, still asks a place
    ("Which city hosts the institute?", True), ("Which state funds the most institutes?", True),
    ("In which region is the hub?", True),
])
def test_a_word_of_place_before_an_organisation_asks_no_place(question: str, place: bool) -> None:
    from assistant.answering.intent import answer_type

    assert (answer_type(question) == "place") is place


@pytest.mark.parametrize(("evidence", "dated"), [
    ("In 1066, the duke conquered England.", True),
    ("One of the first mercenaries to serve was Herve in the 1050s.", True),
    ("Their identity emerged in the first half of the 10th century.", True),
    ("The garrison resisted until February, when the city was betrayed.", True),
    ("The network has 830 members.", False),
])
def test_a_date_of_any_age_answers_a_when_question(evidence: str, dated: bool) -> None:
    from assistant.answering.lexicon import DATE_TEXT

    assert bool(DATE_TEXT.search(evidence)) is dated


def _fit_answerability_module():
    import importlib.util
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root / "evals"))
    spec = importlib.util.spec_from_file_location("fit_answerability", root / "evals" / "fit_answerability.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_answerability_fit_learns_a_mismatch_and_keeps_folds_apart():
    fit = _fit_answerability_module()
    names = ["negation_unmatched", "coverage_support"]
    examples = []
    for n in range(60):  # right exactly when the evidence does not contradict a negation; coverage is noise
        neg = float(n % 2)
        examples.append(fit.Example(f"paper#{n % 12}" if n < 40 else f"squad:A{n % 3}", "paper" if n < 40 else "squad",
                                    neg == 0, [{"negation_unmatched": neg, "coverage_support": 0.3 + 0.1 * (n % 5)}],
                                    [neg == 0]))
    model = fit.Fitted(examples, names, l2=1.0)
    assert model.w[0] < 0 and abs(model.w[0]) > abs(model.w[1])
    assert model.probabilities(examples[1])[0] < 0.5 < model.probabilities(examples[0])[0]
    folds = fit.folds_of(examples)
    for ex, fold in zip(examples, folds, strict=True):  # a SQuAD article is a fold; a paper group stays in one
        if ex.corpus == "squad":
            assert fold == ex.group
        assert all(f == fold for e, f in zip(examples, folds, strict=True) if e.group == ex.group)
    rows = fit.curve(examples, [model.probabilities(e) for e in examples])
    assert rows[0]["threshold"] == 0 and rows[0]["squad_unanswerable_refused"] == 0.0
    assert max(r["utility"] for r in rows) == 1.0  # the mismatch separates them completely


@pytest.mark.parametrize("question", [
    "what is the 'industrial Internet'?", 'What is "smart grid"?', "What’s ‘edge computing’?",
    "What is the “digital twin”?", "what are 'innovation institutes'",
])
def test_a_term_in_quotes_asks_what_it_is_as_the_bare_term_does(question: str) -> None:
    from assistant.answering.intent import answer_type

    bare = re.sub(r"['\"‘’“”]", "", question.replace("What’s", "What is"))
    assert answer_type(question) == answer_type(bare) == "definition"


# ------------- a negated question, answered by evidence that negates with a word of its own

_HARBOUR_NEGATIONS = ("# Harbour notes\n\nThe harbour of Kell has three boats and one pier.\n\n"
                      "The Tern was excluded from the summer fleet, so the harbour board hired the Gull instead.\n\n"
                      "The old pier lacked a crane until 1990, when the board bought one from Norway.\n\n"
                      "The ferry company sailed without a licence in 1985 and paid a fine the next year.\n\n"
                      "The Gull carries mail to the islands every Tuesday.\n")


@pytest.mark.parametrize("question, expected", [
    ("Which boat was not part of the summer fleet?", "Tern was excluded"),
    ("Which boat did the board hire because the Tern was not in the summer fleet?", "hired the Gull"),
    ("What did the old pier not have until 1990?", "lacked a crane"),
    ("When did the ferry company not have a licence?", "1985"),
])
def test_evidence_that_negates_in_a_word_of_its_own_answers_a_negated_question(assistant_over, question, expected):
    ans = assistant_over(harbour=_HARBOUR_NEGATIONS).ask(question, suggest=False)
    assert not ans.refused and expected in ans.answer, ans.answer


def test_a_negated_question_the_evidence_does_not_negate_is_still_refused(assistant_over):
    ans = assistant_over(harbour=_HARBOUR_NEGATIONS).ask("Which boat does not carry mail?", suggest=False)
    assert ans.refused, ans.answer
