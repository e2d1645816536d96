"""Fast unit tests of the answer engine's parts that need no model: weights, features, gates table, answer types,
places, derived figures, the SQuAD scoring, and how documents without headings are read."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from assistant.answering.features import FEATURES
from assistant.answering.gates import GATES
from assistant.answering.intent import answer_type
from assistant.answering.lexicon import (
    CONTINUES,
    CURRENCY,
    LEANS_BACK,
    MONEY,
    PLACE_NAME,
    without_source_frame,
)
from assistant.answering.plans.points import WEAKNESS, synth_phrase
from assistant.answering.render import searched_words
from assistant.answering.weights import DEFAULT_WEIGHTS, Weights, WeightsError, load_weights
from assistant.evaluation.squad import (
    SquadQuestion,
    SquadResult,
    article_markdown,
    holds_answer,
    normalise,
    summarise,
    tradeoff,
)
from assistant.numbers import derived_numbers, numbers_in, unsupported_numbers
from assistant.reading import parse_markdown


def test_the_default_weights_load_and_name_only_registered_features():
    w = load_weights(DEFAULT_WEIGHTS)
    assert set(w.fact) <= set(FEATURES) and set(w.sentence) <= set(FEATURES)
    assert 0 < w.refusal_threshold < 1
    assert w.fitted, "the weights file records how it was fitted"


def test_a_weights_file_naming_an_unknown_feature_is_refused_with_the_file_named(tmp_path):
    bad = tmp_path / "w.json"
    bad.write_text(json.dumps({"fact": {"coverage": 1.0, "no_such_feature": 2.0}, "sentence": {}}))
    with pytest.raises(WeightsError, match=r"(?s)w\.json.*no_such_feature"):
        load_weights(bad)
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    with pytest.raises(WeightsError, match="broken.json"):
        load_weights(broken)


def test_every_feature_and_gate_has_a_name_and_a_description():
    assert all(doc for _, doc in FEATURES.values())
    names = [g.name for g in GATES]
    assert len(names) == len(set(names)) and all(g.doc and g.reason for g in GATES)
    assert Weights.model_json_schema()["properties"]["refusal_threshold"]["description"]


@pytest.mark.parametrize("question", [
    "Which platforms focus on R&D?", "which agencies paid for the hubs", "Which US companies are named?"])
def test_which_with_a_plural_kind_asks_for_a_list(question):
    assert answer_type(question, ("platform", "agency")) == "list"


@pytest.mark.parametrize("question", [
    "Which top-40 platforms focus on R&D?", "which state-owned companies run the hubs", "Which DoD-funded US "
    "agencies are named?", "which two big platforms lead"])
def test_which_with_modifiers_before_a_plural_kind_asks_for_a_list(question):
    assert answer_type(question, ("platform", "agency")) == "list"


@pytest.mark.parametrize("question", [
    "Could you tell me what kinds of institutions the paper counts as academia?",
    "What types of organisations make up the membership?", "What sorts of support do small firms get from the hub?",
])
def test_kinds_of_things_ask_for_a_list(question):
    assert answer_type(question) == "list"


@pytest.mark.parametrize("question", [
    "Which agency funded five?", "Which university leads the Chicago hub?", "Which company built it?"])
def test_which_with_a_singular_kind_asks_for_a_name(question):
    assert answer_type(question, ("agency",)) == "entity"


@pytest.mark.parametrize("question,rest", [
    ("What is a heat pump, according to the report?", "What is a heat pump?"),
    ("The tide mill — what is it, as the article defines it?", "The tide mill — what is it?"),
    ("Guild members, as the study describes them for Lisbon — who were they?", "Guild members — who were they?"),
    ("In the paper, how many looms were there?", "how many looms were there?"),
    ("what does the charter cover in the authors' own words", "what does the charter cover"),
])
def test_a_clause_naming_the_documents_as_the_source_is_set_aside(question, rest):
    assert without_source_frame(question) == rest


@pytest.mark.parametrize("question", [
    "What did the mayor decide, according to the paper's conclusion?",  # a part of the document: a hint kept
    "what does the report say in its summary?", "Which paper mill closed first?"])
def test_a_named_part_of_a_document_or_a_topic_noun_is_no_source_clause(question):
    assert without_source_frame(question) == question


@pytest.mark.parametrize("question", [
    "Could you explain how the report defines a tide mill?", "The tide mill — what is it?",
    "Guild law: what was it?", "explain how the authors characterise the charter"])
def test_how_a_document_defines_a_thing_or_a_topic_then_what_is_it_asks_for_a_definition(question):
    assert answer_type(question) == "definition"


def test_a_documents_own_kind_nouns_come_from_its_glossary_not_the_code():
    assert answer_type("Which gizmos are listed here?") == "list"  # the general plural-head rule
    assert answer_type("Which widgets matter", ("widget",)) == "list"
    assert answer_type("Which widgets matter") != "list"


@pytest.mark.parametrize("text,place", [
    ("Normandy is a region in France.", "France"),
    ("The institute is based in Chicago, Illinois.", "Chicago"),
    ("Its headquarters are located in northern Italy.", "Italy"),
    ("The first keepers came from the island of Sarno.", "Sarno"),  # the kind of place, then its name
    ("She was born in the city of Lyon.", "Lyon"),
    ("The abbey stood in the province of Utrecht.", "Utrecht"),
])
def test_a_place_is_a_name_after_a_word_of_location(text, place):
    assert place in [m.group(1) for m in PLACE_NAME.finditer(text)]


@pytest.mark.parametrize("sentence", [
    "These works were paid for by the guild.", "Such problems are called intermediate.",
    "There they continued the tradition of singing.", "But they never reached the coast.",
    "His son took the throne."])
def test_a_sentence_that_opens_by_pointing_back_continues_the_one_before(sentence):
    assert CONTINUES.match(sentence) and LEANS_BACK.match(sentence.removeprefix("But ").removeprefix("There "))


@pytest.mark.parametrize("sentence", [
    "It in turn evolved into Modern English.", "But a storm dispersed the fleet.",
    "For example, integers can be written in binary.", "Indeed, this can be done in one step."])
def test_a_sentence_that_turns_or_gives_an_instance_continues_the_one_before(sentence):
    assert CONTINUES.match(sentence)


@pytest.mark.parametrize("sentence", [
    "It is an indisputable fact that trade grew.",  # "it" opening a sentence is as often no pointer at all
    "The wall took eleven years to finish.", "Thereafter the port declined.", "Hisham ruled the city.",
    "It is planned to rebuild the weir.", "It can be predicted that NNMI will grow.", "Butter was traded."])
def test_a_sentence_that_stands_alone_is_no_continuation(sentence):
    assert not CONTINUES.match(sentence)


def test_money_questions_and_amounts_in_any_common_currency():
    for q in ("How many yen did it cost?", "What is the budget in euros?", "how much money was spent"):
        assert MONEY.search(q), q
    for text in ("$5 million", "300 yuan", "2 billion", "40 euros"):
        assert CURRENCY.search(text), text
    assert not MONEY.search("Which team won the cup?")


def test_refusals_name_the_document_or_say_the_documents():
    one = searched_words(["A Study of Things"])
    assert "A Study of Things" in one["Searched"] and one["does"] == "does"
    many = searched_words(["A", "B"])
    assert many["Searched"] == "The documents" and many["does"] == "do"


@pytest.mark.parametrize(("key", "verb"), [
    ("synth_recommendations", "recommend"), ("synth_strengths", "name"), ("synth_weaknesses", "name")])
def test_a_synthesis_heading_agrees_with_one_document_or_several(key, verb):
    assert f"\u201d {verb}s:" in synth_phrase(key, "en", ["A Study of Things"])
    assert f"the documents {verb}:" in synth_phrase(key, "en", ["A", "B"])


@pytest.mark.parametrize("question", [
    "What was the name of the count of the southern province?", "What is the full name of the share scheme?",
    "What's the name of the number one supplier?"])
def test_the_name_of_something_is_a_name_whatever_words_follow(question):
    # "count", "share" and "number" would otherwise ask for a figure
    assert answer_type(question) == "entity"


@pytest.mark.parametrize(("question", "weakness"), [
    ("What are the problems of the national programme?", True),
    ("Any challenges facing the new institutes?", True),
    ("Problems with the plan?", True),
    ("In what complexity class do complement problems of NP problems exist?", False),
    ("Does the class contain problems for which no algorithm exists?", False),
    ("Which set holds the search problems of graph theory?", False),
])
def test_problems_are_a_weakness_only_when_asked_about(question, weakness):
    assert bool(WEAKNESS.search(question)) is weakness


def test_derived_figures_are_accepted_only_with_right_working_from_quoted_numbers():
    quotes = ["Defense had funded 8 institutes, Energy funded 5"]
    assert unsupported_numbers("Defense funded more: 8 − 5 = 3 [1]", quotes) == []
    assert unsupported_numbers("Defense funded 3 more [1]", quotes) == ["3"]  # no working shown
    assert unsupported_numbers("8 − 5 = 4", quotes) == ["4"]  # wrong arithmetic
    assert unsupported_numbers("9 − 5 = 4", quotes) == ["9", "4"]  # an operand not quoted
    assert derived_numbers("341 / 830 ≈ 41%", {"341", "830"}) == {"41"}
    assert derived_numbers("8 + 5 = 13, and 13 + 1 = 14", {"8", "5", "1"}) == {"13", "14"}


def test_numbers_next_to_chinese_characters_are_found():
    assert numbers_in("国防部资助了8个，能源部资助了5个") == ["8", "5"]
    assert unsupported_numbers("资助了9个 [1]", ["funded 8 Innovation Institutes"]) == ["9"]


def test_a_year_is_found_between_chinese_characters_and_letters_but_not_inside_numbers():
    from assistant.answering.lexicon import YEAR

    assert YEAR.findall("NNMI在2020年有多少成员") == ["2020"] and YEAR.findall("截至2016年") == ["2016"]
    assert YEAR.findall("the FY2013 budget; in 2016, 830 members") == ["2013", "2016"]
    assert YEAR.findall("zip 225006, 3,222,000 people, 2013.5 units") == []


def test_chinese_words_the_knowledge_never_uses_are_found_by_their_character_pairs():
    from assistant.answering.chinese import unknown_chinese_words

    pairs = frozenset({"国防", "防部", "资助", "研究", "究院", "企业", "成员", "市场"})
    # function words and known spans set aside; a run no known pair covers is a word of its own
    assert unknown_chinese_words("国防部有多少名员工？", ["国防部"], pairs) == ["员工"]
    assert unknown_chinese_words("美国制造业的失业率是多少？", ["美国", "制造业"], pairs) == ["失业率"]
    assert unknown_chinese_words("国防部资助了多少个研究院？", ["国防部"], pairs) == []
    assert unknown_chinese_words("小企业有多少家？", [], pairs) == []  # one stray character is no word
    assert unknown_chinese_words("员工有多少？", [], frozenset()) == []  # no Chinese to judge by


def test_the_word_a_chinese_how_many_counts():
    from assistant.answering.chinese import counted_words

    assert counted_words("NNMI有多少名员工？", ["员工"]) == {"员工"}  # closing the question after 多少名
    assert counted_words("海尔的员工人数是多少？", ["员工"]) == {"员工"}  # right before 人数是多少
    assert counted_words("前40强中有多少个侧重研发管理？", ["侧重"]) == set()  # a verb after an elided noun
    # a verb before the count, with the counted noun after it: the noun is counted, not the verb
    assert counted_words("美国计划总共打算建多少个研究院？", ["打算建"]) == set()
    assert counted_words("中国准备建设多少家平台？", ["准备建设"]) == set()
    assert counted_words("他们一共想投资几个项目？", ["想投资"]) == set()


def test_opposites_of_kind_and_degree_clash_unless_the_question_names_both():
    from assistant.answering.lexicon import opposed_word, question_words

    def clash(question: str, evidence: str) -> str | None:
        return opposed_word(question_words(question), evidence)

    assert clash("When did the school start teaching boys?", "In 1901 the school began to teach girls.") == "boys"
    assert clash("Which campaign was aimed at men?", "The 2007 campaign was aimed at women.") == "men"
    assert clash("What is the softest problem in the class?", "A problem is hard for the class if ...") == "softest"
    assert clash("Which field studies the simplicity of problems?", "The field studies the complexity of problems.")
    # a question that names both opposites asks which one holds: no clash
    assert clash("Is the output a simple or a complex answer?", "The output is more complex than a yes or no.") is None
    # relations that go both ways are no opposites: "Edgar's sister Margaret" answers "Margaret's brother"
    assert clash("Who was Margaret's brother?", "King Malcolm married Edgar's sister Margaret.") is None


def test_a_document_without_headings_is_body_text_not_front_matter():
    doc = parse_markdown("# Normans\n\nThe Normans were a people.\n\nThey lived in France.\n", "normans")
    kinds = [(p.paragraph_id, p.kind) for p in doc.paragraphs]
    assert kinds == [("front-p1", "front"), ("text-p1", "body"), ("text-p2", "body")]
    assert doc.paragraphs[1].label == "Normans ¶1"


def test_squad_scoring_normalises_like_the_official_script():
    assert normalise("The  Duchy, of Normandy!") == "duchy of normandy"
    assert holds_answer("It was founded in 911. [1]", ["911"])
    assert not holds_answer("It was founded in 9110.", ["911"])
    assert not holds_answer("x " * 400 + "911", ["911"])  # over 700 characters does not count
    # punctuation of any script goes, as ASCII's does: curly quotes, guillemets, a Chinese full stop
    assert holds_answer("Parliament heard it was ‘often damaging’ to families.", ["often damaging"])
    assert holds_answer("He called it «a folly».", ["a folly"])
    assert normalise("巴黎。") == "巴黎"
    # a mark between two words parts them (the answer is looked for inside a sentence, not compared as a span)
    assert holds_answer("Later, Dyrrachium—one of the naval bases—fell again.", ["Dyrrachium"])
    assert holds_answer("Two-thirds of them", ["two-thirds"]) and not holds_answer("Dyrrachiumone", ["Dyrrachium"])


def _result(impossible: bool, refused: bool, support: float, passed: bool) -> SquadResult:
    q = SquadQuestion("i", "Art", "q?", [] if impossible else ["a"], impossible)
    return SquadResult(q, "a", refused, support, passed, "a", passed)


def test_the_tradeoff_curve_moves_answers_into_refusals_as_the_threshold_rises():
    results = [_result(False, False, 0.9, True), _result(False, False, 0.3, True),
               _result(True, False, 0.2, False), _result(True, True, 0.8, False)]
    curve = {r["threshold"]: r for r in tradeoff(results)}
    assert curve[0.0] == {"threshold": 0.0, "answerable_pass": 1.0, "unanswerable_refused": 0.5}
    assert curve[0.5]["answerable_pass"] == 0.5 and curve[0.5]["unanswerable_refused"] == 1.0
    s = summarise(results, 0.25)
    assert s["articles"]["Art"]["answerable_pass"] == 1.0 and s["overall"]["unanswerable_refused"] == 1.0


def test_an_article_becomes_a_markdown_document_with_its_title():
    from assistant.evaluation.squad import SquadArticle

    md = article_markdown(SquadArticle("Sky (United Kingdom)", ["First.", "Second."]))
    doc = parse_markdown(md, "sky")
    assert doc.title == "Sky (United Kingdom)" and len(doc.paragraphs) == 3


def _fit_module(repo_root: Path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("fit_weights", repo_root / "evals" / "fit_weights.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_fit_learns_which_feature_marks_the_right_candidate_and_folds_keep_a_fact_together(repo_root: Path):
    fit = _fit_module(repo_root)
    names = ["sentence:coverage", "sentence:dense"]
    examples = []
    for n in range(30):  # the right candidate has the higher coverage; dense is noise
        examples.append(fit.Example(f"g{n % 10}", "t", ["sentence"] * 3,
                                    [{"coverage": 0.9, "dense": 0.1 * (n % 3)}, {"coverage": 0.2, "dense": 0.5},
                                     {"coverage": 0.1, "dense": 0.3}],
                                    [True, False, False], True, 0.8, True, False))
    w = fit.fit_logistic(*fit.pairs(examples, names))
    assert w[0] > 0 and w[0] > abs(w[1])
    assert fit.top1(examples, w, names) == 1.0
    assert fit.top1(examples, __import__("numpy").array([0.0, 1.0]), names) == 0.0
    folds = fit.folds_of(examples, 5)
    for fold in folds:  # every wording of one fact (group) lands in the same fold
        groups = {examples[i].group for i in fold}
        assert all(examples[i].group in groups for i in fold)
        assert not any(examples[i].group in groups for other in folds if other is not fold for i in other)


def test_one_new_feature_is_fitted_by_grid_search_with_the_other_weights_kept(repo_root: Path):
    import numpy as np

    fit = _fit_module(repo_root)
    names = ["fact:coverage", "fact:novel", "sentence:coverage", "sentence:novel"]
    examples = []
    for n in range(40):  # coverage alone ties the first two; the new feature marks the right one (the second)
        examples.append(fit.Example(f"g{n}", "t", ["sentence"] * 3,
                                    [{"coverage": 0.5, "novel": 0.0}, {"coverage": 0.5, "novel": 1.0},
                                     {"coverage": 0.1, "novel": 0.0}],
                                    [False, True, False], True, 0.8, True, False))
    ref = np.array([0.6, 0.0, 0.6, 0.0])
    record = fit.fit_one(examples, names, ref, "novel", fit.folds_of(examples, 4))
    assert record["cv_top1_current"] == 0.0 and record["cv_top1_fitted"] == 1.0
    assert record["fitted_all"]["sentence"] > 0
    # a feature that tells nothing apart keeps its current weight (the current weights win ties)
    flat = [fit.Example(e.group, e.corpus, e.kinds, [{"coverage": f["coverage"], "novel": 1.0} for f in e.features],
                        e.right, True, 0.8, True, False) for e in examples]
    record = fit.fit_one(flat, names, ref, "novel", fit.folds_of(flat, 4))
    assert record["fitted_all"] == {"fact": 0.0, "sentence": 0.0}


def test_the_fit_recollects_its_examples_when_the_cache_was_made_from_other_sources(repo_root: Path, tmp_path: Path,
                                                                                       monkeypatch):
    fit = _fit_module(repo_root)
    cache = tmp_path / "examples.json"
    made = []

    def make():
        made.append(1)
        return [fit.Example("g", "t", ["sentence"], [{"coverage": 0.5}], [True], True, 0.8, True, False)]

    assert len(fit.cached_examples(cache, False, make, fit.Example)) == 1 and len(made) == 1
    fit.cached_examples(cache, False, make, fit.Example)
    assert len(made) == 1  # the same sources: read from the cache
    monkeypatch.setattr(fit, "sources_key", lambda: "another-engine")  # a feature added since, say
    fit.cached_examples(cache, False, make, fit.Example)
    assert len(made) == 2
    cache.write_text('[{"group": "old-format"}]')  # a cache of the old format (a bare list) is stale too
    fit.cached_examples(cache, False, make, fit.Example)
    assert len(made) == 3


@pytest.mark.parametrize("question", [
    "Would you kindly tell me which US president proposed it?", "Would you please list the agencies that guide it?",
    "Would you be so kind as to tell me who leads the Chicago institute?"])
def test_a_polite_request_is_not_a_request_for_an_opinion(question):
    from assistant.answering.lexicon import META, OPINION
    from assistant.text import stem

    assert not OPINION.search(question)
    assert stem("kindly") in META  # and its politeness carries no topic


@pytest.mark.parametrize("question", [
    "Would you invest in the network?", "What do you think of the plan?", "Would you rather fund Defense?"])
def test_a_question_about_the_assistants_view_is_one(question):
    from assistant.answering.lexicon import OPINION

    assert OPINION.search(question)


def test_the_consistency_figure_is_the_share_of_facts_whose_every_wording_passes():
    from assistant.evaluation.report import metrics_rows
    from assistant.evaluation.scoring import ItemResult, summarise

    def result(fact: str, passed: bool) -> ItemResult:
        return ItemResult("i", "figure", "q", "a", False, False, passed, [], [], 0, [], True, None, None, 1.0,
                          fact=fact)

    s = summarise([result("a", True), result("a", True), result("b", True), result("b", False)])
    assert s["consistency"] == {"facts": 2, "consistent": 1, "rate": 0.5}
    assert any(name.startswith("consistency") and "1/2" in value for name, value in metrics_rows(s))
    assert summarise([result("", True)])["consistency"] is None


@pytest.mark.parametrize("question", [
    "In what country is Normandy located?", "in which nation was the firm founded", "In what part of Europe is it?"])
def test_in_what_country_asks_for_a_place(question):
    assert answer_type(question) == "place"


def test_a_word_kept_as_typed_keeps_its_case_whatever_was_asked_before():
    from assistant.answering.spelling import Speller

    speller = Speller({"summarize"}, frozenset(), set(), {})  # only the spelling state, no model or index
    assert speller.correct("Summarize the introduction") == "Summarize the introduction"
    assert speller.correct("briefly summarize it") == "briefly summarize it"
    assert speller.correct("Summarise it; summarise it") == "Summarize it; summarize it"  # a correction, its case kept


@pytest.mark.parametrize("word, near", [
    ("summarise", "summaries"), ("prioritise", "priorities"), ("analyse", "analyses"), ("emphasise", "emphasis"),
    ("modernise", "modernism"),
])
def test_a_word_in_the_other_english_spelling_is_no_typo_of_a_word_one_edit_away(word, near):
    from assistant.answering.spelling import Speller

    # the documents use only the word one edit away; the dictionary knows what the typed word is made of
    speller = Speller({near}, frozenset({"summary", "priority", "analyze", "emphasize", "modern"}), set(), {})
    assert speller.correct(f"please {word} the plan") == f"please {word} the plan"


def test_the_documents_spelling_of_a_word_replaces_the_other_one_and_typos_are_still_repaired():
    from assistant.answering.spelling import Speller

    speller = Speller({"organization", "labor", "membership"}, frozenset(), set(), {})
    assert speller.correct("the organisation of labour") == "the organization of labor"
    assert speller.correct("total membrship") == "total membership"


@pytest.mark.parametrize("typed, used", [
    ("Department of Defence", "Department of Defense"), ("the travelled route", "the traveled route"),
    ("a product catalogue", "a product catalog"), ("licence fees", "license fees"),
])
def test_a_dictionary_word_the_documents_spell_the_other_way_takes_their_spelling(typed, used):
    from assistant.answering.spelling import Speller

    # the dictionary knows both spellings; the documents use only theirs, so the question must meet it
    dictionary = frozenset({"defence", "defense", "travelled", "traveled", "catalogue", "catalog", "licence",
                            "license", "route", "product", "fees"})
    speller = Speller({"defense", "traveled", "catalog", "license"}, dictionary, set(), {})
    assert speller.correct(typed) == used


@pytest.mark.parametrize("typed, read", [
    ("detroit v chicago: which has more?", "detroit vs chicago: which has more?"),
    ("DoD v. DoE funding", "DoD vs DoE funding"), ("the US v China on research", "the US vs China on research"),
    ("What did Henry V of England found?", "What did Henry V of England found?"),  # a numeral, not "versus"
])
def test_a_lower_case_v_between_two_words_is_versus(typed, read):
    from assistant.answering.spelling import Speller

    assert Speller({"which", "more", "funding", "research"}, frozenset(), set(), {}).correct(typed) == read


@pytest.mark.parametrize("question", [
    "The report came out in which month?", "In what month and year was it signed?", "On which day did the plant open?",
    "Which decade saw the first hubs?"])
def test_which_month_day_or_decade_asks_for_a_date(question):
    assert answer_type(question) == "date"


@pytest.mark.parametrize("question", [
    "The charter was signed by whom?", "By whom was the plan drafted?", "Whom did the board appoint?"])
def test_by_whom_asks_for_a_name(question):
    assert answer_type(question) == "entity"


@pytest.mark.parametrize("variant,text,inside", [
    ("US", "By 2017, the US Department of Defense had funded 8 institutes.", True),
    ("American", "the American NNMI program", True),
    ("Detroit", "Detroit's Light Metal Institute is led by EWI.", False),  # a possessive says where
    ("Chicago", "The hub is based in Chicago, Illinois.", False),
    ("US", "Factories in the US. The rest abroad.", False),
    ("US", "the US Department of Energy and jobs in the US", False),  # one free use is enough
])
def test_a_place_word_that_begins_a_longer_name_is_no_location(variant, text, inside):
    from assistant.answering.gates import in_name
    assert in_name(variant, text) is inside


@pytest.mark.parametrize("question,share", [
    ("Which group made up about a fifth of the members?", True), ("Two tenths of the budget went where?", True),
    ("Who led the fifth institute?", False), ("What share of GDP is manufacturing?", True)])
def test_fraction_words_ask_for_a_share(question, share):
    from assistant.answering.features import _SHARE_ASKED
    assert bool(_SHARE_ASKED.search(question.lower())) is share


@pytest.mark.parametrize("question,marker,aside", [
    ("How many platforms serve production, as opposed to R&D?", "as opposed to", "R&D"),
    ("Which hubs, in contrast to the Chicago one, are led by a university?", "in contrast to", "the Chicago one"),
    ("Who funds research but not training?", "but not", "training"),
])
def test_a_contrast_marker_and_the_thing_it_sets_aside(question, marker, aside):
    from assistant.answering.lexicon import CONTRAST
    m = CONTRAST.search(question)
    assert m and m.group(1) == marker and m.group(2).strip() == aside


def test_words_asking_for_a_total_say_the_answer_type_not_the_topic():
    from assistant.answering.lexicon import TYPE_WORDS
    from assistant.text import stem
    assert {stem("altogether"), stem("combined"), stem("total")} <= TYPE_WORDS


@pytest.mark.parametrize("question,total", [
    ("How many hubs were there altogether?", True), ("In all, how many were funded?", True),
    ("What share is that of the total?", False), ("What percentage of the total did DoD fund?", False),
    ("How many did DoD fund?", False)])
def test_a_question_about_a_total_and_not_about_a_part_of_it(question, total):
    from assistant.answering.plans.figure import _ASKS_TOTAL, _PART_OF
    assert (bool(_ASKS_TOTAL.search(question)) and not _PART_OF.search(question)) is total


@pytest.mark.parametrize("question,asks", [
    ("What should China's industrial internet programme focus on?", True),
    ("What must the regional governments concentrate on?", True),
    ("What should the ministry strive for?", True),
    ("What can organisations within the network do together?", False),  # what they can do, not what they should
    ("What does the network focus on?", False),
])
def test_what_should_x_focus_on_is_a_request_for_recommendations(question, asks):
    from assistant.answering.plans.points import RECOMMEND
    assert bool(RECOMMEND.search(question)) is asks


@pytest.mark.parametrize("text,left", [
    ("proposed in his fiscal year 2013 budget and disclosed in March 2012", []),
    ("By 2017, DoD had funded 8 institutes", ["8"]),
    ("as of 2016, the NNMI has 830 members", ["830"]),
    ("the top 40 of 2019", ["40"]),
    ("1900 companies joined", ["1900"]),  # a count that looks like a year, with no word of time before it
])
def test_a_year_after_a_word_of_time_is_a_date_not_a_count(text, left):
    from assistant.answering.lexicon import DATED_YEAR
    assert numbers_in(DATED_YEAR.sub(" ", text)) == left


@pytest.mark.parametrize("question", [
    "How does the report define a smart grid?", "The smart grid: how is it defined here?",
    "how are smart grids defined by the authors", "What is meant by a smart grid?"])
def test_how_is_x_defined_asks_for_a_definition_not_a_reason(question):
    assert answer_type(question) == "definition"


@pytest.mark.parametrize("question", [
    "How do the authors characterise the concept of a smart grid?", "so what actually counts as a smart grid here?",
    "What qualifies as a smart grid in this report?"])
def test_characterise_and_counts_as_ask_for_a_definition(question):
    assert answer_type(question) == "definition"


@pytest.mark.parametrize("question", ["what's the difference?", "which is bigger?", "and combined?",
                                      "What is the gap between the two?"])
def test_a_question_asking_only_arithmetic_leans_on_the_conversation(question):
    from assistant.answering.intent import asks_of_figures_given, depends_on_history

    assert asks_of_figures_given(question) and depends_on_history(question)


@pytest.mark.parametrize("question", ["What's the difference between DoD and DoE?", "which institute is bigger?",
                                      "What is the total budget of the grid plan?"])
def test_arithmetic_of_named_things_is_asked_of_them(question):
    from assistant.answering.intent import asks_of_figures_given

    assert not asks_of_figures_given(question)


@pytest.mark.parametrize("question,parts", [
    ("DoD vs DoE: how many did each fund, and when did they start?",
     ["DoD vs DoE: how many did each fund?", "DoD vs DoE: when did they start?"]),
    ("Two questions: who proposed the grid plan, and when was it adopted?",
     ["Who proposed the grid plan?", "When was it adopted?"]),
    ("For my briefing: who leads the alliance and how many members does it have?",
     ["Who leads the alliance?", "How many members does it have?"]),
])
def test_a_preface_that_names_things_scopes_every_part(question, parts):
    from assistant.answering.intent import split_parts

    assert split_parts(question) == parts


def test_which_bodies_count_as_members_still_asks_for_a_list():
    assert answer_type("Which bodies count as members of the alliance?") == "list"


def test_why_is_x_defined_as_y_still_asks_for_a_reason():
    assert answer_type("Why is the grid defined as the backbone of the plan?") == "reason"


@pytest.mark.parametrize("typed, meant", [
    ("whats the defintion of a smart grid", "whats the definition of a smart grid"),
    ("how do they defne smart grids", "how do they define smart grids"),
    ("the meanng of smart grid", "the meaning of smart grid")])
def test_a_typo_of_a_definition_word_is_repaired_where_no_document_uses_the_word(typed, meant):
    from assistant.answering.spelling import Speller

    speller = Speller({"smart", "grid", "grids"}, frozenset(), set(), {})
    assert speller.correct(typed) == meant


@pytest.mark.parametrize("verb, form, base", [
    ("mobilize", "mobilization", "mobile"), ("mobilised", "mobilizing", "Mobile"),
    ("normalization", "normalise", "normal"), ("finalizing", "finalized", "final"),
    ("specialise", "specializes", "special"),
])
def test_a_verb_made_with_ize_keeps_apart_from_the_word_it_is_made_of(verb, form, base):
    from assistant.text import stem

    assert stem(verb) == stem(form) != stem(base.lower())


@pytest.mark.parametrize("word", ["authorized", "authorised", "authority", "authorities"])
def test_authorising_and_authority_are_not_stemmed_to_author(word):
    from assistant.text import stem

    assert stem(word) != stem("authors") and stem(word) == stem("authorize")


@pytest.mark.parametrize("noun, adjective", [
    ("economy", "economic"), ("economies", "economically"), ("strategy", "strategic"), ("academy", "academic"),
    ("geography", "geographic"), ("philosophy", "philosophical"),
])
def test_a_noun_in_y_meets_its_adjective_in_ic(noun, adjective):
    from assistant.text import stem

    assert stem(noun) == stem(adjective)


@pytest.mark.parametrize("word, other", [("factory", "factor"), ("inventory", "inventor"), ("pandemic", "panda")])
def test_a_noun_in_y_does_not_meet_a_shorter_word(word, other):
    from assistant.text import stem

    assert stem(word) != stem(other)


@pytest.mark.parametrize("question", [
    "At what point did the mill close?", "at what time was the bridge opened", "So at what point was it signed?"])
def test_at_what_point_asks_for_a_date(question):
    assert answer_type(question) == "date"


@pytest.mark.parametrize("text, variant, own", [
    ("What should our ministry change?", "ministries", {"ministri"}),
    ("a lesson for my provincial governments", "governments", {"provinci", "govern"}),
    ("Is the ministry ours? What about our ministry?", "ministries", set()),  # once not as ours: a topic
    ("How many agencies guide it?", "agencies", set())])
def test_the_askers_own_body_is_found_with_its_modifiers(text, variant, own):
    from assistant.answering.understanding import own_words

    assert own_words(text, variant) == own


@pytest.mark.parametrize("typed, meant", [
    ("which companys lead it", "which companies lead it"), ("the comon policys", "the comon policies"),
    ("how many universitys", "how many universities"), ("which agencys", "which agencies")])
def test_a_plural_made_with_s_where_the_word_takes_ies_is_repaired(typed, meant):
    from assistant.answering.spelling import Speller

    speller = Speller({"companies", "policies", "universities", "agencies", "company"}, frozenset(), set(), {})
    assert speller.correct(typed) == meant


@pytest.mark.parametrize("question", [
    "Which firms are named as the backers?", "what companies does the paper name as leaders",
    "the giants named in the report?"])
def test_named_only_says_the_document_names_it(question):
    from assistant.answering.lexicon import META
    from assistant.text import content_tokens

    assert not {t for t in content_tokens(question) if t.startswith("name")} - META


@pytest.mark.parametrize("question", [
    "The bridge was closed because of what?",
    "How come the city can afford the new tram line?",
    "What is the rationale for moving the capital inland?",
    "What justification is given for the new tax?",
    "What's the point of splitting the agency into regions?",
    "What is the reasoning for treating rail as the backbone of the plan?",
    "What enables the farm to run without workers?",
    "What's letting the region attract so many investors?",
    "What development has given the port the basis to expand?",
    "What is the logic behind merging the two ministries?",
])
def test_a_cause_or_an_enabler_asked_in_other_words_is_a_why_question(question):
    assert answer_type(question) == "reason"


@pytest.mark.parametrize(("question", "kind"), [
    ("What is the purpose of the agency?", "definition"),
    ("Which regions does the agency cover?", "place"),  # plural place nouns ask places (session 26)
    ("How many reasons does the report give?", "figure"),
])
def test_a_purpose_or_a_count_of_reasons_is_not_a_why_question(question, kind):
    assert answer_type(question) == kind


@pytest.mark.parametrize(("sentence", "enables"), [
    ("After the shortage of berths was solved, the port has the foundation to expand.", True),
    ("The region has the foundation and advantages of building a hub.", True),
    ("Cheap sensors made remote monitoring a reality.", True),
    ("The new law allows farmers to sell directly.", True),
    ("The council wants to expand the port, in order to raise trade.", False),
    ("The port is the largest on the coast.", False),
])
def test_a_sentence_that_says_what_makes_something_possible(sentence, enables):
    from assistant.answering.lexicon import ENABLING

    assert bool(ENABLING.search(sentence)) is enables


@pytest.mark.parametrize("question", [
    "Where does the cooperative fall short?", "Where do the two plans differ most?", "where is the guild weakest?",
    "Where has the harbour board failed?"])
def test_where_that_asks_for_an_aspect_asks_for_no_place(question):
    from assistant.answering.plans.points import starts_as_fact_question
    assert answer_type(question) != "place"
    assert not starts_as_fact_question(question)


@pytest.mark.parametrize("question", ["Where is the guild based?", "Where did the miller open his bakery?"])
def test_where_of_a_thing_that_is_somewhere_still_asks_for_a_place(question):
    assert answer_type(question) == "place"


@pytest.mark.parametrize("question,asks", [
    ("What's the takeaway from how the guild paid for its sea wall?", True),
    ("What does the report want the council to build?", True),
    ("What would the authors have the ministry do first?", True),
    ("Any takeaway from the way the towns shared their water board?", True),
    ("What are the key takeaways from this paper?", False),  # a summary of the document, not a lesson
    ("What does the guild want to build?", False),  # what someone in the document wants, not what it advises
])
def test_a_takeaway_from_a_practice_or_what_the_document_wants_done_asks_for_recommendations(question, asks):
    from assistant.answering.plans.points import RECOMMEND
    assert bool(RECOMMEND.search(question)) is asks


@pytest.mark.parametrize("question", [
    "Where does the ferry company stand today?", "How does the report characterise the current state of the harbour?",
    "What's the present situation of the guild?", "how are the mills faring?"])
def test_a_question_about_how_things_are_now_asks_for_no_place_or_definition(question):
    from assistant.answering.lexicon import STATE_ASKED
    assert STATE_ASKED.search(question)
    assert answer_type(question) not in ("place", "definition")


@pytest.mark.parametrize("question", [
    "Where is the current position of the ship?", "Where was the present position of the fleet?",
    "where is the current position of the caravan now"])
def test_a_where_question_about_the_present_still_asks_for_a_place(question):
    assert answer_type(question) == "place"


@pytest.mark.parametrize("question, asked", [
    ("Summarize this report for a minister who has no time to read it", "Summarize this report"),
    ("Give me the gist of the study for my boss, who only has two minutes.", "Give me the gist of the study."),
    ("Brief overview please, for a director that hasn't read the document?", "Brief overview please?"),
    ("What are the main points, for a busy official who needs them by noon?", "What are the main points?"),
])
def test_the_audience_and_what_is_said_of_it_are_no_part_of_the_question(question, asked):
    from assistant.answering.lexicon import AUDIENCE
    assert AUDIENCE.sub(r"\1", question) == asked


@pytest.mark.parametrize("question, asked", [
    ("Before discussing the harbour, how does the report define a toll?", "how does the report define a toll?"),
    ("Before it gets into the ferry company, the article gives a population figure - what is it?",
     "the article gives a population figure - what is it?"),
    ("After the paper turns to the mills, which crops does it list?", "which crops does it list?"),
    # a story's own before and after stays
    ("Before the war, who ruled the city?", "Before the war, who ruled the city?"),
    ("After discussing the matter with the mayor, who did the guild appoint?",
     "After discussing the matter with the mayor, who did the guild appoint?"),
])
def test_a_part_of_the_document_the_answer_comes_before_or_after_is_no_topic(question, asked):
    from assistant.answering.lexicon import without_source_frame
    assert without_source_frame(question) == asked


@pytest.mark.parametrize("question, gloss", [
    ("What is the home-appliance maker Acme's platform called?", "home-appliance maker "),
    ("Which ferries does the shipping firm Ostrel run?", "shipping firm "),
    ("What did the tech giant Vantor build?", "tech giant "),
    # a place of something, or a clause with its "that" left out, describes no name
    ("What is the capital of France?", None), ("How large was the audience Vantor said it could reach?", None),
    ("What is the climate of Jiangsu province?", None),
])
def test_an_agent_word_before_a_name_is_the_askers_description_of_it(question, gloss):
    from assistant.answering.lexicon import APPOSITIVE
    m = APPOSITIVE.search(question)
    assert (m.group(1) if m else None) == gloss


@pytest.mark.parametrize("question, figure", [
    ("The report says a number of agencies advise the board. Which agencies are they?", False),
    ("A number of towns joined the league - which ones?", False),
    ("Who are the large number of donors that fund the harbour?", False),
    ("Which agencies, a number of them federal, advise the board?", False),
    # the number of something asked for stays a figure
    ("What is the number of members?", True), ("number of institutes funded by the navy?", True),
])
def test_a_number_of_things_is_many_of_them_not_a_figure_asked(question, figure):
    assert (answer_type(question) == "figure") is figure


@pytest.mark.parametrize("question, asked", [
    ("What, per the authors, gives the town the basis to grow?", "What gives the town the basis to grow?"),
    ("Who, according to the report, funded the wall?", "Who funded the wall?"),
    ("When, in the article's account, did the mills close?", "When did the mills close?"),
    ("What is a tide mill, according to the report?", "What is a tide mill?"),  # one comma, kept as it was
])
def test_a_source_clause_between_commas_leaves_no_stray_comma(question, asked):
    from assistant.answering.lexicon import without_source_frame
    assert without_source_frame(question) == asked


@pytest.mark.parametrize("question", [
    "What development makes that possible?", "Which invention made the night loading possible?",
    "What change made it possible for the town to grow?", "What new tools have made such ports a reality?"])
def test_what_makes_a_thing_possible_asks_for_a_reason(question):
    assert answer_type(question) == "reason"


@pytest.mark.parametrize("question, recommends", [
    ('What does the term "toll" mean for the guild?', False), ("What does the word berth mean in the report?", False),
    ("What does the phrase 'night loading' mean for the port?", False),
    ('What does the notion of "fair trade" mean for the town?', False),
    # what a finding or a document means for someone is its lesson
    ("What does this study mean for Chinese platforms?", True), ("What does all this mean for the port?", True),
    ("What does the paper imply for the harbour board?", True),
])
def test_what_a_term_means_is_no_lesson_for_anyone(question, recommends):
    from assistant.answering.plans.points import RECOMMEND
    assert bool(RECOMMEND.search(question)) is recommends


@pytest.mark.parametrize("question, kind", [
    ("When the report says 'toll', what does it mean?", "definition"),
    ("when they talk about the guild, who do they mean?", "entity"),
    ("When the mills closed, what happened to the millers?", "general"),
    # a when-question proper
    ("When did the mills close?", "date"), ("When was the wall finished, and by whom?", "date"),
    ("when the wall finished and who paid for it?", "date"),  # terse: no clause ends before the question
    ("when they say 'toll' what do they mean?", "general"),
])
def test_a_when_clause_before_the_question_sets_the_scene(question, kind):
    assert answer_type(question) == kind


@pytest.mark.parametrize("question", [
    "What meaning do the authors give to the concept of a tide mill?",
    "What definition does the report give of a tide mill?",
    "Which meaning does the article attach to the term tide mill?",
    "What meaning is given to the word toll in the report?"])
def test_the_meaning_given_to_a_thing_asks_for_its_definition(question):
    assert answer_type(question) == "definition"


@pytest.mark.parametrize("question,source", [
    ("What can China take away from America's experience?", " America's experience?"),
    ("Is there anything in the US model that we could borrow?", " the US model that we could borrow?"),
    ("Is there a lesson in how the guild trains its apprentices?", " how the guild trains its apprentices?"),
    ("Which US practices are worth copying in China?", ""),  # a place closing the question is whom they are for
    ("What should a province do?", ""),
    ("Any lessons in the charter from the old guild?", " the old guild?"),  # "from" names it before "in" does
    # a record named by its owner: "the US experience", "America's record", "going by the Danish example"
    ("What does the US experience tell us about siting?", "US"), ("What does America's record teach us?", "America"),
    ("Going by the Danish example, what should a city do?", "Danish"),
])
def test_lesson_source_is_named_by_from_or_by_an_in_that_does_not_close_the_question(question, source):
    from assistant.answering.plans.points import lesson_source
    assert lesson_source(question) == source


@pytest.mark.parametrize("question, asks_the_verb", [
    ("How does manufacturing's GDP share compare with its share of private companies?", False),
    ("Does the group's market share differ much from the other group's?", False),
    ("How did the sector's share change after 2016?", False),
    ("Did its share rise or fall?", False),
    ("What can members share with each other?", True),
    ("Do the institutes share their results?", True),
])
def test_share_before_a_verb_is_the_noun_not_the_verb(question, asks_the_verb):
    from assistant.answering.lexicon import SHARE_VERB_ASKED

    assert bool(SHARE_VERB_ASKED.search(question)) is asks_the_verb


@pytest.mark.parametrize("question, without", [
    ("请用三句话概括这篇论文的主要观点,我要给领导汇报。", "请用三句话概括这篇论文的主要观点。"),
    ("这篇论文讲了什么？我要给领导汇报。", "这篇论文讲了什么？"),
    ("我要给市长写个简报，论文对中国有什么建议？", "论文对中国有什么建议？"),
    ("What does NNMI do, for my minister?", "What does NNMI do?"),
    ("NNMI由谁领导？", "NNMI由谁领导？"),  # a clause that asks keeps its leader
    ("底特律研究院的领导是谁？", "底特律研究院的领导是谁？"),
    ("请给领导简要总结一下这篇论文。", "请简要总结一下这篇论文。"),
    ("帮我向部长介绍一下NNMI。", "帮我介绍一下NNMI。"),
    ("领导总结了什么？", "领导总结了什么？"),  # a leader who sums up is asked about
])
def test_who_the_answer_is_for_is_set_aside_in_english_and_in_a_chinese_clause(question, without):
    from assistant.answering.lexicon import without_audience

    assert without_audience(question) == without


@pytest.mark.parametrize("question, asks_a_name", [
    ("Which areas does the board set policies for?", False),
    ("Which types of institution make up the academic side?", False),
    ("Which matters do the common policies cover?", False),
    ("Which company leads the institute?", True),
    ("Which bill authorised the network?", True),
    ("Which 4 of the top 40 focus on design?", True),
])
def test_which_kind_of_thing_asks_no_name_but_which_company_does(question, asks_a_name):
    from assistant.answering.features import QuestionView
    from assistant.answering.understanding import Understanding

    u = Understanding(question=question, standalone=question, expanded=None, concepts=[], answer_type="list",
                      asserted_numbers=[], unknown_names=[], injection=False, dependent=False, asked=question)
    assert QuestionView(u, {}, False).asks_name is asks_a_name


def test_item_markers_are_set_aside_but_counts_kept():
    from assistant.answering.lexicon import ENUMERATOR
    assert ENUMERATOR.sub(" ", "(1) build highlands; (2) connect 5 firms; 3) unify").split() == [
        "build", "highlands;", "connect", "5", "firms;", "unify"]
    assert ENUMERATOR.sub(" ", "funded 8 (IMI) and 14 in total (2017)") == "funded 8 (IMI) and 14 in total (2017)"


@pytest.mark.parametrize("text, working", [
    ("two-thirds of the network's 830 members were manufacturers", "2/3 × 830 ≈ 553"),
    ("the network has 830 members, two-thirds of which are manufacturers", "2/3 × 830 ≈ 553"),
    ("25 percent of the 1,200 volunteers", "25% × 1200 = 300"),
    ("half of the 14 sheds", "1/2 × 14 = 7"),
])
def test_a_share_of_a_counted_whole_gives_the_working_of_its_count(text, working):
    from assistant.answering.derive import shares_of_whole

    assert [s.working for s in shares_of_whole(text)] == [working]


@pytest.mark.parametrize("text", ["two-thirds of private companies", "41% of GDP", "in 2016, 830 members"])
def test_no_share_of_a_counted_whole_without_one(text):
    from assistant.answering.derive import shares_of_whole

    assert shares_of_whole(text) == []


@pytest.mark.parametrize("answer, unsupported", [
    ("In numbers: 2/3 × 830 ≈ 553.", []),
    ("In numbers: 41% × 830 ≈ 340.", []),
    ("In numbers: 2/3 × 830 ≈ 600.", ["600"]),
])
def test_a_fraction_or_percentage_factor_is_checked_like_any_operand(answer, unsupported):
    from assistant.numbers import unsupported_numbers

    quotes = ["two-thirds of the 830 members", "41% of its 830 members"]
    assert unsupported_numbers(answer, quotes) == unsupported


@pytest.mark.parametrize("question,parts", [
    ("Who founded the ferry line, when, and how many passengers does it carry?",
     ["Who founded the ferry line, and when?", "How many passengers does it carry?"]),
    ("When was the line founded, by whom, and what is its main port?",
     ["When was the line founded, and by whom?", "What is its main port?"]),
    ("Which port is the main one, why, and who founded the line?",
     ["Which port is the main one, and why?", "Who founded the line?"]),
])
def test_a_question_word_alone_between_parts_asks_of_the_part_before_it(question, parts):
    from assistant.answering.intent import split_parts

    assert split_parts(question) == parts


_FERRY = ("# Ferry Services of the Western Isles\n\n## Services\n\nThe Western Isles ferry line was founded by Morag "
          "Campbell in 1974. It carries 300,000 passengers a year.\n\nThe line's main port is Oban, where its two "
          "largest ships are berthed.\n")


@pytest.mark.parametrize("question, said", [
    ("Who founded the Western Isles ferry line, when, and how many passengers does it carry?",
     ["Morag Campbell", "1974", "300,000"]),
    ("When was the ferry line set up, by whom, and what is its main port?", ["1974", "Morag Campbell", "Oban"]),
    ("Which port is the line's main one, why, and who founded the line?", ["Oban", "Morag Campbell"]),
    ("Who founded the ferry line, where, and how many passengers does it carry a year?",
     ["Morag Campbell", "300,000"]),
])
def test_every_part_around_a_bare_question_word_is_answered(assistant_over, question, said):
    ans = assistant_over(ferry=_FERRY).ask(question, suggest=False)
    assert not ans.refused and all(s in ans.answer for s in said), ans.answer
