"""Classes of wordings that ask a fact of the paper in other words (the paraphrase work): each class is shown by at
least three differently worded questions of our own, through the real assistant (real model, real Chroma)."""

from __future__ import annotations

import re

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


# ---------------------------------------------------------------- a typo of another form of a paper word


@pytest.mark.parametrize("typed,meant", [
    ("implment", "implement"),  # the paper says "implementing", "implementation"
    ("afiliated", "affiliated"),  # the knowledge says "affiliation"
    ("discloze", "disclose"),  # the paper says "disclosed"
])
def test_a_typo_is_repaired_to_an_english_word_whose_stem_the_documents_use(assistant, typed, meant):
    assert assistant.reader.correct_text(f"when did they {typed} it") == f"when did they {meant} it"


def test_a_real_word_is_never_corrected_to_another_form(assistant):
    assert assistant.reader.correct_text("they treat it well") == "they treat it well"


@pytest.mark.parametrize("question,expected", [
    ("Which firm are the paper's authors afiliated with?", "AVIC"),
    ("Whose company are the autors of this study afiliated to?", "AVIC"),
    ("What strategy is the NNMI meant to help implment?", "reindustrialization"),
])
def test_a_typo_of_another_form_still_finds_the_fact(assistant, question, expected):
    ans = assistant.ask(question)
    assert not ans.refused and expected in ans.answer, ans.answer


# ---------------------------------------------------------------- the words of a contrast marker


@pytest.mark.parametrize("question", [
    "Which network is the pillar of NNMI, as opposed to manufacturing?",
    "In contrast to manufacturing, which network is the pillar of NNMI?",
    "Which network, as against manufacturing, is defined as the pillar of the NNMI?",
])
def test_the_words_of_a_contrast_marker_are_no_topic(assistant, question):
    u = assistant.reader.read(question, [])
    names = {c.name for c in u.concepts}
    assert not names & {"oppos", "contrast", "against"}, names
    manufacturing = [c for c in u.concepts if c.name == "manufacturing"]
    assert manufacturing and all(c.weight < 1.5 for c in manufacturing), u.concepts


# ---------------------------------------------------------------- a total asked, a part ranked first


@pytest.mark.parametrize("question", [
    "Altogether, how many institutes had the three departments funded by 2017?",
    "How many innovation institutes were funded by 2017, all departments combined?",
    "What was the total number of institutes the US departments had funded by 2017?",
])
def test_a_total_is_answered_by_the_stated_total_not_by_one_part(assistant, question):
    ans = assistant.ask(question)
    assert not ans.refused and "14" in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "How many institutes did Defense, Energy and Commerce fund altogether?",
    "Taken together, how many hubs did DoD, DoE and Commerce pay for?",
    "How many institutes did the Departments of Defense, Energy and Commerce fund combined?",
])
def test_a_sum_of_three_named_parts_is_not_the_sum_of_two(assistant, question):
    ans = assistant.ask(question)
    assert "14" in ans.answer and "13" not in ans.answer, ans.answer


def test_a_sum_of_two_named_parts_is_still_worked_out(assistant):
    ans = assistant.ask("How many institutes did DoD and DoE fund together?")
    assert "8 + 5 = 13" in ans.answer, ans.answer


def test_a_share_of_the_total_is_no_question_about_the_total(assistant):
    ans = assistant.ask("What share is that of the total?", [
        {"role": "user", "content": "How many universities and research institutions were NNMI members?"},
        {"role": "assistant", "content": "177 universities and research institutions."}])
    assert "21%" in ans.answer, ans.answer


# ---------------------------------------------------------------- what ought to be done, by a verb of effort


@pytest.mark.parametrize("question", [
    "Drawing on the NNMI network, what should China's industrial internet programme focus on?",
    "What should Chinese policymakers concentrate on when building the industrial internet?",
    "What should China's planners pursue, according to the paper?",
])
def test_what_should_x_focus_on_asks_for_the_recommendations(assistant, question):
    ans = assistant.ask(question)
    assert not ans.refused and "highland" in ans.answer, ans.answer


# ---------------------------------------------------------------- other names of the architecture's bottom layer


@pytest.mark.parametrize("question", [
    "What items make up the base tier of the innovation network's structure?",
    "Which components are found at the lowest level of the national manufacturing innovation network's structure?",
    "What does the foundation layer of the manufacturing innovation network consist of?",
])
def test_the_bottom_layer_by_its_other_names(assistant, question):
    ans = assistant.ask(question)
    assert not ans.refused and "product design" in ans.answer.lower(), ans.answer


# ---------------------------------------------------------------- a year is no count


@pytest.mark.parametrize("question", [
    "How many hubs is the American national network meant to set up?",
    "How many innovation institutes were planned under Obama's network plan?",
    "How many institutes did Obama's 2013 budget plan propose?",
])
def test_a_how_many_question_is_not_answered_by_a_sentence_whose_only_numbers_are_years(assistant, question):
    from assistant.answering.lexicon import DATED_YEAR
    from assistant.numbers import numbers_in
    ans = assistant.ask(question)
    text = DATED_YEAR.sub(" ", ans.answer.replace("[1]", ""))
    assert ans.refused or numbers_in(text), ans.answer


# ---------------------------------------------------------------- "the <name> programme"; "what X does Y have?"


def _weight(a: Assistant, question: str, name: str) -> float:
    return next(c.weight for c in a.reader.read(question, []).concepts if c.name == name)


@pytest.mark.parametrize("question,noun", [
    ("What mission statement does the National Network for Manufacturing Innovation plan have?", "plan"),
    ("What mission does the National Network for Manufacturing Innovation scheme have?", "scheme"),
    ("In its mission, what does the National Network for Manufacturing Innovation programme connect?", "programme"),
])
def test_a_generic_noun_after_a_name_is_no_topic_of_its_own(assistant, question, noun):
    free = _weight(assistant, f"When did Obama disclose the {noun} in his budget?", "initiative")
    assert _weight(assistant, question, "initiative") < 0.5 * free
    ans = assistant.ask(question)
    assert not ans.refused and "people, ideas and technologies" in ans.answer, ans.answer


@pytest.mark.parametrize("question,head", [
    ("What mission statement does the NNMI have?", "mission"),
    ("What vision does the manufacturing innovation network have?", "vision"),
    ("Which mission did the American network have?", "mission"),
])
def test_what_the_subject_has_is_the_topic_not_a_kind_of_answer(assistant, question, head):
    assert head not in {c.name for c in assistant.reader.read(question, []).heads}
    # what kind of thing a which-question asks for still says the kind of answer, not the topic
    assert assistant.reader.read(f"Which {head} leads the Chicago institute?", []).heads


# ---------------------------------------------------------------- a common synonym of the document's word


@pytest.fixture(scope="module")
def with_harbour(paper_plus) -> Assistant:
    return paper_plus("harbour.md")


@pytest.mark.parametrize("question,expected", [
    # "complete" for the document's "finish", "chief shortcoming" for "main weakness", "flaw" for "weakness"
    ("How many years were needed before the cold store was complete?", "three years"),
    ("What was the cooperative's chief shortcoming?", "single buyer"),
    ("Which flaw of the cooperative does the text name?", "single buyer"),
])
def test_a_common_synonym_of_the_documents_word_finds_it(with_orchard, question, expected):
    ans = with_orchard.ask(question)
    assert not ans.refused and expected in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "How many years did the sea wall take to complete?",
    "Completing the sea wall took how many years?",
    "How many years did the guild's sea wall need before it was complete?",
])
def test_a_synonym_of_the_verb_picks_the_sentence_that_says_it(with_harbour, question):
    ans = with_harbour.ask(question)
    assert not ans.refused and "eleven years" in ans.answer, ans.answer


def test_a_synonym_is_an_alternative_with_less_credit_than_the_word_typed(assistant):
    u = assistant.reader.read("How many roles does a manufacturing post sustain?", [])
    sustain = next(c for c in u.concepts if c.name == "sustain")
    assert sustain.match_score({"sustain"}) == 1.0
    assert 0.0 < sustain.match_score({"support"}) < 1.0
    assert sustain.match_score({"oppos"}) == 0.0


@pytest.mark.parametrize("question", [
    "Who financed the new sea wall?",  # a synonym finds the evidence; it does not make the verb a check of it
    "Which guild levied every ship entering the bay?",
    "What did the harbour master order to shield the docks?",
])
def test_a_synonym_does_not_refuse_what_its_word_answered(with_harbour, question):
    ans = with_harbour.ask(question)
    assert not ans.refused and "Ropemakers" in ans.answer, ans.answer


# ---------------------------------------------------------------- what makes up a thing


@pytest.mark.parametrize("question", [
    "Who is the cooperative's board composed of?",
    "What is the composition of the cooperative's board?",
    "Which types of members make up the board?",
])
def test_what_makes_up_x_is_answered_by_what_x_includes(with_orchard, question):
    ans = with_orchard.ask(question)
    assert not ans.refused and "banker" in ans.answer, ans.answer
    assert "meets every spring" not in ans.answer, ans.answer  # about the board, but not what it is made of


def test_the_kind_after_types_of_is_the_head_noun_not_the_verb(assistant):
    u = assistant.reader.read("Which types of institutes make up the manufacturing innovation network?", [])
    assert "Innovation Institute" in {c.name for c in u.heads}, u.heads
    free = assistant.reader.read("How are the institutes of the manufacturing innovation network funded?", [])
    assert _weight(assistant, u.question, "Innovation Institute") < _weight(assistant, free.question,
                                                                          "Innovation Institute")


# ---------------------------------------------------------------- a polite request around the question


@pytest.mark.parametrize("polite,plain", [
    ("Could you please tell me which organisation leads the Chicago institute?",
     "Which organisation leads the Chicago institute?"),
    ("I'd like to know what kinds of companies the NNMI's members are.", "What kinds of companies are NNMI members?"),
    ("Can you tell me which department funded eight institutes?", "Which department funded eight institutes?"),
])
def test_a_polite_request_around_a_question_does_not_change_how_it_is_read(assistant, polite, plain):
    def weights(q: str) -> dict[str, float]:
        return {c.name: round(c.weight, 6) for c in assistant.reader.read(q, []).concepts}

    def heads(q: str) -> set[str]:
        return {c.name for c in assistant.reader.read(q, []).heads}

    assert heads(plain) and heads(polite) == heads(plain)
    shared = weights(polite).keys() & weights(plain).keys()
    assert shared and all(weights(polite)[n] == weights(plain)[n] for n in shared), (weights(polite), weights(plain))


# ---------------------------------------------------------------- a phrasal verb for the document's one word


@pytest.mark.parametrize("question,word", [
    ("Which law set up the manufacturing innovation network?", "establish"),
    ("Which strategy is the network a step in carrying out?", "implement"),
    ("How did the cooperative step up its frost defences?", "strengthen"),
])
def test_a_phrasal_verb_is_read_as_its_one_word(assistant, question, word):
    assert word in {c.name for c in assistant.reader.read(question, []).concepts}


def test_a_phrasal_verb_finds_the_document_word_on_an_own_document(with_orchard):
    ans = with_orchard.ask("Who set up the Linden Valley Cooperative?")
    assert not ans.refused and "forty apple growers" in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "What policies has the NNMI put in place for its institutes?",
    "Which common policies did the NNMI put in place?",
])
def test_put_in_place_finds_what_was_established(assistant, question):
    ans = assistant.ask(question)
    assert not ans.refused and "intellectual property" in ans.answer, ans.answer


@pytest.mark.parametrize("typed,said", [("workerless", "unman"), ("plants", "factori"), ("thinking", "thought"),
                                        ("law", "bill"), ("legislation", "act"), ("bodies", "agenc"),
                                        ("heavyweights", "giant"), ("backbone", "pillar")])
def test_more_common_synonyms_are_alternatives(assistant, typed, said):
    u = assistant.reader.read(f"Which technologies make {typed} possible?", [])
    assert any(frozenset([said]) in c.alternatives for c in u.concepts), u.concepts


def test_workerless_plants_are_the_papers_unmanned_factories(assistant):
    ans = assistant.ask("Which technologies make workerless plants possible?")
    assert not ans.refused and "robots" in ans.answer, ans.answer


# ---------------------------------------------------------------- an irregular form of the document's verb


@pytest.mark.parametrize("question,expected", [
    ("Who holds the chair of the cooperative's board?", "mayor"),  # the document: "held"
    ("Whom did the cooperative sell to?", "supermarket"),  # the document: "sold"
    ("Who did the cooperative sell its apples to?", "supermarket"),
])
def test_an_irregular_form_of_the_verb_is_the_same_word(with_orchard, question, expected):
    ans = with_orchard.ask(question)
    assert not ans.refused and expected in ans.answer, ans.answer


def test_the_present_phase_of_worldwide_platforms_is_the_global_critical_period(assistant):
    u = assistant.reader.read("How does the paper characterise the present phase of worldwide platforms?", [])
    alternatives = {a for c in u.concepts for a in c.alternatives}
    assert {frozenset(["period"]), frozenset(["global"])} <= alternatives


@pytest.mark.parametrize("question", [
    "What gave the cooperative its power?",  # the document: "drew its strength from"
    "What were the sources of the cooperative's might?",
])
def test_power_and_might_are_the_documents_strength(with_orchard, question):
    ans = with_orchard.ask(question)
    assert not ans.refused and "skilled pickers" in ans.answer, ans.answer


def test_strength_is_the_papers_force(assistant):
    ans = assistant.ask("Name the three strengths on which US might rests.")
    assert not ans.refused and "military" in ans.answer and "dollar" in ans.answer, ans.answer


# ---------------------------------------------------------------- "product development" is the paper's R&D


@pytest.mark.parametrize("question", [
    "Name the platforms in the 2019 top 40 whose core is product development management.",
    "Which four top-40 platforms are built around product development management?",
    "List the product development management platforms among China's top 40.",
])
def test_product_development_names_the_r_and_d_group(assistant, question):
    ans = assistant.ask(question)
    assert not ans.refused and "COSMOPLAT" in ans.answer and "Simdroid" in ans.answer, ans.answer


def test_product_development_counts_the_r_and_d_group(assistant):
    ans = assistant.ask("How many of the top 40 platforms centre on product development management?")
    assert not ans.refused and "4" in ans.answer and "23" not in ans.answer, ans.answer


# ---------------------------------------------------------------- where to: a verb of going, then the place


@pytest.mark.parametrize("question", [
    "Where did the miller move to?",
    "To where did the cider mill's miller move?",
    "Where did the miller of the old cider mill relocate after it closed?",
])
def test_a_verb_of_going_then_a_name_answers_where(with_orchard, question):
    ans = with_orchard.ask(question)
    assert not ans.refused and "Valdora" in ans.answer, ans.answer


RESERVOIR = """# The Kessel Reservoir

## History

The Valley Water Bill of 1961 authorised the building of the Kessel reservoir. Work began in 1963 and ended in 1967.

## Users

The reservoir serves 40 farms, 3 towns, and 12 government agencies and non-profit organizations. Its water board
meets twice a year.
"""


@pytest.mark.parametrize("question, expected", [
    ("Which act authorised the reservoir?", "Valley Water Bill"),
    ("What law authorised building the reservoir?", "Valley Water Bill"),
    ("Under which piece of legislation was the reservoir built?", "Valley Water Bill"),
    ("How many public bodies and not-for-profit organisations does the reservoir serve?", "12"),
    ("How many government bodies and non-profits use the reservoir?", "12"),
])
def test_a_law_by_another_name_and_public_bodies_as_agencies(assistant_over, question, expected):
    ans = assistant_over(reservoir=RESERVOIR).ask(question)
    assert not ans.refused and expected in ans.answer, ans.answer


GUILD = """# The Weavers' Guild

## Members

The guild has 60 members in three towns. Its hall stands by the river.

## Research

The giants Acme Looms and Borel Textiles are the pillar of the guild's research, with the town college.
"""


@pytest.mark.parametrize("question", [
    "Which industry heavyweights does the text cite as the backbone of the guild's research?",
    "Which corporate titans are the mainstay of the guild's research?",
    "Which giants form the cornerstone of the guild's research?",
])
def test_heavyweights_are_giants_and_a_backbone_is_a_pillar(assistant_over, question):
    ans = assistant_over(guild=GUILD).ask(question)
    assert not ans.refused and "Acme Looms" in ans.answer, ans.answer


# ---------------------------------------------------------------- a noun of the glossary used as a verb


def _with_glossary(tmp_path, assistant_over, glossary: str, **documents: str) -> Assistant:
    """``assistant_over`` the documents, with ``glossary`` as the folder's glossary.yaml."""
    (tmp_path / "knowledge").mkdir(exist_ok=True)
    (tmp_path / "knowledge" / "glossary.yaml").write_text(glossary, encoding="utf-8")
    return assistant_over(**documents)


VALLEY = """# The Valley Economy

## Research

The valley's 9 research centres serve its firms in farming, robotics and water. Each centre has its own board.

## Firms

Of the valley's 40 firms, 6 focus on robotics and 3 focus on farming.

## Trade

Most of the valley's trade is centered around the river port of Maddox. Wool is sold at three fairs.
"""

VALLEY_GLOSSARY = """terms:
  - term: research centre
    entity: false
    synonyms: [centre, centres, center, centers, research center]
"""


@pytest.mark.parametrize("question", [
    "How many of the valley's firms centre on farming?",
    "How many firms in the valley are centered around farming?",
    "how many valley firms center on farming",
])
def test_centre_on_is_a_verb_not_the_glossarys_centre(tmp_path, assistant_over, question):
    ans = _with_glossary(tmp_path, assistant_over, VALLEY_GLOSSARY, valley=VALLEY).ask(question)
    assert not ans.refused and "3" in ans.answer and "9" not in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "and what is most of it centred on?", "what is it mostly centered around?", "and what does most of it focus on?",
])
def test_focus_and_centre_are_one_word(tmp_path, assistant_over, question):
    a = _with_glossary(tmp_path, assistant_over, VALLEY_GLOSSARY, valley=VALLEY)
    first = "Tell me about the valley's trade."
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": a.ask(first).answer}]
    ans = a.ask(question, history)
    assert not ans.refused and "Maddox" in ans.answer, ans.answer


# ---------------------------------------------------------------- a named thing that only sets the scene

RAIL = """# Northern transport

## The case for a new line

The Northern Rail Network was proposed in 1990 to serve the north.

Freight makes up 40% of northern traffic, and the roads are full.

## Museums

The city museum holds 12 old carriages.
"""

RAIL_GLOSSARY = """terms:
  - term: Northern Rail Network
    abbreviations: [NRN]
"""


@pytest.mark.parametrize("question", [
    "In the case for the Northern Rail Network, what share of northern traffic is freight?",
    "Regarding the Northern Rail Network, how much of the north's traffic is freight, in percent?",
    "Within the NRN's rationale, what share of traffic does freight make up?",
])
def test_a_thing_that_sets_the_scene_is_named_by_the_evidences_section(tmp_path, assistant_over, question):
    ans = _with_glossary(tmp_path, assistant_over, RAIL_GLOSSARY, rail=RAIL).ask(question)
    assert not ans.refused and "40%" in ans.answer, ans.answer


def test_a_thing_the_question_asks_about_must_stand_in_the_evidence(tmp_path, assistant_over):
    a = _with_glossary(tmp_path, assistant_over, RAIL_GLOSSARY, rail=RAIL)
    ans = a.ask("What share of traffic does the Northern Rail Network's freight make up?")
    assert ans.refused, ans.answer


# ---------------------------------------------------------------- a rate of something the documents never measure

ORLA = """# The town of Orla

## People and work

The town of Orla has 4,000 people. Manufacturing makes up 12% of Orla's economy, and the mill employs 200 workers.
Its birth rate is 9 per 1,000.

## History

Orla was founded in 1820 by wool traders.
"""


@pytest.mark.parametrize("question", [
    "What's the manufacturing unemployment rate in Orla?",
    "What is the manufacturing growth rate of Orla?",
    "What is Orla's manufacturing accident rate?",
])
def test_a_rate_of_what_the_documents_never_measure_is_not_another_share(assistant_over, question):
    ans = assistant_over(orla=ORLA).ask(question)
    assert ans.refused and "12%" not in ans.answer.split("related reading")[0], ans.answer


@pytest.mark.parametrize("question, expected", [
    ("What is the birth rate in Orla?", "9 per 1,000"), ("Orla's birth rate?", "9 per 1,000"),
    ("What is the manufacturing share of Orla's economy?", "12%")])
def test_a_rate_the_documents_give_is_answered(assistant_over, question, expected):
    ans = assistant_over(orla=ORLA).ask(question)
    assert not ans.refused and expected in ans.answer, ans.answer


# ---------------------------------------------------------------- how far: a distance

MILLTOWN = """# Orla and its mill

## The mill

The Orla mill employs 200 workers and ships 40 tonnes of wool a week to Brenna and Tarn.

The mill stands 3 km from the river Ade.
"""


@pytest.mark.parametrize("question", [
    "How far is Brenna from Tarn?", "How far away is the Orla mill from Brenna?",
    "What is the distance between Tarn and the mill?"])
def test_how_far_needs_a_distance(assistant_over, question):
    ans = assistant_over(mill=MILLTOWN).ask(question)
    assert ans.refused and "200" not in ans.answer.split("related reading")[0], ans.answer


@pytest.mark.parametrize("question", ["How far is the mill from the river Ade?", "How close is the mill to the Ade?",
                                      "how far away from the river does the Orla mill stand"])
def test_a_distance_the_document_gives_answers_how_far(assistant_over, question):
    ans = assistant_over(mill=MILLTOWN).ask(question)
    assert not ans.refused and "3 km" in ans.answer, ans.answer


# ---------------------------------------------------------------- "at what point ...?" asks when


@pytest.mark.parametrize("question,date", [
    ("At what point was the manufacturing innovation network plan formally unveiled?", "2012"),
    ("at what point did the alliance put out Architecture 2.0?", "2020"),
    ("At what time was the NNMI officially disclosed to the public?", "2012"),
])
def test_at_what_point_asks_for_a_date_and_point_is_no_topic(assistant, question, date):
    u = assistant.reader.read(question, [])
    assert u.answer_type == "date" and not any(c.name in ("point", "time") for c in u.concepts)
    ans = assistant.ask(question)
    assert not ans.refused and date in ans.answer, ans.answer


def test_at_what_point_in_something_is_no_date():
    from assistant.answering.intent import answer_type

    assert answer_type("At what point in the value chain do the platforms focus?") != "date"


# ---------------------------------------------------------------- 美国制造业 is the US and manufacturing


@pytest.mark.parametrize("question", ["美国制造业占国内生产总值的多少？", "美国制造业在GDP中占多大比例？",
                                      "美国制造业的GDP占比是多少？"])
def test_a_chinese_alias_ending_inside_a_word_does_not_hide_the_two_words(assistant, question):
    ans = assistant.ask(question)
    assert not ans.refused and "12%" in ans.answer, ans.answer


# ---------------------------------------------------------------- a figure the documents state, a date they do not


@pytest.fixture(scope="module")
def with_canals(paper_plus) -> Assistant:
    return paper_plus("canals.md")


@pytest.mark.parametrize("question", [
    "When will all 30 canals of Lowmere be dredged?", "By what year should the 30 planned canals be finished?",
    "In which year is the dredging of the 30 Lowmere canals due to end?",
    "What year will the authority finish its 30 canals?"])
def test_a_date_of_a_stated_figure_the_documents_do_not_date_is_refused_not_called_a_mismatch(with_canals, question):
    ans = with_canals.ask(question)
    assert ans.refused and "does not match" not in ans.answer, ans.answer


def test_a_figure_the_documents_state_of_other_things_is_still_called_a_mismatch(with_canals):
    ans = with_canals.ask("When did the Lowmere water authority dredge its 7 canals?")
    assert "does not match" in ans.answer and "12" in ans.answer, ans.answer


@pytest.mark.parametrize("question, name", [
    ("底特律轻量化现代金属制造创新研究院的牵头单位是谁？", "爱迪生焊接研究所"),
    ("芝加哥数字制造与设计创新研究院的牵头单位是哪个？", "伊利诺伊大学"),
    ("哪个单位牵头底特律的轻量化金属研究院？", "爱迪生焊接研究所"),
])
def test_a_generic_chinese_word_for_a_body_is_no_name_of_the_authors_affiliation(assistant, question, name):
    u = assistant.reader.read(question, [])
    assert not any(c.name.startswith("AVIC") for c in u.concepts)
    ans = assistant.ask(question)
    assert not ans.refused and name in ans.answer, ans.answer


@pytest.mark.parametrize("question, gloss", [
    ("底特律轻量化现代金属制造创新研究院的牵头单位是谁？", "（Edison Welding Institute）"),
    ("截至2017年，美国国防部资助了几个创新研究院？", "（Department of Defense）"),
    ("中国工业互联网体系架构2.0是谁发布的？", "》（China Industrial Internet System Architecture 2.0）"),
])
def test_a_chinese_answer_gives_each_body_its_english_name_once_so_the_quote_can_be_checked(assistant, question,
                                                                                              gloss):
    ans = assistant.ask(question)
    assert not ans.refused and ans.answer.count(gloss) == 1, ans.answer
    assert "（United States）" not in ans.answer and "（China）" not in ans.answer  # places need no gloss


@pytest.mark.parametrize("question", [
    "what areas do the NNMI comon policys cover?", "the areas covered by NNMI's comon policies?",
    "In which areas does NNMI have comon policys?", "comon policys of the NNMI - which areas?",
    "what do the NNMI common polcies cover?"])
def test_word_pairs_are_read_from_the_repaired_question(assistant, question):
    ans = assistant.ask(question)
    assert not ans.refused and "intellectual property" in ans.answer, ans.answer


@pytest.mark.parametrize("question, expected", [
    ("《中国工业互联网体系架构2.0》的重心是什么？", "智能制造"), ("体系架构2.0以什么为核心？", "智能制造"),
    ("体系架构2.0的重点是什么？", "智能制造"), ("以研发管理为重点的平台有几家？", "4个"),
    ("前40强中侧重研发管理的平台有多少个？", "4个")])
def test_chinese_words_for_a_focus_ask_what_something_centres_on(assistant, question, expected):
    ans = assistant.ask(question)
    assert not ans.refused and expected in ans.answer, ans.answer



# ---------------------------------------------------------------- "That's why X": the reasons before it answer "why X?"


@pytest.mark.parametrize("question", [
    "Why is the R&D network called the pillar of NNMI?", "What makes NNMI treat R&D as its pillar?",
    "为什么研发网络是NNMI的支柱？", "Why does NNMI see research and development as its cornerstone?"])
def test_a_why_question_gets_the_reasons_before_that_is_why_not_the_bare_claim(assistant, question):
    ans = assistant.ask(question)
    assert not ans.refused and ("unattended" in ans.answer or "无人" in ans.answer), ans.answer


def test_a_term_that_is_no_name_gets_no_english_gloss(assistant):
    ans = assistant.ask("为什么NNMI把研发网络定义为整个计划的支柱？")
    assert "研发网络" in ans.answer and "（R & D network）" not in ans.answer, ans.answer


# ---------------------------------------------------------------- definition questions: the asking word is no topic


@pytest.mark.parametrize("question", [
    "How is the term industrial internet defined by this article?",
    "What counts as industrial internet in this paper?",
    "Industrial internet: how do the authors define it?",
    "In this paper, how is the industrial Internet defined?",
])
def test_a_definition_question_gets_what_the_thing_is_not_another_terms_definition(assistant, question):
    # the paper's "defined" stands in the sentence about "advanced": the asking word must not pick it
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "infrastructure" in ans.answer and "advanced technology" not in ans.answer, ans.answer


# ---------------------------------------------------------------- arithmetic asked of the figures just given


@pytest.mark.parametrize("turns,working", [
    (["How many institutes did DoD fund by 2017?", "and DoE?", "what's the difference?"], "8 − 5 = 3"),
    (["How many companies are in the Detroit institute?", "And in Chicago's?", "what's the gap?"], "41 − 34 = 7"),
    (["How many companies are in the Detroit institute?", "And in Chicago's?", "and combined?"], "41 + 34 = 75"),
    (["By 2017 how many institutes had Energy funded?", "and Defense?", "which is bigger?"], "8 − 5 = 3"),
])
def test_a_follow_up_asking_only_arithmetic_works_on_the_two_things_just_asked_about(assistant, turns, working):
    from assistant.types import Turn

    history: list[Turn] = []
    for q in turns:
        ans = assistant.ask(q, history=history, suggest=False)
        history += [Turn(role="user", content=q), Turn(role="assistant", content=ans.answer)]
    assert not ans.refused and working in ans.answer, ans.answer


@pytest.mark.parametrize("question,working", [
    ("DoD vs DoE: how many institutes had each funded by 2017, and what's the gap between them?", "8 − 5 = 3"),
    ("Detroit vs Chicago institute: how many companies in each, and what is the difference?", "41 − 34 = 7"),
    ("Energy versus Commerce: how many institutes did each fund, and by how many do they differ?", "5 − 1 = 4"),
])
def test_a_preface_naming_the_sides_scopes_every_part(assistant, question, working):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and working in ans.answer and "+" not in ans.answer, ans.answer


# ---------------------------------------------------------------- why: what makes it possible, and "that's why"

VELL = """# The port of Vell

## The plan

The city council wants to expand the port of Vell with six new berths, in order to raise its share of coastal trade.

## The change

Automated cranes and deep-water dredging made night loading a reality. Dockers' wages are no longer the main cost of
the port. After the shortage of deep berths was solved, Vell has the foundation to expand the port.

## The network

The rail link is the power source of the regional freight plan and is defined as its backbone.

## Costs

Trucks are fast, but rail moves a tonne of freight for a third of the cost. That's why the plan defines the rail link
as the backbone of the freight network.
"""


@pytest.mark.parametrize("question", [
    "Why can Vell expand its port now?", "What is letting Vell expand the port now?",
    "How come Vell could expand its port?", "What gives Vell the basis to expand the port?"])
def test_why_can_is_answered_by_what_makes_it_possible_not_by_the_wish(assistant_over, question):
    ans = assistant_over(vell=VELL).ask(question)
    assert not ans.refused and "foundation" in ans.answer and "six new berths" not in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "Why is the rail link the backbone of the freight plan?",
    "For what reason does the plan define the rail link as the backbone of the whole network?",
    "The rail link is defined as the backbone - why?"])
def test_a_why_question_gets_the_reason_before_that_is_why_in_another_paragraph(assistant_over, question):
    ans = assistant_over(vell=VELL).ask(question)
    assert not ans.refused and "third of the cost" in ans.answer, ans.answer


# ---------------------------------------------------------------- the documents named as the source


_MILLS = ("# Tide Mills of the Ravel Estuary\n\nThe Ravel estuary had nine tide mills in 1800, and the last of them "
          "stopped grinding in 1921. The mills were owned by the abbey until 1790, when the town bought them.\n\n"
          "A tide mill is a water mill driven by the rise and fall of the tide. A dam with a sluice gate holds the "
          "sea water in a pond at high tide, and the miller lets it out through the wheel as the tide falls.\n\n"
          "Most of the mills closed because steam mills in the port ground flour more cheaply. The abbey's mill "
          "at Corve is now a museum that grinds flour twice a year.\n")


@pytest.mark.parametrize("question", [
    "What is a tide mill, according to the report?",
    "Tide mills — what are they, as the article defines them?",
    "Could you explain how the document defines a tide mill?",
])
def test_a_definition_asked_of_the_documents_by_name_is_answered_by_the_definition(assistant_over, question):
    ans = assistant_over(mills=_MILLS).ask(question, suggest=False)
    assert not ans.refused and "water mill driven by the rise and fall" in ans.answer, ans.answer


# ---------------------------------------------------------------- what an asked thing includes


_FEDERATION = ("# The Marrow Federation\n\nThe Marrow Federation links eleven river towns through a shared water "
               "board. Its academic partners advise the water board on research, and the federation's academic "
               "side runs a yearly forum on the river for the towns.\n\n"
               "The federation's academic side includes two universities, a technical college and a public "
               "laboratory. Its industrial side comprises the port authority and five shipping firms.\n\n"
               "The water board meets in Ostrel, the largest of the towns, each autumn.\n")


@pytest.mark.parametrize("question", [
    "Federation academic side: which types of institutions?",
    "Which sorts of institutions form the academic side of the Marrow Federation?",
    "What kinds of institutions does the federation's academic side consist of?",
    "What sorts of institutions form the academic side of the Marrow Federation?",
    "What sorts of bodies form the federation's academic side?",
])
def test_what_a_thing_includes_answers_which_kinds_it_is_made_of(assistant_over, question):
    ans = assistant_over(federation=_FEDERATION).ask(question, suggest=False)
    assert not ans.refused and "technical college" in ans.answer, ans.answer
    assert "yearly forum" not in ans.answer, ans.answer  # names the academic side, but not what it includes


@pytest.mark.parametrize("question, plain, word", [
    ("What does the term 'toll' mean for the guild?", "How long is the mayor's term?", "term"),
    ('What does the notion of "fair trade" mean here?', "Whose notion won the debate?", "notion"),
    ('What does the phrase "night loading" mean?', "Who coined the phrase?", "phrase")])
def test_the_word_for_a_word_weighs_as_a_word_of_kind(assistant, question, plain, word):
    def weight(q: str) -> float:
        return next((c.weight for c in assistant.reader.read(q, []).concepts if c.name == word), 0.0)
    assert 0 < weight(question) < weight(plain)


def test_the_word_of_kind_in_which_types_of_weighs_as_an_answer_type_word(assistant):
    def weight(question: str, name: str) -> float:
        return next(c.weight for c in assistant.reader.read(question, []).concepts if c.name == name)
    assert weight("What type of boat did he sail?", "type") < weight("Which boat type did he sail?", "type")


# ---------------------------------------------------------------- a name described in the asker's words


@pytest.fixture(scope="module")
def with_kessel(paper_plus) -> Assistant:
    return paper_plus("kessel.md")


@pytest.mark.parametrize("question, expected", [
    ("What does the family-owned wholesaler Colm operate?", "Saltway"),
    ("How many bookings did the berth-booking service of the harbour operator Brannock handle in 2019?", "4,200"),
    ("What does the seafood wholesaler Colm run?", "Saltway"),
])
def test_a_name_described_in_the_askers_words_is_found_by_its_name(with_kessel, question, expected):
    ans = with_kessel.ask(question, suggest=False)
    assert not ans.refused and expected in ans.answer, ans.answer


# ---------------------------------------------------------------- a count is no number the question names


_HARLOW = ("# The Harlow Mill\n\nThe Harlow mill installed the Mark 2 loom, a steam loom built in Leeds. Travellers "
           "from the mill liked the Route 66 motels on the way west. The town ran Industry 5.0 pilots in its mills.\n\n"
           "The town's airline flies the Boeing 747 on its long routes.\n\nOn short routes, the airline flies 3 "
           "Airbus A320 jets.\n")


@pytest.mark.parametrize("question", [
    "How many Mark 2 looms did the Harlow mill install?",
    "How many Boeing 747 jets does the town's airline fly?",
    "How many Industry 5.0 pilots did the town run?",
])
def test_a_count_is_not_answered_by_a_number_the_question_names(assistant_over, question):
    ans = assistant_over(harlow=_HARLOW).ask(question, suggest=False)
    assert ans.refused, ans.answer


def test_a_count_beside_the_number_the_question_names_is_still_given(assistant_over):
    ans = assistant_over(harlow=_HARLOW).ask("How many Airbus A320 jets does the town's airline fly?", suggest=False)
    assert not ans.refused and "3 Airbus" in ans.answer, ans.answer


# ---------------------------------------------------------------- placing things across places, in other verbs


_FERRY = ("# The River Ferry Plan\n\nThe river council plans to build a network of ferry piers along the Marle, to "
          "join its villages into one ferry network. Each pier is run by a village board, and the council sets the "
          "fares.\n\nThe piers serve different villages, and according to the local trade each pier is placed in a "
          "different village, helping each village to reach the market and avoiding two piers competing for the "
          "same passengers.\n\nThe council opened the first pier at Oste in 1921.\n")


@pytest.mark.parametrize("question", [
    "Why does the council distribute its piers across villages?",
    "Why does the council disperse its piers over several villages?",
    "Why does the council site each pier in another village?",
    "What is the point of distributing the piers geographically?",
])
def test_placing_things_in_other_verbs_finds_why_they_are_placed(assistant_over, question):
    ans = assistant_over(ferry=_FERRY).ask(question, suggest=False)
    assert not ans.refused and "reach the market" in ans.answer, ans.answer


# ---------------------------------------------------------------- a phrasal verb is not its bare verb


@pytest.mark.parametrize("question, term, bare", [
    ("When was the architecture put out?", "released", "put"),
    ("Who came up with the NNMI?", "proposed", "came"),
    ("Who was this paper written by?", "authors", "written"),
])
def test_a_phrasal_synonym_does_not_match_its_bare_verb_in_the_evidence(assistant, question, term, bare):
    concept = next(c for c in assistant.reader.read(question, []).concepts if c.name == term)
    assert frozenset([bare]) not in concept.alternatives and len(concept.alternatives) > 1


# ---------------------------------------------------------------- a total of one thing is no total of another

_GROWERS = ("# The Fenland Growers\n\nThe Fenland Growers cooperative was founded in 1988 to market vegetables. As "
            "of 2019, the cooperative has 412 members, most of them family farms, and 60 of them grow only "
            "potatoes. By 2020, the county council had funded 6 of the Fenland Growers packing sheds, the water "
            "board funded 3, with a total of 9 sheds.\n")


@pytest.mark.parametrize("question", [
    "In all, how many members had the Fenland Growers in 2019?",
    "How many members did the Fenland Growers have in total as of 2019?",
    "Fenland Growers total number of members 2019",
])
def test_a_total_asked_is_not_the_stated_total_of_something_else(assistant_over, question):
    ans = assistant_over(growers=_GROWERS).ask(question, suggest=False)
    assert not ans.refused and "412" in ans.answer and "9 sheds" not in ans.answer, ans.answer


# ---------------------------------------------------------------- a count without its noun counts what came before

_LOCKS = ("# The Wenn Canal\n\nThe canal trust plans to restore 30 locks along the Wenn canal, so that boats "
          "can again reach the market towns.\n\nBy 2021, the trust had restored 12 locks, most of them near the "
          "old mills.\n")


@pytest.mark.parametrize("question", [
    "How many locks had been restored by 2021, and how many does the plan aim for?",
    "How many locks were restored by 2021, and how many are planned in the end?",
    "How many locks did the trust restore by 2021 and how many does the trust aim to restore overall?",
])
def test_a_second_part_counting_without_a_noun_counts_the_first_parts_noun(assistant_over, question):
    ans = assistant_over(locks=_LOCKS).ask(question, suggest=False)
    assert "12" in ans.answer and "30" in ans.answer, ans.answer


@pytest.mark.parametrize("question, leans", [
    ("How many does the plan aim for?", True), ("how many were funded by 2020?", True),
    ("How many more are planned?", True), ("How many locks does the plan aim for?", False),
    ("How much did the programme cost?", False)])
def test_a_count_without_its_noun_leans_on_the_conversation(question, leans):
    from assistant.answering.intent import depends_on_history
    assert depends_on_history(question) is leans


@pytest.mark.parametrize("question", [
    "How many locks does the trust aim to restore?",
    "What is the trust's target number of locks?",
    "How many locks does the trust intend to restore?",
])
def test_an_aim_or_target_is_what_a_plan_says(assistant_over, question):
    ans = assistant_over(locks=_LOCKS).ask(question, suggest=False)
    assert not ans.refused and "30" in ans.answer and "12 locks" not in ans.answer, ans.answer



# ---------------------------------------------------------------- a Chinese hedge or share word is no topic

@pytest.mark.parametrize("question", [
    "美国制造业占GDP的比重大概是多少？",
    "美国制造业占GDP多少左右？",
    "美国制造业占GDP的比例大致是多少？",
])
def test_a_chinese_word_of_approximation_or_share_is_no_word_the_evidence_must_hold(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "12%" in ans.answer, ans.answer


# ---------------------------------------------------------------- what the document itself sets out to do

@pytest.mark.parametrize("question", [
    "What is the paper trying to do?",
    "What is the purpose of this study?",
    "Why did the authors write this paper?",
    "What does the report set out to achieve?",
    "这篇论文的目的是什么？",
])
def test_the_documents_own_purpose_is_answered_by_its_summary(assistant, question):
    ans = assistant.ask(question, suggest=False)
    low = ans.answer.lower()
    assert not ans.refused and "nnmi" in low and ("industrial internet" in low or "工业互联网" in low), ans.answer


@pytest.mark.parametrize("question", ["What is the purpose of the network?", "What does the trust aim to do?",
                                      "Why did the council build the piers?"])
def test_the_purpose_of_something_else_is_no_summary(question):
    from assistant.answering.plans.points import SUMMARY
    assert not SUMMARY.search(question)


# ---------------------------------------------------------------- a count that names no party is of the whole

_SHEDS = ("# The Fenland Packing Sheds\n\nThe Fenland cooperative packs vegetables in sheds paid for by public "
          "bodies.\n\nBy 2020, the County Council had funded 6 packing sheds. By 2020, the Water Board had funded 3 "
          "packing sheds. By 2020, there were a total of 9 packing sheds across the fens.\n")


@pytest.mark.parametrize("question", [
    "How many packing sheds existed by 2020?",
    "How many sheds were there by 2020?",
    "What number of packing sheds were running by 2020?",
])
def test_a_count_that_names_no_party_is_answered_by_the_whole(assistant_over, question):
    ans = assistant_over(sheds=_SHEDS).ask(question, suggest=False)
    assert not ans.refused and "9 packing sheds" in ans.answer, ans.answer


@pytest.mark.parametrize("question, part", [
    ("How many packing sheds had the Water Board funded by 2020?", "3 packing sheds"),
    ("How many packing sheds did the council fund by 2020?", "6 packing sheds")])
def test_a_count_that_names_its_party_is_answered_by_that_part(assistant_over, question, part):
    ans = assistant_over(sheds=_SHEDS).ask(question, suggest=False)
    assert part in ans.answer and "9 packing" not in ans.answer, ans.answer


# ---------------------------------------------------------------- the words of a why-question are no topic

@pytest.mark.parametrize("question", [
    "For what reason is the research arm treated as the backbone of the scheme?",
    "What is the reason the council keeps a pier in every village?",
    "What's the reasoning behind keeping a seed bank in every village?",
    "For what reasons does the council fund the piers?",
])
def test_the_word_reason_of_a_why_question_is_no_topic(assistant, question):
    u = assistant.reader.read(question, [])
    # a word of kind: it steers the answer type and weighs little, as "year" does for a date
    assert u.answer_type == "reason" and all(c.weight < 1.5 for c in u.concepts if c.name.startswith("reason")), \
        u.concepts


@pytest.mark.parametrize("question, verb", [
    ("Why is the research arm treated as the backbone of the scheme?", "treat"),
    ("Why does the guild regard its seed banks as its backbone?", "regard"),
    ("Why do the authors consider R&D the pillar of the network?", "consid"),
])
def test_a_verb_of_regarding_matches_a_verb_of_defining(assistant, question, verb):
    concept = next(c for c in assistant.reader.read(question, []).concepts if c.name.startswith(verb))
    assert frozenset(["defin"]) in concept.alternatives, concept.alternatives


# ---------------------------------------------------------------- how a thing is done, in an announced enumeration

_PIERS = ("# The River Ferry Network\n\nThe council joins its piers into one network in three ways: first, shared "
          "timetables. Second, one ticket for every pier. Third, a common booking office.\n\nThe first piers were "
          "built between 1920 and 1930 by the village boards. Therefore, the council's network has 12 piers today, "
          "and the piers of the network carry 40,000 passengers a year.\n")


@pytest.mark.parametrize("question", [
    "How does the council hold its piers together as one network?",
    "How does the council keep the piers working as one network?",
    "How does the council tie the piers together - what are the three things?",
])
def test_how_a_thing_is_done_is_the_announced_enumeration_not_a_therefore(assistant_over, question):
    ans = assistant_over(piers=_PIERS).ask(question, suggest=False)
    assert "shared timetables" in ans.answer and "booking office" in ans.answer, ans.answer
    assert "40,000" not in ans.answer, ans.answer


def test_an_enumeration_goes_on_in_the_sentences_naming_its_ordinals():
    from assistant.answering.lexicon import enumeration_continues
    later = ["The rules are strict.", "Second, a common policy.", "It covers hiring.",
             "In addition, it sets fees; third, a shared portal.", "Each member links to it."]
    assert enumeration_continues("X works on three fronts: first, joint work.", later) == [later[1], later[3]]
    assert enumeration_continues("X has three members and a chair.", later) == []
    assert enumeration_continues("X works in two ways: firstly, joint work.", later) == [later[1]]


def test_an_enumeration_announced_by_a_sentence_of_its_own_goes_on_from_the_next_one():
    from assistant.answering.lexicon import enumeration_continues
    later = ["First, timetables.", "It helps.", "Second, one ticket.", "Third, a portal.", "Other."]
    assert enumeration_continues("It works in three ways.", later) == [later[0], later[2], later[3]]
    assert enumeration_continues("It works in three ways.", later[1:]) == []  # no first item follows
    assert enumeration_continues("It has two routes.", ["Other.", "Second, y."]) == []


@pytest.fixture(scope="module")
def with_ferries(paper_plus) -> Assistant:
    return paper_plus("ferries.md")


@pytest.mark.parametrize("question", [
    "Could you please outline the ways the ferry company strengthens its service?",
    "Brief me on the ways the company strengthens the ferry service.",
    "Summarise how the Tarrow Ferry Company improves its ferry service.",
])
def test_an_outline_of_an_enumeration_shows_every_item(with_ferries, question):
    ans = with_ferries.ask(question, suggest=False)
    assert all(item in ans.answer for item in ("shared timetables", "common ticket policy", "single booking portal")), \
        ans.answer


# ---------------------------------------------------------------- the plain side of a contrast ("an ordinary one")

@pytest.fixture(scope="module")
def with_docks(tmp_path_factory, knowledge_dir, settings_factory) -> Assistant:
    """A document with two structured figures that differ by one modifier: "a dock job" and "a skilled dock job"."""
    import shutil
    data = knowledge_dir.parent / "tests" / "data"
    folder = tmp_path_factory.mktemp("docks") / "knowledge"
    folder.mkdir()
    shutil.copy(data / "docks.md", folder / "docks.md")
    shutil.copy(data / "docks_facts.yaml", folder / "facts.yaml")
    return Assistant(settings_factory(knowledge_dir=folder), notify=None)


@pytest.mark.parametrize("question", [
    "Job multiplier - ordinary dock job vs a skilled one?",
    "How does the job multiplier of an ordinary dock job compare with a skilled dock job?",
    "How many more jobs does a skilled dock job support than an ordinary one?",
])
def test_the_plain_side_of_a_contrast_is_the_figure_without_the_modifier(with_docks, question):
    ans = with_docks.ask(question, suggest=False)
    assert "1.4" in ans.answer and "three further jobs" in ans.answer, ans.answer


# "between A and B" and "how does A differ from B" set two sides against each other as "than" does
@pytest.mark.parametrize("question", [
    "What's the difference in job multiplier between an ordinary dock job and a skilled one?",
    "What is the difference in the number of jobs supported between a regular dock job and a skilled dock job?",
    "Between a normal dock job and a skilled one, how big is the difference in jobs supported?",
    "How does a skilled dock job's job multiplier differ from an ordinary dock job's?",
    "How different is the number of jobs a skilled dock job supports from a regular one?",
    "By how many jobs does the multiplier of a normal dock job differ from that of a skilled dock job?",
])
def test_between_two_sides_sets_them_apart(with_docks, question):
    ans = with_docks.ask(question, suggest=False)
    assert "1.4" in ans.answer and "three further jobs" in ans.answer and "1.6" in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "What's the job multiplier of a regular (not skilled) dock job?",
    "Job multiplier for a dock job, not a skilled one?",
    "What is the multiplier of a normal dock job, not a skilled one?",
    "Dock job multiplier (not the skilled one)?",
])
def test_a_thing_set_aside_by_not_is_not_what_is_asked(with_docks, question):
    ans = with_docks.ask(question, suggest=False)
    # the plain figure leads; the set-aside one may follow only where one sentence holds both
    assert "1.4" in ans.answer and not ans.answer.startswith("A skilled"), ans.answer


def test_the_marks_of_a_thing_set_aside():
    from assistant.answering.lexicon import CONTRAST
    things = {q: [m.group(2) for m in CONTRAST.finditer(q)] for q in (
        "a regular (not skilled) job?", "a dock job, not a skilled one?", "a job - not a skilled one - in town",
        "rather than trade, why?", "Is it true, not only claimed, that it grew?", "whether or not it grew")}
    assert list(things.values()) == [["skilled"], ["a skilled one"], ["a skilled one"], ["trade"], [], []]


# ---------------------------------------------------------------- a weakness asked by where, which areas, "problem"

@pytest.mark.parametrize("question", [
    "Where is China weak compared with the US approach, according to the authors?",
    "In which areas is China lagging behind the US?",
    "What's the problem with China's industrial internet, according to the authors?",
])
def test_a_weakness_asked_by_where_or_which_areas_or_the_problem_with(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "weaknesses" in ans.answer and "R&D" in ans.answer, ans.answer


@pytest.mark.parametrize("question", ["Where is the Chicago institute based?", "What problem does the network solve?",
                                      "Which areas are the institutes in?"])
def test_a_place_or_a_problem_solved_is_no_weakness(question):
    from assistant.answering.plans.points import WEAKNESS
    assert not WEAKNESS.search(question)


# ---------------------------------------------------------------- a second document's question answered from its own

@pytest.fixture(scope="module")
def with_broadcast(paper_plus) -> Assistant:
    return paper_plus("broadcast.md")


@pytest.mark.parametrize("question", [
    "Who is the region's largest digital television company?",
    "Which digital television company is the biggest in the region?",
    "What is the region's biggest digital television firm?",
])
def test_a_stated_superlative_is_not_computed_from_another_documents_figures(with_broadcast, question):
    # the paper's figures of companies per institute share a word with the question; the added document says
    # outright which company is the largest
    ans = with_broadcast.ask(question, suggest=False)
    assert "Tellan Cable" in ans.answer and "41" not in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "What should a cable operator do, according to the regulator?",
    "What does the regulator recommend for cable operators?",
    "What must operators do about outages?",
])
def test_advice_asked_of_one_document_is_not_mixed_with_anothers(with_broadcast, question):
    ans = with_broadcast.ask(question, suggest=False)
    assert "outages" in ans.answer and {c.doc_id for c in ans.citations} == {"broadcast"}, ans.answer


# ---------------------------------------------------------------- how the answer should be put is no topic

@pytest.mark.parametrize("question", [
    "Give me a one-paragraph explanation of what the 'industrial Internet' is, suitable for a non-technical minister.",
    "Explain what the industrial Internet is, for a non-technical minister.",
    "Describe the industrial Internet in simple terms for my non-technical boss.",
    "In plain English and in two sentences, what is the industrial Internet?",
])
def test_a_definition_asked_in_plain_words_for_an_audience_is_answered(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and re.search(r"industrial Internet (?:\(Industrial Internet\) )?(?:is|works)\b",
                                         ans.answer, re.I), ans.answer


def test_presentation_frames_and_audiences_are_recognised():
    from assistant.answering.lexicon import AUDIENCE, PRESENTATION_FRAME
    for text in ("in plain English", "in simple terms", "in two sentences", "a one-paragraph note", "in a single line"):
        assert PRESENTATION_FRAME.search(text), text
    assert not PRESENTATION_FRAME.search("in two regions")
    for text in ("What is X, suitable for a non-technical minister?", "Explain X, pitched at a lay reader.",
                 "Explain X for my non-technical boss"):
        assert AUDIENCE.search(text), text
    assert not AUDIENCE.search("Which institute is for the Department of Energy?")


# ---------------------------------------------------------------- a version is no count

@pytest.mark.parametrize("question", [
    "How many set-top boxes run Guide 3.0?",
    "How many Tellan set-top boxes use the Guide 3.0 software?",
    "Guide 3.0 runs on how many set-top boxes?",
])
def test_a_version_in_the_evidence_is_no_count(with_broadcast, question):
    # "replaced Guide 2.5 in 2012": a version and a year, no count of boxes
    ans = with_broadcast.ask(question, suggest=False)
    assert ans.refused and "2.5" not in ans.answer, ans.answer


def test_a_version_in_the_quote_of_a_fact_is_no_count(assistant):
    ans = assistant.ask("How many industrial Internet platforms does Germany operate under Industry 4.0?",
                        suggest=False)
    assert ans.refused, ans.answer


@pytest.mark.parametrize("question", [
    "Which American agencies steer the national manufacturing innovation programme?",
    "Who steers the NNMI network?",
    "Who guides the NNMI?",
])
def test_steering_is_asked_of_the_guidance_the_document_names(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "Department of Energy" in ans.answer, ans.answer


# ---------------------------------------------------------------- a century or a decade the evidence is not of

@pytest.mark.parametrize("question", [
    "What did the harbour master order to be built in the 1200s?",
    "Who kept the lamp on the northern mole burning in the 17th century?",
    "Which railway reached the rival port of Mirenza in the 1700s?",
])
def test_evidence_of_another_century_does_not_answer(with_harbour, question):
    ans = with_harbour.ask(question, suggest=False)
    assert ans.refused, ans.answer


@pytest.mark.parametrize("question, expected", [
    ("What did the harbour master order to be built in the 14th century?", "sea wall"),
    ("When in the 1860s did a railway reach the rival port of Mirenza?", "1861"),
    ("In which year of the 1860s did the railway reach Mirenza?", "1861"),
])
def test_evidence_of_the_century_or_decade_asked_answers(with_harbour, question, expected):
    ans = with_harbour.ask(question, suggest=False)
    assert not ans.refused and expected in ans.answer, ans.answer


def test_periods_are_read_from_centuries_decades_and_years():
    from assistant.answering.lexicon import periods_in
    assert periods_in("the 10th and 13th centuries") == {("century", 10), ("century", 13)}
    assert periods_in("in the 1100s") == {("century", 12)}
    assert periods_in("the eleventh century") == {("century", 11)}
    assert periods_in("in 1994") == {("century", 20), ("decade", 199)}
    assert periods_in("in 1994", years=False) == set() and periods_in("1.5 times") == set()


@pytest.mark.parametrize("question", [
    "What were the IMIs initially created to do?",
    "The IMIs were created to do what?",
    "Initially, what were the IMIs created for?",
])
def test_created_is_asked_of_what_was_founded(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert "originally founded" in ans.answer and "hub" in ans.answer, ans.answer


# ---------------------------------------------------------------- "who leads A vs B?" compares names, not figures

@pytest.mark.parametrize("question", [
    "who leads detroit's institute vs chicago's?",
    "Compare who runs the Detroit and Chicago institutes.",
    "Who heads Chicago's institute compared with Detroit's?",
])
def test_a_comparison_that_asks_who_names_both_and_computes_no_figures(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert "Edison Welding" in ans.answer and "Supercomputing" in ans.answer and "\u2212" not in ans.answer, \
        ans.answer


# ------------------------------------------------------------ who asks ("as a provincial official, ...") is no topic

@pytest.mark.parametrize("question", [
    "as a provincial official, what role does this paper see for local government in all this?",
    "Speaking as a city mayor: what role does the paper see for local government?",
    "I'm a regional planning officer - what does the paper say about local government's role?",
])
def test_the_askers_own_role_is_no_topic(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "local government" in ans.answer, ans.answer


def test_the_marks_of_who_asks():
    from assistant.answering.lexicon import ASKER_FRAME
    kept = ["As a share of GDP, how big is manufacturing?", "How does the paper see the council as a regulator?"]
    assert [ASKER_FRAME.sub(" ", q) for q in kept] == kept
    assert ASKER_FRAME.sub(" ", "As the head of a provincial bureau, what should we learn?").strip() == \
        "what should we learn?"
    assert ASKER_FRAME.sub(" ", "I am an economist at the ministry and want to know X").strip() == "want to know X"


# ------------------------------------------------------------ ", not X" sets X aside: no rest of a whole is computed

@pytest.mark.parametrize("question", [
    "Of the top 40, how many platforms focus on manufacturing, not R&D?",
    "How many top-40 platforms focus on manufacturing (not R&D)?",
    "How many of the top 40 platforms are about manufacturing - not R&D?",
])
def test_a_thing_set_aside_is_not_taken_from_a_whole(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert "\u2212" not in ans.answer and "The rest" not in ans.answer, ans.answer


def test_a_count_of_the_rest_is_still_computed():
    from assistant.answering.plans.wholes import _SETS_ASIDE
    assert not _SETS_ASIDE.search("How many NNMI members were not small businesses?")
    assert not _SETS_ASIDE.search("Of its 830 members, not counting small businesses, how many?")
    assert _SETS_ASIDE.search("How many focus on farming, not fishing?")


# ------------------------------------------------------------ names given as list items alone ("Harlow, Brisco, ...")

@pytest.fixture(scope="module")
def with_guild(paper_plus) -> Assistant:
    return paper_plus("guild.md")


@pytest.mark.parametrize("question", [
    "Could you name the founding members of the Weavers' Guild?",
    "Please name the mills that founded the guild.",
    "Can you name the guild's founding members?",
])
def test_names_given_as_list_items_alone_answer_a_request_for_names(with_guild, question):
    ans = with_guild.ask(question, suggest=False)
    assert not ans.refused and "Harlow" in ans.answer and "Brisco" in ans.answer, ans.answer


# "tomorrow's" says "future" (general synonyms): "tomorrow's factories" are the future industry the documents name
@pytest.mark.parametrize("question", [
    "What will run tomorrow's factories, according to the paper?",
    "Who will make up tomorrow's manufacturing workforce?",
    "What is the main force of tomorrow's industrial manufacturing?",
])
def test_tomorrow_is_the_future(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert "robots represented by high technology" in ans.answer, ans.answer


# A name is not met by a verb made from its word with -ize: "China Mobile" is not said by "mobilize all parties'
# resources" (both stemmed to "mobil" before)
@pytest.mark.parametrize("question", [
    "China Mobile platform name", "china mobiles industrial internet platfrom is called?", "China Mobile's platform?",
])
def test_a_name_is_not_met_by_a_verb_made_from_its_word(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "OneNET" in ans.answer, ans.answer


# How a programme keeps its parts working as one network is what the documents call its network construction
# (glossary: "working as one network", "tie the institutes together", ...)
@pytest.mark.parametrize("question", [
    "Briefly, how does the NNMI keep its separate institutes working as one network?",
    "How does NNMI keep the institutes working as a single network?",
    "What makes the NNMI institutes work as one network rather than in silos?",
])
def test_working_as_one_network_is_the_network_construction(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "cross-IMI collaboration" in ans.answer, ans.answer


# A title in quotes names a thing, as a capitalised name does: "what is X's guideline called?" is answered by the
# sentence that gives it ('a guidance on deepening "Internet + advanced manufacturing" ...'), not refused for want
# of a new name
@pytest.mark.parametrize("question", [
    "What is the State Council's guideline on the industrial internet called?",
    "What is the title of the State Council's industrial internet guideline?",
    'What is the title of the State Council\'s "Internet plus advanced manufacturing" industrial internet guideline?',
    "What was the State Council's guidance document called?",
])
def test_a_title_in_quotes_is_a_name(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "deepening" in ans.answer, ans.answer


# A conclusion that names its own subject ("Therefore, as of 2016, the NNMI has 830 members ...") answers a question
# of no particular type on its own too ("Total NNMI membership?"): the sentence it concludes from (the Detroit
# institute's members) no longer leads the answer
@pytest.mark.parametrize("question", [
    "Total membership of the US manufacturing innovation network?", "Total NNMI membership?",
    "NNMI membership overall?",
])
def test_a_conclusion_naming_its_subject_leads_a_terse_answer(assistant, question):
    ans = assistant.ask(question, suggest=False)
    first = ans.answer.split("[1]")[0]
    assert not ans.refused and "830" in first and "Detroit" not in first, ans.answer


@pytest.mark.parametrize("question", [
    # "link" says what the documents' "connect" does
    "Which players do the authors want the industrial internet to link?",
    "Who should be linked up by China's industrial internet?",
    "Who would the proposed national industrial internet link, per the recommendations?",
])
def test_link_is_connect(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "start-ups" in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    # "ops", "mgmt", "mgt": the shorthand of notes for operations and management
    "which platforms focus on ops mgmt?",
    "how many platforms put ops mgmt at the core?",
    "which top-40 platforms are built around ops and production mgt?",
])
def test_shorthand_for_operations_and_management(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and ("Yonyou" in ans.answer or "7 " in ans.answer), ans.answer


@pytest.mark.parametrize("question", [
    # "the first two goals", "the last two": how many of a list to show, no figure the evidence must hold
    "What are the first two goals of NNMI's vision?",
    "Name the first three aims in NNMI's vision.",
    "What are the last two goals in NNMI's vision?",
    "Give me the first two points of the NNMI vision.",
])
def test_the_first_few_items_of_a_list_are_no_clue_number(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "innovation environment" in ans.answer and "does not match" not in ans.answer, (
        ans.answer)


@pytest.mark.parametrize("question", ["And the last one on the list?", "What's the last point?"])
def test_the_last_point_of_a_list_whose_first_few_were_asked(assistant, question):
    history = [{"role": "user", "content": "What are the first two points of NNMI's vision?"},
               {"role": "assistant", "content": "1) provide a rich innovation environment for advanced manufacturing; "
                                                "2) make transformative manufacturing technology flourish in the US."}]
    ans = assistant.ask(question, history, suggest=False)
    assert not ans.refused and "leadership" in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    # the glossary's Chinese names of the bottom layer (底层, 最底层, 基础层) had been overwritten by a second
    # "chinese:" key that YAML kept silently; the loader now refuses a key written twice
    "NNMI网络的底层是什么？",
    "NNMI的最底层包括哪些部分？",
    "美国制造业创新网络的基础层由什么组成？",
    "美国NNMI网络架构的底层包含什么？",
])
def test_the_bottom_layer_in_chinese(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "产品设计" in ans.answer and "支撑技术平台" in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    # the makers' work framing the question ("in the authors' classification") is no question about where they work
    "In the authors' classification, how many top-40 platforms are industry-based?",
    "By the writers' tally, how many top-40 platforms are industry-based?",
    "On the authors' reckoning, how many top-40 platforms are industry-based?",
])
def test_a_count_framed_by_the_authors_work(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "11" in ans.answer and "AVIC" not in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    # "platform/OS", "OS or platform": a name the documents lack, offered beside a word they use, is no premise
    "Which industrial internet offering (platform/OS) from Zoomlion appears in the top-40 list?",
    "Which OS or platform of Zoomlion made the top 40?",
    "Name Zoomlion's top-40 platform/OS.",
])
def test_a_name_offered_beside_a_known_word_is_no_premise(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "ZValleyOS" in ans.answer, ans.answer


def test_an_unknown_name_alone_is_still_a_premise(assistant):
    ans = assistant.ask("Which Zoomlion OS made the top 40?", suggest=False)
    assert ans.refused and "OS" in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    # part of the asker's people ("some of my colleagues", "half of my team") is context, as "my team" is
    "Some of my colleagues aren't technical. What is the industrial internet?",
    "Half of my team has no engineering background. What does the industrial internet mean?",
    "Some of my colleagues aren't technical. How does the paper explain what an 'industrial internet' actually is?",
])
def test_part_of_the_askers_people_is_context(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "infrastructure" in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    # the question's form (a who-question) is read from what is asked, not from the context set aside before it
    "I work at a ministry. Who proposed NNMI?",
    "I am new here. Who proposed NNMI?",
    "My boss is new to this. Who proposed NNMI?",
])
def test_a_who_question_after_context_asks_for_a_name(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "Obama" in ans.answer, ans.answer


@pytest.mark.parametrize("question, history", [
    # "meant / supposed / designed to achieve": the thing's purpose (its mission), not a plan or a figure
    ("What is NNMI's mission meant to achieve?", []),
    ("What is the NNMI meant to achieve?", []),
    ("What was the NNMI designed to do?", []),
    ("and what is all that meant to achieve in the end?",
     [{"role": "user", "content": "What is NNMI's mission?"},
      {"role": "assistant", "content": "To connect people, ideas and technologies with the industrial Internet."}]),
])
def test_what_a_thing_is_meant_to_achieve_is_its_purpose(assistant, question, history):
    ans = assistant.ask(question, history, suggest=False)
    assert not ans.refused and "competitiveness" in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    # "why does X matter?", "why should we care about X?": why X is important
    "Why does industrial internet matter at all?",
    "Why does the industrial internet matter?",
    "Why should we care about the industrial internet?",
])
def test_why_a_thing_matters_is_why_it_is_important(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "fourth industrial revolution" in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    # "X was released by which organisation?": a doer asked after its verb, as "by whom?" asks it
    "The 'China Industrial Internet System Architecture 2.0' was officially released by which organisation?",
    "The system architecture 2.0 was officially published by what organization?",
    "China's Industrial Internet System Architecture 2.0 was officially put out by which group?",
])
def test_a_doer_asked_by_which_organisation_is_named(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "Alliance" in ans.answer, ans.answer


@pytest.mark.parametrize(("question", "doer"), [
    ("Released by which organisation?", True), ("put out by what body?", True), ("led by whom?", True),
    # a time, a measure or a kind of thing after "by which / what" asks no doer
    ("Funded 8 by which year?", False), ("Grew by what margin?", False), ("Built by what means?", False),
])
def test_which_words_after_by_ask_for_a_doer(question, doer):
    from assistant.answering.features import _doer_asked

    assert _doer_asked(question) is doer


@pytest.mark.parametrize("question", [
    # a word of place before an organisation or a document is its modifier ("which State Council guidance")
    "Which State Council guidance set off the construction wave of the industrial internet in China?",
    "which state council document kicked off the industrial internet boom?",
    "Which State Council guidance set off China's industrial internet construction wave, and who released "
    "Architecture 2.0?",
])
def test_a_document_of_a_state_body_is_no_place_asked(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "advanced manufacturing" in ans.answer, ans.answer


@pytest.mark.parametrize(("question", "first", "second"), [
    # "A's X, and B's?": the same asked of B, each part answered
    ("Name Zoomlion's platform, and Aerospace Cloud Network's too.", "ZValleyOS", "INDICS"),
    ("Who leads Detroit's institute, and Chicago's?", "Edison Welding", "Supercomputing"),
    ("how many companies are in Detroit's institute and Chicago's?", "34", "41"),
])
def test_a_second_names_bare_possessive_is_answered_as_its_own_part(assistant, question, first, second):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and first in ans.answer and second in ans.answer, ans.answer


@pytest.mark.parametrize(("question", "expected"), [
    # "as the paper reads it", "as the authors read it": as the source interprets it, no topic
    ("What should China do, as the report reads it?", "recommends"),
    ("What should Beijing learn, as the authors read it?", "recommends"),
    ("What went wrong for US manufacturing, as the paper reads it?", "shortcomings"),
])
def test_as_the_source_reads_it_frames_the_question(assistant, question, expected):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and expected in ans.answer, ans.answer


def test_as_the_source_reads_it_is_set_aside():
    from assistant.answering.lexicon import SOURCE_FRAME

    assert SOURCE_FRAME.sub("", "Who leads it, as the paper reads it?") == "Who leads it?"
    assert SOURCE_FRAME.sub("", "Who leads it, as the authors interpret it?") == "Who leads it?"
    assert SOURCE_FRAME.sub("", "How does the paper read it?") == "How does the paper read it?"


@pytest.mark.parametrize("question", [
    # "what is X meant to be?", "what role was X designed to play?": what X is for, its purpose
    "What was each innovation institute set up to be?",
    "What role was each manufacturing innovation centre originally designed to play?",
    "What is an IMI meant to be?",
    "What role is an innovation institute supposed to play?",
])
def test_what_a_thing_is_meant_to_be_is_its_purpose(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "hub" in ans.answer, ans.answer


@pytest.mark.parametrize(("text", "rewritten"), [
    ("What is X intended to be?", True), ("What role was X designed to play?", True),
    ("What was X set up to become?", True),
    # the complement stated: a claim to check, not a purpose asked
    ("Is the network designed to be national?", False), ("X was meant to be finished by 2020.", False),
])
def test_only_an_asked_complement_reads_as_a_purpose(text, rewritten):
    from assistant.answering.lexicon import with_plain_verbs

    assert ("purpose" in with_plain_verbs(text)) is rewritten


@pytest.mark.parametrize("question", [
    # "what's the point of X?", "what was X for?": its purpose
    "what was the point of NNMI in the first place? brief answer, I have a meeting in 5",
    "What's the point of the NNMI?",
    "what was the NNMI for?",
    "what is the whole point of the manufacturing innovation network?",
])
def test_the_point_of_a_thing_is_its_purpose(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "competitiveness" in ans.answer, ans.answer


@pytest.mark.parametrize(("text", "rewritten"), [
    ("What are the institutes for?", "what is the purpose of the institutes?"),
    ("What is the money for, and who gets it?", "what is the purpose of the money, and who gets it?"),
    # what a thing is known, used or responsible for is an attribute; "the main point" is a key point
    ("What is NNMI known for?", "What is NNMI known for?"),
    ("What is the network used for?", "What is the network used for?"),
    ("What is the NNMI responsible for?", "What is the NNMI responsible for?"),
    ("What is the main point of the paper?", "What is the main point of the paper?"),
])
def test_what_a_thing_is_for_reads_as_its_purpose(text, rewritten):
    from assistant.answering.lexicon import with_plain_verbs

    assert with_plain_verbs(text) == rewritten


@pytest.mark.parametrize(("question", "place", "expected"), [
    # a name the documents never use that only describes another ("the Shenzhen internet giant Tencent"): the
    # question is answered about the named one, with the describing name flagged as not in the documents
    ("What does the paper call the industrial IoT product of the Shenzhen internet giant Tencent?", "Shenzhen",
     "Wood Nebula"),
    ("What platform does Changsha machinery maker Zoomlion offer?", "Changsha", "ZValleyOS"),
    ("Which group does the Xuzhou-based Xugong Information belong to?", "Xuzhou", "Hanyun"),
])
def test_a_name_that_only_describes_a_known_one_is_flagged_not_refused(assistant, question, place, expected):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and expected in ans.answer, ans.answer
    assert f"does not mention {place}" in ans.answer, ans.answer


def test_a_described_name_the_documents_never_use_is_still_refused(assistant):
    ans = assistant.ask("What platform does the Brazilian firm Embraer run?", suggest=False)
    assert ans.refused and "Embraer" in ans.answer, ans.answer


@pytest.mark.parametrize(("text", "names", "described", "rest"), [
    ("the Shenzhen internet giant Tencent", ["Shenzhen"], {"Shenzhen"}, "the Tencent"),
    ("the Shenzhen-based firm Tencent", ["Shenzhen"], {"Shenzhen"}, "the Tencent"),
    # the description's name before no other name, or the named one itself, describes nothing
    ("the Brazilian firm Embraer", ["Brazilian", "Embraer"], set(), "the Brazilian firm Embraer"),
    ("a giant in Shenzhen", ["Shenzhen"], set(), "a giant in Shenzhen"),
])
def test_a_describing_name_is_told_and_its_description_set_aside(text, names, described, rest):
    from assistant.answering.lexicon import described_names, without_descriptions

    assert described_names(text, names) == described
    assert without_descriptions(text, described) == rest


# ---------------------------------------------------------------- a count asked now, beside a count planned

@pytest.mark.parametrize("question", [
    "How many institutes does NNMI have?",
    "Number of institutes in NNMI?",
    "How many research institutes exist in NNMI?",
])
def test_a_count_asked_of_now_gets_the_count_reached_beside_the_plan(assistant, question):
    ans = assistant.ask(question, suggest=False)
    # the plan (45) alone would read as the count there is; the count reached by 2017 (14) is given beside it
    assert not ans.refused and "14" in ans.answer and "45" in ans.answer, ans.answer


_TRUST_PIERS = ("# The Harbour Trust\n\nThe Harbour Trust looks after the piers of the west coast.\n\n"
          "The Harbour Trust plans to build 20 timber piers along the coast. By 2020, the Trust had built 7 timber "
          "piers, most of them in the north.\n\nThe Trust is paid for by the fishing towns.\n")


@pytest.mark.parametrize("question", [
    "How many piers does the Harbour Trust have?",
    "What is the number of piers of the Harbour Trust?",
    "How many timber piers are there along the coast?",
])
def test_a_count_asked_of_now_gets_the_count_reached_on_an_own_document(assistant_over, question):
    ans = assistant_over(piers=_TRUST_PIERS).ask(question, suggest=False)
    assert not ans.refused and "7 timber piers" in ans.answer and "20" in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "How many piers does the Harbour Trust plan to build?",
    "How many timber piers is the Trust meant to build in the end?",
])
def test_a_count_asked_of_the_plan_is_the_plan_alone(assistant_over, question):
    ans = assistant_over(piers=_TRUST_PIERS).ask(question, suggest=False)
    assert not ans.refused and "20 timber piers" in ans.answer and "7 timber" not in ans.answer, ans.answer


# ---------------------------------------------------------------- a count given as a share of a counted whole

@pytest.mark.parametrize("question", [
    "How many NNMI members were manufacturers?",
    "Roughly how many of NNMI's 2016 members were manufacturers, in absolute numbers?",
    "How many manufacturers were members of NNMI in 2016?",
    "NNMI的成员中有多少是制造商？",
])
def test_a_count_given_as_a_share_of_a_whole_is_worked_out(assistant, question):
    ans = assistant.ask(question, suggest=False)
    # "two-thirds of the 830 members": the count, with its working from the quoted share and whole
    assert not ans.refused and "2/3 × 830 ≈ 553" in ans.answer, ans.answer


_GUILD = ("# The Moorland Guild\n\nThe Moorland Guild keeps the hill paths open.\n\n"
          "By 2019 the Guild had 600 members, a third of whom were farmers. In 2019, 25% of the Guild's 1,200 "
          "volunteers were students.\n\nThe Guild meets twice a year in the village hall.\n")


@pytest.mark.parametrize("question, working", [
    ("How many of the Guild's members were farmers?", "1/3 × 600 = 200"),
    ("How many farmers were in the Moorland Guild in 2019?", "1/3 × 600 = 200"),
    ("How many of the volunteers were students?", "25% × 1200 = 300"),
])
def test_a_count_given_as_a_share_is_worked_out_on_an_own_document(assistant_over, question, working):
    ans = assistant_over(guild=_GUILD).ask(question, suggest=False)
    assert not ans.refused and working in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "How many members did the Guild have in 2019?",
    "What share of the Guild's members were farmers?",
    "What percentage of the volunteers were students?",
])
def test_the_whole_or_a_share_asked_is_not_worked_into_a_count(assistant_over, question):
    ans = assistant_over(guild=_GUILD).ask(question, suggest=False)
    assert not ans.refused and " × " not in ans.answer, ans.answer


# ---------------------------------------------------------------- a who-question after a topic set off before it

@pytest.mark.parametrize("question", [
    "The 'China Industrial Internet System Architecture 2.0' - who officially released it?",
    "China Industrial Internet System Architecture 2.0 - who officially released it?",
    "Architecture 2.0: who officially released it?",
])
def test_a_who_question_after_a_fronted_topic_wants_the_doer(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "Alliance" in ans.answer, ans.answer


_CHARTER = ("# The Harbour Charter\n\nThe Harbour Charter sets the rules of the west coast piers.\n\n"
            "The Harbour Charter was officially published in May 2019. In May 2019 the Fishermen's Guild officially "
            "published the Harbour Charter after two years of talks.\n\nThe charter has twelve articles.\n")


@pytest.mark.parametrize("question", [
    "The Harbour Charter - who officially published it?",
    "Harbour Charter: who officially published it?",
    "The Harbour Charter — who officially published it?",
])
def test_a_who_question_after_a_fronted_topic_wants_the_doer_on_an_own_document(assistant_over, question):
    ans = assistant_over(charter=_CHARTER).ask(question, suggest=False)
    assert not ans.refused and "Fishermen's Guild" in ans.answer, ans.answer


# ---------------------------------------------------------------- which kind of thing a listed item is

@pytest.mark.parametrize("question, item", [
    ("Which sector does Midea's platform serve?", "Midea Group-M. The IoT (furniture)"),
    ("What industry is Xugong Information in?", "Xugong Information-Hanyun (heavy Machinery)"),
    ("美的集团的工业互联网平台面向哪个行业?", "Midea Group-M. The IoT (furniture)"),
])
def test_the_attribute_a_list_gives_an_item_is_singled_out(assistant, question, item):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and f"“{item}”" in ans.answer, ans.answer


_TRADES = ("# The Valley Mills\n\nThe valley keeps its old trades alive.\n\nThe valley has three mills, namely: Alder "
          "Mill (textiles), Birch Works (ceramics), and Cedar Yard (boat building).\n\nThe mills employ 300 people "
          "between them.\n")


@pytest.mark.parametrize("question, item", [
    ("Which sector is Birch Works in?", "Birch Works (ceramics)"),
    ("What industry does Cedar Yard serve?", "Cedar Yard (boat building)"),
    ("Alder Mill: what field is it in?", "Alder Mill (textiles)"),
])
def test_the_attribute_a_list_gives_an_item_is_singled_out_on_an_own_document(assistant_over, question, item):
    ans = assistant_over(mills=_TRADES).ask(question, suggest=False)
    assert not ans.refused and f"“{item}”" in ans.answer, ans.answer


# ---------------------------------------------------------------- a thing one has, named beside its owner

@pytest.mark.parametrize("question, name", [
    ("Which platform does Haier run?", "COSMOPLAT"),
    ("Which platform does Kingdee run?", "Yundi Wisdom"),
    ("Which platform does Tencent run?", "Wood Nebula"),
    ("Which platform does China Mobile run?", "OneNET"),
    ("Which platform does Xugong Information operate?", "Hanyun"),
    ("What platform does Midea own?", "M. The IoT"),
])
def test_a_thing_one_runs_is_found_named_beside_its_owner(assistant, question, name):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and name in ans.answer, ans.answer


_FERRIES = ("# The Lake Ferries\n\nTwo firms keep the lake ferries going.\n\nThe ferries of the lake are Alder "
            "Lines-Swift, Birch Boats-Heron and Cedar Water-Kite.\n\nThe ferries carry 9,000 people a year.\n")


@pytest.mark.parametrize("question, name", [
    ("Which ferry does Birch Boats run?", "Birch Boats-Heron"),
    ("Which ferry does Alder Lines operate?", "Alder Lines-Swift"),
    ("What ferry does Cedar Water own?", "Cedar Water-Kite"),
])
def test_a_thing_one_runs_is_found_named_beside_its_owner_on_an_own_document(assistant_over, question, name):
    ans = assistant_over(ferries=_FERRIES).ask(question, suggest=False)
    assert not ans.refused and name in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "Two quick ones: who proposed NNMI, and in which fiscal year's budget?",
    "Three questions: who proposed NNMI, when was it disclosed, and how many institutes does it plan?",
    "2 things - who proposed NNMI and in which fiscal year's budget?",
])
def test_the_number_of_questions_announced_is_no_figure_to_check(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "Obama" in ans.answer and "figure does not match" not in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "How many of China's top 40 platforms are industry-based and geared to manufacturing business collaboration?",
    "Name the new digital techs that are merged with industry to form the industrial Internet.",
    "Which platforms focus on people's livelihood?",
])
def test_a_topic_word_of_kind_asks_no_attribute_of_an_item(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert "In the list:" not in ans.answer, ans.answer


# ---------------------------------------------------------------- what things are called asks a name, not a list

@pytest.mark.parametrize("question", [
    "What are the network's regional units called?",
    "What are the institutes of the network known as?",
    "What are the regional institutes of the network called?",
])
def test_what_things_are_called_asks_their_name(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "IMI" in ans.answer and "recommends" not in ans.answer, ans.answer


@pytest.mark.parametrize("question, kind", [
    ("What are the regional units of the network called?", "entity"),
    ("What is Haier's platform known as?", "entity"),
    ("What are the three aspects?", "list"),
])
def test_called_at_the_end_asks_a_name(question, kind):
    from assistant.answering.intent import answer_type

    assert answer_type(question) == kind


# ---------------------------------------------------------------- a count named last, and the number that counts it

@pytest.mark.parametrize("question, expected", [
    ("nnmi member count", "830 members"),
    ("NNMI member count?", "830 members"),
    ("Top 40: platform-support category count?", "12"),
])
def test_a_count_named_last_is_a_figure_of_the_noun_before_it(assistant, question, expected):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and expected in ans.answer.split(".")[0] + ".", ans.answer


_CLUB = ("# The Harbour Rowing Club\n\nThe club rows on the estuary every weekend.\n\nIn 2019, 40 of the club's "
         "members were students. By 2019 the club had 260 members, most of them from the town.\n\nThe club owns "
         "twelve boats.\n")


@pytest.mark.parametrize("question", [
    "Rowing club member count?",
    "How many members did the rowing club have in 2019?",
    "What was the club's member count in 2019?",
])
def test_the_number_that_counts_the_noun_answers_on_an_own_document(assistant_over, question):
    ans = assistant_over(club=_CLUB).ask(question, suggest=False)
    # "40 of the club's members were students" counts students; "had 260 members" counts the members
    assert not ans.refused and ans.answer.split("[")[0].count("260 members") == 1 and "40 of" not in ans.answer[:40], \
        ans.answer


# ---------------------------------------------------------------- the size of the whole picked from is no clue

@pytest.mark.parametrize("question, named", [
    ("Which companies of the leading 40 have people's livelihood as their core?", "Tianyi"),
    ("Which platform, of China's leading 40, is centred on enterprise trade?", "Ali Cloud"),
    ("Which companies among the leading 40 platforms have operation management as the core?", "Yonyou"),
    ("Which platform of China's leading 40 is built around enterprise trade?", "Ali Cloud"),
])
def test_the_size_of_the_whole_a_which_question_picks_from_identifies_no_answer(assistant, question, named):
    # "among the leading 40" says where to pick from; the group's own sentence need not repeat the 40, and the
    # question's figure is not wrong for it
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and named in ans.answer and "does not match" not in ans.answer, ans.answer


# ---------------------------------------------------------------- a hyphenated compound's part is no action

@pytest.mark.parametrize("question", ["Who started NNMI?", "Who started the NNMI network?",
                                      "Who started up the US manufacturing innovation network?"])
def test_a_start_up_enterprise_starts_nothing(assistant, question):
    # the academia sentence names "start-up enterprises": its "start" is part of a noun, no starting of NNMI
    ans = assistant.ask(question, suggest=False)
    assert "start-up" not in ans.answer.split("Related reading")[0].split("Sources")[0], ans.answer


_BOATHOUSE = ("# The Estuary Rowing Club\n\n## History\n\nThe club was founded by Ada Finch in 1921. Its members "
              "include students and retired sailors.\n\nThe club's boathouse was rebuilt in 1990 after a follow-up "
              "survey found rot in its beams.\n")


def test_a_follow_up_survey_follows_up_nothing(assistant_over):
    ans = assistant_over(club=_BOATHOUSE).ask("Who followed up on the boathouse?", suggest=False)
    assert ans.refused, ans.answer


def test_the_parts_of_a_compound_stand_only_in_it():
    from assistant.answering.gates import _only_in_compounds

    assert _only_in_compounds("all large and start-up enterprises") == {"start"}
    assert _only_in_compounds("a follow-up survey; they follow the plan") == set()


# ---------------------------------------------------------------- "how does A compare with B?"

@pytest.mark.parametrize("question, sides", [
    ("How do small businesses compare with universities among NNMI members?", ("341", "177")),
    ("How do government agencies and non-profits compare with small businesses among NNMI's members?",
     ("105", "341")),
    ("How does NNMI's small-business membership compare with its university membership?", ("341", "177")),
    ("How do small firms compare to universities and research institutions in the NNMI's membership?",
     ("341", "177")),
])
def test_how_a_compares_with_b_sets_a_figure_of_each_side(assistant, question, sides):
    # one figure of each side, and the difference worked out from them (no "how many" in the question)
    ans = assistant.ask(question, suggest=False)
    body = ans.answer.split("Sources:")[0]
    assert not ans.refused and all(s in body for s in sides), ans.answer
    a, b = sorted((float(s) for s in sides), reverse=True)
    assert f"{a:g} − {b:g} = {a - b:g}" in body, ans.answer


@pytest.mark.parametrize("question", [
    "How does the job-creation effect of an ordinary job compare with that of a high-end manufacturing job?",
    "How does China's industrial internet compare with the US NNMI network?",
])
def test_figures_that_are_not_of_the_two_sides_compare_nothing(assistant, question):
    # "top 40" platform counts share the word "manufacturing" with the question, but neither is of either side
    ans = assistant.ask(question, suggest=False)
    assert "23 − " not in ans.answer and "40 − " not in ans.answer, ans.answer


# ---------------------------------------------------------------- "compare A with B", "A versus B"

@pytest.mark.parametrize("question, sides", [
    ("Compare the small-business and university counts in NNMI's membership.", ("341", "177")),
    ("NNMI membership: small businesses versus universities and research institutions?", ("341", "177")),
    ("Can you compare NNMI's government and non-profit members with its small businesses?", ("105", "341")),
    ("Please compare universities vs. small firms among the NNMI's 2016 members.", ("177", "341")),
])
def test_compare_a_with_b_sets_a_figure_of_each_side(assistant, question, sides):
    # the sides asked without "how does ... compare": the same two figures and their difference
    ans = assistant.ask(question, suggest=False)
    body = ans.answer.split("Sources:")[0]
    assert not ans.refused and all(s in body for s in sides), ans.answer
    a, b = sorted((float(s) for s in sides), reverse=True)
    assert f"{a:g} − {b:g} = {a - b:g}" in body, ans.answer


def test_compared_sides_are_read_from_each_wording():
    from assistant.answering.plans.arithmetic import _sides_compared

    def sides(q: str) -> tuple[str, str]:
        m = _sides_compared(q)
        assert m is not None, q
        return m.group("a").strip(), (m.group("b") or "").strip(" ?.")

    assert sides("Compare small firms with universities.") == ("small firms", "universities")
    assert sides("compare Defense and Energy") == ("Defense", "Energy")
    assert sides("Small firms vs. universities?") == ("Small firms", "universities")
    assert sides("How does A compare with B?") == ("A", "B")
    assert _sides_compared("How do A and B stack up?").group("b") is None
    assert _sides_compared("What is NNMI?") is None


# ---------------------------------------------------------------- "how many more than X?" after a figure

@pytest.mark.parametrize("earlier, question, working", [
    ("How many institutes did the Department of Defense fund?", "How many more than Commerce?", "8 − 1 = 7"),
    ("How many of the members are small businesses?", "how many more than universities?", "341 − 177 = 164"),
    ("How many institutes did the Department of Energy fund?", "How much less than Defense?", "8 − 5 = 3"),
])
def test_a_comparison_naming_only_its_second_side_compares_with_the_figure_just_asked(assistant, earlier, question,
                                                                                        working):
    ans = assistant.ask(question, [{"role": "user", "content": earlier}], suggest=False)
    assert not ans.refused and working in ans.answer, ans.answer


@pytest.mark.parametrize("question, depends", [
    ("How many more than Energy?", True),
    ("by how much fewer than the Chicago one?", True),
    ("how much bigger than Commerce's", True),
    ("How many more small businesses than universities are there among NNMI's members?", False),
])
def test_only_a_comparison_without_its_first_side_leans_on_the_conversation(question, depends):
    from assistant.answering.intent import depends_on_history

    assert depends_on_history(question, 1) is depends


# ---------------------------------------------------------------- "how many universities?" after an institute

@pytest.mark.parametrize("earlier, question, figure, other", [
    ("How many companies are in the Detroit institute?", "How many universities?", "9 universities", "23 "),
    ("How many companies does the Detroit institute have?", "How many other organisations?", "17 other", "nine "),
    ("How many companies does Detroit's institute include?", "How many laboratories?", "9 universities", "23 "),
])
def test_a_count_of_a_kind_counts_in_the_thing_the_conversation_is_about(assistant, earlier, question, figure, other):
    # a kind of thing the knowledge has a term for ("universities") names no topic of the question's own
    ans = assistant.ask(question, [{"role": "user", "content": earlier}], suggest=False)
    assert figure in ans.answer and other not in ans.answer.split("Sources:")[0], ans.answer


# ---------------------------------------------------------------- "what does the paper say X is?"

@pytest.mark.parametrize("question", [
    "What do the authors think the industrial internet is?",
    "What does this paper say industrial internet is?",
    "What do the writers say the industrial Internet is, basically?",
])
def test_what_the_source_says_x_is_asks_what_x_is(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert "new generation of information and communication technology" in ans.answer, ans.answer


def test_the_source_frame_of_what_x_is_is_read_away():
    from assistant.answering.lexicon import without_source_frame

    assert without_source_frame("What does the report say the Harbour Fund is?") == "What is the Harbour Fund?"
    assert without_source_frame("what do the authors think its biggest weakness was, essentially?") == (
        "What was its biggest weakness?")
    # what the source says about a thing, not what the thing is, stays as asked
    assert without_source_frame("What does the report say about the Harbour Fund?") == (
        "What does the report say about the Harbour Fund?")


# ---------------------------------------------------------------- a caption names what is shown, and states nothing

_HARBOUR_WITH_CAPTIONS = """# Review of the Northport Harbour

## 1 The harbour layout

The layout of the harbour is shown in the figure below. The inner basin holds six deep-water berths for container
ships; the outer basin holds the grain terminal and the ferry pier. As shown Fig 2.

*Figure 2: Northport harbour layout and berth map*

The Port Authority manages the berths, pilots and tolls.

## 2 Governance

*Table 1: Members of the Northport harbour board*

The harbour board has nine members: four from the city, three from shipping firms and two from the unions.
"""


def test_a_caption_answers_only_a_question_about_its_figure(assistant_over):
    a = assistant_over(harbour=_HARBOUR_WITH_CAPTIONS)
    for question in ("Who are the members of the Northport harbour board?", "Who sits on the harbour board?",
                     "Tell me about the Northport harbour layout."):
        ans = a.ask(question, suggest=False)
        body = ans.answer.split("Sources:")[0]
        assert "Table 1" not in body and "Figure 2:" not in body, (question, ans.answer)
    board = a.ask("Who are the members of the Northport harbour board?", suggest=False)
    assert "nine members" in board.answer, board.answer
    shown = a.ask("What does Figure 2 show?", suggest=False)  # the figure asked: its caption says what it shows
    assert not shown.refused and "layout and berth map" in shown.answer, shown.answer


# ---------------------------------------------------------------- a short summary keeps what the paper argues

@pytest.mark.parametrize("question", [
    "Give me the paper in two sentences.",
    "Two-bullet summary of this paper, please.",
    "Sum up the document in 2 points for the minister.",
])
def test_a_two_point_summary_says_what_the_paper_studies(assistant, question):
    # the opening bullet only sets the scene; the bullets nearest the thesis (the US network studied) come first
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "NNMI" in ans.answer and "R&D" in ans.answer, ans.answer


def test_summary_bullets_are_picked_by_the_thesis_and_end_on_the_conclusion():
    from assistant.answering.plans.points import Point
    from assistant.answering.plans.summary import pick_bullets

    points = [Point(t, "doc", ["p1"]) for t in ("Ports matter to trade.", "The harbour board runs the port tolls.",
                                                 "Grain is shipped in autumn.", "The board should cut tolls.")]
    picked = [p.text for p in pick_bullets(points, 2, "The review argues that the harbour board should cut tolls.")]
    assert picked == ["The harbour board runs the port tolls.", "The board should cut tolls."]
    assert [p.text for p in pick_bullets(points, 2)] == ["Ports matter to trade.", "The board should cut tolls."]
    assert pick_bullets(points, 9, "anything") == points


# ---------------------------------------------------------------- a planned date is not the date of a thing done

@pytest.mark.parametrize("question", [
    "When does China aim to complete its unified national industrial internet?",
    "By which year does the US plan to have all its innovation institutes built?",
    "By what year does the paper say China plans to complete its R&D highlands?",
])
def test_a_date_asked_of_a_plan_is_not_the_date_of_a_thing_done(assistant, question):
    # the paper dates releases and proposals, and names no year by which a plan is to be done
    ans = assistant.ask(question, suggest=False)
    assert ans.refused and "does not give this date" in ans.answer, ans.answer


def test_a_date_of_a_thing_done_is_still_given(assistant):
    ans = assistant.ask("In what year was the Industrial Internet System Architecture 2.0 released?", suggest=False)
    assert not ans.refused and "2020" in ans.answer, ans.answer


@pytest.mark.parametrize("question, working", [
    ("Which US department funded the most institutes, and how many more than Commerce?", "8 − 1 = 7"),
    ("Which department funded the fewest institutes, and how many fewer than Defense?", "8 − 1 = 7"),
    ("Which federal department backed the fewest innovation institutes, and how many fewer than Energy?",
     "5 − 1 = 4"),
])
def test_which_has_most_and_how_many_more_than_x_compares_the_one_found_with_x(assistant, question, working):
    # the second part names only its second side: its first is the one the first part's answer ends on
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and working in ans.answer, ans.answer


# ---------------------------------------------------------------- "if we don't want X, ...": avoiding X

_HARBOUR_CONGESTION = """# Review of the Northport Harbour

## 1 Operations

The Port Authority manages the berths, pilots and tolls of the harbour. It has a board of nine members.

To avoid congestion at the berths, the Port Authority staggers ship arrivals by region of origin and publishes a
weekly arrival plan.

## 2 Trade

In 2019 the harbour handled 12 million tonnes of cargo, most of it grain and timber.
"""


def test_not_wanting_a_thing_asks_how_it_is_avoided(assistant_over):
    # the wanting is no topic, and "don't want" asks no negated question: the documents say "to avoid"
    a = assistant_over(harbour=_HARBOUR_CONGESTION)
    for question in ("We don't want ships queuing at the berths - what does Northport do about congestion?",
                     "if we dont want congestion at the berths, what does the Port Authority do?"):
        ans = a.ask(question, suggest=False)
        assert not ans.refused and "staggers ship arrivals" in ans.answer, (question, ans.answer)


@pytest.mark.parametrize("question", [
    "We don't want regions competing with each other on the same projects - how does NNMI handle that?",
    "if we dont want institutes overlapping, how does the NNMI network place them?",
])
def test_what_is_to_be_avoided_may_have_its_opposite_in_the_answer(assistant, question):
    # "the same projects" is what is avoided: evidence placing institutes in "different" areas answers it
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "different" in ans.answer, ans.answer


def test_the_asker_s_wish_is_read_as_its_topic():
    from assistant.answering.lexicon import UNWANTED, WANTED

    avoided = UNWANTED.sub(" to avoid ", "If we don't want overlap, what helps?").strip()
    assert avoided == "to avoid overlap, what helps?"
    assert WANTED.sub(" ", "We want small firms to join. What works?").strip() == "small firms to join. What works?"
    assert WANTED.sub(" ", "I want to know who leads it.") == "I want to know who leads it."


# ---------------------------------------------------------------- "for the minister before tomorrow's meeting"

@pytest.mark.parametrize("question", [
    "Summarise the paper for the minister before Monday's cabinet meeting.",
    "Overview of the US network for the Vice-Minister ahead of Friday's briefing, please.",
    "Sum up this paper for our deputy minister ahead of next week's hearing.",
])
def test_an_audience_with_a_deadline_is_no_topic(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "NNMI" in ans.answer, ans.answer
    assert "meeting" not in ans.answer.split("\n")[0] and "briefing" not in ans.answer.split("\n")[0], ans.answer


def test_a_deadline_and_a_courtesy_go_with_the_audience():
    from assistant.answering.lexicon import DEADLINE, without_audience

    assert DEADLINE.sub("", "Summarise it for the mayor before tomorrow's council meeting.") == (
        "Summarise it for the mayor.")
    assert DEADLINE.sub("", "A memo ahead of the hearing") == "A memo"
    assert without_audience("Overview of the port for the Vice-Minister, please.") == "Overview of the port."
    assert without_audience("Who leads it, please?") == "Who leads it, please?"


@pytest.mark.parametrize("question", [
    "By what year do the authors want China's industrial internet platforms ready?",
    "In what year does the paper want China's national industrial internet built?",
    "What year would the authors like China's national network to be operational?",
])
def test_a_date_by_which_a_thing_is_wanted_done_is_a_plan(assistant, question):
    # the paper names no year by which anything is to be done: no date of a thing done answers it
    ans = assistant.ask(question, suggest=False)
    assert ans.refused, ans.answer


# ---------------------------------------------------------------- "what is X, the Y of Z?": a closing description

_HARBOUR_PEOPLE = """# Review of the Northport Harbour

## 1 People of the harbour

A pilot is a licensed mariner who steers large ships through the harbour channel.

The Port Authority's modernisation programme hires new pilots, trains tug crews and upgrades the radar station.

A stevedore is a dock worker who loads and unloads cargo ships.

The modernisation programme of the Port Authority also funds a training school for stevedores and crane drivers.
"""


def test_a_description_closing_the_question_asks_nothing(assistant_over):
    # the description says which thing is meant; the programme it names need not stand in the answer
    a = assistant_over(harbour=_HARBOUR_PEOPLE)
    for question, expected in (
            ("What is a pilot, the role the Port Authority's modernisation programme hires for?", "licensed mariner"),
            ("How does the document define a stevedore, the worker the modernisation programme trains?",
             "dock worker"),
            ("What does the document mean by a pilot, a job the Port Authority programme is hiring for?",
             "licensed mariner"),
            ("What counts as a stevedore, the kind of worker the Port Authority's programme funds training for?",
             "dock worker")):
        ans = a.ask(question, suggest=False)
        assert not ans.refused and expected in ans.answer, (question, ans.answer)


def test_choices_and_times_after_a_comma_are_no_description():
    from assistant.answering.lexicon import without_trailing_description

    assert without_trailing_description("What is a pilot, the role the port hires for?") == "What is a pilot?"
    for kept in ("Which is bigger, the Detroit institute or the Chicago one?",
                 "How many members did it have, the year it was founded?",
                 "Is it a pilot, the role the port hires for?"):
        assert without_trailing_description(kept) == kept


# ---------------------------------------------------------------- "agencies funding the institutes": a terse plural


@pytest.mark.parametrize("question,names", [
    ("departments paying for the innovation institutes", ["Defense", "Energy", "Commerce"]),
    ("platforms focusing on research and development", ["COSMOP", "Simdroid"]),
])
def test_a_plural_noun_and_its_participle_ask_for_all_of_them(assistant, question, names):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and all(n.lower() in ans.answer.lower() for n in names), ans.answer


_COUNCIL_FERRIES = ("# The Estuary Ferries\n\nThe Estuary Ferries run four lines across the river mouth.\n\n"
                    "The North Council pays for the Alder line, which carries most commuters.\n\n"
                    "The South Council pays for the Birch line and keeps its two old boats running.\n\n"
                    "The Harbour Council pays for the Cedar line, the longest of the four.\n\n"
                    "The Dune line is run by volunteers and costs nothing to the public purse.\n")


@pytest.mark.parametrize("question", [
    "councils paying for the ferry lines",
    "Which councils pay for the ferry lines?",
    "Which councils fund the lines?",
])
def test_a_list_given_one_sentence_each_is_gathered(assistant_over, question):
    # each council's line is its own sentence: the list is all of them, not the best-matching one
    ans = assistant_over(ferries=_COUNCIL_FERRIES).ask(question, suggest=False)
    assert not ans.refused and all(n in ans.answer for n in ("North Council", "South Council", "Harbour Council")), \
        ans.answer
    assert "Dune" not in ans.answer, ans.answer  # a line no council pays for is no item


def test_a_terse_plural_and_its_participle_read_as_a_list():
    from assistant.answering.intent import answer_type

    assert answer_type("firms leading the regional institutes") == "list"
    assert answer_type("institutes founded by the universities") == "list"
    assert answer_type("members during 2016") != "list"  # "during" is no participle
    assert answer_type("which department funds the most?") != "list"


@pytest.mark.parametrize("question", [
    "which councils pay for the ferry lines?",
    "Which banks lend to the growers?",
    "which charities work with the growers",
])
def test_a_plural_head_and_a_verb_with_its_preposition_ask_for_several(question):
    from assistant.answering.intent import answer_type

    assert answer_type(question) == "list"


def test_a_terse_plural_with_a_total_or_a_year_asks_how_many():
    from assistant.answering.intent import answer_type

    assert answer_type("total councils paying for the lines") != "list"
    assert answer_type("lines opened by 1990") != "list"


# ------------- "a country's economy" meets "economic development": a noun in -y and its adjective in -ic

@pytest.mark.parametrize("question", [
    "Why does the paper call manufacturing pivotal to a nation's economy and security?",
    "What role does manufacturing play for national security and the economy?",
])
def test_the_economy_asked_meets_economic_in_the_evidence(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "national security is a pivotal role" in ans.answer, ans.answer


def test_a_noun_in_y_meets_its_adjective_in_a_document_of_our_own(assistant_over):
    own = assistant_over(port=("# The Port of Kell\n\nThe port of Kell has two piers and a customs house.\n\n"
                               "The ferry link to the islands is of great economic importance to Kell.\n\n"
                               "The harbour board chose a strategic site for the new customs house in 1990.\n"))
    for question, expected in (("Why does the ferry link matter for the economy of Kell?", "economic importance"),
                               ("What was the strategy behind the site of the customs house?", "strategic site")):
        ans = own.ask(question, suggest=False)
        assert not ans.refused and expected in ans.answer, (question, ans.answer)


# ------------- "which one" after the group named, the group's size in a word, an irregular form and its base's
# synonyms ("built around" centres on it), help with the document as a whole, "what is missing in X"

_COUNTY_PARKS = ("# The County Parks\n\nThree boroughs share the upkeep of the county's parks.\n\n"
                 "By 2019, the Eastern Borough had funded 6 parks across its towns.\n\n"
                 "By 2019, the Western Borough had funded 3 parks along the coast.\n\n"
                 "By 2019, the Upland Borough had funded 1 park in the hills.\n")


@pytest.mark.parametrize("question", [
    "Out of the three boroughs, which one funded a single park?",
    "Of all the boroughs that pay for parks, which one had funded only one park by 2019?",
    "Among the boroughs, which one paid for just one park?",
])
def test_which_one_after_the_group_asks_for_one_of_it(assistant_over, question):
    ans = assistant_over(parks=_COUNTY_PARKS).ask(question, suggest=False)
    assert not ans.refused and "Upland Borough" in ans.answer, ans.answer
    assert "Eastern Borough" not in ans.answer, ans.answer


def test_which_one_with_a_verb_asks_for_a_name():
    from assistant.answering.intent import answer_type

    assert answer_type("out of the boroughs, which one funded a single park?") == "entity"
    assert answer_type("which one is the largest?") == "entity"
    assert answer_type("of the three, which one opened first?") == "entity"


@pytest.mark.parametrize("question", [
    "Of the three boroughs, which funded a single park?",
    "Which of the three boroughs funded only one park?",
    "Among all three boroughs, which borough funded only one park?",
])
def test_the_size_of_the_group_in_a_word_is_no_clue(assistant_over, question):
    # "three" counts the boroughs picked from; the borough with 3 parks is not the one asked for
    ans = assistant_over(parks=_COUNTY_PARKS).ask(question, suggest=False)
    assert not ans.refused and "Upland Borough" in ans.answer and "Western" not in ans.answer, ans.answer


_OLD_MILL = ("# The Old Mill\n\nThe old mill on the Tarn was constructed by the Fell family in 1820.\n\n"
             "The old mill on the Tarn was restored by the Valley Trust in 1990.\n\n"
             "The new water wheel was carved by the Holme brothers in 1850.\n\n"
             "The Fell family financed the new water wheel.\n\n"
             "The Ridge Bank lent the miller money for a second wheel in 1871.\n\n"
             "The mill ground oats for the valley's farms until 1932.\n\n"
             "In 1933 the Fell family sold the mill's grindstones to a quarry.\n\n"
             "In 1935 the empty mill was purchased by the Askew family.\n")


@pytest.mark.parametrize(("question", "expected"), [
    ("Who built the old mill on the Tarn?", "Fell family"),
    ("Who paid for the new water wheel?", "Fell family"),
    ("When was the old mill built?", "1820"),
    ("Who bought the mill?", "Askew family"),
    ("When was the mill bought?", "1935"),
    ("Who paid for the water wheel?", "Fell family"),
])
def test_an_irregular_form_meets_the_synonyms_of_its_base(assistant_over, question, expected):
    # "built" is "build", which "constructed" means; "paid" is "pay", which "financed" means
    ans = assistant_over(mill=_OLD_MILL).ask(question, suggest=False)
    assert not ans.refused and expected in ans.answer, ans.answer


_VALLEY_CLUBS = ("# The Valley Clubs\n\nThe Tarn Club focuses on rowing and holds its races each spring.\n\n"
                 "The Ridge Club was constructed beside the rowing lake in 1990.\n\n"
                 "The Fell Club focuses on hill walking and keeps a hut on the moor.\n\n"
                 "A shelter for hill walking was constructed by the Moor Club in 1995.\n")


@pytest.mark.parametrize(("question", "expected"), [
    ("Which club is built around rowing?", "Tarn Club"),
    ("What is the Fell Club built around?", "hill walking"),
    ("Which club has been built around hill walking?", "Fell Club"),
])
def test_built_around_is_centred_on_not_constructed(assistant_over, question, expected):
    ans = assistant_over(clubs=_VALLEY_CLUBS).ask(question, suggest=False)
    assert not ans.refused and expected in ans.answer, ans.answer
    assert "constructed" not in ans.answer and "construction" not in ans.answer, ans.answer


@pytest.mark.parametrize("message", [
    "Could you help me with this report?",
    "I need some help with the document.",
    "would you assist us with the paper today?",
])
def test_help_asked_with_the_document_as_a_whole_is_small_talk(message):
    from assistant.answering.chat import smalltalk_kind

    assert smalltalk_kind(message) == "help"
    assert not smalltalk_kind("Can you help me with the figures in this paper?")  # a topic of it is asked


def test_help_with_the_document_gets_the_help_reply(assistant_over):
    ans = assistant_over(clubs=_VALLEY_CLUBS).ask("Can you help me out with this document?", suggest=False)
    assert ans.kind == "smalltalk" and not ans.citations and "The Valley Clubs" in ans.answer, ans.answer


_HARBOUR_PLAN = ("# The Harbour Plan\n\nThe harbour plan is strong on new quays and cranes.\n\n"
                 "The harbour plan lacks a budget for dredging the channel.\n\n"
                 "A weakness of the harbour plan is that it has no rail link to the quays.\n\n"
                 "The harbour board approved the plan in 2021 after a long public hearing.\n")


@pytest.mark.parametrize("question", [
    "What is missing in the harbour plan?",
    "What do the authors think is missing from the harbour plan?",
    "what's the harbour plan missing?",
])
def test_what_is_missing_in_x_asks_for_its_weaknesses(assistant_over, question):
    ans = assistant_over(harbour=_HARBOUR_PLAN).ask(question, suggest=False)
    assert not ans.refused and "dredging" in ans.answer and "rail link" in ans.answer, ans.answer
    assert "strong on new quays" not in ans.answer, ans.answer



# ------------- a renaming the question takes for granted ("When was X renamed Y?") must be said

_RIVER_CLUBS = ("# The River Clubs\n\nThe Ridge Club was founded in 1921 and opened its boathouse in 1925.\n\n"
                "The Tarn Club was founded in 1899.\n\n"
                "In 1950 the Tarn Club was re-branded as the Tarn Rowing Club.\n\n"
                "The Ridge Club won the valley regatta in 1960.\n")


@pytest.mark.parametrize("question", [
    "When was the Ridge Club renamed?",
    "Why was the Ridge Club rebranded?",
    "When did the Ridge Club change its name?",
    "When exactly did the Ridge Club get renamed?",
])
def test_a_renaming_no_document_speaks_of_is_refused(assistant_over, question):
    ans = assistant_over(clubs=_RIVER_CLUBS).ask(question, suggest=False)
    assert ans.refused and "1921" not in ans.answer.split("closest passages")[0], ans.answer


def test_a_renaming_the_document_states_is_answered(assistant_over):
    ans = assistant_over(clubs=_RIVER_CLUBS).ask("When was the Tarn Club renamed?", suggest=False)
    assert not ans.refused and "1950" in ans.answer, ans.answer


# ------------- the one who conceived a thing, asked by a phrase ("dreamed up", "the brains behind", "originator of")

_TARN_CLUB = ("# The Valley Clubs\n\nThe Tarn Club was proposed by Ann Fell in 1899 and opened in 1901.\n\n"
              "The Tarn Club holds races each spring on the lake.\n\n"
              "The United Kingdom launched a national rowing plan in 1990.\n\n"
              "The Ridge Club was set up by the Askew brothers.\n")


@pytest.mark.parametrize("question", [
    "Who dreamed up the Tarn Club?",
    "Who was the brains behind the Tarn Club?",
    "Who thought up the Tarn Club?",
    "Who was the originator of the Tarn Club?",
])
def test_who_conceived_a_thing_is_who_came_up_with_it(assistant_over, question):
    ans = assistant_over(clubs=_TARN_CLUB).ask(question, suggest=False)
    assert not ans.refused and "Ann Fell" in ans.answer, ans.answer


# ------------- "smart factories" are the paper's "intelligent manufacturing plants" (glossary)

@pytest.mark.parametrize("question", [
    "Should China prioritise smart factories?",
    "Is it right for China to put smart factories first?",
    "Does the paper think our industrial internet should keep centring on smart factories?",
])
def test_smart_factories_are_the_intelligent_manufacturing_plants(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "intelligent manufacturing plants" in ans.answer, ans.answer
    assert "R&D" in ans.answer or "R & D" in ans.answer, ans.answer


# ------------- "what can X do?": what the documents say X can do, when they say it (else a lesson, as before)

_HARBOUR_GUILD = ("# The Harbour\n\nThe harbour of Kell has two piers and a customs house.\n\n"
                  "Members of the harbour guild can moor free of charge, use the cranes at night and vote on the "
                  "harbour fees.\n\nThe guild was founded in 1820 and has 40 members.\n\n"
                  "Visitors buy tickets for the ferry at the customs house.\n")


@pytest.mark.parametrize("question", [
    "what can guild members do",
    "What can the guild's members do?",
    "What are the members of the harbour guild able to do?",
])
def test_what_a_group_can_do_is_what_the_document_says_it_can_do(assistant_over, question):
    ans = assistant_over(harbour=_HARBOUR_GUILD).ask(question, suggest=False)
    assert not ans.refused and "moor free of charge" in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "What are the member organizations of the NNMI network able to do?",
    "What are NNMI member organisations able to do together?",
    "what can members of the US manufacturing network do?",
])
def test_what_members_can_do_is_the_documents_can_sentence_not_a_lesson(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "share best practices" in ans.answer, ans.answer


def test_what_china_can_do_is_still_the_advice(assistant):
    ans = assistant.ask("What can China do to catch up?", suggest=False)
    assert not ans.refused and ("R&D" in ans.answer or "research and development" in ans.answer), ans.answer


# ------------- "在哪方面", "什么方面": the respect asked about is the kind of answer, not a topic to find

@pytest.mark.parametrize("question", [
    "华为在哪方面取得了突破？",
    "华为在哪方面领先世界？",
    "论文里说华为在哪方面有突破?",
    "华为在什么方面取得了突破？",
])
def test_a_chinese_which_respect_is_the_kind_of_answer(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "5G" in ans.answer, ans.answer


# ------------- a premise whose doer the documents never name ("When Trump proposed X, what was its goal?"): who did
# it, as they say, first; then the question

_TARN_AIMS = ("# The Tarn Club\n\nThe Tarn Club was proposed by Ann Fell in 1899 and opened in 1901.\n\n"
              "The Tarn Club aims to train young rowers from the valley's farms.\n\n"
              "The club holds its races each spring on the lake.\n")


@pytest.mark.parametrize("question", [
    "When Tom Baker proposed the Tarn Club, what was its aim?",
    "Since Baker proposed the Tarn Club in 1899, what did the club aim to do?",
    "Given that Baker proposed the Tarn Club, what was the club meant to do?",
])
def test_a_premise_naming_another_doer_is_answered_with_the_documents_doer(assistant_over, question):
    ans = assistant_over(club=_TARN_AIMS).ask(question, suggest=False)
    assert "Ann Fell" in ans.answer and "does not mention" in ans.answer and "Baker" in ans.answer, ans.answer


def test_premise_parts_need_a_doer_the_documents_never_name():
    from assistant.answering.understanding import premise_parts

    q = "When Trump proposed NNMI in 2012, what was the goal?"
    assert premise_parts(q, ["Trump"]) == ["Who proposed NNMI?", "What was the goal?"]
    assert premise_parts(q, []) == []  # a doer the documents name: the question as it is
    assert premise_parts("When was NNMI proposed?", ["Trump"]) == []


# ------------- "per the summary", "according to the summary": the section named as the source, no request for one

_HARBOUR_REPORT = ("# The Harbour Report\n\n## Summary\n\nThe harbour is busiest in spring, when the herring fleet "
                   "lands its catch.\n\nThe harbour board plans a new quay by 2030.\n\n## Traffic\n\n"
                   "Ferries call twice a day all year round.\n\nThe herring fleet has twelve boats.\n")


@pytest.mark.parametrize("question", [
    "According to the summary, what does the harbour board plan?",
    "Per the summary, what is the harbour board planning?",
    "As the summary puts it, what does the board plan to build?",
])
def test_the_summary_named_as_the_source_is_no_request_for_one(assistant_over, question):
    ans = assistant_over(harbour=_HARBOUR_REPORT).ask(question, suggest=False)
    assert not ans.refused and "new quay" in ans.answer, ans.answer
    assert "in brief" not in ans.answer and "What the document" not in ans.answer, ans.answer  # no summary


@pytest.mark.parametrize("question", [
    "According to the summary, what period is the global industrial internet platform in?",
    "Per the summary, what kind of period are global industrial internet platforms in?",
])
def test_the_papers_summary_named_as_the_source_gets_the_answer(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "window period" in ans.answer and "says on this" not in ans.answer, ans.answer


# ------------- two sides joined by "or" after other names that set the scope ("which US department ... NNMI
# institutes, Defense or Energy?"): the sides are the two joined, not the first two named

@pytest.mark.parametrize("question,working", [
    ("Within the NNMI, which agency funded more institutes: Energy or Commerce?", "5 − 1 = 4"),
    ("Among the US funders of NNMI institutes, did Defense or Commerce back more of them?", "8 − 1 = 7"),
    ("For the American network, which department paid for more institutes, Energy or Defense, and how many more?",
     "8 − 5 = 3"),
])
def test_the_sides_compared_are_the_two_joined_not_the_scope_named_first(assistant, question, working):
    ans = assistant.ask(question, suggest=False)
    assert working in ans.answer, ans.answer
    assert "National Network for Manufacturing Innovation has the larger figure" not in ans.answer


def test_the_last_two_of_a_list_of_three_sides_are_not_taken_for_the_pair(assistant):
    ans = assistant.ask("How do Defense, Energy and Commerce compare on the institutes each funded?", suggest=False)
    assert "8" in ans.answer and "Department of Defense" in ans.answer, ans.answer


def test_a_bare_join_between_two_names():
    from assistant.answering.plans.compare import _BARE_JOIN

    for between in (" or ", "'s or ", ", or ", " versus the ", " vs. ", " / ", " compared with "):
        assert _BARE_JOIN.fullmatch(between), between
    for between in (" department had funded more ", ", which agency funded more institutes: ", " or the fund "):
        assert not _BARE_JOIN.fullmatch(between), between


# ------------- a scene named after the question ("..., in the context of X", "cited as background to X", "the
# argument behind X cites ..."): X sets the scene and need not stand in the evidence's sentence, only its section

@pytest.mark.parametrize("question,expected", [
    ("What share of US GDP is manufacturing, in the context of the American manufacturing innovation network?",
     "12%"),
    ("How many jobs outside manufacturing does one manufacturing post support, as cited as background to the NNMI?",
     "1.6"),
    ("The reasoning behind Manufacturing USA cites high-end jobs: how many extra jobs does one such job create?",
     "five"),
])
def test_a_scene_named_after_the_question_need_not_stand_in_the_sentence(assistant, question, expected):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and expected in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "What share of US GDP is manufacturing, in the context of the Edison Welding Institute?",
    "How many jobs does one manufacturing post support, as cited as background to the Supercomputing Center?",
])
def test_a_scene_the_section_does_not_name_is_still_refused(assistant, question):
    assert assistant.ask(question, suggest=False).refused


def test_scene_phrases():
    from assistant.answering.lexicon import scene_phrases, without_scene_markers

    assert scene_phrases("What share is it, in the context of the NNMI programme?") == ["the NNMI programme"]
    assert scene_phrases("Which figure is cited as background to the plan?") == ["the plan"]
    assert scene_phrases("The argument behind the plan cites jobs: how many?") == ["the plan"]
    assert scene_phrases("The paper makes the case for the plan partly on jobs: how many?") == ["the plan"]
    assert scene_phrases("What is the rationale for siting the institutes apart?") == []  # asks of the siting
    assert without_scene_markers("Which figure is cited as background to the plan?").split() == \
        "Which figure is cited the plan ?".split()


# ------------- a question that opens by asking for a unit or a kind ("In what unit is the size of X recorded?",
# "What kind of publication gives the number of ships?") wants the unit or the kind, no figure

_HARBOUR_ALMANAC = ("# The Harbour Almanac\n\n## Catch\n\nThe size of the catch is recorded in crans, an old measure "
                    "of herring. The depth of the harbour is measured in fathoms.\n\nThe harbour almanac gives the "
                    "number of ships that call each year. The guild's ledger gives the number of boats in the fleet."
                    "\n\n## Boats\n\nThe fleet has twelve boats, and the number of crews grew to fourteen in 1990.\n")


@pytest.mark.parametrize("question,expected", [
    ("In what unit is the size of the catch recorded?", "crans"),
    ("In which units is the depth of the harbour measured?", "fathoms"),
    ("What kind of publication gives the number of ships that call each year?", "almanac"),
    ("Which type of record gives the number of boats in the fleet?", "ledger"),
])
def test_a_unit_or_a_kind_asked_for_is_no_figure(assistant_over, question, expected):
    ans = assistant_over(harbour=_HARBOUR_ALMANAC).ask(question, suggest=False)
    assert not ans.refused and expected in ans.answer, ans.answer


def test_answer_type_of_a_kind_or_a_unit():
    from assistant.answering.intent import answer_type

    assert answer_type("In what unit is the size of the catch recorded?") != "figure"
    assert answer_type("What kind of statement is made about the number of problems solved?") != "figure"
    assert answer_type("What kind of number is the share of the catch?") == "figure"  # a kind of figure
    assert answer_type("How many kinds of boats are there?") == "figure"


# ------------- a purpose asked by the role a thing was meant to take, with a scope after it ("What is an IMI
# supposed to be in the network?") or a time of founding before it ("initially meant to" is "originally meant to")

@pytest.mark.parametrize("question", [
    "What were the IMIs initially meant to become?",
    "What is an IMI supposed to be in the network?",
    "What were IMIs ever meant to be for the network?",
])
def test_the_role_a_thing_was_meant_to_take_is_its_purpose(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "hub" in ans.answer, ans.answer


# ------------- a purpose asked in a word the documents never use ("What is the purpose of the guild?", "What was
# the guild meant to become?"): answered by evidence that says what the thing is for in its own words ("founded as a
# meeting place"), after the thing; evidence that states no purpose of it answers another question

_GUILD_HISTORY = ("# The Harbour Guild\n\n## History\n\nThe Harbour Guild was set up in 1852. The guild was originally "
                  "founded as a meeting place for the herring skippers of the town, where prices could be agreed "
                  "before the auction.\n\n## Members\n\nThe guild has 40 members today, and its hall stands on the "
                  "quay in Kirkby.\n")


@pytest.mark.parametrize("question", [
    "What is the purpose of the guild?",
    "What role was the guild meant to play?",
    "What was the guild meant to become?",
    "What was the guild for?",
])
def test_a_purpose_the_documents_state_in_their_own_words_is_found(assistant_over, question):
    ans = assistant_over(guild=_GUILD_HISTORY).ask(question, suggest=False)
    assert not ans.refused and "meeting place" in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "What is the aim of the auction?",  # the guild's founding names the auction, after its purpose
    "What is the purpose of the hall?",
])
def test_a_purpose_no_evidence_states_of_the_thing_is_refused(assistant_over, question):
    assert assistant_over(guild=_GUILD_HISTORY).ask(question, suggest=False).refused


def test_an_intended_role_reads_as_a_purpose():
    from assistant.answering.lexicon import PURPOSE_SAID, with_plain_verbs

    assert "purpose" in with_plain_verbs("What is an IMI supposed to be in the network?")
    assert "originally purpose" in with_plain_verbs("What were the IMIs initially meant to become?")
    assert "purpose" not in with_plain_verbs("Is the guild supposed to be in Kirkby?")  # a claim of where it is
    assert "initiative" in with_plain_verbs("How many institutes is the initiative designed to have?")
    assert PURPOSE_SAID.search("The guild was originally founded as a meeting place.")
    assert PURPOSE_SAID.search("The fund was set up in 1990 to help small boats.")
    assert not PURPOSE_SAID.search("The guild was set up in 1852.")


# ------------- a request with no question word after a sentence of context ("I have five minutes with the mayor
# before the council meets. Summarise this document for me."): the context is set aside as before a question

@pytest.mark.parametrize("question", [
    "I have five minutes with the mayor before the council meets. Summarise this document for me.",
    "We meet the harbour board at noon. Give me the gist of the document.",
    "I sit on the town council. Give me the short version of this document.",
])
def test_a_request_after_a_sentence_of_context_is_answered(assistant_over, question):
    ans = assistant_over(guild=_GUILD_HISTORY).ask(question, suggest=False)
    assert not ans.refused and "in brief" in ans.answer and "meeting place" in ans.answer, ans.answer


# ------------- what a document studies, analyses or reviews ("What does this document study?") is what it deals
# with, as "what does it cover?" is

@pytest.mark.parametrize("question", [
    "What does this document study?",
    "What does the report analyse?",
    "What does this study review?",
])
def test_what_a_document_studies_is_what_it_deals_with(assistant_over, question):
    ans = assistant_over(guild=_GUILD_HISTORY).ask(question, suggest=False)
    assert not ans.refused and "in brief" in ans.answer and "meeting place" in ans.answer, ans.answer


# ------------- the weaknesses of a thing a document without a reader's edition faults in a verb ("fails to
# serve", "has too few teachers", "depends on a single trader"): its sentences that fault that very thing

_TOWN_PLANS = ("# The Town Plans Review\n\n## Ferry\n\nThe ferry plan adds two boats. The ferry plan fails to serve "
               "the northern villages.\n\n## Schools\n\nThe school plan builds a new wing. The school plan has too few "
               "teachers for the new wing.\n\n## Market\n\nThe market plan moves the stalls to the quay. The market "
               "plan depends on a single trader for its fish.\n\n## Parks\n\nThe park plan is strong: it opens three "
               "new parks by 2026.\n")


@pytest.mark.parametrize("question,expected,other", [
    ("What are the weaknesses of the ferry plan?", "fails to serve", "too few teachers"),
    ("What's wrong with the school plan?", "too few teachers", "single trader"),
    ("What do the reviewers criticise in the market plan?", "single trader", "fails to serve"),
])
def test_a_fault_said_in_a_verb_is_a_weakness_of_that_thing(assistant_over, question, expected, other):
    ans = assistant_over(plans=_TOWN_PLANS).ask(question, suggest=False)
    assert not ans.refused and expected in ans.answer and other not in ans.answer, ans.answer


def test_a_thing_the_documents_fault_nowhere_has_no_weaknesses_listed(assistant_over):
    ans = assistant_over(plans=_TOWN_PLANS).ask("What are the weaknesses of the park plan?", suggest=False)
    assert ans.refused, ans.answer


# ------------- "target" as a verb ("how many platforms target production?", "which boats target the islands?"): what
# the things serve, not a planned figure (the noun stays one: "NNMI's target for institutes")

_ISLAND_FERRIES = ("# The Island Ferries\n\n## Routes\n\nThe Tern and the Gull serve the islands. The Skua serves the "
                   "mainland towns. The Kite serves the fishing villages.\n\n## Plans\n\nThe port plans to build a "
                   "third pier by 2030, and aims to add a fourth boat.\n")


def test_boats_that_target_a_place_are_the_boats_that_serve_it(assistant_over):
    ans = assistant_over(ferries=_ISLAND_FERRIES).ask("Which boats target the islands?", suggest=False)
    assert "Tern" in ans.answer and "third pier" not in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "Altogether, how many of China's 40 leading platforms target production?",
    "How many Chinese top-40 platforms target production operations in total?",
])
def test_platforms_that_target_production_are_those_serving_manufacturing(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert "23" in ans.answer, ans.answer


def test_target_as_a_verb_reads_as_serve():
    from assistant.answering.lexicon import with_plain_verbs

    assert "platforms serve production" in with_plain_verbs("How many platforms target production?")
    assert "that serve the islands" in with_plain_verbs("Name the boats that target the islands.")
    assert "target" in with_plain_verbs("What is NNMI's target for institutes?")
    assert "target" in with_plain_verbs("Its target was 45 institutes.")


# ------------- "which mayor proposed X?", "In its 1998 budget, which mayor ...?": a singular head no list of kinds
# knows, then its verb, asks for the one who did it, as "who proposed X?" does, with or without a phrase of time or
# scope set off before it; the sentence that names the doer ("proposed by Mayor Alden") answers it

_HARBOUR_WORKS = ("# The Harbour Almanac\n\n## The pier\n\nThe new pier was proposed in the 1998 harbour budget. The "
                  "pier was proposed by Mayor Alden in her 1998 harbour budget, and the work began in 1999. The old "
                  "pier was closed in 2001.\n\n## The lighthouse\n\nThe lighthouse was restored in the 2004 town "
                  "budget. It was restored by Captain Morrow with a grant from the county in 2004. The lamp was "
                  "replaced in 2010.\n\n## The market\n\nThe fish market was moved to the quay in the 2012 council "
                  "plan. The market was moved by the Fishermen's Guild under the 2012 council plan, and the stalls "
                  "were rebuilt.\n")


@pytest.mark.parametrize("question,doer", [
    ("Which mayor proposed the new pier?", "Alden"),
    ("In its 1998 harbour budget, which mayor proposed the new pier?", "Alden"),
    ("Which guild moved the fish market?", "Guild"),
    ("Under the 2012 council plan, which body moved the fish market?", "Guild"),
])
def test_which_head_and_its_verb_ask_for_the_doer(assistant_over, question, doer):
    ans = assistant_over(harbour=_HARBOUR_WORKS).ask(question, suggest=False)
    assert not ans.refused and doer in ans.answer, ans.answer


@pytest.mark.parametrize("question,kind", [
    ("Which mayor proposed the new pier?", "entity"),
    ("Which sailor rescued the stranded fishing crew?", "entity"),
    ("In the 2012 plan, which trader supplies the market?", "entity"),
    ("Which institutes received the funding?", "list"),
    ("Which year saw the pier open?", "date"),
])
def test_the_answer_type_of_a_which_head_with_its_verb(question, kind):
    from assistant.answering.intent import answer_type

    assert answer_type(question) == kind


# ------------- two figures of different units ("45 institutes", "3 aspects") are set against each other only when
# the question names both units: how far along a plan is, asked without its unit, is its figure against the figure
# of its progress in the same unit, never a difference of institutes and aspects


@pytest.mark.parametrize("question", [
    "How far along was the NNMI compared with what it planned? Numbers please.",
    "By 2017, how far along was the NNMI versus what it planned?",
    "How far along is NNMI compared with its planning? Numbers please.",
    "Give me the numbers: how far along was NNMI compared with what it had planned?",
])
def test_a_plan_is_set_against_its_progress_in_its_own_unit(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert "45 − 14 = 31" in ans.answer and "aspects" not in ans.answer, ans.answer


# ------------- progress set against a plan ("compared with its plan", "against the target", "relative to its plan",
# either side first): the planned figure against the figure reached, with the working; "its plan" there is what was
# planned, not the programme the glossary calls a plan


@pytest.mark.parametrize("question", [
    "How far was the NNMI by 2017 compared with its plan?",
    "Against its plan, how far had the NNMI got by 2017? Give the numbers.",
    "Where did the NNMI stand in 2017 relative to its plan, in numbers?",
    "What progress had the NNMI made by 2017 compared with its plans?",
    "How far along was NNMI by 2017 measured against the target?",
])
def test_progress_against_a_plan_is_the_plan_figure_against_the_figure_reached(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "45 − 14 = 31" in ans.answer, ans.answer


def test_against_a_plan_reads_as_what_was_planned():
    from assistant.answering.lexicon import with_plain_verbs

    assert "compared with what was planned" in with_plain_verbs("How far was the port compared with its plan?")
    assert "against what was planned" in with_plain_verbs("How far along was it, measured against the target?")
    assert "plan" in with_plain_verbs("What is the plan of the port?")
    assert "against the plan of the council" in with_plain_verbs("Who voted against the plan of the council?")


# ------------- a unit of the figures at hand that the question names is what it counts: "which creates more extra
# jobs?" sets figures of jobs against each other, never two counts of platforms that its other words happen to match
# (the platform categories of the top 40 share one unit, "platforms", with the top 40 itself)


@pytest.mark.parametrize("question", [
    "Which creates more extra jobs - an ordinary manufacturing post or a high-end one?",
    "Do high-end posts or ordinary manufacturing posts create more extra jobs?",
    "Which generates more extra jobs, an ordinary manufacturing post or a high-end post?",
    "Which creates more additional jobs: an ordinary manufacturing post or a high-end one?",
])
def test_a_unit_the_question_names_is_what_its_figures_count(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert "five" in ans.answer and "platforms" not in ans.answer, ans.answer


# ------------- "keep X working as one network", "make X work together", "stop X (from) working in silos": to make
# the parts of X act as one is to strengthen X, the word a document uses for it, as "hold X together" already was

_GUILD_HARBOURS = ("# The Harbour Guild\n\n## Members\n\nThe guild has twelve member harbours along the coast. Each "
                   "harbour elects a warden every two years. The harbours trade fish, salt and timber.\n\n"
                   "## Network\n\n"
                   "The guild strengthens its network of harbours in two ways: first, shared rules for pilots and "
                   "moorings; second, a common fund for repairs. The wardens meet each spring in the largest harbour."
                   "\n\n## History\n\nThe guild was founded in 1820 by three fishing towns. Its first hall burned down "
                   "in 1871 and was rebuilt in stone.\n")


def test_parts_kept_out_of_silos_are_a_network_strengthened(assistant_over):
    ans = assistant_over(guild=_GUILD_HARBOURS).ask("How did the guild stop its harbours from working in silos?",
                                                    suggest=False)
    assert not ans.refused and "shared rules" in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "What does the US network do to make its institutes work together?",
    "How does NNMI stop its institutes from working in silos?",
    "How does the NNMI make the institutes function as a single system?",
])
def test_institutes_made_to_work_as_one_are_the_network_strengthened(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert "cross-IMI collaboration" in ans.answer, ans.answer


def test_working_as_one_reads_as_strengthened():
    from assistant.answering.lexicon import as_strengthened

    assert as_strengthened("How does X keep its parts working as one network?").startswith("How does X strengthen")
    assert "silos" not in as_strengthened("What does X do to make its parts work together rather than in silos?")
    assert as_strengthened("How did X stop its parts from working in silos?") == "How did X strengthen its parts?"
    assert as_strengthened("Do they work together on R&D?") == "Do they work together on R&D?"


# ------------- a country's approach, model or playbook is what the paper calls its "development ideas" (a glossary
# entry: knowledge, not code); "how would you characterise X?" asks what X is, as "how would you describe X?" does,
# and is no request for the assistant's opinion


@pytest.mark.parametrize("question", [
    "What is the US playbook, according to the paper?",
    "Sum up the US model in a sentence.",
    "How would you characterise the American model of industrial internet?",
])
def test_a_countrys_approach_is_its_development_ideas(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "+ manufacturing" in ans.answer, ans.answer


@pytest.mark.parametrize("question,expected", [
    ("How would you characterise the NNMI?", "unified network"),
    ("How would you characterise China's top 40 platforms?", "top 40"),
    ("How would one characterise the US network?", "+ manufacturing"),
])
def test_how_would_you_characterise_asks_what_a_thing_is(assistant, question, expected):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and expected in ans.answer, ans.answer


def test_characterising_is_asked_of_the_documents_not_an_opinion():
    from assistant.answering.intent import answer_type
    from assistant.answering.lexicon import OPINION

    assert answer_type("How would you characterise the guild?") == "definition"
    assert not OPINION.search("How would you characterise the guild?")
    assert OPINION.search("What do you think of the guild?")


# ------------- "What did X do to <do something> - is that worth copying?": X, the doer, is the record the lesson is
# drawn from, so the answer says what X did on that very topic before the advice (not the advice alone), with the
# items of an enumeration the evidence announces ("from three aspects: first, ...")


@pytest.mark.parametrize("question", [
    "What did the NNMI do to hold its institutes together - is that something worth copying?",
    "What did NNMI do to knit its institutes together - is it worth copying?",
    "What does NNMI do to hold its institutes together, and should we copy it?",
])
def test_what_a_record_did_comes_before_the_lesson_drawn_from_it(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert "cross-IMI collaboration" in ans.answer and "portal" in ans.answer, ans.answer


def test_the_doer_of_what_was_done_is_the_lessons_source():
    from assistant.answering.plans.points import lesson_source

    assert lesson_source("What did the guild do to keep its harbours open - worth copying?") == "the guild"
    assert lesson_source("What can we learn from the guild?").strip() == "the guild?"


# ------------- "commerce-oriented", "e-commerce", "commerce-focused": the top-40 group the paper calls "enterprise
# trade", in a reader's words (a glossary entry: knowledge, not code)


@pytest.mark.parametrize("question", [
    "Of the top 40 platforms, which is the commerce-oriented one?",
    "Name the e-commerce platform among China's leading 40.",
    "Which Alibaba platform is the commerce-focused one in the top 40?",
])
def test_commerce_in_a_readers_words_is_the_enterprise_trade_group(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "Ali Cloud" in ans.answer, ans.answer


def test_the_department_of_commerce_keeps_its_name(assistant):
    # a bare, capitalised "Commerce" is still the department, not the trade group
    ans = assistant.ask("How many institutes had Commerce funded by 2017?", suggest=False)
    assert not ans.refused and "Commerce" in ans.answer and "1 Innovation Institute" in ans.answer, ans.answer


# ------------- "how much transparency / autonomy / independence ...?": a degree of a quality, which no figure
# measures; neither a figure nor an amount of money is asked, and the evidence need not hold a number


COASTAL_GUILDS = """# The Coastal Harbour Guilds

The Eastbay Harbour Guild was founded in 1921 by twelve boat owners. Its members pay an annual fee of 40 crowns.

The guilds of the coast work closely together and value transparency: each guild publishes its accounts, fee schedules
and annual reports to the other guilds, and the guilds share pilots and repair crews during storms.

Each guild keeps its autonomy and independence: it writes its own rules for apprentices and sets its own fees, and the
coastal council cannot overrule a guild's choice of harbour master.

The coastal council meets twice a year in Westport.
"""


@pytest.mark.parametrize("question,expected", [
    ("How much transparency is there between the guilds?", "annual reports"),
    ("How much autonomy does each guild have?", "own rules"),
    ("How much independence do the guilds keep from the council?", "cannot overrule"),
])
def test_how_much_of_a_quality_asks_no_figure(assistant_over, question, expected):
    ans = assistant_over(guilds=COASTAL_GUILDS).ask(question, suggest=False)
    assert not ans.refused and expected in ans.answer, ans.answer


def test_a_degree_is_no_figure_nor_money():
    from assistant.answering.intent import answer_type
    from assistant.answering.lexicon import HOW_MUCH_DEGREE, MONEY

    assert answer_type("How much transparency about funding do the guilds keep?") == "general"
    assert answer_type("How much say do members have?") == "general"
    assert not MONEY.search(HOW_MUCH_DEGREE.sub("", "How much transparency about funding do the guilds keep?"))
    # an amount is still a figure
    assert answer_type("How much funding did the guild receive?") == "figure"
    assert answer_type("How much weight can the pier carry?") == "figure"


# ------------- "which small and medium firms joined X?", "which public or private schools train Y?": a plural head
# whose modifiers are joined by "and" / "or" or commas, then its plural verb, asks for several, as "which firms
# joined X?" does


@pytest.mark.parametrize("question", [
    "Which old and new members share the costs of the guild?",
    "Which public or private schools train the apprentices?",
    "Which small, medium and large yards build the boats?",
])
def test_joined_modifiers_before_a_plural_head_ask_for_several(question):
    from assistant.answering.intent import answer_type

    assert answer_type(question) == "list"


def test_joined_modifiers_before_the_pillars_of_a_network(assistant):
    ans = assistant.ask("Which aerospace and engineering giants support the R&D network of NNMI?", suggest=False)
    assert not ans.refused and "Boeing" in ans.answer, ans.answer


# ------------- an amount in a currency of the wider world ("40 crowns", "300 kroner", "90 zloty") is an amount of
# money: a fee, a cost or a price asked for is answered by it, not refused for want of a currency


HARBOUR_FEES = """# The Eastbay Harbour Guild

The Eastbay Harbour Guild was founded in 1921 by twelve boat owners. Its members pay an annual fee of 40 crowns.

A berth in the inner harbour costs 300 kroner per season, and a berth in the outer harbour half as much.

A pilot's licence is priced at 90 zloty and must be renewed every five years.

The guild council meets twice a year in Westport.
"""


@pytest.mark.parametrize("question,expected", [
    ("How much is the annual fee?", "40 crowns"),
    ("What does a berth in the inner harbour cost per season?", "300 kroner"),
    ("What is the price of a pilot's licence?", "90 zloty"),
])
def test_an_amount_in_another_currency_is_money(assistant_over, question, expected):
    ans = assistant_over(fees=HARBOUR_FEES).ask(question, suggest=False)
    assert not ans.refused and expected in ans.answer, ans.answer


def test_currencies_after_an_amount_only():
    from assistant.answering.lexicon import CURRENCY, MONEY

    assert CURRENCY.search("a fee of 40 crowns") and CURRENCY.search("costs ₹500")
    # as words of a question they ask no amount of money
    assert not MONEY.search("Who won the race?") and not MONEY.search("Whose crowns were stolen?")
    assert not CURRENCY.search("the crowns of the kings")


# ------------- "unveiled", "announced", "publicised": what the document says was "disclosed" (common English
# synonyms, lexicon.SYNONYMS)


HARBOUR_PLAN_DISCLOSED = """# The Eastbay Harbour Plan

The Eastbay Harbour Plan, a scheme to rebuild the old piers, was drawn up by the guild council in 1996 and officially
disclosed in May 1998.

The plan foresaw four new piers and a ferry terminal. By 2005 three of the piers had been built.

The council paid for the plan with a levy on fish sales.
"""


@pytest.mark.parametrize("question", [
    "When was the harbour plan unveiled?",
    "When was the harbour plan announced to the public?",
    "When was the harbour plan publicised?",
])
def test_unveiled_or_announced_is_disclosed(assistant_over, question):
    ans = assistant_over(plan=HARBOUR_PLAN_DISCLOSED).ask(question, suggest=False)
    assert not ans.refused and "May 1998" in ans.answer, ans.answer



# ------------- a season ("in early spring", "each winter", "during the summer") answers a when-question, as a month
# or a year does: the evidence names a time of the year


LAKE_ORRA = """# Lake Orra

The northern shore of Lake Orra is lined with old fishing huts, and the lake itself is fed by the Tarn glacier.

Most of the water that feeds the lake comes down from the Tarn glacier in early spring, when the snow melts on the
high passes.

The river Ost drains the lake to the south and carries its water past the mills of Ostby.

Fishing licences on the lake are issued by the Orra council each April.
"""


@pytest.mark.parametrize("question", [
    "Most of the water that feeds the lake comes down when?",
    "When does most of the lake's water arrive from the glacier?",
    "At what time of year does the glacier's melt water reach the lake?",
])
def test_a_season_answers_a_when_question(assistant_over, question):
    ans = assistant_over(lake=LAKE_ORRA).ask(question, suggest=False)
    assert not ans.refused and "early spring" in ans.answer, ans.answer


def test_a_season_is_a_time_of_the_year_not_a_year():
    from assistant.answering.lexicon import SEASON, season_enough

    assert SEASON.search("comes down in early spring") and SEASON.search("closed each winter")
    assert not SEASON.search("the spring of the watch broke")  # no time word before it
    assert season_enough("When does the water come?") and season_enough("At what time of year is it closed?")
    assert not season_enough("What year did it start?") and not season_enough("On what date did it open?")



# ------------- "X is what?": what X is, asked with the term first (a definition, as "what is X?" is)


@pytest.mark.parametrize("question", [
    "The industrial internet is what, according to the authors?",
    "The industrial Internet is what, in the paper's definition?",
    "So the industrial Internet is what exactly?",
])
def test_a_term_then_is_what_asks_its_definition(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "infrastructure" in ans.answer and "information and communication" in ans.answer, (
        ans.answer)


def test_a_term_then_is_what_is_read_as_a_definition():
    from assistant.answering.intent import answer_type

    assert answer_type("The harbour ledger is what?") == "definition"
    assert answer_type("So tide mills are what exactly?") == "definition"
    assert answer_type("The total number of members is what?") == "figure"  # a count stays a figure


# ------------- "What is the paper's characterisation of X?", "the report's description of X": what X is, asked
# through the source's description of it


HARBOUR_LEDGER = """# The Harbour Ledger of Vessby

The harbour ledger is a shared register of berth bookings, cargo manifests and customs papers, kept jointly by the
pilots and the customs house of Vessby.

The harbour ledger works through the daily posting of every berth booking by the pilots' office. Ship owners read it
to see which berths are free, and the customs house reads it to plan inspections.

The ledger was opened in 1911, when the old harbour books burned in the customs house fire. By 1930 it held the
papers of some 4,000 ships a year.

The town council pays two clerks to keep the ledger, and the pilots' guild pays a third.
"""


@pytest.mark.parametrize("question", [
    "What is the article's characterisation of the harbour ledger?",
    "What's the report's description of the harbour ledger?",
    "What is the authors' portrayal of the harbour ledger?",
])
def test_the_sources_description_of_a_thing_asks_what_it_is(assistant_over, question):
    ans = assistant_over(ledger=HARBOUR_LEDGER).ask(question, suggest=False)
    assert not ans.refused and "shared register of berth bookings" in ans.answer, ans.answer


# ------------- "compare A and B" with no attribute asked: what both are said to have that no figure gives (who runs
# each) comes first, side by side, then their figures


DEPOTS = """# Two Freight Depots of Orlen

Orlen has two freight depots on its ring road. The Northgate Depot is run by the Harlow Carters' Guild and holds 120
lorries and 14 cranes. The Southgate Depot, run by the Mersey Haulage Company, holds 85 lorries and 22 cranes.

Both depots were opened in 1998, when the old rail yard closed. The town council owns the land under them and leases
it to their operators.
"""
DEPOTS_GLOSSARY = """terms:
  - term: Northgate Depot
    synonyms: [north depot]
  - term: Southgate Depot
    synonyms: [south depot]
  - term: Harlow Carters' Guild
  - term: Mersey Haulage Company
"""
DEPOTS_FACTS = """
facts:
- id: northgate-operator
  kind: entity
  statement: The Northgate Depot is run by the Harlow Carters' Guild.
  subject: Northgate Depot
  attribute: run by
  value: Harlow Carters' Guild
  paragraph: text-p1
  quote: The Northgate Depot is run by the Harlow Carters' Guild
  doc_id: depots
- id: northgate-lorries
  kind: figure
  statement: The Northgate Depot holds 120 lorries.
  subject: Northgate Depot
  attribute: lorries
  value: 120
  unit: lorries
  paragraph: text-p1
  quote: The Northgate Depot is run by the Harlow Carters' Guild and holds 120 lorries
  doc_id: depots
- id: northgate-cranes
  kind: figure
  statement: The Northgate Depot holds 14 cranes.
  subject: Northgate Depot
  attribute: cranes
  value: 14
  unit: cranes
  paragraph: text-p1
  quote: The Northgate Depot is run by the Harlow Carters' Guild and holds 120 lorries and 14 cranes
  doc_id: depots
- id: southgate-operator
  kind: entity
  statement: The Southgate Depot is run by the Mersey Haulage Company.
  subject: Southgate Depot
  attribute: run by
  value: Mersey Haulage Company
  paragraph: text-p1
  quote: The Southgate Depot, run by the Mersey Haulage Company
  doc_id: depots
- id: southgate-lorries
  kind: figure
  statement: The Southgate Depot holds 85 lorries.
  subject: Southgate Depot
  attribute: lorries
  value: 85
  unit: lorries
  paragraph: text-p1
  quote: The Southgate Depot, run by the Mersey Haulage Company, holds 85 lorries
  doc_id: depots
- id: southgate-cranes
  kind: figure
  statement: The Southgate Depot holds 22 cranes.
  subject: Southgate Depot
  attribute: cranes
  value: 22
  unit: cranes
  paragraph: text-p1
  quote: The Southgate Depot, run by the Mersey Haulage Company, holds 85 lorries and 22 cranes
  doc_id: depots
"""


@pytest.fixture(scope="module")
def with_depots(tmp_path_factory, settings_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("depots") / "knowledge"
    folder.mkdir()
    for name, text in (("depots.md", DEPOTS), ("facts.yaml", DEPOTS_FACTS), ("glossary.yaml", DEPOTS_GLOSSARY)):
        (folder / name).write_text(text, encoding="utf-8")
    return Assistant(settings_factory(knowledge_dir=folder), notify=None)


@pytest.mark.parametrize("question", [
    "Northgate Depot versus Southgate Depot?",
    "Compare the Northgate Depot with the Southgate Depot.",
    "Compare the north depot and the south depot.",
])
def test_comparing_two_things_sets_out_what_both_are_said_to_have(with_depots, question):
    ans = with_depots.ask(question, suggest=False)
    assert "Harlow Carters' Guild" in ans.answer and "Mersey Haulage Company" in ans.answer, ans.answer
    assert "120" in ans.answer and "85" in ans.answer, ans.answer


def test_a_figure_compared_stays_the_figure_alone(with_depots):
    ans = with_depots.ask("How many lorries does the Northgate Depot have compared with the Southgate Depot?",
                          suggest=False)
    assert "120" in ans.answer and "85" in ans.answer and "Harlow" not in ans.answer, ans.answer


# ------------- "how many A and B together?", "add up A, B and C": the parts of one whole the question lists, each
# counted by one figure of one subject, added up with the working (every part, or no sum)


ROWING_CLUB = """# The Orlen Rowing Club

The Orlen Rowing Club was founded in 1887 on the river Ost. As of 2020 the club had 240 members: 120 juniors, 80
seniors and 40 veterans. Its coaches are paid by the town's sports board.

The club races twice a year against the rowers of Ostby, and its boathouse was rebuilt in 1961 after a flood.
"""
ROWING_CLUB_FACTS = """
facts:
- id: club-members-2020
  kind: figure
  statement: As of 2020, the Orlen Rowing Club had 240 members.
  subject: Orlen Rowing Club
  attribute: members
  value: 240
  unit: members
  as_of: '2020'
  paragraph: text-p1
  quote: As of 2020 the club had 240 members
  doc_id: club
- id: club-juniors-2020
  kind: figure
  statement: As of 2020, 120 of the Orlen Rowing Club's members were juniors.
  subject: Orlen Rowing Club
  attribute: junior members
  value: 120
  unit: juniors
  as_of: '2020'
  paragraph: text-p1
  quote: 'As of 2020 the club had 240 members: 120 juniors'
  doc_id: club
- id: club-seniors-2020
  kind: figure
  statement: As of 2020, 80 of the Orlen Rowing Club's members were seniors.
  subject: Orlen Rowing Club
  attribute: senior members
  value: 80
  unit: seniors
  as_of: '2020'
  paragraph: text-p1
  quote: 'As of 2020 the club had 240 members: 120 juniors, 80 seniors'
  doc_id: club
- id: club-veterans-2020
  kind: figure
  statement: As of 2020, 40 of the Orlen Rowing Club's members were veterans.
  subject: Orlen Rowing Club
  attribute: veteran members
  value: 40
  unit: veterans
  as_of: '2020'
  paragraph: text-p1
  quote: 'As of 2020 the club had 240 members: 120 juniors, 80 seniors and 40 veterans'
  doc_id: club
"""


@pytest.fixture(scope="module")
def with_rowing_club(tmp_path_factory, settings_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("club") / "knowledge"
    folder.mkdir()
    (folder / "club.md").write_text(ROWING_CLUB, encoding="utf-8")
    (folder / "facts.yaml").write_text(ROWING_CLUB_FACTS, encoding="utf-8")
    return Assistant(settings_factory(knowledge_dir=folder), notify=None)


@pytest.mark.parametrize(("question", "working"), [
    ("How many juniors and seniors together does the rowing club have?", "120 + 80 = 200"),
    ("Add up the club's junior, senior and veteran members.", "200 + 40 = 240"),
    ("What is the combined number of seniors and veterans in the club?", "80 + 40 = 120"),
])
def test_the_parts_a_question_lists_are_added_up(with_rowing_club, question, working):
    ans = with_rowing_club.ask(question, suggest=False)
    assert not ans.refused and working in ans.answer, ans.answer


def test_no_sum_leaves_out_a_part_that_no_figure_counts(with_rowing_club):
    ans = with_rowing_club.ask("How many juniors and coaches together does the club have?", suggest=False)
    assert "Together" not in ans.answer and " = " not in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "How many small businesses and universities together were NNMI members in 2016?",
    "Add up NNMI's small businesses and its universities.",
    "Small firms plus universities among the NNMI's members: how many in total?",
])
def test_two_named_parts_of_the_members_are_added_up(assistant, question):
    # the parts are names of the glossary, so the comparison plan must leave a sum of parts of one whole to this one
    ans = assistant.ask(question, suggest=False)
    assert "341 + 177 = 518" in ans.answer, ans.answer


# ------------- "which platforms made China's top 40?": a plural head and its verb, then an object whose determiner is
# a possessive, asks for several, as "which platforms made the top 40?" does


@pytest.mark.parametrize("question", [
    "Which R&D platforms made China's 2019 top 40?",
    "Which R&D-centred platforms entered China's 2019 ranking?",
    "Which R&D platforms earned China's top-40 places?",
])
def test_a_possessive_object_after_a_plural_head_and_its_verb_asks_for_several(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert "COSMOPLAT" in ans.answer and "Simdroid" in ans.answer, ans.answer


def test_a_possessive_object_is_read_as_a_list_question():
    from assistant.answering.intent import answer_type

    assert answer_type("Which boats won Orlen's regatta?") == "list"
    assert answer_type("Which ships carried Vessby's cargo?") == "list"
    assert answer_type("Which platform made China's top 40?") != "list"  # a singular head asks for one


# ------------- "how is X laid out / organised / arranged?": the way X is arranged is its structure, which a document
# states as such ("X's structure has three tiers"), not a manner


GUILD_COUNCIL = """# The Council of the Vessby Guild

The council of the Vessby guild was first laid down in the charter of 1612, and its rules were written out again in
1790.

The council's structure has three tiers: the bottom tier holds the ward wardens, the middle tier holds the masters of
the crafts, and the top tier holds the guild's elected alderman.

The council meets in the guild hall on the first Monday of each month, and its minutes are kept by the clerk.
"""


@pytest.mark.parametrize("question", [
    "How is the guild council laid out?",
    "How is the Vessby guild's council organised?",
    "How is the guild's council arranged?",
])
def test_how_a_thing_is_laid_out_asks_its_structure(assistant_over, question):
    ans = assistant_over(council=GUILD_COUNCIL).ask(question, suggest=False)
    assert not ans.refused and "three tiers" in ans.answer, ans.answer


def test_how_a_thing_was_set_up_is_no_question_of_its_structure():
    from assistant.answering.lexicon import as_structure

    assert as_structure("How is the guild council laid out?") == "what is the structure of the guild council?"
    assert as_structure("How was the council set up?") == "How was the council set up?"  # founded, not arranged


# ------------- "what steps do the authors want X to take?", "which measures does the report expect X to take?": the
# document's advice, asked by what its writers wish a body to do; the body is whom the advice is for, and the asking
# words ("steps", "measures") are no topic the advice must name


GUILD_FUTURE = """# The Future of the Vessby Harbour Guild

## Background

The Vessby Harbour Guild joins nine harbours along the northern coast. In 2020 the guild handled 40,000 tonnes of
freight, and its council met four times a year.

## Problems

The harbours compete for the same ships and duplicate each other's cranes. Small fishing firms rarely join the
guild's training courses.

## Recommendations

The guild council should set up one shared booking office for all nine harbours. The harbours should pool their
cranes and share repair crews. The guild should open its training courses to small fishing firms free of charge.
"""


@pytest.mark.parametrize("question", [
    "What steps do the writers want the guild to take?",
    "Which measures does the report expect the council to take?",
    "What actions would the document like the harbours to take?",
    "What do the authors want the guild to do?",
])
def test_what_the_writers_want_a_body_to_do_is_their_advice(assistant_over, question):
    ans = assistant_over(future=GUILD_FUTURE).ask(question, suggest=False)
    assert not ans.refused and "recommends" in ans.answer, ans.answer
    assert "booking office" in ans.answer and "pool their cranes" in ans.answer, ans.answer


def test_steps_a_body_took_are_no_advice(assistant_over):
    ans = assistant_over(future=GUILD_FUTURE).ask("What steps did the guild take in 2020?", suggest=False)
    assert "recommends" not in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "What steps do the authors want China to take?",
    "Which measures does the paper expect the government to take?",
])
def test_steps_the_authors_want_taken_are_the_recommendations(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "recommends" in ans.answer and "affiliation" not in ans.answer, ans.answer


# ------------- "For a non-technical audience, what is X?", "For the minister, how does the paper define X?": whom the
# answer is for, said first, is no topic (as "..., for the minister" said last is not)


@pytest.mark.parametrize("question", [
    "For a non-technical audience, what is the harbour ledger?",
    "For a general reader, how does the document define the harbour ledger?",
    "For the minister, what is the harbour ledger?",
])
def test_whom_the_answer_is_for_said_first_is_no_topic(assistant_over, question):
    ans = assistant_over(ledger=HARBOUR_LEDGER).ask(question, suggest=False)
    assert not ans.refused and "shared register of berth bookings" in ans.answer, ans.answer


def test_the_paper_defined_for_a_lay_reader(assistant):
    ans = assistant.ask("For a non-specialist reader, how does the paper define the industrial Internet?",
                        suggest=False)
    assert not ans.refused and "new infrastructure" in ans.answer, ans.answer


def test_a_reader_said_first_is_set_aside_but_not_the_public():
    from assistant.answering.lexicon import PURPOSE_FRAME

    assert PURPOSE_FRAME.sub("", "For a non-technical audience, what is X?") == "what is X?"
    assert PURPOSE_FRAME.sub("", "For my minister: what is X?") == "what is X?"
    assert PURPOSE_FRAME.sub("", "For the public, what does X offer?") == "For the public, what does X offer?"


# ------------- "what tax incentives does the report propose for X?": advice of a kind no document speaks of is
# refused, however well the rest of the question matches a sentence of advice about X


@pytest.mark.parametrize("question", [
    "What tax incentives does the report propose for small fishing firms joining the guild's training courses?",
    "Which insurance schemes do the authors recommend for the harbours that pool their cranes?",
    "What loan programmes does the document suggest for a shared booking office?",
    "What pension reforms do the writers propose for the repair crews?",
])
def test_advice_of_a_kind_never_spoken_of_is_refused(assistant_over, question):
    ans = assistant_over(future=GUILD_FUTURE).ask(question, suggest=False)
    assert ans.refused, ans.answer


# ------------- "what does the report propose / suggest / advise for X?": the words that ask for advice are no topic
# the evidence must cover, whether or not the stem of a stem is the stem ("propos" -> "propo")


@pytest.mark.parametrize(("question", "advice"), [
    ("What does the report propose for the harbours?", "pool their cranes"),
    ("What does the document propose for the guild council?", "booking office"),
    ("What do the writers advise for the cranes?", "pool their cranes"),
])
def test_advice_asked_for_a_topic_is_the_advice_on_it(assistant_over, question, advice):
    ans = assistant_over(future=GUILD_FUTURE).ask(question, suggest=False)
    assert not ans.refused and "recommends" in ans.answer and advice in ans.answer, ans.answer


def test_a_concept_is_skipped_by_its_name_even_when_that_is_a_stem():
    from assistant.answering.understanding import Concept, Understanding

    concepts = [Concept("propos", [frozenset({"propos"})], 0.7), Concept("harbor", [frozenset({"harbor"})], 0.3)]
    u = Understanding(question="q", standalone="q", expanded=None, concepts=concepts, answer_type="general",
                      asserted_numbers=[], unknown_names=[], injection=False, dependent=False)
    assert u.current_coverage({"harbor"}, skip=["propos"]) == 1.0
    assert u.current_coverage({"harbor"}) == pytest.approx(0.3)


# ------------- "what does the report propose?", "what do the writers advise?": advice asked with no topic but the
# asking, whose words no sentence of advice need share, is the document's sentences of advice in their order


@pytest.mark.parametrize("question", [
    "What does the report propose?",
    "What does the document suggest?",
    "What do the writers advise?",
])
def test_advice_asked_with_no_topic_is_the_documents_advice(assistant_over, question):
    ans = assistant_over(future=GUILD_FUTURE).ask(question, suggest=False)
    assert not ans.refused and "recommends" in ans.answer, ans.answer
    assert all(x in ans.answer for x in ("booking office", "pool their cranes", "free of charge")), ans.answer


# ------------- "which president / politician / leader launched X?": a kind of person is asked for, whom the evidence
# must name; a place that launched X (the town of Vessby, the United States) names no one


HARBOUR_PLAN = """# The Vessby Harbour Plan

The town of Vessby launched the harbour plan in 1911 to rebuild the northern docks after the great storm.

The harbour plan was proposed by Hedda Lund in her budget speech of 1910, and the town council adopted it a year later.

Norway and Sweden later copied the plan for their own fishing ports.
"""


@pytest.mark.parametrize("question", [
    "Which politician launched the harbour plan?",
    "Which leader launched the harbour plan?",
    "Which statesman launched the harbour plan?",
])
def test_a_kind_of_person_asked_for_is_not_answered_by_a_place(assistant_over, question):
    ans = assistant_over(plan=HARBOUR_PLAN).ask(question, suggest=False)
    assert "town of Vessby launched" not in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "Which president launched the manufacturing innovation network programme?",
    "Which American leader originated the NNMI scheme?",
])
def test_the_president_who_launched_the_network_is_named(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and "Obama" in ans.answer, ans.answer


def test_a_kind_of_person_is_asked_for_by_name():
    from assistant.answering.lexicon import OFFICE_ASKED

    assert OFFICE_ASKED.search("Which American leader originated the scheme?")
    assert OFFICE_ASKED.search("What politician launched it?")
    assert not OFFICE_ASKED.search("Which city launched it?")


# ------------- a why-question whose best evidence only restates the claim, beside a close sentence the document
# draws a conclusion from ("X has replaced Y as the core. Therefore, ..."): that ground is the reason


TRAINING_REVIEW = """# The Guild's Training Review

## Summary

The review suggests that crew training should be at the core of the guild's plans for the coming decade.

## Findings

Harbour traffic grew by a third between 2010 and 2020. Crew training has now replaced cranes as the core of the
guild's plans to earn its harbours an income. Therefore, the guild should spend its new levy on training courses rather
than on cranes.
"""


@pytest.mark.parametrize("question", [
    "Why should crew training be at the core of the guild's plans?",
    "Why does the review put crew training at the core?",
    "Why is crew training at the core of the guild's plans?",
])
def test_the_ground_a_conclusion_is_drawn_from_is_the_reason(assistant_over, question):
    ans = assistant_over(review=TRAINING_REVIEW).ask(question, suggest=False)
    assert not ans.refused and "replaced cranes" in ans.answer, ans.answer


def test_the_ground_of_r_and_d_as_the_core_is_the_reason(assistant):
    ans = assistant.ask("Why do the authors think R&D should be at the core?", suggest=False)
    assert not ans.refused and "core pillar of modern industry" in ans.answer, ans.answer


# ------------- "why do the writers think / does the review argue / do they believe that X?": the writers holding a
# view is how the document puts X, no topic; the reason asked is X's


@pytest.mark.parametrize("question", [
    "Why does the review argue crew training should be at the core?",
    "Why do the writers think crew training should be at the core?",
    "Why do they believe that crew training should be at the core?",
])
def test_why_the_writers_hold_a_view_asks_the_reason_for_it(assistant_over, question):
    ans = assistant_over(review=TRAINING_REVIEW).ask(question, suggest=False)
    assert not ans.refused and "replaced cranes" in ans.answer, ans.answer


def test_the_writers_holding_a_view_is_set_aside():
    from assistant.answering.lexicon import as_plain_why

    assert as_plain_why("Why do the authors think R&D should lead?") == "Why R&D should lead?"
    assert as_plain_why("So why does the report argue that X is late?") == "So why X is late?"
    assert as_plain_why("Why did the Normans think X?") == "Why did the Normans think X?"  # no writer: kept


# ------------- "where did the fifth purpose come from?", "where does the name come from?": the source of a thing of
# the mind (a charter, a council, an old word), not a place; "where did the Normans come from?" stays a place


HARBOUR_LEVY = """# The Harbour Levy of Vessby

The harbour levy has three purposes: to dredge the channel, to keep the piers in repair and to light the harbour
mouth. The first two purposes were set out in the guild charter of 1612, while the third was added by the town
council in 1790 to pay for the lighthouse.

The name of the levy comes from the old word for a ship's toll.

The levy is paid by every ship that berths at Vessby, at two crowns a ton.
"""


@pytest.mark.parametrize(("question", "source"), [
    ("Where did the first two purposes come from?", "guild charter of 1612"),
    ("Where did the third purpose come from?", "town council in 1790"),
    ("Where does the levy's name come from?", "old word for a ship's toll"),
])
def test_where_a_thing_of_the_mind_came_from_is_its_source(assistant_over, question, source):
    ans = assistant_over(levy=HARBOUR_LEVY).ask(question, suggest=False)
    assert not ans.refused and source in ans.answer, ans.answer


def test_where_a_people_came_from_is_still_a_place():
    from assistant.answering.intent import answer_type

    assert answer_type("Where did the Normans come from?") == "place"
    assert answer_type("Where did the fifth purpose come from?") != "place"
    assert answer_type("Where is the levy paid?") == "place"


def test_a_thing_of_the_mind_whose_source_is_unsaid_is_refused(assistant_over):
    # the fee is stated, where it came from is not: a sentence that names no source does not answer
    ans = assistant_over(levy=HARBOUR_LEVY).ask("Where did the figure of two crowns a ton come from?", suggest=False)
    assert ans.refused, ans.answer


# ------------- "for which matters / in which domains / on which issues do X ...?": a preposition fronted before
# "which" and a plural head asks for several things, as "which matters do X ...?" does; and a list asked of a thing
# is not given by a list in which that thing is one item ("the board works from three sides: A, a common rule, C")


BOARD_RULES = """# The Vessby Harbour Board

The Vessby harbour board was set up in 1790 by the town council to run the harbour for the merchants of the town.

The harbour board strengthens the harbour from three sides: joint dredging of the channel, a common rule of the
harbour board for all piers, and one lighthouse for the harbour mouth. In addition, it has set common rules for
pilotage, mooring, cargo weighing, waste removal and night lighting. The board meets twice a year in the guild hall.

The board has twelve members, of whom eight are merchants and four are ship owners.
"""


@pytest.mark.parametrize("question", [
    "Which areas are covered by the common rules of the harbour board?",
    "For which matters does the harbour board follow shared rules?",
    "In which domains has the harbour board set common rules?",
])
def test_a_list_asked_of_a_thing_is_not_a_list_it_is_one_item_of(assistant_over, question):
    ans = assistant_over(board=BOARD_RULES).ask(question, suggest=False)
    assert not ans.refused and "pilotage" in ans.answer and "waste removal" in ans.answer, ans.answer


def test_the_list_a_thing_opens_still_answers(assistant_over):
    # the sides the board works from are the colon's list, its opening says so: it still answers
    ans = assistant_over(board=BOARD_RULES).ask("Which sides does the harbour board strengthen the harbour from?",
                                                suggest=False)
    assert not ans.refused and "joint dredging" in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "For which matters do the institutes follow shared rules?",
    "On which issues do the councils agree?",
    "With which partners did the board sign agreements?",
])
def test_a_fronted_preposition_before_which_and_a_plural_asks_for_several(question):
    from assistant.answering.intent import answer_type

    assert answer_type(question) == "list"


def test_a_fronted_preposition_keeps_its_other_readings():
    from assistant.answering.intent import answer_type

    assert answer_type("With which partner did the board sign?") == "entity"
    assert answer_type("In which year was the board set up?") == "date"
    assert answer_type("In which cities are the institutes based?") == "place"


# ------------- "I'm new to this tool, how does it work?": beside the asker's being new to the assistant, "it" is the
# assistant, and the message is a request for help; "How does it work?" alone, or "I am new to X, how does it work?",
# still asks about the documents' X


@pytest.mark.parametrize("message", [
    "Good afternoon - I'm new to this app, how does it work?",
    "Hi there, first time using this. How does it work?",
    "I've never used this assistant before, how do I use it?",
    "New here. What does it do?",
])
def test_how_does_it_work_beside_being_new_to_the_assistant_asks_for_help(message):
    from assistant.answering.chat import smalltalk_kind

    assert smalltalk_kind(message) == "help"


@pytest.mark.parametrize("message", [
    "How does it work?",
    "I am new to the levy, how does it work?",
    "I'm new to this programme, how does it work?",
])
def test_how_does_it_work_of_a_thing_stays_a_question(message):
    from assistant.answering.chat import smalltalk_kind

    assert smalltalk_kind(message) == ""


def test_being_new_to_the_assistant_gets_the_help_answer(assistant_over):
    ans = assistant_over(board=BOARD_RULES).ask("Good morning, first time using this tool - how does it work?",
                                                suggest=False)
    assert ans.kind == "smalltalk" and "I answer questions about" in ans.answer, ans.answer


# ------------- "where does X fall short compared with Y?", "X's weaknesses relative to Y": Y is the standard X is
# measured against, no side of its own; the list of X's weaknesses answers, though it does not name Y


@pytest.mark.parametrize("question", [
    "In which respects is China's industrial Internet weaker compared with the NNMI?",
    "What are the weaknesses of China's platforms relative to the US network?",
    "Compared to NNMI, what shortcomings does China's industrial internet have?",
    "What does China's industrial internet lack in comparison with the American NNMI?",
])
def test_weaknesses_measured_against_a_standard_are_the_weaknesses(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert not ans.refused and ("core shortcomings" in ans.answer or "manufacturing process" in ans.answer), ans.answer


def test_the_standard_of_comparison_is_read():
    from assistant.answering.lexicon import STANDARD_OF_COMPARISON

    assert STANDARD_OF_COMPARISON.search("X's gaps relative to the US network?").group(1) == "the US network"
    assert STANDARD_OF_COMPARISON.search("Compared with Vessby, what does Ostrel lack?").group(1) == "Vessby"
    assert STANDARD_OF_COMPARISON.search("How do A and B compare?") is None


# ------------- "What were most of the members?", "Most of X were what?": what most of a whole is, asked for; a close
# unit that says so ("Most of the members were merchants") answers rather than a count of the whole or of one group,
# and no share is worked out against a half (that is "were most of them X?", a yes-no share)


GUILD_SURVEY = """# The Guild Survey

The survey counted 60 guild members in the town. Of the members, 12 were weavers and 9 were dyers.

Most of the members were merchants who traded cloth abroad, and they met in the guild hall by the river.

The survey was paid for by the town council.
"""


@pytest.mark.parametrize("question", [
    "What were most of the guild members?",
    "Most of the guild's members were what?",
    "What were most of the members of the guild?",
    "What were most of the 60 guild members?",
])
def test_what_most_of_a_whole_is_is_answered_by_the_unit_that_says_so(assistant_over, question):
    ans = assistant_over(survey=GUILD_SURVEY).ask(question, suggest=False)
    assert not ans.refused and "merchants" in ans.answer, ans.answer


def test_most_of_asked_as_a_thing_is_no_threshold():
    from assistant.answering.lexicon import majority_asked, threshold_asked

    for q in ("What do most of the ships carry?", "Most of the focus is on what?", "Where did a majority of them sail?",
              "大部分船只运载什么？"):
        assert majority_asked(q) and threshold_asked(q) is None, q
    for q in ("Did most of the ships carry grain?", "How many ships carried grain - most of the fleet?",
              "Did DoD fund more than half of them?", "What share of the members is that, the majority of them?"):
        assert not majority_asked(q) and threshold_asked(q) is not None, q


@pytest.mark.parametrize("question", [
    "What do most of the top 40 platforms focus on?",
    "Most of the top 40 industrial Internet platforms concentrate on what?",
])
def test_what_most_of_the_ranked_platforms_focus_on_is_no_share_of_one_group(assistant, question):
    ans = assistant.ask(question, suggest=False)
    assert "manufacturing process" in ans.answer and "than half" not in ans.answer, ans.answer


# ------------- "How many 5G base stations ...?", "How many 3D printing workshops ...?": the counted noun may stand
# after a modifier led by a digit and after a second modifier; a sentence that counts other things (homes,
# libraries) does not answer, however much else of the question it holds


COUNCIL_PLAN = """# City Council Digital Plan

## Networks

The city council connected 300 homes to fibre broadband in 2020. It also opened 12 public libraries with free internet
access.

The council plans to upgrade 4 data centres that serve local businesses, and it trained 250 staff in digital skills.
"""


@pytest.mark.parametrize("question", [
    "How many 5G base stations did the city council connect to fibre broadband in 2020?",
    "How many 4G antennas did the city council connect to fibre broadband?",
    "How many 3D printing workshops did the city council open with free internet access?",
    "How many 5G cells serve local businesses in the council's plan?",
])
def test_a_count_of_a_thing_named_after_a_digit_led_modifier_needs_that_thing(assistant_over, question):
    ans = assistant_over(plan=COUNCIL_PLAN).ask(question, suggest=False)
    assert ans.refused, ans.answer


@pytest.mark.parametrize(("question", "figure"), [
    ("How many homes did the city council connect to fibre broadband?", "300"),
    ("How many public libraries with free internet access did the council open?", "12"),
    ("How many local data centres will the council upgrade?", "4"),
])
def test_a_count_of_a_thing_the_document_counts_is_still_given(assistant_over, question, figure):
    ans = assistant_over(plan=COUNCIL_PLAN).ask(question, suggest=False)
    assert not ans.refused and figure in ans.answer, ans.answer


# ------------- "Which bodies give the council advice?", "What agencies offer advice to X?": the wh-phrase is the one
# that advises, whom the document names; not the document's own recommendations


COUNCIL_OVERSIGHT = COUNCIL_PLAN + """
## Oversight

The council receives regular advice from the national telecoms regulator, the regional enterprise agency and the
university's computing department.

The plan recommends that the council should publish its spending on networks every year.
"""


@pytest.mark.parametrize("question", [
    "Which bodies give the council advice?",
    "What agencies offer advice to the city council?",
    "Which organisations provide the council with advice on networks?",
])
def test_who_gives_advice_is_answered_by_whom_the_document_names(assistant_over, question):
    ans = assistant_over(plan=COUNCIL_OVERSIGHT).ask(question, suggest=False)
    assert not ans.refused and "telecoms regulator" in ans.answer and "spending" not in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "What does the plan recommend?",
    "What advice does the plan give the council?",
    "Which steps recommended by the plan should the council take first?",
])
def test_the_documents_own_advice_is_still_its_recommendations(assistant_over, question):
    ans = assistant_over(plan=COUNCIL_OVERSIGHT).ask(question, suggest=False)
    assert not ans.refused and "publish its spending" in ans.answer, ans.answer


def test_an_adviser_asked_is_told_from_advice_asked():
    from assistant.answering.plans.points import ADVISER_ASKED

    for q in ("Which outside bodies advise the council?", "What federal agencies give X guidance?",
              "Which firms offered the board recommendations?", "and which bodies counsel it?"):
        assert ADVISER_ASKED.match(q), q
    for q in ("What advice does the paper give?", "Which steps recommended by the plan come first?",
              "What does the report recommend?", "Which of the steps does the paper suggest?",
              "what it suggests China do", "and what they recommend for SMEs"):
        assert not ADVISER_ASKED.match(q), q


# ------------- "When the board needed pilots, how many did it hire?": a when-clause that asks nothing sets the scene of
# the question after its comma; it is no question of its own, and asks no date


HARBOUR_REVIEW = """# The Harbour Board Annual Review

## Works

The harbour board built 5 new piers along the eastern quay in the last year. It also dredged 3 channels so that larger
ships can enter at low tide.

The board bought 2 tugboats from a yard in the north, and it hired 40 new pilots to guide ships into the port.

## Trade

Most of the cargo that came through the port was grain and timber. The board counted 1,200 ship visits over the year.
"""


@pytest.mark.parametrize(("question", "said"), [
    ("When the harbour board needed to guide ships into port, how many pilots did it hire?", "40"),
    ("When larger ships need to enter at low tide, what did the board do for them?", "dredged"),
    ("When the year was over, how many ship visits had the board counted?", "1,200"),
    ("When the board built new piers, which quay were they on?", "eastern quay"),
])
def test_a_when_clause_that_asks_nothing_sets_the_scene(assistant_over, question, said):
    ans = assistant_over(review=HARBOUR_REVIEW).ask(question, suggest=False)
    assert not ans.refused and said in ans.answer and "does not answer this part" not in ans.answer, ans.answer


def test_a_when_clause_is_no_part_and_asks_no_date():
    from assistant.answering.intent import answer_type, split_parts

    assert split_parts("When the board needed pilots, how many did it hire?") == []
    assert split_parts("When was the board formed, and how many pilots did it hire?") != []
    assert answer_type("When extensive time is needed to sort a list, this represents what case?") != "date"
    assert answer_type("When a town builds a harbour, whose money pays for it?") != "date"
    assert answer_type("When was the list sorted?") == "date"


# ------------- "Did A or B have more boats, and by how many?" over a document with no structured facts: each side's
# figure is the one number of the clause that names it, both sentences are cited, and the working is shown


OSTREL_FLEET = """# The Ostrel Fleet

## Boats

The fleet has 30 boats. The freight group consists of 11 boats: the Tern, the Gull, the Heron and eight barges. The
passenger group consists of 7 boats that carry people between the towns.

## Crews

The fishing group counts 4 boats, which work the northern banks.
"""


@pytest.mark.parametrize("question", [
    "Did the freight group or the passenger group have more boats, and by how many?",
    "Which has more boats, the passenger group or the freight group?",
    "Which category is larger: passenger boats or freight boats?",
    "Which group is bigger: the freight group or the passenger group?",
])
def test_two_counts_the_sentences_give_are_compared_with_the_working(assistant_over, question):
    ans = assistant_over(fleet=OSTREL_FLEET).ask(question, suggest=False)
    assert not ans.refused and "11 − 7 = 4" in ans.answer and "freight" in ans.answer.split("11 − 7")[0], ans.answer
    assert {c.quote for c in ans.citations} >= {
        "The freight group consists of 11 boats: the Tern, the Gull, the Heron and eight barges.",
        "The passenger group consists of 7 boats that carry people between the towns."}, ans.citations


@pytest.mark.parametrize("question", [
    "Weavers or dyers - which group had more members?",
    "Which was the larger group of members: the dyers or the weavers?",
])
def test_two_counts_of_one_sentence_are_each_taken_from_its_own_clause(assistant_over, question):
    ans = assistant_over(survey=GUILD_SURVEY).ask(question, suggest=False)
    assert not ans.refused and "12 − 9 = 3" in ans.answer, ans.answer


@pytest.mark.parametrize(("document", "question", "working"), [
    (OSTREL_FLEET, "Does the freight group have more boats than the passenger group?", "11 − 7 = 4 more boats"),
    (OSTREL_FLEET, "Does the passenger group have fewer boats than the freight group, and by how many?", "11 − 7 = 4"),
    (OSTREL_FLEET, "Are there more freight boats than passenger boats?", "11 − 7 = 4"),
    (GUILD_SURVEY, "Were there more weavers than dyers?", "12 − 9 = 3 more than dyers"),
])
def test_a_count_set_against_another_by_than_is_compared_with_the_working(assistant_over, document, question,
                                                                          working):
    ans = assistant_over(doc=document).ask(question, suggest=False)
    assert not ans.refused and working in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "Did the freight group or the ferry group have more boats?",  # the ferry group has no figure
    "Which group is older, the freight group or the passenger group?",  # no amount compared
    "Is the freight group or the passenger group more important?",  # a quality, no amount
])
def test_no_working_without_two_figures_of_an_amount(assistant_over, question):
    ans = assistant_over(fleet=OSTREL_FLEET).ask(question, suggest=False)
    assert "−" not in ans.answer, ans.answer


@pytest.mark.parametrize(("question", "named"), [
    ("Of the freight, passenger and fishing groups, which one has the most boats?", "freight group has the largest"),
    ("Which group has the fewest boats: the freight, passenger or fishing group?", "fishing group has the smallest"),
    ("Among the passenger, fishing and freight groups, which has the largest number of boats?",
     "freight group has the largest"),
])
def test_the_most_of_a_listed_set_is_named_from_every_sides_figure(assistant_over, question, named):
    ans = assistant_over(fleet=OSTREL_FLEET).ask(question, suggest=False)
    assert not ans.refused and named in ans.answer and len(ans.citations) == 3, ans.answer


@pytest.mark.parametrize("question", [
    "Of the freight, passenger and fishing groups, which is the most profitable?",
    "Which group is the most important: the freight, passenger or fishing group?",
    "Among the freight, passenger and fishing groups, which has the highest standing?",
])
def test_the_most_of_a_quality_is_named_by_no_count(assistant_over, question):
    ans = assistant_over(fleet=OSTREL_FLEET).ask(question, suggest=False)
    assert "largest figure" not in ans.answer and "smallest figure" not in ans.answer, ans.answer


def test_the_two_sides_are_read_from_the_join():
    from assistant.answering.plans.counts import _sides

    assert _sides("Did the freight group or the passenger group have more boats?") == [
        ["the", "freight", "group"], ["the", "passenger", "group"]]
    assert _sides("Which category is larger: passenger boats or freight boats?") == [
        ["passenger", "boats"], ["freight", "boats"]]
    assert _sides("Weavers or dyers - which group had more members?") == [["Weavers"], ["dyers"]]
    assert _sides("Which is bigger: the freight group, or the passenger group?") == [
        ["the", "freight", "group"], ["the", "passenger", "group"]]
    assert _sides("How many boats does the freight group have?") is None
    assert _sides("Does the freight group have more boats than the passenger group?") == [
        ["the", "freight", "group"], ["the", "passenger", "group"]]
    assert _sides("Were there more weavers than dyers in the town?") == [["weavers"], ["dyers"]]
    assert _sides("Is A or B or C the largest?") is None  # more than two sides
    assert _sides("Of the freight, passenger and fishing groups, which has the most?", lists=True) == [
        ["the", "freight"], ["passenger"], ["fishing", "groups"]]


# ------------- "What are the long flat boats called?": a term the document gives as a thing's name ("are known as
# barges", "is called a packet") is a name the question lacks, capitalised or not; not when the question describes
# the thing by a word the documents never use


RIVER_BOATS = """# Boats of the Ostrel River

## Kinds

The long flat boats that carry grain downriver are known as barges. A small fast boat that carries the mail is called
a packet, and the river pilots refer to the deep channel by the bridge as the gullet.

## Trade

Grain and timber make up most of the river's trade.
"""


@pytest.mark.parametrize(("question", "name"), [
    ("What are the long flat boats that carry grain called?", "barges"),
    ("What is a small fast boat that carries the mail called?", "packet"),
    ("What's the name of the small fast boat that carries the mail?", "packet"),
    ("What are the flat grain boats called?", "barges"),
])
def test_a_term_given_as_a_name_answers_what_a_thing_is_called(assistant_over, question, name):
    ans = assistant_over(river=RIVER_BOATS).ask(question, suggest=False)
    assert not ans.refused and name in ans.answer, ans.answer


def test_a_thing_described_by_a_word_the_documents_lack_gets_no_name(assistant_over):
    ans = assistant_over(river=RIVER_BOATS).ask("What are the boats that carry coal called?", suggest=False)
    assert ans.refused, ans.answer


# ------------- "What is the full name of the ORC?": an acronym's full name is what it stands for; the glossary's own
# name for it is the answer, not a name the question already holds


RIVER_COUNCIL = """# The Ostrel River Council annual review

## Who we are

The Ostrel River Council (ORC) was founded in 1988 to look after the river between Hale and Marrow. It runs a fleet
of survey boats and a small laboratory. In 2021 the council opened the Marrow Water Testing Centre (MWTC), which
checks samples from forty stations. The Hale Lock Trust (HLT) works beside the council on the locks.

## This year

The testing centre checked 3,400 samples this year. The council repaired two weirs in March 2022. The lock trust
repainted six lock gates.
"""

RIVER_COUNCIL_GLOSSARY = """terms:
  - term: Ostrel River Council
    abbreviations: [ORC]
    synonyms: [river council]
  - term: Marrow Water Testing Centre
    abbreviations: [MWTC]
    synonyms: [testing centre]
  - term: Hale Lock Trust
    abbreviations: [HLT]
    synonyms: [lock trust]
"""


@pytest.mark.parametrize(("question", "name"), [
    ("What is the full name of the ORC?", "Ostrel River Council"),
    ("Could you give me the full name of MWTC?", "Marrow Water Testing Centre"),
    ("Full name of the HLT, please?", "Hale Lock Trust"),
    ("I'd like to know the full name of the HLT.", "Hale Lock Trust"),
])
def test_the_full_name_of_an_acronym_the_glossary_knows_is_what_it_stands_for(tmp_path, assistant_over, question,
                                                                              name):
    ans = _with_glossary(tmp_path, assistant_over, RIVER_COUNCIL_GLOSSARY,
                         council=RIVER_COUNCIL).ask(question, suggest=False)
    assert not ans.refused and name in ans.answer, ans.answer


def test_the_full_name_of_an_acronym_no_document_spells_out_is_refused(tmp_path, assistant_over):
    ans = _with_glossary(tmp_path, assistant_over, RIVER_COUNCIL_GLOSSARY,
                         council=RIVER_COUNCIL).ask("What is the full name of the OFC?", suggest=False)
    assert ans.refused, ans.answer


# ------------- "What did the council open, and when?": a date asked beside another question; a fact's statement that
# leaves the date out gives way to its quoted sentence, which holds both

RIVER_COUNCIL_FACTS = """facts:
- id: council-opened-centre
  kind: entity
  statement: The Ostrel River Council opened the Marrow Water Testing Centre.
  subject: Ostrel River Council
  attribute: opened
  value: Marrow Water Testing Centre
  paragraph: who-we-are-p1
  quote: In 2021 the council opened the Marrow Water Testing Centre (MWTC), which checks samples from forty stations
  doc_id: council
- id: council-repaired-weirs
  kind: figure
  statement: The Ostrel River Council repaired 2 weirs.
  subject: Ostrel River Council
  attribute: weirs repaired
  value: 2
  unit: weirs
  paragraph: this-year-p1
  quote: The council repaired two weirs in March 2022
  doc_id: council
"""


@pytest.fixture(scope="module")
def with_council_facts(tmp_path_factory, settings_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("council") / "knowledge"
    folder.mkdir()
    for name, text in (("council.md", RIVER_COUNCIL), ("facts.yaml", RIVER_COUNCIL_FACTS),
                       ("glossary.yaml", RIVER_COUNCIL_GLOSSARY)):
        (folder / name).write_text(text, encoding="utf-8")
    return Assistant(settings_factory(knowledge_dir=folder), notify=None)


@pytest.mark.parametrize(("question", "date"), [
    ("What did the council open, and when?", "2021"),
    ("What did the river council repair, and in which month?", "March 2022"),
    ("What did the council repair, and when was that?", "March 2022"),
])
def test_a_date_asked_beside_another_question_is_given_from_the_facts_quote(with_council_facts, question, date):
    ans = with_council_facts.ask(question, suggest=False)
    assert not ans.refused and date in ans.answer, ans.answer


def test_a_question_that_asks_no_date_keeps_the_facts_statement(with_council_facts):
    ans = with_council_facts.ask("What did the council open?", suggest=False)
    assert "Marrow Water Testing Centre" in ans.answer and "2021" not in ans.answer, ans.answer


# ------------- "According to the ORC review, how many samples ...?": a source named by words of its own (its author,
# its subject, its kind) says who says it, as "according to the report" does; the evidence need not name its author


@pytest.mark.parametrize(("question", "figure"), [
    ("According to the ORC review, how many samples did the testing centre check this year?", "3,400"),
    ("How many samples did the testing centre check this year, according to the river council's report?", "3,400"),
    ("Per the Ostrel River Council study, how many lock gates did the lock trust repaint?", "six"),
    ("As per the council's annual review, how many weirs were repaired?", "two"),
])
def test_a_source_named_by_words_of_its_own_is_who_says_it_not_a_topic(tmp_path, assistant_over, question, figure):
    ans = _with_glossary(tmp_path, assistant_over, RIVER_COUNCIL_GLOSSARY,
                         council=RIVER_COUNCIL).ask(question, suggest=False)
    assert not ans.refused and figure in ans.answer.split("[1]")[0], ans.answer


@pytest.mark.parametrize(("question", "without"), [
    ("Per the ORC review, how many weirs were repaired?", "how many weirs were repaired?"),
    ("How many weirs were repaired, according to the river council's annual report?", "How many weirs were repaired?"),
    ("Per the 2019 report, how many weirs were repaired?", "Per the 2019 report, how many weirs were repaired?"),
    ("What is said of weirs in the lock trust document?", "What is said of weirs in the lock trust document?"),
])
def test_a_source_frame_with_words_of_its_own_is_read_off_unless_a_year_or_in(question, without):
    from assistant.answering.lexicon import without_source_frame

    assert without_source_frame(question) == without


# ------------- "Who ruled the duchy?" of "under Harold of Marrow it was forged into a strong state": a thing under
# someone ("under NAME", "under the command of NAME") is ruled, led or governed by them, though the verb is not said

DUCHY = """# The Duchy of Ostrel

## Early years

The Duchy of Ostrel was formed by treaty with the crown in 902, and under Harold of Marrow it was forged into a strong
state. The Hale expedition to the northern coast, under the command of Captain Ross, reached the sea in 1821. The county
of Dunmore prospered under Lady Anne Dunmore, who built its first roads. The mills were rebuilt under Section 5 of the
river charter.

## Later years

The Dunmore family ruled the salt mines for a century, and the Ross family led the wool guild. The guild governed the
markets of the river towns, and the navy commanded the coast.
"""


@pytest.mark.parametrize(("question", "ruler"), [
    ("Who ruled the Duchy of Ostrel?", "Harold of Marrow"),
    ("Who led the Hale expedition to the northern coast?", "Captain Ross"),
    ("Who governed the county of Dunmore?", "Lady Anne Dunmore"),
])
def test_a_thing_under_someone_is_ruled_by_them(assistant_over, question, ruler):
    ans = assistant_over(duchy=DUCHY).ask(question, suggest=False)
    assert not ans.refused and ruler in ans.answer.split("[1]")[0], ans.answer


def test_a_thing_under_a_section_of_a_charter_is_ruled_by_no_one(assistant_over):
    ans = assistant_over(duchy=DUCHY).ask("Who ruled the mills?", suggest=False)
    assert ans.refused or "Section 5" not in ans.answer, ans.answer


# ------------- "Where is the new depot?" of "The new depot sits between the Ross bridge and the Kell weir": a place
# given by the names it lies between is a place the question lacks

VALLEY_PLACES = """# The Ostrel valley

## Places

The grain market is held in Dunmore every Friday. The new depot sits between the Ross bridge and the Kell weir. The
Kell ferry runs between Hale Quay and Dunmore, twice a day.

## Ranks

In the guild's ranking, the middle grades lie between Journeyman and Master, such as Senior Hand and Foreman.
"""


@pytest.mark.parametrize(("question", "place"), [
    ("Where is the new depot?", "Ross bridge"),
    ("Where does the Kell ferry run?", "Hale Quay"),
    ("Where do the grades Senior Hand and Foreman lie in the guild's ranking?", "Journeyman"),
])
def test_a_place_between_two_names_answers_where(assistant_over, question, place):
    ans = assistant_over(valley=VALLEY_PLACES).ask(question, suggest=False)
    assert not ans.refused and place in ans.answer, ans.answer


def test_a_place_between_names_the_question_holds_is_no_answer(assistant_over):
    ans = assistant_over(valley=VALLEY_PLACES).ask("Where is the Ross bridge?", suggest=False)
    assert ans.refused, ans.answer


# ------------- "Where was Fort Ross located?" of "Fort Ross, the last stronghold of the Kell Hills, ...": a kind of
# place "of" a larger one names where it is

COAST_TOWNS = """# Towns of the Ostrel coast

## Towns

Kellport, one of the busiest ports of the Marrow Sea, ships salt and wool. Hale is the capital of Dunmore and holds
the county court. Fort Ross, the last stronghold of the Kell Hills, fell to the duke in 1302.

## Trade

Salt and wool are the main goods of the coast.
"""


@pytest.mark.parametrize(("question", "place"), [
    ("Where is Kellport?", "Marrow Sea"),
    ("Where is Hale?", "Dunmore"),
    ("Where was Fort Ross located?", "Kell Hills"),
])
def test_a_place_of_a_larger_place_answers_where(assistant_over, question, place):
    ans = assistant_over(coast=COAST_TOWNS).ask(question, suggest=False)
    assert not ans.refused and place in ans.answer, ans.answer


def test_a_relation_between_two_names_is_no_place(assistant_over):
    doc = VALLEY_PLACES + "\n## History\n\nThe Kell charter, the treaty of Ross between Duke Harold and the Dunmore " \
                          "family, was signed in 1302.\n"
    ans = assistant_over(valley=doc).ask("Where was the Kell charter signed?", suggest=False)
    assert ans.refused, ans.answer


# ------------- "What is MWTC short for?": what an abbreviation stands for, not what the thing is for (a purpose)


@pytest.mark.parametrize(("question", "name"), [
    ("What is MWTC short for?", "Marrow Water Testing Centre"),
    ("What's HLT short for?", "Hale Lock Trust"),
    ("What was the ORC short for?", "Ostrel River Council"),
    ("Remind me, what is the MWTC short for, exactly?", "Marrow Water Testing Centre"),
])
def test_what_an_abbreviation_is_short_for_is_its_full_name(tmp_path, assistant_over, question, name):
    ans = _with_glossary(tmp_path, assistant_over, RIVER_COUNCIL_GLOSSARY,
                         council=RIVER_COUNCIL).ask(question, suggest=False)
    assert not ans.refused and name in ans.answer, ans.answer


# ------------- "What does the review say about the crane?": a document that calls itself a review in its title is
# "the review" the question asks, as "the paper" is; "review" is no topic the evidence must hold

HARBOUR_FINDINGS = """# Review of the Marrow harbour

## Findings

The east channel has silted up, so large ships can no longer enter it at low tide. The harbour lost 40 ship visits
in 2022 because of the silt. The old crane on the north quay breaks down about once a month.

## Recommendations

The review recommends three things: dredge the east channel, replace the old crane on the north quay, and open a
second ferry berth. The second ferry berth is needed because the ferry queue often reaches the town square in summer.
"""


@pytest.mark.parametrize(("question", "said"), [
    ("What does the review say about the crane?", "once a month"),
    ("What does the review say about the east channel?", "silted up"),
    ("What does this review tell us about the old crane?", "once a month"),
])
def test_the_review_a_document_calls_itself_is_the_document(assistant_over, question, said):
    ans = assistant_over(harbour=HARBOUR_FINDINGS).ask(question, suggest=False)
    assert not ans.refused and said in ans.answer, ans.answer


def test_the_review_as_a_topic_stays_a_topic(assistant_over):
    ans = assistant_over(harbour=HARBOUR_FINDINGS).ask("When was the review written?", suggest=False)
    assert ans.refused, ans.answer


def test_a_document_kind_is_read_as_the_source_only_before_a_verb_of_saying_or_after_according_to():
    from assistant.answering.lexicon import document_by_kind

    kind = document_by_kind({"review"})
    assert kind.sub("the paper", "What does the review say about X?") == "What does the paper say about X?"
    assert kind.sub("the paper", "According to the review, how many?") == "According to the paper, how many?"
    assert kind.sub("the paper", "When was the review written?") == "When was the review written?"
    assert document_by_kind(set()) is None
